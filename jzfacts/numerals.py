"""Numbers in text: Arabic (21.3) and Chinese numerals (十余, 近千, 二十一, 第七)."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Optional, Set

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
           "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL = {"十": 10, "百": 100, "千": 1000}
_LARGE = {"万": 10**4, "亿": 10**8}
CHINESE_NUMERAL_CHARS = "".join(_DIGITS) + "".join(_SMALL) + "".join(_LARGE)

_ARABIC = r"\d+(?:\.\d+)?"
_CHINESE_RUN = f"[{CHINESE_NUMERAL_CHARS}]+"


def parse_chinese_numeral(text: str) -> Optional[int]:
    """二十一 → 21, 十 → 10, 千 → 1000, 三万五千 → 35000; None if not a well-formed numeral."""
    if not text:
        return None
    if len(text) > 1 and all(ch in _DIGITS for ch in text):
        # 二〇二三: digit by digit, as years are written.
        return int("".join(str(_DIGITS[ch]) for ch in text))
    total = section = 0
    digit: Optional[int] = None
    last_small = 10**9
    last_large = 10**13
    for ch in text:
        if ch in "零〇":
            continue  # 一百零五: a zero only marks a gap
        if ch in _DIGITS:
            if digit is not None:
                return None
            digit = _DIGITS[ch]
        elif ch in _SMALL:
            unit = _SMALL[ch]
            if unit >= last_small:
                return None
            section += (1 if digit is None else digit) * unit
            digit = None
            last_small = unit
        elif ch in _LARGE:
            unit = _LARGE[ch]
            if unit >= last_large:
                return None
            section += 0 if digit is None else digit
            if section == 0:
                section = 1
            total += section * unit
            section, digit, last_small, last_large = 0, None, 10**9, unit
        else:
            return None
    return total + section + (0 if digit is None else digit)


def parse_number(text: str) -> Optional[Decimal]:
    """A plain Arabic number ("21.3", "2,130") as a Decimal, or None."""
    try:
        number = Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def numbers_in(text: str) -> Set[Decimal]:
    """Every number the text states, in Arabic or Chinese numerals (近千 states 1000)."""
    found = {Decimal(match) for match in re.findall(_ARABIC, text)}
    for run in re.findall(_CHINESE_RUN, text):
        # A run may hold several numerals side by side (百千万, 四两拨千斤): try every part.
        for start in range(len(run)):
            for end in range(start + 1, len(run) + 1):
                value = parse_chinese_numeral(run[start:end])
                if value is not None:
                    found.add(Decimal(value))
    return found
