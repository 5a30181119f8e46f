"""The command line: parse arguments, call the query functions, print once, exit meaningfully."""

# No `from __future__ import annotations` here: on Python 3.9 Typer reads string
# annotations without their Annotated options.
import io
import sys
from collections.abc import MutableMapping
from typing import Annotated, Any, Dict, Iterator, List

import typer
from typer.core import TyperGroup

from .. import __version__
from .options import COMMANDS, CONTEXT, ONE_RUN, ColorOpt, DebugOpt, FactsOpt, _state, settle

EXIT_CODES = """Exit codes: 0 found; 1 nothing found (no match, unknown id); 2 usage error,
invalid fact file or impossible comparison; 3 internal error (a bug)."""



class _LazyCommands(MutableMapping):  # type: ignore[type-arg]
    """The group's commands, each built only when asked for: building all eight with Typer
    costs ~35 ms, and one invocation needs one (click's LazyGroup pattern)."""

    def __init__(self) -> None:
        self._built: Dict[str, Any] = {}

    def __getitem__(self, name: str) -> Any:
        if name not in self._built:
            if name not in COMMANDS:
                raise KeyError(name)
            from .commands import click_command

            self._built[name] = click_command(name)
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
         "and sourced.\n\n\b\nExamples:\n  jzfacts ask 锦州有几家高新技术企业？\n"
         "  jzfacts list --category talent\n"
         "  jzfacts show enterprises.high-tech\n  jzfacts search 瞪羚\n"
         "  jzfacts search rencai\n  jzfacts compare mechanisation.rice mechanisation.corn",
    epilog=EXIT_CODES,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings=CONTEXT,
)

def _version(value: bool) -> None:
    if value:
        typer.echo(f"jzfacts {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    facts: FactsOpt = None, debug: DebugOpt = False, color: ColorOpt = None,
    version: Annotated[bool, typer.Option(
        "--version", "-V", callback=_version, is_eager=True,
        help="Print the version and exit.")] = False,
) -> None:
    """Look up the figures on a newspaper page about Jinzhou."""
    # The global options may also follow the command (guarded() adds them there).
    _state.reset(facts, debug, color)


def _closed_streams_as_devnull() -> None:
    """A standard stream the caller closed (`<&-`, `>&-`: Python then has None) as the null
    device: closed input reads as empty input (as `< /dev/null`), closed output takes
    what is printed and drops it (as a closed pipe does: `| true`), never a crash."""
    import os

    for name, mode in (("stdin", "r"), ("stdout", "w"), ("stderr", "w")):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, mode, encoding="utf-8"))  # noqa: SIM115


def main() -> None:
    """Console-script entry point."""
    from .output import encodes_chinese

    _closed_streams_as_devnull()
    if not encodes_chinese(sys.stdout) and isinstance(sys.stdout, io.TextIOWrapper):
        # PYTHONIOENCODING=ascii and the like: escape what cannot be shown, never crash.
        sys.stdout.reconfigure(errors="backslashreplace")
    ONE_RUN[0] = True
    try:
        app(prog_name="jzfacts")
    finally:
        settle()  # (the command's objects too: the process ends here)
