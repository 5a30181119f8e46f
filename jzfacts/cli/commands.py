"""The jzfacts commands. Each parses, asks the query layer, and hands one result to emit()."""

# No `from __future__ import annotations` here: on Python 3.9 Typer reads string
# annotations without their Annotated options.
import re
import sys
from pathlib import Path
from typing import Annotated, Any, Dict, List, Optional

import typer

from ..base.errors import UsageError
from .lookups import (
    ask_answer,
    compare_answer,
    list_answer,
    search_answer,
    show_answer,
    stats_answer,
)
from .options import (
    CONTEXT,
    ApproxOpt,
    CategoryOpt,
    FieldsOpt,
    ForceOpt,
    FormatOpt,
    JsonOpt,
    LimitOpt,
    PeriodOpt,
    ReverseOpt,
    SortOpt,
    SvgOpt,
    TagOpt,
    UnitOpt,
    _choices,
    _complete_ids,
    _state,
    _stderr_is_terminal,
    base,
    emit,
    err,
    guarded,
    report_not_found,
    shown_progress,
)
from .output import OutputOptions, printable, render, write
from .render import EXPORT_FORMATS


@guarded
def list_command(
    category: CategoryOpt = None, tag: TagOpt = None, unit: UnitOpt = None,
    period: PeriodOpt = None, approx: ApproxOpt = None, sort: SortOpt = "id",
    reverse: ReverseOpt = False, limit: LimitOpt = None, fmt: FormatOpt = None,
    as_json: JsonOpt = False, fields: FieldsOpt = None, svg: SvgOpt = None,
    force: ForceOpt = False,
) -> None:
    """List facts, filtered and sorted.

    \b
    A filter given twice means either value (-c talent -c finance); different filters must
    all hold.
    Examples:
      jzfacts list --category enterprises
      jzfacts list --unit 亿元 --sort value
      jzfacts list --category talent --category finance --sort -value
      jzfacts list --period 2022 --json | jq -r '.[].id'
    """
    options = OutputOptions.parse(fmt, as_json, fields, _state.color, svg, force)
    emit(list_answer(base(), category=category, tag=tag, unit=unit, period=period,
                     approx=approx, sort=sort, reverse=reverse, limit=limit,
                     fields=options.fields),
         options, svg_title="jzfacts list")


@guarded
def show_command(
    ids: Annotated[List[str], typer.Argument(help="Fact ids, e.g. enterprises.high-tech.",
                                             autocompletion=_complete_ids, metavar="ID...")],
    fmt: FormatOpt = None, as_json: JsonOpt = False, fields: FieldsOpt = None,
    svg: SvgOpt = None, force: ForceOpt = False,
) -> None:
    """Show facts in full: the value (and in base units), period, source, the page's words.

    \b
    With --json, an array of fact objects whatever the number of ids; an unknown id is
    reported on stderr and the exit code is 1.
    Examples:
      jzfacts show enterprises.high-tech
      jzfacts show transfer.contracts --json | jq '.[0].normalized'
      jzfacts show market.goods market.brands --fields id,value,approx
    """
    options = OutputOptions.parse(fmt, as_json, fields, _state.color, svg, force)
    answer = show_answer(base(), ids=ids, fields=options.fields)
    result = answer.result
    if options.svg == "-":
        if not result.empty():
            from .output import svg_of

            write(svg_of(result, options, "jzfacts show"))
    elif not result.empty() or options.format in ("json", "ndjson", "csv", "tsv"):
        write(render(result, options, sys.stdout))
    for unknown in answer.missing:
        report_not_found(unknown)
    if options.svg and options.svg != "-" and not result.empty():
        from .output import save_svg

        save_svg(result, options, options.svg, "jzfacts show")
    if answer.missing:
        raise typer.Exit(1)


@guarded
def search_command(
    words: Annotated[List[str], typer.Argument(
        help="Chinese, English, pinyin (rencai, ren cai, rc) or a number (865, 21.3亿, 99.4%).",
        metavar="QUERY...")],
    regex: Annotated[bool, typer.Option("--regex", "-e",
                                        help="QUERY is a regular expression.")] = False,
    limit: LimitOpt = None,
    all_hits: Annotated[bool, typer.Option(
        "--all", help="Every match (without it, or --limit, the best 20).")] = False,
    fmt: FormatOpt = None, as_json: JsonOpt = False,
    fields: FieldsOpt = None, svg: SvgOpt = None, force: ForceOpt = False,
) -> None:
    """Search ids, labels, tags, sections and quotes; the best 20 matches first.

    \b
    On a terminal, stderr says how many more matched: --all shows them all.
    Examples:
      jzfacts search 瞪羚
      jzfacts search rencai
      jzfacts search 21.3亿 --json | jq '.[0].id'
      jzfacts search 企业 --all --format tsv
    """
    from .lookups import more_matches

    options = OutputOptions.parse(fmt, as_json, fields, _state.color, svg, force)
    answer = search_answer(base(), words=words, regex=regex, limit=limit, all_hits=all_hits,
                           fields=options.fields)
    emit(answer, options, svg_title=f"jzfacts search {' '.join(words)}")
    # Counting every match costs an indexed base a second pass over its candidates: only
    # for the terminal's message, never for a pipe or a script.
    more = more_matches(answer) if _stderr_is_terminal() else None
    if more:
        err(more)


@guarded
def ask_command(
    question: Annotated[List[str], typer.Argument(
        help="A question in Chinese, English or pinyin, with or without a question mark.",
        metavar="QUESTION...")],
    fmt: FormatOpt = None, as_json: JsonOpt = False, fields: FieldsOpt = None,
) -> None:
    """Answer a question with one figure and the page's words, or say the page does not.

    \b
    Exit 0 with an answer; exit 1, naming the closest facts on stderr, where the page does
    not answer the question.
    Examples:
      jzfacts ask 锦州现在有几家高新技术企业？
      jzfacts ask "how many gazelle companies are there"
      jzfacts ask yumi jixiehua --json | jq '.answer.value, .confidence'
    """
    options = OutputOptions.parse(fmt, as_json, fields, _state.color)
    emit(ask_answer(base(), question=question, fields=options.fields), options)


@guarded
def compare_command(
    ids: Annotated[Optional[List[str]], typer.Argument(
        help="Two or more fact ids; the first is the baseline.",
        autocompletion=_complete_ids, metavar="[ID...]")] = None,
    category: CategoryOpt = None, unit: UnitOpt = None, period: PeriodOpt = None,
    fmt: FormatOpt = None, as_json: JsonOpt = False, fields: FieldsOpt = None,
    svg: SvgOpt = None, force: ForceOpt = False,
) -> None:
    """Compare facts of one kind: difference, ratio, share, and a bar chart.

    \b
    Examples:
      jzfacts compare enterprises.high-tech enterprises.gazelle
      jzfacts compare --category agriculture --unit %
      jzfacts compare talent.bqw-hundred talent.bqw-thousand --json | jq '.facts[].share'
    """
    from ..base.compare import CompareResult
    from ..base.errors import FactNotFound
    from .render.text import render_json

    options = OutputOptions.parse(fmt, as_json, fields, _state.color, svg, force)
    try:
        answer = compare_answer(base(), ids=ids, category=category, unit=unit, period=period,
                                fields=options.fields)
    except FactNotFound:
        if options.format == "json" and options.svg != "-":  # the one shape, nothing compared
            write(render_json(CompareResult.nothing()))
        raise
    emit(answer, options, svg_title="jzfacts compare")


@guarded
def stats_command(
    fmt: FormatOpt = None, as_json: JsonOpt = False, fields: FieldsOpt = None,
    svg: SvgOpt = None, force: ForceOpt = False,
) -> None:
    """Count facts per category, unit, source, kind and approx, with bars.

    \b
    Examples:
      jzfacts stats
      jzfacts stats --json | jq .category
    """
    options = OutputOptions.parse(fmt, as_json, fields, _state.color, svg, force)
    emit(stats_answer(base(), fields=options.fields), options, svg_title="jzfacts stats")


@guarded
def export_command(
    fmt: Annotated[str, typer.Option("--format", "-f", help="json, ndjson, csv or sqlite.",
                                     autocompletion=_choices(EXPORT_FORMATS))],
    output: Annotated[str, typer.Option(
        "--output", "-o", help="File to write; - for standard output.", metavar="FILE")],
    force: Annotated[bool, typer.Option("--force", help="Overwrite OUTPUT if it exists.")]
    = False,
    metadata: Annotated[Optional[str], typer.Option(
        "--metadata", help="With -f sqlite: also write Datasette's metadata (what each "
        "column means, in which unit) to this file.", metavar="FILE")] = None,
) -> None:
    """Write every fact to a file: JSON, NDJSON, CSV or an SQLite database.

    \b
    The SQLite database has a full-text index Datasette searches (Chinese substrings
    included).
    Examples:
      jzfacts export -f sqlite -o jinzhou.db --metadata metadata.json
      datasette jinzhou.db -m metadata.json
      jzfacts export -f csv -o - | head -3
    """
    from .export import export

    fact_base = base()
    to_stdout = output == "-"
    if fmt.lower() == "sqlite" and _onto_a_terminal(output):
        raise UsageError(f"an SQLite database is binary: redirect -o {printable(output)} "
                         "into a file or a pipe")
    if metadata is not None and fmt.lower() != "sqlite":
        raise UsageError("--metadata is Datasette's, for -f sqlite")
    if metadata is not None and to_stdout:
        raise UsageError("--metadata needs -o FILE: Datasette names the database after "
                         "its file")
    if metadata is not None and metadata != "-":
        # both targets checked before either is written: no database left behind by a
        # metadata file that cannot be written, none overwritten by its own metadata
        import os

        from .export import writable

        if os.path.abspath(metadata) == os.path.abspath(output) or \
                Path(metadata).exists() and Path(output).exists() and \
                os.path.samefile(metadata, output):
            raise UsageError("--metadata and --output name the same file: give two")
        writable(Path(output), force)
        writable(Path(metadata), force)
    count, data = export(fact_base, fmt.lower(), None if to_stdout else Path(output), force,
                         write)
    if data is not None:
        write_bytes(data)
    if metadata is not None:
        from .export import datasette_metadata, write_text

        text = datasette_metadata(fact_base, Path(output).stem)
        if metadata == "-":
            write(text if text.endswith("\n") else text + "\n")
        else:
            write_text(metadata, text, force)
    where = "standard output" if to_stdout else printable(output)
    told = "standard output" if metadata == "-" else printable(metadata or "")
    err(f"wrote {_counted(count, 'fact')} to {where}"
        + (f", and Datasette's metadata to {told}" if metadata else ""))


def _onto_a_terminal(output: str) -> bool:
    """Whether an export would go to a terminal: -, /dev/stdout or /dev/tty there."""
    if output == "-":
        try:
            return bool(sys.stdout.isatty())
        except (AttributeError, ValueError):
            return False
    import os

    path = Path(output)
    if not path.exists() or path.is_file():
        return False
    try:  # (a pipe with no reader refuses a non-blocking open: not a terminal)
        descriptor = os.open(output, os.O_WRONLY | os.O_NOCTTY | os.O_NONBLOCK)
    except OSError:
        return False
    try:
        return os.isatty(descriptor)
    finally:
        os.close(descriptor)


def write_bytes(data: bytes) -> None:
    """Bytes to stdout (an export to -), through the text stream's buffer."""
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a stream that takes text only (a test's): the bytes as text
        write(data.decode("utf-8", "surrogateescape"))
        return
    try:
        buffer.write(data)
        buffer.flush()
    except BrokenPipeError:
        write("")  # output.write's quiet ending for a closed pipe


@guarded
def validate_command(
    path: Annotated[Optional[str], typer.Argument(
        help="Fact file or folder to check (default: --facts, $JZFACTS_FACTS or the shipped "
        "one); - reads standard input.", metavar="[PATH]")] = None,
    page: Annotated[Optional[str], typer.Option(
        "--page", help="Also check the facts against this page (plain text; - reads "
        "standard input): every quote is on it, every number on it is a fact's figure or a "
        "[[not_fact]]. Without it, a file is checked against the page its sources name "
        "where that page is beside it.", metavar="PAGE")] = None,
    strict: Annotated[bool, typer.Option(
        "--strict", help="Warnings fail too (exit 2): a draft with TODOs is not done.")]
    = False,
    fmt: FormatOpt = None, as_json: JsonOpt = False, fields: FieldsOpt = None,
) -> None:
    """Check fact files and list every problem in them; exit 0 if valid, 2 if not.

    \b
    Problems and warnings are `file:line: …` lines, as compilers print them; --format json
    gives one document, ndjson one line per problem or warning, csv and tsv a row each.
    Warnings (what a drafted file still needs a person to write) fail only with --strict.
    Examples:
      jzfacts validate
      jzfacts validate draft.toml --page page.txt --strict
      jzfacts validate my-facts.toml --json | jq '.problems[].message'
      jzfacts extract page.txt | jzfacts validate - --page page.txt
    """
    import os

    from ..base.errors import FactFileError
    from ..base.files import entries, resolve
    from ..base.validate import ProblemsResult
    from ..pages.basecheck import check_base

    options = OutputOptions.parse(fmt, as_json, fields, _state.color)
    if path == "-" and page == "-":
        raise UsageError("the fact file and the page cannot both come from standard input")
    chosen = [path] if path else entries(_state.facts)
    try:
        files = resolve(chosen)
    except FactFileError as error:  # (an empty folder…: still the one document in JSON)
        if options.format == "table":
            raise
        write(render(ProblemsResult(os.pathsep.join(chosen), 0, tuple(error.problems),
                                    options.fields), options, sys.stdout))
        raise typer.Exit(2) from None
    if page is not None and len(files) != 1:
        raise UsageError(f"--page checks one fact file against one page; {len(files)} "
                         "files given")
    with shown_progress(files):
        checks = check_base(files, page)
    problems = tuple(problem for check in checks for problem in check.problems)
    drafted = tuple(warning for check in checks for warning in check.warnings)
    count = sum(check.facts for check in checks)
    shown = os.pathsep.join(check.name for check in checks)
    result = ProblemsResult(shown, count, problems, options.fields, warnings=drafted,
                            strict=strict)
    write(render(result, options, sys.stdout))
    if options.format == "table":
        for check in checks:
            one = ProblemsResult(check.name, check.facts, tuple(check.problems),
                                 warnings=tuple(check.warnings), strict=strict)
            err(f"{printable(check.name)}: "
                f"{one.summary(', '.join(printable(name) for name in check.pages))}")
        if len(checks) > 1:
            err(f"{len(checks)} files: {result.summary()}")
    if not result.valid:
        raise typer.Exit(2)


def read_page(path: str) -> str:
    """A page's text (- for standard input); a clear error where it cannot be read."""
    from ..pages.basecheck import read_page as read

    return read(path)


STDIN_NAME = "<stdin>"


@guarded
def extract_command(
    page: Annotated[str, typer.Argument(help="A Chinese news article as plain text (- for "
                                         "standard input).", metavar="PAGE")],
    output: Annotated[Optional[str], typer.Option(
        "--output", "-o", help="Write the draft to this file (default, or -: standard "
        "output).", metavar="FILE")] = None,
    prefix: Annotated[Optional[str], typer.Option(
        "--prefix", help="The article's id: the source's id and the start of every fact's "
        "id (default: from OUTPUT's name, else PAGE's; 'article' for standard input).")]
    = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite OUTPUT if it exists.")]
    = False,
) -> None:
    """Draft a fact file from an article: one fact per figure, the rest as not_facts.

    \b
    Review the draft, write what is marked TODO, then prove it against the page.
    Drafts of several articles concatenate into one fact file.
    Examples:
      jzfacts extract article.txt -o draft.toml
      jzfacts validate draft.toml --page article.txt --strict
      jzfacts --facts draft.toml list
      jzfacts extract a.txt --prefix weather > a.toml
    """
    from ..base.validate import ID_PATTERN
    from ..pages.extract import NothingToDraft, draft, to_toml
    from ..search.pinyin import slug

    if prefix is not None and not re.fullmatch(ID_PATTERN, prefix):
        raise UsageError(f"--prefix {printable(prefix)!r} is no id: use lowercase ASCII words "
                         "joined by dots and hyphens, like weather-0316")
    name = STDIN_NAME if page == "-" else page
    text = read_page(page)
    target = output if output is not None and output != "-" else None
    chosen = prefix or slug(Path(target).name if target else
                            "" if page == "-" else Path(page).name)
    # The source names the page as seen from the draft's folder (validate finds a page
    # named so beside its fact file); to standard output, as it was given.
    import os

    page_file = "" if page == "-" else page if target is None else \
        os.path.relpath(os.path.abspath(page), os.path.dirname(os.path.abspath(target)))
    data = draft(text, page_file, chosen)
    if not data["fact"]:
        raise NothingToDraft(f"{printable(name)}: no figures found (no number with a unit "
                             "that is not a date, a year, a rank or a name): nothing drafted")
    toml = to_toml(data, "stdin" if page == "-" else page)
    if target is None:
        write(toml)
    else:
        from .export import write_text

        write_text(target, toml, force)
    err(f"drafted {_counted(len(data['fact']), 'fact')} and "
        f"{_counted(len(data.get('not_fact', [])), 'not_fact')} "
        f"from {printable(name)}" + (f" into {printable(target)}" if target else ""))


@guarded
def batch_command() -> None:
    """Answer one command per line of stdin with one line of JSON, in one process.

    \b
    Lines are ask, show, search, list, compare and stats, quoted as on a shell command line.
    Examples:
      printf 'show enterprises.high-tech\\nsearch 瞪羚\\n' | jzfacts batch
      jzfacts batch < lookups.txt | jq -c 'select(.ok) | .result'
    """
    from ..base.files import STDIN, entries
    from .batch import run_batch

    if STDIN in entries(_state.facts):
        raise UsageError("batch reads its lines from standard input: the fact file cannot "
                         "come from there too (--facts -)")
    from .options import debugging

    failures = run_batch(base(), sys.stdin, write, LineParser(), debugging())
    if failures:
        raise typer.Exit(1)


@guarded
def cache_command(
    clear: Annotated[bool, typer.Option("--clear", help="Remove everything in the cache.")]
    = False,
    fmt: FormatOpt = None, as_json: JsonOpt = False, fields: FieldsOpt = None,
) -> None:
    """Show where the cache is and what it holds; --clear empties it.

    \b
    The cache keeps fact files read and validated, and the indexes of large bases; an
    entry unused for 30 days is removed. Answers never depend on it.
    Examples:
      jzfacts cache
      jzfacts cache --json | jq .folder
      jzfacts cache --clear
    """
    from ..base import cache

    options = OutputOptions.parse(fmt, as_json, fields, None)
    if clear:
        from ..base.errors import OutputError

        before = cache.clear()
        left = cache.usage()
        files, bases = before.files - left.files, before.bases - left.bases
        if left.files or left.bases:
            raise OutputError(f"could not clear {printable(left.folder)}: "
                              f"{_counted(left.files, 'fact file')} and "
                              f"{_counted(left.bases, 'index', 'indexes')} are left "
                              f"(removed {files + bases}); is it read-only?")
        err(f"cleared {printable(before.folder)}: {_counted(files, 'fact file')}, "
            f"{_counted(bases, 'index', 'indexes')}")
        if options.named:  # (--json, --format: what the cache holds now, for a script)
            write(render(cache.UsageResult(left, options.fields), options, sys.stdout))
        return
    write(render(cache.UsageResult(cache.usage(), options.fields), options, sys.stdout))


def _counted(count: int, one: str, many: str = "") -> str:
    return f"{count} {one if count == 1 else many or one + 's'}"


# ------------------------------------------------------------------ building commands

def click_command(name: str) -> Any:
    """The click command for one jzfacts command, built by Typer from its function here."""
    import typer.main

    single = typer.Typer(add_completion=False, rich_markup_mode=None,
                         pretty_exceptions_enable=False)
    single.command(name, context_settings=CONTEXT, cls=_command_class())(
        globals()[f"{name}_command"])
    return typer.main.get_command(single)


def _command_class() -> Any:
    """Typer's command class, made to refuse an option of one value given twice (`--sort id
    --sort value`): click keeps the last one without a word. Options that take several
    values (the filters, --facts) and flags are not refused."""
    from typer.core import TyperCommand

    class Command(TyperCommand):
        def make_parser(self, ctx: Any) -> Any:
            parser = super().make_parser(ctx)
            parse = parser.parse_args

            def parse_args(args: List[str]) -> Any:
                opts, rest, order = parse(args)
                if not ctx.resilient_parsing:  # (completion reads half-typed lines)
                    repeated = first_repeat(order)
                    if repeated:  # click's usage error: its usage line, exit code 2
                        ctx.fail(f"{repeated} is given more than once: it takes one value "
                                 "(a repeated option is never read as its last value)")
                return opts, rest, order

            parser.parse_args = parse_args  # type: ignore[method-assign]
            return parser

    return Command


def first_repeat(order: List[Any]) -> Optional[str]:
    """The names of the first option of one value that the parser met twice, or None."""
    seen = set()
    for param in order:
        if param.param_type_name != "option" or param.multiple or param.is_flag \
                or getattr(param, "count", False):
            continue
        if id(param) in seen:
            return "/".join(param.opts)
        seen.add(id(param))
    return None


class LineParser:
    """Reads a batch line's words with the command's own click parser, so a batch line takes
    exactly the arguments and options the command takes (the same declarations, types and
    bounds), without building a click context per line (~120 µs each)."""

    def __init__(self) -> None:
        self._parsers: Dict[str, Any] = {}

    def __call__(self, name: str, words: List[str]) -> Dict[str, Any]:
        if name not in self._parsers:
            command = click_command(name)
            context = command.context_class(command, info_name=name)  # strict, unparsed
            defaults = {param.name: _default(param, context) for param in command.params}
            self._parsers[name] = (command, context, command.make_parser(context), defaults,
                                   _only_variadic_argument(command))
        command, context, parser, defaults, variadic = self._parsers[name]
        if variadic is not None and not any(word.startswith("-") for word in words):
            # No option on the line and one argument that takes every word (show ids,
            # search words): what click's parser would make of it, without its ~20 µs.
            params = dict(defaults)
            # (words are text already: click's conversion of a text argument is the identity)
            params[variadic.name] = tuple(words) if type(variadic.type).__name__ == \
                "StringParamType" else variadic.type_cast_value(context, tuple(words))
            if variadic.required and not words:
                raise UsageError(f"{name}: missing {variadic.human_readable_name}")
            return params
        try:
            given, extra, _ = parser.parse_args(list(words))
            params = dict(defaults)
            for param in command.params:
                if param.name in given:
                    params[param.name] = param.type_cast_value(context, given[param.name])
        except Exception as error:
            # click's (or Typer's vendored click's) usage errors: no such option, a bad
            # value, an option without its value
            if not hasattr(error, "format_message"):
                raise
            raise UsageError(f"{name}: {error.format_message()}") from None
        if extra:
            raise UsageError(f"{name}: unexpected argument {extra[0]!r}")
        for param in command.params:
            if param.required and param.name not in given:
                raise UsageError(f"{name}: missing {param.human_readable_name}")
        return params


def _default(param: Any, context: Any) -> Any:
    """A parameter's value when the line does not give it, as click's parser makes it: an
    empty tuple for an option given any number of times."""
    value = param.get_default(context)
    if value is None and (param.multiple or param.nargs == -1):
        return ()
    return value


def _only_variadic_argument(command: Any) -> Any:
    """The command's one positional argument when it takes any number of words, else None."""
    arguments = [param for param in command.params if param.param_type_name == "argument"]
    if len(arguments) == 1 and arguments[0].nargs == -1:
        return arguments[0]
    return None
