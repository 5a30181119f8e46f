from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jzfacts.numerals import numbers_in, parse_chinese_numeral, parse_number

DIGITS = "零一二三四五六七八九"


def to_chinese(number: int) -> str:
    """A test oracle: the standard Chinese numeral for 1..99,999,999."""
    def below_10000(n: int) -> str:
        out, zero = "", False
        for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            digit, n = divmod(n, value)
            if digit:
                out += ("零" if zero and out else "") + DIGITS[digit] + unit
                zero = False
            else:
                zero = True
        return out

    high, low = divmod(number, 10000)
    if not high:
        return below_10000(low)
    text = below_10000(high) + "万"
    if low:
        text += ("零" if low < 1000 else "") + below_10000(low)
    return text


@pytest.mark.parametrize("text, expected", [
    ("十", 10), ("二十一", 21), ("一百零五", 105), ("千", 1000), ("三万五千", 35000),
    ("七", 7), ("两", 2), ("二〇二三", 2023), ("百", 100), ("十五", 15),
    # abbreviated forms: the last digit takes the unit below the one before it
    ("一百二", 120), ("三万五", 35000), ("两千", 2000), ("一亿二", 120_000_000),
    ("一万零五", 10005), ("万", 10_000), ("十万", 100_000),
    # 万亿: a larger unit after a smaller one multiplies everything before it
    ("二十万亿", 20 * 10**12), ("三万亿", 3 * 10**12),
    ("九十九点四", Decimal("99.4")),
])
def test_parse_chinese_numeral(text: str, expected: int | Decimal) -> None:
    assert parse_chinese_numeral(text) == expected


@pytest.mark.parametrize("text", ["", "百千万", "abc", "十十", "七七七x", "四两", "千万",
                                  "亿万", "一万万", "六六八八", "九点"])
def test_malformed_numerals_are_none(text: str) -> None:
    assert parse_chinese_numeral(text) is None


@given(st.integers(min_value=1, max_value=99_999_999))
def test_chinese_numerals_round_trip(number: int) -> None:
    assert parse_chinese_numeral(to_chinese(number)) == number


@pytest.mark.parametrize("text, expected", [
    ("近千种物美价廉的商品参展", {1000}),
    ("凌海(翠岩)大集距锦州北站十余公里", {10}),
    ("精选了上百个品牌", {100}),
    ("腊月二十一", {21}),
    ("载重8.92万吨", {Decimal("8.92"), 10000}),
    ("全国第七批", {7}),
    # whole phrases only: an idiom or a name is its single characters, never a number
    # made of some of its digits (42, 10,000,000)
    ("四两拨千斤", {4, 2, 1000}),
    ("百千万人才工程", {100, 1000, 10000}),
    ("六六八八席", {6, 8}),
    ("百分之九十九点四", {Decimal("99.4")}),
    ("四分之一的企业", {Decimal("0.25"), Decimal("25")}),  # a share, and a percentage
    ("七成农户", {70}), ("7成", {70}),
    ("2,130,000,000元", {2130000000}),
    ("99.4%、93.95%", {Decimal("99.4"), Decimal("93.95")}),
    ("二〇二三年", {2023}),
])
def test_numbers_in(text: str, expected: set) -> None:  # type: ignore[type-arg]
    assert numbers_in(text) == {Decimal(n) for n in expected}


@given(st.text(max_size=60))
def test_numbers_in_never_fails(text: str) -> None:
    assert all(number.is_finite() for number in numbers_in(text))


def test_parse_number() -> None:
    assert parse_number("2,130,000,000") == Decimal(2130000000)
    assert parse_number("21.3") == Decimal("21.3")
    assert parse_number("nan") is None
    assert parse_number("x") is None
