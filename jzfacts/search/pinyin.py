"""Pinyin readings, for people without a Chinese input method (terms.py reads a fact's
Chinese, and a query's letters, as pinyin with them: rencai, ren cai, rc → 人才).

The readings come from pinyin.txt, generated once from pypinyin (scripts/gen_pinyin_table.py)
and loaded only when a search needs it: pypinyin itself costs ~300 ms to import.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Container, Dict, List, Optional, Sequence, Tuple

Readings = Tuple[str, ...]


@lru_cache(maxsize=1)
def table() -> Dict[str, Readings]:
    """Character → its readings without tones, commonest first; ü is written v and u."""
    readings: Dict[str, Readings] = {}
    text = Path(__file__).with_name("pinyin.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        char, _, spelled = line.partition("\t")
        options: List[str] = []
        for reading in spelled.split(","):
            options.append(reading)
            if "v" in reading:
                options.append(reading.replace("v", "u"))
        readings[char] = tuple(options)
    return readings


@lru_cache(maxsize=1)
def syllables() -> frozenset:  # type: ignore[type-arg]
    """Every reading in the table: what a run of pinyin letters can be cut into (from
    pinyin-syllables.txt, generated with the table: a question in pinyin needs the
    syllables, not the 21,000 characters' readings)."""
    text = Path(__file__).with_name("pinyin-syllables.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


@lru_cache(maxsize=4096)
def readings(char: str) -> Readings:
    """One character's readings, found in pinyin.txt by binary search (the table is sorted
    by character), without loading the table."""
    from .tables import lookup

    found = lookup("pinyin.txt", char)
    options: List[str] = []
    for reading in found[0].split(",") if found else ():
        options.append(reading)
        if "v" in reading:
            options.append(reading.replace("v", "u"))
    return tuple(options)


#: The sounds an input method's fuzzy pinyin (模糊音) lets stand for one another, which
#: southern and northeastern speakers do not tell apart: initials z/zh, c/ch, s/sh, n/l,
#: f/h, r/l; finals an/ang, en/eng, in/ing, ian/iang, uan/uang.
_FUZZY_INITIALS = (("zh", "z"), ("ch", "c"), ("sh", "s"), ("n", "l"), ("f", "h"), ("r", "l"))
_FUZZY_FINALS = (("iang", "ian"), ("uang", "uan"), ("ang", "an"), ("eng", "en"),
                 ("ing", "in"))


@lru_cache(maxsize=1024)
def fuzzy_variants(syllable: str) -> Tuple[str, ...]:
    """A syllable and those fuzzy pinyin confuses with it, that are syllables (zong: zong,
    zhong; can: can, chan, cang, chang)."""
    initials = [syllable]
    for one, other in _FUZZY_INITIALS:
        for this, that in ((one, other), (other, one)):
            if syllable.startswith(this) and not (this == "z" and syllable[:2] == "zh") and \
                    not (this in "cs" and syllable[1:2] == "h"):
                initials.append(that + syllable[len(this):])
    found: List[str] = []
    for initial in initials:
        found.append(initial)
        swapped = _final_swapped(initial)
        if swapped:
            found.append(swapped)
    every = syllables()
    return tuple(dict.fromkeys(option for option in found if option in every))


def _final_swapped(syllable: str) -> Optional[str]:
    for long, short in _FUZZY_FINALS:  # (iang before ang: liang, lian)
        if syllable.endswith(long):
            return syllable[:-len(long)] + short
    for long, short in _FUZZY_FINALS:  # (ian before an: lian, liang)
        if syllable.endswith(short):
            return syllable[:-len(short)] + long
    return None


def first_reading(char: str) -> Optional[str]:
    """A character's first reading, the one a voice or an input method gives (市 shi, not
    fu), or None."""
    found = readings(char)
    return found[0] if found else None


# ------------------------------------------------------------------ pinyin questions

_NUMBER_WORDS = frozenset({"ji", "duoshao"})
# 几, 的, 是, 有, 了, 吗, 呢: single syllables a pinyin question asks with
_SHORT_QUESTION_WORDS = frozenset({"ji", "de", "shi", "you", "le", "ma", "ne"})


def spellings() -> Dict[str, object]:
    """The pinyin spellings of the word lists pinyin questions are read with — question
    words (duoshao, shenme), one-character units (jia 家), longer units (bowei 泊位), words
    of an average (pingjun) or a change (tigao) — derived from pinyin.txt and the lists.
    scripts/gen_spellings.py writes them into spelled.py, so that a question pays for none
    of the ~200 look-ups (tests/test_pinyin.py checks that file against this)."""
    from itertools import product

    from ..base.units import UNITS
    from .question import CHANGE_WORDS, DERIVED_WORDS
    from .terms import CHINESE_STOP

    def first(words: Sequence[str]) -> Dict[str, str]:
        spelled: Dict[str, str] = {}
        for word in words:
            read = [readings(char) for char in word]
            if all(read):
                spelled["".join(options[0] for options in read)] = word
        return spelled

    units: Dict[str, str] = {}
    for unit in UNITS:
        if len(unit) >= 2 and all("\u3400" <= char <= "\u9fff" for char in unit):
            for syllables in product(*(readings(char) for char in unit)):
                units.setdefault("".join(syllables), unit)
    return {
        "QUESTION_WORDS": sorted(first([word for word in CHINESE_STOP if len(word) >= 2])),
        "UNIT_SYLLABLES": sorted({readings(unit)[0] for unit in UNITS
                                  if len(unit) == 1 and readings(unit)}),
        "UNITS": units,
        "DERIVED": first(DERIVED_WORDS),
        "CHANGE": first([word for word in CHANGE_WORDS if len(word) > 1]),
    }


def _pinyin_unit(word: str) -> bool:
    """Whether a word of pinyin is a unit: a syllable (jia, xiang), a unit of several (biao
    zhun xiang), or a magnitude before either (wandun 万吨, yiyuan 亿元)."""
    from .spelled import UNIT_SYLLABLES, UNITS

    if word in UNIT_SYLLABLES or word in UNITS:
        return True
    magnitude = next((m for m in ("wan", "yi", "qian", "bai") if word.startswith(m)), "")
    rest = word[len(magnitude):]
    return bool(magnitude) and bool(rest) and (rest in UNIT_SYLLABLES or rest in UNITS)


def _drop_pinyin_question_words(words: List[str], known: Optional[Container[str]]
                                ) -> List[str]:
    """A pinyin question less its question words (duoshao, duo shao, shenme), the 几 or
    多少 before a unit (ji jia) and that unit: never a syllable the base reads with its
    neighbour (ke ji keeps its ji: 科技)."""
    from .spelled import QUESTION_WORDS

    question = QUESTION_WORDS | _NUMBER_WORDS
    kept: List[str] = []
    index = 0
    while index < len(words):
        word = words[index]
        following = words[index + 1] if index + 1 < len(words) else ""
        if following and word + following in question:
            dropped, index = word + following, index + 2
        elif (word in question or word in _SHORT_QUESTION_WORDS) and not (
                # (ji xie: 几 read with its neighbour is 机械)
                word in _SHORT_QUESTION_WORDS and
                _read_with_neighbour(kept[-1] if kept else "", word, following, known)):
            dropped, index = word, index + 1
        else:
            kept.append(word)
            index += 1
            continue
        if dropped in _NUMBER_WORDS and index < len(words) and _pinyin_unit(words[index]):
            index += 1  # ji jia, duoshao ren: the unit asked in
    return kept


def _read_with_neighbour(before: str, word: str, after: str,
                         known: Optional[Container[str]]) -> bool:
    if known is None:
        return True
    pairs = ([f"0{before}0{word}"] if before else []) + ([f"0{word}0{after}"] if after else [])
    return any(pair in known for pair in pairs)


# ------------------------------------------------------------------ loosely heard initials

#: How a typist who hears Chinese through another language writes its initials (a
#: Russian's j for zh, sh for x or xi: jinjou, jongshao, beijan for jinzhou, zhongxiao,
#: beizhan): what each may stand for.
_LOOSE_INITIALS = (("j", ("zh",)), ("sh", ("x", "xi")), ("ts", ("c",)), ("dz", ("z",)))
#: At most this many respellings of one word are tried.
_MOST_RESPELLINGS = 64


def respelled(text: str, known: Container[str]) -> str:
    """A question with its words of letters that no pinyin spells written as the page's
    pinyin: words of another romanization (romanized(): Chin-chou, Jinjhou → jinzhou), and
    words whose loosely heard initials (_LOOSE_INITIALS: jinjou) make them whole syllables
    two of which in a row are a word of the page. An English word, a word that is pinyin
    already, or one no respelling makes the page's, stays as typed."""
    from .terms import _syllables, is_english

    def respell(match: re.Match[str]) -> str:
        word: str = match.group()
        lower = word.lower()
        if len(lower) < 4 or _syllables(lower) is not None or is_english(lower):
            return word
        return next((candidate for candidate in _respellings(lower)
                     if _spells_page_word(candidate, known)), word)

    if not text.isascii():
        from ..base.patterns import compiled
        from .forms import SOUNDED_LETTERS, SOUNDED_WORD

        if not SOUNDED_LETTERS.isdisjoint(text):
            text = compiled(SOUNDED_WORD).sub(lambda match: _sounded(match.group(), known),
                                              text)
    text = romanized(text, known)
    if not any(initial in text.lower() for initial, _ in _LOOSE_INITIALS):
        return text
    return re.sub(r"[A-Za-z]+", respell, text)


def _sounded(word: str, known: Container[str]) -> str:
    """A word typed with a letter of another alphabet for a sound of pinyin's (zhuçe,
    çengjiao, duoşao) as the pinyin it spells: the reading two of whose syllables in a row
    are a word of the page (zhuce 注册, chengjiao 成交), else the likeliest (duoshao)."""
    from .forms import sounded_readings

    readings = sounded_readings(word)
    return next((reading for reading in readings
                 if _spells_page_word(reading.lower(), known)),
                readings[0] if readings else word)


def _spells_page_word(word: str, known: Container[str]) -> bool:
    """Whether a word cut into whole syllables of pinyin has two in a row that are a word
    of the page (chengjiao: 0cheng0jiao)."""
    from .terms import _syllables

    parts = _syllables(word) or []
    return any(f"0{first}0{second}" in known for first, second in zip(parts, parts[1:]))


# ------------------------------------------------------------------ other romanizations

#: A word of letters, its syllables perhaps marked by apostrophes (Wade–Giles' ch'i, an
#: aspirate) and joined by hyphens (Kao-hsin).
_ROMAN_WORD = r"[A-Za-z]+(?:['’‘`ʻ][A-Za-z]+)*(?:-[A-Za-z]+(?:['’‘`ʻ][A-Za-z]+)*)*"
#: At most this many readings of one word are weighed.
_MOST_READINGS = 32


@lru_cache(maxsize=1)
def _romanizations() -> Dict[str, Readings]:
    """Syllables of Wade–Giles and Tongyong pinyin → the Hanyu syllables they spell
    (romanized.txt, generated from pypinyin's Wade–Giles table and Tongyong's rules)."""
    spelled: Dict[str, Readings] = {}
    text = Path(__file__).with_name("romanized.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            spelling, _, syllables_ = line.partition("\t")
            spelled[spelling] = tuple(syllables_.split(","))
    return spelled


def _readings_of(piece: str) -> List[List[str]]:
    """The Hanyu syllables a piece of a word (no hyphen) may spell, syllable by syllable
    in another romanization or in Hanyu itself: every cut into fewest syllables, each
    syllable's options multiplied out (at most _MOST_READINGS)."""
    other = _romanizations()
    hanyu = syllables()

    def options(part: str) -> Tuple[str, ...]:
        return other.get(part, ()) + ((part,) if part in hanyu and part not in
                                      other.get(part, ()) else ())

    best: Dict[int, List[List[str]]] = {0: [[]]}
    size: Dict[int, int] = {0: 0}
    for end in range(1, len(piece) + 1):
        for start in range(max(0, end - 7), end):
            if start not in best:
                continue
            found = options(piece[start:end])
            if not found:
                continue
            if end in size and size[end] < size[start] + 1:
                continue
            made = [reading + [option] for reading in best[start] for option in found]
            if end not in size or size[end] > size[start] + 1:
                best[end], size[end] = [], size[start] + 1
            best[end] = (best[end] + made)[:_MOST_READINGS]
    return best.get(len(piece), [])


def romanized(text: str, known: Container[str]) -> str:
    """A text with its words in another romanization of Mandarin than Hanyu pinyin —
    Wade–Giles (Chin-chou, hsien, ch'i-yeh) or Taiwan's Tongyong (Jinjhou, shueidao,
    cyuancheng) — written in Hanyu pinyin (jinzhou, xian, qiye), where a reading makes two
    syllables in a row (of the word, or of it and a neighbouring word) a word of the page:
    the reading that makes the most; or a place's name (Hangjhou: hangzhou, a question
    about another city) or a word that asks (to-shao: duoshao). An English word stays, and
    so does a word that is Hanyu pinyin as typed, unless another reading is fewer syllables
    or the text has a word of the other romanization (below)."""
    from ..base.patterns import compiled
    from .places import place_names
    from .spelled import QUESTION_WORDS
    from .terms import _syllables, is_english

    matches = list(compiled(_ROMAN_WORD).finditer(text))
    if not matches:
        return text
    typed: List[List[str]] = []  # each word's syllables as Hanyu pinyin, if it is
    readings: List[List[List[str]]] = []  # … as another romanization (none: English)
    for match in matches:
        word = re.sub(r"['’‘`ʻ]", "'", match.group().lower())
        pieces = word.split("-")
        plain = [_syllables(piece.replace("'", "")) for piece in pieces]
        typed.append([] if any(piece is None for piece in plain) else
                     [syllable for piece in plain for syllable in piece or ()])
        letters = word.replace("'", "").replace("-", "")
        # (a word of hyphenated syllables is read even where each is an English word too:
        # Chin-chou; high-tech has no reading)
        if len(letters) < 3 or len(pieces) == 1 and is_english(letters):
            readings.append([])
            continue
        made: List[List[str]] = [[]]
        for piece in pieces:
            found = _readings_of(piece)
            made = [reading + more for reading in made for more in found][:_MOST_READINGS]
        readings.append(made)

    def pairs(syllables_: Sequence[str]) -> int:
        return sum(f"0{first}0{second}" in known
                   for first, second in zip(syllables_, syllables_[1:]))

    def neighbour(number: int) -> List[str]:
        return typed[number] or (readings[number] or [[]])[0]

    chosen: Dict[int, List[str]] = {}
    # a word that is Hanyu pinyin as typed is read otherwise only in fewer syllables, where
    # Hanyu cuts it strangely (shueidao: shui dao, not shu ei dao; heishan sian: xian, not
    # si an), or in a text another word of which is in the other romanization (Chin-chou
    # kao-hsin chi-shu: ji shu, 技术); never jiaju (家具) alone as Wade–Giles' jia ju (加入),
    # nor the chu of zhan chu (展出) as its ch'ü (展区's qu)
    for strict in (True, False):
        for number, match in enumerate(matches):
            was = typed[number]
            if not readings[number] or number in chosen or strict and was and \
                    all(len(reading) >= len(was) for reading in readings[number]):
                continue  # (no reading in fewer syllables: the first pass takes none)
            before = neighbour(number - 1) if number and \
                match.start() - matches[number - 1].end() <= 1 else []
            after = neighbour(number + 1) if number + 1 < len(matches) and \
                matches[number + 1].start() - match.end() <= 1 else []

            def score(reading: List[str], before: List[str] = before,
                      after: List[str] = after) -> int:
                joined = "".join(reading)
                return pairs(reading) + (bool(before) and pairs([before[-1], reading[0]])) \
                    + (bool(after) and pairs([reading[-1], after[0]])) + \
                    (len(reading) > 1 and (bool(place_names(joined, latin=True)) or
                                           joined in QUESTION_WORDS))

            best = max(readings[number], key=score)
            if not score(best) or best == was or was and (
                    not (len(best) < len(was) and score(best) > score(was)) if strict else
                    score(best, [], []) <= score(was, [], [])):
                continue
            chosen[number] = best
        if not chosen:
            return text
    out: List[str] = []
    end = 0
    for number, match in enumerate(matches):
        if number in chosen:
            out += [text[end:match.start()], "".join(chosen[number])]
            end = match.end()
    return "".join(out) + text[end:] if out else text


def _respellings(word: str) -> List[str]:
    """A word with each loosely heard initial (_LOOSE_INITIALS) kept or replaced, every way
    but as typed (fewest replaced first)."""
    spellings = [""]
    index = 0
    while index < len(word):
        loose = next(((typed, meant) for typed, meant in _LOOSE_INITIALS
                      if word.startswith(typed, index)), None)
        if loose is None:
            spellings = [spelling + word[index] for spelling in spellings]
            index += 1
            continue
        typed, meant = loose
        spellings = [spelling + way for spelling in spellings
                     for way in (typed, *meant)][:_MOST_RESPELLINGS]
        index += len(typed)
    return sorted(set(spellings) - {word}, key=lambda spelling: (len(spelling), spelling))


# ------------------------------------------------------------------ names


def slug(name: str) -> str:
    """An id prefix from a file's name: weather-0316.toml → weather-0316; Chinese in
    pinyin (天气.toml → tian-qi); 'article' where nothing is left."""
    from ..base.validate import ID_PATTERN
    stem = re.sub(r"\.[A-Za-z0-9]+$", "", name.rsplit("/", 1)[-1])
    words: List[str] = []
    for char in stem.lower():
        if char.isascii() and char.isalnum():
            if words and words[-1] != "-" and not words[-1][-1:].isalnum():
                words.append(char)
            elif words and words[-1] != "-":
                words[-1] += char
            else:
                words.append(char)
        elif "\u4e00" <= char <= "\u9fff":
            reading = table().get(char, ("",))[0]
            if reading:
                words.append(reading)
            words.append("-")
        else:
            words.append("-")
    text = "-".join(part for part in "".join(words).split("-") if part)
    text = re.sub(r"[^a-z0-9-]", "", text).strip("-")[:40].strip("-")
    return text if text and re.fullmatch(ID_PATTERN, text) else "article"
