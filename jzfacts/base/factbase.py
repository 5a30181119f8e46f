"""Load and validate fact files into one fact base. Every problem is collected before any
is reported: each file's, ids that two files share, units two files declare differently.

A file read and validated is cached (cache.py), so the next load neither parses nor
validates it; search caches its facts' terms beside it (search/loaded.py)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator, Mapping, Optional, Sequence, Union

from .errors import FactFileError, Problem
from .files import ENV_VAR, SHIPPED, FactFile, entries, resolve, shipped_path
from .model import Fact, Quote, Source, derived

__all__ = ["ENV_VAR", "SHIPPED", "FactBase", "FactFile", "Sources", "check_file",
           "entries", "load", "load_files", "resolve", "shipped_path"]

if TYPE_CHECKING:  # (an alias made at run time costs every command's start-up)
    Columns = tuple[tuple[str, ...], ...]


class Sources:
    """The sources of a base, each scoped to its file: a fact's source is the one its own
    file declares (two articles may both call theirs `article`). As a mapping (get, [],
    iteration), an id gives the first file's source of that id."""

    def __init__(self, by_file: Union[Sequence[Mapping[str, Source]],
                                      Callable[[], Sequence[Mapping[str, Source]]]],
                 file_of: Callable[[str], Optional[int]]) -> None:
        self._given = by_file  # or what reads them, when they are first needed
        self._file_of = file_of
        self._read: Optional[tuple[list[Mapping[str, Source]], dict[str, Source]]] = None

    def _sources(self) -> tuple[list[Mapping[str, Source]], dict[str, Source]]:
        if self._read is None:
            by_file = list(self._given() if callable(self._given) else self._given)
            first: dict[str, Source] = {}
            for sources in reversed(by_file):
                first.update(sources)
            self._read = by_file, first
        return self._read

    def __getitem__(self, source_id: str) -> Source:
        return self._sources()[1][source_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._sources()[1])

    def __len__(self) -> int:
        return len(self._sources()[1])

    def __contains__(self, source_id: object) -> bool:
        return source_id in self._sources()[1]

    def __eq__(self, other: object) -> bool:
        """Equal to another base's sources (or a mapping) holding the same, file by file."""
        if isinstance(other, Sources):
            return self._sources()[0] == other._sources()[0]
        return hasattr(other, "items") and self._sources()[1] == dict(other.items())

    __hash__ = None  # type: ignore[assignment]

    def get(self, source_id: str, default: Optional[Source] = None) -> Optional[Source]:
        return self._sources()[1].get(source_id, default)

    def values(self) -> Any:
        return self._sources()[1].values()

    def items(self) -> Any:
        return self._sources()[1].items()

    def keys(self) -> Any:
        return self._sources()[1].keys()

    def of(self, fact: Fact) -> Optional[Source]:
        """The source the fact's own file declares under the fact's source id."""
        by_file, first = self._sources()
        number = self._file_of(fact.id) if len(by_file) > 1 else 0
        if number is None or number >= len(by_file):
            return first.get(fact.source)
        return by_file[number].get(fact.source)

    def file_of(self, fact: Fact) -> Optional[int]:
        """The number of the fact's own file (0 in a base of one file)."""
        by_file, _ = self._sources()
        return self._file_of(fact.id) if len(by_file) > 1 else 0

    def scoped(self) -> Iterator[tuple[int, Source]]:
        """(file number, source) for every file's sources, in base order."""
        for number, sources in enumerate(self._sources()[0]):
            for source in sources.values():
                yield number, source


class FactBase:
    """Validated facts of one or more fact files, in base order, with their sources."""

    def __init__(self, names: Sequence[str], facts: tuple[Fact, ...], sources: Sources,
                 counts: Optional[Sequence[int]] = None,
                 loaded: Sequence[Loaded] = ()) -> None:
        self.names = list(names)
        self.facts = facts
        self.counts = list(counts) if counts is not None else [len(facts)]
        self.sources = sources
        self.loaded = list(loaded)  # each file as read (search reads its cached terms)

    @property
    def path(self) -> str:
        """The file, or the files separated as in $JZFACTS_FACTS."""
        import os

        return os.pathsep.join(self.names)

    def by_id(self) -> dict[str, Fact]:
        """id → fact, built once per base (batch looks up ids line after line)."""
        return derived(self.facts, "by_id", lambda facts: {fact.id: fact for fact in facts})

    def get_facts(self, ids: Sequence[str]) -> list[Fact]:
        from .query import get_facts

        return get_facts(self.facts, ids, self.by_id())

    def iter_facts(self, sort: Optional[str] = None, reverse: bool = False
                   ) -> Iterator[Fact]:
        """Every fact in base order, or sorted (query.sort_facts: -key or reverse=True
        backwards)."""
        if sort is None:
            return iter(self.facts)
        from .query import sort_facts

        return iter(sort_facts(self.facts, sort, reverse))

    def iter_file_facts(self) -> Iterator[tuple[str, Fact]]:
        """(fact file's name, fact) for every fact, in base order."""
        start = 0
        for name, count in zip(self.names, self.counts):
            for fact in self.facts[start:start + count]:
                yield name, fact
            start += count

    def tags(self) -> set[str]:
        return {tag for fact in self.facts for tag in fact.tags}


# ------------------------------------------------------------------ one file


def decode(data: bytes, name: str) -> str:
    """A fact file's bytes as text, or one clear problem: binary, not UTF-8."""
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


def read_error(name: str, error: OSError) -> FactFileError:
    """A file that cannot be read, as one clear problem."""
    if isinstance(error, FileNotFoundError):
        reason = "no such file"
    elif isinstance(error, IsADirectoryError):
        reason = "is a directory, not a fact file"
    elif isinstance(error, PermissionError):
        reason = "permission denied: cannot read the file"
    else:
        reason = f"cannot read: {error.strerror or error}"
    return FactFileError([Problem(name, reason)])


def read_text(path: Path, name: Optional[str] = None) -> str:
    """The file as text, or one clear problem: missing, a directory, binary, not UTF-8."""
    name = name or str(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise read_error(name, error) from None
    return decode(data, name)


def parse(text: str, name: str) -> dict[str, Any]:
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
    """The fact base of one file's data that `validate` passed."""
    declare(data)
    sources = {raw["id"]: Source(**raw) for raw in data.get("source", [])}
    return FactBase([name], tuple(fact_from_raw(raw) for raw in data["fact"]),
                    Sources([sources], lambda fact_id: 0))


def check_text(text: str, name: str) -> tuple[Optional[dict[str, Any]], list[Problem]]:
    """Parse and validate: the data and every problem found."""
    from .progress import report
    from .validate import validate  # a cached load never validates

    try:
        report("parsing", 0, None)
        data = parse(text, name)
    except FactFileError as error:
        return None, error.problems
    return data, validate(data, name, text)


def check_file(path: Path, name: Optional[str] = None
               ) -> tuple[Optional[dict[str, Any]], list[Problem]]:
    """Read, parse and validate: the data and every problem found."""
    try:
        text = read_text(path, name)
    except FactFileError as error:
        return None, error.problems
    return check_text(text, name or str(path))


def fact_lines_of(file: FactFile) -> list[int]:
    """The line of each [[fact]] of a file (for messages about two files), or none."""
    from .validate import fact_lines

    try:
        return fact_lines(file.text if file.text is not None else read_text(file.path))
    except FactFileError:
        return []


class Loaded:
    """A validated fact file, the line of each of its facts, and where its search terms are
    cached (read when a search first needs them). (Plain classes here: a NamedTuple costs
    every command's start-up ~1.6 M instructions.)"""

    __slots__ = ("name", "data", "lines", "terms_entry")

    def __init__(self, name: str, data: dict[str, Any], lines: list[int],
                 terms_entry: Optional[tuple[Path, Any]] = None) -> None:
        self.name = name
        self.data = data
        self.lines = lines
        # (the file, its fingerprint) under which its terms are cached; None: not cached
        self.terms_entry = terms_entry


def _prepare(text: str, name: str) -> Loaded:
    """Validate a file's text; FactFileError with every problem."""
    from .validate import fact_lines

    data, problems = check_text(text, name)
    if problems or data is None:
        raise FactFileError(problems)
    lines = fact_lines(text)
    return Loaded(name, data, lines if len(lines) == len(data["fact"]) else [])


def entry_path(path: Path, suffix: str = ".entry") -> Path:
    """Where the cache keeps a fact file read and validated (.terms: its search terms)."""
    from . import cache

    return cache.entry_file(cache.FILES, cache.path_bytes(path), path.name, suffix)


def load_file(file: FactFile) -> Loaded:
    """One fact file, validated: from the cache when it holds this very file, else read
    (and cached)."""
    from . import cache

    if file.text is not None:  # standard input: read once, never cached
        return _prepare(file.text, file.name)
    if not cache.enabled():
        return _prepare(read_text(file.path, file.name), file.name)
    target = entry_path(file.path)
    cached = _cached(file, target)
    if cached is not None:
        return cached
    with cache.locked(target):
        cached = _cached(file, target)  # another process may have read it meanwhile
        if cached is not None:
            return cached
        try:
            snapshot = cache.read_snapshot(file.path)
        except OSError as error:
            raise read_error(file.name, error) from None
        loaded = _prepare(decode(snapshot.data, file.name), file.name)
        if not cache.unchanged(file.path, snapshot.stamp):  # checked again before saving
            return loaded
        assert snapshot.stamp is not None
        cache.store_blob(target, entry_key(file.path, snapshot.stamp),
                         {"racy": snapshot.racy, "digest": snapshot.digest,
                          "data": loaded.data, "lines": loaded.lines})
        loaded.terms_entry = (file.path, snapshot.stamp)
        return loaded


def entry_key(path: Path, stamp: Any, extra: tuple[Any, ...] = ()) -> Any:
    """What a cache entry of a fact file is kept under: this code's versions (and `extra`,
    what else the entry depends on: the search terms' version), the path, its fingerprint."""
    from . import cache

    return (cache.versions(extra), cache.path_bytes(path), stamp)


def _cached(file: FactFile, target: Path) -> Optional[Loaded]:
    from . import cache

    now = cache.stamp(file.path)
    if now is None:
        return None
    key = entry_key(file.path, now[0])
    value = cache.load_blob(target, key)
    if not isinstance(value, dict):
        return None
    if value["racy"]:
        if not cache.still_same(file.path, now[0], True, value["digest"]):
            return None
        if not now[1]:  # no longer racy: trusted from now on without reading the file
            cache.store_blob(target, key, dict(value, racy=False))
    return Loaded(file.name, value["data"], value["lines"], (file.path, now[0]))


def load(path: Path) -> FactBase:
    """One fact file as a fact base, or FactFileError carrying every problem."""
    return load_files([FactFile(path, str(path))])


def load_files(files: Sequence[FactFile]) -> FactBase:
    """The fact base of these files, or FactFileError carrying every problem of all."""
    loaded: list[Loaded] = []
    problems: list[Problem] = []
    for file in files:
        try:
            loaded.append(load_file(file))
        except FactFileError as error:
            problems.extend(error.problems)
    problems.extend(base_problems([(item.name, item.data) for item in loaded],
                                  [[raw["id"] for raw in item.data["fact"]] for item in loaded],
                                  [item.lines for item in loaded]))
    if problems:
        raise FactFileError(problems)
    facts: list[Fact] = []
    by_file: list[dict[str, Source]] = []
    counts: list[int] = []
    for item in loaded:
        declare(item.data)
        facts.extend(fact_from_raw(raw) for raw in item.data["fact"])
        counts.append(len(item.data["fact"]))
        by_file.append({raw["id"]: Source(**raw) for raw in item.data.get("source", [])})
    fact_tuple = tuple(facts)
    numbers: dict[str, int] = {}
    if len(loaded) > 1:
        for number, item in enumerate(loaded):
            numbers.update((raw["id"], number) for raw in item.data["fact"])

    return FactBase([item.name for item in loaded], fact_tuple,
                    Sources(by_file, lambda fact_id: numbers.get(fact_id, 0)), counts, loaded)


def base_problems(files: Sequence[tuple[str, Mapping[str, Any]]],
                  ids: Sequence[Sequence[str]], lines: Sequence[Sequence[int]]
                  ) -> list[Problem]:
    """What makes valid files an invalid base: an id in two files (each fact id names one
    fact of the base), a unit two files declare differently."""
    found: list[Problem] = []
    first: dict[str, tuple[int, int]] = {}
    for number, file_ids in enumerate(ids):
        for index, fact_id in enumerate(file_ids):
            earlier = first.setdefault(fact_id, (number, index))
            if earlier[0] != number:
                where = _line(lines, *earlier)
                found.append(Problem(
                    files[number][0], f"duplicate id: also in {files[earlier[0]][0]}"
                    + (f":{where}" if where else "") + f" (fact #{earlier[1] + 1})",
                    fact=fact_id, field="id", line=_line(lines, number, index)))
    found.extend(unit_conflicts(files))
    return found


def _line(lines: Sequence[Sequence[int]], number: int, index: int) -> Optional[int]:
    known = lines[number] if number < len(lines) else ()
    return known[index] if index < len(known) else None


def unit_conflicts(files: Sequence[tuple[str, Mapping[str, Any]]]) -> list[Problem]:
    """Units declared by two files with different meanings (base, power, dimension,
    additivity; an English name may differ): a value in one file would be read with the
    other's."""
    from .units import declared_units

    found: list[Problem] = []
    first: dict[str, tuple[str, Any]] = {}
    for name, data in files:
        for symbol, unit in declared_units(data.get("unit")).items():
            meaning = (unit.base, unit.power, unit.dimension, unit.additive)
            earlier = first.setdefault(symbol, (name, meaning))
            if earlier[1] != meaning:
                found.append(Problem(name, f"unit {symbol!r} is declared differently in "
                                     f"{earlier[0]}: declare it alike in both",
                                     field="unit"))
    return found
