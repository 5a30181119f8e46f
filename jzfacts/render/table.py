"""Tables and cards for people at a terminal (Rich). Fact text is always data, never markup."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Optional, Sequence

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from ..model import APPROX, CATEGORIES, Fact, figure_span, format_number
from ..results import FactsResult, flatten

if TYPE_CHECKING:  # imported where used: `list` needs none of them (README "Speed")
    from rich.panel import Panel

    from ..compare import CompareResult, StatsResult
    from ..search import Hit

HIGHLIGHT = "bold black on yellow"


def _text(value: Any) -> Text:
    return Text("" if value is None else str(value))


def _highlighted(text: str, span: Optional[Sequence[int]]) -> Text:
    shown = Text(text)
    if span:
        shown.stylize(HIGHLIGHT, span[0], span[1])
    return shown


def _value(fact: Fact) -> Text:
    shown = Text(fact.display_value())
    if fact.approx != "exact":
        shown.stylize("yellow")
    if fact.kind != "amount":
        shown.stylize("dim")
    return shown


def _generic_table(records: List[Dict[str, Any]], title: str) -> Table:
    table = Table(box=box.SIMPLE_HEAD, title=title or None)
    rows = [flatten(record) for record in records]
    for column in rows[0] if rows else []:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(_text(value) for value in row.values()))
    return table


def facts_table(result: FactsResult, width: int = 80) -> RenderableType:
    """One line per fact (cells are cut with … rather than wrapped: `show` has the rest)."""
    if result.command == "show" and not result.fields:
        return Group(*(fact_card(fact, result) for fact in result.facts))
    if result.fields:
        return _generic_table(result.records(), "")
    facts = result.facts
    id_width = max((len(fact.id) for fact in facts), default=2)
    value_width = max((Text(fact.display_value()).cell_len for fact in facts), default=5)
    periods = max((len(fact.period or "") for fact in facts), default=6)
    last_width = 24 if result.hits else min(11, periods)
    label_width = min(24, max(6, (width - id_width - value_width - last_width - 10) // 3))
    # id and value are what people act on: never cut; the labels give way instead.
    # Rich drops columns that do not fit, so the English label gets what is left exactly.
    english_width = max(4, width - id_width - value_width - last_width - label_width - 10)
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("id", style="bold", no_wrap=True, min_width=id_width)
    table.add_column("label", no_wrap=True, overflow="ellipsis", max_width=label_width)
    table.add_column("label_en", no_wrap=True, overflow="ellipsis", max_width=english_width)
    table.add_column("value", justify="right", no_wrap=True, min_width=value_width)
    if result.hits:
        table.add_column("match", no_wrap=True, overflow="ellipsis", max_width=last_width)
        rows = [_hit_row(hit) for hit in result.hits]
    else:
        table.add_column("period", no_wrap=True, overflow="ellipsis", max_width=last_width)
        rows = [[Text(fact.id), Text(fact.label), Text(fact.label_en, style="dim"),
                 _value(fact), _text(fact.period)] for fact in result.facts]
    if rows:
        # One cell per column, its lines the rows: Rich lays out and renders each cell on
        # its own, which for 45 facts cost more than the rest of `list` together. Nothing
        # wraps (no_wrap) and each line is cut on its own, so the lines stay rows.
        table.add_row(*(_lines(column) for column in zip(*rows)))
    return table


def _lines(cells: Sequence[Text]) -> Text:
    """Cells as the lines of one Text, each cell's own style kept for its line alone (a
    style all cells share stays the Text's own, so the padding gets it as before)."""
    shared = {str(cell.style) for cell in cells}
    style = shared.pop() if len(shared) == 1 else ""
    return Text("\n", style=style).join(_one_line(cell, style) for cell in cells)


def _one_line(cell: Text, shared_style: str) -> Text:
    """A cell with its line breaks shown as spaces (in a table each fact keeps one line),
    less the style its column's Text gives it."""
    if "\n" in cell.plain or (shared_style and cell.style):
        cell = cell.copy()
        cell.plain = cell.plain.replace("\n", " ")
        if shared_style:
            cell.style = ""
    return cell


def _hit_row(hit: Hit) -> List[Text]:
    """A search result: the matched text highlighted where it is shown."""
    from ..search import field_text

    fact = hit.fact
    field = hit.field.split(" ")[0]
    span = hit.span if "(" not in hit.field else None
    spans = {field: span} if span and field in ("id", "label", "label_en") else {}
    label_en = _highlighted(fact.label_en, spans.get("label_en"))
    label_en.stylize("dim")
    if field in ("section", "quote", "note", "tags") and span:
        text = field_text(fact, field)
        start = max(0, span[0] - 8)  # a little context before the match
        where = Text(f"{field}: " + ("…" if start else ""), style="dim")
        where.append_text(_highlighted(text[start:], [span[0] - start, span[1] - start]))
    elif field == "value":
        where = Text("value", style="dim")
    else:
        where = Text(hit.field, style="dim")
    return [_highlighted(fact.id, spans.get("id")), _highlighted(fact.label, spans.get("label")),
            label_en, _value(fact), where]


def fact_card(fact: Fact, result: FactsResult) -> Panel:
    from rich.panel import Panel

    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")
    value = _value(fact)
    value.append(f"  {fact.describe_en()}", style="italic")
    normalized_value, normalized_unit = fact.normalized
    grid.add_row("label", Text(fact.label))
    grid.add_row("label_en", Text(fact.label_en))
    grid.add_row("value", value)
    if fact.approx != "exact":
        grid.add_row("approx", Text(f"{fact.approx}: {APPROX[fact.approx][1]}"))
    grid.add_row("normalized", Text(f"{format_number(normalized_value)} {normalized_unit}"))
    grid.add_row("period", Text(fact.period or "not stated on the page"))
    grid.add_row("category", Text(f"{fact.category} ({CATEGORIES[fact.category][0]})"))
    if fact.tags:
        grid.add_row("tags", Text(" · ".join(fact.tags)))
    grid.add_row("section", Text(fact.section))
    grid.add_row("quote", _highlighted(f"“{fact.quote}”", _shift(figure_span(fact), 1)))
    for repeat in fact.repeats:
        grid.add_row("also in", Text(f"{repeat.section}: “{repeat.quote}”", style="dim"))
    source = result.sources.get(fact.source)
    grid.add_row("source", Text(f"{source.title} ({source.date or 'undated'})" if source
                                else fact.source))
    if fact.note:
        grid.add_row("note", Text(fact.note, style="dim"))
    return Panel(grid, title=Text(fact.id, style="bold"), title_align="left",
                 box=box.ROUNDED)


def _shift(span: Optional[Sequence[int]], offset: int) -> Optional[List[int]]:
    return [span[0] + offset, span[1] + offset] if span else None


def compare_view(result: CompareResult, width: int) -> RenderableType:
    from .chart import bar_chart

    comparison = result.comparison
    if result.fields:
        return _generic_table(result.records(), "")
    table = Table(box=box.SIMPLE_HEAD,
                  caption=f"difference in {comparison.difference_unit}, against the first"
                  + ("; approximate values are marked > < ~" if comparison.approximate
                     else ""))
    for column in ("id", "label", "value", f"normalized ({comparison.unit})",
                   f"difference ({comparison.difference_unit})", "ratio", "share"):
        table.add_column(column, justify="left" if column in ("id", "label") else "right",
                         overflow="ellipsis" if column == "label" else "fold",
                         no_wrap=column in ("id", "label"),
                         max_width=16 if column == "label" else None)
    bars = []
    for row in comparison.rows:
        fact = row.fact
        mark = "~" if fact.approx != "exact" else ""
        first = row is comparison.rows[0]
        table.add_row(
            Text(fact.id), Text(fact.label), _value(fact),
            Text(f"{mark}{format_number(row.normalized)}"),
            Text("—" if first else f"{mark}{row.difference:+g}"),
            Text("—" if row.ratio is None else f"{row.ratio:g}×"),
            Text("—" if row.share is None else f"{row.share:.1%}"),
        )
        bars.append((fact.label, fact.label_en, float(row.normalized),
                     f"{fact.display_value()}", fact.approx != "exact"))
    return Group(table, bar_chart(bars, width))


def stats_view(result: StatsResult, width: int) -> RenderableType:
    from .chart import bar_chart

    if result.fields:
        return _generic_table(result.records(), "")
    parts: List[RenderableType] = [Text(f"{result.stats.total} facts", style="bold")]
    for group, counts in result.stats.groups.items():
        bars = []
        for key, count in counts.items():
            chinese = CATEGORIES[key][0] if group == "category" and key in CATEGORIES else ""
            bars.append((key, chinese, float(count), str(count), False))
        parts.append(bar_chart(bars, width, title=f"by {group}"))
    return Group(*parts)
