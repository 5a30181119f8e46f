"""Sorted text tables read by binary search, without loading them: the tables questions are
read with (t2s.txt, english.txt, places.tsv, synonyms.tsv), generated at development time by
scripts/gen_question_tables.py from kept packages (OpenCC, wordfreq, english-words, cpca,
同义词词林, WordNet). A look-up costs a few microseconds and the table is mapped only by the
first question that needs it, so `show` and `list` never pay for them.

Each table's first line is a `#` comment; the rest are `key<TAB>value` lines sorted by code
point (UTF-8 keeps that order in bytes), several lines for one key allowed."""

from __future__ import annotations

import mmap
from functools import cache, lru_cache
from pathlib import Path
from typing import List, Tuple

HERE = Path(__file__).parent


@cache
def _mapped(name: str) -> Tuple[mmap.mmap, int]:
    with (HERE / name).open("rb") as handle:
        data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    return data, data.find(b"\n") + 1  # the body starts after the comment line


@lru_cache(maxsize=8192)
def lookup(name: str, key: str) -> Tuple[str, ...]:
    """The values of every line of the table whose key is `key`, in file order."""
    if not key or "\t" in key or "\n" in key:
        return ()
    try:
        wanted = key.encode("utf-8") + b"\t"
    except UnicodeEncodeError:  # bytes that were no UTF-8 (a name's): in no table
        return ()
    data, first = _mapped(name)
    found: List[str] = []
    position = _line_starting(data, first, wanted)
    while position >= 0 and data[position:position + len(wanted)] == wanted:
        end = data.find(b"\n", position)
        end = len(data) if end < 0 else end
        found.append(data[position + len(wanted):end].decode("utf-8"))
        position = end + 1
    return tuple(found)


#: Below this many bytes, the lines left are searched at once (a C find) rather than bisected.
WINDOW = 4096


def _line_starting(data: mmap.mmap, first: int, wanted: bytes) -> int:
    """Where the first line that starts with `wanted` starts, or -1: byte offsets bisected
    down to a window of a few kilobytes, then one find in it (the first line ≥ wanted is
    always in [low, high]; a look-up costs ~10 steps, not one per halving of the lines)."""
    low, high = first, len(data)
    while high - low > WINDOW:
        newline = data.find(b"\n", (low + high) // 2, high)
        if newline < 0 or newline + 1 >= high:
            break
        start = newline + 1
        end = data.find(b"\n", start)
        end = len(data) if end < 0 else end
        if data[start:end] < wanted:
            low = end + 1
        else:
            high = start
    if data[low:low + len(wanted)] == wanted:  # (the window's first line has no \n before
        return low                             # it when it is the table's first)
    found = data.find(b"\n" + wanted, low, high + len(wanted))
    return found + 1 if found >= 0 else -1


@lru_cache(maxsize=8192)
def has_prefix(name: str, prefix: str) -> bool:
    """Whether a key of the table starts with `prefix` (no place name starts with 有多)."""
    try:
        wanted = prefix.encode("utf-8")
    except UnicodeEncodeError:
        return False
    data, first = _mapped(name)
    return not wanted or _line_starting(data, first, wanted) >= 0


def has(name: str, key: str) -> bool:
    return bool(lookup(name, key))
