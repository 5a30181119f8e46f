"""Periods: a year, a month, a day, or a range of two joined by an en dash (2013–2022).

One reading of a period serves both the validator (is it a real date, does the range run
forwards?) and the --period filter (does the fact's period overlap the one asked for?)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Optional, Tuple

if TYPE_CHECKING:
    from datetime import date

_PART = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
DASH = "–"  # en dash, as in 2013–2022


def _part_bounds(text: str) -> Optional[Tuple[date, date]]:
    """The first and last day of a year, month or day; None if it is no real date."""
    import calendar
    from datetime import date

    match = _PART.fullmatch(text)
    if not match:
        return None
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) else None
    day = int(match.group(3)) if match.group(3) else None
    if year < 1 or (month is not None and not 1 <= month <= 12):
        return None
    if month is None:
        return date(year, 1, 1), date(year, 12, 31)
    last = calendar.monthrange(year, month)[1]
    if day is None:
        return date(year, month, 1), date(year, month, last)
    if not 1 <= day <= last:
        return None
    return date(year, month, day), date(year, month, day)


def bounds(period: str) -> Optional[Tuple[date, date]]:
    """The first and last day a period covers, or None when it is malformed, names a date
    that does not exist (2022-13, 2023-02-30) or runs backwards (2022–2013)."""
    start_text, dash, end_text = period.partition(DASH)
    start = _part_bounds(start_text)
    if start is None:
        return None
    if not dash:
        return start
    end = _part_bounds(end_text)
    if end is None or end[0] < start[0]:
        return None
    return start[0], end[1]


@lru_cache(maxsize=1024)  # a large file repeats few periods many times
def problem(period: str) -> Optional[str]:
    """Why a period is not valid, or None."""
    if bounds(period) is not None:
        return None
    start_text, dash, end_text = period.partition(DASH)
    if dash and _part_bounds(start_text) and _part_bounds(end_text):
        return "the range runs backwards: give the earlier end first"
    if all(_PART.fullmatch(part) for part in period.split(DASH)) and period.count(DASH) < 2:
        return "names a month or day that does not exist"
    return ("must be a year, year-month or date (2022, 2023-01, 2023-01-12), or two joined "
            "by an en dash (2013–2022)")


def normalize_wanted(wanted: str) -> str:
    """What a user typed for --period in the file's own spelling: 2013-2022, 2013--2022
    and 2013/2022 become 2013–2022."""
    wanted = wanted.strip().replace("--", DASH).replace("/", DASH)
    if re.fullmatch(r"\d{4}-\d{4}", wanted):
        wanted = wanted.replace("-", DASH)
    return wanted


def overlaps(period: Optional[str], wanted: str) -> bool:
    """Whether a fact's period shares a day with the wanted one: 2022 matches 2013–2022 and
    2022-05; 2023-01-15 matches 2023-01 and 2023-01-12–2023-01-28."""
    if period is None:
        return False
    have, want = bounds(period), bounds(normalize_wanted(wanted))
    if have is None or want is None:
        return False
    return have[0] <= want[1] and want[0] <= have[1]


def compact(period: str) -> str:
    """A range as ISO 8601 shortens it, the end without what it shares with the start:
    2023-01-12–2023-01-28 → 2023-01-12–01-28 (tables, where every cell counts)."""
    start, dash, end = period.partition(DASH)
    if dash and len(start) == len(end) > 4 and start[:5] == end[:5]:
        return f"{start}{DASH}{end[5:]}"
    return period
