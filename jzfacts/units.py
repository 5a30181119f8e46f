"""The unit table: what each unit means, its base unit and what may be compared with what."""

from __future__ import annotations

from typing import TYPE_CHECKING, Dict, NamedTuple, Tuple, Union

if TYPE_CHECKING:
    from decimal import Decimal

Number = Union[int, float]

#: What a fact's number is. Only amounts can be added, divided or shared out.
KINDS: Dict[str, str] = {
    "amount": "a quantity that may be compared, added and divided",
    "year": "a calendar year (2018年): differences only, never ratios or shares",
    "ordinal": "a rank or sequence number (第七批): never compared as an amount",
    "identifier": "a name that happens to be a number (209泊位): never compared",
}


class Unit(NamedTuple):
    """One unit as the page writes it, and how to bring it to its base unit."""

    symbol: str
    base: str
    power: int  # value × 10**power is the value in the base unit
    dimension: str
    name_en: str
    additive: bool = True  # whether shares of a total make sense


UNITS: Dict[str, Unit] = {
    unit.symbol: unit
    for unit in (
        Unit("元", "元", 0, "money", "yuan"),
        Unit("万元", "元", 4, "money", "yuan"),
        Unit("亿元", "元", 8, "money", "yuan"),
        Unit("吨", "吨", 0, "mass", "tonnes"),
        Unit("万吨", "吨", 4, "mass", "tonnes"),
        Unit("标准箱", "标准箱", 0, "container capacity", "TEU"),
        Unit("万标准箱", "标准箱", 4, "container capacity", "TEU"),
        Unit("公里", "公里", 0, "length", "km"),
        Unit("%", "%", 0, "percentage", "percent", additive=False),
        Unit("家", "家", 0, "organisations", "organisations"),
        Unit("人", "人", 0, "people", "people"),
        Unit("万人", "人", 4, "people", "people"),
        Unit("项", "项", 0, "items", "items"),
        Unit("个", "个", 0, "units", ""),
        Unit("种", "种", 0, "kinds", "kinds"),
        Unit("场", "场", 0, "events", "events"),
        Unit("年", "年", 0, "years", "years"),
        Unit("批", "批", 0, "batches", "batch"),
        Unit("届", "届", 0, "editions", "edition"),
        Unit("泊位", "泊位", 0, "berths", "berth"),
    )
}


def to_decimal(value: Number) -> Decimal:
    """The exact decimal a TOML number stands for (21.3 is 21.3, not 21.299999…)."""
    from decimal import Decimal  # ~1 ms to import: only where decimals are needed

    return Decimal(str(value))


def plain_number(number: Decimal) -> Number:
    """An int when the decimal is whole, else a float: what JSON should carry."""
    if number == number.to_integral_value():
        return int(number)
    return float(number)


def normalize(value: Number, unit: str) -> Tuple[Number, str]:
    """The value in its base unit: 21.3 亿元 → 2130000000 元; % and counts stay as they are."""
    entry = UNITS[unit]
    if entry.power == 0:  # counts and %: nothing to scale (and no decimal import)
        return (int(value) if isinstance(value, float) and value.is_integer() else value,
                entry.base)
    return plain_number(to_decimal(value).scaleb(entry.power)), entry.base


def dimension(unit: str, kind: str = "amount") -> str:
    """What a value measures; years, ordinals and identifiers are dimensions of their own."""
    if kind == "year":
        return "calendar year"
    if kind != "amount":
        return f"{kind} ({UNITS[unit].dimension})"
    return UNITS[unit].dimension
