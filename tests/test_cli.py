"""Every command and format on the small fixture base: exact output and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jzfacts.cli.app import app

from .conftest import DATA, SMALL, make_runner

HEADER = ("id\tlabel\tlabel_en\tvalue\tunit\tapprox\tperiod\tcategory\ttags\tsection\tquote\t"
          "source\tkind\tnote\trepeats\tnormalized_value\tnormalized_unit\tdirection\n")


def test_list_tsv_off_a_terminal(run) -> None:  # type: ignore[no-untyped-def]
    result = run("list", "--category", "enterprises")
    assert result.exit_code == 0
    assert result.stdout == HEADER + (
        "enterprises.gazelle\t瞪羚企业\tGazelle enterprises\t26\t家\texact\t2023-01\tenterprises"
        "\t企业; gazelle\t创新主体\t瞪羚企业26家\treport\tamount\t\t\t26\t家\t\n"
        "enterprises.high-tech\t高新技术企业\tHigh-tech enterprises\t188\t家\texact\t2023-01\t"
        "enterprises\t企业; high-tech\t创新主体\t高新技术企业188家\treport\tamount\t\t\t188\t家"
        "\t\n")
    assert result.stderr == ""


@pytest.mark.parametrize("fmt, expected", [
    ("tsv", "id\tvalue\tunit\napprox\n"),
    ("csv", "id,value,unit\n"),
])
def test_fields_header_even_when_empty(run, fmt: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    result = run("list", "--category", "talent", "--fields", "id,value,unit", "-f", fmt)
    assert result.exit_code == 1
    assert result.stdout == expected.split("\napprox")[0] + ("\n" if fmt == "tsv" else "")
    assert result.stderr == "jzfacts: no facts match these filters\n"


@pytest.mark.parametrize("fmt, expected", [
    ("json", '[\n  {\n    "id": "transfer.contracts",\n    "value": 21.3,\n    "normalized": '
             '{\n      "value": 2130000000,\n      "unit": "元"\n    }\n  }\n]\n'),
    ("ndjson", '{"id": "transfer.contracts", "value": 21.3, "normalized": {"value": '
               '2130000000, "unit": "元"}}\n'),
    ("csv", "id,value,normalized_value,normalized_unit\ntransfer.contracts,21.3,2130000000,元\n"),
    ("tsv", "id\tvalue\tnormalized_value\tnormalized_unit\ntransfer.contracts\t21.3\t2130000000"
            "\t元\n"),
    # a format the user names is what they get, even off a terminal (uncoloured)
    ("table", " " * 65 + "\n"
              " id                   value   normalized_value   normalized_unit \n"
              " " + "─" * 63 + " \n"
              " transfer.contracts   21.3    2,130,000,000      元              \n"
              + " " * 65 + "\n"),
])
def test_list_every_format(run, fmt: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    result = run("list", "--unit", "亿元", "--fields", "id,value,normalized", "--format", fmt)
    assert (result.exit_code, result.stdout) == (0, expected)


def test_json_flag_and_full_fact_shape(run) -> None:  # type: ignore[no-untyped-def]
    result = run("list", "--json", "--unit", "亿元", "--sort", "value", "--limit", "1")
    assert result.exit_code == 0
    (fact,) = json.loads(result.stdout)
    assert fact == {
        "id": "transfer.contracts", "label": "技术合同成交额",
        "label_en": "Value of technology contracts", "value": 21.3, "unit": "亿元",
        "approx": "exact", "period": "2021", "category": "transfer", "tags": ["技术合同"],
        "section": "成果转化", "quote": "2021年全市技术合同成交额达到21.3亿元",
        "source": "report", "kind": "amount", "note": None, "repeats": [],
        "normalized": {"value": 2130000000, "unit": "元"}, "direction": None}


def test_list_unknown_filter_values_are_usage_errors(run) -> None:  # type: ignore[no-untyped-def]
    result = run("list", "--category", "sport")
    assert result.exit_code == 2
    assert result.stderr == (
        "jzfacts: unknown category 'sport' (did you mean transport?); known categories: "
        "achievements, agriculture, commerce, enterprises, finance, platforms, talent, "
        "transfer, transport, uncategorised\n")
    assert run("list", "--unit", "pcs").exit_code == 2
    result = run("list", "--tag", "gazele")
    assert (result.exit_code, result.stderr) == (
        2, "jzfacts: unknown tag 'gazele' (did you mean gazelle?); known tags: gazelle, "
           "high-tech, 企业, 大集, 技术合同\n")


def test_unknown_field_and_format(run) -> None:  # type: ignore[no-untyped-def]
    result = run("list", "--fields", "id,vaule")
    assert result.exit_code == 2
    assert result.stderr.startswith("jzfacts: unknown field 'vaule' (did you mean value?); "
                                    "known fields: id, label, label_en, value,")
    result = run("list", "--format", "xml")
    assert (result.exit_code, result.stderr) == (
        2, "jzfacts: unknown format 'xml'; known formats: table, json, ndjson, csv, tsv\n")


def test_show_one_is_an_array_of_one(run) -> None:  # type: ignore[no-untyped-def]
    result = run("show", "market.goods", "--json", "--fields", "id,value,approx,note")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == [{"id": "market.goods", "value": 1000,
                                          "approx": "under", "note": "近千种: nearly a thousand."}]


def test_show_several_is_an_array(run) -> None:  # type: ignore[no-untyped-def]
    result = run("show", "market.goods", "enterprises.gazelle", "--json", "--fields", "id")
    assert json.loads(result.stdout) == [{"id": "market.goods"}, {"id": "enterprises.gazelle"}]


def test_show_unknown_id(run) -> None:  # type: ignore[no-untyped-def]
    result = run("show", "enterprises.gazele", "--json")
    assert (result.exit_code, result.stdout) == (1, "[]\n")
    assert result.stderr == ("jzfacts: no fact with id 'enterprises.gazele'; did you mean "
                             "enterprises.gazelle, enterprises.high-tech?\n")


def test_show_some_unknown(run) -> None:  # type: ignore[no-untyped-def]
    result = run("show", "market.goods", "nope", "--fields", "id")
    assert (result.exit_code, result.stdout) == (1, "id\nmarket.goods\n")
    assert result.stderr == "jzfacts: no fact with id 'nope'\n"


def test_search_json_carries_the_match(run) -> None:  # type: ignore[no-untyped-def]
    result = run("search", "瞪羚", "-f", "ndjson", "--fields", "id,match")
    assert (result.exit_code, result.stdout) == (
        0, '{"id": "enterprises.gazelle", "match": {"field": "label", "score": 16.09, '
           '"terms": ["瞪羚"]}}\n')


def test_search_several_words_and_pinyin(run) -> None:  # type: ignore[no-untyped-def]
    assert run("search", "high", "tech", "--fields", "id").stdout == "id\nenterprises.high-tech\n"
    assert run("search", "dengling", "--fields", "id").stdout == "id\nenterprises.gazelle\n"
    assert run("search", "21.3亿", "--fields", "id").stdout == "id\ntransfer.contracts\n"


def test_search_nothing(run) -> None:  # type: ignore[no-untyped-def]
    result = run("search", "zzz", "--json")
    assert (result.exit_code, result.stdout, result.stderr) == (
        1, "[]\n", "jzfacts: no facts match 'zzz'\n")


@pytest.mark.parametrize("args, message", [
    (["search", ""], "jzfacts: empty query: give a word, a number, pinyin or (with --regex) "
                     "a regular expression\n"),
    (["search", "--regex", "("], "jzfacts: invalid regular expression: missing ), unterminated "
                                 "subpattern at position 0\n"),
    (["search", "\x1b[31mred"], "jzfacts: no facts match 'red'\n"),
    (["ask", " "], "jzfacts: empty question: ask what the page says, e.g. jzfacts ask "
                   "锦州有几家高新技术企业\n"),
])
def test_search_bad_input(run, args, message) -> None:  # type: ignore[no-untyped-def]
    result = run(*args)
    assert result.stderr == message
    assert result.exit_code == (1 if "no facts" in message else 2)


def test_compare_json(run) -> None:  # type: ignore[no-untyped-def]
    result = run("compare", "enterprises.high-tech", "enterprises.gazelle", "--json",
                 "--fields", "id,difference,ratio,share")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {
        "unit": "家", "dimension": "organisations", "difference_unit": "家",
        "approximate": False,
        "facts": [{"id": "enterprises.high-tech", "difference": 0, "ratio": 1.0,
                   "share": 0.8785},
                  {"id": "enterprises.gazelle", "difference": -162, "ratio": 0.1383,
                   "share": 0.1215}]}


@pytest.mark.parametrize("args, code, message", [
    (["compare", "enterprises.high-tech", "market.batch"], 2,
     "jzfacts: market.batch is an ordinal (7 批), not an amount: it cannot be compared\n"),
    (["compare", "enterprises.high-tech", "market.goods"], 2,
     "jzfacts: cannot compare enterprises.high-tech (家, organisations) with market.goods "
     "(种, kinds): they measure different things\n"),
    (["compare", "enterprises.high-tech"], 2, "jzfacts: compare needs at least two facts\n"),
    (["compare", "enterprises.gazelle", "enterprises.gazelle"], 2,
     "jzfacts: enterprises.gazelle is given more than once: compare different facts\n"),
    (["compare"], 2, "jzfacts: give two or more fact ids, or --category/--unit/--period\n"),
    (["compare", "enterprises.gazelle", "nope"], 1, "jzfacts: no fact with id 'nope'\n"),
])
def test_compare_errors(run, args, code, message) -> None:  # type: ignore[no-untyped-def]
    result = run(*args)
    assert (result.exit_code, result.stderr, result.stdout) == (code, message, "")


def test_compare_by_category(run) -> None:  # type: ignore[no-untyped-def]
    result = run("compare", "--category", "enterprises", "-f", "csv", "--fields", "id,share")
    assert (result.exit_code, result.stdout) == (
        0, "id,share\nenterprises.high-tech,0.8785\nenterprises.gazelle,0.1215\n")


def test_stats(run) -> None:  # type: ignore[no-untyped-def]
    result = run("stats", "--json")
    assert json.loads(result.stdout) == {
        "total": 5,
        "category": {"commerce": 2, "enterprises": 2, "transfer": 1},
        "unit": {"家": 2, "亿元": 1, "批": 1, "种": 1},
        "source": {"report": 3, "market": 2},
        "kind": {"amount": 4, "ordinal": 1},
        "approx": {"exact": 4, "under": 1}}
    assert run("stats", "-f", "csv").stdout.startswith("group,key,count\ncategory,commerce,2\n")


def test_validate(run) -> None:  # type: ignore[no-untyped-def]
    result = run("validate", str(SMALL))
    assert (result.exit_code, result.stdout, result.stderr) == (
        0, "", f"jzfacts: {SMALL}: valid, 5 facts\n")
    bad = DATA / "invalid" / "negative.toml"
    result = run("validate", str(bad), "--json")
    assert result.exit_code == 2
    document = json.loads(result.stdout)
    assert document["valid"] is False and document["problems"][0]["field"] == "value"


def test_invalid_fact_file_refused_by_every_command(run) -> None:  # type: ignore[no-untyped-def]
    bad = DATA / "invalid" / "multiple.toml"
    for command in (["list"], ["show", "a.b"], ["search", "x"], ["stats"],
                    ["compare", "a.b", "c.d"]):
        result = run(*command, facts=bad)
        assert result.exit_code == 2
        lines = result.stderr.splitlines()
        assert lines[0] == f"jzfacts: {bad}: invalid fact file (4 problems):"
        assert lines[-1] == f"  (run `jzfacts validate {bad}` to see every problem)"
        assert result.stdout == ""


def test_missing_fact_file_is_one_line(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("list", facts=tmp_path / "none.toml")
    assert (result.exit_code, result.stderr) == (
        2, f"jzfacts: {tmp_path / 'none.toml'}: no such file\n")


def test_environment_variable_chooses_the_file(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("JZFACTS_FACTS", str(SMALL))
    result = make_runner().invoke(app, ["stats", "--json"])
    assert json.loads(result.stdout)["total"] == 5


def test_shipped_base_by_default(run) -> None:  # type: ignore[no-untyped-def]
    result = run("show", "enterprises.high-tech", "--json", facts=None)
    assert json.loads(result.stdout)[0]["value"] == 188


def test_version(run) -> None:  # type: ignore[no-untyped-def]
    """--version prints the version the project declares (pyproject.toml), not a copy."""
    import re

    from .conftest import REPO

    declared = re.search(r'^version = "([^"]+)"', (REPO / "pyproject.toml").read_text(
        encoding="utf-8"), re.M).group(1)  # type: ignore[union-attr]
    assert run("--version").stdout == f"jzfacts {declared}\n"
    assert run("-V").stdout == f"jzfacts {declared}\n"


# ------------------------------------------------------------------ review fixes, each pinned


def test_period_inside_a_range_finds_the_range(run) -> None:  # type: ignore[no-untyped-def]
    """2023-01-15 falls within the festival's run, 2023-01-12–2023-01-28."""
    result = run("list", "--period", "2023-01-15", "--fields", "id,period", "-f", "csv",
                 facts=None)
    assert result.exit_code == 0
    rows = result.stdout.splitlines()
    assert "festival.edition,2023-01-12–2023-01-28" in rows
    assert "market.age,2023-01-12" not in rows  # another day
    assert all(row.endswith(("2023-01", "2023-01-28")) for row in rows[1:])


@pytest.mark.parametrize("period", ["2022-13", "22", "2023-02-30", "2022–2013"])
def test_period_that_is_no_period_is_a_usage_error(run, period: str) -> None:  # type: ignore[no-untyped-def]
    result = run("list", "--period", period)
    assert result.exit_code == 2 and f"--period {period!r} is no period" in result.stderr


@pytest.mark.parametrize("argv, ids", [
    (["--approx", "over"], ["market.brands", "market.distance", "shuangwu.rd-intensity",
                            "shuangwu.revenue", "transfer.events"]),
    (["--approx", "under", "--sort", "value"], ["market.goods", "market.exhibitors"]),
    (["--category", "agriculture", "--unit", "%", "--sort", "value", "-n", "2"],
     ["mechanisation.rice", "mechanisation.oilseed"]),
])
def test_list_filters_and_sorts_through_the_cli(run, argv: list, ids: list) -> None:  # type: ignore[no-untyped-def,type-arg]
    result = run("list", *argv, "--fields", "id", "-f", "tsv", facts=None)
    assert (result.exit_code, result.stdout.split()[1:]) == (0, ids)


def test_sort_by_category_follows_the_category_order(run) -> None:  # type: ignore[no-untyped-def]
    from jzfacts.base.model import CATEGORIES

    result = run("list", "--sort", "category", "--fields", "category", "-f", "tsv", facts=None)
    categories = result.stdout.split()[1:]
    order = list(CATEGORIES)
    assert categories == sorted(categories, key=order.index) and len(set(categories)) > 5


@pytest.mark.parametrize("fmt, expected", [
    ("table", "{path}:9: fact a.b: approx: 'roughly': must be one of exact, over, under, "
              "about\n"),
    ("tsv", "file\tline\tcolumn\tseverity\tfact\tfield\tmessage\n{path}\t9\t\terror\ta.b\t"
            "approx\t'roughly': must be one of exact, over, under, about\n"),
    ("csv", "file,line,column,severity,fact,field,message\n{path},9,,error,a.b,approx,"
            "\"'roughly': must be one of exact, over, under, about\"\n"),
    ("ndjson", '{{"file": "{path}", "line": 9, "column": null, "severity": "error", "fact": '
               '"a.b", "field": "approx", "message": "\'roughly\': must be one of exact, over, '
               'under, about"}}\n'),
    ("json", '{{\n  "path": "{path}",\n  "valid": false,\n  "facts": 2,\n  "problems": [\n'
             '    {{\n      "file": "{path}",\n      "line": 9,\n      "column": null,\n'
             '      "severity": "error",\n      "fact": "a.b",\n      "field": "approx",\n'
             '      "message": "\'roughly\': must be one of exact, over, under, about"\n'
             '    }}\n  ],\n  "warnings": []\n}}\n'),
])
def test_validate_in_each_format(run, fmt: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    path = DATA / "invalid" / "multiple.toml"
    result = run("validate", str(path), "-f", fmt, facts=None)
    lines = result.stdout.splitlines(keepends=True)
    first = "".join(lines[:1]) if fmt in ("table", "ndjson") else "".join(lines[:2])
    if fmt == "json":
        document = json.loads(result.stdout)
        document["problems"] = document["problems"][:1]
        first = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    assert result.exit_code == 2
    assert first == expected.format(path=path)
    if fmt == "ndjson":
        assert all(json.loads(line)["file"] == str(path) for line in lines)
        assert len(lines) == 4


def test_svg_never_overwrites_without_force(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "picture.svg"
    target.write_text("mine", encoding="utf-8")
    refused = run("stats", "--svg", str(target))
    assert refused.exit_code == 2 and refused.stdout == ""
    assert refused.stderr == f"jzfacts: {target} exists; use --force to overwrite it\n"
    assert target.read_text(encoding="utf-8") == "mine"
    forced = run("stats", "--svg", str(target), "--force")
    assert forced.exit_code == 0 and target.read_text(encoding="utf-8").startswith("<svg")
    nowhere = run("list", "--svg", str(tmp_path / "missing" / "p.svg"))
    assert nowhere.exit_code == 2 and nowhere.stdout == ""  # refused before printing
    assert "no such folder" in nowhere.stderr


def test_compare_tsv_and_csv_carry_the_difference_unit(run) -> None:  # type: ignore[no-untyped-def]
    result = run("compare", "mechanisation.rice", "mechanisation.corn", "-f", "csv",
                 "--fields", "id,difference,difference_unit,ratio", facts=None)
    assert result.stdout == ("id,difference,difference_unit,ratio\nmechanisation.rice,0,百分点,1\n"
                             "mechanisation.corn,-5.45,百分点,0.9452\n")


def test_compare_table_never_shows_scientific_notation(run) -> None:  # type: ignore[no-untyped-def]
    result = run("compare", "transfer.contracts", "loans.agri", "shuangwu.revenue",
                 "-f", "table", facts=None)
    assert result.exit_code == 0
    assert "e+" not in result.stdout and "-11.72" in result.stdout
    assert "2,130,000,000" in result.stdout and "~500,000,000" in result.stdout


def test_search_names_the_words_each_fact_matched(run) -> None:  # type: ignore[no-untyped-def]
    result = run("search", "gazelle", "创新", "--json", facts=None)
    hits = {hit["id"]: hit["match"] for hit in json.loads(result.stdout)}
    assert hits["enterprises.gazelle"]["terms"] == ["gazelle", "创新"]  # 创新: its section
    assert hits["platforms.national"]["terms"] == ["创新"]


def test_show_highlights_the_figure_the_unit_follows() -> None:
    from jzfacts.base.factbase import shipped_path
    from jzfacts.base.model import figure_span
    from jzfacts.search.loaded import load

    facts = {fact.id: fact for fact in load(shipped_path()).facts}
    intensity = facts["shuangwu.rd-intensity"]
    start, end = figure_span(intensity)  # type: ignore[misc]
    assert intensity.quote[start:end + 1] == "5%"
    revenue = facts["shuangwu.revenue"]
    start, end = figure_span(revenue)  # type: ignore[misc]
    assert revenue.quote[start:end + 2] == "5亿元"


# ------------------------------------------------------------------ the scripting contract
# (issue 19): one JSON shape per command, nothing dropped silently, one set of options


@pytest.mark.parametrize("ids, found, missing", [
    (["market.goods"], ["market.goods"], []),
    (["market.goods", "enterprises.gazelle"], ["market.goods", "enterprises.gazelle"], []),
    (["market.goods", "nope.x"], ["market.goods"], ["nope.x"]),
    (["nope.x", "nope.y"], [], ["nope.x", "nope.y"]),
])
def test_show_json_is_always_an_array(run, ids: list, found: list, missing: list) -> None:  # type: ignore[no-untyped-def,type-arg]
    for fmt in ("--json", "--format=ndjson"):
        result = run("show", *ids, fmt, "--fields", "id")
        if fmt == "--json":
            assert json.loads(result.stdout) == [{"id": fact_id} for fact_id in found]
        else:
            assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == found
        assert result.exit_code == (1 if missing else 0)
        assert result.stderr == "".join(f"jzfacts: no fact with id '{fact_id}'\n"
                                        for fact_id in missing)


def test_every_json_shape(run) -> None:  # type: ignore[no-untyped-def]
    """The README's table of shapes: an array of facts, or one object, per command."""
    arrays = [["list"], ["search", "企业"], ["show", "market.goods"], ["list", "-c", "talent"]]
    for argv in arrays:
        assert isinstance(json.loads(run(*argv, "--json").stdout), list), argv
    objects = {("compare", "enterprises.high-tech", "enterprises.gazelle"): "facts",
               ("stats",): "total", ("ask", "瞪羚企业有几家"): "answer",
               ("ask", "锦州有多少人口"): "alternatives", ("validate", str(SMALL)): "problems"}
    for argv, key in objects.items():
        document = json.loads(run(*argv, "--json").stdout)
        assert isinstance(document, dict) and key in document, argv


@pytest.mark.parametrize("argv, ids", [
    (["-c", "transfer", "-c", "commerce"], ["market.batch", "market.goods",
                                            "transfer.contracts"]),
    (["--category", "transfer", "--category", "commerce", "--unit", "种"], ["market.goods"]),
    (["-u", "亿元", "-u", "种"], ["market.goods", "transfer.contracts"]),
    (["-p", "2021", "-p", "2023-01-12"], ["enterprises.gazelle", "enterprises.high-tech",
                                          "market.goods", "transfer.contracts"]),
    (["-p", "2021", "-p", "2023-01-13"], ["enterprises.gazelle", "enterprises.high-tech",
                                          "transfer.contracts"]),
    (["--approx", "under", "--approx", "exact", "-c", "commerce"], ["market.batch",
                                                                    "market.goods"]),
    (["-t", "gazelle", "-t", "技术合同"], ["enterprises.gazelle", "transfer.contracts"]),
    (["-t", "gazelle", "-t", "企业"], ["enterprises.gazelle", "enterprises.high-tech"]),
])
def test_a_repeated_filter_means_any_of_its_values(run, argv: list, ids: list) -> None:  # type: ignore[no-untyped-def,type-arg]
    result = run("list", *argv, "--fields", "id")
    assert (result.exit_code, result.stdout.split()[1:]) == (0, ids)


def test_compare_takes_repeated_filters_too(run) -> None:  # type: ignore[no-untyped-def]
    result = run("compare", "-c", "enterprises", "-c", "transfer", "--unit", "家", "-f", "csv",
                 "--fields", "id")
    assert result.stdout == "id\nenterprises.high-tech\nenterprises.gazelle\n"
    mixed = run("compare", "-u", "家", "-u", "亿元")
    assert mixed.exit_code == 2 and "measure 2 different things" in mixed.stderr


@pytest.mark.parametrize("argv", [
    ["list", "--sort", "id", "--sort", "value"], ["list", "-n", "2", "--limit", "3"],
    ["list", "--format", "csv", "-f", "tsv"], ["list", "--fields", "id", "--fields", "value"],
    ["search", "企业", "-n", "1", "-n", "2"], ["show", "market.goods", "-f", "csv", "-f", "tsv"],
    ["ask", "瞪羚", "--format", "json", "--format", "csv"],
    ["compare", "enterprises.high-tech", "enterprises.gazelle", "-f", "csv", "-f", "json"],
    ["stats", "--svg", "a.svg", "--svg", "b.svg"],
    ["validate", "--page", "a.txt", "--page", "b.txt"],
    ["export", "-f", "json", "-o", "a.json", "-o", "b.json"],
    ["extract", "page.txt", "-o", "a.toml", "-o", "b.toml"],
    ["list", "--color", "never", "--color", "always"],
])
def test_an_option_of_one_value_given_twice_is_a_usage_error(run, argv: list) -> None:  # type: ignore[no-untyped-def,type-arg]
    result = run(*argv)
    assert result.exit_code == 2
    assert "is given more than once: it takes one value" in result.stderr
    assert result.stdout == ""


def test_flags_may_repeat(run) -> None:  # type: ignore[no-untyped-def]
    assert run("list", "--json", "--json", "-c", "transfer").exit_code == 0


@pytest.mark.parametrize("command", [
    ["list"], ["show", "market.goods"], ["search", "瞪羚"], ["ask", "瞪羚企业有几家"],
    ["compare", "enterprises.high-tech", "enterprises.gazelle"], ["stats"], ["validate"]])
def test_global_options_before_or_after_the_command(run, command: list) -> None:  # type: ignore[no-untyped-def,type-arg]
    before = run("--facts", str(SMALL), "--color", "never", *command, "--json", facts=None)
    after = run(*command, "--json", "--facts", str(SMALL), "--debug", "--color", "never",
                facts=None)
    assert before.exit_code == after.exit_code == 0, after.stderr
    assert before.stdout == after.stdout
    assert "\"path\"" in after.stdout or "gazelle" in after.stdout or "commerce" in after.stdout


def test_global_options_after_export_extract_and_batch(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "out.json"
    result = run("export", "-f", "json", "-o", str(target), "--facts", str(SMALL), facts=None)
    assert result.exit_code == 0 and len(json.loads(target.read_text(encoding="utf-8"))) == 5
    result = run("batch", "--facts", str(SMALL), input="stats\n", facts=None)
    assert json.loads(result.stdout)["result"]["total"] == 5
    refused = run("batch", input="list --facts x.toml\n")
    assert "global options go before or after `batch`" in json.loads(refused.stdout)["error"]


def test_color_before_and_after_must_agree(run) -> None:  # type: ignore[no-untyped-def]
    result = run("--color", "never", "list", "--color", "always")
    assert (result.exit_code, result.stderr) == (
        2, "jzfacts: --color is given twice ('never' before the command, 'always' after it): "
           "give it once\n")
    assert run("--color", "never", "list", "--color", "never", "-c", "transfer").exit_code == 0


def test_debug_after_the_command_shows_the_traceback(run, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import jzfacts.base.compare as compare

    def boom(*args: object) -> None:
        raise RuntimeError("kaboom")

    monkeypatch.setattr(compare, "stats", boom)
    quiet = run("stats")
    assert quiet.exit_code == 3 and "rerun with --debug" in quiet.stderr
    loud = run("stats", "--debug")
    assert isinstance(loud.exception, RuntimeError)


@pytest.mark.parametrize("argv", [
    ["list", "-u", "亿元"], ["search", "21.3亿"], ["show", "transfer.contracts"],
    ["compare", "-u", "家"],
])
def test_fields_take_the_outputs_own_column_names(run, argv: list) -> None:  # type: ignore[no-untyped-def,type-arg]
    fields = "id,normalized_value,normalized_unit"
    for fmt in ("json", "csv"):
        result = run(*argv, "--fields", fields, "-f", fmt)
        assert result.exit_code == 0, result.stderr
        if fmt == "csv":
            assert result.stdout.splitlines()[0] == fields
        else:
            document = json.loads(result.stdout)
            rows = document["facts"] if isinstance(document, dict) else document
            assert list(rows[0]) == fields.split(",")
            assert isinstance(rows[0]["normalized_value"], (int, float))


def test_fields_is_the_same_on_every_command(run) -> None:  # type: ignore[no-untyped-def]
    """ask and validate print lines of text; --fields asks for fields, with or without
    --format (it was ignored unless --format was named)."""
    result = run("ask", "瞪羚企业有几家", "--fields", "id,value,unit")
    assert (result.exit_code, result.stdout) == (
        0, "id\tvalue\tunit\nenterprises.gazelle\t26\t家\n")
    bad = DATA / "invalid" / "multiple.toml"
    result = run("validate", str(bad), "--fields", "line,field", facts=None)
    assert result.stdout.splitlines()[:2] == ["line\tfield", "9\tapprox"]
    result = run("ask", "瞪羚企业有几家", "--fields", "nope")
    assert result.exit_code == 2 and "unknown field 'nope'" in result.stderr
    result = run("list", "--fields", "id,id")
    assert (result.exit_code, result.stderr) == (2, "jzfacts: --fields names id more than "
                                                    "once\n")


@pytest.mark.parametrize("argv, ids", [
    (["--sort", "id"], ["enterprises.gazelle", "enterprises.high-tech", "market.batch",
                        "market.goods", "transfer.contracts"]),
    (["--sort", "-id"], ["transfer.contracts", "market.goods", "market.batch",
                         "enterprises.high-tech", "enterprises.gazelle"]),
    (["--sort", "id", "--reverse"], ["transfer.contracts", "market.goods", "market.batch",
                                     "enterprises.high-tech", "enterprises.gazelle"]),
    # values compared within a dimension: kinds (种), money (元), organisations (家), then
    # the ordinal; largest first in each
    (["--sort", "value"], ["market.goods", "transfer.contracts", "enterprises.high-tech",
                           "enterprises.gazelle", "market.batch"]),
    (["-s", "-value"], ["market.batch", "enterprises.gazelle", "enterprises.high-tech",
                        "transfer.contracts", "market.goods"]),
    (["-u", "家", "-s", "value", "-r"], ["enterprises.gazelle", "enterprises.high-tech"]),
    (["--sort", "-category", "-n", "2"], ["market.goods", "market.batch"]),
])
def test_sort_reverses_and_compares_values_within_a_dimension(run, argv: list, ids: list) -> None:  # type: ignore[no-untyped-def,type-arg]
    result = run("list", *argv, "--fields", "id")
    assert (result.exit_code, result.stdout.split()[1:]) == (0, ids)


def test_sort_errors(run) -> None:  # type: ignore[no-untyped-def]
    result = run("list", "--sort", "-value", "--reverse")
    assert (result.exit_code, result.stderr) == (
        2, "jzfacts: --sort -value and --reverse both reverse the order: give one\n")
    result = run("list", "--sort", "vlaue")
    assert result.exit_code == 2 and "unknown sort key 'vlaue' (did you mean value" in \
        result.stderr


# ------------------------------------------------------------------ validate for editors

DRAFT = '''[[source]]
id = "s"
title = "T"

[[fact]]
id = "a.b"
label = "某数"
label_en = "TODO: English label for 某数"
value = 5
unit = "家"
approx = "exact"
category = "uncategorised"
section = "S"
quote = "有5家"
source = "s"
'''


@pytest.mark.parametrize("fmt, expected", [
    ("table", "{path}:5: warning: fact a.b: label_en: drafted: write the English label\n"
              "{path}:5: warning: fact a.b: category: drafted: choose a category (or "
              "declare one)\n"),
    ("csv", "file,line,column,severity,fact,field,message\n"
            "{path},5,,warning,a.b,label_en,drafted: write the English label\n"
            "{path},5,,warning,a.b,category,drafted: choose a category (or declare one)\n"),
    ("ndjson", '{{"file": "{path}", "line": 5, "column": null, "severity": "warning", '
               '"fact": "a.b", "field": "label_en", "message": "drafted: write the English '
               'label"}}\n{{"file": "{path}", "line": 5, "column": null, "severity": '
               '"warning", "fact": "a.b", "field": "category", "message": "drafted: choose '
               'a category (or declare one)"}}\n'),
])
def test_warnings_carry_their_line_in_every_format(run, tmp_path: Path, fmt: str,  # type: ignore[no-untyped-def]
                                                    expected: str) -> None:
    path = tmp_path / "draft.toml"
    path.write_text(DRAFT, encoding="utf-8")
    result = run("validate", str(path), "-f", fmt, facts=None)
    assert (result.exit_code, result.stdout) == (0, expected.format(path=path))


def test_warnings_in_json_and_strict(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "draft.toml"
    path.write_text(DRAFT, encoding="utf-8")
    document = json.loads(run("validate", str(path), "--json", facts=None).stdout)
    assert document["valid"] is True and document["problems"] == []
    assert [(w["line"], w["field"], w["severity"]) for w in document["warnings"]] == [
        (5, "label_en", "warning"), (5, "category", "warning")]
    result = run("validate", str(path), facts=None)
    assert result.stderr == (f"jzfacts: {path}: valid, 1 fact; 2 warnings (--strict makes "
                             "them fail)\n")
    strict = run("validate", str(path), "--strict", facts=None)
    assert strict.exit_code == 2
    assert strict.stderr == f"jzfacts: {path}: 2 warnings, which --strict makes fail\n"
    strict_json = run("validate", str(path), "--strict", "--json", facts=None)
    assert strict_json.exit_code == 2 and json.loads(strict_json.stdout)["valid"] is False
    assert run("validate", str(SMALL), "--strict", facts=None).exit_code == 0


@pytest.mark.parametrize("value, message", [
    ("9" * 400, "value: is too large: a value must be below 10^15"),
    ("1e300", "value: is too large: a value must be below 10^15"),
    ("-" + "9" * 400, "value: "),
    ("1" + "0" * 15, "value: is too large"),
    ("9" * 5000, "a number too long to read (thousands of digits)"),
])
def test_a_value_of_no_sane_size_is_a_problem_not_a_crash(run, tmp_path: Path, value: str,  # type: ignore[no-untyped-def]
                                                           message: str) -> None:
    path = tmp_path / "big.toml"
    path.write_text(DRAFT.replace("value = 5", f"value = {value}"), encoding="utf-8")
    for command in (["validate", str(path)], ["--facts", str(path), "list"]):
        result = run(*command, facts=None)
        assert result.exit_code == 2, result.output
        assert message in result.stdout + result.stderr
        assert "internal error" not in result.stderr


def test_a_value_just_below_the_limit_is_fine(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "big.toml"
    path.write_text(DRAFT.replace("value = 5", "value = 999999999999999").replace(
        "有5家", "有999999999999999家"), encoding="utf-8")
    assert run("validate", str(path), facts=None).exit_code == 0


@pytest.mark.parametrize("query, code, stderr", [
    ("\x1b[31m", 2, "jzfacts: empty query"),  # was read as 31, the value of a fact
    ("\x1b[31m瞪羚\x1b[0m", 0, ""),
    ("\x1b]0;title\x07瞪羚", 0, ""),
    ("瞪\x00羚", 0, ""),
    ("\x9b1m26", 0, ""),
])
def test_escape_sequences_are_taken_out_of_queries(run, query: str, code: int, stderr: str) -> None:  # type: ignore[no-untyped-def]
    result = run("search", query, "--fields", "id")
    assert result.exit_code == code and result.stderr.startswith(stderr)
    if code == 0:
        assert result.stdout == "id\nenterprises.gazelle\n"
    asked = run("ask", query, "--json")
    if code == 0:
        assert json.loads(asked.stdout)["answer"]["id"] == "enterprises.gazelle"
        assert json.loads(asked.stdout)["question"].isprintable()


# ------------------------------------------------------------------ - is a stream


def test_validate_reads_the_fact_file_from_standard_input(run) -> None:  # type: ignore[no-untyped-def]
    good = run("validate", "-", input=SMALL.read_text(encoding="utf-8"), facts=None)
    assert (good.exit_code, good.stderr) == (0, "jzfacts: <stdin>: valid, 5 facts\n")
    bad = (DATA / "invalid" / "multiple.toml").read_text(encoding="utf-8")
    result = run("validate", "-", input=bad, facts=None)
    assert result.exit_code == 2
    assert result.stdout.startswith("<stdin>:9: fact a.b: approx: 'roughly'")
    result = run("validate", "-", input=DRAFT, facts=None)
    assert result.stdout.startswith("<stdin>:5: warning: fact a.b: label_en")


def test_page_and_article_from_standard_input(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    article = DATA / "articles" / "port.txt"
    drafted = run("extract", "-", input=article.read_text(encoding="utf-8"), facts=None)
    assert drafted.exit_code == 0 and drafted.stdout.startswith("# Drafted by `jzfacts extract`")
    draft = tmp_path / "port.toml"
    draft.write_text(drafted.stdout, encoding="utf-8")
    checked = run("validate", str(draft), "--page", "-", input=article.read_text(
        encoding="utf-8"), facts=None)
    assert checked.exit_code == 0, checked.stdout
    assert "every figure of <stdin> accounted for" in checked.stderr
    piped = run("validate", "-", "--page", str(article), input=drafted.stdout, facts=None)
    assert piped.exit_code == 0 and "<stdin>: valid, 12 facts" in piped.stderr
    both = run("validate", "-", "--page", "-", input="", facts=None)
    assert both.exit_code == 2 and "cannot both come from standard input" in both.stderr
    to_stdout = run("extract", str(article), "-o", "-", facts=None)
    assert to_stdout.stdout == run("extract", str(article), facts=None).stdout
    assert not (Path.cwd() / "-").exists()


@pytest.mark.parametrize("fmt", ["json", "ndjson", "csv", "sqlite"])
def test_export_to_standard_output(run, fmt: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("export", "-f", fmt, "-o", "-")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == "jzfacts: wrote 5 facts to standard output\n"
    target = tmp_path / f"file.{fmt}"
    assert run("export", "-f", fmt, "-o", str(target)).exit_code == 0
    if fmt != "sqlite":
        assert result.stdout == target.read_text(encoding="utf-8")
    else:
        assert result.stdout_bytes.startswith(b"SQLite format 3\x00")
    assert not (Path.cwd() / "-").exists()


def test_svg_to_standard_output(run) -> None:  # type: ignore[no-untyped-def]
    result = run("stats", "--svg", "-")
    assert result.exit_code == 0 and result.stdout.startswith("<svg")
    assert not (Path.cwd() / "-").exists()


def test_ask_json_keeps_the_fields_asked_for(run) -> None:  # type: ignore[no-untyped-def]
    result = run("ask", "瞪羚企业有几家", "--json", "--fields", "id,value")
    document = json.loads(result.stdout)
    assert result.exit_code == 0 and document["answer"] == {"id": "enterprises.gazelle",
                                                           "value": 26}
    assert document["question"] == "瞪羚企业有几家" and "confidence" in document
    assert all(set(fact) == {"id", "value"} for fact in document["alternatives"])


def test_json_errors_still_print_the_commands_one_shape(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # A script piping --json into jq gets the document it always gets, even where the
    # command fails: compare with an unknown id (exit 1), validate of an empty folder
    # (exit 2), as validate of a missing file already did.
    result = run("compare", "enterprises.high-tech", "nope.x", "--json")
    assert result.exit_code == 1 and "nope.x" in result.stderr
    # (as the README's JSON table says: `facts` is [] and the rest null; nothing compared is
    # neither approximate nor exact)
    assert json.loads(result.stdout) == {"unit": None, "dimension": None,
                                         "difference_unit": None, "approximate": None,
                                         "facts": []}
    first = run("compare", "nope.a", "enterprises.high-tech", "--json")
    assert first.exit_code == 1 and first.stdout == result.stdout
    (tmp_path / "empty").mkdir()
    result = run("validate", str(tmp_path / "empty"), "--json")
    document = json.loads(result.stdout)
    assert result.exit_code == 2 and document["valid"] is False and document["facts"] == 0
    assert "no *.toml" in document["problems"][0]["message"]
    table = run("validate", str(tmp_path / "empty"))
    assert table.exit_code == 2 and table.stdout == "" and "no *.toml" in table.stderr


def test_svg_to_stdout_with_a_text_format_is_a_usage_error(run) -> None:  # type: ignore[no-untyped-def]
    # `--svg -` prints the picture instead of the view: with --json one would be dropped
    result = run("list", "--json", "--svg", "-")
    assert result.exit_code == 2 and result.stdout == "" and "--svg" in result.stderr
    assert run("list", "--svg", "-").stdout.startswith("<svg")


@pytest.mark.parametrize("typed", ["？？？", "   ？", "。", "--", "…"])
def test_a_question_or_query_of_punctuation_only_asks_nothing(run, typed: str) -> None:  # type: ignore[no-untyped-def]
    # (as a blank one: a usage error, exit 2, not "the page does not say")
    for command in ("ask", "search"):
        result = run(command, "--", typed)
        assert result.exit_code == 2 and "empty" in result.stderr, (command, typed)


def test_a_unit_sign_alone_is_something_asked(run) -> None:  # type: ignore[no-untyped-def]
    assert run("search", "--", "%").exit_code in (0, 1)
    assert run("ask", "--", "℃").exit_code == 1


def test_compare_sets_changes_beside_changes_and_a_fall_below_zero(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from jzfacts.pages.extract import draft, to_toml

    text = "标题\n\n物价同比上涨1.9%，零售额同比下降1.5%。结案率为96.4%。\n"
    path = tmp_path / "e.toml"
    path.write_text(to_toml(draft(text, "", "e"), ""), encoding="utf-8")
    # a level beside a change: no difference or ratio means anything
    refused = run("compare", "e.fact-003", "e.fact-001", facts=path)
    assert refused.exit_code == 2 and "a level" in refused.stderr and "a rise" in refused.stderr
    # a fall is below zero beside a rise: 1.9 % against -1.5 %, 3.4 points apart
    document = json.loads(run("compare", "e.fact-001", "e.fact-002", "--json",
                              facts=path).stdout)
    assert [row["difference"] for row in document["facts"]] == [0, -3.4]


# What each command needs on its line besides the option tried (a search needs words).
_NEEDS = {"search": ["企业"], "ask": ["瞪羚企业有几家"], "show": ["enterprises.gazelle"],
          "compare": ["enterprises.high-tech", "enterprises.gazelle"],
          "export": ["-f", "json", "-o", "-"], "extract": ["-"]}


def _integer_options() -> list:  # type: ignore[type-arg]
    """Every option of every command that reads an integer: (command, option name)."""
    from jzfacts.cli.commands import click_command
    from jzfacts.cli.options import COMMANDS

    def numeric(kind: type) -> bool:  # (click's or the copy Typer vendors: by name)
        return any(base.__name__ in ("IntParamType", "FloatParamType") for base in kind.__mro__)

    return [(name, param.opts[0]) for name in COMMANDS for param in click_command(name).params
            if param.param_type_name == "option" and numeric(type(param.type))]


def test_the_integer_options_are_known() -> None:
    """The class below covers every integer option there is (a new one joins it by itself)."""
    assert _integer_options() == [("search", "--limit"), ("list", "--limit")]


@pytest.mark.parametrize("command, option", _integer_options())
@pytest.mark.parametrize("number", [str(2 ** 63), str(2 ** 64), "99999999999999999999",
                                    "1" + "0" * 400])
def test_an_integer_too_large_for_any_base_is_a_usage_error(run, command: str, option: str,
                                                            number: str) -> None:  # type: ignore[no-untyped-def]
    """Not 'internal error, a bug (ValueError: Stop argument for islice() …)': a usage error
    as --limit 0 is, on the command line and on a batch line, where later lines are still
    answered."""
    import sys

    result = run(command, *_NEEDS.get(command, []), option, number)
    assert result.exit_code == 2, result.stderr
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr
    assert f"Invalid value for '{option}'" in result.stderr and result.stdout == ""
    assert run(command, *_NEEDS.get(command, []), option, str(sys.maxsize), "--json"
               ).exit_code == 0
    if command in ("list", "search"):
        lines = f"{command} {' '.join(_NEEDS.get(command, []))} {option} {number}\nstats\n"
        batch = run("batch", input=lines)
        replies = [json.loads(line) for line in batch.stdout.splitlines()]
        assert batch.exit_code == 1, batch.stderr
        assert [(reply["line"], reply["ok"], reply.get("code")) for reply in replies] == [
            (1, False, 2), (2, True, None)]
        assert f"Invalid value for '{option}'" in replies[0]["error"]


MEASURES = DATA / "valid" / "measures.toml"


def test_durations_in_different_units_compare_on_seconds(run) -> None:  # type: ignore[no-untyped-def]
    """分钟 against 秒 (and 小时, 天) is one measure, as 公斤 against 吨 is: not 'they measure
    different things'."""
    result = run("compare", "hospital.door-to-balloon", "race.men", "hospital.stay", "--json",
                 facts=MEASURES)
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    assert (document["unit"], document["difference_unit"]) == ("秒", "秒")
    assert [(fact["normalized"], fact["difference"], fact["ratio"], fact["share"])
            for fact in document["facts"]] == [
        ({"value": 3480, "unit": "秒"}, 0, 1.0, None),
        ({"value": 8008, "unit": "秒"}, 4528, 2.3011, None),
        ({"value": 561600, "unit": "秒"}, 558120, 161.3793, None)]
    table = run("compare", "hospital.door-to-balloon", "race.men", "--format", "table",
                facts=MEASURES)
    assert "58 分钟" in table.stdout and "+4,528" in table.stdout
    assert "difference in 秒, against the first" in table.stdout
    refused = run("compare", "race.men", "flood.road", facts=MEASURES)
    assert refused.exit_code == 2 and "they measure different things" in refused.stderr


@pytest.mark.parametrize("ids, shares", [
    # parts of a whole: areas (and counts, money …) add up
    (["museum.hall", "park.area"], [0.0005, 0.9995]),
    (["museum.hall", "park.wetland"], [0.0033, 0.9967]),  # (公顷 is 10,000 平方米)
    # durations do not (two winning times are no parts of a whole), nor levels of rates
    (["race.men", "race.women"], [None, None]),
    (["hospital.report", "hospital.stay"], [None, None]),
    # a fall counts below zero: shares of 3 - 1 would be 150 % and -50 %
    (["budget.up", "budget.down"], [None, None]),
])
def test_shares_only_of_parts_that_make_a_whole(run, ids: list, shares: list) -> None:  # type: ignore[no-untyped-def,type-arg]
    result = run("compare", *ids, "--json", facts=MEASURES)
    assert result.exit_code == 0, result.stderr
    assert [fact["share"] for fact in json.loads(result.stdout)["facts"]] == shares


@pytest.mark.parametrize("fact_id, shown", [
    ("flood.rainfall", "186.5 毫米  = 0.1865 米"),
    ("flood.road", "12 公里  = 12,000 米"),
    ("park.area", "3.2 平方公里  = 3,200,000 平方米"),
    ("hospital.door-to-balloon", "58 分钟  = 3,480 秒"),
])
def test_a_card_shows_the_value_in_its_base_unit(run, fact_id: str, shown: str) -> None:  # type: ignore[no-untyped-def]
    card = run("show", fact_id, "--format", "table", facts=MEASURES)
    assert shown in card.stdout, card.stdout
    listed = run("list", "--fields", "id,normalized_value,normalized_unit", "--format", "csv",
                 facts=MEASURES)
    assert "flood.rainfall,0.1865,米" in listed.stdout.splitlines()
