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


def test_interrupted_export_leaves_no_file(run, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import jzfacts.export as export

    def explode(base, path, counted) -> None:  # type: ignore[no-untyped-def]
        path.write_bytes(b"half")
        raise KeyboardInterrupt

    monkeypatch.setattr(export, "write_sqlite", explode)
    result = run("export", "-f", "sqlite", "-o", str(tmp_path / "db.sqlite"))
    assert result.exit_code == 130
    assert list(tmp_path.iterdir()) == []
    assert SMALL.exists()
