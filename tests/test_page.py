"""The fact base against the page itself: every quote verbatim, every figure covered."""

from __future__ import annotations

import re
from typing import Dict, List, Optional, Tuple

import pytest

from jzfacts.factbase import load, shipped_path

from .conftest import PAGE

pytestmark = pytest.mark.skipif(
    not PAGE.exists(), reason=f"the source page is not here ({PAGE}): it ships with the "
                              "repository's shared/ folder, not with the package")

# Arabic numbers on the page that are not facts, each with why. Where the number is a date
# or year that qualifies a fact, the fact is named and its period must hold the number.
NOT_FACTS: Dict[str, Tuple[str, Optional[str]]] = {
    "瞄准“6+1”主导产业": ("the name of the city's '6+1' leading-industry scheme", None),
    "2022年,锦州市科技局": ("the year of the incubator drive, as in the 2022年度 list",
                          "incubators.new"),
    "2022年度新认定": ("the year of the provincial list the four carriers are on",
                     "incubators.new"),
    "“2023锦州网上年货节”开幕": ("the year in the festival's name (a headline)",
                            "festival.edition"),
    "1月12日,记者获悉": ("the date the festival was reported open", "festival.edition"),
    "持续到1月28日结束": ("the date the festival ends", "festival.edition"),
    "1月12日(农历腊月二十一)": ("the market's opening day", "market.age"),
}

# Figures written in Chinese numerals that are facts: each must stand in some quote.
CHINESE_FIGURES = ["第七批", "第三届", "百年历史", "百年凌海", "十余公里", "上百个品牌",
                   "近千种"]

# Chinese numerals on the page that are not figures: names, idioms and dates.
CHINESE_NOT_FIGURES = {
    "六个牢牢把握": "the report's name for its six priorities (a slogan)",
    "百千万人才工程": "the name of a talent programme",
    "四两拨千斤": "an idiom",
    "最后一公里": "an idiom ('the last kilometre')",
    "腊月二十一": "a lunar date, the market's opening day (market.age's period)",
    "“双五”": "a name; its two thresholds are the facts shuangwu.*",
}


def compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def page() -> str:
    return compact(PAGE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def facts():  # type: ignore[no-untyped-def]
    return load(shipped_path()).facts


def all_quotes(facts) -> List[str]:  # type: ignore[no-untyped-def]
    return [compact(q) for fact in facts for q in [fact.quote] + [r.quote for r in fact.repeats]]


def covered_spans(text: str, snippets: List[str]) -> List[Tuple[int, int]]:
    spans = []
    for snippet in snippets:
        spans += [(m.start(), m.start() + len(snippet))
                  for m in re.finditer(re.escape(snippet), text)]
    return spans


def test_every_quote_is_verbatim_on_the_page(page: str, facts) -> None:  # type: ignore[no-untyped-def]
    missing = [(fact.id, q) for fact in facts
               for q in [fact.quote] + [r.quote for r in fact.repeats]
               if compact(q) not in page]
    assert missing == []


def test_every_section_is_a_heading_of_the_page(facts) -> None:  # type: ignore[no-untyped-def]
    lines = [line.strip() for line in PAGE.read_text(encoding="utf-8").splitlines()]
    sections = {s for fact in facts for s in [fact.section] + [r.section for r in fact.repeats]}
    for section in sections:
        assert any(line == section or line.startswith(section + " ") for line in lines), section


def test_every_arabic_figure_on_the_page_is_covered(page: str, facts) -> None:  # type: ignore[no-untyped-def]
    spans = covered_spans(page, all_quotes(facts)) + covered_spans(page, list(NOT_FACTS))
    uncovered = [(m.group(), page[max(0, m.start() - 8):m.end() + 8])
                 for m in re.finditer(r"\d+(?:\.\d+)?", page)
                 if not any(start <= m.start() and m.end() <= end for start, end in spans)]
    assert uncovered == []


def test_not_facts_stand_on_the_page_and_name_their_fact(page: str, facts) -> None:  # type: ignore[no-untyped-def]
    by_id = {fact.id: fact for fact in facts}
    for snippet, (reason, fact_id) in NOT_FACTS.items():
        assert snippet in page, snippet
        assert reason
        if fact_id is not None:
            number = re.search(r"\d+", snippet).group()  # type: ignore[union-attr]
            period = by_id[fact_id].period or ""
            # a year stands in the period as itself; a month-day date as -MM-DD
            month_day = re.search(r"(\d+)月(\d+)日", snippet)
            expected = (f"-{int(month_day.group(1)):02d}-{int(month_day.group(2)):02d}"
                        if month_day else number)
            assert expected in period, (snippet, period)


def test_chinese_numeral_figures_are_covered(page: str, facts) -> None:  # type: ignore[no-untyped-def]
    spans = covered_spans(page, all_quotes(facts))
    for figure in CHINESE_FIGURES:
        found = covered_spans(page, [figure])
        assert found, f"{figure} is not on the page"
        for start, end in found:
            assert any(s <= start and end <= e for s, e in spans), f"{figure} not in a quote"


def test_chinese_numerals_that_are_not_figures_are_on_the_page(page: str) -> None:
    for phrase in CHINESE_NOT_FIGURES:
        assert phrase in page, phrase


def test_one_fact_per_figure_even_when_repeated(facts) -> None:  # type: ignore[no-untyped-def]
    # The summary box repeats body figures: they are `repeats` of one fact, not new facts.
    seen: Dict[Tuple[str, str], str] = {}
    for fact in facts:
        key = (fact.label, fact.period or "")
        assert key not in seen, (fact.id, seen.get(key))
        seen[key] = fact.id
    summary_box = [fact.id for fact in facts if any(r.section == "核心提示" for r in fact.repeats)]
    assert len(summary_box) == 6  # the box states six figures: 15, 2, 94, 2, 67, 865
