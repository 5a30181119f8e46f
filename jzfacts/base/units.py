"""The unit table: what each unit means, its base unit and what may be compared with what."""

from __future__ import annotations

import re
from functools import cache
from typing import (
    TYPE_CHECKING,
    Any,
    Dict,
    FrozenSet,
    Iterator,
    Mapping,
    NamedTuple,
    Optional,
    Tuple,
    Union,
)

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


#: The dimension of a figure without a unit (unit ""): a ratio, index or coefficient.
DIMENSIONLESS = "dimensionless (a ratio, index or coefficient)"


class Unit(NamedTuple):
    """One unit as the page writes it, and how to bring it to its base unit."""

    symbol: str
    base: str
    power: int  # value × factor × 10**power is the value in the base unit
    dimension: str
    name_en: str
    additive: bool = True  # whether shares of a total make sense
    # a whole number of base units no power of ten gives (a minute: 60 seconds)
    factor: int = 1

    @property
    def scaled(self) -> bool:
        """Whether a value in this unit differs from its value in the base unit."""
        return bool(self.power) or self.factor != 1

    def in_base(self, value: Decimal) -> Decimal:
        """A value in this unit, exactly, in its base unit (58 分钟: 3480 秒)."""
        return (value * self.factor if self.factor != 1 else value).scaleb(self.power)

    @property
    def counts_its_own(self) -> bool:
        """Whether it is a measure word the table knows no dimension for (段, 片, 间): it
        counts its own kind of thing."""
        return self.dimension.startswith("count (")


# The built-in units, one a line: symbol | base | power (or ×factor) | dimension | English
# name | "not additive" where shares of a total make no sense (%, ℃, durations). "-" is the
# empty unit of a dimensionless figure; "=dimensionless" its dimension (DIMENSIONLESS). Read
# at import.
_TABLE = """
元 | 元 | 0 | money | yuan
美元 | 美元 | 0 | money (US dollars) | US dollars
欧元 | 欧元 | 0 | money (euros) | euros
日元 | 日元 | 0 | money (yen) | yen
港元 | 港元 | 0 | money (HK dollars) | HK dollars
英镑 | 英镑 | 0 | money (pounds) | pounds sterling
吨 | 吨 | 0 | mass | tonnes
t | 吨 | 0 | mass | tonnes
公斤 | 吨 | -3 | mass | tonnes
千克 | 吨 | -3 | mass | tonnes
kg | 吨 | -3 | mass | tonnes
克 | 吨 | -6 | mass | tonnes
g | 吨 | -6 | mass | tonnes
毫克 | 吨 | -9 | mass | tonnes
微克 | 吨 | -12 | mass | tonnes
μg | 吨 | -12 | mass | tonnes
mg | 吨 | -9 | mass | tonnes
# 1 斤 = 0.5 kg: not a power of ten of a tonne, so a dimension of its own
斤 | 斤 | 0 | mass (jin) | jin (500 g)
吨标准煤 | 吨标准煤 | 0 | energy (coal equivalent) | tonnes of coal equivalent
吨标煤 | 吨标准煤 | 0 | energy (coal equivalent) | tonnes of coal equivalent
标准箱 | 标准箱 | 0 | container capacity | TEU
标箱 | 标准箱 | 0 | container capacity | TEU
TEU | 标准箱 | 0 | container capacity | TEU
# (French: équivalent vingt pieds)
EVP | 标准箱 | 0 | container capacity | TEU
# Lengths in metres and areas in square metres, the SI units: rainfall in 毫米, heights in
# 米 and roads in 公里 all read as plain numbers there (186.5 毫米 = 0.1865 米, 10 公里 =
# 10,000 米), where kilometres made 0.0001865. A unit with an English name of its own (km,
# minutes) is said so; one named as its base (公斤: tonnes) is said in the base's words.
米 | 米 | 0 | length | metres
m | 米 | 0 | length | metres
公里 | 米 | 3 | length | km
千米 | 米 | 3 | length | km
km | 米 | 3 | length | km
厘米 | 米 | -2 | length | cm
cm | 米 | -2 | length | cm
毫米 | 米 | -3 | length | mm
mm | 米 | -3 | length | mm
# 1 亩 is 2,000/3 m²: no finite decimal, so a dimension of its own
亩 | 亩 | 0 | area | mu
平方米 | 平方米 | 0 | area (m²) | m²
m² | 平方米 | 0 | area (m²) | m²
㎡ | 平方米 | 0 | area (m²) | m²
平方公里 | 平方米 | 6 | area (m²) | km²
km² | 平方米 | 6 | area (m²) | km²
公顷 | 平方米 | 4 | area (m²) | hectares
立方米 | 立方米 | 0 | volume | m³
m³ | 立方米 | 0 | volume | m³
方 | 立方米 | 0 | volume | m³
升 | 立方米 | -3 | volume | m³
L | 立方米 | -3 | volume | m³
毫升 | 立方米 | -6 | volume | m³
mL | 立方米 | -6 | volume | m³
千瓦 | 千瓦 | 0 | power | kW
kW | 千瓦 | 0 | power | kW
瓦 | 千瓦 | -3 | power | kW
W | 千瓦 | -3 | power | kW
兆瓦 | 千瓦 | 3 | power | kW
MW | 千瓦 | 3 | power | kW
吉瓦 | 千瓦 | 6 | power | kW
GW | 千瓦 | 6 | power | kW
千瓦时 | 千瓦时 | 0 | energy | kWh
kWh | 千瓦时 | 0 | energy | kWh
兆瓦时 | 千瓦时 | 3 | energy | kWh
MWh | 千瓦时 | 3 | energy | kWh
% | % | 0 | percentage | percent | not additive
％ | % | 0 | percentage | percent | not additive
‰ | ‰ | 0 | per mille | per mille | not additive
个百分点 | 个百分点 | 0 | percentage points | percentage points | not additive
百分点 | 个百分点 | 0 | percentage points | percentage points | not additive
个千分点 | 个千分点 | 0 | per-mille points | per-mille points | not additive
千分点 | 个千分点 | 0 | per-mille points | per-mille points | not additive
# a basis point is a hundredth of a percentage point
个基点 | 个百分点 | -2 | percentage points | percentage points | not additive
基点 | 个百分点 | -2 | percentage points | percentage points | not additive
个点 | 个百分点 | 0 | percentage points | percentage points | not additive
BP | 个百分点 | -2 | percentage points | percentage points | not additive
bp | 个百分点 | -2 | percentage points | percentage points | not additive
点 | 点 | 0 | index points | points | not additive
倍 | 倍 | 0 | times | times | not additive
# a ratio, rate, index or coefficient the page states as a bare number (万车死亡率为
# 0.92, 性别比为103.11, PMI为49.5): the empty unit
- | - | 0 | =dimensionless |  | not additive
℃ | ℃ | 0 | temperature | °C | not additive
°C | ℃ | 0 | temperature | °C | not additive
摄氏度 | ℃ | 0 | temperature | °C | not additive
岁 | 岁 | 0 | age | years of age | not additive
周岁 | 岁 | 0 | age | years of age | not additive
级 | 级 | 0 | grade or level | grade | not additive
家 | 家 | 0 | organisations | organisations
人 | 人 | 0 | people | people
名 | 人 | 0 | people | people
位 | 人 | 0 | people | people
人次 | 人次 | 0 | visits | person-times
户 | 户 | 0 | households | households
项 | 项 | 0 | items | items
个 | 个 | 0 | units
# a magnitude with nothing after it (观影人次1,023万): a number of units
万 | 个 | 4 | units
亿 | 个 | 8 | units
种 | 种 | 0 | kinds | kinds
场 | 场 | 0 | events | events
次 | 次 | 0 | times | times
# Durations: seconds, minutes, hours, days and weeks are one dimension, in seconds (a day is
# 86,400 of them: exact, where a second is no finite decimal of an hour). None adds up to a
# whole: two winning times, or a stay and a wait, are no parts of one (no shares). Years,
# months and quarters have no fixed length: each stays a dimension of its own.
秒 | 秒 | 0 | seconds | seconds | not additive
s | 秒 | 0 | seconds | seconds | not additive
分钟 | 秒 | ×60 | seconds | minutes | not additive
小时 | 秒 | ×3600 | seconds | hours | not additive
个小时 | 秒 | ×3600 | seconds | hours | not additive
h | 秒 | ×3600 | seconds | hours | not additive
天 | 秒 | ×86400 | seconds | days | not additive
日 | 秒 | ×86400 | seconds | days | not additive   # (in rates: 1500吨/日; 16日 is a date)
星期 | 秒 | ×604800 | seconds | weeks | not additive
个星期 | 秒 | ×604800 | seconds | weeks | not additive
年 | 年 | 0 | years | years | not additive
个月 | 个月 | 0 | months | months | not additive
个季度 | 个季度 | 0 | quarters | quarters | not additive
# days the markets or offices open: a count of their own (not calendar days)
工作日 | 工作日 | 0 | working days | working days | not additive
个工作日 | 工作日 | 0 | working days | working days | not additive
交易日 | 交易日 | 0 | trading days | trading days | not additive
个交易日 | 交易日 | 0 | trading days | trading days | not additive
批 | 批 | 0 | batches | batch
届 | 届 | 0 | editions | edition
泊位 | 泊位 | 0 | berths | berth
号 | 号 | 0 | numbers (names) | No.
艘 | 艘 | 0 | ships | ships
艘次 | 艘次 | 0 | ship calls | ship calls
台 | 台 | 0 | machines | machines
台(套) | 台(套) | 0 | machines | machines (sets)
台套 | 台(套) | 0 | machines | machines (sets)
辆 | 辆 | 0 | vehicles | vehicles
车 | 车 | 0 | vehicles | vehicle loads
条 | 条 | 0 | lines | lines
座 | 座 | 0 | structures | structures
所 | 所 | 0 | institutions | institutions
"""


def _table_units(table: str) -> Dict[str, Unit]:
    units: Dict[str, Unit] = {}
    for line in table.splitlines():
        row = line.split("#", 1)[0].strip() if not line.startswith("#") else ""
        if not row:
            continue
        fields = [field.strip() for field in row.split("|")] + [""] * 2
        symbol, base, scale, dimension, name, additive = fields[:6]
        symbol, base = ("" if symbol == "-" else symbol), ("" if base == "-" else base)
        dimension = DIMENSIONLESS if dimension == "=dimensionless" else dimension
        factor, power = (int(scale[1:]), 0) if scale.startswith("×") else (1, int(scale))
        units[symbol] = Unit(symbol, base, power, dimension, name,
                             additive != "not additive", factor)
    return units


_BASE_UNITS: Dict[str, Unit] = _table_units(_TABLE)

#: Measure words the table has no dimension for: each counts its own kind of thing (4队,
#: 3金, 5例, 20城), so it is a unit of its own, known without a declaration. Their English
#: names where one word says it.
_COUNTS = {
    "处": "places", "支": "teams", "队": "teams", "枚": "pieces", "块": "pieces",
    "张": "sheets", "本": "volumes", "册": "volumes", "部": "units", "首": "songs",
    "份": "copies", "件": "items", "篇": "articles", "期": "issues", "轮": "rounds",
    "颗": "pieces", "株": "plants", "棵": "trees", "头": "head", "只": "animals",
    "匹": "horses", "尾": "fish", "羽": "birds", "间": "rooms", "栋": "buildings",
    "幢": "buildings", "层": "storeys", "套": "sets", "架": "aircraft", "列": "trains",
    "班": "services", "趟": "trips", "站": "stations", "段": "sections", "片": "areas",
    "道": "items", "款": "models", "类": "categories", "门": "courses", "节": "lessons",
    "堂": "classes", "例": "cases", "起": "incidents", "宗": "cases", "笔": "transactions",
    "单": "orders", "剂": "doses", "针": "shots", "床": "beds", "口": "wells", "根": "pieces",
    "盏": "lamps", "组": "groups", "团": "groups", "对": "pairs", "双": "pairs",
    "箱": "boxes", "袋": "bags", "桶": "barrels", "瓶": "bottles", "盒": "boxes",
    "柜": "containers",  # (as the trade counts them: 一个柜, 40尺柜)
    "村": "villages", "镇": "towns", "乡": "townships", "县": "counties", "省": "provinces",
    "国": "countries", "城": "cities", "校": "schools", "园": "parks", "馆": "halls",
    "厂": "factories", "店": "shops", "度": "degrees", "周": "weeks", "球": "goals",
    "分": "points", "金": "gold medals", "银": "silver medals", "铜": "bronze medals",
    "局": "games", "盘": "sets", "杆": "strokes", "环": "rings", "冠": "titles",
    "胜": "wins", "负": "losses", "平": "draws", "帧": "frames", "页": "pages",
    "票": "votes", "户次": "household visits", "架次": "flights", "车次": "train services",
    "班次": "services", "批次": "batches", "场次": "sessions", "人份": "portions",
    "剂次": "doses", "台次": "machine runs", "航次": "voyages", "连胜": "wins in a row",
    "篮板": "rebounds", "助攻": "assists", "抢断": "steals", "盖帽": "blocks",
    "床位": "beds", "张床位": "beds", "辆次": "vehicle trips", "家次": "visits", "岗": "posts",
    "战": "matches", "股": "shares", "海里": "nautical miles", "马力": "horsepower",
    "盎司": "ounces", "眼": "wells", "孔": "arches", "峰": "camels", "粒": "grains",
    "枝": "stems", "朵": "flowers", "盆": "pots", "桌": "tables",
    "卷": "volumes", "幅": "pictures", "尊": "statues", "罐": "cans", "垧": "shang of land",
    "担": "dan (loads)",
}
for _word, _english in _COUNTS.items():
    _BASE_UNITS.setdefault(_word, Unit(_word, _word, 0, f"count ({_word})", _english))
_BASE_UNITS["张床位"] = _BASE_UNITS["床位"]._replace(symbol="张床位")  # 1,250张床位: beds

# Units written in Latin letters, by rule: SI prefixes × base symbols (GB, Mbps, GHz, kPa,
# mAh, TWh …), each with its dimension and its power of ten to a base unit. (A table
# generated from a units library would be larger and costs an import; these are the
# measures news prints.) IEC binary prefixes (GiB) are no powers of ten: each is a unit of
# its own dimension.
_PREFIXES = {"": 0, "n": -9, "μ": -6, "µ": -6, "u": -6, "m": -3, "c": -2, "d": -1,
             "h": 2, "k": 3, "K": 3, "M": 6, "G": 9, "T": 12, "P": 15, "E": 18}
# symbol: (base, power of the symbol without prefix in the base, dimension, English name,
# prefixes it takes, additive)
_LATIN_BASES: Dict[str, Tuple[str, int, str, str, str, bool]] = {
    "B": ("B", 0, "data", "bytes", "kKMGTPE", True),
    "bit": ("bit", 0, "data (bits)", "bits", "kKMGT", True),
    "b": ("bit", 0, "data (bits)", "bits", "kKMGT", True),
    "bps": ("bps", 0, "data rate", "bits per second", "kKMGT", False),
    "Hz": ("Hz", 0, "frequency", "hertz", "kMGT", False),
    "W": ("千瓦", -3, "power", "kW", "mkMGT", True),
    "Wh": ("千瓦时", -3, "energy", "kWh", "kMGT", True),
    "J": ("J", 0, "energy (joules)", "joules", "kMGTP", True),
    "cal": ("cal", 0, "energy (calories)", "calories", "k", True),
    "m": ("米", 0, "length", "metres", "nμµumcdk", True),
    "g": ("吨", -6, "mass", "tonnes", "nμµumk", True),
    "t": ("吨", 0, "mass", "tonnes", "kMG", True),
    "L": ("立方米", -3, "volume", "m³", "μµumcdk", True),
    "Pa": ("Pa", 0, "pressure", "pascals", "hkMG", False),
    "V": ("V", 0, "voltage", "volts", "mkM", False),
    "A": ("A", 0, "electric current", "amperes", "μµumk", False),
    "Ah": ("Ah", 0, "electric charge", "ampere-hours", "m", True),
    "FLOPS": ("FLOPS", 0, "computing power", "FLOPS", "kMGTPE", False),
    "OPS": ("OPS", 0, "computing power (operations)", "operations per second", "kMGTPE",
            False),
    "VA": ("VA", 0, "apparent power", "volt-amperes", "kMG", True),
    "N": ("N", 0, "force", "newtons", "kM", False),
    "s": ("秒", 0, "seconds", "seconds", "nμµum", False),
    "mol": ("mol", 0, "amount of substance", "moles", "nμµum", True),
}
# Symbols too short to be read alone after a number: 502B, 5A级 and 2b are names; with a
# prefix (GB, mA, Mb) they are units.
_NAME_LIKE = frozenset({"B", "b", "A", "N", "J"})


def _latin_units() -> Dict[str, Unit]:
    found: Dict[str, Unit] = {}
    for symbol, (base, power, dimension_, english, prefixes, additive) in _LATIN_BASES.items():
        for prefix in ("", *prefixes):
            found.setdefault(prefix + symbol, Unit(
                prefix + symbol, base, power + _PREFIXES[prefix], dimension_, english,
                additive))
    for symbol in ("B", "bit"):  # KiB, MiB, GiB, TiB, Kibit …: 2^10 steps, no power of ten
        for prefix in ("Ki", "Mi", "Gi", "Ti", "Pi"):
            found[prefix + symbol] = Unit(prefix + symbol, prefix + symbol, 0,
                                          f"data ({prefix + symbol})", prefix + symbol)
    for length, power in (("km", 3), ("m", 0), ("dm", -1), ("cm", -2), ("mm", -3)):
        found.setdefault(length + "²", Unit(length + "²", "平方米", 2 * power,
                                            "area (m²)", "m²"))
        found.setdefault(length + "³", Unit(length + "³", "立方米", 3 * power,
                                            "volume", "m³"))
    # (their bases are in the table above: 平方米, 立方米, 千瓦, 千瓦时, 吨, 米, 秒)
    found.update({
        "ml": found["mL"]._replace(symbol="ml"), "ha": _BASE_UNITS["公顷"]._replace(symbol="ha"),
        "kW·h": found["kWh"]._replace(symbol="kW·h"),
        "min": _BASE_UNITS["分钟"]._replace(symbol="min"),
        "dB": Unit("dB", "dB", 0, "sound level", "decibels", additive=False),
        "ppm": Unit("ppm", "ppm", 0, "parts per million", "ppm", additive=False),
        "ppb": Unit("ppb", "ppm", -3, "parts per million", "ppm", additive=False),
        "kcal": Unit("kcal", "cal", 3, "energy (calories)", "calories"),
    })
    return found



# The same measures written in Chinese, by rule: 纳/微/毫/厘/分/千/兆/吉/太 × 米, 克, 升, 瓦,
# 瓦时, 焦, 伏, 安, 赫, 帕, 字节, 比特, 卡, 秒 (7纳米, 500千伏, 1013百帕; 55分贝 is below: 分
# alone counts).
_CHINESE_PREFIXES = {"纳": -9, "微": -6, "毫": -3, "厘": -2, "分": -1, "百": 2, "千": 3,
                     "兆": 6, "吉": 9, "太": 12}
_CHINESE_BASES = {  # symbol: (Latin symbol it is, prefixes it takes)
    "米": ("m", "纳微毫厘分千"), "克": ("g", "纳微毫千"), "升": ("L", "微毫分千"),
    "瓦": ("W", "毫千兆吉太"), "瓦时": ("Wh", "千兆吉太"), "焦": ("J", "千兆吉"),
    "焦耳": ("J", "千兆吉"), "伏": ("V", "毫千"), "伏特": ("V", "千"), "安": ("A", "毫千"),
    "安培": ("A", "毫千"), "毫安时": ("mAh", ""), "赫": ("Hz", "千兆吉"), "赫兹": ("Hz", "千兆吉"),
    "帕": ("Pa", "百千兆吉"), "帕斯卡": ("Pa", ""), "字节": ("B", "千兆吉太"),
    "比特": ("bit", "千兆吉"), "卡": ("cal", "千"), "大卡": ("kcal", ""),
    "秒": ("s", "纳微毫"),
}
# Other measures news prints; 平米 and 分贝 are read before the count words 平 and 分.
_OTHER_UNITS = (
    Unit("平米", "平方米", 0, "area (m²)", "m²"),
    # (the international inch, foot, mile and pound, exactly in metres and tonnes: 6 miles
    # is near the page's 10 公里, and compare sets them side by side)
    Unit("英寸", "米", -4, "length", "inches", factor=254),
    Unit("英尺", "米", -4, "length", "feet", factor=3048),
    Unit("英里", "米", -3, "length", "miles", factor=1609344),
    Unit("光年", "光年", 0, "length (light years)", "light years"),
    Unit("磅", "吨", -11, "mass", "pounds", factor=45359237),
    Unit("克拉", "克拉", 0, "mass (carats)", "carats"),
    Unit("加仑", "加仑", 0, "volume (gallons)", "gallons"),
    Unit("分贝", "dB", 0, "sound level", "decibels", additive=False),
    Unit("吨公里", "吨公里", 0, "freight turnover", "tonne-kilometres"),
    Unit("人公里", "人公里", 0, "passenger turnover", "passenger-kilometres"),
    Unit("载重吨", "载重吨", 0, "deadweight tonnage", "deadweight tonnes"),
    Unit("°", "°", 0, "angle", "degrees", additive=False),
    *(Unit(money, money, 0, f"money ({english})", english) for money, english in (
        ("人民币", "yuan"), ("美金", "US dollars"), ("澳元", "Australian dollars"),
        ("加元", "Canadian dollars"), ("韩元", "won"), ("卢布", "roubles"),
        ("新加坡元", "Singapore dollars"), ("瑞士法郎", "Swiss francs"),
        ("泰铢", "baht"), ("新台币", "NT dollars"), ("澳门元", "patacas"),
        ("卢比", "rupees"), ("越南盾", "dong"), ("林吉特", "ringgit"))),
)
# Computing power as news abbreviates it (算力规模达5000P, 1.2万P, 230E): P, E and T for
# PFLOPS, EFLOPS and TFLOPS, read as units only in a sentence about 算力 (1080P is a name).
COMPUTE_SHORT = frozenset({"T", "P", "E"})
_NAME_LIKE = _NAME_LIKE | COMPUTE_SHORT


@cache
def _generated_units() -> Dict[str, Unit]:
    """The units made by rule (Latin and Chinese prefixed units, the other measures above):
    made on first need, so that show and list, which need none of them, do not pay for it."""
    found = dict(_latin_units())
    known = {**found, **_BASE_UNITS}
    for chinese, (latin, prefixes) in _CHINESE_BASES.items():
        # (焦, 安, 赫, 卡 alone are too common a character to be a unit: 千焦, 毫安, 兆赫, 千卡)
        for prefix in ("", *prefixes) if chinese not in "焦安赫卡" else prefixes:
            unit = known[latin]
            found.setdefault(prefix + chinese, unit._replace(
                symbol=prefix + chinese,
                power=unit.power + (_CHINESE_PREFIXES[prefix] if prefix else 0)))
    for unit in _OTHER_UNITS:
        found.setdefault(unit.symbol, unit)
    for letter in COMPUTE_SHORT:
        found[letter] = found[letter + "FLOPS"]._replace(symbol=letter)
    return {symbol: unit for symbol, unit in found.items() if symbol not in _BASE_UNITS}


@cache
def latin_units() -> FrozenSet[str]:
    """Unit symbols written in Latin letters (a run of letters that is none of them, as in 5G
    or 502B, is part of a name)."""
    return frozenset(symbol for symbol in {**_BASE_UNITS, **_generated_units()}
                     if symbol.isascii() and symbol not in _NAME_LIKE) | {"km/h", "m/s"}

#: The marks that multiply units below a rate's line (GB/户·月, 元/吨·公里).
PRODUCT = "[·・•‧]"

#: Magnitudes a unit may carry (万吨, 亿元, 千米, 万人次): value × 10**power, by rule, for any
#: unit in the table, so a new article's 万亩 or 亿美元 needs no new entry.
MAGNITUDES = (("百万", 6), ("千万", 7), ("万亿", 12), ("万", 4), ("亿", 8), ("千", 3))


# What a measure word counts (家, 项, 所, 辆 …): a count of visits of it is X次 (家次, 项次).
_COUNTED = ("count", "organisations", "people", "items", "units", "kinds", "events",
            "vehicles", "machines", "institutions", "households", "ships", "batches",
            "structures", "lines")


class UnitTable(Mapping[str, Unit]):
    """The units: the table above, any unit with a magnitude in front (by rule), and the
    units fact files declare ([[unit]] tables, declare())."""

    def __init__(self, base: Mapping[str, Unit]) -> None:
        self._base = dict(base)
        self._declared: Dict[str, Unit] = {}
        self._whole = False  # whether the units made by rule are in _base yet

    def _complete(self) -> None:
        if not self._whole:
            for symbol, unit in _generated_units().items():
                self._base.setdefault(symbol, unit)
            self._whole = True

    def __getitem__(self, symbol: str) -> Unit:
        found = self._declared.get(symbol) or self._base.get(symbol)
        if found is not None:
            return found
        if not self._whole:
            self._complete()
            return self[symbol]
        for prefix, power in MAGNITUDES:
            rest = symbol[len(prefix):]
            if symbol.startswith(prefix) and rest:  # (万千瓦: 千瓦 is a unit; 万万吨 none)
                unit = self._declared.get(rest) or self._base.get(rest)
                if unit is not None:
                    # (named as its base is: 1.2 万公里 is 12,000 metres, never 1.2 km)
                    base = self._declared.get(unit.base) or self._base.get(unit.base)
                    return unit._replace(symbol=symbol, power=unit.power + power,
                                         name_en=base.name_en if base else unit.name_en)
        per = re.fullmatch(r"/(\d+|[一二三四五六七八九十]+)?(万|千|百|亿)", symbol) \
            if symbol.startswith("/") else None
        if per:  # 9.8/10万: a rate per 100,000 (of people, births …), as the page writes it
            return Unit(symbol, symbol, 0, f"rate (per {symbol[1:]})", f"per {symbol[1:]}",
                        additive=False)
        counted = self._declared.get(symbol[:-1]) or self._base.get(symbol[:-1])
        if symbol.endswith("次") and counted is not None and counted.power == 0 and \
                counted.dimension.startswith(_COUNTED):
            # 家次, 辆次, 台次: visits of what the measure counts, as 人次 are of people
            return Unit(symbol, symbol, 0, f"count ({symbol})", "visits")
        for mark in ("/", "每"):  # a rate: 元/吨, 万元/亩, 公斤/亩, km/h, 元每斤, GB/户·月
            top, _, bottom = symbol.partition(mark)
            if top and bottom and mark not in bottom and top in self:
                factors = [self._factor(part) for part in re.split(PRODUCT, bottom)]
                if None in factors:
                    break
                over, unders = self[top], [factor for factor in factors if factor]
                return Unit(symbol, f"{over.base}/{'·'.join(u.base for u in unders)}",
                            over.power - sum(u.power for u in unders),
                            f"{over.dimension} per {' '.join(u.dimension for u in unders)}",
                            f"{over.name_en or over.symbol} per "
                            f"{'-'.join(u.name_en or u.symbol for u in unders)}",
                            additive=False)
        raise KeyError(symbol)

    def _factor(self, symbol: str) -> Optional[Unit]:
        """A unit below a rate's line: any unit, or 月 (元/月, GB/户·月: a month). A unit a
        whole factor makes its base (a minute, an hour) stays itself there: 120 km/h is no
        exact number of metres a second, so it is 120,000 米/小时, per hour as written."""
        if symbol == "月":
            return self["个月"]._replace(symbol="月")
        unit = self[symbol] if symbol and symbol in self else None
        if unit is not None and unit.factor != 1:
            own = _OWN_SYMBOL[(unit.base, unit.factor)]
            return Unit(own, own, unit.power, unit.name_en, unit.name_en, unit.additive)
        return unit

    def __contains__(self, symbol: object) -> bool:
        if not isinstance(symbol, str):
            return False
        try:
            self[symbol]
        except KeyError:
            return False
        return True

    def __iter__(self) -> Iterator[str]:
        self._complete()
        return iter({**self._base, **self._declared})

    def __len__(self) -> int:
        self._complete()
        return len({**self._base, **self._declared})

    def with_declared(self, declared: Mapping[str, Unit]) -> UnitTable:
        """The built-in units and one file's own (for validating that file: what other
        files declared does not count)."""
        table = UnitTable(self._base)
        table._whole = self._whole
        table._declared = dict(declared)
        return table

    @property
    def declared(self) -> Mapping[str, Unit]:
        """The units loaded files declared (empty for the built-in table alone)."""
        return self._declared

    def declare(self, declared: Mapping[str, Unit]) -> None:
        """Add a loaded file's units (a unit another file declared stays known)."""
        self._declared.update(declared)


UNITS = UnitTable(_BASE_UNITS)

#: The symbol of each unit a factor makes its base, by (base, factor): h and 个小时 are 小时
#: (what a rate per hour is written in, whichever the page wrote).
_OWN_SYMBOL = {(unit.base, unit.factor): unit.symbol
               for unit in reversed(list(_BASE_UNITS.values())) if unit.factor != 1}


@cache
def _by_first() -> Dict[str, Tuple[str, ...]]:
    """Units by their first character, longest first: unit_at reads the longest one."""
    found: Dict[str, Tuple[str, ...]] = {}
    for symbol in sorted({**_BASE_UNITS, **_generated_units()}, key=len, reverse=True):
        # (万元 is 万 and 元; 16日 a date; "" a figure without a unit; 502B a name)
        if symbol and symbol not in ("万", "亿", "日", *_NAME_LIKE):
            found[symbol[0]] = (*found.get(symbol[0], ()), symbol)
    return found


def unit_at(text: str) -> str:
    """The longest unit of the table the text starts with ("" if none): 千米 before 千,
    个百分点 before 个, km before k. A Latin unit must end where the letters end (5G and
    502B are names, not 5 g); magnitudes (万, 亿) and rates (元/吨) are the reader's."""
    for symbol in _by_first().get(text[:1], ()):
        if text.startswith(symbol):
            if symbol[-1].isascii() and symbol[-1].isalpha() and \
                    text[len(symbol):len(symbol) + 1].isascii() and \
                    text[len(symbol):len(symbol) + 1].isalnum():
                continue
            return symbol
    return ""


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
    """The value in its base unit: 21.3 亿元 → 2130000000 元, 58 分钟 → 3480 秒; % and counts
    stay as they are."""
    entry = UNITS[unit]
    if not entry.scaled:  # counts and %: nothing to scale (and no decimal import)
        return (int(value) if isinstance(value, float) and value.is_integer() else value,
                entry.base)
    return plain_number(entry.in_base(to_decimal(value))), entry.base


def says_itself(unit: Unit) -> bool:
    """Whether a unit's English name says its value as it stands (10 km, 58 minutes), or it
    is named as its base is and its value must be said in base units (8.92 万吨: 89,200
    tonnes; 5 公斤: 0.005 tonnes)."""
    if not unit.scaled:
        return True
    base = UNITS.get(unit.base, unit)
    return unit.name_en != base.name_en


def in_base(value: Decimal, unit: str) -> Decimal:
    """A value in a unit of the table, exactly, in its base unit (8.92 万吨: 89,200 吨)."""
    return UNITS[unit].in_base(value)


def dimension(unit: str, kind: str = "amount") -> str:
    """What a value measures; years, ordinals and identifiers are dimensions of their own."""
    if kind == "year":
        return "calendar year"
    if kind != "amount":
        return f"{kind} ({UNITS[unit].dimension})"
    return UNITS[unit].dimension
