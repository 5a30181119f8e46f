"""Export a fact base to JSON, NDJSON, CSV or SQLite, atomically and never over a file unasked."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Callable, Optional, Sequence

from .errors import OutputError, UsageError
from .factbase import FactBase
from .model import Fact
from .render import EXPORT_FORMATS

FACT_COLUMNS = (
    ("id", "TEXT PRIMARY KEY"), ("label", "TEXT NOT NULL"), ("label_en", "TEXT NOT NULL"),
    ("value", "NUMERIC NOT NULL"), ("unit", "TEXT NOT NULL"), ("approx", "TEXT NOT NULL"),
    ("period", "TEXT"), ("category", "TEXT NOT NULL"), ("tags", "TEXT"),
    ("section", "TEXT NOT NULL"), ("quote", "TEXT NOT NULL"),
    ("source", "TEXT REFERENCES sources(id)"), ("kind", "TEXT NOT NULL"), ("note", "TEXT"),
    ("repeats", "TEXT"), ("normalized_value", "NUMERIC NOT NULL"),
    ("normalized_unit", "TEXT NOT NULL"), ("direction", "TEXT"),
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


#: The longest Chinese substring the SQLite export's full-text index finds anywhere
#: (search_terms): Chinese words are one to four characters, names of things rarely longer.
LONGEST_SUBSTRING = 8
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# A run of Chinese characters, with the digits written into it (瞪羚企业26家: 26家 is a
# term a reader types, and one word to unicode61).
_RUN = f"[0-9{_HAN}]*[{_HAN}][0-9{_HAN}]*"
#: The fact columns the full-text index covers.
SEARCHED = ("label", "label_en", "tags", "quote")


def search_terms(text: str, whole: bool = False) -> str:
    """Text for the export's full-text index, Chinese pre-segmented for Datasette.

    Datasette hands a search to FTS5 as typed (瞪羚, as the phrase "瞪羚"), and FTS5's
    tokenizers cannot find it inside 瞪羚企业: unicode61 reads a run of Chinese characters
    as one token, and trigram matches nothing shorter than three characters. So every run
    of Chinese characters (with the digits in it: 26家) is indexed as each of its substrings
    of up to LONGEST_SUBSTRING characters (and, with `whole`, as itself: a label or tag of
    any length); Latin words and numbers stand as they are, for unicode61 to read. A term
    with punctuation inside (9.58亿元, “中谷福州”轮) is read by FTS5 as words that must follow
    one another, which the substrings do not promise: search its words."""
    import re

    def segment(match: re.Match) -> str:  # type: ignore[type-arg]
        run = match.group()
        longest = min(LONGEST_SUBSTRING, len(run))
        terms = dict.fromkeys(run[start:start + size] for start in range(len(run))
                              for size in range(1, longest + 1) if start + size <= len(run))
        if whole:
            terms[run] = None
        return f" {' '.join(terms)} "

    return re.sub(_RUN, segment, text)


def write_sqlite(base: FactBase, path: Path) -> None:
    """A `facts` table (and `sources`) that sqlite3 and Datasette open as they are, with a
    full-text index, `facts_fts`, that Datasette finds by itself (an FTS5 table whose
    content is `facts`) and searches Chinese in (search_terms)."""
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
            # External content (content="facts"): Datasette detects the index by it, and
            # shows the facts' own text; the index holds the pre-segmented terms.
            connection.execute(f"CREATE VIRTUAL TABLE facts_fts USING fts5("
                               f"{', '.join(SEARCHED)}, content=\"facts\", "
                               "tokenize=\"unicode61 remove_diacritics 2\")")
            connection.executemany(
                f"INSERT INTO facts_fts (rowid, {', '.join(SEARCHED)}) VALUES (?, ?, ?, ?, ?)",
                [(rowid, search_terms(fact.label, whole=True), fact.label_en,
                  search_terms(" ".join(fact.tags), whole=True), search_terms(fact.quote))
                 for rowid, fact in enumerate(base.facts, 1)])
    finally:
        connection.close()


def datasette_metadata(base: FactBase, database: str) -> str:
    """Datasette's metadata for the export (`datasette jinzhou.db -m metadata.json`): what
    each column means and in which unit, the full-text index, and useful facets."""
    units = sorted({fact.unit for fact in base.facts})
    bases = sorted({fact.normalized[1] for fact in base.facts})
    sources = "; ".join(source.title for source in base.sources.values())
    facts = {
        "description": "One row per figure on the page: the value as the page states it, "
                       "its unit, and the page's own words.",
        "label_column": "label",
        "facets": ["category", "unit", "approx"],
        "fts_table": "facts_fts",
        "fts_pk": "rowid",
        "columns": {
            "id": "Stable id: lowercase words joined by dots and hyphens "
                  "(enterprises.high-tech).",
            "label": "What the figure counts, in Chinese, as the page names it.",
            "label_en": "The same in English.",
            "value": "The figure exactly as the page states it, in the unit of the unit "
                     "column (21.3 for 21.3亿元).",
            "unit": "The value's unit as the page writes it; empty for a ratio, index "
                    "or coefficient the page states without one (dimensionless). In this "
                    "database: " + ", ".join(unit or '""' for unit in units) + ".",
            "approx": "exact; over (余, 以上, 上百: more than the value); under (近: a "
                      "little under it); about (a round figure).",
            "period": "When the figure holds: a year (2022), month (2023-01), day "
                      "(2023-01-12) or a range (2013–2022); empty where the page gives none.",
            "category": "The subject: " + ", ".join(sorted({f.category for f in base.facts}))
                        + ".",
            "tags": "Chinese and English words to search by (a JSON array).",
            "section": "The heading the figure stands under on the page.",
            "quote": "The page's own words that state the figure, copied exactly.",
            "source": "The article the figure comes from (sources.id).",
            "kind": "amount (the default); year (a calendar year); ordinal (第七批) or "
                    "identifier (209泊位), never compared as amounts.",
            "note": "What a reader should know about the figure.",
            "repeats": "Where the page states the same figure again: a JSON array of "
                       "{section, quote}.",
            "normalized_value": "The value in its base unit (the normalized_unit column), "
                                "computed exactly from the unit table: 21.3 亿元 is "
                                "2130000000 元.",
            "normalized_unit": "The base unit of normalized_value. In this database: "
                               + ", ".join(bases) + ".",
            "direction": "up or down where the page states the figure as a change (增长, "
                         "下降): the value stays positive; empty for a level.",
        },
    }
    document = {
        "title": "jzfacts",
        "description": f"Every figure on the page, typed and sourced: {sources}.",
        "databases": {database: {"tables": {
            "facts": facts,
            "sources": {"description": "The articles the facts come from.",
                        "label_column": "title"},
        }}},
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def write_atomically(target: Path, write: Callable[[Path], object], force: bool) -> None:
    """Write through a temporary file beside the target, then move it into place, so an
    interrupted export leaves nothing half-written; refuse an existing target unless forced.

    A target that exists and is no regular file (/dev/stdout, a named pipe, a terminal) is
    a stream: what is written goes into it, with no --force needed."""
    if target.is_dir():
        raise OutputError(f"{target} is a directory")
    if target.exists() and not target.is_file():
        _write_stream(target, write)
        return
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


def _written(write: Callable[[Path], object]) -> bytes:
    """What `write` writes, as bytes (through a temporary file: sqlite3 writes files)."""
    with tempfile.TemporaryDirectory(prefix="jzfacts-") as directory:
        temporary = Path(directory) / "export"
        write(temporary)
        return temporary.read_bytes()


def _write_stream(target: Path, write: Callable[[Path], object]) -> None:
    data = _written(write)
    try:
        with open(target, "wb") as stream:
            stream.write(data)
    except OSError as error:
        raise OutputError(f"cannot write {target}: {error.strerror or error}") from None


def write_text(target: str, text: str, force: bool) -> None:
    """Text into a file, atomically and never over one unasked (or into a stream)."""
    write_atomically(Path(target), lambda path: path.write_text(text, encoding="utf-8"),
                     force)


def export(base: FactBase, fmt: str, target: Optional[Path], force: bool,
           render_text: Callable[[str, Sequence[Fact]], str]) -> Optional[bytes]:
    """Write every fact in the base to target in the given format; with no target (`-o -`),
    return the bytes for standard output instead."""
    if fmt not in EXPORT_FORMATS:
        raise UsageError(f"unknown export format {fmt!r}; known formats: "
                         f"{', '.join(EXPORT_FORMATS)}")
    if fmt == "sqlite":
        def write(path: Path) -> None:
            write_sqlite(base, path)
    else:
        text = render_text(fmt, base.facts)

        def write(path: Path) -> None:
            path.write_text(text, encoding="utf-8")
    if target is None:
        return _written(write)
    write_atomically(target, write, force)
    return None
