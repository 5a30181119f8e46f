from __future__ import annotations

from pathlib import Path
from typing import Any, List, Optional

import pytest
from typer.testing import CliRunner

from jzfacts.cli import app

DATA = Path(__file__).parent / "data"
SMALL = DATA / "small.toml"
REPO = Path(__file__).resolve().parent.parent
PAGE = REPO.parent / "shared" / "seed" / "000_536721584826cc40.txt"


def make_runner() -> CliRunner:
    try:  # click < 8.2 mixes stderr into stdout unless told not to
        return CliRunner(mix_stderr=False)  # type: ignore[call-arg]
    except TypeError:
        return CliRunner()


@pytest.fixture(autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory,
                  monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own cache directory (subprocesses inherit it)."""
    directory = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("XDG_CACHE_HOME", str(directory))
    monkeypatch.delenv("JZFACTS_NO_CACHE", raising=False)
    return directory


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch) -> Any:
    """Run jzfacts in-process on the small fixture base (or another file)."""
    monkeypatch.delenv("JZFACTS_FACTS", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("COLUMNS", "100")
    runner = make_runner()

    def invoke(*args: str, facts: Optional[Path] = SMALL, input: Optional[str] = None) -> Any:
        argv: List[str] = (["--facts", str(facts)] if facts else []) + list(args)
        return runner.invoke(app, argv, input=input)

    return invoke
