"""Surface forms folded to one, before a query or question is read (terms.read_query):

- NFKC: full-width digits, letters and punctuation (６５, ％, ＡＢＣ) as ASCII;
- traditional characters as simplified (t2s.txt, generated from OpenCC: 錦州 → 锦州);
- pinyin tone marks and tone numbers dropped, ü written v (shěngjí, ling2hai3, lǜ);
  a syllable apostrophe (chéngjiāo'é) and English 's (Jinzhou's) cut;
- R&D, S&T: letters joined by & are one word (rd, st), on facts and queries alike;
- the shorthand of English news copy spelled out (pct, yrs, natl, bn: SHORTHAND), and a
  level in other words (city level → municipal level: LEVEL_WORDS).

A question or query as typed has its typos of English words corrected first
(typos_corrected: evnets → events, fiar → fair), while its case still tells an acronym.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import List, Mapping, Optional, Set

from ..base.patterns import compiled

_ACCENTED = r"[A-Za-z]*[\u00c0-\u036f][A-Za-z\u00c0-\u036f]*"  # a word with a tone mark
# A tone number ends a syllable: a final vowel, n, ng or r, then 1–5, not inside a number.
# (patterns as strings, each used only where a cheap test says the text may need it:
# compiled by `re` on first use, so that a plain question pays for none)
_TONE_NUMBER = r"(?<=[aeiouvngrAEIOUVNGR])[1-5](?![0-9.,])(?=[a-zA-Z]|\b)"
_AMPERSAND = r"\b([A-Za-z])\s*&\s*([A-Za-z])\b"
_ACRONYM_PLURAL = r"\b([A-Z]{2,})s\b"  # SMEs → SME
_POSSESSIVE = r"(?<=[A-Za-z])['’]s\b"
_SYLLABLE_MARK = r"(?<=[A-Za-z])['’](?=[A-Za-z])"
#: English contractions (isn't, don't, I'm, what're, I'd) spelled out (a pinyin syllable
#: mark stands before a, o or e only: xi'an, never one of these).
_CONTRACTION = r"\b([A-Za-z]*?)n['’]t\b|(?<=[A-Za-z])['’](re|ve|ll|d|m)\b"
_CONTRACTED = {"ca": "can", "wo": "will", "ai": "is", "sha": "shall"}
_SPELLED = {"re": "are", "ve": "have", "ll": "will", "d": "would", "m": "am"}


#: The shorthand of English news and business copy, spelled out (a kept table, not a
#: guess: each stands for one word or phrase only): what pct, yrs or natl stand for.
SHORTHAND = {"pct": "percent", "yr": "year", "yrs": "years", "natl": "national",
             "intl": "international", "govt": "government", "avg": "average",
             "approx": "approximately", "bn": "billion", "mln": "million", "mn": "million",
             "mio": "million", "mrd": "billion", "natnl": "national", "ntnl": "national",
             "ag": "agricultural",
             "dept": "department", "mfg": "manufacturing", "prov": "provincial",
             "muni": "municipal", "ppl": "people", "thru": "through", "eqpt": "equipment",
             "stn": "station", "rev": "revenue", "revs": "revenues", "qty": "quantity",
             "biz": "business", "mgmt": "management", "est": "estimated",
             "ppts": "percentage points", "pts": "points", "hrs": "hours", "mins": "minutes",
             "yrly": "yearly", "cos": "companies", "folks": "people", "folk": "people",
             # and of a phone's texting (hw many ppl, wats the …, r there …): none a
             # pinyin syllable (wen is 问, so stays)
             "hw": "how", "hwo": "how", "wat": "what", "wot": "what", "wut": "what",
             "wats": "what is", "whats": "what is", "wots": "what is", "wer": "where",
             "r": "are", "u": "you", "ur": "your", "pls": "please", "plz": "please",
             "abt": "about", "b4": "before", "cuz": "because", "coz": "because",
             "tho": "though", "sth": "something", "smth": "something", "thx": "thanks",
             "wz": "was", "wuz": "was", "woz": "was",
             # (speech as it is typed, as the `contractions` package's tables spell it
             # out: those english.txt lacks, which would be read as pinyin, wan na)
             "wanna": "want to", "dunno": "do not know", "finna": "about to",
             "lemme": "let me", "yall": "you all",
             # (a market report's mkt; reg'd and ass'n, their apostrophe dropped)
             "mkt": "market", "mkts": "markets", "regd": "registered",
             "assn": "association", "mfr": "manufacturer", "mfrs": "manufacturers",
             # (a shipping agent's telex and cable English: PLS ADV, PLS CFM, RCVD, RGDS)
             "adv": "advise", "cfm": "confirm", "rcvd": "received", "reqd": "required",
             "rgds": "regards", "dist": "distance", "fm": "from", "pers": "persons",
             "mv": "ship", "nr": "number", "nrs": "numbers"}
# (never a letter of R&D, S&T, U.S., e-commerce or co-op; one of three letters or more
# before a hyphen is the word's: natl-level, intl-standard)
_SHORTHAND = (r"(?<![&'’\-.])\b(" + "|".join(key for key in SHORTHAND if len(key) >= 3) +
              r")\b(?![&'’]|\.\w)\.?|"
              r"(?<![&'’\-.])\b(" + "|".join(key for key in SHORTHAND if len(key) < 3) +
              r")\b(?![&'’\-]|\.\w)\.?")


#: A level said in English with another word than the page's English gives it (city level,
#: state-level, province level: municipal, national, provincial level; 市级, 国家级, 省级).
LEVEL_WORDS = {"city": "municipal", "state": "national", "province": "provincial"}
#: (city-level, city-tier, province-grade: the level, however its word for level is said)
_LEVEL_PHRASE = r"\b(" + "|".join(LEVEL_WORDS) + r")(?=[\s-]+(?:level|tier|grade)\b)"


def _level_word(match: re.Match) -> str:  # type: ignore[type-arg]
    return _cased(LEVEL_WORDS[match.group(1).lower()], match.group(1))


def _unit_named(match: re.Match) -> str:  # type: ignore[type-arg]
    """A unit's symbol in capitals as the unit's English name, where that is one other
    word (EVP → TEU); any other word as typed."""
    from ..base.units import UNITS

    unit = UNITS.get(match.group())
    name = unit.name_en if unit is not None else ""
    return name if name.isalpha() and name.isupper() and name != match.group() \
        else match.group()


def _spelled_out(match: re.Match) -> str:  # type: ignore[type-arg]
    typed = match.group(1) or match.group(2)
    return _cased(SHORTHAND[typed.lower()], typed)


def _cased(word: str, typed: str) -> str:
    """A word for one typed, capitalised where that was."""
    return word.capitalize() if typed[:1].isupper() else word


#: An English word long enough to be read as a typo of another (TYPO_LENGTH letters), and
#: short enough (TYPO_LONGEST).
_LONG_WORD = r"\b[A-Za-z]{4,20}\b"
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
TYPO_LENGTH = 4
TYPO_LONGEST = 20  # (a longer 'word' is no typo: its edits would be millions of strings)
_INFLECTED = ("s", "es", "ed", "d", "ing", "er", "ers", "ly")


def typos_corrected(text: str) -> str:
    """A question or query as typed, its typos of English words corrected (typo_of): read
    before it is folded, while its case still tells an acronym (HNTEs) from a word; and
    its Spanish and French words in English (from_foreign: a reader's, never a fact's, so
    the terms of 100,000 facts are made without looking their words up)."""
    if not any("a" <= char <= "z" for char in text):
        return text  # (a word of capitals: none)
    foreign = foreign_words(text)  # (empresas is no typo of empress in a Spanish question)
    corrected = compiled(_LONG_WORD).sub(
        lambda match: match.group() if match.group() in foreign or
        _named(text, match) else _typo_corrected(match), text)
    if compiled(_UNVOWELLED).search(corrected) is not None and _in_english(corrected):
        corrected = compiled(_UNVOWELLED).sub(_vowelled, corrected)
    return from_foreign(corrected) if foreign else corrected


#: A word typed without its vowels, as a phone's texting has it (hw mny, lvl, cntnr): 3 to
#: 8 small consonants (capitals are an acronym: SME, TEU), read as skeletons.tsv says
#: only in a question with words of English (a pinyin typist's initials, bqw or gxjs, are
#: in one without).
_UNVOWELLED = r"(?<![\w&'’.-])[b-df-hj-np-tv-z]{3,8}(?![\w&'’-])"


def _in_english(text: str) -> bool:
    from .terms import is_english

    return any(is_english(word) for word in re.findall(r"[A-Za-z]{2,}", text))


def _vowelled(match: re.Match) -> str:  # type: ignore[type-arg]
    from .tables import lookup

    found = lookup("skeletons.tsv", match.group())
    # (stn, natl: the shorthand of news copy, spelled out as SHORTHAND says; a place's name)
    return found[0] if found and match.group() not in SHORTHAND and \
        not lookup("places.tsv", match.group()) else match.group()


#: The words of a place's kind an English name stands before (Walvis Bay, Puerto Cortes
#: City) or after (Port Louis, Lake Charles): such a name is no typo (of Wallis, Headland),
#: and places.named_places reads it as a place.
KINDS_AFTER_NAME = r"Bay|Port|Harbou?r|City|County|Province|Prefecture|District|Island|Town"
KINDS_BEFORE_NAME = r"Port(?:\s+of)?|Lake|Mount|Fort|Cape"
_NAME_BEFORE = rf"\s+(?:{KINDS_AFTER_NAME})\b"
_NAME_AFTER = rf"\b(?:{KINDS_BEFORE_NAME})\s+$"


def _named(text: str, match: re.Match) -> bool:  # type: ignore[type-arg]
    return match.group()[:1].isupper() and (
        compiled(_NAME_BEFORE).match(text, match.end()) is not None or
        compiled(_NAME_AFTER).search(text[:match.start()]) is not None)


def _typo_corrected(match: re.Match) -> str:  # type: ignore[type-arg]
    word = match.group()
    spelled = typo_of(word)
    return word if spelled is None else spelled


@lru_cache(maxsize=1024)
def typo_of(word: str) -> Optional[str]:
    """The English word a typo meant (evnets → events, fiar → fair, Nrth → north), where
    the word is none (english.txt), nor a shorthand (natnl), nor an inflection of one, nor
    an acronym, nor pinyin (syllables: dengling stays, no 'dangling'), nor initials (a word
    of consonants is corrected only by a vowel left out); else None."""
    from .tables import has
    from .terms import _syllables

    lowered = word.lower()
    # (a place's name is no typo: Ipoh, not iPod)
    if word.rstrip("s").isupper() or lowered in SHORTHAND or has("english.txt", lowered) or \
            has("places.tsv", lowered) or \
            _syllables(lowered) is not None or \
            any(lowered.endswith(ending) and has("english.txt", lowered[:-len(ending)])
                for ending in _INFLECTED):
        return None  # (HNTEs, an acronym; roadshows, an inflection the list lacks)
    spelled = corrected(lowered)
    if spelled is None or not compiled("[aeiou]").search(lowered) and \
            len(spelled) != len(lowered) + 1:
        return None
    return _cased(spelled, word)


#: A typo is corrected into a word this common or more (wordfreq's Zipf): english.txt
#: also holds rare words, so that they are read as English (centenarian), never as words
#: a misspelling is likely to be of.
TYPO_TARGET = 2.5


@lru_cache(maxsize=1024)
def corrected(word: str) -> Optional[str]:
    """The commonest English word (english.txt, by frequency) one edit from a word: a letter
    dropped, added, changed, or two swapped (Norvig's corrector); None where none is.
    (~300 look-ups of the table's index, for a word that is no English.)"""
    from .tables import lookup

    if not TYPO_LENGTH <= len(word) <= TYPO_LONGEST or not word.isalpha() or \
            not word.isascii():
        return None
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = {a + b[1:] for a, b in splits if b} | \
        {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1} | \
        {a + c + b[1:] for a, b in splits if b for c in _LETTERS} | \
        {a + c + b for a, b in splits for c in _LETTERS}
    best, frequency = None, 0.0
    for edit in sorted(edits):
        found = lookup("english.txt", edit) if len(edit) >= TYPO_LENGTH else ()
        if found and float(found[0]) > max(frequency, TYPO_TARGET - 0.05):
            best, frequency = edit, float(found[0])
    return best


@lru_cache(maxsize=8192)
def simplified(char: str) -> str:
    """A traditional character as its simplified form (t2s.txt, from OpenCC), else itself."""
    from .tables import lookup

    found = lookup("t2s.txt", char)
    return found[0] if found else char


def _untoned(match: re.Match) -> str:  # type: ignore[type-arg]
    word = match.group()
    if not _SOUNDED.keys().isdisjoint(word):
        # (jişu, duoşao; Czech's and Croatian's čuan, šui, žou: pinyin's sh, ch and zh
        # typed with the letter a Turkish, Romanian or Slavic keyboard spells the sound
        # with, where the word is pinyin so: pinyin.respelled chooses by the page's words)
        return next(iter(sounded_readings(word)), _strip_marks(word))
    return _strip_marks(word)


def _strip_marks(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    decomposed = decomposed.replace("u\u0308", "v").replace("U\u0308", "V")
    return "".join(char for char in decomposed if not unicodedata.combining(char))


#: Letters of Latin alphabets that write a sound of pinyin's as one letter (Turkish ş ç,
#: Romanian ș, Czech, Slovak, Croatian and Slovene š č ž) and what pinyin writes it with,
#: likeliest first (ş: sh, or x before i; ç: ch, q or c), and Turkish's dotless ı.
_SOUNDED = {"ş": ("sh", "x", "s"), "ș": ("sh", "x", "s"), "š": ("sh", "x"),
            "ç": ("ch", "q", "c"), "č": ("ch", "q", "c"), "ž": ("zh", "j"), "ı": ("i",)}
_SOUNDED.update({letter.upper(): tuple(reading.capitalize() for reading in readings)
                 for letter, readings in list(_SOUNDED.items())
                 if not letter.upper().isascii()})  # (ı's capital is I: no mark)
#: Those letters, and a word holding one (pinyin.respelled reads such words).
SOUNDED_LETTERS = frozenset(_SOUNDED)
SOUNDED_WORD = (r"[A-Za-z\u00c0-\u024f]*[" + "".join(sorted(_SOUNDED)) +
                r"][A-Za-z\u00c0-\u024f]*")
#: At most this many readings of a word are weighed.
_MOST_SOUNDED = 16


def sounded_readings(word: str) -> list[str]:
    """The pinyin a word typed with _SOUNDED's letters may be (duoşao: duoshao; zhuçe:
    zhuche, zhuce), likeliest first; none where no reading is pinyin or the word without
    its marks is an English word of five letters or more (façade; şou's sou is no
    evidence)."""
    from itertools import islice, product

    from .terms import _syllables, is_english

    plain = _strip_marks(word)
    if len(plain) >= 5 and is_english(plain):
        return []
    pieces = [_SOUNDED.get(char, (char,)) for char in word]
    readings = ("".join(choice) for choice in islice(product(*pieces), _MOST_SOUNDED))
    return [reading for reading in map(_strip_marks, readings)
            if _syllables(reading.lower()) is not None]


def _uncontracted(match: re.Match) -> str:  # type: ignore[type-arg]
    """isn't → is not, won't → will not, they're → they are."""
    if match.group(1) is None:
        return " " + _SPELLED[match.group(2).lower()]
    stem = match.group(1)
    return f"{_CONTRACTED.get(stem.lower(), stem)} not"


#: Words a speaker drops a letter of, marked so: o' (of), an' (and), 'ow, 'ere, 'ave…
_DROPPED = (r"(?<![\w'’])(o|an)['’](?=\s)|(?<![\w'’])['’](ow|ere|ave|ad|as|ome|alf|undred|"
            r"ouse)\b")
_DROPPED_WORDS = {"o": "of", "an": "and"}


def _dropped_back(match: re.Match[str]) -> str:
    if match.group(1):
        return _DROPPED_WORDS[match.group(1).lower()]
    return "h" + match.group(2)


#: Years counted in an era, not from the common era's first: the Republic's, as Taiwan
#: counts them (民国109年: 2020), Japan's (令和4年, 平成30年; 元年 its first) and the Buddhist
#: era's (佛历2565年): how many years to add to the era's year to make the common one.
ERAS = {"民国": 1911, "令和": 2018, "平成": 1988, "昭和": 1925, "佛历": -543}
_ERA_HINTS = frozenset(era[:1] for era in ERAS)
_ERA_YEAR = (rf"({'|'.join(ERAS)})\s*(元|\d{{1,4}}|[〇零一二两三四五六七八九十百千]{{1,8}})"
             r"\s*(?=年)")
#: … and in English: ROC 109, Minguo 109, the 109th year of the Republic; Reiwa 4.
ERAS_EN = {"roc": 1911, "r.o.c.": 1911, "minguo": 1911, "min guo": 1911, "reiwa": 2018,
           "heisei": 1988, "showa": 1925}
_ERA_HINTS_EN = ("roc", "r.o.c", "minguo", "min guo", "reiwa", "heisei", "showa", "republic")
_ERA_YEAR_EN = (r"\b(roc|r\.o\.c\.|minguo|min guo|reiwa|heisei|showa)(?:\s+(?:year|yr))?"
                r"\s+(\d{1,3})\b(?![.,]\d)|\b(?:(?:roc|minguo)\s+)?(?:year\s+)?(\d{1,3})"
                r"(?:st|nd|rd|th)?\s+(?:year\s+)?(?:of\s+the\s+republic(?:\s+of\s+china)?|"
                r"roc|minguo)\b")


def _era_year(match: re.Match[str]) -> str:
    from ..base.numerals import parse_chinese_numeral

    number = match.group(2)
    year = 1 if number == "元" else int(number) if number.isdigit() else \
        int(parse_chinese_numeral(number) or 0)
    return f"{ERAS[match.group(1)] + year}" if year else match.group()


def _era_year_en(match: re.Match[str]) -> str:
    if match.group(1):
        return f"{ERAS_EN[match.group(1).lower()] + int(match.group(2))}"
    return f"{1911 + int(match.group(3))}"


#: The Suzhou numerals 〡 to 〩 (U+3021–3029) as the digits 1 to 9.
_SUZHOU = {code: str(code - 0x3020) for code in range(0x3021, 0x302A)}


@lru_cache(maxsize=4096)
def fold_text(text: str) -> str:
    """The text with its surface forms folded (see the module's docstring)."""
    text = unicodedata.normalize("NFKC", text)
    if _shouted(text):  # (WHAT YEAR DID YIXIAN COUNTY …: case says nothing of its words)
        text = text.lower()
    if "°" in text:  # (NFKC makes ℃ °C: the units' table writes ℃, a fact file too)
        text = compiled(r"°\s?C(?![A-Za-z])").sub("℃", text)
    if "摄氏度" in text:  # (the same unit in words: 零下5摄氏度, 多少摄氏度)
        text = text.replace("摄氏度", "℃")
    if not text.isascii():
        if any("\u3021" <= char <= "\u3029" for char in text):
            # (〢〡.〣亿: the Suzhou numerals of old account books and market price tags,
            # written digit by digit as Arabic numerals are, their 〇 a zero)
            text = text.translate(_SUZHOU)
            text = compiled(r"[\d〇.]*\d[\d〇.]*").sub(
                lambda match: match.group().replace("〇", "0"), text)
        if any("\uac00" <= char <= "\ud7a3" for char in text):
            text = _korean_read(text)
        if any("\u3040" <= char <= "\u30ff" for char in text):
            # (黒山県が…認定されたのは何年？: the kana of Japanese are its particles and
            # endings, and its words of foreign sound; the kanji are what is asked, read
            # as Chinese would write them: 何年 哪年, 何社 几家)
            # (教育部の方は: の方, 'the one of', is no word of what is asked)
            text = compiled(r"の方(?=[はがをもに]|[?？]|$)").sub(" ", text)
            # (いくら, どのくらい: how much; 距離ではなく: not the distance — kana that
            # ask, or set aside, what is asked)
            text = compiled(_JAPANESE_KANA_WORDS).sub(_japanese_word, text)
            text = compiled(r"[\u3040-\u30ff]+").sub(" ", text)
            text = compiled(r"何([年社件人回個个種种台本枚%％])").sub(_japanese_how, text)
        text = "".join(simplified(char) if char >= "\u3400" else char for char in text)
        if any(era in text for era in _ERA_HINTS):
            text = compiled(_ERA_YEAR).sub(_era_year, text)
    elif any(era in text.lower() for era in _ERA_HINTS_EN):
        text = compiled(_ERA_YEAR_EN, re.I).sub(_era_year_en, text)
    if any("\u00c0" <= char <= "\u036f" for char in text):
        text = compiled(_ACCENTED).sub(_untoned, text)
    if compiled(r"\b[A-Z]{3,}\b").search(text):  # (EVP, French for TEU: the unit's name)
        text = compiled(r"\b[A-Z]{3,}\b").sub(_unit_named, text)
    if " " in text and text.isascii() and any(char.isdigit() for char in text):
        # (4 636 EVP, 89 200 t: thousands spaced, as French and the SI write them, in a
        # question of Latin letters; never between a year and a count, 2021 236)
        text = compiled(r"(?<![\d.,])\d{1,3}(?: \d{3})+(?![\d]|[.,]\d)").sub(
            lambda match: match.group().replace(" ", ""), text)
    if "," in text and any(char.isdigit() for char in text):
        # (95,68 %, 8,92万吨: a decimal comma, as most of Europe writes it, before a percent
        # or a scale word; never a thousands group, 1,880, nor a list, 2,3家)
        text = compiled(_DECIMAL_COMMA, re.I).sub(r"\1.\2", text)
    if "change" in text and any(char.isdigit() for char in text):
        # (91 percent and change: a little more than it, as American English says it)
        text = compiled(r"(\d[\d.,]*\s*(?:%|percent|per\s+cent|pct)?)\s+and\s+change\b",
                        re.I).sub(r"a bit over \1", text)
    if "?" in text and compiled(_SUBJECT_THEN_IS, re.I).search(text):
        # (…, real number is?: the figure asked with its words in a spoken order)
        text = compiled(_SUBJECT_THEN_IS, re.I).sub(r" what is the \1?", text)
    if "hi" in text.lower():  # (hi-tech, hitech: high-tech as adverts spell it)
        text = compiled(r"\b(h)i(?=-?tech)", re.I).sub(r"\1igh", text)
    text = unhyphenated(text)
    if "_" in text:  # a column's name (platforms_city_level): its words
        text = re.sub(r"(?<=[A-Za-z0-9])_+(?=[A-Za-z0-9])", " ", text)
    if "'" in text or "’" in text:
        # (in '22: a year of two digits, as English shortens it)
        text = compiled(r"(?<![\w'’])['’](\d{2})\b(?![.,]\d|['’])").sub(
            lambda match: ("20" if int(match.group(1)) <= 40 else "19") + match.group(1), text)
        # (4'636 as Switzerland writes it: one number)
        text = compiled(r"(?<=\d)['’](?=\d{3}(?!\d))").sub("", text)
        # (nat'l, int'l, gov't: a shorthand with its apostrophe, spelled out as without it)
        text = compiled(r"\b([A-Za-z]{2,5})['’]([A-Za-z]{1,2})\b").sub(
            lambda match: match.group(1) + match.group(2)
            if (match.group(1) + match.group(2)).lower() in SHORTHAND else match.group(), text)
        text = compiled(_CONTRACTION, re.I).sub(_uncontracted, text)
        # (what's that countin'?: the g a speaker drops, written back)
        text = compiled(r"(?<=[A-Za-z]{2})in['’](?![A-Za-z])").sub("ing", text)
        # (sorts o' goods, bits an' bobs, 'ow old, 'ave they: the of, and and h a speaker
        # drops, written back)
        text = compiled(_DROPPED, re.I).sub(_dropped_back, text)
        # (y'all, ya'll: you all, as the South and Black English say it)
        text = compiled(r"\by(?:a)?['’]all\b", re.I).sub("you all", text)
        text = compiled(_SYLLABLE_MARK).sub(" ", compiled(_POSSESSIVE).sub("", text))
    if "s" in text and not text.islower():
        text = compiled(_ACRONYM_PLURAL).sub(r"\1", text)
    if any(char in "12345" for char in text) and any("a" <= c <= "z" for c in text.lower()):
        text = compiled(_TONE_NUMBER).sub("", text)
    if "v" in text and compiled(r"[jqxyJQXY][vV]").search(text):
        # (qvyu, jv, xve: ü after j, q, x or y typed v, as input methods take it, where
        # pinyin writes u)
        text = compiled(r"(?<![A-Za-z])[A-Za-z]*[jqxyJQXY][vV][A-Za-z]*").sub(_u_for_v, text)
    lowered = text.lower()
    words = set(re.findall(r"[a-z]+", lowered)) if any("a" <= c <= "z" for c in lowered) \
        else set()
    if not SHORTHAND.keys().isdisjoint(words):
        text = compiled(_SHORTHAND, re.I).sub(_spelled_out, text)
    if ("4" in text or "2" in text) and words:
        # (on 4 the farm … list, hw 2 the station: a phone's for and to, before a word that
        # no number counts)
        text = compiled(r"(?<![\w.,])([24])\s+(?=(?:the|a|an|me|us|my)\b)", re.I).sub(
            lambda match: "for " if match.group(1) == "4" else "to ", text)
    if "level" in words or "tier" in words or "grade" in words:
        text = compiled(_LEVEL_PHRASE, re.I).sub(_level_word, text)
    if not _NUMBER_WORDS.keys().isdisjoint(words):
        text = english_numerals(text)
    if not _PINYIN_MAGNITUDES.isdisjoint(words) and any(char.isdigit() for char in text):
        # 8.92 wan dun, 9.58 yi yuan: a magnitude and a unit after a number, typed in pinyin
        text = compiled(_PINYIN_MAGNITUDE, re.I).sub(_in_characters, text)
    if not _PINYIN_COUNTED.keys().isdisjoint(words) and any(char.isdigit() for char in text):
        # (94 jia dui ma: the classifier after a number, typed in pinyin, is the
        # unit it is in characters: no 家 of 国家 for a search to find)
        # (20 duo jia: 20多家, more than 20, as 多 after a number says)
        text = compiled(_PINYIN_CLASSIFIER, re.I).sub(_counted_in_characters, text)
    if "双" in text:  # (双5企业: the name 双五, its numeral typed as a digit; 双11 too)
        text = compiled(r"(?<=双)([1-9])(?=[\u4e00-\u9fff])").sub(
            lambda match: "一二三四五六七八九"[int(match.group()) - 1], text)
    if "几" in text:  # (距离火车站几远, 几高: how far, how high, as the south asks it)
        text = compiled(_HOW_ADJECTIVE).sub(r"多\1", text)
    if "几大" in text:  # (嗰只船几大: how big, as Cantonese asks it; not 几大类, how many kinds)
        # (几大只, 几大个: how big a one, its classifier after)
        text = compiled(r"几大(?=[只个条艘架部间]?\s*(?:[?？!！。，,]|[啊呀呢吖嘞咧啦吗]|"
                        r"(?:ah|lah|leh|a|ne|ma)\b|$))").sub(
            "多大", text)
    if "点" in text and " " in text:  # (九十九 点 四: a number typed a word at a time)
        text = compiled(r"(?<=[零〇一二两三四五六七八九十百千万亿])\s*点\s*"
                        r"(?=[零〇一二两三四五六七八九几])").sub("点", text)
    if "点几" in text and "百分之" in text:  # (百分之九十一点几: 91点几%, 91 and a fraction)
        text = compiled(r"百分之([零〇一二两三四五六七八九十百]+点几)").sub(r"\1%", text)
    if not _FORMAL_CHARS.isdisjoint(text):
        from ..base.numerals import everyday_numerals

        text = everyday_numerals(text)
    if any(text.count(char) for char in "〇零幺一二三四五六七八九"):
        # (八六五家, 幺八八: a number said a digit at a time, three or more; 七八个 is a
        # guess of seven or eight, 十 and 百 make another numeral)
        text = compiled(r"(?<![十百千万亿点两〇零幺一二三四五六七八九])"
                        r"[〇零幺一二三四五六七八九]{3,}"
                        r"(?![十百千万亿点两〇零幺一二三四五六七八九])").sub(_digit_by_digit, text)
    return arabic_numerals(fold_ampersands(text))


#: What a question asks named, then 'is?', at its end (real number is?, the answer is?).
_SUBJECT_THEN_IS = (r"(?:\b(?:the|its|their)\s+)?(?:\b(?:real|exact|actual|correct|right|"
                    r"true|official)\s+)?\b(number|figure|amount|count|total|answer|year|"
                    r"percentage|rate)\s+(?:is|be|was)\s*\?+\s*$")


#: Words of Latin letters joined by hyphens (gao-xin, bai-fen-bi, e-commerce).
_HYPHENATED = r"(?<![\w-])[A-Za-z]+(?:-[A-Za-z]+)+(?![\w-])"


def unhyphenated(text: str) -> str:
    """A text with the syllables of its pinyin words that hyphens join typed together, as
    pinyin writes a word (Jin-zhou you duo-shao jia gao-xin ji-shu qi-ye: Jinzhou you
    duoshao jia gaoxin jishu qiye); never a word of English (high-tech, e-commerce)."""
    if "-" not in text or not compiled(_HYPHENATED).search(text):
        return text
    return compiled(_HYPHENATED).sub(_pinyin_unhyphenated, text)


#: English words a Chinese question is said with between its Chinese words (要金额 not
#: 笔数, 只问瞪羚 or 雏鹰), in Chinese: what the rules that read how a question asks know.
_SWITCHED = {"not": "不要", "only": "只要", "just": "只要", "except": "除了",
             "excluding": "除了", "or": "还是", "vs": "还是", "versus": "还是"}


def code_switched(text: str) -> str:
    """A Chinese question with the English words that join its Chinese words (_SWITCHED)
    in Chinese, a clause of their own (锦州银行涉农贷款 要金额 not 笔数: …要金额 不要笔数);
    else as typed."""
    if text.isascii() or not any("a" <= char <= "z" for char in text.lower()):
        return text
    return compiled(r"(?<=[\u4e00-\u9fff])\s*\b(not|only|just|except|excluding|or|vs|"
                    r"versus)\b\.?\s*(?=[\u4e00-\u9fff])", re.I).sub(
        lambda match: " " + _SWITCHED[match.group(1).lower()], text)


def _pinyin_unhyphenated(match: re.Match) -> str:  # type: ignore[type-arg]
    """Hyphenated words as one where every piece is pinyin and one at least is no English
    word (gao-xin, Yi-xian); else as typed (high-tech, e-commerce, long-term)."""
    from .terms import _syllables, is_english

    typed: str = match.group()
    pieces = typed.split("-")
    if all(_syllables(piece.lower()) for piece in pieces) and \
            not all(is_english(piece) for piece in pieces):
        return "".join(pieces)
    return typed


def _u_for_v(match: re.Match) -> str:  # type: ignore[type-arg]
    """A word of pinyin with ü typed v after j, q, x or y, written u (qvyu: quyu), where it
    is no English word and is pinyin so."""
    from .tables import has
    from .terms import _syllables

    word: str = match.group()
    if has("english.txt", word.lower()):
        return word
    written: str = compiled(r"(?<=[jqxyJQXY])[vV]").sub(
        lambda letter: "u" if letter.group() == "v" else "U", word)
    return written if _syllables(written.lower()) else word


def _digit_by_digit(match: re.Match) -> str:  # type: ignore[type-arg]
    return "".join(str("〇一二三四五六七八九".find(char)) if char not in "零幺" else
                   "0" if char == "零" else "1" for char in match.group())


#: Marks only one language of foreign.tsv writes (¿cuántas?, ¡hola!, año; ça, cœur, être,
#: « »): a question with one is of that language (not the grave and acute accents pinyin's
#: tones share: à, è, é).
FOREIGN_MARKS = {"es": frozenset("¿¡ñÑ"), "fr": frozenset("çÇœŒâêîôûëïÂÊÎÔÛ«»"),
                 "pt": frozenset("ãõÃÕ"), "id": frozenset()}
#: A question without such a mark is of a language with this many words only it has (not
#: English, not pinyin), or one and this many that it shares (la, en: q % d mecanizacion
#: tiene la soya en jinzhou): one alone could be a typo (fiar, of fair).
FOREIGN_WORDS = 2
_LATIN_WORD = r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]+"  # (and Vietnamese's letters: Cẩm)


@lru_cache(maxsize=1024)
def foreign_words(text: str) -> dict[str, str]:
    """The words of a question typed in Spanish or French, wholly or in part (cuantas
    high-tech empresas tiene Jinzhou; combien de plateformes nationales), each with its
    English as foreign.tsv gives it (as Apertium translates it alone; marked `+` an
    adjective, `*` a noun); none where the question is in neither. A word that may as
    well be pinyin or English (de, la, era: marked `?`) is foreign only in a question
    that is: `jinzhou de qiye` stays pinyin. Of the two, the language with more words of
    its own is the question's."""
    from .tables import lookup

    glosses: dict[str, dict[str, str]] = {}
    for match in set(re.findall(_LATIN_WORD, text)):
        if len(match) > 1 and match.isupper():
            continue  # (TEU, an acronym: no Portuguese teu, your)
        key = _unaccented(match.lower())
        for line in (*lookup("foreign.tsv", key), *lookup("foreign-id.tsv", key)):
            language, _, gloss = line.partition(":")
            glosses.setdefault(language, {})[match] = gloss
    best: tuple[int, int] = (0, 0)
    chosen: dict[str, str] = {}
    chinese = any("\u4e00" <= char <= "\u9fff" for char in text)
    for language, words in sorted(glosses.items()):
        strong = sum(1 for gloss in words.values() if not gloss.startswith(("?", "!")))
        weak = len(words) - strong
        if strong < FOREIGN_WORDS and not (strong and weak >= FOREIGN_WORDS) and \
                FOREIGN_MARKS[language].isdisjoint(text) and not (strong and chinese):
            continue  # (中谷福州那条 kapal: a word of its own in a Chinese question is read)
        if (strong, weak) > best or (strong, weak) == best and chinese and language == "id":
            # (凌海 pasar: in a Chinese question, a word Malay and Spanish share is Malay's,
            # as Chinese of Malaysia and Indonesia mixes them)
            best, chosen = (strong, weak), words
    return {word: gloss.lstrip("?") for word, gloss in chosen.items()}


def _own_words(words: List[str], glossed: dict[str, str]) -> dict[str, str]:
    """The words of a run read in the foreign language, with their English: each it has,
    but a word English has too (marked !) only beside one so read (hay en, ¿y la feria:
    each beside the next; I only want the oil crops one: none), or in a run of its words
    alone (…, pas les prix)."""
    if all(word in glossed for word in words):  # (…, pas les prix: the language's own)
        return {word: glossed[word].lstrip("!") for word in words}
    own = {word: glossed[word] for word in words
           if word in glossed and not glossed[word].startswith("!")}
    grown = True
    while grown:
        grown = False
        for index, word in enumerate(words):
            if word not in own and word in glossed and any(
                    0 <= other < len(words) and words[other] in own
                    for other in (index - 1, index + 1)):
                own[word] = glossed[word].lstrip("!")
                grown = True
    return own


def _unaccented(word: str) -> str:
    if word.isascii():
        return word
    return "".join(char for char in unicodedata.normalize("NFD", word)
                   if not unicodedata.combining(char))


#: Hindi and Urdu typed in Latin letters (Hinglish: Jinzhou me kitne SMEs hai?): the
#: question words, in English; the particles and the verb 'to be', nothing. Read only in a
#: text holding one of the question words (_HINGLISH_ASKING): ke, hai, se are pinyin too.
_HINGLISH = {"kitne": "how many", "kitni": "how many", "kitna": "how much",
             "kab": "when", "kahan": "where", "kaha": "where", "kaun": "who",
             "konsa": "which", "kaunsa": "which", "konsi": "which", "kaunsi": "which",
             "kya": "", "hai": "", "hain": "", "tha": "", "thi": "", "thay": "",
             "me": "in", "mein": "in", "ka": "of", "ki": "of", "ke": "of", "ko": "",
             "se": "from", "aur": "and", "ya": "or", "nahi": "not", "nahin": "not",
             "saal": "years", "purana": "old", "yaar": "", "bhai": "", "ji": "",
             "batao": "tell", "bataiye": "tell", "sabse": "most", "kis": "which",
             "kaunse": "which", "upar": "above", "neeche": "below", "diya": "",
             "mila": "", "kiya": "", "hua": "", "gaya": "", "chahiye": "", "wala": "",
             "wali": "", "wale": "", "woh": "that", "yeh": "this", "uska": "its",
             "uski": "its", "unka": "their", "pe": "at", "jo": "which", "aaya": "",
             "aayi": "", "aaye": "", "maal": "cargo", "utha": "carry", "bata": "tell",
             "sakta": "can", "sakti": "can", "sakte": "can", "kareeb": "about", "lagbhag": "about"}
_HINGLISH_ASKING = frozenset(("kitne", "kitni", "kitna", "kya", "kab", "kahan", "kaun",
                              "konsa", "kaunsa", "konsi", "kaunsi", "kaunse", "batao", "kis"))


#: Turkish's and Vietnamese's question words and particles (kaç, yüzde kaç, hangi yıl;
#: bao nhiêu, năm nào), as English asks them, the longest first: a question holding one
#: of a language's (its own letters, ı ğ ş or ơ ư đ ạ …, or the words) is read so, and not
#: as Spanish, French or Portuguese (kaç's ç is no French).
_ASKING_WORDS = {
    "tr": (("yüzde kaç", "what percent"), ("kaçıncı", "which"), ("kaç", "how many"),
           ("ne kadar", "how much"), ("ne zaman", "when"), ("hangi yıl", "which year"),
           ("hangi", "which"), ("nerede", "where"), ("oranı", "rate"), ("yüzde", "percent"),
           ("mı", ""), ("mi", ""), ("mu", ""), ("mü", ""), ("ve", "and")),
    "vi": (("bao nhiêu", "how many"), ("bao nhieu", "how many"), ("thứ mấy", "which"),
           ("mấy", "how many"), ("năm nào", "which year"), ("khi nào", "when"),
           ("bao xa", "how far"), ("ở đâu", "where"), ("phần trăm", "percent"),
           ("là gì", "what"), ("có", ""), ("không", ""), ("vậy", ""), ("ạ", ""))}
#: What shows a text is in one of them.
_ASKING_MARKS = {"tr": frozenset("ıİğĞşŞ"),
                 "vi": frozenset("ơƠưƯđĐạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")}
_ASKING_KEYS = {"tr": ("kaç", "hangi", "nerede", "ne kadar", "ne zaman"),
                "vi": ("bao nhiêu", "bao nhieu", "mấy", "năm nào", "khi nào", "bao xa")}


def asking_language(text: str) -> str:
    """'tr' or 'vi' where a text asks in Turkish or Vietnamese, else ''. A text of ASCII
    alone (none of their letters) is looked at further only where it holds one of their
    question words, and more than one word."""
    lowered = text.lower()
    if text.isascii() and (" " not in text or not any(
            key in lowered for keys in _ASKING_KEYS.values() for key in keys)):
        return ""
    for language, keys in _ASKING_KEYS.items():
        if any(char in _ASKING_MARKS[language] for char in text) or any(
                compiled(rf"(?<![\w]){key}(?![\w])").search(lowered) for key in keys):
            return language
    return ""


#: Nigerian Pidgin's function words (wetin be d deadweight, abeg; na which berth e tie;
#: how much dem need pass), in English: read only in a text holding one of its own words
#: (_PIDGIN_MARKS: na, e, o alone are too many other things).
_PIDGIN = {"wetin": "what", "abeg": "please", "wey": "that", "dey": "", "dem": "they",
           "una": "you", "na": "", "e": "it", "o": "", "abi": "", "sef": "", "shey": "",
           "oga": "boss", "dat": "that", "dis": "this", "wen": "when", "pass": "above",
           "get": "have", "sabi": "know", "make": "", "d": "the", "don": ""}
_PIDGIN_MARKS = frozenset(("wetin", "abeg", "wey", "dey", "dem", "una", "sabi", "abi",
                           "shey", "sef", "oga", "dat"))


#: Scots' function words (whit's the rate, how mony, ye ken, frae the station), in English:
#: read only in a text holding one of its own words (_SCOTS_MARKS: o, ye, wee and ken are
#: English or names too).
_SCOTS = {"whit": "what", "mony": "many", "o": "of", "ye": "you", "ken": "know",
          "kent": "knew", "aboot": "about", "hoo": "how", "frae": "from", "tae": "to",
          "twa": "two", "yin": "one", "wee": "small", "aye": "yes", "naw": "no", "nae": "no",
          "cannae": "can't", "dinnae": "don't", "didnae": "didn't", "isnae": "isn't",
          "wasnae": "wasn't", "wouldnae": "wouldn't", "couldnae": "couldn't", "oot": "out",
          "gie": "give", "wis": "was", "yer": "your", "awfy": "very", "gonnae": "going to",
          # (and the words Scots and Shetland's Insular Scots spell their own way: hoo
          # muckle, how much; fae, from; da and dat, Shetland's the and that)
          "muckle": "much", "mickle": "much", "fae": "from", "intae": "into", "wi": "with",
          "noo": "now", "auld": "old", "richt": "right", "tak": "take", "cam": "came",
          "gaed": "went", "wark": "work", "hairst": "harvest", "yon": "that",
          "efter": "after", "ower": "over", "mair": "more", "maist": "most", "lang": "long",
          "hame": "home", "toon": "town", "bairn": "child", "bairns": "children",
          "nicht": "night", "aa": "all", "ane": "one", "da": "the", "dat": "that",
          "dis": "this", "du": "you", "sixt": "sixth", "seevent": "seventh"}
_SCOTS_MARKS = frozenset(("whit", "mony", "aboot", "hoo", "frae", "cannae", "dinnae",
                          "didnae", "isnae", "wasnae", "wouldnae", "couldnae", "gonnae",
                          "awfy", "oot", "twa", "muckle", "mickle", "fae", "intae",
                          "hairst", "richt", "gaed", "efter", "bairn", "bairns", "nicht"))


#: Jamaican Patois' function words (how much a dem inna di city; weh di ship tie up; mi
#: hear seh), in English: read only in a text holding one of its own words (_PATOIS_MARKS:
#: di, mi and dem are pinyin, Italian or Pidgin too). Read before Pidgin, which shares dem.
_PATOIS = {"inna": "in", "di": "the", "weh": "where", "pon": "on", "fi": "for",
           "dem": "they", "mi": "I", "seh": "that", "deh": "there", "nuh": "not",
           "wah": "what", "unu": "you", "yuh": "you", "likkle": "little", "cyaan": "can't",
           "haffi": "have to", "wid": "with", "bout": "about", "dat": "that",
           "fah": "for",
           # (Trinidad's and the eastern Caribbean's: allyuh page say …, wha yr)
           "allyuh": "you all", "wha": "what"}
_PATOIS_MARKS = frozenset(("inna", "weh", "pon", "seh", "nuh", "wah", "unu", "yuh",
                           "likkle", "cyaan", "haffi", "fah", "allyuh"))


#: Hawaii Pidgin's function words (how much dey lend; da bank ova dea; wen give: gave; stay
#: done: is done; da kine), in English: read only in a text holding one of its own words
#: (_HAWAII_MARKS: da is pinyin's 大 and dey Nigerian Pidgin's too). Read before Pidgin.
_HAWAII = {"da": "the", "ova": "over", "dea": "there", "wen": "did", "fo": "for",
           "dey": "they", "an": "and", "ting": "", "dis": "this", "dat": "that",
           "stay": "is", "kine": "kind", "bumbai": "later", "pau": "done", "brah": "",
           "bruddah": "", "howzit": "hello", "wat": "what", "get": "have"}
_HAWAII_MARKS = frozenset(("ova", "dea", "fo", "kine", "bumbai", "brah", "bruddah",
                           "howzit"))


def _hawaiian(words: Set[str]) -> bool:
    """Whether a text's words are Hawaii Pidgin's: one of its own, or two of its function
    words (da, wen, an, ting …) in a text half of whose words are English (no pinyin: da ji
    is 大集)."""
    if not _HAWAII_MARKS.isdisjoint(words):
        return True
    said = words & _HAWAII.keys()
    if len(said) < 2 or "da" not in said and "wen" not in said:
        return False
    from .terms import is_english

    others = [word for word in words if word not in _HAWAII and len(word) > 1]
    return sum(map(is_english, others)) * 2 >= len(others)


def _words_in_english(text: str, table: Mapping[str, str], letters: int = 1) -> str:
    """A text with a dialect's words (`table`) in English; a word in capitals of at least
    `letters` letters is no word of theirs (the D of R&D, the O of an acronym)."""
    return compiled(_WHOLE_WORD).sub(
        lambda match: match.group() if match.group().isupper() and len(match.group()) >= letters
        else table.get(match.group().lower(), match.group()), text)


def from_question_words(text: str, language: str) -> str:
    """A question typed in Hinglish with its Hindi words in English (_HINGLISH), in
    Nigerian Pidgin with its function words so (_PIDGIN), or in Turkish or Vietnamese
    (`language`, as asking_language reads it) with their question words so
    (_ASKING_WORDS); else as typed."""
    if language:
        for word, english in _ASKING_WORDS[language]:
            text = compiled(rf"(?<![\w]){word}(?![\w])", re.I).sub(english, text)
        return text
    words = set(compiled(r"[a-z]+").findall(text.lower()))
    if not _SCOTS_MARKS.isdisjoint(words) or "ye ken" in text.lower():
        return _words_in_english(text, _SCOTS, letters=2)  # (O alone is Scots' of)
    if not _PATOIS_MARKS.isdisjoint(words):
        return _words_in_english(text, _PATOIS)
    if _hawaiian(words):
        return _words_in_english(text, _HAWAII)
    if not _PIDGIN_MARKS.isdisjoint(words) and _HINGLISH_ASKING.isdisjoint(words):
        text = compiled(r"\bno\s+be\b", re.I).sub("not", text)  # (no be money i dey ask)
        # (nor a piece of a hyphenated word, the e of e-commerce: _WHOLE_WORD)
        return _words_in_english(text, _PIDGIN)
    if _HINGLISH_ASKING.isdisjoint(words):
        return text
    text = compiled(r"\bkit(?:ni|na|ne)\s+d(?:oo|u)r\b", re.I).sub("how far", text)
    text = compiled(r"\bk(?:is|on|aun)\s+(?:saal|sal|varsh)\b", re.I).sub("which year", text)
    text = compiled(r"\b(?:ke|se)\s+upar\b", re.I).sub("above", text)
    # (90 ke kareeb: about 90; TEU nahi: not TEU — Hindi puts them after)
    text = compiled(r"(\d[\d.,]*)\s*(?:ke|ki)\s+(?:kareeb|qareeb|karib|aas\s?paas)\b",
                    re.I).sub(r"about \1", text)
    text = compiled(r"\b([A-Za-z%]+)\s+nahi?n?\b(?=\s*(?:[,;.!?—–]|$))", re.I).sub(
        r"not \1", text)
    return compiled(_WHOLE_WORD).sub(
        lambda match: _HINGLISH.get(match.group().lower(), match.group()), text)


#: A word of Latin letters standing alone: no piece of a hyphenated one (e-commerce).
_WHOLE_WORD = r"(?<![-\w])[A-Za-z]+(?![-\w])"


def from_foreign(text: str) -> str:
    """The text with its Spanish or French words in English (foreign_words), what the rest
    of the reading knows; a noun's adjectives before it, as English has them (empresas
    tecnológicas registradas: registered technological companies)."""
    glossed = foreign_words(text)
    if not glossed:
        return text

    def english(match: re.Match) -> str:  # type: ignore[type-arg]
        words = match.group().split(" ")
        # (an English word, marked !, is the language's only beside one of its own:
        # tiene la soya, but I only want the oil crops one)
        own = _own_words(words, glossed)
        ordered: List[str] = []
        start = 0
        while start < len(words):
            end = start + 1
            if own.get(words[start], "").startswith("*"):
                while end < len(words) and own.get(words[end], "").startswith("+"):
                    end += 1
            ordered += words[start + 1:end][::-1] + [words[start]]
            start = end
        return " ".join(own[word][1:] if own.get(word, "")[:1] in ("*", "+") else
                        own.get(word, word) for word in ordered)

    # (never a syllable of pinyin with its tone's number: el da4ji2 is no Spanish da)
    word = rf"{_LATIN_WORD}(?![0-9A-Za-z\u00c0-\u024f\u1e00-\u1eff])"
    text = compiled(rf"{word}(?:[ ]{word})*").sub(english, text)
    # (combien d'entreprises, combien de marques: how many of a plural noun, a count)
    return compiled(r"\bhow\s+much\s+of(?:\s+|\s*['’])(?=[a-z]{3,}s\b)", re.I).sub(
        "how many ", text)


#: Korean's question words, and a number's word after 몇 (how many), as Chinese asks them
#: (몇 년 → 几年, 몇 곳 → 几家, 얼마 → 多少): a question mixing Hangul and hanja (大集 몇 년
#: 된 장터예요?) asks in them.
_KOREAN_ASKING = (("몇 번째", "第几"), ("몇번째", "第几"), ("몇 퍼센트", "百分之几"),
                  ("몇 프로", "百分之几"), ("몇 년", "几年"), ("몇년", "几年"), ("몇 개", "几个"),
                  ("몇개", "几个"), ("몇 곳", "几家"), ("몇 군데", "几个"), ("몇 명", "几人"),
                  ("몇 분", "几人"), ("몇 회", "几届"), ("몇 차", "几批"), ("몇 킬로", "几公里"),
                  ("몇 톤", "几吨"), ("몇", "几"), ("얼마나", "多少"), ("얼마", "多少"),
                  ("언제", "哪年"), ("어느 해", "哪年"), ("퍼센트", "%"), ("킬로미터", "公里"))
#: Korean's particles and endings, cut from the end of a word (장터예요 → 장터, 참가했어요
#: → 참가): the longest first.
_KOREAN_ENDINGS = ("이었어요", "였습니까", "했습니까", "했나요", "했어요", "였어요", "이에요",
                   "있어요", "있나요", "인가요", "입니까", "습니까", "에서는", "에서", "으로",
                   "예요", "나요", "까요", "어요", "아요", "니까", "중에", "에는", "은", "는",
                   "이", "가", "을", "를", "에", "의", "도", "로", "와", "과", "요")
_HANGUL_WORD = r"[\uac00-\ud7a3]+"
# Revised Romanization of Korean: a syllable's initial, medial and final jamo
_KOREAN_INITIALS = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj",
                    "ch", "k", "t", "p", "h")
_KOREAN_MEDIALS = ("a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo",
                   "u", "wo", "we", "wi", "yu", "eu", "ui", "i")
_KOREAN_FINALS = ("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p",
                  "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t")


def _korean_read(text: str) -> str:
    """A question typed partly in Korean: its question words in Chinese (_KOREAN_ASKING),
    its particles and endings cut, a word of one syllable left out (된, 중: grammar), and
    its other words romanized (매출액 → maechulaek): words the page never uses, which a
    question that names them asks about — never nothing, as Hangul would be."""
    for korean, chinese in _KOREAN_ASKING:
        if korean in text:
            text = text.replace(korean, f" {chinese} ")

    def word(match: re.Match) -> str:  # type: ignore[type-arg]
        found = match.group()
        cut = True
        while cut:
            cut = False
            for ending in _KOREAN_ENDINGS:
                if found.endswith(ending) and len(found) > len(ending):
                    found, cut = found[:-len(ending)], True
                    break
        if len(found) < 2 or found in _KOREAN_ENDINGS:
            return " "
        spelled = []
        for char in found:
            code = ord(char) - 0xAC00
            spelled.append(_KOREAN_INITIALS[code // 588] + _KOREAN_MEDIALS[code % 588 // 28] +
                           _KOREAN_FINALS[code % 28])
        return " " + "".join(spelled) + " "

    return compiled(_HANGUL_WORD).sub(word, text)


#: Japanese counters after 何 (how many) and the Chinese ones (何社 → 几家).
_JAPANESE_COUNTERS = {"社": "家", "回": "次", "個": "个", "種": "种", "%": "百分之",
                      "％": "百分之"}


#: Japanese words of kana that ask (いくら, how much) or set aside (ではなく, not), as Chinese
#: writes them; the one before ではなく is what it sets aside (距離ではなく: 不是距离).
_JAPANESE_WORDS = {"いくら": " 多少 ", "どのくらい": " 多少 ", "どれくらい": " 多少 ",
                   "どのぐらい": " 多少 ", "どれぐらい": " 多少 ", "どこ": " 哪里 ",
                   "いつ": " 什么时候 ", "いくつ": " 几个 "}
#: Japanese for 'not' after what is not meant (距離ではなく, 割合じゃない).
JAPANESE_NOT = r"(?:では|じゃ)(?:なく|ない|ありません)"
#: Kana after one of _JAPANESE_WORDS that make another word of it (いつも, いつか: always,
#: some day).
_JAPANESE_LONGER = {"いつ": "もか"}
_JAPANESE_KANA_WORDS = rf"([\u3400-\u9fff]+){JAPANESE_NOT}|" + "|".join(
    word + (f"(?![{_JAPANESE_LONGER[word]}])" if word in _JAPANESE_LONGER else "")
    for word in sorted(_JAPANESE_WORDS, key=len, reverse=True))


def _japanese_word(match: re.Match) -> str:  # type: ignore[type-arg]
    if match.group(1):
        return f"不是{match.group(1)}"
    return _JAPANESE_WORDS[match.group()]


def _japanese_how(match: re.Match) -> str:  # type: ignore[type-arg]
    counter = match.group(1)
    if counter == "年":  # (歴史は何年: how many years of history; 何年に: in which year;
        # 何年の歴史, 何年間, 何年前: how many years)
        return "多少年" if match.string[:match.start()].rstrip().endswith(("历史", "歴史")) \
            or compiled(r"\s*(?:歴史|历史|間|间|前)").match(match.string, match.end()) \
            else "哪年"
    chinese = _JAPANESE_COUNTERS.get(counter, counter)
    return "百分之几" if chinese == "百分之" else "几" + chinese


#: A text in capitals throughout has at least this many letters (an acronym, TEU or GDP,
#: is no shouting).
SHOUTED_LETTERS = 12


def _shouted(text: str) -> bool:
    """Whether a text's letters are all capitals, and there are enough of them to be words."""
    letters = [char for char in text if "A" <= char <= "Z" or "a" <= char <= "z"]
    return len(letters) >= SHOUTED_LETTERS and all(char <= "Z" for char in letters)


#: Characters of numbers in financial numerals (贰拾壹亿), as numerals.everyday_numerals reads
#: them (after the simplification above: 貳 → 贰, 萬 → 万).
_FORMAL_CHARS = frozenset("壹贰叁参肆伍陆柒捌玖拾佰仟")


#: Magnitudes and units typed in pinyin after a number (8.92 wan dun, 9.58 yi yuan, 10 gongli),
#: each one word only there: a magnitude, then at most one unit.
_PINYIN_CHARACTERS = {"wan": "万", "yi": "亿", "dun": "吨", "yuan": "元", "gongli": "公里"}
_PINYIN_MAGNITUDES = frozenset(("wan", "yi"))
_PINYIN_MAGNITUDE = r"(?<=\d)(\s*)(wan|yi)\b(?:(\s*)(dun|yuan|gongli)\b)?"


#: 几 before an adjective of measure, at a clause's end: 多 as Mandarin asks it (几远, 几高).
_HOW_ADJECTIVE = r"几(远|高|长|久|深|宽|重)(?=\s*(?:[?？!！。，,]|[啊呀呢吖嘞咧啦吗]|$))"

#: Classifiers and units typed in pinyin right after a number (94 jia, 1860 ren): not xiang
#: (项 or 箱) nor nian (a year held up beside, heishan 2018 nian, is read apart).
_PINYIN_COUNTED = {"jia": "家", "ge": "个", "wei": "位", "ming": "名",
                   "ren": "人", "ci": "次", "jie": "届", "zhong": "种",
                   "pi": "批", "dun": "吨", "yuan": "元", "gongli": "公里",
                   "chang": "场", "nian": "年", "sui": "岁"}
_PINYIN_CLASSIFIER = (r"(?<=\d)\s*(duo\s*|yu\s*)?(" +
                      "|".join(sorted(_PINYIN_COUNTED, key=len, reverse=True)) + r")\b")


def _counted_in_characters(match: re.Match) -> str:  # type: ignore[type-arg]
    """A pinyin classifier after a number in characters (100 nian: 100年, 20 duo jia: 20多家);
    never the nian of a year (heishan 2018 nian: a year, read as typed)."""
    unit = match.group(2).lower()
    if unit == "nian" and re.fullmatch(r"(?:19|20)\d\d", match.string[max(
            0, match.start() - 4):match.start()]):
        return str(match.group())
    return ("多" if match.group(1) else "") + _PINYIN_COUNTED[unit]


def _in_characters(match: re.Match) -> str:  # type: ignore[type-arg]
    unit = _PINYIN_CHARACTERS[match.group(4).lower()] if match.group(4) else ""
    return _PINYIN_CHARACTERS[match.group(2).lower()] + unit


#: English numbers in words (two hundred thirty-six, ninety-three point nine five).
_NUMBER_WORDS = {word: value for value, word in enumerate(
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
     "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
     "eighteen", "nineteen"])}
_NUMBER_WORDS.update({word: 10 * (index + 2) for index, word in enumerate(
    ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"])})
_NUMBER_WORDS.update(hundred=100, thousand=1000)
_NUMBER_RUN = (r"\b(?:(?:a|" + "|".join(_NUMBER_WORDS) + r")(?:[\s-]+(?:and[\s-]+)?|\b))+"
               r"(?:point(?:\s+(?:zero|one|two|three|four|five|six|seven|eight|nine)\b)+)?")


def _chunks(words: List[str]) -> List[int]:
    """Numbers in words as said in pairs of digits (twenty twenty-two: 20, 22), none past a
    hundred or a thousand (then the words are one number)."""
    chunks: List[int] = []
    open_tens = False
    for word in words:
        value = _NUMBER_WORDS[word]
        if value >= 100:
            return []
        if open_tens and value < 10:
            chunks[-1] += value
            open_tens = False
            continue
        chunks.append(value)
        open_tens = value >= 20
    return chunks


def english_numerals(text: str) -> str:
    """English numbers written in words, in digits (two hundred thirty-six → 236,
    ninety-three point nine five → 93.95, a hundred → 100), for the one number reader;
    a lone 'one' or 'a' stays a word (which one, one of them), and a lone hundred or
    thousand too (the hundred level), unless it points at a figure (the hundred thing)."""
    def digits(match: re.Match) -> str:  # type: ignore[type-arg]
        phrase: str = match.group()
        words = re.findall(r"[a-z]+", phrase.lower())
        while words and words[-1] in ("a", "and"):
            words.pop()
        before = text[:match.start()]
        pointing = re.search(r"\b(?:the|that|this)\s+$", before, re.I) is not None
        if pointing and len(words) > 1 and words[-1] == "one" and \
                not 20 <= _NUMBER_WORDS.get(words[-2], 0) < 100:
            # (the twenty-six one, that hundred one: 'one' is the figure pointed at, no
            # digit; twenty one is 21)
            cut = re.search(r"[\s-]+one\b[\s-]*$", phrase, re.I)
            if cut:
                after = text[match.start() + cut.start():]
                return digits_of(phrase[:cut.start()], before, after, pointing) + \
                    phrase[cut.start():]
        return digits_of(phrase, before, text[match.start() + len(phrase.rstrip(" \t-")):],
                         pointing)

    def digits_of(phrase: str, before: str, after: str, pointing: bool) -> str:
        words = re.findall(r"[a-z]+", phrase.lower())
        while words and words[-1] in ("a", "and"):
            words.pop()
        core = phrase.rstrip(" \t-")
        pointed = pointing and re.match(r"\s*(?:thing|one|bit)\b", after, re.I)
        if not words or words in (["one"], ["a"]) or words[0] == "point" or \
                words[0] in ("hundred", "thousand") and not pointed or \
                (words[0] == "a" and words[1:2] not in (["hundred"], ["thousand"])) or \
                re.search(r"[A-Za-z]-$|\b(?:double|triple)\s+$", before, re.I) or \
                re.match(r"-(?!(?:odd|ish|plus)\b)[A-Za-z]", after):
            # (a name: the thousand tier, double-five, 'double five', thousand-person, …)
            return phrase
        total = current = 0
        fraction = ""
        seen = False
        for index, word in enumerate(words):
            if word == "point":
                fraction = "".join(str(_NUMBER_WORDS[digit]) for digit in words[index + 1:])
                break
            if word in ("a", "and"):
                current = current or (1 if word == "a" else 0)
                continue
            value = _NUMBER_WORDS[word]
            seen = True
            if value == 100:
                current = (current or 1) * 100
            elif value == 1000:
                total += (current or 1) * 1000
                current = 0
            else:
                current += value
        if not seen:
            return phrase
        chunks = _chunks([word for word in words if word in _NUMBER_WORDS])
        if len(chunks) == 2 and all(10 <= chunk <= 99 for chunk in chunks) and not fraction:
            total, current = 0, chunks[0] * 100 + chunks[1]  # nineteen ninety: a year
        number = str(total + current) + (f".{fraction}" if fraction else "")
        return number + phrase[len(core):]
    return re.sub(_NUMBER_RUN, digits, text, flags=re.I)


_NUMERAL_CHARS = frozenset("零〇一二两三四五六七八九十百千万亿点分之")


def arabic_numerals(text: str) -> str:
    """Chinese numerals of two characters or more written in digits, read by the one number
    reader (numerals.py): 二十一点三亿 → 21.3亿, 七十八家 → 78家, 百分之十二点五 →
    12.5%. A single character stays (百人层次, 第七批), and so does a run that is no
    numeral (百千万人才工程)."""
    if not any(char in _NUMERAL_CHARS and following in _NUMERAL_CHARS
               for char, following in zip(text, text[1:])):
        return text
    from ..base.numerals import numbers_with_spans

    numbers = numbers_with_spans(text)
    pieces = []
    position = 0
    for number in numbers:
        phrase = text[number.start:number.end]
        if number.start < position or len(phrase) < 2 or phrase.isascii() or \
                ("分之" in phrase and not phrase.startswith("百分之")) or phrase.endswith("成"):
            continue
        digits = f"{number.value.normalize():f}"
        pieces += [text[position:number.start], digits + ("%" if "分之" in phrase else "")]
        position = number.end
    return "".join(pieces) + text[position:]


_PLACE_SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州",
                   "自治县", "地区", "新区", "林区", "省", "市", "县", "区", "盟", "旗")


def short_place_name(name: str) -> str:
    """A place's name without what says its level: 锦州市 → 锦州, 辽宁省 → 辽宁 (as
    scripts/gen_question_tables.py shortens them)."""
    for suffix in _PLACE_SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


#: A number with a decimal comma (95,68 %): one to three digits, a comma, one or two
#: digits, then a percent or a scale.
_DECIMAL_COMMA = (r"(?<![\d.,])(\d{1,3}),(\d{1,2})(?=\s*(?:%|percent\b|per\s+cent\b|pct\b|"
                  r"prozent\b|pour\s+cent\b|por\s+ciento\b|个?百分点|万|亿|mio\b|mrd\b))")


def fold_ampersands(text: str) -> str:
    """R&D, r & d → RD: an abbreviation with & is one word (facts and queries alike); and
    so is a compound of a word and a particle (start-up, scale-up, spin-off: startup, no
    'up' of its own that scale-up would share with start-up)."""
    if "&" in text:
        text = compiled(_AMPERSAND).sub(r"\1\2", text)
    if "-" in text:
        text = compiled(_PARTICLE_COMPOUND, re.I).sub(r"\1\2", text)
    return text


_PARTICLE_COMPOUND = r"\b([A-Za-z]{3,})-(up|out|off|over|down|back|in|on)(?=s?\b)"
