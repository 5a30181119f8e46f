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
    """Every reading in the table: what a run of pinyin letters can be cut into."""
    return frozenset(reading for readings in table().values() for reading in readings)
