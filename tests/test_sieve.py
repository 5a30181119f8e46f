"""sieve.py leaves out of a pattern the alternatives a text cannot match (where compiled
patterns are not kept between runs): the pattern that is left must find exactly what the
whole one finds, in every question of the question sets and in any piece of one."""

from __future__ import annotations

import re
from typing import List

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jzfacts.search import ask, heads, question
from jzfacts.search.sieve import NEVER, alternatives, cut

from .conftest import DATA

QUESTIONS: List[str] = sorted({
    line.split("\t")[0] for path in DATA.glob("questions*.tsv")
    for line in path.read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")})

PATTERNS = [chinese for _, chinese, _ in question._WANTS] + [
    f"{english}|{question._PINYIN_WANTS[name]}" for name, _, english in question._WANTS] + [
    heads._ZH_ANCHOR, heads._ZH_FILLER, ask._JOINED]


def spans(pattern: str, text: str, flags: int = 0) -> list[tuple[int, int]]:
    return [match.span() for match in re.finditer(pattern, text, flags)]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_the_sieved_pattern_finds_what_the_whole_finds(pattern: str) -> None:
    for text in QUESTIONS:
        for form in (text, text.lower()):
            assert spans(cut(pattern, form), form) == spans(pattern, form), (pattern, form)


def test_ignoring_case_keeps_what_a_case_blind_match_finds() -> None:
    for text in QUESTIONS:
        assert spans(cut(ask.FAMILY_TOTAL, text, ignore_case=True), text, re.I) == \
            spans(ask.FAMILY_TOTAL, text, re.I), text


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(QUESTIONS), st.integers(0, 60), st.integers(0, 60),
       st.sampled_from(PATTERNS))
def test_any_piece_of_a_question(text: str, start: int, length: int, pattern: str) -> None:
    piece = text[start:start + length]
    assert spans(cut(pattern, piece), piece) == spans(pattern, piece)


def test_alternatives_and_their_literal_starts() -> None:
    assert alternatives(r"\bhow\s+many\b|几(?!何)|(?<![一总公])共(?=多少)|[房票]价|refers?") == (
        (r"\bhow\s+many\b", "how"), ("几(?!何)", "几"), ("(?<![一总公])共(?=多少)", "共"),
        ("[房票]价", ""), ("refers?", "refer"))
    assert cut("多少|几", "how many") == NEVER
    assert cut(r"(?:a|b)c|d", "xyz") == "(?:a|b)c"  # a group's start is never sure
