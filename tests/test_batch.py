from __future__ import annotations

import io
import json

import pytest

from jzfacts.batch import answers, parse_line, run_batch
from jzfacts.errors import UsageError
from jzfacts.factbase import load

from .conftest import SMALL

BASE = load(SMALL)


def replies(text: str) -> list:  # type: ignore[type-arg]
    out: list = []  # type: ignore[type-arg]
    failures = run_batch(BASE, io.StringIO(text), out.append)
    parsed = [json.loads(line) for line in out]
    assert failures == sum(1 for reply in parsed if not reply["ok"])
    return parsed


def test_answers_in_input_order_with_errors_in_place() -> None:
    got = replies("show enterprises.gazelle\n\n# a comment\nsearch 瞪羚\nshow nope\n"
                  "compare enterprises.high-tech enterprises.gazelle\nfly away\nstats\n")
    assert [(reply["line"], reply["ok"]) for reply in got] == [
        (1, True), (4, True), (5, False), (6, True), (7, False), (8, True)]
    assert got[0]["result"]["id"] == "enterprises.gazelle"
    assert got[1]["result"][0]["id"] == "enterprises.gazelle"
    assert got[2] == {"line": 5, "ok": False, "code": 1, "error": "no fact with id 'nope'",
                      "suggestions": []}
    assert got[3]["result"]["facts"][1]["difference"] == -162
    assert got[4]["code"] == 2 and "unknown batch command 'fly'" in got[4]["error"]
    assert got[5]["result"]["total"] == 5


def test_same_answers_as_the_command_line(run) -> None:  # type: ignore[no-untyped-def]
    for line, argv in [
        ("show market.goods", ["show", "market.goods", "--json"]),
        ("search 'high tech' --limit 1", ["search", "high tech", "--limit", "1", "--json"]),
        ("list --category enterprises --sort value", ["list", "--category", "enterprises",
                                                       "--sort", "value", "--json"]),
        ("stats", ["stats", "--json"]),
    ]:
        assert answers(BASE, [line]) == [json.loads(run(*argv).stdout)], line


def test_quoting_as_on_a_shell_line() -> None:
    assert parse_line("search \"ren cai\" -n 2") == ("search", ["ren cai"], {"limit": 2})
    assert parse_line("search -5") == ("search", ["-5"], {})
    for bad in ("search 'unclosed", "list --limit 0", "list --limit", "show --nope x"):
        with pytest.raises(UsageError):
            parse_line(bad)


def test_batch_command(run) -> None:  # type: ignore[no-untyped-def]
    result = run("batch", input="show enterprises.gazelle\nsearch zzz\n")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.exit_code == 1
    assert lines[0]["ok"] and lines[1] == {"line": 2, "ok": False, "code": 1,
                                           "error": "no facts match 'zzz'"}
    assert run("batch", input="stats\n").exit_code == 0
