"""The jzfacts commands. Each parses, asks the query layer, and hands one result to emit()."""

# No `from __future__ import annotations` here: on Python 3.9 Typer reads string
# annotations without their Annotated options.
import sys
from pathlib import Path
from typing import Annotated, List, Optional

import typer

from . import query
from .errors import FactNotFound, UsageError
from .factbase import check_file, resolve_path
from .options import (
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
    base,
    emit,
    err,
    guarded,
    report_not_found,
)
from .output import OutputOptions, printable, quoted, write
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
    fact_base = base()
    facts = query.filter_facts(fact_base.facts, category=category, tag=tag, unit=unit,
                               period=period, approx=approx)
    facts = query.sort_facts(facts, sort)[:limit]
    emit(FactsResult("list", tuple(facts), fact_base.sources, fields=options.fields), options,
         nothing="no facts match these filters", svg_title="jzfacts list")


@guarded
def show_command(
    ids: Annotated[List[str], typer.Argument(help="Fact ids, e.g. enterprises.high-tech.",
                                             autocompletion=_complete_ids, metavar="ID...")],
    fmt: FormatOpt = None, as_json: JsonOpt = False, fields: FieldsOpt = None,
    color: ColorOpt = None, svg: SvgOpt = None, force: ForceOpt = False,
) -> None:
    """Show facts in full: value in words, period, source and the page's own words.

    \b
    Examples:
      jzfacts show enterprises.high-tech
      jzfacts show transfer.contracts --json | jq .normalized
      jzfacts show market.goods market.brands --fields id,value,approx
    """
    options = OutputOptions.parse(fmt, as_json, fields, color, svg, force)
    fact_base = base()
    found, missing = [], []
    for fact_id in ids:
        try:
            found.extend(fact_base.get_facts([fact_id]))
        except FactNotFound as error:
            missing.append(error)
    result = FactsResult("show", tuple(found), fact_base.sources, fields=options.fields)
    if missing and not found and options.format in ("json", "ndjson"):
        result = FactsResult("list", (), fields=options.fields)  # `[]`, as for no match
    if found or options.format in ("json", "ndjson", "csv", "tsv"):
        from .output import render

        write(render(result, options, sys.stdout))
    for unknown in missing:
        report_not_found(unknown)
    if options.svg and found:
        from .output import save_svg

        save_svg(result, options, options.svg, "jzfacts show")
    if missing:
        raise typer.Exit(1)


@guarded
def search_command(
    words: Annotated[List[str], typer.Argument(
        help="Chinese, English, pinyin (rencai, ren cai, rc) or a number (865, 21.3亿, 99.4%).",
        metavar="QUERY...")],
    regex: Annotated[bool, typer.Option("--regex", "-e",
                                        help="QUERY is a regular expression.")] = False,
    limit: LimitOpt = None, fmt: FormatOpt = None, as_json: JsonOpt = False,
    fields: FieldsOpt = None, color: ColorOpt = None, svg: SvgOpt = None,
    force: ForceOpt = False,
) -> None:
    """Search ids, labels, tags, sections and quotes; best matches first.

    \b
    Examples:
      jzfacts search 瞪羚
      jzfacts search rencai
      jzfacts search 21.3亿 --json | jq '.[0].id'
    """
    options = OutputOptions.parse(fmt, as_json, fields, color, svg, force)
    fact_base = base()
    text = " ".join(words)
    hits = fact_base.search(text, regex=regex, limit=limit)
    result = FactsResult("search", tuple(hit.fact for hit in hits), fact_base.sources,
                         tuple(hits), options.fields)
    emit(result, options, nothing=f"no facts match {quoted(text)}",
         svg_title=f"jzfacts search {text}")


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
    fact_base = base()
    if ids and (category or unit or period):
        raise UsageError("give fact ids or filters (--category, --unit, --period), not both")
    if ids:
        facts = fact_base.get_facts(ids)
    elif category or unit or period:
        facts = query.filter_facts(fact_base.facts, category=category, unit=unit,
                                   period=period)
        amounts = [fact for fact in facts if fact.kind == "amount"]
        dimensions = sorted({fact.dimension for fact in amounts})
        if len(dimensions) > 1:
            raise UsageError(f"the facts selected measure {len(dimensions)} different "
                             f"things ({', '.join(dimensions)}): narrow them with --unit")
        facts = amounts
    else:
        raise UsageError("give two or more fact ids, or --category/--unit/--period")
    from .compare import CompareResult, compare

    emit(CompareResult(compare(facts), options.fields), options,
         svg_title="jzfacts compare")


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
    from .compare import StatsResult, stats

    emit(StatsResult(stats(base().facts), options.fields), options,
         nothing="the fact file has no facts", svg_title="jzfacts stats")


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
    from .render import text

    def render_text(kind: str, facts: object) -> str:
        result = FactsResult("list", tuple(facts))  # type: ignore[arg-type]
        if kind == "json":
            return text.render_json(result.document())
        if kind == "ndjson":
            return text.render_ndjson(result.records())
        return text.render_csv(result.records())

    fact_base = base()
    export(fact_base, fmt.lower(), output, force, render_text)
    err(f"wrote {len(fact_base.facts)} facts to {printable(str(output))}")


@guarded
def validate_command(
    path: Annotated[Optional[str], typer.Argument(
        help="Fact file to check (default: --facts, $JZFACTS_FACTS or the shipped one).",
        metavar="[PATH]")] = None,
    fmt: FormatOpt = None, as_json: JsonOpt = False,
) -> None:
    """Check a fact file and list every problem in it; exit 0 if valid, 2 if not.

    \b
    Examples:
      jzfacts validate
      jzfacts validate my-facts.toml --json | jq '.problems[].message'
    """
    import json

    options = OutputOptions.parse(fmt, as_json, None, None)
    target = Path(path) if path else resolve_path(_state.facts)
    data, problems = check_file(target)
    count = len(data.get("fact", [])) if data and isinstance(data.get("fact"), list) else 0
    if options.format in ("json", "ndjson"):
        document = {"path": str(target), "valid": not problems, "facts": count,
                    "problems": [problem._asdict() for problem in problems]}
        write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    else:
        write("".join(f"{printable(str(problem))}\n" for problem in problems))
        summary = (f"{len(problems)} problem{'s' if len(problems) != 1 else ''}"
                   if problems else f"valid, {count} facts")
        err(f"{printable(str(target))}: {summary}")
    if problems:
        raise typer.Exit(2)


@guarded
def batch_command() -> None:
    """Answer one command per line of stdin with one line of JSON, in one process.

    \b
    Lines are show, search, list, compare and stats, quoted as on a shell command line.
    Examples:
      printf 'show enterprises.high-tech\\nsearch 瞪羚\\n' | jzfacts batch
      jzfacts batch < lookups.txt | jq -c 'select(.ok) | .result'
    """
    from .batch import run_batch

    failures = run_batch(base(), sys.stdin, write)
    if failures:
        raise typer.Exit(1)
