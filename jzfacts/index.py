"""A search index for large fact files: SQLite in the user's cache directory.

A fact file of store.LARGE_FILE bytes or more is parsed and validated once, then indexed;
later commands read only the rows they need. The index holds each fact's search terms
(terms.py) in an FTS5 table, one column per field. A search asks it for candidates (facts
holding a term of the query, best first by FTS5's bm25(), which is the formula ranking.py
computes) and for the statistics BM25 needs (how many facts hold each term), and then
search.rank_hits scores and orders the candidates: the ranking is written once, and an
indexed answer is the answer search.py gives over every fact.

Like cache.py, the index is keyed by path, size, mtime, inode and versions, written to a
temporary file and renamed into place, and any problem with it means it is rebuilt or not
used. Without FTS5 (an old SQLite) no index is built and the file is loaded as usual."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path
from typing import Any, Dict, Iterator, List, Mapping, Optional, Sequence, Set, Tuple

from . import cache
from .errors import FactFileError, FactNotFound
from .factbase import check_file, declare, fact_from_raw
from .forms import fold_text
from .model import Fact, Source
from .ranking import Stats
from .search import (
    TEXT_FIELDS,
    Hit,
    Statistics,
    asked,
    check_query,
    fact_words,
    field_text,
    fold,
    number_values,
    parse_number_query,
    quantities,
    question_values,
    rank_hits,
    search,
    text_score,
)
from .terms import COLUMNS, TERMS_VERSION, WEIGHTS, fact_columns

SCHEMA = 22
CHUNK = 2048  # facts turned into rows at a time
CANDIDATES = 64  # candidate rows scored at a time


def _beaten(last: Hit, ranks: Mapping[str, float], bm25: float, fact_id: str) -> bool:
    """Whether a row (and every row after it) ranks after `last`, the worst of the best N:
    its bm25() bounds its score (with room for floats summed in another order), and a row
    of the very bm25() `last` had comes after it when its id does."""
    worst = -last.order[0]  # its rank (100 for the whole id, 90 for a number)
    if text_score(bm25) * (1 + 1e-9) < worst:
        return True
    own = ranks.get(last.fact.id)
    # (only where `last` scored its whole bm25(): had it lost a term, an equal row that
    # kept all of its own would rank before it)
    return own == bm25 and fact_id > last.fact.id and \
        abs(text_score(own) - worst) <= 1e-9 * worst


def index_file(path: Path) -> Path:
    return cache.cache_file(path, ".sqlite")


def _meta_key(path: Path) -> Optional[str]:
    key = cache.file_key(path)
    return None if key is None else json.dumps([SCHEMA, TERMS_VERSION, *key])


def has_fts5() -> bool:
    """Whether this SQLite has FTS5 (3.9 and later, when compiled in)."""
    try:
        sqlite3.connect(":memory:").execute("CREATE VIRTUAL TABLE t USING fts5(x)")
    except sqlite3.Error:
        return False
    return True


def build_index(path: Path, data: Mapping[str, Any]) -> Optional[Path]:
    """Write the index for a validated fact file; None if it cannot be written."""
    key = _meta_key(path)
    if key is None or not cache.enabled() or not has_fts5():
        return None

    def write(temporary: Path) -> None:
        # Used by one thread at a time, but not always the one that opened it.
        connection = sqlite3.connect(str(temporary), check_same_thread=False)
        try:
            columns = ", ".join(COLUMNS)
            connection.executescript(f"""
                PRAGMA journal_mode = OFF;
                PRAGMA synchronous = OFF;
                CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
                CREATE TABLE sources (id TEXT PRIMARY KEY, data TEXT NOT NULL);
                -- Short columns first: a lookup reads them without the long data.
                CREATE TABLE facts (pos INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,
                    label_f TEXT, label_en_f TEXT, value REAL NOT NULL,
                    normalized REAL NOT NULL, data TEXT NOT NULL);
                CREATE TABLE words (word TEXT PRIMARY KEY) WITHOUT ROWID;
                -- Each field's terms, space-separated: unicode61 splits them back exactly.
                CREATE VIRTUAL TABLE terms USING fts5 ({columns}, content='',
                    tokenize='unicode61 remove_diacritics 0');
            """)
            connection.executemany("INSERT INTO sources VALUES (?, ?)",
                                   [(raw["id"], json.dumps(raw, ensure_ascii=False))
                                    for raw in data.get("source", [])])
            words, total = _insert_facts(connection, data["fact"])
            connection.executescript("""
                CREATE INDEX facts_label ON facts (label_f);
                CREATE INDEX facts_label_en ON facts (label_en_f);
                CREATE INDEX facts_value ON facts (value);
                CREATE INDEX facts_normalized ON facts (normalized);
            """)
            connection.executemany("INSERT INTO words VALUES (?)", ((w,) for w in words))
            declarations = {table: data.get(table, []) for table in ("unit", "category")}
            connection.executemany("INSERT INTO meta VALUES (?, ?)", [
                ("key", key), ("facts", str(len(data["fact"]))), ("terms", str(total)),
                ("declarations", json.dumps(declarations, ensure_ascii=False))])
            connection.commit()
        finally:
            connection.close()

    target = index_file(path)
    return target if cache.replace_atomically(target, write, (OSError, sqlite3.Error)) else None


def _insert_facts(connection: sqlite3.Connection, facts: Sequence[Mapping[str, Any]]
                  ) -> Tuple[Set[str], int]:
    """Write every fact's row and terms; the English words of all facts, and how many terms
    all facts hold together (for BM25's average length).

    Reading terms is Python work; filling FTS5 is SQLite's, which runs without the GIL. So
    a second thread writes one chunk while this one reads the next: on two cores the two
    overlap."""
    from concurrent.futures import Future, ThreadPoolExecutor

    from .progress import report

    words: Set[str] = set()
    total = 0
    marks = ", ".join("?" * (1 + len(COLUMNS)))

    def insert(rows: List[Tuple[Any, ...]], term_rows: List[Tuple[Any, ...]]) -> None:
        connection.executemany("INSERT INTO facts VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        connection.executemany(f"INSERT INTO terms (rowid, {', '.join(COLUMNS)}) "
                               f"VALUES ({marks})", term_rows)

    with ThreadPoolExecutor(max_workers=1) as writer:
        pending: Optional[Future[None]] = None
        for start in range(0, len(facts), CHUNK):
            report("indexing", start, len(facts))
            rows, term_rows = [], []
            for position, raw in enumerate(facts[start:start + CHUNK], start):
                fact = fact_from_raw(raw)
                columns = fact_columns(fact)
                total += sum(len(column) for column in columns)
                words.update(fact_words(fact))
                rows.append((position, fact.id, fold(fact.label), fold(fact.label_en),
                             float(fact.value), float(fact.normalized[0]),
                             json.dumps(raw, ensure_ascii=False, check_circular=False,
                                        separators=(",", ":"))))
                term_rows.append((position, *(" ".join(column) for column in columns)))
            if pending is not None:
                pending.result()  # the connection is free again (or its error is raised)
            pending = writer.submit(insert, rows, term_rows)
        if pending is not None:
            pending.result()
    report("indexing", len(facts), len(facts))
    return words, total


class _Frequencies(Mapping[str, int]):
    """How many facts hold a term, read from FTS5's vocabulary as asked."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection
        self._known: Dict[str, int] = {}

    def __getitem__(self, term: str) -> int:
        if term not in self._known:
            row = self._db.execute("SELECT doc FROM vocabulary WHERE term = ?",
                                   (term,)).fetchone()
            self._known[term] = row[0] if row else 0
        if not self._known[term]:
            raise KeyError(term)
        return self._known[term]

    def get(self, term: str, default: Any = None) -> Any:
        try:
            return self[term]
        except KeyError:
            return default

    def __contains__(self, term: object) -> bool:
        return isinstance(term, str) and self.get(term, 0) > 0

    def __iter__(self) -> Iterator[str]:
        return (row[0] for row in self._db.execute("SELECT term FROM vocabulary"))

    def __len__(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM vocabulary").fetchone()[0])


class IndexedBase:
    """A large fact base answered from its SQLite index, row by row."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = str(path)
        self._db = connection
        self._facts: Optional[Tuple[Fact, ...]] = None
        self._statistics: Optional[Statistics] = None
        self.sources: Dict[str, Source] = {
            row[0]: Source(**json.loads(row[1]))
            for row in connection.execute("SELECT id, data FROM sources")}
        declared = connection.execute(
            "SELECT value FROM meta WHERE key = 'declarations'").fetchone()
        declare(json.loads(declared[0]) if declared else {})

    @property
    def facts(self) -> Tuple[Fact, ...]:
        """Every fact, in file order (loaded on first use: list, stats and export need it)."""
        if self._facts is None:
            self._facts = tuple(self._rows("SELECT data FROM facts ORDER BY pos", ()))
        return self._facts

    def by_id(self) -> Dict[str, Fact]:
        return {fact.id: fact for fact in self.facts}

    def _rows(self, sql: str, parameters: Sequence[Any]) -> Iterator[Fact]:
        return (fact_from_raw(json.loads(row[0])) for row in self._db.execute(sql, parameters))

    def get_facts(self, ids: Sequence[str]) -> List[Fact]:
        found = []
        for fact_id in ids:
            rows = list(self._rows("SELECT data FROM facts WHERE id = ?",
                                   (fact_id.strip().lower(),)))
            if not rows:
                from .query import suggest

                prefix = fact_id.strip().lower().split(".")[0] + "."
                near = [row[0] for row in self._db.execute(
                    "SELECT id FROM facts WHERE substr(id, 1, ?) = ? LIMIT 5000",
                    (len(prefix), prefix))]
                raise FactNotFound(fact_id, suggest(fact_id.strip().lower(), near))
            found.extend(rows)
        return found

    def statistics(self) -> Statistics:
        """BM25's statistics from the index: the same numbers ranking.stats_of counts."""
        if self._statistics is None:
            meta = dict(self._db.execute("SELECT key, value FROM meta"))
            count, total = int(meta["facts"]), int(meta["terms"])
            frequencies = _Frequencies(self._db)
            vocabulary = [row[0] for row in self._db.execute("SELECT word FROM words")]
            self._statistics = Statistics(Stats(count, frequencies,
                                                total / count if count else 0.0),
                                          frequencies, vocabulary)
        return self._statistics

    def search(self, query: str, *, regex: bool = False,
               limit: Optional[int] = None) -> List[Hit]:
        """The hits search.search gives over every fact, scoring only candidate rows: the
        whole id or label, the value, and the rows holding a term of the query, read best
        first by FTS5's bm25() (the formula ranking.py computes), equal ones in id order.
        search.rank_hits scores them; with a limit, reading stops once no row to come can
        rank before the best `limit` (ranking.py's BM25 of a row is at most its bm25(): it
        only ever drops terms; rows of equal bm25() rank by id)."""
        query = check_query(query)
        if regex:
            return self._regex(query, limit)
        statistics = self.statistics()
        question = asked(query, statistics)  # read once, for every chunk of candidates
        seen = self._exact(query) | self._numbers(query)
        hits = rank_hits(self._load(sorted(seen)), question, statistics)
        ranks: Dict[str, float] = {}  # fact id → its bm25(), for the rows read
        for chunk in self._by_terms(question.query.terms):
            taken = []
            hits.sort(key=lambda hit: hit.order)
            last = hits[limit - 1] if limit is not None and len(hits) >= limit else None
            for position, bm25, fact_id in chunk:
                if last is not None and _beaten(last, ranks, bm25, fact_id):
                    break
                taken.append(position)
                ranks[fact_id] = bm25
            fresh = [position for position in taken if position not in seen]
            seen.update(fresh)
            hits += rank_hits(self._load(fresh), question, statistics)
            if len(taken) < len(chunk):
                break
        hits.sort(key=lambda hit: hit.order)
        return hits[:limit] if limit is not None else hits

    def _exact(self, query: str) -> Set[int]:
        folded = fold(query.strip())
        return {row[0] for row in self._db.execute(
            "SELECT pos FROM facts WHERE id = ? OR label_f = ? OR label_en_f = ?",
            (query.strip().lower(), folded, folded))} | {
            row[0] for row in self._db.execute(
                "SELECT pos FROM facts WHERE replace(replace(id, '-', ' '), '_', ' ') = ?",
                (folded,))}

    def _numbers(self, query: str) -> Set[int]:
        values = _number_values(query)
        if not values:
            return set()
        marks = ", ".join("?" for _ in values)
        return {row[0] for row in self._db.execute(
            f"SELECT pos FROM facts WHERE value IN ({marks}) UNION "
            f"SELECT pos FROM facts WHERE normalized IN ({marks})", values * 2)}

    def _by_terms(self, terms: Sequence[str]) -> Iterator[List[Tuple[int, float, str]]]:
        """(position, bm25, id) of the rows holding any of the terms, best first by bm25()
        with the fields' weights (bm25() is negative: the lower, the better), equal ones in
        id order, a chunk at a time."""
        if not terms:
            return
        match = " OR ".join('"' + term.replace('"', '""') + '"' for term in terms)
        weights = ", ".join(str(weight) for weight in WEIGHTS)
        rows = self._db.execute(
            f"SELECT found.pos, -found.rank, facts.id FROM (SELECT rowid AS pos, "
            f"bm25(terms, {weights}) AS rank FROM terms WHERE terms MATCH ?) AS found "
            "JOIN facts ON facts.pos = found.pos ORDER BY found.rank, facts.id", (match,))
        while True:
            chunk = rows.fetchmany(CANDIDATES)
            if not chunk:
                return
            yield chunk

    def _load(self, positions: Sequence[int]) -> List[Fact]:
        facts: List[Fact] = []
        for start in range(0, len(positions), 500):
            chunk = positions[start:start + 500]
            facts.extend(self._rows(
                f"SELECT data FROM facts WHERE pos IN ({', '.join('?' * len(chunk))}) "
                "ORDER BY pos", chunk))
        return facts

    def _regex(self, pattern: str, limit: Optional[int]) -> List[Hit]:
        try:
            compiled = re.compile(pattern, re.IGNORECASE)
        except re.error:
            return search([], pattern, regex=True)  # raises the usage error

        def matches(data: str) -> bool:
            fact = fact_from_raw(json.loads(data))
            return any(compiled.search(field_text(fact, field)) for field in TEXT_FIELDS)

        self._db.create_function("matches", 1, matches, deterministic=True)
        candidates = list(self._rows("SELECT data FROM facts WHERE matches(data)", ()))
        return search(candidates, pattern, regex=True, limit=limit)


def _number_values(query: str) -> List[float]:
    """The values and normalized values a number query can match (search.number_matches)."""
    number = parse_number_query(query)
    if number is not None:
        return sorted({float(value) for value in number_values(number)})
    # a question's numbers: a fact whose value one is ranks by it (search.value_match)
    return sorted({float(value) for found in quantities(fold_text(query))
                   for value in question_values(found)})


# How many facts hold each term: FTS5's own vocabulary of the terms table.
_VOCABULARY = "CREATE VIRTUAL TABLE temp.vocabulary USING fts5vocab(main, 'terms', 'row')"


def open_indexed(path: Path) -> Optional[IndexedBase]:
    """The index of a large fact file, built first if needed; None when no index can be
    used (then the caller loads the file as usual)."""
    if not cache.enabled():
        return None
    key = _meta_key(path)
    target = index_file(path)
    for attempt in range(2):
        try:
            connection = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
            try:
                row = connection.execute("SELECT value FROM meta WHERE key = 'key'").fetchone()
                if row and row[0] == key:
                    connection.execute(_VOCABULARY)
                    return IndexedBase(path, connection)
            except sqlite3.Error:
                pass
            connection.close()
        except sqlite3.Error:
            pass
        if attempt:
            return None
        data, problems = check_file(path)
        if problems or data is None:
            raise FactFileError(problems)
        if build_index(path, data) is None:
            return None
    return None
