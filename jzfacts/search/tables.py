"""Sorted text tables read by a hash index or binary search, without loading them: the
tables questions are read with (t2s.txt, english.txt, places.tsv, synonyms.tsv), generated at
development time by scripts/gen_question_tables.py from kept packages (OpenCC, wordfreq,
english-words, cpca, 同义词词林, WordNet). A table is mapped only by the first question that
needs it, so `show` and `list` never pay for them.

Each table's first line is a `#` comment; the rest are `key<TAB>value` lines sorted by code
point (UTF-8 keeps that order in bytes), several lines for one key allowed.

Beside each table, `<table>.idx` (made by scripts/gen_table_index.py with index_of) finds
a key's first line in one step: a hash table of line offsets, CRC-32 of the key, linear
probing. A look-up by bisection costs ~64,000 instructions, and a question makes 40-140 of
them (the words of a Chinese question are looked up by every substring); by the index,
~15,000. A missing index, or one not made from this very table (its size is in the header),
and the table is bisected as before."""

from __future__ import annotations

import mmap
import sys
import zlib
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, List, Optional, Tuple

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
    slots = _slots(name, len(data))
    position = _line_starting(data, first, wanted) if slots is None else \
        _indexed(slots, data, wanted)
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


#: The header of an index: this, the table's size in bytes, the number of slots (a power
#: of two); then the slots, each the offset of a key's first line (0: none), 4 bytes, little
#: endian.
INDEX_MAGIC = b"JZIX"
#: At most this share of an index's slots is used (probes stay short).
INDEX_LOAD = 0.7
#: The tables that have an index (every one `lookup` reads).
INDEXED = ("t2s.txt", "english.txt", "places.tsv", "synonyms.tsv", "nouns.tsv", "bridge.tsv",
           "foreign.tsv", "foreign-id.tsv", "skeletons.tsv",
           "pinyin.txt")


@cache
def _slots(name: str, size: int) -> Optional[Any]:
    """The slots of the table's index, or None where there is none for this table."""
    if sys.byteorder != "little":  # pragma: no cover - the slots are little endian
        return None
    try:
        with (HERE / f"{name}.idx").open("rb") as handle:
            mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return None
    header = mapped[:12]
    if header[:4] != INDEX_MAGIC or int.from_bytes(header[4:8], "little") != size:
        return None
    slots = memoryview(mapped)[12:].cast("I")
    count = int.from_bytes(header[8:12], "little")
    return slots if count == len(slots) and count & (count - 1) == 0 else None


def _indexed(slots: Any, data: mmap.mmap, wanted: bytes) -> int:
    """Where the first line of key + tab `wanted` starts, by the index; -1 where none."""
    mask = len(slots) - 1
    slot = zlib.crc32(wanted) & mask
    while True:
        offset = slots[slot]
        if not offset:
            return -1
        if data[offset:offset + len(wanted)] == wanted:
            return int(offset)
        slot = (slot + 1) & mask


def index_of(data: bytes) -> bytes:
    """The index of a table (its bytes, comment line first): see INDEX_MAGIC."""
    starts = []
    position = data.find(b"\n") + 1
    previous = None
    while position < len(data):
        end = data.find(b"\n", position)
        end = len(data) if end < 0 else end
        key = data[position:data.find(b"\t", position, end) + 1]
        if key != previous and key:
            starts.append((key, position))
            previous = key
        position = end + 1
    count = 1
    while count * INDEX_LOAD < len(starts) or count <= len(starts):
        count *= 2
    slots = [0] * count
    for key, start in starts:
        slot = zlib.crc32(key) & (count - 1)
        while slots[slot]:
            slot = (slot + 1) & (count - 1)
        slots[slot] = start
    from array import array

    body = array("I", slots)
    if sys.byteorder != "little":  # pragma: no cover
        body.byteswap()
    return INDEX_MAGIC + len(data).to_bytes(4, "little") + count.to_bytes(4, "little") + \
        body.tobytes()


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
