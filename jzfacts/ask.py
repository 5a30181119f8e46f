"""`jzfacts ask`: one answer to a question, with the page's words, or an honest "the page
does not say". Imported only where a question is asked."""

from __future__ import annotations

from typing import Any, List, Mapping, NamedTuple, Optional, Sequence, Tuple

from .model import FACT_FIELDS, Fact, Source
from .ranking import absent_words
from .results import Answer, Fields, Record, pick
from .search import read
from .terms import has_chinese

#: How much of a question's meaning (ranking.coverage) the best fact must cover to be the
#: answer; and how much where the question holds a Chinese word the page never uses (沈阳
#: in a question about another city: ranking.absent_words). Chosen on the question set in
#: tests/data/questions.tsv (README "Asking questions"): a wrong confident answer is worse
#: than none.
ANSWER_COVERAGE = 0.45
ANSWER_COVERAGE_WITH_ABSENT_WORD = 0.65


def ask(fact_base: Any, *, question: Sequence[str], fields: Fields = None) -> Answer:
    """The one fact that answers a question, with the page's words, or none."""
    text = " ".join(question)
    hits = fact_base.search(text, limit=4)
    statistics = fact_base.statistics()
    absent = absent_words(read(text, statistics), statistics.bm25)
    best = hits[0] if hits else None
    confidence = round(best.coverage, 2) if best else 0.0
    sure = best is not None and best.coverage >= (
        ANSWER_COVERAGE_WITH_ABSENT_WORD if absent else ANSWER_COVERAGE)
    if sure and best is not None:
        result = AskResult(text, best.fact, confidence, tuple(h.fact for h in hits[1:]),
                           fact_base.sources, fields)
        return Answer(result)
    closest = tuple(hit.fact for hit in hits[:3])
    chinese = has_chinese(text)
    named = ", ".join(f"{fact.id} ({fact.label if chinese else fact.label_en})"
                      for fact in closest)
    why = f"; the page never uses {'、'.join(absent)}" if absent else ""
    return Answer(AskResult(text, None, confidence, closest, fact_base.sources, fields),
                  f"the page does not say: '{text}'{why}"
                  + (f"; closest: {named}" if named else ""))


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
