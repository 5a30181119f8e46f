"""Filter, search, rank and compare facts: pure functions over facts, no I/O."""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal
from typing import Dict, Iterable, List, NamedTuple, Optional, Sequence, Tuple

from . import pinyin
from .errors import FactNotFound, IncomparableFacts, UsageError
from .model import APPROX, CATEGORIES, Fact
from .numerals import parse_chinese_numeral, parse_number
from .units import UNITS, Number, plain_number, to_decimal

SORT_KEYS = ("id", "value", "category")
MAX_QUERY_LENGTH = 1000

# Fields searched, in the order a match counts for most; the score is the rank of the match.
TEXT_FIELDS = ("id", "label", "label_en", "tags", "section", "quote", "note")
SCORE_EXACT = 100      # the whole id or label
SCORE_NUMBER = 90      # a number equal to the stated or normalized value
SCORE_FIELD = {"id": 80, "label": 78, "label_en": 76, "tags": 70, "section": 60,
               "quote": 55, "note": 50}
SCORE_ALL_WORDS = 40   # every word of the query, in some field
SCORE_PINYIN = {"full": 30, "initials": 25}
SCORE_FUZZY = 10      # a near spelling of an unknown English word


# ------------------------------------------------------------------ lookup and filters

def suggest(word: str, choices: Iterable[str], limit: int = 3) -> List[str]:
    """The closest choices to a mistyped word."""
    import difflib

    return difflib.get_close_matches(word, list(choices), n=limit, cutoff=0.5)


def get_facts(facts: Sequence[Fact], ids: Sequence[str]) -> List[Fact]:
    """The facts with these ids, in the order asked; FactNotFound for the first unknown one."""
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
    """'2022' matches 2022, 2022-xx and spans that include 2022; '2023-01' its dates."""
    if period is None:
        return False
    wanted = wanted.strip().replace("--", "–").replace("/", "–")
    if re.fullmatch(r"\d{4}-\d{4}", wanted):
        wanted = wanted.replace("-", "–")
    if period == wanted or period.startswith(wanted + "-"):
        return True
    if "–" in period and re.fullmatch(r"\d{4}", wanted):
        start, _, end = period.partition("–")
        return start[:4] <= wanted <= end[:4]
    return False


def filter_facts(facts: Sequence[Fact], *, category: Optional[str] = None,
                 tag: Optional[str] = None, unit: Optional[str] = None,
                 period: Optional[str] = None, approx: Optional[str] = None) -> List[Fact]:
    """The facts that pass every filter given; unknown filter values are usage errors."""
    if category is not None:
        _check_known("category", category, CATEGORIES, "categories")
    if unit is not None:
        _check_known("unit", unit, UNITS)
    if approx is not None:
        _check_known("approx", approx, APPROX, "approx values")
    if tag is not None:
        known_tags = {t.casefold(): t for fact in facts for t in fact.tags}
        if tag.casefold() not in known_tags:
            _check_known("tag", tag, known_tags.values())
    selected = []
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
        selected.append(fact)
    return selected


def sort_facts(facts: Sequence[Fact], key: str) -> List[Fact]:
    """Facts sorted by id, by normalized value (largest first) or by category then id."""
    if key not in SORT_KEYS:
        _check_known("sort key", key, SORT_KEYS)
    if key == "id":
        return sorted(facts, key=lambda fact: fact.id)
    if key == "value":
        return sorted(facts, key=lambda fact: (-fact.normalized[0], fact.id))
    order = list(CATEGORIES)
    return sorted(facts, key=lambda fact: (order.index(fact.category), fact.id))


# ------------------------------------------------------------------ search

class Hit(NamedTuple):
    """A fact that matched a query: how well, in which field and where in it."""

    fact: Fact
    score: int
    field: str
    span: Optional[Tuple[int, int]] = None  # in the field's text, for highlighting


def field_text(fact: Fact, field: str) -> str:
    if field == "tags":
        return " · ".join(fact.tags)
    value = getattr(fact, field)
    return "" if value is None else str(value)


def check_query(query: str) -> str:
    """The query stripped; usage errors for a blank or oversized one."""
    stripped = query.strip()
    if not stripped:
        raise UsageError("empty query: give a word, a number, pinyin or (with --regex) a "
                         "regular expression")
    if len(stripped) > MAX_QUERY_LENGTH:
        raise UsageError(f"query too long ({len(stripped)} characters; at most "
                         f"{MAX_QUERY_LENGTH})")
    return stripped


class NumberQuery(NamedTuple):
    """A query that is a number, possibly with a magnitude (亿, 万) and a unit."""

    stated: Decimal                    # as typed, before any magnitude
    scaled: Optional[Decimal]          # × 亿 or 万 when one was typed
    unit: str                          # what followed the number, '' if nothing


_NUMBER_QUERY = re.compile(r"(\d[\d,]*(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)\s*"
                           r"(亿|万)?\s*(\S*)")


def parse_number_query(query: str) -> Optional[NumberQuery]:
    """'865', '21.3', '21.3亿', '21.3亿元', '99.4%', '2,130,000,000' as numbers; else None."""
    match = _NUMBER_QUERY.fullmatch(query.strip())
    if not match:
        return None
    digits, magnitude, unit = match.groups()
    if digits[0].isdigit():
        stated = parse_number(digits)
    else:
        chinese = parse_chinese_numeral(digits)
        stated = None if chinese is None else Decimal(chinese)
    if stated is None:
        return None
    if unit and not (unit in UNITS or (magnitude or "") + unit in UNITS):
        return None
    scaled = stated.scaleb(8 if magnitude == "亿" else 4) if magnitude else None
    return NumberQuery(stated, scaled, (magnitude or "") + unit if unit else "")


def number_matches(fact: Fact, number: NumberQuery) -> bool:
    """Whether the fact states this number (in its own unit or in base units)."""
    stated = to_decimal(fact.value)
    normalized = to_decimal(fact.normalized[0])
    if number.unit:
        if number.unit == fact.unit:
            return stated == number.stated
        if number.unit in UNITS and UNITS[number.unit].base == fact.normalized[1]:
            return normalized == number.stated.scaleb(UNITS[number.unit].power)
        return False
    if number.scaled is not None:
        return normalized == number.scaled
    return number.stated in (stated, normalized)


_SEPARATORS = str.maketrans({"-": " ", "_": " "})


def fold(text: str) -> str:
    """Case and hyphens folded, length kept: 'High-tech' and 'high tech' read alike."""
    folded = text.casefold().translate(_SEPARATORS)
    return folded if len(folded) == len(text) else text.lower().translate(_SEPARATORS)


def _find(haystack: str, needle: str) -> Optional[Tuple[int, int]]:
    """Where the folded needle stands in the haystack; ASCII words match at a word start,
    so 'rc' does not match inside 'research'."""
    folded = fold(haystack)
    if needle.isascii() and needle[:1].isalnum():
        found = re.search(r"(?<![a-z0-9])" + re.escape(needle), folded)
        return found.span() if found else None
    start = folded.find(needle)
    return None if start < 0 else (start, start + len(needle))


def _text_hit(fact: Fact, folded: str) -> Optional[Hit]:
    for field in ("id", "label", "label_en"):
        if folded == fold(field_text(fact, field)):
            return Hit(fact, SCORE_EXACT, field, (0, len(folded)))
    for field in TEXT_FIELDS:
        span = _find(field_text(fact, field), folded)
        if span:
            return Hit(fact, SCORE_FIELD[field], field, span)
    return None


def _all_words_hit(fact: Fact, words: Sequence[str]) -> Optional[Hit]:
    texts = [field_text(fact, field) for field in TEXT_FIELDS]
    if all(any(_find(text, word) for text in texts) for word in words):
        return Hit(fact, SCORE_ALL_WORDS, "label_en")
    return None


def _pinyin_hit(fact: Fact, letters: str) -> Optional[Hit]:
    best = ""
    for field in ("label", "tags"):
        how = pinyin.match(letters, field_text(fact, field))
        if how == "full":
            return Hit(fact, SCORE_PINYIN["full"], f"{field} (pinyin)")
        best = best or (how and field)
    if best:
        return Hit(fact, SCORE_PINYIN["initials"], f"{best} (pinyin initials)")
    return None


def _words(text: str) -> List[str]:
    return [word for word in re.split(r"[^a-z0-9]+", text.casefold()) if len(word) >= 3]


def _vocabulary(facts: Sequence[Fact]) -> set:  # type: ignore[type-arg]
    words = set()
    for fact in facts:
        words.update(_words(f"{fact.id} {fact.label_en} {' '.join(fact.tags)}"))
    return words


def respell(query: str, facts: Sequence[Fact]) -> Optional[str]:
    """The query with each unknown English word replaced by the closest known one
    ('gazele' → 'gazelle'), or None when no word needed or found a respelling."""
    import difflib

    vocabulary = _vocabulary(facts)
    words = fold(query).split()
    changed = False
    for index, word in enumerate(words):
        if len(word) >= 4 and word.isascii() and word.isalpha() and word not in vocabulary:
            close = difflib.get_close_matches(word, vocabulary, n=1, cutoff=0.8)
            if close:
                words[index], changed = close[0], True
    return " ".join(words) if changed else None


def search(facts: Sequence[Fact], query: str, *, regex: bool = False,
           limit: Optional[int] = None) -> List[Hit]:
    """Facts matching the query, best first: exact id or label, then fields in order, then
    numbers, all query words, pinyin and finally near spellings of unknown English words."""
    query = check_query(query)
    if regex:
        hits = _regex_search(facts, query)
    else:
        hits = [hit for hit in (_best_hit(fact, query) for fact in facts) if hit]
        if pinyin.pinyin_query(query):
            respelled = respell(query, facts)
            if respelled:
                found = {hit.fact.id for hit in hits}
                words = respelled.split()
                hits += [Hit(hit.fact, SCORE_FUZZY, f"{hit.field} (respelled)", hit.span)
                         for hit in (_best_hit(fact, respelled) or _all_words_hit(fact, words)
                                     for fact in facts)
                         if hit and hit.fact.id not in found]
    hits.sort(key=lambda hit: (-hit.score, hit.fact.id))
    return hits[:limit] if limit is not None else hits


def _best_hit(fact: Fact, query: str) -> Optional[Hit]:
    folded = fold(query)
    number = parse_number_query(query)
    if number is not None and number_matches(fact, number):
        return Hit(fact, SCORE_NUMBER, "value")
    hit = _text_hit(fact, folded)
    if hit:
        return hit
    words = folded.split()
    if len(words) > 1:
        hit = _all_words_hit(fact, words)
        if hit:
            return hit
    letters = pinyin.pinyin_query(query)
    if letters:
        return _pinyin_hit(fact, letters)
    return None


def _regex_search(facts: Sequence[Fact], pattern: str) -> List[Hit]:
    try:
        compiled = re.compile(pattern, re.IGNORECASE)
    except re.error as error:
        raise UsageError(f"invalid regular expression: {error}") from None
    hits = []
    for fact in facts:
        for field in TEXT_FIELDS:
            found = compiled.search(field_text(fact, field))
            if found:
                hits.append(Hit(fact, SCORE_FIELD[field], field, found.span()))
                break
    return hits


# ------------------------------------------------------------------ compare

class Compared(NamedTuple):
    """One fact in a comparison, measured against the first."""

    fact: Fact
    normalized: Number
    difference: Number
    ratio: Optional[float]
    share: Optional[float]


class Comparison(NamedTuple):
    """Facts of one dimension side by side on their base unit."""

    rows: Tuple[Compared, ...]
    unit: str
    dimension: str
    difference_unit: str
    approximate: bool


def compare(facts: Sequence[Fact]) -> Comparison:
    """Difference and ratio against the first fact, and shares where they mean something."""
    if len(facts) < 2:
        raise UsageError("compare needs at least two facts")
    ids = [fact.id for fact in facts]
    repeated = sorted({fact_id for fact_id in ids if ids.count(fact_id) > 1})
    if repeated:
        raise UsageError(f"{', '.join(repeated)} is given more than once: compare different "
                         "facts")
    for fact in facts:
        if fact.kind in ("ordinal", "identifier"):
            raise IncomparableFacts(f"{fact.id} is an {fact.kind} ({fact.display_value()}), "
                                    "not an amount: it cannot be compared")
    first = facts[0]
    for fact in facts[1:]:
        if fact.dimension != first.dimension:
            raise IncomparableFacts(
                f"cannot compare {first.id} ({first.unit}, {first.dimension}) with "
                f"{fact.id} ({fact.unit}, {fact.dimension}): they measure different things")
    unit = first.normalized[1]
    is_year = first.kind == "year"
    additive = not is_year and UNITS[first.unit].additive
    values = [to_decimal(fact.normalized[0]) for fact in facts]
    total = sum(values, Decimal(0))
    rows = []
    for fact, value in zip(facts, values):
        ratio = None if is_year or values[0] == 0 else round(float(value / values[0]), 4)
        share = round(float(value / total), 4) if additive and total else None
        rows.append(Compared(fact, plain_number(value), plain_number(value - values[0]),
                             ratio, share))
    difference_unit = {"%": "百分点"}.get(unit, "年" if is_year else unit)
    return Comparison(tuple(rows), unit, first.dimension, difference_unit,
                      any(fact.approx != "exact" for fact in facts))


# ------------------------------------------------------------------ stats

class Stats(NamedTuple):
    """How many facts there are per category, unit, source, kind and approx."""

    total: int
    groups: Dict[str, Dict[str, int]]


def stats(facts: Sequence[Fact]) -> Stats:
    groups = {}
    for group in ("category", "unit", "source", "kind", "approx"):
        counts = Counter(getattr(fact, group) for fact in facts)
        groups[group] = dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))
    return Stats(len(facts), groups)
