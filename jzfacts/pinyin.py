"""Pinyin matching for people without a Chinese input method: rencai, ren cai, rc → 人才.

The readings come from pinyin.txt, generated once from pypinyin (scripts/gen_pinyin_table.py)
and loaded only when a search needs it: pypinyin itself costs ~300 ms to import.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Dict, List, Sequence, Tuple

Readings = Tuple[str, ...]

_QUERY = r"[a-z]+(?:[ '’-][a-z]+)*"


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


def pinyin_query(query: str) -> str:
    """The letters of a query that could be pinyin ('ren cai' → 'rencai'), else ''."""
    lowered = query.strip().lower()
    if not re.fullmatch(_QUERY, lowered):
        return ""
    return re.sub(r"[ '’-]", "", lowered)


def runs(text: str) -> List[List[Readings]]:
    """The readings of each run of Chinese characters in the text."""
    known = table()
    found: List[List[Readings]] = []
    current: List[Readings] = []
    for char in text:
        readings = known.get(char)
        if readings:
            current.append(readings)
        elif current:
            found.append(current)
            current = []
    if current:
        found.append(current)
    return found


def _spells(letters: str, run: Sequence[Readings], start: int) -> bool:
    """Whether the letters spell run[start:…] syllable by syllable (the last may be cut short)."""
    if not letters:
        return True
    if start == len(run):
        return False
    for reading in run[start]:
        if letters.startswith(reading) and _spells(letters[len(reading):], run, start + 1):
            return True
        if len(letters) < len(reading) and reading.startswith(letters) and start > 0:
            return True
    return False


def _initials(letters: str, run: Sequence[Readings], start: int) -> bool:
    if start + len(letters) > len(run):
        return False
    return all(any(reading[0] == letter for reading in run[start + offset])
               for offset, letter in enumerate(letters))


def match(letters: str, text: str) -> str:
    """'full' when the letters spell part of the text in pinyin, 'initials' for initials
    (gxjsqy → 高新技术企业), '' otherwise."""
    if not letters:
        return ""
    text_runs = runs(text)
    for run in text_runs:
        if any(_spells(letters, run, start) for start in range(len(run))):
            return "full"
    if len(letters) >= 2:
        for run in text_runs:
            if any(_initials(letters, run, start) for start in range(len(run))):
                return "initials"
    return ""
