"""What every command shares: the global state, the Typer options, error handling and emit().

Both the entry point (cli.py) and the commands (commands.py) import this module; it imports
neither of them, so the imports point one way."""

# No `from __future__ import annotations` here: on Python 3.9 Typer reads string
# annotations without their Annotated options.
import contextlib
import functools
import inspect
import sys
from typing import Annotated, Any, Callable, Dict, Iterator, List, Optional, Sequence, TypeVar

import typer

from ..base.env import flag
from ..base.errors import FactFileError, FactNotFound, JzfactsError, UsageError
from ..base.query import SORT_KEYS
from .output import (
    OutputOptions,
    PipeClosed,
    printable,
    quoted,
    render_stream,
    save_svg,
    svg_of,
    write,
)
from .render import FORMATS

# The commands in help order; each is jzfacts.commands.<name>_command.
COMMANDS = ("ask", "search", "list", "show", "compare", "stats", "export", "validate",
            "extract", "batch", "cache")
CONTEXT = {"help_option_names": ["-h", "--help"]}


class _State:
    """Global options (--facts, --debug, --color), given before the command (set by the
    group's callback) or after it (added by guarded() when the command runs)."""

    def __init__(self) -> None:
        self.facts: List[str] = []
        self.debug = False
        self.color: Optional[str] = None

    def reset(self, facts: Optional[Sequence[str]], debug: bool,
              color: Optional[str]) -> None:
        self.facts, self.debug, self.color = list(facts or ()), debug, color

    def add(self, facts: Optional[Sequence[str]], debug: bool, color: Optional[str]) -> None:
        """The global options given after the command, with those given before it: fact
        files add up; --color must not say two things."""
        self.facts += list(facts or ())
        self.debug = self.debug or debug
        if color is not None:
            if self.color is not None and self.color.lower() != color.lower():
                raise UsageError(f"--color is given twice ({self.color!r} before the command, "
                                 f"{color!r} after it): give it once")
            self.color = color


_state = _State()
F = TypeVar("F", bound=Callable[..., Any])

#: Whether this process runs one command and ends (the console script; not a test running
#: commands in its own process): see settle().
ONE_RUN = [False]


def settle() -> None:
    """In a process that runs one command and ends, what has been made so far lives until
    the end: the cycle collector leaves it alone from here (gc.freeze), in the command's
    collections and in the one at exit, which walked every object again (~28 M of show's
    ~308 M instructions)."""
    if ONE_RUN[0]:
        import gc

        gc.freeze()


def err(message: str) -> None:
    """One message on stderr, prefixed with the program's name; whatever it names is shown
    as every message shows it (printable: a control character or a byte of a file name that
    is no UTF-8 as \\xNN), even where the caller did not say so."""
    sys.stderr.write(f"jzfacts: {printable(message)}\n")
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

    from ..base.files import entries

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


RERUN = "rerun with --debug or JZFACTS_DEBUG=1 to see the traceback"


def debugging() -> bool:
    """Whether an internal error shows its traceback (--debug, JZFACTS_DEBUG=1)."""
    return _state.debug or flag("JZFACTS_DEBUG")


def bug_message(error: BaseException) -> str:
    """What an unexpected error (a bug) says, in one line."""
    return f"internal error, a bug ({type(error).__name__}: {printable(str(error))}); {RERUN}"


def guarded(command: F) -> F:
    """A command that takes the global options after its name as well (gh, rg), turns
    expected errors into one line and their exit code, and unexpected ones into a bug report."""

    @functools.wraps(command)
    def wrapper(*args: Any, facts: Optional[List[str]] = None, debug: bool = False,
                color: Optional[str] = None, **kwargs: Any) -> Any:
        try:
            _state.add(facts, debug, color)
            settle()
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
            if debugging():
                raise
            err(bug_message(error))
            raise typer.Exit(3) from None

    # Typer reads a command's options from its signature: the command's own, then the
    # global ones, declared once (GLOBAL_OPTIONS) for the group and every command.
    signature = inspect.signature(command)
    extra = [inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default,
                               annotation=annotation)
             for name, (annotation, default) in GLOBAL_OPTIONS.items()]
    wrapper.__signature__ = signature.replace(  # type: ignore[attr-defined]
        parameters=[*signature.parameters.values(), *extra])
    wrapper.__annotations__ = {**command.__annotations__,
                               **{name: annotation for name, (annotation, _)
                                  in GLOBAL_OPTIONS.items()}}
    return wrapper  # type: ignore[return-value]


def base(given: Optional[Sequence[str]] = None) -> Any:
    """The fact base the options name (--facts, each time given, or `given`; else
    $JZFACTS_FACTS or the shipped page): a FactBase, or an IndexedBase for a large one."""
    from ..base.files import entries, resolve, spec_key
    from ..search.store import open_files

    chosen = entries(_state.facts if given is None else given)
    files = resolve(chosen)
    with shown_progress(files):
        return open_files(files, spec_key(chosen))


@contextlib.contextmanager
def shown_progress(files: Any) -> Iterator[None]:
    """A progress bar on stderr while a large base is read, validated and indexed, when
    stderr is a terminal; nothing otherwise (and nothing for a base already cached or
    indexed, which reports no work)."""
    from ..search.store import describe, is_large

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

    from ..base.progress import reporting

    bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                   MofNCompleteColumn(), TimeElapsedColumn(),
                   console=Console(file=sys.stderr), transient=True)
    tasks: Dict[str, Any] = {}
    name = printable(describe(files) or "")

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
    """Render an answers.Answer once, print once; exit 1 when there was nothing to show.
    `--svg -` prints the picture instead of the view."""
    result = answer.result
    if options.svg and getattr(result, "streamed", False):
        result = result.materialized()  # the picture needs every fact at once
    if options.svg == "-":
        if not result.empty():
            write(svg_of(result, options, svg_title or "jzfacts"))
    else:
        for piece in render_stream(result, options, sys.stdout):
            write(piece)
        if options.svg:
            save_svg(result, options, options.svg, svg_title or "jzfacts")
    if result.empty():
        if answer.nothing:
            err(printable(answer.nothing))
        raise typer.Exit(1)


# ------------------------------------------------------------------ completion


def _facts_on_the_line(ctx: Any) -> List[str]:
    """The --facts given on the command line being completed, before and after the command
    (the group's callback has not run: the values are in the contexts' parameters)."""
    given: List[str] = []
    while ctx is not None:
        given = list(ctx.params.get("facts") or ()) + given
        ctx = ctx.parent
    return given


def _completion_base(ctx: Any) -> Any:
    try:
        return base(_facts_on_the_line(ctx))
    except JzfactsError:
        return None


def _complete_ids(ctx: typer.Context, incomplete: str) -> List[Any]:
    fact_base = _completion_base(ctx)
    if fact_base is None:
        return []
    return [(fact.id, fact.label_en) for fact in fact_base.facts
            if fact.id.startswith(incomplete)]


def _complete_categories(ctx: typer.Context, incomplete: str) -> List[Any]:
    from ..base.model import CATEGORIES

    _completion_base(ctx)  # a fact file may declare categories of its own
    return [(name, english) for name, (_, english) in CATEGORIES.items()
            if name.startswith(incomplete)]


def _complete_units(ctx: typer.Context, incomplete: str) -> List[str]:
    """The units the fact base's facts use (万吨, 亿元 … are units by rule, not a list)."""
    fact_base = _completion_base(ctx)
    if fact_base is None:
        return []
    return sorted({fact.unit for fact in fact_base.facts if fact.unit.startswith(incomplete)})


def _complete_tags(ctx: typer.Context, incomplete: str) -> List[str]:
    fact_base = _completion_base(ctx)
    if fact_base is None:
        return []
    return sorted({tag for fact in fact_base.facts for tag in fact.tags
                   if tag.startswith(incomplete)})


def _choices(values: Sequence[str]) -> Callable[[str], List[str]]:
    def complete(incomplete: str) -> List[str]:
        return [value for value in values if value.startswith(incomplete)]

    return complete


def _complete_approx(incomplete: str) -> List[Any]:
    from ..base.model import APPROX

    return [(name, how) for name, (_, how) in APPROX.items() if name.startswith(incomplete)]


# ------------------------------------------------------------------ shared options

COLOR_HELP = ("auto, always or never. Unnamed: $NO_COLOR (set: never), then $FORCE_COLOR "
              "or $CLICOLOR_FORCE (set: colour tables; a pipe still gets TSV), else auto: "
              "colour on a terminal, none with TERM=dumb.")
FACTS_HELP = ("Fact file or folder (every *.toml in it) to use instead of the shipped page; "
              "repeat it for several, `-` reads standard input, @shipped is the shipped "
              "page (or set JZFACTS_FACTS, entries separated by the path separator).")
DEBUG_HELP = "Show the traceback of an internal error."

FactsOpt = Annotated[Optional[List[str]], typer.Option("--facts", help=FACTS_HELP,
                                                      metavar="PATH")]
DebugOpt = Annotated[bool, typer.Option("--debug", help=DEBUG_HELP)]
ColorOpt = Annotated[Optional[str], typer.Option(
    "--color", help=COLOR_HELP, metavar="WHEN",
    autocompletion=_choices(("auto", "always", "never")))]
#: The global options, each (annotation, default): accepted before the command (cli.py)
#: and after it (guarded()).
GLOBAL_OPTIONS: Dict[str, Any] = {"facts": (FactsOpt, None), "debug": (DebugOpt, False),
                                  "color": (ColorOpt, None)}

FormatOpt = Annotated[Optional[str], typer.Option(
    "--format", "-f", help="table, json, ndjson, csv or tsv. Unnamed: a table on a terminal, "
    "TSV off one.", metavar="FORMAT", autocompletion=_choices(FORMATS))]
JsonOpt = Annotated[bool, typer.Option("--json", help="Short for --format json.")]
FieldsOpt = Annotated[Optional[str], typer.Option(
    "--fields", help="Comma-separated fields to show, by the output's own names: "
    "id,value,unit, normalized or normalized_value,normalized_unit.", metavar="LIST")]
SvgOpt = Annotated[Optional[str], typer.Option(
    "--svg", help="Also save the table view as an SVG picture in this file (never over an "
    "existing file without --force); - prints the picture instead of the view.",
    metavar="FILE")]
ForceOpt = Annotated[bool, typer.Option("--force", help="Let --svg overwrite FILE.")]
CategoryOpt = Annotated[Optional[List[str]], typer.Option(
    "--category", "-c", help="Only this category (repeat for any of several).",
    metavar="CATEGORY",
    autocompletion=_complete_categories)]
UnitOpt = Annotated[Optional[List[str]], typer.Option(
    "--unit", "-u", help="Only this unit, as the page writes it (家, 亿元, %); repeat for any "
    "of several.", metavar="UNIT", autocompletion=_complete_units)]
TagOpt = Annotated[Optional[List[str]], typer.Option(
    "--tag", "-t", help="Only facts with this tag (repeat for facts with any of them).",
    metavar="TAG", autocompletion=_complete_tags)]
PeriodOpt = Annotated[Optional[List[str]], typer.Option(
    "--period", "-p", help="Only facts whose period shares a day with this one: 2022 also "
    "matches 2013–2022 and 2022-05; ranges take – or - (2023-01-12-2023-01-20); repeat for "
    "any of several.", metavar="PERIOD")]
ApproxOpt = Annotated[Optional[List[str]], typer.Option(
    "--approx", help="Only exact, over, under or about values (repeat for any of several).",
    metavar="APPROX", autocompletion=_complete_approx)]
#: The largest number an integer option takes: what Python's slices, islice and SQLite's
#: integers hold (a --limit of 2**63 is no base's size: a usage error, as 0 is, not a bug).
LARGEST = sys.maxsize
LimitOpt = Annotated[Optional[int], typer.Option("--limit", "-n", min=1, max=LARGEST,
                                                 help="At most this many results.")]
SortOpt = Annotated[str, typer.Option(
    "--sort", "-s", help="id, value or category; -value (a leading -) reverses. value "
    "groups facts by what they measure, largest first in each.", metavar="KEY",
    autocompletion=_choices(SORT_KEYS + tuple(f"-{key}" for key in SORT_KEYS)))]
ReverseOpt = Annotated[bool, typer.Option("--reverse", "-r", help="Reverse the order.")]
