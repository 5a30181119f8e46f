"""Load and validate a fact file. Every problem is collected before any is reported."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, Dict, List, Mapping, NamedTuple, Optional, Sequence, Tuple

from .errors import FactFileError, Problem
from .model import Fact, Quote, Source, derived

ENV_VAR = "JZFACTS_FACTS"

class FactBase(NamedTuple):
    """A validated fact file: its facts in file order and its sources by id."""

    path: str
    facts: Tuple[Fact, ...]
    sources: Mapping[str, Source]

    def by_id(self) -> Dict[str, Fact]:
        """id → fact, built once per base (batch looks up ids line after line)."""
        return derived(self.facts, "by_id", lambda facts: {fact.id: fact for fact in facts})

    def get_facts(self, ids: Sequence[str]) -> List[Fact]:
        from .query import get_facts

        return get_facts(self.facts, ids, self.by_id())

    def search(self, query: str, *, regex: bool = False,
               limit: Optional[int] = None) -> List[Any]:
        from .search import search

        return search(self.facts, query, regex=regex, limit=limit)

    def statistics(self) -> Any:
        """What ranking needs of the whole base (search.Statistics)."""
        from .search import statistics_of

        return statistics_of(self.facts)


def shipped_path() -> Path:
    """The shipped fact base: inside the installed package (the wheel carries the
    repository's top-level facts.toml there), or at the top of a source checkout."""
    here = Path(__file__).parent
    inside = here / "facts.toml"
    return inside if inside.exists() else here.parent / "facts.toml"


def resolve_path(option: Optional[str]) -> Path:
    """--facts wins, then $JZFACTS_FACTS, then the shipped base."""
    chosen = option or os.environ.get(ENV_VAR) or None
    return Path(chosen) if chosen else shipped_path()


def read_text(path: Path) -> str:
    """The file as text, or one clear problem: missing, a directory, binary, not UTF-8."""
    name = str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise FactFileError([Problem(name, "no such file")]) from None
    except IsADirectoryError:
        raise FactFileError([Problem(name, "is a directory, not a fact file")]) from None
    except PermissionError:
        raise FactFileError([Problem(name, "permission denied: cannot read the file")]) from None
    except OSError as error:
        raise FactFileError([Problem(name, f"cannot read: {error.strerror or error}")]) from None
    return decode(data, name)


def decode(data: bytes, name: str) -> str:
    """A fact file's bytes as text (from a file or a stream), or one clear problem: binary,
    not UTF-8."""
    if b"\x00" in data:
        raise FactFileError([Problem(name, "binary data (NUL bytes): not a TOML fact file")])
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]  # a UTF-8 byte-order mark is harmless; TOML parsers reject it
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        hint = ""
        try:
            data.decode("gb18030")
            hint = (f"; it looks like GBK/GB18030: convert it with "
                    f"`iconv -f GB18030 -t UTF-8 {name} > utf8.toml`")
        except UnicodeDecodeError:
            pass
        raise FactFileError(
            [Problem(name, f"not UTF-8 (byte {error.start}){hint}", line=line)]
        ) from None


def parse(text: str, name: str) -> Dict[str, Any]:
    """TOML text as a table; a syntax error becomes a problem with line and column."""
    # Imported here: a cached load never parses TOML, and the import costs ~3 ms.
    # tomli is the parser the standard library's tomllib was taken from; its wheels are
    # compiled with mypyc and parse 2.5-3x faster (1.0 s against 0.36 s for 10,000 facts,
    # README "Speed"). tomllib serves where tomli is missing, e.g. a vendored copy.
    try:
        import tomli as tomllib
    except ImportError:  # pragma: no cover - tomli is a dependency
        import tomllib  # type: ignore[no-redef]
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        # tomllib puts "(at line L, column C)" in the message; 3.14 also has lineno/colno.
        where = re.search(r" \(at line (\d+), column (\d+)\)$", message)
        line = int(where.group(1)) if where else None
        column = int(where.group(2)) if where else None
        message = message[: where.start()] if where else message
        raise FactFileError(
            [Problem(name, f"TOML syntax error: {message}", line=line, column=column)]
        ) from None
    except ValueError:  # Python's int() refuses more than 4300 digits (CVE-2020-10735)
        raise FactFileError([Problem(name, "a number too long to read (thousands of "
                                     "digits): a value must be below 10^15")]) from None


# A valid period spelt as periods are kept (2013–2022): most are, and need no reading.
_CANONICAL_PERIOD = r"\d{4}(?:-\d{2}){0,2}(?:–\d{4}(?:-\d{2}){0,2})?"


def _period(raw: Mapping[str, Any]) -> Optional[str]:
    period = raw.get("period")
    if not period or re.fullmatch(_CANONICAL_PERIOD, period):
        return period or None
    from .periods import canonical  # 2013-2022, 2013/2022, 2023-01-12–01-28 …

    return canonical(period)


def fact_from_raw(raw: Mapping[str, Any]) -> Fact:
    """A Fact from one [[fact]] table that `validate` passed (its period spelt canonically:
    2013-2022 becomes 2013–2022, periods.py)."""
    return Fact(
        id=raw["id"], label=raw["label"], label_en=raw["label_en"], value=raw["value"],
        unit=raw["unit"], approx=raw["approx"], category=raw["category"],
        section=raw["section"], quote=raw["quote"], source=raw["source"],
        period=_period(raw),
        tags=tuple(raw.get("tags", ())),
        kind=raw.get("kind", "amount"), note=raw.get("note"),
        repeats=tuple(Quote(r["section"], r["quote"]) for r in raw.get("repeats", ())),
        direction=raw.get("direction"),
    )


def declare(data: Mapping[str, Any]) -> None:
    """Make the units and categories a fact file declares known (for its facts' values,
    comparisons and tables)."""
    from .model import CATEGORIES
    from .units import UNITS, declared_units

    UNITS.declare(declared_units(data.get("unit")))
    for raw in data.get("category", ()):
        CATEGORIES.setdefault(raw["name"], (raw.get("zh", ""), raw.get("en", "")))


def build(data: Mapping[str, Any], name: str) -> FactBase:
    """Facts and sources from data that `validate` passed."""
    declare(data)
    sources = {raw["id"]: Source(**raw) for raw in data.get("source", [])}
    return FactBase(path=name, facts=tuple(fact_from_raw(raw) for raw in data["fact"]),
                    sources=sources)


def check_file(path: Path) -> Tuple[Optional[Dict[str, Any]], List[Problem]]:
    """Read, parse and validate: the data and every problem found."""
    from .progress import report
    from .validate import validate  # a cached load (cache.py) never validates

    name = str(path)
    try:
        text = read_text(path)
        report("parsing", 0, None)
        data = parse(text, name)
    except FactFileError as error:
        return None, error.problems
    return data, validate(data, name, text)


def load(path: Path) -> FactBase:
    """A validated fact base, or FactFileError carrying every problem.

    A valid file is cached (see cache.py), so the next load skips parsing and validation."""
    from . import cache

    data = cache.read(path)
    if data is None:
        data, problems = check_file(path)
        if problems or data is None:
            raise FactFileError(problems)
        cache.write(path, data)
    return build(data, str(path))
