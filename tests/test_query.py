from __future__ import annotations

from typing import List

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jzfacts.base.compare import compare, stats
from jzfacts.base.errors import FactNotFound, IncomparableFacts, UsageError
from jzfacts.base.factbase import shipped_path
from jzfacts.base.query import filter_facts, get_facts, period_matches, sort_facts
from jzfacts.search.hits import parse_number_query, search
from jzfacts.search.loaded import load

FACTS = load(shipped_path()).facts


def ids(query: str, **options: object) -> List[str]:
    return [hit.fact.id for hit in search(FACTS, query, **options)]  # type: ignore[arg-type]


@pytest.mark.parametrize("query, first", [
    ("瞪羚", "enterprises.gazelle"),
    ("高新技术企业", "enterprises.high-tech"),
    ("enterprises.high-tech", "enterprises.high-tech"),
    ("High-tech enterprises", "enterprises.high-tech"),
    ("high tech", "enterprises.high-tech"),
    ("gazelle", "enterprises.gazelle"),
    ("gazele", "enterprises.gazelle"),           # a typo: respelled
    ("865", "enterprises.tech-sme"),
    ("21.3", "transfer.contracts"),
    ("21.3亿", "transfer.contracts"),
    ("21.3亿元", "transfer.contracts"),
    ("2130000000", "transfer.contracts"),
    ("2,130,000,000", "transfer.contracts"),
    ("99.4%", "mechanisation.rice"),
    ("8.92万吨", "port.ship-dwt"),
    ("89200吨", "port.ship-dwt"),
    ("dengling", "enterprises.gazelle"),         # pinyin, full syllables
    ("deng ling", "enterprises.gazelle"),
    ("gxjsqy", "enterprises.high-tech"),         # pinyin initials
    ("yinhang", "loans.agri"),                   # 行 read hang, not xing
])
def test_search_ranks_the_expected_fact_first(query: str, first: str) -> None:
    assert ids(query)[0] == first


@pytest.mark.parametrize("query, prefix", [("container", "port.ship-"), ("Cuiyan", "market."),
                                           ("凌海大集", "market."), ("firms", "enterprises."),
                                           # the US spelling, stemmed, as the UK one
                                           ("mechanization", "mechanisation.")])
def test_words_many_facts_share_reach_those_facts_first(query: str, prefix: str) -> None:
    """Several facts hold the word alike: BM25 orders them (shorter texts first), and they
    all come before anything else."""
    found = ids(query)
    holders = [fact_id for fact_id in found if fact_id.startswith(prefix)]
    assert len(holders) >= 2 and found[:len(holders)] == holders, found


@pytest.mark.parametrize("query", ["rencai", "ren cai", "rc", "人才"])
def test_talent_queries_reach_talent(query: str) -> None:
    found = ids(query)
    assert found and all(fact_id.startswith("talent.") for fact_id in found), found


def test_exact_matches_rank_above_field_matches() -> None:
    hits = search(FACTS, "瞪羚企业")
    assert hits[0].fact.id == "enterprises.gazelle" and hits[0].score == 100


def test_short_ascii_queries_match_at_word_starts_only() -> None:
    # 'rc' is inside 'research' and 'merchants' but must only reach 人才 (by pinyin initials)
    assert all(hit.field.endswith("(pinyin initials)") for hit in search(FACTS, "rc"))


def test_regex_search() -> None:
    assert ids("^enterprises\\.(gazelle|high-tech)$", regex=True) == [
        "enterprises.gazelle", "enterprises.high-tech"]
    with pytest.raises(UsageError, match="invalid regular expression"):
        search(FACTS, "(", regex=True)


@pytest.mark.parametrize("query", ["", "   ", "x" * 1001])
def test_bad_queries_are_usage_errors(query: str) -> None:
    with pytest.raises(UsageError):
        search(FACTS, query)


def test_nothing_found() -> None:
    assert search(FACTS, "zzzqqq") == []


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=40))
def test_search_only_raises_documented_errors(query: str) -> None:
    for regex in (False, True):
        try:
            hits = search(FACTS, query, regex=regex)
        except UsageError as error:
            assert str(error)  # a usage error says what is wrong
            continue
        assert [hit.order for hit in hits] == sorted(hit.order for hit in hits)
        assert [hit.score for hit in hits] == sorted((hit.score for hit in hits), reverse=True)
        assert len({hit.fact.id for hit in hits}) == len(hits)  # each fact at most once
        assert all(hit.fact in FACTS and hit.score >= 0 and hit.field for hit in hits)


def test_number_query_parsing() -> None:
    """One number reader (numerals.py): a magnitude before a unit is folded into the
    number, Chinese numerals and full-width digits read as Arabic ones."""
    from decimal import Decimal

    parsed = parse_number_query("21.3亿元")
    assert parsed is not None and (parsed.stated, parsed.unit) == (Decimal("2.13E+9"), "元")
    assert parse_number_query("九十九点四") == (Decimal("99.4"), None, "")
    assert parse_number_query("９９．４％") == (Decimal("99.4"), None, "%")
    assert parse_number_query("89,200 tonnes") == (Decimal(89200), None, "吨")
    for not_one_number in ("近千", "gazelle", "1,88", "21.3 and 4", "十年来"):
        assert parse_number_query(not_one_number) is None, not_one_number


@pytest.mark.parametrize("query, first", [
    ("九十九点四", "mechanisation.rice"),       # search read it as nothing before
    ("百分之九十三点九五", "mechanisation.corn"),
    ("８６５", "enterprises.tech-sme"),
    ("二十一点三亿元", "transfer.contracts"),
    ("89,200 tonnes", "port.ship-dwt"),
])
def test_numbers_are_read_by_the_one_reader(query: str, first: str) -> None:
    assert ids(query)[0] == first


def test_a_malformed_number_is_no_number() -> None:
    # "1,88" is no thousands-grouped number: never 188
    assert "enterprises.high-tech" not in ids("1,88")[:1]


def test_filters() -> None:
    assert {f.id for f in filter_facts(FACTS, category="talent")} == {
        "talent.state-council", "talent.changjiang", "talent.provincial-experts",
        "talent.bqw-hundred", "talent.bqw-thousand"}
    assert [f.id for f in filter_facts(FACTS, unit="亿元", approx="over")] == ["shuangwu.revenue"]
    assert filter_facts(FACTS, tag="GAZELLE")[0].id == "enterprises.gazelle"
    for bad in ({"category": "sport"}, {"unit": "pcs"}, {"tag": "nope"}, {"approx": "x"}):
        with pytest.raises(UsageError, match="known"):
            filter_facts(FACTS, **bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("period, wanted, expected", [
    ("2022", "2022", True), ("2013–2022", "2022", True), ("2013–2022", "2012", False),
    ("2023-01-12", "2023-01", True), ("2023-01-12", "2023", True), ("2013–2022", "2013-2022", True),
    ("2023-01-12–2023-01-28", "2023-01", True), (None, "2022", False), ("2022", "202", False),
])
def test_period_matching(period: str, wanted: str, expected: bool) -> None:
    assert period_matches(period, wanted) is expected


def test_sort_by_value_uses_normalized_values() -> None:
    money = sort_facts(filter_facts(FACTS, unit="亿元"), "value")
    assert [f.id for f in money] == ["transfer.contracts", "loans.agri", "shuangwu.revenue"]


def test_get_facts_suggests() -> None:
    with pytest.raises(FactNotFound) as caught:
        get_facts(FACTS, ["enterprises.hightech"])
    assert "enterprises.high-tech" in caught.value.suggestions


def test_compare_counts() -> None:
    result = compare(get_facts(FACTS, ["enterprises.high-tech", "enterprises.gazelle"]))
    assert [(r.normalized, r.difference, r.ratio, r.share) for r in result.rows] == [
        (188, 0, 1.0, round(188 / 214, 4)), (26, -162, round(26 / 188, 4), round(26 / 214, 4))]
    assert result.difference_unit == "家" and not result.approximate


def test_compare_percentages_in_percentage_points() -> None:
    result = compare(get_facts(FACTS, ["mechanisation.rice", "mechanisation.corn"]))
    assert result.difference_unit == "百分点"
    assert result.rows[1].difference == -5.45 and result.rows[1].share is None


def test_compare_money_on_base_units() -> None:
    result = compare(get_facts(FACTS, ["transfer.contracts", "loans.agri"]))
    assert result.unit == "元" and result.rows[1].difference == -1172000000


def test_compare_marks_approximate() -> None:
    result = compare(get_facts(FACTS, ["market.exhibitors", "enterprises.gazelle"]))
    assert result.approximate


def test_compare_years_gives_differences_only() -> None:
    result = compare(get_facts(FACTS, ["mechanisation.heishan-year", "mechanisation.linghai-year"]))
    assert result.rows[1].difference == 3 and result.rows[1].ratio is None
    assert result.rows[1].share is None


@pytest.mark.parametrize("pair, message", [
    (["port.ship-dwt", "port.ship-teu"], "measure different things"),
    (["enterprises.high-tech", "talent.changjiang"], "measure different things"),
    (["mechanisation.heishan-year", "tech.intl-leading"], "measure different things"),
    (["port.berth", "port.ship-teu"], "is an identifier"),
    (["mechanisation.batch", "festival.edition"], "is an ordinal"),
])
def test_compare_refuses_different_dimensions(pair: List[str], message: str) -> None:
    with pytest.raises(IncomparableFacts, match=message):
        compare(get_facts(FACTS, pair))


def test_compare_needs_two_different_facts() -> None:
    with pytest.raises(UsageError, match="at least two"):
        compare(get_facts(FACTS, ["loans.agri"]))
    with pytest.raises(UsageError, match="more than once"):
        compare(get_facts(FACTS, ["loans.agri", "loans.agri"]))


def test_stats_counts_every_fact() -> None:
    result = stats(FACTS)
    for counts in result.groups.values():
        assert sum(counts.values()) == result.total == len(FACTS)
