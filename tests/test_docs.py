"""The README and the help: what they say is what the tool does."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.dom.minidom
from pathlib import Path

import pytest

from jzfacts.cli.app import COMMANDS

from .conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


QUICK_START = [
    "python3 -m venv .venv && . .venv/bin/activate && pip install . && jzfacts list",
    "python3 -m venv .venv && . .venv/bin/activate && pip install '.[test]' && python -m pytest",
]


@pytest.mark.skipif(not (shutil.which("jq") and shutil.which("sqlite3"))
                    and not os.environ.get("CI"),
                    reason="the README's examples pipe into jq and sqlite3 (CI installs them)")
def test_readme_examples_print_what_the_readme_says() -> None:
    """Each console block runs as a shell session in the environment a user has: no
    COLUMNS, no TMPDIR (scripts/readme_examples.py), and must leave the checkout as it was."""
    env = {name: value for name, value in os.environ.items() if name != "TMPDIR"}
    env["COLUMNS"] = "33"  # the runner must take it away: a user's shell does not export it
    result = subprocess.run([sys.executable, str(REPO / "scripts" / "readme_examples.py")],
                            capture_output=True, text=True, timeout=600, env=env)
    assert result.returncode == 0, result.stdout[-4000:]


def test_readme_example_runner_uses_a_users_environment(tmp_path: Path) -> None:
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        import readme_examples
    finally:
        sys.path.pop(0)
    env = readme_examples.environment(tmp_path)
    assert not {"COLUMNS", "LINES", "TMPDIR", "NO_COLOR", "FORCE_COLOR"} & set(env)
    outputs = readme_examples.run_session(
        ['cd "$(mktemp -d)" && touch made-here', "ls", 'echo "${TMPDIR-unset}"',
         'printf "no line break"', "echo to stderr >&2; echo to stdout"], env)
    assert outputs == ["", "made-here\n", "unset\n", "no line break\n",
                       "to stderr\nto stdout\n"]


def test_readme_uses_no_tmpdir_and_writes_nothing_into_the_clone() -> None:
    for block in re.findall(r"```console\n(.*?)```", README, re.S):
        assert "$TMPDIR" not in block
        for line in block.splitlines():
            if line.startswith("$ ") and (" -o " in line or "--output" in line):
                assert 'cd "$(mktemp -d)"' in block or " -o -" in line, line


def test_quick_start_is_two_commands_and_ci_runs_the_test_command() -> None:
    quick = README.split("## Quick start", 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    lines = quick.strip().splitlines()
    assert lines == QUICK_START
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert any(line.strip() == lines[1] for line in ci.splitlines()), "CI runs another command"


def test_every_test_named_in_the_bad_input_table_exists() -> None:
    table = README.split("## When things go wrong", 1)[1].split("## Speed", 1)[0]
    named = re.findall(r"`(test_\w+\.py)(?:::(test_\w+))?`", table)
    assert len(named) >= 25
    for filename, function in named:
        source = (REPO / "tests" / filename).read_text(encoding="utf-8")
        if function:
            assert f"def {function}(" in source, f"{filename}::{function}"


@pytest.mark.parametrize("svg", sorted((REPO / "docs").glob("*.svg")), ids=lambda p: p.name)
def test_committed_pictures_are_svg(svg: Path) -> None:
    document = xml.dom.minidom.parse(str(svg))
    assert document.documentElement.tagName == "svg"


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_examples(run, command: str) -> None:  # type: ignore[no-untyped-def]
    result = run(command, "--help", facts=None)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    summary = result.stdout.split("\n\n")[1].strip()
    assert summary and summary.endswith(".")
    examples = [line.strip() for line in lines if line.strip().startswith(("jzfacts ", "printf "))]
    assert len(examples) >= 2, result.stdout
    assert any(line.strip().startswith("Examples:") for line in lines)


def test_main_help_lists_commands_and_exit_codes(run) -> None:  # type: ignore[no-untyped-def]
    result = run("--help", facts=None)
    assert all(command in result.stdout for command in COMMANDS)
    assert "Exit codes: 0 found; 1 nothing found" in result.stdout
    assert "jzfacts search 瞪羚" in result.stdout


def test_no_arguments_shows_the_help(run) -> None:  # type: ignore[no-untyped-def]
    result = run(facts=None)
    assert "Usage: jzfacts" in result.stdout + result.stderr
    assert "Commands:" in result.stdout + result.stderr


def test_mistyped_command_gets_a_suggestion(run) -> None:  # type: ignore[no-untyped-def]
    result = run("serch", "瞪羚", facts=None)
    assert result.exit_code == 2
    assert "No such command 'serch'. Did you mean 'search'?" in result.stderr
