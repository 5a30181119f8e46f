"""The head of a question: the words that name the thing it asks for (how many *jobs*,
*研发经费投入*有多少, 多少个*牌子*, what is the *population*), as against the words that
place it (at the Cuiyan fair, 锦州) or say how it is asked (did … create, 参展).

A question whose other words a fact shares is not answered by that fact when the thing asked
is not what the fact is about: 'how many jobs did the tech firms create' is no question the
count of high-tech firms answers, although 'tech firms' are all its words but one. ask.py
weighs how much of the head a candidate covers apart from the rest (decide.Features.head).
Imported only where a question is asked."""

from __future__ import annotations

import re
from typing import Any, Container, Optional

from ..base.patterns import compiled
from .question import EXACT_FIGURE, Reading
from .sieve import sieved
from .terms import FINAL_PARTICLES, MEASURE_WORDS, OUR_CITY, SOURCE_SAYS, SOURCES

#: Words that ask for an amount, in Chinese: the head stands after them (多少家*企业*) or,
#: when nothing follows, before them (*企业*有多少家).
_ZH_ANCHOR = (r"多少成|几多成|百分之多少|百分之几|几成|几多|多少|几许|若干|几(?![时号何许])|"
              r"几何|多大|多高|多老远|多远|多长|多重|多久")
#: What stands between a head and the words asking about it (企业*一共有*多少).
_ZH_FILLER = (r"一共有|一共|总共有|总共|共有|共|大概有|大概|大约有|大约|到底有|到底|究竟|"
              r"都有|都|还有|有了|有|是|能|了|约|达|为")
#: What a chatty question says around what it asks, not of it (真的假的, 哈哈), and the
#: words that ask for a figure's level or how it stands (达到了什么水平, 规模如何, 水平
#: 怎么样).
_ZH_NOISE = ("真的假的", "哈哈", "呵呵", "嘻嘻", "嘿嘿", "什么水平", "啥水平", "哪个水平",
             "什么程度", "规模如何", "怎么样", "怎样", "咋样", "如何", *OUR_CITY)
#: Characters that end a head (a particle, a pronoun, punctuation).
_ZH_BREAK = frozenset("的了吗呢吧啊呀么嘛哈哦和与及且这那其被把给让它他她您你我们请在也还该个些"
                      "，,。？?！!：:；;、“”\"（）()「」『』 ")
#: Words of two characters that join things, as 和 and 与 do (加上, 以及): a head ends there.
_ZH_JOINERS = ("加上", "以及", "连同", "外加", "还有")
#: Who says a clause of their own (我不信, 他记错了): before the comma of a question that
#: asks with nothing but its asking words, no head.
_SUBJECTS = frozenset("我你他她俺咱")
#: What ends a question after the thing it asks (呢？, 吗, 啊).
_ZH_TRAILING = "呢吗吧啊呀么嘛哈哦" + FINAL_PARTICLES + "，,。？?！! "
#: Chinese words that say which kind of figure is asked (数量, 人数, 钱, 比例), not what it
#: is about: left out of a head.
_ZH_KIND_WORDS = frozenset("""数量 数目 人数 个数 总数 数字 数据 数 钱 金额 总额 多少钱 比例
    比重 占比 百分比 情况 具体 准确 大概 精确 确切 数值 户数 家数 项数 件数 场数 台数 位数 规模
    吨位 重量""".split())  # noqa: SIM905
#: English words between 'how much' and its head (how much *did* turnover grow).
_EN_AUX = frozenset(("did", "does", "do", "is", "are", "was", "were", "has", "have", "had",
                     "can", "could", "will", "would"))
#: English words that end a head group.
_EN_BREAK = frozenset("""did does do is are am was were has have had can could will would in
    at on to for from by with into during per over since that which who whom where when
    than as about be been being get got gets there here but if so not""".split())  # noqa: SIM905
#: Words that say which kind of figure is asked, not what it is about (unemployment *rate*,
#: the *number* of …): left out of a head.
_KIND_WORDS = frozenset("""number numbers count total amount figure figures value values
    rate rates share percentage percent proportion ratio level levels sum quantity size
    money much many headcount kinds kind types type sorts sort varieties variety
    businesses companies firms enterprises organisations organizations people persons
    items things ones heads individuals distance length height depth width acreage
    mileage fraction portion""".split())  # noqa: SIM905
#: Words that name the kind of a mass asked (what tonnage, its weight): no head of their
#: own where the question asks a mass; gross tonnage, a measure of its own, stays one.
_MASS_WORDS = frozenset(("tonnage", "weight"))
#: Kinds of question a head is read for: those asking for an amount of something.
HEADED = frozenset({"count", "amount", "money", "percentage", "length", "mass", "age", "output",
                    None})


def head_of(reading: Reading, known: Container[str]) -> str:
    """The head of a question ('' when it has none that can be read: a year, a name, a
    number to check, or a head that is only a measure: how many people, 数量)."""
    if reading.wants not in HEADED or reading.check:
        return ""
    text = reading.folded.lower()
    # the places and times a question names are its scope, judged apart: out of the head
    # (a place stands as @, which an English name holds: Bank of Jinzhou)
    spans = [(place.start, place.end) for place in reading.places]
    for period in reading.periods:
        found = text.find(period.text.lower())
        if found >= 0:
            end = found + len(period.text)
            spans.append((found, end + (text[end:end + 1] == "年")))
    chinese = [char for char in text if _chinese(char)]
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + (" @ " if not chinese else " ") + text[end:]
    if not chinese:  # English, dashes and quotes of any script allowed
        head = _english_head(text)
        return "" if reading.wants == "mass" and head in _MASS_WORDS else head
    for noise in _ZH_NOISE:
        if noise in text:
            text = text.replace(noise, " ")
    if "数" in text:  # (实数系几多, 确实数字是多少: the exact figure asked, no thing of its own)
        text = compiled(EXACT_FIGURE).sub(" ", text)
    anchor = compiled(r"\bhow\s+(?:many|much)\b|\bnumber\s+of\b").search(text)
    if anchor and len(re.findall(r"[a-z]+", text)) > len(chinese):
        # English with a Chinese name in it (how many fledgling-eagle (雏鹰) firms): the
        # English head, and the Chinese after the words asking
        after = text[anchor.end():]
        runs = "".join(char if _chinese(char) else " " for char in after).split()
        latin = "".join(" " if _chinese(char) else char for char in text)
        return " ".join(part for part in (_english_head(latin), *runs) if part)
    head = _chinese_head(text, known)
    # (锦州培育了几家: a word an aspect particle follows is a verb, what was done, not the
    # thing asked)
    return "" if head and any(head + particle in text for particle in "了过着") else head


# ------------------------------------------------------------------ Chinese


def _chinese_head(text: str, known: Container[str]) -> str:
    anchors = list(compiled(sieved(_ZH_ANCHOR, text)).finditer(text))
    if not anchors:  # 锦州小麦机械化率: the last stretch is what is asked (玉米呢？: 玉米)
        end = len(text.rstrip(_ZH_TRAILING))
        return _trimmed(_before(text, end, known), known)
    anchor = anchors[-1]
    nouns = _leading_nouns(_after(text, anchor.end()), known)
    if nouns:
        return nouns
    return _trimmed(_before(text, anchor.start(), known), known)


def _after(text: str, position: int) -> str:
    """The Chinese after an anchor, less its measure word (多少*家*, 多少*亿元*); a 的
    inside it joins a modifier to its noun (几个国家级*的*科创平台)."""
    from ..base.units import UNITS
    from .question import ASKED_ONLY, is_word

    rest = text[position:]
    for length in (3, 2, 1):
        if rest[:length] in UNITS or (length == 1 and (rest[:1] == "个" or
                                                        rest[:1] in MEASURE_WORDS or
                                                        rest[:1] in ASKED_ONLY)):
            # 多少箱子, 多少人口: a unit that is a word with what follows is the noun asked
            if length > 1 or not is_word(rest[:2]):
                rest = rest[length:]
            break
    for bound in ("以上", "以下", "左右", "多"):  # 多少亿元以上且…: the bound is no head
        if rest.startswith(bound):
            rest = rest[len(bound):]
            break
    end = 0
    while end < len(rest) and (rest[end] not in _ZH_BREAK or rest[end] == "的") and \
            _chinese(rest[end]):
        end += 1
    return rest[:end].replace("的", "")


def _before(text: str, position: int, known: Container[str]) -> str:
    """The Chinese before an anchor, back to a particle or punctuation (锦州银行支农贷款
    of …有多少亿), less what joins it to the anchor (有, 一共, 是) and the words that only
    say which kind of figure (的数量是多少: back past them)."""
    head = text[:position]
    while True:
        filler = compiled(f"(?:{sieved(_ZH_FILLER, head)})*$").search(head)
        if filler:
            head = head[:filler.start()]
        stripped = head.rstrip(" ，,的")
        start = len(stripped)
        while start > 0 and stripped[start - 1] not in _ZH_BREAK and \
                _chinese(stripped[start - 1]):
            start -= 1
        run = stripped[start:]
        # (报纸上写着近多少种: what the source says follows its words, no head of theirs)
        said = max((run.rfind(words) + len(words) for words in SOURCE_SAYS if words in run),
                   default=0) if len(run) > 3 and any(source in run for source in SOURCES) \
            else 0
        run, start = run[said:], start + said
        # (摆摊的老板加上公司一共来了多少家: the last of the things joined, as after 和)
        joined = max((run.rfind(words) + len(words) for words in _ZH_JOINERS if words in run),
                     default=0)
        run, start = run[joined:], start + joined
        if run and start > 0 and stripped[start - 1] in _SUBJECTS and \
                compiled(r"[，,]").search(head[len(stripped):]):
            # (…，我不信，到底有几个: a clause of its own, with its subject, before the comma;
            # no head)
            return ""
        words = _words(run, known)
        while words and words[-1][0] in _ZH_KIND_WORDS:
            words.pop()
        if words or not run:
            return "".join(word for word, _ in words)
        head = stripped[:start]  # only a kind word (瞪羚企业 数量): what stands before it


def _chinese(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff"


def _words(run: str, known: Container[str]) -> list[tuple[str, float]]:
    from .decide import chinese_words

    return [(run[start:start + length], share)
            for start, length, share in chinese_words(run, known)]


def _leading_nouns(run: str, known: Container[str]) -> str:
    """The noun group a run starts with (多少个*牌子*参展, 几项*技术*算得上, 几个*国家级
    科创平台*呀): its modifiers and nouns, up to the first word after a noun that is no
    noun; '' when it holds no noun (多少家*来摆摊*)."""
    if not run:
        return ""
    taken: list[str] = []
    noun = False
    for word, share in _words(run, known):
        if word in _ZH_KIND_WORDS or (share < 0.5 and noun):
            break
        taken.append(word)
        noun = noun or share >= 0.5
    return "".join(taken) if noun else ""


def _trimmed(run: str, known: Container[str]) -> str:
    """A run less the verbs it ends with (平台*新建*, 成交额*增长*)."""
    if not run:
        return ""
    words = _words(run, known)
    while words and (words[-1][1] < 0.5 or words[-1][0] in _ZH_KIND_WORDS):
        words.pop()
    return "".join(word for word, _ in words)


# ------------------------------------------------------------------ English


#: A follow-up after a figure given (rice is 99.4%, what about soybeans? …, and corn?):
#: its head is what it asks about.
_EN_FOLLOW_UP = (r"(?:\b(?:what|how)\s+about|[,;.]\s*and|[.;]\s*)\s+(?:the\s+)?"
                 r"([a-z][a-z\s-]{1,30}?)\s*[?？.!]*\s*$")


def _english_head(text: str) -> str:
    if "about" in text or "and" in text or text.rstrip().endswith("?"):
        follow = compiled(_EN_FOLLOW_UP).search(text)
        if follow and re.search(r"\d", text[:follow.start()]):
            return follow.group(1).strip()
    words = compiled(r"@|[a-z][a-z0-9\-']*|\d+|[?,.;:!]").findall(text)
    spelled = [word for word in words if word[:1].isalpha() and _pinyin_like(word)]
    if len(spelled) * 3 >= len([word for word in words if word[:1].isalpha()]):
        return ""  # a question typed in pinyin: its words are read as Chinese (terms.py)
    start = _english_anchor(words)
    if start is None:
        return _english_group(words, 0, first=True)
    return _english_group(words, start)


def _english_anchor(words: list[str]) -> Optional[int]:
    """Where the head starts after the words asking for an amount, or None."""
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else ""
        if word == "how" and following in ("many", "much"):
            start = i + 2
            if following == "much" and start < len(words) and words[start] in _EN_AUX:
                start += 1  # how much did turnover grow: its subject
            return start
        if word in ("number", "count") and following == "of":
            return i + 2
        if word == "what":
            start = i + 1
            if start < len(words) and words[start] in ("is", "was", "are", "were", "s"):
                start += 1
            return start
    return None


def _english_group(words: list[str], start: int, first: bool = False) -> str:
    """The noun group from `start`: its words up to a verb, a preposition or punctuation
    ('the', a kind word and a place skipped, 'X of <place>' one name); 'what percentage
    of X' is X. Only real English words: pinyin (cuiyan, gxjsqy) is read otherwise."""
    from .decide import english_share
    from .question import unit_words
    from .terms import ENGLISH_STOP

    measures = unit_words()
    group: list[str] = []
    named: list[str] = []
    position = start
    while position < len(words):
        word = words[position]
        position += 1
        if word == "of" and words[position:position + 1] == ["@"]:
            # Bank of Jinzhou: a name, whose figure the words after it name (Bank of
            # Jinzhou net profit); alone, it is the head
            position += 1
            named, group = group, []
            continue
        if word == "@":
            continue
        if word in ("the", "a", "an", "its", "their", "this", "these", "those"):
            if group:
                break
            continue
        if len(word) < 2 and word.isalpha():  # (how much e reach: a pidgin pronoun)
            if group:
                break
            continue
        if word == "of" and group and all(w in _KIND_WORDS or w in measures for w in group):
            group = []  # what percentage of X, the number of X
            continue
        if word in _EN_BREAK or not word[:1].isalpha() or word == "of":
            if group or not first:
                break
            continue
        if word in ("and", "or", "&"):
            continue  # innovation and entrepreneurship carriers: one group
        if word in _KIND_WORDS or word in measures or word in ENGLISH_STOP:
            if group and (word in _KIND_WORDS or word in measures):
                group.append(word)
            continue
        group.append(word)
    group = group or named
    # a participle after its noun is how it is asked (brands *showing* at the fair), as a
    # verb or adverb that ends the group is (visitors *turned* up)
    if len(group) > 1 and group[-1].endswith("ing") and len(group[-1]) > 4:
        group.pop()
    while group and (group[-1] in _KIND_WORDS or group[-1] in measures or
                     english_share(group[-1]) < 0.5):
        group.pop()
    # (how many different sorts: an adjective before the noun of a kind is how it is
    # asked; the kind is no head)
    while len(group) > 1 and english_share(group[0]) < 0.5 and \
            all(word in _KIND_WORDS or word in measures for word in group[1:]):
        group.pop(0)
    return " ".join(word for word in group if word not in _KIND_WORDS and
                    word not in measures and not _pinyin_like(word.strip("'-")))


def _pinyin_like(word: str) -> bool:
    """A word that reads as pinyin and is no English word (cuiyan, duoshao)."""
    from .terms import _syllables, is_english

    return _syllables(word.replace("-", "")) is not None and not is_english(word)


def head_query(head: str, statistics: Any) -> Any:
    """The head read as a query against the base (search.asked)."""
    from .hits import asked

    return asked(head, statistics).query
