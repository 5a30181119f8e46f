"""`jzfacts batch`: many lookups in one process, one JSON line per input line.

A line is read by the command's own parser (commands.LineParser: the same options, types and
bounds as on the command line) and answered by the same function the command calls
(answers.py), on the same fact base: indexed when the file is large."""

from __future__ import annotations

import shlex
from typing import Any, Callable, Dict, List, Optional, Sequence, TextIO

from ..base import query
from ..base.errors import FactNotFound, JzfactsError, UsageError
from ..base.records import check_fields
from .lookups import ANSWERS
from .output import OutputOptions
from .render.text import dumps

# What the command line accepts but a batch line does not need: every reply is JSON.
#: jzfacts' commands that answer no lookup: each runs on its own.
_NOT_ON_A_LINE = frozenset(("validate", "export", "extract", "cache", "batch", "completion"))
_OUTPUT_ONLY = frozenset(("fmt", "as_json", "svg", "force", "fields"))
# The global options: they belong to `batch` itself (before or after it), not to a line.
_GLOBAL = ("facts", "debug", "color")
Parse = Callable[[str, List[str]], Dict[str, Any]]
#: What makes a line's words more than its spaces split it: shlex reads them.
_QUOTING = frozenset("'\"\\#")


def split_line(line: str) -> List[str]:
    """A batch line's words, quoted as on a shell command line."""
    if _QUOTING.isdisjoint(line):
        return line.split()  # nothing to unquote: skip shlex, which is ~10x slower
    try:
        return shlex.split(line)
    except ValueError as error:
        raise UsageError(f"cannot split the line: {error}") from None


def answer(fact_base: Any, line: str, parse: Parse) -> Any:
    """The JSON document that the command on this line would print with --json."""
    words = split_line(line)
    if not words:
        raise UsageError("empty line")
    command, rest = words[0], words[1:]
    if command.startswith("-"):  # (--facts news list: an option before the command)
        raise UsageError(f"a batch line begins with its command ({', '.join(ANSWERS)}), not "
                         f"{command!r}; global options go before or after `batch`")
    if command in _NOT_ON_A_LINE:
        raise UsageError(f"{command} is a command of its own, not a batch line; batch answers "
                         f"{', '.join(ANSWERS)}")
    if command not in ANSWERS:
        hint = query.suggest(command, ANSWERS)
        did_you_mean = f" (did you mean {hint[0]}?)" if hint else ""
        raise UsageError(f"unknown batch command {command!r}{did_you_mean}; batch answers "
                         f"{', '.join(ANSWERS)}")
    params = parse(command, rest)
    given = [f"--{name}" for name in _GLOBAL if params.pop(name, None)]
    if given:
        raise UsageError(f"{', '.join(given)}: global options go before or after `batch`, "
                         "not on its lines")
    if params.get("svg"):
        raise UsageError("--svg is not for batch lines: every reply is a line of JSON")
    fmt = params.get("fmt")
    if fmt is not None and fmt != "json":
        raise UsageError(f"--format {fmt} is not for batch lines: every reply is a line of "
                         "JSON")
    fields = params.get("fields")
    params = {name: value for name, value in params.items() if name not in _OUTPUT_ONLY}
    if fields is not None:
        params["fields"] = OutputOptions.parse(None, True, fields, None).fields
    reply = ANSWERS[command](fact_base, **params)
    if reply.missing:
        raise reply.missing[0]
    if reply.result.empty():
        raise _Nothing(reply.nothing)
    if fields is not None:
        check_fields(reply.result.fields, reply.result.known_fields)
    return reply.result.document()


class _Nothing(JzfactsError):
    """A lookup that found nothing (exit code 1 on the command line)."""

    exit_code = 1


class BatchBug(JzfactsError):
    """Lines of a batch met an internal error (each line's reply says which)."""

    exit_code = 3


def run_batch(fact_base: Any, lines: TextIO, write: Callable[[str], None],
              parse: Parse, debug: bool = False) -> int:
    """Answer every non-blank, non-comment line; return how many lines failed. A bug on a
    line is that line's reply (code 3) and the next lines are answered; BatchBug at the end
    says so (with `debug`, the bug is raised at once, for its traceback)."""
    from .options import RERUN, bug_message

    failures = 0
    bugs: List[int] = []
    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        reply: Dict[str, Any] = {"line": number}
        try:
            reply.update(ok=True, result=answer(fact_base, stripped, parse))
        except FactNotFound as error:
            failures += 1
            reply.update(ok=False, code=error.exit_code, error=str(error),
                         suggestions=error.suggestions)
        except JzfactsError as error:
            failures += 1
            reply.update(ok=False, code=error.exit_code, error=str(error))
        except Exception as error:  # a bug: this line's, not the batch's
            if debug:
                raise
            failures += 1
            bugs.append(number)
            reply.update(ok=False, code=BatchBug.exit_code, error=bug_message(error))
        write(dumps(reply) + "\n")
    if bugs:
        shown = ", ".join(map(str, bugs[:10])) + (" …" if len(bugs) > 10 else "")
        raise BatchBug(f"{len(bugs)} batch line{'s' if len(bugs) > 1 else ''} met an internal "
                       f"error, a bug (line{'s' if len(bugs) > 1 else ''} {shown}); {RERUN}")
    return failures


def answers(fact_base: Any, lines: Sequence[str], parse: Parse) -> List[Optional[Any]]:
    """The results of several lines (for tests and library use); None where a line failed."""
    results: List[Optional[Any]] = []
    for line in lines:
        try:
            results.append(answer(fact_base, line, parse))
        except JzfactsError:
            results.append(None)
    return results
