"""Numbers in text, read as whole phrases: Arabic (21.3, 2,130) and Chinese numerals
(二十一, 一百二, 三万五, 二十万亿, 近千, 九十九点四, 四分之一, 百分之五, 七成).

A run of numeral characters is one number or none: 腊月二十一 states 21 (never 11 or 2),
and a run that is no well-formed numeral (四两, 百千万, 六六八八) states only its single
characters, each of which is a number on its own (4 and 2; 100, 1000 and 10000)."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any, Dict, List, NamedTuple, Optional, Set

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
           "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL = {"十": 10, "百": 100, "千": 1000}
_LARGE = {"万": 10**4, "亿": 10**8}
CHINESE_NUMERAL_CHARS = "".join(_DIGITS) + "".join(_SMALL) + "".join(_LARGE)

_NUMERAL = f"[{CHINESE_NUMERAL_CHARS}]"
# Arabic numbers: thousands groups only where every group has three digits (2,130,000).
_ARABIC = r"(?<![\d.])(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?"
# Whole phrases, longest first: fractions (四分之一, 百分之九十九点四), 成 (七成, 7成),
# decimals (九十九点四) and plain runs.
_PHRASE = re.compile(
    rf"(?=[\d{CHINESE_NUMERAL_CHARS}])"  # fail fast where no number starts
    rf"(?:(?P<fraction>(?P<den>{_NUMERAL}+)分之(?P<num>{_NUMERAL}+(?:点{_NUMERAL}+)?))"
    rf"|(?P<tenths>(?P<ten>\d+(?:\.\d+)?|{_NUMERAL}+)成)"
    rf"|(?P<arabic>{_ARABIC})"
    rf"|(?P<chinese>{_NUMERAL}+(?:点{_NUMERAL}+)?))"
)


class Number(NamedTuple):
    """A number stated in text, and where: text[start:end] is its phrase."""

    value: Decimal
    start: int
    end: int


def _whole_numeral(text: str) -> Optional[int]:
    """A well-formed whole-number phrase (no 点) as an int, or None."""
    if len(text) == 4 and text[0] in "一二" and all(ch in _DIGITS for ch in text):
        # 二〇二三, 一九九八: four digits in a row are a year, read digit by digit.
        return int("".join(str(_DIGITS[ch]) for ch in text))
    if len(text) > 1 and text[0] in "百千万亿":
        # 百千万, 千万: a bare unit opens a phrase only when alone (上百, 近千) or as 十 (十五).
        return None
    total = section = 0
    digit: Optional[int] = None
    last_small = last_large = 10**13
    zero_seen = False
    for ch in text:
        if ch in "零〇":
            if digit is not None:
                return None
            zero_seen = True  # 一百零五: a zero only marks a gap
            continue
        if ch in _DIGITS:
            if digit is not None:
                return None
            digit = _DIGITS[ch]
        elif ch in _SMALL:
            unit = _SMALL[ch]
            if unit >= last_small or (digit is None and section and not zero_seen):
                return None
            section += (1 if digit is None else digit) * unit
            digit, last_small, zero_seen = None, unit, False
        elif ch in _LARGE:
            unit = _LARGE[ch]
            section += 0 if digit is None else digit
            if not section and not total and last_large == 10**13:
                section = 1  # 万 alone (万余)
            if unit > last_large:
                # 二十万亿: a larger unit after a smaller one multiplies all before it.
                if section:
                    return None  # 一万三亿
                total *= unit
            else:
                if unit == last_large or not section:
                    return None  # 万万, 亿万
                total += section * unit
            section, digit, last_small, last_large, zero_seen = 0, None, 10**13, unit, False
        else:
            return None
    if digit is not None and not zero_seen:
        # 一百二 is 120 and 三万五 is 35,000: a last digit without its unit takes the unit
        # one below the one before it.
        previous = last_small if last_small < 10**13 else last_large
        if previous >= 100 and previous < 10**13:
            return total + section + digit * previous // 10
    return total + section + (0 if digit is None else digit)


def parse_chinese_numeral(text: str) -> Optional[Decimal]:
    """二十一 → 21, 一百二 → 120, 三万五 → 35000, 九十九点四 → 99.4; None if malformed."""
    whole, point, fraction = text.partition("点")
    number = _whole_numeral(whole) if whole else None
    if number is None:
        return None
    if not point:
        return Decimal(number)
    if not fraction or any(ch not in _DIGITS for ch in fraction):
        return None
    return Decimal(f"{number}.{''.join(str(_DIGITS[ch]) for ch in fraction)}")


def parse_number(text: str) -> Optional[Decimal]:
    """A plain Arabic number ("21.3", "2,130") as a Decimal, or None."""
    try:
        number = Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def _numeral_or_arabic(text: str) -> Optional[Decimal]:
    return parse_number(text) if text[:1].isdigit() else parse_chinese_numeral(text)


def numbers_with_spans(text: str) -> List[Number]:
    """Every number the text states, in order, each read as a whole phrase."""
    found: List[Number] = []
    for match in _PHRASE.finditer(text):
        start, end = match.span()
        kind = match.lastgroup
        if kind == "arabic":
            number = parse_number(match.group())
            if number is not None:
                found.append(Number(number, start, end))
        elif kind == "fraction":
            denominator = parse_chinese_numeral(match.group("den"))
            numerator = parse_chinese_numeral(match.group("num"))
            if denominator == 100 and numerator is not None:
                found.append(Number(numerator, start, end))  # 百分之五 is 5 (%)
            elif denominator and numerator is not None:
                # 四分之一 states a quarter: as a share (0.25) and as a percentage (25)
                share = numerator / denominator
                found.append(Number(share.normalize(), start, end))
                found.append(Number((share * 100).normalize(), start, end))
        elif kind == "tenths":
            tenths = _numeral_or_arabic(match.group("ten"))
            if tenths is not None and tenths <= 10:
                found.append(Number(tenths * 10, start, end))  # 七成 is 70 (%)
            else:
                found.extend(numbers_with_spans(match.group("ten")))
        else:
            phrase = match.group()
            value = parse_chinese_numeral(phrase)
            if value is not None:
                found.append(Number(value, start, end))
                continue
            # Not one numeral: each character that is a number on its own.
            for offset, ch in enumerate(phrase):
                single = parse_chinese_numeral(ch)
                if single is not None and ch not in "零〇":
                    found.append(Number(single, start + offset, start + offset + 1))
    return found


def numbers_in(text: str) -> Set[Decimal]:
    """The numbers the text states (近千 states 1000; 腊月二十一 states 21 only)."""
    return {number.value for number in numbers_with_spans(text)}


# ------------------------------------------------------------------ quantities (issue 16)
# Added by the issue-16 work (questions): a number with what follows and precedes it, for
# search and ask to match against fact values. Built on numbers_with_spans only.

_MAGNITUDE_WORDS = (("万亿", 12), ("百万", 6), ("千万", 7), ("万", 4), ("亿", 8),
                    ("thousand", 3), ("million", 6), ("billion", 9), ("trillion", 12))
# (patterns as strings: compiled by `re` on first use, so that importing numerals, which
# every search does, costs no more than it did)
_PERCENT_AFTER = r"\s*(?:%|％|[Pp]ercent\b|[Pp]er\s+cent\b|pct\b)"
_OVER_AFTER = r"\s*(?:多|余|来|\+|-?plus\b|odd\b)"
_BEFORE = (r"(?:近|将近|接近|约|大约|超过|逾|nearly\s+|about\s+|around\s+|almost\s+|"
           r"over\s+|more\s+than\s+|some\s+|roughly\s+)$")


_DECIMAL_MAGNITUDE = rf"({_NUMERAL}+点[{''.join(_DIGITS)}]+)(?=万亿|亿|万)"


def _decimal_magnitudes(text: str) -> List[Number]:
    """九点五八亿 as 9.58 before its 亿, where numbers_with_spans reads single characters
    (a decimal with a magnitude); empty when the text has none."""
    if "点" not in text or not re.search(_DECIMAL_MAGNITUDE, text):
        return []
    found: List[Number] = []
    position = 0
    for match in re.finditer(_DECIMAL_MAGNITUDE, text):
        found += [Number(n.value, n.start + position, n.end + position)
                  for n in numbers_with_spans(text[position:match.start()])]
        value = parse_chinese_numeral(match.group(1))
        if value is not None:
            found.append(Number(value, match.start(), match.end()))
        position = match.end()
    found += [Number(n.value, n.start + position, n.end + position)
              for n in numbers_with_spans(text[position:])]
    return found


class Quantity(NamedTuple):
    """A number in text with its magnitude and what follows: `value` as written, `scaled`
    with its magnitude (8.92万 → 89200), `unit` the longest of `units` that follows
    (万吨 after 8.92 → 吨 after 8.92万), `percent` for 5%, 百分之五, 七成, and `rough` where
    the text says it is not exact (近90, 180多, about 20)."""

    value: Decimal
    scaled: Decimal
    unit: str
    percent: bool
    rough: bool
    start: int
    end: int


def quantities_with_spans(text: str, units: Any = (),
                          unit_words: Optional[Dict[str, str]] = None) -> List[Quantity]:
    """Every number of the text as a quantity. `units` is the set of unit symbols to read
    after a number (longest first); `unit_words` maps words (tonnes, people) to symbols."""
    found: List[Quantity] = []
    symbols = sorted((unit for unit in units if unit), key=len, reverse=True)
    for number in _decimal_magnitudes(text) or numbers_with_spans(text):
        if found and number.start < found[-1].end:
            continue  # the 万 of 8.92万: read as the magnitude of the number before it
        end = number.end
        phrase = text[number.start:number.end]
        scaled = number.value
        rest = text[end:]
        spaces = len(rest) - len(rest.lstrip())
        for word, power in _MAGNITUDE_WORDS:
            if rest.lstrip().lower().startswith(word) and not phrase.endswith(word[-1]):
                scaled = number.value.scaleb(power)
                end += spaces + len(word)
                break
        percent = phrase.startswith("百分之") or phrase.endswith("成") or \
            bool(re.compile(_PERCENT_AFTER).match(text, end))
        over = re.compile(_OVER_AFTER).match(text, end)
        rough = bool(over) or bool(re.search(_BEFORE, text[:number.start]))
        after = text[over.end() if over else end:].lstrip()
        unit = "%" if percent else ""
        if not unit:
            unit = next((symbol for symbol in symbols if after.startswith(symbol)), "")
        if not unit and unit_words:
            letters = re.match(r"[A-Za-z]+", after)
            unit = unit_words.get(letters.group().lower(), "") if letters else ""
        found.append(Quantity(number.value, scaled, unit, percent, rough, number.start, end))
    return found
