"""Pinyin matching for people without a Chinese input method: rencai, ren cai, rc → 人才.

The readings come from pinyin.txt, generated once from pypinyin (scripts/gen_pinyin_table.py)
and loaded only when a search needs it: pypinyin itself costs ~300 ms to import.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

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


def _spells(letters: str, run: Sequence[Readings], start: int, whole: int = 0) -> bool:
    """Whether the letters spell run[start:…] syllable by syllable; the last syllable may be
    cut short once `whole` syllables (at least one) have been spelled in full."""
    if not letters:
        return True
    if start == len(run):
        return False
    for reading in run[start]:
        if letters.startswith(reading) and _spells(letters[len(reading):], run, start + 1,
                                                   whole + 1):
            return True
        if whole and len(letters) < len(reading) and reading.startswith(letters):
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


@lru_cache(maxsize=1)
def syllables() -> frozenset:  # type: ignore[type-arg]
    """Every reading in the table: what a run of pinyin letters can be cut into."""
    return frozenset(reading for readings in table().values() for reading in readings)


def segmentations(letters: str, limit: int = 32) -> Optional[List[List[str]]]:
    """Every way to cut the letters into syllables as match() reads them: whole syllables,
    the last of which may be cut short if at least one whole syllable comes before it.
    The cut-short piece is left out of each list. None when there are more than `limit`."""
    known = syllables()
    prefixes = {reading[:end] for reading in known for end in range(1, len(reading))}
    found: List[List[str]] = []

    def walk(start: int, taken: List[str]) -> bool:
        if start == len(letters):
            found.append(list(taken))
            return len(found) <= limit
        rest = letters[start:]
        if taken and rest in prefixes:
            found.append(list(taken))
            if len(found) > limit:
                return False
        for end in range(start + 1, min(len(letters), start + 6) + 1):
            if letters[start:end] in known:
                taken.append(letters[start:end])
                if not walk(end, taken):
                    return False
                taken.pop()
        return True

    return found if walk(0, []) else None


@lru_cache(maxsize=65536)
def _text_keys(text: str) -> Tuple[frozenset, frozenset]:  # type: ignore[type-arg]
    tokens: set = set()  # type: ignore[type-arg]
    grams: set = set()  # type: ignore[type-arg]
    for run in runs(text):
        initials = [{reading[0] for reading in readings} for readings in run]
        for readings in run:
            tokens.update(readings)
        for left, right in zip(run, run[1:]):  # what neighbouring characters read as
            tokens.update(syllable_pair(a, b) for a in left for b in right)
        for first, second in zip(initials, initials[1:]):
            grams.update(a + b for a in first for b in second)
        for first, second, third in zip(initials, initials[1:], initials[2:]):
            grams.update(a + b + c for a in first for b in second for c in third)
    return frozenset(tokens), frozenset(grams)


def syllable_pair(first: str, second: str) -> str:
    """One token for two syllables read by neighbouring characters ('ji0zhou'): readings
    are letters only, so the digit cannot be part of one."""
    return f"{first}0{second}"


def cut_keys(letters: str, cut: Sequence[str]) -> Tuple[List[str], Optional[str]]:
    """What a text must hold for match() to spell the letters with this cut (whole
    syllables of neighbouring characters, as segmentations gives them): each syllable and
    each pair as keys; and, where the letters end in a syllable cut short, how the key of
    the last pair starts ('gu0o' for zhongguo cut zhong|gu|o)."""
    keys = [*cut, *(syllable_pair(a, b) for a, b in zip(cut, cut[1:]))]
    rest = letters[len("".join(cut)):]
    return keys, syllable_pair(cut[-1], rest) if rest and cut else None


def index_keys(texts: List[str]) -> Tuple[str, str]:
    """For an index: the syllables the texts can be read as, and the pairs and triples of
    initials of neighbouring characters, each padded with spaces for `instr(' ren ')`."""
    tokens: set = set()  # type: ignore[type-arg]
    grams: set = set()  # type: ignore[type-arg]
    for text in texts:
        text_tokens, text_grams = _text_keys(text)
        tokens |= text_tokens
        grams |= text_grams
    # Order does not matter to instr, so the sets are not sorted (that cost ~8% of indexing).
    return (" " + " ".join(tokens) + " ", " " + " ".join(grams) + " ")
