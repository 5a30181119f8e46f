"""The fact base against the page itself: every quote verbatim, every figure covered."""

from __future__ import annotations

import re
from decimal import Decimal
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
    "1月12日(农历腊月二十一)": ("the market's opening day, and the same day in the lunar "
                          "calendar (腊月二十一)", "market.age"),
}

# Figures written in Chinese numerals that are facts: each must stand in some quote.
CHINESE_FIGURES = ["第七批", "第三届", "百年历史", "百年凌海", "十余公里", "上百个品牌",
                   "近千种"]

# Chinese numerals on the page that are not figures (names, idioms, words that merely hold
# a numeral character, dates), each with why. Every numeral the page holds must be a fact's
# figure, in a fact's period, or stand in one of these.
CHINESE_NOT_FIGURES = {
    "六个牢牢把握": "the report's name for its six priorities (a slogan)",
    "进一步": "'further': a word, not a count",
    "新一代": "'new generation': a word, not a count",
    "百千万人才工程": "the name of a talent programme",
    "百人层次": "the name of the programme's hundred-person tier (its count is 24)",
    "千人层次": "the name of the programme's thousand-person tier (its count is 72)",
    "第一资源": "'the first resource': a slogan",
    "十年来": "'over the past ten years': the period 2013–2022 of the decade's facts",
    "一批省级创新平台": "'a number of': a word, not a count",
    "最后一公里": "an idiom ('the last kilometre')",
    "“双五”": "a name; its two thresholds are the facts shuangwu.*",
    "四两拨千斤": "an idiom",
    "七里河": "a place name (Qilihe)",
    "下一步": "'next step': a word",
    "辽播四海商": "the festival's slogan",
    "零售企业": "'retail' (零售): a word",
    "“三农”": "'the three rural issues': a term",
    "百姓": "'the common people': a word",
    "六六八八席": "the name of a banquet",
    "凌鲜四海": "a brand name",
    "十足": "'full of': a word",
    "一场丰富的文化盛宴": "'a (feast)': a word, not a count",
    "一条高效便捷": "'a (channel)': a word, not a count",
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


def quote_spans(text: str, facts) -> List[Tuple[int, int, object, Optional[Tuple[int, int]]]]:  # type: ignore[no-untyped-def]
    """Where each fact's quotes stand on the page, with the fact and where on the page its
    figure stands in that quote (model.figure_span: the 5 of 5%, not of 5亿元)."""
    from jzfacts.model import figure_span

    spans = []
    for fact in facts:
        for quote in [fact.quote] + [r.quote for r in fact.repeats]:
            figure = figure_span(fact._replace(quote=compact(quote)))
            for start, end in covered_spans(text, [compact(quote)]):
                spans.append((start, end, fact, figure and (start + figure[0],
                                                            start + figure[1])))
    return spans


def _in_period(number: Decimal, fact) -> bool:  # type: ignore[no-untyped-def]
    """A year the quote states that is the fact's period, or in it (2022年 → 2022)."""
    whole = number == number.to_integral_value() and len(str(int(number))) == 4
    return whole and str(int(number)) in (fact.period or "")


def unexplained(page: str, facts) -> List[Tuple[str, str]]:  # type: ignore[no-untyped-def]
    """Every number on the page (read as a whole phrase, in either script) that is neither
    the value of a fact whose quote holds it, nor in such a fact's period, nor inside a
    listed exclusion: (number, the words around it)."""
    from jzfacts.numerals import numbers_with_spans
    from jzfacts.units import to_decimal

    quotes = quote_spans(page, facts)
    excluded = covered_spans(page, list(NOT_FACTS) + list(CHINESE_NOT_FIGURES))
    found = []
    for number in numbers_with_spans(page):
        start, end = number.start, number.end
        if page[start] in "万亿" and end - start == 1 and page[start - 1:start].isdigit():
            continue  # the magnitude of the Arabic number before it (9.58亿元)
        holders = [(fact, figure) for s, e, fact, figure in quotes if s <= start and end <= e]
        if any(figure == (start, end) and to_decimal(fact.value) == number.value
               or _in_period(number.value, fact) for fact, figure in holders):
            continue
        if any(s <= start and end <= e for s, e in excluded):
            continue
        found.append((page[start:end], page[max(0, start - 6):end + 6]))
    return found


def test_every_figure_on_the_page_is_a_fact_or_explained(page: str, facts) -> None:  # type: ignore[no-untyped-def]
    assert unexplained(page, facts) == []


def test_every_fact_explains_a_figure_no_other_fact_does(page: str, facts) -> None:  # type: ignore[no-untyped-def]
    """Take any one fact away and some figure on the page is left unexplained: no fact is
    redundant, and the check above would catch a missing one."""
    for index, fact in enumerate(facts):
        rest = facts[:index] + facts[index + 1:]
        assert unexplained(page, rest), f"{fact.id}: its figure is explained without it"


def test_every_exclusion_is_needed(page: str, facts) -> None:  # type: ignore[no-untyped-def]
    """An exclusion must hold a number that nothing else explains (no stale entries)."""
    from jzfacts.numerals import numbers_in

    for snippet in list(NOT_FACTS) + list(CHINESE_NOT_FIGURES):
        assert snippet in page, snippet
        assert numbers_in(snippet), f"{snippet}: holds no number"
    saved = dict(NOT_FACTS), dict(CHINESE_NOT_FIGURES)
    try:
        for table in (NOT_FACTS, CHINESE_NOT_FIGURES):
            for snippet in list(table):
                reason = table.pop(snippet)
                assert unexplained(page, facts), f"{snippet!r} is excluded for nothing"
                table[snippet] = reason
    finally:
        NOT_FACTS.clear(), NOT_FACTS.update(saved[0])
        CHINESE_NOT_FIGURES.clear(), CHINESE_NOT_FIGURES.update(saved[1])


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


def test_one_fact_per_figure_even_when_repeated(facts) -> None:  # type: ignore[no-untyped-def]
    # The summary box repeats body figures: they are `repeats` of one fact, not new facts.
    seen: Dict[Tuple[str, str], str] = {}
    for fact in facts:
        key = (fact.label, fact.period or "")
        assert key not in seen, (fact.id, seen.get(key))
        seen[key] = fact.id
    summary_box = [fact.id for fact in facts if any(r.section == "核心提示" for r in fact.repeats)]
    assert len(summary_box) == 6  # the box states six figures: 15, 2, 94, 2, 67, 865
