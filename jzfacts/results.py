"""What each command answers, as plain data: JSON documents and flat records. No Rich here."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Mapping, NamedTuple, Optional, Sequence, Tuple

from .errors import Problem, UsageError
from .model import FACT_FIELDS, Fact, Source
from .query import suggest

if TYPE_CHECKING:
    from .search import Hit

Record = Dict[str, Any]

SEARCH_FIELDS = FACT_FIELDS + ("match",)


def check_fields(fields: Optional[Sequence[str]], known: Sequence[str]) -> None:
    """A usage error naming the known fields when an asked-for field is not one of them."""
    for name in fields or ():
        if name not in known:
            hint = suggest(name, known)
            did_you_mean = f" (did you mean {', '.join(hint)}?)" if hint else ""
            raise UsageError(f"unknown field {name!r}{did_you_mean}; known fields: "
                             f"{', '.join(known)}")


def pick(record: Mapping[str, Any], fields: Optional[Sequence[str]]) -> Record:
    return dict(record) if not fields else {name: record[name] for name in fields}


def flatten(record: Mapping[str, Any]) -> Record:
    """A record for CSV and TSV: lists joined, `normalized` split in two columns."""
    flat: Record = {}
    for name, value in record.items():
        if name == "normalized":
            flat["normalized_value"] = value["value"]
            flat["normalized_unit"] = value["unit"]
        elif name == "repeats":
            flat[name] = " | ".join(f"{r['section']}: {r['quote']}" for r in value)
        elif name == "match":
            flat[name] = value["field"]
        elif isinstance(value, list):
            flat[name] = "; ".join(str(item) for item in value)
        else:
            flat[name] = value
    return flat


class FactsResult(NamedTuple):
    """Facts for list, show and search; `hits` carries search ranks and matches."""

    command: str  # "list", "show" or "search"
    facts: Tuple[Fact, ...]
    sources: Mapping[str, Source] = {}  # noqa: RUF012 - never mutated
    hits: Tuple[Hit, ...] = ()
    fields: Optional[Tuple[str, ...]] = None

    @property
    def known_fields(self) -> Sequence[str]:
        return SEARCH_FIELDS if self.command == "search" else FACT_FIELDS

    def records(self) -> List[Record]:
        if self.hits:
            rows = [dict(hit.fact.to_dict(), match=match_of(hit)) for hit in self.hits]
        else:
            rows = [fact.to_dict() for fact in self.facts]
        return [pick(row, self.fields) for row in rows]

    def document(self) -> Any:
        records = self.records()
        if self.command == "show" and len(records) == 1:
            return records[0]
        return records

    def empty(self) -> bool:
        return not self.facts


def match_of(hit: Hit) -> Record:
    """How a search hit matched: the field, the score and the query's words it matched."""
    return {"field": hit.field, "score": hit.score, "terms": list(hit.terms)}


ASK_FIELDS = ("question", "confidence") + FACT_FIELDS


class AskResult(NamedTuple):
    """One answer to a question (or none: the page does not say), how sure, and the facts
    that came next (or, with no answer, the closest)."""

    question: str
    answer: Optional[Fact]
    confidence: float
    alternatives: Tuple[Fact, ...]
    sources: Mapping[str, Source] = {}  # noqa: RUF012 - never mutated
    fields: Optional[Tuple[str, ...]] = None
    known_fields: Sequence[str] = ASK_FIELDS

    def records(self) -> List[Record]:
        if self.answer is None:
            return []
        row = {"question": self.question, "confidence": self.confidence,
               **self.answer.to_dict()}
        return [pick(row, self.fields)]

    def document(self) -> Any:
        return {"question": self.question,
                "answer": self.answer.to_dict() if self.answer else None,
                "confidence": self.confidence,
                "alternatives": [fact.to_dict() for fact in self.alternatives]}

    def plain_text(self) -> str:
        """The answer in a line a person reads, and the page's words under it:
        `高新技术企业：188家（2023-01）` (an English question gets the English label)."""
        fact = self.answer
        if fact is None:
            return ""
        from .model import APPROX_ZH, format_number
        from .terms import has_chinese

        english = not has_chinese(self.question)
        period = fact.period
        if english:
            line = f"{fact.label_en}: {fact.describe_en()}" + (f" ({period})" if period else "")
            second = f"  {fact.label}: “{fact.quote}” — {fact.section}"
        else:
            line = (f"{fact.label}：{APPROX_ZH[fact.approx]}{format_number(fact.value)}"
                    f"{fact.unit}" + (f"（{period}）" if period else ""))
            second = f"  “{fact.quote}” — {fact.section}"
        return f"{line}\n{second}\n"

    def empty(self) -> bool:
        return self.answer is None


PROBLEM_FIELDS = ("file", "line", "column", "fact", "field", "message")


class ProblemsResult(NamedTuple):
    """What `validate` found: one record per problem, in file order."""

    path: str
    facts: int
    problems: Tuple[Problem, ...]
    fields: Optional[Tuple[str, ...]] = None
    known_fields: Sequence[str] = PROBLEM_FIELDS

    def records(self) -> List[Record]:
        return [pick({name: getattr(problem, name) for name in PROBLEM_FIELDS}, self.fields)
                for problem in self.problems]

    def document(self) -> Any:
        return {"path": self.path, "valid": not self.problems, "facts": self.facts,
                "problems": self.records()}

    def plain_text(self) -> str:
        """The human form, on a terminal or not: `file:line: fact x: field: message` lines,
        as compilers print them (editors jump to them)."""
        return "".join(f"{problem}\n" for problem in self.problems)

    def empty(self) -> bool:
        return False


Result = Any  # FactsResult, ProblemsResult, compare.CompareResult or compare.StatsResult
