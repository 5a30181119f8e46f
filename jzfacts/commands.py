"""The jzfacts commands. Each parses, asks the query layer, and hands one result to emit()."""

# No `from __future__ import annotations` here: on Python 3.9 Typer reads string
# annotations without their Annotated options.
import sys
from pathlib import Path
from typing import Annotated, Any, Dict, List, Optional

import typer

from .answers import (
    ask_answer,
    compare_answer,
    list_answer,
    search_answer,
    show_answer,
    stats_answer,
)
from .errors import UsageError
from .options import (
    CONTEXT,
    ApproxOpt,
    CategoryOpt,
    ColorOpt,
    FieldsOpt,
    ForceOpt,
    FormatOpt,
    JsonOpt,
    LimitOpt,
    PeriodOpt,
    SvgOpt,
    TagOpt,
    UnitOpt,
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
from .results import FactsResult


@guarded
def list_command(
    category: CategoryOpt = None, tag: TagOpt = None, unit: UnitOpt = None,
    period: PeriodOpt = None, approx: ApproxOpt = None,
    sort: Annotated[str, typer.Option("--sort", "-s", help="id, value or category.")] = "id",
    limit: LimitOpt = None, fmt: FormatOpt = None, as_json: JsonOpt = False,
    fields: FieldsOpt = None, color: ColorOpt = None, svg: SvgOpt = None,
    force: ForceOpt = False,
) -> None:
    """List facts, filtered and sorted.

    \b
    Examples:
      jzfacts list --category enterprises
      jzfacts list --unit 亿元 --sort value
      jzfacts list --period 2022 --json | jq -r '.[].id'
    """
    options = OutputOptions.parse(fmt, as_json, fields, color, svg, force)
    emit(list_answer(base(), category=category, tag=tag, unit=unit, period=period,
                     approx=approx, sort=sort, limit=limit, fields=options.fields),
         options, svg_title="jzfacts list")


@guarded
def show_command(
    ids: Annotated[List[str], typer.Argument(help="Fact ids, e.g. enterprises.high-tech.",
                                             autocompletion=_complete_ids, metavar="ID...")],
    fmt: FormatOpt = None, as_json: JsonOpt = False, fields: FieldsOpt = None,
    color: ColorOpt = None, svg: SvgOpt = None, force: ForceOpt = False,
) -> None:
    """Show facts in full: the value (and in base units), period, source, the page's words.

    \b
    Examples:
      jzfacts show enterprises.high-tech
      jzfacts show transfer.contracts --json | jq .normalized
      jzfacts show market.goods market.brands --fields id,value,approx
    """
    options = OutputOptions.parse(fmt, as_json, fields, color, svg, force)
    answer = show_answer(base(), ids=ids, fields=options.fields)
    result = answer.result
    if answer.missing and result.empty() and options.format in ("json", "ndjson"):
        result = FactsResult("list", (), fields=options.fields)  # `[]`, as for no match
    if not result.empty() or options.format in ("json", "ndjson", "csv", "tsv"):
        write(render(result, options, sys.stdout))
    for unknown in answer.missing:
        report_not_found(unknown)
    if options.svg and not result.empty():
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
    fields: FieldsOpt = None, color: ColorOpt = None, svg: SvgOpt = None,
    force: ForceOpt = False,
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
    from .answers import more_matches

    options = OutputOptions.parse(fmt, as_json, fields, color, svg, force)
    answer = search_answer(base(), words=words, regex=regex, limit=limit, all_hits=all_hits,
                           fields=options.fields)
    emit(answer, options, svg_title=f"jzfacts search {' '.join(words)}")
    more = more_matches(answer)
    if more and _stderr_is_terminal():
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
    options = OutputOptions.parse(fmt, as_json, fields, None)
    emit(ask_answer(base(), question=question, fields=options.fields), options)


@guarded
def compare_command(
    ids: Annotated[Optional[List[str]], typer.Argument(
        help="Two or more fact ids; the first is the baseline.",
        autocompletion=_complete_ids, metavar="[ID...]")] = None,
    category: CategoryOpt = None, unit: UnitOpt = None, period: PeriodOpt = None,
    fmt: FormatOpt = None, as_json: JsonOpt = False, fields: FieldsOpt = None,
    color: ColorOpt = None, svg: SvgOpt = None, force: ForceOpt = False,
) -> None:
    """Compare facts of one kind: difference, ratio, share, and a bar chart.

    \b
    Examples:
      jzfacts compare enterprises.high-tech enterprises.gazelle
      jzfacts compare --category agriculture --unit %
      jzfacts compare talent.bqw-hundred talent.bqw-thousand --json | jq '.facts[].share'
    """
    options = OutputOptions.parse(fmt, as_json, fields, color, svg, force)
    emit(compare_answer(base(), ids=ids, category=category, unit=unit, period=period,
                        fields=options.fields), options, svg_title="jzfacts compare")


@guarded
def stats_command(
    fmt: FormatOpt = None, as_json: JsonOpt = False, fields: FieldsOpt = None,
    color: ColorOpt = None, svg: SvgOpt = None, force: ForceOpt = False,
) -> None:
    """Count facts per category, unit, source, kind and approx, with bars.

    \b
    Examples:
      jzfacts stats
      jzfacts stats --json | jq .category
    """
    options = OutputOptions.parse(fmt, as_json, fields, color, svg, force)
    emit(stats_answer(base(), fields=options.fields), options, svg_title="jzfacts stats")


@guarded
def export_command(
    fmt: Annotated[str, typer.Option("--format", "-f",
                                     help="json, ndjson, csv or sqlite.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write.",
                                         dir_okay=False)],
    force: Annotated[bool, typer.Option("--force", help="Overwrite OUTPUT if it exists.")]
    = False,
) -> None:
    """Write every fact to a file: JSON, NDJSON, CSV or an SQLite database.

    \b
    Examples:
      jzfacts export -f sqlite -o jinzhou.db && datasette jinzhou.db
      jzfacts export -f csv -o facts.csv --force
    """
    from .export import export

    count = export(base(), fmt.lower(), output, force)
    err(f"wrote {count} facts to {printable(str(output))}")


@guarded
def validate_command(
    path: Annotated[Optional[str], typer.Argument(
        help="Fact file or folder to check (default: --facts, $JZFACTS_FACTS or the shipped "
        "one).", metavar="[PATH]")] = None,
    page: Annotated[Optional[Path], typer.Option(
        "--page", help="Also check the facts against this page (plain text): every quote "
        "is on it, every number on it is a fact's figure or a [[not_fact]]. Without it, a "
        "file is checked against the page its sources name where that page is beside it.",
        metavar="PAGE", dir_okay=False)] = None,
    fmt: FormatOpt = None, as_json: JsonOpt = False, fields: FieldsOpt = None,
) -> None:
    """Check fact files and list every problem in them; exit 0 if valid, 2 if not.

    \b
    Problems are `file:line: fact: field: message` lines; --format json gives one document,
    ndjson one problem per line, csv and tsv a row per problem. Warnings (what a drafted
    file still needs a person to write) go to stderr and do not fail.
    Examples:
      jzfacts validate
      jzfacts validate --page page.txt
      jzfacts validate my-facts.toml --json | jq '.problems[].message'
    """
    import os

    from .basecheck import check_base
    from .files import entries, resolve
    from .validate import ProblemsResult

    options = OutputOptions.parse(fmt, as_json, fields, None)
    chosen = [path] if path else entries(_state.facts)
    files = resolve(chosen)
    if page is not None and len(files) != 1:
        raise UsageError(f"--page checks one fact file against one page; {len(files)} "
                         "files given")
    with shown_progress(files):
        checks = check_base(files, page)
    problems = tuple(problem for check in checks for problem in check.problems)
    count = sum(check.facts for check in checks)
    shown = os.pathsep.join(check.name for check in checks)
    write(render(ProblemsResult(shown, count, problems, options.fields), options,
                 sys.stdout))
    if options.format == "table":
        for check in checks:
            for warning in check.warnings:
                err(f"warning: {printable(str(warning))}")
        for check in checks:
            summary = (f"{len(check.problems)} problem{'s' if len(check.problems) != 1 else ''}"
                       if check.problems else f"valid, {check.facts} facts"
                       + "".join(f", every figure of {printable(name)} accounted for"
                                 for name in check.pages))
            err(f"{printable(check.name)}: {summary}")
        if len(checks) > 1:
            err(f"{len(checks)} files: " + (f"{len(problems)} problem"
                                            f"{'s' if len(problems) != 1 else ''}"
                                            if problems else f"valid, {count} facts"))
    if problems:
        raise typer.Exit(2)


def read_page(path: Path) -> str:
    """A page's text; a clear error where it cannot be read."""
    from .basecheck import read_page as read

    return read(path)


@guarded
def extract_command(
    page: Annotated[str, typer.Argument(help="A Chinese news article as plain text (- for "
                                         "standard input).", metavar="PAGE")],
    output: Annotated[Optional[Path], typer.Option(
        "--output", "-o", help="Write the draft to this file (default: standard output).",
        dir_okay=False)] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite OUTPUT if it exists.")]
    = False,
) -> None:
    """Draft a fact file from an article: one fact per figure, the rest as not_facts.

    \b
    Review the draft, write what is marked TODO, then prove it against the page.
    Examples:
      jzfacts extract article.txt -o draft.toml
      jzfacts validate draft.toml --page article.txt
      jzfacts --facts draft.toml list
    """
    from .extract import draft, to_toml

    if page == "-":
        text, name = sys.stdin.read(), "stdin"
    else:
        text, name = read_page(Path(page)), page
    data = draft(text, "" if page == "-" else Path(page).name)
    toml = to_toml(data, name)
    if output is None:
        write(toml)
    else:
        from .export import write_atomically

        write_atomically(output, lambda target: target.write_text(toml, encoding="utf-8"),
                         force)
    err(f"drafted {len(data['fact'])} facts and {len(data['not_fact'])} not_facts from "
        f"{printable(name)}" + (f" into {printable(str(output))}" if output else ""))


@guarded
def batch_command() -> None:
    """Answer one command per line of stdin with one line of JSON, in one process.

    \b
    Lines are ask, show, search, list, compare and stats, quoted as on a shell command line.
    Examples:
      printf 'show enterprises.high-tech\\nsearch 瞪羚\\n' | jzfacts batch
      jzfacts batch < lookups.txt | jq -c 'select(.ok) | .result'
    """
    from .batch import run_batch
    from .files import STDIN, entries

    if STDIN in entries(_state.facts):
        raise UsageError("batch reads its lines from standard input: the fact file cannot "
                         "come from there too (--facts -)")
    failures = run_batch(base(), sys.stdin, write, LineParser())
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
    from . import cache

    options = OutputOptions.parse(fmt, as_json, fields, None)
    if clear:
        removed = cache.clear()
        err(f"cleared {printable(removed.folder)}: {removed.files} fact files, "
            f"{removed.bases} indexes")
        return
    write(render(cache.UsageResult(cache.usage(), options.fields), options, sys.stdout))


# ------------------------------------------------------------------ building commands

def click_command(name: str) -> Any:
    """The click command for one jzfacts command, built by Typer from its function here."""
    import typer.main

    single = typer.Typer(add_completion=False, rich_markup_mode=None,
                         pretty_exceptions_enable=False)
    single.command(name, context_settings=CONTEXT)(globals()[f"{name}_command"])
    return typer.main.get_command(single)


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
            defaults = {param.name: param.get_default(context) for param in command.params}
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


def _only_variadic_argument(command: Any) -> Any:
    """The command's one positional argument when it takes any number of words, else None."""
    arguments = [param for param in command.params if param.param_type_name == "argument"]
    if len(arguments) == 1 and arguments[0].nargs == -1:
        return arguments[0]
    return None
