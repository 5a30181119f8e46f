"""What each lookup command answers, as a result object: the one implementation that both
the command line (commands.py) and `batch` (batch.py) call. No Typer, no Rich, no printing."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Iterator, Mapping, Optional, Sequence

from ..base import query
from ..base.errors import FactNotFound, UsageError
from ..base.model import Fact
from ..base.records import Answer, Fields, Record
from .documents import FactsResult

#: What a search (or a question typed into search) shows without --limit or --all: the
#: best 20, as search engines do (Meilisearch 20; gh 30).
DEFAULT_LIMIT = 20


class FactsStream:
    """List's facts as they are read, for output that streams (JSON, NDJSON, CSV, TSV):
    the first record is out before the rest is read, and memory does not grow with the
    base. Views that need every fact at once (a Rich table, SVG) take them all."""

    streamed = True
    hits: tuple[Any, ...] = ()

    def __init__(self, command: str, facts: Iterator[Fact], sources: Mapping[str, Any],
                 fields: Fields = None) -> None:
        self.command = command
        self.sources = sources
        self.fields = fields
        self._first = next(facts, None)
        self._rest = facts
        self._taken = False

    @property
    def known_fields(self) -> Sequence[str]:
        from ..base.model import FACT_FIELDS

        return FACT_FIELDS

    def iter_facts(self) -> Iterator[Fact]:
        if self._taken:
            raise RuntimeError("a FactsStream is read once")
        self._taken = True
        if self._first is not None:
            yield self._first
            yield from self._rest

    def iter_records(self) -> Iterator[Record]:
        from ..base.records import pick

        return (pick(fact.to_dict(), self.fields) for fact in self.iter_facts())

    def materialized(self) -> FactsResult:
        """The facts all read, as the result a whole view takes."""
        return FactsResult(self.command, tuple(self.iter_facts()), self.sources,
                           fields=self.fields)

    @property
    def facts(self) -> tuple[Fact, ...]:
        return self.materialized().facts

    def records(self) -> list[Record]:
        return list(self.iter_records())

    def document(self) -> Any:
        return self.records()

    def empty(self) -> bool:
        return self._first is None

if TYPE_CHECKING:
    from ..base.query import Wanted


def list_answer(fact_base: Any, *, category: Wanted = None, tag: Wanted = None,
                unit: Wanted = None, period: Wanted = None, approx: Wanted = None,
                sort: str = "id", reverse: bool = False, limit: Optional[int] = None,
                fields: Fields = None) -> Answer:
    """The facts that pass the filters, sorted, read as they are shown (FactsStream)."""
    import itertools

    query.check_filters(fact_base.tags if hasattr(fact_base, "tags") else
                        (lambda: {t for fact in fact_base.facts for t in fact.tags}),
                        category=category, tag=tag, unit=unit, period=period, approx=approx)
    name, backwards = query.sort_key(sort, reverse)
    if hasattr(fact_base, "iter_facts"):
        ordered: Iterator[Fact] = fact_base.iter_facts(name, backwards)
    else:
        ordered = iter(query.sort_facts(fact_base.facts, name, backwards))
    facts = query.passing(ordered, category=category, tag=tag, unit=unit, period=period,
                          approx=approx)
    if limit is not None:
        facts = itertools.islice(facts, limit)
    return Answer(FactsStream("list", facts, fact_base.sources, fields),
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


def no_words(text: str) -> bool:
    """Whether a query or question is blank or punctuation only (？？？, 。, --): it asks
    nothing. A unit sign (%, ℃, ¥) is something."""
    if any(char.isalnum() for char in text):
        return False
    import unicodedata

    return all(char.isspace() or unicodedata.category(char).startswith("P") and
               char not in "%‰％" for char in text)


def clean_query(words: Sequence[str]) -> str:
    """A query's words as one text, escape sequences and control characters taken out
    (tabs and line breaks become spaces) before anything reads it."""
    import re

    text = " ".join(words)
    if text.isprintable():
        return text
    return re.sub(r"[\t\n\v\f\r]", " ", re.sub(_ESCAPES, "", text))


def search_answer(fact_base: Any, *, words: Sequence[str], regex: bool = False,
                  limit: Optional[int] = None, all_hits: bool = False,
                  fields: Fields = None) -> Answer:
    """The best DEFAULT_LIMIT hits, or `limit`, or with all_hits every one."""
    if all_hits and limit is not None:
        raise UsageError("give --limit or --all, not both")
    from ..search.forms import typos_corrected

    text = clean_query(words)
    if not regex and text.strip() and no_words(text):
        raise UsageError(f"empty query: {text.strip()!r} holds no word, number or pinyin; "
                         "give one, e.g. jzfacts search 瞪羚企业")
    query = text if regex else typos_corrected(text)  # (evnets: events)
    hits = fact_base.search(query, regex=regex,
                            limit=None if all_hits else limit or DEFAULT_LIMIT)
    shown = ShownHits(hits)
    shown.counted = hits  # how many matched in all: counted when asked (more_matches)
    return Answer(FactsResult("search", tuple(hit.fact for hit in hits), fact_base.sources,
                              shown, fields),
                  f"no facts match '{text}'")


if TYPE_CHECKING:
    _Tuple = tuple[Any, ...]
else:
    _Tuple = tuple  # a class on typing.Tuple costs start-up; this module is on every path


class ShownHits(_Tuple):
    """The hits shown, and how many matched in all (`total`, counted when asked)."""

    counted: Any = ()

    @property
    def total(self) -> int:
        return int(getattr(self.counted, "total", len(self)))


def more_matches(answer: Answer) -> Optional[str]:
    """What a search did not show, in words for stderr: `20 of 43,180 matches shown; …`."""
    hits = getattr(answer.result, "hits", ())
    total = getattr(hits, "total", len(hits))
    if total <= len(hits) or not hits:
        return None
    return (f"{len(hits)} of {total:,} matches shown; --all shows every one, --limit N the "
            "best N")


def compare_answer(fact_base: Any, *, ids: Optional[Sequence[str]] = None,
                   category: Wanted = None, unit: Wanted = None, period: Wanted = None,
                   fields: Fields = None) -> Answer:
    if ids and (category or unit or period):
        raise UsageError("give fact ids or filters (--category, --unit, --period), not both")
    if ids:
        facts = fact_base.get_facts(list(ids))
    elif category or unit or period:
        query.check_filters(lambda: (), category=category, unit=unit, period=period)
        facts = list(query.passing(_every_fact(fact_base), category=category, unit=unit,
                                   period=period))
        amounts = [fact for fact in facts if fact.kind == "amount"]
        dimensions = sorted({fact.dimension for fact in amounts})
        if len(dimensions) > 1:
            raise UsageError(f"the facts selected measure {len(dimensions)} different "
                             f"things ({', '.join(dimensions)}): narrow them with --unit")
        facts = amounts
    else:
        raise UsageError("give two or more fact ids, or --category/--unit/--period")
    from ..base.compare import CompareResult, compare

    return Answer(CompareResult(compare(facts), fields))


def stats_answer(fact_base: Any, *, fields: Fields = None) -> Answer:
    from ..base.compare import StatsResult, stats

    return Answer(StatsResult(stats(_every_fact(fact_base)), fields),
                  "the fact file has no facts")


def _every_fact(fact_base: Any) -> Iterator[Fact]:
    """The base's facts as they are read (a large base never holds them all at once)."""
    if hasattr(fact_base, "iter_facts"):
        return iter(fact_base.iter_facts())
    return iter(fact_base.facts)


def ask_answer(fact_base: Any, *, question: Sequence[str], fields: Fields = None) -> Answer:
    """The one fact that answers a question (ask.py: imported only by questions)."""
    from ..search.ask import ask

    text = clean_query(question)
    if no_words(text):  # (as search's empty query: a usage error, exit 2)
        raise UsageError("empty question: ask what the page says, e.g. jzfacts ask "
                         "锦州有几家高新技术企业")
    return ask(fact_base, question=[text], fields=fields)


#: The lookups `batch` answers, by command name.
ANSWERS: dict[str, Callable[..., Answer]] = {
    "show": show_answer, "search": search_answer, "list": list_answer,
    "compare": compare_answer, "stats": stats_answer, "ask": ask_answer,
}

