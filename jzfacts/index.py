"""A search index for large fact files: SQLite in the user's cache directory.

A fact file of LARGE_FILE bytes or more is parsed and validated once, then indexed; later
commands read only the rows they need. Search asks SQLite for candidates with conditions that
are a superset of what search.py matches, then ranks the candidates with search.py itself,
so an indexed answer is the same answer. Like cache.py, the index is keyed by path, size,
mtime, inode and versions, written to a temporary file and renamed into place, and any
problem with it means it is rebuilt or not used.
"""

from __future__ import annotations

import json
import re
import sqlite3
from itertools import islice
from pathlib import Path
from typing import (
    Any,
    Dict,
    Iterable,
    Iterator,
    List,
    Mapping,
    NamedTuple,
    Optional,
    Sequence,
    Set,
    Tuple,
)

from . import cache, pinyin
from .errors import FactFileError, FactNotFound
from .factbase import check_file, fact_from_raw
from .model import Fact, Source
from .search import (
    SCORE_ALL_WORDS,
    SCORE_EXACT,
    SCORE_FIELD,
    SCORE_FUZZY,
    SCORE_NUMBER,
    SCORE_PINYIN,
    TEXT_FIELDS,
    Hit,
    check_query,
    fact_words,
    field_text,
    fold,
    hit_for,
    parse_number_query,
    respell,
    search,
)

SCHEMA = 12


def index_file(path: Path) -> Path:
    return cache.cache_file(path, ".sqlite")


def _meta_key(path: Path) -> Optional[str]:
    key = cache.file_key(path)
    return None if key is None else json.dumps([SCHEMA, *key])


FOLDED = TEXT_FIELDS  # each has a folded column, <field>_f


def _rows(position: int, raw: Mapping[str, Any]) -> Tuple[Tuple[Any, ...], Tuple[Any, ...],
                                                          Tuple[Any, ...], List[str]]:
    """A fact's row, its narrow search row (all text folded, the numbers, the pinyin keys),
    the English words of each field, and its English words for the vocabulary."""
    fact = fact_from_raw(raw)
    folded = [fold(field_text(fact, field)) for field in FOLDED]
    data = json.dumps(raw, ensure_ascii=False, check_circular=False, separators=(",", ":"))
    return ((position, fact.id, data, *folded),
            (position, "\n".join(folded), float(fact.value), float(fact.normalized[0]),
             *pinyin.index_keys([raw["label"], *raw.get("tags", ())])),
            # English words of each field: every other character a separator ('?'), as
            # search.py sees it (an English needle matches at a word start)
            (position, *(text.encode("ascii", "replace").decode("ascii") for text in folded)),
            fact_words(fact))


# Facts are turned into rows a chunk at a time, while SQLite writes the chunk before.
CHUNK = 4096


def build_index(path: Path, data: Mapping[str, Any]) -> Optional[Path]:
    """Write the index for a validated fact file; None if it cannot be written."""
    key = _meta_key(path)
    if key is None or not cache.enabled():
        return None

    def write(temporary: Path) -> None:
        # Used by one thread at a time, but not always the one that opened it.
        connection = sqlite3.connect(str(temporary), check_same_thread=False)
        try:
            connection.executescript("""
                PRAGMA journal_mode = OFF;
                PRAGMA synchronous = OFF;
                CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
                CREATE TABLE sources (id TEXT PRIMARY KEY, data TEXT NOT NULL);
                -- Long columns last: SQLite reads a row's columns in order, so the short
                -- ones a search tests first never touch a long row's overflow pages
                -- (with data before them, bounding 80,000 candidates took a fifth longer).
                CREATE TABLE facts (pos INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,
                    id_f TEXT, label_f TEXT, label_en_f TEXT, tags_f TEXT, section_f TEXT,
                    note_f TEXT, quote_f TEXT, data TEXT NOT NULL);
                -- Kept apart so that a scan reads narrow rows, then reads only candidates.
                CREATE TABLE search (pos INTEGER PRIMARY KEY, value REAL NOT NULL,
                    normalized REAL NOT NULL, py_initials TEXT NOT NULL,
                    py_syllables TEXT NOT NULL, all_f TEXT NOT NULL);
                CREATE TABLE words (word TEXT PRIMARY KEY) WITHOUT ROWID;
            """)
            connection.executemany("INSERT INTO sources VALUES (?, ?)",
                                   [(raw["id"], json.dumps(raw, ensure_ascii=False))
                                    for raw in data.get("source", [])])
            words = _insert_facts(connection, data["fact"], _create_fts(connection))
            connection.executescript("""
                CREATE INDEX search_value ON search (value);
                CREATE INDEX search_normalized ON search (normalized);
            """)
            # search.vocabulary_of's words, less those with digits (id suffixes): respell
            # only ever replaces a word with a word of letters.
            connection.executemany("INSERT INTO words VALUES (?)",
                                   ((word,) for word in words if word.isalpha()))
            connection.execute("INSERT INTO meta VALUES ('key', ?)", (key,))
            connection.commit()
        finally:
            connection.close()

    target = index_file(path)
    return target if cache.replace_atomically(target, write, (OSError, sqlite3.Error)) else None


def _insert_facts(connection: sqlite3.Connection, facts: Sequence[Mapping[str, Any]],
                  fts: bool) -> Set[str]:
    """Write every fact's rows; the English words of all facts.

    Making rows is Python work; filling the trigram and pinyin indexes (most of SQLite's
    work) is one statement per chunk that runs without the GIL. So a second thread fills
    them from the chunk before while this one makes the next chunk's rows: on two cores the
    two overlap (100,000 facts: 6.6-8.6 s against 9.3-10.9 s in one thread). (A thread
    that inserted row by row would need the GIL for each row and wait on this one: that
    measured slower than no thread at all.)"""
    from concurrent.futures import Future, ThreadPoolExecutor

    def index_text(span: Tuple[int, int]) -> None:
        for sql in ("INSERT INTO text_fts (rowid, t) SELECT pos, all_f FROM search",
                    "INSERT INTO pinyin_fts (rowid, syllables, initials) "
                    "SELECT pos, py_syllables, py_initials FROM search"):
            connection.execute(f"{sql} WHERE pos >= ? AND pos < ?", span)

    from .progress import report

    words: Set[str] = set()
    with ThreadPoolExecutor(max_workers=1) as indexer:
        pending: Optional[Future[None]] = None
        for start in range(0, len(facts), CHUNK):
            report("indexing", start, len(facts))
            rows = [_rows(position, raw) for position, raw
                    in enumerate(facts[start:start + CHUNK], start)]
            for _, _, _, fact_words in rows:
                words.update(fact_words)
            if pending is not None:
                pending.result()  # the connection is free again (or the error is raised)
            connection.executemany(
                f"INSERT INTO facts (pos, id, data, {', '.join(f'{f}_f' for f in FOLDED)}) "
                f"VALUES ({', '.join('?' * 10)})", (row for row, _, _, _ in rows))
            connection.executemany(
                "INSERT INTO search (pos, all_f, value, normalized, py_syllables, "
                "py_initials) VALUES (?, ?, ?, ?, ?, ?)", (row for _, row, _, _ in rows))
            if fts:
                connection.executemany(
                    f"INSERT INTO words_fts (rowid, {', '.join(FOLDED)}) "
                    f"VALUES ({', '.join('?' * (1 + len(FOLDED)))})",
                    (row for _, _, row, _ in rows))
                pending = indexer.submit(index_text, (start, start + len(rows)))
        if pending is not None:
            pending.result()
    report("indexing", len(facts), len(facts))
    return words


def _create_fts(connection: sqlite3.Connection) -> bool:
    """The full-text indexes that find a search's candidate rows without reading every row:
    trigrams of all text, pinyin syllables and initials, English words. Contentless (the
    rows are in `search`); detail=none (only which rows hold a token), but the words keep
    which field holds them (detail=column) for reading by tier. False where SQLite has
    no FTS5 or no trigram tokenizer (before 3.34): then every search scans `search`."""
    try:
        connection.executescript("""
            CREATE VIRTUAL TABLE text_fts USING fts5 (t, content='', detail='none',
                                                      tokenize='trigram');
            CREATE VIRTUAL TABLE pinyin_fts USING fts5 (syllables, initials, content='',
                                                        detail='none');
            CREATE VIRTUAL TABLE words_fts USING fts5 (id, label, label_en, tags, section,
                                                       quote, note, content='',
                                                       detail='column');
        """)
    except sqlite3.OperationalError:
        return False
    return True


class IndexedBase:
    """A large fact base answered from its SQLite index, row by row."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = str(path)
        self._db = connection
        self._facts: Optional[Tuple[Fact, ...]] = None
        self._fts = _has_fts(connection)
        self.sources: Dict[str, Source] = {
            row[0]: Source(**json.loads(row[1]))
            for row in connection.execute("SELECT id, data FROM sources")}

    @property
    def facts(self) -> Tuple[Fact, ...]:
        """Every fact, in file order (loaded on first use: list, stats and export need it)."""
        if self._facts is None:
            self._facts = tuple(self._rows("SELECT data FROM facts ORDER BY pos", ()))
        return self._facts

    def by_id(self) -> Dict[str, Fact]:
        return {fact.id: fact for fact in self.facts}

    def _rows(self, sql: str, parameters: Sequence[Any]) -> Iterable[Fact]:
        return (fact_from_raw(json.loads(row[0])) for row in self._db.execute(sql, parameters))

    def get_facts(self, ids: Sequence[str]) -> List[Fact]:
        found = []
        for fact_id in ids:
            rows = list(self._rows("SELECT data FROM facts WHERE id = ?",
                                   (fact_id.strip().lower(),)))
            if not rows:
                from .query import suggest

                prefix = fact_id.strip().lower().split(".")[0] + "."
                near = [row[0] for row in self._db.execute(
                    "SELECT id FROM facts WHERE substr(id, 1, ?) = ? LIMIT 5000",
                    (len(prefix), prefix))]
                raise FactNotFound(fact_id, suggest(fact_id.strip().lower(), near))
            found.extend(rows)
        return found

    def vocabulary(self) -> Set[str]:
        return {row[0] for row in self._db.execute("SELECT word FROM words")}

    def search(self, query: str, *, regex: bool = False,
               limit: Optional[int] = None) -> List[Hit]:
        """The same hits as search.search over every fact, reading only candidate rows.

        Each row gets an upper bound of its score: the highest tier (way of matching) whose
        SQL condition it meets, each condition a superset of what search.py matches that
        way. Rows come best bound first, in id order within a bound, and are scored by
        search.py itself; reading stops once `limit` hits score above every bound still to
        come. The rows come from the indexes tier by tier (_by_tier) or, where a tier has no
        index, from one query that bounds every candidate (_bounded)."""
        query = check_query(query)
        if regex:
            return self._regex(query, limit)
        vocabulary = self.vocabulary() if pinyin.pinyin_query(query) else set()
        respelled = respell(query, vocabulary) if vocabulary else None
        tiers = _tiers(query)
        if respelled:
            near = _tiers(respelled)
            tiers.append(Tier(SCORE_FUZZY, " OR ".join(f"({tier.sql})" for tier in near),
                              [value for tier in near for value in tier.parameters],
                              _any_of([tier.rows for tier in near]),
                              (" OR ".join(f"({tier.scan[0]})" for tier in near),
                               [value for tier in near for value in tier.scan[1]])))
        # Where an index names each tier's rows, rows are read tier by tier and reading
        # stops as soon as the best `limit` are certain; else every candidate is bounded.
        if self._fts and all(tier.rows for tier in tiers):
            rows: Iterable[Row] = self._by_tier(tiers)
        else:
            rows = self._bounded(tiers)
        hits: List[Hit] = []
        for chunk in _chunks(rows, 64):
            data = dict(self._db.execute(
                "SELECT pos, data FROM facts WHERE pos IN "
                f"({', '.join('?' * len(chunk))})", [row[2] for row in chunk]))
            for bound, fact_id, position in chunk:
                if limit is not None and len(hits) >= limit:
                    hits.sort(key=lambda hit: (-hit.score, hit.fact.id))
                    del hits[limit:]
                    last = hits[-1]
                    # Rows to come score at most `bound`, and ties come in id order.
                    if (last.score, fact_id) > (bound, last.fact.id):
                        return hits
                hit = hit_for(fact_from_raw(json.loads(data[position])), query, respelled)
                if hit:
                    hits.append(hit)
        hits.sort(key=lambda hit: (-hit.score, hit.fact.id))
        return hits[:limit] if limit is not None else hits

    def _by_tier(self, tiers: List[Tier]) -> Iterator[Row]:
        """(bound, id, position) of the rows meeting each tier's condition, best tier first,
        in id order within a tier, each row once: the order _bounded sorts rows into."""
        seen: Set[int] = set()
        for tier in tiers:
            assert tier.rows is not None
            test = "" if tier.rows.exact else f" AND ({tier.sql})"
            for row in self._db.execute(
                    f"SELECT {tier.score}, id, facts.pos FROM search JOIN facts "
                    f"ON facts.pos = search.pos WHERE search.pos IN ({tier.rows.sql}){test} "
                    "ORDER BY id",
                    [*tier.rows.parameters, *([] if tier.rows.exact else tier.parameters)]):
                if row[2] not in seen:
                    seen.add(row[2])
                    yield row

    def _bounded(self, tiers: List[Tier]) -> List[Row]:
        """(bound, id, position) of every candidate row with a bound, best first."""
        case = " ".join(f"WHEN {tier.sql} THEN {tier.score}" for tier in tiers)
        parameters = [value for tier in tiers for value in tier.parameters]
        # A first cut: the rows the full-text and value indexes name, and rows that pass a
        # cheap look at the concatenated fields; the CASE runs only on those.
        found, scans = _first_cut(tiers, self._fts)
        where = [(f"search.pos IN ({' UNION '.join(f'SELECT * FROM ({sql})' for sql, _ in found)})",
                  [value for _, values in found for value in values])] if found else []
        where += scans
        parameters += [value for _, values in where for value in values]
        # Only bounds, ids and positions are sorted; a fact's data is read when it is scored.
        rows = self._db.execute(
            f"SELECT CASE {case} ELSE 0 END AS bound, id, facts.pos FROM search "
            "JOIN facts ON facts.pos = search.pos WHERE "
            + (" OR ".join(f"({sql})" for sql, _ in where) or "0")
            + " ORDER BY bound DESC, id", parameters)
        return [row for row in rows if row[0]]

    def _regex(self, pattern: str, limit: Optional[int]) -> List[Hit]:
        try:
            compiled = re.compile(pattern, re.IGNORECASE)
        except re.error:
            return search([], pattern, regex=True)  # raises the usage error

        def matches(data: str) -> bool:
            fact = fact_from_raw(json.loads(data))
            return any(compiled.search(field_text(fact, field)) for field in FOLDED)

        self._db.create_function("matches", 1, matches, deterministic=True)
        candidates = list(self._rows("SELECT data FROM facts WHERE matches(data)", ()))
        return search(candidates, pattern, regex=True, limit=limit)


Row = Tuple[int, str, int]  # bound, id, position


def _chunks(rows: Iterable[Row], size: int) -> Iterator[List[Row]]:
    iterator = iter(rows)
    while True:
        chunk = list(islice(iterator, size))
        if not chunk:
            return
        yield chunk


def _has_fts(connection: sqlite3.Connection) -> bool:
    """Whether the index has its full-text tables and this SQLite can read them (an index
    built by another Python with another SQLite may not be)."""
    try:
        for table in ("text_fts", "pinyin_fts", "words_fts"):
            connection.execute(f"SELECT rowid FROM {table} WHERE {table} MATCH 'x' LIMIT 0")
    except sqlite3.Error:
        return False
    return True


class Lookup(NamedTuple):
    """A subquery naming row positions from an index: every row that meets a condition, and
    only those if `exact` (else a superset, and the condition must still be tested)."""

    sql: str
    parameters: List[Any]
    exact: bool = False


class Tier(NamedTuple):
    """One way search.py can match, with the score it gives: its SQL condition (a superset
    of what search.py matches that way); where an index serves, its rows; and a cheaper,
    looser condition on the narrow `search` row to scan for where none does."""

    score: int
    sql: str
    parameters: List[Any]
    rows: Optional[Lookup]
    scan: Tuple[str, List[Any]]


def _tiers(query: str) -> List[Tier]:
    """Each way search.py can match the query, best first."""
    folded = fold(query.strip())
    anywhere = _contains("all", folded)  # in any field: one look at the joined text
    tiers = [Tier(SCORE_EXACT, "id_f = ? OR label_f = ? OR label_en_f = ?", [folded] * 3,
                  _text_lookup(folded, "{id label label_en}", whole=True), anywhere)]
    values = _number_values(query)
    if values:
        marks = ", ".join("?" for _ in values)
        number = (f"value IN ({marks}) OR normalized IN ({marks})", values * 2)
        tiers.append(Tier(SCORE_NUMBER, *number, _number_lookup(values), number))
    for field in FOLDED:
        tiers.append(Tier(SCORE_FIELD[field], *_contains(field, folded),
                          _text_lookup(folded, field), anywhere))
    words = folded.split()
    if len(words) > 1:
        conditions = [[_contains(field, word) for field in FOLDED] for word in words]
        everywhere = [_contains("all", word) for word in words]
        tiers.append(Tier(SCORE_ALL_WORDS,
                          " AND ".join("(" + " OR ".join(sql for sql, _ in alternatives) + ")"
                                       for alternatives in conditions),
                          [value for alternatives in conditions for _, values in alternatives
                           for value in values],
                          _all_of([_text_lookup(word) for word in words]),
                          (" AND ".join(sql for sql, _ in everywhere),
                           [value for _, values in everywhere for value in values])))
    letters = pinyin.pinyin_query(query)
    if letters:
        syllables = _pinyin_syllables(letters)
        tiers.append(Tier(SCORE_PINYIN["full"], *syllables, _syllables_lookup(letters),
                          syllables))
        grams = _initial_grams(letters)
        if grams:  # every pair or triple of neighbouring initials must be there
            initials = (" AND ".join("instr(py_initials, ?) > 0" for _ in grams), grams)
            tiers.append(Tier(SCORE_PINYIN["initials"], *initials, _initials_lookup(grams),
                              initials))
    return tiers


def _all_of(lookups: Sequence[Optional[Lookup]]) -> Optional[Lookup]:
    """Rows every lookup names; None if any cannot be looked up."""
    return _combine(lookups, "INTERSECT")


def _any_of(lookups: Sequence[Optional[Lookup]]) -> Optional[Lookup]:
    """Rows any lookup names; None if any cannot be looked up."""
    return _combine(lookups, "UNION")


def _combine(lookups: Sequence[Optional[Lookup]], operator: str) -> Optional[Lookup]:
    present = [lookup for lookup in lookups if lookup is not None]
    if not present or len(present) < len(lookups):
        return None
    return Lookup(f" {operator} ".join(f"SELECT * FROM ({lookup.sql})" for lookup in present),
                  [value for lookup in present for value in lookup.parameters])


def _number_values(query: str) -> List[float]:
    """The values and normalized values a number query can match (search.number_matches)."""
    number = parse_number_query(query)
    if number is None:
        return []
    return sorted({float(number.stated.scaleb(power)) for power in (0, 4, 8)}
                  | ({float(number.scaled)} if number.scaled is not None else set()))


def _first_cut(tiers: Sequence[Tier], fts: bool
               ) -> Tuple[List[Tuple[str, List[Any]]], List[Tuple[str, List[Any]]]]:
    """What every row search.py could match meets: for each tier, the rows its index names
    (with fts), else its scan condition (each distinct one once)."""
    found: List[Tuple[str, List[Any]]] = []
    scans: Dict[Tuple[str, Tuple[Any, ...]], Tuple[str, List[Any]]] = {}
    for tier in tiers:
        if fts and tier.rows:
            found.append((tier.rows.sql, tier.rows.parameters))
        else:
            scans.setdefault((tier.scan[0], tuple(tier.scan[1])), tier.scan)
    return found, list(scans.values())


def _number_lookup(values: List[float]) -> Lookup:
    marks = ", ".join("?" for _ in values)
    return Lookup(f"SELECT pos FROM search WHERE value IN ({marks}) "
                  f"UNION SELECT pos FROM search WHERE normalized IN ({marks})", values * 2,
                  exact=True)


def _syllables_lookup(letters: str) -> Optional[Lookup]:
    """The rows whose pinyin keys hold every syllable of some cut of the letters (what
    _pinyin_syllables tests); None when the cuts are too many to ask for."""
    cuts = pinyin.segmentations(letters)
    if cuts is None or not all(cuts):
        return None
    if not cuts:
        return Lookup("SELECT rowid FROM pinyin_fts WHERE 0", [])
    alternatives = []
    for cut in cuts:
        keys, start = pinyin.cut_keys(letters, cut)
        terms = [_fts_term(key) for key in keys] + ([_fts_term(start) + "*"] if start else [])
        alternatives.append("(" + " AND ".join(terms) + ")")
    return Lookup("SELECT rowid FROM pinyin_fts WHERE pinyin_fts MATCH ?",
                  [" OR ".join(alternatives)])


def _initials_lookup(grams: List[str]) -> Lookup:
    return Lookup("SELECT rowid FROM pinyin_fts WHERE pinyin_fts MATCH ?",
                  [" AND ".join(_fts_term(gram.strip()) for gram in grams)])


def _fts_term(text: str) -> str:
    """A string as one FTS5 term, quoted."""
    return '"' + text.replace('"', '""') + '"'


def _text_lookup(needle: str, columns: str = "", whole: bool = False) -> Optional[Lookup]:
    """The rows whose text, in the given fields of words_fts ("" for any field), holds the
    folded needle where search.py would see it (with `whole`, a superset of the rows where
    a field is the needle); None when no index serves (a needle of one or two characters
    that is not English). Exact for an English word or its start in one field, else a
    superset."""
    if needle.isascii() and needle[:1].isalnum():  # at an English word's start (_contains)
        word = re.split(r"[^a-z0-9]", needle, maxsplit=1)[0]
        # The needle's first word starts a word of the text; if more follows, or the field
        # is the needle, it is that whole word (words end where no letter or digit follows).
        term = _fts_term(word) + ("*" if word == needle and not whole else "")
        return Lookup("SELECT rowid FROM words_fts WHERE words_fts MATCH ?",
                      [f"{columns} : {term}" if columns else term],
                      exact=word == needle and columns in FOLDED and not whole)
    if len(needle) >= 3:  # each of its trigrams is somewhere in the row's text
        terms = [needle[i:i + 3] for i in range(len(needle) - 2)]
        return Lookup("SELECT rowid FROM text_fts WHERE text_fts MATCH ?",
                      [" AND ".join(_fts_term(term) for term in dict.fromkeys(terms))])
    return None


def _initial_grams(letters: str) -> List[str]:
    """Every pair (two letters) or triple of neighbouring initials the letters ask for,
    padded as they stand in py_initials."""
    if len(letters) < 2:
        return []
    size = min(3, len(letters))
    return [f" {letters[i:i + size]} " for i in range(len(letters) - size + 1)]


def _contains(field: str, needle: str) -> Tuple[str, List[Any]]:
    """The SQL for search._find(field, needle): English words only at a word start.
    For "all" (every field at once) any place: a looser first cut, as GLOB over every row
    measured about seven times slower than instr."""
    if field != "all" and needle.isascii() and needle[:1].isalnum():
        # at the start, or after a character that is not a-z or 0-9, as search.py's regex
        escaped = "".join(f"[{char}]" if char in "*?[]" else char for char in needle)
        # instr first: it is cheap and rules out most rows before GLOB has to look
        return (f"(instr({field}_f, ?) > 0 AND (substr({field}_f, 1, ?) = ? "
                f"OR {field}_f GLOB ?))",
                [needle, len(needle), needle, f"*[^a-z0-9]{escaped}*"])
    return f"instr({field}_f, ?) > 0", [needle]


def _pinyin_syllables(letters: str) -> Tuple[str, List[Any]]:
    """A condition met by every fact whose label or tags the letters spell in full pinyin
    (pinyin.match): all whole syllables of some cut of the letters, and each neighbouring
    pair of them (pinyin.cut_keys), are among its readings.
    (Initials are checked pairwise: each neighbouring pair of letters is a pair of
    neighbouring characters' initials.)"""
    cuts = pinyin.segmentations(letters)
    if cuts is None:
        return "1", []  # too many ways to cut the letters: check every row
    needles = []  # ' ren ' a key, ' gu0o' the start of one
    for cut in cuts:
        keys, start = pinyin.cut_keys(letters, cut)
        needles.append([f" {key} " for key in keys] + ([f" {start}"] if start else []))
    alternatives = [" AND ".join("instr(py_syllables, ?) > 0" for _ in cut) for cut in needles]
    parameters = [needle for cut in needles for needle in cut]
    return " OR ".join(f"({alternative})" for alternative in alternatives) or "0", parameters


def open_indexed(path: Path) -> Optional[IndexedBase]:
    """The index of a large fact file, built first if needed; None when no index can be
    used (then the caller loads the file as usual)."""
    if not cache.enabled():
        return None
    key = _meta_key(path)
    target = index_file(path)
    for attempt in range(2):
        try:
            connection = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
            try:
                row = connection.execute("SELECT value FROM meta WHERE key = 'key'").fetchone()
                if row and row[0] == key:
                    return IndexedBase(path, connection)
            except sqlite3.Error:
                pass
            connection.close()
        except sqlite3.Error:
            pass
        if attempt:
            return None
        data, problems = check_file(path)
        if problems or data is None:
            raise FactFileError(problems)
        if build_index(path, data) is None:
            return None
    return None
