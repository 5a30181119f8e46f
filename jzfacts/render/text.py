"""JSON, NDJSON, CSV and TSV: plain text from a result's records, no Rich involved."""

from __future__ import annotations

import io
import json
from typing import Any, List, Mapping, Sequence

from ..results import Record, flatten


def render_json(document: Any, ascii_only: bool = False) -> str:
    return json.dumps(document, ensure_ascii=ascii_only, indent=2) + "\n"


def render_ndjson(records: Sequence[Record], ascii_only: bool = False) -> str:
    return "".join(json.dumps(record, ensure_ascii=ascii_only) + "\n" for record in records)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        from ..model import format_number

        return format_number(value)  # 1172000000.5, never 1.1720000005e+09
    return str(value)


def _flat_rows(records: Sequence[Mapping[str, Any]]) -> List[Record]:
    return [flatten(record) for record in records]


def render_csv(records: Sequence[Record], header: Sequence[str] = ()) -> str:
    import csv

    rows = _flat_rows(records)
    out = io.StringIO()
    columns = list(rows[0]) if rows else list(header)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row[column]) for column in columns])
    return out.getvalue()


def _tsv_cell(value: Any) -> str:
    return _cell(value).replace("\t", " ").replace("\r", " ").replace("\n", " ")


def render_tsv(records: Sequence[Record], header: Sequence[str] = ()) -> str:
    """Tab-separated rows with a header: what a table becomes off a terminal."""
    rows = _flat_rows(records)
    columns = list(rows[0]) if rows else list(header)
    lines = ["\t".join(columns)]
    lines += ["\t".join(_tsv_cell(row[column]) for column in columns) for row in rows]
    return "\n".join(lines) + "\n"
