"""What ask's start-up no longer computes, each equal to what it replaced: spelled.py holds,
generated, the pinyin spellings questions are read with (pinyin.spellings) — what the word
lists and pinyin.txt give today; judge._holds finds an English word whole as re did."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from typing import Any, Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jzfacts.base.units import UNITS
from jzfacts.search import spelled, unitwords
from jzfacts.search.judge import OPPOSITES, _holds
from jzfacts.search.pinyin import spellings
from jzfacts.search.question import (
    change_asked,
    derived_asked,
    unit_words,
    unit_words_of,
    which_unit,
)
from jzfacts.search.terms import read_query

ROOT = Path(__file__).resolve().parent.parent


def _generator() -> Any:
    spec = importlib.util.spec_from_file_location("gen_spellings",
                                                  ROOT / "scripts" / "gen_spellings.py")
    assert spec is not None and spec.loader is not None
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    return generator


def test_spelled_py_is_what_the_word_lists_give_today() -> None:
    for name, value in spellings().items():
        held = getattr(spelled, name)
        assert held == (frozenset(value) if isinstance(value, list) else value), (
            f"spelled.{name} is out of date: run python scripts/gen_spellings.py")


def test_unitwords_py_is_what_the_unit_table_gives_today() -> None:
    # in the order made, too: ask lists a unit's English words in it
    assert list(unitwords.UNIT_WORDS.items()) == list(unit_words_of(UNITS).items()), (
        "unitwords.py is out of date: run python scripts/gen_spellings.py")


def test_the_generator_writes_the_modules_as_committed() -> None:
    generator = _generator()
    assert generator.render() == (ROOT / "jzfacts" / "search" / "spelled.py").read_text(
        encoding="utf-8")
    assert generator.render_unit_words() == (
        ROOT / "jzfacts" / "search" / "unitwords.py").read_text(encoding="utf-8")


def test_unit_words_are_the_generated_ones_until_a_file_declares_units() -> None:
    from jzfacts.base.units import Unit

    assert unit_words() is unitwords.UNIT_WORDS
    UNITS.declare({"艘次": Unit("艘次", "艘次", 0, "count (ship calls)", "shipcalls")})
    words = unit_words()
    assert words["shipcalls"] == "艘次"
    assert {word: unit for word, unit in words.items() if word != "shipcalls"} == \
        unitwords.UNIT_WORDS


def test_each_spelled_list_is_read_in_pinyin_questions() -> None:
    # question words dropped, the unit after ji kept out; units after na ge; averages;
    # changes
    assert read_query("gaoxin qiye dagai duoshao jia", set()).terms == \
        read_query("gaoxin qiye", set()).terms
    assert which_unit("na ge bowei") == "泊位"
    assert derived_asked("pingjun mei jia duoshao") == "平均"
    assert change_asked("zengzhang le duoshao") == "增长"


@settings(max_examples=500)
@given(st.text(alphabet=st.sampled_from("domesticforeign-state owned_1 锦Aé.,"), max_size=30),
       st.sampled_from([word for pair in OPPOSITES for side in pair for word in side
                        if word.isascii()] + ["-x", "x-", "_"]))
def test_an_english_word_is_held_as_re_finds_it_whole(text: str, word: str) -> None:
    assert _holds(text, word) == (re.search(rf"\b{re.escape(word)}\b", text) is not None)


@pytest.fixture
def no_index(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Look-ups by bisection, as where a table has no index."""
    from jzfacts.search import tables

    tables.lookup.cache_clear()
    monkeypatch.setattr(tables, "_slots", lambda name, size: None)
    yield
    tables.lookup.cache_clear()


@pytest.mark.parametrize("indexed", [True, False])
def test_table_lookups_of_keys_held_agree_with_the_whole_table(
        indexed: bool, request: pytest.FixtureRequest) -> None:
    # keys the tables hold — first, last, every 37th, keys of several lines — and their
    # prefixes, beside keys between them: a look-up finds each as a read of the whole does,
    # by the index and by bisection
    from bisect import bisect_left
    from collections import defaultdict

    from jzfacts.search.tables import HERE, has_prefix, lookup

    if not indexed:
        request.getfixturevalue("no_index")

    for name in ("t2s.txt", "english.txt", "places.tsv", "synonyms.tsv", "nouns.tsv",
                 "bridge.tsv", "pinyin.txt"):
        lines = (HERE / name).read_text(encoding="utf-8").splitlines()[1:]
        values = defaultdict(list)
        for line in lines:
            key, _, value = line.partition("\t")
            values[key].append(value)
        keys = sorted(values)
        sample = {keys[0], keys[-1], *keys[::37], *(key for key in keys[::5]
                                                   if len(values[key]) > 1)}
        for key in sorted(sample):
            assert list(lookup(name, key)) == values[key], (name, key)
            for probe in (key[:-1], key + "\u4e00", key + "a"):
                assert list(lookup(name, probe)) == values.get(probe, []), (name, probe)
                after = bisect_left(keys, probe)  # the first key ≥ the probe
                assert has_prefix(name, probe) == (
                    after < len(keys) and keys[after].startswith(probe)), (name, probe)


def test_each_table_s_index_is_the_one_its_table_gives() -> None:
    from jzfacts.search.tables import HERE, INDEXED, index_of

    for name in INDEXED:
        assert (HERE / f"{name}.idx").read_bytes() == index_of((HERE / name).read_bytes()), (
            f"{name}.idx is out of date: run python scripts/gen_table_index.py")


def test_a_table_whose_index_is_missing_or_stale_is_bisected(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from jzfacts.search import tables

    table = "# key<TAB>value\n" + "".join(f"{chr(0x4e00 + i)}\t{i}\n" for i in range(3000))
    (tmp_path / "t.tsv").write_text(table, encoding="utf-8")
    made = tables.index_of(table.encode("utf-8"))
    for index in (None, made, made[:4] + (len(made) + 1).to_bytes(4, "little") + made[8:],
                  b"JZIX" + b"\x00" * 20, b"junk"):
        if index is None:
            (tmp_path / "t.tsv.idx").unlink(missing_ok=True)
        else:
            (tmp_path / "t.tsv.idx").write_bytes(index)
        monkeypatch.setattr(tables, "HERE", tmp_path)
        for cached in (tables._mapped, tables._slots, tables.lookup):
            cached.cache_clear()
        try:
            assert (tables._slots("t.tsv", len(table.encode("utf-8"))) is not None) == \
                (index is made)
            for i in (0, 1, 1234, 2999):
                assert tables.lookup("t.tsv", chr(0x4e00 + i)) == (str(i),)
            assert tables.lookup("t.tsv", "a") == tables.lookup("t.tsv", "\u4e00\u4e00") == ()
        finally:
            for cached in (tables._mapped, tables._slots, tables.lookup):
                cached.cache_clear()


def test_a_character_read_by_look_up_reads_as_in_the_whole_table() -> None:
    # terms._readings looks characters up one at a time until it has read TABLE_AFTER of
    # them, then loads pinyin.table(): both must give every character the same readings
    from jzfacts.search.pinyin import readings, table

    whole = table()
    for char in [*list(whole)[::7], "绿", "女", "锦", "a", "1", "\u3400", "〇"]:
        assert readings(char) == whole.get(char, ()), char


def test_fact_terms_are_the_same_before_and_after_the_table_loads(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from jzfacts.base.factbase import shipped_path
    from jzfacts.search import terms
    from jzfacts.search.loaded import load

    facts = [fact._replace() for fact in load(shipped_path()).facts]  # (none remembered)
    monkeypatch.setattr(terms, "_read", [0])
    terms.text_terms.cache_clear()
    by_look_up = [terms.fact_columns(fact) for fact in facts]
    monkeypatch.setattr(terms, "_read", [terms.TABLE_AFTER])
    terms.text_terms.cache_clear()
    assert [terms.fact_columns(fact) for fact in facts] == by_look_up
