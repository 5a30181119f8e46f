"""What each command answers, as plain data: JSON documents and flat records. No Rich here."""

from __future__ import annotations

from typing import Any, Dict, List, Mapping, NamedTuple, Optional, Sequence, Tuple

from .errors import UsageError
from .model import FACT_FIELDS, Fact, Source
from .query import Comparison, Hit, Stats, suggest

Record = Dict[str, Any]

COMPARE_FIELDS = FACT_FIELDS + ("difference", "ratio", "share")
SEARCH_FIELDS = FACT_FIELDS + ("match",)
STATS_FIELDS = ("group", "key", "count")


def check_fields(fields: Optional[Sequence[str]], known: Sequence[str]) -> None:
    """A usage error naming the known fields when an asked-for field is not one of them."""
    for name in fields or ():
        if name not in known:
            hint = suggest(name, known)
            did_you_mean = f" (did you mean {', '.join(hint)}?)" if hint else ""
            raise UsageError(f"unknown field {name!r}{did_you_mean}; known fields: "
                             f"{', '.join(known)}")


def pick(record: Mapping[str, Any], fields: Optional[Sequence[str]]) -> Record:
    return dict(record) if not fields else {name: record[name] for name in fields}


def flatten(record: Mapping[str, Any]) -> Record:
    """A record for CSV and TSV: lists joined, `normalized` split in two columns."""
    flat: Record = {}
    for name, value in record.items():
        if name == "normalized":
            flat["normalized_value"] = value["value"]
            flat["normalized_unit"] = value["unit"]
        elif name == "repeats":
            flat[name] = " | ".join(f"{r['section']}: {r['quote']}" for r in value)
        elif name == "match":
            flat[name] = value["field"]
        elif isinstance(value, list):
            flat[name] = "; ".join(str(item) for item in value)
        else:
            flat[name] = value
    return flat


class FactsResult(NamedTuple):
    """Facts for list, show and search; `hits` carries search ranks and matches."""

    command: str  # "list", "show" or "search"
    facts: Tuple[Fact, ...]
    sources: Mapping[str, Source] = {}  # noqa: RUF012 - never mutated
    hits: Tuple[Hit, ...] = ()
    fields: Optional[Tuple[str, ...]] = None

    @property
    def known_fields(self) -> Sequence[str]:
        return SEARCH_FIELDS if self.command == "search" else FACT_FIELDS

    def records(self) -> List[Record]:
        if self.hits:
            rows = [dict(hit.fact.to_dict(), match={"field": hit.field, "score": hit.score})
                    for hit in self.hits]
        else:
            rows = [fact.to_dict() for fact in self.facts]
        return [pick(row, self.fields) for row in rows]

    def document(self) -> Any:
        records = self.records()
        if self.command == "show" and len(records) == 1:
            return records[0]
        return records

    def empty(self) -> bool:
        return not self.facts


class CompareResult(NamedTuple):
    """A comparison: its rows carry the fact fields and the comparison's numbers."""

    comparison: Comparison
    fields: Optional[Tuple[str, ...]] = None
    known_fields: Sequence[str] = COMPARE_FIELDS

    def records(self) -> List[Record]:
        rows = []
        for row in self.comparison.rows:
            record = row.fact.to_dict()
            record.update(difference=row.difference, ratio=row.ratio, share=row.share)
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


Result = Any  # FactsResult | CompareResult | StatsResult; kept loose for Python 3.9
