"""Look facts up, filter and sort them: pure functions over facts, no I/O.

Search lives in search.py and comparison in compare.py: only the commands that need them
import them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Mapping, Optional, Sequence, Union

from .errors import FactNotFound, UsageError
from .model import APPROX, CATEGORIES, Fact
from .units import UNITS

SORT_KEYS = ("id", "value", "category")
# ------------------------------------------------------------------ lookup and filters

def suggest(word: str, choices: Iterable[str], limit: int = 3) -> list[str]:
    """The closest choices to a mistyped word."""
    import difflib

    return difflib.get_close_matches(word, list(choices), n=limit, cutoff=0.5)


def get_facts(facts: Sequence[Fact], ids: Sequence[str],
              known: Optional[Mapping[str, Fact]] = None) -> list[Fact]:
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


if TYPE_CHECKING:  # (a typing alias built at import costs start-up)
    Wanted = Union[str, Sequence[str], None]  # one value, several (any of them), or none


def _values(wanted: Wanted) -> tuple[str, ...]:
    if wanted is None:
        return ()
    return (wanted,) if isinstance(wanted, str) else tuple(wanted)


def filter_facts(facts: Sequence[Fact], *, category: Wanted = None, tag: Wanted = None,
                 unit: Wanted = None, period: Wanted = None,
                 approx: Wanted = None) -> list[Fact]:
    """The facts that pass every filter given (see passing); unknown filter values are
    usage errors."""
    check_filters(lambda: {t for fact in facts for t in fact.tags}, category=category,
                  tag=tag, unit=unit, period=period, approx=approx)
    return list(passing(facts, category=category, tag=tag, unit=unit, period=period,
                        approx=approx))


def check_filters(tags: Callable[[], Iterable[str]], *, category: Wanted = None,
                  tag: Wanted = None, unit: Wanted = None, period: Wanted = None,
                  approx: Wanted = None) -> None:
    """Usage errors for filter values that name nothing known; `tags` gives the base's tags
    (asked only for --tag)."""
    for value in _values(category):
        _check_known("category", value, CATEGORIES, "categories")
    for value in _values(unit):
        if value not in UNITS:  # (万吨 and the like are units by rule)
            _check_known("unit", value, UNITS)
    for value in _values(approx):
        _check_known("approx", value, APPROX, "approx values")
    periods = _values(period)
    if periods:
        from .periods import problem

        for value in periods:
            why = problem(value)
            if why:
                raise UsageError(f"--period {value!r} is no period: {why}")
    wanted_tags = _values(tag)
    if wanted_tags:
        known_tags = {t.casefold(): t for t in tags()}
        for value in wanted_tags:
            if value.casefold() not in known_tags:
                _check_known("tag", value, known_tags.values())


def passing(facts: Iterable[Fact], *, category: Wanted = None, tag: Wanted = None,
            unit: Wanted = None, period: Wanted = None,
            approx: Wanted = None) -> Iterator[Fact]:
    """The facts that pass every filter given, as they come (check_filters first). A
    filter given several values passes a fact that has any of them (--category a
    --category b: either); different filters must all pass."""
    categories, units, approxes = _values(category), _values(unit), _values(approx)
    periods = _values(period)
    wanted_tags = {value.casefold() for value in _values(tag)}
    for fact in facts:
        if categories and fact.category not in categories:
            continue
        if units and fact.unit not in units:
            continue
        if approxes and fact.approx not in approxes:
            continue
        if wanted_tags and wanted_tags.isdisjoint(t.casefold() for t in fact.tags):
            continue
        if periods and not any(period_matches(fact.period, value) for value in periods):
            continue
        yield fact


def sort_key(key: str, reverse: bool = False) -> tuple[str, bool]:
    """A --sort value read: its key and whether it is reversed (-value, or --reverse)."""
    descending = key.startswith("-")
    name = key[1:] if descending else key
    if name not in SORT_KEYS:
        _check_known("sort key", key, SORT_KEYS + tuple(f"-{k}" for k in SORT_KEYS),
                     "sort keys")
    if descending and reverse:
        raise UsageError(f"--sort {key} and --reverse both reverse the order: give one")
    return name, descending or reverse


def value_group(fact: Fact) -> str:
    """What a fact's value is compared within when sorting by value: its dimension,
    amounts before years, ordinals and identifiers (the index stores it as a column)."""
    return f"{0 if fact.kind == 'amount' else 1}{fact.dimension}"


def sort_facts(facts: Sequence[Fact], key: str, reverse: bool = False) -> list[Fact]:
    """Facts sorted by id, by category (in the category order) then id, or by value.

    Values are compared only within one dimension (what they measure): `value` groups the
    facts by dimension, amounts first and then years, ordinals and identifiers, each group
    in alphabetical order of its dimension, and within a group puts the largest normalized
    value first. `-key` or reverse=True gives the same order backwards."""
    name, backwards = sort_key(key, reverse)
    if name == "id":
        ordered = sorted(facts, key=lambda fact: fact.id)
    elif name == "value":
        ordered = sorted(facts, key=lambda fact: (value_group(fact), -fact.normalized[0],
                                                  fact.id))
    else:
        order = {name: index for index, name in enumerate(CATEGORIES)}
        ordered = sorted(facts, key=lambda fact: (order.get(fact.category, len(order)),
                                                  fact.id))
    return ordered[::-1] if backwards else ordered
