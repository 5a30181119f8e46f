"""The SQLite index for large fact files gives the same answers as loading the file."""

from __future__ import annotations

import contextlib
import re
import shutil
import sqlite3
from pathlib import Path
from typing import Any, Iterator, List

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jzfacts.base.errors import FactFileError, FactNotFound
from jzfacts.base.factbase import shipped_path
from jzfacts.search import index, store
from jzfacts.search.hits import search
from jzfacts.search.loaded import load
from jzfacts.search.store import open_base

from .conftest import DATA, REPO, synthetic

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
    target = store.index_file(path)
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
    assert store.index_file(path).exists()


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
    from jzfacts.search.hits import read
    from jzfacts.search.ranking import score
    from jzfacts.search.terms import WEIGHTS, fact_columns

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


#: Questions with terms that weigh less than a word typed: a lone character (家, 产, 量:
#: 0.4), a synonym or translation (玉米 for 苞米, merchant ship for freighter: 0.6).
DOWN_WEIGHTED = ["锦州有多少家瞪羚企业", "2019年有多少家瞪羚企业", "苞米产量", "freighter capacity",
                 "锦州现在有几家高新技术企业？", "有几家银行"]


@pytest.mark.parametrize("question", DOWN_WEIGHTED)
def test_the_ranked_expression_bounds_each_row_by_its_score(indexed_once: Any,
                                                             question: str) -> None:
    """The index reads rows best first by ranked_expression's bm25() ÷ its scale, and
    stops where that bound falls below the best N: it must be the score ranking.py gives
    (terms weighed as the query weighs them), never below it; and a term written several
    times matches the rows match_expression does."""
    from jzfacts.search.hits import read
    from jzfacts.search.ranking import score
    from jzfacts.search.terms import WEIGHTS, fact_columns

    statistics = indexed_once.statistics()
    by_position = dict(enumerate(load(shipped_path()).facts))
    weights = ", ".join(map(str, WEIGHTS))
    query = read(question, statistics)
    assert min(query.weights) < 1, question  # the case the bound is for
    expression, scale = index.ranked_expression(query)
    assert scale > 1
    rows = indexed_once._db.execute(
        f"SELECT rowid, bm25(terms, {weights}) FROM terms WHERE terms MATCH ?", (expression,))
    bounds = {position: -rank / scale for position, rank in rows}
    assert set(bounds) == {row[0] for row in indexed_once._db.execute(
        "SELECT rowid FROM terms WHERE terms MATCH ?", (index.match_expression(query),))}
    plain = 0
    for position, bound in bounds.items():
        scored = score(fact_columns(by_position[position]), query, statistics.bm25)
        assert scored is not None and scored.bm25 == pytest.approx(bound, rel=1e-9)
        plain += scored.bm25 < -indexed_once._db.execute(
            f"SELECT bm25(terms, {weights}) FROM terms WHERE terms MATCH ? AND rowid = ?",
            (index.match_expression(query), position)).fetchone()[0] * (1 - 1e-9)
    assert plain, "no row where bm25() of every term whole is above the score"


@pytest.mark.parametrize("question", ["锦州有多少家瞪羚企业", "锦州的瞪羚企业", "苞米产量",
                                      "how many gazelle companies are there"])
def test_rows_of_a_rare_term_first(indexed_once: Any, question: str) -> None:
    """rare_first's rows are those holding a rare term, each with the bound
    ranked_expression gives it; every other row the query matches holds only common terms
    and scores at most the ceiling: the sum of their weight × idf × (k1 + 1)."""
    from jzfacts.search.hits import read
    from jzfacts.search.ranking import K1, score
    from jzfacts.search.terms import WEIGHTS, fact_columns

    statistics = indexed_once.statistics()
    stats = statistics.bm25
    by_position = dict(enumerate(load(shipped_path()).facts))
    weights = ", ".join(map(str, WEIGHTS))
    query = read(question, statistics)
    tiers = index.rare_first(query, stats)
    assert tiers is not None, question
    rare, scale, ceiling = tiers
    common = {term for term in query.terms
              if stats.document_frequency.get(term, 0) > stats.facts * index.COMMON}
    assert ceiling == pytest.approx(sum(weight * stats.idf(term) * (K1 + 1) for term, weight
                                        in zip(query.terms, query.weights) if term in common))
    first = dict(indexed_once._db.execute(
        f"SELECT rowid, bm25(terms, {weights}) FROM terms WHERE terms MATCH ?", (rare,)))
    matched = [row[0] for row in indexed_once._db.execute(
        "SELECT rowid FROM terms WHERE terms MATCH ?", (index.match_expression(query),))]
    assert first and set(first) < set(matched)
    for position in matched:
        columns = fact_columns(by_position[position])
        scored = score(columns, query, stats)
        assert scored is not None
        held = set().union(*columns)
        if position in first:
            assert held - common & set(query.terms)
            assert scored.bm25 == pytest.approx(-first[position] / scale, rel=1e-9)
        else:
            assert held & set(query.terms) <= common
            assert scored.bm25 <= ceiling


def test_ranked_expressions_where_weights_are_no_small_fractions() -> None:
    """Weights that are no tenths, or a query of many terms, fall back to each term once:
    bm25() of every term whole, at least the score; a group counting only whole keeps its
    AND."""
    from jzfacts.search.terms import Query, Unit

    units = (Unit("a", ("a",), (0,)), Unit("b", ("b",), (1,), "character"),
             Unit("cd", ("c", "d"), (2,), "initials", whole=0))
    query = Query(units, (), ("a", "b", "c", "d"), (1.0, 0.4, 1.0, 1.0))
    assert index.ranked_expression(query) == (
        '"a" OR "a" OR "a" OR "a" OR "a" OR "b" OR "b" OR '
        '("c" AND "c" AND "c" AND "c" AND "c" AND "d" AND "d" AND "d" AND "d" AND "d")', 5)
    odd = Query(units, (), ("a", "b", "c", "d"), (1.0, 0.37, 1.0, 1.0))
    assert index.ranked_expression(odd) == ('"a" OR "b" OR ("c" AND "d")', 1)
    many = Query(tuple(Unit(str(n), (str(n),), (n,)) for n in range(20)) + units[1:2], (),
                 tuple(str(n) for n in range(20)) + ("b",), (1.0,) * 20 + (0.4,))
    expression, scale = index.ranked_expression(many)
    assert scale == 1 and expression.count('"') == 2 * 21


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
    return indexed_and_loaded(tmp_path_factory.mktemp("larger") / "facts.toml",
                              synthetic(600))


def indexed_and_loaded(path: Path, text: str) -> tuple[Any, Any]:
    """A fact file of this text, opened through its index and loaded in memory."""
    path.write_text(text, encoding="utf-8")
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(store, "LARGE_FILE", 0)
        indexed = open_base(path)
    assert isinstance(indexed, index.IndexedBase)
    return indexed, load(path).facts


@pytest.mark.parametrize("query", ["企业", "瞪羚", "锦州现在有几家高新技术企业？", "rencai", "rc",
                                   "how many high tech firms", "gazele", "865", "锦州", "zhou",
                                   "market", "yumi jixiehua",
                                   # numbers that many rows hold as their value, though not
                                   # as the number asked (21.3亿 is no 21.3 of 亿元)
                                   "21.3亿", "21.3", "2130000000", "21.3亿元", "9.58亿",
                                   # terms that weigh less than a word (a lone character,
                                   # a synonym) over rows that tie
                                   *DOWN_WEIGHTED])
@pytest.mark.parametrize("limit", [1, 3, 10, None])
def test_index_equals_plain_search_where_the_limit_stops_reading(larger: Any, query: str,
                                                                  limit: Any) -> None:
    indexed, facts = larger
    assert shape(indexed.search(query, limit=limit)) == shape(search(facts, query,
                                                                     limit=limit))


def _ties_base(copies: int) -> str:
    """Facts made to tie and to hinge on a lone character: copies of 瞪羚企业 counted in 家,
    each group with a longer note (its score falls a little per group), and copies of one
    counted in 个, whose score without 家 falls between two groups; for the lone 家 of a
    question at its weight of 0.4 they rank one way, at 0.2 or at 1 another. Grain facts
    make the question's words rare."""
    parts = ['[[source]]\nid = "s"\ntitle = "本市企业名录（测试用）"\ndate = "2023-01"\n']

    def fact(fact_id: str, label: str, unit: str, value: int, section: str, quote: str,
             note: str) -> None:
        parts.append(f'[[fact]]\nid = "{fact_id}"\nlabel = "{label}"\n'
                     f'label_en = "Test figure"\nvalue = {value}\nunit = "{unit}"\n'
                     f'approx = "exact"\nperiod = "2023-01"\ncategory = "enterprises"\n'
                     f'section = "{section}"\nquote = "{quote}"\nnote = "{note}"\n'
                     f'source = "s"\n')

    words = ["城市", "发展", "创新", "产业", "园区", "科技", "服务", "项目", "人才", "资金"]
    scrambled = sorted(range(copies), key=lambda copy: copy * 5 % copies)  # not id order
    for length in range(10):
        for copy in scrambled:
            fact(f"a.l{length}.c{copy}", "瞪羚企业", "家", 20 + length, "锦州企业",
                 f"锦州瞪羚企业{20 + length}家", "说明" + "".join(words[:length]))
    for copy in scrambled:
        fact(f"b.c{copy}", "瞪羚企业", "个", 30, "锦州企业", "锦州瞪羚企业30个", "说明")
    for number in range(150):
        fact(f"grain.n{number}", "粮食产量", "吨", 100 + number, "农业生产",
             f"粮食产量{100 + number}吨", "说明")
    return "\n".join(parts)


@pytest.fixture(scope="module")
def ties(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return indexed_and_loaded(tmp_path_factory.mktemp("ties") / "facts.toml", _ties_base(8))


def test_rows_come_by_bound_then_id_across_chunks(ties: Any,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Copies that tie come in id order though the file holds them in another and a
    chunk of 3 cuts through them: the rows of a chunk's last bound are all read and
    sorted, and handed on 3 at a time."""
    from jzfacts.search.hits import asked

    monkeypatch.setattr(index, "CANDIDATES", 3)
    indexed, _ = ties
    query = asked("锦州有多少家瞪羚企业", indexed.statistics()).query
    chunks = list(indexed._by_terms(*index.ranked_expression(query)))
    rows = [(-bound, fact_id) for chunk in chunks for _, bound, fact_id in chunk]
    assert rows == sorted(rows) and len(rows) == 88
    assert max(map(len, chunks)) == 3


@pytest.mark.parametrize("query", ["瞪羚", "锦州有多少家瞪羚企业"])
def test_ties_after_the_best_are_left_unread(ties: Any, query: str,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The best 2 of 8 copies that tie (and of a lone character's weight) are found
    reading a few rows, not every copy: the bound is the score, and a copy of an equal
    bound and a later id ranks after the second."""
    monkeypatch.setattr(index, "CANDIDATES", 3)
    indexed, facts = ties
    read: list[int] = []
    load_rows = indexed._load
    monkeypatch.setattr(indexed, "_load", lambda positions: (read.extend(positions),
                                                             load_rows(positions))[1])
    assert shape(indexed.search(query, limit=2)) == shape(search(facts, query, limit=2))
    assert 0 < len(read) <= 6


@pytest.mark.parametrize("query", ["锦州有多少家瞪羚企业", "锦州瞪羚企业有几家", "瞪羚企业",
                                   "家", "锦州的瞪羚企业多少个"])
def test_every_limit_over_ties_and_a_lone_character(ties: Any, query: str,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Over copies that tie and a lone character that decides between groups: at every
    N the index's best N are the first N of the whole ranking (a bound that gave 家 less
    than its weight would leave a group of 家 unread)."""
    monkeypatch.setattr(index, "CANDIDATES", 3)
    indexed, facts = ties
    whole = shape(search(facts, query))
    assert whole
    for limit in range(1, len(whole) + 1):
        assert shape(indexed.search(query, limit=limit)) == whole[:limit], limit


@pytest.mark.parametrize("query", DOWN_WEIGHTED + ["企业", "gazele", "rc", "21.3亿"])
def test_every_limit_cuts_the_whole_ranking(larger: Any, query: str,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Where a limit stops reading, the rows left unread are the ones that cannot rank
    before the best N: at every N (ties among copies of a fact, rows of another fact just
    below them), the index's best N are the first N of the whole ranking. (Candidates read
    3 at a time: the bound decides after every few rows, not only past the 64th.)"""
    monkeypatch.setattr(index, "CANDIDATES", 3)
    indexed, facts = larger
    whole = shape(search(facts, query))
    for limit in range(1, min(len(whole), 80) + 1):
        assert shape(indexed.search(query, limit=limit)) == whole[:limit], limit


# ------------------------------------------------------------------ bases of several files

from jzfacts.base import cache  # noqa: E402
from jzfacts.base.files import resolve, spec_key  # noqa: E402
from jzfacts.search import indexer, prepare  # noqa: E402

from .conftest import split_shipped  # noqa: E402


def open_folder(folder: Path) -> Any:
    files = resolve([str(folder)])
    return store.open_indexed(files, spec_key([str(folder)]))


@pytest.fixture(scope="module")
def split_once(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The shipped page as one file per article, answered through one index."""
    folder = tmp_path_factory.mktemp("split") / "articles"
    split_shipped(folder)
    indexed = open_folder(folder)
    assert isinstance(indexed, index.IndexedBase)
    return indexed


@pytest.mark.parametrize("query", QUERIES[::3] + QUESTIONS[::4])
@pytest.mark.parametrize("limit", [None, 1, 3, 20])
def test_several_files_through_one_index_answer_as_the_page(split_once: Any, query: str,
                                                            limit: Any) -> None:
    """The same facts in seven files, indexed, rank exactly as the one file in memory; and
    the index counts the matches the limit leaves out exactly."""
    base = load(shipped_path())
    hits = split_once.search(query, limit=limit)
    plain = base.search(query, limit=limit)
    assert shape(hits) == shape(plain)
    assert hits.total == plain.total == len(search(base.facts, query))


def test_rows_of_common_terms_alone_are_left_unread(larger: Any,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """A question whose rare word (瞪羚) gives the best 3 reads none of the rows that hold
    only its common words (锦州, 企业, 家), though they are most of the rows it matches; and
    counts them all as hits."""
    from jzfacts.search.hits import asked

    indexed, facts = larger
    query = "锦州有多少家瞪羚企业"
    read: list[int] = []
    load_rows = indexed._load
    monkeypatch.setattr(indexed, "_load", lambda positions: (read.extend(positions),
                                                             load_rows(positions))[1])
    hits = indexed.search(query, limit=3)
    assert shape(hits) == shape(search(facts, query, limit=3))
    tiers = index.rare_first(asked(query, indexed.statistics()).query,
                             indexed.statistics().bm25)
    assert tiers is not None
    rare = {row[0] for row in indexed._db.execute(
        "SELECT rowid FROM terms WHERE terms MATCH ?", (tiers[0],))}
    assert read and set(read) <= rare
    assert hits.total == len(search(facts, query)) > 4 * len(rare)


def test_index_search_totals_on_a_larger_base(larger: Any) -> None:
    indexed, facts = larger
    for query in ["企业", "锦州", "rc", "gazele", "865", "zhou", "market", "21.3亿", "21.3",
                  "2130000000", "21.3亿元"]:
        assert indexed.search(query, limit=5).total == len(search(facts, query)), query


def count_reads(monkeypatch: pytest.MonkeyPatch) -> List[str]:
    """The names of the files read whole from here on, in this process (no workers)."""
    reads: List[str] = []
    read = prepare.read_whole

    def counted(number: int, slot: int, path: str, name: str) -> Any:
        reads.append(Path(path).name)
        return read(number, slot, path, name)

    monkeypatch.setattr(prepare, "read_whole", counted)
    monkeypatch.setattr(prepare, "workers_for", lambda size: 0)  # read here, counted
    return reads


def test_an_index_grows_and_shrinks_a_file_at_a_time(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Adding, changing or removing one file reads that file only, in the same index."""
    folder = tmp_path / "articles"
    paths = split_shipped(folder)
    reads = count_reads(monkeypatch)
    first = open_folder(folder)
    assert sorted(reads) == sorted(path.name for path in paths)
    target = store.index_file([str(folder)])
    inode = target.stat().st_ino
    expected = shape(load(shipped_path()).search("瞪羚", limit=3))
    assert shape(first.search("瞪羚", limit=3)) == expected

    reads.clear()  # a file added
    extra = folder / "zz-extra.toml"
    extra.write_text(SMALL_TEXT.replace('id = "', 'id = "extra.').replace(
        'id = "extra.report"', 'id = "report"').replace('id = "extra.market"', 'id = "market"'),
        encoding="utf-8")
    added = open_folder(folder)
    assert reads == ["zz-extra.toml"]
    assert added.get_facts(["extra.enterprises.gazelle"])[0].value == 26
    assert target.stat().st_ino == inode  # updated in place, not rebuilt

    reads.clear()  # a file changed
    extra.write_text(extra.read_text(encoding="utf-8").replace("value = 26", "value = 27")
                     .replace("瞪羚企业26家", "瞪羚企业27家"), encoding="utf-8")
    changed = open_folder(folder)
    assert reads == ["zz-extra.toml"]
    assert changed.get_facts(["extra.enterprises.gazelle"])[0].value == 27
    assert target.stat().st_ino == inode

    reads.clear()  # a file removed
    extra.unlink()
    removed = open_folder(folder)
    assert reads == []
    with pytest.raises(FactNotFound):
        removed.get_facts(["extra.enterprises.gazelle"])
    assert shape(removed.search("瞪羚", limit=3)) == expected
    assert removed.search("企业").total == load(shipped_path()).search("企业").total
    with sqlite3.connect(target) as db:  # FTS5 forgot the removed rows' terms
        assert db.execute("SELECT count(*) FROM terms").fetchone()[0] == \
            len(load(shipped_path()).facts)


SMALL_TEXT = (DATA / "small.toml").read_text(encoding="utf-8")


def test_a_kept_file_edited_before_the_lock_is_read_in_that_run(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One file changed, found by the check; another edited after the check and before the
    lock: the run that brings the index up to date answers with both edits, not with the
    second file as the check found it."""
    folder = tmp_path / "articles"
    paths = {path.name: path for path in split_shipped(folder)}
    reads = count_reads(monkeypatch)
    open_folder(folder)
    reads.clear()
    market, report = paths["05-market.toml"], paths["00-report.toml"]
    market.write_text(market.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    lock = cache.locked

    @contextlib.contextmanager
    def edited_before_the_lock(path: Path) -> Iterator[bool]:
        if "瞪羚企业26家" in report.read_text(encoding="utf-8"):
            report.write_text(report.read_text(encoding="utf-8").replace(
                "瞪羚企业26家", "瞪羚企业27家").replace("value = 26\n", "value = 27\n"),
                encoding="utf-8")
        with lock(path) as held:
            yield held

    monkeypatch.setattr(cache, "locked", edited_before_the_lock)
    base = open_folder(folder)
    assert base.get_facts(["enterprises.gazelle"])[0].value == 27
    assert sorted(set(reads)) == ["00-report.toml", "05-market.toml"]


def test_an_update_another_process_made_first_is_not_made_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two processes find the same file changed; the one that takes the lock second sees
    the index written meanwhile (its change counter moved), checks again, and reads
    nothing; with nobody in between, what the first check found is not checked again, and
    the index it brings up to date is not checked a third time."""
    folder = tmp_path / "articles"
    paths = split_shipped(folder)
    reads = count_reads(monkeypatch)
    open_folder(folder)
    reads.clear()
    checks: List[int] = []
    check = store._check
    monkeypatch.setattr(store, "_check", lambda *args: (checks.append(1), check(*args))[1])
    target = paths[-1]
    target.write_text(target.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    lock = cache.locked
    others: List[Any] = []

    @contextlib.contextmanager
    def another_process_first(path: Path) -> Iterator[bool]:
        if not others:  # another process brings the index up to date just before
            monkeypatch.setattr(cache, "locked", lock)
            others.append(open_folder(folder))
            monkeypatch.setattr(cache, "locked", another_process_first)
        with lock(path) as held:
            yield held

    monkeypatch.setattr(cache, "locked", another_process_first)
    second = open_folder(folder)
    assert reads == [target.name]  # read once, by the other process
    assert len(checks) == 3  # ours, the other's, ours again under the lock
    expected = shape(load(shipped_path()).search("瞪羚", limit=3))
    assert shape(second.search("瞪羚", limit=3)) == expected

    monkeypatch.setattr(cache, "locked", lock)
    reads.clear()
    checks.clear()
    target.write_text(target.read_text(encoding="utf-8") + "# again\n", encoding="utf-8")
    third = open_folder(folder)
    assert reads == [target.name] and len(checks) == 1
    assert shape(third.search("瞪羚", limit=3)) == expected
    assert open_folder(folder).search("企业").total == load(shipped_path()).search("企业").total


def test_a_file_edited_during_its_first_indexing(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A file saved again while it is read is read again: the index holds what the file
    now says, under the fingerprint it now has."""
    monkeypatch.setattr(store, "LARGE_FILE", 0)
    path = tmp_path / "facts.toml"
    path.write_text(SMALL_TEXT, encoding="utf-8")
    read = cache.read_snapshot
    edits = iter([27])

    def edited_while_read(target: Path, reader: Any = None) -> Any:
        def read_then_edit(file: Path) -> bytes:
            data = file.read_bytes()
            for value in edits:
                file.write_text(SMALL_TEXT.replace("value = 26", f"value = {value}")
                                .replace("瞪羚企业26家", f"瞪羚企业{value}家"), encoding="utf-8")
            return data

        return read(target, read_then_edit)

    monkeypatch.setattr(cache, "read_snapshot", edited_while_read)
    base = open_base(path)
    assert isinstance(base, index.IndexedBase)
    assert base.get_facts(["enterprises.gazelle"])[0].value == 27
    monkeypatch.setattr(cache, "read_snapshot", read)
    assert open_base(path).get_facts(["enterprises.gazelle"])[0].value == 27


@pytest.mark.parametrize("where", ["header", "middle", "end"])
def test_damaged_index_pages_are_found_and_the_index_rebuilt(tmp_path: Path, where: str,
                                                             monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:
    """Pages overwritten with garbage: the answer is still right (never exit 3), and the
    index is built anew."""
    monkeypatch.setattr(store, "LARGE_FILE", 0)
    folder = tmp_path / "articles"
    split_shipped(folder)
    open_folder(folder)
    target = store.index_file([str(folder)])
    size = target.stat().st_size
    start = {"header": 0, "middle": size // 3, "end": size - 8192}[where]
    with open(target, "r+b") as handle:
        handle.seek(start)
        handle.write(bytes(range(256)) * 16 * 4)  # four pages of garbage
    expected = shape(load(shipped_path()).search("锦州有几家高新技术企业", limit=5))
    again = open_folder(folder)
    assert shape(again.search("锦州有几家高新技术企业", limit=5)) == expected
    assert [fact.id for fact in again.iter_facts("id")] == sorted(
        fact.id for fact in load(shipped_path()).facts)
    with sqlite3.connect(target) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_an_index_damaged_while_in_use_is_rebuilt_and_asked_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "articles"
    split_shipped(folder)
    base = open_folder(folder)
    target = store.index_file([str(folder)])
    data = target.read_bytes()
    # every page but the first (which SQLite has read) damaged after it was opened
    target.write_bytes(data[:4096] + bytes(len(data) - 4096))
    expected = shape(load(shipped_path()).search("瞪羚", limit=3))
    assert shape(base.search("瞪羚", limit=3)) == expected
    assert base.get_facts(["loans.agri"])[0].value == 9.58


def test_names_with_hash_question_mark_and_odd_bytes(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """# and ? in the paths of fact files and of the cache (quoted in SQLite's URI), and
    bytes that are no UTF-8 in names and queries: indexed once, answered, never exit 3."""
    import os

    odd = os.fsdecode(b"odd\xff")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache#1?mode=rw"))
    folder = tmp_path / f"news #2?x=1 {odd}"
    split_shipped(folder)
    (folder / "00-report.toml").rename(folder / f"00 #report?{odd}.toml")
    built: List[int] = []
    build = indexer.build
    monkeypatch.setattr(indexer, "build", lambda *args: built.append(1) or build(*args))
    first = open_folder(folder)
    assert isinstance(first, index.IndexedBase) and built == [1]
    again = open_folder(folder)
    assert built == [1]  # the index was found again: not rebuilt on every run
    assert shape(again.search("瞪羚", limit=3)) == shape(
        load(shipped_path()).search("瞪羚", limit=3))
    for query in [f"瞪羚{odd}", odd, f"{odd}.x", "enterprises.gazelle" + odd]:
        assert shape(again.search(query, limit=3)) == shape(
            load(shipped_path()).search(query, limit=3))
    with pytest.raises(FactNotFound):
        again.get_facts([odd])
    assert again.sources.of(again.get_facts(["loans.agri"])[0]) is not None


def test_names_with_odd_bytes_through_the_command_line(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    odd = b"odd\xff #1?"
    folder = os.path.join(os.fsencode(tmp_path), b"news " + odd)
    split_shipped(Path(os.fsdecode(folder)))
    env = dict(os.environ, PYTHONPATH=str(REPO), XDG_CACHE_HOME=str(tmp_path / "c?#"))
    for _ in range(2):
        result = subprocess.run([sys.executable, "-m", "jzfacts", b"--facts", folder, "search",
                                 b"\xff\xfe\xe7\x9e\xaa\xe7\xbe\x9a", "--json", "-n", "2"],
                                capture_output=True, env=env, timeout=120)
        assert result.returncode == 0, result.stderr
    assert b"enterprises.gazelle" in result.stdout


def test_sigterm_during_a_build_leaves_no_file(tmp_path: Path) -> None:
    """SIGTERM while the index is written: the process ends (128 + 15), its temporary
    file is removed, and its workers end with it."""
    import os
    import signal
    import subprocess
    import sys
    import time

    big = tmp_path / "big.toml"
    big.write_text(synthetic(9000), encoding="utf-8")
    cache_home = tmp_path / "cache"
    env = dict(os.environ, PYTHONPATH=str(REPO), XDG_CACHE_HOME=str(cache_home))
    process = subprocess.Popen([sys.executable, "-m", "jzfacts", "--facts", str(big),
                                "search", "瞪羚"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, env=env)
    bases = cache_home / "jzfacts" / "bases"
    deadline = time.time() + 120
    while time.time() < deadline and process.poll() is None:
        if bases.is_dir() and any(".tmp" in name for name in os.listdir(bases)):
            break
        time.sleep(0.01)
    assert process.poll() is None, "the build ended before it could be interrupted"
    time.sleep(0.05)  # (the workers are reading)
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=60)
    assert process.returncode in (143, -signal.SIGTERM), err
    assert [name for name in os.listdir(bases) if ".tmp" in name] == []
    assert b"Traceback" not in err
    # no worker left running
    time.sleep(0.5)
    children = subprocess.run(["pgrep", "-P", str(process.pid)], capture_output=True)
    assert children.stdout == b""


def test_four_first_runs_at_once_build_the_index_once(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    folder = tmp_path / "articles"
    split_shipped(folder)
    code = ("import sys, jzfacts.search.indexer as i, jzfacts.search.store as s\nbuild = i.build\n"
            "def counted(*a):\n    sys.stderr.write('built\\n')\n    return build(*a)\n"
            "i.build = counted\ns.LARGE_FILE = 0\nfrom jzfacts.cli.app import main\n"
            "sys.argv = ['jzfacts'] + sys.argv[1:]\nmain()\n")
    env = dict(os.environ, PYTHONPATH=str(REPO), XDG_CACHE_HOME=str(tmp_path / "cache"))
    command = [sys.executable, "-c", code, "--facts", str(folder), "search", "瞪羚", "--json"]
    processes = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  env=env) for _ in range(4)]
    outputs = [process.communicate(timeout=300) for process in processes]
    assert [process.returncode for process in processes] == [0] * 4, outputs
    assert sum(err.count(b"built\n") for _, err in outputs) == 1
    assert len({out for out, _ in outputs}) == 1


@pytest.mark.parametrize("indexed", [False, True])
def test_default_limit_and_all_on_both_paths(run, tmp_path: Path,  # type: ignore[no-untyped-def]
                                             monkeypatch: pytest.MonkeyPatch,
                                             indexed: bool) -> None:
    """Without --limit a search prints the best 20; --all every match, --limit N the best
    N, in the same order in memory and through the index."""
    import json

    path = tmp_path / "facts.toml"
    path.write_text(synthetic(300), encoding="utf-8")
    # (the module's indexed_once fixture keeps LARGE_FILE at 0 while it lives)
    monkeypatch.setattr(store, "LARGE_FILE", 0 if indexed else 2 * 1024 * 1024)
    facts = load(path).facts
    expected = [hit.fact.id for hit in search(facts, "企业")]
    assert len(expected) > 20

    def ids(*args: str) -> List[str]:
        result = run("search", "企业", "--json", *args, facts=path)
        assert result.exit_code == 0, result.stderr
        return [record["id"] for record in json.loads(result.stdout)]

    assert ids() == expected[:20]
    assert ids("--all") == expected
    assert ids("--limit", "7") == expected[:7]
    assert ids("--limit", "1000") == expected
    both = run("search", "企业", "--all", "--limit", "3", facts=path)
    assert both.exit_code == 2 and "--limit or --all" in both.stderr
    assert isinstance(open_base(path), index.IndexedBase) is indexed


def _index_state(base: Any) -> Any:
    """An index's rows, and every term's rows in its full-text table (a term a removed row
    left behind would still match it there)."""
    from jzfacts.search.terms import fact_columns

    db = base._db
    rows = db.execute("SELECT * FROM facts ORDER BY pos").fetchall()
    terms = sorted({term for fact in base.facts for column in fact_columns(fact)
                    for term in column} | {"27", "26", "0ling0yu"})
    matched = {term: [row[0] for row in db.execute(
        "SELECT rowid FROM terms WHERE terms MATCH ? ORDER BY rowid",
        (f'"{term}"',))] for term in terms}
    return rows, matched


@pytest.mark.parametrize("edit", ["comment", "value", "removed", "moved", "swapped",
                                  "shrunk"])
def test_a_changed_file_is_rewritten_where_it_differs_and_answers_as_if_built_anew(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, edit: str) -> None:
    """A file changed is read again into its own slot, and only its rows that differ are
    written (a comment appended writes none); whatever the edit — a value, a fact taken
    out, the lines moved, two facts swapped (their ids change places), every fact taken
    out, all but the last, which takes the first's place — the index holds exactly the rows
    and terms an index built anew holds."""
    folder = tmp_path / "articles"
    split_shipped(folder)
    target_file = folder / "zz-extra.toml"
    target_file.write_text(SMALL_TEXT.replace('id = "', 'id = "extra.').replace(
        'id = "extra.report"', 'id = "report"').replace('id = "extra.market"',
                                                      'id = "market"'), encoding="utf-8")
    open_folder(folder)
    index_file = store.index_file([str(folder)])
    inode = index_file.stat().st_ino
    removed: List[int] = []
    remove_rows = indexer._forget_terms
    monkeypatch.setattr(indexer, "_forget_terms", lambda connection, rows: (
        removed.extend(row[0] for row in rows), remove_rows(connection, rows))[1])

    text = target_file.read_text(encoding="utf-8")
    head, *facts = text.split("[[fact]]")
    if edit == "comment":
        text += "\n# checked again\n"
    elif edit == "value":
        text = text.replace("value = 26", "value = 27").replace("瞪羚企业26家", "瞪羚企业27家")
    elif edit == "removed":
        text = "[[fact]]".join([head, *facts[:2], *facts[3:]])
    elif edit == "moved":
        text = "# read again\n# with two lines more\n" + text
    elif edit == "swapped":
        text = "[[fact]]".join([head, facts[1], facts[0].rstrip("\n") + "\n\n", *facts[2:]])
    else:
        text = "[[fact]]".join([head, facts[-1]])
    target_file.write_text(text, encoding="utf-8")
    updated = open_folder(folder)
    assert index_file.stat().st_ino == inode  # updated in place
    if edit == "comment":
        assert removed == [] and updated.count() == 44 + 5
    elif edit == "value":
        assert len(removed) == 1
        assert updated.get_facts(["extra.enterprises.gazelle"])[0].value == 27

    fresh_folder = tmp_path / "fresh" / "articles"
    shutil.copytree(folder, fresh_folder)
    fresh = open_folder(fresh_folder)
    assert _index_state(updated) == _index_state(fresh)
    for query in ["瞪羚企业", "gazelle", "26", "27", "凌海", "批次", "企业"]:
        assert shape(updated.search(query, limit=None)) == shape(fresh.search(query, limit=None))


def test_a_fact_moved_from_one_changed_file_to_another_is_no_duplicate(
        tmp_path: Path) -> None:
    """Two files changed at once, a fact moved from the one to the other: no duplicate id
    (the first's old rows leave before the second's enter), the fact found in its new file,
    and the index updated in place."""
    folder = tmp_path / "articles"
    paths = sorted(split_shipped(folder))
    open_folder(folder)
    index_file = store.index_file([str(folder)])
    inode = index_file.stat().st_ino
    first, second = paths[-1], paths[-2]  # into the file read first
    text = first.read_text(encoding="utf-8")
    head, *facts = text.split("[[fact]]")

    def fact_id(block: str) -> str:
        return block.split('id = "', 1)[1].split('"', 1)[0]

    # a fact no [[not_fact]] names, and not the last (the file's other tables follow it)
    number = next(i for i, block in enumerate(facts[:-1]) if text.count(fact_id(block)) == 1)
    moved = facts[number]
    first.write_text("[[fact]]".join([head, *facts[:number], *facts[number + 1:]]),
                     encoding="utf-8")
    second_head, rest = second.read_text(encoding="utf-8").split("[[fact]]", 1)
    source = fact_id(second_head.split("[[source]]", 1)[1])  # (sources are the file's own)
    moved = re.sub(r'\nsource = "[^"]*"', f'\nsource = "{source}"', moved)
    second.write_text(f"{second_head}[[fact]]{moved}[[fact]]{rest}", encoding="utf-8")
    updated = open_folder(folder)
    assert index_file.stat().st_ino == inode
    moved_id = fact_id(moved)
    assert updated.count() == 44
    assert [fact.id for fact in updated.get_facts([moved_id])] == [moved_id]
