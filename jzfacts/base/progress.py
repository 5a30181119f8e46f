"""How far long work has got: parsing, validating and indexing a large fact file.

The core reports (report); whoever runs it decides what to show (reporting). The command
line shows a Rich progress bar on a terminal's stderr (options.py); the core knows nothing
of terminals, and with no reporter a report costs one comparison."""

from __future__ import annotations

import contextlib
from typing import Callable, Iterator, Optional

#: stage ("parsing", "validating", "indexing"), how many done, of how many (None: unknown)
Reporter = Callable[[str, int, Optional[int]], None]

_reporter: Optional[Reporter] = None


def report(stage: str, done: int = 0, total: Optional[int] = None) -> None:
    if _reporter is not None:
        _reporter(stage, done, total)


@contextlib.contextmanager
def reporting(reporter: Optional[Reporter]) -> Iterator[None]:
    """Send the reports made inside the block to reporter."""
    global _reporter
    previous, _reporter = _reporter, reporter
    try:
        yield
    finally:
        _reporter = previous
