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

from .conftest import DATA

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


CREATE_FTS = index._create_fts


def _index_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fts: bool) -> Any:
    """The shipped base, copied and answered through its index: with the full-text tables,
    or as an SQLite without FTS5 would build it."""
    monkeypatch.setattr(store, "LARGE_FILE", 0)
    # (set either way: a module-scoped "scan" copy may still have it replaced)
    monkeypatch.setattr(index, "_create_fts", CREATE_FTS if fts else lambda connection: False)
    path = tmp_path / "facts.toml"
    shutil.copy(shipped_path(), path)
    base = open_base(path)
    assert isinstance(base, index.IndexedBase)
    assert base._fts is fts
    return base


@pytest.fixture(params=[True, False], ids=["fts", "scan"])
def indexed(request: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    return _index_copy(tmp_path, monkeypatch, request.param)


@pytest.fixture(scope="module", params=[True, False], ids=["fts", "scan"])
def indexed_once(request: Any, tmp_path_factory: pytest.TempPathFactory) -> Any:
    with pytest.MonkeyPatch.context() as monkeypatch:
        yield _index_copy(tmp_path_factory.mktemp("index"), monkeypatch, request.param)


@pytest.fixture(scope="module")
def indexed_with_fts(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The index with its full-text tables: this SQLite must have FTS5 (the fixture fails,
    rather than skips, where it has not)."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        yield _index_copy(tmp_path_factory.mktemp("index-fts"), monkeypatch, True)


def shape(hits: List[Any]) -> List[Any]:
    return [(hit.fact, hit.score, hit.field, hit.span) for hit in hits]


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("limit", [None, 1, 3])
def test_index_search_equals_plain_search(indexed: Any, query: str, limit: Any) -> None:
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


def test_indexed_searches_do_not_read_every_row() -> None:
    """With the full-text tables, a word, a number, pinyin or a short English needle is
    answered from indexes; only one- or two-character non-English needles scan."""
    for query in ["gazelle", "865", "rencai", "rc", "r", "high tech", "瞪羚企业", "5%"]:
        found, scans = index._first_cut(index._tiers(query), True)
        assert found and not scans, query
    found, scans = index._first_cut(index._tiers("瞪羚"), True)
    assert scans == [("instr(all_f, ?) > 0", ["瞪羚"])]


@pytest.mark.parametrize("query", ["a", "r", "rc", "d", "5", "1", "s&", "e", "ke", "9", "z",
                                   "S", "2.", "gazelle", "high tech", "high-tech", "zhou",
                                   "rencai", "865", "21.3亿", "瞪羚企业", "s&t achievements",
                                   "(ministry"])
def test_reading_by_tier_gives_the_rows_bounding_gives(indexed_with_fts: Any,
                                                       query: str) -> None:
    """Where an index names every tier's rows, rows are read tier by tier; they must come
    in the very order the one bounding query sorts them into."""
    tiers = index._tiers(query)
    assert all(tier.rows for tier in tiers)
    rows = list(indexed_with_fts._by_tier(tiers))
    assert rows == indexed_with_fts._bounded(tiers)
