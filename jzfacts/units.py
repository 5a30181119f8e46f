"""The unit table: what each unit means, its base unit and what may be compared with what."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Iterator, Mapping, NamedTuple, Tuple, Union

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


_BASE_UNITS: Dict[str, Unit] = {
    unit.symbol: unit
    for unit in (
        Unit("元", "元", 0, "money", "yuan"),
        Unit("美元", "美元", 0, "money (US dollars)", "US dollars"),
        Unit("吨", "吨", 0, "mass", "tonnes"),
        Unit("标准箱", "标准箱", 0, "container capacity", "TEU"),
        Unit("TEU", "标准箱", 0, "container capacity", "TEU"),
        Unit("公里", "公里", 0, "length", "km"),
        Unit("米", "公里", -3, "length", "km"),
        Unit("亩", "亩", 0, "area", "mu"),
        Unit("公顷", "公顷", 0, "area (hectares)", "hectares"),
        Unit("平方公里", "平方公里", 0, "area (km²)", "km²"),
        Unit("%", "%", 0, "percentage", "percent", additive=False),
        Unit("个百分点", "个百分点", 0, "percentage points", "percentage points",
             additive=False),
        Unit("倍", "倍", 0, "times", "times", additive=False),
        Unit("家", "家", 0, "organisations", "organisations"),
        Unit("人", "人", 0, "people", "people"),
        Unit("名", "人", 0, "people", "people"),
        Unit("位", "人", 0, "people", "people"),
        Unit("人次", "人次", 0, "visits", "person-times"),
        Unit("户", "户", 0, "households", "households"),
        Unit("项", "项", 0, "items", "items"),
        Unit("个", "个", 0, "units", ""),
        Unit("种", "种", 0, "kinds", "kinds"),
        Unit("场", "场", 0, "events", "events"),
        Unit("次", "次", 0, "times", "times"),
        Unit("年", "年", 0, "years", "years"),
        Unit("天", "天", 0, "days", "days"),
        Unit("批", "批", 0, "batches", "batch"),
        Unit("届", "届", 0, "editions", "edition"),
        Unit("泊位", "泊位", 0, "berths", "berth"),
        Unit("艘", "艘", 0, "ships", "ships"),
        Unit("艘次", "艘次", 0, "ship calls", "ship calls"),
        Unit("台", "台", 0, "machines", "machines"),
        Unit("台(套)", "台(套)", 0, "machines", "machines (sets)"),
        Unit("台套", "台(套)", 0, "machines", "machines (sets)"),
        Unit("辆", "辆", 0, "vehicles", "vehicles"),
        Unit("车", "车", 0, "vehicles", "vehicle loads"),
        Unit("条", "条", 0, "lines", "lines"),
        Unit("座", "座", 0, "structures", "structures"),
        Unit("所", "所", 0, "institutions", "institutions"),
    )
}

#: Magnitudes a unit may carry (万吨, 亿元, 千米, 万人次): value × 10**power, by rule, for any
#: unit in the table, so a new article's 万亩 or 亿美元 needs no new entry.
MAGNITUDES = (("百万", 6), ("千万", 7), ("万亿", 12), ("万", 4), ("亿", 8), ("千", 3))


class UnitTable(Mapping[str, Unit]):
    """The units: the table above, any unit with a magnitude in front (by rule), and the
    units fact files declare ([[unit]] tables, declare())."""

    def __init__(self, base: Mapping[str, Unit]) -> None:
        self._base = dict(base)
        self._declared: Dict[str, Unit] = {}

    def __getitem__(self, symbol: str) -> Unit:
        found = self._declared.get(symbol) or self._base.get(symbol)
        if found is not None:
            return found
        for prefix, power in MAGNITUDES:
            rest = symbol[len(prefix):]
            if symbol.startswith(prefix) and rest and not rest.startswith(
                    tuple(p for p, _ in MAGNITUDES)):
                unit = self._declared.get(rest) or self._base.get(rest)
                if unit is not None:
                    return unit._replace(symbol=symbol, power=unit.power + power)
        raise KeyError(symbol)

    def __iter__(self) -> Iterator[str]:
        return iter({**self._base, **self._declared})

    def __len__(self) -> int:
        return len({**self._base, **self._declared})

    def with_declared(self, declared: Mapping[str, Unit]) -> UnitTable:
        """The built-in units and one file's own (for validating that file: what other
        files declared does not count)."""
        table = UnitTable(self._base)
        table._declared = dict(declared)
        return table

    def declare(self, declared: Mapping[str, Unit]) -> None:
        """Add a loaded file's units (a unit another file declared stays known)."""
        self._declared.update(declared)


UNITS = UnitTable(_BASE_UNITS)


def declared_units(raw_units: Any) -> Dict[str, Unit]:
    """The [[unit]] tables of a fact file that validate() passed, as units."""
    found: Dict[str, Unit] = {}
    for raw in raw_units or ():
        symbol = raw["symbol"]
        found[symbol] = Unit(symbol, raw.get("base", symbol), int(raw.get("power", 0)),
                             raw.get("dimension", symbol), raw.get("name_en", ""),
                             bool(raw.get("additive", True)))
    return found


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
