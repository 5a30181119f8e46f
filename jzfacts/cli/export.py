"""Export a fact base to JSON, NDJSON, CSV or SQLite, atomically and never over a file unasked.

Facts are written as they are read (a large base is never held in memory); `-o -` writes to
standard output. The SQLite file is what sqlite3 and Datasette open as it is, with a
full-text index Datasette finds and that searches Chinese."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, List, Optional, Set, Tuple

from ..base.errors import OutputError, UsageError
from ..base.model import Fact
from .render import EXPORT_FORMATS
from .render.text import dumps

FACT_COLUMNS = (
    ("id", "TEXT PRIMARY KEY"), ("label", "TEXT NOT NULL"), ("label_en", "TEXT NOT NULL"),
    ("value", "NUMERIC NOT NULL"), ("unit", "TEXT NOT NULL"), ("approx", "TEXT NOT NULL"),
    ("period", "TEXT"), ("category", "TEXT NOT NULL"), ("tags", "TEXT"),
    ("section", "TEXT NOT NULL"), ("quote", "TEXT NOT NULL"),
    ("source", "TEXT"), ("kind", "TEXT NOT NULL"), ("note", "TEXT"),
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


def file_facts(base: Any) -> Iterator[Tuple[str, Fact]]:
    """(fact file's name, fact) for every fact in base order, read as it is written."""
    if hasattr(base, "iter_file_facts"):
        yield from base.iter_file_facts()
        return
    names = getattr(base, "names", [getattr(base, "path", "")])
    for fact in base.facts:
        yield names[0], fact


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


def write_sqlite(base: Any, path: Path, counted: List[int]) -> None:
    """A `facts` table (and `sources`) that sqlite3 and Datasette open as they are, with a
    full-text index, `facts_fts`, that Datasette finds by itself (an FTS5 table whose
    content is `facts`) and searches Chinese in (search_terms). Each row names its fact
    file: sources are scoped to their file (two articles may both have a source
    `article`), so a fact's source is (fact_file, source)."""
    import itertools
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
            # External content (content="facts"): Datasette detects the index by it, and
            # shows the facts' own text; the index holds the pre-segmented terms.
            connection.execute(f"CREATE VIRTUAL TABLE facts_fts USING fts5("
                               f"{', '.join(SEARCHED)}, content=\"facts\", "
                               "tokenize=\"unicode61 remove_diacritics 2\")")
            facts = file_facts(base)
            while True:  # a chunk at a time: memory does not grow with the base
                chunk = list(itertools.islice(facts, 1000))
                if not chunk:
                    break
                first = counted[0] + 1
                counted[0] += len(chunk)
                connection.executemany(
                    f"INSERT INTO facts VALUES ({', '.join('?' * (len(FACT_COLUMNS) + 1))})",
                    [(*_fact_row(fact), _text(name)) for name, fact in chunk])
                connection.executemany(
                    f"INSERT INTO facts_fts (rowid, {', '.join(SEARCHED)}) "
                    "VALUES (?, ?, ?, ?, ?)",
                    [(rowid, search_terms(fact.label, whole=True), fact.label_en,
                      search_terms(" ".join(fact.tags), whole=True), search_terms(fact.quote))
                     for rowid, (_, fact) in enumerate(chunk, first)])
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


def datasette_metadata(base: Any, database: str) -> str:
    """Datasette's metadata for the export (`datasette jinzhou.db -m metadata.json`): what
    each column means and in which unit, the full-text index, and useful facets."""
    units_seen: Set[str] = set()
    bases_seen: Set[str] = set()
    categories_seen: Set[str] = set()
    for _, fact in file_facts(base):  # (read as they come: a large base is not loaded)
        units_seen.add(fact.unit)
        bases_seen.add(fact.normalized[1])
        categories_seen.add(fact.category)
    units, bases = sorted(units_seen), sorted(bases_seen)
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
            "category": "The subject: " + ", ".join(sorted(categories_seen))
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
    return dumps(document, indent=2) + "\n"


def writable(target: Path, force: bool) -> bool:
    """Whether a file may be written at target (True), or target is a stream to write into
    (False); an OutputError where neither: a folder, a file there unless forced, a folder
    that is missing. Checked for every target before anything is written."""
    if target.is_dir():
        raise OutputError(f"{target} is a directory")
    if target.exists() and not target.is_file():
        return False
    if target.exists() and not force:
        raise OutputError(f"{target} exists; use --force to overwrite it")
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise OutputError(f"cannot write in {directory}: no such folder")
    return True


def write_atomically(target: Path, write: Callable[[Path], object], force: bool) -> None:
    """Write through a temporary file beside the target, then move it into place, so an
    interrupted export leaves nothing half-written; refuse an existing target unless forced.

    A target that exists and is no regular file (/dev/stdout, a named pipe, a terminal) is
    a stream: what is written goes into it, with no --force needed."""
    if not writable(target, force):
        _write_stream(target, write)
        return
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


def export(base: Any, fmt: str, target: Optional[Path], force: bool,
           out: Optional[Callable[[str], None]] = None) -> Tuple[int, Optional[bytes]]:
    """Write every fact in the base to target in the given format, as the facts are read
    (memory does not grow with the base); with no target (`-o -`), text goes to `out` as
    it is made and an SQLite database comes back as bytes. How many facts were written,
    and those bytes."""
    if fmt not in EXPORT_FORMATS:
        raise UsageError(f"unknown export format {fmt!r}; known formats: "
                         f"{', '.join(EXPORT_FORMATS)}")
    counted = [0]
    if fmt == "sqlite":
        def write_database(path: Path) -> None:
            write_sqlite(base, path, counted)

        if target is None:
            data = _written(write_database)
            return counted[0], data
        write_atomically(target, write_database, force)
        return counted[0], None
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

    if target is None:
        if out is None:
            raise ValueError("export to standard output needs `out`")
        for piece in pieces():
            out(piece)
        return counted[0], None

    def write(path: Path) -> None:
        with open(path, "w", encoding="utf-8", newline="") as handle:
            for piece in pieces():
                handle.write(piece)
            handle.flush()
            os.fsync(handle.fileno())  # durable before it is renamed into place

    write_atomically(target, write, force)
    return counted[0], None
