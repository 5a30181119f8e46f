"""Export a fact base to JSON, NDJSON, CSV or SQLite, atomically and never over a file unasked."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, List, Tuple

from .errors import OutputError, UsageError
from .model import Fact

EXPORT_FORMATS = ("json", "ndjson", "csv", "sqlite")

FACT_COLUMNS = (
    ("id", "TEXT PRIMARY KEY"), ("label", "TEXT NOT NULL"), ("label_en", "TEXT NOT NULL"),
    ("value", "NUMERIC NOT NULL"), ("unit", "TEXT NOT NULL"), ("approx", "TEXT NOT NULL"),
    ("period", "TEXT"), ("category", "TEXT NOT NULL"), ("tags", "TEXT"),
    ("section", "TEXT NOT NULL"), ("quote", "TEXT NOT NULL"),
    ("source", "TEXT"), ("kind", "TEXT NOT NULL"), ("note", "TEXT"),
    ("repeats", "TEXT"), ("normalized_value", "NUMERIC NOT NULL"),
    ("normalized_unit", "TEXT NOT NULL"),
)
SOURCE_COLUMNS = ("id", "title", "byline", "kind", "publication", "page", "date", "date_note",
                  "file")


def _fact_row(fact: Fact) -> tuple:  # type: ignore[type-arg]
    record = fact.to_dict()
    return tuple(
        json.dumps(record[name], ensure_ascii=False) if name in ("tags", "repeats")
        else record["normalized"]["value"] if name == "normalized_value"
        else record["normalized"]["unit"] if name == "normalized_unit"
        else record[name]
        for name, _ in FACT_COLUMNS
    )


def file_facts(base: Any) -> Iterator[Tuple[str, Fact]]:
    """(fact file's name, fact) for every fact in base order, read as it is written."""
    if hasattr(base, "iter_file_facts"):
        yield from base.iter_file_facts()
        return
    names = getattr(base, "names", [getattr(base, "path", "")])
    for fact in base.facts:
        yield names[0], fact


def write_sqlite(base: Any, path: Path, counted: List[int]) -> None:
    """A `facts` table (and `sources`) that sqlite3 and Datasette open as they are. Each
    row names its fact file: sources are scoped to their file (two articles may both have
    a source `article`), so a fact's source is (fact_file, source)."""
    import sqlite3

    names = getattr(base, "names", [getattr(base, "path", "")])
    connection = sqlite3.connect(os.fsencode(path))
    try:
        with connection:
            connection.execute(
                "CREATE TABLE sources (" + ", ".join(f"{name} TEXT" for name in SOURCE_COLUMNS)
                + ", fact_file TEXT NOT NULL, PRIMARY KEY (fact_file, id))")
            connection.executemany(
                f"INSERT INTO sources VALUES ({', '.join('?' * (len(SOURCE_COLUMNS) + 1))})",
                [(*(source.to_dict()[name] for name in SOURCE_COLUMNS),
                  _text(names[number] if number < len(names) else ""))
                 for number, source in _scoped(base)])
            connection.execute(
                "CREATE TABLE facts (" + ", ".join(f"{name} {kind}" for name, kind in
                                                   FACT_COLUMNS)
                + ", fact_file TEXT NOT NULL, "
                "FOREIGN KEY (fact_file, source) REFERENCES sources (fact_file, id))")

            def rows() -> Iterator[Tuple[Any, ...]]:
                for name, fact in file_facts(base):
                    counted[0] += 1
                    yield (*_fact_row(fact), _text(name))

            connection.executemany(
                f"INSERT INTO facts VALUES ({', '.join('?' * (len(FACT_COLUMNS) + 1))})",
                rows())
            connection.execute("CREATE INDEX facts_category ON facts(category)")
    finally:
        connection.close()


def _scoped(base: Any) -> Iterator[Tuple[int, Any]]:
    sources = base.sources
    if hasattr(sources, "scoped"):
        return iter(sources.scoped())
    return ((0, source) for source in sources.values())


def _text(name: str) -> str:
    """A name SQLite can store (bytes that are no UTF-8 shown escaped)."""
    return name.encode("utf-8", "backslashreplace").decode("utf-8")


def write_atomically(target: Path, write: Callable[[Path], object], force: bool) -> None:
    """Write through a temporary file beside the target, then move it into place, so an
    interrupted export leaves nothing half-written; refuse an existing target unless forced."""
    if target.is_dir():
        raise OutputError(f"{target} is a directory")
    if target.exists() and not force:
        raise OutputError(f"{target} exists; use --force to overwrite it")
    directory = target.parent if str(target.parent) else Path(".")
    try:
        handle, temporary_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                                  dir=str(directory))
    except OSError as error:
        raise OutputError(f"cannot write in {directory}: {error.strerror or error}") from None
    os.close(handle)
    temporary = Path(temporary_name)
    try:
        temporary.unlink()  # sqlite3 wants to create its file itself
        write(temporary)
        if force:
            os.replace(temporary, target)
        else:
            try:
                os.link(temporary, target)  # fails if the target appeared meanwhile
            except FileExistsError:
                raise OutputError(f"{target} exists; use --force to overwrite it") from None
            except OSError:
                os.replace(temporary, target)  # a file system without hard links
    except OSError as error:
        raise OutputError(f"cannot write {target}: {error.strerror or error}") from None
    finally:
        if temporary.exists():
            temporary.unlink()


def export(base: Any, fmt: str, target: Path, force: bool) -> int:
    """Write every fact in the base to target in the given format, as the facts are read
    (memory does not grow with the base); how many facts were written."""
    if fmt not in EXPORT_FORMATS:
        raise UsageError(f"unknown export format {fmt!r}; known formats: "
                         f"{', '.join(EXPORT_FORMATS)}")
    counted = [0]
    if fmt == "sqlite":
        write_atomically(target, lambda path: write_sqlite(base, path, counted), force)
        return counted[0]
    from .render import text

    def records() -> Iterator[Dict[str, Any]]:
        for _, fact in file_facts(base):
            counted[0] += 1
            yield fact.to_dict()

    def pieces() -> Iterator[str]:
        if fmt == "json":
            return text.json_pieces(records())
        if fmt == "ndjson":
            return text.ndjson_pieces(records())
        return text.csv_pieces(records())

    def write(path: Path) -> None:
        with open(path, "w", encoding="utf-8", newline="") as handle:
            for piece in pieces():
                handle.write(piece)
            handle.flush()
            os.fsync(handle.fileno())

    write_atomically(target, write, force)
    return counted[0]
