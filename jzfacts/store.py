"""Open a fact file the fastest sound way: a large one through its SQLite index (index.py),
any other loaded whole (factbase.py, through the cache of validated files).

This module sits above factbase and index, so neither imports the other's caller."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from .factbase import load

# A fact file this large is answered from an SQLite index (index.py) instead of being loaded
# whole: about 4,000 facts.
LARGE_FILE = 2 * 1024 * 1024


def open_base(path: Path) -> Any:
    """The fact base at path: indexed when large, else loaded (through cache.py)."""
    try:
        large = os.stat(path).st_size >= LARGE_FILE
    except OSError:
        large = False
    if large:
        from .index import open_indexed  # sqlite3 is imported only for large files

        indexed = open_indexed(path)
        if indexed is not None:
            return indexed
    return load(path)
