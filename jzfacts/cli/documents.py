"""What each command answers, as plain data: JSON documents and flat records. No Rich here."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List, Mapping, NamedTuple, Optional, Sequence, Tuple

from ..base.model import FACT_FIELDS, Fact, Source
from ..base.records import Record, pick

if TYPE_CHECKING:
    from ..search.hits import Hit

SEARCH_FIELDS = FACT_FIELDS + ("match",)


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
            rows = [dict(hit.fact.to_dict(), match=match_of(hit)) for hit in self.hits]
        else:
            rows = [fact.to_dict() for fact in self.facts]
        return [pick(row, self.fields) for row in rows]

    def document(self) -> Any:
        """An array of fact objects, for list, search and show alike (one id or several)."""
        return self.records()

    def empty(self) -> bool:
        return not self.facts


def match_of(hit: Hit) -> Record:
    """How a search hit matched: the field, the score and the query's words it matched."""
    return {"field": hit.field, "score": hit.score, "terms": list(hit.terms)}


Result = Any  # FactsResult, ask.AskResult, validate.ProblemsResult, compare.*Result
