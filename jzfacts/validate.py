"""Validation rules for fact files: every problem found, with file, line, fact and field."""

from __future__ import annotations

import math
import re
from typing import Any, Collection, Dict, List, Mapping, Optional, Sequence, Tuple

from .errors import Problem
from .model import APPROX, CATEGORIES
from .units import KINDS, UNITS, to_decimal

# Patterns are strings: `re` compiles and caches them on first use, so a cached load
# (which validates nothing) never pays for compiling them.
ID_PATTERN = r"[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*"
_DATE = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
PERIOD_PATTERN = f"{_DATE}(?:–{_DATE})?"
# Text from a fact file ends up on terminals: no control characters but tab and newline.
_CONTROL = r"[\x00-\x08\x0b-\x1f\x7f-\x9f]"

REQUIRED_TEXT = ("id", "label", "label_en", "unit", "approx", "category", "section", "quote",
                 "source")
OPTIONAL_TEXT = ("period", "kind", "note")
FACT_KEYS = frozenset(REQUIRED_TEXT + OPTIONAL_TEXT + ("value", "tags", "repeats"))
SOURCE_KEYS = frozenset(("id", "title", "byline", "kind", "publication", "page", "date",
                         "date_note", "file"))


def _fact_lines(text: str) -> List[int]:
    """The line of each [[fact]] header, so problems can point at the fact."""
    return [number for number, line in enumerate(text.splitlines(), 1)
            if re.match(r"\s*\[\[\s*fact\s*\]\]", line)]


def _text_problem(value: Any, required: bool) -> Optional[str]:
    if value is None:
        return "missing" if required else None
    if not isinstance(value, str):
        return f"must be a string, not {_type_name(value)}"
    if required and not value.strip():
        return "must not be empty"
    if re.search(_CONTROL, value):
        return "contains a control character"
    return None


def _type_name(value: Any) -> str:
    return {bool: "a boolean", int: "an integer", float: "a float", str: "a string",
            list: "an array", dict: "a table"}.get(type(value), type(value).__name__)


def _number_problem(raw: Mapping[str, Any]) -> Optional[str]:
    value = raw.get("value")
    if value is None:
        return "missing"
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return f"must be a number, not {_type_name(value)}"
    if not math.isfinite(value):
        return "must be a finite number, not nan or inf"
    if value < 0:
        return "must not be negative: amounts on the page are magnitudes"
    kind = raw.get("kind", "amount")
    if kind in ("year", "ordinal", "identifier") and not float(value).is_integer():
        return f"must be a whole number for kind {kind!r}"
    return None


def _quote_problem(quote: str, value: Any) -> Optional[str]:
    from .numerals import numbers_in

    if to_decimal(value) not in numbers_in(quote):
        return f"does not contain the value {value} (in Arabic or Chinese numerals)"
    return None


def _states(quote: str, value: Any) -> bool:
    """Whether the quote states the value in Arabic numerals, standing alone (fast path)."""
    number = str(value) if type(value) is int else repr(value)
    start = quote.find(number)
    while start >= 0:
        end = start + len(number)
        before = quote[start - 1] if start else ""
        after = quote[end:end + 2]
        if not (before.isdigit() or before == ".") and not after[:1].isdigit() and not (
                after[:1] == "." and after[1:2].isdigit()):
            return True
        start = quote.find(number, start + 1)
    return False


_FAST: Dict[str, Any] = {}  # compiled patterns for fact_is_valid, made on first use


def fact_is_valid(raw: Any, source_ids: Collection[str]) -> bool:
    """True only when _check_fact would find nothing: the fast path of validation, which
    makes a 100,000-fact file cheap to check. Anything unusual goes to the full check."""
    if not _FAST:
        _FAST.update(id=re.compile(ID_PATTERN), period=re.compile(PERIOD_PATTERN),
                     control=re.compile(_CONTROL))
    if type(raw) is not dict or not raw.keys() <= FACT_KEYS:
        return False
    get = raw.get
    texts = []
    for key in REQUIRED_TEXT:
        text = get(key)
        if type(text) is not str or not text.strip():
            return False
        texts.append(text)
    for key in OPTIONAL_TEXT:
        text = get(key)
        if text is not None:
            if type(text) is not str:
                return False
            texts.append(text)
    value: Any = get("value")
    kind = get("kind", "amount")
    if type(value) not in (int, float) or not math.isfinite(value) or value < 0 \
            or kind not in KINDS or (kind != "amount" and not float(value).is_integer()):
        return False
    if raw["approx"] not in APPROX or raw["unit"] not in UNITS \
            or raw["category"] not in CATEGORIES or raw["source"] not in source_ids \
            or not _FAST["id"].fullmatch(raw["id"]):
        return False
    period = get("period")
    if period is not None and not _FAST["period"].fullmatch(period):
        return False
    tags = get("tags", [])
    if type(tags) is not list or any(type(tag) is not str for tag in tags):
        return False
    texts.extend(tags)
    repeats = get("repeats", [])
    if type(repeats) is not list:
        return False
    quotes = [raw["quote"]]
    for repeat in repeats:
        if type(repeat) is not dict or repeat.keys() != {"section", "quote"}:
            return False
        for key in ("section", "quote"):
            text = repeat[key]
            if type(text) is not str or not text.strip():
                return False
            texts.append(text)
        quotes.append(repeat["quote"])
    if _FAST["control"].search("\n".join(texts)):
        return False
    return all(_states(quote, value) or _quote_problem(quote, value) is None
               for quote in quotes)


def _check_fact(raw: Any, name: str, where: str, line: Optional[int],
                source_ids: Sequence[str]) -> List[Problem]:
    def problem(field: Optional[str], message: str) -> Problem:
        return Problem(name, message, fact=where, field=field, line=line)

    if not isinstance(raw, dict):
        return [problem(None, f"must be a table, not {_type_name(raw)}")]
    found: List[Problem] = []
    for key in sorted(set(raw) - FACT_KEYS):
        found.append(problem(key, "unknown field"))
    for key in REQUIRED_TEXT + OPTIONAL_TEXT:
        message = _text_problem(raw.get(key), key in REQUIRED_TEXT)
        if message:
            found.append(problem(key, message))
    number_message = _number_problem(raw)
    if number_message:
        found.append(problem("value", number_message))
    checks = (
        ("id", lambda v: re.fullmatch(ID_PATTERN, v), "must be lowercase ASCII words joined by "
         "dots and hyphens, like enterprises.high-tech"),
        ("approx", lambda v: v in APPROX, f"must be one of {', '.join(APPROX)}"),
        ("unit", lambda v: v in UNITS, f"unknown unit; known units: {', '.join(UNITS)}"),
        ("category", lambda v: v in CATEGORIES,
         f"unknown category; known categories: {', '.join(CATEGORIES)}"),
        ("kind", lambda v: v in KINDS, f"must be one of {', '.join(KINDS)}"),
        ("period", lambda v: re.fullmatch(PERIOD_PATTERN, v),
         "must be a year, year-month or date (2022, 2023-01, 2023-01-12), or two joined "
         "by an en dash (2013–2022)"),
        ("source", lambda v: v in source_ids,
         f"names no [[source]]; known sources: {', '.join(source_ids) or 'none'}"),
    )
    for key, is_valid, message in checks:
        value = raw.get(key)
        if isinstance(value, str) and value.strip() and not re.search(_CONTROL, value) \
                and not is_valid(value):
            found.append(problem(key, f"{value!r}: {message}" if key != "id" else message))
    tags = raw.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
        found.append(problem("tags", "must be an array of strings"))
    elif any(re.search(_CONTROL, tag) for tag in tags):
        found.append(problem("tags", "contains a control character"))
    quotes: List[Tuple[str, Any]] = [("quote", raw.get("quote"))]
    repeats = raw.get("repeats", [])
    if not isinstance(repeats, list):
        found.append(problem("repeats", "must be an array of {section, quote} tables"))
        repeats = []
    for index, repeat in enumerate(repeats, 1):
        field = f"repeats[{index}]"
        if not isinstance(repeat, dict) or set(repeat) != {"section", "quote"}:
            found.append(problem(field, "must be a table with exactly section and quote"))
            continue
        for key in ("section", "quote"):
            message = _text_problem(repeat[key], True)
            if message:
                found.append(problem(f"{field}.{key}", message))
        quotes.append((f"{field}.quote", repeat["quote"]))
    if number_message is None:
        for field, quote in quotes:
            if isinstance(quote, str) and quote.strip():
                message = _quote_problem(quote, raw["value"])
                if message:
                    found.append(problem(field, message))
    return found


def _check_sources(raw_sources: Any, name: str) -> Tuple[List[Problem], List[str]]:
    if raw_sources is None:
        return [], []
    if not isinstance(raw_sources, list):
        return [Problem(name, "must be an array of [[source]] tables", field="source")], []
    found: List[Problem] = []
    ids: List[str] = []
    for index, raw in enumerate(raw_sources, 1):
        where = f"source #{index}"
        if not isinstance(raw, dict):
            found.append(Problem(name, "must be a table", field=where))
            continue
        for key in sorted(set(raw) - SOURCE_KEYS):
            found.append(Problem(name, "unknown field", field=f"{where}.{key}"))
        for key in sorted(SOURCE_KEYS):
            message = _text_problem(raw.get(key), key in ("id", "title"))
            if message:
                found.append(Problem(name, message, field=f"{where}.{key}"))
        source_id = raw.get("id")
        if isinstance(source_id, str):
            if source_id in ids:
                found.append(Problem(name, f"duplicate source id {source_id!r}",
                                     field=f"{where}.id"))
            ids.append(source_id)
    return found, ids


def validate(data: Mapping[str, Any], name: str, text: str = "") -> List[Problem]:
    """Every problem in a parsed fact file, in file order; empty when the file is valid."""
    found: List[Problem] = []
    for key in sorted(set(data) - {"fact", "source"}):
        found.append(Problem(name, f"unknown top-level key {key!r} (expected [[fact]] and "
                                   "[[source]] tables)"))
    source_problems, source_ids = _check_sources(data.get("source"), name)
    found.extend(source_problems)
    raw_facts = data.get("fact")
    if raw_facts is None:
        found.append(Problem(name, "no facts: the file has no [[fact]] tables"))
        return found
    if not isinstance(raw_facts, list):
        found.append(Problem(name, "`fact` must be an array of [[fact]] tables"))
        return found
    if not raw_facts:
        found.append(Problem(name, "no facts: the file has no [[fact]] tables"))
    lines: Optional[List[int]] = None  # found only when there is a problem to place
    seen: Dict[str, int] = {}
    known_sources = frozenset(source_ids)
    for index, raw in enumerate(raw_facts):
        fact_id = raw.get("id") if isinstance(raw, dict) else None
        if not fact_is_valid(raw, known_sources):
            if lines is None:
                lines = _fact_lines(text)
                lines = lines if len(lines) == len(raw_facts) else []
            line = lines[index] if lines else None
            where = fact_id if isinstance(fact_id, str) and fact_id.strip() else f"#{index + 1}"
            found.extend(_check_fact(raw, name, where, line, source_ids))
        if isinstance(fact_id, str):
            if fact_id in seen:
                if lines is None:
                    lines = _fact_lines(text)
                    lines = lines if len(lines) == len(raw_facts) else []
                found.append(Problem(name, f"duplicate id (first at fact #{seen[fact_id]})",
                                     fact=fact_id, field="id",
                                     line=lines[index] if lines else None))
            else:
                seen[fact_id] = index + 1
    return found
