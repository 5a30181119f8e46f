"""Judging a candidate fact for a question (ask.py): whether it is the kind of answer the
question wants, whether it is about the question's places, times, levels and bodies, and
whether its value is a number the question names. Imported only where a question is asked."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Container, Optional, Sequence

from ..base.model import Fact, derived
from ..base.patterns import compiled
from ..base.periods import COMPARED_WITH
from ..base.plain import Plain
from ..base.units import UNITS, to_decimal
from .hits import Hit, question_values
from .hits import value_match as search_value_match
from .places import Place, places_in, within
from .question import (
    DERIVED_WORDS,
    EXACT_FIGURE,
    HONOUR_AFTER,
    LEVELS,
    OUTPUT_ZH,
    PER_YEAR,
    Reading,
    clause_span,
    covers,
    level_named,
    part_of_year,
)
from .terms import ENGLISH_STOP, has_chinese, is_english, strip_question_words, text_terms

if TYPE_CHECKING:
    from decimal import Decimal

#: A candidate whose value is none of the question's numbers (190 is near 188: it counts)
#: keeps this share of its coverage.
UNMATCHED_NUMBER = 0.7


class Judged(Plain):
    """A candidate fact and what ask makes of it for this question."""

    __slots__ = ("hit", "fits", "why_not", "value", "score")

    def __init__(self, hit: Hit, fits: bool, why_not: str, value: str, score: float) -> None:
        self.hit = hit
        self.fits = fits  # the kind of answer the question wants
        self.why_not = why_not  # '' when in scope, else the words the fact does not cover
        self.value = value  # exact, near or '' (a number of the question equals its value)
        self.score = score


class Scope(Plain):
    """What the fact base is about: its own place (the place its sources' titles name most:
    锦州), the date of its page (for 去年, the past ten years), and the terms it holds (to
    say whether the page ever uses a word). Read from the sources and the statistics only:
    an indexed base of 100,000 facts answers without loading them. A base of several files
    (articles) has a place and a date per file as well (`pages`): a fact is judged by its
    own page's (a Panjin marathon's facts are no Jinzhou figures; its 去年 is its own)."""

    __slots__ = ("home", "today", "known", "pages", "file_of")

    def __init__(self, home: tuple[str, ...], today: Optional[int], known: Container[str],
                 pages: Optional[dict[Optional[int], tuple[tuple[str, ...], Optional[int]]]]
                 = None, file_of: Any = None) -> None:
        self.home = home
        self.today = today  # the year of the page
        self.known = known
        self.pages = pages or {}  # file number → (its home, its year)
        self.file_of = file_of  # fact → its file number

    def of(self, fact: Fact) -> tuple[tuple[str, ...], Optional[int]]:
        """The home place and year of the fact's own page."""
        if self.pages and self.file_of is not None:
            found = self.pages.get(self.file_of(fact))
            if found is not None:
                return found
        return self.home, self.today


def base_scope(fact_base: Any) -> Scope:
    return derived(fact_base.sources, "ask-scope", lambda _: _scope(fact_base))


def _scope(fact_base: Any) -> Scope:
    sources = list(fact_base.sources.values())
    from .loaded import title_places

    read: dict[str, dict[str, int]] = {}

    def named_by(titles: Sequence[str]) -> Counter[str]:
        """title_places of the titles, each title read once however often asked."""
        counted: Counter[str] = Counter()
        for title in titles:
            if title not in read:
                read[title] = title_places([title])
            counted.update(read[title])
        return counted

    cached = fact_base.title_places() if hasattr(fact_base, "title_places") else None
    # (facts made in memory, an index: read from the titles)
    named: Counter[str] = Counter(cached) if cached is not None else \
        named_by([source.title for source in sources])
    home = tuple(code for code, _ in named.most_common(1))
    today = _newest([source.date for source in sources])
    pages: dict[Optional[int], tuple[tuple[str, ...], Optional[int]]] = {}
    scoped = getattr(fact_base.sources, "scoped", None)
    by_file: dict[int, list[Any]] = {}
    for number, source in scoped() if scoped is not None else ():
        by_file.setdefault(number, []).append(source)
    if len(by_file) > 1:
        # (each file's places as cached with its terms, where they were)
        per_file = fact_base.file_title_places() if hasattr(fact_base, "file_title_places") \
            else None
        for number, own in by_file.items():
            places = Counter(per_file[number]) if per_file is not None and \
                number < len(per_file) else named_by([source.title for source in own])
            pages[number] = (tuple(code for code, _ in places.most_common(1)) or home,
                             _newest([source.date for source in own]) or today)
    return Scope(home, today, fact_base.statistics().known, pages,
                 getattr(fact_base.sources, "file_of", None))


def _newest(dates: Sequence[Optional[str]]) -> Optional[int]:
    known = sorted(date for date in dates if date)
    return int(known[-1][:4]) if known else None


def _place_words(fact: Fact) -> str:
    """The words of a fact a place's name is looked for in (names_place, names_port)."""
    return f"{fact.label} {' '.join(fact.tags)} {fact.quote} {fact.section}"


def names_place(fact: Fact, place: Place) -> bool:
    """Whether the fact names the place (凌海 in the market's facts, Linghai in a tag):
    every fact is about the base's own place besides."""
    text = _place_words(fact)
    return any(name in text for name in place.names) or \
        place.text.lower() in f"{fact.label_en} {' '.join(fact.tags)}".lower()


def port_asked(folded: str, place: Place) -> str:
    """The port of a place a question asks about (福州港, Fuzhou port, the port of Fuzhou)
    as it says it, or ''."""
    if folded[place.end:place.end + 1] == "港":
        return folded[place.start:place.end + 1]
    after = compiled(r"\s+(?:port|harbou?r)\b", re.I).match(folded, place.end)
    if after:
        return folded[place.start:after.end()]
    before = compiled(r"\b(?:port|harbou?r)\s+of\s+$", re.I).search(folded[:place.start])
    return folded[before.start():place.end] if before else ""


def names_port(fact: Fact, place: Place) -> bool:
    """Whether the fact names the place's port (锦州港, Jinzhou Port), not the place alone
    (the ship 中谷福州 names 福州, no port of it)."""
    text = _place_words(fact)
    english = f"{fact.label_en} {' '.join(fact.tags)}".lower()
    name = place.text.lower()
    return any(f"{each}港" in text for each in place.names) or \
        f"{name} port" in english or f"port of {name}" in english


#: What ends a label's subject after the place it names (凌海(翠岩)大集|的历史, 黑山县|获认定).
_SUBJECT_ENDS = "的距获参精靠在与和及"


@lru_cache(maxsize=256)
def _subject(label: str, label_en: str, tags: tuple[str, ...],
             home: tuple[str, ...]) -> tuple[str, frozenset[str]]:
    """The subject a label names inside the base's own place (凌海(翠岩)大集, Linghai (Cuiyan)
    market; 黑山县) and the words that name it (its place, the names in brackets, the noun
    after them, the tags that are these or end like the noun: 集市), or ('', {}) where the
    label names no such place: a figure of the whole city."""
    inner = [place for place in places_in(label)
             if any(within(code, area) for code in place.codes for area in home) and
             not set(place.codes) & set(home)]
    if not inner:
        return "", frozenset()
    start = inner[0].start
    end = inner[-1].end
    bracket = compiled(r"\s*[(（][^)）]{1,12}[)）]").match(label, end)
    if bracket:
        end = bracket.end()
    head_start = end
    while end < len(label) and end - head_start < 4 and label[end] not in _SUBJECT_ENDS \
            and "\u3400" <= label[end] <= "\u9fff":
        end += 1
    span, head = label[start:end], label[head_start:end]
    words = {place.text for place in inner} | {name for place in inner for name in place.names}
    words |= set(compiled(r"[\u3400-\u9fff]{2,}").findall(
        compiled(r"[(（]([^)）]*)[)）]").sub(r" \1 ", span)))
    if head:  # (and its last character alone: 百年老集, 赶集)
        words |= {head, head[-1]}
    english = [place for place in places_in(label_en)
               if set(place.codes) & {code for inside in inner for code in inside.codes}]
    if english:
        words |= {place.text.lower() for place in english}
        # (the Linghai (Cuiyan) market: the name in brackets and the noun after it)
        after = compiled(r"\s*\(([^)]{1,20})\)\s*([a-z]+)?").match(label_en, english[-1].end)
        if after:
            words |= {word for word in (after.group(1).lower(), after.group(2)) if word}
    codes = {code for inside in inner for code in inside.codes}
    for tag in tags:
        if tag in span or tag.lower() in words or \
                tag.isascii() and tag[:1].isupper() and tag in label_en or \
                any(set(place.codes) & codes for place in places_in(tag)) or \
                len(tag) >= 2 and head and not tag.isascii() and head[-1] in tag:
            words.add(tag.lower() if tag.isascii() else tag)
    # an English tag CC-CEDICT glosses with one of them (fair: 市集)
    from .tables import lookup

    for tag in tags:
        if tag.isascii() and " " not in tag and tag.lower() not in words:
            found = lookup("bridge.tsv", tag.lower())
            if found and words & set(found[0].lstrip("=").split("|")):
                words.add(tag.lower())
    # … and the Chinese ones as typed in pinyin (yixian, da ji: their letters)
    from .pinyin import first_reading

    for word in [word for word in words if not word.isascii() and len(word) > 1]:
        readings = [first_reading(char) for char in word]
        if all(readings):
            words.add("~" + "".join(readings))  # type: ignore[arg-type]
    return span, frozenset(words)


def part_not_named(fact: Fact, folded: str, home: Sequence[str]) -> str:
    """The subject inside the base's own place a fact's figure is of (凌海(翠岩)大集), where a
    question about the place as a whole names nothing of it (锦州市有多少年历史, how many
    merchants are there in Jinzhou), else ''."""
    span, words = _subject(fact.label, fact.label_en, tuple(fact.tags), tuple(home))
    if not span:
        return ""
    lowered = folded.lower()
    letters = compiled(r"[^a-z]+").sub("", lowered)
    for word in words:
        if word.startswith("~"):
            if word[1:] in letters:
                return ""
        elif word.isascii():
            # (re's own cache: a pattern made of a fact's word is kept by no file)
            if re.search(rf"\b{re.escape(word)}\b", lowered):
                return ""
        elif word in folded:
            return ""
    return span


def city_named(fact: Fact, folded: str, places: Sequence[Place], home: Sequence[str]) -> bool:
    """Whether the question names the base's own place as itself (锦州, Jinzhou), not as the
    start of a longer name the fact holds (锦州北站, Jinzhou North station, jin zhou bei zhan)."""
    from .pinyin import first_reading

    text = f"{fact.label} {' '.join(fact.tags)} {fact.quote}"
    lowered = folded.lower()
    for place in places:
        if not set(place.codes) & set(home):
            continue
        names = sorted((name for name in place.names if name in text), key=len, reverse=True)
        longer = {text[at:at + len(name) + 1] for name in names
                  for at in (match.start() for match in re.finditer(re.escape(name), text))
                  if at + len(name) < len(text) and
                  "\u3400" <= text[at + len(name)] <= "\u9fff" and
                  text[at + len(name)] not in "市的有在是"}
        if place.text.isascii():
            tail = compiled(r"[^a-z]+").sub("", lowered[place.start:place.start + 40])
            spelled = {"".join(first_reading(char) or "?" for char in word) for word in longer}
            english = f"{fact.label_en} {' '.join(fact.tags)}".lower()
            after = compiled(r"\s*([a-z]+)").match(lowered, place.end)
            if any(tail.startswith(word) for word in spelled) or after and \
                    f"{place.text.lower()} {after.group(1)}" in english:
                continue
        elif folded[place.start:place.end + 1] in longer:
            continue
        return True
    return False


def labelled_place(fact: Fact, place: Place) -> str:
    """Another place the fact's label names where the question names one its label and
    tags do not (the year 黑山县 was designated, whose quote lists 北镇 beside it), else ''."""
    said = f"{fact.label} {' '.join(fact.tags)}"
    if place.text.isascii() or any(name in said for name in place.names):
        return ""
    return next((other.text for other in places_in(fact.label)
                 if not set(other.codes) & set(place.codes) and other.text not in place.names),
                "")


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
    # 99.4%是哪年的: a question that states a fact's own figure and asks when is answered
    # by the fact's period where the page's words give it (全市2022年…达到99.4%); a period
    # that is only the page's date (188家, as of 2023-01) says nothing of when it was reached
    when = reading.wants in ("year", "date") and value == "exact" and quoted_period(fact)
    return Judged(hit, fits(fact, reading) or when, given(fact, reading, value) or
                  out_of_scope(fact, reading, scope), value, score)


def quoted_period(fact: Fact) -> bool:
    """Whether the fact's quote states the year of its period."""
    return bool(fact.period) and str(fact.period)[:4] in fact.quote


#: The kinds of answer that ask for an amount: the number a question itself states is never
#: the amount it asks for (of the 65 experts, how many …; 94项省科技奖里一等奖几项).
AMOUNTS = ("count", "amount", "money", "percentage", "length", "mass", "age", "output")
#: Words asking a figure the question states again, exactly (上百个品牌，到底多少个).
_EXACTLY = (EXACT_FIGURE + "|" +
            r"到底|究竟|确切|准确|精确|具体是多少|"
            # (in pinyin: juti shu shi duoshao, daodi duoshao)
            r"\bju\s?ti\b|\bdao\s?di\b|\bque\s?qie\b|\bzhun\s?que\b|\bjing\s?que\b|"
            r"\bexactly\b|\bprecisely\b|\bexact\b")
#: A question ending on the words that ask, with nothing asked of after them (到底多少个?).
_ENDS_ASKING = (r"(?:多少|几多|几)个?\s*[啊呀吧呢啦]*\s*[?？!！。]*\s*$|"
                r"\bduo\s?shao\s*[?？!.]*\s*$|"
                # (…around 1000 kinds of goods, yes? how many exactly)
                r"\bhow\s+(?:many|much)(?:\s+(?:exactly|precisely))?\s*[?？!.]*\s*$")
#: The words that ask for an amount (a percent sign or 'the 11 alliances figure' does not).
_ASKING = r"多少|几|\bduo\s?shao\b|\bji\b|\bhow\s+(?:many|much)\b"


def given(fact: Fact, reading: Reading, value: str) -> str:
    """Why a fact does not answer a question that states its figure, or about it (八万多吨 of
    8.92万吨), and asks for another amount (a part of it, a breakdown the page does not give,
    船上有多少船员), else ''. A question checking the figure (26家对吗) or asking what it is
    (3.5万吨是什么) is answered by it."""
    if value not in ("exact", "near") or reading.check or reading.wants not in AMOUNTS or \
            compiled(_ASKING, re.I).search(reading.folded) is None or offers_choices(reading) \
            or compiled(_EXACTLY, re.I).search(reading.folded) and (
                reading.unit in UNITS and units_fit(reading.unit, fact.unit) if reading.unit
                else compiled(_ENDS_ASKING, re.I).search(reading.folded) is not None) and \
            not any(term not in fact_words(fact) and term not in _asking_terms()
                    for term in asked_apart_names(reading, compiled(_EXACTLY, re.I).sub(
                        lambda word: " " * len(word.group()), reading.folded))):
        # (上百个品牌，到底多少个: the page's own figure, asked again, of nothing new)
        return ""
    if value == "near" and not asked_apart(reading, fact):
        return ""  # (水稻机械化率99点几: the figure itself, asked about as recalled)
    if converted(fact, reading) and not part_of_stated(reading.folded, reading.quantities):
        return ""  # (65名 in 人: the same figure; but 65名…中女性有几位 asks a part of it)
    stated = "the page's figure" if value == "exact" else "about the page's figure"
    return (f"the question states {stated} ({fact.display_value()}) and asks for "
            f"another, which the page does not give")


@lru_cache(maxsize=1)
def _asking_terms() -> frozenset[str]:
    """The terms of the words that ask an amount in English and pinyin (how many: mani;
    duoshao)."""
    return frozenset(text_terms("how many much duoshao duo shao"))


def asked_apart(reading: Reading, fact: Fact) -> bool:
    """Whether a question asks in a clause of its own, none of its figures in it, about
    something and nothing the fact's words say (那个大船好像八万多吨，船上有多少船员: the
    tonnage stated, the crew asked); not in the clause that states one (99点几?, 九万多吨是吗),
    nor of the fact again (…获奖成果多少项，群里说两百多; …? or how much)."""
    named = asked_apart_names(reading)
    return bool(named) and not any(term in fact_words(fact) for term in named)


def asked_apart_names(reading: Reading, text: str = "") -> list[str]:
    """The words of the first clause that asks, none of the question's figures in it (船上
    有多少船员 of 那个大船好像八万多吨，船上有多少船员: 船上, 船员), less its question words;
    [] where no clause asks apart. `text`: the question's folded text with words blanked
    out (as long as they were), where not all of it counts."""
    text, start = text or reading.folded, 0
    stated = {quantity.start for quantity in reading.quantities}
    for clause in compiled(r"[^，,。；;？?！!]+[，,。；;？?！!]*").findall(text):
        end = start + len(clause)
        if compiled(_ASKING, re.I).search(clause) and \
                not any(start <= at < end for at in stated):
            return [term for term in text_terms(strip_question_words(clause))
                    if len(term) > 1 and " " not in term and (
                        not term.isascii() or len(term) > 3 and term not in ENGLISH_STOP)]
        start = end
    return []


#: A stated figure's things named as the whole a part of is asked of (865家科技型中小企业
#: 里, 188家企业中有, of the 188 firms): 中 not of a word (中小企业).
_WHOLE_OF = (r"^[^，,。；;？?]{0,12}?(?:(?<![公英海千华])里|当中|之中|其中|中(?=[有的是，,])|"
             # 65名…获得者中女性有几位: of the whole, a part the words after 中 name
             r"(?<=[者人员家业户们])中(?=[^，,。；;？?\d]{1,6}?(?:有|占|是)?(?:多少|几)))")
_WHOLE_OF_EN = r"\b(?:of|among|out\s+of)\s+(?:the|those|these|its)\s+(?:\w+\s+){0,2}$"


def part_of_stated(text: str, quantities: Sequence[Any]) -> bool:
    """Whether a question asks a part of a whole it states (865家…里有多少家是…; Of the
    188 high-tech firms, how many …)."""
    return any(re.search(_WHOLE_OF, text[number.end:]) or
               re.search(_WHOLE_OF_EN, text[:number.start], re.I) for number in quantities)


#: The words that offer a choice between figures (200、236还是263, 60 or 67).
_CHOOSING = r"还是|或者|或是|抑或|定系(?![统列数])|\bor\b"  # (定係: Cantonese's 还是)


#: A run of figures offered (60, 67 or 70; 200、236还是263; 几百样还是一千来样; 8个区域还是6个
#: 区域; 2nd or 3rd): each a number and a short unit, joined by commas, 、, slashes, or, 还是.
_NUMBER = r"[\d百千万][\d.百千万]*(?:st|nd|rd|th)?[^\sA-Za-z\d，,、/。?？还或]{0,3}"
_OPTIONS = rf"{_NUMBER}(?:\s*(?:[,，、/]|还是|或者?|\bor\b)\s*\S{{0,2}}?{_NUMBER})+"


#: An 'or' that adds a doubt of the reader's own, no second thing to choose (…, or have I
#: misread the comma?; or am I wrong; or not; 还是我记错了).
_OR_DOUBT = (r"\bor\s+(?:(?:have|had|did|do|am|was|were)\s+(?:i|we)\b|not\b|i\b)|"
             r"(?:还是|或者)(?=\s*(?:我|俺|咱)们?\S{0,3}错)")


def choosing(text: str) -> bool:
    """Whether a (folded) question offers things to choose from (还是, or)."""
    return any(compiled(_OR_DOUBT, re.I).match(text, found.start()) is None
               for found in compiled(_CHOOSING, re.I).finditer(text))


#: The times 同比 (year on year) is measured against.
_YEAR_BEFORE = ("去年", "上年", "上一年", "去年同期", "上年同期")


def compared_alike(time: str, change: str, fact: Fact) -> bool:
    """Whether a time the question names is the base of the change it asks (比去年提高了
    多少) and the fact's quote states its figure against the same base (比去年同期提高
    4.2个百分点, 同比增长): the time is of neither's period then."""
    time = time.strip()
    if not time or time not in change:
        return False
    said = f"{fact.quote} {fact.label}"
    if re.search(f"[{COMPARED_WITH}]\\s*{re.escape(time)}", said):
        return True
    return time in _YEAR_BEFORE and "同比" in said


def offers_choices(reading: Reading) -> bool:
    """Whether every figure a question states is offered to choose from (200、236还是263?:
    none is context); not where it states one beside them (瞪羚企业26家里，国有的有多少家，
    10家还是20家: the 26 is the whole it asks a part of)."""
    if not reading.quantities:
        return False
    spans = [match.span() for match in compiled(_OPTIONS, re.I).finditer(reading.folded)
             if compiled(_CHOOSING, re.I).search(match.group())]
    return bool(spans) and all(any(start <= number.start < end for start, end in spans)
                               for number in reading.quantities)


#: Words asking for a figure in another unit (21.3亿元换算成万元是多少, in kilometres).
_CONVERTING = (r"换算|折合|折算|合多少|相当于多少|等于多少|\bconvert|\bin terms of\b|"
               r"\bexpressed in\b")


def converting(text: str) -> bool:
    """Whether a text asks for a figure in another unit (换算成美元, in terms of)."""
    return compiled(_CONVERTING, re.I).search(text) is not None


def converted(fact: Fact, reading: Reading) -> bool:
    """Whether a question stating a fact's figure asks for it in another unit: a word of
    converting, or an asked unit of the same base other than the fact's (21.3亿元是多少万元:
    the same amount, which the fact answers)."""
    if converting(reading.folded):
        return True
    return bool(reading.unit) and reading.unit != fact.unit and \
        reading.unit in UNITS and UNITS[reading.unit].base == UNITS[fact.unit].base


def units_fit(asked_unit: str, fact_unit: str) -> bool:
    """Whether a question asking in one unit can be answered in another: the same base or
    dimension (几吨 and 万吨; 名 and 人). A measure word the unit table knows no dimension
    for (间 of 幾多間, 只, 口: 'count (间)') counts things as 家 and 个 do, so it refuses
    nothing; a known dimension that differs does (几个人 is no count of firms)."""
    asked, unit = UNITS[asked_unit], UNITS[fact_unit]
    if asked.base == unit.base or asked.dimension == unit.dimension:
        return True
    if {asked.dimension, unit.dimension} == {"age", "years"}:
        return True  # 多少岁 of a market a hundred years old
    if asked_unit == "度" and unit.dimension == "temperature":
        return True  # 多少度, 几度: degrees of a temperature in ℃
    if asked.dimension == "people" and unit.dimension == "visits":
        return True  # 接待了多少人: the page counts visitors as news does, in 人次
    if {asked.dimension, unit.dimension} == {"times", "events"}:
        return True  # 去了几次, how many times they went: the events (场) they went to
    if {asked.dimension, unit.dimension} == {"percentage", "percentage points"} or \
            unit.dimension == "percentage" and asked.dimension == "index points":
        return True  # 门槛是多少个百分点, 机械化率多少个点: people say points of a rate
    if asked.dimension == "units" and asked.power:
        return unit.power == asked.power  # 多少亿: 21.3亿元, 亿吨 (a magnitude, no unit)
    if asked.counts_its_own and fact_unit.endswith(asked_unit):
        return True  # 能装多少箱: the 标准箱 (TEU) it holds are boxes, counted in a standard
    if asked.counts_its_own and asked.name_en:
        from .unitwords import UNIT_WORDS

        if UNIT_WORDS.get(asked.name_en) == fact_unit:
            return True  # 能装多少柜: containers, as the trade counts them, are the 标准箱
    if asked_unit in _THINGS_ONLY and unit.dimension in ("organisations", "people"):
        return False  # 划了几块地方: 块 counts pieces of land, never firms (家) or people
    # (31个人才: 个 counts people and firms too)
    return (asked.base == "个" or asked.counts_its_own) and \
        not measured(unit.dimension)


#: Measure words that count pieces, places, sheets, plants and buildings, never a body or a
#: person (间 does: 幾多間公司; 口 too: 几口人).
_THINGS_ONLY = frozenset("块片处张本颗株棵栋幢层架列根段")


#: Dimensions of measurement (their first word), which no counting word asks for: 几间 is
#: never tonnes, yuan or percent.
MEASURED = ("money", "mass", "length", "area", "volume", "energy", "power", "percentage",
            "per mille", "per-mille points", "container capacity", "years", "months", "days",
            "hours", "minutes", "seconds", "age", "temperature", "index points",
            "grade or level")


def measured(dimension: str) -> bool:
    return dimension.startswith(MEASURED)


#: Words of a fact that is an amount produced, sold or moved (粮食产量, sales volume).
_OUTPUT_FACT = (rf"{OUTPUT_ZH}|产出|"
                r"\b(?:output|yields?|production|produced|harvest(?:ed)?|sales\s+volume)\b")


#: How many times a thing has been held (办了几届, 举办过几次, how many editions so far): the
#: number of its latest edition.
_TIMES_HELD = (r"[办开搞](?:了|过)?\s*(?:几|多少)\s*[届回次期]|(?:几|多少)\s*[届回次期]了|"
               r"\bhow\s+many\s+(?:editions|times)\b")


#: Words naming the measure of a change asked (多少钱, 多少元, 几吨, how many yuan): a share
#: of it is no answer.
_SUM_NAMED = (r"多少钱|几多钱|多少(?:万|亿)?元|几(?:万|亿)?元|多少(?:万|亿)?吨|几(?:万|亿)?吨|"
              r"多少个|多少家|多少人|几个|几家|几人|"
              r"\bhow\s+many\s+(?:yuan|tonnes|tons)\b|\bhow\s+much\s+money\b")


def fits(fact: Fact, reading: Reading) -> bool:
    """Whether the fact is the kind of answer the question asks for: an identifier or an
    ordinal never answers "how many", a year answers "when", money "how much money"."""
    unit = UNITS[fact.unit]
    wants = reading.wants
    if fact.kind == "ordinal" and wants in ("count", "amount") and \
            compiled(_TIMES_HELD, re.I).search(reading.folded):
        return True  # (办了几届, 办了几回: the latest edition's number is how many were held)
    # (第几次 asks the edition the page counts in 届: an ordinal's measure word is no unit)
    if reading.unit and wants not in ("recall", "ordinal") and \
            not units_fit(reading.unit, fact.unit):
        return False
    if wants in (None, "recall"):
        return True
    if wants == "identifier" and fact.kind == "ordinal" and \
            compiled(r"\b(?:batch|edition|round|session|festival)(?:es|s)?\b",
                     re.I).search(reading.folded):
        return True  # (the batch thing — which number was it?: the batch's number)
    if wants in ("year", "ordinal", "identifier", "date"):
        return fact.kind == wants  # (no kind is a date: the base gives days in periods)
    if wants == "which":  # which berth: the unit matched above; a number that names or ranks
        return fact.kind != "amount"
    if fact.kind != "amount":
        return False
    if reading.change and fact.direction and unit.base in ("%", "个百分点") and \
            wants in ("money", "output", "mass", "count", "amount") and \
            not compiled(_SUM_NAMED, re.I).search(reading.folded):
        # 门票收入增长多少, how much did output grow: the page gives the change as a share
        # (同比增长35.6%); not where the question names the sum (增加了多少钱, 多少万元)
        return True
    if wants == "money":
        return unit.dimension.startswith("money")
    if wants == "percentage":
        # a share, or a ratio the page gives as a bare number (a sex ratio of 103.11)
        return unit.base in ("%", "个百分点") or unit.dimension.startswith("dimensionless")
    if wants == "length":
        return unit.dimension == "length"
    if wants == "age":  # 多老, how old: years of age or of history (百年历史)
        return unit.dimension in ("years", "age")
    if wants == "mass":
        return unit.dimension.startswith("mass")
    if wants == "output":  # 产量: things or tonnes, never a rate, a sum or a distance,
        # and only of a figure that is an output (中谷福州的产量: a deadweight is none)
        return (not measured(unit.dimension) or unit.dimension.startswith(("mass", "volume"))) \
            and compiled(_OUTPUT_FACT, re.I).search(
                f"{fact.label} {fact.label_en} {' '.join(fact.tags)}") is not None
    if wants == "count":
        # how many, 多少个 with no unit counts things: never tonnes, yuan, percent or
        # kilometres (a container ship's TEU counts containers)
        return reading.unit != "" or not measured(unit.dimension) or \
            unit.dimension.startswith("container")
    return wants == "amount"


#: Words asking about a whole province, country or the world (全省平台总数, nationwide,
#: 全球最大): the page's figures are its city's, unless a fact says it counts the whole;
#: not in the name of an honour (全国率先…示范县, 全国第七批).
_WHOLE = (rf"(?:全省|全国)(?!\s*的?\s*(?:{HONOUR_AFTER}))|"
          r"省内|国内各|全辽宁|\bquan\s?(?:guo|sheng)\b(?!\s?(?:di|shuai|xian))|"
          r"\bprovince-?wide\b|"
          r"(?:全球|全世界|世界上)(?!领先|先进|一流|顶尖|前沿)|\bworldwide\b|"
          r"\bglobally\b(?!\s+(?:leading|competitive|advanced))|\bin\s+the\s+world\b|"
          r"整个(?:辽宁|省|中国|国家)|"
          r"\b(?:whole|entire)\s+(?:province|country|nation|world)\b|"
          r"\b(?:all|the\s+whole)\s+(?:of\s+)?(?:the\s+)?(?:province|country|nation)\b|"
          r"\b(?:all|the\s+whole)\s+of\s+(?:china|liaoning)\b|"
          r"\b(?:across|all\s+over|throughout)\s+(?:china|liaoning|the\s+(?:province|country))\b|"
          r"\b(?:china|liaoning|the\s+(?:province|country))\s+as\s+a\s+whole\b")
_WHOLE_HINTS = ("全", "省内", "国内", "世界", "整个", "wide", "whole", "entire", "all",
                "across", "throughout", "quan", "global", "world")


@lru_cache(maxsize=64)  # (asked of each candidate: read once a question)
def whole_asked(text: str) -> str:
    """The words of a (lowered) question asking about a whole province or country, or ''."""
    if not any(hint in text for hint in _WHOLE_HINTS):
        return ""
    for found in compiled(_WHOLE).finditer(text):
        # (本级，不是全省; not nationwide: the question says what it does not ask)
        if not re.search(r"(?:不是|不算|非|并非|而非|不含|\bnot|\bnon-?)\s*(?:the\s+)?$",
                         text[:found.start()]):
            return found.group()
    return ""


#: Currencies a question may ask a sum in, by the base of their unit (元 is the yuan).
_CURRENCIES = (("美元", r"美元|美金|\b(?:us\s*)?dollars?\b|\busd\b|us\$"),
               ("欧元", r"欧元|\beuros?\b|\beur\b|€"), ("港元", r"港元|港币|\bhkd\b|hk\$"),
               ("日元", r"日元|\byen\b|\bjpy\b"), ("英镑", r"英镑|\bpounds?\b|\bgbp\b|£"))
_CURRENCY_HINTS = ("美", "欧元", "港", "日元", "英镑", "dollar", "usd", "$", "euro", "eur", "€",
                   "hkd", "yen", "jpy", "pound", "gbp", "£")


@lru_cache(maxsize=64)  # (asked of each candidate: read once a question)
def currency_asked(text: str) -> str:
    """The base unit of the currency a (lowered) question asks a sum in, other than the
    yuan, or ''."""
    if not any(hint in text for hint in _CURRENCY_HINTS):
        return ""
    for base, pattern in _CURRENCIES:
        found = compiled(pattern).search(text)
        if found:
            # (in pounds if possible, 最好换成美元: a wish, not what is asked; the yuan answer)
            if compiled(_IF_POSSIBLE).match(text, found.end()) or \
                    compiled(_IF_POSSIBLE_BEFORE).search(text, max(0, found.start() - 10),
                                                         found.start()):
                return ""
            return base
    return ""


#: What makes a currency a wish (in pounds if possible), said after it or before it (最好
#: 换算成美元, 能的话用美元).
_IF_POSSIBLE = (r"[\s,，]*(?:if\s+(?:possible|you\s+can|you\s+could|available)|"
                r"ideally|would\s+be\s+nice|的话|也行|更好|最好)")
_IF_POSSIBLE_BEFORE = r"(?:最好|能的话|可以的话|方便的话|如果可以)[^，,。?？]{0,6}$"


#: Words asking what moved through a port or off a ship (throughput, unloaded, 吞吐, 卸了):
#: a ship's capacity or a berth is no answer, unless the fact's own words say it.
_FLOW = (r"\bthroughputs?\b|\b(?:un|off)load(?:s|ed|ing)?\b|\bdischarg(?:e|es|ed|ing)\b|"
         r"吞吐|装卸|卸货|卸了|卸下|卸载|货运量|运输量|(?<![载])运量")
_FLOW_HINTS = ("throughput", "load", "discharg", "吞吐", "卸", "运量", "运输量")
#: What a ship can do (能装卸多少箱, can be unloaded at once) is its capacity, not a flow.
_CAN = r"能|可以|可|\bcan\b|\bcould\b|\bable\b|\bcapacity\b"


def flow_asked(text: str) -> str:
    """The word of a (lowered) question asking what moved (throughput, 吞吐), or ''."""
    if not any(hint in text for hint in _FLOW_HINTS):
        return ""
    found = re.search(_FLOW, text)
    return found.group() if found and not re.search(_CAN, text) else ""


@lru_cache(maxsize=64)  # (asked of each candidate: read once a question)
def share_of(text: str) -> str:
    """What a share is asked of (占GDP百分之几, 占全市的比重, as a share of GDP: GDP, 全市),
    or ''."""
    if " of " in text:
        found = compiled(r"\bas\s+an?\s+(?:share|percentage|proportion|fraction|ratio)\s+of\s+"
                         r"(?:the\s+|its\s+|their\s+)?([a-z]+)|\b(?:share|percentage|"
                         r"proportion|ratio)\s+of\s+(?:the\s+|its\s+)?(gdp|revenue|sales|"
                         r"turnover|income|output|budget|spending)\b").search(text.lower())
        if found:
            return found.group(1) or found.group(2)
    if "占" not in text:
        return ""
    found = re.search(r"占\s*(?:了)?\s*([A-Za-z]+|[^\s，,。？?的了多几百比]{2,8}?)\s*的?\s*"
                      r"(?:百分之几|比例|比重|份额|多少|几成|百分比|%)", text)
    return found.group(1).strip() if found else ""


#: Words that make a place the reader's own, said before asking about the page's city.
_SPEAKER_BEFORE = (r"(?:我是|我们|咱们|咱|俺们|俺|我在|(?<![问给跟和])我|我家在|我住|本人是|"
                   r"本人在|本人住|我人在|"
                   r"我现在在|我目前在|我来自|老家在|老家是|\bi'?\s?m\s+from|"
                   r"\bi\s+am\s+from|\bi\s+live\s+in|\bwe\s+in|\bhere\s+in|\bback\s+in|"
                   # (hi from Toronto; I grew up in, was born in; my aunt lives in: where the
                   # reader, or someone of theirs, is)
                   r"\b(?:hi|hello|hey|greetings|writing|calling)\s+from|\bi\s+come\s+from|"
                   # (Best, Anna from Hamburg: who signs a message, and where from)
                   r"\b(?:best|regards|cheers|thanks|thank\s+you|sincerely|yours)[,!.]?\s+"
                   r"[a-z]+(?:\s+[a-z]+)?\s+(?:from|in)|"
                   r"\bi\s+(?:grew\s+up|was\s+born|studied|worked|lived)\s+(?:in|at)|"
                   r"\bmy\s+[a-z]+\s+(?:lives|lived|works|worked|grew\s+up|studies|is|was)"
                   r"\s+(?:in|at|from)|"
                   r"\bi'?\s?m\s+(?:in|at|based\s+in|living\s+in|staying\s+in)|"
                   r"\bi\s+am\s+(?:in|at|based\s+in)|\bi\s+work\s+(?:in|at)|"
                   r"\bi'?\s?m\s+an?\s+(?:[a-z-]+\s+){1,3}(?:in|at|from))\s*(?:的|这边的?)?\s*$")
_SPEAKER_AFTER = (r"^\s*(?:这边|那边)?\s*的?\s*(?:人|朋友|有人|记者|读者|网友|游客|留学生|学生|"
                  r"同学|老师|客户|同事|投资人|商人|专家|友人|老板|客商)(?=问|想|来|说)")


#: Words that ask a ranking (排名, 排第几, 第几名, what ranking, ranked).
_RANKED = (r"排名|排第几|排在第|第几名|名次|\brankings?\b|\b(?:what|which)\s+rank\b|"
           r"\branked\s+(?:no\.?\s*|number\s+|#)?\d")  # (rank as a verb: rank leading)
#: Words that ask about what is planned, not what was done (打算再建, 今后要开展, plans to).
_PLANNED = (r"打算|计划(?!单列)|准备(?=[要再建开办搞引投])|将要|将会|今后|往后|下一步|"
            r"再建|再开展|再办|力争|目标是|\bplan(?:s|ned|ning)?\s+to\b|\bgoing\s+to\b|"
            # (in pinyin: 2023 nian mubiao duoshao jia, jihua, dasuan)
            r"\bmu\s?biao\b|\bjihua\b|\bda\s?suan\b|\bjiang\s?lai\b|\bwei\s?lai\b|"
            r"\bwill\s+(?:build|set\s+up|open|hold|add|create|launch|invest|lend)\b|"
            r"\btarget(?:s|ed)?\b|\bin\s+(?:the\s+)?future\b|"
            # (10年后, 几年以后, 未来, in ten years: a time to come)
            # ('in ten years' is as often the ten years past: not read)
            r"(?:\d+|[一二两三四五六七八九十几]+)\s*年(?:以|之)?后|未来|将来|"
            r"\bin\s+(?:\d+|a\s+few|two|three|five|ten|twenty)\s+years'?\s*time\b")
_PLANNED_HINTS = ("打算", "计划", "准备", "将", "今后", "往后", "下一步", "再", "力争", "目标",
                  "plan", "going to", "will", "target", "future", "年后", "年以后", "年之后",
                  "未来", "time", "biao", "jihua", "suan", "lai")


#: Words that ask how many moved from one kind to another (升成, 晋升为, graduate to).
_BECOMING = (r"升(?:级)?(?:成|为)|晋(?:升|级)(?:成|为)?|转(?:成|为)|成长为|长成|跻身|"
             r"\b(?:become|became|becoming|graduat\w*\s+(?:to|into)|"
             r"(?:be\s+|get\s+|got\s+|were\s+|was\s+)?(?:promoted|upgraded)\s+(?:to|into))\b")


def asking_sentence(text: str) -> str:
    """The last sentence of a text that asks an amount (We plan to invest. How many SMEs
    …?: the second), else the whole text."""
    sentences = [part for part in compiled(r"(?<=[。？！?!])|(?<=[.;；]\s)").split(text)
                 if part.strip()]
    asking = [part for part in sentences if compiled(_ASKING, re.I).search(part)]
    return asking[-1] if asking else text


def names_quoted(fact: Fact, text: str) -> bool:
    """Whether a (folded) question holds a name the fact's label quotes (“中谷福州”轮: a
    ship, a programme: one of the page's own)."""
    return any(len(name) >= 2 and name in text
               for name in compiled(r"[“\"「『]([^”\"」』]+)[”\"」』]").findall(fact.label))


def speakers_place(text: str, place: Any) -> bool:
    """Whether a place is where the reader is (我是朝阳的, 我们盘锦, 葫芦岛人问一下, I'm from
    Dalian), not what the question asks about."""
    lowered = text.lower()
    if re.search(THERE, lowered[place.end:]):
        return False  # (I work in Qingdao port — which berth did the ship use there?)
    if not lowered.isascii() and own_asked(lowered, place):
        return False  # (我们安庆市的技术合同成交额是好多，想跟锦州比一比; 俺们喀左到北站多远)
    return re.search(_SPEAKER_BEFORE, lowered[:place.start]) is not None or \
        re.search(_SPEAKER_AFTER, lowered[place.end:]) is not None or \
        re.search(r"从\s*$", lowered[:place.start]) is not None and \
        re.match(_SETTING_OUT, lowered[place.end:]) is not None


#: The words that ask a figure after a place, in the clause that names it.
_ASKED_AFTER = (r"多少|(?<!有)好多|(?<![好十百千万])几(?![十百千万])[个家项人位种场批年号]?|"
                r"多远|多大|多高|多久|若干|几多|几何")
#: The place as where a distance is asked from (喀左到锦州北站有多远).
_FROM_THERE = (r"\s*(?:的人|人)?\s*(?:到|去|离|距离?|往)[^，,。；;？?！!]{0,14}"
               r"(?:多远|多久|多长时间|多少公里|几公里|多少里|几个?小时)")


def own_asked(text: str, place: Any) -> bool:
    """Whether the reader's own place is what their clause asks about: the clause that
    names it asks a figure after it and names no other place (我们安庆市的技术合同成交额是好
    多，想跟锦州比一比: the comparison with the page's city comes after), or a distance from
    it (俺们喀左到锦州北站有多远)."""
    from .places import places_in

    start, end = clause_span(text, place.start, place.end)
    if compiled(_FROM_THERE).match(text, place.end):
        return True
    clause = text[start:end]
    # (…的技术合同成交额是好多，想跟锦州比一比: the one clause that asks; 锦州瞪羚企业有几
    # 家？我们常州听说有好几百家: the reader's tells, another asks)
    return compiled(_ASKED_AFTER).search(text, place.end, end) is not None and \
        compiled(_ASKED_AFTER).search(text[:start] + " " + text[end:]) is None and \
        all(other.text in place.text or place.text in other.text
            for other in places_in(clause))


#: Where the reader sets out from (周末想开车从兴城过去, driving over from Xingcheng): their
#: place, unless it asks how far or how long from there (从兴城过去多远).
_SETTING_OUT = (r"\s*(?:开车|坐车|自驾|骑车|坐高铁|坐火车)?\s*(?:过去|过来|出发|赶过去|赶过来)"
                r"(?![^，,。；;]{0,8}(?:多远|多久|多长|多少公里|几公里|几个?小时|多少分钟))")


#: An English clause that speaks of the reader: I, we, our, my (and what ends a clause).
_FIRST_PERSON = r"\b(?:i|we|our|my|us|i'm|we're)\b"
_CLAUSE_MARK = r"[.;!?—–]|\s-\s|\bbut\b|\band\b"
#: Words of a clause that asks or wants something: a place in it is what is asked about.
_ASKING_CLAUSE = (r"\b(?:want|wants|need|needs|like|ask|asking|know|wonder|wondering|tell|"
                  r"give|show|find|looking|interested|about|how|what|which|many|much|"
                  r"compare|compared|versus|vs|figure|figures|number|count|data)\b")


def in_first_person(text: str, place: Any) -> bool:
    """Whether an English place is named in a clause of the reader's own (I broker tea at
    the Colombo auctions; the largest ship we get at Aqaba; in Pokhara our expo had 40
    stalls), not in the clause that asks."""
    if not text.isascii():
        return False
    lowered = text.lower()
    before = re.split(_CLAUSE_MARK, lowered[:place.start])[-1]
    after = re.split(_CLAUSE_MARK, lowered[place.end:])[0]
    if re.search(THERE, after) or re.search(_ASKING_CLAUSE, before):
        return False  # (I want the gazelle firms in Dalian: the place asked about)
    return re.search(_FIRST_PERSON, before) is not None or \
        re.search(r"^\s*(?:in|at)\s*$", before) is not None and \
        re.search(_FIRST_PERSON, after) is not None


def in_own_remark(text: str, place: Any) -> bool:
    """Whether a place is named in a clause of the reader's own after the question was asked
    (大集卖的商品有多少种？我想买东北的东西带回老挝): a Chinese clause that begins with I or
    we and asks nothing, after one that asks."""
    if not has_chinese(text) or re.search(THERE, text[place.end:]):
        return False
    ends = "，,。；;？?！!\n"
    start = max(text.rfind(mark, 0, place.start) for mark in ends) + 1
    stop = min((found for found in (text.find(mark, place.end) for mark in ends)
                if found >= 0), default=len(text))
    clause, before = text[start:stop].strip(), text[:start]
    return re.match(r"(?:我|俺|咱)", clause) is not None and \
        re.search(ASKING_ZH, clause) is None and re.search(ASKING_ZH, before) is not None


#: What asks, in a Chinese clause (多少, 几, 哪, 吗, 想知道 …).
ASKING_ZH = r"(?<!没)多少|(?<!没)几|哪|什么|啥|吗|知道|问|查|告诉|对比|相比|[?？]"


#: Words after a speaker's place that point back at it: the question is that place's.
THERE = r"(?<!\bis\s)(?<!\bare\s)\bthere\b|那里|那儿|那边的|当地"


def speakers_body(text: str, body: str, homes: Sequence[int]) -> bool:
    """Whether an organisation or port is the reader's own (我们营口港没这么大的船), said
    before a clause that names the page's city (at one of `homes`) and asks about it."""
    where = text.find(body)
    if where < 0:
        return False
    if compiled(_WORKS_AT).search(text[:where]) and \
            compiled(_WORKS_AFTER).match(text[where + len(body):]):
        return True  # 我在锦州石化上班，…; 我侄子在阳光能源上班: where someone works
    if re.search(_SPEAKER_BEFORE, text[:where].lower()) is None:
        return False
    after = re.search(r"[，,。;；!！?？]", text[where + len(body):])
    return after is not None and any(home > where + len(body) + after.start()
                                     for home in homes)


#: Someone at a body, then working there (我在…上班, 我侄子在…工作): the body is theirs.
_WORKS_AT = (r"(?:我|俺|咱|[\u4e00-\u9fff]{1,3}(?:子|女|儿|哥|姐|弟|妹|叔|姨|舅|爸|妈|公|婆))们?"
             r"在\s*[\u4e00-\u9fff]{0,3}$")  # (在锦州阳光能源: the body's place before it)
_WORKS_AFTER = r"\s*(?:上班|工作|打工|干活|任职|就职|实习|做)"


#: Words news pairs as opposites, each side in Chinese and English: a question naming one
#: side is not answered by a figure that names the other and not it (外贸 or foreign for
#: the page's 内贸 ship, exports for imports, 存款 for 贷款); a question naming both sides
#: (研发支出占营业收入的比例) names no opposite.
OPPOSITES = (
    # (and in pinyin, as a pinyin typist writes them: waimao)
    (("内贸", "domestic", "neimao", "nei mao"), ("外贸", "foreign", "waimao", "wai mao")),
    (("国内", "guonei"), ("国外", "国际", "overseas", "abroad", "guowai", "guoji")),
    (("境内",), ("境外",)),
    (("进口", "import", "imports", "imported", "jinkou"),
     ("出口", "export", "exports", "exported", "chukou")),
    (("城镇", "urban"), ("农村", "rural")),
    (("增长", "增加", "上升", "提高", "increase", "increased", "rise", "rose", "grew", "growth"),
     ("下降", "减少", "降低", "decrease", "decreased", "fall", "fell", "decline", "declined")),
    (("盈利", "profit", "profits"), ("亏损", "loss", "losses")),
    (("收入", "income", "revenue"), ("支出", "expenditure", "spending")),
    (("存款", "deposit", "deposits"), ("贷款", "loan", "loans", "lending")),
    (("男性", "男同志", "男士", "male"), ("女性", "女同志", "女士", "女同胞", "female")),
    (("男子", "男生", "男队", "men's", "men"), ("女子", "女生", "女队", "women's", "women")),
    # an event's distance or extent (半程 of a marathon; 全程 of it, as of mechanisation)
    (("全程", "全马", "full marathon"), ("半程", "半马", "half marathon", "half-marathon")),
    (("最高", "最大", "highest", "maximum", "peak"), ("最低", "最小", "lowest", "minimum")),
    (("公办", "public"), ("民办", "private")),
    (("国有", "state-owned"), ("民营", "private")),
    (("流入", "inbound", "inflow"), ("流出", "outbound", "outflow")),
    # measures news keeps apart: a firm's profit is no revenue line; an event hosted is
    # none that firms were sent to attend
    (("利润", "净利", "profit", "profits", "earnings"),
     ("营业收入", "营收", "revenue", "revenues", "turnover", "sales")),
    (("举办", "主办", "承办", "hosted"), ("参加", "参与", "attended", "attend")),
    # a line to reach is a floor (门槛, threshold), never a ceiling
    (("门槛", "下限", "最低", "至少", "起码", "threshold", "minimum", "floor"),
     ("上限", "封顶", "最高限", "ceiling", "maximum", "cap")),
)


#: Pairs of OPPOSITES that split a whole (男子 and 女子 are all the athletes): a figure that
#: names neither side is the whole's, no answer for one side.
PARTS = frozenset(("男子", "男性", "城镇"))
#: Their sides in Chinese (女子, 农村 …): a clause naming one narrows what is asked.
WHOLE_SIDES = frozenset(word for pair in OPPOSITES if PARTS & {*pair[0], *pair[1]}
                        for side in pair for word in side if not word.isascii())


def _side_alone(question: str, side: str) -> bool:
    """Whether a side of a whole stands as a word of its own, not inside another (妇女生育,
    子女生活: no 女生 asked)."""
    at = question.find(side)
    before = question[at - 1:at] if at > 0 else ""
    after = question[at + len(side):at + len(side) + 1]
    return at >= 0 and not (before and before in "妇子儿男少") and \
        not (after and after in "育活产")


def opposite_of(fact: Fact, question: str) -> Optional[tuple[str, str]]:
    """(the fact's word, the question's opposite of it) where the question names one side
    of a pair only and the fact only the other, else None; or ('the whole', the side)
    where the pair splits a whole and the fact names neither side (女子运动员 of the 1860
    athletes)."""
    words: Optional[str] = None
    for asked, other_side, own_side in _sides_named(question.lower()):
        if words is None:
            words = fact_words(fact)
        held = next((word for word in other_side if _holds(words, word)), "")
        if not any(_holds(words, word) for word in own_side):
            if held:
                return held, asked
            if PARTS & {*other_side, *own_side} and asked and not asked.isascii() and \
                    _side_alone(question, asked):
                return "the whole", asked
    return None


@lru_cache(maxsize=64)
def _sides_named(lowered: str) -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    """(the word, the other side, its own side) of each pair of OPPOSITES a question names
    one side of (read once per question, not once per candidate)."""
    named = []
    for first, second in OPPOSITES:
        asked_first = next((word for word in first if _holds(lowered, word)), "")
        asked_second = next((word for word in second if _holds(lowered, word)), "")
        if bool(asked_first) != bool(asked_second):  # not neither side, nor both
            named.append((asked_first, second, first) if asked_first else
                         (asked_second, first, second))
    return tuple(named)


def fact_words(fact: Fact) -> str:
    """A fact's own words, lowered — label, quote, note, tags, English label — where a
    question's word must stand for the fact to be about it (a share's whole, a flow, one
    side of a pair of opposites)."""
    return f"{fact.label} {fact.quote} {fact.note or ''} {' '.join(fact.tags)} " \
           f"{fact.label_en}".lower()


def _holds(text: str, word: str) -> bool:
    """Whether the text holds the word: an English one whole, as re's \\b{word}\\b finds
    it (without compiling a pattern per word: ~80 of them per question)."""
    if not word.isascii():
        return word in text
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        before = _is_word_char(text[start - 1]) if start else False
        after = _is_word_char(text[end]) if end < len(text) else False
        if before != _is_word_char(word[0]) and after != _is_word_char(word[-1]):
            return True
        start = text.find(word, start + 1)
    return False


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # re's \w on str


def out_of_scope(fact: Fact, reading: Reading, scope: Scope) -> str:
    """'' when the fact is about the question's places and times, else why not."""
    lowered = reading.folded.lower()
    whole = whole_asked(lowered)
    if whole and whole not in f"{fact.label} {fact.quote} {fact.label_en.lower()}":
        return f"the page gives its city's figure, not one for {whole.strip()}"
    whole_of = share_of(reading.folded)
    if whole_of and fact.unit == "%" and not all(
            part in fact_words(fact) for part in whole_of.lower().split()):
        return f"the page gives no share of {whole_of} for it"
    flow = flow_asked(lowered)
    if flow and flow not in fact_words(fact):
        return f"the page gives no figure of what was moved ({flow.strip()})"
    currency = currency_asked(lowered)
    unit = UNITS[fact.unit]
    if currency and unit.dimension.startswith("money") and unit.base != currency:
        return f"the page gives it in {fact.unit}, not in {currency}"
    home, today = scope.of(fact)
    named_home = any(any(code in home for code in place.codes)
                     for place in reading.places)
    for place in reading.places:
        if any(code in home for code in place.codes):
            continue
        # (福州港's biggest ship: the page's ship is the 中谷福州, of 锦州港)
        port = port_asked(reading.folded, place)
        if names_place(fact, place) and (not port or names_port(fact, place)):
            own = labelled_place(fact, place) if len(reading.places) == 1 else ""
            if own:  # 北镇是2018年评上的: the 2018 is 黑山's, whose quote names 北镇 beside it
                return f"the page gives figures for {own}, not {place.text}"
            continue
        if (named_home or names_quoted(fact, reading.folded)) and \
                speakers_place(reading.folded, place) or \
                named_home and in_first_person(reading.folded, place) or \
                in_own_remark(reading.folded, place):
            # 我是葫芦岛的，锦州…; 我是南通船厂的…中谷福州轮载重: where the reader is, asking
            # about the page's city or a thing its label names in quotes; I broker tea at
            # the Colombo auctions … Jinzhou: a place of the reader's own clause
            continue
        # 辽宁 beside 锦州 qualifies it; 辽宁 alone asks about the whole province
        if named_home and any(within(area, code) for code in place.codes for area in home):
            continue
        if not page_uses(place.text, scope.known):
            return f"no figure on the page mentions {place.text}"
        if port:
            return f"the page gives no figure for {port}"
        return f"the page gives no figure for {place.text} that answers this"
    from .siblings import sibling

    other = sibling((*fact.tags, *label_names(fact.label)), reading.folded, scope.known)
    if other:  # 锦州南站 for the page's 锦州北站
        return f"the page gives figures for {other[0]}, not {other[1]}"
    opposite = opposite_of(fact, reading.folded)
    if opposite and opposite[0] == "the whole":  # 女子运动员 of the 1860 athletes
        return f"the page gives the figure for all of them, not for {opposite[1]} alone"
    if opposite:  # 外贸集装箱船 for the page's 内贸 one, exports for its imports
        return f"the page gives figures for {opposite[0]}, not {opposite[1]}"
    labels = f"{fact.label} {fact.label_en} {' '.join(fact.tags)}"
    # a question naming several levels (国家、省、市科技奖加起来) asks about each or their
    # sum: no level rules a fact out, the page gives several (ask.undistinguished)
    for level in reading.levels if len(set(reading.levels)) < 2 else ():
        others = [name for name in LEVELS if name != level and level_named(name, labels)]
        if others and not level_named(level, labels):
            return f"the page gives no {level} figure for it (only {others[0]})"
    for period in reading.periods:
        if compared_alike(period.text, reading.change, fact):
            continue  # 比去年提高了几个百分点 of a figure the page gives 比去年同期: no period
        period = period.at(today)  # (its own page's year, in a base of several)
        # (a figure the page gives no period for is of its page's date: 今年 of a draft)
        in_quote = fact.period is None and (period.period[:4] in fact.quote or
                                            today is not None and period.period == str(today))
        if not covers(fact.period, period) and not in_quote:
            if fact.kind == "year" and (reading.check or any(
                    named.period == str(fact.value) for named in reading.periods)):
                # the year checked is the value asked about, not its period; so are the
                # years offered beside it (2020还是2021: one of them is the answer)
                continue
            if choosing(reading.folded) and any(covers(fact.period, named)
                                                 for named in reading.periods):
                continue  # (成交额是2021年还是2022年的: the page's is one of those offered)
            have = f" (its figure is for {fact.period})" if fact.period else \
                " (the page gives no date for it)"
            return f"the page gives no figure for {period.text.strip()}{have}"
    edition = compiled(_OTHER_EDITION, re.I).search(reading.folded) if any(
        hint in reading.folded.lower() for hint in ("届", "edition", "games")) else None
    if edition and edition.group().lower() not in fact_words(fact):
        # 上一届冬运会有多少名运动员: the page gives this edition's figures, not another's
        return f"the page gives this edition's figures, not those of {edition.group()}"
    component = component_asked(fact, reading.folded) or example_alone(fact, reading)
    if component:
        return component
    if compiled(_CAPACITY, re.I).search(f"{fact.label} {fact.label_en}") and \
            compiled(_CARRIED, re.I).search(compiled(_ABLE, re.I).sub(" can ", reading.folded)) \
            and not compiled(_CAPACITY_ASKED, re.I).search(reading.folded):
        # 这趟实际装了多少箱货: what a ship can carry is not what it carried
        return "the page gives what it can hold, not what it actually held"
    ranked = compiled(_RANKED, re.I).search(reading.folded) if any(
        hint in reading.folded.lower() for hint in ("排", "名", "rank")) else None
    if ranked and not compiled(_RANKED, re.I).search(fact_words(fact)):
        # 排第几, what world ranking: the page ranks nothing it gives a figure of
        return f"the page gives no ranking ({ranked.group().strip()})"
    planned = compiled(_PLANNED, re.I).search(asking_sentence(reading.folded)) if any(
        hint in reading.folded.lower() for hint in _PLANNED_HINTS) else None
    if planned and not compiled(_PLANNED, re.I).search(
            f"{fact.label} {fact.label_en} {fact.quote} {fact.note}"):
        # 打算再建多少个, 今后要开展多少场, plans to build: the page gives what was done
        return f"the page gives what was done, not what is planned ({planned.group().strip()})"
    # (how many: what year Heishan became a model county is the year it got the title)
    becoming = compiled(_BECOMING, re.I).search(asking_sentence(reading.folded)) \
        if reading.wants in AMOUNTS else None
    if becoming and not compiled(_BECOMING, re.I).search(
            f"{fact.label} {fact.label_en} {fact.quote} {fact.note}"):
        # (今年能有几家升成瞪羚企业, how many will graduate to gazelles: the page counts
        # them, not the ones that move from one kind to another)
        return ("the page gives how many there are, not how many become one "
                f"({becoming.group().strip()})")
    endpoint = other_endpoint(fact, reading, scope)
    if endpoint:  # 大集离市区多远: the page gives the distance from 锦州北站
        return f"the page gives no distance from {endpoint}, only the one its figure names"
    grade = compiled(_GRADE, re.I).search(reading.folded) if any(
        hint in reading.folded for hint in _GRADE_HINTS) or any(
        hint in reading.folded.lower() for hint in ("priz", "medal", "grade", "class")
        ) else None
    if grade and grade.group().lower() not in \
            f"{fact.label} {fact.label_en} {fact.quote}".lower():
        # 获省科技奖一等奖几项, first-prize awards: the page counts the awards, no grade
        return f"the page gives no figure of {grade.group()}"
    part = part_of_year(reading.folded) if fact.kind != "year" else ""
    if part and fact.period and _WHOLE_YEARS.fullmatch(fact.period) and \
            part not in fact.quote.lower():
        # 2022年上半年的涉农贷款, Q1 agri loans: the page's 9.58亿元 is the year's
        return f"the page gives the figure for {fact.period} as a whole, not for {part}"
    # (新增学位约6300个: a draft's label 学位 drops the 新增 its quote says of the figure)
    added = increment(f"{fact.label} {fact.label_en}") or _added_in_quote(fact)
    if added and asks_total(reading.folded) and (
            compiled(_ADDED, re.I).search(reading.folded) is None or
            compiled(_NOT_ONLY_NEW, re.I).search(reading.folded) is not None):
        # (新的省级孵化器一共有几家: the total of the new ones is the figure of the added)
        return ONLY_ADDED
    if not added and asks_added(reading.folded) and not fact.direction and not (
            reading.periods and re.search(_MADE, f"{fact.label} {fact.label_en}", re.I)):
        # (十年里新建了几家平台: the platforms created over the ten years are the new ones)
        return (f"the page gives the figure ({fact.display_value()}), not how many were "
                f"added")
    if reading.derived and not is_derived(fact) and not (
            re.fullmatch(r"\d{4}", fact.period or "") and re.search(PER_YEAR, reading.derived)):
        return (f"the page gives the figure ({fact.display_value()}), not an average of it "
                f"({reading.derived.strip()})")
    if reading.change and not is_change(fact, reading.change):
        return (f"the page gives the figure ({fact.display_value()}), not how much it changed "
                f"({reading.change.strip()})")
    if reading.change and fact.direction:
        asked_way = change_direction(reading.change)
        if asked_way and asked_way != fact.direction:
            # CPI下降了多少, how much did it fall: the page gives a rise
            way = {"up": "a rise", "down": "a fall"}
            return (f"the page gives {way[fact.direction]} ({fact.display_value()}), not "
                    f"{way[asked_way]} ({reading.change.strip()})")
    said = f"{fact.quote} {fact.label} {fact.section} {fact.label_en} {fact.note or ''}"
    if reading.superlative and not any(word in said.lower()
                                       for word in same_superlative(reading.superlative)) \
            and not (fact.approx in ("over", "under") and
                     compiled(_BOUND_ASKED, re.I).fullmatch(reading.superlative.strip())):
        # (研发投入强度最少几%: the least a line allows is the line, 不低于5%, no rank)
        return f"the page does not say which is {reading.superlative}"
    wide = compiled(_WIDER, re.I).search(reading.folded) if reading.superlative else None
    if wide and wide.group().lower().rstrip("'s") not in said.lower():
        # the world's largest container ship: the page's is the largest of domestic trade
        return f"the page does not say which is {reading.superlative} in {wide.group()}"
    return ""


#: Where a superlative reaches beyond the page's own (世界最大, the world's largest, 全球).
_WIDER = (r"世界|全球|全世界|亚洲|全亚洲|\bworld(?:'s)?\b|\bglobal(?:ly)?\b|"
          r"\bin\s+the\s+world\b|\basia(?:'s)?\b")


#: Superlatives that say the same (the page's 最大 is the largest, the biggest).
_SUPERLATIVES = (("最大", "largest", "biggest", "top"), ("最高", "highest", "top"),
                 ("最快", "fastest", "quickest"), ("最先", "率先", "first"),
                 ("最多", "most"), ("最小", "smallest"), ("最低", "lowest"),
                 ("最少", "fewest", "least"), ("最早", "earliest", "first"),
                 ("最好", "best"), ("最强", "strongest"), ("最长", "longest"))


#: Superlatives that ask a bound, which a figure stated as one (不低于5%, 5亿元以上) is.
_BOUND_ASKED = r"最少|最低|最多|最高|至少|最小|at\s+least|at\s+most|minimum|maximum|lowest|least"


def same_superlative(word: str) -> tuple[str, ...]:
    """The words a fact must hold to be the superlative asked (最快 only 最快: the page's 最大
    ship says nothing of the fastest)."""
    word = word.lower().strip()
    if compiled(r"^(?:第[二三四五六七八九十2-9]|second|third|2nd|3rd)").match(word):
        return (word,)  # 第二大, the second largest: no 最大 is that
    return next((group for group in _SUPERLATIVES
                 if any(word == same or word.endswith(f" {same}") for same in group)),
                (word,))


def label_names(label: str) -> list[str]:
    """A label and its tails that begin with a word (教育部长江学者特聘教授: also
    长江学者特聘教授, 学者特聘教授 …), each a name a question may name a sibling of."""
    from .tables import has

    return [label] + [label[i:] for i in range(1, len(label) - 3)
                      if has("nouns.tsv", label[i:i + 2])]


#: A grade of a prize or an award (一等奖, 金奖, first prize): a part of the awards counted.
#: … or of a thing graded by number (二级文物, 三级医院, 一本, 二类): a grade of what is
#: counted, which a figure of another grade (一级文物) or of none (本科上线率) does not give.
_GRADE = (r"[一二三四五六七八九十特几]等奖|什么等级|哪个等级|哪一等|[金银铜][奖牌]|优秀奖|鼓励奖|"
          # (not 哪一级, 省一级, 同一类: which, a level's, the same)
          r"(?<![第\d〇零一二三四五六七八九十百千万哪省市县区国那这每同某上下])"
          r"[一二三四五六七八九十]\s*"
          r"(?:(?!等等|类似)[级等类](?=[\u4e00-\u9fff])|本(?=上线|线|院校|批|率|大学|录取|分数))|"
          r"\bwhat\s+(?:grade|class|level\s+of\s+prize)\b|"
          r"\bgrade[\s-]+(?:one|two|three|four|i|ii|iii|iv|[1-4])\b|"
          r"\b(?:first|second|third|grand|top)[\s-]+(?:prize|class|grade)s?\b|"
          r"\b(?:gold|silver|bronze)\s+(?:award|medal|prize)s?\b")
_GRADE_HINTS = ("等", "奖", "级", "类", "本", "牌")
#: Another edition than the page's (上一届, 下届, 往届, the previous edition).
_OTHER_EDITION = (r"上一届|上届|前一届|往届|历届|下一届|下届|\b(?:previous|last|next|prior)\s+"
                  r"(?:edition|games)\b")
#: A figure of what was added (新增4家, new carriers) is no total (一共, altogether).
_INCREMENT = (r"新增|新认定|新建|新(?:拿到|获|晋|评|入选|上榜|纳入|添)|\b[Nn]ew(?:ly)?\b|\badded\b|"
              r"\bgained\b")
#: 一共, 总共, 总计, 累计, 共计, 合计, 总数 typed in pinyin.
TOTAL_PINYIN = (r"\byi\s?gong\b|\bzong\s?(?:gong|ji|shu)\b|\blei\s?ji\b|\bgong\s?ji\b|"
                r"\bhe\s?ji\b")
#: A figure of what a thing can hold or carry (载箱量, 载重, deadweight, capacity) …
_CAPACITY = r"载箱量|载重|容量|承载|吞吐能力|\bcapacity\b|\bdeadweight\b"
#: A question that names what a ship can hold (the TEU intake of the ship that made its
#: maiden call; 首航那条船的载箱量), not negated: it asks that, however it names the ship.
_CAPACITY_ASKED = (r"(?<!不是)(?<!不要)(?:载箱量|载重量?|容量)|(?<!\bnot\s)(?<!\bnot\sthe\s)"
                   r"(?<!\bnot\sits\s)\b(?:capacity|deadweight|dwt|intake)\b")
#: … and a question asking what it actually held or carried (实际装了, this trip).
#: 'can the ship actually carry': what a ship can carry, however it is said (the words
#: between 'can' and 'actually' dropped before _CARRIED reads the question).
_ABLE = r"\b(?:can|could)\b(?:\s+\w+){0,3}?\s+(?=actual(?:ly)?\b)"
_CARRIED = (r"实际|实装|这趟|这次|这回|那趟|首航.{0,6}(?:装|运|拉|带|卸)|装了|运了|拉了|"
            r"运来|运到|运抵|带来|拉来|卸了|卸下|"
            # (actually: of what it carried, never of what an article gives or says)
            # (…can it actually carry: what it can hold, as the page gives)
            r"(?<!\bcan\s)(?<!\bcould\s)"
            r"\bactual(?:ly)?\b(?!\s+(?:give|gives|say|says|said|state|states|print|prints|"
            r"report|reports|write|writes|mean|means))|"
            r"\bin\s+fact\b|\bthis\s+(?:trip|voyage|time|call)\b|"
            r"\bmaiden\b|\bfirst\s+(?:call|voyage|trip|visit)\b|\bbr(?:ing|ought)\b|"
            r"\bcame\s+in\b|"
            # (how many boxes were on board, the real load, not the rated capacity)
            r"\bon\s+board\b|\baboard\b|\breal\s+(?:load|cargo|number)\b|"
            r"\bnot\s+(?:the\s+|its\s+)?(?:rated|nominal|design|full|maximum|max)\s+"
            r"capacity\b|"
            r"(?<!can\sbe\s)(?<!could\sbe\s)"
            r"\b(?:carried|loaded|unloaded|shipped|brought|hauled)\b")
#: Why a figure of what was added is no answer to a question asking for the total.
ONLY_ADDED = "the page gives only how many were added, not the total"
ONLY_ADDED_NOW = "the page gives only how many were added, not how many there are"
_TOTAL = (r"一共|总共|总计|累计|总数|共计|合计|合共|总和|加起来|加在一起|"
          r"(?<![一总公])共(?=多少|几|有|计)|\baltogether\b|"
          r"\bin\s+total\b|\btotal\b|\ball\s+told\b|\bin\s+all\b|" + TOTAL_PINYIN)


#: English words of a change that say which way it went (growth says neither); the Chinese
#: ones are the number reader's (numerals.FALLS, RISES: 下降, 负增长, 涨幅 …).
_FALLS_EN = (r"\b(?:fell|falls?|fallen|drop(?:s|ped)?|declined?|declines|decreased?|decreases|"
             r"shr[iau]nk)\b")
_RISES_EN = (r"\b(?:grow|grows|grew|grown|increased?|increases|rises?|rose|risen|"
             r"climb(?:s|ed)?|jump(?:s|ed)?)\b")


def change_direction(asked: str) -> str:
    """'down' or 'up' where the words of a change asked say which way (下降, 涨了, fell),
    else '' (同比, 变化, 增幅 of no sign asked)."""
    from ..base.numerals import FALLS, RISES

    word = asked.strip().lower()
    if any(fall in word for fall in FALLS) or re.search(_FALLS_EN, word):
        return "down"
    return "up" if any(rise in word for rise in RISES) or re.search(_RISES_EN, word) else ""


def is_change(fact: Fact, asked: str) -> bool:
    """Whether a fact answers a question asking for a change: the page states it as a
    change (direction up or down, 个百分点) or as what was added (新增), or the word of
    change is part of the fact's own name (省提升类联盟: no change asked)."""
    if fact.direction or fact.unit == "个百分点" or increment(f"{fact.label} {fact.label_en}"):
        return True
    said = f"{fact.label} {fact.label_en} {' '.join(fact.tags)} {fact.quote}".lower()
    word = asked.strip().lower()
    if word.isascii():  # a word of its own (fast-growing is no 'grow' of a name)
        return re.search(rf"(?<![\w-]){re.escape(word)}\b", said) is not None
    return word in said


#: What marks a fact as an average or a rate per something (人均, 每家, /亩, per capita).
_PER = r"均|每|/|\bper\b|\baverage\b|\bmean\b"
_AVERAGE_QUOTED = "|".join(DERIVED_WORDS) + r"|每(?:人|户|家|亩|年)"


def is_derived(fact: Fact) -> bool:
    """Whether a fact is itself an average or a figure per something, which a question
    asking for one (人均, on average) may get: its unit, label or tags say so, or its quote
    names an average (均 alone in a quote is 'all': 均达到)."""
    said = f"{fact.unit} {fact.label} {fact.label_en} {' '.join(fact.tags)}"
    return re.search(_PER, said, re.I) is not None or \
        re.search(_AVERAGE_QUOTED, fact.quote) is not None


def increment(text: str) -> bool:
    return compiled(_INCREMENT).search(text) is not None


def _added_in_quote(fact: Fact) -> bool:
    """Whether the quote says 新增 of the figure's own thing (新增学位约6300个, 新增4家载体):
    新增 and then, in its clause, the label's words and a number (not 新增4家载体，全市载体
    总数达到56家: the total is another clause's)."""
    at = fact.quote.find("新增")
    if at < 0 or not fact.label:
        return False
    rest = re.split(r"[，,。；;：:]", fact.quote[at + 2:])[0]  # (its own clause only)
    return fact.label in rest and bool(compiled(r"[\d一二两三四五六七八九十百千万]").search(rest))


#: Words asking how many were added (新评上的, newly recognised, how many new): a total
#: is no answer. (新 alone is also 创新, 新年, 高新.)
_ADDED = (r"(?<![创重更革清维])新(?:增|评|认定|加|添|晋|入选|获批|设立?|组建|引进|建|开|上榜|纳入)|"
          # (新的省级孵化器: the new ones; not 最新的, 高新的, 创新的)
          r"(?<![创重更革清维最高崭全])新的|"
          r"\bxin\s?zeng\b|\bnewly\b|\badded\b|(?<!and\s)\bnew(?![\s-]*(?:year|tech))\b")
#: Other words of what was added or made this time (添了, 多了, 上了, 评上, 认定, 获批,
#: this year, last year, recently), which ask what the page's figure of the added is.
_ADDED_LOOSE = (r"新|增|添|加了|多了|评上|认定|获批|入选|上榜|去年|今年|前年|近期|最近|"
                r"\bnew|\badd|\bthis\s+year\b|\blast\s+year\b|\brecent|\bwon\b|\bgot\b|"
                r"\bxin\b|\bzeng\b|\btian\b")
#: A figure of what was made over its period (十年来创建了, platforms created, awards won):
#: how many new ones in that time, for a question naming a time.
_MADE = (r"创建|新建|建成|建设|成立|认定|获(?!得者)|入选|\b(?:created|built|set\s+up|established|"
         r"founded|launched|opened|recogni[sz]ed|won|added|selected)\b")


def only_added(fact: Fact, reading: Reading) -> str:
    """Why a figure of what was added (新增4家) is no answer to a question asking how many
    there are (锦州有几家省级双创载体), which says nothing of adding, a year or a figure of
    its own; else ''."""
    if fact.kind != "amount" or reading.wants not in ("count", "amount") or \
            not increment(f"{fact.label} {fact.label_en}") or asks_added(reading.folded) or \
            increment(reading.folded) or \
            reading.periods or reading.check or reading.quantities or \
            compiled(_ADDED_LOOSE, re.I).search(reading.folded):
        return ""
    return ONLY_ADDED_NOW


def asks_added(question: str) -> bool:
    """Whether a question asks how many were added, not a total."""
    return ("新" in question or "new" in question.lower() or "added" in question.lower() or
            "zeng" in question.lower()) \
        and compiled(_ADDED, re.I).search(question) is not None and \
        compiled(_TOTAL, re.I).search(question) is None


def asks_total(question: str) -> bool:
    """Whether a question asks for a total and not for what was added."""
    return compiled(_TOTAL, re.I).search(question) is not None and not increment(question) or \
        compiled(_NOT_ONLY_NEW, re.I).search(question) is not None


_NOT_ONLY_NEW = r"\bnot\s+(?:just|only)\s+(?:the\s+)?new\b|不(?:只|仅|光)是?新"


#: The words for the parts of a combined figure (a mechanisation rate of ploughing,
#: sowing and harvesting): a question naming one of them, not the whole, asks for a part
#: the page does not give alone (机收率 is the harvesting rate only); one naming two
#: (planting and harvesting, from ploughing to harvest) means the whole.
_PART_WORDS = {
    "ploughing": ("机耕", "耕地", "耕作", "翻耕", "整地", "plough", "plow", "till"),
    "sowing": ("机播", "播种", "机插", "插秧", "栽插", "机种", "sow", "seed", "plant"),
    "harvesting": ("机收", "收获", "收割", "机割", "harvest", "reap"),
    "incubators": ("孵化器", "孵化基地", "incubator"),
    "maker spaces": ("众创空间", "创客空间", "maker space", "makerspace", "co-working",
                     "coworking"),
    # (the pool's three kinds, “爆双深”, by their words in either language)
    "breakout": ("爆品", "breakout", "explosive"),
    "double-five": ("双五", "double five", "double-five"),
    "deep-tech": ("深科技", "deep tech", "deep-tech"),
}
#: Words that ask for the whole of a combined figure.
_WHOLE_WORDS = ("综合", "全程", "总体", "整体", "耕种收", "combined", "overall", "total",
                "comprehensive")
#: A span of the work named by its ends in English (from ploughing through harvest, start to
#: finish): the whole of it, as a reader says it, not one member. (In Chinese, 从犁地到收割 is
#: read as 耕种收 before: question._FIELD_WORK_SPAN, which takes only farm work's ends.)
_SPAN = (r"\bfrom\s+[a-z-]+(?:\s+[a-z-]+)?\s+(?:to|through|till|until)\b|"
         r"\bstart\s+to\s+finish\b|\bend\s+to\s+end\b|\bbeginning\s+to\s+end\b")
_COMBINED = r"\bcombined\b.*?\bof\s+(.+)$"
#: Any other list in an English label (breakout, double-five and deep-tech potential): the
#: fact is of its members together.
_LISTED = (r"\b([a-z][\w-]*(?:,\s+[a-z][\w-]*)+,?\s+(?:and|or)\s+[a-z][\w-]*)|"
           # (and two in brackets: carriers (incubators and maker spaces))
           r"\(([a-z][\w-]*(?:\s[a-z][\w-]*)?\s+and\s+[a-z][\w-]*(?:\s[a-z][\w-]*)?)\)")
#: Words that ask for one member alone (只算孵化器, incubators alone, just the incubators):
#: where a figure's label names its two kinds in brackets, readers call the whole by either
#: (孵化器那条新闻，新增几家), unless they say one alone.
_ONE_ALONE = (r"只|仅|光|单算|单独|单单|单是|\balone\b|\bonly\b|\bjust\b|\bby\s+themselves\b|"
              r"不算|不含|不包括|\bexcluding\b|\bnot\s+counting\b")
#: A member named by its own full name, which no reader uses for the whole (省级科技企业孵化器
#: is what the page calls two of the four carriers; a maker space is never an incubator).
_PART_BY_NAME = r"科技企业孵化器|众创空间|创客空间|\bmaker\s*spaces?\b|\bco-?working\b"
#: What counts a member in with the rest (含众创空间, including maker spaces).
_INCLUDING = r"(?:含|包含|包括|连同|加上|\bincluding\b|\bincl\.?|\binclusive\s+of\b|\bplus\b)"
#: An abbreviation quoted in a Chinese label, a character for each member of that list
#: (“爆双深”: 爆品, 双五, 深科技).
_SHORTENED = r"“([\u4e00-\u9fff]{3,6})”"
#: What lists things in a question (explosive / double-five / deep-tech; 爆品、双五): the
#: reader names the whole, in their own words.
_LISTING = r"[,，、/&]|\band\b|\bor\b|[和与]|及(?!时)|\bfrom\b.+\bto\b|从.+到"


#: How a refusal for a part of a figure of several things together begins.
TOGETHER = "the page gives the combined figure"


def component_asked(fact: Fact, question: str) -> str:
    """Why a figure of several things together does not answer a question asking for one
    of them (水稻机收率, rice harvesting rate: the page gives ploughing, sowing and
    harvesting together; How many double-five firms, 深科技企业: the page counts the pool
    of breakout, double-five and deep-tech firms, “爆双深”), else ''."""
    lowered = question.lower()
    combined = compiled(_COMBINED, re.I).search(fact.label_en) \
        if "combined" in fact.label_en else None
    listed = combined or compiled(_LISTED).search(fact.label_en.lower())
    if listed is None:
        return ""
    by_name = listed.group(1) is None and compiled(_PART_BY_NAME, re.I).search(lowered)
    if by_name and compiled(_INCLUDING + r"\s*(?:" + _PART_BY_NAME + ")", re.I).search(lowered):
        return ""  # (孵化平台（含众创空间）: the member named is counted in, not alone)
    if listed.group(1) is None and not compiled(_ONE_ALONE, re.I).search(lowered) and \
            not by_name:
        return ""
    members = next(group for group in listed.groups() if group)
    parts = [part for part in re.split(r",\s*(?:(?:and|or)\s+)?|\s+and\s+|\s+or\s+",
                                       members.lower()) if part]
    if any(word in lowered for word in _WHOLE_WORDS) or len(parts) < 2 or \
            compiled(_SPAN, re.I).search(lowered):
        return ""
    spaced = " ".join(lowered.replace("-", " ").split())
    words = re.findall(r"[a-z]+", spaced)
    named = [part for part in parts if any(
        word in lowered if not word.isascii() else
        any(typed.startswith(word) for typed in words) if " " not in word else
        compiled(rf"\b{re.escape(word)}").search(spaced) is not None
        for word in (said.replace("-", " ") for said in
                     _PART_WORDS.get(part, (part,))))]
    if len(named) != 1 and by_name:
        return ""  # (incubators and co-working spaces: both of its kinds, by their names)
    if len(named) != 1:
        named = [] if combined else shortened_part(fact, question, len(parts))
        if not named:
            return ""  # (planting and harvesting, from ploughing to harvest: the whole of it)
    if not combined and listing_near(question, named[0]):
        return ""  # (explosive / double-five / deep-tech: the reader lists the whole)
    if combined:
        return (f"{TOGETHER} ({fact.label_en.split(':')[0]}: {', '.join(parts)}), not "
                f"{named[0]} alone")
    return f"{TOGETHER} (of {', '.join(parts)}), not {named[0]} alone"


def example_alone(fact: Fact, reading: Reading) -> str:
    """Why a figure the page gives for examples and others together (中信钛业…研发等15项: the
    15 are CITIC's and others') does not answer a question about an example alone (中信钛业
    有几项, CITIC Titanium's technologies), else ''. A question stating the figure, or asking
    of the examples and the rest (等, 这些, including, like the CITIC one, 那个), is about
    the whole."""
    listed = compiled(_EXAMPLES).search(fact.quote)
    if listed is None or reading.quantities or reading.wants == "recall" or \
            compiled(_WITH_OTHERS, re.I).search(reading.folded):
        return ""
    examples, question = listed.group(1), reading.folded
    named = next((examples[i:i + 3] for i in range(len(examples) - 2)
                  if examples[i:i + 3] in question), "")
    if not named:
        # (网红直播区 of the list's 网红电商直播: two of an example's words, in its own order)
        pairs = [examples[i:i + 2] for i in range(len(examples) - 1)
                 if examples[i:i + 2] in question and examples[i:i + 2] not in fact.label]
        if len(set(pairs)) >= 2:
            named = "".join(dict.fromkeys(pairs))
    if not named:
        lowered = question.lower()
        named = next((tag for tag in fact.tags if tag.isascii() and tag[:1].isupper() and
                      tag.lower() not in fact.label_en.lower() and tag.lower() in lowered), "")
    if not named:
        return ""
    return (f"the page gives {fact.display_value()} for {examples} and others together, "
            f"not for {named} alone")


#: Examples a figure is given for with others (中信钛业…研发等15项, X、Y等8个区域).
_EXAMPLES = r"([\u4e00-\u9fff]{3,30})等(?=\d)"
#: Words asking of the examples and the rest together.
_WITH_OTHERS = (r"等|这些|那些|[这那此一]类|之类|[这那]种|什么的|啥的|诸如|例如|譬如|类似|"
                r"[这那]样的|"
                r"一共|总共|包括|包含|其中|像|比如|那个|算|计埋|计入|加上|连同|也计|都计|"
                r"\bincl|\blike\b|\bsuch\s+as\b|\bamong\b|\bin\s+all\b|\btogether\b|"
                r"\band\s+others\b|\bcounting\b|\bcounted\b|\bplus\b|\betc\b|\band\s+so\s+on\b|"
                r"\band\s+the\s+like\b|\bkinds?\s+of\b|\bfor\s+example\b|\be\.?g\b")


def listing_near(question: str, member: str) -> bool:
    """Whether the question lists things beside where it names a member (double-five /
    deep-tech; 爆品、双五): it names the whole list, some in its own words."""
    lowered = question.lower().replace("-", " ")
    where = lowered.find(member.lower())
    if where < 0:
        return False
    near = LISTING_NEAR if member.isascii() else 1  # (爆品、双五: the mark beside it)
    return compiled(_LISTING, re.I).search(
        lowered[max(0, where - near):where + len(member) + near]) is not None


#: How near an English member a list mark must stand to list it (characters either side).
LISTING_NEAR = 12


def shortened_part(fact: Fact, question: str, members: int) -> list[str]:
    """The member a Chinese question names of the list a label's quoted short form stands
    for (深科技企业 of “爆双深”…的企业), said neither in full nor by the label, else []."""
    rest = compiled(_SHORTENED).sub("", fact.label)
    counted = rest[-2:]
    if len(counted) < 2 or any(rest[i:i + 3] in question for i in range(len(rest) - 4)):
        return []  # (爆款企业培育库: the pool itself, named by the rest of its label)
    said = f"{fact.label} {' '.join(fact.tags)}"
    for short in compiled(_SHORTENED).findall(fact.label):
        if len(short) != members or short in question:
            continue
        for found in compiled(f"[{short}][\u4e00-\u9fff]{{0,3}}?{counted}").finditer(question):
            if found.group() not in said:
                return [found.group()[:-len(counted)]]
    return []


#: Where a question about a distance measures it from (大集离*市区*多远, how far is it from
#: *downtown Jinzhou*): what follows 离, 距, 从 or from, up to what asks or 到/to.
_ENDPOINT_ZH = (r"(?<!相)(?:离|距离?|从)\s*(?![多几有是约])([\u4e00-\u9fff]{1,8}?)"
                r"(?=有|是|多老?远|多少|几|远|的距离|到|约|大约|大概|差不多|公里|千米|左右|[\d_\s]|$|"
                r"也|就|才|只|得|足足|将近|近|不到|不止|超过|"
                # (从锦州北站过去得多少公里, 从市区开车: how one goes is no part of the place)
                r"过去|过来|出发|开车|坐车|打车|走路|步行|骑车|乘车|搭车|去|来|"
                # (离北站十来公里: a distance in Chinese numerals)
                r"[一二两三四五六七八九十百千][十百千来余多几]*(?:公里|千米|里地|里路|米))|"
                # A与B相距, A到B之间的距离: the second place is the one measured from
                r"(?:与|和|跟|同|到)\s*([\u4e00-\u9fff]{1,8}?)(?=相距|之间|的距离|距离)")
_ENDPOINT_EN = r"\bfrom\s+((?:(?!to\b)[a-z]+\s*){1,6})"
#: Words of a distance question that name no place (how far away, itself).
_DISTANCE_WORDS = frozenset(("far", "away", "km", "kms", "kilometres", "kilometers", "miles",
                             "it", "itself", "there", "here", "distance", "drive", "by",
                             "car", "road"))


def other_endpoint(fact: Fact, reading: Reading, scope: Scope) -> str:
    """The place a question measures a distance from, where the fact's distance is from
    another: the endpoint's last word or character (its head: the *station*, 市*区*) is
    none of the fact's own. The page's own city named alone is within the page's distances
    (大集离锦州多远); with a word before it, it is a part of the city (downtown Jinzhou,
    锦州市区). Else ''."""
    if UNITS[fact.unit].dimension != "length":
        return ""
    text = reading.folded.lower()
    own = fact_words(fact)
    home = [place.text.lower() for place in reading.places
            if any(code in scope.home for code in place.codes)]
    latin = text.isascii()
    endpoints = []
    for found in re.finditer(_ENDPOINT_EN if latin else _ENDPOINT_ZH, text):
        endpoint = (found.group(1) or found.group(found.lastindex or 1)).strip()
        if found.group().startswith("从") and found.group(1) and \
                re.match(_SETTING_OUT, text[found.end(1):]):
            continue  # (…多少公里，周末想开车从兴城过去: where the reader sets out from)
        endpoints.append(endpoint)
        rest = endpoint
        for name in home:
            rest = rest.replace(name, " ")
        if endpoint.isascii():
            if _english_end_elsewhere(rest, own):
                return endpoint
        else:
            rest = rest.replace(" ", "").strip("的")
            if rest and rest != "市" and rest[-1] not in own and \
                    not _sounds_like_one_of(rest[-1], own):
                return endpoint  # (市*区*, 市中*心*; 高铁*站* is a station, as 北站 is)
    # and where it measures it from: both ends must be the fact's (锦州北站离锦州南站多远,
    # how far is Jinzhou port from the station: neither is the market's distance)
    ends = [match.group(1).strip() for match in re.finditer(
        _SUBJECT_EN if latin else _SUBJECT_ZH, text)]
    for end in ends if latin else ends + endpoints:
        if end.isascii():
            if _english_end_elsewhere(end, own):
                return end
        elif end and (_other_station(end, fact) or _another_of(fact, end, scope)):
            return end
    return ""


def _english_end_elsewhere(end: str, own: str) -> bool:
    """Whether an English end of a distance names, by its last word that is no stop or
    distance word, a place none of the fact's own words is."""
    words = [word for word in end.split()
             if word not in ENGLISH_STOP and word not in _DISTANCE_WORDS]
    return bool(words) and not _holds(own, words[-1])


#: What a distance is measured of, before 离 or 距 (锦州北站*离*…), or after how far is.
_SUBJECT_ZH = r"([\u4e00-\u9fff]{2,8}?)\s*(?:离|距离?)(?![离])"
_SUBJECT_EN = r"\bhow\s+far\s+(?:is|are|was)\s+((?:(?!from\b|away\b|to\b)[a-z]+\s*){1,5})"


#: How much of a pair's use must be as a noun (decide.noun_share) for it to name a place.
NAMING_NOUN = 7 / 9


#: Words for any place of a kind (车站: any station), which the page's one (锦州北站) is.
_ANY_OF_ITS_KIND = frozenset(("车站", "站点", "客站"))


def _other_station(end: str, fact: Fact) -> bool:
    """Whether an end names a place by a noun of two characters that the fact's label and
    tags lack, ending as one of theirs does (南站 for the fact's 北站; 高铁站's 铁站 is no
    noun, and 那地方 ends as none of its words)."""
    from .decide import noun_share

    pair = end[-2:]
    names = f"{fact.label} {' '.join(fact.tags)}"
    if pair in _ANY_OF_ITS_KIND:
        return False  # (离火车站多远, 离车站: the kind the page's 北站 is, no other one)
    return len(pair) == 2 and (noun_share(pair) or 0.0) >= NAMING_NOUN and \
        pair not in names and any(names[i + 1] == pair[1] and
                                  "\u4e00" <= names[i] <= "\u9fff"
                                  for i in range(len(names) - 1))


def _another_of(fact: Fact, end: str, scope: Scope) -> bool:
    """Whether an end is a sibling of one of the fact's names (锦州站 for 锦州北站)."""
    from .siblings import sibling

    return sibling((*fact.tags, *label_names(fact.label)), end, scope.known) is not None


def _sounds_like_one_of(char: str, words: Any) -> bool:
    """Whether a character reads as one of the characters of a fact's words (北战 for 北站,
    typed by its sound): by first readings."""
    from .pinyin import first_reading

    sound = first_reading(char)
    return sound is not None and any(
        first_reading(other) == sound for word in words for other in str(word)
        if "\u3400" <= other <= "\u9fff")


#: A period of whole years (2022, 2013–2022).
_WHOLE_YEARS = re.compile(r"\d{4}(?:[–-]\d{4})?")


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
    for quantity in reading.quantities:
        if quantity.unit and quantity.unit in UNITS and \
                not units_fit(quantity.unit, fact.unit) and \
                not _counted_in(reading.folded, quantity, fact.unit):
            continue  # (70间 of 67家: both count things)
        if quantity.value and compiled(r"\d+\s*点几").match(reading.folded, quantity.start):
            # 95点几 (95 and a fraction not recalled): 95.68 is it, 94 is not
            if any(number <= wanted < number + number / quantity.value
                   for number in question_values(quantity) for wanted in (value, normalized)):
                return "near"
            continue
        if any(_near(number, wanted) for number in question_values(quantity)
               for wanted in (value, normalized)) or _within_more(reading.folded, quantity,
                                                                  (value, normalized)):
            return "near"
        if quantity.scaled != quantity.value and \
                reading.folded[quantity.start:quantity.end].isascii() and any(
                number in (normalized * 10, normalized / 10)
                for number in question_values(quantity)):
            # 9.58 bn yuan for the page's 9.58亿元: its digits, one power of ten off where
            # a magnitude is named in English (亿 read as billion: the slip of English copy;
            # 50亿 is no 5亿)
            return "near"
    return ""


def _counted_in(text: str, quantity: Any, unit: str) -> bool:
    """Whether a number counted with 个 counts what a unit measures in a standard, named
    by the thing after it (4600多个箱, 4636个集装箱: boxes, of the 标准箱 a ship holds;
    as 能装多少箱 asks, units_fit)."""
    if quantity.unit != "个" or len(unit) < 2:
        return False
    after = compiled(r"[多余来]?个?([\u4e00-\u9fff]{1,4})").match(text, quantity.end)
    return after is not None and unit[-1] in after.group(1)


#: Classifiers that count things (209个泊位): a number before one is an amount.
_COUNTING = "个座家项名位场只艘台"


def counted(text: str, number: Any) -> bool:
    """Whether a number of a question counts things (209 berths, 209个泊位) rather than
    names one (berth 209, 209泊位)."""
    after = text[number.end:]
    if after[:1] in _COUNTING and after[:1] != "":
        return True
    found = compiled(r"\s+([A-Za-z]{4,})").match(after)
    word = found.group(1).lower() if found else ""
    return word.endswith("s") and any(
        word.endswith(ending) and is_english(word[:-len(ending)] + singular)
        for ending, singular in (("ies", "y"), ("es", ""), ("s", "")))


def _within_more(text: str, quantity: Any, wanted: Sequence[Decimal]) -> bool:
    """Whether a number said with 多 or 余 after it spans a value: 两百多 is 200 to 299 (236),
    4600多 4,600 to 4,699, 9万多 90,000 to 99,999 — up to its last digit's next step."""
    if text[quantity.end:quantity.end + 1] not in ("多", "余") or not quantity.value or \
            quantity.value != quantity.value.to_integral_value():
        return False
    digits = str(int(quantity.value))
    step = to_decimal(10 ** (len(digits) - len(digits.rstrip("0"))))
    return any(number <= value < (quantity.value + step) * number / quantity.value
               for number in question_values(quantity) for value in wanted)


def _near(number: Decimal, wanted: Decimal) -> bool:
    return wanted != 0 and abs(number - wanted) <= abs(wanted) / 10


#: The reasons out_of_scope gives for a place the fact is not about.
PLACE_REASONS = ("no figure on the page mentions", "the page gives no figure for")
