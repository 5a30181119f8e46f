"""The facts of loaded fact files, searchable: each file's search terms and their
statistics cached beside the file (so a question neither reads terms nor counts them again),
summed over the files, and search over every fact. A large base is answered from its index
instead (index.py); store.py chooses."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Sequence, Tuple

from ..base.factbase import FactBase, Loaded, entry_key, entry_path
from ..base.factbase import load_files as read_files
from ..base.files import FactFile
from ..base.model import Fact

if TYPE_CHECKING:  # (an alias made at run time costs every command's start-up)
    from .hits import Hits

    Columns = Tuple[Tuple[str, ...], ...]


class SearchableBase(FactBase):
    """A loaded fact base that search and ask can question."""

    _statistics_value: Any = None

    def search(self, query: str, *, regex: bool = False, limit: Optional[int] = None
               ) -> Hits:
        """hits.search over every fact, with the total of hits before the limit."""
        from .hits import asked, check_query, hits_of, rank_hits, search

        if regex:
            return hits_of(search(self.facts, query, regex=True), limit)
        statistics = self.statistics()
        return hits_of(rank_hits(self.facts, asked(check_query(query), statistics),
                                 statistics), limit)

    def statistics(self) -> Any:
        """What ranking needs of the whole base (hits.Statistics): each file's terms from
        the cache where the file was cached (made known to terms.fact_columns), else
        counted; summed over the files."""
        if self._statistics_value is None:
            if not self.loaded:  # facts made in memory (a test's, a fit's): counted
                from .hits import statistics_of

                self._statistics_value = statistics_of(self.facts)
            else:
                from .terms import remember_columns

                terms, start = [], 0
                for item, count in zip(self.loaded, self.counts):
                    terms.append(terms_of(item, self.facts[start:start + count]))
                    start += count
                remember_columns(self.facts,
                                 [column for part in terms for column in part.columns])
                self._statistics_value = merged_statistics(terms)
                places: Dict[str, int] = {}
                for part in terms:
                    for code, count in part.places.items():
                        places[code] = places.get(code, 0) + count
                self._title_places = places
                self._file_places = [part.places for part in terms]
        return self._statistics_value

    _title_places: Optional[Dict[str, int]] = None
    _file_places: Optional[List[Dict[str, int]]] = None

    def title_places(self) -> Optional[Dict[str, int]]:
        """How often each place is named by the titles of the sources (judge.base_scope's
        home place), cached with each file's terms; None for facts made in memory."""
        self.statistics()
        return self._title_places

    def file_title_places(self) -> Optional[List[Dict[str, int]]]:
        """The same for each file (in base order: each article's own place), cached with
        its terms; None for facts made in memory."""
        self.statistics()
        return self._file_places


def searchable(base: FactBase) -> SearchableBase:
    return SearchableBase(base.names, base.facts, base.sources, base.counts, base.loaded)


def load(path: Path) -> SearchableBase:
    """One fact file as a searchable fact base, or FactFileError carrying every problem."""
    return load_files([FactFile(path, str(path))])


def load_files(files: Sequence[FactFile]) -> SearchableBase:
    """The searchable fact base of these files, or FactFileError carrying every problem."""
    return searchable(read_files(files))


class Terms:
    """What search needs of a file: each fact's terms, how many facts hold each term, how
    many terms in all, the English words; and the places its sources' titles name (ask's
    home place: reading them costs a question naming a place ~18 M instructions)."""

    __slots__ = ("columns", "frequencies", "total", "words", "places")

    def __init__(self, columns: List[Columns], frequencies: Dict[str, int], total: int,
                 words: List[str], places: Dict[str, int]) -> None:
        self.columns = columns
        self.frequencies = frequencies
        self.total = total
        self.words = words
        self.places = places

    def as_tuple(self) -> Tuple[Any, ...]:
        """What the cache keeps, each term one string object: marshal writes a term the
        facts share once and refers to it after (reading a file's terms back cost a
        question ~3 M instructions more with a string made for each of ~11,000 terms)."""
        shared: Dict[str, str] = {}
        one = shared.setdefault
        frequencies = {one(term, term): count for term, count in self.frequencies.items()}
        columns = [tuple(tuple(one(term, term) for term in column) for column in columns)
                   for columns in self.columns]
        return (columns, frequencies, self.total, self.words, self.places)


def read_terms(facts: Sequence[Fact], titles: Sequence[str] = ()) -> Terms:
    """The terms of a file's facts, and their statistics; the places of its titles."""
    from .hits import vocabulary_of
    from .ranking import counts_of
    from .terms import fact_columns

    columns = [fact_columns(fact) for fact in facts]
    frequencies, total = counts_of(columns)
    return Terms(columns, frequencies, total, sorted(vocabulary_of(facts)),
                 title_places(titles))


def title_places(titles: Sequence[str]) -> Dict[str, int]:
    """How many of the titles name each place (by its code)."""
    from .places import places_in

    found: Dict[str, int] = {}
    for title in titles:
        for place in places_in(title):
            for code in place.codes:
                found[code] = found.get(code, 0) + 1
    return found


def terms_of(loaded: Loaded, facts: Sequence[Fact]) -> Terms:
    """A file's terms: from the cache, else read (once per file, then cached with it)."""
    from ..base import cache
    from .terms import TERMS_VERSION

    titles = [str(source.get("title") or "") for source in loaded.data.get("source") or ()]
    if loaded.terms_entry is None:
        return read_terms(facts, titles)
    path, stamp = loaded.terms_entry
    target, key = entry_path(path, ".terms"), entry_key(path, stamp, (TERMS_VERSION,))
    value = cache.load_blob(target, key)
    if isinstance(value, tuple) and len(value) == len(Terms.__slots__):
        return Terms(*value)
    terms = read_terms(facts, titles)
    if cache.unchanged(path, stamp):
        cache.store_blob(target, key, terms.as_tuple())
    return terms


def merged_statistics(terms: Sequence[Terms]) -> Any:
    """Ranking's statistics of several files: their counts summed."""
    from .hits import Statistics
    from .ranking import Stats

    if len(terms) == 1:
        frequencies = terms[0].frequencies
    else:
        frequencies = {}
        for part in terms:
            for term, count in part.frequencies.items():
                frequencies[term] = frequencies.get(term, 0) + count
    count = sum(len(part.columns) for part in terms)
    total = sum(part.total for part in terms)
    words = sorted({word for part in terms for word in part.words})
    return Statistics(Stats(count, frequencies, total / count if count else 0.0), frequencies,
                      words)


# ------------------------------------------------------------------ several files
