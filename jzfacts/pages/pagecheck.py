"""A fact file against its page: every quote is on the page, and every number on the page is
a fact's figure, a year in a fact's period, or listed as not a fact with a reason.

Used by `jzfacts validate --page PAGE`. Quotes are compared without white space (pages break
lines mid-sentence); numbers are read as whole phrases in either script (numerals.py)."""

from __future__ import annotations

import re
from typing import Any, Dict, List, Mapping, NamedTuple, Optional, Sequence, Tuple

from ..base.errors import Problem
from ..base.model import Fact
from ..base.numerals import CHINESE_NUMERAL_CHARS, find_figure, numbers_with_spans, words_around


class Page(NamedTuple):
    """A page's text without white space (see compact()), and for each character its line
    on the page; the text as it is, and for each of its characters its place in the first
    (numbers are read in the text as it is, as extract reads them line by line)."""

    name: str
    text: str
    lines: Tuple[int, ...]
    raw: str = ""
    at: Tuple[int, ...] = ()

    @classmethod
    def read(cls, name: str, raw: str) -> Page:
        text, at = _compacted(raw)
        lines = [0] * len(text)
        line = 1
        for index, char in enumerate(raw):
            if not char.isspace():
                lines[at[index]] = line
            elif char == "\n":
                line += 1
        for index in range(len(lines)):  # a kept space: the line of what comes before it
            lines[index] = lines[index] or (lines[index - 1] if index else 1)
        return cls(name, text, tuple(lines), raw, tuple(at))

    def numbers(self) -> List[Tuple[int, int, Any]]:
        """Every number of the page as (start, end, value), placed in the compact text."""
        return [(self.at[number.start], self.at[number.end - 1] + 1, number.value)
                for number in numbers_with_spans(self.raw)]

    def where(self, start: int) -> Optional[int]:
        return self.lines[start] if start < len(self.lines) else None

    def around(self, start: int, end: int) -> str:
        """The words around a span, within its clause (what a [[not_fact]] text can be)."""
        left, right = words_around(self.text, start, end)
        return self.text[left:right]

    def spans(self, snippet: str) -> List[Tuple[int, int]]:
        """Every place the snippet stands, overlapping ones too (分之百分之 in 百分之百分之…)."""
        snippet = compact(snippet)
        found: List[Tuple[int, int]] = []
        at = self.text.find(snippet) if snippet else -1
        while at >= 0:
            found.append((at, at + len(snippet)))
            at = self.text.find(snippet, at + 1)
        return found


def compact(text: str) -> str:
    """Text without the white space that a page's line breaks put into its sentences: all
    of it beside Chinese (or any non-ASCII) text, one space between two ASCII characters
    (12 34 stays two numbers, minus -6.3% stays negative) or two characters of numbers."""
    return _compacted(text)[0]


def _compacted(text: str) -> Tuple[str, List[int]]:
    """compact(text), and for each character of text its index in it (white space that
    goes: the index of the character after it)."""
    kept: List[str] = []
    at: List[int] = []
    for match in re.finditer(r"\s+|\S+", text):
        piece = match.group()
        if piece[0].isspace():
            keep = _kept_space(text, match.start(), match.end())
            at.extend([len(kept)] * len(piece))
            if keep:
                kept.append(" ")
            continue
        at.extend(range(len(kept), len(kept) + len(piece)))
        kept.extend(piece)
    return "".join(kept), at


def _kept_space(text: str, start: int, end: int) -> bool:
    """One space stays between two ASCII characters, and between two characters of
    numbers (9 成五 is 9 and 五, as extract reads the line, not 95 %)."""
    before, after = text[start - 1:start], text[end:end + 1]
    return bool(before and after) and (before.isascii() and after.isascii() or
                                       before in _NUMBER_CHARS and after in _NUMBER_CHARS)


_NUMBER_CHARS = set("0123456789.,点成分之%％‰-−－+负") | set(CHINESE_NUMERAL_CHARS)


def _quotes(fact: Fact) -> List[Tuple[str, str]]:
    """(field, quote) of a fact's quote and repeats."""
    return [("quote", fact.quote)] + [(f"repeats[{i}].quote", repeat.quote)
                                      for i, repeat in enumerate(fact.repeats, 1)]


def _in_period(value: Any, fact: Fact) -> bool:
    """A year the quote states that is the fact's period, or in it (2022年 → 2022)."""
    whole = value == value.to_integral_value() and len(str(int(value))) == 4
    return bool(whole and str(int(value)) in (fact.period or ""))


def explained(page: Page, facts: Sequence[Fact], not_facts: Sequence[Mapping[str, Any]]
              ) -> Tuple[List[Tuple[int, int]], Dict[int, List[Tuple[int, int]]]]:
    """The numbers on the page nothing explains, as (start, end); and for each not_fact (by
    index) the numbers only it explains."""
    figures = set()  # (start, end): where each fact's figure stands on the page
    quoted = []   # (start, end, fact): where each quote stands
    units = []    # (start, end): the rest of a figure's phrase (个百分点, 余万元 hold numerals)
    for fact in facts:
        for _, quote in _quotes(fact):
            # the figure as the quote reads, placed in the quote without white space
            figure = find_figure(quote, fact.value, fact.unit)
            inside = _compacted(quote)[1] + [len(compact(quote))]
            for start, end in page.spans(quote):
                quoted.append((start, end, fact))
                if figure:
                    figures.add((start + inside[figure.start], start + inside[figure.end - 1] + 1))
                    units.append((start + inside[figure.phrase_start],
                                  start + inside[figure.phrase_end - 1] + 1))
    excluded = [(index, span) for index, raw in enumerate(not_facts)
                for span in page.spans(raw["text"])]
    unexplained: List[Tuple[int, int]] = []
    only: Dict[int, List[Tuple[int, int]]] = {index: [] for index in range(len(not_facts))}
    # A phrase may state one number two ways (四分之一: 0.25 and 25 %): one place, its values.
    places: Dict[Tuple[int, int], List[Any]] = {}
    for start, end, value in page.numbers():
        places.setdefault((start, end), []).append(value)
    previous = ""
    for (start, end), values in places.items():
        magnitude = page.text[start] in "万亿" and end - start == 1 and \
            (page.text[start - 1:start].isdigit() or "点" in previous)
        previous = page.text[start:end]
        if magnitude:
            continue  # the magnitude of the number before it (9.58亿元, 一点五万)
        if (start, end) in figures or any(s <= start and end <= e for s, e in units):
            continue
        if any(s <= start and end <= e and any(_in_period(value, fact) for value in values)
               for s, e, fact in quoted):
            continue
        holders = [index for index, (s, e) in excluded if s <= start and end <= e]
        if holders:
            for index in holders:
                only[index].append((start, end))
            continue
        unexplained.append((start, end))
    return unexplained, only


def _dates_in_period(text: str, fact: Fact) -> bool:
    """Whether the years and month-days a text gives stand in the fact's period
    (2022年度 → 2022; 1月12日 → -01-12)."""
    period = fact.period or ""
    days = re.findall(r"(\d{1,2})月(\d{1,2})日", text)
    if days:
        return all(f"-{int(month):02d}-{int(day):02d}" in period for month, day in days)
    years = re.findall(r"(?<!\d)(\d{4})(?!\d)", text)
    return bool(years) and all(year in period for year in years)


class Place(NamedTuple):
    """Where a fact or a [[not_fact]] stands in its fact file: a problem about it points
    there (file:line:), as every other validate problem does; `number` is a [[not_fact]]'s
    number in its file."""

    file: str
    line: Optional[int] = None
    number: int = 0


def check_page(page: Page, facts: Sequence[Fact], not_facts: Sequence[Mapping[str, Any]],
               sections: bool = True, facts_at: Optional[Mapping[str, Place]] = None,
               not_facts_at: Optional[Sequence[Place]] = None) -> List[Problem]:
    """Every way the fact file and the page disagree: first what the facts and
    [[not_fact]]s say that the page does not hold, each at its table in its fact file where
    `facts_at` (by id) and `not_facts_at` (in order) say where that is (else at the page);
    then, in page order, the numbers of the page nothing explains, at their lines."""
    found: List[Problem] = []
    on = f"the page {page.name}"

    def fact_problem(fact: Fact, field: str, message: str) -> Problem:
        place = (facts_at or {}).get(fact.id) or Place(page.name)
        return Problem(place.file, message, fact=fact.id, field=field, line=place.line)

    def not_fact_problem(index: int, message: str) -> Problem:
        place = not_facts_at[index - 1] if not_facts_at else Place(page.name, None, index)
        return Problem(place.file, message, field=f"not_fact #{place.number or index}",
                       line=place.line)

    for fact in facts:
        for field, quote in _quotes(fact):
            if compact(quote) not in page.text:
                found.append(fact_problem(fact, field, f"is not on {on} (compared without "
                                          "white space): copy it from the page exactly"))
    if sections:
        # (a section holds no control character: a heading is read without them)
        headings = {compact(re.sub(r"[\x00-\x08\x0e-\x1b\x7f-\x9f]", "", line))
                    for line in page_lines(page)}
        for fact in facts:
            for section in {fact.section, *(repeat.section for repeat in fact.repeats)}:
                if compact(section) not in headings and not any(
                        heading.startswith(compact(section)) for heading in headings):
                    found.append(fact_problem(fact, "section", f"{section!r} is no line of "
                                              f"{on}: use the heading the figure stands "
                                              "under"))
    by_id = {fact.id: fact for fact in facts}
    for index, raw in enumerate(not_facts, 1):
        if not page.spans(raw["text"]):
            found.append(not_fact_problem(index, f"{raw['text']!r} is not on {on}: copy the "
                                          "text exactly"))
        named = by_id.get(raw.get("fact", ""))
        if raw.get("fact") and (named is None or not _dates_in_period(raw["text"], named)):
            found.append(not_fact_problem(index, f"{raw['text']!r} is to be the period of "
                                          f"fact {raw['fact']!r}, which "
                                          + ("does not exist" if named is None else
                                             f"has period {named.period!r}")))
    unexplained, only = explained(page, facts, not_facts)
    for start, end in unexplained:
        figure, words = page.text[start:end], page.around(start, end)
        found.append(Problem(page.name, f"“{words}” is neither a fact's figure nor a year of "
                             "its period: add a fact whose quote holds it, or a [[not_fact]] "
                             f"with text = \"{words}\" and why = \"…\"",
                             field=figure, line=page.where(start)))
    for index, numbers in only.items():
        raw = not_facts[index]
        if page.spans(raw["text"]) and not numbers:
            found.append(not_fact_problem(index + 1, f"{raw['text']!r} explains no number "
                                          "the facts do not: remove it"))
    return found


def page_lines(page: Page) -> List[str]:
    """The page's lines, rebuilt from where each character stands."""
    lines: Dict[int, List[str]] = {}
    for char, line in zip(page.text, page.lines):
        lines.setdefault(line, []).append(char)
    return ["".join(chars) for chars in lines.values()]
