"""Records: the plain data every command answers in (a JSON object per record), picked by
--fields, and the answer a lookup gives. No Typer, no Rich: base, search and cli use it."""

from __future__ import annotations

from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

from .errors import FactNotFound, UsageError
from .query import suggest

Record = Dict[str, Any]
Fields = Optional[Tuple[str, ...]]


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
