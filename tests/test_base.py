"""A base of several fact files: --facts repeated, folders, $JZFACTS_FACTS, standard
input, the shipped page with one's own files; ids unique across the base, sources scoped
to their file, every command over the whole set."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, List

import pytest

from jzfacts.base.factbase import shipped_path
from jzfacts.search.loaded import load

from .conftest import DATA, SMALL, split_shipped


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    split_shipped(folder)
    return folder


def facts_args(*paths: Path) -> List[str]:
    return [word for path in paths for word in ("--facts", str(path))]


def ids_of(stdout: str) -> List[str]:
    return [record["id"] for record in json.loads(stdout)]


def test_a_folder_is_every_fact_file_in_it(run, articles: Path) -> None:  # type: ignore[no-untyped-def]
    """The page split into one file per article answers as the page does."""
    for command in (["list", "--json"], ["search", "企业", "--json", "--all"],
                    ["search", "锦州有几家高新技术企业", "--json"], ["stats", "--json"],
                    ["compare", "--category", "agriculture", "--json"],
                    ["ask", "how many gazelle companies", "--json"],
                    ["show", "port.berth", "loans.agri", "--json"]):
        split = run(*command, facts=articles)
        whole = run(*command, facts=None)
        assert (split.exit_code, split.stdout) == (whole.exit_code, whole.stdout), command


def test_several_facts_options_and_the_environment(run, articles: Path,  # type: ignore[no-untyped-def]
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    files = sorted(articles.glob("*.toml"))
    whole = run("list", "--json", facts=None).stdout
    assert run(*facts_args(*files[1:]), "--facts", str(files[0]), "list", "--json",
               facts=None).stdout == whole
    monkeypatch.setenv("JZFACTS_FACTS", os.pathsep.join(map(str, files)))
    assert run("list", "--json", facts=None).stdout == whole
    # --facts wins over the environment
    assert ids_of(run("list", "--json", facts=SMALL).stdout) == ids_of(
        run("list", "--json", facts=SMALL).stdout)
    assert len(ids_of(run("list", "--json", facts=SMALL).stdout)) == 5


def test_folder_order_nested_and_hidden_files(tmp_path: Path) -> None:
    from jzfacts.base.files import resolve

    for name in ("b.toml", "a/z.toml", "a.toml", ".hidden.toml", ".git/x.toml",
                 "notes.txt", "c/d/e.toml"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("")
    names = [file.name for file in resolve([str(tmp_path)])]
    assert names == [os.path.join(str(tmp_path), name) for name in
                     ("a/z.toml", "a.toml", "b.toml", "c/d/e.toml")]
    # the same file named twice is read once
    twice = resolve([str(tmp_path / "b.toml"), str(tmp_path)])
    assert [file.name for file in twice][0] == str(tmp_path / "b.toml")
    assert len(twice) == 4


def test_an_id_in_two_files_names_both_files_and_lines(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first, second = tmp_path / "first.toml", tmp_path / "second.toml"
    first.write_text(SMALL.read_text(encoding="utf-8"), encoding="utf-8")
    text = SMALL.read_text(encoding="utf-8")
    second.write_text(text.replace('id = "enterprises.high-tech"', 'id = "other.high-tech"'),
                      encoding="utf-8")
    result = run(*facts_args(first, second), "list", facts=None)
    assert result.exit_code == 2
    assert f"{second}:26: fact enterprises.gazelle: id: duplicate id: also in {first}:26 " \
           "(fact #2)" in result.stderr
    assert "enterprises.high-tech" not in result.stderr
    assert result.stdout == ""
    validated = run(*facts_args(first, second), "validate", "--json", facts=None)
    assert validated.exit_code == 2
    problems = json.loads(validated.stdout)["problems"]
    shared = {fact.id for fact in load(SMALL).facts} - {"enterprises.high-tech"}
    assert {problem["fact"] for problem in problems} == shared
    assert all(problem["file"] == str(second) for problem in problems)


def test_the_shipped_page_with_ones_own_file(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """@shipped names the shipped page; a user's file may use the same source id as the
    page does: each fact's source is the one its own file declares."""
    mine = tmp_path / "mine.toml"
    mine.write_text(SMALL.read_text(encoding="utf-8").replace('id = "', 'id = "mine.')
                    .replace('id = "mine.report"', 'id = "report"')
                    .replace('id = "mine.market"', 'id = "market"'), encoding="utf-8")
    both = run("--facts", "@shipped", "--facts", str(mine), "list", "--json", facts=None)
    assert both.exit_code == 0, both.stderr
    ids = ids_of(both.stdout)
    assert "enterprises.high-tech" in ids and "mine.enterprises.high-tech" in ids
    assert len(ids) == len(load(shipped_path()).facts) + 5
    card = run("--facts", "@shipped", "--facts", str(mine), "show",
               "mine.enterprises.high-tech", "--format", "table", facts=None)
    assert "测试报道" in card.stdout  # the user's source, not the page's of the same id
    page = run("--facts", "@shipped", "--facts", str(mine), "show", "enterprises.high-tech",
               "--format", "table", facts=None)
    assert "测试报道" not in page.stdout and "锦州市聚焦" in page.stdout
    found = run("--facts", "@shipped", "--facts", str(mine), "search", "瞪羚", "--json",
                facts=None)
    assert set(ids_of(found.stdout)[:2]) == {"enterprises.gazelle", "mine.enterprises.gazelle"}


def test_a_fact_file_from_standard_input(run) -> None:  # type: ignore[no-untyped-def]
    result = run("--facts", "-", "--facts", "@shipped", "search", "in.enterprises.gazelle",
                 "--json",
                 facts=None, input=SMALL.read_text(encoding="utf-8").replace(
                     'id = "', 'id = "in.').replace('id = "in.report"', 'id = "report"')
                 .replace('id = "in.market"', 'id = "market"'))
    assert result.exit_code == 0, result.stderr
    assert ids_of(result.stdout)[0] == "in.enterprises.gazelle"
    clash = run("--facts", "-", "batch", facts=None, input="show x\n")
    assert clash.exit_code == 2 and "standard input" in clash.stderr


def test_what_names_no_fact_file_is_reported_all_together(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run("--facts", str(empty), "--facts", str(tmp_path / "nope.toml"), "--facts",
                 str(SMALL), "list", facts=None)
    assert result.exit_code == 2
    assert f"{empty}: no *.toml fact files in this folder" in result.stderr
    missing = run("--facts", str(tmp_path / "nope.toml"), "--facts", str(tmp_path / "no2.toml"),
                  "list", facts=None)
    assert missing.exit_code == 2
    assert "nope.toml: no such file" in missing.stderr and "no2.toml: no such file" in \
        missing.stderr


def test_units_declared_differently_by_two_files(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    declared = (DATA / "valid" / "declared-units.toml").read_text(encoding="utf-8")
    first, second = tmp_path / "a.toml", tmp_path / "b.toml"
    first.write_text(declared, encoding="utf-8")
    other = declared.replace('id = "', 'id = "b.').replace('id = "b.s"', 'id = "s"')
    assert 'dimension = "trees"' in other
    second.write_text(other.replace('name_en = "trees"', 'name_en = "saplings"'),
                      encoding="utf-8")
    assert run(*facts_args(first, second), "list", facts=None).exit_code == 0  # a name only
    second.write_text(other.replace('dimension = "trees"', 'dimension = "plants"'),
                      encoding="utf-8")
    result = run(*facts_args(first, second), "list", facts=None)
    assert result.exit_code == 2
    assert "is declared differently in" in result.stderr


def test_validate_checks_each_file_against_the_page_beside_it(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A draft that `extract` made names its page in its [[source]]; beside it, validate
    checks the file against the page without --page."""
    folder = tmp_path / "news"
    folder.mkdir()
    for article in ("port", "farm"):
        page = folder / f"{article}.txt"
        page.write_text((DATA / "articles" / f"{article}.txt").read_text(encoding="utf-8"),
                        encoding="utf-8")
        drafted = run("extract", str(page), "-o", str(folder / f"{article}.toml"), facts=None)
        assert drafted.exit_code == 0, drafted.stderr
    text = (folder / "farm.toml").read_text(encoding="utf-8")
    assert 'file = "farm.txt"' in text  # the page as seen from the draft's folder
    assert 'id = "farm.fact-001"' in text  # drafts are namespaced: they combine
    result = run("validate", str(folder), facts=None)
    assert result.exit_code == 0, result.stderr
    assert f"{folder / 'port.toml'}: valid, 12 facts, every figure of " \
           f"{folder / 'port.txt'} accounted for" in result.stderr
    assert "2 files: valid" in result.stderr
    # a quote the page does not hold
    port = (folder / "port.toml").read_text(encoding="utf-8")
    (folder / "port.toml").write_text(port.replace("集装箱吞吐量达12000TEU",
                                                   "集装箱吞吐量达到12000TEU"), encoding="utf-8")
    broken = run("validate", str(folder), "--json", facts=None)
    assert broken.exit_code == 2
    problems = json.loads(broken.stdout)["problems"]
    # (a problem about a fact points at the fact in its file, as every validate problem does)
    assert any(problem["file"] == str(folder / "port.toml") and problem["line"] and
               f"is not on the page {folder / 'port.txt'}" in problem["message"]
               for problem in problems)


_AGAINST = """[[source]]
id = "s"
title = "标题"

[[fact]]
id = "a.visitors"
label = "游客"
label_en = "Visitors"
value = 120
unit = "万人次"
approx = "exact"
category = "commerce"
section = "别的标题"
quote = "今年游客120万人次"
source = "s"

[[fact]]
id = "a.firms"
label = "企业"
label_en = "Firms"
value = 188
unit = "家"
approx = "exact"
category = "enterprises"
section = "标题"
quote = "全市高新技术企业188家"
source = "s"
repeats = [{section = "标题", quote = "企业188家，同比增长"}]

[[not_fact]]
text = "不在页面上"
why = "x"

[[not_fact]]
text = "1月12日"
why = "a date"
fact = "a.firms"
"""


def test_a_page_problem_about_a_fact_points_into_the_fact_file(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """`validate facts.toml --page page.txt`: a quote, section or [[not_fact]] the page does
    not hold is a problem of the fact file, at its table's line (file:line:, as every
    validate problem is); a number of the page nothing explains stays at the page's line."""
    page = tmp_path / "page.txt"
    page.write_text("标题\n\n全市高新技术企业188家。1月12日，七里河新增企业12家。\n",
                    encoding="utf-8")
    facts = tmp_path / "facts.toml"
    facts.write_text(_AGAINST, encoding="utf-8")
    result = run("validate", str(facts), "--page", str(page), facts=None)
    assert result.exit_code == 2
    assert result.stdout.splitlines() == [
        f"{facts}:5: fact a.visitors: quote: is not on the page {page} (compared without "
        "white space): copy it from the page exactly",
        f"{facts}:17: fact a.firms: repeats[1].quote: is not on the page {page} (compared "
        "without white space): copy it from the page exactly",
        f"{facts}:5: fact a.visitors: section: '别的标题' is no line of the page {page}: use "
        "the heading the figure stands under",
        f"{facts}:30: not_fact #1: '不在页面上' is not on the page {page}: copy the text "
        "exactly",
        f"{facts}:34: not_fact #2: '1月12日' is to be the period of fact 'a.firms', which "
        "has period None",
        f"{page}:3: 七: “七里河新增” is neither a fact's figure nor a year of its "
        "period: add a fact whose quote holds it, or a [[not_fact]] with text = "
        "\"七里河新增\" and why = \"…\"",
        f"{page}:3: 12: “新增企业12家” is neither a fact's figure nor a year of its period: "
        "add a fact whose quote holds it, or a [[not_fact]] with text = \"新增企业12家\" "
        "and why = \"…\""]
    document = json.loads(run("validate", str(facts), "--page", str(page), "--json",
                              facts=None).stdout)
    assert [(problem["file"], problem["line"], problem["fact"], problem["field"])
            for problem in document["problems"]][:5] == [
        (str(facts), 5, "a.visitors", "quote"), (str(facts), 17, "a.firms", "repeats[1].quote"),
        (str(facts), 5, "a.visitors", "section"), (str(facts), 30, None, "not_fact #1"),
        (str(facts), 34, None, "not_fact #2")]
    # the same from standard input: lines counted in the text read
    piped = run("validate", "-", "--page", str(page), input=_AGAINST, facts=None)
    assert piped.stdout.splitlines()[0].startswith("<stdin>:5: fact a.visitors: quote: ")


def test_list_streams_the_first_record_before_reading_the_rest() -> None:
    """The first piece of output is ready when one fact has been read."""
    import io

    from jzfacts.cli.lookups import list_answer
    from jzfacts.cli.output import OutputOptions, render_stream

    base = load(shipped_path())
    pulled: List[Any] = []

    class Counting:
        sources = base.sources

        def tags(self) -> Any:
            return base.tags()

        def iter_facts(self, sort: Any = None, reverse: bool = False) -> Any:
            for fact in base.iter_facts(sort, reverse):
                pulled.append(fact)
                yield fact

    for fmt in ("json", "ndjson", "csv", "tsv"):
        pulled.clear()
        answer = list_answer(Counting())
        pieces = render_stream(answer.result, OutputOptions(fmt, named=True), io.StringIO())
        first = next(pieces)
        assert min(fact.id for fact in base.facts) in first
        assert len(pulled) <= 2, fmt
        rest = "".join(pieces)
        assert len(pulled) == len(base.facts)
        assert (first + rest).count("enterprises.") >= 5


def test_export_of_several_files_keeps_each_files_sources(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    mine = tmp_path / "mine.toml"
    mine.write_text(SMALL.read_text(encoding="utf-8").replace('id = "', 'id = "mine.')
                    .replace('id = "mine.report"', 'id = "report"')
                    .replace('id = "mine.market"', 'id = "market"'), encoding="utf-8")
    target = tmp_path / "all.db"
    result = run("--facts", "@shipped", "--facts", str(mine), "export", "-f", "sqlite", "-o",
                 str(target), facts=None)
    assert result.exit_code == 0, result.stderr
    count = len(load(shipped_path()).facts) + 5
    assert result.stderr == f"jzfacts: wrote {count} facts to {target}\n"
    with sqlite3.connect(target) as db:
        titles = dict(db.execute("SELECT facts.id, sources.title FROM facts JOIN sources ON "
                                 "sources.id = facts.source AND sources.fact_file = "
                                 "facts.fact_file"))
    assert titles["mine.enterprises.high-tech"] == "测试报道"
    assert titles["enterprises.high-tech"].startswith("锦州市聚焦")
    assert len(titles) == count


def test_a_folder_that_cannot_be_listed_is_reported(open_tmp_path: Path) -> None:
    """A subfolder the user cannot list is a problem of its own, not a silent gap (nor 'no
    *.toml files'). Runs as an ordinary user even under root (conftest.unprivileged)."""
    from .conftest import unprivileged

    base = open_tmp_path / "news"
    (base / "locked").mkdir(parents=True)
    (base / "a.toml").write_text(SMALL.read_text(encoding="utf-8"), encoding="utf-8")
    (base / "a.toml").chmod(0o644)
    base.chmod(0o755)
    (base / "locked").chmod(0o000)
    alone = open_tmp_path / "alone"
    alone.mkdir()
    alone.chmod(0o000)

    def listed() -> list:  # type: ignore[type-arg]
        from jzfacts.base.errors import FactFileError
        from jzfacts.base.files import resolve

        said = []
        for entry in (base, alone):
            try:
                resolve([str(entry)])
            except FactFileError as error:
                said.append([str(problem) for problem in error.problems])
        return said

    try:
        locked, lone = unprivileged(listed)
    finally:
        (base / "locked").chmod(0o755)
        alone.chmod(0o755)
    assert any("locked" in line and "cannot list the folder" in line for line in locked)
    assert any("cannot list the folder" in line for line in lone)
    assert not any("no *.toml" in line for line in lone)
