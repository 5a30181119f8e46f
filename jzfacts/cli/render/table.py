"""Tables and cards for people at a terminal (Rich). Fact text is always data, never markup."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Optional, Sequence, Tuple

from rich import box
from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from ...base.model import APPROX, CATEGORIES, Fact, figure_span, format_number, source_of
from ...base.periods import compact
from ...base.units import UNITS, to_decimal
from ..documents import FactsResult, flatten

if TYPE_CHECKING:  # imported where used: `list` needs none of them (README "Speed")
    from rich.panel import Panel

    from ...base.compare import CompareResult, StatsResult
    from ...search.hits import Hit

HIGHLIGHT = "bold black on yellow"


def _text(value: Any) -> Text:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return Text(format_number(value, grouped=True))  # 2,130,000,000 for people
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
    table = Table(box=box.SIMPLE_HEAD, title=title or None, pad_edge=False)
    rows = [flatten(record) for record in records]
    for column in rows[0] if rows else []:
        table.add_column(column, no_wrap=True)
    for row in rows:
        table.add_row(*(_text(value) for value in row.values()))
    return table


def table_width(widths: Sequence[int]) -> int:
    """The cells a one-line-per-row table of these column widths takes (SIMPLE_HEAD, no
    padding at the edges): a cell of padding either side of each column but the outer
    sides, a divider between columns, and an edge either side."""
    return sum(widths) + 3 * len(widths) - 1 if widths else 0


def records_view(records: List[Dict[str, Any]], width: int) -> RenderableType:
    """Records as a table where every column fits whole, else one block per record."""
    rows = [flatten(record) for record in records]
    if not rows:
        return _generic_table(records, "")
    natural = [max(_cells([column]), _cells(_text(row[column]).plain for row in rows))
               for column in rows[0]]
    if table_width(natural) <= width:
        return _generic_table(records, "")
    return stacked([(None, [(name, _text(value)) for name, value in row.items()])
                    for row in rows], width)


Block = Tuple[Optional[Text], Sequence[Tuple[str, Text]]]


def stacked(blocks: Sequence[Block], width: int) -> RenderableType:
    """One block per record, for widths where a table would cut its numbers: a title line
    (the id) and a line per field, long values wrapped, never cut. Where even a field's name
    and a short value do not fit side by side, the value goes under its name."""
    indent = 2
    names = max((Text(name).cell_len for _, fields in blocks for name, _ in fields), default=0)
    side_by_side = indent + names + 2 + 12 <= width
    parts: List[RenderableType] = []
    for title, fields in blocks:
        if parts:
            parts.append(Text(""))
        if title is not None:
            parts.append(title)
        grid = Table.grid(padding=(0, 2), pad_edge=False)
        if side_by_side:
            grid.add_column(style="dim", no_wrap=True)
            grid.add_column(overflow="fold")
            for name, value in fields:
                grid.add_row(Text(name), value)
        else:
            grid.add_column(overflow="fold")
            for name, value in fields:
                grid.add_row(Text(name, style="dim"))
                grid.add_row(Padding(value, (0, 0, 0, indent)))
        parts.append(Padding(grid, (0, 0, 0, indent)) if title is not None else grid)
    return Group(*parts)


def fit_columns(width: int, fixed: Sequence[int], flexible: Sequence[Tuple[int, int]],
                drop_order: Sequence[int]) -> List[Optional[int]]:
    """Widths for the flexible columns of a table `width` cells wide whose fixed columns
    (ids, values, periods) are never cut: each flexible column, given as (natural, least),
    gets at least its least width, the room left is shared up to natural widths, and when
    even the least widths do not fit, columns are dropped (None) in drop_order."""
    kept = list(range(len(flexible)))

    def room() -> int:
        columns = len(fixed) + len(kept)
        return width - sum(fixed) - (2 + 3 * (columns - 1))  # edges, dividers, padding

    for index in drop_order:
        if sum(flexible[i][1] for i in kept) <= room():
            break
        kept.remove(index)
    widths: List[Optional[int]] = [None] * len(flexible)
    for index in kept:
        widths[index] = min(flexible[index][1], flexible[index][0])
    spare = room() - sum(w for w in widths if w)
    growing = [i for i in kept if (widths[i] or 0) < flexible[i][0]]
    while spare > 0 and growing:
        for index in list(growing):
            if spare <= 0:
                break
            widths[index] = (widths[index] or 0) + 1
            spare -= 1
            if widths[index] == flexible[index][0]:
                growing.remove(index)
    return widths


def _cells(texts: Iterable[Any]) -> int:
    return max((Text(str(text)).cell_len for text in texts), default=0)


def facts_table(result: FactsResult, width: int = 80) -> RenderableType:
    """One line per fact (cells are cut with … rather than wrapped: `show` has the rest).
    Ids, values and periods are never cut; the labels shrink first, and at narrow widths
    the English label, then the Chinese one, is left out."""
    if result.command == "show" and not result.fields:
        return Group(*(fact_card(fact, result) for fact in result.facts))
    if result.fields:
        return records_view(result.records(), width)
    facts = result.facts
    if result.hits:
        rows = [_hit_row(hit) for hit in result.hits]
    else:
        rows = [[Text(fact.id), Text(fact.label), Text(fact.label_en, style="dim"),
                 _value(fact), Text(compact(fact.period) if fact.period else "")]
                for fact in facts]
    id_width = max(2, _cells(fact.id for fact in facts))
    value_width = max(5, _cells(fact.display_value() for fact in facts))
    fixed = [id_width, value_width]
    flexible = [(max(5, _cells(fact.label for fact in facts)), 6),
                (max(8, _cells(fact.label_en for fact in facts)), 10)]
    if result.hits:
        # what matched is context, not a figure: it shrinks with the labels
        flexible.append((max(5, _cells(row[4].plain for row in rows)), 12))
    else:
        fixed.append(max(6, _cells(row[4].plain for row in rows)))
    least_match = [8] if result.hits else []  # search: some room to say what matched
    if table_width(fixed + least_match) > width:
        return stacked(_fact_blocks(result, rows), width)
    label_width, english_width, *match_width = fit_columns(width, fixed, flexible, (1, 0))
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("id", style="bold", no_wrap=True, min_width=id_width)
    shown = [0]
    if label_width:
        table.add_column("label", no_wrap=True, overflow="ellipsis", width=label_width)
        shown.append(1)
    if english_width:
        table.add_column("label_en", no_wrap=True, overflow="ellipsis", width=english_width)
        shown.append(2)
    table.add_column("value", justify="right", no_wrap=True, min_width=value_width)
    if result.hits:
        table.add_column("match", no_wrap=True, overflow="ellipsis", width=match_width[0])
    else:
        table.add_column("period", no_wrap=True, min_width=fixed[2])
    shown += [3, 4]
    if rows:
        # One cell per column, its lines the rows: Rich lays out and renders each cell on
        # its own, which for 44 facts cost more than the rest of `list` together. Nothing
        # wraps (no_wrap) and each line is cut on its own, so the lines stay rows.
        columns = list(zip(*rows))
        table.add_row(*(_lines(columns[index]) for index in shown))
    return table


def _fact_blocks(result: FactsResult, rows: Sequence[Sequence[Text]]) -> List[Block]:
    """A block per fact: the id, then both labels, the value and the period in full (or,
    for a search, what matched)."""
    blocks: List[Block] = []
    for fact, row in zip(result.facts, rows):
        last = row[4] if result.hits else Text(fact.period or "")
        fields = zip(("label", "label_en", "value", "match" if result.hits else "period"),
                     (*row[1:4], last))
        blocks.append((_bold(row[0]), [(name, _one_line(cell, "")) for name, cell in fields
                                       if cell.plain]))
    return blocks


def _bold(cell: Text) -> Text:
    title = _one_line(cell, "").copy()
    title.stylize("bold")
    return title


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
    from ...search.hits import field_text

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
    # The value once: in the page's unit, then in the base unit where that differs
    # (9.58 亿元 = 958,000,000 元), and in words only where words add something (a year,
    # an ordinal, an identifier); approx gets its own row.
    value = _value(fact)
    normalized_value, normalized_unit = fact.normalized
    if fact.kind == "amount" and UNITS[fact.unit].scaled:
        value.append(f"  = {format_number(normalized_value, grouped=True)} {normalized_unit}",
                     style="dim")
    if fact.kind != "amount":
        value.append(f"  {fact.describe_en()}", style="italic")
    elif not fact.unit:
        value.append("  no unit: a ratio, index or coefficient", style="dim")
    grid.add_row("label", Text(fact.label))
    grid.add_row("label_en", Text(fact.label_en))
    grid.add_row("value", value)
    if fact.approx != "exact":
        grid.add_row("approx", Text(f"{fact.approx}: {APPROX[fact.approx][1]}"))
    if fact.direction:  # (a fall of 1.5 % is no level of 1.5 %)
        grid.add_row("direction", Text("up: a rise the page states" if fact.direction == "up"
                                       else "down: a fall the page states"))
    grid.add_row("period", Text(fact.period or "not stated on the page"))
    grid.add_row("category", Text(f"{fact.category} ({CATEGORIES[fact.category][0]})"))
    if fact.tags:
        grid.add_row("tags", Text(" · ".join(fact.tags)))
    grid.add_row("section", Text(fact.section))
    grid.add_row("quote", _highlighted(f"“{fact.quote}”", _shift(figure_span(fact), 1)))
    for repeat in fact.repeats:
        grid.add_row("also in", Text(f"{repeat.section}: “{repeat.quote}”", style="dim"))
    source = source_of(result.sources, fact)
    grid.add_row("source", Text(f"{source.title} ({source.date or 'undated'})" if source
                                else fact.source))
    if fact.note:
        grid.add_row("note", Text(fact.note, style="dim"))
    return Panel(grid, title=Text(fact.id, style="bold"), title_align="left",
                 box=box.ROUNDED)


def _shift(span: Optional[Sequence[int]], offset: int) -> Optional[List[int]]:
    return [span[0] + offset, span[1] + offset] if span else None


def compare_view(result: CompareResult, width: int) -> RenderableType:
    """Side by side: values in full digits with thousands separators, the difference in the
    first fact's own unit (−11.72 亿元 rather than −1,172,000,000 元); never scientific
    notation. Numbers are never cut: the label, then the base-unit column, give way."""
    from .chart import bar_chart

    comparison = result.comparison
    if result.fields:
        return records_view(result.records(), width)
    first = comparison.rows[0].fact
    unit = UNITS[first.unit]
    # The difference in the first fact's unit where a power of ten gives it exactly (−11.72
    # 亿元); in the base unit where a factor would not (4,528 秒 is no finite decimal of
    # minutes). The base-unit column where any value is in another unit than its base.
    power = unit.power if first.kind == "amount" and unit.factor == 1 else 0
    difference_unit = first.unit if power else comparison.difference_unit
    scaled = any(row.fact.kind == "amount" and UNITS[row.fact.unit].scaled
                 for row in comparison.rows)
    cells = []
    for row in comparison.rows:
        fact = row.fact
        mark = "~" if fact.approx != "exact" else ""
        is_first = row is comparison.rows[0]
        difference = to_decimal(row.difference).scaleb(-power)
        cells.append((
            Text(fact.id), Text(fact.label), _value(fact),
            Text(f"{mark}{format_number(row.normalized, grouped=True)}"),
            Text("—" if is_first else f"{mark}{format_number(difference, True, True)}"),
            Text("—" if row.ratio is None else f"{format_number(row.ratio, grouped=True)}×"),
            Text("—" if row.share is None else f"{row.share:.1%}"),
        ))
    # (a dimensionless figure has no unit to put in brackets)
    headers = ["id", "label", "value", f"normalized\n({comparison.unit})".replace("\n()", ""),
               f"difference\n({difference_unit})".replace("\n()", ""), "ratio", "share"]
    natural = [max(_cells(cell.plain for cell in column), _cells(header.split("\n")))
               for column, header in zip(zip(*cells), headers)]
    # The label, the base-unit column and the share may be left out, in that order, where
    # they do not fit (the value column has the figure in the page's unit); id, value,
    # difference and ratio are never cut. Where the base unit is the page's, its column
    # would repeat the value.
    fixed = [natural[i] for i in (0, 2, 4, 5)]
    bars = [(row.fact.label, row.fact.label_en, float(row.normalized),
             row.fact.display_value(), row.fact.approx != "exact") for row in comparison.rows]
    caption = (f"difference{f' in {difference_unit}' if difference_unit else ''}, "
               "against the first"
               + ("; approximate values are marked > < ~" if comparison.approximate else ""))
    if table_width(fixed) > width:
        blocks: List[Block] = [(_bold(cells_[0]), [
            (header.replace("\n", " "), cell) for header, cell in zip(headers[1:], cells_[1:])
            if not (header.startswith("normalized") and not scaled)]) for cells_ in cells]
        return Group(stacked(blocks, width), Text(""), Text(caption, style="dim"),
                     bar_chart(bars, width))
    if scaled:
        label_width, normalized_width, share_width = fit_columns(
            width, fixed, [(natural[1], 8), (natural[3], natural[3]),
                           (natural[6], natural[6])], (0, 1, 2))
    else:  # no base-unit column to make room for
        normalized_width = None
        label_width, share_width = fit_columns(
            width, fixed, [(natural[1], 8), (natural[6], natural[6])], (0, 1))
    shown = [i for i, keep in enumerate((True, label_width, True, normalized_width,
                                         True, True, share_width)) if keep]
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, caption=caption)
    for index in shown:
        table.add_column(headers[index], justify="left" if index < 2 else "right",
                         no_wrap=True, overflow="ellipsis",
                         width=label_width if index == 1 else None,
                         min_width=None if index == 1 else natural[index])
    for row_cells in cells:
        table.add_row(*(row_cells[index] for index in shown))
    return Group(table, bar_chart(bars, width))


def stats_view(result: StatsResult, width: int) -> RenderableType:
    from .chart import bar_chart

    if result.fields:
        return records_view(result.records(), width)
    parts: List[RenderableType] = [Text(f"{result.stats.total} facts", style="bold")]
    for group, counts in result.stats.groups.items():
        bars = []
        for key, count in counts.items():
            chinese = CATEGORIES[key][0] if group == "category" and key in CATEGORIES else ""
            label = key if key or group != "unit" else "(no unit)"  # dimensionless figures
            bars.append((label, chinese, float(count), str(count), False))
        parts.append(bar_chart(bars, width, title=f"by {group}"))
    return Group(*parts)
