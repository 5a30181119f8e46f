"""Compare facts of one dimension, and count facts: pure functions, plus their results."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from typing import Any, Dict, Iterable, List, NamedTuple, Optional, Sequence, Tuple

from .errors import IncomparableFacts, UsageError
from .model import FACT_FIELDS, Fact
from .records import Record, pick
from .units import UNITS, Number, plain_number, to_decimal

# ------------------------------------------------------------------ compare

class Compared(NamedTuple):
    """One fact in a comparison, measured against the first."""

    fact: Fact
    normalized: Number
    difference: Number
    ratio: Optional[float]
    share: Optional[float]


class Comparison(NamedTuple):
    """Facts of one dimension side by side on their base unit."""

    rows: Tuple[Compared, ...]
    unit: str
    dimension: str
    difference_unit: str
    approximate: bool


def compare(facts: Sequence[Fact]) -> Comparison:
    """Difference and ratio against the first fact, and shares where they mean something."""
    if len(facts) < 2:
        raise UsageError("compare needs at least two facts")
    ids = [fact.id for fact in facts]
    repeated = sorted({fact_id for fact_id in ids if ids.count(fact_id) > 1})
    if repeated:
        raise UsageError(f"{', '.join(repeated)} is given more than once: compare different "
                         "facts")
    for fact in facts:
        if fact.kind in ("ordinal", "identifier"):
            raise IncomparableFacts(f"{fact.id} is an {fact.kind} ({fact.display_value()}), "
                                    "not an amount: it cannot be compared")
    first = facts[0]
    for fact in facts[1:]:
        if bool(fact.direction) != bool(first.direction):
            # (a rise of 4.8 % beside a clearance rate of 96.4 %: no ratio means anything)
            change, level = (fact, first) if fact.direction else (first, fact)
            raise IncomparableFacts(
                f"cannot compare {level.id} (a level, {level.display_value()}) with "
                f"{change.id} (a {'rise' if change.direction == 'up' else 'fall'} of "
                f"{change.display_value()}): compare levels with levels, changes with changes")
        if fact.dimension != first.dimension:
            raise IncomparableFacts(
                f"cannot compare {first.id} ({_measure(first)}) with "
                f"{fact.id} ({_measure(fact)}): they measure different things")
    unit = first.normalized[1]
    is_year = first.kind == "year"
    # (a fall the page states as 下降1.5% is -1.5 % beside a rise of 1.9 %)
    values = [-to_decimal(fact.normalized[0]) if fact.direction == "down"
              else to_decimal(fact.normalized[0]) for fact in facts]
    total = sum(values, Decimal(0))
    whole = _parts_of_a_whole(first, values)
    rows = []
    for fact, value in zip(facts, values):
        ratio = None if is_year or values[0] == 0 else round(float(value / values[0]), 4)
        share = round(float(value / total), 4) if whole else None
        rows.append(Compared(fact, plain_number(value), plain_number(value - values[0]),
                             ratio, share))
    difference_unit = {"%": "百分点"}.get(unit, "年" if is_year else unit)
    return Comparison(tuple(rows), unit, first.dimension, difference_unit,
                      any(fact.approx != "exact" for fact in facts))


def _parts_of_a_whole(first: Fact, values: Sequence[Decimal]) -> bool:
    """Whether the values can be parts of one whole, so that each one's share of their total
    means something: amounts of a unit that adds up (counts, money, tonnes, areas …; not
    percentages, rates, temperatures, ages, levels or durations: two winning times are no
    parts of one), none of them below zero (a fall beside a rise: 3 and -1 would be 150 %
    and -50 % of 2), and a total above zero."""
    return first.kind == "amount" and UNITS[first.unit].additive and \
        all(value >= 0 for value in values) and sum(values, Decimal(0)) > 0


def _measure(fact: Fact) -> str:
    """A fact's unit and dimension, as an error names them: '%, percentage'; a
    dimensionless figure has no unit to name."""
    return f"{fact.unit}, {fact.dimension}" if fact.unit else fact.dimension


# ------------------------------------------------------------------ stats

class Stats(NamedTuple):
    """How many facts there are per category, unit, source, kind and approx."""

    total: int
    groups: Dict[str, Dict[str, int]]


def stats(facts: Iterable[Fact]) -> Stats:
    """The counts, read in one pass (a large base streams its facts through)."""
    names = ("category", "unit", "source", "kind", "approx")
    counters: Dict[str, Counter[str]] = {group: Counter() for group in names}
    total = 0
    for fact in facts:
        total += 1
        for group in names:
            counters[group][getattr(fact, group)] += 1
    groups = {group: dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))
              for group, counts in counters.items()}
    return Stats(total, groups)


# ------------------------------------------------------------------ results

COMPARE_FIELDS = FACT_FIELDS + ("difference", "difference_unit", "ratio", "share")
STATS_FIELDS = ("group", "key", "count")


class CompareResult(NamedTuple):
    """A comparison: its rows carry the fact fields and the comparison's numbers."""

    comparison: Comparison
    fields: Optional[Tuple[str, ...]] = None
    known_fields: Sequence[str] = COMPARE_FIELDS

    def records(self) -> List[Record]:
        rows = []
        for row in self.comparison.rows:
            record = row.fact.to_dict()
            # The difference's unit travels with it (百分点 for percentages), so flat formats
            # (CSV, TSV) that have no document around the rows still say what it is in.
            record.update(difference=row.difference,
                          difference_unit=self.comparison.difference_unit,
                          ratio=row.ratio, share=row.share)
            rows.append(pick(record, self.fields))
        return rows

    def document(self) -> Any:
        comparison = self.comparison
        return {
            "unit": comparison.unit,
            "dimension": comparison.dimension,
            "difference_unit": comparison.difference_unit,
            "approximate": comparison.approximate,
            "facts": self.records(),
        }

    @staticmethod
    def nothing() -> Any:
        """The document where nothing was compared (an unknown id): the one shape, empty."""
        return {"unit": None, "dimension": None, "difference_unit": None,
                "approximate": None, "facts": []}

    def empty(self) -> bool:
        return False


class StatsResult(NamedTuple):
    """Counts of facts per category, unit, source, kind and approx."""

    stats: Stats
    fields: Optional[Tuple[str, ...]] = None
    known_fields: Sequence[str] = STATS_FIELDS

    def records(self) -> List[Record]:
        return [pick({"group": group, "key": key, "count": count}, self.fields)
                for group, counts in self.stats.groups.items()
                for key, count in counts.items()]

    def document(self) -> Any:
        return {"total": self.stats.total, **self.stats.groups}

    def empty(self) -> bool:
        return self.stats.total == 0
