"""Reading fact files for an index (indexer.py writes what is read here): each file, or
each part of a large file, parsed, validated and turned into rows (search terms, terms.py),
by worker processes on every core where there is enough to read.

A large file is cut at its [[fact]] lines into parts, and each part's facts are checked
against what the file's other tables declare (read first, here). A file that cannot be cut
safely (a table header inside a multi-line string, a table jzfacts does not know) is read
whole, as TOML requires: a part that does not parse, or holds other than the header scan
found, sends the file back to be read whole."""

from __future__ import annotations

import contextlib
import gc
import marshal
import os
import re
import signal
import zlib
from pathlib import Path
from typing import Any, Dict, Iterator, List, NamedTuple, Optional, Sequence, Set, Tuple

from ..base import cache
from ..base.errors import FactFileError, Problem
from ..base.factbase import declare, decode, fact_from_raw, parse, read_error
from ..base.query import value_group

SLOT_BITS = 24  # facts per file: at most 16.7 million
PART_FACTS = 2000  # facts a worker reads at a time, from a large file
PARALLEL_BYTES = 1 << 20  # less than this to read: one process does it all
TABLES = ("source", "unit", "category", "not_fact")
_HEADER = re.compile(r"^[ \t]*\[(\[)?[ \t]*([^\[\]\n]*?)[ \t]*\](\])?[ \t]*(?:#[^\n]*)?$",
                     re.M)


# ------------------------------------------------------------------ rows of facts


def fact_rows(raws: Sequence[Dict[str, Any]], slot: int, first: int,
              lines: Sequence[Optional[int]]) -> Tuple[List[Any], List[Any], Set[str],
                                                       Set[str], int]:
    """The facts' rows and term rows, their English words, their tags and how many terms
    they hold together."""
    from .hits import fold, words_of
    from .terms import fact_columns

    rows: List[Any] = []
    term_rows: List[Any] = []
    total = 0
    base = slot << SLOT_BITS
    english: Set[str] = set()  # ids, English labels and tags: each text once
    tags: Set[str] = set()
    for offset, raw in enumerate(raws):
        fact = fact_from_raw(raw)
        position = base | (first + offset)
        columns = fact_columns(fact)
        joined = tuple(" ".join(column) for column in columns)
        total += sum(map(len, columns))
        blob = marshal.dumps(raw)
        rows.append((position, fact.id, fold(fact.label), fold(fact.label_en),
                     float(fact.value), float(fact.normalized[0]), value_group(fact),
                     fact.category, lines[offset] if offset < len(lines) else None,
                     zlib.crc32(blob), terms_crc(joined), blob))
        term_rows.append((position, *joined))
        english.add(fact.id)
        english.add(fact.label_en)
        tags.update(fact.tags)
    # The English words of ids, labels and tags (search.fact_words), read in one go: a
    # label or tag many facts share (enterprises, 瞪羚企业) is read once.
    words = {word for word in words_of("\n".join(english | tags)) if word.isalpha()}
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
# parts, the line of each of their facts, and what their facts may name.
SHARED: Dict[str, Any] = {}


def read_whole(number: int, slot: int, path: str, name: str) -> Part:
    """A fact file read, parsed, validated and turned into rows, all in one."""
    from ..base.validate import fact_lines, validate

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
    tables = {key: data.get(key, []) for key in TABLES}
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
    from ..base.validate import check_facts

    text = SHARED["texts"][number][start:end]
    lines = SHARED["lines"][number]
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
    problems = check_facts(raws, SHARED["known"][number], name,
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
        elif name_ in TABLES:
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
    """A worker leaves signals to the process that started it, reports no progress, and
    ends when that process is gone (killed outright, it cannot tell its workers)."""
    import threading
    import time

    from ..base import progress

    progress._reporter = None
    # What a worker makes holds no reference cycles and is freed as each part is sent:
    # the cycle collector would only walk the parts' objects again and again (~15 % of a
    # worker's time at 100,000 facts).
    gc.disable()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    _unheld()  # (forked while the starting process held them back: see _held)
    parent = os.getppid()

    def orphaned() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=orphaned, daemon=True).start()


def workers_for(size: int) -> int:
    """How many worker processes pay for reading `size` bytes: one per core, or none."""
    if size < PARALLEL_BYTES or not hasattr(os, "fork"):
        return 0
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - macOS, Windows
        cores = os.cpu_count() or 1
    return cores if cores > 1 else 0


_ENDING = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP")
                if hasattr(signal, name))


@contextlib.contextmanager
def _held() -> Iterator[None]:
    """SIGTERM and SIGHUP held back while a worker may be forked: one that lands in an
    at-fork hook is an exception Python ignores (printing a traceback), and the build
    would run on. They are delivered as the block ends."""
    if not hasattr(signal, "pthread_sigmask"):  # pragma: no cover - not POSIX
        yield
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, _ENDING)
    try:
        yield
    finally:
        _unheld()


def _unheld() -> None:
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _ENDING)


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
            with _held():  # (a submit may fork a worker)
                pending.append(pool.submit(_packed, *job))
            if len(pending) >= 2 * workers + 2:
                break
        while pending:
            blob = pending.popleft().result()
            for job in queued:
                with _held():
                    pending.append(pool.submit(_packed, *job))
                break
            yield _unpacked(blob)
    finally:
        for future in pending:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)
