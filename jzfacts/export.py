"""Export a fact base to JSON, NDJSON, CSV or SQLite, atomically and never over a file unasked."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Callable, Sequence

from .errors import OutputError, UsageError
from .factbase import FactBase
from .model import Fact

EXPORT_FORMATS = ("json", "ndjson", "csv", "sqlite")

FACT_COLUMNS = (
    ("id", "TEXT PRIMARY KEY"), ("label", "TEXT NOT NULL"), ("label_en", "TEXT NOT NULL"),
    ("value", "NUMERIC NOT NULL"), ("unit", "TEXT NOT NULL"), ("approx", "TEXT NOT NULL"),
    ("period", "TEXT"), ("category", "TEXT NOT NULL"), ("tags", "TEXT"),
    ("section", "TEXT NOT NULL"), ("quote", "TEXT NOT NULL"),
    ("source", "TEXT REFERENCES sources(id)"), ("kind", "TEXT NOT NULL"), ("note", "TEXT"),
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


def write_sqlite(base: FactBase, path: Path) -> None:
    """A `facts` table (and `sources`) that sqlite3 and Datasette open as they are."""
    import sqlite3

    connection = sqlite3.connect(str(path))
    try:
        with connection:
            connection.execute("CREATE TABLE sources ("
                               + ", ".join(f"{name} TEXT" + (" PRIMARY KEY" if name == "id"
                                                             else "")
                                           for name in SOURCE_COLUMNS) + ")")
            connection.executemany(
                f"INSERT INTO sources VALUES ({', '.join('?' * len(SOURCE_COLUMNS))})",
                [tuple(source.to_dict()[name] for name in SOURCE_COLUMNS)
                 for source in base.sources.values()])
            connection.execute("CREATE TABLE facts ("
                               + ", ".join(f"{name} {kind}" for name, kind in FACT_COLUMNS)
                               + ")")
            connection.executemany(
                f"INSERT INTO facts VALUES ({', '.join('?' * len(FACT_COLUMNS))})",
                [_fact_row(fact) for fact in base.facts])
            connection.execute("CREATE INDEX facts_category ON facts(category)")
    finally:
        connection.close()


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


def export(base: FactBase, fmt: str, target: Path, force: bool,
           render_text: Callable[[str, Sequence[Fact]], str]) -> None:
    """Write every fact in the base to target in the given format."""
    if fmt not in EXPORT_FORMATS:
        raise UsageError(f"unknown export format {fmt!r}; known formats: "
                         f"{', '.join(EXPORT_FORMATS)}")
    if fmt == "sqlite":
        write_atomically(target, lambda path: write_sqlite(base, path), force)
    else:
        text = render_text(fmt, base.facts)
        write_atomically(target, lambda path: path.write_text(text, encoding="utf-8"), force)
