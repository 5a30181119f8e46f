"""Bad input from the README's table that no other test file covers on its own."""

from __future__ import annotations


def test_huge_query(run) -> None:  # type: ignore[no-untyped-def]
    result = run("search", "瞪" * 100_000)
    assert result.exit_code == 2
    assert result.stderr == "jzfacts: query too long (100000 characters; at most 1000)\n"
    assert result.stdout == ""


def test_huge_query_in_batch(run) -> None:  # type: ignore[no-untyped-def]
    import json

    result = run("batch", input="search " + "x" * 100_000 + "\nshow enterprises.gazelle\n")
    replies = [json.loads(line) for line in result.stdout.splitlines()]
    assert [reply["ok"] for reply in replies] == [False, True]
    assert replies[0]["code"] == 2 and "query too long" in replies[0]["error"]


def test_blank_query(run) -> None:  # type: ignore[no-untyped-def]
    result = run("search", "   ")
    assert result.exit_code == 2 and result.stderr.startswith("jzfacts: empty query")


def test_unknown_color_and_negative_limit(run) -> None:  # type: ignore[no-untyped-def]
    result = run("list", "--color", "rainbow")
    assert (result.exit_code, result.stderr) == (
        2, "jzfacts: unknown --color 'rainbow'; use auto, always, never\n")
    result = run("list", "--limit", "0")
    assert result.exit_code == 2 and "Invalid value for '--limit'" in result.stderr


def test_json_and_format_disagree(run) -> None:  # type: ignore[no-untyped-def]
    result = run("list", "--json", "--format", "csv")
    assert (result.exit_code, result.stderr) == (
        2, "jzfacts: --json and --format csv disagree: give one of them\n")
