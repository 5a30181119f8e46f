"""Validation rules for fact files: every problem found, with file, line, fact and field."""

from __future__ import annotations

import math
import re
from typing import Any, Callable, Collection, Mapping, NamedTuple, Optional, Sequence

from .errors import Problem
from .model import APPROX, BUILT_IN_CATEGORIES, CATEGORIES, DIRECTIONS
from .records import Record, pick
from .units import KINDS, UNITS, declared_units, to_decimal

# Patterns are strings: `re` compiles and caches them on first use, so a cached load
# (which validates nothing) never pays for compiling them.
ID_PATTERN = r"[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*"
# Text from a fact file ends up on terminals: no control characters but tab and newline.
_CONTROL = r"[\x00-\x08\x0b-\x1f\x7f-\x9f]"

REQUIRED_TEXT = ("id", "label", "label_en", "unit", "approx", "category", "section", "quote",
                 "source")
OPTIONAL_TEXT = ("period", "kind", "note", "direction")
FACT_KEYS = frozenset(REQUIRED_TEXT + OPTIONAL_TEXT + ("value", "tags", "repeats"))
SOURCE_KEYS = frozenset(("id", "title", "byline", "kind", "publication", "page", "date",
                         "date_note", "file"))
# A [[source]]'s fields, all text, id and title required (checked in this order).
SOURCE_FIELDS = {key: (str, key in ("id", "title")) for key in sorted(SOURCE_KEYS)}


PROBLEM_FIELDS = ("file", "line", "column", "severity", "fact", "field", "message")


class ProblemsResult(NamedTuple):
    """What `validate` found: one record per problem, then one per warning, in file order.
    Warnings fail (valid is false) only when `strict`."""

    path: str
    facts: int
    problems: tuple[Problem, ...]
    fields: Optional[tuple[str, ...]] = None
    known_fields: Sequence[str] = PROBLEM_FIELDS
    warnings: tuple[Problem, ...] = ()
    strict: bool = False

    @property
    def valid(self) -> bool:
        return not self.problems and not (self.strict and self.warnings)

    def _records(self, found: Sequence[Problem], severity: str) -> list[Record]:
        return [pick({name: severity if name == "severity" else getattr(problem, name)
                      for name in PROBLEM_FIELDS}, self.fields) for problem in found]

    def records(self) -> list[Record]:
        return self._records(self.problems, "error") + self._records(self.warnings,
                                                                      "warning")

    def document(self) -> Any:
        return {"path": self.path, "valid": self.valid, "facts": self.facts,
                "problems": self._records(self.problems, "error"),
                "warnings": self._records(self.warnings, "warning")}

    def plain_text(self) -> str:
        """The human form, on a terminal or not: `file:line: fact x: field: message` lines,
        as compilers print them (editors jump to them); warnings say `warning:` after the
        place, as compilers' do."""
        lines = [f"{problem}\n" for problem in self.problems]
        for warning in self.warnings:
            place = str(warning._replace(fact=None, field=None, message=""))[:-2]
            lines.append(f"{place}: warning: {str(warning)[len(place) + 2:]}\n")
        return "".join(lines)

    def summary(self, page: str = "") -> str:
        """One line for stderr: how it went."""
        def count(number: int, noun: str) -> str:
            return f"{number} {noun}{'s' if number != 1 else ''}"

        warned = count(len(self.warnings), "warning") if self.warnings else ""
        if self.problems:
            return count(len(self.problems), "problem") + (f", {warned}" if warned else "")
        if not self.valid:
            return f"{warned}, which --strict makes fail"
        return (f"valid, {count(self.facts, 'fact')}"
                + (f", every figure of {page} accounted for" if page else "")
                + (f"; {warned} (--strict makes them fail)" if warned else ""))

    def empty(self) -> bool:
        return False


def fact_lines(text: str) -> list[int]:
    """The line of each [[fact]] header, so problems can point at the fact (lines counted
    as TOML counts them, by line feeds; one scan of the text, not a match per line)."""
    return table_lines(text, "fact")


def table_lines(text: str, table: str) -> list[int]:
    """The line of each [[table]] header of a kind ([[fact]], [[not_fact]] …), in order."""
    lines: list[int] = []
    line, last = 1, 0
    for header in re.finditer(r"\[\[[^\S\n]*" + table + r"[^\S\n]*\]\]", text):
        start = text.rfind("\n", 0, header.start()) + 1
        if text[start:header.start()].strip():
            continue  # not at the start of its line
        line += text.count("\n", last, start)
        last = start
        lines.append(line)
    return lines


def _text_problem(value: Any, required: bool, controls: bool = True) -> Optional[str]:
    """A text field: a string, not empty (an optional field is left out, never ""), and
    free of control characters (checked here unless the caller checks many at once)."""
    if value is None:
        return "missing" if required else None
    if type(value) is not str:
        return f"must be a string, not {_type_name(value)}"
    if not value.strip():
        return "must not be empty" + ("" if required else " (leave the key out instead)")
    if controls and _COMPILED["control"].search(value):
        return CONTROL_MESSAGE
    return None


CONTROL_MESSAGE = "contains a control character"
# Values must be below this: every JSON reader and spreadsheet holds such a number exactly
# (doubles are exact to 2^53, about 9 × 10^15), and the page states figures in its own
# magnitude (21.3 with 亿元), so a larger one is a mistake, never a figure.
VALUE_LIMIT = 10**15


def _type_name(value: Any) -> str:
    return {bool: "a boolean", int: "an integer", float: "a float", str: "a string",
            list: "an array", dict: "a table"}.get(type(value), type(value).__name__)


def _number_problem(raw: Mapping[str, Any]) -> Optional[str]:
    value = raw.get("value")
    if value is None:
        return "missing"
    if type(value) not in (int, float):
        return f"must be a number, not {_type_name(value)}"
    if type(value) is float and not math.isfinite(value):
        return "must be a finite number, not nan or inf"
    if abs(value) >= VALUE_LIMIT:  # (an int of 400 digits is compared, never made a float)
        return ("is too large: a value must be below 10^15, written as the page states it "
                "(21.3 for 21.3亿元)")
    if value < 0 and isinstance(raw.get("quote"), str) and not _signed_in(raw["quote"], value):
        return (f"{value} is negative, but the quote writes no minus, 零下 or 负 before "
                f"{-value}: a fall (下降, 减少) is a positive value with direction = \"down\"")
    kind = raw.get("kind", "amount")
    if kind in ("year", "ordinal", "identifier") and not float(value).is_integer():
        return f"must be a whole number for kind {kind!r}"
    return None


def _signed_in(quote: str, value: Any) -> bool:
    from .numerals import states

    return states(quote, to_decimal(value))


def _quote_problem(quote: str, value: Any) -> Optional[str]:
    """The quote must state the value as a number read whole: 四两拨千斤 states 4, 2 and
    1000 but never 42, and 腊月二十一 states 21 but never 11; a negative value with its
    sign (零下5℃, -0.5‰), a fraction's share as the page would round it (三分之一: 33.3)."""
    from .numerals import states

    if not states(quote, to_decimal(value)):
        return f"does not state the value {value} (as a whole number, in Arabic or Chinese " \
               "numerals)"
    return None


_COMPILED: dict[str, Any] = {}  # patterns compiled on first use (a cached load never validates)


def _compile() -> None:
    if not _COMPILED:
        _COMPILED.update(id=re.compile(ID_PATTERN), control=re.compile(_CONTROL))


def _period_problem(period: str) -> Optional[str]:
    from .periods import problem

    return problem(period)


# The rules for fields whose text is there and clean: (field, is it valid?, why not).
# Each rule is written once; validate() runs them for every fact.
class Known(NamedTuple):
    """What a fact may name: the file's sources, and the units and categories known (the
    built-in ones and those the file declares)."""

    sources: Sequence[str]
    units: Mapping[str, Any] = UNITS
    categories: Collection[str] = CATEGORIES


_Rule = tuple[str, Callable[[str, Known], bool], Callable[[str, Known], str]]
_FIELD_RULES: tuple[_Rule, ...] = (
    ("id", lambda v, _: _COMPILED["id"].fullmatch(v) is not None,
     lambda v, _: "must be lowercase ASCII words joined by dots and hyphens, like "
     "enterprises.high-tech"),
    ("approx", lambda v, _: v in APPROX, lambda v, _: f"{v!r}: must be one of "
     f"{', '.join(APPROX)}"),
    ("unit", lambda v, known: v in known.units,
     lambda v, known: f"{v!r}: unknown unit; known units are those of the built-in table "
     "(jzfacts/base/units.py), each also with 万, 亿, 千 or 百万 in front and as rates "
     "(元/吨), and those the file declares; declare others in a [[unit]] table"),
    ("category", lambda v, known: v in known.categories,
     lambda v, known: f"{v!r}: unknown category; known categories: "
     f"{', '.join(known.categories)}; declare others in a [[category]] table"),
    ("kind", lambda v, _: v in KINDS, lambda v, _: f"{v!r}: must be one of {', '.join(KINDS)}"),
    ("direction", lambda v, _: v in DIRECTIONS,
     lambda v, _: f"{v!r}: must be one of {', '.join(DIRECTIONS)} (a rise or a fall the "
     "page states; leave the key out for a level)"),
    ("period", lambda v, _: _period_problem(v) is None,
     lambda v, _: f"{v!r}: {_period_problem(v)}"),
    ("source", lambda v, known: v in known.sources,
     lambda v, known: f"{v!r}: names no [[source]]; known sources: "
     f"{', '.join(known.sources) or 'none'}"),
)


def check_fact(raw: Any, known: Known) -> list[tuple[Optional[str], str]]:
    """Every problem of one [[fact]] table, as (field, message); empty when it is valid."""
    _compile()
    if type(raw) is not dict:
        return [(None, f"must be a table, not {_type_name(raw)}")]
    found: list[tuple[Optional[str], str]] = []
    if not raw.keys() <= FACT_KEYS:
        found.extend((key, "unknown field") for key in sorted(set(raw) - FACT_KEYS))
    clean: dict[str, str] = {}  # the text fields that are strings with content, in order
    for key in REQUIRED_TEXT + OPTIONAL_TEXT:
        value = raw.get(key)
        if value is None:
            if key in REQUIRED_TEXT:
                found.append((key, "missing"))
            continue
        # unit = "" is a figure without a unit: a ratio, index or coefficient (dimensionless)
        message = None if key == "unit" and value == "" else \
            _text_problem(value, key in REQUIRED_TEXT, controls=False)
        if message:
            found.append((key, message))
        else:
            clean[key] = value
    tags = raw.get("tags", [])
    checked = dict(clean)
    if type(tags) is not list or any(type(tag) is not str for tag in tags):
        found.append(("tags", "must be an array of strings"))
    elif not all(tag.strip() for tag in tags):
        found.append(("tags", "must not hold an empty string"))
    else:
        checked["tags"] = "\n".join(tags)
    # Control characters in one search over all the fact's text; the fields only on a find.
    if _COMPILED["control"].search("\n".join(checked.values())):
        for key, text in checked.items():
            if _COMPILED["control"].search(text):
                found.append((key, CONTROL_MESSAGE))
                clean.pop(key, None)
    number_message = _number_problem(raw)
    if number_message:
        found.append(("value", number_message))
    for key, is_valid, why in _FIELD_RULES:
        if key in clean and not is_valid(raw[key], known):
            found.append((key, why(raw[key], known)))
    quotes: list[tuple[str, Any]] = [("quote", raw.get("quote"))] if "quote" in clean else []
    repeats = raw.get("repeats", [])
    if type(repeats) is not list:
        found.append(("repeats", "must be an array of {section, quote} tables"))
        repeats = []
    for index, repeat in enumerate(repeats, 1):
        field = f"repeats[{index}]"
        if type(repeat) is not dict or repeat.keys() != {"section", "quote"}:
            found.append((field, "must be a table with exactly section and quote"))
            continue
        for key in ("section", "quote"):
            message = _text_problem(repeat[key], True)
            if message:
                found.append((f"{field}.{key}", message))
            elif key == "quote":
                quotes.append((f"{field}.quote", repeat["quote"]))
    if number_message is None:
        for field, quote in quotes:
            message = _quote_problem(quote, raw["value"])
            if message:
                found.append((field, message))
    return found


# The other tables a fact file may hold: field → (type, required).
TOP_LEVEL = ("fact", "source", "not_fact", "unit", "category")
DECLARATIONS: dict[str, dict[str, tuple[type, bool]]] = {
    # a number on the page that is not a fact, and why (validate --page reads them)
    "not_fact": {"text": (str, True), "why": (str, True), "fact": (str, False)},
    # a unit the built-in table lacks (万, 亿 … in front need no entry)
    "unit": {"symbol": (str, True), "dimension": (str, True), "base": (str, False),
             "power": (int, False), "name_en": (str, False), "additive": (bool, False)},
    "category": {"name": (str, True), "zh": (str, False), "en": (str, False)},
}


def _tables(data: Mapping[str, Any], table: str) -> list[Mapping[str, Any]]:
    """The well-formed tables of one kind (what _check_tables passes)."""
    raw = data.get(table)
    if not isinstance(raw, list):
        return []
    fields = DECLARATIONS[table]
    return [item for item in raw if isinstance(item, dict) and not _table_problems(
        item, fields)]


def _table_problems(item: Mapping[str, Any], fields: Mapping[str, tuple[type, bool]]
                    ) -> list[tuple[str, str]]:
    found = [(key, "unknown field") for key in sorted(set(item) - set(fields))]
    for key, (kind, required) in fields.items():
        value = item.get(key)
        if value is None:
            if required:
                found.append((key, "missing"))
        elif type(value) is not kind:
            found.append((key, f"must be {_type_name(kind())}, not {_type_name(value)}"))
        elif kind is str:
            message = _text_problem(value, required)
            if message:
                found.append((key, message))
    return found


#: The line of a file's Nth table of a kind (1-based), where it can be told.
TableLine = Callable[[str, int], Optional[int]]


def table_line_of(text: str, data: Mapping[str, Any]) -> TableLine:
    """The line of each table of `text` (parsed as `data`), counted once a problem asks for
    it; None where the headers found are not the tables parsed (a header inside a string)."""
    counted: dict[str, list[int]] = {}

    def line_of(table: str, number: int) -> Optional[int]:
        if table not in counted:
            lines = table_lines(text, table) if text else []
            raw = data.get(table)
            counted[table] = lines if isinstance(raw, list) and len(lines) == len(raw) else []
        lines = counted[table]
        return lines[number - 1] if 0 < number <= len(lines) else None

    return line_of


def _no_line(table: str, number: int) -> Optional[int]:
    return None


def _check_tables(raw: Any, table: str, fields: Mapping[str, tuple[type, bool]],
                  name: str, line_of: TableLine = _no_line) -> list[Problem]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        return [Problem(name, f"must be an array of [[{table}]] tables", field=table)]
    found: list[Problem] = []
    for index, item in enumerate(raw, 1):
        where = f"{table} #{index}"
        if not isinstance(item, dict):
            found.append(Problem(name, "must be a table", field=where,
                                 line=line_of(table, index)))
            continue
        found.extend(Problem(name, message, field=f"{where}.{key}", line=line_of(table, index))
                     for key, message in _table_problems(item, fields))
    return found


def _check_sources(raw_sources: Any, name: str, line_of: TableLine = _no_line
                   ) -> tuple[list[Problem], list[str]]:
    """The [[source]] tables' problems (as any table's), duplicate ids, and the ids."""
    found = _check_tables(raw_sources, "source", SOURCE_FIELDS, name, line_of)
    ids: list[str] = []
    for index, raw in enumerate(raw_sources if isinstance(raw_sources, list) else [], 1):
        source_id = raw.get("id") if isinstance(raw, dict) else None
        if isinstance(source_id, str):
            if source_id in ids:
                found.append(Problem(name, f"duplicate source id {source_id!r}",
                                     field=f"source #{index}.id",
                                     line=line_of("source", index)))
            ids.append(source_id)
    return found, ids


def validate(data: Mapping[str, Any], name: str, text: str = "") -> list[Problem]:
    """Every problem in a parsed fact file, in file order; empty when the file is valid."""
    found, known = check_tables(data, name, text)
    raw_facts = data.get("fact")
    if raw_facts is None:
        found.append(Problem(name, "no facts: the file has no [[fact]] tables"))
        return found
    if not isinstance(raw_facts, list):
        found.append(Problem(name, "`fact` must be an array of [[fact]] tables"))
        return found
    if not raw_facts:
        found.append(Problem(name, "no facts: the file has no [[fact]] tables"))
    lines: Optional[list[int]] = None  # found only when there is a problem to place

    def line_of(index: int) -> Optional[int]:
        nonlocal lines
        if lines is None:
            lines = fact_lines(text)
            lines = lines if len(lines) == len(raw_facts) else []
        return lines[index] if lines else None

    seen: dict[str, int] = {}
    found.extend(check_facts(raw_facts, known, name, line_of, seen=seen))
    found.extend(not_fact_problems(data, seen, name, text))
    return found


def check_tables(data: Mapping[str, Any], name: str, text: str = ""
                 ) -> tuple[list[Problem], Known]:
    """The problems of a parsed fact file's other tables and top-level keys (all but its
    facts), each at its table's line in `text` where that is given, and what its facts may
    name."""
    _compile()
    line_of = table_line_of(text, data)
    found: list[Problem] = []
    for key in sorted(set(data) - set(TOP_LEVEL)):
        found.append(Problem(name, f"unknown top-level key {key!r} (expected [[fact]], "
                                   "[[source]], [[not_fact]], [[unit]] and [[category]] "
                                   "tables)"))
    source_problems, source_ids = _check_sources(data.get("source"), name, line_of)
    found.extend(source_problems)
    for table, fields in DECLARATIONS.items():
        found.extend(_check_tables(data.get(table), table, fields, name, line_of))
    categories = (*BUILT_IN_CATEGORIES, *(raw["name"] for raw in _tables(data, "category")))
    known = Known(source_ids, UNITS.with_declared(declared_units(_tables(data, "unit"))),
                  categories)
    return found, known


def check_facts(raw_facts: Sequence[Any], known: Known, name: str,
                line_of: Callable[[int], Optional[int]], first: int = 0,
                seen: Optional[dict[str, int]] = None) -> list[Problem]:
    """The problems of [[fact]] tables, the first of them the file's fact number first + 1
    (a large file is checked a part at a time: facts.toml's part from its 2001st fact).
    With `seen` (id → fact number), duplicate ids too; without it the caller checks them."""
    _compile()
    from .progress import report

    found: list[Problem] = []
    total = len(raw_facts)
    for offset, raw in enumerate(raw_facts):
        index = first + offset
        if not offset % 2000 and seen is not None:
            report("validating", offset, total)
        fact_id = raw.get("id") if isinstance(raw, dict) else None
        fact_problems = check_fact(raw, known)
        if fact_problems:
            where = fact_id if isinstance(fact_id, str) and fact_id.strip() else f"#{index + 1}"
            line = line_of(index)
            found.extend(Problem(name, message, fact=where, field=field, line=line)
                         for field, message in fact_problems)
        if seen is not None and isinstance(fact_id, str):
            if fact_id in seen:
                found.append(Problem(name, f"duplicate id (first at fact #{seen[fact_id]})",
                                     fact=fact_id, field="id", line=line_of(index)))
            else:
                seen[fact_id] = index + 1
    if seen is not None:
        report("validating", total, total)
    return found


def not_fact_problems(data: Mapping[str, Any], ids: Collection[str],
                      name: str, text: str = "") -> list[Problem]:
    """[[not_fact]] tables that name a fact the file does not have (at their lines in
    `text`, where that is given)."""
    line_of = table_line_of(text, data)
    raw_tables = data.get("not_fact")
    return [Problem(name, f"{raw['fact']!r} names no fact", field=f"not_fact #{index}.fact",
                    line=line_of("not_fact", index))
            for index, raw in enumerate(raw_tables if isinstance(raw_tables, list) else [], 1)
            if isinstance(raw, dict) and not _table_problems(raw, DECLARATIONS["not_fact"])
            and raw.get("fact") is not None and raw["fact"] not in ids]


def warnings(data: Mapping[str, Any], name: str, text: str = "") -> list[Problem]:
    """What a file still needs a person to write: what `extract` drafted and marked (an
    English label, a category, a note to check) until someone reviews it; each at its
    fact's line, as problems are."""
    raw_facts = data.get("fact")
    if not isinstance(raw_facts, list):
        return []
    lines = fact_lines(text) if text else []
    if len(lines) != len(raw_facts):
        lines = []
    found = []
    for index, raw in enumerate(raw_facts):
        if not isinstance(raw, dict):
            continue
        fact_id = raw.get("id") if isinstance(raw.get("id"), str) else f"#{index + 1}"
        line = lines[index] if lines else None
        if str(raw.get("label_en", "")).startswith(DRAFT_MARK):
            found.append(Problem(name, "drafted: write the English label", fact=fact_id,
                                 field="label_en", line=line))
        if raw.get("category") == DRAFT_CATEGORY:
            found.append(Problem(name, "drafted: choose a category (or declare one)",
                                 fact=fact_id, field="category", line=line))
        if str(raw.get("note", "")).startswith(DRAFT_MARK):
            found.append(Problem(name, str(raw["note"]), fact=fact_id, field="note",
                                 line=line))
    return found


#: What `extract` writes where a person has to decide (README "Adding an article").
DRAFT_MARK = "TODO"
DRAFT_CATEGORY = "uncategorised"
