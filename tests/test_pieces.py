"""terms.pieces: a short text is cut by hand (compiling the CJK pattern costs ask's start-up
~14 M instructions), a long one by the pattern; both must cut every text alike."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from jzfacts.search.terms import _PIECE, SHORT_TEXT, _short_pieces, pieces

# the characters at the edges of each alternative, and their neighbours
EDGES = ("\u33ff\u3400\u4dbf\u4dc0\u4dff\u4e00锦州\u9fff\ua000\uf8ff\uf900\ufaff\ufb00"
         "AZaz@[`{09/:.．,１２٣a1Z9 \t\n_-")


def by_pattern(text: str) -> list[tuple[str, str, str, int, int]]:
    return [(m.group(1) or "", m.group(2) or "", m.group(3) or "", *m.span())
            for m in re.finditer(_PIECE, text)]


@settings(max_examples=400)
@given(st.text(alphabet=st.sampled_from(EDGES) | st.characters(), max_size=60))
def test_short_pieces_cut_as_the_pattern(text: str) -> None:
    assert _short_pieces(text) == by_pattern(text)


def test_pieces_of_short_and_long_texts() -> None:
    text = "锦州2023年新增4家瞪羚企业, gazelle firms 21.3亿元 R2D2 １２．５"
    assert pieces(text) == by_pattern(text)
    long = text * (SHORT_TEXT // len(text) + 1)
    assert len(long) > SHORT_TEXT and pieces(long) == by_pattern(long)
    assert [piece[0] for piece in pieces("锦州2023年")] == ["锦州", "", "年"]


def test_a_number_grouped_in_thousands_is_one_piece() -> None:
    # 2,130,000,000 is one number (as numerals.py reads it), not 2, 130, 000, 000: a search
    # for it found the facts whose quotes hold a 2. 1,88 and 12,3456 are no grouping.
    numbers = [piece[2] for piece in pieces("2,130,000,000元、1,88 12,3456 1,080.5项")
               if piece[2]]
    assert numbers == ["2,130,000,000", "1", "88", "12", "3456", "1,080.5"]
    long = "，".join(["共计2,130,000,000元"] * 20)
    assert [piece[2] for piece in pieces(long) if piece[2]] == ["2,130,000,000"] * 20


def test_a_grouped_number_is_searched_as_its_value_not_its_digit_groups() -> None:
    from jzfacts.search.terms import read_query

    query = read_query("2,130,000,000")
    assert [item.term for item in query.items] == ["2130000000"]
