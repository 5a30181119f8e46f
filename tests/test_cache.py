"""The cache never changes an answer: corrupt, truncated, stale, read-only or contended."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from jzfacts import cache
from jzfacts.factbase import load

from .conftest import REPO, SMALL, unprivileged


@pytest.fixture
def facts_file(tmp_path: Path) -> Path:
    path = tmp_path / "facts.toml"
    path.write_text(SMALL.read_text(encoding="utf-8"), encoding="utf-8")
    return path


def answer(path: Path) -> list:  # type: ignore[type-arg]
    return [fact.to_dict() for fact in load(path).facts]


def test_first_load_writes_the_cache_and_later_loads_use_it(facts_file: Path) -> None:
    expected = answer(facts_file)
    assert cache.cache_file(facts_file).exists()
    assert cache.read(facts_file) is not None
    assert answer(facts_file) == expected


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty", "flipped"])
def test_damaged_cache_is_ignored_and_rebuilt(facts_file: Path, damage: str) -> None:
    expected = answer(facts_file)
    target = cache.cache_file(facts_file)
    blob = target.read_bytes()
    damaged = {"garbage": os.urandom(len(blob)), "truncated": blob[: len(blob) // 2],
               "empty": b"", "flipped": blob[:-40] + bytes([blob[-40] ^ 0xFF]) + blob[-39:]}
    target.write_bytes(damaged[damage])
    assert cache.read(facts_file) is None
    assert answer(facts_file) == expected
    assert cache.read(facts_file) is not None  # rebuilt


def test_stale_cache_is_not_used(facts_file: Path) -> None:
    answer(facts_file)
    text = facts_file.read_text(encoding="utf-8").replace("value = 26", "value = 27").replace(
        "瞪羚企业26家", "瞪羚企业27家")
    facts_file.write_text(text, encoding="utf-8")
    assert [f["value"] for f in answer(facts_file) if f["id"] == "enterprises.gazelle"] == [27]


def test_a_fact_file_made_invalid_is_refused_even_with_a_cache(facts_file: Path) -> None:
    from jzfacts.errors import FactFileError

    answer(facts_file)
    facts_file.write_text(facts_file.read_text(encoding="utf-8").replace('approx = "under"',
                                                                         'approx = "roughly"'),
                          encoding="utf-8")
    with pytest.raises(FactFileError):
        load(facts_file)


def test_two_fact_files_never_share_a_cache(tmp_path: Path) -> None:
    first, second = tmp_path / "a" / "facts.toml", tmp_path / "b" / "facts.toml"
    for path, value in ((first, "26"), (second, "27")):
        path.parent.mkdir()
        path.write_text(SMALL.read_text(encoding="utf-8").replace("26", value), encoding="utf-8")
    assert cache.cache_file(first) != cache.cache_file(second)
    values = [[f["value"] for f in answer(p) if f["id"] == "enterprises.gazelle"]
              for p in (first, second, first)]
    assert values == [[26], [27], [26]]


def test_read_only_cache_directory(open_tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A cache folder the user cannot write: every load answers, none leaves a file there.
    Runs as an ordinary user even under root (conftest.unprivileged): never skipped."""
    facts = open_tmp_path / "facts.toml"
    facts.write_text(SMALL.read_text(encoding="utf-8"), encoding="utf-8")
    facts.chmod(0o644)
    folder = open_tmp_path / "cache" / "jzfacts"
    folder.mkdir(parents=True)
    folder.chmod(0o555)
    monkeypatch.setenv("XDG_CACHE_HOME", str(open_tmp_path / "cache"))

    def load_twice() -> list:  # type: ignore[type-arg]
        first, second = answer(facts), answer(facts)
        return [first == second, [fact["id"] for fact in first], os.listdir(folder)]

    same, ids, left = unprivileged(load_twice)
    assert same and ids[0] == "enterprises.high-tech" and left == []


def test_cache_location_that_cannot_exist(facts_file: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    blocker = facts_file.parent / "not-a-dir"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # a file where a directory should be
    assert answer(facts_file)[0]["id"] == "enterprises.high-tech"


@pytest.mark.parametrize("value, cached", [("1", False), ("true", False), ("yes", False),
                                           ("0", True), ("false", True), ("", True)])
def test_cache_can_be_turned_off(facts_file: Path, monkeypatch, value: str,  # type: ignore[no-untyped-def]
                                 cached: bool) -> None:
    """JZFACTS_NO_CACHE=1 turns the cache off; JZFACTS_NO_CACHE=0 does not."""
    monkeypatch.setenv("JZFACTS_NO_CACHE", value)
    answer(facts_file)
    assert cache.cache_file(facts_file).exists() is cached


def test_eight_processes_at_once(facts_file: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    command = [sys.executable, "-m", "jzfacts", "--facts", str(facts_file), "list", "--json"]
    processes = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  env=env) for _ in range(8)]
    outputs = [process.communicate(timeout=120) for process in processes]
    assert all(process.returncode == 0 for process in processes)
    assert all(err == b"" for _, err in outputs)
    documents = [json.loads(out) for out, _ in outputs]
    assert all(document == documents[0] for document in documents)
    assert cache.read(facts_file) is not None
    leftovers = [p.name for p in cache.cache_dir().iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def test_an_interrupted_write_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "cache" / "facts.toml-0.sqlite"

    def interrupted(temporary: Path) -> None:
        temporary.write_bytes(b"half an index")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        cache.replace_atomically(target, interrupted)
    assert list(target.parent.iterdir()) == []
