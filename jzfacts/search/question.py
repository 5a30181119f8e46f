"""What a question asks, beyond its words: the kind of answer it wants (an amount, money, a
percentage, a year, an ordinal, an identifier, a name), the places and times it is about,
and the numbers it quotes. ask.py judges candidate facts with this; search reads the
question's content words (question words, the classifier after 几/多少, years and the base's
own place taken out)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Callable, Container, Iterator, Mapping, Optional, Sequence

from ..base.numerals import QuestionNumber, asked_numbers, numbers_in
from ..base.patterns import compiled
from ..base.plain import Plain
from ..base.units import MAGNITUDES, UNITS
from .forms import fold_text, typos_corrected
from .places import (
    ZONE_EN_HINTS,
    Place,
    _pinyin_syllables,
    bare_county,
    named_places,
    places_in,
    shaped_places,
    within,
    zones_in,
)
from .sieve import NEVER, sieved
from .terms import has_chinese

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


class Period(Plain):
    """A time a question names: its words, and the period they mean in the fact base's
    spelling (2019, 2023-01, 2013–2022), read with periods.bounds. A time counted from the
    page's year (去年, 十年来, since 2019) keeps how (`shift`), so that it is read again
    from another page's year (`at`): a base of several articles has one year per page."""

    __slots__ = ("text", "period", "shift")

    def __init__(self, text: str, period: str, shift: Optional[tuple[Any, ...]] = None) -> None:
        self.text = text
        self.period = period
        # ("year", offset) | ("span", first offset, last offset) | ("since", year)
        self.shift = shift

    def at(self, today: Optional[int]) -> Period:
        """The period as read from a page of the year `today`."""
        if self.shift is None or today is None:
            return self
        kind, *rest = self.shift
        if kind == "year":
            period = str(today + rest[0])
        elif kind == "span":
            period = f"{today + rest[0]}–{today + rest[1]}"
        else:
            period = f"{rest[0]}–{today}" if today > rest[0] else str(rest[0])
        return self if period == self.period else Period(self.text, period, self.shift)


class Reading(Plain):
    """A question read for judging answers."""

    __slots__ = ("folded", "content", "wants", "unit", "places", "periods", "quantities",
                 "superlative", "years", "levels", "change", "check", "derived")

    def __init__(self, folded: str, content: str, wants: Optional[str], unit: str,
                 places: tuple[Place, ...], periods: tuple[Period, ...],
                 quantities: tuple[QuestionNumber, ...], superlative: str,
                 years: tuple[QuestionNumber, ...] = (), levels: tuple[str, ...] = (),
                 change: str = "", check: bool = False, derived: str = "") -> None:
        self.folded = folded
        self.content = content  # the folded text less what is not content
        self.wants = wants  # amount, count, money, percentage, year, ordinal, identifier,
        #                     length, mass, name, recall (or None)
        self.unit = unit  # the unit asked for (几家 → 家), '' if none
        self.places = places
        self.periods = periods
        self.quantities = quantities  # numbers that are not years
        self.superlative = superlative  # 最大, highest … ('' if none)
        self.years = years  # years (2019: a year fact's value)
        self.levels = levels  # administrative levels named (国家级, provincial …)
        self.change = change  # the words asking for a change (增长了多少, grow), '' if none
        self.check = check  # it checks a number it names (288家，对吗?)
        self.derived = derived  # the words asking for an average (人均, on average)


# ------------------------------------------------------------------ periods

_MONTHS = {name: number for number, name in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"), 1)}
_DECADE = (r"(?:十|10)\s*年(?:来|间|里)|(?:近|过去|这|最近)\s*(?:十|10)\s*年|"
           r"(?:past|last|previous)\s+(?:decade|(?:ten|10)\s*(?:years?|yrs?))|"
           r"over\s+the\s+(?:(?:past|last)\s+)?(?:ten|10)\s*(?:years?|yrs?)|"
           r"\b(?:in|within)\s+(?:ten|10)\s*(?:years?|yrs?)\b(?!\s+(?:ago|time|from))|"
           r"in\s+the\s+(?:past|last)\s+decade|over\s+the\s+decade")
#: Ten years named by their last (the decade to 2022, 截至2022年的十年, 2022年以前的十年).
_DECADE_TO = (r"\b(?:decade|(?:ten|10)\s*(?:years|yrs))\s+(?:up\s+)?(?:to|through|until|"
              r"ending(?:\s+in)?|ended)\s+(\d{4})\b|"
              r"(?:截至|截止到?|到)\s*(\d{4})\s*年?\s*(?:为止)?\s*的?\s*(?:这|近|过去)?(?:十|10)\s*年|"
              r"(\d{4})\s*年?\s*(?:以前|之前|前)的?\s*(?:十|10)\s*年")
_RELATIVE = {"去年": -1, "今年": 0, "前年": -2, "大前年": -3, "明年": 1, "后年": 2, "大后年": 3,
             "last year": -1, "this year": 0, "next year": 1, "year before last": -2,
             # in pinyin (qianian is left out: qian nian is 千年 as often as 前年)
             "qunian": -1, "qu nian": -1, "jinnian": 0, "jin nian": 0}
# N years ago (十年前, 5 years ago): one year; since a year (2013年以来, 自2013年, since 2013):
# from it to the page's date
_AGO = (r"((?<![\d.])\d{1,2}|(?<![一二两三四五六七八九十])[一二两三四五六七八九十]{1,3}|"
        r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty))"
        r"\s*(?:(?:years?|yrs?)\s+ago|年(?:以)?前)")
_SINCE_BEFORE = r"(?:\bsince|\bfrom|自从|自|从)\s*$"
_SINCE_AFTER = r"^\s*年?\s*(?:以来|起|至今|到现在|\s+(?:onwards?|on)\b)"
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "twenty": 20}
#: Words that make a question's time relative to the page's date (read only when present).
_RELATIVE_HINTS = ("十年", "10年", "10 year", "10 yr", "10yr", "decade", "ten", "ago", "年前",
                   "since", "以来", "自", "从", "起", "至今", "onward", "from", *_RELATIVE)


def periods_in(text: str, quantities: Sequence[QuestionNumber], today: Optional[int]
               ) -> tuple[list[Period], list[tuple[int, int]]]:
    """The years, months and ranges a question names, and their spans in the text; `today`
    is the year of the page (去年, the past ten years)."""
    found: list[Period] = []
    spans: list[tuple[int, int]] = []
    years = [quantity for quantity in quantities if _year(quantity)]
    ranged: set[int] = set()
    for first, second in zip(years, years[1:]):
        # 2013-2022, 2013到2022年, between 2013 and 2022, from 2013 to 2022: one period
        if re.fullmatch(_RANGE, text[first.end:second.start]) and \
                _year(first) < _year(second):
            before = re.search(_RANGE_BEFORE, text[:first.start])
            start = before.start() if before else first.start
            end = second.end + (text[second.end:second.end + 1] == "年")
            found.append(Period(text[start:end], f"{_year(first)}–{_year(second)}"))
            spans.append((start, end))
            ranged.update((first.start, second.start))
    for match, first_year, last in _short_spans(text, quantities, today):
        found.append(Period(match.group(), f"{first_year}–{last}"))
        spans.append(match.span())
        ranged.update(q.start for q in quantities if match.start() <= q.start < match.end())
    if "decade" in text or "十年" in text or "10" in text:
        # the decade to 2022, 截至2022年的十年: the ten years ending with the year
        for match in compiled(_DECADE_TO).finditer(text):
            last = int(next(group for group in match.groups() if group))
            found.append(Period(match.group(), f"{last - 9}–{last}"))
            spans.append(match.span())
            ranged.update(q.start for q in years if match.start() <= q.start < match.end())
    for quantity in quantities:
        if quantity.start in ranged:
            continue
        year = int(quantity.value) if quantity.value == quantity.value.to_integral_value() \
            else 0
        year = _short_year(text, quantity, today) or year
        if 1900 <= year <= 2100 and (quantity.unit in ("", "年") or
                                     _attributive_year(text, quantity)) and \
                quantity.scaled == quantity.value and not quantity.percent:
            month = compiled(r"\s*年?\s*(\d{1,2})\s*月").match(text[quantity.end:])
            before = compiled(r"([a-z]+)\s*$").search(text[:quantity.start].lower())
            number = int(month.group(1)) if month else \
                _MONTHS.get(before.group(1), 0) if before else 0
            end = quantity.end + (month.end() if month else 0)
            start = quantity.start - (len(before.group()) if before and number else 0)
            if not number:  # at the start of 2023, 2023年初: a part of the year, no content
                part = compiled(_PART_BEFORE).search(text[:start]) if before else None
                start = part.start() if part else start
                after = compiled(_PART_AFTER).match(text[end:])
                end += after.end() if after else 0
            since_before = compiled(_SINCE_BEFORE).search(text[:start]) if not number else None
            since_after = compiled(_SINCE_AFTER).match(text[end:]) if not number else None
            since = today is not None and today > year and bool(since_before or since_after)
            found.append(Period(text[start:end], f"{year}–{today}" if since else
                                f"{year}-{number:02d}" if 1 <= number <= 12 else str(year),
                                ("since", year) if since else None))
            spans.append((since_before.start() if since and since_before else start,
                          end + (since_after.end() if since and since_after else
                                 1 if text[end:end + 1] == "年" else 0)))
    if today is not None and ("ago" in text or "年" in text):
        for match in re.finditer(_AGO, text):
            count = _NUMBER_WORDS.get(match.group(1)) or _count(match.group(1))
            if count:
                found.append(Period(match.group(), str(today - count), ("year", -count)))
                spans.append(match.span())
    if today is not None:
        decade = compiled(_DECADE).finditer(text) if "年" in text or "decade" in text or \
            "ten" in text or "10" in text else ()
        for match in decade:
            found.append(Period(match.group(), f"{today - 10}–{today - 1}", ("span", -10, -1)))
            spans.append(match.span())
        for word, offset in _RELATIVE.items():
            # (大前年 is no 前年: the year before that)
            for match in compiled(f"(?<!大){word}" if word in ("前年", "后年") else word
                                  ).finditer(text):
                if word_before(text, match.start()) and \
                        not noun_before(text, match.start()):
                    continue  # 春节前年味儿, 如今年轻人: 节前 and 如今 are the words
                #               (银行前年: 银行, a thing's name, holds the 行; 前年 stands)
                found.append(Period(match.group(), str(today + offset), ("year", offset)))
                spans.append(match.span())
    return found, spans


def _short_spans(text: str, quantities: Sequence[QuestionNumber], today: Optional[int]
                 ) -> Iterator[tuple[re.Match[str], int, int]]:
    """Spans of years with an end (or both ends) by its last two digits: 13到22年, 19-21年
    (the century the page's), 2013–22, FY2013-FY22 (the start's)."""
    if len(quantities) < 2:
        return
    if "年" in text:
        for match in compiled(_SHORT_YEARS).finditer(text):
            if re.search(_SPAN_BEFORE, text[:match.start()]):
                continue
            century = (today or 2000) // 100 * 100
            first, last = (century + int(match.group(index)) for index in (1, 2))
            if today is not None and last > today + 1:
                first, last = first - 100, last - 100
            if first < last:
                yield match, first, last
    if any(_year(quantity) for quantity in quantities):
        for match in compiled(_SHORT_END, re.I).finditer(text):
            first = int(match.group(1))
            last = first // 100 * 100 + int(match.group(2))
            if first < last <= first + 30:
                yield match, first, last


def noun_before(text: str, start: int) -> bool:
    """Whether the two characters before `start` are a noun (银行, not 春节: a time's word)."""
    from .decide import noun_share

    return start >= 2 and (noun_share(text[start - 2:start]) or 0.0) >= 0.5


def word_before(text: str, start: int) -> bool:
    """Whether the character before `start` and the one at it are a word (节前, 如今), so
    that a relative year starting there (前年, 今年) is none."""
    from .tables import has

    pair = text[start - 1:start + 1] if start else ""
    return len(pair) == 2 and all("\u4e00" <= char <= "\u9fff" for char in pair) and \
        has("nouns.tsv", pair)


#: A part of a year around it: at the start of 2023, by the end of 2022, 2023年初, 2022年底.
_PART_BEFORE = (r"(?:\b(?:at|by|in|towards?|around)\s+)?(?:\bthe\s+)?\b(?:start|beginning|"
                r"end|middle|close|turn)\s+of\s*$|\b(?:early|late|mid|mid-)\s*$")
_PART_AFTER = r"\s*年\s*(?:初|底|末|中|头|尾)"

#: What joins two years into one period (2013-2022, 2013至2022年, 2013 and 2022 after
#: between), and what may stand before the first.
_RANGE = (r"\s*年?\s*(?:-|–|—|~|～|\.\.\.?|…|至|到|\band\b|\bto\b|\bthrough\b|\bthru\b|"
          r"\buntil\b|\btill\b)\s*")
#: Two years by their last two digits, joined, before 年 (13到22年, 19-21年).
_SHORT_YEARS = (r"(?<![\d.])(\d{2})\s*(?:-|–|—|~|～|至|到)\s*(\d{2})\s*年"
                # (10到20年的历史, 十到二十年以上: lengths of time, as _SPAN_AFTER says)
                r"(?!\s*(?:来|间|里|内|前|后|以来|以上|以下|多|左右|了|之久|时间|的?历史|"
                r"的?历程|的?光景))")
#: A range whose end is written with its last two digits (2013–22, 2013-22, 2013..22,
#: FY2013–FY22): the end in the start's century.
_SHORT_END = (r"(?<![\d.])(?:FY)?((?:19|20)\d{2})\s*(?:-|–|—|~|～|\.\.\.?|…|/|\bto\b|至|到)\s*"
              r"(?:FY)?(\d{2})(?![\d.,%])(?!\s*(?:%|percent|per\b|个|家|项|万|亿|人|位|名|年前))")
_RANGE_BEFORE = r"(?:\bbetween|\bfrom|从|自)\s*$"


def _attributive_year(text: str, quantity: QuestionNumber) -> bool:
    """Whether a year-like number before a singular English noun is a year (2022 container
    throughput), not a count (4636 containers: a count takes the plural)."""
    word = re.match(r" ([a-z]+)", text[quantity.end:])
    return word is not None and not word.group(1).endswith("s") and \
        1990 <= quantity.value <= 2035 and quantity.value == quantity.value.to_integral_value()


def _year(quantity: QuestionNumber) -> int:
    """The year a number of a question is (2019, 2019年), or 0."""
    value = quantity.value
    year = int(value) if value == value.to_integral_value() else 0
    return year if 1900 <= year <= 2100 and quantity.unit in ("", "年") and \
        quantity.scaled == value and not quantity.percent else 0


#: What makes two digits before 年 a length of time, not a year (近21年, 21年来, 21年前;
#: 喊了40年, 干过30年: what someone has done for so long).
_SPAN_BEFORE = r"(?:近|过去|这|最近|前|后|第|多|几|约|满|足|超过|长达|整整|了|过)\s*$"
_SPAN_AFTER = (r"年\s*(?:来|间|里|内|前|后|以来|以上|以下|多|左右|了|之久|时间|"
               r"的?历史|的?历程|的?光景)")


def _short_year(text: str, quantity: QuestionNumber, today: Optional[int]) -> int:
    """The year two digits before 年 name, as people say them (21年的玉米 is 2021, '22年 is
    2022), or 0: only digits written as such, directly before 年, and not a length of time
    (近21年, 21年来, 21年前, 90年历史); the century is the page's, a year after it the last
    one's."""
    digits = text[quantity.start:quantity.end]
    if len(digits) != 2 or not digits.isdigit() or text[quantity.end:quantity.end + 1] != "年":
        return 0
    if re.search(_SPAN_BEFORE, text[:quantity.start]) or \
            re.match(_SPAN_AFTER, text[quantity.end:]):
        return 0
    if quantity.start and text[quantity.start - 1].isdigit():
        return 0
    century = (today or 2000) // 100 * 100
    year = century + int(digits)
    return year if today is None or year <= today + 1 else year - 100


def _count(numeral: str) -> int:
    from ..base.numerals import parse_chinese_numeral, parse_number

    value = parse_number(numeral) if numeral[:1].isdigit() else parse_chinese_numeral(numeral)
    return int(value) if value is not None and 0 < value < 100 else 0


def covers(period: Optional[str], asked: Period) -> bool:
    """Whether a fact of this period answers a question about `asked`: the two overlap, and
    a fact over several years (十年来) is not a figure for one year inside them."""
    from ..base.periods import bounds

    if period is None:
        return False
    have, want = bounds(period), bounds(asked.period)
    if have is None or want is None:
        return False
    overlap = have[0] <= want[1] and want[0] <= have[1]
    several_years = (have[1] - have[0]).days > 366
    if (want[1] - want[0]).days > 366 and not several_years:
        return False  # 2019-2021: a figure for 2021 alone is none for the three years
    return overlap and (not several_years or (want[0] <= have[0] and have[1] <= want[1])
                        or (want[1] - want[0]).days > 366 * 5)


# ------------------------------------------------------------------ the answer's kind

#: Nouns that name an amount produced, sold or moved (产量, 亩产): what a question asks of
#: an output (_WANTS), and what a fact that is one says (judge.fits).
OUTPUT_ZH = r"产量|亩产|单产|总产|年产|销量|销售量|出口量|进口量|存栏|出栏|收成"
#: A-not-A questions of a measure (远不远, 老不老, 贵不贵): each asks the figure of the kind
#: its adjective measures, as 多远, 多老 and 多少钱 do.
A_NOT_A = {
    "age": "老不老|古不古|久不久|旧不旧|历史长不长|年头长不长",
    "length": "远不远|近不近|长不长|宽不宽|深不深",
    "mass": "重不重|沉不沉",
    "money": "贵不贵|便宜不便宜|便不便宜",
    "amount": "多不多|少不少|大不大|小不小|高不高|低不低",
}

# Each kind: (its Chinese words, its English words); the pinyin ones below join the English.
_WANTS = (
    ("recall", r"是什么数|真的假的|真假|是什么|是指什么|是指(?=.{0,30}还是)|指什么|指的什么|"
               # (26家是什么企业, 94，是省级还是市级: what the number is; not across a
               # clause, 雏鹰78家，瞪羚是多少家: another thing's figure held up beside)
               r"(?<=\d)(?:[，,]\s*)?[^\d\s.还，,；;。]{0,4}?(?<!还)是"
               r"(?=[^，,。？?]{1,12}还是|[^，,。？?]{1,15}[?？]\s*$)|"
               r"(?<!还)是(?=\s*\d[^，,。？?]{0,8}[?？]\s*$)|"
               r"是啥|是哪个|是哪家|是哪位|是哪类|"
               r"是哪种|是何|指何|何种|何类|"
               r"指的是|说的是|指啥|啥意思|什么意思|有(?=\S{0,8}吗)|是(?=\S{0,6}吗)|对吗|对不对|对么|是不是|没错吧",
     r"\brefers?\s+to\b|\bwhat\s+(?:is|does|'s)\s+(?:the\s+)?(?=\d)|"
     r"\bwhat'?s\s+(?:the\s+)?(?=\d)|(?<!\bi\s)\bmean\b|\bis\s+(?:that|it|this)\s+(?:right|correct|"
     r"true)\b|,?\s*(?:right|correct|true)\s*\?|\bis\s+(?:it|the)\s+(?=\d)|"
     # (the 11 — alliances or what?: which thing the figure is)
     r"(?<=\d)\D{1,40}\bor\s+what\b|"
     # (is 4636 the number of containers or the tonnage?: which of two the figure is)
     r"\b(?:is|was|are|were)\s+(?=\d[\d.,]*\s+(?:the\s+|a\s+|an\s+)?[a-z][^?。？]*\bor\b)"),
    # a day or a time of day: no year, count or berth number answers 哪天 (which day, 几月
    # 几号) or 几点开门 (what time it opens)
    ("date", r"哪一?天|哪日|几月几[日号]|几号(?=[首到来开举启])(?!来着)|什么日子|哪个日子|"
             r"什么日期|日期|"
             r"几点(?!几)|几点钟|什么时间(?=开|关|营业|结束|闭)",
     r"\bwhat\s+(?:date|day)\b|\bwhich\s+day\b|\bon\s+what\s+date\b|"
     r"\b(?:exact|precise|specific|actual)\s+(?:date|day)\b|"
     r"\bwhat\s+time\b(?!s)|\bopening\s+(?:hours|times?)\b|\bwhat\s+hours?\b|"
     # how long did it last, is it open: a stretch of days, which a date answers, no
     # distance or age
     r"\bhow\s+long\s+(?:did|does|do|will|is|was|would)\b(?=.*\b(?:last|lasts|run|runs|"
     r"open|go\s+on|take\s+place)\b)"),
    # (是几年被认定的, 几年评上的: 几年 of a past event asks which year, as 几几年 does)
    ("year", r"哪一?年|什么时候|啥时候|何时|几时|几几年|年份|何年|"
             r"(?<!历史是)(?<=[是在于])几年(?!前|后|来|里|内|间|的?历史)|"
             r"几年(?=被|评|获|认定|建成|成立|开通|开业|举办)",
     # (not when it opens a clause of its own subject: …tonnage when she berthed, when I
     # left…, When the ship called at 209, how many…; but tell me when it was named)
     r"\bwhich\s+year\b|\bwhat\s+year\b|\bin\s+what\s+year\b|"
     r"\bwhen\b(?!\s+(?:she|he|it|they|we|i|you|the|this|that|these|those|its|their|her|his|"
     r"our|my|your|a|an)\b)|\b(?:know|knows|knew|tell|me|us|ask|asked|asking|wonder|"
     r"wondering|remember|recall|check|confirm|out|sure|idea|clue)\s+when\b"),
    ("ordinal", r"第几(?!号)[批届次期轮]?|哪一?届|哪一?批",
     r"\bwhich\s+(?:edition|batch|round|session|time)\b|\bwhat\s+(?:edition|batch)\b|"
     # (which number batch, what number edition: the number of the batch, its place)
     r"\b(?:which|what)\s+(?:number|no\.?)\s+(?=edition|batch|round|session|time|lot)|"
     # (number of batch, no. of edition: one batch's number, not how many batches)
     r"\b(?:number|no\.?)\s+of\s+(?:the\s+)?(?=(?:edition|batch|round|session)\b)|"
     r"\bhow\s+many\s+times\s+(?:has|have|had|was|were)\b.*\bheld\b"),
    ("identifier", r"第几号|几号|多少号|哪号|编号|号码",
     # (…, which number is it, 2nd or 3rd?: an ordinal, where ordinals are offered)
     r"\bwhich\s+(?:number|no)\b(?!\.?\s+(?:edition|batch|round|session|time|lot)\b)"
     r"(?!.*\b\d+(?:st|nd|rd|th)\b)|"
     r"(?<=berth\s)number\b"),
    # (农机化水平, 机械化程度: how far a process has gone, a rate)
    ("percentage", r"比例|比重|百分之\s?几|百分之\s?多少|多少个百分点|几个百分点|百分比|占比|几成|"
                   r"几多成|多少成|%|率|(?<=化)的?(?:水平|程度)",
     # (share nos. of …, share the number: a verb)
     r"%|\bpercent|\bpercentage\b|\brate\b|"
     r"\bshare\b(?!\s+(?:nos?\b|the\s+(?:number|figure|count|data|details)|details|data|info))|"
     r"\bproportion\b|\bratios?\b|\b(?:what|which)\s+(?:fraction|portion)\b"),
    ("money", A_NOT_A["money"] + "|"
     # (价格指数, price index: an index, no sum of money)
     r"多少钱|几多钱|多少元|多少亿元|金额|总额|钱|价格(?!指数)|价钱|房价|票价|单价|均价|物价(?!指数)|"
     r"[贷借放拨]了?(?:多少|几多)款",
     r"\bhow\s+much\s+money\b|\bhow\s+many\s+yuan\b|\bsales\b|\brevenue\b|\bturnover\b|"
     # (the money figure, the yuan one: the kind of figure by its name)
     r"(?<=\bthe\s)(?:money|yuan|rmb|cash|monetary)(?=\s+(?:figure|one|number|amount|value)\b)|"
     r"\bvalue\s+of\b|\blend\b|\bspend|\bcost\b|\bprices?\b(?!\s+index)|\bfees?\b|"
     # (the amount paid to each recipient, how much is it paid: a sum paid)
     r"\b(?:amount|how\s+much)\b[^?.!;]{0,60}\b(?:paid|pays?|payment)\b|"
     r"\bpaid\s+(?:out\s+)?(?:to\s+)?(?:each|every|per)\b"),
    # nouns that name a sum of money (经费, profit): the thing asked is money, never a
    # percentage or a count; unlike the words above they stay content (what is asked)
    ("funds", r"经费|资金|利润|净利|营收|收入|收益|产值|销售额|营业额|工资|薪酬|预算|税收|利税|"
              r"投资额|融资额",
     r"\bprofits?\b|\bincome\b|\bfunding\b|\bfunds\b|\bbudgets?\b|\bspending\b|"
     r"\bexpenditures?\b|\bsalar(?:y|ies)\b|\bwages?\b|\bearnings\b|\btax(?:es)?\b|"
     r"\btakings\b|\breceipts\b|\bproceeds\b|"
     r"\bgdp\b|\boutput\s+value\b"),
    # nouns that name an amount produced, sold or moved (产量, 亩产, yield): a quantity of
    # things or of mass, never a percentage, a sum of money or a distance; like the money
    # nouns, they stay content
    # (一年能打多少苞谷, 收了几万斤粮: the harvest, said with its verb, as 产量 names it)
    ("output", OUTPUT_ZH + r"|(?:打|收|产)(?:了|出|下)?(?=\s*(?:多少|几)\s*(?:万|千|百)?\s*"
               r"(?:斤|吨|担|粮|苞|玉|稻|麦|豆|谷|米|花生|油料|庄稼))",
     r"\byields?\b|\boutput\b(?!\s+value)|\bproduce[ds]?\b|\bproduction\b|"
     r"\bsales\s+volume\b"),
    # an age (多老, 多少年历史, how old): a count of years, never a distance or a count
    ("age", A_NOT_A["age"] + "|"
     r"多老(?!远)|多古老|(?:多少|几百|几十|几)年(?:的)?历史|(?:多久|多长时间)的历史|"
     r"历史有?多(?:久|长(?:时间)?|少年)|多大岁数|多大年纪|几岁|多少岁|"
     r"(?:有|办了?|开了?|存在了?)(?:多少年|多久|多长时间)了?(?!前|后)|多少年[了啦喽咯]|"
     r"(?:多少|几十?)个?年头",  # (多少年头了: how many years, as northerners say it)
     r"\bhow\s+old\b|\bhow\s+many\s+years\s+old\b|"
     # how long has it existed, been around, been held: the years of its history
     r"\bhow\s+long\s+(?:has|have|had|did)\b(?=.*\b(?:exist(?:ed|s)?|been\s+(?:around|"
     r"running|held|going|open|there)|operated|run|lasted|stood)\b)|"
     r"\bhow\s+many\s+years\s+(?:has|have|had)\b|"
     # (how many year history: the years of its history, however the reader puts it)
     r"\bhow\s+many\s+years?\s+(?:of\s+)?history\b"),
    ("length", A_NOT_A["length"] + "|"
     r"多老远|多远|多长|几远|几长|距离|多深|多宽|多厚|多粗|多矮",
     r"\bhow\s+(?:far|long|deep|wide|thick|tall)\b|\bdistance\b"),
    ("mass", A_NOT_A["mass"] + "|"
     r"多重|多沉|几重|吨位|重量",
     r"\bhow\s+heavy\b|\bweighs?\b|\bhow\s+much\s+weight\b|"
     r"(?<!gross\s)(?<!\bnet\s)\btonnage\b|"
     r"\bhow\s+many\s+(?:metric\s+)?(?:tons|tonnes)\b"),
    ("name", r"哪一?个|哪家|哪类|哪一?种|哪样|哪些|哪里|哪儿|哪位|谁",
     r"\bwhich\b|\bwho\b|\bwhere\b|"
     # what berth did it use: 'what' before a thing and a verb asks which one
     r"\bwhat\s+(?=[a-z]+\s+(?:did|does|do|is|was|were|are|has|had|will)\b)"),
    # (91.1几: a last decimal not recalled, no question)
    ("count", r"几多个|(?<!\d点)(?<!\d\.\d)(?<!\d\.\d\d)几(?![何许多])|多少个|人数|个数|户数|"
              r"家数|项数|件数|场次数",
     r"\bhow\s+many\b|\bnumber\s+of\b|\bheadcounts?\b"),
    ("amount", A_NOT_A["amount"] + "|"
     r"多少|几多|多大|多高|几何|几许|若干",
     r"\bhow\s+much\b|\bhow\s+(?:big|large|high)\b"),
)
# The same in pinyin (a pinyin typist asks 'duoshao', 'di ji pi', 'na yi nian').
_PINYIN_WANTS = {
    # (shi shenme shihou, 是什么时候: when, not what)
    "recall": r"\bshi\s?(?:shen\s?me|sha)\b(?!\s?shi\s?hou)|\bshi\s?bu\s?shi\b|"
              r"\bdui\s?(?:bu\s?dui|ma)\b|\bma\s*[?？]?\s*$",
    "date": r"\bna\s?(?:yi\s?)?tian\b|\bri\s?qi\b|\bji\s?yue\s?ji\s?(?:hao|ri)\b",
    "year": r"\bna\s?(?:yi\s?)?nian\b|\b(?:shen\s?me|sha)\s?shi\s?hou\b|\bnian\s?fen\b",
    "ordinal": r"\bdi\s?ji(?:\s?(?:pi|jie|ci|ge))?\b",
    "identifier": r"\bji\s?hao\b|\bduo\s?shao\s?hao\b",
    "money": r"\bduo\s?shao\s?qian\b|\bgui\s?bu\s?gui\b",
    # (as the Chinese nouns of sums above: 营收, 销售额, 产值 … — where the clause asks of
    # it: yingshou 5 yi yishang na lei qiye, yanfa qiangdu duoshao asks no sum)
    "funds": r"\bjing\s?fei\b|\bli\s?run\b|\bshou\s?ru\b|(?:\bying\s?shou|"
             r"\bxiao\s?shou\s?e|\bying\s?ye\s?e|\bchan\s?zhi|\bshou\s?yi|\bzi\s?jin|"
             r"\byu\s?suan|\bshui\s?shou|\bgong\s?zi)\b(?=[^,，.;；。]*\bduo\s?shao\b)",
    "output": r"\bchan\s?liang\b|\bmu\s?chan\b|\bxiao\s?liang\b",
    # (lilv, jixiehualv, zengzhang lv: 率 at a word's end, as in Chinese)
    "percentage": r"\bbi\s?li\b|\bbai\s?fen\s?bi\b|\bzhan\s?bi\b|(?<=[a-z])\s?lv\b",
    "age": r"\bduo\s?lao\b|\bji\s?sui\b|\blao\s?bu\s?lao\b|\bjiu\s?bu\s?jiu\b|"
           r"\b(?:li\s?shi|nian\s?tou)\s?chang\s?bu\s?chang\b|"
           # (you ji nian lishi, duoshao nian de lishi, lishi you duo jiu: 多少年历史, as in
           # Chinese)
           # (the words that ask only: lishi, the history, stays what is asked about)
           r"\b(?:ji|duo\s?shao|ji\s?bai|ji\s?shi)\s?nian(?=\s?(?:de\s?)?li\s?shi\b)|"
           r"(?:(?<=lishi)|(?<=li shi)|(?<=lishi )|(?<=li shi )|(?<=lishi you )|"
           r"(?<=li shi you ))duo\s?(?:jiu|chang|shao\s?nian)\b",
    "length": r"\bduo\s?(?:yuan|chang)\b|\b(?:yuan|jin|chang)\s?bu\s?(?:yuan|jin|chang)\b",
    "mass": r"\bduo\s?zhong\b|\bzhong\s?bu\s?zhong\b",
    # (na is 哪 and 那 alike: before another word that asks, it is 那, 'that')
    "name": r"\bna\s?(?:ge|jia|lei|xie|li)\b"
            r"(?!.*\b(?:duo\s?shao|ji\s?(?:ge|jia|ren|xiang)?)\b)",
    "count": r"\bji\s?(?:jia|ge|ren|xiang|chang|zhong|wei|ci|pi|nian)\b",
    "amount": r"\bduo\s?shao\b|\b(?:duo|da|gao)\s?bu\s?(?:duo|da|gao)\b",
}
WANTS_NAMES = tuple(name for name, _, _ in _WANTS)


def _wants_pattern(latin: bool, text: str) -> Optional[re.Pattern]:  # type: ignore[type-arg]
    """Every kind's words for a question's script, one pattern with a group per kind, less
    the words the text cannot match (sieve.py: the whole pattern costs `ask` ~12 M
    instructions to compile in Chinese, ~21 M in English); None where none can match."""
    groups = []
    for name, chinese, english in _WANTS:
        words = sieved(f"{english}|{_PINYIN_WANTS[name]}" if latin else chinese, text)
        if words != NEVER:
            groups.append(f"(?P<{name}>{words})")
    # (English words end at Chinese characters too: 几个percent, 多少TEU)
    return compiled("|".join(groups), re.ASCII if latin else 0) if groups else None


def wants_matches(text: str) -> list[tuple[str, tuple[int, int]]]:
    """(kind, span) of the words asking for a kind of answer, in the scripts of the text."""
    found: list[tuple[str, tuple[int, int]]] = []
    for latin in ([False] if not text.isascii() else []) + \
            ([True] if any("a" <= char <= "z" or char == "%" for char in text) else []):
        pattern = _wants_pattern(latin, text)
        if pattern is not None:
            found += [(match.lastgroup or "", match.span()) for match in pattern.finditer(text)]
    if any(name == "name" for name, _ in found) and text.isascii():
        found = [(name, span) for name, span in found
                 if name != "name" or not _relative(text, span)]
    return found


#: Words after which which, who or where still ask (in which year, and who).
_BEFORE_ASKING = frozenset(("in", "at", "on", "of", "from", "to", "for", "by", "with", "and",
                            "or", "but", "so", "then", "tell", "know", "me", "us", "ask",
                            "asking", "wonder", "see", "say", "about", "is", "was", "are"))


def _relative(text: str, span: tuple[int, int]) -> bool:
    """Whether which, who or where at `span` joins a clause to the noun before it (the ship
    Zhonggu Fuzhou which came to Jinzhou; the experts who receive …), in a question that a
    word asks, before or after it (what, how: the people who receive it, how many): it asks
    nothing."""
    word = text[span[0]:span[1]].lower()
    if word not in ("which", "who", "where"):
        return False
    before = text[:span[0]]
    previous = compiled(r"([A-Za-z]+)(\W*)$").search(before)
    # (the berth no. where it was berthed: no. is a noun, number)
    noun = previous is not None and (len(previous.group(1)) >= 3 or
                                     previous.group(1).lower() == "no" and
                                     previous.group(2).startswith("."))
    return noun and previous is not None and \
        previous.group(1).lower() not in _BEFORE_ASKING and \
        compiled(r"\b(?:what|how)\b", re.I).search(before + " " + text[span[1]:]) is not None


_ASKED_UNIT = (r"(?:几多|多少|几)\s*个?([^\s\dA-Za-z，。？?！!的是有]{1,3})|"
               r"\bhow\s+many\s+([a-z]+)|\b(?:in|measured\s+in)\s+([a-z]+)"
               r"(?:[,\s]*\b(?:please|pls|plz|thanks))?\s*[?？.!,]*\s*$")
#: (几多 container, 多少 TEU: the unit in English after a Chinese question word)
_ASKED_LATIN_UNIT = r"(?:几多|多少|几)\s*个?\s*([A-Za-z]{2,})\b"
# 那艘 (船), 这家 (企业): a demonstrative and its classifier are no content
_DEMONSTRATIVE = "那这哪该此"
# (最近 is 'nearest' before 的 or at a clause's end, else 'recently': 最近锦州港来了一条船;
# 最新 is the latest figure, which every figure of the page is)
# (最多能装, at most: what it can hold, no superlative of the page's figures)
SUPERLATIVE = (r"最\s?(?:多(?!\s?(?:能|可|装|载|拉|运|容))|[大小高强长短早晚迟快慢先远重轻贵广深]|"
               # (最好换算成美元, 最好告诉我: preferably, no best)
               r"好(?!\s?(?:是|换|用|给|能|告诉|说|按|以|写|列|附|带|也|直接))|"
               # (最低要多少, 最少得: a minimum required, no superlative)
               r"[低少](?!\s*(?:要|得|需|须|也|限度)))|"
               r"最近(?=的|是|吗|呢|\s*[？?，,。!！]|\s*$)|"
               r"第一(?!资源|[届批次期轮季号])|第[二三四五六七八九十2-9]\s*(?:大|多|高|长|快)|"
               r"\b(?:second|third|2nd|3rd)[\s-]+(?:largest|biggest|highest|most|longest)\b|"
               r"\b(?:highest|largest|biggest|(?<!at\s)most|lowest|smallest|earliest|fewest|"
               r"best(?!\s*[,!]|\s+(?:regards|wishes)))\b|"  # (Best, Anna: a sign-off)
               r"\b(?:the|which|what)\s+top\b|"
               # (zui gao, zuidi: typed in pinyin)
               r"\bzui\s?(?:gao|di|duo|shao|da|xiao|zao|wan)\b|"
               r"\btop\s+(?:one|spot|place|rank|city|county)\b")
#: The superlatives typed in pinyin, as the page writes them.
_PINYIN_SUPERLATIVES = {"zuigao": "最高", "zuidi": "最低", "zuiduo": "最多", "zuishao": "最少",
                        "zuida": "最大", "zuixiao": "最小", "zuizao": "最早", "zuiwan": "最晚"}
_WHICH_UNIT = (r"(?:哪一?个?\s*|\bwhich\s+|\bwhat\s+|\bna\s?(?:yi\s?)?ge\s+)"
               r"([a-z]+|[^\s\d，。？?！!的是]{1,4})")


def people_aside(place: Place, text: str, known: Container[str]) -> bool:
    """Whether a people's word (Japanese, Korean: places.tsv's p: codes) qualifies nothing
    the base has a figure of (in proper British fashion), rather than what is asked
    (Japanese high-tech firms): the word after it is no term of the base."""
    from .terms import english_term

    if not all(code.startswith("p:") for code in place.codes):
        return False
    after = compiled(r"[\s-]*([A-Za-z]+)").match(text, place.end)
    return after is None or english_term(after.group(1)) not in known


def straddles(place: Place, text: str, known: Container[str]) -> bool:
    """Whether a place typed in syllables (shang zhi, 尚志) is the end of one word of the
    page and the start of the next (dian shang | zhi bo, 电商直播): the syllables on each
    side of it pair with its own as the page's words are spelled."""
    if not place.text.isascii():
        return False
    before = compiled(r"([a-z]+)[1-5]?\s*$").search(text[:place.start].lower())
    after = compiled(r"^[1-5]?\s*([a-z]+)").search(text[place.end:].lower())
    syllables = compiled(r"[a-z]+").findall(place.text.lower())
    if " " not in place.text:
        # (shifan xian shi: one syllable, 县 of the page's 示范县 — not 西安, whose level
        # 市 would be the 是 that asks): it pairs with the syllable before it as the
        # page's words are spelled
        own = _pinyin_syllables(place.text.lower())
        last = _pinyin_syllables(before.group(1)) if before is not None else []
        return len(own) == 1 and bool(last) and f"0{last[-1]}0{own[0]}" in known
    return before is not None and after is not None and \
        f"0{before.group(1)}0{syllables[0]}" in known and \
        f"0{syllables[-1]}0{after.group(1)}" in known


def wants_of(text: str, quantities: Sequence[QuestionNumber]) -> Optional[str]:
    """The kind of answer the question asks for (the first pattern that matches); `which`
    before a unit (which berth, 哪个泊位, 哪一届) asks for a number of that unit that names
    or ranks (an identifier, an ordinal), not an amount."""
    if ("数" in text or "shu" in text) and compiled(_THAT_NUMBER).search(text):
        return None  # 锦州银行那个数多少来着, 雏鹰企业那个数字: the figure, of whatever kind
    # (the % of a figure the question states, 强度5%以上, asks for nothing)
    matches = [(kind, span) for kind, span in wants_matches(text)
               if not (text[span[0]:span[1]] == "%" and span[0] and text[span[0] - 1].isdigit())]
    kinds = {kind for kind, _ in matches}
    for name in WANTS_NAMES:
        if name in kinds:
            if name == "recall" and not quantities:
                continue
            if name in _NOUN_WANTS and not _funds_asked(text, matches, name):
                continue
            if name == "output" and any(compiled(_OF_OUTPUT, re.I).search(
                    _clause_around(text, span)) for kind, span in matches if kind == name):
                continue  # how mechanised is rice production: a rate of the production
            if name == "length" and compiled(_EXTENT, re.I).search(text) and \
                    not compiled(r"\b(?:from|away|distance|km|kilomet\w*|miles?)\b",
                                 re.I).search(text):
                return "percentage"  # how far is it mechanised: to what extent, a rate
            if name == "name" and which_unit(text):
                return "which"
            if name == "name" and quantities:
                return "recall"  # which kind of firm are the 26: the fact whose value it is
            return "money" if name == "funds" else name
    return None


#: 'That number, how much': the figure is asked, of whatever kind (那个数多少来着, 这数字是
#: 多少), as against a count (人数多少, 家数几何).
_THAT_NUMBER = (r"[那这哪]个?(?:数|数字|数据|数值)儿?\s*(?:是|有|到底是)?\s*(?:多少|几)|"
                # (8.92万吨，这个数是载重还是载箱量: which of two the figure is)
                r"[那这]个?(?:数|数字|数据|数值)儿?\s*(?:是|指)(?=[^，,。？?]{1,12}还是)|"
                # (…那个数字?, 那個數字是? ask it; 我记得是这个数字 says the figure stated is it)
                r"(?<![是就])[那这哪]个?(?:数字|数据|数值)\s*(?:是|呢|是啥|是什么)?\s*[?？。!！]*\s*$|"
                # (in pinyin: jinzhou chuying nage shuzi; 哪个 and 那个 are both nage)
                r"\b(?:na|zhe|nei|zhei)\s?ge\s?shu\s?(?:zi|ju|zhi)\b")
#: 'How far' of an extent (how far is harvesting mechanised, how far has it come).
_EXTENT = (r"\bhow\s+far\s+(?:is|are|has|have|had|was|were|did|does|do)\b"
           r"[^?.,;]*?\b(?:\w{3,}(?:ed|ised|ized|ing)|come|gone|got|along)\b")
#: What follows a noun of money whose figure the question states (营收5个亿, 收入要达到5亿).
_STATED_AFTER = r"\s*(?:要|得|需|须|在|是|达|达到|超过|过|不低于|不少于)?\s*\d"
#: What a clause that asks may hold besides the thing it asks about (那…要多少).
_ASKING_FILLERS = frozenset("那这的要是有了呢吧啊都还就又")


#: Words that ask how a production is done, not how much it makes (机械化, mechanised, a
#: rate): with them an output word names what the rate is of.
_OF_OUTPUT = r"机械化|自动化|率|\bmechani[sz]|\bautomat|\befficien|\brate\b|\blevel\b"
#: What ends a clause, for the kinds of answer asked (_funds_asked, _clause_around).
_CLAUSE_MARKS = "，,;；。？?！!"


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding text[at] begins."""
    return max((index + 1 for index, char in enumerate(text[:at]) if char in _CLAUSE_MARKS),
               default=0)


def _clause_around(text: str, span: tuple[int, int]) -> str:
    """The clause of a text that holds a span."""
    ends = [index for index, char in enumerate(text) if index >= span[1] and
            char in _CLAUSE_MARKS]
    return text[_clause_start(text, span[0]):ends[0] if ends else len(text)]


#: The kinds whose words are nouns naming the thing asked (经费, 产量): content, and
#: asked only where they stand in the clause that asks (_funds_asked).
_NOUN_WANTS = ("funds", "output")


def _funds_asked(text: str, matches: Sequence[tuple[str, tuple[int, int]]],
                 kind: str = "funds") -> bool:
    """Whether a money word (营业收入, 经费), or another noun of `kind`, is what the question
    asks the amount of: not where it stands in a clause before the one that asks, which
    names a thing of its own (营业收入要5亿以上，那研发投入强度要多少: a rate)."""
    asks = [span for name, span in matches if name in ("amount", "count")]
    # (营收要5亿以上，那研发强度呢: 呢 asks of what its own clause names)
    asks += [match.span() for match in compiled(r"呢").finditer(text)]
    if not asks:
        return True
    if all(compiled(_STATED_AFTER).match(text, span[1]) for name, span in matches
           if name == kind):
        return False  # 营收5个亿以上那类企业研发强度要几个点: its figure is stated
    ask_start = max(asks)[0]
    clause_start = _clause_start(text, ask_start)
    if any(span[0] >= clause_start for name, span in matches if name == kind):
        return True
    own = [char for char in text[clause_start:ask_start]
           if "\u4e00" <= char <= "\u9fff" and char not in _ASKING_FILLERS]
    return len(own) < 2


# Measure words that ask for nothing in particular: 几个 (any count), 几号 (which number:
# 几号泊位 asks in 泊位, the word after it).
_PLACEHOLDERS = frozenset(("个", "号"))
# Classifiers of kind: 哪类企业, 哪种商品, 哪项技术 ask which thing, never in a unit.
_KIND_CLASSIFIERS = frozenset("类种样款项些")


#: Words a trade says for a unit after 哪个 (as the English quay, wharf, dock are berths).
_WHICH_SAID = {"码头": "泊位", "船位": "泊位", "靠泊位": "泊位"}
#: Where a ship lay, asked (停哪里了, 靠在哪儿, where did it berth): the berth, as 哪个码头 asks.
_WHERE_BERTHED = (r"(?:停|靠|泊)(?:泊)?(?:在|到|靠)?(?:了)?\s*(?:哪里|哪儿|哪块|哪边|何处)|"
                  r"\bwhere\b[^?？]{0,40}\b(?:berth|dock|moor)(?:ed|s)?\b")


def which_unit(text: str) -> str:
    """The unit after which/哪个 (泊位 of 哪个泊位, berth → 泊位), or where a ship lay (停哪里了,
    where did it dock: the berth), or ''."""
    if compiled(_WHERE_BERTHED, re.I).search(text) and "泊位" in UNITS:
        return "泊位"
    words = unit_words()
    for match in compiled(_WHICH_UNIT).finditer(text):
        word = match.group(1)
        if word.isascii():
            from .spelled import UNITS as SPELLED_UNITS

            if word.lower() in words and words[word.lower()] in UNITS:
                return words[word.lower()]
            spelled = SPELLED_UNITS.get(word.lower(), "")  # na ge bowei
            if spelled:
                return spelled
            continue
        said = next((unit for name, unit in _WHICH_SAID.items() if word.startswith(name)), "")
        if said and said in UNITS:
            return said  # (哪个码头: where a ship ties up, the berth, in the trade's words)
        for length in range(len(word), 0, -1):
            if word[:length] in UNITS and word[:length] != "个" and \
                    word[:length] not in _KIND_CLASSIFIERS:
                return word[:length]
        # 哪个码头泊位: a noun phrase ends in its head, the unit (of two characters or
        # more: 单位 ends in 位 and is no person)
        for start in range(1, len(word) - 1):
            if word[start:] in UNITS:
                return word[start:]
    return ""


#: Verbs of lending that take 款 (money) as their object apart from it: 贷了多少款, 放了多少
#: 款 (a deposit, 存款, or a donation, 捐款, is no loan).
_MONEY_VERBS = r"[贷借放拨]"
#: Measure words that count only after a question word (几样, 多少样: kinds), not in the
#: unit table: after a numeral they are mostly another word (一样: the same).
ASKED_ONLY = {"样": "种"}


def asked_unit(text: str) -> tuple[str, Optional[tuple[int, int]]]:
    """The unit a question asks in (几家 → 家, 多少万吨 → 万吨, how many people → 人),
    and where; the generic 个 asks for nothing in particular."""
    if "几" not in text and "多少" not in text and "how many" not in text and "in " not in text:
        return "", None
    times = compiled(r"\bhow\s+many\s+(time)s?\b").search(text) if "time" in text else None
    if times:
        # how many time(s) they go: a count of occasions (次), as 'times' is wherever it is
        # asked; a multiple (倍, three times bigger) is said with a figure, never asked so
        return "次", times.span(1)
    words = unit_words()
    latin = compiled(_ASKED_LATIN_UNIT).search(text) if not text.isascii() else None
    if latin and latin.group(1).lower() in words:
        return words[latin.group(1).lower()], latin.span(1)
    for match in compiled(_ASKED_UNIT).finditer(text):
        if match.group(1):
            chars = match.group(1)
            if chars[0] in ASKED_ONLY:  # 多少样: how many kinds
                return ASKED_ONLY[chars[0]], (match.start(1), match.start(1) + 1)
            if chars[0] == "款" and compiled(_MONEY_VERBS).search(text[:match.start(1)]):
                continue  # 贷了多少款: 款 is the loan, money, not a count of models
            for length in range(len(chars), 0, -1):
                unit = chars[:length]
                following = text[match.start(1) + length:match.start(1) + length + 1]
                if unit in UNITS and unit not in _PLACEHOLDERS and \
                        not is_word(unit + following) and \
                        not _counted_word(unit, following):
                    order = next((prefix for prefix, _ in MAGNITUDES
                                  if unit.startswith(prefix) and len(unit) > len(prefix) and
                                  unit[len(prefix):] in UNITS),
                                 "") if text[match.start(1) - 1:match.start(1)] == "几" else ""
                    if order:
                        # 几千个货柜, 几万人: how many, of which the reader guesses the
                        # order (several thousand); the unit asked is 个, 人
                        if unit[len(order):] in _PLACEHOLDERS:
                            return "", None
                        return unit[len(order):], (match.start(1) + len(order),
                                                   match.start(1) + length)
                    return unit, (match.start(1), match.start(1) + length)
            said = _homophone_unit(chars)
            if said:  # (多少标准相, 几万顿: the unit typed by its sound)
                return said[0], (match.start(1), match.start(1) + said[1])
        elif match.group(2) and match.group(2).lower() in words:
            return _english_head_unit(text, match.span(2), words)
        elif match.group(3) and match.group(3).lower() in words:  # …, in containers?
            return words[match.group(3).lower()], match.span(3)
    return "", None


def _homophone_unit(chars: str) -> Optional[tuple[str, int]]:
    """A unit of two or three characters that the first ones of `chars` sound like, each
    by its first reading (标准相 is 标准箱, 万顿 万吨: what an input method or a voice types),
    and how many characters it takes; else None. Never the characters as they are."""
    from .pinyin import first_reading
    from .spelled import UNITS as SPELLED_UNITS

    for length in (3, 2):
        typed = chars[:length]
        if len(typed) < length:
            continue
        readings = [first_reading(char) for char in typed]
        unit = SPELLED_UNITS.get("".join(reading or "?" for reading in readings), "")
        if unit and unit != typed and len(unit) == length and unit in UNITS:
            return unit, length
    return None


def _english_head_unit(text: str, span: tuple[int, int], words: Mapping[str, str]
                       ) -> tuple[str, Optional[tuple[int, int]]]:
    """The unit of 'how many <words>': an English noun group ends in what it counts, so a
    unit word that a later one follows is a modifier (how many container *berths*: 泊位,
    not the 标准箱 of container), up to two words on and before a function word."""
    from .terms import ENGLISH_STOP

    unit = words[text[span[0]:span[1]].lower()]
    where: Optional[tuple[int, int]] = span
    position = span[1]
    joined = compiled(r"-[a-z0-9]+").match(text, position)
    if joined:
        # (how many grade-one relics: a word joined to the next by a hyphen is a modifier;
        # the noun after it counts, a unit only where it is one)
        unit, where, position = "", None, joined.end()
        following = compiled(r"\s+([a-z]+)").match(text, position)
        if following and following.group(1).lower() in words:
            unit, where, position = words[following.group(1).lower()], following.span(1), \
                following.end()
        elif following:
            position = following.end()
    for _ in range(2):
        following = compiled(r"\s+([a-z]+)").match(text, position)
        if not following or following.group(1).lower() in ENGLISH_STOP:
            break
        if following.group(1).lower() in words:
            unit, where = words[following.group(1).lower()], following.span(1)
        position = following.end()
    return unit, where


def _counted_word(unit: str, following: str) -> bool:
    """Whether a measure word of a thing of its own (县, 园, 区: units.py's counts) makes a
    noun with the character after it (几个县区: counties and districts, no count of 县)."""
    from .tables import has

    return len(unit) == 1 and bool(following) and \
        UNITS[unit].counts_its_own and has("nouns.tsv", unit + following)


def is_word(chars: str) -> bool:
    """Whether characters are a word of the thesaurus (人口, 吨位: 人 and 吨 are no unit
    there)."""
    from .tables import has

    return len(chars) > 1 and has("synonyms.tsv", chars)


def unit_words() -> dict[str, str]:
    """English words for units (tonnes, people, yuan, percent) → the unit's symbol: for
    the table's units generated into unitwords.py (made here, they cost every question ~4 M
    instructions: the table completed and sorted); made here where fact files declare units
    of their own."""
    if not UNITS.declared:
        from .unitwords import UNIT_WORDS

        return UNIT_WORDS
    return _unit_words(tuple(UNITS.declared.items()))


@lru_cache(maxsize=4)
def _unit_words(declared: tuple[Any, ...]) -> dict[str, str]:
    """unit_words_of the table with its declared units, kept per declaration (`declared`
    is the key: the words change when the declarations do)."""
    return unit_words_of(UNITS)


def unit_words_of(units: Mapping[str, Any]) -> dict[str, str]:
    """English words for the units of a table → the unit's symbol."""
    found: dict[str, str] = {}
    # A unit whose English name is one word names it (tonnes, people, berths); a longer
    # name's words do not ('tonnes of coal equivalent' is no 'of', 'years of age' no
    # 'years': 年 is). The shortest names first, so 年 (years) wins over longer ones.
    for symbol in sorted(units, key=lambda symbol: len(units[symbol].name_en)):
        unit = units[symbol]
        name = unit.name_en.lower()
        if unit.power == 0 and name.isalpha() and name not in found:
            found[name] = unit.base
        if unit.power == 0 and symbol.isascii() and symbol.isalpha() and symbol.isupper() and \
                len(symbol) >= 3:  # (a symbol that is a word: TEU, and French's EVP)
            found.setdefault(symbol.lower(), unit.base)
    found.update({"tons": "吨", "tonne": "吨", "ton": "吨", "person": "人", "persons": "人",
                  "organizations": "家", "companies": "家", "firms": "家", "enterprises": "家",
                  "percent": "%", "kilometres": "公里", "kilometers": "公里", "items": "项",
                  # units named in their own words whose base is another (公里 is 1,000 米,
                  # a minute 60 秒): a word names the unit, not its base
                  "km": "公里", "hectares": "公顷", "minutes": "分钟", "hours": "小时",
                  "days": "天", "weeks": "星期", "miles": "英里", "feet": "英尺",
                  "inches": "英寸", "pounds": "磅",
                  "berths": "泊位", "containers": "标准箱", "container": "标准箱",
                  "boxes": "标准箱",
                  # where a ship ties up, in the words of its trade
                  "quay": "泊位", "quays": "泊位", "wharf": "泊位", "wharves": "泊位",
                  "pier": "泊位", "piers": "泊位", "dock": "泊位", "docks": "泊位"})
    return found


# ------------------------------------------------------------------ the whole question


#: A person's age (my kid is 15, 我儿子15岁, aged 65): said of the reader's people, no
#: figure of the page's asked about.
_AGE_BEFORE = (r"\b(?:i'?m|i\s+am|(?:he|she|they)'?s|(?:he|she)\s+is|(?:kid|son|daughter|"
               r"child|boy|girl|grandson|granddaughter|dad|mum|mom|father|mother|wife|husband)"
               r"\s+is|turned|aged?)\s*$")
_AGE_AFTER = r"^\s*(?:岁|周岁|years?\s+old\b|y\.?o\.?\b|yrs?\s+old\b)"


def _an_age(text: str, quantity: QuestionNumber) -> bool:
    """Whether a number is the age of a person the reader names (my kid is 15, 我儿子15岁)."""
    if quantity.percent or quantity.unit not in ("", "岁"):
        return False
    if quantity.unit == "岁" or compiled(_AGE_AFTER, re.I).match(text[quantity.end:]):
        return compiled(_AGE_PERSON).search(text[max(0, quantity.start - 6):quantity.start]) \
            is not None
    return compiled(_AGE_BEFORE, re.I).search(text[:quantity.start]) is not None and \
        compiled(r"^\s*(?:$|[,，.。;；:：!！]|and\b|&)", re.I).match(
            text[quantity.end:]) is not None


#: Who has an age in Chinese (我儿子15岁, 孩子今年12周岁).
_AGE_PERSON = r"[我他她孩儿女子爸妈爷奶孙侄]|今年"


def figures(text: str) -> list[QuestionNumber]:
    """The numbers of a (folded) question, read by numerals.py: a lone 百, 千 or 万 is
    part of a name there (百人层次, 千人层次), not a figure."""
    # forms.fold_text wrote every numeral of two characters or more in digits: what is
    # left in characters is a lone 百 or 千, or a run that is no numeral (百千万); but
    # 百分之 and 成 are percentages
    return [_magnitude_as_such(text, quantity)
            for quantity in asked_numbers(text, UNITS, unit_words())
            if not _calendar_month(text, quantity) and (
                text[quantity.start].isdigit() or quantity.percent or
            # 上万种, 近千家, 数百个: a rough figure, not a name's 百
            (quantity.start and text[quantity.start - 1] in _ROUGH_BEFORE and
             text[quantity.start] in "十百千万亿") or
            # 十来公里, 百余家, 千多种: as rough, said after it
            (text[quantity.start] in "十百千万" and
             text[quantity.start + 1:quantity.start + 2] in ("来", "余", "多")))]


def _calendar_month(text: str, quantity: QuestionNumber) -> bool:
    """Whether a number is a month of the calendar (1月至11月, 3月份): a time, no figure
    (11个月, a stretch of months, is one)."""
    return not quantity.unit and quantity.value == quantity.value.to_integral_value() and \
        1 <= quantity.value <= 12 and text[quantity.end:quantity.end + 1] == "月"


#: What makes a lone 百, 千 or 万 a rough figure (上万, 近千, 数百, 几十, 成千).
_ROUGH_BEFORE = frozenset("上近数几成过超逾约")


def _magnitude_as_such(text: str, quantity: QuestionNumber) -> QuestionNumber:
    """A number whose 'unit' is a magnitude (10亿, 9.58万 at the end of a question) as the
    number it is (1,000,000,000: never the 10 of 十余公里), and a measure word that begins
    a question word (9.58亿对吗: 对 is no pair) as no unit."""
    unit = UNITS.get(quantity.unit)
    if unit is not None and unit.dimension == "units" and unit.power:
        return quantity._replace(scaled=quantity.scaled.scaleb(unit.power), unit="")
    after = text[quantity.end:quantity.end + 4]
    if len(quantity.unit) == 1 and \
            re.match(rf"\s*{re.escape(quantity.unit)}\s?(?:吗|么|不|嘛)", after):
        return quantity._replace(unit="")
    return quantity


#: A word of small Latin letters (the first may be a capital) with a vowel: what
#: unread_set_aside looks at (initials, gxjs, have none; an acronym, GDP, is capitals).
_LOWER_WORD = r"(?<![\w&'’.-])[A-Za-z][a-z]*[aeiou][a-z]*(?![\w&'’-])"


def unread_set_aside(text: str, known: Container[str], vocabulary: Sequence[str]) -> str:
    """A question without the words of Latin letters it reads in no way (qanche kishi,
    fuh, olsem, allyuh: another language's, or a dialect's, spelled as its speakers do):
    no English word (english.txt), no pinyin, no word, unit or name the base holds, no
    place, no shorthand, no typo of a word (gazzele, companys) nor pinyin initials (jshtcje),
    nor two English words run together (boxship), and no word with a capital (Kita,
    Chatuchak: a name, wherever it stands). Such a word says how its
    reader talks, not what they ask about; read as a name, it made a question the page
    answers seem to ask about a thing it lacks. So does a word of two letters that is no
    English among English words (de, da, di: a dialect's 'the', spelled as pinyin)."""
    if not any("a" <= char <= "z" for char in text):
        return text
    from .expand import split_in_two
    from .forms import SHORTHAND
    from .terms import _initial_letters, _near, _syllables, english_term, is_english

    words = compiled(r"[A-Za-z]+").findall(text) if text.isascii() else []
    english = [is_english(word.lower()) for word in words]
    pinyin = [not english[index] and bool(_syllables(word.lower()))
              for index, word in enumerate(words)]
    # (de old Cuiyan fair, da new ship, uff da: an English dialect's article or
    # interjection spelled as a syllable of pinyin, among English words, no pinyin beside)
    lone = {word.lower() for index, word in enumerate(words)
            if len(word) == 2 and word.islower() and pinyin[index] and
            (index == 0 or not pinyin[index - 1]) and
            (index + 1 == len(words) or not pinyin[index + 1])} \
        if sum(english) * 3 >= len(words) * 2 else set()

    def unread(match: re.Match[str]) -> str:
        word = match.group()
        lower = word.lower()
        if lower in lone and lower not in SHORTHAND:
            return " "
        if len(word) < 3 or word[0].isupper():
            return word
        if is_english(lower) or _syllables(lower) or _syllables(lower.replace("v", "u")) or \
                split_in_two(lower, is_english) or lower in SHORTHAND or \
                lower in known or english_term(lower) in known or \
                _initial_letters(lower) or places_in(lower) or \
                typos_corrected(word) != word or _near(lower, vocabulary):
            return word
        return " "

    return compiled(_LOWER_WORD).sub(unread, text)


def read_question(text: str, scope: Callable[[], tuple[Optional[int], Sequence[str]]],
                  known: Optional[Container[str]] = None) -> Reading:
    """A question read: its kind, unit, places, periods, numbers and content words. `scope`
    gives the page's year (for 去年, the past ten years) and the codes of the base's own
    places (锦州: not content, the scope every fact has), asked for only when a question
    names a time or a place; `known` holds the base's terms (a
    word asking for money or a share, 比例 or proportion, is content only where the base
    uses it: 机械化率, turnover)."""
    folded = as_asked(colloquial(pinyin_spaced(fold_text(typos_corrected(text)).strip(),
                                               known)))
    if known is not None:
        folded = per_unit_said_alike(examples_removed(folded, known), known)
    lowered = folded.translate(_ASCII_LOWER)  # same length: spans carry over
    quantities = figures(folded)
    relative = any(word in lowered for word in _RELATIVE_HINTS) or "年" in lowered and any(
        q.end - q.start == 2 and lowered[q.end:q.end + 1] == "年" for q in quantities)
    today = scope()[0] if relative else None
    periods, period_spans = periods_in(lowered, quantities, today)
    numbers = tuple(q for q in quantities
                    if not any(start <= q.start < end for start, end in period_spans) and
                    not _an_age(lowered, q))
    wants = wants_of(lowered, numbers)
    unit, unit_span = asked_unit(lowered)
    if wants == "which":
        unit = which_unit(lowered)
    places = tuple(places_in(folded))
    seen = folded  # (the text places are read in)
    if known is not None and places:
        # (黑山 of the page's 黑山县: a county's bare name the page's words hold is one of its
        # words, as it was before bare names were places; the text is read again without
        # it: 黑山北镇 holds 北镇, and no town 黑山北镇; 浦东 is a place)
        words = [place for place in places if bare_county(place) and place.text in known]
        if words:
            seen = "".join(" " if any(word.start <= i < word.end for word in words) else char
                           for i, char in enumerate(folded))
            places = tuple(places_in(seen))
        places = tuple(place for place in places if not straddles(place, folded, known) and
                       not people_aside(place, folded, known))
    if any(place.text.isascii() for place in places):
        # (bili shi duoshao: 比例是多少, no 比利时 — a place spelled across the syllables of
        # a word that asks a kind of answer is none)
        asking = [span for _, span in wants_matches(folded.lower())]
        places = tuple(place for place in places if not place.text.isascii() or
                       not any(start < place.end and place.start < end
                               for start, end in asking))
    if known is not None and any("A" <= char <= "Z" for char in folded):
        places += tuple(named_places(folded, list(places), known))
    if known is not None and not folded.isascii():
        places += tuple(shaped_places(seen, list(places), known))
    if known is not None and ("区" in folded or any(hint in lowered for hint in ZONE_EN_HINTS)):
        places += tuple(zones_in(folded, list(places)))
    # 几家, how many people: a classifier is no content; a unit that is a noun (泊位, how
    # many berths) is, and so is the English name of a thing counted in one of its own
    # (how many sections: 段, how many areas: 片 — the fair's zones, by other words)
    named = unit_span is not None and lowered[unit_span[0]:unit_span[1]].isascii() and \
        unit in UNITS and UNITS[unit].counts_its_own
    cut = list(period_spans) + ([unit_span] if unit_span and len(unit) == 1 and not named
                                else [])
    if unit_span and len(unit) == 1:  # 几家企业…到底多少家: each time it is asked in
        cut += [(match.end() - 1, match.end()) for match in
                compiled(rf"(?:几多|多少|几)\s*个?{re.escape(unit)}").finditer(lowered)]
    cut += [(i, i + 2) for i, char in enumerate(lowered[:-1])
            if char in _DEMONSTRATIVE and lowered[i + 1] in UNITS]
    if "duo" in lowered:  # (jinzhou duoshao xiang: the unit asked, 项 or 箱, no content;
        # but duoshao xiang zi asks of boxes, 箱子)
        from .spelled import UNIT_SYLLABLES

        cut += [found.span(1) for found in compiled(
            r"\bduo\s?shao\s+([a-z]+)\b(?!\s*(?:zi|er)\b)").finditer(lowered)
            if found.group(1) in UNIT_SYLLABLES]
    superlative = compiled(SUPERLATIVE).search(lowered) if "最" in lowered or "第" in lowered or \
        "est" in lowered or "most" in lowered or "top" in lowered or "zui" in lowered else None
    if superlative is None and "est" in lowered:
        # (the deepest port, the busiest, the oldest: any English superlative, not only
        # the page's words)
        superlative = next((found for found in compiled(r"(?<=\bthe\s)[a-z]{3,}est\b").finditer(
            lowered) if _superlative_word(found.group())), None)
    if superlative:  # checked against each fact (judge.out_of_scope), no content
        cut.append(superlative.span())
    for name, span in wants_matches(lowered):
        # the words that ask for a kind of answer are no content (which year, 第几, 多少);
        # a money or percentage word is where the base uses it (turnover, 机械化率)
        if name in _NOUN_WANTS:
            continue  # 经费, profit, 产量: what is asked, content
        if name not in ("money", "percentage", "mass") or (
                known is not None and not _known_words(lowered[span[0]:span[1]], known)):
            cut.append(span)
    if "错" in lowered or " or " in lowered or "remember" in lowered:
        # (…还是我记错了, …, or have I misread the comma?: the reader's doubt, no content)
        cut += [match.span() for match in compiled(_DOUBT, re.I).finditer(lowered)]
    home = scope()[1] if places else ()
    for place in places:
        if any(any(within(home_code, code) for home_code in home) for code in place.codes):
            # 锦州, or the province it is in; but the 市 of 锦州市科技奖 is also the level
            # of what follows (市科技奖), where the base holds the pair
            end = place.end
            if folded[end - 1:end] in "市省县区" and known is not None and \
                    folded[end - 1:end + 1] in known:
                end -= 1
            cut.append((place.start, end))
    content = "".join(" " if any(start <= i < end for start, end in cut) else char
                      for i, char in enumerate(folded))
    years = tuple(q for q in quantities if q not in numbers)
    most = superlative.group() if superlative else ""
    return Reading(folded, compiled(r"\s+").sub(" ", content).strip(), wants, unit, places,
                   tuple(periods), numbers,
                   # (最 高, zui gao: as the page writes it)
                   _PINYIN_SUPERLATIVES.get(most.replace(" ", ""),
                                            most if most.isascii() else most.replace(" ", "")),
                   years, tuple(levels_in(lowered)), change_asked(lowered),
                   bool(quantities) and checks(lowered), derived_asked(lowered))


#: Superlatives that ask for the figure as it now stands (the latest count), no rank.
_RECENT = frozenset(("latest", "newest"))


def _superlative_word(word: str) -> bool:
    """Whether a word in -est is an English superlative (deepest, busiest, biggest): an
    English word, no noun (forest, harvest, interest), whose stem is a word."""
    from .decide import noun_share
    from .terms import is_english

    stem = word[:-3]
    stems = (stem, stem + "e", stem[:-1] + "y" if stem.endswith("i") else stem,
             stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem)
    if word in _RECENT:
        return False
    return is_english(word) and (noun_share(word) or 0.0) < 0.5 and \
        any(len(candidate) >= 3 and is_english(candidate) for candidate in stems)


#: A reader doubting their own memory or reading (还是我记错了, 没记错的话, or have I misread
#: the comma): said of the question, no part of what it asks.
_DOUBT = (r"(?:还是|或者|或是)?\s*(?:我|俺|咱)们?\s*(?:是不是|是否)?\s*(?:记错|搞错|弄错|看错|听错|"
          r"想错|理解错|算错)了?(?:吧|吗|呢)?|(?:如果|要是)?(?:我|俺)?没记错的话|"
          r"\bor\s+(?:have|had|did|do|am|was|were)\s+(?:i|we)\s+[a-z]+(?:\s+[a-z]+){0,3}|"
          r"\bif\s+i\s+remember\s+(?:it\s+)?(?:right|correctly)\b")


#: A word of pinyin run together at least this long is read for the question words and
#: places inside it (jinzhou and keji stay whole).
_RUN_TOGETHER = 8


def pinyin_spaced(text: str, known: Optional[Container[str]] = None) -> str:
    """A question with the question words and places typed run together with its other
    pinyin set apart, so that they are read as when typed apart: kejijiangduoshaoxiang →
    kejijiang duoshao xiang; a place that opens it, shenyangjishuhetong → shenyang
    jishuhetong; 几 and its unit where 几 makes no word the base holds with the syllable
    before it, youjigebowei → you jige bowei. The rest stays run together, as typed (its
    syllables are paired as they are); an English word is left whole."""
    if not any(len(word) >= _RUN_TOGETHER for word in text.split()):
        return text
    from .pinyin import _pinyin_unit, _read_with_neighbour
    from .spelled import QUESTION_WORDS
    from .terms import _syllables, is_english

    def spaced(match: re.Match[str]) -> str:
        word = match.group()
        pieces = _syllables(word.lower()) if not is_english(word.lower()) else None
        if not pieces or len(pieces) < 3:
            return word
        parted = _place_parted(pieces, known) if known is not None and \
            not _pinyin_held(pieces, known) else None
        if parted is not None:
            return parted
        parts: list[str] = []
        run: list[str] = []
        index = 0
        while index < len(pieces):
            for length in (4, 3, 2):
                joined = "".join(pieces[index:index + length])
                if index + length <= len(pieces) and (
                        joined in QUESTION_WORDS or
                        # 几 and the unit it asks in (jige, jijia), where 几 makes no word
                        # with the syllable before it (keji: 科技)
                        length == 2 and pieces[index] == "ji" and
                        (pieces[index + 1] == "ge" or _pinyin_unit(pieces[index + 1])) and
                        not (run and known is not None and
                             _read_with_neighbour(run[-1], "ji", "", known)) or
                        # a place opening it, before a question of its own (not jinzhougang)
                        index == 0 and len(pieces) - length >= 3 and
                        any(place.text == joined for place in places_in(joined))):
                    parts += ["".join(run), joined] if run else [joined]
                    run, index = [], index + length
                    break
            else:
                run.append(pieces[index])
                index += 1
        parts += ["".join(run)] if run else []
        return " ".join(parts)

    return compiled(rf"(?<![A-Za-z])[A-Za-z]{{{_RUN_TOGETHER},}}(?![A-Za-z])").sub(spaced, text)


def _place_parted(pieces: Sequence[str], known: Container[str]) -> Optional[str]:
    """A word of pinyin run together that is a city's or province's name and what follows
    it (qingdaogang, DaLianGang: 青岛港, 大连港), or a word of the base's and such a name
    (zhonggushanghai: 中谷上海), typed apart (qingdao gang, zhonggu shanghai); else None.
    Never a county's name, which many pairs of syllables spell (jizhuang of jizhuangxiang),
    nor a word the base holds whole (jinzhougang)."""
    for cut in range(2, len(pieces)):
        head, tail = "".join(pieces[:cut]), "".join(pieces[cut:])
        if tail in _AFTER_PLACE and _a_city(head) or \
                len(pieces) - cut >= 2 and _a_city(tail) and _pinyin_held(pieces[:cut], known):
            return f"{head} {tail}"
    return None


def _pinyin_held(pieces: Sequence[str], known: Container[str]) -> bool:
    """Whether the base holds each pair of syllables in a row (zhong gu, jin zhou gang)."""
    return len(pieces) > 1 and all(f"0{first}0{second}" in known
                                   for first, second in zip(pieces, pieces[1:]))


def _a_city(name: str) -> bool:
    """Whether a word of pinyin is a city's or province's name, whole, at home or abroad."""
    return any(place.start == 0 and place.end == len(name) and
               any(code.endswith("00") or code.startswith("w") for code in place.codes)
               for place in places_in(name))


#: What follows a place's name, in pinyin, as a word of its own: its port, city, county.
_AFTER_PLACE = frozenset(("gang", "shi", "sheng", "xian", "qu", "zhen", "gangkou", "matou"))


#: Words that check a number the question names (对吗, 是不是, is that right), as against
#: words that ask what a number is (是什么, what does 209 refer to).
_CHECK = (r"对\s?吗|对不对|对\s?么|对\s?吧|"
          # (是这数不呀?, 对不啊: A-not-A with its 不 last, before a particle)
          r"对不(?=\s*[啊呀吖哈嘛哇啦]?\s*[?？!！。]?\s*$)|(?<=\S)不\s*[啊呀吖哈嘛哇啦]?\s*[?？]?\s*$|"
          r"是不是|没错吧|"
          r"真的假的|真的吗|是吗|"
          r"吗|吧|来着|乎$|(?<=[\u4e00-\u9fff\d])否\s*[?？]?\s*$|"
          # a figure guessed at the end (was it on the order of twenty?)
          r"\b(?:was|is)\s+it\s+(?:about|around|roughly|approximately|on\s+the\s+order\s+of|"
          r"close\s+to|nearly|over|more\s+than|less\s+than|under)?\s*[\w.,-]+\s*[?？]\s*$|"
          # a figure and its unit the question ends on, asked (雏鹰企业26家？)
          # (not a time the question asks about: what was the rate in 2022?)
          r"(?<![\d.])(?<!还是)(?<!或)(?<!\bor\s)(?<!\bin\s)(?<!\bfor\s)(?<!\bsince\s)"
          r"(?<!\bduring\s)(?<!\byear\s)\d[\d.,]*\s*[^\s\d?？,，]{0,2}\s*[?？]+\s*$|"
          # a figure guessed in a last clause of its own (…? about 90?; …，90家左右？)
          r"(?:^|[,，.。?？!！;；—–]\s*|\s-\s*)(?:about|around|roughly|approximately|maybe|"
          r"like|over|more\s+than|less\s+than|under|nearly|almost|is\s+it|大概|大约|差不多|估计|"
          r"也许|可能|约|近|超过|不到|是)?\s*"
          # (…，上百个？ …，近千种？: in Chinese numerals, as said)
          r"(?:[\d.,]+|(?:上|近|将近|过|超|小)?[零〇一二两三四五六七八九十百千万亿]+)"
          r"\s*[^\s\d?？]{0,2}?\s*(?:左右|上下|来|多|-?ish|-?odd|"
          r"-?plus|\+)?"
          # (— 65 or more?: the figure guessed, and which way it may be off)
          r"(?:\s*\bor\s+(?:more|less|so|fewer|above|over|below|thereabouts)\b)?"
          r"\s*[?？]+\s*$|"
          r"对还是错|是对是错|对错|是真是假|真还是假|正确与否|判断题|"
          # a figure heard, and the real one asked (网上说有200家，实际是多少家; what's the
          # actual figure?): the figure named is a claim, not what the answer must be
          r"(?:实际上?|到底|究竟|其实|真实的?|正确的?|具体)(?:数字|数据|数)?(?:是|有)?(?:多少|几)|"
          r"(?:准确|确切|精确|真实|实际)的?(?:数字|数据|数值)|原文|确数|准数|"
          r"\b(?:actual|real|correct|exact|right|true)\s+(?:figure|number|count|value|amount|"
          r"total)s?\b|\bwhat\s+(?:does|did)\s+the\s+(?:article|piece|page|report|story|paper)\s+"
          r"(?:actually\s+|really\s+)?say\b|"
          # (…说锦州有30个长江学者，我咋不信呢; true or lie?: a claim the reader doubts)
          r"不信|不太信|不相信|不大相信|不敢信|靠谱吗|靠不靠谱|我怀疑|"
          # (听说那船能装四千六百多个箱子？: a figure heard, to be confirmed)
          r"听说|据说|(?:有人|人家|别人)说|"
          r"\btrue\s+or\s+(?:lie|false|not)\b|\b(?:don'?t|do\s+not|can'?t|cannot)\s+believe\b|"
          r"\bhard\s+to\s+believe\b|"
          # a figure recalled, to be confirmed (好像是2020年认定的, I think it was 2020)
          r"好像是|似乎是|记得是|没记错|印象中|记错|搞错|弄错|看错|听错|\bi\s+(?:think|recall|believe|remember)\b|"
          r"\bif\s+i\s+remember\b|\b(?:wasn|isn|weren|aren)'?t\s+(?:it|that|they)\b|"
          r"\bis\s+(?:that|it|this)\s+(?:right|correct|true|so)\b|\bright\s*\?|"
          r"\bcorrect\s*\?|\btrue\s*\?|\bis\s+it\s+true\b|\bdoes\s+that\s+match\b|"
          r"\bam\s+i\s+right\b|\breally\b|\b(?:yes|or\s+not|no)\s*[?？]\s*$|"
          # (…, yeah?; …, innit?; …, eh?; …, isn't that so?; …, don't they?: a tag after a
          # statement asks whether it holds — the n't spelled out by forms.fold_text)
          r"[,，]\s*(?:yeah|yea|yep|ya|yah|eh|huh|hey|innit|init|aye|ok|okay|amirite|"
          r"(?:you\s+)?betcha|no\s+lie|for\s+real|(?:is\s+)?that\s+(?:so|right)|"
          r"(?:is|are|was|were|do|does|did|has|have|had|can|will|would)\s+not\s+"
          r"(?:it|that|they|there|he|she|we|you)(?:\s+so)?)\s*[?？!.]*\s*$|"
          # (…in 2017, so it did?: Ireland's tag, a statement checked)
          r"\bso\s+(?:it|they|he|she)\s+(?:did|was|is|were|does|has|had)\s*[?？]|"
          # (have I muddled it up?, did I mix them up, am I confusing it: a figure doubted)
          r"\b(?:have|did|am)\s+i\s+(?:got\s+it\s+wrong|muddl|mix|confus|mistak|misremember|"
          r"misread|mess)|"
          # a yes-or-no question about the number it names (Did Linghai get it in 2020?)
          # (is the 865 the number of …: what the number is, not whether it is right)
          r"^\s*(?:did|was|were|is|are|does|do|has|have|had)\s+"
          r"(?!the\s+number\b|(?:the\s+)?(?:figure\s+|number\s+)?\d)|"
          # in pinyin: shi bu shi, dui ma, … ma?
          r"\bshi\s?bu\s?shi\b|\bdui\s?(?:bu\s?dui|ma)\b|\bma\s*(?:[?？]|$)")
_IDENTIFY = (r"是什么|是啥|是哪|指的是|说的是|指啥|啥意思|什么意思|是何|指何|何种|何类|"
             r"\brefers?\s+to\b|\bmean\b|"
             r"\bwhat\s+(?:is|does|'s)\b|\bwhat'?s\b|\bwhich\b")


def checks(text: str) -> bool:
    """Whether a (lowered) question checks a number it names rather than asks what it is."""
    if "来着" in text:
        # (国家级平台2家，省级平台几家来着: asked again, as a reader recalls, in a clause of
        # no figure; no check. 载箱量四千多个具体是多少来着 checks the figure it recalls)
        text = compiled(r"(?:^|(?<=[，,。;；\s]))([^，,。;；\s\d]*?[几少啥么哪]"
                        r"[^，,。？?\s\d]{0,2}?)来着").sub(
            lambda match: match.group(1) if not numbers_in(match.group(1)) else match.group(),
            text)
    return compiled(_CHECK).search(text) is not None and compiled(_IDENTIFY).search(text) is None

#: Words that ask for a figure worked out from others — an average, a share per person or
#: per firm (人均, 平均每家, on average, per capita) — which a total is no answer to.
#: The Chinese words for an average (also read in pinyin: pingjun, renjun).
DERIVED_WORDS = ("人均", "平均", "年均", "月均", "日均", "周均", "户均", "亩均", "场均", "班均",
                 "均值")
_DERIVED = ("|".join(DERIVED_WORDS) + r"|每一?(?:人|户|家|个|位|名|项|笔|年)|"
            r"(?<![\d〇零一二三四五六七八九十])一年(?=\S{0,3}(?:有|能|多少|几|创建|获|建))|"
            r"\bannual\s+(?:number|count|total|average|rate)\b|"
            # 一户能贷多少, 单户最高: what one borrower, firm or person may get
            r"(?:单|一)(?:户|家|人|个人|笔)(?=\S{0,2}(?:能|可|最多|最高|平均|大概|大约))|"
            r"\bon\s+average\b|\baverage\b|"
            r"\bper\s+(?:capita|person|head|household|firm|company|enterprise|farmer|resident|"
            r"worker|employee|member|bank|branch|borrower|year|annum)\b|\bannually\b|"
            r"\b(?:a|each|every)\s+year\b|\byearly\b|"
            # a density (per 10,000 residents, 每万人): the page's counts are of the city
            r"\bper\s+(?:[\d,]+|hundred|thousand|million)\s*(?:thousand\s+|million\s+)?"
            r"(?:people|persons|residents|inhabitants|population|capita)\b|"
            r"每(?:万|千|百|十万|百万)(?:人|人口|户|居民)")
_DERIVED_HINTS = ("均", "每", "jun", "average", "per ", "一", "单", "year", "annum", "annual")
#: Of the words above, those asking for a figure per year, which a figure for one year is.
PER_YEAR = (r"每一?年|一年|\bannual\s+(?:number|count|total|average|rate)\b|"
            r"\bper\s+(?:year|annum)\b|\bannually\b|\b(?:a|each|every)\s+year\b|\byearly\b")



def _in_pinyin(spelled: Mapping[str, str], text: str) -> str:
    """The first of the Chinese words a pinyin text spells (syllables run together or
    apart), as the Chinese word, or '' (`spelled`: the words by their pinyin, spelled.py)."""
    parts = re.findall(r"[a-z]+", text)
    for i, part in enumerate(parts):
        found = spelled.get(part) or spelled.get(part + "".join(parts[i + 1:i + 2]))
        if found:
            return found
    return ""


def derived_asked(text: str) -> str:
    """The words of a (lowered) question that ask for an average or a per-head figure, or
    ''."""
    if not any(hint in text for hint in _DERIVED_HINTS):
        return ""
    found = compiled(_DERIVED).search(text)
    if found is None and text.isascii() and "jun" in text:
        from .spelled import DERIVED

        return _in_pinyin(DERIVED, text)
    return found.group() if found else ""


#: Words that ask how much a figure changed (增长了多少, 比去年多了多少, by how much did it
#: grow, year-on-year; not 'changed hands', traded): a level (21.3亿元) is no answer; a
#: figure the page gives as a change (direction up or down, 个百分点) or as what was added
#: (新增) is.
#: The Chinese words for a change, each once: the pattern, the quick test before it and the
#: pinyin spellings (zengzhang, tigao) are made of them.
CHANGE_WORDS = ("增长", "增加", "增幅", "增速", "增量", "涨", "跌", "上升", "提高", "提升", "下降",
                "减少", "降低", "下滑", "回落", "同比", "环比", "比去年", "比上年", "比前年",
                "比上一年", "比往年", "比之前", "比以前", "多出", "变化",
                # a difference between two figures (较大豆高出多少个百分点, 相差几家)
                "高出", "低出", "相差", "差距", "差多少", "差几", "高多少", "低多少", "之差",
                "差值", "差了多少")
# (老多了, 可多了, 贼多了: the northeast's 'a great many', as 很多 and 好多 are, no change)
_CHANGE_ZH = "|".join(CHANGE_WORDS) + r"|(?<![多少几很好老可贼挺太真忒])多了|(?<![多几不])少了|" + \
    r"比[^，,。？?]{1,12}?(?:高|低|多|少|早|晚)(?:出|了)?(?:多少|几)"  # 比大豆高几个点, 早几年
#: Whether one figure is more than another (比锦州银行的多吗): a comparison the page leaves
#: to the reader, where the question asks no amount besides (有几家，比我们多吗 asks one).
_COMPARED_ZH = (r"比[^，,。？?\d]{1,12}?(?:高|低|多|少|大|小)(?:吗|么|不(?![少多])|没有|呢)|"
                # (和锦州一样多吗, 品牌多还是商品多: two figures set side by side)
                r"[和跟同与][^，,。？?\d]{1,12}?一样(?:多|大|高)|多还是[^，,。？?\d]{1,12}?多")
_CHANGE_EN = (r"\bby\s+how\s+much\b|\bhow\s+much\s+(?:more|less|higher|lower|bigger)\b|"
              # a difference between two figures (how many more … than, the gap between)
              r"\bhow\s+many\s+(?:more|fewer|less)\b(?=.*\bthan\b)|"
              r"\b(?:difference|gap)\s+between\b|\bhow\s+(?:far|much)\s+apart\b|"
              r"\boutnumber(?:s|ed)?\b|"
              # (bigger than Jinzhou Bank's number?: two figures set side by side; not
              # 'higher than 90%', a figure stated)
              r"\b(?:bigger|larger|greater|higher|smaller|lower)\s+than\b(?!\s*[\d.,]+)|"
              # (were there more firms or more brands; as many as Jinzhou's)
              r"\bmore\s+[a-z]+(?:\s+[a-z]+){0,5}\s+or\s+more\b|\bas\s+many\s+as\b(?!\s*[\d.,]+)|"
              r"\b(?:grow|grows|grew|grown|increased?|increases|rises?|rose|risen|falls?|fell|"
              r"fallen|drop(?:s|ped)?|declined?|declines|decreased?|decreases|climb(?:s|ed)?|"
              r"jump(?:s|ed)?|shr[iau]nk|growth|changed?)\b(?!-|\s+hands\b|\s+up\b)|"
              r"\byear[\s-]on[\s-]year\b|(?<![a-z])(?:yoy|qoq|cagr)(?![a-z])|\bcompared\s+(?:with|to)\b|"
              r"\bmore\s+than\s+(?:in\s+)?(?:the\s+)?(?:last|previous|prior)\s+year\b")
#: Who grows a crop (we grow…, my uncle grows…, farmers grew…): a person before 'grow', and
#: a thing grown after it, is farming, no change of a figure.
_GROWER = (r"\b(?:i|we|you|they|he|she|people|farmers?|growers?|(?:my|our|his|her|their|mi|"
           r"mis)\s+\S+)\s+(?:\w+\s+)?$")
_GROWN = (r"\s+(?!(?:by|to|from|in|at|over|since|during|between|up|down|fast|faster|slow|"
          r"slower|quickly|much|more|less|than|and|or|the\s+most)\b)[a-z]")
#: What makes 'growth' the name of a kind of firm (explosive growth, rapid-growth), not a
#: change asked.
_GROWTH_KIND = r"\b(?:explosive|rapid|hyper|breakout|fast|strong)[\s-]$"
_CHANGE_HINTS = ("grow", "grew", "creas", "ris", "rose", "fall", "fell", "drop", "declin",
                 "climb", "jump", "shr", "chang", "how much", "year", "yoy", "qoq", "cagr",
                 "compared", "how many", "between", "apart", "outnumber", "than", "or more",
                 "as many")



#: What ends a clause, and the words that ask in Chinese.
_CLAUSE_END_ZH = r"[，,。；;？?！!]"
_ASKS_ZH = r"多少|几|多[高大远久长重]|啥|什么|哪|吗|呢|若干|是否|有没有|么"


def clause_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause holding text[start:end] begins and ends (at a comma, a full stop,
    a question or exclamation mark, a semicolon)."""
    ends = compiled(_CLAUSE_END_ZH)
    return (max((found.end() for found in ends.finditer(text, 0, start)), default=0),
            next((found.start() for found in ends.finditer(text, end)), len(text)))


def _told_apart(text: str, match: re.Match[str]) -> bool:
    """Whether a match stands in a clause that asks nothing while another clause asks."""
    start, end = clause_span(text, match.start(), match.end())
    asks = compiled(_ASKS_ZH)
    return asks.search(text, start, end) is None and \
        asks.search(f"{text[:start]} {text[end:]}") is not None


def change_asked(text: str) -> str:
    """The words of a (lowered) question that ask for a change, or ''."""
    if not text.isascii() and (any(word in text for word in (*CHANGE_WORDS, "多了", "少了")) or
                               "比" in text):
        # (提升类, 增长型, 分典型和提升两类: a change word that names a kind of thing asks
        # no change)
        # (我想给学生讲讲农业的变化，…比例有多高: a change told of in a clause that asks
        # nothing, where another asks, is the reader's story)
        found = next((match for match in re.finditer(_CHANGE_ZH, text)
                      if not re.match(r"(?:两|二|三|几|等)?[类型]", text[match.end():]) and
                      not _told_apart(text, match)), None)
        if not found and ("比" in text or "一样" in text or "还是" in text) and \
                "几" not in text and "多少" not in text:
            found = re.search(_COMPARED_ZH, text)
        if found:
            # 提高到了多少, 增加至多少家: the level it reached is asked, not the change
            return "" if re.match(r"\s*了?\s*(?:到|至|为|达)", text[found.end():]) else \
                found.group()
    latin = text.isascii() or any("a" <= char <= "z" for char in text)
    if latin and any(hint in text for hint in _CHANGE_HINTS):
        for found in compiled(_CHANGE_EN).finditer(text):
            if compiled(_GROWER, re.I).search(text[:found.start()]) and \
                    compiled(_GROWN, re.I).match(text[found.end():]):
                continue  # (we grow nothing but grass; my uncle grows rice: farming)
            if found.group().startswith("grow") and \
                    compiled(_GROWTH_KIND, re.I).search(text[:found.start()]):
                continue  # (the pool for explosive growth, rapid-growth firms: a kind of firm)
            # what did it rise to: a level
            return "" if re.match(r"\s+to\b", text[found.end():]) else found.group()
    if text.isascii() and any(hint in text for hint in _PINYIN_CHANGE_HINTS):
        from .spelled import CHANGE

        return _in_pinyin(CHANGE, text)
    return ""


#: Parts of a year (上半年, 一季度, 前三季度, 1-6月, 上旬; the first half, Q3, March): a
#: figure the page gives for a whole year, or years, is none of them. (The end of a year,
#: 年底, is when a year's stock is counted: no part.)
_MONTH_ZH = r"(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])"
_PART_OF_YEAR_ZH = (rf"[上下]半年|(?:第|前)?[一二三四两1-4]\s*季度|[上中下]旬|"
                    rf"(?<![\d个]){_MONTH_ZH}\s*(?:[-–—~～至到]\s*{_MONTH_ZH}\s*)?月(?!份?以来)")
_PART_OF_YEAR_EN = (r"\b(?:first|second|1st|2nd)\s+half\b|\bh[12]\b|\bq[1-4]\b|"
                    r"\b(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\b|"
                    r"\b(?:january|february|march|april|june|july|august|september|october|"
                    r"november|december)\b")
_PART_HINTS_EN = ("half", "h1", "h2", "q1", "q2", "q3", "q4", "quarter", "uary", "march",
                  "april", "june", "july", "august", "ber")


@lru_cache(maxsize=64)
def part_of_year(text: str) -> str:
    """The words of a (folded) question that name a part of a year, or ''."""
    if not text.isascii() and any(hint in text for hint in ("半年", "季度", "月", "旬")):
        found = compiled(_PART_OF_YEAR_ZH).search(text)
        if found:
            return found.group()
    lowered = text.lower()
    if any(hint in lowered for hint in _PART_HINTS_EN):
        found = compiled(_PART_OF_YEAR_EN).search(lowered)
        if found:
            return text[found.start():found.end()] if len(lowered) == len(text) else \
                found.group()
    return ""


#: Syllables the change words above begin or end with, in pinyin.
_PINYIN_CHANGE_HINTS = ("zeng", "sheng", "ti", "jiang", "jian", "hua", "luo", "bi", "duo", "shao",
                        "bian")


#: What follows 全国 in the name of an honour (全国率先…示范县, 全国第七批, 全国百强): no
#: whole country asked (judge._WHOLE) …
HONOUR_AFTER = "第|率先|首|百强|先进|文明|示范|重点|一流|领先|主要|农作物|全程|性|大奖|奖"
#: … and, of those, the ones that name no national level either (全国性 and 全国重点
#: 平台 are national ones)
RANKING_AFTER = "第|率先|首|百强|主要|农作物|全程"
#: Administrative levels: a figure for one level is no answer about another (国家级 双创载体
#: when the page counts 省级 ones). Each level in Chinese and English.
LEVELS = {
    # (national-level, provincial level: the level with its word for level, as 国家级 is)
    "national": rf"国家级|全国(?!{RANKING_AFTER})|\b[Nn]ational\b(?:[\s-][Ll]evel\b)?|"
                r"\b[Ss]tate[\s-]level\b|"
                # (from the central govt, 中央评的: the nation's level, by who gives it)
                r"\b[Cc]entral\s+[Gg]ov(?:ernmen)?t\b|中央(?=评|颁|发|认定|批|给|的奖|级)|"
                # (国家+省+市合计: the levels listed bare)
                r"国家(?=\s*[+＋、/和与及]?\s*省\s*[+＋、/和与及]?\s*市)|国家(?=\s*[+＋、/和与及]\s*省)",
    "provincial": r"省级|省(?=[^份会长委政厅]|$)|\b[Pp]rovincial(?:[\s-][Ll]evel\b)?|"
                  r"\b[Pp]rovince[\s-]level\b",
    # (获市科技奖, …，市科技奖呢: the city's award, as the page writes it; not 锦州市科技奖,
    # the city's name)
    "municipal": r"市级|市一级|(?:^|(?<=[\s,，、;；:：获得拿评]))市(?=科技奖|科学技术奖)|"
                 # (市里自己评的那个奖, 市里那个科技奖: the city's own, as 省里 is the province's)
                 r"市里(?=自己|自个|评|颁|发|认定|批|那个)|本市(?=自己|自个|评|颁|发|认定|批)|"
                 r"\b[Mm]unicipal(?:[\s-][Ll]evel\b)?|\b[Cc]ity[\s-]level\b|"
                 # (how many city science prizes: the city's award, as 市科技奖)
                 r"(?:(?<=省[+＋、/和与及])|(?<=国家省))\s*市(?=\s*(?:[+＋、/的\s]|$|合计|总|一共|"
                 r"加起来|加一块|加一起|加在一起))|"
                 r"\b[Cc]ity(?=\s+(?:(?:science(?:\s+and\s+technology)?|s\s?&\s?t|st|sci-tech|"
                 r"technology|tech)\s+)?"
                 r"(?:awards?|prizes?)\b)",
    "county": r"县级|\b[Cc]ounty[\s-]level\b",
}
_LEVEL_HINTS = ("国家", "全国", "ational", "tate-", "tate level", "entral", "中央", "省",
                "rovinc", "市级", "市科", "市一级", "市里", "本市",
                "unicipal", "ity-", "ity level", "ity science", "ity award", "ity prize",
                "ity s&t", "ity st ", "ity tech", "县级", "ounty-", "ounty level")


#: How people say a level (市里评的, 省里头的, 省一级的): read as the level's word — at the
#: start, or after 那/这/的 (那市里评的); not after a place (锦州市里 is in the city) or
#: 全/本 (全市: citywide).
_SAID_LEVELS = {"省": "省级", "市": "市级", "县": "县级"}
_SAID_AFTER = ("里头", "里边", "里面", "一级", "里")
# (得了市里科技奖; 那个市里头评的; 不要省里的, 就市里的)
_SAID_BEFORE = "那这的们了过得获拿个要就是和跟与或只问看到被在给位由让向从经"
#: What makes 市里/省里 a level: who rated, approved or gave it (评, 认定, 批, 定, 选, 的;
#: 市里发的科技奖, 省里颁的; 省里挂牌的, 被省里树为样板, 省里排名, 市里那一级).
_RATED = frozenset("评认批定选审的级自发颁授挂树排那推列作")


#: What may follow a 儿 that only rounds off a word (几片儿啊, 哪块儿呢).
_AFTER_ERHUA = frozenset("啊呀呢吗吧了的哦嘛么呐哈，,。.？?！! ")
#: Measure words and places 儿 rounds off before a noun too (几块儿区域, 那边儿的货).
_ERHUA_BASES = frozenset("块片点会边哪这那样份帮伙")
#: Words 儿 ends as a word of its own (女儿, 婴儿): never rounded off.
_ERHUA_WORDS = frozenset("女幼婴孤胎健患宠男少")


#: A multiple-choice question's options (A. 26 B. 78, (A) 国家 (B) 省): what it asks stands
#: before them.
_OPTION = r"(?:^|(?<=[\s?？。.，,:：]))[(（]?{0}[)）]?[.．、:：)）]\s*"
#: A blank to fill (___, ＿＿, （ ）): the figure asked.
_BLANK = r"_{2,}|＿{2,}|[(（]\s*[)）]"


#: Who asks, said in passing (我孙子问我, 帮闺女问的, 有网友留言问, my boss asked me, a listener
#: from Shenzhen asks): no words of what is asked — nor is its place the question's.
_ASKER_WHO = ("孙子|孙女|外孙女|外孙|儿子|女儿|闺女|老伴儿|老伴|老婆|媳妇|老公|爱人|同事|朋友|"
              "同学|老师|领导|老板|孩子|娃|小孩|学生|客户|家人|爸|妈")
_ASKER_ZH = (r"(?:这是|是)?(?:帮|替|给)?(?:我|俺|咱)?(?:家)?(?:的)?"
             # (韩国朋友想知道: where they are from may come before who; not 这边的朋友)
             r"(?:(?![的这那我俺咱])[\u4e00-\u9fff]){0,3}?(?:" + _ASKER_WHO + r")"
             r"(?:刚才|刚|非|一直|老|总)?(?:问我|问俺|问的|让我问|叫我问|让我查|要我查|想知道|考我|"
             r"在问)(?:的|呢)?|"
             # (老师问锦州…: who asks, as the question begins)
             r"^(?:我|俺|咱)?(?:家)?(?:的)?(?:" + _ASKER_WHO + r")问(?![题卷])|"
             r"(?:有没有人|有谁|谁)(?:知道|清楚)(?:啊|呀|呢)?|求告知|求解答|在线等|"
             # (群里有人问…; …，我帮问下: a question relayed, who asks it)
             r"(?:群里|刚才|刚)?有人(?:在|刚)?问(?:[：:，,]\s*)?|"
             r"(?:我)?帮(?:人|他|她|忙|朋友|大家)?问(?:一?下)?|"
             # (一位日本记者问, 韩国朋友想知道: where they are from may come before who)
             r"(?:有|一位|一个|有位|有个)?[\u4e00-\u9fff]{0,3}?(?:网友|读者|听众|观众|粉丝|群友|"
             r"市民|热心人|记者|游客|留学生|投资人|客商)(?:朋友)?"
             r"[^，,。：:？?！!]{0,12}?(?:来信|留言|私信|来电)?(?:提问|想知道|想问|问道|问)"
             r"[：:，,]?|"
             # the reader asking, in passing, as a clause begins (问下, 想了解一下, 打听打听;
             # not 葫芦岛人问一下, where who asks says where they are from)
             r"(?:^|(?<=[，,。：:！!？?~～\s】]))"
             r"(?:我|俺|咱)?(?:想|就想|只想|再|就|来)?(?:问下|问一下|问问|打听(?:一?下|打听)?|"
             r"请教(?:一?下)?|了解(?:一?下)?|咨询(?:一?下)?|问(?![题答号候询卷责世]))")
_ASKERS_EN = (r"listeners?|readers?|viewers?|callers?|subscribers?|followers?|fans?|users?|"
              r"journalists?|reporters?|visitors?|tourists?|investors?|"
              r"someone|somebody|a\s+(?:colleague|student|client|friend)|"
              r"(?:colleague|student|client|friend)")
_ASKER_EN = (r"\basked\s+by\s+(?:a|an|one|our|my|the)\s+(?:[a-z]+\s+)??(?:" + _ASKERS_EN +
             r")\b\s*[:,—-]?|"
             r"\b(?:my|our)\s+(?:[a-z]+\s+)??(?:grand)?(?:son|daughter|kids?|child|children|boss|editor|"
             r"teacher|friend|colleague|wife|husband|mum|mom|dad|client|students?)\s+"
             r"(?:asked|asks|is asking|was asking|wants to know|wanted to know)(?:\s+me)?\b|"
             # (a French journalist asks: one word may say what kind)
             r"\b(?:(?:a|an|one|our|another|this|the)\s+(?:[a-z]+\s+)??)?(?:" + _ASKERS_EN +
             r")\b"
             r"[^:?.]{0,90}?\b(?:asks|asked|is asking|wants to know|wanted to know|"
             r"would like to know|wonders|wondered|writes|wrote(?:\s+in)?|emailed|emails|"
             r"called(?:\s+in)?)(?:\s+(?:in\s+)?(?:to\s+ask|asking))?\b\s*[:,—-]?")
#: How a polite question opens (could you tell me, do you know, I'd like to know) and the
#: reason it gives after a comma (…, given that many visitors come from the city): no words
#: of what is asked.
_POLITE_EN = (r"\b(?:could|can|would|will)\s+you\s+(?:please\s+)?(?:tell|show|let)\s+me\b|"
              r"\b(?:kindly|please|pls|plz)\s+(?:share|tell|provide|advise|confirm|"
              r"let\s+me\s+know)\b|"
              r",?\s*\bif\s+i\s+(?:understand|read\s+(?:it|this))\s+(?:correctly|right)\b|"
              r",?\s*\bif\s+i'?m\s+not\s+mistaken\b|,?\s*\bcorrect\s+me\s+if\s+i'?m\s+wrong\b|"
              r"\bdo\s+you\s+(?:happen\s+to\s+)?know\b|\bi(?:\s+would|'d)\s+like\s+to\s+know\b|"
              r"\bi(?:\s+am|'m)?\s+(?:was\s+)?wondering\b|\bplease\s+tell\s+me\b|"
              r",\s*(?:given\s+that|considering\s+that|seeing\s+(?:as|that)|because|since)\b"
              r"[^?;.]*")
#: An aside between two dashes (— and I love this —): no words of what is asked.
_DASHED_ASIDE = r"\s[—–]\s[^—–?]{1,60}?\s[—–]\s"
#: What a question told on air opens with before a colon (From the mailbag: …, Next one
#: comes from a listener in Calgary …: how many …).
_FRAME_EN = (r"^[^:?]*\b(?:mailbag|inbox|listeners?|readers?|viewers?|callers?|question\s+"
             r"(?:from|comes)|next\s+(?:one|question)|emailed|wrote\s+in)\b[^:?]*:\s*"
             r"(?=(?:how|what|which|when|where|who|is|are|was|were|do|does|did|can|could)\b)")

#: How the answer is to be given, not what it is about: a request for the exact figure, a
#: precision, a date the figure stands at, thanks (请给出准确数值, 精确到小数点后两位, 截至
#: 报道时点, 谢谢; to two decimal places, as of press time, thanks).
_ANSWER_FORM_ZH = (r"(?:请|麻烦|烦请|劳驾)?(?:您)?(?:给出|提供|告知|列出|说明|回答|给个|报个|"
                   r"说个|报一下|说一下)(?:一下)?(?:其|它的|他们的)?(?:准确|精确|确切|具体|详细|"
                   r"最新|官方)?的?(?:数值|数字|数据|答案|结果|值)|"
                   r"(?:准确|精确|确切|具体|详细|最新|官方)的?(?:数值|数字|数据|答案|结果)|"
                   r"(?:(?:精确|准确|保留|四舍五入)(?:到|至)?(?:小数点后)?|小数点后)"
                   r"[一二两三四五1-5]位(?:小数)?|四舍五入|"
                   r"(?:截至|截止|截止到|截至到)(?:本?报道|发稿|目前|现在|今天|报道发布)(?:时点|时|"
                   r"之时|为止)?|以报道为准|"
                   r"(?:谢谢|多谢|感谢|辛苦)(?:您|你|了|啦|啊)*")
#: The words of _ANSWER_FORM_ZH that ask for the exact figure.
_EXACT_FORM = r"准确|精确|确切|具体"
#: The exact figure asked for by name (确实数目, 准确数字, 实际数量, 实数): judge.given reads
#: it as the page's figure asked again, heads.head_of as no thing of its own.
EXACT_FIGURE = (r"(?:确实|确切|准确|精确|实际|具体|真实)的?(?:数目|数字|数据|数值|数量|数)|"
                r"实数|确数|准数")
_ANSWER_FORM_HINTS = ("数值", "数字", "数据", "答案", "结果", "值", "位", "四舍五入", "截至",
                      "截止", "以报道为准", "谢", "辛苦")
_ANSWER_FORM_EN = (r"\b(?:rounded\s+)?to\s+(?:one|two|three|\d)\s+decimal(?:\s+places?)?\b|"
                   r"\bas\s+of\s+(?:the\s+)?(?:report|article|publication|press\s+time|"
                   r"reporting\s+date|time\s+of\s+(?:the\s+)?report(?:ing)?)\b|"
                   r"\b(?:thanks|thank\s+you|cheers)\b[!.]*\s*$")


def answer_form_removed(text: str) -> str:
    """A question less the words saying how its answer is to be given (_ANSWER_FORM_ZH);
    a request for the exact figure (具体数字, 准确数值) kept as 确切, which asks the figure
    the question may state again (近九十家，具体数字是多少), no other."""
    if has_chinese(text):
        if any(hint in text for hint in _ANSWER_FORM_HINTS):
            text = compiled(_ANSWER_FORM_ZH).sub(
                lambda match: " 确切 " if compiled(_EXACT_FORM).search(match.group())
                else " ", text)
    elif any(hint in text.lower() for hint in ("decimal", "as of", "thank", "cheers")):
        text = compiled(_ANSWER_FORM_EN, re.I).sub(" ", text)
    return text


#: Examples named before the kind they belong to (花生、油菜这些油料作物; 玉米之类的作物):
#: the kind is what is asked.
_EXAMPLES = (r"(?:^|(?<=[\s，,。：:的儿里]))((?:[\u4e00-\u9fff]{2,3}[、和及与,，]?){1,4}?)"
             r"(?:这些|那些|这类|那类|之类的?|等等|等(?![级奖次同于待]))(?!年)"
             r"(?=[\u4e00-\u9fff]{2})")


def examples_removed(text: str, known: Container[str]) -> str:
    """A question less the examples it names before their kind (花生油菜这些油料作物 →
    油料作物; 锦州花生那些油料作物 → 锦州 油料作物), where the page holds none of them (孵化器、
    众创空间这类双创载体 names the page's own) and none is a place (大连这些城市)."""
    if not any(word in text for word in ("这些", "那些", "这类", "那类", "之类", "等")):
        return text

    def removed(match: re.Match[str]) -> str:
        examples, where = match.group(1), ""
        places = places_in(examples)
        if places and places[0].start == 0 and len(places) == 1 and \
                len(examples) - places[0].end >= 2:
            # (锦州花生那些油料作物: the place the question names, then its examples)
            where, examples = examples[:places[0].end], examples[places[0].end:]
            places = []
        pairs = [examples[i:i + 2] for i in range(len(examples) - 1)]
        if "的" in examples or places or any(pair in known for pair in pairs):
            return match.group()
        return where + " "

    return compiled(_EXAMPLES).sub(removed, text)


#: An average per day, year, person … said the other way (平均每天 and 日均, 每人平均 and
#: 人均): each unit's character is the one before 均, but 天's, which is 日 (日均).
_PER_UNITS = "天日年月周人户亩场次班"
_PER_UNIT_SPELLED = (f"平均(?:下来)?(?:每一?|一)([{_PER_UNITS}])|"
                     f"(?:每一?|一)([{_PER_UNITS}])(?:平均|下来平均)")


def per_unit_said_alike(text: str, known: Container[str]) -> str:
    """A question's average per unit in the words the base uses: 平均每天, 每天平均, 一天平均
    as 日均 where the base says 日均 (年均, 人均, 户均, 亩均 … alike)."""
    if "均" not in text:
        return text

    def short(match: re.Match[str]) -> str:
        unit = match.group(1) or match.group(2)
        word = ("日" if unit == "天" else unit) + "均"
        return word if word in known else match.group()

    return compiled(_PER_UNIT_SPELLED).sub(short, text)


#: A yes-or-no tag that ends a question (是第七批的不, 有瞪羚企业没有, 对不对): the question
#: checks a figure, as 吗 does; read as 吗 (never 不 in the middle: 不低于 is content).
_YES_NO_TAG = (r"(?<=[\u4e00-\u9fff\d])(?<![都也还并从再])"  # (一个都没有: a negation told)
               r"(?:不是|不|没有|没|对不对|对不|是不是|对吧)\s*[？?。！!]*\s*$")


#: The dimensions of units a learner may name in the singular after 'how many' (year, ton).
_MEASURED = frozenset(("years", "mass", "length", "seconds", "area", "volume"))


def as_asked(text: str) -> str:
    """An exam's question as a question: its options left out (A. 26 B. 78 C. 69), its blank
    read as what is asked (于___年 → 于哪一年, ___亿元 → 多少亿元, ___ firms → how many firms);
    who asks it, said in passing, left out (我孙子问我, my boss asked me); how its answer is
    to be given, too (请给出准确数值)."""
    text = answer_form_removed(text)
    if ("不" in text or "没" in text or "对吧" in text) and has_chinese(text):
        text = re.sub(_YES_NO_TAG, "吗", text)
    if not has_chinese(text):  # (English: its dashes are no ASCII)
        if "many" in text:
            # (how many year, how many ton: a learner's or a gloss's singular of a measure;
            # not of a count, how many kind of products, whose noun says what is counted)
            words = unit_words()
            text = re.sub(r"\b(how\s+many\s+)([a-z]+)\b", lambda match: match.group(1) + (
                f"{match.group(2)}s" if match.group(2) not in words and
                f"{match.group(2)}s" in words and
                UNITS[words[f"{match.group(2)}s"]].dimension in _MEASURED else match.group(2)),
                text)
        if "foot" in text or "ft" in text or "feet" in text:
            # (how many 20-foot boxes, twenty-foot equivalent units: TEU)
            text = re.sub(r"\b20[\s-]*(?:foot|ft|feet)\s*(?:equivalent\s+)?(?:units?|containers?|"
                          r"boxes|box|equivalents?)\b", "TEU", text, flags=re.I)
        if "," in text:
            # (8,92 thousand tons, 0,958 mlrd: a decimal comma, as most of Europe writes one;
            # a comma before three digits groups thousands)
            text = re.sub(r"(?<![\d,.])(\d+),(\d{1,2})(?![\d,])|(?<![\d,.])(0),(\d+)(?![\d,])",
                          lambda match: f"{match.group(1) or match.group(3)}."
                                        f"{match.group(2) or match.group(4)}", text)
        if "year" in text.lower():  # (in the year 2022, year 2022: the year, its number)
            # (not which year 2020 or 2021: a year asked)
            text = re.sub(r"(?<!\bwhich\s)(?<!\bwhat\s)\b(?:in\s+)?(?:the\s+)?year\s+"
                          r"(?=(?:19|20)\d{2}\b)", "in ", text, flags=re.I)
        if "—" in text or "–" in text:
            text = re.sub(_DASHED_ASIDE, " ", text)
        if ":" in text:
            text = re.sub(_FRAME_EN, "", text, flags=re.I)
        if " you " in text or "know" in text or "wonder" in text or "tell" in text or \
                "," in text or "kindly" in text or "please" in text or " if i" in text.lower():
            text = re.sub(_POLITE_EN, " ", text, flags=re.I)
        if " ask" in text or text[:3].lower() == "ask" or " want" in text or " wr" in text or \
                "email" in text or \
                " wonder" in text or "call" in text:
            text = re.sub(_ASKER_EN, " ", text, flags=re.I)
    elif "问" in text or "知道" in text or "查" in text or "考" in text or "清楚" in text or \
            "求" in text or "在线" in text or "了解" in text or "打听" in text or "咨询" in text:
        text = re.sub(_ASKER_ZH, " ", text)
    first = re.search(_OPTION.format("[AＡ]"), text) if "A" in text or "Ａ" in text else None
    if first and first.start() > 0 and re.search(_OPTION.format("[BＢ]"), text[first.end():]):
        text = text[:first.start()].rstrip()
    if "个人" in text:  # 24个人, 几个人: a count of people (个 is its classifier)
        text = re.sub(r"(\d|几|多少)\s*个人", r"\1人", text)
    if "_" in text or "＿" in text or "（" in text or "(" in text:
        def asked(blank: re.Match[str]) -> str:
            after = text[blank.end():].lstrip()
            if text.isascii():  # In ___, (a year) or ___ firms (how many)
                return " which year " if re.search(r"\b(?:in|since)\s*$", text[:blank.start()]) \
                    else " how many "
            return "哪一" if after[:1] == "年" else "几" if after[:1] in "批届次" else \
                "几号" if after[:2] == "泊位" or after[:1] == "号" else "多少"
        text = re.sub(_BLANK, asked, text)
    return text


#: Cantonese words as Mandarin writes them (after the traditional characters are folded:
#: 係 → 系, 邊 → 边): 系唔系 是不是, 乜嘢 什么, 咗 了, 冇 没有, 喺 在.
_CANTONESE = (("系唔系", "是不是"), ("系咪", "是不是"), ("唔系", "不是"), ("乜嘢", "什么"),
              ("乜野", "什么"), ("啱唔啱", "对不对"), ("知唔知", "知不知道"),
              ("识唔识", "会不会"), ("有冇", "有没有"), ("计埋", "算上"), ("点解", "为什么"),
              ("点样", "怎样"), ("而家", "现在"), ("宜家", "现在"), ("细佬", "弟弟"),
              ("成日", "整天"), ("乱讲", "乱说"), ("呢个", "这个"), ("呢度", "这里"),
              ("呢啲", "这些"), ("边个", "哪个"), ("咩", "什么"), ("乜", "什么"), ("咗", "了"),
              ("冇", "没有"), ("喺", "在"), ("系边", "是哪"), ("边度", "哪里"), ("边处", "哪里"),
              ("佢哋", "他们"), ("佢", "他"), ("哋", "们"), ("啱", "对"), ("唔", "不"),
              ("嘅", "的"), ("嗰", "那"), ("啲", "些"), ("睇", "看"), ("揾", "找"), ("嚟", "来"),
              ("咁", "这么"), ("噉", "这样"), ("㗎", "啊"), ("条友", "人"), ("攞", "拿"),
              ("畀", "给"), ("俾", "给"), ("几耐", "多久"), ("几远", "多远"))
_CANTONESE_HINTS = frozenset("系唔乜咩咗冇喺边佢哋啱嘅嗰啲睇揾嚟咁噉㗎攞畀俾耐远")
#: 咩 ending a clause after what it asks about is the particle of a yes-or-no question
#: (近千种咩？: 近千种吗), not 'what' (系咩？, 有咩？: what is it, what is there).
_CANTONESE_MA = r"(?<![系是做有讲话叫乜])咩(?=\s*[?？!！。]*\s*$|\s*[，,;；])"
#: Characters only Cantonese writes: where one stands, 係 (folded to 系) is 是 (係25家),
#: except in the words Mandarin writes 系 in (关系, 系统).
_CANTONESE_ONLY = frozenset("唔乜咩咗冇喺佢哋啱嘅嗰啲睇揾嚟噉㗎")
_CANTONESE_IS = r"(?<![关体联院派水星世直父母])系(?![统列数])"
#: Northeastern speech (the page's own region) as Mandarin writes it: 咱 我们, 自个儿 自己,
#: 老鼻子 很多 (a lot), 嘎哈 干什么, 咋 怎么, 俺 我, 这旮沓 这里, 忒 太 (longest first).
_NORTHERN = (("多老些", "多少"), ("多老少", "多少"), ("自个儿", "自己"), ("自个", "自己"),
             ("老鼻子", "很多"), ("嘎哈", "干什么"),
             ("干哈", "干什么"), ("咋样", "怎样"), ("咋", "怎么"), ("俺们", "我们"), ("俺", "我"),
             ("咱们", "我们"), ("咱", "我们"), ("这旮沓", "这里"), ("那旮沓", "那里"),
             ("旮沓", "地方"), ("忒", "太"))
_NORTHERN_HINTS = frozenset("自老嘎干咋俺咱旮忒")
#: Southwestern speech (Sichuan, Chongqing), the internet's spellings and the Chinese of
#: Singapore and Malaysia, as Mandarin writes them: 啥子 什么, 莫得 没有, 晓得 知道 (咋个 is
#: read with the northeast's 咋); 有木有 有没有, 酱紫 这样子, 神马 什么, 肿么 怎么; 巴仙
#: (percent) 百分比, 巴刹 (bazaar) 集市.
_SPOKEN = (("啥子", "什么"), ("莫得", "没有"), ("晓得", "知道"),
           ("有木有", "有没有"), ("木有", "没有"), ("酱紫", "这样子"), ("神马", "什么"),
           ("肿么", "怎么"), ("介个", "这个"), ("童鞋", "同学"), ("巴仙", "百分比"),
           ("巴刹", "集市"))
_SPOKEN_HINTS = frozenset("啥莫晓木酱神肿介童巴")
#: The net's 的, typed 滴 (厉害滴技术, 真滴假滴): after a character and before another or a
#: clause's end; never a drop (水滴, 点滴, 一滴) nor drip irrigation (滴灌) and its kin.
_NET_DE = (r"(?<=[\u4e00-\u9fff])(?<![水点一两几雨油血汗露泪])滴"
           r"(?![灌水管答溜])(?=[\u4e00-\u9fff]|\s*[?？!！。,，~～]|\s*$)")
#: A span of work named by its ends (从犁地到收割): read by colloquial where its ends are the
#: first and last steps of farm work.
_FIELD_WORK_SPAN = (r"从([^，,。？?\s]{1,4}?)(?:到|至)([^，,。？?\s]{1,3}?)"
                    r"(?=[，,。？?的拿用靠全都机]|$)")
#: Magnitudes typed with a Latin letter after a number or the words that ask one (8.92w吨,
#: 几w吨, 4.6k TEU, 多少e: 万, 千, 亿 — w for wan, k for kilo, e for the sound of 亿), where no
#: Latin letter follows (5km, 2e-commerce stay).
_LATIN_MAGNITUDES = frozenset("wWkKe")
_LATIN_MAGNITUDE = (r"(?:(?<=[\d几少])[wWe]|(?<=\d)[kK])"
                    r"(?=[\u4e00-\u9fff]|\s*$|\s*[?？,，。!！]|\s+(?=[A-Za-z]))")
_LATIN_AS_WRITTEN = {"w": "万", "W": "万", "k": "千", "K": "千", "e": "亿"}


def magnitudes_as_written(text: str) -> str:
    """A question with the magnitudes typed in shorthand as Chinese writes them: 8.92w吨 →
    8.92万吨, 多少e → 多少亿, 4.6k TEU → 4.6千 TEU; and 百 after digits as a number of its own
    (2百多项 → 200多项; never 5百分点 nor 1013百帕, a unit)."""
    if not _LATIN_MAGNITUDES.isdisjoint(text):
        text = compiled(_LATIN_MAGNITUDE).sub(lambda match: _LATIN_AS_WRITTEN[match.group()],
                                              text)
    if "百" in text:
        text = compiled(r"(?<![\d.])(\d{1,3})百(?![分帕])").sub(
            lambda match: str(int(match.group(1)) * 100), text)
    return text


#: The net's 很, typed 粉, before a word of praise (粉厉害, 粉棒): never a powder (钛白粉高,
#: 奶粉好): not after a character that makes one.
_NET_HEN = r"(?<![白奶面米花脂香藕淀骨豆药金铁钛磷])粉(?=厉害|棒|牛|强|赞|好)"
#: What asks how many, how far, how big in southwestern speech (好多家? — 多少家; 离北站好远哦
#: — 多远; 要占好大比例 — 多大), where nothing else asks: 好 for 多 before a measure word, or
#: before 远, 长, 大 where the question ends on them. (Elsewhere 好多 is 'a lot of', 好远
#: 'very far'.)
_HOW_MANY_SW = (r"好多(?=[家个人项种场位年元钱吨只条座批届]|$|\s*[?？呢哦嘛啊呀哟哈嘞噻喃])|"
                r"好(?=(?:远|长|大)\s*[哦噢啊呀哟嘛呢]?\s*[?？]?\s*$)|"
                r"好(?=(?:远|长)\s*[哦噢啊呀哟嘛呢]?\s*[，,])|好(?=大(?:比例|比重|面积|规模))")
#: 边 asks which before these (边一年, 边个, 边度), unless it ends a word (周边, 旁边, 这边).
_WHICH_AFTER = frozenset("一个度间年日位种类家届批处")
#: 几 that tells of a while, not asks how long: 这几年, 近几年, 十几年, 几十年来 (前几年 and
#: 头几年, a few years ago and the first few, are other times: left to be refused).
_A_FEW = (r"(这|那|近|最近|过去|[一二三四五六七八九十]?[十百千])几(?=年|天|日|个月|周)|"
          r"几(?=十年来|十年间)")
_SIDE_BEFORE = frozenset("周旁两这那左右东西南北身海江河路岸里外前后上下一半")
#: Taiwanese Hokkien as Taiwan writes it online, as Mandarin writes it (after the
#: traditional characters are folded: 攏 → 拢): 毋 不, 佮 和, 袂 不会, 啥物 什么, 按怎 怎样,
#: 有影 真的, 知影 知道, 阮 我们, 恁 你们, 囡仔 小孩, 孙仔 孙子; read only where a character
#: only Hokkien writes stands (阮 and 嘛 are a name and a particle in Mandarin).
_HOKKIEN = (("毋知", "不知道"), ("毋是", "不是"), ("毋", "不"), ("佮", "和"), ("袂", "不会"),
            ("啥物", "什么"), ("按怎", "怎样"), ("有影", "真的"), ("知影", "知道"),
            ("囡仔", "小孩"), ("孙仔", "孙子"), ("阮", "我们"), ("恁", "你们"), ("拢", "都"),
            ("嘛", "也"), ("遐", "那里"), ("厝", "家"))
_HOKKIEN_ONLY = frozenset("毋佮袂囡厝")
#: Shanghainese (Wu) as Mandarin writes it (longest first): 几钿 多少钱, 几化 多少, 搿 这,
#: 勿 不, 覅 不要, 侬 你, 交关 很, 辰光 时候, 哪能 怎么; and 是伐, 好伐 (是吗).
_WU = (("几化只", "多少个"), ("几化", "多少"), ("几钿", "多少钱"), ("是伐", "是吗"),
       ("好伐", "好吗"), ("对伐", "对吗"), ("有伐", "有吗"), ("搿只", "这个"), ("搿个", "这个"),
       ("搿", "这"), ("覅", "不要"), ("勿是", "不是"), ("勿", "不"), ("侬", "你"), ("交关", "很"),
       ("啥辰光", "什么时候"), ("辰光", "时候"), ("哪能", "怎么"), ("爷叔", "叔叔"),
       ("上趟", "上次"), ("一道", "一起"), ("伊拉", "他们"), ("钞票", "钱"),
       ("做生活", "干活"))
#: What tells a question is Shanghainese (搿, 勿, 覅, 侬, 钿, 伐 …).
_WU_HINTS = ("搿", "勿", "覅", "侬", "几钿", "几化", "伐", "阿拉", "交关", "辰光", "哪能")
#: Shanghainese words only a rule tells: 阿拉 (we; not 阿拉伯), 伐 ending a clause (吗; not
#: 采伐), 辣 after a verb of place (停辣 停在; not 麻辣), 搭 between two words (大学搭工厂
#: 大学和工厂; not 搭建), 格 of what is whose (的; not 价格), 伊 who speaks (他; not 伊朗).
_WU_RULES = ((r"阿拉(?![伯斯善木])", "我们"), (r"伐(?=\s*(?:[?？!！。.,，~～]|$))", "吗"),
             (r"(?<=[停住放坐摆待呆靠开])辣(?=[\u4e00-\u9fff\d])", "在"),
             (r"(?<=[\u4e00-\u9fff])搭(?![建配乘档桥车理讪腔])(?=[\u4e00-\u9fff])", "和"),
             # (锦州格技术合同, 评“典型”格: 的; not 价格, 资格, 格式 …)
             (r"(?<=[\u4e00-\u9fff”\"])(?<![价资规风表合严性品及网空人])格(?![式外局子调])",
              "的"),
             # (伊讲: he says; not 伊朗, 伊犁)
             (r"(?:^|(?<=[，,。；;？?！!\s]))伊(?=讲|说|是|讲过|讲了)", "他"))


#: The northwest's speech (Shaanxi, Gansu, Linxia) as Mandarin writes it: 哪搭 哪里, 这搭
#: 这里, 额 我 where it begins a clause (not 金额, 成交额), 屋里 家里 after it, 阿么 怎么.
_NORTHWEST = (("哪搭", "哪里"), ("这搭", "这里"), ("那搭", "那里"), ("额屋里", "我家里"),
              ("阿么", "怎么"))
#: Fuzhou's speech (Min Dong: Fuzhou, Matsu, Fuqing) as Mandarin writes it, after the
#: traditional characters are folded (偌夥 → 偌伙): 偌伙, 偌多 多少.
_FUZHOU = (("偌伙", "多少"), ("偌夥", "多少"), ("偌多", "多少"), ("若伙", "多少"), ("若夥", "多少"))
_NORTHWEST_RULES = ((r"(?:^|(?<=[，,。；;？?！!\s]))额(?=[不想问们家屋是说要就也都的])", "我"),)


def dialect_written(text: str) -> str:
    """A question typed in Shanghainese, Beijing's or the northwest's speech as Mandarin
    writes it (锦州港搿只船停辣第几号泊位?勿是问吨位: 锦州港这个船停在第几号泊位?不是问吨位;
    甭跟我说: 不用跟我说; 那个船停哪搭了: 停哪里了), before the rules that read how it asks;
    else as typed."""
    if any(hint in text for hint in _WU_HINTS):
        for pattern, written in _WU_RULES:
            text = compiled(pattern).sub(written, text)
        text = _as_written(text, _WU)
    if "甭" in text:  # (Beijing's 甭跟我说: 不用, don't)
        text = text.replace("甭", "不用")
    if "偌" in text or "若伙" in text or "若夥" in text:
        text = _as_written(text, _FUZHOU)
    if "搭" in text or "额" in text or "阿么" in text:
        text = _as_written(text, _NORTHWEST)
        for pattern, written in _NORTHWEST_RULES:
            text = compiled(pattern).sub(written, text)
    return text


#: People, and the words of kinship people call them by (农民伯伯, 警察叔叔, 快递小哥).
_KIN = ("伯伯", "叔叔", "阿姨", "大爷", "大妈", "大叔", "大婶", "大哥", "大姐", "爷爷", "奶奶",
        "哥哥", "姐姐", "小哥", "师傅", "伯", "叔", "姨")
_KIN_HINTS = frozenset(word[-1] for word in _KIN)
_ADDRESSED = (r"(农民|工人|警察|医生|护士|老师|司机|渔民|牧民|乡亲|老乡|村民|环卫工?|快递员?|"
              r"外卖员?|解放军|消防员?|菜农|果农|茶农|棉农|粮农|瓜农|农户)"
              rf"(?:{'|'.join(_KIN)})")


#: The twenty-foot box a TEU is, as readers name it (20呎櫃, 20尺柜, 二十英尺的集装箱).
_TWENTY_FOOT = r"(?:20|二十)\s*(?:呎|英?尺)(?:的)?(?:标准)?(?:货柜|柜子|柜|集装箱|箱子|箱)"

#: The classifiers a count is asked with (几家, 多少项): one typed by its sound after 多少 or
#: 几 at a clause's end (多少加, 几向, 多少为) is a slip of an input method.
_CLASSIFIERS = "家个项位名次届种座条户场批件所"
#: Particles that end a question after 多少 (多少咯, 多少嘞): sounds of a classifier (咯 ge)
#: that are none; and classifiers of their own that sound like one above (几间 rooms, 几架
#: planes, 几匹 horses, 几节 classes, 几尾 fish).
_NOT_CLASSIFIERS = "吗呢吧啊呀么哦嘛噢咯啦嘞哟喔咧唷呗哇哈喽呐哩呦间架匹节尾"
_SOUNDED_CLASSIFIER = r"(多少|几)([\u4e00-\u9fff])(?=\s*(?:[?？!！。，,;；]|吗|呢|啊|呀|啦|$))"


def _classifier_as_typed(match: re.Match) -> str:  # type: ignore[type-arg]
    from .pinyin import first_reading

    char = match.group(2)
    typed: str = match.group()
    if char in _CLASSIFIERS or char in UNITS or char in _NOT_CLASSIFIERS:
        return typed
    sound = first_reading(char)
    alike = [classifier for classifier in _CLASSIFIERS if first_reading(classifier) == sound]
    return typed[:-1] + alike[0] if len(alike) == 1 else typed


def colloquial(text: str) -> str:
    """A question as it would be written: the 儿 of northern speech dropped (几片儿啊 → 几片
    啊, not 女儿), northeastern and Cantonese words as Mandarin (咱 → 我们, 边一年 → 哪一年),
    and levels as people say them (colloquial_levels)."""
    if not _CANTONESE_HINTS.isdisjoint(text) or "条友" in text:
        cantonese = not _CANTONESE_ONLY.isdisjoint(text)
        if "咩" in text:
            text = compiled(_CANTONESE_MA).sub("吗", text)
        if "啲" in text:  # (錦州啲公司: 锦州的公司, after a thing's name; 有啲, 好啲: 些)
            text = compiled(r"(?<![有好多少快慢大细高低早迟近远贵平呢嗰那这一])啲").sub("的", text)
        text = _as_written(text, _CANTONESE)
        if cantonese:
            # (細公司, 細廠: small; 幾多間公司: 间 counts firms and shops as 家 does; 佢話,
            # 聽人話: says, as 说)
            text = compiled(r"(?<![详仔精底])细(?=(?:型|规模)?的?(?:公司|企业|厂|店|铺|商户))"
                            ).sub("小", text)
            text = compiled(r"(几多|多少|几)间").sub(r"\1家", text)
            text = compiled(r"(?<=[佢他她人友哥姐妈爸仔女佬婆们])话(?![题筒费剧])").sub("说", text)
        if cantonese and "定系" in text:  # (…2022年嘅数定係今年嘅: or, 还是)
            text = compiled(r"定系(?![统列数])").sub("还是", text)
        if cantonese and "系" in text:
            text = compiled(_CANTONESE_IS).sub("是", text)
        if "边" in text:
            text = "".join("哪" if char == "边" and text[i + 1:i + 2] in _WHICH_AFTER and
                           (not i or text[i - 1] not in _SIDE_BEFORE) else char
                           for i, char in enumerate(text))
    if not _HOKKIEN_ONLY.isdisjoint(text) or "啥物" in text or "知影" in text:
        text = _as_written(text, _HOKKIEN)
    text = dialect_written(text)
    if not _NORTHERN_HINTS.isdisjoint(text):
        text = _as_written(text, _NORTHERN)
    if not _SPOKEN_HINTS.isdisjoint(text):
        text = _as_written(text, _SPOKEN)
    if "滴" in text or "粉" in text:  # (大奖滴成果, 真滴假滴, 粉厉害: the net's 的 and 很)
        text = compiled(_NET_DE).sub("的", text)
        text = compiled(_NET_HEN).sub("很", text)
    if "趴" in text:  # Taiwan's 趴 (a percent, from %'s sound): 几趴 百分之几, 95趴 95%
        text = compiled(r"(几|多少)\s*趴").sub(r"百分之\1", text)
        text = compiled(r"(\d+(?:\.\d+)?)\s*趴").sub(r"\1%", text)
    if any(word in text for word in _KIN_HINTS):
        # 农民伯伯, 快递小哥, 环卫阿姨: a word of kinship after people is warmth, no other
        # people (the farmers)
        text = compiled(_ADDRESSED).sub(r"\1", text)
    if "多少" in text or "几" in text:
        text = compiled(_SOUNDED_CLASSIFIER).sub(_classifier_as_typed, text)
    if ("呎" in text or "尺" in text) and ("20" in text or "二十" in text):
        # (20呎柜, 二十尺的集装箱: the twenty-foot box, a TEU, as the page counts in 标准箱)
        text = compiled(_TWENTY_FOOT).sub("标准箱", text)
    if "国字号" in text:  # a national badge: 国字号平台 is a national-level one
        text = text.replace("国字号", "国家级")
    if "从" in text and ("到" in text or "至" in text):
        # (从犁地到收割, 从种到收: the farm work from its first step to its last, as the page
        # says it: 耕种收; never a route, 从北站到大集)
        text = compiled(_FIELD_WORK_SPAN).sub(
            lambda found: "耕种收" if any(char in found.group(1) for char in "耕犁翻种播插栽") and
            any(char in found.group(2) for char in "收割") else found.group(), text)
    if "many" in text or "much" in text:
        # (錦州 ada berapa 家平台: how many, then a Chinese classifier: 几家, as Chinese asks)
        text = compiled(r"\bhow\s+(?:many|much)\s*(?=[家个项位名人场届批种艘座])", re.I).sub(
            "几", text)
    if "数一数二" in text:  # (全世界数一数二的技术: one of the first, 一流)
        text = text.replace("数一数二", "一流")
    if "百" in text or not _LATIN_MAGNITUDES.isdisjoint(text) and (
            "几" in text or "少" in text or any(char.isdigit() for char in text)):
        text = magnitudes_as_written(text)  # (only after a number or 几, 多少: never e of 'the')
    if "几" in text:  # 这几年, 近几年, 十几年: a while, not a question (这些年, 十多年)
        text = compiled(_A_FEW).sub(_a_while, text)
    if "上头" in text or "上面" in text or "上边" in text:
        # (凌海大集上头品牌有多少: where, after what it is of — no kind of brand)
        text = compiled(r"(?<=[\u4e00-\u9fff]{2})(?<![网线路马早晚地天海手身])"
                        r"(?:上头|上面|上边)(?=[\u4e00-\u9fff])").sub(" ", text)
    if "上有" in text:
        # (大集上有多少: where, after what it is of — no 上 of 上百个品牌; not 网上, 线上,
        # 路上, 早上 …, words of their own; 里 stays, the whole a part is of: 865家…里有)
        text = compiled(r"(?<=[\u4e00-\u9fff])(?<![网线路马早晚地天海手身])上(?=有)").sub(
            "", text)
    if "没" in text:  # 没多少人, 没几个人来: few, told (人不多), not asked
        text = compiled(r"没有?(?:几|多少)个?([\u4e00-\u9fff]?)").sub(r"\1不多", text)
    if "好" in text and not re.search(r"多少|几|什么|啥|哪|吗|多大|多远|多久|多长", text):
        # (好多家 → 多少家; 好远, 好大比例 → 多远, 多大比例)
        text = re.sub(_HOW_MANY_SW, lambda found: "多少" if found.group() == "好多" else "多",
                      text)
    if "儿" in text:
        text = "".join(char for i, char in enumerate(text)
                       if char != "儿" or not i or text[i - 1] in _ERHUA_WORDS or
                       not "\u3400" <= text[i - 1] <= "\u9fff" or
                       (i + 1 < len(text) and text[i + 1] not in _AFTER_ERHUA and
                        text[i - 1] not in _ERHUA_BASES))
    return colloquial_levels(text)


def _a_while(match: re.Match) -> str:  # type: ignore[type-arg]
    before = match.group(1) or ""
    return before + ("数" if not before else "多" if before[-1] in "十百千" else "些")


def _as_written(text: str, words: Sequence[tuple[str, str]]) -> str:
    """The text with each spoken word of a table (longest first) as Mandarin writes it."""
    for said, written in words:
        text = text.replace(said, written)
    return text


def colloquial_levels(text: str) -> str:
    """The question with 市里, 省里头, 省一级 read as 市级, 省级 (a level asked as people
    say it)."""
    if "里" not in text and "一级" not in text:
        return text
    out = []
    position = 0
    while position < len(text):
        char = text[position]
        level = _SAID_LEVELS.get(char)
        before = text[position - 1] if position else ""
        if level and (not before or before in _SAID_BEFORE or not "\u3400" <= before <= "\u9fff"):
            said = next((word for word in _SAID_AFTER
                         if text.startswith(word, position + 1)), "")
            # a level when what follows says who rated it (市里评的, 省里头的); 市里有多少 is
            # the city itself
            after = text[position + 1 + len(said):position + 5 + len(said)]
            if said and said.startswith("里") and after[:1] not in _RATED and \
                    "奖" not in after:  # (市里科技奖: an award is given by a level)
                said = ""
            if said:
                out.append(level)
                position += 1 + len(said)
                continue
        out.append(char)
        position += 1
    return "".join(out)


def level_named(level: str, text: str) -> bool:
    return compiled(LEVELS[level]).search(text) is not None


def _known_words(text: str, known: Container[str]) -> bool:
    from .terms import text_terms

    terms = text_terms(text)
    return bool(terms) and any(term in known for term in terms if len(term) > 1)


#: Levels listed together (国家、省、市; 省市两级; national, provincial and city): each is named
#: though alone 国家 or 市 would not say a level (锦州市).
_LISTED_LEVELS = (r"(?:国家|省|市|县)级?(?:\s*[、，,/和及与跟]\s*(?:国家|省|市|县)级?)+"
                  r"(?![\u4e00-\u9fff]{0,1}长)|[省市县]{2,3}(?:两|三)级")
_LEVEL_WORDS = {"国家": "national", "省": "provincial", "市": "municipal", "县": "county"}


#: What puts the levels after it aside (provincial, as opposed to the national ones; 省级的，
#: 而不是国家级的; 只要市级，不要省级和国家级的; 国家科技奖 不是省里的).
_ASIDE = (r"\bas\s+opposed\s+to\b|\brather\s+than\b|\binstead\s+of\b|\bexcluding\b|"
          r"\bother\s+than\b|\bnot\s+(?:the\s+)?(?=national|provincial|municipal|city|county)|"
          r"而非|而不是|不算|不含|不包括|不要|(?<!是)不是|别(?:给我|要|算)|除了|除去")


def levels_in(text: str) -> list[str]:
    if not any(hint in text for hint in _LEVEL_HINTS):
        return []
    aside = re.search(_ASIDE, text) if any(
        cue in text for cue in ("opposed", "rather", "instead", "exclud", "other than", "not ",
                                "而", "不算", "不含", "不包括", "不要", "不是", "别", "除")) \
        else None
    if aside and any(level_named(name, text[:aside.start()]) for name in LEVELS):
        text = text[:aside.start()]
    elif aside:  # (国家科技奖 不是省里的 是国家的: the clause put aside names no level asked)
        end = compiled(r"[，,。;；？?！!\s]").search(text, aside.end())
        text = text[:aside.start()] + " " + (text[end.start():] if end else "")
    found = [name for name in LEVELS if level_named(name, text)]
    listed = compiled(_LISTED_LEVELS).search(text)
    if listed:
        found += [name for word, name in _LEVEL_WORDS.items()
                  if word in listed.group() and name not in found]
    above = compiled(_AND_ABOVE).search(text) if any(
        cue in text for cue in ("以上", "above", "higher")) else None
    if above:
        # 省级以上, provincial level and above: that level and every one above it
        lowest = next(name for name in _LADDER[:-1]
                      if above.group(name) or above.group(f"{name}_en"))
        found += [name for name in _LADDER[_LADDER.index(lowest):] if name not in found]
    return found


#: The levels, lowest first; a level and those above it (省级以上, provincial-level and
#: above).
_LADDER = ("county", "municipal", "provincial", "national")
_AND_ABOVE = (r"(?:(?P<county>县)|(?P<municipal>市)|(?P<provincial>省))级?(?:及|和)?以上|"
              r"\b(?:(?P<county_en>county)|(?P<municipal_en>city|municipal)|"
              r"(?P<provincial_en>provincial|province))[\s-]+level\s+(?:and|or)\s+"
              r"(?:above|higher)\b")
