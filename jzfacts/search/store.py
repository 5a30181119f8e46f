"""Open a fact base the fastest sound way: a large one through its SQLite index (index.py),
any other loaded whole (factbase.py, through the cache of validated files).

This module sits above factbase and index, so neither imports the other's caller."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Tuple, Union

from ..base.files import FactFile, entries, resolve, spec_key
from .loaded import load_files

# A base this large (all its files together) is answered from an SQLite index (index.py)
# instead of being loaded whole: about 4,000 facts.
LARGE_FILE = 2 * 1024 * 1024


def open_base(named: Union[Path, str, Sequence[str], None] = None) -> Any:
    """The fact base the entries name (a path, or --facts values; None: $JZFACTS_FACTS or
    the shipped page): indexed when large, else loaded (through cache.py)."""
    if isinstance(named, (str, Path)):
        named = [str(named)]
    chosen = entries(named)
    return open_files(resolve(chosen), spec_key(chosen))


def open_files(files: Sequence[FactFile], spec: bytes) -> Any:
    if is_large(files):
        indexed = open_indexed(files, spec)  # sqlite3 is imported only for large bases
        if indexed is not None:
            return indexed
    return load_files(files)


def is_large(files: Sequence[FactFile]) -> bool:
    return total_size(files) >= LARGE_FILE


def total_size(files: Sequence[FactFile]) -> int:
    size = 0
    for file in files:
        if file.text is not None:
            size += len(file.text)
            continue
        with contextlib.suppress(OSError):
            size += os.stat(file.path).st_size
    return size


def describe(files: Sequence[FactFile]) -> Optional[str]:
    """How progress names the base: its one file, or how many files."""
    if len(files) == 1:
        return os.path.basename(files[0].name)
    return f"{len(files)} files" if files else None


# ------------------------------------------------------------------ through the index


def index_file(named: Any) -> Path:
    """Where the index of a base lives: the base a path names, or a list of entries."""
    from .indexer import index_path

    return index_path(spec_key([str(named)] if isinstance(named, (str, Path))
                               else list(named)))


def open_indexed(files: Sequence[FactFile], spec: bytes) -> Any:
    """The index of a large base, built or brought up to date first where needed; None
    when no index can be used (the caller then loads the files whole). FactFileError when
    the files are not a valid base."""
    from ..base import cache
    from . import indexer
    from .index import IndexedBase, has_fts5

    if not cache.enabled() or not has_fts5() or any(file.is_stdin for file in files):
        return None
    import json

    target = indexer.index_path(spec)
    spec_text = json.dumps([cache.path_bytes(file.path).decode("utf-8", "replace")
                            for file in files[:3]], ensure_ascii=False)

    def opened(rebuild: bool = False) -> Optional[Tuple[Any, List[int]]]:
        return _current(target, files, spec_text, rebuild)

    first = opened()
    if first is None:
        return None
    return IndexedBase(files, first, lambda: opened(rebuild=True))


def _current(target: Path, files: Sequence[FactFile], spec_text: str,
             rebuild: bool) -> Optional[Tuple[Any, List[int]]]:
    """An open, current index of these files (the connection and each file's slot): as it
    is, brought up to date, or built anew (`rebuild`: it was found damaged)."""
    from ..base import cache
    from . import indexer
    from .index import DAMAGE

    found: Any = None
    seen = None
    if not rebuild:
        seen = _identity(target)
        found = _check(target, files)
        if isinstance(found, tuple):
            return found
    for _ in range(3):  # a file edited while it is read is read again
        with cache.locked(target):
            # What the check found still holds when no other process wrote the index
            # meanwhile (its identity and SQLite's change counter say so): not read again.
            if rebuild or seen is None or _identity(target) != seen:
                found = None if rebuild else _check(target, files)
                if isinstance(found, tuple):
                    return found
            seen = None
            try:
                if rebuild or found is None or found.rebuild:
                    written = indexer.build(target, files, spec_text)
                else:
                    slots = indexer.update(target, files, found.keep, found.redo,
                                           found.remove)
                    if found.settled:
                        indexer.restamp(target, found.settled)
                    if slots is not None and found.still_kept(files):
                        # Current as the check found it, with the files read again in
                        # their new slots, and the kept files as they were (a stat each,
                        # against the stamps the check read): no full check again.
                        opened = _opened(target, files, {**found.keep, **slots})
                        if opened is not None:
                            return opened
                    written = slots is not None
            except indexer.Rebuild:
                written = indexer.build(target, files, spec_text)
            except DAMAGE:
                written = indexer.build(target, files, spec_text)
            rebuild = False
            if not written:
                return None
            found = _check(target, files)
            if isinstance(found, tuple):
                return found
    return None


def _identity(target: Path) -> Optional[Tuple[Any, ...]]:
    """What changes whenever the index is written: its inode (a rebuild renames a new file
    into place), size, times and SQLite's file change counter (header bytes 24-27, counted
    up by every transaction in the rollback-journal mode the index is written in), and a
    write-ahead log's size and time should one be there."""
    try:
        with open(target, "rb") as handle:
            header = handle.read(28)
            status = os.fstat(handle.fileno())
    except OSError:
        return None
    try:
        log = os.stat(f"{target}-wal")
        wal: Tuple[int, int] = (log.st_size, log.st_mtime_ns)
    except OSError:
        wal = (-1, -1)
    return (status.st_ino, status.st_size, status.st_mtime_ns, status.st_ctime_ns,
            header[24:28], wal)


def _opened(target: Path, files: Sequence[FactFile], slots: Dict[int, int]
            ) -> Optional[Tuple[Any, List[int]]]:
    """The index just brought up to date, opened for reading: (connection, each file's
    slot); None when it cannot be opened."""
    import sqlite3

    from . import indexer

    try:
        connection = indexer.connect(target, read_only=True)
    except sqlite3.Error:
        return None
    return connection, [slots[number] for number in range(len(files))]


class _Changes:
    """What an index needs to be current: files to keep (number → slot), to read again
    (numbers), to drop (slots), racy ones read again and found the same (slots)."""

    def __init__(self) -> None:
        self.keep: Dict[int, int] = {}
        self.redo: List[int] = []
        self.remove: List[int] = []
        self.settled: List[int] = []
        self.rebuild = False
        self.stamps: Dict[int, Any] = {}  # number → the stamp a kept file had

    def still_kept(self, files: Sequence[FactFile]) -> bool:
        """Whether every kept file still has the stamp it had when checked."""
        from ..base import cache

        for number, stamp in self.stamps.items():
            now = cache.stamp(files[number].path)
            if now is None or now[0] != stamp:
                return False
        return True


def _check(target: Path, files: Sequence[FactFile]) -> Any:
    """The open index (connection, slots) when it is current; else what to change in it
    (_Changes), or None when there is no usable index."""
    import json
    import sqlite3

    from ..base import cache
    from . import indexer
    from .index import Damaged

    if not target.exists():
        return None
    try:
        connection = indexer.connect(target, read_only=True)
    except sqlite3.Error:
        return None
    try:
        row = connection.execute("SELECT value FROM meta WHERE key = 'key'").fetchone()
        if row is None or row[0] != indexer.meta_key():
            connection.close()
            return None
        pages = connection.execute("PRAGMA page_count").fetchone()[0] * \
            connection.execute("PRAGMA page_size").fetchone()[0]
        if pages != os.stat(target).st_size:  # cut short, or grown by something else
            raise Damaged("the index is not as long as its pages")
        stored = {bytes(path): (slot, json.loads(stamp), racy, known) for
                  slot, path, stamp, racy, known in connection.execute(
                      "SELECT slot, path, stamp, racy, digest FROM files")}
    except (sqlite3.Error, Damaged, ValueError, OSError):
        connection.close()
        return None
    changes = _Changes()
    for number, file in enumerate(files):
        entry = stored.pop(cache.path_bytes(file.path), None)
        now = cache.stamp(file.path)
        if entry is None or now is None:
            changes.redo.append(number)
            continue
        slot, stamp, racy, known = entry
        if tuple(stamp) != now[0] or (racy and not cache.still_same(
                file.path, tuple(stamp), True, bytes(known))):
            changes.redo.append(number)
            continue
        changes.keep[number] = slot
        changes.stamps[number] = now[0]
        if racy and not now[1]:
            changes.settled.append(slot)
    changes.remove = [slot for slot, *_ in stored.values()]
    if not changes.redo and not changes.remove and not changes.settled:
        return connection, [changes.keep[number] for number in range(len(files))]
    connection.close()
    # A base that changed for the most part is built anew (compact, and faster than
    # taking most rows out one by one).
    changed = sum(_size(files[number].path) for number in changes.redo)
    kept = sum(_size(files[number].path) for number in changes.keep)
    changes.rebuild = changed > kept
    return changes


def _size(path: Path) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0
