from __future__ import annotations

import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jzfacts.base.errors import UsageError
from jzfacts.cli.batch import answer, answers, run_batch
from jzfacts.cli.commands import LineParser
from jzfacts.search.loaded import load

from .conftest import SMALL

BASE = load(SMALL)
PARSE = LineParser()


def replies(text: str) -> list:  # type: ignore[type-arg]
    out: list = []  # type: ignore[type-arg]
    failures = run_batch(BASE, io.StringIO(text), out.append, PARSE)
    parsed = [json.loads(line) for line in out]
    assert failures == sum(1 for reply in parsed if not reply["ok"])
    return parsed


def test_answers_in_input_order_with_errors_in_place() -> None:
    got = replies("show enterprises.gazelle\n\n# a comment\nsearch 瞪羚\nshow nope\n"
                  "compare enterprises.high-tech enterprises.gazelle\nfly away\nstats\n")
    assert [(reply["line"], reply["ok"]) for reply in got] == [
        (1, True), (4, True), (5, False), (6, True), (7, False), (8, True)]
    assert [fact["id"] for fact in got[0]["result"]] == ["enterprises.gazelle"]  # an array
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
        assert answers(BASE, [line], PARSE) == [json.loads(run(*argv).stdout)], line


@pytest.mark.parametrize("line, argv", [
    # every option a command takes, a batch line takes: the same parser reads both
    ("list --period 2023-01-15", ["list", "--period", "2023-01-15"]),
    ("list -c enterprises --approx exact --sort value -n 2 --fields id,value",
     ["list", "-c", "enterprises", "--approx", "exact", "--sort", "value", "-n", "2",
      "--fields", "id,value"]),
    ("list --sort category --tag gazelle", ["list", "--sort", "category", "--tag", "gazelle"]),
    ("compare --category enterprises --unit 家", ["compare", "--category", "enterprises",
                                                  "--unit", "家"]),
    ("search 瞪羚 --regex --fields id", ["search", "瞪羚", "--regex", "--fields", "id"]),
    ("show enterprises.gazelle --json", ["show", "enterprises.gazelle"]),
    ("stats --fields group,count", ["stats", "--fields", "group,count"]),
])
def test_a_batch_line_takes_what_the_command_takes(run, line: str, argv: list) -> None:  # type: ignore[no-untyped-def,type-arg]
    expected = run(*argv, "--json")
    assert expected.exit_code == 0, expected.stderr
    assert answer(BASE, line, PARSE) == json.loads(expected.stdout)


def test_quoting_as_on_a_shell_line() -> None:
    assert PARSE("search", ["ren cai", "-n", "2"])["limit"] == 2
    assert answer(BASE, "search \"high tech\" -n 1", PARSE)[0]["id"] == \
        "enterprises.high-tech"
    for bad, message in (("search 'unclosed", "cannot split the line"),
                         ("list --limit 0", "--limit"), ("list --limit", "--limit"),
                         ("show --nope x", "--nope"), ("list extra", "unexpected"),
                         ("compare a b --svg x.svg", "--svg is not for batch lines"),
                         ("stats --format csv", "--format csv is not for batch lines"),
                         ("list --fields nope", "unknown field 'nope'")):
        with pytest.raises(UsageError, match=message):
            answer(BASE, bad, PARSE)


def test_batch_command(run) -> None:  # type: ignore[no-untyped-def]
    result = run("batch", input="show enterprises.gazelle\nsearch zzz\n")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.exit_code == 1
    assert lines[0]["ok"] and lines[1] == {"line": 2, "ok": False, "code": 1,
                                           "error": "no facts match 'zzz'"}
    assert run("batch", input="stats\n").exit_code == 0


@settings(max_examples=200)
@given(st.sampled_from(["show", "search", "compare"]),
       st.lists(st.text(min_size=1, max_size=8).filter(lambda w: not w.startswith("-")),
                max_size=4))
def test_lines_without_options_read_as_click_reads_them(name: str, words: list) -> None:  # type: ignore[type-arg]
    """LineParser's shortcut for option-free lines gives what the command's parser gives."""
    from jzfacts.cli.commands import click_command

    command = click_command(name)
    try:
        expected = command.make_context(name, list(words)).params
    except Exception as error:  # click's usage error for a missing argument
        assert hasattr(error, "format_message")
        with pytest.raises(UsageError):
            PARSE(name, list(words))
        return
    assert PARSE(name, list(words)) == expected


def test_batch_on_a_large_file_reads_its_index(run, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """batch opens the fact file as the commands do: a large one through its index."""
    import shutil

    from jzfacts.base.factbase import shipped_path
    from jzfacts.search import store

    monkeypatch.setattr(store, "LARGE_FILE", 0)
    path = tmp_path / "facts.toml"
    shutil.copy(shipped_path(), path)
    result = run("batch", input="search 瞪羚 -n 1\nshow loans.agri\n", facts=path)
    assert result.exit_code == 0, result.stderr
    replies = [json.loads(line) for line in result.stdout.splitlines()]
    assert replies[0]["result"][0]["id"] == "enterprises.gazelle"
    assert replies[1]["result"][0]["value"] == 9.58
    assert store.index_file(path).exists()


def test_a_batch_line_follows_the_same_contract() -> None:
    """show is an array; a filter given twice means either value; an option of one value
    given twice is refused, as on the command line."""
    assert [fact["id"] for fact in answer(BASE, "show market.goods", PARSE)] == ["market.goods"]
    assert [fact["id"] for fact in answer(BASE, "list -c transfer -c enterprises -s -id",
                                          PARSE)] == ["transfer.contracts",
                                                      "enterprises.high-tech",
                                                      "enterprises.gazelle"]
    with pytest.raises(UsageError, match="--sort/-s is given more than once"):
        answer(BASE, "list --sort id --sort value", PARSE)
    with pytest.raises(UsageError, match="global options go before or after"):
        answer(BASE, "stats --color never", PARSE)


def test_a_line_that_is_no_lookup_says_why(run) -> None:  # type: ignore[no-untyped-def]
    # an option where the command goes, a command of its own: not "did you mean list?"
    result = run("batch", input="--facts news list\nvalidate x\nlsit\n")
    replies = [json.loads(line) for line in result.stdout.splitlines()]
    assert [reply["code"] for reply in replies] == [2, 2, 2]
    assert "global options go before or after" in replies[0]["error"]
    assert "a command of its own" in replies[1]["error"]
    assert "did you mean list?" in replies[2]["error"]
