"""`jzfacts ask`: one answer to a question, with the page's words, or an honest "the page
does not say". Imported only where a question is asked."""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal
from typing import (
    Any,
    Container,
    List,
    Mapping,
    NamedTuple,
    Optional,
    Sequence,
    Tuple,
)

from .decide import (
    ANSWER,
    Candidate,
    Features,
    features_of,
    organisations_not_held,
    probability,
)
from .model import FACT_FIELDS, Fact, Source, derived
from .places import Place, places_in, within
from .question import LEVELS, Reading, covers, level_named, read_question
from .results import Answer, Fields, Record, pick
from .search import Hit, asked, question_values
from .search import value_match as search_value_match
from .terms import has_chinese, is_english, text_terms
from .units import UNITS, to_decimal

#: The least coverage a candidate the question does not fit must have for ask to say so
#: (the page gives no year for it: …) rather than name the words the page lacks.
ANSWER_COVERAGE = 0.45
#: Two candidates this close in coverage and BM25 are a tie: the page gives several.
TIE_COVERAGE = 0.03
TIE_RANK = 0.93
CANDIDATES = 8
#: A candidate whose value is none of the question's numbers (190 is near 188: it counts)
#: keeps this share of its coverage.
UNMATCHED_NUMBER = 0.7


class Judged(NamedTuple):
    """A candidate fact and what ask makes of it for this question."""

    hit: Hit
    fits: bool           # the kind of answer the question wants
    why_not: str         # '' when in scope, else the words the fact does not cover
    value: str           # exact, near or '' (a number of the question equals its value)
    score: float


class Considered(NamedTuple):
    """A question read and its candidates judged: what ask decides on (and what
    scripts/fit_ask.py fits the decision with)."""

    text: str
    reading: Reading
    judged: Tuple[Judged, ...]
    eligible: Tuple[Judged, ...]   # fitting, in scope, best first
    tied: Tuple[Judged, ...]       # candidates as good as the best (the page gives several)
    features: Optional[Features]   # of answering with eligible[0]
    reason: str = ""               # why no candidate is eligible, where a rule says so


def consider(fact_base: Any, text: str) -> Considered:
    """The question read, its best candidates judged, and the features of the best."""
    def year_and_home() -> Tuple[Optional[int], Sequence[str]]:
        scope = base_scope(fact_base)
        return scope.today, scope.home

    statistics = fact_base.statistics()
    reading = read_question(text, year_and_home, statistics.known)
    scope = base_scope(fact_base) if reading.places or reading.periods else \
        Scope((), None, statistics.known)
    content = reading.content
    hits = fact_base.search(content, limit=CANDIDATES) if content else []
    judged = [judge(hit, reading, scope) for hit in hits]
    bodies = organisations_not_held(content, statistics.known) if hits else []
    if bodies:  # 中国银行锦州分行: another bank than the page's
        return Considered(text, reading, tuple(judged), (), (), None,
                          f"no figure on the page mentions {'、'.join(bodies)}")
    eligible = [j for j in judged if j.fits and not j.why_not]
    exact = [j for j in eligible if j.value == "exact"]
    if exact:
        eligible = exact  # a fact whose value the question names beats one quoting it
    elif reading.quantities and reading.wants == "recall":
        eligible = [j for j in eligible if j.value == "near"]
    eligible.sort(key=lambda j: (-j.score, j.hit.order))
    if not eligible:
        return Considered(text, reading, tuple(judged), (), (), None)
    best = eligible[0]
    query = asked(content, statistics).query
    elsewhere = about_elsewhere(content, reading, best, judged, statistics)
    if elsewhere is not None:
        return Considered(text, reading, (elsewhere, *judged), (), (), None)
    # a place is the question's scope, judged above, not what it asks: the decision weighs
    # the rest (义县花生 is no question the year 义县 was recognised answers)
    rest = without_places(content, reading)
    asks = asked(rest, statistics).query if rest != content else query
    if not asks.items and reading.wants in (None, "recall"):
        return Considered(text, reading, tuple(judged), (), (), None,
                          "the question names a place, and nothing the page gives a figure "
                          "for")
    if not asks.items:
        asks = query  # 义县 which year: the place and the kind asked are the question
    guesses = guessed_only(best.hit.fact, asks, statistics) if best.value != "exact" else None
    if guesses is not None:
        absent = words_not_on_page(content, statistics)
        return Considered(text, reading, tuple(judged), (), (), None,
                          f"no figure on the page mentions {'、'.join(absent)}" if absent else
                          f"it reaches a figure only through a guess at its words ({guesses})")
    tied = [j for j in eligible[1:] if j.hit.fact.id != best.hit.fact.id and
            j.score >= best.score - TIE_COVERAGE and
            (j.value == "exact" or j.hit.rank >= TIE_RANK * best.hit.rank)]
    if tied:
        # close on the whole fact, but is one of them about the question by its label
        # (百人层次 in one label, only in the other's quote)?
        own = label_share(best.hit.fact, query, fact_base)
        tied = [j for j in tied
                if label_share(j.hit.fact, query, fact_base) >= own - TIE_COVERAGE]
    if tied:
        # or by its English label's phrases (the thousand level, not the hundred level)
        pairs = {j.hit.fact.id: phrases(j.hit.fact, query) for j in (best, *tied)}
        most = max(pairs.values())
        if list(pairs.values()).count(most) == 1:
            best = next(j for j in (best, *tied) if pairs[j.hit.fact.id] == most)
            eligible = [best] + [j for j in eligible if j is not best]
            tied = []
    runner_up = next((j for j in eligible[1:] if j.hit.fact.id != best.hit.fact.id), None)
    features = features_of(
        asks, statistics, candidate(best), candidate(runner_up) if runner_up else None,
        max(hit.rank for hit in hits), bool(reading.quantities),
        reading.wants not in (None, "recall"))
    return Considered(text, reading, tuple(judged), tuple(eligible), tuple(tied), features)


def about_elsewhere(content: str, reading: Reading, best: Judged,
                    judged: Sequence[Judged], statistics: Any) -> Optional[Judged]:
    """A candidate the question asks about for a place it does not name (北镇's soybean
    rate, when the page gives Jinzhou's): one of the question's kind, out of scope only
    for that place, that ranks above the best candidate in scope and covers the rest of
    the question better (the best is about the place, not about what is asked of it);
    else None."""
    from .ranking import score
    from .terms import fact_columns

    outside = [j for j in judged if j.fits and j.why_not.startswith(PLACE_REASONS)]
    if not outside or not reading.places or best.value == "exact":
        return None  # (义县是2020年评上的: its value is what the question names)
    rest = without_places(content, reading)
    if not rest:
        return None
    query = asked(rest, statistics).query

    def share(fact: Fact) -> float:
        scored = score(fact_columns(fact), query, statistics.bm25)
        return scored.coverage if scored else 0.0

    own = share(best.hit.fact)
    # it must also rank above the best: a match on a word or two of the rest is no
    # question about it (the Linghai fair's sections are not the new carriers)
    return next((j for j in outside
                 if j.hit.rank > best.hit.rank and share(j.hit.fact) > own), None)


#: Units that guess at a word's meaning: an answer never rests on them alone ('the area of
#: Jinzhou' is no 区域 of the market).
MEANING_GUESSES = frozenset({"synonym", "translation", "character"})


def guessed_only(fact: Fact, query: Any, statistics: Any) -> Optional[str]:
    """The guesses (area → 区域) when the fact matches the question only through guesses at
    its words' meaning, else None."""
    from .ranking import score
    from .terms import fact_columns

    scored = score(fact_columns(fact), query, statistics.bm25)
    if scored is None or any(query.units[index].kind not in MEANING_GUESSES
                             for index in scored.matched):
        return None
    return ", ".join(dict.fromkeys(
        f"{''.join(query.items[i].text for i in query.units[index].covers)} → "
        f"{query.units[index].text}" for index in scored.matched
        if query.units[index].kind != "character"))


def without_places(content: str, reading: Reading) -> str:
    """The content with the places it names taken out."""
    rest = content
    for place in reading.places:
        rest = rest.replace(place.text, " ")
    return re.sub(r"\s+", " ", rest).strip() if rest != content else content


#: The reasons out_of_scope gives for a place the fact is not about.
PLACE_REASONS = ("no figure on the page mentions", "the page gives no figure for")


def candidate(judged: Judged) -> Candidate:
    return Candidate(judged.hit.fact, judged.score, judged.hit.rank, judged.value)


def ask(fact_base: Any, *, question: Sequence[str], fields: Fields = None) -> Answer:
    """The one fact that answers a question, with the page's words, or none."""
    text = " ".join(question)
    considered = consider(fact_base, text)
    chinese = has_chinese(text)
    judged, eligible = considered.judged, considered.eligible
    if considered.features is None:
        closest = tuple({j.hit.fact.id: j.hit.fact for j in judged}.values())[:3]
        return refusal(text, fact_base, fields, 0.0, closest,
                       considered.reason or why_not(considered.reading, judged, fact_base))
    best = eligible[0]
    sure = round(probability(considered.features), 2)
    if considered.tied and sure >= ANSWER:  # it would answer, but not with one fact
        several = (best, *considered.tied)[:4]
        return refusal(text, fact_base, fields, min(sure, 0.5),
                       tuple(j.hit.fact for j in several),
                       "the page gives several: " + ", ".join(
                           describe(j.hit.fact, chinese) for j in several))
    if sure >= ANSWER:
        result = AskResult(text, best.hit.fact, sure,
                           tuple(j.hit.fact for j in judged if j is not best)[:3],
                           fact_base.sources, fields)
        return Answer(result)
    closest = tuple(j.hit.fact for j in eligible[:3])
    # the best candidate fits and is in scope: what is missing is the words no fact has, or
    # enough of the question
    # enough of the question; unless a candidate ranked above it is out of scope (the total
    # of what the page gives as added): that is what the question asks about
    above = next((j.why_not for j in judged if j.why_not and j.hit.rank > best.hit.rank), "")
    absent = words_not_on_page(without_places(considered.reading.content,
                                              considered.reading), fact_base.statistics())
    why = above or (f"no figure on the page mentions {'、'.join(absent)}" if absent else
                    f"the closest figure matches too little of the question to be sure "
                    f"({sure:.2f})")
    return refusal(text, fact_base, fields, sure, closest, why)


#: The columns that say what a fact is about (not the quote it shares with its neighbours,
#: nor the abbreviations: 百人 is a pair of 百千万人才工程 in every tier's label).
ABOUT = frozenset({"label", "label_en", "tags"})


def label_share(fact: Fact, query: Any, fact_base: Any) -> float:
    """The share of the question the fact's label, English label and tags cover."""
    from .ranking import score
    from .terms import COLUMNS, fact_columns

    columns = tuple(column if name in ABOUT else ()
                    for name, column in zip(COLUMNS, fact_columns(fact)))
    scored = score(columns, query, fact_base.statistics().bm25)
    return scored.coverage if scored else 0.0


def phrases(fact: Fact, query: Any) -> int:
    """How many pairs of the question's English words, next to each other (or one word
    apart), stand so in the fact's English label: 'thousand-person level' is the thousand
    level, not the hundred level of the Hundred-Thousand-Ten-Thousand project."""
    label = [term for term in text_terms(fact.label_en) if term.isascii()]
    where: dict = {}  # type: ignore[type-arg]
    for position, term in enumerate(label):
        where.setdefault(term, []).append(position)
    words = [(unit.covers[0], unit.terms[0]) for unit in query.units
             if len(unit.covers) == 1 and unit.terms and unit.terms[0].isascii()
             and unit.terms[0] in where]
    found = set()
    for first, left in words:
        for second, right in words:
            if 1 <= second - first <= 2 and any(1 <= b - a <= 2 for a in where[left]
                                                  for b in where[right]):
                found.add((first, second))
    return len(found)


def why_not(reading: Reading, judged: Sequence[Judged], fact_base: Any) -> str:
    """Why no candidate answers: the first reason among the best candidates."""
    if not reading.content:
        return "the question names nothing the page gives a figure for"
    why = next((j.why_not for j in judged[:3] if j.why_not), "")
    if not why and reading.wants == "recall" and reading.quantities and \
            not any(j.value for j in judged):
        numbers = "、".join(reading.folded[q.start:q.end] for q in reading.quantities)
        why = f"no figure on the page is {numbers}"
    if not why:
        absent = words_not_on_page(reading.content, fact_base.statistics())
        if absent:
            why = f"no figure on the page mentions {'、'.join(absent)}"
    unfit = [j for j in judged[:3] if not j.fits and not j.why_not
             and j.score >= ANSWER_COVERAGE]
    if not why and unfit:
        fact = unfit[0].hit.fact
        wanted = KIND_WORDS.get(reading.wants or "", "such figure")
        if reading.unit and not units_fit(reading.unit, fact.unit):
            wanted = f"figure in {reading.unit}"
        why = f"the page gives no {wanted} for it: {fact.id} is " + (
            f"{fact.kind} {fact.display_value()}" if fact.kind != "amount"
            else fact.display_value())
    elif not why and judged and not any(j.fits for j in judged[:3]):
        why = f"the page gives no {KIND_WORDS.get(reading.wants or '', 'such figure')} for it"
    return why


KIND_WORDS = {"year": "year", "ordinal": "ordinal (第几)", "identifier": "number or name",
              "money": "sum of money", "percentage": "percentage", "length": "distance",
              "mass": "weight",
              "name": "name (it gives figures)", "count": "count", "amount": "amount"}


def words_not_on_page(content: str, statistics: Any) -> List[str]:
    """The question's words no fact holds, nor a synonym or translation of them (人口,
    population; decide.present_items), nouns first: three at most."""
    from .decide import chinese_words, present_items
    from .terms import ENGLISH_STOP

    query = asked(content, statistics).query
    presence, nouns = present_items(query, statistics.known)
    absent: List[Tuple[float, int, str]] = []
    items = query.items
    index = 0
    while index < len(items):
        text = items[index].text
        if presence[index] > 0 or text[:1].isdigit():
            index += 1
            continue
        if text.isascii():
            if text.lower() not in ENGLISH_STOP and len(text) > 2:
                absent.append((-nouns[index], index, text))
            index += 1
            continue
        end = index  # a stretch of absent characters, cut into words
        while end + 1 < len(items) and presence[end + 1] == 0 and \
                not items[end + 1].text.isascii():
            end += 1
        chars = "".join(item.text for item in items[index:end + 1])
        absent += [(-share, index + start, chars[start:start + length])
                   for start, length, share in chinese_words(chars, statistics.known)
                   if length > 1 and share > 0]
        index = end + 1
    return [word for _, _, word in sorted(absent)[:3]]


def describe(fact: Fact, chinese: bool) -> str:
    return f"{fact.id} ({fact.label if chinese else fact.label_en}: {fact.display_value()})"


def refusal(text: str, fact_base: Any, fields: Fields, confidence: float,
            closest: Tuple[Fact, ...], why: str) -> Answer:
    chinese = has_chinese(text)
    named = ", ".join(f"{fact.id} ({fact.label if chinese else fact.label_en})"
                      for fact in closest)
    several = why.startswith("the page gives several")
    message = f"the page does not say: '{text}'" + (f"; {why}" if why else "")
    if named and not several:
        message += f"; closest: {named}"
    return Answer(AskResult(text, None, confidence, closest, fact_base.sources, fields),
                  message)


# ------------------------------------------------------------------ judging a candidate


class Scope(NamedTuple):
    """What the fact base is about: its own place (the place its sources' titles name most:
    锦州), the date of its page (for 去年, the past ten years), and the terms it holds (to
    say whether the page ever uses a word). Read from the sources and the statistics only:
    an indexed base of 100,000 facts answers without loading them."""

    home: Tuple[str, ...]
    today: Optional[int]  # the year of the page
    known: Container[str]


def base_scope(fact_base: Any) -> Scope:
    return derived(fact_base.sources, "ask-scope", lambda _: _scope(fact_base))


def _scope(fact_base: Any) -> Scope:
    sources = list(fact_base.sources.values())
    named: Counter[str] = Counter()
    for source in sources:
        for place in places_in(source.title):
            named.update(place.codes)
    home = tuple(code for code, _ in named.most_common(1))
    dates = sorted(source.date for source in sources if source.date)
    today = int(dates[-1][:4]) if dates else None
    return Scope(home, today, fact_base.statistics().known)


def names_place(fact: Fact, place: Place) -> bool:
    """Whether the fact names the place (凌海 in the market's facts, Linghai in a tag):
    every fact is about the base's own place besides."""
    text = f"{fact.label} {' '.join(fact.tags)} {fact.quote} {fact.section}"
    return any(name in text for name in place.names) or \
        place.text.lower() in f"{fact.label_en} {' '.join(fact.tags)}".lower()


def page_uses(word: str, known: Container[str]) -> bool:
    """Whether the base holds a word: its bigrams, or its English term."""
    terms = text_terms(word)
    pairs = [term for term in terms if len(term) == 2 and not term.isascii()] or \
        [term for term in terms if term.isascii()]
    return bool(pairs) and all(term in known for term in pairs)


def judge(hit: Hit, reading: Reading, scope: Scope) -> Judged:
    fact = hit.fact
    value = value_match(fact, reading)
    score = hit.coverage
    if reading.quantities and not value:
        score *= UNMATCHED_NUMBER  # the question names a figure this fact does not give
    elif value == "exact":
        score = 1 - (1 - score) / 2  # the figure named is this fact's: half the rest is
    elif value == "near":          # what a question says around it (是什么, refer to)
        score = 1 - (1 - score) * 3 / 4
    return Judged(hit, fits(fact, reading), out_of_scope(fact, reading, scope), value, score)


def units_fit(asked_unit: str, fact_unit: str) -> bool:
    """Whether a question asking in one unit can be answered in another: the same base or
    dimension (几吨 and 万吨; 名 and 人). A measure word the unit table knows no dimension
    for (间 of 幾多間, 只, 口: 'count (间)') counts things as 家 and 个 do, so it refuses
    nothing; a known dimension that differs does (几个人 is no count of firms)."""
    asked, unit = UNITS[asked_unit], UNITS[fact_unit]
    if asked.base == unit.base or asked.dimension == unit.dimension:
        return True
    return asked.dimension.startswith("count (") and not measured(unit.dimension)


#: Dimensions of measurement (their first word), which no counting word asks for: 几间 is
#: never tonnes, yuan or percent.
MEASURED = ("money", "mass", "length", "area", "volume", "energy", "power", "percentage",
            "per mille", "per-mille points", "container capacity", "years", "months", "days",
            "hours", "minutes", "seconds", "age", "temperature", "index points",
            "grade or level")


def measured(dimension: str) -> bool:
    return dimension.startswith(MEASURED)


def fits(fact: Fact, reading: Reading) -> bool:
    """Whether the fact is the kind of answer the question asks for: an identifier or an
    ordinal never answers "how many", a year answers "when", money "how much money"."""
    unit = UNITS[fact.unit]
    wants = reading.wants
    if reading.unit and wants != "recall" and not units_fit(reading.unit, fact.unit):
        return False
    if wants in (None, "recall"):
        return True
    if wants in ("year", "ordinal", "identifier"):
        return fact.kind == wants
    if wants == "which":  # which berth: the unit matched above; a number that names or ranks
        return fact.kind != "amount"
    if fact.kind != "amount":
        return False
    if wants == "money":
        return unit.dimension.startswith("money")
    if wants == "percentage":
        return unit.base in ("%", "个百分点")
    if wants == "length":
        return unit.dimension == "length"
    if wants == "mass":
        return unit.dimension.startswith("mass")
    if wants == "count":
        # how many, 多少个 with no unit counts things: never tonnes, yuan, percent or
        # kilometres (a container ship's TEU counts containers)
        return reading.unit != "" or not measured(unit.dimension) or \
            unit.dimension.startswith("container")
    return wants == "amount"


def out_of_scope(fact: Fact, reading: Reading, scope: Scope) -> str:
    """'' when the fact is about the question's places and times, else why not."""
    named_home = any(any(code in scope.home for code in place.codes)
                     for place in reading.places)
    for place in reading.places:
        if any(code in scope.home for code in place.codes) or names_place(fact, place):
            continue
        # 辽宁 beside 锦州 qualifies it; 辽宁 alone asks about the whole province
        if named_home and any(within(home, code) for code in place.codes
                              for home in scope.home):
            continue
        if not page_uses(place.text, scope.known):
            return f"no figure on the page mentions {place.text}"
        return f"the page gives no figure for {place.text} that answers this"
    labels = f"{fact.label} {fact.label_en} {' '.join(fact.tags)}"
    for level in reading.levels:
        others = [name for name in LEVELS if name != level and level_named(name, labels)]
        if others and not level_named(level, labels):
            return f"the page gives no {level} figure for it (only {others[0]})"
    for period in reading.periods:
        in_quote = fact.period is None and period.period[:4] in fact.quote
        if not covers(fact.period, period) and not in_quote:
            if fact.kind == "year" and period.period == str(fact.value):
                continue
            have = f" (its figure is for {fact.period})" if fact.period else \
                " (the page gives no date for it)"
            return f"the page gives no figure for {period.text.strip()}{have}"
    if increment(f"{fact.label} {fact.label_en}") and asks_total(reading.folded):
        return "the page gives only how many were added, not the total"
    said = f"{fact.quote} {fact.label} {fact.section} {fact.label_en} {fact.note or ''}"
    if reading.superlative and not any(word in said.lower()
                                       for word in ("最", "largest", "biggest")):
        return f"the page does not say which is {reading.superlative}"
    return ""


#: A figure of what was added (新增4家, new carriers) is no total (一共, altogether).
_INCREMENT = r"新增|新认定|新建|\b[Nn]ew(?:ly)?\b|\badded\b"
_TOTAL = r"一共|总共|总计|累计|总数|共计|\baltogether\b|\bin\s+total\b|\btotal\b|\ball\s+told\b"


def increment(text: str) -> bool:
    return re.search(_INCREMENT, text) is not None


def asks_total(question: str) -> bool:
    """Whether a question asks for a total and not for what was added."""
    return re.search(_TOTAL, question, re.I) is not None and not increment(question) or \
        re.search(r"\bnot\s+(?:just|only)\s+(?:the\s+)?new\b|不(?:只|仅|光)是?新", question,
                  re.I) is not None


def value_match(fact: Fact, reading: Reading) -> str:
    """'exact' when a number of the question is the fact's value (in its unit or in base
    units: search.value_match), 'near' within a tenth of it, '' otherwise. A year counts
    only for a year fact."""
    numbers = reading.quantities + (reading.years if fact.kind == "year" else ())
    if fact.kind in ("identifier", "ordinal"):
        # 209 berths, 209个泊位 count berths: no number that names berth No. 209
        numbers = tuple(number for number in numbers if not counted(reading.folded, number))
    if not numbers:
        return ""
    if search_value_match(fact, numbers) is not None:
        return "exact"
    value = to_decimal(fact.value)
    normalized = to_decimal(fact.normalized[0])
    base = UNITS[fact.unit].base
    for quantity in reading.quantities:
        if quantity.unit and quantity.unit in UNITS and UNITS[quantity.unit].base != base:
            continue
        if any(_near(number, wanted) for number in question_values(quantity)
               for wanted in (value, normalized)):
            return "near"
    return ""


#: Classifiers that count things (209个泊位): a number before one is an amount.
_COUNTING = "个座家项名位场只艘台"


def counted(text: str, number: Any) -> bool:
    """Whether a number of a question counts things (209 berths, 209个泊位) rather than
    names one (berth 209, 209泊位)."""
    after = text[number.end:]
    if after[:1] in _COUNTING and after[:1] != "":
        return True
    found = re.match(r"\s+([A-Za-z]{4,})", after)
    word = found.group(1).lower() if found else ""
    return word.endswith("s") and any(
        word.endswith(ending) and is_english(word[:-len(ending)] + singular)
        for ending, singular in (("ies", "y"), ("es", ""), ("s", "")))


def _near(number: Decimal, wanted: Decimal) -> bool:
    return wanted != 0 and abs(number - wanted) <= abs(wanted) / 10


ASK_FIELDS = ("question", "confidence") + FACT_FIELDS


class AskResult(NamedTuple):
    """One answer to a question (or none: the page does not say), how sure, and the facts
    that came next (or, with no answer, the closest)."""

    question: str
    answer: Optional[Fact]
    confidence: float
    alternatives: Tuple[Fact, ...]
    sources: Mapping[str, Source] = {}  # noqa: RUF012 - never mutated
    fields: Optional[Tuple[str, ...]] = None
    known_fields: Sequence[str] = ASK_FIELDS

    def records(self) -> List[Record]:
        if self.answer is None:
            return []
        row = {"question": self.question, "confidence": self.confidence,
               **self.answer.to_dict()}
        return [pick(row, self.fields)]

    def document(self) -> Any:
        return {"question": self.question,
                "answer": self.answer.to_dict() if self.answer else None,
                "confidence": self.confidence,
                "alternatives": [fact.to_dict() for fact in self.alternatives]}

    def plain_text(self) -> str:
        """The answer in a line a person reads, and the page's words under it:
        `高新技术企业：188家（2023-01）` (an English question gets the English label)."""
        fact = self.answer
        if fact is None:
            return ""
        from .model import APPROX_ZH, format_number

        english = not has_chinese(self.question)
        period = fact.period
        if english:
            line = f"{fact.label_en}: {fact.describe_en()}" + (f" ({period})" if period else "")
            second = f"  {fact.label}: “{fact.quote}” — {fact.section}"
        else:
            line = (f"{fact.label}：{APPROX_ZH[fact.approx]}{format_number(fact.value)}"
                    f"{fact.unit}" + (f"（{period}）" if period else ""))
            second = f"  “{fact.quote}” — {fact.section}"
        return f"{line}\n{second}\n"

    def empty(self) -> bool:
        return self.answer is None
