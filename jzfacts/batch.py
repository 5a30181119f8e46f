"""`jzfacts batch`: many lookups in one process, one JSON line per input line.

Each line goes straight to the query functions; the CLI parser is not run again per line.
"""

from __future__ import annotations

import json
import shlex
from typing import Any, Callable, Dict, List, Optional, Sequence, TextIO, Tuple

from . import query
from .errors import FactNotFound, JzfactsError, UsageError
from .factbase import FactBase
from .results import FactsResult

# option name → (field it sets, takes a value?)
_OPTIONS: Dict[str, Dict[str, Tuple[str, bool]]] = {
    "show": {},
    "search": {"--regex": ("regex", False), "-e": ("regex", False),
               "--limit": ("limit", True), "-n": ("limit", True)},
    "list": {"--category": ("category", True), "-c": ("category", True),
             "--tag": ("tag", True), "-t": ("tag", True), "--unit": ("unit", True),
             "-u": ("unit", True), "--period": ("period", True), "-p": ("period", True),
             "--approx": ("approx", True), "--sort": ("sort", True), "-s": ("sort", True),
             "--limit": ("limit", True), "-n": ("limit", True)},
    "compare": {},
    "stats": {},
}


def parse_line(line: str) -> Tuple[str, List[str], Dict[str, Any]]:
    """A batch line as (command, arguments, options); UsageError when it cannot be."""
    if not any(char in line for char in "'\"\\#"):
        words = line.split()  # nothing to unquote: skip shlex, which is ~10x slower
    else:
        try:
            words = shlex.split(line)
        except ValueError as error:
            raise UsageError(f"cannot split the line: {error}") from None
    command, rest = words[0], words[1:]
    if command not in _OPTIONS:
        hint = query.suggest(command, _OPTIONS)
        did_you_mean = f" (did you mean {hint[0]}?)" if hint else ""
        raise UsageError(f"unknown batch command {command!r}{did_you_mean}; batch answers "
                         f"{', '.join(_OPTIONS)}")
    arguments: List[str] = []
    options: Dict[str, Any] = {}
    known = _OPTIONS[command]
    words_left = iter(rest)
    for word in words_left:
        name, _, inline = word.partition("=")
        if word.startswith("-") and len(word) > 1 and not _is_number(word):
            if name not in known:
                raise UsageError(f"{command} has no option {name!r}")
            field, takes_value = known[name]
            if takes_value:
                value = inline or next(words_left, None)
                if value is None:
                    raise UsageError(f"option {name} needs a value")
                options[field] = value
            else:
                options[field] = True
        else:
            arguments.append(word)
    if "limit" in options:
        try:
            options["limit"] = int(options["limit"])
            if options["limit"] < 1:
                raise ValueError
        except ValueError:
            raise UsageError("--limit takes a whole number of at least 1") from None
    return command, arguments, options


def _is_number(word: str) -> bool:
    try:
        float(word)
        return True
    except ValueError:
        return False


def answer(fact_base: FactBase, line: str, by_id: Optional[Dict[str, Any]] = None) -> Any:
    """The JSON document that the command on this line would print with --json."""
    command, arguments, options = parse_line(line)
    facts = fact_base.facts
    if command == "show":
        if not arguments:
            raise UsageError("show needs at least one fact id")
        found = query.get_facts(facts, arguments, by_id)
        return FactsResult("show", tuple(found)).document()
    if command == "search":
        from .search import search

        hits = search(facts, " ".join(arguments), regex=options.get("regex", False),
                            limit=options.get("limit"))
        if not hits:
            raise _Nothing(f"no facts match {' '.join(arguments)!r}")
        return FactsResult("search", tuple(h.fact for h in hits), hits=tuple(hits)).document()
    if command == "list":
        if arguments:
            raise UsageError("list takes no arguments, only options")
        chosen = query.filter_facts(facts, category=options.get("category"),
                                    tag=options.get("tag"), unit=options.get("unit"),
                                    period=options.get("period"),
                                    approx=options.get("approx"))
        chosen = query.sort_facts(chosen, options.get("sort", "id"))[:options.get("limit")]
        if not chosen:
            raise _Nothing("no facts match these filters")
        return FactsResult("list", tuple(chosen)).document()
    if command == "compare":
        from .compare import CompareResult, compare

        return CompareResult(compare(query.get_facts(facts, arguments, by_id))).document()
    from .compare import StatsResult, stats

    return StatsResult(stats(facts)).document()


class _Nothing(JzfactsError):
    """A lookup that found nothing (exit code 1 on the command line)."""

    exit_code = 1


def run_batch(fact_base: FactBase, lines: TextIO, write: Callable[[str], None]) -> int:
    """Answer every non-blank, non-comment line; return how many lines failed."""
    failures = 0
    by_id = fact_base.by_id()
    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        reply: Dict[str, Any] = {"line": number}
        try:
            reply.update(ok=True, result=answer(fact_base, stripped, by_id))
        except FactNotFound as error:
            failures += 1
            reply.update(ok=False, code=error.exit_code, error=str(error),
                         suggestions=error.suggestions)
        except JzfactsError as error:
            failures += 1
            reply.update(ok=False, code=error.exit_code, error=str(error))
        write(json.dumps(reply, ensure_ascii=False) + "\n")
    return failures


def answers(fact_base: FactBase, lines: Sequence[str]) -> List[Optional[Any]]:
    """The results of several lines (for tests and library use); None where a line failed."""
    results: List[Optional[Any]] = []
    for line in lines:
        try:
            results.append(answer(fact_base, line))
        except JzfactsError:
            results.append(None)
    return results
