"""Search: rank facts against a query in Chinese, English, pinyin or numbers."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Callable, Container, Optional, Sequence, Union

from ..base.errors import UsageError
from ..base.model import Fact, derived
from ..base.numerals import CHINESE_NUMERAL_CHARS, QuestionNumber
from ..base.patterns import compiled
from ..base.plain import Plain
from ..base.units import UNITS, in_base, to_decimal
from .forms import fold_text
from .ranking import Stats, coverage, score, stats_of, top_terms
from .terms import Query, fact_columns, read_query

if TYPE_CHECKING:
    from decimal import Decimal

MAX_QUERY_LENGTH = 1000

# Fields searched, in the order a match counts for most; the score is the rank of the match.
TEXT_FIELDS = ("id", "label", "label_en", "tags", "section", "quote", "note")
SCORE_EXACT = 100      # the whole id or label
SCORE_NUMBER = 90      # a number equal to the stated or normalized value
# Anything else scores below 80: BM25 over the fields (ranking.py), see text_score.
# --regex: the first field that matches, in TEXT_FIELDS order.
SCORE_FIELD = {"id": 80, "label": 78, "label_en": 76, "tags": 70, "section": 60,
               "quote": 55, "note": 50}


# ------------------------------------------------------------------ search

class Hit(Plain):
    """A fact that matched a query: how well, in which field and where in it, the query's
    words it matched, and the share of the query's meaning it covers (0 to 1)."""

    __slots__ = ("fact", "score", "field", "span", "terms", "coverage", "rank")

    def __init__(self, fact: Fact, score: float, field: str,
                 span: Optional[tuple[int, int]] = None, terms: tuple[str, ...] = (),
                 coverage: float = 0.0, rank: float = 0.0) -> None:
        self.fact = fact
        self.score = score  # as shown: 100 exact, 90 a number, below 80 BM25, two decimals
        self.field = field
        self.span = span  # in the field's text, for highlighting
        self.terms = terms
        self.coverage = coverage
        self.rank = rank  # what orders hits: the score before rounding


    @property
    def order(self) -> tuple[float, str]:
        """Best first; equal ranks in id order."""
        return (-(self.rank or self.score), self.fact.id)


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


class NumberQuery(Plain):
    """A query that is a number, possibly with a magnitude (亿, 万) and a unit."""

    __slots__ = ("stated", "scaled", "unit")

    def __init__(self, stated: Decimal, scaled: Optional[Decimal], unit: str) -> None:
        self.stated = stated  # as typed, before any magnitude
        self.scaled = scaled  # × 亿 or 万 when one was typed
        self.unit = unit  # what followed the number, '' if nothing


def quantities(text: str) -> list[QuestionNumber]:
    """The numbers of a (folded) query, read by the one number reader (numerals.py)."""
    from .question import figures

    return figures(text) if any(
        char.isdigit() or char in CHINESE_NUMERAL_CHARS for char in text) else []


def parse_number_query(query: str) -> Optional[NumberQuery]:
    """'865', '21.3', '21.3亿', '21.3亿元', '99.4%', '2,130,000,000', '九十九点四',
    '89,200 tonnes' as numbers (a query that is one quantity and nothing else); else None.
    A magnitude before a unit is folded into the number (21.3亿元 is 2,130,000,000 元)."""
    text = fold_text(query.strip())
    found = quantities(text)
    if len(found) != 1 or found[0].start != 0:
        return None
    number = found[0]
    rest = text[number.end:].strip()
    if not rest:
        scaled = number.scaled if number.scaled != number.value else None
        return NumberQuery(number.value, scaled, "%" if number.percent else "")
    unit = rest if rest in UNITS else number.unit if (
        number.unit and (rest.lower().rstrip(".") in unit_words_of() or rest in ("%",))) \
        else ""
    if not unit:
        return None
    if number.scaled != number.value:
        return NumberQuery(number.scaled, None, UNITS[unit].base if unit in UNITS else unit)
    return NumberQuery(number.value, None, unit)


def unit_words_of() -> dict[str, str]:
    from .question import unit_words

    return unit_words()


def number_values(number: NumberQuery) -> list[Decimal]:
    """The values and normalized values a number query can match (number_matches)."""
    if number.unit:
        return [number.stated, in_base(number.stated, number.unit)] \
            if number.unit in UNITS else [number.stated]
    return sorted({number.stated, *([number.scaled] if number.scaled is not None else [])})


def number_matches(fact: Fact, number: NumberQuery) -> bool:
    """Whether the fact states this number (in its own unit or in base units)."""
    stated = to_decimal(fact.value)
    normalized = to_decimal(fact.normalized[0])
    if number.unit:
        if number.unit == fact.unit:
            return stated == number.stated
        if number.unit in UNITS and UNITS[number.unit].base == fact.normalized[1]:
            return normalized == in_base(number.stated, number.unit)
        return False
    if number.scaled is not None:
        return normalized == number.scaled
    return number.stated in (stated, normalized)


def value_match(fact: Fact, numbers: Sequence[QuestionNumber]
                ) -> Optional[QuestionNumber]:
    """The number of a question that is the fact's value (in its unit or in base units:
    8.92万吨, 89,200 tonnes), if one is."""
    value = to_decimal(fact.value)
    normalized = to_decimal(fact.normalized[0])
    base = UNITS[fact.unit].base
    for number in numbers:
        if number.unit and number.unit in UNITS and UNITS[number.unit].base != base and \
                not (number.unit == "个" and UNITS[fact.unit].dimension in COUNTED_BY_GE):
            # (72个 of 72 人: 个 counts people, firms and things as the page's unit does)
            continue
        candidates = question_values(number)
        if value in candidates or normalized in candidates:
            return number
    return None


#: What the generic classifier 个 counts as well as the page's own measure word does
#: (people, firms, items …; never money, a mass, a share or a year).
COUNTED_BY_GE = frozenset(("people", "organisations", "items", "events", "structures",
                           "berths", "container capacity", "kinds", "visits", "units"))


def question_values(number: QuestionNumber) -> set[Decimal]:
    """The values a number in a question may be a fact's value or normalized value as: as
    typed, with its magnitude, and in its unit's base unit (8.92万吨 is 89,200 吨). A
    number with a magnitude is that number only: 10亿 is never the 10 of 十余公里."""
    values = {number.scaled} if number.scaled != number.value else {number.value}
    if number.unit and number.unit in UNITS:
        values.add(in_base(number.scaled, number.unit))
    return values


def fold(text: str) -> str:
    """Case and hyphens folded, length kept: 'High-tech' and 'high tech' read alike."""
    folded = text.casefold()
    if len(folded) != len(text):  # ß → ss and the like: keep positions for highlighting
        folded = text.lower()
    return folded.replace("-", " ").replace("_", " ")


def _find(haystack: str, needle: str) -> Optional[tuple[int, int]]:
    """Where the folded needle stands in the haystack; ASCII words match at a word start,
    so 'rc' does not match inside 'research'."""
    folded = fold(haystack)
    if needle.isascii() and needle[:1].isalnum():
        found = re.search(r"(?<![a-z0-9])" + re.escape(needle), folded)
        return found.span() if found else None
    start = folded.find(needle)
    return None if start < 0 else (start, start + len(needle))


def words_of(text: str) -> list[str]:
    """English words of three letters or more, lower case."""
    return [word for word in compiled(r"[^a-z0-9]+").split(text.casefold()) if len(word) >= 3]


def fact_words(fact: Fact) -> list[str]:
    """The English words of a fact's id, English label and tags: what a typo is respelled
    to."""
    return [word for word in words_of(f"{fact.id} {fact.label_en} {' '.join(fact.tags)}")
            if word.isalpha()]


def vocabulary_of(facts: Sequence[Fact]) -> set[str]:
    """The English words of ids, English labels and tags."""
    words: set[str] = set()
    for fact in facts:
        words.update(fact_words(fact))
    return words


class Statistics(Plain):
    """What ranking needs of the whole base, however it is held: BM25's statistics, which
    terms exist (to tell English from pinyin) and the English words (to respell typos)."""

    __slots__ = ("bm25", "known", "vocabulary")

    def __init__(self, bm25: Stats, known: Container[str], vocabulary: Sequence[str]) -> None:
        self.bm25 = bm25
        self.known = known
        self.vocabulary = vocabulary


def statistics_of(facts: Sequence[Fact]) -> Statistics:
    """The statistics of loaded facts (kept for the last fact tuple asked about)."""
    return derived(facts, "statistics", _statistics)


def _statistics(facts: Sequence[Fact]) -> Statistics:
    bm25 = stats_of([fact_columns(fact) for fact in facts])
    return Statistics(bm25, bm25.document_frequency, sorted(vocabulary_of(facts)))


def read(query: str, statistics: Statistics) -> Query:
    """The query as terms, read against the base's statistics."""
    return read_query(query, statistics.known, statistics.vocabulary)


def search(facts: Sequence[Fact], query: str, *, regex: bool = False,
           limit: Optional[int] = None) -> list[Hit]:
    """Facts matching the query, best first: the whole id or label (100), then a number
    equal to the value (90), then by BM25 over the fields (below 80)."""
    query = check_query(query)
    if regex:
        hits = _regex_search(facts, query)
        hits.sort(key=lambda hit: hit.order)
        return hits[:limit] if limit is not None else hits
    statistics = statistics_of(facts)
    return rank_hits(facts, asked(query, statistics), statistics, limit)


class Asked(Plain):
    """A query read once, for every candidate scored: its terms, the text folded (for the
    whole id or label), the number it is, if it is one, and the numbers it holds."""

    __slots__ = ("query", "folded", "number", "numbers")

    def __init__(self, query: Query, folded: str, number: Optional[NumberQuery],
                 numbers: tuple[QuestionNumber, ...] = ()) -> None:
        self.query = query
        self.folded = folded
        self.number = number
        self.numbers = numbers


def asked(query: str, statistics: Statistics) -> Asked:
    text = fold_text(query.strip())
    number = parse_number_query(text)
    return Asked(read(text, statistics), fold(text), number,
                 () if number is not None else tuple(quantities(text)))


def rank_hits(candidates: Sequence[Fact], query: Asked, statistics: Statistics,
              limit: Optional[int] = None) -> list[Hit]:
    """The one ranking: candidates (every fact, or those an index found) scored and
    ordered against the whole base's statistics."""
    hits = []
    for fact in candidates:
        hit = hit_for(fact, query.query, statistics, query.folded, query.number,
                      query.numbers)
        if hit is not None:
            hits.append(hit)
    hits.sort(key=lambda hit: hit.order)
    return hits[:limit] if limit is not None else hits


def text_score(bm25: float) -> float:
    """BM25 brought below the exact (100) and number (90) scores: 80·s/(s+8). (A word
    more than half the facts hold has an idf near zero, as in FTS5: its hits rank by field
    and frequency, with scores near 0.)"""
    return 80 * bm25 / (bm25 + 8)


#: What a fact whose value is a number of the question gains over one that only quotes
#: it, in BM25 (before text_score brings it below 80).
VALUE_BONUS = 6.0


def hit_for(fact: Fact, query: Query, statistics: Statistics, folded: str,
            number: Optional[NumberQuery], numbers: Sequence[QuestionNumber] = ()
            ) -> Optional[Hit]:
    """How a fact matches a query read as terms, if it does."""
    scored = score(fact_columns(fact), query, statistics.bm25)
    terms = tuple(top_terms(query, scored.matched)) if scored else ()
    share = scored.coverage if scored else 0.0
    valued = value_match(fact, numbers) if numbers else None
    if valued is not None:
        # the number's items count as covered, and the fact ranks before those that only
        # quote the number
        spelled = {item for item, text in enumerate(query.items) if _same_number(text.text,
                                                                                valued)}
        matched = scored.matched if scored else ()
        share = coverage(query, matched, statistics.bm25, tuple(spelled),
                         scored.strength if scored else None)
        bm25 = (scored.bm25 if scored else 0.0) + VALUE_BONUS
        rank = text_score(bm25)
        return Hit(fact, round(rank, 2), "value", None, terms, round(share, 4), rank)
    for field in ("id", "label", "label_en"):
        if folded == fold(field_text(fact, field)):
            return Hit(fact, SCORE_EXACT, field, (0, len(folded)), terms, 1.0)
    if number is not None and number_matches(fact, number):
        return Hit(fact, SCORE_NUMBER, "value", None, terms, max(share, 1.0))
    if scored is None:
        return None
    kinds = {query.units[index].kind for index in scored.matched}
    field = {"abbreviations": "label (abbreviation)", "unit": "tags"}.get(scored.column,
                                                                         scored.column)
    if kinds == {"pinyin"}:
        field += " (pinyin)"
    elif kinds <= {"initials", "pinyin"}:
        field += " (pinyin initials)"
    elif "respelled" in kinds:
        field += " (respelled)"
    span = None
    if field in TEXT_FIELDS:
        text = field_text(fact, field)
        span = next((found for unit in (query.units[i] for i in scored.matched)
                     if (found := _find(text, fold(unit.text)))), None)
    rank = text_score(scored.bm25)
    return Hit(fact, round(rank, 2), field, span, terms, round(share, 4), rank)


def _same_number(text: str, number: QuestionNumber) -> bool:
    from decimal import Decimal

    try:
        return Decimal(text.replace(",", "")) == number.value
    except ArithmeticError:
        return False


def _regex_search(facts: Sequence[Fact], pattern: str) -> list[Hit]:
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


# ------------------------------------------------------------------ hits of a base

if TYPE_CHECKING:
    _List = list[Any]
else:
    _List = list


class Hits(_List):
    """Search hits, best first, and how many matched in all (`total`, at least len; an
    index counts them only when asked)."""

    def __init__(self, hits: Sequence[Any], total: Union[int, Callable[[], int]]) -> None:
        super().__init__(hits)
        self._total = total

    @property
    def total(self) -> int:
        if callable(self._total):
            self._total = self._total()
        return self._total


def hits_of(hits: list[Any], limit: Optional[int]) -> Hits:
    return Hits(hits[:limit] if limit is not None else hits, len(hits))
