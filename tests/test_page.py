"""The shipped fact base against its page, through `jzfacts validate --page`: every quote is
on the page, every number on it is a fact's figure, a year of a fact's period or a listed
[[not_fact]], and neither list holds anything it need not."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict

import pytest

from jzfacts.base.factbase import build, check_file, shipped_path
from jzfacts.pages.pagecheck import Page, check_page

from .conftest import PAGE

pytestmark = pytest.mark.skipif(
    not PAGE.exists(), reason=f"the source page is not here ({PAGE}): it ships with the "
                              "repository's shared/ folder, not with the package")


@pytest.fixture(scope="module")
def shipped() -> Dict[str, Any]:
    data, problems = check_file(shipped_path())
    assert data is not None and problems == []
    return data


@pytest.fixture(scope="module")
def page() -> Page:
    return Page.read(str(PAGE), PAGE.read_text(encoding="utf-8"))


def problems_with(data: Dict[str, Any], page: Page) -> list:  # type: ignore[type-arg]
    return check_page(page, build(data, "facts.toml").facts, data.get("not_fact", []))


def test_validate_page_accepts_the_shipped_base(run) -> None:  # type: ignore[no-untyped-def]
    result = run("validate", "--page", str(PAGE), facts=None)
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == (f"jzfacts: {shipped_path()}: valid, 44 facts, every figure of "
                             f"{PAGE} accounted for\n")


def test_taking_away_any_fact_leaves_a_figure_unexplained(shipped: Dict[str, Any],
                                                          page: Page) -> None:
    for index, fact in enumerate(shipped["fact"]):
        rest = dict(shipped, fact=shipped["fact"][:index] + shipped["fact"][index + 1:])
        found = problems_with(rest, page)
        assert any("neither a fact's figure" in problem.message for problem in found), fact["id"]


def test_every_not_fact_is_needed(shipped: Dict[str, Any], page: Page) -> None:
    assert len(shipped["not_fact"]) >= 25  # 6+1, dates, names, idioms, 七里河, 十年来 …
    for index, raw in enumerate(shipped["not_fact"]):
        rest = dict(shipped, not_fact=shipped["not_fact"][:index]
                    + shipped["not_fact"][index + 1:])
        assert problems_with(rest, page), raw["text"]


@pytest.mark.parametrize("change, expected", [
    (lambda d: d["fact"][0].update(quote="中信钛业等15项技术达到国际领先水平"),
     "fact tech.intl-leading: quote: is not on the page"),
    (lambda d: d["not_fact"].append({"text": "不在页面上的话", "why": "x"}),
     "not_fact #31: '不在页面上的话' is not on the page"),
    (lambda d: d["not_fact"].append({"text": "营业收入5亿元以上", "why": "x"}),
     "not_fact #31: '营业收入5亿元以上' explains no number the facts do not: remove it"),
    (lambda d: d["not_fact"][1].update(fact="market.age"),
     "is to be the period of fact 'market.age', which has period '2023-01-12'"),
])
def test_each_disagreement_is_one_line_saying_what_to_do(shipped: Dict[str, Any], page: Page,
                                                         change: Any, expected: str) -> None:
    import copy

    data = copy.deepcopy(shipped)
    change(data)
    messages = [str(problem) for problem in problems_with(data, page)]
    assert any(expected in message for message in messages), messages


def test_an_unlisted_number_is_reported_with_its_place(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "page.txt"
    page.write_text("标题\n\n全市高新技术企业188家。\n七里河新增企业12家。\n", encoding="utf-8")
    facts = tmp_path / "facts.toml"
    facts.write_text("""[[source]]
id = "s"
title = "标题"

[[fact]]
id = "a.b"
label = "高新技术企业"
label_en = "High-tech enterprises"
value = 188
unit = "家"
approx = "exact"
category = "enterprises"
section = "标题"
quote = "全市高新技术企业188家"
source = "s"
""", encoding="utf-8")
    result = run("validate", str(facts), "--page", str(page), facts=None)
    assert result.exit_code == 2
    assert result.stdout == (
        f"{page}:4: 七: “七里河新增” is neither a fact's figure nor a year of its period: "
        "add a fact whose quote holds it, or a [[not_fact]] with text = \"七里河新增\" and "
        "why = \"…\"\n"
        f"{page}:4: 12: “新增企业12家” is neither a fact's figure nor a year of its period: "
        "add a fact whose quote holds it, or a [[not_fact]] with text = \"新增企业12家\" "
        "and why = \"…\"\n")
    assert result.stderr == f"jzfacts: {facts}: 2 problems\n"
