"""What ask's start-up no longer computes, each equal to what it replaced: spelled.py holds,
generated, the pinyin spellings questions are read with (pinyin.spellings) — what the word
lists and pinyin.txt give today; judge._holds finds an English word whole as re did."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jzfacts.search import spelled
from jzfacts.search.judge import OPPOSITES, _holds
from jzfacts.search.pinyin import spellings
from jzfacts.search.question import change_asked, derived_asked, which_unit
from jzfacts.search.terms import read_query

ROOT = Path(__file__).resolve().parent.parent


def test_spelled_py_is_what_the_word_lists_give_today() -> None:
    for name, value in spellings().items():
        held = getattr(spelled, name)
        assert held == (frozenset(value) if isinstance(value, list) else value), (
            f"spelled.{name} is out of date: run python scripts/gen_spellings.py")


def test_the_generator_writes_the_module_as_committed() -> None:
    spec = importlib.util.spec_from_file_location("gen_spellings",
                                                  ROOT / "scripts" / "gen_spellings.py")
    assert spec is not None and spec.loader is not None
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    assert generator.render() == (ROOT / "jzfacts" / "search" / "spelled.py").read_text(
        encoding="utf-8")


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


def test_table_lookups_of_keys_held_agree_with_the_whole_table() -> None:
    # keys the tables hold — first, last, every 37th, keys of several lines — and their
    # prefixes, beside keys between them: a look-up finds each as a read of the whole does
    from bisect import bisect_left
    from collections import defaultdict

    from jzfacts.search.tables import HERE, has_prefix, lookup

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
