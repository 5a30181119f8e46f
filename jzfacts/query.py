"""Look facts up, filter and sort them: pure functions over facts, no I/O.

Search lives in search.py and comparison in compare.py: only the commands that need them
import them."""

from __future__ import annotations

from typing import Callable, Iterable, Iterator, List, Mapping, Optional, Sequence

from .errors import FactNotFound, UsageError
from .model import APPROX, CATEGORIES, Fact
from .units import UNITS

SORT_KEYS = ("id", "value", "category")
# ------------------------------------------------------------------ lookup and filters

def suggest(word: str, choices: Iterable[str], limit: int = 3) -> List[str]:
    """The closest choices to a mistyped word."""
    import difflib

    return difflib.get_close_matches(word, list(choices), n=limit, cutoff=0.5)


def get_facts(facts: Sequence[Fact], ids: Sequence[str],
              known: Optional[Mapping[str, Fact]] = None) -> List[Fact]:
    """The facts with these ids, in the order asked; FactNotFound for the first unknown one.
    `known` (id → fact) may be given by callers that look up many times."""
    if known is None:
        known = {fact.id: fact for fact in facts}
    found = []
    for fact_id in ids:
        fact = known.get(fact_id) or known.get(fact_id.strip().lower())
        if fact is None:
            raise FactNotFound(fact_id, suggest(fact_id.strip().lower(), known))
        found.append(fact)
    return found


def _check_known(kind: str, value: str, known: Iterable[str], plural: str = "") -> None:
    choices = sorted(set(known))
    if value not in choices:
        hint = suggest(value, choices)
        did_you_mean = f" (did you mean {', '.join(hint)}?)" if hint else ""
        raise UsageError(f"unknown {kind} {value!r}{did_you_mean}; known "
                         f"{plural or kind + 's'}: {', '.join(choices)}")


def period_matches(period: Optional[str], wanted: str) -> bool:
    """Whether the period shares a day with the wanted one (2022 matches 2013–2022)."""
    from .periods import overlaps

    return overlaps(period, wanted)


def filter_facts(facts: Sequence[Fact], *, category: Optional[str] = None,
                 tag: Optional[str] = None, unit: Optional[str] = None,
                 period: Optional[str] = None, approx: Optional[str] = None) -> List[Fact]:
    """The facts that pass every filter given; unknown filter values are usage errors."""
    check_filters(lambda: {t for fact in facts for t in fact.tags}, category=category,
                  tag=tag, unit=unit, period=period, approx=approx)
    return list(passing(facts, category=category, tag=tag, unit=unit, period=period,
                        approx=approx))


def check_filters(tags: Callable[[], Iterable[str]], *, category: Optional[str] = None,
                  tag: Optional[str] = None, unit: Optional[str] = None,
                  period: Optional[str] = None, approx: Optional[str] = None) -> None:
    """Usage errors for filter values that name nothing known; `tags` gives the base's tags
    (asked only for --tag)."""
    if category is not None:
        _check_known("category", category, CATEGORIES, "categories")
    if unit is not None and unit not in UNITS:  # (万吨 and the like are units by rule)
        _check_known("unit", unit, UNITS)
    if approx is not None:
        _check_known("approx", approx, APPROX, "approx values")
    if period is not None:
        from .periods import bounds, normalize_wanted

        if bounds(normalize_wanted(period)) is None:
            raise UsageError(f"--period {period!r} is no period: give a year, month or day "
                             "(2022, 2023-01, 2023-01-15) or a range (2013–2022)")
    if tag is not None:
        known_tags = {t.casefold(): t for t in tags()}
        if tag.casefold() not in known_tags:
            _check_known("tag", tag, known_tags.values())


def passing(facts: Iterable[Fact], *, category: Optional[str] = None,
            tag: Optional[str] = None, unit: Optional[str] = None,
            period: Optional[str] = None, approx: Optional[str] = None) -> Iterator[Fact]:
    """The facts that pass every filter given, as they come (check_filters first)."""
    for fact in facts:
        if category is not None and fact.category != category:
            continue
        if unit is not None and fact.unit != unit:
            continue
        if approx is not None and fact.approx != approx:
            continue
        if tag is not None and tag.casefold() not in {t.casefold() for t in fact.tags}:
            continue
        if period is not None and not period_matches(fact.period, period):
            continue
        yield fact


def check_sort(key: str) -> None:
    if key not in SORT_KEYS:
        _check_known("sort key", key, SORT_KEYS)


def sort_facts(facts: Sequence[Fact], key: str) -> List[Fact]:
    """Facts sorted by id, by normalized value (largest first) or by category then id."""
    check_sort(key)
    if key == "id":
        return sorted(facts, key=lambda fact: fact.id)
    if key == "value":
        return sorted(facts, key=lambda fact: (-fact.normalized[0], fact.id))
    order = list(CATEGORIES)
    return sorted(facts, key=lambda fact: (order.index(fact.category), fact.id))
