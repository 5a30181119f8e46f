"""A large fact base answered from its SQLite index in the cache (built by indexer.py).

The index holds each fact's row and its search terms (terms.py) in an FTS5 table, one
column per field. A search asks it for candidates (facts holding a term of the query, best
first by FTS5's bm25(), which is the formula ranking.py computes) and for the statistics
BM25 needs (how many facts hold each term), and then search.rank_hits scores and orders the
candidates: the ranking is written once, and an indexed answer is the answer search.py
gives over every fact, for one file or many.

An index is trusted only while every file of the base has the fingerprint it had when it
was read. One that SQLite finds damaged (when opened, or on any later error) is built anew
and the question asked again; where no index can be written the base is loaded whole.
Without FTS5 (an old SQLite) no index is built."""

from __future__ import annotations

import marshal
import math
import re
import sqlite3
import zlib
from typing import Any, Callable, Iterator, Mapping, Optional, Sequence, TypeVar

from ..base.errors import FactFileError, FactNotFound
from ..base.factbase import Sources, declare, fact_from_raw, unit_conflicts
from ..base.files import FactFile
from ..base.model import Fact, Source
from .forms import fold_text
from .hits import (
    SCORE_NUMBER,
    TEXT_FIELDS,
    Hit,
    Hits,
    Statistics,
    asked,
    check_query,
    field_text,
    fold,
    number_matches,
    number_values,
    parse_number_query,
    quantities,
    question_values,
    rank_hits,
    search,
    text_score,
)
from .indexer import SPACED_ID
from .loaded import SearchableBase
from .prepare import SLOT_BITS
from .ranking import K1, Stats
from .terms import WEIGHTS, Query

CANDIDATES = 64  # candidate rows scored at a time
T = TypeVar("T")


class Damaged(Exception):
    """The index's data does not read back as it was written."""


# What a damaged index raises: SQLite's errors, and data that does not check out.
DAMAGE = (sqlite3.DatabaseError, Damaged)


def has_fts5() -> bool:
    """Whether this SQLite has FTS5 (3.9 and later, when compiled in)."""
    try:
        sqlite3.connect(":memory:").execute("CREATE VIRTUAL TABLE t USING fts5(x)")
    except sqlite3.Error:
        return False
    return True


def _beaten(last: Hit, ranks: Mapping[str, float], bm25: float, fact_id: str) -> bool:
    """Whether a row (and every row after it) ranks after `last`, the worst of the best N:
    its bound (ranked_expression) bounds its score (with room for floats summed in another
    order), and a row of the very bound `last` had comes after it when its id does."""
    worst = -last.order[0]  # its rank (100 for the whole id, 90 for a number)
    if text_score(bm25) * (1 + 1e-9) < worst:
        return True
    own = ranks.get(last.fact.id)
    # (only where `last` scored its whole bound: had it lost a term, or had its terms
    # been counted whole by a bound of scale 1, an equal row could rank before it)
    return own == bm25 and fact_id > last.fact.id and \
        abs(text_score(own) - worst) <= 1e-9 * worst


def sql_text(text: str) -> Optional[str]:
    """Text SQLite can take (UTF-8), or None: a query or name with bytes that are no
    UTF-8 (surrogate escapes) matches nothing stored, which is all valid text."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return None
    return text


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def match_expression(query: Query, times: Optional[Sequence[int]] = None) -> str:
    """The FTS5 query of the rows ranking.score scores: any term of the query, or all the
    terms of a group that only counts whole (a word of pinyin initials). Given `times`
    (per term of query.terms), each term is written that many times: FTS5's bm25() sums
    over the phrases written, so it counts a term that often; the rows matched are the
    same."""
    count = dict(zip(query.terms, times or ()))

    def quoted(term: str, joined: str) -> str:
        return f" {joined} ".join([_quoted(term)] * count.get(term, 1))

    grouped: dict[int, list[str]] = {}
    for unit in query.units:
        if unit.whole >= 0:
            grouped.setdefault(unit.whole, []).extend(unit.terms)
    in_groups = {term for terms in grouped.values() for term in terms}
    parts = [quoted(term, "OR") for term in query.terms if term not in in_groups]
    parts += ["(" + " AND ".join(quoted(term, "AND")
                                 for term in dict.fromkeys(terms)) + ")"
              for terms in grouped.values()]
    return " OR ".join(parts)


#: The most phrases a ranking expression (ranked_expression) may write; past it, each term
#: is written once.
MAX_PHRASES = 64


def ranked_expression(query: Query) -> tuple[str, int]:
    """An FTS5 query matching the rows match_expression does, whose bm25() divided by the
    scale returned bounds ranking.score's BM25 of every row from above: each term written
    round(weight × scale) times (a term a guess gave weighs less: the lone 家 of a question
    0.4, written 2 times to a word's 5). Where the weights are no small fractions, or the
    phrases would be too many, each term is written once (scale 1): its bm25() counts
    every term whole, at least its weight. A row's bound is its score exactly unless it
    loses terms of a group that counts only whole."""
    times, scale = _times(query)
    return match_expression(query, times), scale


def _times(query: Query) -> tuple[list[int], int]:
    """How many times ranked_expression writes each term, and its scale."""
    weights = query.weights or (1.0,) * len(query.terms)
    for scale in range(1, 11):
        times = [round(weight * scale) for weight in weights]
        if all(count >= 1 and abs(weight * scale - count) <= 1e-9
               for weight, count in zip(weights, times)) and (
                scale == 1 or sum(times) <= MAX_PHRASES):
            return times, scale
    return [max(1, math.ceil(weight)) for weight in weights], 1


#: A term more than this share of the facts hold is common (rare_first).
COMMON = 1 / 16


def rare_first(query: Query, stats: Stats) -> Optional[tuple[str, int, float]]:
    """An FTS5 query of the rows holding a rare term of the query, whose bm25() divided by
    the scale is the bound ranked_expression gives them, and the most the common terms
    alone can give any other row; None where the query has no rare and common terms both
    (or a group of terms that only counts whole). Each term's BM25 is below
    idf × (k1 + 1): its frequency saturates. The rows are `(rare terms) AND (every term)`,
    a rare term written once in the first part and one time less in the second, so that
    bm25() counts each term as often as ranked_expression does."""
    if any(unit.whole >= 0 for unit in query.units):
        return None
    times, scale = _times(query)
    common = [stats.document_frequency.get(term, 0) > stats.facts * COMMON
              for term in query.terms]
    if all(common) or not any(common):
        return None
    if any(count < 2 for count, is_common in zip(times, common) if not is_common):
        times, scale = [2 * count for count in times], 2 * scale
    if sum(times) > MAX_PHRASES:
        return None
    ceiling = sum(count / scale * stats.idf(term) * (K1 + 1)
                  for term, count, is_common in zip(query.terms, times, common) if is_common)
    rare = " OR ".join(_quoted(term) for term, is_common in zip(query.terms, common)
                       if not is_common)
    rest = match_expression(query, [count - (not is_common)
                                    for count, is_common in zip(times, common)])
    return f"({rare}) AND ({rest})", scale, ceiling


class _Frequencies(Mapping[str, int]):
    """How many facts hold a term, read from FTS5's vocabulary as asked."""

    def __init__(self, base: IndexedBase) -> None:
        self._base = base
        self._known: dict[str, int] = {}

    def __getitem__(self, term: str) -> int:
        if term not in self._known:
            text = sql_text(term)
            row = None if text is None else self._base._db.execute(
                "SELECT doc FROM vocabulary WHERE term = ?", (text,)).fetchone()
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
        return (row[0] for row in self._base._db.execute("SELECT term FROM vocabulary"))

    def __len__(self) -> int:
        return int(self._base._db.execute("SELECT count(*) FROM vocabulary").fetchone()[0])


class _Vocabulary(Sequence[str]):
    """The base's English words (to respell a typo), read from the files' rows when a
    query first needs them."""

    def __init__(self, read: Callable[[], list[str]]) -> None:
        self._read = read
        self._words: Optional[list[str]] = None

    def _all(self) -> list[str]:
        if self._words is None:
            self._words = self._read()
        return self._words

    def __getitem__(self, index: Any) -> Any:
        return self._all()[index]

    def __len__(self) -> int:
        return len(self._all())

    def __iter__(self) -> Iterator[str]:
        return iter(self._all())


class IndexedBase:
    """A large fact base answered from its SQLite index, row by row."""

    def __init__(self, files: Sequence[FactFile], opened: tuple[sqlite3.Connection,
                                                                list[int]],
                 reopen: Callable[[], Optional[tuple[sqlite3.Connection, list[int]]]]
                 ) -> None:
        self.names = [file.name for file in files]
        self._files = list(files)
        self._reopen = reopen
        self._memory: Optional[SearchableBase] = None
        self._db, self._slots = opened
        self._statistics: Optional[Statistics] = None
        self._read_files()

    @property
    def path(self) -> str:
        import os

        return os.pathsep.join(self.names)

    # ---------------------------------------------------------------- trust

    def _read_files(self) -> None:
        """Each file's counts and declarations (made known); sources, tags and words are
        read when first needed."""
        rows = {row[0]: row for row in self._db.execute(
            "SELECT slot, facts, terms, declared FROM files")}
        declared = [_info(rows[slot][3]) for slot in self._slots]
        self._count = sum(rows[slot][1] for slot in self._slots)
        self._total = sum(rows[slot][2] for slot in self._slots)
        problems = unit_conflicts(list(zip(self.names, declared)))
        if problems:
            raise FactFileError(problems)
        for tables in declared:
            declare(tables)
        self._number_of_slot = {slot: number for number, slot in enumerate(self._slots)}
        self.sources = Sources(self._read_sources, self._file_of)
        self._db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocabulary USING "
                         "fts5vocab(main, 'terms', 'row')")

    def _per_file(self, column: str) -> list[Any]:
        """A column of the files table, unmarshalled, for each file in base order."""
        def read() -> list[Any]:
            rows = dict(self._db.execute(f"SELECT slot, {column} FROM files"))
            return [_info(rows[slot], list) for slot in self._slots]

        return self._guarded(read)

    def _read_sources(self) -> list[dict[str, Source]]:
        return [{raw["id"]: Source(**raw) for raw in raws}
                for raws in self._per_file("sources")]

    def _read_words(self) -> list[str]:
        return sorted({word for words in self._per_file("words") for word in words})

    def _file_of(self, fact_id: str) -> Optional[int]:
        text = sql_text(fact_id)
        row = None if text is None else self._guarded(lambda: self._db.execute(
            "SELECT pos FROM facts WHERE id = ?", (text,)).fetchone())
        return None if row is None else self._number_of_slot.get(row[0] >> SLOT_BITS)

    def _guarded(self, work: Callable[[], T]) -> T:
        """Run a read; where the index turns out damaged, build it anew and run it again
        (or, where it cannot be built, answer from the files loaded whole)."""
        try:
            return work()
        except DAMAGE:
            pass
        self._recover()
        return work()

    def _recover(self) -> None:
        import contextlib

        with contextlib.suppress(sqlite3.Error):
            self._db.close()
        self._statistics = None
        opened = self._reopen()
        if opened is None:
            from .loaded import load_files

            self._memory = load_files(self._files)
            self._db = sqlite3.connect(":memory:")
            return
        self._db, self._slots = opened
        self._read_files()

    def _rows(self, sql: str, parameters: Sequence[Any]) -> Iterator[Fact]:
        for crc, blob in self._db.execute(sql, parameters):
            yield _fact(crc, blob)

    # ---------------------------------------------------------------- whole base

    @property
    def facts(self) -> tuple[Fact, ...]:
        """Every fact, in base order (all in memory: prefer iter_facts)."""
        return tuple(self.iter_facts())

    def iter_facts(self, sort: Optional[str] = None, reverse: bool = False
                   ) -> Iterator[Fact]:
        """Every fact, in base order or sorted (query.SORT_KEYS), read as it is used: the
        first comes before the others are read, and memory does not grow with the base.
        Where the index turns out damaged on the way, the rest comes from the rebuilt one."""
        return (fact for _, fact in self._resumable(sort, reverse))

    def iter_file_facts(self) -> Iterator[tuple[str, Fact]]:
        """(fact file's name, fact) for every fact, in base order, read as it is used."""
        return ((self.names[number], fact) for number, fact in self._resumable(None))

    def _resumable(self, sort: Optional[str], reverse: bool = False
                   ) -> Iterator[tuple[int, Fact]]:
        if sort is not None:
            from ..base.query import sort_key

            sort, reverse = sort_key(sort, reverse)
        done = 0
        for attempt in range(2):
            if self._memory is not None:
                pairs = list(self._memory.iter_file_facts()) if sort is None else \
                    [(0, fact) for fact in self._memory.iter_facts(sort, reverse)]
                for name, fact in pairs[done:]:
                    yield (self.names.index(name) if isinstance(name, str) else 0), fact
                return
            try:
                for pair in self._ordered(sort, reverse, done):
                    done += 1
                    yield pair
                return
            except DAMAGE:
                if attempt:
                    raise
                self._recover()

    def _ordered(self, sort: Optional[str], reverse: bool, skip: int
                 ) -> Iterator[tuple[int, Fact]]:
        if sort is None:
            for number, slot in enumerate(self._slots):
                low, high = slot << SLOT_BITS, ((slot + 1) << SLOT_BITS) - 1
                count = self._db.execute("SELECT count(*) FROM facts WHERE pos BETWEEN ? "
                                         "AND ?", (low, high)).fetchone()[0]
                if skip >= count:
                    skip -= count
                    continue
                for fact in self._rows("SELECT crc, data FROM facts WHERE pos BETWEEN ? "
                                       "AND ? ORDER BY pos LIMIT -1 OFFSET ?",
                                       (low, high, skip)):
                    yield number, fact
                skip = 0
            return
        # query.sort_facts's orders, as SQL: reversed, every key's direction flips
        if sort == "id":
            keys = [("id", "")]
        elif sort == "value":  # within a dimension (query.value_group), largest first
            keys = [("vgroup", ""), ("normalized", " DESC"), ("id", "")]
        else:
            from ..base.model import CATEGORIES

            ranks = " ".join(f"WHEN {_literal(name)} THEN {rank}"
                             for rank, name in enumerate(CATEGORIES))
            keys = [(f"CASE category {ranks} ELSE {len(CATEGORIES)} END", ""), ("id", "")]
        flip = {"": " DESC", " DESC": ""}
        order = ", ".join(key + (flip[way] if reverse else way) for key, way in keys)
        for fact in self._rows(f"SELECT crc, data FROM facts ORDER BY {order} "
                               "LIMIT -1 OFFSET ?", (skip,)):
            yield 0, fact

    def tags(self) -> set[str]:
        if self._memory is not None:
            return self._memory.tags()
        return {tag for tags in self._per_file("tags") for tag in tags}

    def count(self) -> int:
        return len(self._memory.facts) if self._memory is not None else self._count

    # ---------------------------------------------------------------- lookups

    def by_id(self) -> dict[str, Fact]:
        return {fact.id: fact for fact in self.iter_facts()}

    def get_facts(self, ids: Sequence[str]) -> list[Fact]:
        if self._memory is not None:
            return self._memory.get_facts(ids)
        return self._guarded(lambda: self._get_facts(ids))

    def _get_facts(self, ids: Sequence[str]) -> list[Fact]:
        found = []
        for fact_id in ids:
            wanted = sql_text(fact_id.strip().lower())
            rows = [] if wanted is None else list(self._rows(
                "SELECT crc, data FROM facts WHERE id = ?", (wanted,)))
            if not rows:
                from ..base.query import suggest

                prefix = (wanted or "").split(".")[0] + "."
                near = [row[0] for row in self._db.execute(
                    "SELECT id FROM facts WHERE substr(id, 1, ?) = ? LIMIT 5000",
                    (len(prefix), prefix))]
                raise FactNotFound(fact_id, suggest(fact_id.strip().lower(), near))
            found.extend(rows)
        return found

    def statistics(self) -> Statistics:
        """BM25's statistics from the index: the same numbers ranking.stats_of counts."""
        if self._memory is not None:
            return self._memory.statistics()  # type: ignore[no-any-return]
        if self._statistics is None:
            frequencies = _Frequencies(self)
            self._statistics = Statistics(
                Stats(self._count, frequencies, self._total / self._count
                      if self._count else 0.0), frequencies, _Vocabulary(self._read_words))
        return self._statistics

    # ---------------------------------------------------------------- search

    def search(self, query: str, *, regex: bool = False,
               limit: Optional[int] = None) -> Hits:
        """The hits search.search gives over every fact, scoring only candidate rows: the
        whole id or label, the value, and the rows holding a term of the query, read best
        first by FTS5's bm25() (the formula ranking.py computes) of ranked_expression,
        which counts each term by its weight, equal ones in id order. search.rank_hits
        scores them; with a limit, reading stops once no row to come can rank before the
        best `limit` (ranking.py's BM25 of a row is at most that bound: it only ever drops
        terms; rows of equal bound rank by id). With a limit, the rows of a rare term are
        read first (rare_first), and the others only where they could still rank."""
        if self._memory is not None:
            return self._memory.search(query, regex=regex, limit=limit)
        query = check_query(query)
        if regex:
            return self._guarded(lambda: self._regex(query, limit))
        return self._guarded(lambda: self._search(query, limit))

    def _search(self, query: str, limit: Optional[int]) -> Hits:
        statistics = self.statistics()
        question = asked(query, statistics)  # read once, for every chunk of candidates
        expression = match_expression(question.query)
        exact = self._exact(query)
        hits = rank_hits(self._load(sorted(exact)), question, statistics)
        seen = set(exact)
        # Facts whose value is the number asked score alike (SCORE_NUMBER), in id order: read
        # in that order only until `limit` of them (and the exact ones) are hits. (A row
        # left unread that holds a term of the query comes with the rows the terms reach.)
        numbers = self._numbers(query)
        # A query that is a number (no question) gives a row of that value no hit but as
        # the number (search.number_matches) or through a term of the query: a row that is
        # not the number is left to the terms below, which reach it if it is a hit at all
        # (21.3亿 quoted by 2,300 facts of 21.3亿元 is no number match of any).
        wanted = question.number if not question.numbers else None
        done = 0  # how many of `numbers` were looked at
        for start in range(0, len(numbers), 256):
            if limit is not None and sum(hit.score >= SCORE_NUMBER for hit in hits) >= limit:
                break
            unread = [position for position in numbers[start:start + 256]
                      if position not in seen]
            done = min(start + 256, len(numbers))
            if wanted is not None:
                matching = [(position, fact) for position, fact in
                            self._load_positions(unread) if number_matches(fact, wanted)]
                seen.update(position for position, _ in matching)
                facts = [fact for _, fact in matching]
            else:
                seen.update(unread)
                facts = self._load(unread)
            hits += rank_hits(facts, question, statistics)
        ranks: dict[str, float] = {}  # fact id → its bound, for the rows read
        exhausted = all(position in seen for position in numbers[done:])

        def read(chunks: Iterator[list[tuple[int, float, str]]]) -> bool:
            """Score the rows best first until no row to come can rank before the best
            `limit`; whether rows were left unread."""
            for chunk in chunks:
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
                hits.extend(rank_hits(self._load(fresh), question, statistics))
                if len(taken) < len(chunk):
                    return True
            return False

        # The rows holding a rare term of the query first: where the best `limit` found
        # among them are beyond what the common terms alone can score, the many rows that
        # hold only common terms (锦州, 企业, 家) are left unread, bm25() not even computed.
        tiers = rare_first(question.query, statistics.bm25) if limit is not None else None
        covered = False
        if tiers is not None and limit is not None:
            rare, scale, ceiling = tiers
            read(self._by_terms(rare, scale))
            hits.sort(key=lambda hit: hit.order)
            # (the rows left unread rank after the best `limit`: those of a rare term as
            # read() found, the others as the most the common terms can give them)
            covered = len(hits) >= limit > 0 and \
                text_score(ceiling) * (1 + 1e-9) < -hits[limit - 1].order[0]
        if covered or read(self._by_terms(*ranked_expression(question.query))):
            exhausted = False
        hits.sort(key=lambda hit: hit.order)
        shown = hits[:limit] if limit is not None else hits
        if exhausted:
            return Hits(shown, len(hits))

        def total() -> int:
            """Every row the terms reach is a hit (match_expression); to them add the hits
            found by id, label or value alone (they match no term of the query)."""
            alone = rank_hits(self._load(sorted(exact | set(numbers))), question, statistics)
            return sum(1 for hit in alone if not hit.terms) + int(self._db.execute(
                "SELECT count(*) FROM terms WHERE terms MATCH ?", (expression,)).fetchone()[0]
                if expression else 0)

        return Hits(shown, lambda: self._guarded(total))

    def _exact(self, query: str) -> set[int]:
        folded = sql_text(fold(query.strip()))
        lowered = sql_text(query.strip().lower())
        if folded is None or lowered is None:
            return set()
        return {row[0] for row in self._db.execute(
            "SELECT pos FROM facts WHERE id = ? OR label_f = ? OR label_en_f = ?",
            (lowered, folded, folded))} | {
            row[0] for row in self._db.execute(
                f"SELECT pos FROM facts WHERE {SPACED_ID} = ?", (folded,))}

    def _numbers(self, query: str) -> list[int]:
        """The rows whose value or normalized value may be the number asked, in id order
        (search.number_matches decides)."""
        values = _number_values(query)
        if not values:
            return []
        marks = ", ".join("?" for _ in values)
        return [row[0] for row in self._db.execute(
            f"SELECT pos FROM facts WHERE pos IN (SELECT pos FROM facts WHERE value IN "
            f"({marks}) UNION SELECT pos FROM facts WHERE normalized IN ({marks})) "
            "ORDER BY id", values * 2)]

    def _by_terms(self, expression: str, scale: int = 1
                  ) -> Iterator[list[tuple[int, float, str]]]:
        """(position, bound, id) of the rows the expression matches, best first by bm25()
        with the fields' weights, divided by the scale (bm25() is negative: the lower, the
        better), equal ones in id order, a chunk at a time. Rows come ordered by bm25()
        alone, and are read up to the last row of a chunk's last bound: only their ids
        are read (joining every matched row to its id cost a third of the query at
        100,000 facts), and sorting them orders the equal ones; they are handed on a
        chunk at a time all the same, so that ties after the best N are left unread."""
        if not expression:
            return
        weights = ", ".join(str(weight) for weight in WEIGHTS)
        rows = self._db.execute(
            f"SELECT rowid, bm25(terms, {weights}) AS found FROM terms WHERE terms MATCH ? "
            "ORDER BY found", (expression,))
        waiting: list[tuple[int, float]] = []  # (position, bound), best first
        done = False

        def fill(count: int) -> None:
            nonlocal done
            while len(waiting) < count and not done:
                more = rows.fetchmany(CANDIDATES)
                done = not more
                waiting.extend((position, -found / scale) for position, found in more)

        while True:
            fill(CANDIDATES + 1)
            end = min(CANDIDATES, len(waiting))
            if not end:
                return
            while True:  # a chunk ends where the bound changes, or with the last row
                fill(end + 1)
                if end == len(waiting) or waiting[end][1] != waiting[end - 1][1]:
                    break
                end += 1
            chunk = waiting[:end]
            del waiting[:end]
            ids = self._ids([position for position, _ in chunk])
            ready = sorted(((position, bound, ids[position]) for position, bound in chunk),
                           key=lambda row: (-row[1], row[2]))
            for start in range(0, len(ready), CANDIDATES):  # (ties are left unread)
                yield ready[start:start + CANDIDATES]

    def _ids(self, positions: Sequence[int]) -> dict[int, str]:
        ids: dict[int, str] = {}
        for start in range(0, len(positions), 500):
            part = positions[start:start + 500]
            ids.update(self._db.execute(f"SELECT pos, id FROM facts WHERE pos IN "
                                        f"({', '.join('?' * len(part))})", part))
        if len(ids) != len(set(positions)):
            raise Damaged("a row of the terms has no fact")
        return ids

    def _load(self, positions: Sequence[int]) -> list[Fact]:
        return [fact for _, fact in self._load_positions(positions)]

    def _load_positions(self, positions: Sequence[int]) -> list[tuple[int, Fact]]:
        """(position, fact) of these rows, in position order."""
        facts: list[tuple[int, Fact]] = []
        for start in range(0, len(positions), 500):
            chunk = positions[start:start + 500]
            facts.extend((position, _fact(crc, blob)) for position, crc, blob in
                         self._db.execute(
                             f"SELECT pos, crc, data FROM facts WHERE pos IN "
                             f"({', '.join('?' * len(chunk))}) ORDER BY pos", chunk))
        return facts

    def _regex(self, pattern: str, limit: Optional[int]) -> Hits:
        try:
            compiled = re.compile(pattern, re.IGNORECASE)
        except re.error:
            search([], pattern, regex=True)  # raises the usage error
            raise

        def matches(crc: int, blob: bytes) -> bool:
            fact = _fact(crc, blob)
            return any(compiled.search(field_text(fact, field)) for field in TEXT_FIELDS)

        self._db.create_function("matches", 2, matches, deterministic=True)
        candidates = list(self._rows("SELECT crc, data FROM facts WHERE matches(crc, data)",
                                     ()))
        from .hits import hits_of

        return hits_of(search(candidates, pattern, regex=True), limit)


def _fact(crc: int, blob: bytes) -> Fact:
    """A fact from its row, its data checked first."""
    if zlib.crc32(blob) != crc:
        raise Damaged("a fact's data does not match its checksum")
    try:
        return fact_from_raw(marshal.loads(blob))
    except (ValueError, EOFError, TypeError, KeyError) as error:
        raise Damaged(str(error)) from None


def _info(blob: bytes, kind: type = dict) -> Any:
    try:
        value = marshal.loads(blob)
    except (ValueError, EOFError, TypeError) as error:
        raise Damaged(str(error)) from None
    if not isinstance(value, kind):
        raise Damaged("a file's row is not what was written")
    return value


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _number_values(query: str) -> list[float]:
    """The values and normalized values a number query can match (search.number_matches)."""
    number = parse_number_query(query)
    if number is not None:
        return sorted({float(value) for value in number_values(number)})
    # a question's numbers: a fact whose value one is ranks by it (search.value_match)
    return sorted({float(value) for found in quantities(fold_text(query))
                   for value in question_values(found)})
