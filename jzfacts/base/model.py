"""Facts and sources: frozen values, no I/O."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Dict, NamedTuple, Optional, Tuple, TypeVar, Union

from .units import UNITS, Number, dimension, normalize, says_itself

if TYPE_CHECKING:
    from decimal import Decimal

T = TypeVar("T")

APPROX: Dict[str, Tuple[str, str]] = {
    # approx word: (English qualifier, how the page says it)
    "exact": ("", "as stated"),
    "over": ("over", "余, 以上, 上百: more than the figure"),
    "under": ("nearly", "近: a little under the figure"),
    "about": ("about", "a round figure (百年)"),
}

#: A figure the page states as a change: a rise (增长, 上涨, 提高) or a fall (下降, 减少,
#: 回落). The value stays positive; a fact without a direction is a level.
DIRECTIONS: Dict[str, str] = {"up": "a rise the page states (增长, 提高)",
                              "down": "a fall the page states (下降, 减少)"}

#: Marks put before a value wherever it is shown as text.
APPROX_MARK = {"exact": "", "over": ">", "under": "<", "about": "~"}
#: The same in Chinese words, for an answer in a sentence (超过20场, 近1000种, 约100年).
APPROX_ZH = {"exact": "", "over": "超过", "under": "近", "about": "约"}

#: The categories (name: Chinese, English); a fact file may declare more ([[category]]).
CATEGORIES: Dict[str, Tuple[str, str]] = {
    "achievements": ("科技成果", "S&T achievements and awards"),
    "transfer": ("成果转化", "transfer of S&T results to industry"),
    "platforms": ("创新平台", "innovation platforms, alliances and incubators"),
    "talent": ("人才", "talent"),
    "enterprises": ("企业", "technology enterprises"),
    "agriculture": ("农业", "agriculture and farm mechanisation"),
    "commerce": ("商贸", "commerce, festivals and markets"),
    "finance": ("金融", "finance and loans"),
    "transport": ("交通", "port and transport"),
    "uncategorised": ("待分类", "not yet categorised (a draft from extract)"),
}
BUILT_IN_CATEGORIES = tuple(CATEGORIES)


class Quote(NamedTuple):
    """A verbatim span of the page and the heading it stands under."""

    section: str
    quote: str


class Source(NamedTuple):
    """Where facts come from: one article of one page."""

    id: str
    title: str
    byline: Optional[str] = None
    kind: Optional[str] = None
    publication: Optional[str] = None
    page: Optional[str] = None
    date: Optional[str] = None
    date_note: Optional[str] = None
    file: Optional[str] = None

    def to_dict(self) -> Dict[str, Any]:
        return {
            "id": self.id, "title": self.title, "byline": self.byline, "kind": self.kind,
            "publication": self.publication, "page": self.page, "date": self.date,
            "date_note": self.date_note, "file": self.file,
        }


def source_of(sources: Any, fact: Fact) -> Optional[Source]:
    """The source a fact names, looked up in its own file where the base knows files
    (factbase.Sources: two files may each have a source `article`)."""
    scoped = getattr(sources, "of", None)
    found = scoped(fact) if scoped is not None else sources.get(fact.source)
    return found if isinstance(found, Source) else None


class Fact(NamedTuple):
    """One figure: a value with unit and bounds, qualifiers, and where the page says it."""

    id: str
    label: str
    label_en: str
    value: Number
    unit: str
    approx: str
    category: str
    section: str
    quote: str
    source: str
    period: Optional[str] = None
    tags: Tuple[str, ...] = ()
    kind: str = "amount"
    note: Optional[str] = None
    repeats: Tuple[Quote, ...] = ()
    direction: Optional[str] = None  # up or down: the figure is a change the page states

    @property
    def normalized(self) -> Tuple[Number, str]:
        """The value in its base unit, computed from the unit table."""
        return normalize(self.value, self.unit)

    @property
    def dimension(self) -> str:
        return dimension(self.unit, self.kind)

    def display_value(self) -> str:
        """The value as people read it: '>20 场', '21.3 亿元', '12,000 TEU' (an amount's
        thousands separated; a year, an ordinal or an identifier as written: 2018)."""
        # (a dimensionless figure, unit "", is the number alone: 0.92)
        number = format_number(self.value, grouped=self.kind == "amount")
        return f"{APPROX_MARK[self.approx]}{number} {self.unit}".rstrip()

    def describe_en(self) -> str:
        """The value in English words: 'over 20 events', '21.3 亿元 (2,130,000,000 yuan)'."""
        unit = UNITS[self.unit]
        number = format_number(self.value)
        if self.kind == "year":
            return f"the year {number}"
        if self.kind in ("ordinal", "identifier"):
            return f"{unit.name_en} No. {number} ({self.kind}, not an amount)"
        qualifier = APPROX[self.approx][0]
        if not says_itself(unit):  # (8.92 万吨 is 89,200 tonnes; 10 公里 is 10 km)
            # (a declared unit's base need be no unit of its own: its name is then the unit's)
            named = UNITS.get(unit.base, unit).name_en
            base = f"{format_number(self.normalized[0], grouped=True)} {named}"
            words = f"{number} {self.unit} ({base})"
        else:
            words = f"{number} {unit.name_en}".rstrip()
        words = f"{qualifier} {words}" if qualifier else words
        # a change the page states: 'down 3.4 percent', never a bare '3.4 percent'
        return f"{self.direction} {words}" if self.direction in DIRECTIONS else words

    def to_dict(self) -> Dict[str, Any]:
        """The stable JSON shape of a fact (documented in the README)."""
        value, unit = self.normalized
        return {
            "id": self.id,
            "label": self.label,
            "label_en": self.label_en,
            "value": self.value,
            "unit": self.unit,
            "approx": self.approx,
            "period": self.period,
            "category": self.category,
            "tags": list(self.tags),
            "section": self.section,
            "quote": self.quote,
            "source": self.source,
            "kind": self.kind,
            "note": self.note,
            "repeats": [{"section": r.section, "quote": r.quote} for r in self.repeats],
            "normalized": {"value": value, "unit": unit},
            "direction": self.direction,
        }


FACT_FIELDS: Tuple[str, ...] = (
    "id", "label", "label_en", "value", "unit", "approx", "period", "category", "tags",
    "section", "quote", "source", "kind", "note", "repeats", "normalized", "direction",
)


_DERIVED: Dict[str, Tuple[Any, Any]] = {}


def derived(facts: Any, name: str, compute: Callable[[Any], T]) -> T:
    """What `compute` makes of a fact tuple, kept for the last tuple asked about under this
    name (batch asks for the id map, every search for the statistics, over the same facts).
    The tuple itself is kept, so its identity stands for its contents."""
    cached = _DERIVED.get(name)
    if cached is None or cached[0] is not facts:
        cached = (facts, compute(facts))
        _DERIVED[name] = cached
    return cached[1]


def figure_span(fact: Fact) -> Optional[Tuple[int, int]]:
    """Where the fact's figure stands in its quote: the number that states the value with
    the fact's unit after it (5 of 5%, not of 5亿元), else the first that states it."""
    from .numerals import find_figure

    found = find_figure(fact.quote, fact.value, fact.unit)
    return (found.start, found.end) if found else None


def format_number(value: Union[Number, Decimal], grouped: bool = False,
                  signed: bool = False) -> str:
    """A number as people read it, never in scientific notation: no float noise, no
    trailing '.0'; with `grouped`, thousands separated (2,130,000,000); with `signed`, a
    plus sign on positive numbers (+1,172,000,000)."""
    if type(value) is int and not signed:  # the common case, without importing decimal
        return f"{value:,}" if grouped else str(value)
    from decimal import Decimal

    from .units import to_decimal

    number = to_decimal(value) if not isinstance(value, Decimal) else value
    # 1172000000 and 11.72, not 1.172E+9 or 11.72000000
    number = number.to_integral_value() if number == number.to_integral_value() \
        else number.normalize()
    text = f"{number:,f}" if grouped else f"{number:f}"
    return f"+{text}" if signed and number > 0 else text
