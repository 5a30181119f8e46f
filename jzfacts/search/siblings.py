"""Siblings: a name in a question that is another member of the family of a name a fact
holds — 锦州南站 or 锦州站 for the page's 锦州北站, 锦州农商银行 for its 锦州银行. The two share
their beginning (锦州) and their end (站, 银行: what kind of thing they are) and differ in
between: the question's name holds characters the fact's lacks (南, 农商: a pair of
characters no fact holds), or lacks one that makes the fact's a word of its own (北 of 北站).
A typo is no sibling: 科技行中小企业 is 科技型中小企业 misspelled (型 and 行 sound alike), and an
abbreviation drops whole words (高新企业 of 高新技术企业). Imported only where a question is
asked."""

from __future__ import annotations

from typing import Container, Iterable, Optional

from ..base.patterns import compiled

#: The longest stretch a question's name may hold between the shared beginning and end.
MIDDLE = 4
#: Measure words a name's last character stands for (额 of 成交额 is 金额 or 总额, 率 of
#: 机械化率 比率, 号 of 泊位号 编号): one inserted before that character says the name in full.
_SAID_IN_FULL = frozenset(("金额", "数额", "总额", "总数", "数量", "总量", "个数", "比率",
                           "比例", "编号", "号码"))
#: Characters that say what kind a name is of (典型*类*联盟, 提升*型*联盟 for the page's 典型
#: 联盟, 提升类联盟): a reader's way of saying the same kind, no other member.
_KIND_MARKS = frozenset("类型性式种")
#: Words an official name holds that the everyday one leaves out (国务院*政府*特殊津贴,
#: 锦州市*人民*政府): the same name said in full, no other member.
_OFFICIAL = frozenset(("政府", "人民", "人民政府"))
#: A character put before a name's end to make much of it (科技*大*奖: the page's 科技奖).
_INTENSIFIERS = frozenset("大")
#: Characters that join words rather than make a name (黑山*那个*县 is no name; 企业*跟*商户
#: is the page's 企业和商户, and said colloquially; 国际*比处于*领先: a comparison said around
#: the page's 国际领先).
_JOINING = frozenset("的嘅之了咗吗呢吧啊呀么和与及跟同或并暨这那哪个是有在也还都被把给让几多少比于")
#: The characters of administrative levels: 示范县市区 (counties, cities and districts) for
#: the page's 示范市 names a list of levels that holds the fact's, no other member.
_LEVELS = frozenset("省市县区旗州盟乡镇村")


def sibling(names: Iterable[str], question: str, known: Container[str]
            ) -> Optional[tuple[str, str]]:
    """(the fact's name, the question's sibling of it) for the first name of `names` a
    (folded) question names a sibling of, else None."""
    from .terms import chinese_runs

    names = tuple(names)
    english = english_sibling(names, question)
    if english or question.isascii():
        return english

    runs = chinese_runs(question, 2)
    chinese = [name for name in names
               if len(name) >= 3 and all("\u3400" <= char <= "\u9fff" for char in name)]
    for name in chinese:
        if any(name in run for run in runs):
            continue
        for run in runs:
            found = _in_run(name, run, known)
            # 科技行中小企业 is no sibling of 科技企业: it is the fact's 科技型中小企业, misspelled
            if found and not any(_misspelled(other, found) for other in chinese) and \
                    not _another_name_of(found, name, chinese):
                return name, found
    return None


def _another_name_of(found: str, name: str, names: Iterable[str]) -> bool:
    """Whether what a question writes where a name stands (火车北站 for 火车站) differs from it
    in a part another name of the same fact holds (北站, of 锦州北站): the same thing, named
    by both."""
    shared = 0
    while shared < min(len(found), len(name)) and found[shared] == name[shared]:
        shared += 1
    rest = found[shared:]
    # (大集里品牌: the fact's 大集…品牌, with where it is, 里; no other brands)
    bare = rest.lstrip("里上中内的之")
    return len(rest) >= 2 and any(rest in other for other in names if other != name) or \
        bool(bare) and len(bare) < len(rest) and name.endswith(bare)


def _misspelled(name: str, text: str) -> bool:
    """Whether the text holds the name, a character or more written with another that
    sounds alike."""
    for start in range(len(text) - len(name) + 1):
        if all(a == b or _sounds_alike(a, b) for a, b in zip(text[start:], name)):
            return True
    return False


def _in_run(name: str, run: str, known: Container[str]) -> str:
    start = run.find(name[:2])
    while start >= 0:
        shared = 2
        while shared < len(name) - 1 and start + shared < len(run) and \
                run[start + shared] == name[shared]:
            shared += 1
        found = _sibling_at(name, run, start, shared, known)
        if found:
            return found
        start = run.find(name[:2], start + 1)
    return ""


def _sibling_at(name: str, run: str, start: int, shared: int, known: Container[str]) -> str:
    """The question's name beginning at `start` of the run that shares `shared` leading
    characters with `name` and its end, if it is a sibling."""
    from .question import change_asked
    from .tables import has

    for length in range(len(name) - shared, 0, -1):
        end = name[-length:]
        where = run.find(end, start + shared, start + shared + MIDDLE + length)
        if where < 0:
            continue
        theirs = run[start + shared:where]   # what the question has between
        ours = name[shared:len(name) - length]  # what the fact's name has
        if length == 1 and theirs and ours and (
                _word_at(run, where, name) or
                has("nouns.tsv", ours[-1] + end) and not has("nouns.tsv", theirs[-1] + end)):
            # (大集上牌子: 牌 of the question's 牌子 is no end of the page's 品牌; 大集离: 离 of
            # the page's 距离 is a word's end, the question's 离 a word of its own)
            continue
        if theirs == ours or any(char in _JOINING for char in theirs) or \
                end.startswith("的"):
            return ""  # (大集卖的品牌: what is said of the 品牌 the page's 精选的 says)
        if (not ours or len(theirs) == 1) and theirs[-1:] + end[:1] in _SAID_IN_FULL:
            return ""  # 成交金额, 交易总额, 合同金额: the page's 成交额 said in full or by its
            #            measure alone, no other figure
        if len(theirs) == 1 and _shortened_synonym(theirs + end, name):
            return ""  # 国务院补贴: the page's 国务院特殊津贴 shortened, 补贴 for its 津贴
        if set(theirs) <= _LEVELS and end[:1] in _LEVELS:
            return ""  # 示范县市区: a list of levels holding the page's 示范市
        if not ours and theirs in _OFFICIAL:
            return ""  # 国务院政府特殊津贴: the page's 国务院特殊津贴 by its official name
        if theirs and set(theirs) <= _KIND_MARKS or not ours and theirs in _INTENSIFIERS and \
                has("nouns.tsv", theirs + end[:1]):
            return ""  # 典型类联盟, 科技大奖: the page's name, said another way
        other = run[start:where + length]
        if any(_spelled_out(name[at:], other[at:])
               for at in range(min(shared, len(name) - 2), -1, -1)):
            return ""  # 政府特别津贴: the page's 政府特贴 said in full, a word for each character
        if not theirs:
            # 锦州站 of 锦州北站: one character dropped that made a word with the end (北站);
            # an abbreviation drops whole words (高新企业, 国务院特贴), and a change is the
            # same said shorter (去年同期涨 of 去年同期上涨)
            return other if len(ours) == 1 and has("nouns.tsv", ours + end[:1]) and \
                not change_asked(ours + end[:1]) else ""
        if len(theirs) == len(ours) and all(_sounds_alike(a, b) for a, b in zip(theirs, ours)):
            return ""  # a typo: 科技行中小企业
        if len(theirs) == len(ours) == 1 and _no_word(run, start + shared) and \
                not _no_word(name, shared):
            return ""  # a typo of another shape: 科技刨新平台 (刨新, 技刨: no words)
        if set(ours) & set(theirs):
            return ""  # an abbreviation spelled out shares its characters: 双创, 创新创业
        if len(theirs) >= 2 and all(theirs[i:i + 2] in known for i in range(len(theirs) - 1)):
            return ""  # 瞪羚雏鹰企业: two of the page's names run together, no third thing
        pairs = [other[i:i + 2] for i in range(len(other) - 1)]
        if all(pair in known for pair in pairs) or _synonymous(run[start:], name):
            return ""  # (国务院特别补贴: 特殊津贴 said in synonyms, word for word)
        return other
    return ""


def _spelled_out(short: str, full: str) -> bool:
    """Whether `full` is the words a Chinese abbreviation `short` shortens, one word of two
    characters for each of its characters, which that word holds (特别津贴 of 特贴, 科学技术
    of 科技, 北京大学 of 北大): the way Chinese shortens a name, no other thing."""
    from .tables import has

    if len(short) < 2 or len(full) != 2 * len(short):
        return False
    words = [full[i:i + 2] for i in range(0, len(full), 2)]
    return all(char in word and (has("nouns.tsv", word) or has("synonyms.tsv", word))
               for char, word in zip(short, words))


def _word_at(run: str, at: int, name: str) -> bool:
    """Whether the question's character at `at` begins a word of two (nouns.tsv) that the
    name does not hold: a word of the question's own, whose first character only looks
    like the name's end."""
    from .tables import has

    pair = run[at:at + 2]
    return len(pair) == 2 and pair not in name and has("nouns.tsv", pair)


def _no_word(text: str, at: int) -> bool:
    """Whether the character at `at` makes no word of Chinese with the one before it or
    the one after it (nouns.tsv: jieba's dictionary; 同义词词林)."""
    from .tables import has

    pairs = [text[max(0, at - 1):at + 1], text[at:at + 2]]
    return not any(len(pair) == 2 and (has("nouns.tsv", pair) or has("synonyms.tsv", pair))
                   for pair in pairs)


def _shortened_synonym(word: str, name: str) -> bool:
    """Whether a word of two characters is a synonym of the word the name ends with (补贴 of
    国务院特殊津贴's 津贴, 同义词词林's)."""
    from .expand import synonyms

    return len(word) == 2 and name[-2:] != word and name[-2:] in synonyms(word)


def _synonymous(text: str, name: str) -> bool:
    """Whether a text begins with the name said in other words of the same meaning, word for
    word (国务院特别补贴 for 国务院特殊津贴: 特别 特殊, 补贴 津贴, 同义词词林's), its words read
    as pairs of characters from the first or the second."""
    from .expand import synonyms

    said = text[:len(name)]
    if len(said) < len(name) or said == name:
        return False
    for offset in (0, 1):
        pairs = range(offset, len(name) - 1, 2)
        inside = {i for start in pairs for i in (start, start + 1)}
        if any(said[i] != name[i] for i in range(len(name)) if i not in inside):
            continue
        if all(said[i:i + 2] == name[i:i + 2] or name[i:i + 2] in synonyms(said[i:i + 2]) or
               said[i:i + 2] in synonyms(name[i:i + 2]) for i in pairs):
            return True
    return False


def _sounds_alike(first: str, second: str) -> bool:
    """Whether two characters sound alike (to fuzzy pinyin too: 宗 for 中), or look alike
    (a typo either way: 行 for 型, 货 for 贷)."""
    from .expand import look_alike
    from .pinyin import fuzzy_variants, readings

    theirs = set(readings(second))
    return bool(set(readings(first)) & theirs) or look_alike(first, second) or \
        any(not theirs.isdisjoint(fuzzy_variants(reading)) for reading in readings(first))


def english_sibling(names: Iterable[str], question: str) -> Optional[tuple[str, str]]:
    """The same in English, word by word: Jinzhou *South* station for the page's Jinzhou
    North station, Jinzhou *Rural Commercial* Bank for Jinzhou Bank — other words between,
    none of the name's own, after a beginning that is a name, not an English word (a typo
    of the name's own word is none; industry-academia-research is no sibling). Dropped
    words are not read as siblings in English (Jinzhou Bank, Bank of Jinzhou)."""
    import re

    from .terms import ENGLISH_STOP, english_term, is_english

    words = compiled(r"[a-z]+").findall(question.lower())
    if len(words) < 3:
        return None
    for name in names:
        parts = re.findall(r"[a-z]+", name.lower())
        if len(parts) < 2 or not name.isascii() or " ".join(parts) in " ".join(words) or \
                is_english(parts[0]):
            continue  # a name begins with a name (Jinzhou), not a word (industry-…)
        for start in (i for i, word in enumerate(words) if word == parts[0]):
            for length in range(len(parts) - 1, 0, -1):
                end = parts[-length:]
                for where in range(start + 1, min(start + 1 + MIDDLE, len(words))):
                    if words[where:where + length] != end:
                        continue
                    theirs = words[start + 1:where]
                    ours = parts[1:len(parts) - length]
                    if not theirs or theirs == ours or \
                            any(word in ENGLISH_STOP for word in theirs) or \
                            _PINYIN_KIND.get(end[-1]) == theirs[0]:
                        # (Yi Xian mechanisation demo county: Yi Xian is Yi County in
                        # pinyin, the words after it say what it is, no other county)
                        break
                    # Jinzhou *South* station: none of the name's own words between, one of
                    # the question's instead that is no typo of them (Jinzhou North train
                    # station keeps North: the same station)
                    # (Jinzhou N. stn: N for North, a word of the name's cut short)
                    kept = {english_term(word) for word in ours}
                    if not any(english_term(word) in kept or _near(word, ours) or
                               any(own.startswith(word) for own in ours)
                               for word in theirs):
                        return name, " ".join(words[start:where + length])
                    break
    return None


#: A place's kind in English and in pinyin (Yi County, Yi Xian).
_PINYIN_KIND = {"county": "xian", "city": "shi", "province": "sheng", "town": "zhen",
                "district": "qu", "village": "cun", "port": "gang", "station": "zhan"}


def _near(word: str, ours: Iterable[str]) -> bool:
    import difflib

    return bool(difflib.get_close_matches(word, list(ours), n=1, cutoff=0.8))
