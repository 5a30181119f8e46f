"""JSON, NDJSON, CSV and TSV: plain text from a result's records, no Rich involved."""

from __future__ import annotations

import io
import json
import re
from typing import Any, Dict, Iterable, Iterator, List, Mapping, Optional, Sequence, Tuple

from ...base.records import Record
from ..documents import flatten


def dumps(value: Any, ascii_only: bool = False, indent: Optional[int] = None) -> str:
    """json.dumps, but valid UTF-8 whatever a string holds: a byte of a file name that is
    not UTF-8 (Python's surrogate escape, U+DC80-U+DCFF) is written as its JSON escape
    (\\udcff), not as the raw byte, so jq and json.loads read the output; json.loads then
    gives back the same string (os.fsencode: the same bytes)."""
    encoder = _ENCODERS.get((ascii_only, indent))
    if encoder is None:  # (json.dumps makes an encoder per call: ~3 µs a batch line)
        encoder = json.JSONEncoder(ensure_ascii=ascii_only, indent=indent)
        _ENCODERS[ascii_only, indent] = encoder
    text = encoder.encode(value)
    if text.isascii():
        return text
    try:
        text.encode("utf-8")  # (fails on a surrogate only; ~4 times faster than a search)
    except UnicodeEncodeError:
        return _SURROGATE.sub(lambda found: f"\\u{ord(found.group()):04x}", text)
    return text


_SURROGATE = re.compile("[\ud800-\udfff]")
#: json.dumps' encoders, by (ascii_only, indent): the same settings, so the same text.
_ENCODERS: Dict[Tuple[bool, Optional[int]], json.JSONEncoder] = {}


def render_json(document: Any, ascii_only: bool = False) -> str:
    return dumps(document, ascii_only, indent=2) + "\n"


def render_ndjson(records: Sequence[Record], ascii_only: bool = False) -> str:
    return "".join(dumps(record, ascii_only) + "\n" for record in records)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        from ...base.model import format_number

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


# ------------------------------------------------------------------ streamed
# The same text as the functions above, a piece at a time (list and export stream: the
# first record is out before the rest is read). A piece holds many records: one write and
# flush per record would cost more than the records.

PIECE = 512  # records per piece, after the first


def _batched(lines: Iterable[str]) -> Iterator[str]:
    batch: List[str] = []
    first = True
    for line in lines:
        batch.append(line)
        if first or len(batch) >= PIECE:
            yield "".join(batch)
            batch = []
            first = False
    if batch:
        yield "".join(batch)


def json_pieces(records: Iterable[Record], ascii_only: bool = False) -> Iterator[str]:
    """render_json of a list of records: `[`, each record indented, `]`."""
    def lines() -> Iterator[str]:
        separator = "[\n"
        for record in records:
            body = dumps(record, ascii_only, indent=2)
            yield separator + "  " + body.replace("\n", "\n  ")
            separator = ",\n"
        yield "[]\n" if separator == "[\n" else "\n]\n"

    return _batched(lines())


def ndjson_pieces(records: Iterable[Record], ascii_only: bool = False) -> Iterator[str]:
    return _batched(dumps(record, ascii_only) + "\n" for record in records)


def csv_pieces(records: Iterable[Record], header: Sequence[str] = ()) -> Iterator[str]:
    import csv

    def lines() -> Iterator[str]:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        columns: Optional[List[str]] = None
        for record in records:
            row = flatten(record)
            if columns is None:
                columns = list(row)
                writer.writerow(columns)
            writer.writerow([_cell(row[column]) for column in columns])
            yield out.getvalue()
            out.seek(0)
            out.truncate()
        if columns is None:
            writer.writerow(list(header))
            yield out.getvalue()

    return _batched(lines())


def tsv_pieces(records: Iterable[Record], header: Sequence[str] = ()) -> Iterator[str]:
    def lines() -> Iterator[str]:
        columns: Optional[List[str]] = None
        for record in records:
            row = flatten(record)
            head = ""
            if columns is None:
                columns = list(row)
                head = "\t".join(columns) + "\n"
            yield head + "\t".join(_tsv_cell(row[column]) for column in columns) + "\n"
        if columns is None:
            yield "\t".join(header) + "\n"

    return _batched(lines())
