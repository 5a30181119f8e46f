"""How well a fact answers a query: BM25, as SQLite FTS5's bm25() computes it, and how much
of the query the fact covers. Written once: search over loaded facts and the index of a
large file (which finds candidates and supplies the statistics) both score with this.

BM25 (Robertson and Zaragoza, "The Probabilistic Relevance Framework: BM25 and Beyond",
2009) weighs a rare term over a common one (瞪羚 over 锦州) and saturates repeats. Field
weights (terms.WEIGHTS) make a word in the label count for more than in the quote, as
FTS5's column weights do: term frequencies are weighted per column and summed before
saturation, with the whole fact's length as the document length."""

from __future__ import annotations

import math
from collections import Counter
from typing import Dict, List, Mapping, Optional, Sequence, Tuple

from ..base.plain import Plain
from .terms import COLUMNS, WEIGHTS, Query

#: How much a word found in a column says the fact is about it: a word of the label or tags
#: is what the fact is about; one of a quote shared by four facts (水稻、玉米、大豆、油料
#: …机械化率) only a little; its unit, nothing (COLUMNS order: id, label, label_en, tags,
#: section, quote, note, abbreviations, unit).
STRENGTH = (1.0, 1.0, 1.0, 1.0, 0.5, 0.6, 0.4, 0.6, 0.0)
#: How sure a unit read another way than as typed is: what it covers counts this much.
SURE = {"initials": 0.6, "respelled": 0.5, "straddling": 0.0, "synonym": 0.6, "translation": 0.6,
        "expansion": 0.9,  # (an abbreviation spelled out: GDP → 生产总值)
        "character": 0.4}
K1 = 1.2
B = 0.75

Columns = Tuple[Tuple[str, ...], ...]


class Stats(Plain):
    """What BM25 needs to know of the whole base: how many facts, how many hold each term,
    and the average number of terms in a fact."""

    __slots__ = ("facts", "document_frequency", "average_length")

    def __init__(self, facts: int, document_frequency: Mapping[str, int],
                 average_length: float) -> None:
        self.facts = facts
        self.document_frequency = document_frequency
        self.average_length = average_length


    def idf(self, term: str) -> float:
        """FTS5's idf: log((N - n + 0.5) / (n + 0.5)), at least 1e-6."""
        held = self.document_frequency.get(term, 0)
        return max(1e-6, math.log((self.facts - held + 0.5) / (held + 0.5)))

    def weight(self, term: str) -> float:
        """How much a term means when judging coverage: a smoothed idf (Lucene's), so a
        word every fact has still weighs a little and one no fact has weighs most."""
        held = self.document_frequency.get(term, 0)
        return math.log(1 + (self.facts - held + 0.5) / (held + 0.5))


def counts_of(all_columns: Sequence[Columns]) -> Tuple[Dict[str, int], int]:
    """How many facts hold each term, and how many terms the facts hold in all."""
    frequency: Counter[str] = Counter()
    total = 0
    for columns in all_columns:
        seen: set[str] = set()
        for column in columns:
            seen.update(column)
            total += len(column)
        frequency.update(seen)
    return dict(frequency), total


def stats_of(all_columns: Sequence[Columns]) -> Stats:
    """The statistics of facts held in memory."""
    frequency, total = counts_of(all_columns)
    count = len(all_columns)
    return Stats(count, frequency, total / count if count else 0.0)


class Scored(Plain):
    """A fact's BM25 score for a query, the column that gave most of it, the query units it
    matched and the share of the query it covers (0 to 1)."""

    __slots__ = ("bm25", "column", "matched", "coverage", "strength")

    def __init__(self, bm25: float, column: str, matched: Tuple[int, ...], coverage: float,
                 strength: Mapping[int, float] = {}) -> None:
        self.bm25 = bm25
        self.column = column
        self.matched = matched  # indexes of query.units
        self.coverage = coverage
        self.strength = strength  # noqa: RUF012 - how sure each matched unit is


def score(columns: Columns, query: Query, stats: Stats) -> Optional[Scored]:
    """BM25 of one fact's columns for the query, or None when no term matches."""
    # Count only the query's terms the fact holds (building a Counter of every column of
    # every fact cost more than the rest of a question)
    held = set().union(*columns)
    present = [(position, term) for position, term in enumerate(query.terms) if term in held]
    if not present:
        return None
    length = sum(len(column) for column in columns)
    norm = K1 * (1 - B + B * length / stats.average_length) if stats.average_length else K1
    gains: Dict[str, Tuple[float, List[Tuple[int, float]]]] = {}
    for position, term in present:
        weighted = 0.0
        shares = []
        for index, column in enumerate(columns):
            hits = column.count(term)
            if hits:
                weighted += WEIGHTS[index] * hits
                shares.append((index, WEIGHTS[index] * hits))
        if weighted:
            gain = stats.idf(term) * weighted * (K1 + 1) / (weighted + norm)
            if query.weights:
                gain *= query.weights[position]
            gains[term] = (gain, [(index, gain * share / weighted) for index, share in shares])
    # Units that match only all together (a word of initials) drop out unless all do.
    for whole in {unit.whole for unit in query.units if unit.whole >= 0}:
        together = [unit for unit in query.units if unit.whole == whole]
        if not all(term in gains for unit in together for term in unit.terms):
            for unit in together:
                for term in unit.terms:
                    gains.pop(term, None)
    if not gains:
        return None
    total = 0.0
    by_column = [0.0] * len(COLUMNS)
    for gain, shares in gains.values():
        total += gain
        for index, part in shares:
            by_column[index] += part
    matched = tuple(i for i, unit in enumerate(query.units)
                    if any(term in gains for term in unit.terms))
    strength = {i: max(STRENGTH[index] for term in query.units[i].terms if term in gains
                       for index, _ in gains[term][1]) for i in matched}
    best = max(range(len(COLUMNS)), key=lambda index: (by_column[index], -index))
    return Scored(total, COLUMNS[best], matched, coverage(query, matched, stats, (), strength),
                  strength)


def coverage(query: Query, matched: Sequence[int], stats: Stats,
             also: Sequence[int] = (), strength: Optional[Mapping[int, float]] = None
             ) -> float:
    """The share of the query's meaning a fact answers: its items (characters, words,
    syllables) weighted by rarity, an item counting when a matched unit stands for it (or
    is in `also`: a number of the query that is the fact's value)."""
    if not query.items:
        return 0.0
    covered = covered_items(query, matched, also, strength)
    weights = [stats.weight(item.term) for item in query.items]
    whole = sum(weights)
    return sum(weights[i] * share for i, share in covered.items()) / whole if whole else 0.0


def covered_items(query: Query, matched: Sequence[int], also: Sequence[int] = (),
                  strength: Optional[Mapping[int, float]] = None) -> Dict[int, float]:
    """How surely each item of the query is covered (item index → 0 to 1) by the matched
    units (and the items in `also`)."""
    # A unit read from initials (rc) or respelled (gazele → gazelle) is a guess: what it
    # covers counts half; a synonym (苞米 for 玉米) a little more.
    covered: Dict[int, float] = {item: 1.0 for item in also}
    for index in matched:
        unit = query.units[index]
        sure = SURE.get(unit.kind, 1.0) * (strength.get(index, 1.0) if strength else 1.0)
        for item in unit.covers:
            covered[item] = max(covered.get(item, 0.0), sure)
    return covered


def top_terms(query: Query, matched: Sequence[int]) -> List[str]:
    """The query's words a fact matched, as typed (for `match.terms`)."""
    return list(dict.fromkeys(query.units[index].text for index in matched))
