"""Open a fact base the fastest sound way: a large one through its SQLite index (index.py),
any other loaded whole (factbase.py, through the cache of validated files).

This module sits above factbase and index, so neither imports the other's caller."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any, Optional, Sequence, Union

from .factbase import load_files
from .files import FactFile, entries, resolve, spec_key

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
        from .index import open_indexed  # sqlite3 is imported only for large bases

        indexed = open_indexed(files, spec)
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
