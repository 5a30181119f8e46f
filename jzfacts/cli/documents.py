"""What each command answers, as plain data: JSON documents and flat records. No Rich here."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Mapping, NamedTuple, Optional, Sequence, Tuple

from .errors import FactNotFound, UsageError
from .model import FACT_FIELDS, Fact, Source
from .query import suggest

if TYPE_CHECKING:
    from .search import Hit

Record = Dict[str, Any]

SEARCH_FIELDS = FACT_FIELDS + ("match",)


#: The columns CSV and TSV make of a nested field, which --fields also takes by name.
FLAT_FIELDS: Dict[str, Tuple[str, str]] = {
    "normalized_value": ("normalized", "value"), "normalized_unit": ("normalized", "unit"),
}


def with_flat_names(known: Sequence[str]) -> List[str]:
    """The fields a result knows, with the flat columns of its nested ones after them."""
    return list(known) + [flat for flat, (nested, _) in FLAT_FIELDS.items() if nested in known]


def check_fields(fields: Optional[Sequence[str]], known: Sequence[str]) -> None:
    """A usage error naming the known fields when an asked-for field is not one of them.
    The output's own column names count: normalized_value as well as normalized."""
    names = with_flat_names(known)
    for name in fields or ():
        if name not in names:
            hint = suggest(name, names)
            did_you_mean = f" (did you mean {', '.join(hint)}?)" if hint else ""
            raise UsageError(f"unknown field {name!r}{did_you_mean}; known fields: "
                             f"{', '.join(names)}")
    repeated = sorted({name for name in fields or () if list(fields or ()).count(name) > 1})
    if repeated:
        raise UsageError(f"--fields names {', '.join(repeated)} more than once")


def _field(record: Mapping[str, Any], name: str) -> Any:
    if name in record or name not in FLAT_FIELDS:
        return record[name]
    nested, key = FLAT_FIELDS[name]
    return record[nested][key]


def pick(record: Mapping[str, Any], fields: Optional[Sequence[str]]) -> Record:
    return dict(record) if not fields else {name: _field(record, name) for name in fields}


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

Fields = Optional[Tuple[str, ...]]


class Answer:
    """A command's result; `nothing` is what to say when it is empty, `missing` the ids that
    named no fact (show prints what it found and reports those). A plain class: a
    NamedTuple costs `show` ~1.6 M instructions to create at start-up."""

    __slots__ = ("result", "nothing", "missing")

    def __init__(self, result: Any, nothing: str = "",
                 missing: Tuple[FactNotFound, ...] = ()) -> None:
        self.result = result
        self.nothing = nothing
        self.missing = missing

