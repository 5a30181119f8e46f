"""How well `jzfacts extract` drafts articles that come with an answer key.

    python scripts/evaluate_extract.py tests/data/articles/seen [MORE_DIRS_OR_FILES ...]
    python scripts/evaluate_extract.py tests/data/articles/seen --failures

Each article is NAME.txt beside NAME.key.tsv (columns value, unit, approx, kind, direction,
context; one row per figure the page states, in page order, a figure stated twice listed
twice; rows of kind "not" are numbers that are no figures). Per article it reports:

- found: key figures the draft has at their place on the page with the value and unit the
  key gives (a key's unit "-" is a dimensionless figure, a fact's unit "");
  compared as quantities: 2 万人次 is 20000 人次, ％ is %, a key's fraction N/D
  with unit % is N/D × 100 % and matches the draft's share to 0.05, 零下5℃ is -5 ℃);
- approx: of the figures found, those whose approximation (exact, over, under, about)
  is the key's; direction and kind are reported the same way ("-" in the key is no
  direction);
- precision: of the draft's figures (each fact's quote and each repeat's, at its place),
  those that stand where the key has a figure.

A key row is placed by its context: its first occurrence from the row before on (a row
repeated, as a headline's figure in the body, at the next one; rows of one context with
other values, the ends of a range or the counts of a chain, at the same one), and in it by
the number that states the key's value. A draft's figure is placed by its quote on the
page and the quantity of the quote that states the fact's value (numerals.find_figure),
as `validate --page` places it.
"""

from __future__ import annotations

import argparse
import csv
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any, Dict, List, NamedTuple, Optional, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jzfacts.base.numerals import find_figure, numbers_with_spans, quantities  # noqa: E402
from jzfacts.base.units import MAGNITUDES, UNITS  # noqa: E402
from jzfacts.pages.extract import draft  # noqa: E402
from jzfacts.search.pinyin import slug  # noqa: E402


class KeyRow(NamedTuple):
    value: str
    unit: str
    approx: str
    kind: str
    direction: str
    context: str
    start: int = -1  # where the key's number stands on the page
    end: int = -1


class Placed(NamedTuple):
    start: int
    end: int
    fact: Dict[str, Any]
    quote: str


class Report(NamedTuple):
    name: str
    rows: int
    found: int
    approx: int
    direction: int
    kind: int
    drafted: int
    real: int
    failures: Tuple[str, ...]

    @property
    def recall(self) -> float:
        return self.found / self.rows if self.rows else 1.0

    @property
    def approx_rate(self) -> float:
        return self.approx / self.found if self.found else 1.0

    @property
    def precision(self) -> float:
        return self.real / self.drafted if self.drafted else 1.0


def read_key(path: Path) -> Tuple[List[KeyRow], List[KeyRow]]:
    """The figure rows and the not rows of a key."""
    figures, nots = [], []
    with path.open(encoding="utf-8") as handle:
        for record in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            row = KeyRow(record["value"], record["unit"], record["approx"], record["kind"],
                         record["direction"], record["context"])
            (nots if row.kind == "not" else figures).append(row)
    return figures, nots


def key_value(row: KeyRow) -> Decimal:
    """The key's value as a number: 1/3 with unit % is 33.33… %."""
    if "/" in row.value:
        numerator, denominator = row.value.split("/")
        share = Decimal(numerator) / Decimal(denominator)
        return share * 100 if row.unit in ("%", "％") else share
    return Decimal(row.value)


def _magnitude(unit: str) -> int:
    for prefix, power in MAGNITUDES:
        if unit.startswith(prefix) and len(unit) > len(prefix):
            return power
    return 0


def place_rows(text: str, rows: List[KeyRow]) -> List[KeyRow]:
    """Each figure row with the span of its number on the page (-1 where not found)."""
    placed: List[KeyRow] = []
    cursor, last_row, last_at = 0, None, -1
    for row in rows:
        if last_row is not None and row.context == last_row.context and \
                row.value != last_row.value:
            at = last_at  # the other end of a range, the next count of a chain
        else:
            after = last_at + 1 if last_row is not None and row == last_row else cursor
            at = text.find(row.context, after)  # (the same row again: the next place)
            if at < 0:
                at = text.find(row.context)
        last_row, last_at = row, at
        if at < 0:
            placed.append(row)
            continue
        cursor = at
        value = key_value(row).copy_abs()
        wanted = {value, value.scaleb(_magnitude(row.unit))}
        span = None
        for number in numbers_with_spans(row.context):
            if number.value in wanted or "/" in row.value and abs(number.value - value) < 1:
                span = (at + number.start, at + number.end)
                break
        for quantity in quantities(row.context) if span is None else ():
            # 万亿元 with nothing before: 万 of 亿元, 10^12
            if quantity.number.scaleb(_magnitude(quantity.measure + "x")) in wanted:
                span = (at + quantity.start, at + quantity.end)
                break
        placed.append(row._replace(start=span[0], end=span[1]) if span else row)
    return placed


def place_draft(text: str, data: Dict[str, Any]) -> List[Placed]:
    """Each drafted figure at its place: the fact's quote and each repeat's."""
    placed: Dict[Tuple[int, int], Placed] = {}
    for fact in data["fact"]:
        for quote in [fact["quote"], *(repeat["quote"] for repeat in fact.get("repeats", []))]:
            figure = find_figure(quote, fact["value"], fact["unit"])
            at = text.find(quote)
            while at >= 0 and figure is not None:
                span = (at + figure.start, at + figure.end)
                placed.setdefault(span, Placed(*span, fact, quote))
                at = text.find(quote, at + 1)
    return sorted(placed.values(), key=lambda place: place.start)


def same_quantity(fact: Dict[str, Any], row: KeyRow) -> bool:
    """The fact states the key's value in the key's unit (as quantities: see the module)."""
    fact_unit = fact["unit"].replace("％", "%")
    key_unit = "" if row.unit == "-" else row.unit.replace("％", "%")  # - : dimensionless
    fact_value = Decimal(str(fact["value"]))
    wanted = key_value(row)
    if "/" in row.value:
        return fact_unit == key_unit and abs(fact_value - wanted) <= Decimal("0.05")
    if fact_unit == key_unit:
        return fact_value == wanted
    try:
        mine, theirs = UNITS[fact_unit], UNITS[key_unit]
    except KeyError:
        return False
    return mine.base == theirs.base and \
        fact_value.scaleb(mine.power) == wanted.scaleb(theirs.power)


def evaluate(article: Path) -> Report:
    text = article.read_text(encoding="utf-8")
    rows, nots = read_key(article.with_suffix(".key.tsv"))
    data = draft(text, article.name, slug(article.name))
    rows = place_rows(text, rows)
    drafted = place_draft(text, data)
    failures: List[str] = []
    found = approx = direction = kind = 0
    for row in rows:
        where = f"{row.value} {row.unit} ({row.context})"
        if row.start < 0:
            failures.append(f"key row not placed on the page: {where}")
            continue
        hits = [p for p in drafted if p.start < row.end and row.start < p.end]
        if not hits:
            failures.append(f"missed: {where}")
            continue
        right = [p for p in hits if same_quantity(p.fact, row)]
        if not right:
            got = ", ".join(f"{p.fact['value']} {p.fact['unit']}" for p in hits)
            failures.append(f"wrong value or unit: {where} drafted as {got}")
            continue
        found += 1
        fact = right[0].fact
        if fact["approx"] == row.approx:
            approx += 1
        else:
            failures.append(f"approx {fact['approx']} for {row.approx}: {where}")
        if (fact.get("direction") or "-") == row.direction:
            direction += 1
        else:
            failures.append(f"direction {fact.get('direction') or '-'} for {row.direction}: "
                            f"{where}")
        if fact.get("kind", "amount") == row.kind:
            kind += 1
        else:
            failures.append(f"kind {fact.get('kind', 'amount')} for {row.kind}: {where}")
    real = 0
    for placed in drafted:
        if any(row.start < placed.end and placed.start < row.end for row in rows):
            real += 1
            continue
        words = text[placed.start:placed.end]
        why = next((n.context.split(" ", 1)[1] for n in nots
                    if words in n.context.split(" ", 1)[0]), "not in the key")
        failures.append(f"not a figure: {placed.fact['value']} {placed.fact['unit']} in "
                        f"“{placed.quote}” ({why})")
    return Report(article.stem, len(rows), found, approx, direction, kind, len(drafted), real,
                  tuple(failures))


def articles(paths: List[str]) -> List[Path]:
    found: List[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found.extend(sorted(p for p in path.glob("*.txt")
                                if p.with_suffix(".key.tsv").exists()))
        else:
            found.append(path)
    return found


def table(reports: List[Report]) -> str:
    lines = [f"{'article':<12} {'figures':>7} {'found':>7} {'approx':>7} {'direction':>9} "
             f"{'kind':>6} {'precision':>9}"]
    for report in reports + [total(reports)]:
        lines.append(
            f"{report.name:<12} {report.rows:>7} {report.recall:>7.1%} "
            f"{report.approx_rate:>7.1%} "
            f"{(report.direction / report.found if report.found else 1):>9.1%} "
            f"{(report.kind / report.found if report.found else 1):>6.1%} "
            f"{report.precision:>9.1%}")
    return "\n".join(lines)


def total(reports: List[Report]) -> Report:
    return Report("all", *(sum(getattr(r, field) for r in reports)
                           for field in ("rows", "found", "approx", "direction", "kind",
                                         "drafted", "real")), ())


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", help="folders of NAME.txt + NAME.key.tsv, or "
                                                 "article files")
    parser.add_argument("--failures", action="store_true", help="list every figure that "
                                                                 "fails, and why")
    options = parser.parse_args(argv)
    reports = [evaluate(article) for article in articles(options.paths)]
    print(table(reports))
    if options.failures:
        for report in reports:
            for failure in report.failures:
                print(f"{report.name}: {failure}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
