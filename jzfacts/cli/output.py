"""The one place output is chosen and printed: formats, colour, terminals and closed pipes."""

from __future__ import annotations

import os
import sys
from typing import Any, Iterator, List, NamedTuple, Optional, Sequence, TextIO, Tuple

from ..base.env import flag
from ..base.errors import UsageError, escaped
from ..base.records import check_fields
from .documents import flatten
from .render import FORMATS

COLOR_MODES = ("auto", "always", "never")


class PipeClosed(Exception):
    """stdout was closed by the reader (`| head -1`): stop quietly."""


def printable(text: str) -> str:
    """Text from the user, safe to echo: control characters, escapes and the bytes of a name
    that are no UTF-8 shown as \\xNN (errors.escaped), not sent; tabs and line breaks kept."""
    return escaped(text)


def quoted(text: str) -> str:
    """User text in quotes for a message, made printable first."""
    return f"'{printable(text)}'"


class OutputOptions(NamedTuple):
    """What every command takes: --format, --json, --fields, --color, --svg."""

    format: str = "table"
    fields: Optional[Tuple[str, ...]] = None
    color: str = "auto"
    svg: Optional[str] = None
    named: bool = False  # the user named the format: a table is a table even in a pipe
    force: bool = False  # --svg may replace an existing file
    # --color always typed: a table wherever it goes. Colour forced by the environment
    # (FORCE_COLOR, CLICOLOR_FORCE) colours tables but never turns piped TSV into one, as gh
    # does: scripts run where CI sets FORCE_COLOR still read TSV.
    color_asked: bool = False

    @classmethod
    def parse(cls, fmt: Optional[str], as_json: bool, fields: Optional[str],
              color: Optional[str], svg: Optional[str] = None,
              force: bool = False) -> OutputOptions:
        chosen = "json" if as_json else (fmt or "table").lower()
        if as_json and fmt and fmt.lower() != "json":
            raise UsageError(f"--json and --format {fmt} disagree: give one of them")
        if chosen not in FORMATS:
            raise UsageError(f"unknown format {fmt!r}; known formats: {', '.join(FORMATS)}")
        mode = color_mode(color)
        picked = None
        if fields is not None:
            picked = tuple(name.strip() for name in fields.split(",") if name.strip())
            if not picked:
                raise UsageError("--fields needs at least one field name")
        if svg == "-" and (fmt is not None or as_json):
            # (the picture is printed instead of the output: one of them would be dropped)
            raise UsageError(f"--svg - prints a picture instead of the {chosen}: give "
                             f"--svg FILE to have both, or leave out --svg -")
        if svg and svg != "-":
            from pathlib import Path

            from .export import writable

            # Refused before anything is printed, as export refuses: nothing half-done (a
            # folder, a file there unless forced, a folder that is missing).
            writable(Path(svg), force)
        return cls(chosen, picked, mode, svg, fmt is not None or as_json, force,
                   color is not None and mode == "always")


def color_mode(color: Optional[str]) -> str:
    """--color as given, else what the environment asks for: NO_COLOR (set and not empty:
    never) wins over FORCE_COLOR and CLICOLOR_FORCE (on: always), as Rich and no-color.org
    have it; else auto."""
    if color is not None:
        mode = color.lower()
        if mode not in COLOR_MODES:
            raise UsageError(f"unknown --color {color!r}; use {', '.join(COLOR_MODES)}")
        return mode
    if os.environ.get("NO_COLOR"):
        return "never"
    if flag("FORCE_COLOR") or flag("CLICOLOR_FORCE"):
        return "always"
    return "auto"


def encodes_chinese(stream: TextIO) -> bool:
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        "锦州".encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def color_system(mode: str, stream: TextIO) -> Optional[str]:
    """Rich's colour system, or None for no colour (never; auto off a terminal or on a dumb
    one)."""
    if mode == "never":
        return None
    if mode == "always":
        return "256"
    if not _isatty(stream) or os.environ.get("TERM") == "dumb":
        return None
    return "auto"


def terminal_width() -> int:
    """The width to lay tables out for: $COLUMNS, else the terminal's that stdout, stderr or
    stdin is on (so `--format table | less` is as wide as the terminal), else 80."""
    columns = os.environ.get("COLUMNS", "")
    if columns.strip().isdigit() and int(columns) > 0:
        return max(20, int(columns))
    for descriptor in (1, 2, 0):
        try:
            width = os.get_terminal_size(descriptor).columns
        except (OSError, ValueError):
            continue
        if width > 0:
            return max(20, width)
    return 80


def rich_wanted(options: OutputOptions, stream: TextIO) -> bool:
    """A Rich table on a terminal, or wherever the user asked for one (--format table,
    --color always); off a terminal the automatic choice is TSV, whatever the environment
    says of colour."""
    return options.format == "table" and (options.named or options.color_asked
                                          or _isatty(stream))


def render(result: Any, options: OutputOptions, stream: TextIO) -> str:
    """The text to print for a result in the chosen format."""
    check_fields(options.fields, result.known_fields)
    ascii_only = not encodes_chinese(stream)
    from .render import text

    if options.format == "json":
        return text.render_json(result.document(), ascii_only)
    if options.format == "ndjson":
        return text.render_ndjson(result.records(), ascii_only)
    header = _header(options.fields or result.known_fields)
    if options.format == "csv":
        return text.render_csv(result.records(), header)
    if options.format == "table" and hasattr(result, "plain_text") and not options.fields:
        return printable(result.plain_text())  # a result whose human form is lines of text
    if options.format == "tsv" or not rich_wanted(options, stream):
        return text.render_tsv(result.records(), header)
    return render_rich(result, options, stream)[0]


def render_stream(result: Any, options: OutputOptions, stream: TextIO) -> Iterator[str]:
    """What render gives, a piece at a time where the result streams (answers.FactsStream)
    and the format can (JSON, NDJSON, CSV, TSV); else all of it at once."""
    if not getattr(result, "streamed", False):
        yield render(result, options, stream)
        return
    check_fields(options.fields, result.known_fields)
    table = options.format == "table" and rich_wanted(options, stream)
    if table or options.svg:
        yield render(result.materialized(), options, stream)
        return
    from .render import text

    ascii_only = not encodes_chinese(stream)
    records = result.iter_records()
    header = _header(options.fields or result.known_fields)
    if options.format == "json":
        yield from text.json_pieces(records, ascii_only)
    elif options.format == "ndjson":
        yield from text.ndjson_pieces(records, ascii_only)
    elif options.format == "csv":
        yield from text.csv_pieces(records, header)
    else:
        yield from text.tsv_pieces(records, header)


def _header(fields: Sequence[str]) -> List[str]:
    return list(flatten({name: ({"value": 0, "unit": ""} if name == "normalized"
                                else {"field": ""} if name == "match" else "")
                         for name in fields}))


def rich_view(result: Any, width: int) -> Any:
    from ..base.compare import CompareResult, StatsResult
    from .documents import FactsResult
    from .render import table

    if isinstance(result, FactsResult):
        return table.facts_table(result, width)
    if isinstance(result, CompareResult):
        return table.compare_view(result, width)
    if isinstance(result, StatsResult):
        return table.stats_view(result, width)
    return table.records_view(result.records(), width)  # ask and validate with --fields


def render_rich(result: Any, options: OutputOptions, stream: TextIO,
                record: bool = False) -> Tuple[str, Any]:
    """The Rich view as terminal text, and the console (for SVG) when recorded."""
    import io

    from rich.console import Console

    # Width and height both given: Rich takes them as they are. Given a width alone, Rich
    # lays out for 80 columns wherever TERM is dumb (Emacs' shell), whatever the width,
    # and a table laid out for more would lose columns.
    console = Console(file=io.StringIO(), force_terminal=True, width=terminal_width(),
                      height=25, color_system=color_system(options.color, stream),  # type: ignore[arg-type]
                      record=record, legacy_windows=False, emoji=False, highlight=False,
                      markup=False)
    console.print(rich_view(result, console.width))
    return console.file.getvalue(), console  # type: ignore[attr-defined]


def svg_of(result: Any, options: OutputOptions, title: str) -> str:
    """What a terminal would show, as a standalone SVG picture."""
    check_fields(options.fields, result.known_fields)
    _, console = render_rich(result, OutputOptions("table", options.fields, "always"),
                             sys.stdout, record=True)
    return str(console.export_svg(title=title))


def save_svg(result: Any, options: OutputOptions, path: str, title: str) -> None:
    """The SVG picture of a result, written to a file (atomically, never over one unasked)."""
    from pathlib import Path

    from .export import write_atomically

    svg = svg_of(result, options, title)
    write_atomically(Path(path), lambda target: target.write_text(svg, encoding="utf-8"),
                     force=options.force)


def write(text: str, stream: Optional[TextIO] = None) -> None:
    """Print once; a reader that went away (`| head -1`) ends the program quietly."""
    stream = stream or sys.stdout
    try:
        stream.write(text)
        stream.flush()
    except BrokenPipeError:
        # Python's signal docs, "Note on SIGPIPE": point stdout at devnull so the flush at
        # exit does not raise again, then stop.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, stream.fileno())
        except (OSError, ValueError, AttributeError):
            pass
        raise PipeClosed() from None
    except UnicodeEncodeError:
        stream.write(text.encode(stream.encoding or "ascii", "backslashreplace")
                     .decode(stream.encoding or "ascii"))
        stream.flush()
