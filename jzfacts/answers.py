"""What each lookup command answers, as a result object: the one implementation that both
the command line (commands.py) and `batch` (batch.py) call. No Typer, no Rich, no printing."""

from __future__ import annotations

from typing import Any, Callable, Dict, NamedTuple, Optional, Sequence, Tuple

from . import query
from .errors import FactNotFound, UsageError
from .results import AskResult, FactsResult

Fields = Optional[Tuple[str, ...]]


class Answer(NamedTuple):
    """A command's result; `nothing` is what to say when it is empty, `missing` the ids that
    named no fact (show prints what it found and reports those)."""

    result: Any
    nothing: str = ""
    missing: Tuple[FactNotFound, ...] = ()


def list_answer(fact_base: Any, *, category: Optional[str] = None, tag: Optional[str] = None,
                unit: Optional[str] = None, period: Optional[str] = None,
                approx: Optional[str] = None, sort: str = "id", limit: Optional[int] = None,
                fields: Fields = None) -> Answer:
    facts = query.filter_facts(fact_base.facts, category=category, tag=tag, unit=unit,
                               period=period, approx=approx)
    facts = query.sort_facts(facts, sort)[:limit]
    return Answer(FactsResult("list", tuple(facts), fact_base.sources, fields=fields),
                  "no facts match these filters")


def show_answer(fact_base: Any, *, ids: Sequence[str], fields: Fields = None) -> Answer:
    if not ids:
        raise UsageError("show needs at least one fact id")
    found, missing = [], []
    for fact_id in ids:
        try:
            found.extend(fact_base.get_facts([fact_id]))
        except FactNotFound as error:
            missing.append(error)
    return Answer(FactsResult("show", tuple(found), fact_base.sources, fields=fields),
                  missing=tuple(missing))


def search_answer(fact_base: Any, *, words: Sequence[str], regex: bool = False,
                  limit: Optional[int] = None, fields: Fields = None) -> Answer:
    text = " ".join(words)
    hits = fact_base.search(text, regex=regex, limit=limit)
    return Answer(FactsResult("search", tuple(hit.fact for hit in hits), fact_base.sources,
                              tuple(hits), fields),
                  f"no facts match '{text}'")


def compare_answer(fact_base: Any, *, ids: Optional[Sequence[str]] = None,
                   category: Optional[str] = None, unit: Optional[str] = None,
                   period: Optional[str] = None, fields: Fields = None) -> Answer:
    if ids and (category or unit or period):
        raise UsageError("give fact ids or filters (--category, --unit, --period), not both")
    if ids:
        facts = fact_base.get_facts(list(ids))
    elif category or unit or period:
        facts = query.filter_facts(fact_base.facts, category=category, unit=unit,
                                   period=period)
        amounts = [fact for fact in facts if fact.kind == "amount"]
        dimensions = sorted({fact.dimension for fact in amounts})
        if len(dimensions) > 1:
            raise UsageError(f"the facts selected measure {len(dimensions)} different "
                             f"things ({', '.join(dimensions)}): narrow them with --unit")
        facts = amounts
    else:
        raise UsageError("give two or more fact ids, or --category/--unit/--period")
    from .compare import CompareResult, compare

    return Answer(CompareResult(compare(facts), fields))


def stats_answer(fact_base: Any, *, fields: Fields = None) -> Answer:
    from .compare import StatsResult, stats

    return Answer(StatsResult(stats(fact_base.facts), fields), "the fact file has no facts")


#: How much of a question's meaning (ranking.coverage) the best fact must cover to be the
#: answer; and how much where the question holds a Chinese word the page never uses (沈阳
#: in a question about another city: ranking.absent_words). Chosen on the question set in
#: tests/data/questions.tsv (README "Asking questions"): a wrong confident answer is worse
#: than none.
ANSWER_COVERAGE = 0.45
ANSWER_COVERAGE_WITH_ABSENT_WORD = 0.65


def ask_answer(fact_base: Any, *, question: Sequence[str], fields: Fields = None) -> Answer:
    """The one fact that answers a question, with the page's words, or none."""
    from .ranking import absent_words
    from .search import read
    from .terms import has_chinese

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


#: The lookups `batch` answers, by command name.
ANSWERS: Dict[str, Callable[..., Answer]] = {
    "show": show_answer, "search": search_answer, "list": list_answer,
    "compare": compare_answer, "stats": stats_answer, "ask": ask_answer,
}

