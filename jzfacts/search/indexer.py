"""Build and update the index of a large fact base (index.py reads it; prepare.py reads
the files, on every core).

A base's index is one SQLite database in the cache (bases/), named after the base's
entries (--facts, $JZFACTS_FACTS; a folder stays a folder). Each file's facts are rows
tagged with the file's slot (a fact's position is slot << 24 | its number in the file), and
the files table keeps each file's fingerprint, taken before the file was read. When a base
is opened, files added, changed or removed are found by their fingerprints and only those
are read: their rows are replaced in one journaled transaction. A base that changed for
the most part, or has no usable index, is built anew in a temporary file that is made
durable before it is renamed into place. While workers read, this process writes the rows
(SQLite's FTS5 work, which runs without the GIL)."""

from __future__ import annotations

import contextlib
import json
import marshal
import os
import sqlite3
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Sequence, Set, Tuple

from ..base import cache
from ..base.errors import FactFileError, Problem
from ..base.factbase import declare, decode, fact_from_raw
from ..base.files import FactFile
from . import prepare
from .prepare import PARALLEL_BYTES, SLOT_BITS, TABLES, Part, Plan, terms_crc
from .terms import COLUMNS, TERMS_VERSION

SCHEMA = 6


class Rebuild(Exception):
    """The index cannot be updated in place (damaged, or its rows disagree with what their
    data gives): build it anew."""


def index_path(spec: bytes) -> Path:
    return cache.entry_file(cache.BASES, spec, "base", ".sqlite")


def meta_key() -> str:
    return json.dumps([SCHEMA, *cache.versions((TERMS_VERSION,))])


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
        vgroup TEXT NOT NULL, category TEXT NOT NULL, line INTEGER, crc INTEGER NOT NULL,
        tcrc INTEGER NOT NULL, data BLOB NOT NULL);
    -- Each field's terms, space-separated: the ascii tokenizer splits them back exactly
    -- (a term is letters and digits, or characters beyond ASCII, which it never splits).
    CREATE VIRTUAL TABLE terms USING fts5 ({", ".join(COLUMNS)}, content='',
        tokenize='ascii');
"""
#: An id with its hyphens and underscores as spaces: what a query typed as words matches
#: whole (indexed, so that no search reads every row for it).
SPACED_ID = "replace(replace(id, '-', ' '), '_', ' ')"
_INDEXES = f"""
    CREATE INDEX IF NOT EXISTS facts_spaced_id ON facts ({SPACED_ID});
    CREATE INDEX IF NOT EXISTS facts_label ON facts (label_f);
    CREATE INDEX IF NOT EXISTS facts_label_en ON facts (label_en_f);
    CREATE INDEX IF NOT EXISTS facts_value ON facts (value);
    CREATE INDEX IF NOT EXISTS facts_normalized ON facts (normalized);
"""
_INSERT_FACT = "INSERT INTO facts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
_INSERT_TERMS = (f"INSERT INTO terms (rowid, {', '.join(COLUMNS)}) "
                 f"VALUES ({', '.join('?' * (1 + len(COLUMNS)))})")
_DELETE_TERMS = (f"INSERT INTO terms (terms, rowid, {', '.join(COLUMNS)}) "
                 f"VALUES ('delete', {', '.join('?' * (1 + len(COLUMNS)))})")


# ------------------------------------------------------------------ writing


class Unsettled(Exception):
    """A file kept changing while it was read: nothing read from it is saved."""


class _ReadWhole(Exception):
    """A part of a large file was not what the header scan said: read the file whole."""

    def __init__(self, number: int) -> None:
        super().__init__(number)
        self.number = number


@contextlib.contextmanager
def no_cycle_collection() -> Iterator[None]:
    """The cycle collector paused while rows stream through (they hold no cycles: reference
    counting frees them; the collector would only walk them again and again)."""
    import gc

    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


class Writer:
    """Rows of fact files into an index, every problem of every file collected first."""

    def __init__(self, connection: sqlite3.Connection, files: Sequence[FactFile],
                 others: Optional[Dict[int, str]] = None,
                 replacing: Optional[Dict[int, Dict[int, Tuple[Any, ...]]]] = None) -> None:
        self.db = connection
        self.files = files
        self.problems: List[Problem] = []
        self.ids: Dict[str, Tuple[int, int, Optional[int]]] = {}  # written in this run
        # slot → name of the files kept in the index, whose ids are looked up there
        self.others = others
        # slot → its rows as they are (position → row), of changed files read again into
        # the slot they had: only the rows that differ are written (_replace)
        self.replacing = replacing or {}

    def write(self, work: Sequence[Tuple[int, int]], whole: Optional[Set[int]] = None
              ) -> Dict[int, Dict[str, Any]]:
        """Read these files (number in self.files, slot) and write their rows; what each
        files row needs. FactFileError with every problem of all of them."""
        from ..base.progress import report
        from ..base.validate import check_tables

        total_bytes = sum(_size(self.files[number].path) for number, _ in work)
        workers = prepare.workers_for(total_bytes)
        plans: Dict[int, Plan] = {}
        known: Dict[int, Any] = {}
        jobs: List[Tuple[Any, ...]] = []
        for number, slot in work:
            file = self.files[number]
            made = None
            if workers and number not in (whole or ()) and slot not in self.replacing and \
                    _size(file.path) >= PARALLEL_BYTES:
                made = self._plan(file)
            if made is None:
                jobs.append((prepare.read_whole, number, slot, str(file.path), file.name))
                continue
            plans[number] = made
            table_problems, known[number] = check_tables(made.tables, file.name, made.text)
            self.problems.extend(table_problems)
            declare(made.tables)
            jobs.extend((prepare.read_part, number, slot, start, end, first, counts, file.name)
                        for start, end, first, counts in made.parts)
        prepare.SHARED.update(texts={number: made.text for number, made in plans.items()},
                       lines={number: made.lines for number, made in plans.items()},
                       known=known)
        by_facts = len(work) == 1 and bool(plans)  # one large file: count its facts
        count = sum(len(made.lines) for made in plans.values()) if by_facts else len(work)
        parts_left = {number: len(made.parts) for number, made in plans.items()}
        done = 0
        infos: Dict[int, Dict[str, Any]] = {
            number: {"stamp": made.snapshot.stamp, "racy": made.snapshot.racy,
                     "digest": made.snapshot.digest,
                     "tables": {key: made.tables.get(key, []) for key in TABLES}}
            for number, made in plans.items()}
        try:
            for part in prepare.run(jobs, workers):
                if part.mismatch:
                    raise _ReadWhole(part.number)
                info = infos.setdefault(part.number, {})
                if part.whole is not None:
                    info.update(stamp=part.whole["stamp"], racy=part.whole["racy"],
                                digest=part.whole["digest"], tables=part.whole["tables"])
                self.problems.extend(part.problems)
                self._check_ids(part)
                if not self.problems:
                    rows, term_rows = self._replace(part)
                    self.db.executemany(_INSERT_FACT, rows)
                    self.db.executemany(_INSERT_TERMS, term_rows)
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
            prepare.SHARED.clear()
        for number, made in plans.items():
            from ..base.validate import not_fact_problems

            ids = {fact_id for fact_id, where in self.ids.items() if where[0] == number}
            self.problems.extend(not_fact_problems(made.tables, ids,
                                                   self.files[number].name, made.text))
        if self.problems:
            raise FactFileError(self.problems)
        if any(info.get("stamp") is None for info in infos.values()):
            raise Unsettled()
        return infos

    def _replace(self, part: Part) -> Tuple[List[Any], List[Any]]:
        """The rows of a part to insert. A file read again into its own slot (read whole,
        one part) keeps the rows that did not change — a comment or one edited fact
        leaves the other facts' search terms untouched — and its other rows go first
        (before any is inserted: ids and positions are unique)."""
        slot = part.rows[0][0] >> SLOT_BITS if part.rows else None
        old = self.replacing.pop(slot, None) if slot is not None else None
        if old is None:
            return part.rows, part.term_rows
        rows, term_rows, moved = [], [], []
        for row, term_row in zip(part.rows, part.term_rows):
            before = old.get(row[0])
            if before == row:
                del old[row[0]]  # as it was: kept
                continue
            rows.append(row)
            if before is not None and before[-1] == row[-1]:
                moved.append(row[0])  # the same fact (its line moved): the same terms
                del old[row[0]]
            else:
                term_rows.append(term_row)
        _forget_terms(self.db, list(old.values()))
        self.db.executemany("DELETE FROM facts WHERE pos = ?",
                            [(pos,) for pos in [*moved, *old]])
        return rows, term_rows

    def _plan(self, file: FactFile) -> Optional[Plan]:
        from ..base.progress import report

        report("reading", 0, None)
        try:
            snapshot = cache.read_snapshot(file.path)
            text = decode(snapshot.data, file.name)
        except (OSError, FactFileError):
            return None  # read whole, where the problem is reported
        return prepare.plan(snapshot, text, file.name)

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
        own = part.rows[0][0] >> SLOT_BITS if part.rows else None
        for row in part.rows:
            fact_id, index, line = row[1], row[0] & mask, row[7]
            if fact_id in existing and self.others is not None and \
                    existing[fact_id][0] >> SLOT_BITS != own:  # (not its own old row)
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

#: The terms FTS5 holds in memory while a base is built, before it writes them as a segment.
BUILD_HASH_SIZE = 64 << 20


def _configure(connection: sqlite3.Connection, option: str, value: int) -> None:
    """An FTS5 setting of the terms table, where this SQLite knows it (an older one refuses
    hashsize: its default stays)."""
    with contextlib.suppress(sqlite3.OperationalError):
        connection.execute("INSERT INTO terms (terms, rank) VALUES (?, ?)", (option, value))


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
                # FTS5 merges its segments at the end, not while the rows come in, and
                # holds up to 64 MiB of terms before it writes a segment (1 MiB by
                # default): a base of 100,000 facts is written as a few segments, not
                # about a hundred (the terms are written in about half the CPU).
                connection.execute("INSERT INTO terms (terms, rank) VALUES ('automerge', 0)")
                _configure(connection, "hashsize", BUILD_HASH_SIZE)
                connection.execute("PRAGMA cache_size = -65536")
                writer = Writer(connection, files)
                infos = writer.write([(number, number) for number in range(len(files))],
                                     whole)
                connection.executemany("INSERT INTO files VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                       [files_row(slot, files[slot], infos[slot])
                                        for slot in sorted(infos)])
                connection.executescript(_INDEXES)
                connection.execute("INSERT INTO terms (terms, rank) VALUES ('automerge', 4)")
                _configure(connection, "hashsize", 1 << 20)  # an update writes little
                connection.executemany("INSERT INTO meta VALUES (?, ?)",
                                       [("key", meta_key()), ("spec", spec_text)])
                connection.commit()
            finally:
                connection.close()

        try:
            with no_cycle_collection():
                return cache.replace_atomically(target, write,
                                                (OSError, sqlite3.Error, Unsettled))
        except _ReadWhole as error:
            whole.add(error.number)


def update(target: Path, files: Sequence[FactFile], keep: Dict[int, int],
           redo: Sequence[int], remove: Sequence[int]) -> Optional[Dict[int, int]]:
    """In place, in one journaled transaction (see _update); SIGTERM and SIGHUP end it
    like Ctrl-C, so that its workers end with it and SQLite rolls the transaction back.
    The slots the files read again now have (number → slot); None when a file would not
    hold still."""
    with cache.ending_on_signals(), no_cycle_collection():
        return _update(target, files, keep, redo, remove)


def _update(target: Path, files: Sequence[FactFile], keep: Dict[int, int],
            redo: Sequence[int], remove: Sequence[int]) -> Optional[Dict[int, int]]:
    """In place, in one journaled transaction: drop the rows of removed files (`remove`:
    slots) and of changed ones, and read the changed and added files (`redo`: numbers in
    files) again; keep the rest (`keep`: number → slot). The new slots of `redo`; None
    when a file would not hold still; Rebuild when rows cannot be taken out exactly;
    FactFileError for invalid files."""
    whole: Set[int] = set()
    while True:
        connection = connect(target, read_only=False)
        try:
            connection.execute("PRAGMA cache_size = -65536")
            connection.execute("BEGIN IMMEDIATE")
            slots = {bytes(row[1]): row[0] for row in
                     connection.execute("SELECT slot, path FROM files")}
            old_slots = {number: slots.get(cache.path_bytes(files[number].path))
                         for number in redo}
            # one changed file read whole goes back into its slot, where only the rows
            # that differ are written (Writer._replace); a large one is read anew, and so
            # are several (a fact moved from one to another must leave the first before
            # it enters the second, whichever a worker gives back first)
            in_place = {number: slot for number, slot in old_slots.items()
                        if slot is not None and len(redo) == 1 and number not in whole and
                        _size(files[number].path) < PARALLEL_BYTES}
            dropped = list(remove) + [slot for number, slot in old_slots.items()
                                      if slot is not None and number not in in_place]
            for slot in dropped:
                _remove_slot(connection, slot)
            replacing = {slot: _rows_of(connection, slot) for slot in in_place.values()}
            first = 1 + max([*slots.values(), *keep.values(), -1])
            fresh = [number for number in redo if number not in in_place]
            new_slots = {**in_place,
                         **{number: first + offset for offset, number in enumerate(fresh)}}
            writer = Writer(connection, files,
                            {slot: files[number].name for number, slot in keep.items()},
                            replacing)
            infos = writer.write([(number, new_slots[number]) for number in redo], whole)
            connection.executemany("DELETE FROM files WHERE slot = ?",
                                   [(slot,) for slot in in_place.values()])
            connection.executemany("INSERT INTO files VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                   [files_row(new_slots[number], files[number], infos[number])
                                    for number in redo])
            connection.commit()
            return new_slots
        except _ReadWhole as error:
            connection.rollback()
            whole.add(error.number)
        except Unsettled:
            connection.rollback()
            return None
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                connection.rollback()
            raise
        finally:
            connection.close()


def _remove_slot(connection: sqlite3.Connection, slot: int) -> None:
    """Take a file's rows out of the index."""
    _forget_terms(connection, list(_rows_of(connection, slot).values()))
    low, high = slot << SLOT_BITS, ((slot + 1) << SLOT_BITS) - 1
    connection.execute("DELETE FROM facts WHERE pos BETWEEN ? AND ?", (low, high))
    connection.execute("DELETE FROM files WHERE slot = ?", (slot,))


def _rows_of(connection: sqlite3.Connection, slot: int) -> Dict[int, Tuple[Any, ...]]:
    """A file's rows in the facts table, by position, with the units the file declared
    declared again (its facts' terms are read with them)."""
    info = connection.execute("SELECT declared FROM files WHERE slot = ?", (slot,)).fetchone()
    if info is not None:
        declare(marshal.loads(info[0]))
    low, high = slot << SLOT_BITS, ((slot + 1) << SLOT_BITS) - 1
    return {row[0]: tuple(row) for row in connection.execute(
        "SELECT * FROM facts WHERE pos BETWEEN ? AND ?", (low, high))}


def _forget_terms(connection: sqlite3.Connection, rows: Sequence[Tuple[Any, ...]]) -> None:
    """Take the terms of rows of the facts table out of the full-text table (the caller
    deletes the rows): FTS5 forgets a contentless row only given the very terms it was
    given, which the row's data gives again (checked by tcrc, the next to last column)."""
    from .terms import fact_columns

    deletions = []
    for row in rows:
        position, tcrc, blob = row[0], row[-2], row[-1]
        joined = tuple(" ".join(column) for column in
                       fact_columns(fact_from_raw(marshal.loads(blob))))
        if terms_crc(joined) != tcrc:
            raise Rebuild(f"the terms of row {position} are not what they were")
        deletions.append((position, *joined))
    connection.executemany(_DELETE_TERMS, deletions)


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
