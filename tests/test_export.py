from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest

from .conftest import SMALL


@pytest.mark.parametrize("fmt", ["json", "ndjson", "csv", "sqlite"])
def test_export_formats(run, tmp_path: Path, fmt: str) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / f"out.{fmt}"
    result = run("export", "--format", fmt, "-o", str(target))
    assert result.exit_code == 0, result.stderr
    assert result.stderr == f"jzfacts: wrote 5 facts to {target}\n"
    if fmt == "json":
        ids = [fact["id"] for fact in json.loads(target.read_text(encoding="utf-8"))]
    elif fmt == "ndjson":
        ids = [json.loads(line)["id"] for line in target.read_text(encoding="utf-8").splitlines()]
    elif fmt == "csv":
        with target.open(encoding="utf-8", newline="") as handle:
            ids = [row["id"] for row in csv.DictReader(handle)]
    else:
        with sqlite3.connect(target) as db:
            ids = [row[0] for row in db.execute("SELECT id FROM facts ORDER BY rowid")]
            row = db.execute("SELECT value, normalized_value, tags FROM facts WHERE id = ?",
                             ("transfer.contracts",)).fetchone()
            assert row == (21.3, 2130000000, '["技术合同"]')
            assert db.execute("SELECT title FROM sources WHERE id='market'").fetchone() == (
                "测试大集",)
    assert ids[0] == "enterprises.high-tech" and len(ids) == 5
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temporary left behind


def test_export_never_overwrites_without_force(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "out.json"
    target.write_text("precious", encoding="utf-8")
    result = run("export", "-f", "json", "-o", str(target))
    assert (result.exit_code, result.stderr) == (
        2, f"jzfacts: {target} exists; use --force to overwrite it\n")
    assert target.read_text(encoding="utf-8") == "precious"
    assert run("export", "-f", "json", "-o", str(target), "--force").exit_code == 0
    assert json.loads(target.read_text(encoding="utf-8"))[0]["id"] == "enterprises.high-tech"


def test_export_errors_leave_nothing(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("export", "-f", "xml", "-o", str(tmp_path / "x"))
    assert result.exit_code == 2 and "unknown export format 'xml'" in result.stderr
    result = run("export", "-f", "json", "-o", str(tmp_path / "missing-dir" / "x.json"))
    assert result.exit_code == 2 and "cannot write in" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_metadata_is_checked_before_the_database_is_written(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    database, metadata = tmp_path / "j.db", tmp_path / "m.json"
    # the same file twice: refused, even forced (the metadata would replace the database)
    result = run("export", "-f", "sqlite", "-o", str(database), "--metadata", str(database),
                 "--force")
    assert result.exit_code == 2 and "name the same file" in result.stderr
    assert list(tmp_path.iterdir()) == []
    # metadata that cannot be written: no database left behind to block the next try
    metadata.write_text("precious", encoding="utf-8")
    result = run("export", "-f", "sqlite", "-o", str(database), "--metadata", str(metadata))
    assert result.exit_code == 2 and "exists; use --force" in result.stderr
    result = run("export", "-f", "sqlite", "-o", str(database), "--metadata",
                 str(tmp_path / "missing" / "m.json"))
    assert result.exit_code == 2 and "cannot write in" in result.stderr
    assert sorted(path.name for path in tmp_path.iterdir()) == ["m.json"]
    assert metadata.read_text(encoding="utf-8") == "precious"
    # - is standard output, as everywhere a file goes
    result = run("export", "-f", "sqlite", "-o", str(database), "--metadata", "-")
    assert result.exit_code == 0 and json.loads(result.stdout)["databases"]["j"]
    assert sorted(path.name for path in tmp_path.iterdir()) == ["j.db", "m.json"]


def test_interrupted_export_leaves_no_file(run, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import jzfacts.cli.export as export

    def explode(base, path, counted) -> None:  # type: ignore[no-untyped-def]
        path.write_bytes(b"half")
        raise KeyboardInterrupt

    monkeypatch.setattr(export, "write_sqlite", explode)
    result = run("export", "-f", "sqlite", "-o", str(tmp_path / "db.sqlite"))
    assert result.exit_code == 130
    assert list(tmp_path.iterdir()) == []
    assert SMALL.exists()


def _datasette_json(database: Path, path: str, metadata: object = None) -> object:
    """What Datasette's JSON API answers for `path`, the database served as it would be by
    `datasette DATABASE [-m METADATA]`."""
    import asyncio

    from datasette.app import Datasette

    async def ask() -> object:
        datasette = Datasette([str(database)], metadata=metadata)
        response = await datasette.client.get(path)
        assert response.status_code == 200, response.text
        return response.json()

    return asyncio.run(ask())


def test_datasette_searches_the_export_in_chinese(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    database, metadata = tmp_path / "jinzhou.db", tmp_path / "metadata.json"
    result = run("export", "-f", "sqlite", "-o", str(database), "--metadata", str(metadata),
                 facts=None)
    assert result.exit_code == 0, result.stderr
    described = json.loads(metadata.read_text(encoding="utf-8"))
    for served_with in (None, described):  # the index is found with or without metadata
        found = _datasette_json(database, "/jinzhou/facts.json?_search=瞪羚&_shape=array",
                                served_with)
        assert [row["id"] for row in found] == ["enterprises.gazelle"]  # type: ignore[union-attr,index]
    searches = {"高新技术企业": "enterprises.high-tech",  # a whole label, six characters
                "锦州银行": "loans.agri", "gazelle": "enterprises.gazelle",
                "Zhonggu": "port.ship-teu", "标准箱": "port.ship-teu"}
    for query, fact_id in searches.items():
        found = _datasette_json(database, f"/jinzhou/facts.json?_search={query}&_shape=array")
        assert fact_id in [row["id"] for row in found], query  # type: ignore[union-attr,index]
    columns = described["databases"]["jinzhou"]["tables"]["facts"]["columns"]
    from jzfacts.cli.export import FACT_COLUMNS

    assert sorted(columns) == sorted(name for name, _ in FACT_COLUMNS)
    assert "亿元" in columns["unit"] and "元" in columns["normalized_unit"]
    table = _datasette_json(database, "/jinzhou/facts.json?_size=0", described)
    assert "瞪羚" not in str(table)  # (nothing asked)


def test_the_index_finds_every_substring_of_a_label(tmp_path: Path) -> None:
    """The full-text index in SQLite itself: every Chinese substring of up to eight
    characters, of labels, tags and quotes, finds its fact; a whole label of any length."""
    import itertools
    import re

    from jzfacts.base.factbase import shipped_path
    from jzfacts.cli.export import LONGEST_SUBSTRING, write_sqlite
    from jzfacts.search.loaded import load

    base = load(shipped_path())
    path = tmp_path / "all.db"
    write_sqlite(base, path, [0])
    with sqlite3.connect(path) as db:
        def ids(query: str) -> set:  # type: ignore[type-arg]
            return {row[0] for row in db.execute(
                "SELECT id FROM facts WHERE rowid IN (SELECT rowid FROM facts_fts WHERE "
                "facts_fts MATCH ?)", (f'"{query}"',))}

        for fact in base.facts:
            for run in re.findall("[\u4e00-\u9fff0-9]+", fact.label):
                if not re.search("[\u4e00-\u9fff]", run):
                    continue
                assert fact.id in ids(run), run  # a whole run of a label, however long
                for start, size in itertools.product(range(len(run)),
                                                     range(1, LONGEST_SUBSTRING + 1)):
                    if start + size <= len(run):
                        assert fact.id in ids(run[start:start + size]), run
            for run in re.findall("[\u4e00-\u9fff0-9]+", fact.quote):
                if re.search("[\u4e00-\u9fff]", run):
                    assert fact.id in ids(run[-LONGEST_SUBSTRING:]), run
        assert ids("瞪羚") == {"enterprises.gazelle"}
        assert db.execute("SELECT label FROM facts_fts WHERE rowid = 1").fetchone()[0] == \
            base.facts[0].label  # the index shows the facts' own text


DIMENSIONLESS = Path(__file__).parent / "data" / "valid" / "dimensionless.toml"


def test_a_dimensionless_figure_goes_through_every_command(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A ratio, index or coefficient the page states without a unit (unit = ""): it loads,
    shows as the number alone, compares with its kind and not with a percentage, counts
    under no unit, and exports with an empty unit."""
    checked = run("validate", str(DIMENSIONLESS), facts=None)
    assert checked.exit_code == 0, checked.stdout
    shown = run("show", "roads.death-rate-change", "--json", facts=DIMENSIONLESS)
    fact = json.loads(shown.stdout)[0]
    assert (fact["value"], fact["unit"], fact["direction"], fact["normalized"]) == (
        0.16, "", "down", {"value": 0.16, "unit": ""})
    card = run("show", "population.sex-ratio", "--format", "table", facts=DIMENSIONLESS)
    assert "103.11  no unit: a ratio, index or coefficient" in card.stdout
    compared = run("compare", "roads.death-rate", "population.sex-ratio", "--json",
                   facts=DIMENSIONLESS)
    document = json.loads(compared.stdout)
    assert compared.exit_code == 0 and document["difference_unit"] == ""
    assert document["dimension"] == "dimensionless (a ratio, index or coefficient)"
    table = run("compare", "roads.death-rate", "population.sex-ratio", "--format", "table",
                facts=DIMENSIONLESS)
    assert "difference, against the first" in table.stdout and "()" not in table.stdout
    refused = run("compare", "roads.death-rate", "roads.share-of-deaths", facts=DIMENSIONLESS)
    assert refused.exit_code == 2 and refused.stderr == (
        "jzfacts: cannot compare roads.death-rate (dimensionless (a ratio, index or "
        "coefficient)) with roads.share-of-deaths (%, percentage): they measure different "
        "things\n")
    stats = run("stats", "--json", facts=DIMENSIONLESS)
    assert json.loads(stats.stdout)["unit"] == {"": 3, "%": 1}
    assert "(no unit)" in run("stats", "--format", "table", facts=DIMENSIONLESS).stdout
    listed = run("list", "--unit", "", "--fields", "id,value,unit", "--format", "csv",
                 facts=DIMENSIONLESS)
    assert listed.stdout.splitlines() == ["id,value,unit", "population.sex-ratio,103.11,",
                                          "roads.death-rate,0.92,",
                                          "roads.death-rate-change,0.16,"]
    target = tmp_path / "out.sqlite"
    assert run("export", "--format", "sqlite", "-o", str(target),
               facts=DIMENSIONLESS).exit_code == 0
    with sqlite3.connect(target) as db:
        assert db.execute("SELECT unit, normalized_unit FROM facts WHERE id = ?",
                          ("roads.death-rate",)).fetchone() == ("", "")
    answered = run("ask", "what is the sex ratio", "--json", facts=DIMENSIONLESS)
    assert answered.exit_code == 0 and json.loads(answered.stdout)["answer"]["value"] == 103.11


def test_a_dimensionless_fact_reads_as_its_number_and_change() -> None:
    from jzfacts.search.loaded import load

    facts = {fact.id: fact for fact in load(DIMENSIONLESS).facts}
    assert facts["roads.death-rate"].display_value() == "0.92"
    assert facts["roads.death-rate-change"].describe_en() == "down 0.16"
