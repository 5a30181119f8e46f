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
from typing import Any, Container, Dict, FrozenSet, List, Optional, Sequence, Set, Tuple

from ..base.patterns import compiled
from ..base.plain import Plain
from ..base.units import UNITS
from .forms import fold_ampersands

#: The fields a fact is searched in, in the order ties are broken, with their weights:
#: a word in the label counts for more than the same word in the quote or the section.
COLUMNS = ("id", "label", "label_en", "tags", "section", "quote", "note", "abbreviations",
           "unit")
WEIGHTS = (1.5, 3.0, 2.5, 2.5, 0.3, 1.5, 0.2, 1.0, 2.5)
#: Changes whenever the terms a fact or query gives change (this module, forms.py, the
#: tables they read, the unit table: its English names are terms, its base units the
#: normalized values an index holds; places.tsv and places.py, which read the places of the
#: sources' titles cached with the terms): caches of fact terms, search statistics and
#: indexes key on it.
TERMS_VERSION = "19.9"
# Pinyin readings of these fields' Chinese; initials (rc, gxjsqy) only of the short ones,
# where two letters are not a pair of some of a quote's thirty characters by chance.
PINYIN_COLUMNS = frozenset({"label", "tags"})
INITIALS_COLUMNS = frozenset({"label", "tags"})

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: A text's pieces: a run of Chinese characters, an English word, a number (its thousands
#: grouped by commas or not).
_PIECE = (rf"([{_CJK}]+)|([A-Za-z][A-Za-z0-9]*)"
          r"|(\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?)")
#: Texts up to this long (a question, a title, a label) are cut by hand (_short_pieces);
#: compiling _PIECE costs ~14 M instructions (sre fills a map of the 64K characters of
#: its CJK class in Python), more than reading a question.
SHORT_TEXT = 200
_LATIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_LATIN_OR_DIGIT = _LATIN | frozenset("0123456789")

#: (chinese, english, number, start, end): one of the three is the piece, the others ''
Piece = Tuple[str, str, str, int, int]


@lru_cache(maxsize=1)
def _piece_pattern() -> re.Pattern[str]:
    return compiled(_PIECE)


def pieces(text: str) -> List[Piece]:
    """The pieces of a text, as _PIECE's matches (re.finditer) give them."""
    if len(text) <= SHORT_TEXT:
        return _short_pieces(text)
    return [(match.group(1) or "", match.group(2) or "", match.group(3) or "", *match.span())
            for match in _piece_pattern().finditer(text)]


def _is_cjk(char: str) -> bool:
    return "\u3400" <= char <= "\u4dbf" or "\u4e00" <= char <= "\u9fff" or \
        "\uf900" <= char <= "\ufaff"


def _short_pieces(text: str) -> List[Piece]:
    """_PIECE's matches, found without compiling it: the first of its three alternatives
    that matches at each position, as re tries them (\\d is str.isdecimal)."""
    found: List[Piece] = []
    position, length = 0, len(text)
    while position < length:
        char = text[position]
        end = position + 1
        if _is_cjk(char):
            while end < length and _is_cjk(text[end]):
                end += 1
            found.append((text[position:end], "", "", position, end))
        elif char in _LATIN:
            while end < length and text[end] in _LATIN_OR_DIGIT:
                end += 1
            found.append(("", text[position:end], "", position, end))
        elif char.isdecimal():
            while end < length and text[end].isdecimal():
                end += 1
            if end - position <= 3:  # 2,130,000,000: one number (numerals.py reads it so)
                grouped = end
                while grouped + 3 < length and text[grouped] == "," and \
                        text[grouped + 1:grouped + 4].isdecimal() and \
                        (grouped + 4 == length or not text[grouped + 4].isdecimal()):
                    grouped += 4
                end = grouped
            if end + 1 < length and text[end] == "." and text[end + 1].isdecimal():
                end += 2
                while end < length and text[end].isdecimal():
                    end += 1
            found.append(("", "", text[position:end], position, end))
        position = end
    return found

#: Characters that join or point (的, 了, 是 …): no pinyin pair of a label holds one, nor
#: is a pair of a question holding one a word a reader mistyped by its sound (佔地 is no
#: 站的).
FUNCTION_CHARS = frozenset("的地得了着过是在和与及或之其这那哪些个也都还就又被把给让"
                           "吗呢吧啊呀么")
#: Particles other regions end a question with (Taiwan's 齁 and 唷, 啦, 呗, the northwest's
#: 哈): neither content nor a head's.
FINAL_PARTICLES = "齁唷喔咧啦嘞哟噢呗哇哈咯喽呐哩呦"
#: 'Our city': the page's own, said by a reader of it (咱市, 我市), or pointed back to as
#: a report's prose does (该市, 此市: the city just named, or the page's).
OUR_CITY = ("我们市", "咱们市", "我市", "本市", "咱市", "俺市", "该市", "此市", "这个市",
            "该城市", "此城市", "这个城市", "这座城市")
#: Measure words no unit is, that count what follows 几 or 多少 (几块区域, 几座码头).
MEASURE_WORDS = "块片条张座栋所处间"
#: Where the reader read it, the page or another (报纸上说, 文章里写着, 新闻里讲的; 报道说,
#: 报上说的): the words of the source, no thing asked about — a source, where in it, a verb.
SOURCES = ("报纸", "报上", "报道", "文章", "新闻", "稿子", "原文", "文中", "版面", "网上", "电视",
           "广播")
SOURCE_SAYS = frozenset(
    source + where + verb for source in SOURCES
    for where in ("", "上", "里", "中") for verb in (
        "说", "讲", "写", "写着", "写的", "说的", "讲的", "提到", "提到的", "提的", "称",
        "登的", "登着", "报的"))
# Chinese question words and particles: cut out of a question before it is read, so that
# they neither help nor hurt (longest first, so 有多少 goes before 多少 and 有).
CHINESE_STOP = sorted("""什么时候 啥时候 几多 嘅 咩 是否 听说 那边 这边 搞 嘛 哦 人数
    何时 请问 一共有 一共 总共 共有 有多少 是多少 多少
    多大 多高 多长时间 多长 多远 多久 多重 几何 几 哪一 哪些 哪个 哪里 哪儿 哪 什么 啥 怎么样 怎样
    怎么 如何 为什么 现在 目前 当前 如今 到底 究竟 大概 大约 左右 吗 呢
    吧 啊 呀 么 的 了 是 有 在 和 与 及 个 都 也 还 该 这 那 其
    被 把 给 让 它 他 她 您 你 我 们 知道 告诉 一下 请 情况 数量
    数目 数字 数据 具体 能够 可以 能 会 东西 有人说 据说 人家说
    玩意儿 玩意 玩艺儿 玩艺 地方 地儿 地界儿 地界
    核实 核对 核查 求证 查证 属实 据报道 确认一下 确认下 确认 确定一下 精确值 准确值 确切值
    加上 算上 外加 连同
    稿子里 指的是 是指 指何 何类 何种 哪类 哪种 何
    自己 很多 太 来着
    老不老 久不久 远不远 近不近 长不长 重不重 贵不贵 多不多 大不大 高不高
    真的假的 哈哈 哈哈哈 呵呵 嘻嘻 嘿嘿 什么水平 啥水平 哪个水平 什么程度 规模如何
    哎呀 哎哟 哎 唉 嗯 呃 亲 亲们 怎么整 查一下 查查 搜一下 搜搜 帮我查 帮我
    数值 准确 精确 确切 精准 详细 最新 官方 小数点 截至 截止 时点 报道 请提供 请给出 请告知
    请列出 想了解 想知道 了解一下 问下 问一下 麻烦 谢谢 多谢 感谢
    所谓 所谓的 提到的 说的 讲的 讲嘅 说嘅 文中的 原文 原文中 原文里 原稿 原报道 文中
    脸书上 脸书 微博上 微博 朋友圈 抖音上 抖音 贴文 帖子 推特上 推特 小红书 知乎上 知乎 群里
    百度一下 百度了 百度 谷歌 搜半天 找半天 查半天 半天 没找着 没找到 找不着 找不到 查不到 搜不到
    规模 几大 方可 方能 必须 须
    记错 搞错 弄错 看错 听错 没记错""".split()  # noqa: SIM905
    + list(MEASURE_WORDS) + list(FINAL_PARTICLES) + list(OUR_CITY) + list(SOURCE_SAYS),
    key=len, reverse=True)
# characters that are question words on their own (有, 几, 的 …): a pair of them is no word
_STOP_CHARS = frozenset(word for word in CHINESE_STOP if len(word) == 1)


#: The Chinese stop words as a set (decide reads it too: 加上 before 公司 is no name).
STOP_WORDS = frozenset(CHINESE_STOP)
_STOP_LENGTHS = sorted({len(word) for word in CHINESE_STOP}, reverse=True)
_STOP_PUNCTUATION = frozenset("？?！!，。：:；;、“”\"（）()")


def _chinese_stops(text: str) -> list[tuple[int, int]]:
    """Where the stop words and punctuation are, left to right, the longest word first at
    each place (as one alternation of them, longest first, would match; compiling it cost
    a question ~6 M instructions)."""
    found, start = [], 0
    while start < len(text):
        for length in _STOP_LENGTHS:
            word = text[start:start + length]
            if len(word) == length and word in STOP_WORDS:
                found.append((start, start + length))
                start += length
                break
        else:
            if text[start] in _STOP_PUNCTUATION:
                found.append((start, start + 1))
            start += 1
    return found

ENGLISH_STOP = frozenset("""a an the of in on at to for from by with and or as is are was
    lol haha hahaha lmao omg pls plz btw
    were be been being do does did has have had how many much what which who whom whose
    when where why there their this that these those it its into about than then so such can could
    would should will shall may might must me my we our you your he she they them us
    her hers his him ok
    i please tell give show find number numbers total amount count figure value
    exactly approximately roughly around some any all was take took taken takes get got
    gets make made makes come came become became go went gone see seen say said reach
    reached reaches achieve achieved receive received receives lend lent attend
    attended include included includes part currently current now today recently still
    also just only more most less least big large small know over past last next ago since
    during per each every page refer refers referred mean means meant right
    article articles piece story report reports text news paper newspaper source
    according accordingly curiosity curious gather believe think understand understood
    assume assuming presumably apparently supposedly roughly approximately so-called
    called term terms say says said mention mentions mentioned state states stated
    describe describes described correctly exactly precisely actually really happen
    happens wonder wondering could would like kindly tell me one ones out moment
    basically essentially example instance counting being having aside
    finally eventually ultimately already ever yet originally initially officially
    successfully use uses used using told altogether overall nos
    clock clocked clocks turn turned time
    lah leh lor meh hor mah wor sia ah eh huh hmm um uh yeah yep okay
    up down off back
    exact precise actual real accurate something
    confirm confirmed verify advise revert tnx thx ask asks asking
    itself themselves himself herself myself yourself ourselves""".split())  # noqa: SIM905

# British spellings to American, before stemming (the stemmer keeps the two apart).
_BRITISH = ((r"isation", "ization"), (r"is(e|ed|es|ing|er|ers)$", r"iz\1"),
            (r"yse(d|s)?$", r"yze\1"), (r"our(s|ed|ing)?$", r"or\1"), (r"tre(s)?$", r"ter\1"))


class Unit(Plain):
    """One piece of a query that is looked up: the words as typed, the term, the items of
    the query it stands for (a bigram stands for its two characters), and how it was read."""

    __slots__ = ("text", "terms", "covers", "kind", "whole")

    def __init__(self, text: str, terms: Tuple[str, ...], covers: Tuple[int, ...],
                 kind: str = "word", whole: int = -1) -> None:
        self.text = text
        self.terms = terms
        self.covers = covers
        self.kind = kind  # word, pinyin, initials, respelled, synonym, translation, expansion,
        #                   character
        self.whole = whole  # units with the same `whole` (≥ 0) match only all together (gxjsqy)


class Item(Plain):
    """One meaningful piece of a query, for judging how much of it a fact answers: a
    Chinese character, an English word, a pinyin syllable, a number; `term` is the term
    whose rarity in the base says how much it means (锦 little, 瞪 much)."""

    __slots__ = ("text", "term")

    def __init__(self, text: str, term: str) -> None:
        self.text = text
        self.term = term


class Query(Plain):
    """A query read as search terms: the units looked up, the items they stand for, and
    every term once, in query order (what BM25 sums over, for every fact scored)."""

    __slots__ = ("units", "items", "terms", "weights")

    def __init__(self, units: Tuple[Unit, ...], items: Tuple[Item, ...],
                 terms: Tuple[str, ...], weights: Tuple[float, ...] = ()) -> None:
        self.units = units
        self.items = items
        self.terms = terms
        self.weights = weights  # per term: below 1 for terms only a guess gave


#: What a term found another way than typed weighs in BM25 (a synonym, a character of a
#: word the base lacks): expansions weigh less than the words typed.
TERM_WEIGHT = {"synonym": 0.6, "translation": 0.6, "expansion": 0.9, "character": 0.4}


def query_of(units: Sequence[Unit], items: Sequence[Item]) -> Query:
    weights: Dict[str, float] = {}
    for unit in units:
        for term in unit.terms:
            weights[term] = max(weights.get(term, 0.0), TERM_WEIGHT.get(unit.kind, 1.0))
    return Query(tuple(units), tuple(items), tuple(weights), tuple(weights.values()))


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
    for pattern, replacement in _BRITISH:  # re's own cache keeps them compiled
        if len(word) > 5:
            word = compiled(pattern).sub(replacement, word)
    return str(_stemmer().stemWord(word))[:6]


# ------------------------------------------------------------------ pinyin


#: Characters read one look-up at a time (pinyin.readings, a few microseconds each) before
#: the whole table is loaded (~20 ms): a file of a hundred facts read again after an edit
#: needs a few thousand, a base being built millions.
TABLE_AFTER = 20_000
_read = [0]


def _readings(run: str) -> List[Tuple[str, ...]]:
    from .pinyin import readings, table

    if _read[0] < TABLE_AFTER:
        _read[0] += len(run)
        return [readings(char) for char in run]
    known = table()
    return [known.get(char, ()) for char in run]


def _pinyin_terms(run: str, initials: bool) -> List[str]:
    """The syllables of a run of Chinese, pairs of syllables of neighbouring characters and
    (with `initials`) pairs of their initials; a character with several readings gives
    each."""
    readings = _readings(run)
    terms = [f"0{reading}" for options in readings for reading in options]
    for index, (left, right) in enumerate(zip(readings, readings[1:])):
        if run[index] not in FUNCTION_CHARS and run[index + 1] not in FUNCTION_CHARS:
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


# initials, and the vowels that open a syllable with none (额 e, 爱 a, 欧 o)
_INITIALS = r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsywaeo])+"


def _initial_letters(word: str) -> Optional[List[str]]:
    """rc → r, c; gxjsqy → g, x, j, s, q, y: a word of initials only (zh, ch, sh count as one
    letter, their first)."""
    if not 2 <= len(word) <= 10 or not compiled(_INITIALS).fullmatch(word) or \
            sum(letter in "aeo" for letter in word) > 1:
        return None
    return list(word)


# ------------------------------------------------------------------ facts


@lru_cache(maxsize=65536)
def text_terms(text: str, with_pinyin: bool = False, with_initials: bool = False
               ) -> Tuple[str, ...]:
    """The terms of one field's text, in order, repeats kept (they count)."""
    terms: List[str] = []
    if "&" in text or " and " in text or "-" in text:
        # R&D is one word, rd, and so is research and development: S&T meets science and
        # technology (and start-up, startup)
        text = fold_ampersands(text)
        terms += and_initials(text)
    for chinese, latin, number, _, _ in pieces(text):
        if chinese:
            terms += list(chinese)
            terms += [chinese[i:i + 2] for i in range(len(chinese) - 1)]
            if with_pinyin:
                terms += _pinyin_terms(chinese, with_initials)
        elif latin:
            terms.append(english_term(latin))
        else:
            terms.append(number_term(number))
    return tuple(terms)


def number_term(number: str) -> str:
    """The term of a number piece: 21.3 is 21d3, 2,130 is 2130."""
    return number.replace(",", "").replace(".", "d")


def and_initials(text: str) -> List[str]:
    """The initials of each 'X and Y' of a text (science and technology: st), the word
    'X&Y' abbreviates it to."""
    return [(first + second).lower() for first, second in
            compiled(r"\b([A-Za-z])[a-z]+ and ([A-Za-z])[a-z]+\b").findall(text)]


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
        if name == "abbreviations":
            columns.append(abbreviation_terms(fact.label))
            continue
        if name == "unit":
            # the unit, in Chinese and English, weighs as a tag ("what percentage", "几吨"),
            # but a fact is never about a question only through its unit (ranking.STRENGTH)
            value = f"{fact.unit} {UNITS[fact.unit].name_en}"
        elif name == "tags":
            value = " · ".join(fact.tags)
        else:
            value = getattr(fact, name)
        if name == "id":
            value = compiled(r"[.\-]").sub(" ", value)
        columns.append(text_terms(value or "", name in PINYIN_COLUMNS,
                                  name in INITIALS_COLUMNS))
    return tuple(columns)


@lru_cache(maxsize=65536)
def abbreviation_terms(text: str) -> Tuple[str, ...]:
    """Pairs of characters two to four apart in the Chinese of a label: how Chinese
    shortens a name (高新技术企业 → 高企, 科技创新 → 科创, 科技型中小企业 → 科小)."""
    terms: List[str] = []
    for run in chinese_runs(text, 3):
        terms += [run[i] + run[j] for i in range(len(run))
                  for j in range(i + 2, min(i + 5, len(run)))]
    return tuple(terms)


# ------------------------------------------------------------------ queries


def read_query(query: str, known: Optional[Container[str]] = None,
               vocabulary: Sequence[str] = ()) -> Query:
    """A query or question as units of terms. `known` holds the terms the fact base has (to
    tell an English word from pinyin, and to expand a word it lacks with its synonyms);
    `vocabulary`, its English words, to respell a typo."""
    units: List[Unit] = []
    items: List[Item] = []
    latin: List[str] = []

    capitals: Set[str] = set()  # words typed in capitals (GDP, CPI): acronyms, if known

    def flush_latin() -> None:
        _latin_units(latin, known, vocabulary, units, items, joined, capitals)
        latin.clear()

    if any("a" <= char <= "z" for char in query):  # (a reader's Spanish: forms.py)
        from .forms import from_foreign

        query = from_foreign(query)
    text = fold_ampersands(strip_question_words(query))
    # research and development: a phrase whose 'and' the stop words drop
    joined = frozenset(compiled(r"\b([a-z]+ and [a-z]+)\b").findall(text.lower())) \
        if " and " in text.lower() else frozenset()
    found = pieces(text)
    for at, (chinese, word, number, _, _) in enumerate(found):
        if word:
            lowered = word.lower()
            following = found[at + 1][1].lower() if at + 1 < len(found) else ""
            # (you liao: 有 as pinyin before the syllable it makes a word with, 油料)
            if lowered not in ENGLISH_STOP or known is not None and following and \
                    f"0{lowered}0{following}" in known:
                latin.append(lowered)
                if word.isupper() and 2 <= len(word) <= 5:
                    capitals.add(lowered)
            continue
        flush_latin()
        first = len(items)
        if chinese:
            items += [Item(char, char) for char in chinese]
            if len(chinese) == 1:
                units.append(Unit(chinese, (chinese,), (first,)))
            units += [Unit(chinese[i:i + 2], (chinese[i:i + 2],), (first + i, first + i + 1))
                      for i in range(len(chinese) - 1)]
            if known is not None:
                from .expand import _chinese_synonyms, _homophones, _lone_characters

                expanded = _chinese_synonyms(chinese, first, known)
                covered = {item for unit in expanded for item in unit.covers}
                expanded += _homophones(chinese, first, known, covered)
                covered |= {item for unit in expanded for item in unit.covers}
                units += expanded
                units += [unit for unit in _lone_characters(chinese, first, known)
                          if unit.covers[0] not in covered]
        else:
            term = number_term(number)
            items.append(Item(number, term))
            units.append(Unit(number, (term,), (first,)))
    flush_latin()
    return query_of(units, items)


def strip_question_words(text: str) -> str:
    """Chinese question words and particles taken out as words: never out of a place's name
    (成都 keeps its 都, 和平区 its 和), and a single character never out of a word the
    base or the thesaurus has (把握 keeps its 把, 会议 its 会)."""
    if text.isascii():
        return text
    protected = _place_spans(text)

    def cut(start: int, end: int) -> str:
        word = text[start:end]
        if len(word) == 1 and "\u3400" <= word <= "\u9fff" and (
                _a_word(text[start - 1:end] if start else "", text[start - 1:start])
                or _a_word(text[start:end + 1], text[end:end + 1])):
            return str(word)
        if any(begin <= start < finish for begin, finish in protected):
            return str(word)
        return " "

    pieces, done = [], 0
    for start, end in _chinese_stops(text):
        pieces += [text[done:start], cut(start, end)]
        done = end
    return "".join(pieces) + text[done:]


def _a_word(chars: str, neighbour: str) -> bool:
    """Whether a question word's character and its neighbour are a word of the thesaurus
    (同义词词林: 把握, 会议; the base's own bigrams would keep 州的 of 锦州的); never with
    another question word (有几)."""
    from .tables import has

    return len(chars) == 2 and neighbour not in _STOP_CHARS and has("synonyms.tsv", chars)


def _place_spans(text: str) -> List[Tuple[int, int]]:
    from .tables import has

    spans: List[Tuple[int, int]] = []
    from .places import starts_place

    for chars, _, _, start, _ in pieces(text):
        if not chars or len(chars) < 2:
            continue
        position = 0
        while position < len(chars) - 1:
            for length in range(min(6, len(chars) - position), 1, -1):
                if starts_place(chars[position:position + 2]) and \
                        has("places.tsv", chars[position:position + length]):
                    spans.append((start + position, start + position + length))
                    position += length
                    break
            else:
                position += 1
    return spans




@lru_cache(maxsize=65536)
def is_english(word: str) -> bool:
    """Whether a word is a real English word (english.txt: wordfreq and two dictionaries):
    then it is never read as pinyin nor respelled into another word."""
    from .tables import has

    # letters without a vowel (sd, gxjsqy, jxhl) are pinyin initials, not a word
    return compiled("[aeiou]", re.I).search(word) is not None and has("english.txt", word.lower())




def _latin_units(words: Sequence[str], known: Optional[Container[str]],
                 vocabulary: Sequence[str],
                 units: List[Unit], items: List[Item],
                 joined: FrozenSet[str] = frozenset(),
                 capitals: Container[str] = ()) -> None:
    """English words stay words; a run of words that are no English the base knows is read
    as pinyin (syllables paired across the words: `ren cai`), or as initials (`rc`). A real
    English word (is_english) is never read as pinyin nor respelled, unless most words of
    the run are pinyin (`jinzhou you duoshao jia`: `you` is 有 there); nor is an acronym
    typed in capitals that the English tables know as a noun (GDP, CPI: no initials of
    Chinese words)."""
    if not words:
        return
    pinyin_run: List[str] = []

    def base_english(word: str) -> bool:
        return known is None or english_term(word) in known

    def pinyin_like(word: str) -> bool:
        return _syllables(word) is not None and not base_english(word) and \
            not is_english(word)

    from .expand import _clipped, _compound, _english_synonyms, _translations
    from .pinyin import _drop_pinyin_question_words

    # (ji shu he tong cheng jiao e: a text typed syllable by syllable is pinyin, though he,
    # tong and e are English words too)
    in_syllables = len(words) >= 3 and sum(
        len(_syllables(word) or ()) == 1 for word in words) * 4 >= len(words) * 3
    pinyin_mode = in_syllables or sum(map(pinyin_like, words)) * 2 >= len(words) > 0
    if pinyin_mode:
        words = _drop_pinyin_question_words(list(words), known)

    def flush_pinyin() -> None:
        if not pinyin_run:
            return
        first = len(items)
        spelled = [_syllables(word) or [] for word in pinyin_run]
        syllables = [syllable for word in spelled for syllable in word]
        # a pair across the space between two words of syllables run together (zhongshi
        # jidi: shi ji) is a guess at a word the typist did not type as one
        starts = {sum(map(len, spelled[:k])) for k in range(1, len(spelled))
                  if len(spelled[k - 1]) > 1 and len(spelled[k]) > 1}
        # a pair beside a syllable of the same typed word that no pair of the base reads
        # (du·jiao·shou: 独角兽, not 教授) is a guess at a word the typist did not type
        starts |= _beside_unread(spelled, known)
        items.extend(Item(syllable, f"0{syllable}") for syllable in syllables)
        if len(syllables) == 1:
            units.append(Unit(pinyin_run[0], (f"0{syllables[0]}",), (first,), "pinyin"))
        units.extend(Unit(f"{a} {b}", (f"0{a}0{b}",), (first + i, first + i + 1),
                          "straddling" if i + 1 in starts else "pinyin")
                     for i, (a, b) in enumerate(zip(syllables, syllables[1:])))
        pinyin_run.clear()

    for position, word in enumerate(words):
        term = english_term(word)
        english = (base_english(word) and not (in_syllables and _syllables(word))) or \
            (not pinyin_mode and is_english(word)) or (word in capitals and _acronym(word))
        syllables = None if english else _syllables(word)
        if syllables and (_any_known(syllables, known) or not _near(word, vocabulary)):
            pinyin_run.append(word)  # pinyin the base can read, or no English near it
            continue
        flush_pinyin()
        letters = None if english else _initial_letters(word)
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
        near = None if english or is_english(word) else _near(word, vocabulary)
        if near:
            term, kind = english_term(near), "respelled"
        # (livestream, hightech: a word run together from two the base knows, even where the
        # English tables know it whole and the base does not)
        parts = None if base_english(word) or near else _compound(word, known)
        if parts:  # hightech: high tech
            items.extend(Item(part, english_term(part)) for part in parts)
            units.extend(Unit(part, (english_term(part),), (first + i,), "respelled")
                         for i, part in enumerate(parts))
            continue
        items.append(Item(word, term))
        units.append(Unit(word, (term,), (first,), kind))
        following = words[position + 1] if position + 1 < len(words) else ""
        if f"{word} and {following}" in joined:
            # research and development: R&D, as the base may write it (and WordNet's
            # phrases: bed and breakfast)
            initials = (word[0] + following[0]).lower()
            if known is None or initials in known:
                units.append(Unit(f"{word} and {following}", (initials,), (first, first + 1)))
            if known is not None:
                units.extend(_english_synonyms(f"{word} and {following}", (first, first + 1),
                                               known, vocabulary))
        if known is not None and term not in known:
            units.extend(_english_synonyms(word, (first,), known, vocabulary))
            units.extend(_translations(word, (first,), known))
            units.extend(_clipped(word, first, known, vocabulary))
            if following and english_term(following) not in known:
                # soya bean, paddy field: a phrase of two words the base lacks
                units.extend(_english_synonyms(f"{word} {following}", (first, first + 1),
                                               known, vocabulary))
                units.extend(_translations(f"{word} {following}", (first, first + 1), known))
    flush_pinyin()


def _acronym(word: str) -> bool:
    """Whether the English tables know a word as a noun only (an acronym typed in capitals)."""
    from .decide import noun_share

    return noun_share(word) == 1.0


#: Syllables of the words that join others in a phrase typed run together (dajishangyou:
#: 大集上有), read by no pair of a label, yet no part of a word of their own.
_FUNCTION_SYLLABLES = frozenset("""you shang de di shi le zai he ge ma ne ba a li zhong xia
    dou ye hai jiu yi er san na zhe zhi jia""".split())  # noqa: SIM905
#: A word typed run together of more syllables than this is a phrase or a whole question
#: (jinzhouduoshaoxiang…), whose question words no pair reads.
WORD_SYLLABLES = 4


def _beside_unread(spelled: Sequence[Sequence[str]], known: Optional[Container[str]]
                   ) -> set[int]:
    """The pairs (by the index of their second syllable, as `starts` counts them) next to a
    syllable that no pair of the base covers, within one word typed run together."""
    if known is None:
        return set()
    found: set[int] = set()
    offset = 0
    for word in spelled:
        held = [f"0{a}0{b}" in known for a, b in zip(word, word[1:])]
        for i in range(len(word)):
            if not 3 <= len(word) <= WORD_SYLLABLES or (i and held[i - 1]) or \
                    (i < len(held) and held[i]) or word[i] in _FUNCTION_SYLLABLES:
                continue  # (read: a pair holds it)
            if i + 2 < len(word) and held[i + 1]:
                found.add(offset + i + 2)
            if i >= 2 and held[i - 2]:
                found.add(offset + i - 1)
        offset += len(word)
    return found


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
    return not text.isascii() and any(piece[0] for piece in pieces(text))


def chinese_runs(text: str, shortest: int = 1) -> List[str]:
    """The runs of Chinese characters of a text (cut by pieces(): _PIECE's CJK ranges,
    whose compiling costs milliseconds)."""
    if text.isascii():
        return []
    return [chinese for chinese, _, _, _, _ in pieces(text)
            if chinese and len(chinese) >= shortest]


def chinese_spans(text: str) -> List[Tuple[int, int]]:
    if text.isascii():
        return []
    return [(start, end) for chinese, _, _, start, end in pieces(text) if chinese]
