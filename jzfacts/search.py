"""Search: rank facts against a query in Chinese, English, pinyin or numbers."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import List, NamedTuple, Optional, Sequence, Set, Tuple

from . import pinyin
from .errors import UsageError
from .model import Fact
from .numerals import parse_chinese_numeral, parse_number
from .units import UNITS, to_decimal

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


_NUMBER_QUERY = (r"(\d[\d,]*(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)\s*"
                 r"(亿|万)?\s*(\S*)")


def parse_number_query(query: str) -> Optional[NumberQuery]:
    """'865', '21.3', '21.3亿', '21.3亿元', '99.4%', '2,130,000,000' as numbers; else None."""
    match = re.fullmatch(_NUMBER_QUERY, query.strip())
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


def fold(text: str) -> str:
    """Case and hyphens folded, length kept: 'High-tech' and 'high tech' read alike."""
    folded = text.casefold()
    if len(folded) != len(text):  # ß → ss and the like: keep positions for highlighting
        folded = text.lower()
    return folded.replace("-", " ").replace("_", " ")


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
    """Every word in some field: the hit names each field a word was found in, best first
    ('label_en+section' for `gazelle 创新`)."""
    texts = {field: field_text(fact, field) for field in TEXT_FIELDS}
    fields = set()
    for word in words:
        found = next((field for field, text in texts.items() if _find(text, word)), None)
        if found is None:
            return None
        fields.add(found)
    return Hit(fact, SCORE_ALL_WORDS, "+".join(f for f in TEXT_FIELDS if f in fields))


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


def words_of(text: str) -> List[str]:
    """English words of three letters or more, lower case."""
    return [word for word in re.split(r"[^a-z0-9]+", text.casefold()) if len(word) >= 3]


def fact_words(fact: Fact) -> List[str]:
    """The English words of a fact's id, English label and tags."""
    return words_of(f"{fact.id} {fact.label_en} {' '.join(fact.tags)}")


def vocabulary_of(facts: Sequence[Fact]) -> Set[str]:
    """The English words of ids, English labels and tags: what near spellings are fixed to."""
    words: Set[str] = set()
    for fact in facts:
        words.update(fact_words(fact))
    return words


def respell(query: str, vocabulary: Set[str]) -> Optional[str]:
    """The query with each unknown English word replaced by the closest known one
    ('gazele' → 'gazelle'), or None when no word needed or found a respelling."""
    import difflib

    words = fold(query).split()
    changed = False
    for index, word in enumerate(words):
        if len(word) >= 4 and word.isascii() and word.isalpha() and word not in vocabulary:
            close = difflib.get_close_matches(word, vocabulary, n=1, cutoff=0.8)
            if close:
                words[index], changed = close[0], True
    return " ".join(words) if changed else None


def search(facts: Sequence[Fact], query: str, *, regex: bool = False,
           limit: Optional[int] = None, vocabulary: Optional[Set[str]] = None) -> List[Hit]:
    """Facts matching the query, best first: exact id or label, then a number equal to the
    value, then fields in order, all query words, pinyin and finally near spellings of
    unknown English words (the SCORE_* constants).

    `vocabulary` is the whole base's (vocabulary_of) when `facts` are only candidates."""
    query = check_query(query)
    if regex:
        hits = _regex_search(facts, query)
    else:
        respelled = None
        if pinyin.pinyin_query(query):
            respelled = respell(query, vocabulary_of(facts) if vocabulary is None
                                else vocabulary)
        hits = [hit for hit in (hit_for(fact, query, respelled) for fact in facts) if hit]
    hits.sort(key=lambda hit: (-hit.score, hit.fact.id))
    return hits[:limit] if limit is not None else hits


def hit_for(fact: Fact, query: str, respelled: Optional[str] = None) -> Optional[Hit]:
    """How a fact matches the query (or, failing that, its respelling), if it does."""
    hit = _best_hit(fact, query)
    if hit is None and respelled:
        near = _best_hit(fact, respelled) or _all_words_hit(fact, respelled.split())
        if near:
            hit = Hit(fact, SCORE_FUZZY, f"{near.field} (respelled)", near.span)
    return hit


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
