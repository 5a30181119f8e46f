"""base.patterns: the code's regular expressions kept compiled between runs. A kept pattern
is the pattern re.compile makes; a damaged, foreign or refused file, or the cache turned
off, means patterns are compiled as re compiles them; answers never depend on it."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
import zlib
from pathlib import Path
from typing import Any, Iterator

import pytest

from jzfacts.base import patterns
from jzfacts.search.question import _ASKED_UNIT, SUPERLATIVE

from .conftest import _import_everything, unprivileged

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = ["锦州有多少家瞪羚企业", "how many gazelle companies are there in Jinzhou?",
             "gāoxīn jìshù qǐyè duōshǎo jiā", "錦州註冊嘅科技型中小企業有幾多間",
             "杭州有多少家瞪羚企业", "国家级和省级平台一共多少家", "那个9.58亿是什么",
             "R&D spending as a share of GDP, is it 2.5%?", "去年锦州港209泊位是哪年建成的"]
TEXTS = QUESTIONS + ["", "a", "几多个人", "How many berths, in total?", "最大的船 第一",
                     "abc 123 def", "Ünïcödé ça", "全国 全省 省内"]


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """patterns as a new process finds it (nothing read, nothing made yet)."""
    # every module imported first: one whose import compiles a pattern would otherwise
    # read the kept programs during the test (as root, in unprivileged's parent)
    _import_everything()
    monkeypatch.setattr(patterns, "_memo", {})
    monkeypatch.setattr(patterns, "_programs", None)
    monkeypatch.setattr(patterns, "_usable", True)
    monkeypatch.setattr(patterns, "_added", {})
    monkeypatch.setattr(patterns, "_where", None)
    yield


def ask_in_a_process(question: str, **env: str) -> str:
    done = subprocess.run([sys.executable, "-m", "jzfacts", "ask", question, "--json"],
                          capture_output=True, text=True, env={**os.environ, **env},
                          cwd=ROOT, check=False)
    assert done.returncode in (0, 1), done.stderr
    return done.stdout


def kept_file() -> Path:
    return patterns._target()


def same_pattern(made: Any, pattern: str, flags: int) -> None:
    expected = re.compile(pattern, flags)
    assert (made.pattern, made.flags, made.groups, made.groupindex) == \
        (expected.pattern, expected.flags, expected.groups, expected.groupindex)
    for text in TEXTS:
        assert [(m.span(), m.groups(), m.lastgroup) for m in made.finditer(text)] == \
            [(m.span(), m.groups(), m.lastgroup) for m in expected.finditer(text)], text


def test_a_run_keeps_its_patterns_and_each_is_the_pattern_re_makes(fresh: None) -> None:
    for question in QUESTIONS:
        ask_in_a_process(question)
    stored = marshal.loads(marshal.loads(kept_file().read_bytes())[2])
    assert len(stored) >= 20  # the patterns questions are read with
    for (pattern, flags), kept in stored.items():
        made = patterns._from_kept(pattern, kept)
        assert made is not None, pattern
        same_pattern(made, pattern, flags)


def test_a_later_run_compiles_none_of_the_kept_patterns(
        fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    compiled = patterns.compiled(SUPERLATIVE)
    patterns._save()
    monkeypatch.setattr(patterns, "_memo", {})
    monkeypatch.setattr(patterns, "_programs", None)

    def no_compiling(key: Any) -> Any:
        raise AssertionError(f"compiled again: {key}")

    monkeypatch.setattr(patterns, "_capture", no_compiling)
    again = patterns.compiled(SUPERLATIVE)
    assert again is not compiled
    same_pattern(again, SUPERLATIVE, 0)


def test_answers_are_the_same_with_kept_patterns_without_and_with_the_cache_off() -> None:
    for question in QUESTIONS:
        first = ask_in_a_process(question)  # compiles, keeps
        assert ask_in_a_process(question) == first  # from the kept programs
        assert ask_in_a_process(question, JZFACTS_NO_CACHE="1") == first  # sieved, as re


@pytest.mark.parametrize("damage", ["truncated", "garbage", "refused program",
                                    "another python", "not a dict"])
def test_a_damaged_or_foreign_file_means_patterns_compiled_anew(
        fresh: None, monkeypatch: pytest.MonkeyPatch, damage: str) -> None:
    made = patterns.compiled(_ASKED_UNIT)
    patterns._save()
    target = kept_file()
    key, _, payload = marshal.loads(target.read_bytes())
    programs = marshal.loads(payload)
    if damage == "truncated":
        target.write_bytes(target.read_bytes()[:-40])
    elif damage == "garbage":
        target.write_bytes(b"\x00\xff" * 100)
    else:
        if damage == "refused program":  # a program _sre rejects (it validates them)
            programs = {k: (v[0], v[1], b"\xff\xff\xff\x7f" * 8, *v[3:])
                        for k, v in programs.items()}
        elif damage == "another python":
            key = (*key[:1], "2.7.18 (another build)", *key[2:])
        else:
            programs = ["not", "a", "dict"]
        data = marshal.dumps(programs)
        target.write_bytes(marshal.dumps((key, zlib.adler32(data), data)))
    monkeypatch.setattr(patterns, "_memo", {})
    monkeypatch.setattr(patterns, "_programs", None)
    again = patterns.compiled(_ASKED_UNIT)
    same_pattern(again, _ASKED_UNIT, 0)
    assert again.pattern == made.pattern


def test_with_the_cache_off_nothing_is_kept_and_patterns_are_cut(
        fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    from jzfacts.search.sieve import cut, sieved

    monkeypatch.setenv("JZFACTS_NO_CACHE", "1")
    assert patterns.compiled(SUPERLATIVE).pattern == SUPERLATIVE
    assert not patterns.keeping()
    assert sieved(SUPERLATIVE, "最大") == cut(SUPERLATIVE, "最大") != SUPERLATIVE
    patterns._save()
    assert not kept_file().exists()


def test_a_cache_that_takes_no_files_keeps_nothing_and_patterns_are_cut(
        fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    from jzfacts.search.sieve import cut, sieved

    monkeypatch.setattr(patterns, "_writable", lambda folder: False)
    assert not patterns.keeping()
    assert sieved(SUPERLATIVE, "最大") == cut(SUPERLATIVE, "最大")
    same_pattern(patterns.compiled(SUPERLATIVE), SUPERLATIVE, 0)
    patterns._save()
    assert not kept_file().exists()


def test_a_read_only_cache_directory_keeps_nothing_and_answers(
        open_tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh: None) -> None:
    # as an ordinary user even under root (conftest.unprivileged): never skipped
    folder = open_tmp_path / "cache" / "jzfacts"
    folder.mkdir(parents=True)
    folder.chmod(0o555)
    monkeypatch.setenv("XDG_CACHE_HOME", str(open_tmp_path / "cache"))

    def read_only() -> list:  # type: ignore[type-arg]
        made = patterns.compiled(SUPERLATIVE)
        writable = patterns._writable(folder / "files")
        keeping = patterns.keeping()
        patterns._save()
        return [writable, keeping, made.pattern == SUPERLATIVE, os.listdir(folder)]

    writable, keeping, same, left = unprivileged(read_only)
    assert not writable and not keeping and same and left == []


def test_with_the_cache_on_the_sieve_gives_the_whole_pattern(fresh: None) -> None:
    from jzfacts.search.sieve import sieved

    assert patterns.keeping()
    assert sieved(SUPERLATIVE, "最大") == SUPERLATIVE


def test_a_pattern_re_refuses_raises_as_re_would(fresh: None) -> None:
    with pytest.raises(re.error):
        patterns.compiled("(unclosed")
    patterns._save()
    assert not kept_file().exists()
