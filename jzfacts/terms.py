"""Text as search terms, the way full-text engines read Chinese, English and pinyin.

- Chinese has no spaces: a run of Chinese characters gives its characters and its
  character bigrams (Lucene's CJK analyser). A query gives bigrams (a lone character
  gives itself), after question words and particles (多少, 几, 哪, 什么, 的, 吗 …) are cut out.
- English words are folded, spelled the US way (mechanisation → mechanization), stemmed
  (Snowball, through PyStemmer) and cut to six letters, so companies/company and
  recognised/recognition meet; question words (how, many, what, the …) are dropped.
- Pinyin: the Chinese of a fact is also read as pinyin syllables, pairs of syllables of
  neighbouring characters, and pairs of their initials, so `yumi jixiehua`, `ren cai` and
  `rc` reach 玉米 … 机械化 and 人才.
- Arabic numbers are terms too (2021, 21.3).

Terms are single tokens for SQLite FTS5's unicode61 tokenizer: a Chinese term is its
characters, an English term its letters, a number `21d3`, a pinyin syllable `0yu`, a pair
`0yu0mi`, a pair of initials `1rc`. The index (index.py) stores exactly these."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Container, Dict, List, NamedTuple, Optional, Sequence, Tuple

from .units import UNITS

#: Changed whenever the terms a text gives change: cached terms and indexes are keyed on it.
TERMS_VERSION = "1"

#: The fields a fact is searched in, in the order ties are broken, with their weights:
#: a word in the label counts for more than the same word in the quote or the section.
COLUMNS = ("id", "label", "label_en", "tags", "section", "quote", "note")
WEIGHTS = (1.5, 3.0, 2.5, 2.5, 0.3, 1.5, 0.2)
# Pinyin readings of these fields' Chinese; initials (rc, gxjsqy) only of the short ones,
# where two letters are not a pair of some of a quote's thirty characters by chance.
PINYIN_COLUMNS = frozenset({"label", "tags"})
INITIALS_COLUMNS = frozenset({"label", "tags"})

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_PIECE = re.compile(rf"([{_CJK}]+)|([A-Za-z][A-Za-z0-9]*)|(\d+(?:\.\d+)?)")

# Chinese question words and particles: cut out of a question before it is read, so that
# they neither help nor hurt (longest first, so 有多少 goes before 多少 and 有).
CHINESE_STOP = sorted("""什么时候 何时 请问 一共有 一共 总共 共有 有多少 是多少 多少
    多大 多高 多长 多远 多久 多重 几何 几 哪一 哪些 哪个 哪里 哪儿 哪 什么 啥 怎么样 怎样
    怎么 如何 为什么 现在 目前 当前 如今 到底 究竟 大概 大约 左右 吗 呢
    吧 啊 呀 么 的 了 是 有 在 和 与 及 个 都 也 还 该 这 那 其
    被 把 给 让 它 他 她 您 你 我 们 知道 告诉 一下 请 情况 数量
    数目 数字 数据 具体 能够 可以 能 会""".split(), key=len, reverse=True)  # noqa: SIM905
_CHINESE_STOP = re.compile("|".join(map(re.escape, CHINESE_STOP))
                           + r"|[？?！!，。：:；;、“”\"（）()]")

ENGLISH_STOP = frozenset("""a an the of in on at to for from by with and or as is are was
    were be been being do does did has have had how many much what which who whom whose
    when where why there their this that these those it its into about than then so such can could
    would should will shall may might must me my we our you your he she they them us
    i please tell give show find number numbers total amount count figure value
    exactly approximately roughly around some any all was take took taken takes get got
    gets make made makes come came become became go went gone see seen say said reach
    reached reaches achieve achieved win won receive received receives lend lent attend
    attended include included includes part currently current now today recently still
    also just only more most less least big large small know over past last next ago since
    during per each every""".split())  # noqa: SIM905

# British spellings to American, before stemming (the stemmer keeps the two apart).
_BRITISH = ((re.compile(r"isation"), "ization"), (re.compile(r"is(e|ed|es|ing|er|ers)$"),
                                                 r"iz\1"), (re.compile(r"yse(d|s)?$"), r"yze\1"),
            (re.compile(r"our(s|ed|ing)?$"), r"or\1"), (re.compile(r"tre(s)?$"), r"ter\1"))


class Unit(NamedTuple):
    """One piece of a query that is looked up: the words as typed, the term, the items of
    the query it stands for (a bigram stands for its two characters), and how it was read."""

    text: str
    terms: Tuple[str, ...]
    covers: Tuple[int, ...]
    kind: str = "word"  # word, pinyin, initials or respelled
    whole: int = -1  # units with the same `whole` (≥ 0) match only all together (gxjsqy)


class Item(NamedTuple):
    """One meaningful piece of a query, for judging how much of it a fact answers: a
    Chinese character, an English word, a pinyin syllable, a number; `term` is the term
    whose rarity in the base says how much it means (锦 little, 瞪 much)."""

    text: str
    term: str


class Query(NamedTuple):
    """A query read as search terms: the units looked up, the items they stand for, and
    every term once, in query order (what BM25 sums over, for every fact scored)."""

    units: Tuple[Unit, ...]
    items: Tuple[Item, ...]
    terms: Tuple[str, ...]


def query_of(units: Sequence[Unit], items: Sequence[Item]) -> Query:
    return Query(tuple(units), tuple(items),
                 tuple(dict.fromkeys(term for unit in units for term in unit.terms)))


# ------------------------------------------------------------------ English


@lru_cache(maxsize=1)
def _stemmer():  # type: ignore[no-untyped-def]
    # PyStemmer: the Snowball stemmers compiled; imported here, only when a search needs it.
    import Stemmer  # type: ignore[import-not-found]

    return Stemmer.Stemmer("english")


@lru_cache(maxsize=65536)
def english_term(word: str) -> str:
    """companies → compan, mechanisation and mechanization → mechan, recognised and
    recognition → recogn: folded, US spelling, Snowball stem, at most six letters."""
    word = word.lower()
    for pattern, replacement in _BRITISH:
        if len(word) > 5:
            word = pattern.sub(replacement, word)
    return str(_stemmer().stemWord(word))[:6]


# ------------------------------------------------------------------ pinyin


def _readings(run: str) -> List[Tuple[str, ...]]:
    from .pinyin import table

    known = table()
    return [known.get(char, ()) for char in run]


def _pinyin_terms(run: str, initials: bool) -> List[str]:
    """The syllables of a run of Chinese, pairs of syllables of neighbouring characters and
    (with `initials`) pairs of their initials; a character with several readings gives
    each."""
    readings = _readings(run)
    terms = [f"0{reading}" for options in readings for reading in options]
    for left, right in zip(readings, readings[1:]):
        terms += [f"0{a}0{b}" for a in left for b in right]
        if initials:
            terms += sorted({f"1{a[0]}{b[0]}" for a in left for b in right})
    return terms


def _syllables(word: str) -> Optional[List[str]]:
    """A word of pinyin cut into whole syllables (fewest pieces), or None."""
    from .pinyin import syllables

    known = syllables()
    best: Dict[int, List[str]] = {0: []}
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 6), end):
            if start in best and word[start:end] in known:
                candidate = best[start] + [word[start:end]]
                if end not in best or len(candidate) < len(best[end]):
                    best[end] = candidate
    return best.get(len(word))


_INITIALS = re.compile(r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])+")


def _initial_letters(word: str) -> Optional[List[str]]:
    """rc → r, c; gxjsqy → g, x, j, s, q, y: a word of initials only (zh, ch, sh count as one
    letter, their first)."""
    if not 2 <= len(word) <= 10 or not _INITIALS.fullmatch(word):
        return None
    return list(word)


# ------------------------------------------------------------------ facts


@lru_cache(maxsize=65536)
def text_terms(text: str, with_pinyin: bool = False, with_initials: bool = False
               ) -> Tuple[str, ...]:
    """The terms of one field's text, in order, repeats kept (they count)."""
    terms: List[str] = []
    for match in _PIECE.finditer(text):
        chinese, latin, number = match.groups()
        if chinese:
            terms += list(chinese)
            terms += [chinese[i:i + 2] for i in range(len(chinese) - 1)]
            if with_pinyin:
                terms += _pinyin_terms(chinese, with_initials)
        elif latin:
            terms.append(english_term(latin))
        else:
            terms.append(number.replace(".", "d"))
    return tuple(terms)


#: Facts whose terms are known without reading them again: a fact base loaded from the
#: cache brings its facts' terms along (factbase.remember_terms), keyed by the fact object.
_KNOWN_COLUMNS: Dict[int, Tuple[Any, Tuple[Tuple[str, ...], ...]]] = {}


def remember_columns(facts: Sequence[Any],
                     columns: Sequence[Tuple[Tuple[str, ...], ...]]) -> None:
    """Let fact_columns answer for these facts from `columns` (the last base loaded only)."""
    _KNOWN_COLUMNS.clear()
    _KNOWN_COLUMNS.update((id(fact), (fact, column)) for fact, column in zip(facts, columns))


def fact_columns(fact: Any) -> Tuple[Tuple[str, ...], ...]:
    """A fact's terms, one tuple per column of COLUMNS."""
    known = _KNOWN_COLUMNS.get(id(fact))
    if known is not None and known[0] is fact:
        return known[1]
    columns = []
    for name in COLUMNS:
        value = getattr(fact, name)
        if name == "tags":
            # the unit, in Chinese and English, counts as a tag: "what percentage", "几吨"
            value = " · ".join((*value, fact.unit, UNITS[fact.unit].name_en))
        elif name == "id":
            value = re.sub(r"[.\-]", " ", value)
        columns.append(text_terms(value or "", name in PINYIN_COLUMNS,
                                  name in INITIALS_COLUMNS))
    return tuple(columns)


# ------------------------------------------------------------------ queries


def read_query(query: str, known: Optional[Container[str]] = None,
               vocabulary: Sequence[str] = ()) -> Query:
    """A query or question as units of terms. `known` holds the terms the fact base has (to
    tell an English word from pinyin); `vocabulary`, its English words, to respell a typo."""
    units: List[Unit] = []
    items: List[Item] = []
    latin: List[str] = []

    def flush_latin() -> None:
        _latin_units(latin, known, vocabulary, units, items)
        latin.clear()

    text = _CHINESE_STOP.sub(" ", query)
    for match in _PIECE.finditer(text):
        chinese, word, number = match.groups()
        if word:
            lowered = word.lower()
            if lowered not in ENGLISH_STOP:
                latin.append(lowered)
            continue
        flush_latin()
        first = len(items)
        if chinese:
            items += [Item(char, char) for char in chinese]
            if len(chinese) == 1:
                units.append(Unit(chinese, (chinese,), (first,)))
            units += [Unit(chinese[i:i + 2], (chinese[i:i + 2],), (first + i, first + i + 1))
                      for i in range(len(chinese) - 1)]
        else:
            term = number.replace(".", "d")
            items.append(Item(number, term))
            units.append(Unit(number, (term,), (first,)))
    flush_latin()
    return query_of(units, items)


def _latin_units(words: Sequence[str], known: Optional[Container[str]],
                 vocabulary: Sequence[str],
                 units: List[Unit], items: List[Item]) -> None:
    """English words stay words; a run of words that are no English the base knows is read
    as pinyin (syllables paired across the words: `ren cai`), or as initials (`rc`)."""
    pinyin_run: List[str] = []

    def flush_pinyin() -> None:
        if not pinyin_run:
            return
        first = len(items)
        syllables = [syllable for word in pinyin_run for syllable in _syllables(word) or ()]
        items.extend(Item(syllable, f"0{syllable}") for syllable in syllables)
        if len(syllables) == 1:
            units.append(Unit(pinyin_run[0], (f"0{syllables[0]}",), (first,), "pinyin"))
        units.extend(Unit(f"{a} {b}", (f"0{a}0{b}",), (first + i, first + i + 1), "pinyin")
                     for i, (a, b) in enumerate(zip(syllables, syllables[1:])))
        pinyin_run.clear()

    for word in words:
        term = english_term(word)
        is_english = known is None or term in known
        syllables = None if is_english else _syllables(word)
        if syllables and (_any_known(syllables, known) or not _near(word, vocabulary)):
            pinyin_run.append(word)  # pinyin the base can read, or no English near it
            continue
        flush_pinyin()
        letters = None if is_english else _initial_letters(word)
        first = len(items)
        if letters:
            pairs = [f"1{a}{b}" for a, b in zip(letters, letters[1:])]
            items.extend(Item(f"{a}{b}", pair) for (a, b), pair
                         in zip(zip(letters, letters[1:]), pairs))
            # Initials are a phrase: every pair of them, or none (zzzqqq is no 中中…).
            units.extend(Unit(pair[1:], (pair,), (first + i,), "initials", first)
                         for i, pair in enumerate(pairs))
            continue
        kind = "word"
        near = None if is_english else _near(word, vocabulary)
        if near:
            term, kind = english_term(near), "respelled"
        items.append(Item(word, term))
        units.append(Unit(word, (term,), (first,), kind))
    flush_pinyin()


def _any_known(syllables: Sequence[str], known: Optional[Container[str]]) -> bool:
    """Whether the base can read a word's syllables: one of its pairs, or its syllable."""
    if known is None:
        return True
    terms = [f"0{a}0{b}" for a, b in zip(syllables, syllables[1:])] or [f"0{syllables[0]}"]
    return any(term in known for term in terms)


def _near(word: str, vocabulary: Sequence[str]) -> Optional[str]:
    """The base's English word nearest to a typo ('gazele' → 'gazelle'), if one is near."""
    if len(word) < 4 or not vocabulary:
        return None
    import difflib

    near = difflib.get_close_matches(word, vocabulary, n=1, cutoff=0.8)
    return near[0] if near else None


def has_chinese(text: str) -> bool:
    """Whether the text holds a Chinese character (an answer then speaks Chinese)."""
    return re.search(f"[{_CJK}]", text) is not None
