"""Periods: one grammar for fact files and --period.

A period is a year, a month or a day in ISO 8601 (2022, 2023-01, 2023-01-12), or a range of
two of them joined by a dash: an en dash (the canonical spelling, 2013–2022), an em dash,
`--` or `/` (ISO 8601's interval marks), or a plain hyphen. A hyphen is never ambiguous:
every part begins with a four-digit year, so in 2023-01-12-2023-01-28 only the hyphen before
2023 can join two parts. After an en dash, em dash, `--` or `/`, the end may leave out what
it shares with the start, as ISO 8601 and the tables do (2023-01-12–01-28, 2023-01–03).

A range must run forwards, and its end must begin after its start ends: 2022–2022-03 and
2023-01-12–2023-01 are refused (write 2022-01–2022-03, 2023-01-12–2023-01-31).

One reading serves the validator (is it a real date, does the range run forwards?), the
loader (every period is kept in its canonical spelling) and the --period filter (does the
fact's period share a day with the one asked for?)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple, Optional, Tuple, Union

from .patterns import compiled

if TYPE_CHECKING:
    from datetime import date

DASH = "–"  # en dash, as in 2013–2022
#: The words before a time a figure is compared with (比去年提高, 较去年同期, 与2021年相比):
#: the base of a change, not the figure's period (a draft's labels, a question's change).
COMPARED_WITH = "比较与同和跟"
# The marks that join a range besides a hyphen, longest first ("--" before a hyphen).
_JOINS = ("–", "—", "--", "/")
# Patterns as strings: `re` compiles and caches them on first use, off the start-up path.
_PART = r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?"
_SHORT = r"(\d{2})(?:-(\d{2}))?"  # an end without its year: 01-28, 03
_HYPHEN_RANGE = r"(\d{4}(?:-\d{2}){0,2})\s*-\s*(\d{4}(?:-\d{2}){0,2})"

MALFORMED = ("must be a year, year-month or date (2022, 2023-01, 2023-01-12), or two of "
             "them joined by a dash (2013–2022, 2023-01-12–2023-01-28)")
NO_SUCH_DATE = "names a month or day that does not exist"
BACKWARDS = "the range runs backwards: give the earlier end first"
OVERLAP = ("the range's ends overlap: the end must begin after the start ends (write "
           "2023-01-12–2023-01-31, not 2023-01-12–2023-01)")


class Period(NamedTuple):
    """A period read: its canonical spelling and the first and last day it covers."""

    text: str
    first: date
    last: date


class _Bad(NamedTuple):
    why: str


def _part(text: str) -> Union[Tuple[date, date], _Bad]:
    """The first and last day of a year, month or day."""
    import calendar
    from datetime import date

    match = compiled(_PART).fullmatch(text)
    if not match:
        return _Bad(MALFORMED)
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) else None
    day = int(match.group(3)) if match.group(3) else None
    if year < 1 or (month is not None and not 1 <= month <= 12):
        return _Bad(NO_SUCH_DATE)
    if month is None:
        return date(year, 1, 1), date(year, 12, 31)
    last = calendar.monthrange(year, month)[1]
    if day is None:
        return date(year, month, 1), date(year, month, last)
    if not 1 <= day <= last:
        return _Bad(NO_SUCH_DATE)
    return date(year, month, day), date(year, month, day)


def _split(text: str) -> Optional[Tuple[str, str]]:
    """A range's two ends as written (a shortened end made whole), or None for one part."""
    for join in _JOINS:
        if join in text:
            start, _, end = text.partition(join)
            start, end = start.strip(), end.strip()
            short = compiled(_SHORT).fullmatch(end)
            if short and re.fullmatch(_PART, start) and (start.count("-") == end.count("-") + 1):
                end = start[:len(start) - len(end)] + end  # 2023-01-12–01-28: the year
            return start, end
    hyphen = compiled(_HYPHEN_RANGE).fullmatch(text)
    if hyphen:
        return hyphen.group(1), hyphen.group(2)
    return None


@lru_cache(maxsize=1024)  # a large file repeats few periods many times
def read(text: str) -> Union[Period, _Bad]:
    """A period read, or why it is not one."""
    text = text.strip()
    ends = _split(text)
    if ends is None:
        single = _part(text)
        if isinstance(single, _Bad):
            return single
        return Period(text, *single)
    start, end = (_part(end) for end in ends)
    if isinstance(start, _Bad) or isinstance(end, _Bad):
        whys = {part.why for part in (start, end) if isinstance(part, _Bad)}
        return _Bad(NO_SUCH_DATE if NO_SUCH_DATE in whys else MALFORMED)
    if end[1] < start[0]:
        return _Bad(BACKWARDS)
    if end[0] <= start[1]:
        return _Bad(OVERLAP)
    return Period(f"{ends[0]}{DASH}{ends[1]}", start[0], end[1])


def bounds(period: str) -> Optional[Tuple[date, date]]:
    """The first and last day a period covers, or None when it is no period."""
    found = read(period)
    return None if isinstance(found, _Bad) else (found.first, found.last)


def problem(period: str) -> Optional[str]:
    """Why a period is not valid, or None."""
    found = read(period)
    return found.why if isinstance(found, _Bad) else None


def canonical(period: str) -> str:
    """A period in its canonical spelling (2013-2022 → 2013–2022); as given if invalid."""
    found = read(period)
    return period if isinstance(found, _Bad) else found.text


def overlaps(period: Optional[str], wanted: str) -> bool:
    """Whether a fact's period shares a day with the wanted one: 2022 matches 2013–2022 and
    2022-05; 2023-01-15 matches 2023-01 and 2023-01-12–2023-01-28."""
    if period is None:
        return False
    have, want = bounds(period), bounds(wanted)
    if have is None or want is None:
        return False
    return have[0] <= want[1] and want[0] <= have[1]


def compact(period: str) -> str:
    """A range as ISO 8601 shortens it, the end without what it shares with the start:
    2023-01-12–2023-01-28 → 2023-01-12–01-28 (tables, where every cell counts; --period
    reads it back)."""
    start, dash, end = period.partition(DASH)
    if dash and len(start) == len(end) > 4 and start[:5] == end[:5]:
        return f"{start}{DASH}{end[5:]}"
    return period
