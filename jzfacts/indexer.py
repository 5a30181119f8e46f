"""Build and update the index of a large fact base (index.py reads it).

A base's index is one SQLite database in the cache (bases/), named after the base's
entries (--facts, $JZFACTS_FACTS; a folder stays a folder). Each file's facts are rows
tagged with the file's slot (a fact's position is slot << 24 | its number in the file), and
the files table keeps each file's fingerprint, taken before the file was read. When a base
is opened, files added, changed or removed are found by their fingerprints and only those
are read: their rows are replaced in one journaled transaction. A base that changed for
the most part, or has no usable index, is built anew in a temporary file that is made
durable before it is renamed into place.

Reading uses every core where there is enough to read: a large file is cut at its
[[fact]] lines into parts, and each part (or each file of many) is parsed, validated and
turned into rows (search terms, terms.py) by a worker process, while this process writes
the rows (SQLite's FTS5 work, which runs without the GIL). A file that cannot be cut
safely (a table header inside a multi-line string, a table jzfacts does not know) is read
whole, as TOML requires."""

from __future__ import annotations

import contextlib
import json
import marshal
import os
import re
import sqlite3
import zlib
from pathlib import Path
from typing import Any, Dict, Iterator, List, NamedTuple, Optional, Sequence, Set, Tuple

from . import cache
from .errors import FactFileError, Problem
from .factbase import (
    declare,
    decode,
    fact_from_raw,
    parse,
    read_error,
)
from .files import FactFile
from .terms import COLUMNS

SCHEMA = 4
SLOT_BITS = 24  # facts per file: at most 16.7 million
PART_FACTS = 2000  # facts a worker reads at a time, from a large file
PARALLEL_BYTES = 1 << 20  # less than this to read: one process does it all
_TABLES = ("source", "unit", "category", "not_fact")
_HEADER = re.compile(r"^[ \t]*\[(\[)?[ \t]*([^\[\]\n]*?)[ \t]*\](\])?[ \t]*(?:#[^\n]*)?$",
                     re.M)


class Rebuild(Exception):
    """The index cannot be updated in place (damaged, or its rows disagree with what their
    data gives): build it anew."""


def index_path(spec: bytes) -> Path:
    return cache.entry_file(cache.BASES, spec, "base", ".sqlite")


def meta_key() -> str:
    return json.dumps([SCHEMA, *cache.versions()])


def connect(path: Path, read_only: bool) -> sqlite3.Connection:
    """A connection to an index; the path quoted in the URI (names with #, ? or any byte)."""
    from urllib.parse import quote

    uri = "file:" + quote(os.fsencode(path), safe="/") + ("?mode=ro" if read_only else "")
    connection = sqlite3.connect(uri, uri=True, timeout=60, check_same_thread=False)
    connection.execute("PRAGMA cell_size_check = ON")
    return connection


# ------------------------------------------------------------------ the schema

_SCHEMA = f"""
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
    -- One row per fact file: its fingerprint when it was read, and its other tables.
    CREATE TABLE files (slot INTEGER PRIMARY KEY, path BLOB NOT NULL UNIQUE,
        stamp TEXT NOT NULL, racy INTEGER NOT NULL, digest BLOB NOT NULL,
        facts INTEGER NOT NULL, terms INTEGER NOT NULL, declared BLOB NOT NULL,
        sources BLOB NOT NULL, tags BLOB NOT NULL, words BLOB NOT NULL);
    -- Short columns first: a lookup reads them without the data. crc checks the data,
    -- tcrc the terms given to FTS5 (taken out again with them when the file changes).
    CREATE TABLE facts (pos INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, label_f TEXT,
        label_en_f TEXT, value REAL NOT NULL, normalized REAL NOT NULL,
        category TEXT NOT NULL, line INTEGER, crc INTEGER NOT NULL, tcrc INTEGER NOT NULL,
        data BLOB NOT NULL);
    -- Each field's terms, space-separated: the ascii tokenizer splits them back exactly
    -- (a term is letters and digits, or characters beyond ASCII, which it never splits).
    CREATE VIRTUAL TABLE terms USING fts5 ({", ".join(COLUMNS)}, content='',
        tokenize='ascii');
"""
_INDEXES = """
    CREATE INDEX IF NOT EXISTS facts_label ON facts (label_f);
    CREATE INDEX IF NOT EXISTS facts_label_en ON facts (label_en_f);
    CREATE INDEX IF NOT EXISTS facts_value ON facts (value);
    CREATE INDEX IF NOT EXISTS facts_normalized ON facts (normalized);
"""
_INSERT_FACT = "INSERT INTO facts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
_INSERT_TERMS = (f"INSERT INTO terms (rowid, {', '.join(COLUMNS)}) "
                 f"VALUES ({', '.join('?' * (1 + len(COLUMNS)))})")
_DELETE_TERMS = (f"INSERT INTO terms (terms, rowid, {', '.join(COLUMNS)}) "
                 f"VALUES ('delete', {', '.join('?' * (1 + len(COLUMNS)))})")


# ------------------------------------------------------------------ rows of facts


def fact_rows(raws: Sequence[Dict[str, Any]], slot: int, first: int,
              lines: Sequence[Optional[int]]) -> Tuple[List[Any], List[Any], Set[str],
                                                       Set[str], int]:
    """The facts' rows and term rows, their English words, their tags and how many terms
    they hold together."""
    from .search import fold, words_of
    from .terms import fact_columns

    rows: List[Any] = []
    term_rows: List[Any] = []
    total = 0
    base = slot << SLOT_BITS
    english: List[str] = []
    tags: Set[str] = set()
    for offset, raw in enumerate(raws):
        fact = fact_from_raw(raw)
        position = base | (first + offset)
        columns = fact_columns(fact)
        joined = tuple(" ".join(column) for column in columns)
        total += sum(map(len, columns))
        blob = marshal.dumps(raw)
        rows.append((position, fact.id, fold(fact.label), fold(fact.label_en),
                     float(fact.value), float(fact.normalized[0]), fact.category,
                     lines[offset] if offset < len(lines) else None, zlib.crc32(blob),
                     terms_crc(joined), blob))
        term_rows.append((position, *joined))
        english.append(f"{fact.id} {fact.label_en} {' '.join(fact.tags)}")
        tags.update(fact.tags)
    # The English words of ids, labels and tags (search.fact_words), read in one go.
    words = {word for word in words_of("\n".join(english)) if word.isalpha()}
    return rows, term_rows, words, tags, total


def terms_crc(joined: Sequence[str]) -> int:
    return zlib.crc32("\x1f".join(joined).encode("utf-8", "surrogatepass"))


class Part(NamedTuple):
    """What a worker read of one file or one part of a large file."""

    number: int  # the file's number in the work
    problems: List[Problem]
    rows: List[Any]
    term_rows: List[Any]
    words: Set[str]
    tags: Set[str]
    total: int
    whole: Optional[Dict[str, Any]] = None  # a whole file: its tables and fingerprint
    mismatch: bool = False  # a part that is not what the header scan said: read whole


# Set before the workers start (they are forked): the texts of the large files cut into
# parts, and what their facts may name.
_SHARED: Dict[str, Any] = {}


def read_whole(number: int, slot: int, path: str, name: str) -> Part:
    """A fact file read, parsed, validated and turned into rows, all in one."""
    from .validate import fact_lines, validate

    try:
        snapshot = cache.read_snapshot(Path(path))
    except OSError as error:
        return Part(number, read_error(name, error).problems, [], [], set(), set(), 0)
    try:
        text = decode(snapshot.data, name)
        data = parse(text, name)
    except FactFileError as error:
        return Part(number, error.problems, [], [], set(), set(), 0)
    problems = validate(data, name, text)
    tables = {key: data.get(key, []) for key in _TABLES}
    info = {"stamp": snapshot.stamp, "racy": snapshot.racy, "digest": snapshot.digest,
            "tables": tables, "ids": [raw.get("id") for raw in data.get("fact", [])]
            if isinstance(data.get("fact"), list) else []}
    if problems:
        return Part(number, problems, [], [], set(), set(), 0, info)
    declare(data)
    lines = fact_lines(text)
    rows, term_rows, words, tags, total = fact_rows(data["fact"], slot, 0, lines)
    return Part(number, [], rows, term_rows, words, tags, total, info)


def read_part(number: int, slot: int, start: int, end: int, first: int,
              expected: Dict[str, int], name: str) -> Part:
    """One part of a large file (its [[fact]] tables from the first-th on), parsed and
    checked against what the file's other tables declare."""
    from .validate import check_facts

    text = _SHARED["texts"][number][start:end]
    lines = _SHARED["lines"][number]
    try:
        data = parse(text, name)
    except FactFileError:
        return Part(number, [], [], [], set(), set(), 0, mismatch=True)
    raws = data.get("fact")
    found = {key: len(value) if isinstance(value, list) else -1 for key, value in
             data.items() if key != "fact"}
    if not isinstance(raws, list) or len(raws) != expected.get("fact", 0) or \
            found != {key: count for key, count in expected.items() if key != "fact"}:
        return Part(number, [], [], [], set(), set(), 0, mismatch=True)
    problems = check_facts(raws, _SHARED["known"][number], name,
                           lambda index: lines[index] if index < len(lines) else None, first)
    if problems:
        return Part(number, problems, [], [], set(), set(), 0)
    rows, term_rows, words, tags, total = fact_rows(raws, slot, first,
                                                    lines[first:first + len(raws)])
    return Part(number, [], rows, term_rows, words, tags, total)


class Plan(NamedTuple):
    """A large file cut into parts: its text, its tables other than facts, where each part
    starts and ends, and the line of each [[fact]]."""

    snapshot: cache.Snapshot
    text: str
    tables: Dict[str, Any]
    parts: List[Tuple[int, int, int, Dict[str, int]]]  # start, end, first fact, counts
    lines: List[int]


def plan(snapshot: cache.Snapshot, text: str, name: str) -> Optional[Plan]:
    """How to read a large file in parts, or None where only a whole read is sound: any
    table other than [[fact]] (and [[fact.repeats]]), [[source]], [[unit]], [[category]]
    and [[not_fact]]; a prefix that TOML would reject together with the tables."""
    starts: List[int] = []
    others: List[Tuple[str, int, int]] = []
    headers = list(_HEADER.finditer(text))
    for index, header in enumerate(headers):
        name_ = header.group(2)
        if header.group(1) is None or header.group(3) is None:
            return None  # a [table]: read whole
        end = headers[index + 1].start() if index + 1 < len(headers) else len(text)
        if name_ == "fact":
            starts.append(header.start())
        elif name_ in _TABLES:
            others.append((name_, header.start(), end))
        elif name_ != "fact.repeats":
            return None
    if len(starts) < 2 * PART_FACTS:
        return None
    before = text[:headers[0].start()]
    try:
        tables = parse(before + "\n" + "".join(text[start:end] for _, start, end in others),
                       name)
    except FactFileError:
        return None
    if "fact" in tables:
        return None
    lines: List[int] = []
    line, last = 1, 0
    for start in starts:
        line += text.count("\n", last, start)
        last = start
        lines.append(line)
    parts = []
    for first in range(0, len(starts), PART_FACTS):
        start = starts[first]
        end = starts[first + PART_FACTS] if first + PART_FACTS < len(starts) else len(text)
        counts = {"fact": min(PART_FACTS, len(starts) - first)}
        for table, begin, _ in others:
            if start <= begin < end:
                counts[table] = counts.get(table, 0) + 1
        parts.append((start, end, first, counts))
    return Plan(snapshot, text, tables, parts, lines)


# ------------------------------------------------------------------ workers


def _worker_start() -> None:
    """A worker leaves signals to the process that started it, and reports no progress."""
    import signal

    from . import progress

    progress._reporter = None
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)


def workers_for(size: int) -> int:
    """How many worker processes pay for reading `size` bytes: one per core, or none."""
    if size < PARALLEL_BYTES or not hasattr(os, "fork"):
        return 0
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - macOS, Windows
        cores = os.cpu_count() or 1
    return cores if cores > 1 else 0


def _packed(function: Any, *arguments: Any) -> bytes:
    """A job's Part as marshal bytes: what a worker sends back. Its rows are most of it, and
    marshal writes and reads them two to three times faster than pickle."""
    part = function(*arguments)
    return marshal.dumps((part.number, [tuple(problem) for problem in part.problems],
                          part.rows, part.term_rows, sorted(part.words), sorted(part.tags),
                          part.total, part.whole, part.mismatch))


def _unpacked(blob: bytes) -> Part:
    number, problems, rows, term_rows, words, tags, total, whole, mismatch = \
        marshal.loads(blob)
    return Part(number, [Problem(*problem) for problem in problems], rows, term_rows,
                set(words), set(tags), total, whole, mismatch)


def run(jobs: Sequence[Tuple[Any, ...]], workers: int) -> Iterator[Part]:
    """Each job's Part, in job order: read by `workers` forked processes, or here."""
    if not workers:
        for function, *arguments in jobs:
            yield function(*arguments)
        return
    import multiprocessing
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                               initializer=_worker_start)
    pending: Any = deque()
    try:
        queued = iter(jobs)
        for job in queued:  # a few jobs ahead of the writer, not all: memory stays flat
            pending.append(pool.submit(_packed, *job))
            if len(pending) >= 2 * workers + 2:
                break
        while pending:
            blob = pending.popleft().result()
            for job in queued:
                pending.append(pool.submit(_packed, *job))
                break
            yield _unpacked(blob)
    finally:
        for future in pending:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


# ------------------------------------------------------------------ writing


class Unsettled(Exception):
    """A file kept changing while it was read: nothing read from it is saved."""


class _ReadWhole(Exception):
    """A part of a large file was not what the header scan said: read the file whole."""

    def __init__(self, number: int) -> None:
        super().__init__(number)
        self.number = number


class Writer:
    """Rows of fact files into an index, every problem of every file collected first."""

    def __init__(self, connection: sqlite3.Connection, files: Sequence[FactFile],
                 others: Optional[Dict[int, str]] = None) -> None:
        self.db = connection
        self.files = files
        self.problems: List[Problem] = []
        self.ids: Dict[str, Tuple[int, int, Optional[int]]] = {}  # written in this run
        # slot → name of the files kept in the index, whose ids are looked up there
        self.others = others

    def write(self, work: Sequence[Tuple[int, int]], whole: Optional[Set[int]] = None
              ) -> Dict[int, Dict[str, Any]]:
        """Read these files (number in self.files, slot) and write their rows; what each
        files row needs. FactFileError with every problem of all of them."""
        from .progress import report
        from .validate import check_tables

        total_bytes = sum(_size(self.files[number].path) for number, _ in work)
        workers = workers_for(total_bytes)
        plans: Dict[int, Plan] = {}
        known: Dict[int, Any] = {}
        jobs: List[Tuple[Any, ...]] = []
        for number, slot in work:
            file = self.files[number]
            made = None
            if workers and number not in (whole or ()) and \
                    _size(file.path) >= PARALLEL_BYTES:
                made = self._plan(file)
            if made is None:
                jobs.append((read_whole, number, slot, str(file.path), file.name))
                continue
            plans[number] = made
            table_problems, known[number] = check_tables(made.tables, file.name)
            self.problems.extend(table_problems)
            declare(made.tables)
            jobs.extend((read_part, number, slot, start, end, first, counts, file.name)
                        for start, end, first, counts in made.parts)
        _SHARED.update(texts={number: made.text for number, made in plans.items()},
                       lines={number: made.lines for number, made in plans.items()},
                       known=known)
        by_facts = len(work) == 1 and bool(plans)  # one large file: count its facts
        count = sum(len(made.lines) for made in plans.values()) if by_facts else len(work)
        parts_left = {number: len(made.parts) for number, made in plans.items()}
        done = 0
        infos: Dict[int, Dict[str, Any]] = {
            number: {"stamp": made.snapshot.stamp, "racy": made.snapshot.racy,
                     "digest": made.snapshot.digest,
                     "tables": {key: made.tables.get(key, []) for key in _TABLES}}
            for number, made in plans.items()}
        try:
            for part in run(jobs, workers):
                if part.mismatch:
                    raise _ReadWhole(part.number)
                info = infos.setdefault(part.number, {})
                if part.whole is not None:
                    info.update(stamp=part.whole["stamp"], racy=part.whole["racy"],
                                digest=part.whole["digest"], tables=part.whole["tables"])
                self.problems.extend(part.problems)
                self._check_ids(part)
                if not self.problems:
                    self.db.executemany(_INSERT_FACT, part.rows)
                    self.db.executemany(_INSERT_TERMS, part.term_rows)
                info["words"] = info.get("words", set()) | part.words
                info["tags"] = info.get("tags", set()) | part.tags
                info["total"] = info.get("total", 0) + part.total
                info["facts"] = info.get("facts", 0) + len(part.rows)
                if by_facts:
                    done += len(part.rows)
                elif part.number not in plans:
                    done += 1
                else:
                    parts_left[part.number] -= 1
                    done += not parts_left[part.number]
                report("indexing", done, count)
        finally:
            _SHARED.clear()
        for number, made in plans.items():
            from .validate import not_fact_problems

            ids = {fact_id for fact_id, where in self.ids.items() if where[0] == number}
            self.problems.extend(not_fact_problems(made.tables, ids,
                                                   self.files[number].name))
        if self.problems:
            raise FactFileError(self.problems)
        if any(info.get("stamp") is None for info in infos.values()):
            raise Unsettled()
        return infos

    def _plan(self, file: FactFile) -> Optional[Plan]:
        from .progress import report

        report("reading", 0, None)
        try:
            snapshot = cache.read_snapshot(file.path)
            text = decode(snapshot.data, file.name)
        except (OSError, FactFileError):
            return None  # read whole, where the problem is reported
        return plan(snapshot, text, file.name)

    def _check_ids(self, part: Part) -> None:
        """Ids must be unique in the base: within a file read in parts, and across files
        (validate checked a file read whole within itself)."""
        number = part.number
        name = self.files[number].name
        mask = (1 << SLOT_BITS) - 1
        existing: Dict[str, Tuple[int, Optional[int]]] = {}
        if self.others:  # the kept files' facts are in the index: look the ids up there
            ids = [row[1] for row in part.rows]
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                existing.update(
                    (row[0], (row[1], row[2])) for row in self.db.execute(
                        f"SELECT id, pos, line FROM facts WHERE id IN "
                        f"({', '.join('?' * len(chunk))})", chunk))
        for row in part.rows:
            fact_id, index, line = row[1], row[0] & mask, row[7]
            if fact_id in existing and self.others is not None:
                position, other_line = existing[fact_id]
                other = self.others.get(position >> SLOT_BITS, "another file")
                self.problems.append(Problem(
                    name, f"duplicate id: also in {other}"
                    + (f":{other_line}" if other_line else "")
                    + f" (fact #{(position & mask) + 1})", fact=fact_id, field="id",
                    line=line))
                continue
            earlier = self.ids.setdefault(fact_id, (number, index, line))
            if earlier[:2] == (number, index):
                continue
            if earlier[0] == number:
                self.problems.append(Problem(name, f"duplicate id (first at fact "
                                                   f"#{earlier[1] + 1})", fact=fact_id,
                                             field="id", line=line))
            else:
                other = self.files[earlier[0]].name
                self.problems.append(Problem(
                    name, f"duplicate id: also in {other}"
                    + (f":{earlier[2]}" if earlier[2] else "") + f" (fact #{earlier[1] + 1})",
                    fact=fact_id, field="id", line=line))


def _size(path: Path) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def files_row(slot: int, file: FactFile, info: Dict[str, Any]) -> Tuple[Any, ...]:
    """A file's row: its fingerprint, counts, declarations (read whenever the index is
    opened), and its sources, tags and English words (read when a command needs them)."""
    tables = info["tables"]
    return (slot, cache.path_bytes(file.path), json.dumps(info["stamp"]), int(info["racy"]),
            info["digest"], info.get("facts", 0), info.get("total", 0),
            marshal.dumps({key: tables.get(key, []) for key in ("unit", "category")}),
            marshal.dumps(tables.get("source", [])), marshal.dumps(sorted(info.get("tags", ()))),
            marshal.dumps(sorted(info.get("words", ()))))


# ------------------------------------------------------------------ build and update


def build(target: Path, files: Sequence[FactFile], spec_text: str) -> bool:
    """Write the whole index of these files; False where it cannot be written (or a file
    would not hold still). Invalid files raise FactFileError with every problem, and leave
    nothing behind."""
    whole: Set[int] = set()
    while True:
        def write(temporary: Path) -> None:
            connection = sqlite3.connect(os.fsencode(temporary), check_same_thread=False)
            try:
                connection.executescript(_SCHEMA)
                # FTS5 merges its segments at the end, not while the rows come in.
                connection.execute("INSERT INTO terms (terms, rank) VALUES ('automerge', 0)")
                connection.execute("PRAGMA cache_size = -65536")
                writer = Writer(connection, files)
                infos = writer.write([(number, number) for number in range(len(files))],
                                     whole)
                connection.executemany("INSERT INTO files VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                       [files_row(slot, files[slot], infos[slot])
                                        for slot in sorted(infos)])
                connection.executescript(_INDEXES)
                connection.execute("INSERT INTO terms (terms, rank) VALUES ('automerge', 4)")
                connection.executemany("INSERT INTO meta VALUES (?, ?)",
                                       [("key", meta_key()), ("spec", spec_text)])
                connection.commit()
            finally:
                connection.close()

        try:
            return cache.replace_atomically(target, write, (OSError, sqlite3.Error, Unsettled))
        except _ReadWhole as error:
            whole.add(error.number)


def update(target: Path, files: Sequence[FactFile], keep: Dict[int, int],
           redo: Sequence[int], remove: Sequence[int]) -> bool:
    """In place, in one journaled transaction: drop the rows of removed files (`remove`:
    slots) and of changed ones, and read the changed and added files (`redo`: numbers in
    files) again; keep the rest (`keep`: number → slot). False when a file would not hold
    still; Rebuild when rows cannot be taken out exactly; FactFileError for invalid files."""
    whole: Set[int] = set()
    while True:
        connection = connect(target, read_only=False)
        try:
            connection.execute("PRAGMA cache_size = -65536")
            connection.execute("BEGIN IMMEDIATE")
            slots = {bytes(row[1]): row[0] for row in
                     connection.execute("SELECT slot, path FROM files")}
            dropped = list(remove) + [slots[path] for path in
                                      (cache.path_bytes(files[number].path) for number in redo)
                                      if path in slots]
            for slot in dropped:
                _remove_slot(connection, slot)
            first = 1 + max([*slots.values(), *keep.values(), -1])
            new_slots = {number: first + offset for offset, number in enumerate(redo)}
            writer = Writer(connection, files,
                            {slot: files[number].name for number, slot in keep.items()})
            infos = writer.write([(number, new_slots[number]) for number in redo], whole)
            connection.executemany("INSERT INTO files VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                   [files_row(new_slots[number], files[number], infos[number])
                                    for number in redo])
            connection.commit()
            return True
        except _ReadWhole as error:
            connection.rollback()
            whole.add(error.number)
        except Unsettled:
            connection.rollback()
            return False
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                connection.rollback()
            raise
        finally:
            connection.close()


def _remove_slot(connection: sqlite3.Connection, slot: int) -> None:
    """Take a file's rows out of the index: FTS5 forgets a contentless row only given the
    very terms it was given, which the row's data gives again (checked by tcrc)."""
    from .terms import fact_columns

    info = connection.execute("SELECT declared FROM files WHERE slot = ?", (slot,)).fetchone()
    if info is not None:
        declare(marshal.loads(info[0]))
    low, high = slot << SLOT_BITS, ((slot + 1) << SLOT_BITS) - 1
    deletions = []
    for position, tcrc, blob in connection.execute(
            "SELECT pos, tcrc, data FROM facts WHERE pos BETWEEN ? AND ?", (low, high)):
        joined = tuple(" ".join(column) for column in
                       fact_columns(fact_from_raw(marshal.loads(blob))))
        if terms_crc(joined) != tcrc:
            raise Rebuild(f"the terms of row {position} are not what they were")
        deletions.append((position, *joined))
    connection.executemany(_DELETE_TERMS, deletions)
    connection.execute("DELETE FROM facts WHERE pos BETWEEN ? AND ?", (low, high))
    connection.execute("DELETE FROM files WHERE slot = ?", (slot,))


def restamp(target: Path, slots: Sequence[int]) -> None:
    """Mark files that were racy, and read again the same, as settled."""
    with contextlib.suppress(sqlite3.Error, OSError):
        connection = connect(target, read_only=False)
        try:
            connection.executemany("UPDATE files SET racy = 0 WHERE slot = ?",
                                   [(slot,) for slot in slots])
            connection.commit()
        finally:
            connection.close()
