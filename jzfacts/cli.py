"""The command line: parse arguments, call the query functions, print once, exit meaningfully."""

# No `from __future__ import annotations` here: on Python 3.9 Typer reads string
# annotations without their Annotated options.
import functools
import io
import os
import sys
from collections.abc import MutableMapping
from typing import Annotated, Any, Callable, Dict, Iterator, List, Optional, TypeVar

import typer
import typer.main
from typer.core import TyperGroup

from . import __version__
from .errors import FactFileError, FactNotFound, JzfactsError
from .factbase import open_base, resolve_path
from .output import OutputOptions, PipeClosed, printable, quoted, render, save_svg, write

EXIT_CODES = """Exit codes: 0 found; 1 nothing found (no match, unknown id); 2 usage error,
invalid fact file or impossible comparison; 3 internal error (a bug)."""

CONTEXT = {"help_option_names": ["-h", "--help"]}

# Command name → the function in jzfacts.commands that implements it, in help order.
COMMANDS = ("list", "show", "search", "compare", "stats", "export", "validate", "batch")


class _LazyCommands(MutableMapping):  # type: ignore[type-arg]
    """The group's commands, each built only when asked for: building all eight with Typer
    costs ~35 ms, and one invocation needs one (click's LazyGroup pattern)."""

    def __init__(self) -> None:
        self._built: Dict[str, Any] = {}

    def __getitem__(self, name: str) -> Any:
        if name not in self._built:
            if name not in COMMANDS:
                raise KeyError(name)
            from . import commands

            single = typer.Typer(add_completion=False, rich_markup_mode=None,
                                 pretty_exceptions_enable=False)
            single.command(name, context_settings=CONTEXT)(
                getattr(commands, f"{name}_command"))
            self._built[name] = typer.main.get_command(single)
        return self._built[name]

    def __setitem__(self, name: str, command: Any) -> None:
        self._built[name] = command

    def __delitem__(self, name: str) -> None:
        del self._built[name]

    def __iter__(self) -> Iterator[str]:
        return iter(COMMANDS)

    def __len__(self) -> int:
        return len(COMMANDS)


class _LazyGroup(TyperGroup):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.commands = _LazyCommands()

    def list_commands(self, ctx: Any) -> List[str]:
        return list(COMMANDS)


app = typer.Typer(
    name="jzfacts",
    cls=_LazyGroup,
    help="Look up the figures on a newspaper page about Jinzhou (锦州): every number, typed "
         "and sourced.\n\n\b\nExamples:\n  jzfacts list --category talent\n"
         "  jzfacts show enterprises.high-tech\n  jzfacts search 瞪羚\n"
         "  jzfacts search rencai\n  jzfacts compare mechanisation.rice mechanisation.corn",
    epilog=EXIT_CODES,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings=CONTEXT,
)

class _State:
    """Global options, set by the callback before a command runs."""

    facts: Optional[str] = None
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
    path = problems[0].file if problems else "the fact file"
    lines = [f"{printable(path)}: invalid fact file ({len(problems)} problem"
             f"{'s' if len(problems) != 1 else ''}):"]
    lines += [f"  {printable(str(problem))}" for problem in problems[:5]]
    more = f"{len(problems) - 5} more; " if len(problems) > 5 else ""
    lines.append(f"  ({more}run `jzfacts validate {printable(path)}` to see every problem)")
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
            if _state.debug or os.environ.get("JZFACTS_DEBUG"):
                raise
            err(f"internal error, a bug ({type(error).__name__}: "
                f"{printable(str(error))}); rerun with --debug or JZFACTS_DEBUG=1 to see "
                "the traceback")
            raise typer.Exit(3) from None

    return wrapper  # type: ignore[return-value]


def base() -> Any:
    """The fact base the options name: a FactBase, or an IndexedBase for a large file."""
    return open_base(resolve_path(_state.facts))


def emit(result: Any, options: OutputOptions, nothing: str = "", svg_title: str = "") -> None:
    """Render once, print once; exit 1 when there was nothing to show."""
    write(render(result, options, sys.stdout))
    if options.svg:
        save_svg(result, options, options.svg, svg_title or "jzfacts")
    if result.empty():
        if nothing:
            err(nothing)
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
    from .units import UNITS

    return [unit for unit in UNITS if unit.startswith(incomplete)]


# ------------------------------------------------------------------ shared options

FormatOpt = Annotated[Optional[str], typer.Option(
    "--format", "-f", help="table, json, ndjson, csv or tsv. A table off a terminal is TSV.",
    metavar="FORMAT")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Short for --format json.")]
FieldsOpt = Annotated[Optional[str], typer.Option(
    "--fields", help="Comma-separated fields to show, e.g. id,value,unit.", metavar="LIST")]
ColorOpt = Annotated[Optional[str], typer.Option(
    "--color", help="auto, always or never (NO_COLOR and TERM=dumb are honoured).",
    metavar="WHEN")]
SvgOpt = Annotated[Optional[str], typer.Option(
    "--svg", help="Also save the table view as an SVG picture in this file.",
    metavar="FILE")]
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


def _version(value: bool) -> None:
    if value:
        typer.echo(f"jzfacts {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    facts: Annotated[Optional[str], typer.Option(
        "--facts", help="Fact file to use instead of the shipped one (or set JZFACTS_FACTS).",
        metavar="PATH")] = None,
    debug: Annotated[bool, typer.Option(
        "--debug", help="Show the traceback of an internal error.")] = False,
    version: Annotated[bool, typer.Option(
        "--version", "-V", callback=_version, is_eager=True,
        help="Print the version and exit.")] = False,
) -> None:
    """Look up the figures on a newspaper page about Jinzhou."""
    _state.facts = facts
    _state.debug = debug


def main() -> None:
    """Console-script entry point."""
    from .output import encodes_chinese

    if not encodes_chinese(sys.stdout) and isinstance(sys.stdout, io.TextIOWrapper):
        # PYTHONIOENCODING=ascii and the like: escape what cannot be shown, never crash.
        sys.stdout.reconfigure(errors="backslashreplace")
    app(prog_name="jzfacts")
