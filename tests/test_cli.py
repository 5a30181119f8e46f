"""Every command and format on the small fixture base: exact output and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jzfacts.cli import app

from .conftest import DATA, SMALL, make_runner

HEADER = ("id\tlabel\tlabel_en\tvalue\tunit\tapprox\tperiod\tcategory\ttags\tsection\tquote\t"
          "source\tkind\tnote\trepeats\tnormalized_value\tnormalized_unit\n")


def test_list_tsv_off_a_terminal(run) -> None:  # type: ignore[no-untyped-def]
    result = run("list", "--category", "enterprises")
    assert result.exit_code == 0
    assert result.stdout == HEADER + (
        "enterprises.gazelle\t瞪羚企业\tGazelle enterprises\t26\t家\texact\t2023-01\tenterprises"
        "\t企业; gazelle\t创新主体\t瞪羚企业26家\treport\tamount\t\t\t26\t家\n"
        "enterprises.high-tech\t高新技术企业\tHigh-tech enterprises\t188\t家\texact\t2023-01\t"
        "enterprises\t企业; high-tech\t创新主体\t高新技术企业188家\treport\tamount\t\t\t188\t家\n")
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
    ("table", " " * 67 + "\n"
              "  id                   value   normalized_value   normalized_unit  \n"
              " " + "─" * 65 + " \n"
              "  transfer.contracts   21.3    2,130,000,000      元               \n"
              + " " * 67 + "\n"),
])
def test_list_every_format(run, fmt: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    result = run("list", "--unit", "亿元", "--fields", "id,value,normalized", "--format", fmt)
    assert (result.exit_code, result.stdout) == (0, expected)


def test_json_flag_and_full_fact_shape(run) -> None:  # type: ignore[no-untyped-def]
    result = run("list", "--json", "--sort", "value", "--limit", "1")
    assert result.exit_code == 0
    (fact,) = json.loads(result.stdout)
    assert fact == {
        "id": "transfer.contracts", "label": "技术合同成交额",
        "label_en": "Value of technology contracts", "value": 21.3, "unit": "亿元",
        "approx": "exact", "period": "2021", "category": "transfer", "tags": ["技术合同"],
        "section": "成果转化", "quote": "2021年全市技术合同成交额达到21.3亿元",
        "source": "report", "kind": "amount", "note": None, "repeats": [],
        "normalized": {"value": 2130000000, "unit": "元"}}


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


def test_show_one_is_an_object(run) -> None:  # type: ignore[no-untyped-def]
    result = run("show", "market.goods", "--json", "--fields", "id,value,approx,note")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {"id": "market.goods", "value": 1000, "approx": "under",
                                         "note": "近千种: nearly a thousand."}


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
    (["search", "\x1b[31mred"], "jzfacts: no facts match '\\x1b[31mred'\n"),
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
    assert json.loads(result.stdout)["value"] == 188


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
    from jzfacts.model import CATEGORIES

    result = run("list", "--sort", "category", "--fields", "category", "-f", "tsv", facts=None)
    categories = result.stdout.split()[1:]
    order = list(CATEGORIES)
    assert categories == sorted(categories, key=order.index) and len(set(categories)) > 5


@pytest.mark.parametrize("fmt, expected", [
    ("table", "{path}:9: fact a.b: approx: 'roughly': must be one of exact, over, under, "
              "about\n"),
    ("tsv", "file\tline\tcolumn\tfact\tfield\tmessage\n{path}\t9\t\ta.b\tapprox\t'roughly': "
            "must be one of exact, over, under, about\n"),
    ("csv", "file,line,column,fact,field,message\n{path},9,,a.b,approx,\"'roughly': must be "
            "one of exact, over, under, about\"\n"),
    ("ndjson", '{{"file": "{path}", "line": 9, "column": null, "fact": "a.b", "field": '
               '"approx", "message": "\'roughly\': must be one of exact, over, under, about"}}\n'),
    ("json", '{{\n  "path": "{path}",\n  "valid": false,\n  "facts": 2,\n  "problems": [\n'
             '    {{\n      "file": "{path}",\n      "line": 9,\n      "column": null,\n'
             '      "fact": "a.b",\n      "field": "approx",\n      "message": "\'roughly\': '
             'must be one of exact, over, under, about"\n    }}\n  ]\n}}\n'),
])
def test_validate_in_each_format(run, fmt: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    path = DATA / "invalid" / "multiple.toml"
    result = run("validate", str(path), "-f", fmt, "--fields",
                 "file,line,column,fact,field,message", facts=None) if fmt != "json" else \
        run("validate", str(path), "-f", fmt, facts=None)
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
    from jzfacts.factbase import load, shipped_path
    from jzfacts.model import figure_span

    facts = {fact.id: fact for fact in load(shipped_path()).facts}
    intensity = facts["shuangwu.rd-intensity"]
    start, end = figure_span(intensity)  # type: ignore[misc]
    assert intensity.quote[start:end + 1] == "5%"
    revenue = facts["shuangwu.revenue"]
    start, end = figure_span(revenue)  # type: ignore[misc]
    assert revenue.quote[start:end + 2] == "5亿元"
