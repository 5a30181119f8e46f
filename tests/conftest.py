from __future__ import annotations

import os
from pathlib import Path
from typing import Any, List, Optional

import pytest
from hypothesis import settings
from typer.testing import CliRunner

from jzfacts.cli.app import app

# No property test has a deadline: speed is measured in benchmarks/, as ratios in one run,
# never timed in a test (a busy machine made a 200 ms deadline fail a correct parse).
settings.register_profile("jzfacts", deadline=None)
settings.load_profile("jzfacts")

DATA = Path(__file__).parent / "data"
SMALL = DATA / "small.toml"
REPO = Path(__file__).resolve().parent.parent
# The seed page lives in shared/ beside the repository; a git worktree one level deeper
# (wt/issue-N) finds it one folder further up.
PAGE = next((folder / "shared" / "seed" / "000_536721584826cc40.txt"
             for folder in (REPO.parent, REPO.parent.parent)
             if (folder / "shared" / "seed").is_dir()),
            REPO.parent / "shared" / "seed" / "000_536721584826cc40.txt")


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


@pytest.fixture(autouse=True)
def declarations_restored() -> Any:
    """Units and categories a test's fact files declare are known process-wide (model,
    units): forget them after each test, so that no test sees another's."""
    from jzfacts.base.model import CATEGORIES
    from jzfacts.base.units import UNITS

    categories, units = dict(CATEGORIES), dict(UNITS._declared)
    yield
    CATEGORIES.clear()
    CATEGORIES.update(categories)
    UNITS._declared = units


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


NOBODY = 65534


def unprivileged(function: Any) -> Any:
    """Run function() as an ordinary user and return what it returns (JSON-able).

    CI runs as root, and root reads unreadable files and writes into read-only folders:
    there the function runs in a forked child that has given up root (setgid/setuid to
    nobody) first, so the permission tests run instead of skipping. The paths it touches
    must be reachable by that user (see open_tmp_path)."""
    import json

    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return function()
    _import_everything()
    reader, writer = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - runs in the child
        status = 1
        try:
            os.close(reader)
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            assert os.geteuid() == NOBODY
            payload = json.dumps({"ok": function()})
        except BaseException as error:  # noqa: BLE001 - reported to the parent
            payload = json.dumps({"error": f"{type(error).__name__}: {error}"})
        try:
            os.write(writer, payload.encode())
            status = 0
        finally:
            os._exit(status)
    os.close(writer)
    with os.fdopen(reader, "rb") as stream:
        reply = json.loads(stream.read() or b'{"error": "no reply"}')
    os.waitpid(child, 0)
    if "error" in reply:
        raise AssertionError(f"as an unprivileged user: {reply['error']}")
    return reply["ok"]


def _import_everything() -> None:
    """Import now what the child may import lazily: once it is nobody, the interpreter's
    and the virtual environment's folders (root's, under CI) may be closed to it."""
    import importlib
    import pkgutil

    import jzfacts

    for module in pkgutil.walk_packages(jzfacts.__path__, "jzfacts."):
        if not module.name.endswith("__main__"):
            importlib.import_module(module.name)
    for name in ("calendar", "datetime", "decimal", "difflib", "json", "marshal", "zlib",
                 "tomli", "shutil", "tempfile", "sqlite3", "csv"):
        importlib.import_module(name)


@pytest.fixture
def open_tmp_path() -> Any:
    """A temporary folder every user can enter (pytest's own is root's alone under root)."""
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="jzfacts-test-"))
    folder.chmod(0o777)
    yield folder
    for path in folder.rglob("*"):
        if path.is_dir():
            path.chmod(0o777)
    shutil.rmtree(folder, ignore_errors=True)


def split_shipped(folder: Path) -> List[Path]:
    """The shipped page's facts as one fact file per article (its [[source]] and facts;
    each [[not_fact]] with the fact it names, the others with the first): a base of
    several files that holds exactly the shipped facts."""
    import tomli
    import tomli_w

    from jzfacts.base.files import shipped_path

    data = tomli.loads(shipped_path().read_text(encoding="utf-8"))
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    source_of = {fact["id"]: fact["source"] for fact in data["fact"]}
    for number, source in enumerate(data["source"]):
        part = {"source": [source],
                "fact": [fact for fact in data["fact"] if fact["source"] == source["id"]]}
        part["not_fact"] = [raw for raw in data.get("not_fact", [])
                            if source_of.get(raw.get("fact"), data["source"][0]["id"])
                            == source["id"]]
        path = folder / f"{number:02d}-{source['id']}.toml"
        path.write_text(tomli_w.dumps(part), encoding="utf-8")
        paths.append(path)
    return paths


def synthetic(count: int) -> str:
    """A fact file of `count` facts made from the shipped ones, as benchmarks/generate.py
    makes them (the benchmarks are no package: imported from their folder)."""
    import sys

    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        from generate import synthetic as made
    finally:
        sys.path.pop(0)
    return str(made(count))
