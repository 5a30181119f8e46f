"""The cache never changes an answer: corrupt, truncated, stale, edited while read,
read-only, contended, interrupted or old."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, List

import pytest

from jzfacts.base import cache, factbase
from jzfacts.base.factbase import entry_path
from jzfacts.search.loaded import load

from .conftest import REPO, SMALL, unprivileged


@pytest.fixture
def facts_file(tmp_path: Path) -> Path:
    path = tmp_path / "facts.toml"
    path.write_text(SMALL.read_text(encoding="utf-8"), encoding="utf-8")
    return path


def answer(path: Path) -> list:  # type: ignore[type-arg]
    return [fact.to_dict() for fact in load(path).facts]


def gazelle(path: Path) -> List[Any]:
    return [f["value"] for f in answer(path) if f["id"] == "enterprises.gazelle"]


def set_gazelle(path: Path, value: int) -> None:
    text = SMALL.read_text(encoding="utf-8").replace("value = 26", f"value = {value}").replace(
        "瞪羚企业26家", f"瞪羚企业{value}家")
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def settled(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files as if written a while ago: their fingerprints are not racy (a file changed
    within RACY_SECONDS of being read is cached with a digest of its bytes, and read again
    before it is trusted)."""
    monkeypatch.setattr(cache, "RACY_SECONDS", 0.0)


def no_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make reading a fact file fail: what is loaded then must come from the cache."""
    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the file was read again")

    monkeypatch.setattr(factbase, "_prepare", refuse)


def test_first_load_writes_the_cache_and_later_loads_use_it(
        facts_file: Path, monkeypatch: pytest.MonkeyPatch, settled: None) -> None:
    expected = answer(facts_file)
    assert entry_path(facts_file).exists()
    no_reading(monkeypatch)
    assert answer(facts_file) == expected


def test_the_cache_keeps_terms_and_statistics(facts_file: Path, settled: None,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """A cached file is searched without reading its facts' terms again (issue 16 #7)."""
    from jzfacts.search import terms
    from jzfacts.search.hits import search, statistics_of

    first = load(facts_file)
    expected = [(hit.fact.id, hit.score) for hit in search(first.facts, "瞪羚企业有几家")]
    assert first.statistics() == statistics_of(first.facts)
    no_reading(monkeypatch)
    monkeypatch.setattr(terms, "text_terms", lambda *a, **k: pytest.fail("terms read"))
    again = load(facts_file)
    assert [(hit.fact.id, hit.score) for hit in again.search("瞪羚企业有几家")] == expected


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty", "flipped"])
def test_damaged_cache_is_ignored_and_rebuilt(facts_file: Path, damage: str,
                                              settled: None) -> None:
    expected = answer(facts_file)
    target = entry_path(facts_file)
    blob = target.read_bytes()
    damaged = {"garbage": os.urandom(len(blob)), "truncated": blob[: len(blob) // 2],
               "empty": b"", "flipped": blob[:-40] + bytes([blob[-40] ^ 0xFF]) + blob[-39:]}
    target.write_bytes(damaged[damage])
    assert answer(facts_file) == expected
    assert target.read_bytes() == blob  # rebuilt


def test_stale_cache_is_not_used(facts_file: Path) -> None:
    assert gazelle(facts_file) == [26]
    set_gazelle(facts_file, 27)
    assert gazelle(facts_file) == [27]


def test_a_file_edited_while_it_is_first_read(facts_file: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """The fingerprint is taken before reading and checked again after: a file edited
    while it is read is read again, and what is cached is what the file now holds."""
    read = cache.read_snapshot
    edits = iter([27])

    def edited_while_read(path: Path, reader: Any = None) -> cache.Snapshot:
        def read_then_edit(target: Path) -> bytes:
            data = target.read_bytes()
            for value in edits:  # once: someone saves the file just after it was read
                set_gazelle(target, value)
            return data

        return read(path, read_then_edit)

    monkeypatch.setattr(cache, "read_snapshot", edited_while_read)
    assert gazelle(facts_file) == [27]
    monkeypatch.undo()
    assert gazelle(facts_file) == [27]


def test_an_edit_that_keeps_size_and_times_is_caught_by_the_digest(
        facts_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Timestamps are coarse: a file saved twice within their resolution, at the same
    size, has one fingerprint. A file read that soon after it changed is cached with a
    digest of its bytes and trusted only once they are read again and found the same."""
    monkeypatch.setattr(cache, "stamp_of", lambda status: (status.st_dev, status.st_ino,
                                                           status.st_size, status.st_mtime_ns,
                                                           0))  # as if ctime did not move
    assert gazelle(facts_file) == [26]  # cached, racy: the file was written just now
    status = facts_file.stat()
    set_gazelle(facts_file, 27)  # same size
    os.utime(facts_file, ns=(status.st_atime_ns, status.st_mtime_ns))
    assert facts_file.stat().st_size == status.st_size
    assert gazelle(facts_file) == [27]


def test_a_racy_entry_is_settled_once_the_file_is_old(facts_file: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    answer(facts_file)
    key = load_blob_key(facts_file)
    assert cache.load_blob(entry_path(facts_file), key)["racy"] is True
    monkeypatch.setattr(cache, "RACY_SECONDS", 0.0)  # time passes
    answer(facts_file)  # read again, found the same, now old enough: settled
    key = load_blob_key(facts_file)
    assert cache.load_blob(entry_path(facts_file), key)["racy"] is False
    no_reading(monkeypatch)
    answer(facts_file)


def load_blob_key(path: Path) -> Any:
    found = cache.stamp(path)
    assert found is not None
    return factbase.entry_key(path, found[0])


def test_a_fact_file_made_invalid_is_refused_even_with_a_cache(facts_file: Path) -> None:
    from jzfacts.base.errors import FactFileError

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
    assert entry_path(first) != entry_path(second)
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
    assert entry_path(facts_file).exists() is cached


def test_eight_processes_at_once(facts_file: Path) -> None:
    """Eight processes on a fresh cache: the same answer, one of them reads the file (the
    others wait for its lock and read the cache), nothing temporary left."""
    old = time.time() - 60  # written a while ago: no process needs to read it again
    os.utime(facts_file, (old, old))
    time.sleep(cache.RACY_SECONDS)
    env = dict(os.environ, PYTHONPATH=str(REPO))
    code = ("import sys, jzfacts.base.factbase as f\nprepare = f._prepare\n"
            "def counted(*a):\n    sys.stderr.write('read\\n')\n    return prepare(*a)\n"
            "f._prepare = counted\nfrom jzfacts.cli.app import main\n"
            "sys.argv = ['jzfacts'] + sys.argv[1:]\nmain()\n")
    command = [sys.executable, "-c", code, "--facts", str(facts_file), "list", "--json"]
    processes = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  env=env) for _ in range(8)]
    outputs = [process.communicate(timeout=120) for process in processes]
    assert all(process.returncode == 0 for process in processes)
    assert sum(err.count(b"read\n") for _, err in outputs) == 1
    documents = [json.loads(out) for out, _ in outputs]
    assert all(document == documents[0] for document in documents)
    leftovers = [p.name for p in (cache.cache_dir() / cache.FILES).iterdir()
                 if ".tmp" in p.name]
    assert leftovers == []


def test_an_interrupted_write_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "cache" / "facts.toml-0.sqlite"

    def interrupted(temporary: Path) -> None:
        temporary.write_bytes(b"half an index")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        cache.replace_atomically(target, interrupted)
    assert list(target.parent.iterdir()) == []


def test_temporary_files_of_dead_processes_are_swept(tmp_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    pid = int(dead.stdout)
    folder = tmp_path / "bases"
    folder.mkdir()
    left = [folder / f".base-x.v2.sqlite.{pid}.0a1b2c3d.tmp",
            folder / f".base-x.v2.sqlite.{pid}.0a1b2c3d.tmp-journal"]
    mine = folder / f".base-y.v2.sqlite.{os.getpid()}.00000000.tmp"
    entry = folder / "base-x.v2.sqlite"
    for path in (*left, mine, entry):
        path.write_bytes(b"x")
    assert sorted(cache.sweep(folder)) == sorted(path.name for path in left)
    assert sorted(folder.iterdir()) == sorted([mine, entry])


def test_old_entries_are_pruned(tmp_path: Path) -> None:
    root = cache.cache_dir()
    (root / cache.FILES).mkdir(parents=True)
    old = root / cache.FILES / "a-1.v2.entry"
    recent = root / cache.FILES / "b-2.v2.entry"
    other_format = root / cache.FILES / "c-3.v1.entry"
    first_format = root / "facts.toml-0123abcd.sqlite"
    for path in (old, recent, other_format, first_format):
        path.write_bytes(b"x")
    long_ago = time.time() - (cache.PRUNE_DAYS + 1) * 86400
    os.utime(old, (long_ago, long_ago))
    cache.prune(force=True)
    assert recent.exists()
    assert not old.exists() and not other_format.exists() and not first_format.exists()


def test_the_cache_command_shows_and_clears(run, facts_file: Path) -> None:  # type: ignore[no-untyped-def]
    assert run("list", facts=facts_file).exit_code == 0
    shown = run("cache", "--json", facts=None)
    assert shown.exit_code == 0, shown.stderr
    document = json.loads(shown.stdout)
    assert document["folder"] == str(cache.cache_dir())
    assert document["files"] >= 1 and document["files_bytes"] > 0
    cleared = run("cache", "--clear", facts=None)
    assert cleared.exit_code == 0
    assert cleared.stderr.startswith("jzfacts: cleared ")
    assert json.loads(run("cache", "--json", facts=None).stdout)["files"] == 0
    assert not entry_path(facts_file).exists()


def test_clearing_a_cache_that_cannot_be_changed_says_so(open_tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """`cache --clear` on a read-only cache: exit 2 saying what is left, never 'cleared'.
    Runs as an ordinary user even under root (conftest.unprivileged): never skipped."""
    facts = open_tmp_path / "facts.toml"
    facts.write_text(SMALL.read_text(encoding="utf-8"), encoding="utf-8")
    facts.chmod(0o644)
    monkeypatch.setenv("XDG_CACHE_HOME", str(open_tmp_path / "cache"))
    answer(facts)  # (as root: the entry is made, then the folders made read-only)
    for folder in (open_tmp_path / "cache").rglob("*"):
        if folder.is_dir():
            folder.chmod(0o555)
    (open_tmp_path / "cache").chmod(0o555)

    def clear() -> list:  # type: ignore[type-arg]
        from jzfacts.cli.app import app

        from .conftest import make_runner

        result = make_runner().invoke(app, ["cache", "--clear"])
        return [result.exit_code, result.stderr]

    code, stderr = unprivileged(clear)
    assert code == 2 and "could not clear" in stderr and "1 fact file" in stderr, stderr
