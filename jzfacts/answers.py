"""What each lookup command answers, as a result object: the one implementation that both
the command line (commands.py) and `batch` (batch.py) call. No Typer, no Rich, no printing."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Dict, Optional, Sequence

from . import query
from .errors import FactNotFound, UsageError
from .results import Answer, FactsResult, Fields

if TYPE_CHECKING:
    from .query import Wanted


def list_answer(fact_base: Any, *, category: Wanted = None, tag: Wanted = None,
                unit: Wanted = None, period: Wanted = None, approx: Wanted = None,
                sort: str = "id", reverse: bool = False, limit: Optional[int] = None,
                fields: Fields = None) -> Answer:
    facts = query.filter_facts(fact_base.facts, category=category, tag=tag, unit=unit,
                               period=period, approx=approx)
    facts = query.sort_facts(facts, sort, reverse)[:limit]
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


# Terminal escape sequences (CSI: ESC [ … final byte; OSC: ESC ] … BEL or ESC \; any other
# ESC and the character after it) and the other control characters: what a pasted query
# may carry that is no word of it. `search $'\e[31m'` must not find the fact whose value is 31.
_ESCAPES = (r"\x1b\[[0-?]*[ -/]*[@-~]|\x9b[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
            r"|\x1b[@-_]?|[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def clean_query(words: Sequence[str]) -> str:
    """A query's words as one text, escape sequences and control characters taken out
    (tabs and line breaks become spaces) before anything reads it."""
    import re

    text = " ".join(words)
    if text.isprintable():
        return text
    return re.sub(r"[\t\n\v\f\r]", " ", re.sub(_ESCAPES, "", text))


def search_answer(fact_base: Any, *, words: Sequence[str], regex: bool = False,
                  limit: Optional[int] = None, fields: Fields = None) -> Answer:
    text = clean_query(words)
    hits = fact_base.search(text, regex=regex, limit=limit)
    return Answer(FactsResult("search", tuple(hit.fact for hit in hits), fact_base.sources,
                              tuple(hits), fields),
                  f"no facts match '{text}'")


def compare_answer(fact_base: Any, *, ids: Optional[Sequence[str]] = None,
                   category: Wanted = None, unit: Wanted = None, period: Wanted = None,
                   fields: Fields = None) -> Answer:
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


def ask_answer(fact_base: Any, *, question: Sequence[str], fields: Fields = None) -> Answer:
    """The one fact that answers a question (ask.py: imported only by questions)."""
    from .ask import ask

    return ask(fact_base, question=[clean_query(question)], fields=fields)


#: The lookups `batch` answers, by command name.
ANSWERS: Dict[str, Callable[..., Answer]] = {
    "show": show_answer, "search": search_answer, "list": list_answer,
    "compare": compare_answer, "stats": stats_answer, "ask": ask_answer,
}

