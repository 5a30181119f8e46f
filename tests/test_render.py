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

from jzfacts.compare import CompareResult, StatsResult, compare, stats
from jzfacts.factbase import load, shipped_path
from jzfacts.query import get_facts
from jzfacts.render.chart import bar_chart
from jzfacts.render.table import compare_view, facts_table, stats_view
from jzfacts.results import FactsResult

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


@pytest.mark.parametrize("width", [40, 100])
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
    assert "…" in rows[2]
    if width >= 100:
        assert "two lines" in rows[2] and "两行 文字" in rows[2]


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


def complete(words: str, env_extra: dict) -> str:  # type: ignore[type-arg]
    env = dict(os.environ, PYTHONPATH=str(REPO), _JZFACTS_COMPLETE="complete_bash",
               COMP_WORDS=words, COMP_CWORD=str(len(words.split()) - 1), **env_extra)
    return subprocess.run([sys.executable, "-m", "jzfacts"], env=env, capture_output=True,
                          text=True, timeout=60).stdout


def test_completion_of_commands_ids_categories_units() -> None:
    assert complete("jzfacts se", {}).split() == ["search"]
    assert complete("jzfacts show enterprises.g", {}).split() == ["enterprises.gazelle"]
    assert "enterprises.high-tech" in complete("jzfacts compare enterprises.", {}).split()
    assert complete("jzfacts list --category ta", {}).split() == ["talent"]
    assert "亿元" in complete("jzfacts list --unit 亿", {}).split()
    assert "--category" in complete("jzfacts list --", {}).split()
