"""One period grammar: each case of one table is tried in a fact file and as --period."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Optional, Tuple

import pytest

from jzfacts.base.periods import BACKWARDS, MALFORMED, NO_SUCH_DATE, OVERLAP, bounds, compact

# (as written, canonical spelling, first day, last day) for a period; (as written, why not)
# for what is none.
GOOD = [
    ("2022", "2022", "2022-01-01", "2022-12-31"),
    ("2023-01", "2023-01", "2023-01-01", "2023-01-31"),
    ("2024-02", "2024-02", "2024-02-01", "2024-02-29"),
    ("2023-01-12", "2023-01-12", "2023-01-12", "2023-01-12"),
    ("2013–2022", "2013–2022", "2013-01-01", "2022-12-31"),
    ("2013-2022", "2013–2022", "2013-01-01", "2022-12-31"),
    ("2013—2022", "2013–2022", "2013-01-01", "2022-12-31"),
    ("2013--2022", "2013–2022", "2013-01-01", "2022-12-31"),
    ("2013/2022", "2013–2022", "2013-01-01", "2022-12-31"),
    ("2013 – 2022", "2013–2022", "2013-01-01", "2022-12-31"),
    ("2023-01-12–2023-01-28", "2023-01-12–2023-01-28", "2023-01-12", "2023-01-28"),
    ("2023-01-12-2023-01-20", "2023-01-12–2023-01-20", "2023-01-12", "2023-01-20"),
    ("2023-01-12–01-28", "2023-01-12–2023-01-28", "2023-01-12", "2023-01-28"),
    ("2022-11–2023-02", "2022-11–2023-02", "2022-11-01", "2023-02-28"),
    ("2022-11-2023-02", "2022-11–2023-02", "2022-11-01", "2023-02-28"),
    ("2023-01–03", "2023-01–2023-03", "2023-01-01", "2023-03-31"),
    ("2022-12–2023", "2022-12–2023", "2022-12-01", "2023-12-31"),
    (" 2022 ", "2022", "2022-01-01", "2022-12-31"),
]
BAD = [
    ("22", MALFORMED),
    ("2022年", MALFORMED),
    ("2022-1", MALFORMED),
    ("2013–22", MALFORMED),
    ("2023-01-12-01-28", MALFORMED),  # a hyphen joins whole parts only
    ("2013–2017–2022", MALFORMED),
    ("2022-13", NO_SUCH_DATE),
    ("2023-02-29", NO_SUCH_DATE),
    ("2023-02-30–2023-03", NO_SUCH_DATE),
    ("0000", NO_SUCH_DATE),
    ("2022–2013", BACKWARDS),
    ("2023-01-28-2023-01-12", BACKWARDS),
    ("2023-01-12–2023-01", OVERLAP),  # the case: refused, as below
    ("2022–2022-03", OVERLAP),  # accepted before: the same rule now refuses both
    ("2022–2022", OVERLAP),
]

FACT = """[[source]]
id = "s"
title = "T"

[[fact]]
id = "a.b"
label = "某数"
label_en = "A number"
value = 5
unit = "家"
approx = "exact"
period = "{period}"
category = "finance"
section = "S"
quote = "有5家"
source = "s"
"""


def fact_file(tmp_path: Path, period: str) -> Path:
    path = tmp_path / "facts.toml"
    path.write_text(FACT.format(period=period), encoding="utf-8")
    return path


def day(text: str) -> date:
    return date.fromisoformat(text)


@pytest.mark.parametrize("written, canonical, first, last", GOOD, ids=[c[0] for c in GOOD])
def test_a_period_reads_the_same_in_a_fact_file_and_as_period(
        run, tmp_path: Path, written: str, canonical: str, first: str, last: str) -> None:  # type: ignore[no-untyped-def]
    assert bounds(written) == (day(first), day(last))
    path = fact_file(tmp_path, written)
    checked = run("validate", str(path), facts=None)
    assert checked.exit_code == 0, checked.stdout
    shown = run("show", "a.b", "--json", facts=path)
    assert json.loads(shown.stdout)[0]["period"] == canonical  # kept as one spelling
    # --period takes the same text and finds the fact; the days just outside do not
    assert run("list", "--period", written, "--fields", "id", facts=path).stdout == "id\na.b\n"
    for outside in (day(first) - timedelta(days=1), day(last) + timedelta(days=1)):
        missed = run("list", "--period", outside.isoformat(), "--fields", "id", facts=path)
        assert missed.exit_code == 1, outside
    # what a table shows (2023-01-12–01-28) is a period too, read back to the same days
    assert bounds(compact(canonical)) == (day(first), day(last))


@pytest.mark.parametrize("written, why", BAD, ids=[c[0] for c in BAD])
def test_what_is_no_period_is_refused_in_both_with_one_reason(
        run, tmp_path: Path, written: str, why: str) -> None:  # type: ignore[no-untyped-def]
    path = fact_file(tmp_path, written)
    checked = run("validate", str(path), "--json", facts=None)
    assert checked.exit_code == 2
    (problem,) = json.loads(checked.stdout)["problems"]
    assert (problem["field"], problem["message"]) == ("period", f"{written!r}: {why}")
    asked = run("list", "--period", written)
    assert asked.exit_code == 2
    assert asked.stderr == f"jzfacts: --period {written!r} is no period: {why}\n"


def test_the_shipped_periods_are_canonical() -> None:
    from jzfacts.base.factbase import shipped_path
    from jzfacts.search.loaded import load

    periods = {fact.period for fact in load(shipped_path()).facts if fact.period}
    assert periods and all(bounds(period) for period in periods)
    assert "2013–2022" in periods and "2023-01-12–2023-01-28" in periods


def overlap_cases() -> Tuple[Tuple[str, Optional[str], bool], ...]:
    return (("2022", "2013–2022", True), ("2023-01-15", "2023-01-12–2023-01-28", True),
            ("2023-01-29", "2023-01-12–2023-01-28", False), ("2022-05", "2022", True),
            ("2021", None, False))


@pytest.mark.parametrize("wanted, period, found", overlap_cases())
def test_period_filter_is_overlap(wanted: str, period: Optional[str], found: bool) -> None:
    from jzfacts.base.periods import overlaps

    assert overlaps(period, wanted) is found
