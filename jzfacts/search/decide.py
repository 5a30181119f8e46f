"""Whether `ask` answers with its best candidate: a few generic features of the question and
of its best candidates, weighed by a logistic regression fitted on the labelled question
sets (scripts/fit_ask.py writes WEIGHTS; README "Asking questions" says how it was chosen).

The features say how much of the question the candidate covers among the words the page
could cover at all, how much of the question is words no fact holds — nouns (人口,
population: the thing asked, which the page does not have) weighed apart from verbs,
adjectives and adverbs (摆摊, organise, on show: how a reader says it) — how far ahead of
the runner-up it is, whether its value is a number the question names, and whether the
question says what kind of figure it wants."""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Any, Dict, Iterator, Optional, Sequence

from ..base.numerals import ENGLISH_MAGNITUDES
from ..base.patterns import compiled
from ..base.plain import Plain
from .ranking import SURE, Stats, covered_items, score
from .terms import COLUMNS, STOP_WORDS, Query, fact_columns


class Features(Plain):
    """What the decision weighs, each from 0 to about 1 (FEATURES names them)."""

    __slots__ = ("covered", "about", "guessed", "absent_nouns", "absent_other", "margin",
                 "rank_share", "value", "unmatched", "typed", "head")

    def __init__(self, covered: float, about: float, guessed: float, absent_nouns: float,
                 absent_other: float, margin: float, rank_share: float, value: float,
                 unmatched: float, typed: float, head: float) -> None:
        self.covered = covered  # the share of the question's weight the candidate covers
        self.about = about  # … that its label, English label and tags cover
        self.guessed = guessed  # … that it covers only through a guess (a synonym, a respelling)
        self.absent_nouns = absent_nouns  # the share of the question's weight in nouns no
        #                                   fact holds
        self.absent_other = absent_other  # … in other words no fact holds (verbs, adjectives,
        #                                   adverbs)
        self.margin = margin  # its score less the runner-up's (fitting, in scope)
        self.rank_share = rank_share  # its BM25 rank as a share of the search's first
        self.value = value  # 1: its value is a number of the question; 0.5 near
        self.unmatched = unmatched  # 1: the question names numbers, and none is its value
        self.typed = typed  # 1 when the question says which kind of figure it wants
        self.head = head  # the share of the question's head (heads.py) it covers (where no
        #                   head is read, the whole question is: `covered`)

    def __iter__(self) -> Iterator[float]:
        """The values in FEATURES order (what the fitted weights multiply)."""
        return iter(self._values())


FEATURES = Features.__slots__
#: Fitted by scripts/fit_ask.py (logistic regression, L2, on the question sets it names):
#: the intercept, then one weight per feature in FEATURES order.
WEIGHTS: tuple[float, ...] = (
    -2.78, 2.12, 2.86, 0.00, -1.66, -1.45, 0.00, 2.88, 4.87, 0.00, 0.00, 0.00)
#: Answer when the fitted probability that the candidate is right is at least this: a
#: confident wrong answer costs three refusals (issue 16), so 3 / (3 + 1).
ANSWER = 0.75

#: What a word of the question counts as a noun when no table knows it: a name or pinyin
#: (Cheung, Dalian) names a thing; a real English word the table lacks is likely a
#: function word.
UNKNOWN_NAME = 0.9
UNKNOWN_WORD = 0.3
ABOUT = frozenset({"label", "label_en", "tags"})


def probability(features: Features) -> float:
    """The fitted probability that answering with the candidate is right."""
    logit = WEIGHTS[0] + sum(weight * value for weight, value in zip(WEIGHTS[1:], features))
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, logit))))


class Candidate(Plain):
    """What the features need of one judged candidate (ask.Judged, without importing it)."""

    __slots__ = ("fact", "score", "rank", "value")

    def __init__(self, fact: Any, score: float, rank: float, value: str) -> None:
        self.fact = fact
        self.score = score  # coverage, adjusted for a matched number
        self.rank = rank
        self.value = value  # exact, near or ''


def features_of(query: Query, statistics: Any, best: Candidate,
                runner_up: Optional[Candidate], first_rank: float, quantities: bool,
                typed: bool, head: Optional[float] = None,
                context: Optional[tuple[tuple[str, ...], ...]] = None) -> Features:
    """The features of answering with `best` (see Features). `context`: the columns of a
    fact the question names by its figure to say which thing it asks about (离北站十来公里
    的大集: the market's distance), whose words count as covered."""
    stats: Stats = statistics.bm25
    weights = [0.0 if _number(item.text) or _magnitude(query.items, index)
               else stats.weight(item.term) for index, item in enumerate(query.items)]
    presence, nouns = present_items(query, statistics.known)
    whole = sum(weights) or 1.0
    held = sum(weight * share for weight, share in zip(weights, presence))
    absent_nouns = sum(w * (1 - p) * n for w, p, n in zip(weights, presence, nouns))
    absent_other = sum(w * (1 - p) * (1 - n) for w, p, n in zip(weights, presence, nouns))
    # a verb, adjective or adverb no fact uses says how a reader asks, not what: the
    # shares are of the rest (a noun no fact has is what the page does not give)
    whole = max(whole - absent_other, 1e-9)

    def items_of(scored: Any, typed_only: bool) -> dict[int, float]:
        matched = [i for i in scored.matched if not typed_only or
                   query.units[i].kind in ("word", "pinyin")]
        return covered_items(query, matched, (), scored.strength)

    around = score(context, query, stats) if context else None

    def covered_by(columns: tuple[tuple[str, ...], ...], typed_only: bool = False) -> float:
        scored = score(columns, query, stats)
        if scored is None or not held:
            return 0.0
        items = items_of(scored, typed_only)
        if around is not None:  # (what the fact that says which thing covers, it covers)
            for i, share in items_of(around, typed_only).items():
                items[i] = max(items.get(i, 0.0), share)
        return sum(weights[i] * min(share, presence[i]) for i, share in items.items()) / whole

    columns = fact_columns(best.fact)
    about = tuple(column if name in ABOUT else () for name, column in zip(COLUMNS, columns))
    value = {"exact": 1.0, "near": 0.5}.get(best.value, 0.0)
    covered = covered_by(columns)
    return Features(
        covered=covered, about=covered_by(about),
        guessed=max(0.0, covered - covered_by(columns, typed_only=True)),
        absent_nouns=absent_nouns / whole, absent_other=absent_other / (whole + absent_other),
        margin=best.score - (runner_up.score if runner_up else 0.0),
        rank_share=min(1.0, float(best.rank / first_rank)) if first_rank else 1.0,
        value=value, unmatched=1.0 if quantities and not value else 0.0,
        typed=1.0 if typed else 0.0, head=covered if head is None else head)


def _number(text: str) -> bool:
    return text[:1].isdigit()


#: English words of magnitude (the number reader's, and hundred): after a number, part of
#: it (2.13 billion), no word asked.
_MAGNITUDES = frozenset(("hundred", *(word for word, _ in ENGLISH_MAGNITUDES)))


def _magnitude(items: Sequence[Any], index: int) -> bool:
    return index > 0 and items[index].text.lower() in _MAGNITUDES and \
        _number(items[index - 1].text)


#: Verbs of one character whose object is a thing (卖烧烤的, 种草莓的, 养牛的, 开饭店的): the
#: word after one names what is sold, grown, kept or run.
_TAKES_A_THING = frozenset("卖买种养开修")


def present_items(query: Query, known: Any) -> tuple[list[float], list[float]]:
    """For every item of the query, how surely some fact could cover it (1: the base holds
    the word as typed; a synonym or a respelling only: what ranking.SURE says it is worth;
    0: no fact holds it), and how much the word it belongs to is a noun (nouns.tsv).

    An English word is an item of its own. A Chinese run is cut into the table's words: a
    word is held when every bigram of it is the base's (中国银行 is not, although 中国 and 银行
    are), or when a synonym stands for the whole of it (苞谷 for 玉米); a lone character of
    a word the base lacks, or a synonym of a part of it, does not make it held."""
    presence = [0.0] * len(query.items)
    nouns = [0.5] * len(query.items)
    whole_synonyms: Dict[tuple[int, ...], float] = {}
    for unit in query.units:
        sure = SURE.get(unit.kind, 1.0)
        if not any(term in known for term in unit.terms) or unit.kind == "character":
            continue
        if unit.kind in ("synonym", "respelled") and not unit.text.isascii():
            whole_synonyms[unit.covers] = max(whole_synonyms.get(unit.covers, 0.0), sure)
        elif all(query.items[i].text.isascii() for i in unit.covers) or \
                len(unit.covers) == 1:
            for i in unit.covers:
                presence[i] = max(presence[i], sure)
    for run in _chinese_runs(query):
        chars = "".join(query.items[i].text for i in run)
        for start, length, share in chinese_words(chars, known):
            word = chars[start:start + length]
            items = run[start:start + length]
            pairs = [word[i:i + 2] for i in range(len(word) - 1)] or [word]
            sure = 1.0 if all(pair in known for pair in pairs) else max(
                (value for covers, value in whole_synonyms.items()
                 if set(items) <= set(covers)), default=0.0)
            if length >= 2 and chars[start - 1:start] in _TAKES_A_THING and \
                    not any(pair in known for pair in pairs):
                # (卖烧烤的: what is sold is a thing, whatever else the word is, where the
                # page has none of it; 种油料作物 grows the page's 油料)
                share = 1.0
            for i in items:
                nouns[i] = share
                presence[i] = max(presence[i], sure) if len(items) == 1 else sure
    # pinyin and initials stand for Chinese words of any kind: half a noun
    spelled = {i for unit in query.units if unit.kind in ("pinyin", "initials")
               for i in unit.covers}
    for index, item in enumerate(query.items):
        if item.text.isascii() and not _number(item.text) and index not in spelled:
            nouns[index] = 0.0 if _placeholder(query.items, index) else \
                english_share(item.text)
    # pinyin no fact holds, as the words it spells (neng zuo dao: 能 做到, how a reader
    # asks; shijie: 世界, a thing), as Chinese no fact holds is (chinese_words)
    absent: list[int] = []
    for index in [*range(len(query.items)), -1]:
        if index in spelled and not presence[index]:
            absent.append(index)
            continue
        for start, length, share in pinyin_words([query.items[i].text for i in absent]):
            for i in absent[start:start + length]:
                nouns[i] = share
        absent = []
    return presence, nouns


#: English nouns that stand in for a name not recalled (the demo title thing, the loan
#: stuff, that market whatsit): after another word, no thing of their own.
_PLACEHOLDERS = frozenset(("thing", "things", "thingy", "stuff", "whatsit", "whatsits",
                           "thingamajig", "thingamabob", "thingummy", "whatchamacallit",
                           "doohickey", "doodad"))
#: Words after which such a noun is the thing asked about (how many things, what stuff).
_NOT_NAMED_BEFORE = frozenset(("the", "a", "an", "any", "some", "what", "which", "many",
                               "much", "these", "those", "this", "that", "of", "other", "all",
                               "kinds", "kind", "sorts", "sort", "types", "type"))


def _placeholder(items: Sequence[Any], index: int) -> bool:
    word = items[index].text.lower()
    return word in _PLACEHOLDERS and index > 0 and items[index - 1].text.isascii() and \
        items[index - 1].text.lower() not in _NOT_NAMED_BEFORE and \
        not _number(items[index - 1].text)


def pinyin_words(syllables: Sequence[str]) -> list[tuple[int, int, float]]:
    """(start, length, noun share) of the words of a run of pinyin syllables (nouns.tsv's
    toneless spellings: 0zuo0dao), the fewest words; a syllable no word has, half a noun."""
    best: list[Optional[tuple[int, list[tuple[int, int, float]]]]] = \
        [None] * (len(syllables) + 1)
    best[0] = (0, [])
    for end in range(1, len(syllables) + 1):
        for length in range(1, min(4, end) + 1):
            before = best[end - length]
            spelling = "".join("0" + syllable.lower()
                               for syllable in syllables[end - length:end])
            share = noun_share(spelling)
            if before is None or (share is None and length > 1):
                continue
            made = (before[0] + 1, [*before[1], (end - length, length,
                                                 0.5 if share is None else share)])
            if best[end] is None or made[0] < best[end][0]:  # type: ignore[index]
                best[end] = made
    words = best[-1][1] if best[-1] is not None else []
    # Only ever less of a noun than pinyin is taken to be (half): what the spelling may
    # stand for is a guess (haoma, daan of 'dank': a noun or none), and syllables no longer
    # word holds, two or more in a row, spell a name (jin feng dai), not words of asking.
    return [(start, length, 0.5 if length == 1 and any(
                other[1] == 1 and abs(other[0] - start) == 1 for other in words)
             else min(0.5, share)) for start, length, share in words]


def _chinese_runs(query: Query) -> list[list[int]]:
    """The items of each run of Chinese characters (a bigram unit joins two)."""
    joined: Dict[int, int] = {}
    for unit in query.units:
        if unit.kind == "word" and len(unit.covers) == 2 and not unit.text.isascii():
            joined[unit.covers[0]] = unit.covers[1]
    runs: list[list[int]] = []
    after = set(joined.values())
    for index, item in enumerate(query.items):
        if item.text.isascii() or index in after:
            continue
        run = [index]
        while run[-1] in joined:
            run.append(joined[run[-1]])
        runs.append(run)
    return runs


def chinese_words(chars: str, known: Any = ()) -> list[tuple[int, int, float]]:
    """(start, length, noun share) of the words of a run of characters: the fewest words
    of the table (nouns.tsv) or that the base holds whole (凌海 大集, not 凌 海大 集), the
    base's words first where as few; a character no word has counts half a noun."""
    best: list[Optional[tuple[int, int, list[tuple[int, int, float]]]]] = \
        [None] * (len(chars) + 1)
    best[0] = (0, 0, [])
    for end in range(1, len(chars) + 1):
        for length in range(1, min(MAX_WORD, end) + 1):
            before = best[end - length]
            if before is None:
                continue
            word = chars[end - length:end]
            held = length > 1 and all(word[i:i + 2] in known for i in range(length - 1))
            share = noun_share(word) if length <= 4 else None
            if length == 2 == len(chars) and share is None and not held and known:
                # (波位 of 哪个波位: no word, and it sounds as the page's 泊位 does, a typo;
                # only a pair alone: 独角兽's 角兽 sounds as 教授 does, and is no typo)
                from .expand import sounding

                held = sounding(word, known) is not None
            if share is None and not held and length > 1:
                continue
            words, foreign, found = before
            step = (words + 1, foreign + (not held),
                    found + [(end - length, length, 0.5 if share is None else share)])
            current = best[end]
            if current is None or step[:2] < current[:2]:
                best[end] = step
    final = best[len(chars)]
    return final[2] if final else []


MAX_WORD = 8


def english_share(word: str) -> float:
    share = noun_share(word.lower())
    if share is not None:
        return share
    from .expand import _lemmas
    from .terms import is_english

    for lemma in _lemmas(word.lower()):
        share = noun_share(lemma)
        if share is not None:
            return share
    return UNKNOWN_WORD if is_english(word) else UNKNOWN_NAME


@lru_cache(maxsize=4096)
def noun_share(word: str) -> Optional[float]:
    """How much of a word's use is as a noun (nouns.tsv, from WordNet and jieba), or None
    when the table does not have it."""
    from .tables import lookup

    found = lookup("nouns.tsv", word)
    return int(found[0].split("\t")[0]) / 9 if found else None


#: Kinds of body an English name ends in, or begins with before 'of' (Bank of China,
#: China Construction Bank, Peking University).
_BODY_KINDS_EN = ("bank", "university", "college", "institute", "hospital")


def english_bodies_not_held(text: str, facts: Sequence[Any]) -> list[str]:
    """The English names of bodies of a kind the candidates name (Bank of China, China
    Construction Bank, where the page's is Jinzhou Bank) that share no name word with
    theirs: a question about another body than the page's."""
    from difflib import get_close_matches

    lowered = text.lower()
    found = []
    for kind in _BODY_KINDS_EN:
        if kind not in lowered:
            continue
        ours = {word for fact in facts for said in (fact.label_en, *fact.tags)
                for word in _body_name(said.lower(), kind)}
        if not ours:
            continue
        # (jz bank, jnzhou bnk: the page's name shortened or mistyped is no other's)
        named = _body_name(lowered, kind)
        theirs = [word for word in named if len(word) > 3 and
                  not get_close_matches(word, ours, n=1, cutoff=0.7)]
        if theirs and not set(named) & ours:
            found.append(" ".join(theirs) + f" {kind}")
    return found


def _body_name(text: str, kind: str) -> list[str]:
    """The words that name a body of a kind in a text: up to three before it (China
    Construction Bank) or two after its 'of' (Bank of China), as far as a word that names
    none (the, did, loans)."""
    # (university-industry alliances: a word joined to another by a hyphen names no body)
    words = compiled(r"[a-z]+(?:-[a-z]+)*").findall(text)
    name: list[str] = []
    for at, word in enumerate(words):
        if word != kind:
            continue
        before: list[str] = []
        for other in reversed(words[max(0, at - 3):at]):
            if other in _NOT_NAMES:
                break
            before.insert(0, other)
        after: list[str] = []
        if words[at + 1:at + 2] == ["of"]:
            for other in words[at + 2:at + 4]:
                if other in _NOT_NAMES:
                    break
                after.append(other)
        name += before + after
    return name


#: Words before or after a body's kind that name none (how much did the bank, which bank).
_NOT_NAMES = frozenset(("the", "a", "an", "this", "that", "which", "what", "did", "does", "do",
                        "is", "was", "of", "in", "at", "by", "from", "for", "to", "and", "or",
                        "its", "their", "our", "my", "your", "local", "city", "how", "much",
                        "many", "loans", "loan", "give", "gave", "out", "s", "lend", "lent",
                        "agri", "agricultural", "farm", "farmers", "inclusive"))


#: Kinds of body a name in pinyin ends in (yike daxue, zhongguo yinhang); not gongsi, a
#: firm, which a kind of firm names as often (lingyang gongsi: gazelle companies), nor
#: yiyuan, 医院 and 亿元 alike (duoshao yiyuan: how many 100 million yuan).
_BODIES_PINYIN = ("daxue", "xueyuan", "yinhang")


def pinyin_bodies_not_held(text: str, known: Any) -> list[str]:
    """The names of bodies a question typed in pinyin names (yike daxue, zhongguo yinhang)
    whose syllables, with their kind's, the base does not spell: another body than the
    page's (jinzhou yinhang, the page's bank, is held)."""
    from .places import places_in
    from .terms import _syllables

    lowered = text.lower()
    if not any(body in lowered for body in _BODIES_PINYIN):
        return []
    words = compiled(r"[a-z]+").findall(lowered)
    found = []
    for index, word in enumerate(words):
        body = next((body for body in _BODIES_PINYIN if word.endswith(body)), "")
        if not body:
            continue
        name = word[:-len(body)] or (words[index - 1] if index else "")
        own = _syllables(name) or []
        syllables = own + (_syllables(body) or [])
        # (gen daxue, jia gongsi, xiao gongsi: a word of one syllable before the kind is
        # a preposition, a measure or an adjective, no name; jinzhou daxue may be the
        # city's universities, as 锦州的大学 — a place names a body only of money)
        if len(own) < 2 or body != "yinhang" and places_in(name):
            continue
        pairs = [f"0{first}0{second}" for first, second in zip(syllables, syllables[1:])]
        if not all(pair in known for pair in pairs):
            found.append(f"{name} {body}")
    return found


def organisations_not_held(text: str, known: Any) -> list[str]:
    """The names of organisations (jieba's tag nt: 中国银行, 清华大学) a text names that no
    fact holds: a question about another body than the page's."""
    from .tables import lookup
    from .terms import chinese_runs

    found = []
    for run in chinese_runs(text, 2):
        for start, length, _ in chinese_words(run, known):
            word = run[start:start + length]
            if length > 1 and any(line.endswith("\tnt") for line in lookup("nouns.tsv", word)) \
                    and not held_by_sound(word, known):
                found.append(word)
        # a name jieba does not know, by what kind of body it ends in (盛京银行, 渤海大学)
        for word, body in _body_names(run):
            # its own name is what the base lacks (高新技术公司 and 瞪羚公司 are kinds of firm);
            # a place's name before it (锦州大学, 锦州医院) names a body of that place, which
            # is the page's only where the base holds the whole name (锦州银行)
            if body == "港" and not _PORT_VERBS.isdisjoint(word):
                continue  # 到锦港: a ship's call at the page's port, no port's name
            if body in _ZONES:
                # (a zone whose name the base holds, in any part, may be the page's: only
                # one whose name is none of its, 松山湖科学城, is another's)
                named = word[:-len(body)].lstrip(_GOING_TO)  # (去科学城: no name)
                another = len(named) > 1 and not any(  # (张江 sounds 长江: not by sound)
                    named[i:i + 2] in known for i in range(len(named) - 1))
            else:
                another = not held_by_sound(word[:2], known) or \
                    (_place(word[:2]) or body in _FINANCIAL) and not held_by_sound(word, known)
            if another and not any(word in other or other in word for other in found):
                found.append(word)
    if any(body in text for body in _ENGLISH_BODIES):
        found += english_organisations(text, known)
    return found


def organisations_held(text: str, known: Any) -> list[str]:
    """The names of firms and bodies a text names that the base holds (中信钛业, 锦州银行),
    by what kind of body they end in."""
    from .terms import chinese_runs

    return [word for run in chinese_runs(text, 2) for word, body in _body_names(run)
            if body != "港" and held_by_sound(word, known)]


def _body_names(run: str) -> Iterator[tuple[str, str]]:
    """(a name, the word of the kind of body it ends in) for each body a run of Chinese
    names by its ending (盛京银行, 中信钛业): the ending and up to two characters before it
    (three before a zone's: 松山湖科学城), none of them one no name holds (哪家银行, 的公司)."""
    if not any(body in run for body in _BODIES):
        return
    from .places import places_in

    # (秦皇岛港: a place's whole name before the ending is the name, not its last two)
    ends = {place.end: place.start for place in places_in(run)}
    for match in re.finditer(_BODY, run):
        width = 3 if match.group() in _ZONES else 2  # (松山湖科学城)
        word = run[ends.get(match.start(), max(match.start() - width, 0)):match.end()]
        if len(word) > len(match.group()) and not _NOT_A_NAME.intersection(word) and \
                word[:-len(match.group())] not in STOP_WORDS:
            # (加上公司, 还有银行: a word that joins, before the kind of body, is no name)
            yield word, match.group()


def held_by_sound(word: str, known: Any) -> bool:
    """Whether the base holds every pair of a word's characters, or one that sounds the same
    (锦洲银行: 锦州银行 typed by a voice or an input method; expand._homophones)."""
    from .expand import sounding

    return all(word[i:i + 2] in known or sounding(word[i:i + 2], known)
               for i in range(len(word) - 1))


#: A name a question quotes («锦峰贷», "Jinfeng loan"): what it names exactly.
_QUOTED = r"[“「『\"]([^”」』\"]{2,20})[”」』\"]"


#: The longest Chinese name a question quotes (锦峰贷, 专精特新); a longer quote is a claim
#: (“锦州大豆综合机械化率超过九成”), checked as the question's words.
QUOTED_NAME = 6


def quoted_not_held(text: str, known: Any) -> list[str]:
    """The names a question quotes that no fact holds (锦州银行“锦峰贷”: a loan the page never
    names, where it gives the bank's farm loans): a question about another thing than the
    page's, however much of the rest it shares. A name the base holds in every pair of its
    characters (“双五”, “中谷福州”), or in every word (_in_known_words), is the page's."""
    from ..base.numerals import numbers_in
    from .terms import english_term, is_english

    found = []
    for name in re.findall(_QUOTED, text):
        chinese = "".join(char for char in name if "\u3400" <= char <= "\u9fff")
        words = re.findall(r"[A-Za-z]+", name)
        if chinese and re.search(r"几|多少|哪|什么|啥|何", chinese) or numbers_in(name):
            continue  # (我需要的是“第几届”这个数: a question quoted; 「上千家」: a figure)
        if chinese and 2 <= len(chinese) <= QUOTED_NAME and len(chinese) == len(name):
            # (「中穀福洲」: 福州 typed by its sound, held_by_sound)
            held = held_by_sound(chinese, known) or _in_known_words(chinese, known)
        elif words and not chinese and len(words) <= 3 and words[0][:1].isupper():
            # (a proper name: capitalised, and words no English dictionary has; "typical"
            # quotes a word, not a name)
            held = all(english_term(word.lower()) in known or is_english(word.lower())
                       for word in words if len(word) > 2)
        else:
            continue
        if not held:
            found.append(name)
    return found


def _in_known_words(name: str, known: Any) -> bool:
    """Whether a name is words the base holds, one after another («产学合作联盟»: 产学, 合作,
    联盟 — the reader's own name for the page's 产学研联盟), each a pair of its characters."""
    return len(name) % 2 == 0 and all(name[i:i + 2] in known for i in range(0, len(name), 2))


def _place(text: str) -> bool:
    from .places import places_in

    return any(place.start == 0 and place.end == len(text) for place in places_in(text))


#: What English names of organisations are made of: a capitalised name before what the body
#: is (Bohai University, Shengjing Bank), or after it with 'of' (Bank of China).
_ENGLISH_BODIES = ("University", "Bank", "College", "Hospital", "Institute", "Academy",
                   "Group", "Company", "Corporation", "School")
_ENGLISH_BODY = (r"\b((?:[A-Z][a-z]+\s+){1,3})(" + "|".join(_ENGLISH_BODIES) + r")\b|"
                 r"\b(" + "|".join(_ENGLISH_BODIES) + r")\s+of\s+((?:[A-Z][a-z]+\s*){1,3})")


def english_organisations(text: str, known: Any) -> list[str]:
    """English names of organisations whose own name (Bohai, Shengjing, China) the base
    does not hold (Jinzhou Bank and Bank of Jinzhou are the page's); a name that is an
    English word (Commercial Bank, Rural Bank) is a kind of body, not a name."""
    from .terms import english_term, is_english

    found = []
    for match in re.finditer(_ENGLISH_BODY, text):
        name = (match.group(1) or match.group(4) or "").split()
        own = [word for word in name if not is_english(word.lower())]
        if own and not all(english_term(word) in known or place_held(word, known)
                           for word in own):
            found.append(match.group().strip())
    return found


def place_held(word: str, known: Any) -> bool:
    """Whether a word of letters names a place whose Chinese name the base holds (Yancheng
    of Yancheng Central Hospital, where a drafted article's facts say 盐城 in Chinese only)."""
    from .forms import short_place_name
    from .places import place_names

    return any(len(name) > 1 and all(name[i:i + 2] in known for i in range(len(name) - 1))
               for full in place_names(word, latin=True, any_level=True).values()
               for name in (short_place_name(full),))


#: What the names of organisations end in (a bank, a university, a company …).
_BODIES = ("银行", "大学", "学院", "研究院", "研究所", "医院", "公司", "集团", "中学", "小学",
           "协会", "商会", "基金会", "合作社", "信用社", "保险", "证券", "机场", "港",
           # what a firm's short name ends in (阳光能源, 中信钛业, 东北制药)
           "能源", "钛业", "化工", "药业", "制药", "实业", "股份", "重工", "钢铁", "石化", "矿业",
           "物流",
           # a zone a place names (松山湖科学城, 锦州高新区); not a market (大集): any word
           # before it may be its name (沟帮子大集) or not (请问大集, 打车过去大集), and the
           # towns of markets are in no table here
           *(_ZONES := ("科学城", "科技城", "高新区", "开发区", "自贸区", "保税区", "产业园",
                        "工业园", "科技园")))
#: What people do with a zone, before its word (去科学城, 到开发区): no name.
_GOING_TO = "去到上来进在办开回"
#: Bodies whose name is a proper name, never a kind of thing: 农业银行 and 农村信用社 are
#: other lenders than the page's 锦州银行, though the base holds 农业 and 农村.
_FINANCIAL = frozenset(("银行", "信用社", "保险", "证券"))
# a port (大连港, 台中港), not 港口
_BODY = "|".join("港(?!口)" if body == "港" else body for body in _BODIES)
#: What a ship does at a port: a port's name holds none of these (到港, 来港, 到锦港).
_PORT_VERBS = frozenset("到来进出离靠抵入返回驶开泊停临挂访驻留往去在")
#: Characters no name holds just before that ending (哪家银行, 这所大学, 的公司).
_NOT_A_NAME = frozenset("的了吗呢哪啥什么几多少这那该本此其各每个家所间座位是有在和与及或"
                        # (他们公司, 我们学校, 俺家银行: whose, not which)
                        "们我你他她它俺咱"
                        # (刚给合作社做评估, 帮信用社, 跟银行: a verb's preposition before a kind
                        # of body, no name of one)
                        "给帮替对向跟把被让从刚都也还就又找去")


