"""Meaning beyond the words typed: a word the fact base lacks read as words it has.

- Chinese: its synonyms from 同义词词林 (苞谷, 黄豆 → 玉米, 大豆), else a character of it
  that the base holds (轮 of 货轮);
- English: its WordNet synonyms (soya → soybean, prizes → award; a phrase only when every
  other word of it is the base's own), a word run together from two the base has
  (hightech), a clipped word (demo → demonstration).

- English to Chinese: a word the base lacks as the Chinese words CC-CEDICT glosses with it
  (typical → 典型), where the base has them.

Every expansion is a unit of its own kind ('synonym', 'character', 'respelled',
'translation'): it weighs less than the words typed, in BM25 (terms.TERM_WEIGHT) and in
coverage (ranking.SURE)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Container, FrozenSet, List, Optional, Sequence, Tuple

from .terms import ENGLISH_STOP, FUNCTION_CHARS, Unit, _stemmer, english_term

_INFLECTIONS = (("ies", "y"), ("sses", "ss"), ("ses", "s"), ("xes", "x"), ("ches", "ch"),
                ("shes", "sh"), ("s", ""), ("ied", "y"), ("ed", ""), ("ed", "e"),
                ("ing", ""), ("ing", "e"))


def _lone_characters(run: str, first: int, known: Container[str]) -> List[Unit]:
    """A character of a run that no bigram the base has covers (轮 of 货轮), as itself: a
    word the base lacks may still share its head with one it has (kind 'character',
    worth little: ranking.SURE)."""
    if len(run) < 2:
        return []
    bigrams = [run[i:i + 2] in known for i in range(len(run) - 1)]
    return [Unit(char, (char,), (first + i,), "character") for i, char in enumerate(run)
            if char in known and not (i > 0 and bigrams[i - 1])
            and not (i < len(bigrams) and bigrams[i])]


def _homophones(run: str, first: int, known: Container[str],
                covered: Container[int] = ()) -> List[Unit]:
    """Pairs of characters of a run the base lacks that sound like a pair of a label or tag
    (登陵 for 瞪羚, 北战 for 北站, 中古 for 中谷: what an input method or a dictating voice
    types): units of the labels' pinyin pairs (terms.PINYIN_COLUMNS), worth what a
    respelling is (ranking.SURE). A pair with a function character is none (佔地 is no
    站的), nor one a synonym already stands for."""
    found: List[Unit] = []
    for i in range(len(run) - 1):
        pair = run[i:i + 2]
        if pair in known or not FUNCTION_CHARS.isdisjoint(pair) or \
                first + i in covered or first + i + 1 in covered:
            continue
        term = sounding(pair, known) or shaped(pair, known) or sounding_fuzzily(pair, known)
        if term:
            found.append(Unit(pair, (term,), (first + i, first + i + 1), "respelled"))
    return found


#: Characters that differ by a stroke or a dot, which handwriting input, a scan or a hasty
#: eye puts for one another (收人 for 收入, 贷款 typed 货款, 已经 for 己经): each pair both ways.
_LOOK_ALIKE_PAIRS = """人入 入八 己已 已巳 己巳 未末 土士 日曰 贷货 侯候 拨拔 戊戌 戌戍 准淮 券卷
    杨扬 析折 徒徙 免兔 辩辨 刺剌 汩汨 冶治 予矛 干千 于干 天夭 大太 太犬 王玉 木本 本末
    田由 由甲 甲申 问间 拆折 栽裁 载栽 幕暮 暮墓 壁璧 簿薄 崇祟 今令 洒酒 历厉 仓仑
    概慨 乌鸟 兵乒 白百 自目 目且 刀力 儿几 千于 午牛 失矢 广厂 老考 考孝 宇字 鸣呜
    候堠 微徽 营管 菅管 肓盲 盲育""".split()  # noqa: SIM905


@lru_cache(maxsize=1)
def _look_alike() -> dict[str, str]:
    table: dict[str, str] = {}
    for pair in _LOOK_ALIKE_PAIRS:
        for this, that in ((pair[0], pair[1]), (pair[1], pair[0])):
            table[this] = table.get(this, "") + that
    return table


def shaped(pair: str, known: Container[str]) -> Optional[str]:
    """A pair of the base's that two characters are, with one of them written as a
    character of nearly its shape (收人 is 收入), if there is exactly one."""
    table = _look_alike()
    if pair[0] not in table and pair[1] not in table:
        return None
    from .tables import has

    if has("nouns.tsv", pair) or has("synonyms.tsv", pair):
        return None  # a word as typed (人选 is no 入选 misspelled)
    found = {written for i in (0, 1) for other in table.get(pair[i], "")
             if (written := pair[:i] + other + pair[i + 1:]) in known}
    return found.pop() if len(found) == 1 else None


def look_alike(first: str, second: str) -> bool:
    """Whether two characters differ by a stroke (人 and 入, 贷 and 货)."""
    return second in _look_alike().get(first, "")


def sounding(pair: str, known: Container[str]) -> Optional[str]:
    """The pinyin pair of a label or tag that two characters sound like, each by its first
    reading (the one a voice or an input method gives; 市 is no fu), if the base has it."""
    from .pinyin import first_reading

    left, right = first_reading(pair[0]), first_reading(pair[1])
    term = f"0{left}0{right}"
    return term if left and right and term in known else None


def sounding_fuzzily(pair: str, known: Container[str]) -> Optional[str]:
    """The pinyin pair of a label or tag that two characters sound like to fuzzy pinyin
    (宗小 zong xiao: 中小 zhong xiao; 残学 can xue: 产学 chan xue), one of them changed, if
    exactly one pair the base has sounds so. The one changed is a character the base does
    not use (宗, 残): one it uses is meant as typed (深 of 深科技, deep tech, no 省科)."""
    from .pinyin import first_reading, fuzzy_variants

    left, right = first_reading(pair[0]), first_reading(pair[1])
    if not left or not right:
        return None
    found = {term for one in fuzzy_variants(left) for other in fuzzy_variants(right)
             if (one != left and other == right and pair[0] not in known or
                 one == left and other != right and pair[1] not in known) and
             (term := f"0{one}0{other}") in known}
    return found.pop() if len(found) == 1 else None


def _chinese_synonyms(run: str, first: int, known: Container[str]) -> List[Unit]:
    """Words of a run the base lacks (苞米, 货轮), as their synonyms it has (玉米), from
    同义词词林: units that weigh less than the words typed (ranking.SURE)."""
    found: List[Unit] = []
    for length in (4, 3, 2):
        for start in range(len(run) - length + 1):
            word = run[start:start + length]
            bigrams = [word[i:i + 2] for i in range(len(word) - 1)]
            if all(bigram in known for bigram in bigrams):
                continue
            covers = tuple(range(first + start, first + start + length))
            for synonym in synonyms(word):
                terms = tuple(synonym[i:i + 2] for i in range(len(synonym) - 1))
                if terms and all(term in known for term in terms):
                    found.append(Unit(synonym, terms, covers, "synonym"))
    return found


@lru_cache(maxsize=4096)
def synonyms(word: str) -> Tuple[str, ...]:
    """A word's synonyms (synonyms.tsv: 同义词词林 and WordNet), commonest senses first."""
    from .tables import lookup

    found: List[str] = []
    for form in (word, *_lemmas(word)):
        for groups in lookup("synonyms.tsv", form):
            for group in groups.split(","):
                for members in lookup("synonyms.tsv", group):
                    found += [member for member in members.split("|")
                              if member not in (word, form) and member not in found]
    return tuple(found)


def _lemmas(word: str) -> List[str]:
    """The dictionary forms an English word may be inflected from (prizes → prize): the
    thesaurus lists lemmas (WordNet's own morphy rules, in short)."""
    if not word.isascii() or " " in word or len(word) < 4:
        return []
    return [word[:-len(ending)] + base for ending, base in _INFLECTIONS
            if word.endswith(ending) and len(word) - len(ending) + len(base) >= 3]


def _clipped(word: str, item: int, known: Container[str], vocabulary: Sequence[str]
             ) -> List[Unit]:
    """A clipped English word (demo, info, admin) as the base's word it begins, if only one
    does (demonstration): a guess, worth what a respelling is."""
    if len(word) < 4 or not vocabulary:
        return []
    longer = {english_term(other) for other in vocabulary
              if other.startswith(word) and len(other) > len(word) + 2}
    longer = {term for term in longer if term in known}
    return [Unit(word, (term,), (item,), "respelled") for term in longer] \
        if len(longer) == 1 else []


def split_in_two(word: str, holds: Callable[[str], bool]) -> Optional[Tuple[str, str]]:
    """A word run together from two of three letters or more that `holds` accepts
    (hightech: high tech), or None."""
    for cut in range(3, len(word) - 2):
        left, right = word[:cut], word[cut:]
        if holds(left) and holds(right):
            return left, right
    return None


def _compound(word: str, known: Optional[Container[str]]) -> Optional[Tuple[str, str]]:
    """A word run together from two the base knows (hightech: high tech), or None."""
    if known is None or len(word) < 6:
        return None
    return split_in_two(word, lambda part: english_term(part) in known)


def _english_synonyms(word: str, items: Tuple[int, ...], known: Container[str],
                      vocabulary: Sequence[str] = ()) -> List[Unit]:
    """An English word the base lacks (prize, paddy, freighter) as its WordNet synonyms the
    base has (award, rice paddy, merchant ship): a phrase counts when one of its words is
    known and none is a stop word only."""
    found: List[Unit] = []
    if len(word) < 3:
        return found
    typed = english_term(word)
    for synonym in synonyms(word.lower()):
        terms = tuple(english_term(part) for part in re.findall(r"[a-z]+", synonym)
                      if part not in ENGLISH_STOP)
        # every word of the synonym but the one typed is the base's (rice paddy for paddy;
        # not coyote state for sd)
        useful = tuple(term for term in terms if term != typed)
        words = [part for part in re.findall(r"[a-z]+", synonym) if part not in ENGLISH_STOP
                 and english_term(part) != typed]
        # the base's word itself, not one its six letters only share (universe is no
        # university)
        if useful and all(term in known for term in useful) and (
                not vocabulary or all(_full_stem(part) in _stems(tuple(vocabulary))
                                      for part in words)):
            found.append(Unit(synonym, useful, items, "synonym"))
    return found


def _translations(word: str, items: Tuple[int, ...], known: Container[str]
                  ) -> List[Unit]:
    """An English word or phrase the base lacks as the Chinese words CC-CEDICT glosses with
    it (bridge.tsv: typical → 典型, results → 成果), where the base holds them: how an
    English question reaches a figure whose label or quote says it in Chinese only (kind
    'translation', worth what a synonym is)."""
    from .tables import lookup

    found: List[Unit] = []
    american = american_spelling(word)
    forms = (word, *_lemmas(word), *((american, *_lemmas(american)) if american else ()))
    for form in dict.fromkeys(forms):
        for line in lookup("bridge.tsv", form):
            # (=: an abbreviation's words spelled out, GDP → 国内生产总值, CPI: no guess)
            kind = "expansion" if line.startswith("=") else "translation"
            for chinese in line.lstrip("=").split("|"):
                terms = tuple(chinese[i:i + 2] for i in range(len(chinese) - 1))
                if terms and all(term in known for term in terms) and \
                        all(unit.text != chinese for unit in found):
                    found.append(Unit(chinese, terms, items, kind))
    return found


#: British spellings and the American ones CC-CEDICT glosses with (metre → meter, colour →
#: color, programme → program, defence → defense, catalogue → catalog, analyse → analyze,
#: organisation → organization).
_BRITISH = ((r"(?<=[a-z]{2})tre(s?)$", r"ter\1"), (r"(?<=[a-z]{2})bre(s?)$", r"ber\1"),
            (r"(?<=[a-z]{2}[^aeiou])our(s|ed|ing|ite|ites|able|ful|hood|hoods)?$", r"or\1"),
            (r"(?<=[a-z]{2})mme(s?)$", r"m\1"), (r"(?<=[a-z]{2})ence(s?)$", r"ense\1"),
            (r"(?<=[a-z]{2})ogue(s?)$", r"og\1"), (r"(?<=[a-z])yse(s|d)?$", r"yze\1"),
            (r"(?<=[a-z]{3})is(e|es|ed|ing|ation|ations|er|ers)$", r"iz\1"))


def american_spelling(word: str) -> str:
    """A British spelling as American English writes it, or '' (a word that is none)."""
    if not word.isascii() or len(word) < 5:
        return ""
    spelled = word.lower()
    for british, american in _BRITISH:
        spelled = re.sub(british, american, spelled)
    return spelled if spelled != word.lower() else ""


def _full_stem(word: str) -> str:
    return str(_stemmer().stemWord(word.lower()))


@lru_cache(maxsize=4)
def _stems(vocabulary: Tuple[str, ...]) -> FrozenSet[str]:
    """The base's English words as whole stems (english_term cuts them to six letters)."""
    return frozenset(_full_stem(word) for word in vocabulary)
