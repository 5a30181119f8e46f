"""What every command shares: the global state, the Typer options, error handling and emit().

Both the entry point (cli.py) and the commands (commands.py) import this module; it imports
neither of them, so the imports point one way."""

# No `from __future__ import annotations` here: on Python 3.9 Typer reads string
# annotations without their Annotated options.
import contextlib
import functools
import sys
from typing import Annotated, Any, Callable, Dict, Iterator, List, Optional, TypeVar

import typer

from .env import flag
from .errors import FactFileError, FactNotFound, JzfactsError
from .output import (
    OutputOptions,
    PipeClosed,
    printable,
    quoted,
    render_stream,
    save_svg,
    write,
)

# The commands in help order; each is jzfacts.commands.<name>_command.
COMMANDS = ("ask", "search", "list", "show", "compare", "stats", "export", "validate",
            "extract", "batch", "cache")
CONTEXT = {"help_option_names": ["-h", "--help"]}


class _State:
    """Global options, set by the callback before a command runs."""

    facts: Optional[List[str]] = None  # --facts, each time it is given
    debug: bool = False


_state = _State()
F = TypeVar("F", bound=Callable[..., Any])


def err(message: str) -> None:
    """One message on stderr, prefixed with the program's name."""
    sys.stderr.write(f"jzfacts: {message}\n")
    sys.stderr.flush()


def report_not_found(error: FactNotFound) -> None:
    """`no fact with id 'x'; did you mean a, b?` on stderr."""
    hint = f"; did you mean {', '.join(error.suggestions)}?" if error.suggestions else ""
    err(f"no fact with id {quoted(error.fact_id)}{hint}")


def _report_fact_file_error(error: FactFileError) -> None:
    problems = error.problems
    if len(problems) == 1 and problems[0].fact is None:
        err(printable(str(problems[0])))
        return
    import shlex

    from .files import entries

    path = problems[0].file if problems else "the fact file"
    files = sorted({problem.file for problem in problems})
    lines = [f"{printable(path if len(files) < 2 else ', '.join(files))}: invalid fact "
             f"file{'s' if len(files) > 1 else ''} ({len(problems)} problem"
             f"{'s' if len(problems) != 1 else ''}):"]
    lines += [f"  {printable(str(problem))}" for problem in problems[:5]]
    more = f"{len(problems) - 5} more; " if len(problems) > 5 else ""
    # validate the base as it was named: a problem between files shows only with both
    named = entries(_state.facts)
    command = f"jzfacts validate {shlex.quote(named[0])}" if len(named) == 1 else \
        "jzfacts " + " ".join(f"--facts {shlex.quote(entry)}" for entry in named) + " validate"
    lines.append(f"  ({more}run `{printable(command)}` to see every problem)")
    err("\n".join(lines))


def guarded(command: F) -> F:
    """Expected errors become one line and their exit code; unexpected ones, a bug report."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except FactFileError as error:
            _report_fact_file_error(error)
            raise typer.Exit(error.exit_code) from None
        except FactNotFound as error:
            report_not_found(error)
            raise typer.Exit(error.exit_code) from None
        except JzfactsError as error:
            err(printable(str(error)))
            raise typer.Exit(error.exit_code) from None
        except PipeClosed:
            raise typer.Exit(0) from None
        except KeyboardInterrupt:
            raise typer.Exit(130) from None
        except Exception as error:
            if type(error).__module__.split(".")[0] in ("click", "typer"):
                raise
            if _state.debug or flag("JZFACTS_DEBUG"):
                raise
            err(f"internal error, a bug ({type(error).__name__}: "
                f"{printable(str(error))}); rerun with --debug or JZFACTS_DEBUG=1 to see "
                "the traceback")
            raise typer.Exit(3) from None

    return wrapper  # type: ignore[return-value]


def base() -> Any:
    """The fact base the options name (--facts, $JZFACTS_FACTS or the shipped page): a
    FactBase, or an IndexedBase for a large one."""
    from .files import entries, resolve, spec_key
    from .store import open_files

    chosen = entries(_state.facts)
    files = resolve(chosen)
    with shown_progress(files):
        return open_files(files, spec_key(chosen))


@contextlib.contextmanager
def shown_progress(files: Any) -> Iterator[None]:
    """A progress bar on stderr while a large base is read, validated and indexed, when
    stderr is a terminal; nothing otherwise (and nothing for a base already cached or
    indexed, which reports no work)."""
    from .store import describe, is_large

    if not is_large(files) or not _stderr_is_terminal():
        yield
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    from .progress import reporting

    bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                   MofNCompleteColumn(), TimeElapsedColumn(),
                   console=Console(file=sys.stderr), transient=True)
    tasks: Dict[str, Any] = {}
    name = describe(files) or ""

    def show(stage: str, done: int, total: Optional[int]) -> None:
        if stage not in tasks:
            for earlier in tasks.values():  # a stage that could not count is done now
                if bar.tasks[earlier].total is None:
                    bar.update(earlier, total=1, completed=1)
            tasks[stage] = bar.add_task(f"{stage} {name}", total=total)
        bar.update(tasks[stage], completed=done, total=total)

    with bar, reporting(show):
        yield


def _stderr_is_terminal() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


def emit(answer: Any, options: OutputOptions, svg_title: str = "") -> None:
    """Render an answers.Answer once, print once; exit 1 when there was nothing to show."""
    result = answer.result
    if options.svg and getattr(result, "streamed", False):
        result = result.materialized()  # the picture needs every fact at once
    for piece in render_stream(result, options, sys.stdout):
        write(piece)
    if options.svg:
        save_svg(result, options, options.svg, svg_title or "jzfacts")
    if result.empty():
        if answer.nothing:
            err(printable(answer.nothing))
        raise typer.Exit(1)


# ------------------------------------------------------------------ completion


def _complete_ids(incomplete: str) -> List[Any]:
    try:
        facts = base().facts
    except JzfactsError:
        return []
    return [(fact.id, fact.label_en) for fact in facts if fact.id.startswith(incomplete)]


def _complete_categories(incomplete: str) -> List[Any]:
    from .model import CATEGORIES

    return [(name, english) for name, (_, english) in CATEGORIES.items()
            if name.startswith(incomplete)]


def _complete_units(incomplete: str) -> List[str]:
    """The units the fact base's facts use (万吨, 亿元 … are units by rule, not a list)."""
    try:
        facts = base().facts
    except JzfactsError:
        return []
    return sorted({fact.unit for fact in facts if fact.unit.startswith(incomplete)})


# ------------------------------------------------------------------ shared options

FormatOpt = Annotated[Optional[str], typer.Option(
    "--format", "-f", help="table, json, ndjson, csv or tsv. Unnamed: a table on a terminal, "
    "TSV off one.",
    metavar="FORMAT")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Short for --format json.")]
FieldsOpt = Annotated[Optional[str], typer.Option(
    "--fields", help="Comma-separated fields to show, e.g. id,value,unit.", metavar="LIST")]
ColorOpt = Annotated[Optional[str], typer.Option(
    "--color", help="auto, always or never (NO_COLOR and TERM=dumb are honoured).",
    metavar="WHEN")]
SvgOpt = Annotated[Optional[str], typer.Option(
    "--svg", help="Also save the table view as an SVG picture in this file (never over an "
    "existing file without --force).", metavar="FILE")]
ForceOpt = Annotated[bool, typer.Option("--force", help="Let --svg overwrite FILE.")]
CategoryOpt = Annotated[Optional[str], typer.Option(
    "--category", "-c", help="Only this category.", autocompletion=_complete_categories)]
UnitOpt = Annotated[Optional[str], typer.Option(
    "--unit", "-u", help="Only this unit, as the page writes it (家, 亿元, %).",
    autocompletion=_complete_units)]
TagOpt = Annotated[Optional[str], typer.Option("--tag", "-t", help="Only facts with this tag.")]
PeriodOpt = Annotated[Optional[str], typer.Option(
    "--period", "-p", help="Only this period: 2022 also matches 2013–2022 and 2022-xx.")]
ApproxOpt = Annotated[Optional[str], typer.Option(
    "--approx", help="Only exact, over, under or about values.")]
LimitOpt = Annotated[Optional[int], typer.Option("--limit", "-n", min=1,
                                                 help="At most this many results.")]
