"""The SQLite index for large fact files gives the same answers as loading the file."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any, List

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jzfacts import index, store
from jzfacts.errors import FactFileError, FactNotFound
from jzfacts.factbase import load, shipped_path
from jzfacts.search import search
from jzfacts.store import open_base

from .conftest import DATA, REPO

QUERIES = ["瞪羚", "瞪羚企业", "gazelle", "gazele", "rencai", "ren cai", "rc", "gxjsqy",
           "865", "21.3", "21.3亿", "99.4%", "8.92万吨", "high tech", "High-tech enterprises",
           "enterprises.high-tech", "2022", "百年", "container", "mechanization", "yinhang",
           "zzzz", "企业", "Jinzhou port", "5%", "d", "s&t", "s&t achievements", "r*c", "a[b",
           "x?y", "(ministry", "]", "research", "dimension",
           # one or two characters: English words, or a scan where no index serves
           "r", "z", "5", "9", "s&", "5 ", "2.", "h t", "a b", "ji zhou", "港", "%", "a\"b",
           "\"hi", "高新 tech", "tech 企业",
           # numbers that only a value or a normalized value holds, not the text
           "2130000000", "958000000", "188.0",
           # pinyin whose syllables stand apart, or end in a syllable cut short
           "ji zhou", "zhongguo", "keji", "jinzh", "gaoxinj", "renc"]


def _index_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The shipped base, copied and answered through its index (this SQLite must have
    FTS5: the fixture fails, rather than skips, where it has not)."""
    monkeypatch.setattr(store, "LARGE_FILE", 0)
    path = tmp_path / "facts.toml"
    shutil.copy(shipped_path(), path)
    base = open_base(path)
    assert isinstance(base, index.IndexedBase)
    return base


@pytest.fixture
def indexed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    return _index_copy(tmp_path, monkeypatch)


@pytest.fixture(scope="module")
def indexed_once(tmp_path_factory: pytest.TempPathFactory) -> Any:
    with pytest.MonkeyPatch.context() as monkeypatch:
        yield _index_copy(tmp_path_factory.mktemp("index"), monkeypatch)


def shape(hits: List[Any]) -> List[Any]:
    return [(hit.fact, hit.score, hit.field, hit.span, hit.terms, hit.coverage)
            for hit in hits]


QUESTIONS = [line.split("\t")[0] for line in (DATA / "questions.tsv").read_text(
    encoding="utf-8").splitlines() if line and not line.startswith("#")]


@pytest.mark.parametrize("query", QUERIES + QUESTIONS)
@pytest.mark.parametrize("limit", [None, 1, 3])
def test_index_search_equals_plain_search(indexed_once: Any, query: str, limit: Any) -> None:
    """Over words and questions: the index finds candidates and statistics, search.py's
    one ranking orders them, and the answer is the answer over every fact."""
    indexed = indexed_once
    facts = load(shipped_path()).facts
    assert shape(indexed.search(query, limit=limit)) == shape(search(facts, query, limit=limit))


@pytest.mark.parametrize("pattern", ["^enterprises", "瞪羚|gazelle", "\\d{3}家"])
def test_index_regex_equals_plain_regex(indexed: Any, pattern: str) -> None:
    facts = load(shipped_path()).facts
    assert shape(indexed.search(pattern, regex=True)) == shape(search(facts, pattern,
                                                                      regex=True))


def test_index_lookups(indexed: Any) -> None:
    base = load(shipped_path())
    assert indexed.facts == base.facts
    assert indexed.sources == base.sources
    assert indexed.get_facts(["loans.agri", "port.berth"]) == base.get_facts(
        ["loans.agri", "port.berth"])
    with pytest.raises(FactNotFound) as caught:
        indexed.get_facts(["enterprises.gazele"])
    assert caught.value.suggestions[0] == "enterprises.gazelle"


def test_invalid_large_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store, "LARGE_FILE", 0)
    path = tmp_path / "bad.toml"
    shutil.copy(DATA / "invalid" / "negative.toml", path)
    with pytest.raises(FactFileError):
        open_base(path)


def test_corrupt_or_stale_index_is_rebuilt(indexed: Any, tmp_path: Path) -> None:
    path = tmp_path / "facts.toml"
    target = index.index_file(path)
    target.write_bytes(b"not a database" * 100)
    again = open_base(path)
    assert again.get_facts(["loans.agri"])[0].value == 9.58
    text = path.read_text(encoding="utf-8").replace("value = 9.58", "value = 9.59").replace(
        "达9.58亿元", "达9.59亿元").replace('quote = "9.58亿元“贷”动乡村产业兴旺"',
                                         'quote = "9.59亿元“贷”动乡村产业兴旺"')
    path.write_text(text, encoding="utf-8")
    assert open_base(path).get_facts(["loans.agri"])[0].value == 9.59
    with sqlite3.connect(target) as db:
        assert db.execute("SELECT count(*) FROM facts").fetchone()[0] == len(load(path).facts)


def test_unwritable_cache_falls_back_to_loading(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store, "LARGE_FILE", 0)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    path = tmp_path / "facts.toml"
    shutil.copy(shipped_path(), path)
    base = open_base(path)
    assert not isinstance(base, index.IndexedBase)
    assert base.get_facts(["loans.agri"])[0].value == 9.58


def test_large_files_use_the_index_through_the_cli(run, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store, "LARGE_FILE", 0)
    path = tmp_path / "facts.toml"
    shutil.copy(shipped_path(), path)
    indexed = run("search", "瞪羚", "--json", facts=path)
    plain = run("search", "瞪羚", "--json", facts=None)
    assert indexed.exit_code == 0 and indexed.stdout == plain.stdout
    assert index.index_file(path).exists()


def _pieces_of_the_facts() -> List[str]:
    facts = load(shipped_path()).facts
    return sorted({text for fact in facts
                   for text in (fact.id, fact.label, fact.label_en, fact.quote, *fact.tags)})


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_index_search_equals_plain_search_on_any_piece_of_text(indexed_once: Any,
                                                               data: Any) -> None:
    """Any stretch of any fact's text (1-8 characters, in any case), or any text at all:
    what the indexes name must hold every row search.py matches."""
    text = data.draw(st.sampled_from(_pieces_of_the_facts()))
    start = data.draw(st.integers(0, max(0, len(text) - 1)))
    piece = text[start:start + data.draw(st.integers(1, 8))]
    fact = data.draw(st.sampled_from(load(shipped_path()).facts))
    query = data.draw(st.one_of(st.just(piece), st.just(piece.upper()),
                                st.text(alphabet="abcrsz09 .-'\"", min_size=1, max_size=6),
                                st.just(str(fact.value)), st.just(str(fact.normalized[0]))))
    if not query.strip():
        return
    facts = load(shipped_path()).facts
    assert shape(indexed_once.search(query, limit=5)) == shape(search(facts, query, limit=5))


def test_fts5_bm25_is_the_ranking_bm25(indexed_once: Any) -> None:
    """The index orders candidates by FTS5's bm25(); ranking.py computes the same number,
    so the candidates it keeps under --limit are the ones the ranking puts first."""
    from jzfacts.ranking import score
    from jzfacts.search import read
    from jzfacts.terms import WEIGHTS, fact_columns

    statistics = indexed_once.statistics()
    plain = load(shipped_path()).facts
    by_position = dict(enumerate(plain))
    weights = ", ".join(map(str, WEIGHTS))
    for question in ["高新技术企业", "锦州银行的涉农贷款规模", "yumi jixiehua", "rc",
                     "how many high tech firms", "凌海大集 market"]:
        query = read(question, statistics)
        match = " OR ".join(f'"{term}"' for term in query.terms)
        rows = indexed_once._db.execute(
            f"SELECT rowid, bm25(terms, {weights}) FROM terms WHERE terms MATCH ?", (match,))
        checked = 0
        for position, rank in rows:
            scored = score(fact_columns(by_position[position]), query, statistics.bm25)
            assert scored is not None and scored.bm25 == pytest.approx(-rank, rel=1e-9)
            checked += 1
        assert checked, question


def test_candidates_are_the_facts_holding_a_term(indexed_once: Any) -> None:
    """A rare word reads the few rows that hold it, not every row; a limit stops reading
    once no row to come can beat the best."""
    rows = [row for chunk in indexed_once._by_terms('"瞪羚"') for row in chunk]
    assert [fact_id for _, _, fact_id in rows] == ["enterprises.gazelle"]
    assert list(indexed_once._by_terms("")) == []
    ranked = [(-bm25, fact_id) for chunk in indexed_once._by_terms('"企业" OR "科技"')
              for _, bm25, fact_id in chunk]
    assert ranked == sorted(ranked) and len(ranked) > 10


def test_without_fts5_the_file_is_loaded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store, "LARGE_FILE", 0)
    monkeypatch.setattr(index, "has_fts5", lambda: False)
    path = tmp_path / "facts.toml"
    shutil.copy(shipped_path(), path)
    base = open_base(path)
    assert not isinstance(base, index.IndexedBase)
    assert base.search("瞪羚")[0].fact.id == "enterprises.gazelle"


@pytest.fixture(scope="module")
def larger(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """600 facts (the shipped ones over and over, each with its own id and value), indexed
    and loaded: enough rows that a limit stops the index reading early."""
    import sys

    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        from generate import synthetic
    finally:
        sys.path.pop(0)
    path = tmp_path_factory.mktemp("larger") / "facts.toml"
    path.write_text(synthetic(600), encoding="utf-8")
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(store, "LARGE_FILE", 0)
        indexed = open_base(path)
    assert isinstance(indexed, index.IndexedBase)
    return indexed, load(path).facts


@pytest.mark.parametrize("query", ["企业", "瞪羚", "锦州现在有几家高新技术企业？", "rencai", "rc",
                                   "how many high tech firms", "gazele", "865", "锦州", "zhou",
                                   "market", "yumi jixiehua"])
@pytest.mark.parametrize("limit", [1, 3, 10, None])
def test_index_equals_plain_search_where_the_limit_stops_reading(larger: Any, query: str,
                                                                  limit: Any) -> None:
    indexed, facts = larger
    assert shape(indexed.search(query, limit=limit)) == shape(search(facts, query,
                                                                     limit=limit))
