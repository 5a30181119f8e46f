"""Pinyin readings, for people without a Chinese input method (terms.py reads a fact's
Chinese, and a query's letters, as pinyin with them: rencai, ren cai, rc → 人才).

The readings come from pinyin.txt, generated once from pypinyin (scripts/gen_pinyin_table.py)
and loaded only when a search needs it: pypinyin itself costs ~300 ms to import.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Dict, List, Tuple

Readings = Tuple[str, ...]


@lru_cache(maxsize=1)
def table() -> Dict[str, Readings]:
    """Character → its readings without tones, commonest first; ü is written v and u."""
    readings: Dict[str, Readings] = {}
    text = Path(__file__).with_name("pinyin.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        char, _, spelled = line.partition("\t")
        options: List[str] = []
        for reading in spelled.split(","):
            options.append(reading)
            if "v" in reading:
                options.append(reading.replace("v", "u"))
        readings[char] = tuple(options)
    return readings


@lru_cache(maxsize=1)
def syllables() -> frozenset:  # type: ignore[type-arg]
    """Every reading in the table: what a run of pinyin letters can be cut into (from
    pinyin-syllables.txt, generated with the table: a question in pinyin needs the
    syllables, not the 21,000 characters' readings)."""
    text = Path(__file__).with_name("pinyin-syllables.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


@lru_cache(maxsize=4096)
def readings(char: str) -> Readings:
    """One character's readings, found in pinyin.txt by binary search (the table is sorted
    by character), without loading the table."""
    from .tables import lookup

    found = lookup("pinyin.txt", char)
    options: List[str] = []
    for reading in found[0].split(",") if found else ():
        options.append(reading)
        if "v" in reading:
            options.append(reading.replace("v", "u"))
    return tuple(options)
