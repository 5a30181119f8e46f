"""The README and the help: what they say is what the tool does."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.dom.minidom
from pathlib import Path

import pytest

from jzfacts.cli import COMMANDS

from .conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


@pytest.mark.skipif(not (shutil.which("jq") and shutil.which("sqlite3")),
                    reason="the README's examples pipe into jq and sqlite3")
def test_readme_examples_print_what_the_readme_says() -> None:
    result = subprocess.run([sys.executable, str(REPO / "scripts" / "readme_examples.py")],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-4000:]


def test_quick_start_is_two_commands_and_ci_runs_the_test_command() -> None:
    quick = README.split("## Quick start", 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    lines = quick.strip().splitlines()
    assert lines == ["pip install . && jzfacts list",
                     "pip install '.[test]' && python -m pytest"]
    assert lines[1] in (REPO / ".ci" / "run").read_text(encoding="utf-8")


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
