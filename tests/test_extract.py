"""`jzfacts extract` drafts a fact file from a Chinese news article: every figure of the seed
page that the shipped base holds, none of its exclusions, and the figures of articles
written for these tests (tests/data/articles), each case the issue names."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any, Dict, List, Tuple

import pytest
import tomli

from jzfacts.extract import draft, to_toml
from jzfacts.factbase import check_file, shipped_path

from .conftest import DATA, PAGE

ARTICLES = DATA / "articles"


def figures(data: Dict[str, Any]) -> Counter:  # type: ignore[type-arg]
    return Counter((fact["value"], fact["unit"], fact.get("kind", "amount"))
                   for fact in data["fact"])


@pytest.mark.skipif(not PAGE.exists(), reason="the seed page ships with shared/, not here")
def test_the_seed_page_gives_every_figure_of_the_base_and_none_of_its_exclusions() -> None:
    base, _ = check_file(shipped_path())
    assert base is not None
    drafted = draft(PAGE.read_text(encoding="utf-8"))
    assert figures(drafted) == figures(base)  # values, units and kinds; labels differ
    assert {(f["value"], f["unit"], f["approx"]) for f in drafted["fact"]} == \
        {(f["value"], f["unit"], f["approx"]) for f in base["fact"]}
    # where the base says a number is no figure, no drafted fact has it as its figure
    from jzfacts.factbase import fact_from_raw
    from jzfacts.pagecheck import Page, explained

    page = Page.read("page", PAGE.read_text(encoding="utf-8"))
    drafted_facts = [fact_from_raw(raw) for raw in drafted["fact"]]
    _, only = explained(page, drafted_facts, base["not_fact"])
    assert [raw["text"] for index, raw in enumerate(base["not_fact"]) if not only[index]] == []


@pytest.mark.skipif(not PAGE.exists(), reason="the seed page ships with shared/, not here")
def test_the_seed_draft_loads_everywhere_and_passes_validate_page(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "draft.toml"
    made = run("extract", str(PAGE), "-o", str(target), facts=None)
    assert made.exit_code == 0 and made.stdout == ""
    assert made.stderr == (f"jzfacts: drafted 44 facts and 30 not_facts from {PAGE} into "
                           f"{target}\n")
    checked = run("validate", str(target), "--page", str(PAGE), facts=None)
    assert checked.exit_code == 0
    assert checked.stderr.count("jzfacts: warning: ") == 3 * 44  # label_en, category, note
    assert checked.stderr.endswith(f"valid, 44 facts, every figure of {PAGE} accounted for\n")
    for argv in (["list"], ["search", "高新技术企业"], ["ask", "瞪羚企业有几家"],
                 ["compare", "draft.fact-020", "draft.fact-021"], ["stats"],
                 ["show", "draft.fact-001"]):
        result = run(*argv, "--json", facts=target)
        assert result.exit_code == 0, (argv, result.stderr)
        json.loads(result.stdout)


# Articles written for these tests. Each expected figure: (value, unit, approx, kind).
PORT = [(1234.5, "亿元", "exact", "amount"), (86.7, "万吨", "exact", "amount"),
        (12000, "TEU", "exact", "amount"), (15, "%", "exact", "amount"),
        (8, "条", "exact", "amount"), (50, "艘次", "under", "amount"),
        (350, "车", "exact", "amount"), (3.4, "%", "exact", "amount"),
        (2.6, "个百分点", "exact", "amount"), (1, "倍", "over", "amount"),
        (3, "届", "exact", "ordinal"), (7, "天", "exact", "amount")]
PORT_NOT = ["9月20日", "2025年", "前三季度", "5号泊位", "1月份", "502B", "0416"]
FARM = [(35.5, "万亩", "exact", "amount"), (1200, "台(套)", "exact", "amount"),
        (33.5, "%", "exact", "amount"), (300, "家", "over", "amount"),
        (2000, "亿元", "over", "amount"), (80, "%", "over", "amount"),
        (10, "处", "over", "amount"), (20000, "人", "exact", "amount"),
        (100, "人次", "over", "amount"), (21, "支", "exact", "amount"),
        (1000, "名", "under", "amount"), (25, "%", "about", "amount"),
        (70, "%", "exact", "amount"), (1.5, "万个", "over", "amount"),
        (3.2, "亿美元", "exact", "amount"), (600, "公顷", "about", "amount"),
        (8, "万人次", "over", "amount"), (10, "%", "under", "amount")]
FARM_NOT = ["一季度", "两县", "3+2"]
ECONOMY = [(1856.3, "亿元", "exact", "amount"), (5.2, "%", "exact", "amount"),
           (8.1, "%", "exact", "amount"), (612.4, "亿元", "exact", "amount"),
           (1200, "万人次", "over", "amount"), (100, "亿元", "over", "amount"),
           (1, "倍", "over", "amount"), (3.5, "万人", "exact", "amount"),
           (42000, "元", "exact", "amount"), (3.2, "%", "under", "amount"),
           (120, "场", "over", "amount"), (100, "个", "over", "amount"),
           (860, "亿元", "about", "amount"), (45, "个", "exact", "amount"),
           (10, "亿元", "over", "amount"), (12, "个", "exact", "amount"),
           (1.8, "万户", "exact", "amount"), (2.3, "个百分点", "exact", "amount")]
ECONOMY_NOT = ["10月25日", "前三季度", "零售", "亿元以上项", "一圈一带两区"]


@pytest.mark.parametrize("name, expected, not_figures", [
    ("port.txt", PORT, PORT_NOT), ("farm.txt", FARM, FARM_NOT),
    ("economy.txt", ECONOMY, ECONOMY_NOT)])
def test_articles_give_their_figures(name: str, expected: List[Tuple[Any, ...]],
                                     not_figures: List[str]) -> None:
    drafted = draft((ARTICLES / name).read_text(encoding="utf-8"))
    found = [(f["value"], f["unit"], f["approx"], f.get("kind", "amount"))
             for f in drafted["fact"]]
    assert found == expected
    quotes = [fact["quote"] for fact in drafted["fact"]]
    for text in not_figures:
        # a number that is no figure (found == expected: no fact has it) is a not_fact,
        # with its reason, or stands in a figure's clause as its period
        assert any(text in raw["text"] or raw["text"] in text
                   for raw in drafted["not_fact"]) or any(text in q for q in quotes), text
    assert all(raw["why"] for raw in drafted["not_fact"])


def test_fixed_terms_are_not_approximations() -> None:
    """规模以上 is 'above designated size' and 日最多 'at most per day': no approx word of
    the figure beside them."""
    drafted = draft("标题\n\n全县规模以上企业营业收入800亿元,日最多接待游客5000人。\n")
    assert [(f["value"], f["unit"], f["approx"]) for f in drafted["fact"]] == [
        (800, "亿元", "exact"), (5000, "人", "exact")]


def test_idioms_names_and_listed_counts_are_not_figures() -> None:
    drafted = draft("标题\n\n双方三心二意。黑山、义县两县共建3+2模式。"
                    "财政资金“四两拨千斤”,新增企业12家。\n")
    assert [(f["value"], f["unit"]) for f in drafted["fact"]] == [(12, "家")]
    reasons = {raw["text"]: raw["why"] for raw in drafted["not_fact"]}
    assert reasons["三心二意"].startswith("an idiom")
    assert reasons["3+2"].startswith("a name made of numbers")
    assert reasons["四两拨千斤"].startswith("an idiom")
    assert any(why == "counts the things just listed" for why in reasons.values())


def test_a_draft_reads_back_to_the_same_data_and_declares_its_units() -> None:
    text = (ARTICLES / "farm.txt").read_text(encoding="utf-8")
    drafted = draft(text)
    assert tomli.loads(to_toml(drafted, "farm.txt")) == drafted
    assert "unit" not in drafted  # 处 and 支 are measure words the table knows
    assert drafted["source"][0]["title"] == "全县春耕生产全面铺开"
    assert drafted["source"][0]["byline"].startswith("本报讯 通讯员赵敏 记者周文报道")
    # a measure word the table does not know is kept as written and declared
    opened = draft("标题\n\n园区种植玫瑰5000丛，新栽月季800蓬。\n")
    assert [(f["value"], f["unit"]) for f in opened["fact"]] == [(5000, "丛"), (800, "蓬")]
    assert [unit["symbol"] for unit in opened["unit"]] == ["丛", "蓬"]
    assert tomli.loads(to_toml(opened, "x")) == opened


def test_extract_from_stdin_to_stdout_and_never_over_a_file(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (ARTICLES / "port.txt").read_text(encoding="utf-8")
    printed = run("extract", "-", input=text, facts=None)
    assert printed.exit_code == 0 and tomli.loads(printed.stdout)["fact"][0]["value"] == 1234.5
    target = tmp_path / "draft.toml"
    target.write_text("mine", encoding="utf-8")
    refused = run("extract", str(ARTICLES / "port.txt"), "-o", str(target), facts=None)
    assert refused.exit_code == 2 and target.read_text(encoding="utf-8") == "mine"
    assert refused.stderr == f"jzfacts: {target} exists; use --force to overwrite it\n"
    forced = run("extract", str(ARTICLES / "port.txt"), "-o", str(target), "--force",
                 facts=None)
    assert forced.exit_code == 0 and tomli.loads(target.read_text(encoding="utf-8"))["fact"]
    missing = run("extract", str(tmp_path / "nope.txt"), facts=None)
    assert (missing.exit_code, missing.stderr) == (2, f"jzfacts: {tmp_path / 'nope.txt'}: "
                                                      "no such file\n")
