"""Charts, tables and SVG at several widths; shell completion."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import xml.dom.minidom
from pathlib import Path

import pytest
from rich.console import Console

from jzfacts.base.compare import CompareResult, StatsResult, compare, stats
from jzfacts.base.factbase import shipped_path
from jzfacts.base.periods import compact
from jzfacts.base.query import get_facts
from jzfacts.cli.documents import FactsResult
from jzfacts.cli.render.chart import bar_chart
from jzfacts.cli.render.table import compare_view, fact_card, facts_table, stats_view
from jzfacts.search.loaded import load

from .conftest import REPO

BASE = load(shipped_path())


def rendered(renderable: object, width: int) -> str:
    console = Console(file=io.StringIO(), width=width, force_terminal=True, color_system=None)
    console.print(renderable)
    return console.file.getvalue()  # type: ignore[attr-defined,no-any-return]


@pytest.mark.parametrize("width", [20, 40, 80, 120, 200])
def test_chart_lines_fit_and_bars_scale(width: int) -> None:
    from rich.text import Text

    bars = [("水稻耕种收综合机械化率", "Rice", 99.4, "99.4 %", False),
            ("近千种商品", "Goods", 50.0, "<50 种", True)]
    text = rendered(bar_chart(bars, width), width)
    assert all(Text(line).cell_len <= width for line in text.splitlines())
    rice, goods = (line for line in text.splitlines() if "%" in line or "种" in line)
    assert rice.count("█") >= goods.count("░")  # the larger value has the longer bar
    assert "░" in goods  # approximate values drawn in light shade
    assert "approximate value" in text


@pytest.mark.parametrize("width", [20, 60, 100, 160])
def test_views_at_every_width(width: int) -> None:
    from rich.text import Text

    comparison = CompareResult(compare(get_facts(BASE.facts, ["market.exhibitors",
                                                              "enterprises.gazelle"])))
    for view in (compare_view(comparison, width), stats_view(StatsResult(stats(BASE.facts)),
                                                             width),
                 facts_table(FactsResult("list", BASE.facts, BASE.sources), width)):
        text = rendered(view, width)
        assert all(Text(line).cell_len <= width for line in text.splitlines())
    wide = rendered(facts_table(FactsResult("list", BASE.facts, BASE.sources), 160), 160)
    assert "enterprises.high-tech" in wide and "188 家" in wide  # ids and values never cut


@pytest.mark.parametrize("width", [60, 100])
def test_table_keeps_one_line_per_fact_and_each_fact_on_its_line(width: int) -> None:
    """The table is laid out one cell per column (render/table.py): a fact's cells must
    still share a line, with line breaks in fact text shown as spaces and long labels cut."""
    facts = list(BASE.facts[:6])
    facts[2] = facts[2]._replace(label_en="two\nlines " + "long " * 30, label="两行\n文字" * 9)
    text = rendered(facts_table(FactsResult("list", facts, BASE.sources), width), width)
    rows = [line for line in text.splitlines() if "." in line and "─" not in line]
    assert len(rows) == len(facts)
    for fact, row in zip(facts, rows):
        assert row.lstrip().startswith(fact.id)
        assert fact.display_value() in row
    if width >= 100:
        assert "…" in rows[2]
        assert "two lines" in rows[2] and "两行 文字" in rows[2]


def _columns(text: str) -> list:  # type: ignore[type-arg]
    return [line for line in text.splitlines() if line.strip().startswith("id ")][0].split()


@pytest.mark.parametrize("width, columns", [
    (62, ["id", "value", "period"]),
    (80, ["id", "label", "value", "period"]),
    (100, ["id", "label", "label_en", "value", "period"]),
    (160, ["id", "label", "label_en", "value", "period"]),
])
def test_list_table_keeps_ids_values_periods_and_drops_labels_first(
        width: int, columns: list) -> None:  # type: ignore[type-arg]
    """Ids, values with units and periods are never cut; labels shrink, then the English
    label and then the Chinese one are left out."""
    from rich.text import Text

    text = rendered(facts_table(FactsResult("list", BASE.facts, BASE.sources), width), width)
    assert all(Text(line).cell_len <= width for line in text.splitlines())
    assert _columns(text) == columns
    rows = [line for line in text.splitlines() if "." in line and "─" not in line]
    for fact, row in zip(BASE.facts, rows):
        assert row.split()[0] == fact.id
        assert fact.display_value() in row
        # a range is shortened as ISO 8601 allows (2023-01-12–01-28), never cut
        assert compact(fact.period or "") in row


@pytest.mark.parametrize("width, columns", [
    (60, ["id", "value", "difference", "ratio"]),
    (80, ["id", "value", "normalized", "difference", "ratio", "share"]),
    (100, ["id", "label", "value", "normalized", "difference", "ratio", "share"]),
    (160, ["id", "label", "value", "normalized", "difference", "ratio", "share"]),
])
def test_compare_table_never_cuts_a_number(width: int, columns: list) -> None:  # type: ignore[type-arg]
    from rich.text import Text

    ids = ["transfer.contracts", "loans.agri", "shuangwu.revenue"]
    text = rendered(compare_view(CompareResult(compare(get_facts(BASE.facts, ids))), width),
                    width)
    assert all(Text(line).cell_len <= width for line in text.splitlines())
    table = text.split("difference in")[0]  # the table, without its caption and chart
    for column in ("label", "normalized", "share"):
        assert (column in table) == (column in columns), column
    assert "e+" not in text and "E+" not in text
    assert ("difference" in text) and ("亿元" in text)
    assert "-11.72" in text and "~-16.3" in text  # the difference in the page's magnitude
    if "normalized" in columns:
        assert "2,130,000,000" in text and "958,000,000" in text and "~500,000,000" in text
        assert "share" in text and "59.4%" in text
    if "label" in columns:
        assert "全市技术合同" in text


def test_search_table_keeps_ids_and_values() -> None:
    from jzfacts.search.hits import search

    hits = search(BASE.facts, "企业")
    for width in (60, 80, 100, 160):
        text = rendered(facts_table(FactsResult("search", tuple(h.fact for h in hits),
                                                BASE.sources, tuple(hits)), width), width)
        rows = [line for line in text.splitlines() if "." in line and "─" not in line]
        for hit, row in zip(hits, rows):
            assert row.split()[0] == hit.fact.id and hit.fact.display_value() in row


def test_chinese_labels_align_in_charts() -> None:
    from rich.text import Text

    text = rendered(stats_view(StatsResult(stats(BASE.facts)), 100), 100)
    bar_starts = {Text(line[:line.index("█")]).cell_len
                  for line in text.splitlines() if "█" in line and "农业" in line or
                  "█" in line and "人才" in line}
    assert len(bar_starts) == 1  # bars start in the same column whatever the label's script


@pytest.mark.parametrize("command", [
    ["list", "--category", "talent"], ["show", "loans.agri"], ["search", "瞪羚"],
    ["compare", "mechanisation.rice", "mechanisation.corn"], ["stats"]])
def test_svg_output(run, tmp_path: Path, command: list) -> None:  # type: ignore[no-untyped-def,type-arg]
    target = tmp_path / "out.svg"
    result = run(*command, "--svg", str(target), facts=None)
    assert result.exit_code == 0
    document = xml.dom.minidom.parse(str(target))
    assert document.documentElement.tagName == "svg"
    assert "jzfacts" in target.read_text(encoding="utf-8")


def complete(words: str, env_extra: dict, current: bool = False) -> str:  # type: ignore[type-arg]
    """What bash completion offers for the last word of `words` (with `current`, for a new,
    empty word after them)."""
    count = len(words.split()) - (0 if current else 1)
    env = dict(os.environ, PYTHONPATH=str(REPO), _JZFACTS_COMPLETE="complete_bash",
               COMP_WORDS=words, COMP_CWORD=str(count), **env_extra)
    return subprocess.run([sys.executable, "-m", "jzfacts"], env=env, capture_output=True,
                          text=True, timeout=60).stdout


def test_completion_of_commands_ids_categories_units() -> None:
    assert complete("jzfacts se", {}).split() == ["search"]
    assert complete("jzfacts show enterprises.g", {}).split() == ["enterprises.gazelle"]
    assert "enterprises.high-tech" in complete("jzfacts compare enterprises.", {}).split()
    assert complete("jzfacts list --category ta", {}).split() == ["talent"]
    assert "亿元" in complete("jzfacts list --unit 亿", {}).split()
    assert "--category" in complete("jzfacts list --", {}).split()


@pytest.mark.parametrize("width", [30, 40, 60, 80, 100, 120, 160])
def test_every_bar_fits_its_column(width: int) -> None:
    """The longest bar fills its column and is never cut with an ellipsis (it was, in every
    chart, one cell too long for the column Rich gave it)."""
    from rich.text import Text

    comparison = CompareResult(compare(get_facts(BASE.facts, [
        "mechanisation.rice", "mechanisation.corn", "mechanisation.soybean"])))
    for view in (stats_view(StatsResult(stats(BASE.facts)), width),
                 compare_view(comparison, width)):
        lines = rendered(view, width).splitlines()
        assert all(Text(line).cell_len <= width for line in lines)
        bars = [line for line in lines if "█" in line]
        assert bars and not any(mark + "…" in line for line in bars for mark in "█▏▎▍▌▋▊▉")
        # the largest value's bar is the longest: the bar column is full there
        longest = max(line.count("█") for line in bars)
        assert longest >= 1
    first_of_stats = [line for line in rendered(stats_view(StatsResult(stats(BASE.facts)),
                                                           width), width).splitlines()
                      if "█" in line][0]
    assert first_of_stats.rstrip().endswith(str(max(stats(BASE.facts).groups["category"]
                                                    .values())))


@pytest.mark.parametrize("width", [20, 30, 40, 50, 60])
def test_below_a_tables_width_each_fact_is_a_block(width: int) -> None:
    """Below the width ids, values with units and periods need (61 columns for the shipped
    facts), list prints a block per fact rather than cut them (4636 标准, 202)."""
    from rich.text import Text

    text = rendered(facts_table(FactsResult("list", BASE.facts, BASE.sources), width), width)
    assert all(Text(line).cell_len <= width for line in text.splitlines())
    lines = [line.strip() for line in text.splitlines()]
    for fact in BASE.facts:
        # (an id longer than the line, at 20 columns, folds: never cut, never dropped)
        start = lines.index(fact.id[:width])
        block = lines[start:]
        block = block[:block.index("")] if "" in block else block
        joined = "".join(block)  # (at 20 columns a long period folds onto a second line)
        assert fact.display_value() in joined and (fact.period or "") in joined


@pytest.mark.parametrize("width", [20, 30, 40, 50])
def test_a_narrow_comparison_is_blocks_and_a_chart(width: int) -> None:
    from rich.text import Text

    ids = ["transfer.contracts", "loans.agri"]
    text = rendered(compare_view(CompareResult(compare(get_facts(BASE.facts, ids))), width),
                    width)
    assert all(Text(line).cell_len <= width for line in text.splitlines())
    lines = [line.strip() for line in text.splitlines()]
    assert "transfer.contracts" in lines and "loans.agri" in lines
    assert "21.3 亿元" in text and "9.58 亿元" in text and "-11.72" in text
    assert "█" in text


def test_records_view_is_a_table_where_it_fits_and_blocks_where_not() -> None:
    from jzfacts.cli.render.table import records_view

    records = [fact.to_dict() for fact in BASE.facts[:3]]
    picked = [{"id": r["id"], "value": r["value"], "unit": r["unit"]} for r in records]
    assert "─" in rendered(records_view(picked, 60), 60)  # a table
    whole = rendered(records_view(records, 60), 60)
    assert "─" not in whole and f"\n{records[0]['id']}" not in whole  # blocks, field by field
    assert "normalized_value" in whole and "quote" in whole


def test_committed_pictures_have_no_cut_bars() -> None:
    import html

    for svg in sorted((REPO / "docs").glob("*.svg")):
        text = html.unescape(svg.read_text(encoding="utf-8")).replace("&#160;", " ")
        assert not any(mark + "…" in text for mark in "█▏▎▍▌▋▊▉░"), svg.name


def test_completion_reads_the_facts_given_on_the_line(tmp_path: Path) -> None:
    from .conftest import SMALL

    for line in (f"jzfacts --facts {SMALL} show market.", f"jzfacts show --facts {SMALL} market.",
                 f"jzfacts compare market.goods --facts {SMALL} market."):
        assert sorted(complete(line, {}).split()) == ["market.batch", "market.goods"], line
    # the shipped base has no market.batch: without --facts, its ids
    assert "market.batch" not in complete("jzfacts show market.", {}).split()
    assert "种" in complete(f"jzfacts --facts {SMALL} list --unit ", {}, current=True).split()
    assert complete(f"jzfacts list --facts {SMALL} --tag ga", {}).split() == ["gazelle"]
    assert complete(f"jzfacts --facts {tmp_path / 'none.toml'} show a", {}).split() == []


@pytest.mark.parametrize("line, expected", [
    ("jzfacts list --format ", ["table", "json", "ndjson", "csv", "tsv"]),
    ("jzfacts show x --format n", ["ndjson"]),
    ("jzfacts export --format s", ["sqlite"]),
    ("jzfacts list --sort ", ["id", "value", "category", "-id", "-value", "-category"]),
    ("jzfacts list --sort v", ["value"]),
    ("jzfacts stats --color a", ["auto", "always"]),
    ("jzfacts --color n", ["never"]),
    ("jzfacts list --approx o", ["over"]),
])
def test_completion_of_option_values(line: str, expected: list) -> None:  # type: ignore[type-arg]
    assert complete(line, {}, current=line.endswith(" ")).split() == expected


def test_a_card_says_which_way_a_change_went(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from jzfacts.pages.extract import draft, to_toml

    path = tmp_path / "economy.toml"
    path.write_text(to_toml(draft("标题\n\n零售总额同比下降1.5%，出口增长3%。\n", "", "e"), ""),
                    encoding="utf-8")
    base = load(path)
    cards = [rendered(fact_card(fact, FactsResult("show", (fact,), base.sources)), 80)
             for fact in base.facts]
    assert "down: a fall" in cards[0] and "up: a rise" in cards[1]
