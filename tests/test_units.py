from __future__ import annotations

import pytest

from jzfacts.units import UNITS, dimension, normalize


@pytest.mark.parametrize("value, unit, expected", [
    (21.3, "亿元", (2130000000, "元")),
    (9.58, "亿元", (958000000, "元")),
    (5, "亿元", (500000000, "元")),
    (8.92, "万吨", (89200, "吨")),
    (99.4, "%", (99.4, "%")),
    (93.95, "%", (93.95, "%")),
    (865, "家", (865, "家")),
    (4636, "标准箱", (4636, "标准箱")),
    (1.5, "万人", (15000, "人")),
])
def test_normalize_is_exact(value: float, unit: str, expected: tuple) -> None:  # type: ignore[type-arg]
    result = normalize(value, unit)
    assert result == expected
    assert type(result[0]) is type(expected[0])  # whole numbers come back as int


def test_every_unit_has_a_base_in_the_table() -> None:
    for unit in UNITS.values():
        assert unit.base in UNITS
        assert UNITS[unit.base].power == 0
        assert UNITS[unit.base].dimension == unit.dimension


def test_dimensions_separate_what_cannot_be_compared() -> None:
    assert dimension("万吨") == dimension("吨") != dimension("标准箱")
    assert dimension("家") != dimension("人")
    assert dimension("年", "year") != dimension("年")
    assert dimension("批", "ordinal") != dimension("批")
