from __future__ import annotations

import pytest

from jzfacts.base.units import UNITS, dimension, normalize


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


@pytest.mark.parametrize("symbol, base, power, dimension_", [
    # Latin units by rule: SI prefixes × base symbols, each a power of ten of its base
    ("GB", "B", 9, "data"), ("TB", "B", 12, "data"), ("kB", "B", 3, "data"),
    ("KB", "B", 3, "data"), ("Mbps", "bps", 6, "data rate"), ("Gbps", "bps", 9, "data rate"),
    ("GHz", "Hz", 9, "frequency"), ("kPa", "Pa", 3, "pressure"), ("hPa", "Pa", 2, "pressure"),
    ("mAh", "Ah", -3, "electric charge"), ("kV", "V", 3, "voltage"),
    ("mA", "A", -3, "electric current"), ("TWh", "千瓦时", 9, "energy"),
    ("GW", "千瓦", 6, "power"), ("mW", "千瓦", -6, "power"), ("μg", "吨", -12, "mass"),
    ("ng", "吨", -15, "mass"), ("Mt", "吨", 6, "mass"), ("mL", "立方米", -6, "volume"),
    ("ml", "立方米", -6, "volume"), ("μm", "米", -6, "length"), ("ms", "秒", -3, "seconds"),
    ("MJ", "J", 6, "energy (joules)"), ("cm²", "平方米", -4, "area (m²)"),
    ("km³", "立方米", 9, "volume"), ("kW·h", "千瓦时", 0, "energy"),
    # rates of them, and products below the line
    ("MB/s", "B/秒", 6, "data per seconds"), ("m³/s", "立方米/秒", 0, "volume per seconds"),
    ("mmol/L", "mol/立方米", 0, "amount of substance per volume"),
    ("GB/户·月", "B/户·个月", 9, "data per households months"),
    ("元/吨·公里", "元/吨·米", -3, "money per mass length"),
    # IEC binary prefixes are no powers of ten: a unit of their own
    ("GiB", "GiB", 0, "data (GiB)"),
    ("EFLOPS", "FLOPS", 18, "computing power"),
    # the same measures written in Chinese, by rule
    ("纳米", "米", -9, "length"), ("千伏", "V", 3, "voltage"), ("百帕", "Pa", 2, "pressure"),
    ("兆赫", "Hz", 6, "frequency"), ("毫安时", "Ah", -3, "electric charge"),
    ("太瓦时", "千瓦时", 9, "energy"), ("千卡", "cal", 3, "energy (calories)"),
    ("兆字节", "B", 6, "data"), ("平米", "平方米", 0, "area (m²)"),
    ("分贝", "dB", 0, "sound level"), ("亿吨公里", "吨公里", 8, "freight turnover"),
])
def test_latin_units_by_rule(symbol: str, base: str, power: int, dimension_: str) -> None:
    unit = UNITS[symbol]
    assert (unit.base, unit.power, unit.dimension) == (base, power, dimension_)


def test_a_prefixed_unit_compares_with_its_base_family() -> None:
    assert normalize(2.4, "TB") == (2400000000000, "B")
    assert normalize(61.7, "亿GB") == (6170000000000000000, "B")
    assert dimension("GB") == dimension("MB") != dimension("GiB")
    assert dimension("kWh") == dimension("TWh") != dimension("MJ")  # (3.6 MJ: no power of ten)


@pytest.mark.parametrize("text", ["502B", "5A级景区", "5G", "10G PON", "C919", "2B铅笔",
                                  "5N", "一卡通", "3安全"])
def test_a_letter_that_only_names_is_no_unit(text: str) -> None:
    from jzfacts.base.numerals import quantities

    assert all(not quantity.unit for quantity in quantities(text))


@pytest.mark.parametrize("value, unit, expected", [
    # durations: one dimension, in seconds (exact: a minute is 60 of them, never 1/60 hour)
    (58, "分钟", (3480, "秒")), (2, "小时", (7200, "秒")), (2, "个小时", (7200, "秒")),
    (6.5, "天", (561600, "秒")), (1, "日", (86400, "秒")), (3, "星期", (1814400, "秒")),
    (90, "min", (5400, "秒")), (1.5, "h", (5400, "秒")), (500, "ms", (0.5, "秒")),
    (200, "毫秒", (0.2, "秒")), (8008, "秒", (8008, "秒")), (1.2, "万小时", (43200000, "秒")),
    # lengths in metres, areas in square metres (no 0.0001865 公里)
    (186.5, "毫米", (0.1865, "米")), (0.86, "米", (0.86, "米")), (10, "公里", (10000, "米")),
    (3, "千米", (3000, "米")), (25, "cm", (0.25, "米")), (7, "纳米", (0.000000007, "米")),
    (1500, "平方米", (1500, "平方米")), (3.2, "平方公里", (3200000, "平方米")),
    (45, "公顷", (450000, "平方米")), (90, "平米", (90, "平方米")), (2, "km²", (2000000, "平方米")),
    # masses stay in tonnes (8.92万吨 is 89,200 吨, as the shipped fact says), volumes in m³
    (8.92, "万吨", (89200, "吨")), (5, "公斤", (0.005, "吨")), (2, "升", (0.002, "立方米")),
])
def test_each_dimension_has_one_base_unit(value: float, unit: str, expected: tuple) -> None:  # type: ignore[type-arg]
    result = normalize(value, unit)
    assert result == expected
    assert type(result[0]) is type(expected[0])


def test_durations_are_one_dimension_and_add_up_to_no_whole() -> None:
    assert len({dimension(unit) for unit in ("秒", "分钟", "小时", "个小时", "天", "日", "星期",
                                              "个星期", "min", "h", "s", "ms", "毫秒")}) == 1
    assert dimension("分钟") != dimension("年") != dimension("个月")  # (no fixed length)
    assert dimension("平方米") == dimension("公顷") == dimension("平方公里") != dimension("亩")
    for unit in ("秒", "分钟", "小时", "天", "星期", "年", "个月", "个季度", "工作日", "交易日"):
        assert not UNITS[unit].additive, unit  # a duration: no share of a whole


def test_a_rate_per_time_keeps_its_time_unit_and_stays_exact() -> None:
    """120 km/h is no exact number of metres a second: a rate keeps the time unit below its
    line (per hour, as written), and km/h compares with 公里/小时, as before."""
    assert normalize(120, "km/h") == (120000, "米/小时") == normalize(120, "公里/小时")
    assert dimension("km/h") == dimension("公里/小时") != dimension("m/s")
    assert normalize(3, "m/s") == (3, "米/秒")
    assert normalize(15000, "元/平方米")[1] == "元/平方米"
