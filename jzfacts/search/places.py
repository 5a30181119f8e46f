"""Places a text names: any province, city or county of China, in Chinese, pinyin or
English (places.tsv, generated from cpca's adcodes by scripts/gen_question_tables.py),
any township in Chinese (the same table, from cnregion's: 沟帮子镇, 沟帮子), a
place abroad — a city of Taiwan, Hong Kong or Macau, a large city elsewhere, a country — in
Chinese or English (the same table, from GeoNames and CLDR), and a zone of a city
(锦州高新区)."""

from __future__ import annotations

import re
from typing import Container, Dict, FrozenSet, Iterable

from ..base.patterns import compiled
from ..base.plain import Plain
from .forms import KINDS_AFTER_NAME, KINDS_BEFORE_NAME


class Place(Plain):
    """A place named in a question: the words, the administrative codes they may mean
    (jinzhou: 锦州市, 金州区 or 晋州市) and those places' Chinese names (a fact is about the
    place when its text names one)."""

    __slots__ = ("text", "codes", "start", "end", "names")

    def __init__(self, text: str, codes: FrozenSet[str], start: int, end: int,
                 names: FrozenSet[str] = frozenset()) -> None:
        self.text = text
        self.codes = codes
        self.start = start
        self.end = end
        self.names = names


def place_names(word: str, latin: bool = False, any_level: bool = False) -> Dict[str, str]:
    """The places a word names (places.tsv, from cpca's adcodes): code → full name. From
    pinyin (`latin`) only a city, a province or a county-level city, unless `any_level`
    (Heishan County)."""
    from .tables import lookup

    if not word.isascii() and not starts_place(word[:2]):
        return {}
    found: Dict[str, str] = {}
    for line in lookup("places.tsv", word.lower() if latin else word):
        code, level, full = line.split("\t")
        # A county's pinyin (taihe, gaoxin) is too often something else: only a city, a
        # province or a county-level city (北镇市) is read from pinyin alone, or a county
        # whose bare name is a place (jieba's 'ns': 鲅鱼圈) of three syllables or more
        # (bayuquan; never taihe, gaoxin)
        if latin and not any_level and level == "county" and not full.endswith("市") and \
                not _named_bare(word, code, full):
            continue
        found[code] = full
    return found


def _named_bare(word: str, code: str, full: str) -> bool:
    """Whether a word of pinyin spells a county by a bare name the table holds as a place
    (鲅鱼圈 of 鲅鱼圈区: bayuquan), in three syllables or more."""
    from .forms import short_place_name
    from .terms import _syllables

    syllables = _syllables(word.lower())
    if syllables is None or len(syllables) < 3:
        return False
    bare = short_place_name(full)
    return bare != full and code in place_names(bare)


#: English words that join others and begin or end no place's name of two words (the
#: Zhonggu Fuzhou *but a* colleague: no Buta).
_JOINING_WORDS = frozenset(("a", "an", "the", "and", "but", "or", "nor", "of", "in", "on",
                            "at", "to", "for", "from", "by", "with", "as", "is", "it", "its",
                            "so", "if", "than", "then", "that", "this"))


def abroad_names(word: str) -> Dict[str, str]:
    """The places outside mainland China a word of letters names, run together (tokyo,
    newyork, japan): code → Chinese name. The table holds none that is a common English
    word (scripts/gen_question_tables.py), so an English word may be one (London)."""
    from .tables import lookup

    found: Dict[str, str] = {}
    for line in lookup("places.tsv", word.lower()):
        code, level, full = line.split("\t")
        if level == "abroad":
            found[code] = full
    return found


def starts_place(chars: str) -> bool:
    """Whether a place's Chinese name starts with these two characters."""
    from .tables import has_prefix

    return has_prefix("places.tsv", chars)


#: What ends a township's name (places.tsv's level 'town'): 翠岩镇 is 翠岩 on the page.
_TOWN_ENDS = ("街道", "镇", "乡")


def _names(found: Dict[str, str]) -> FrozenSet[str]:
    from .forms import short_place_name

    return frozenset(name for full in found.values()
                     for name in (full, short_place_name(full), _town_stem(full)) if name)


def _town_stem(name: str) -> str:
    """A township's name without its 镇, 乡 or 街道 (翠岩镇 → 翠岩); '' if it has none."""
    for end in _TOWN_ENDS:
        if name.endswith(end) and len(name) - len(end) >= 2:
            return name[: -len(end)]
    return ""


_SUB_AREA_ENDS = ("开发区", "新区", "园区", "区", "县", "镇", "乡")
_PLACE_WORDS = (r"\s+([Cc]ounty|[Cc]ity|[Pp]rovince|[Dd]istrict|[Pp]refecture|"
                r"[Ss]hi|[Xx]ian|[Ss]heng|[Qq]u)\b")  # (Chaoyang shi, typed in pinyin)
_PINYIN_ENDS = {"shi": "市", "xian": "县", "sheng": "省", "qu": "区"}
_PLACE_WORD_HINTS = ("ounty", "ity", "rovince", "istrict", "refecture", "shi", "xian", "sheng",
                     "qu")


def _sub_area(chars: str, position: int, county: bool = False) -> str:
    """What follows a place's name and makes a zone of it (锦州 高新区): '' if nothing. A
    zone's name holds no question word (黑山县几时成为示范县 is no zone of 黑山县), and a
    county's is no county (义县机械化示范县: what 义县 is, no place in it)."""
    from .terms import _STOP_CHARS

    for end in range(position + 1, min(position + 7, len(chars)) + 1):
        piece = chars[position:end]
        if piece[-1] in _STOP_CHARS:
            break
        if piece.endswith(_SUB_AREA_ENDS) and chars[end:end + 1] not in ("域", "别", "间") \
                and not (county and piece.endswith("县")) and \
                not any(char in "省市县区乡镇村" for char in piece[:-1]):
            # (黑山县圆满完成县乡两级…: 县乡 lists levels; no zone's name holds one)
            return piece
    return ""


def bare_county(place: Place) -> bool:
    """Whether a place is named by a county's bare name in Chinese (黑山 of 黑山县, 浦东 of
    浦东新区: read as a place where jieba's dictionary tags it one)."""
    return not place.text.isascii() and all(_county(code) for code in place.codes) and \
        not any(full.startswith(place.text) and full != place.text and full.endswith("市")
                for full in place.names) and \
        not any(place_names(place.text).get(code) == place.text for code in place.codes)


def _county(code: str) -> bool:
    """Whether a code is a county's (or a county-level city's, 北镇市): 210727, not 210700."""
    return len(code) == 6 and code.isdigit() and code[4:] != "00"


def _place_within(text: str, areas: Iterable[str]) -> bool:
    """Whether a text begins with the name of a place inside one of the areas (锦州义县,
    辽宁锦州: a county of the city, the city of the province, read next as a place of its
    own, no zone of the first)."""
    return any(within(code, area) for length in range(2, len(text) + 1)
               for code in place_names(text[:length]) for area in areas)


def _starts_place_name(text: str) -> bool:
    """Whether a text begins with the name of a county, a city or a province (after a
    county's bare name, 黑山北镇 is 黑山 and 北镇, no zone of 黑山)."""
    return any(code.isdigit() for length in range(2, len(text) + 1)
               for code in place_names(text[:length]))


def _town_abroad(code: str) -> bool:
    """Whether a code is a city's or town's of Taiwan, Hong Kong or Macau (71g…, 81g…):
    GeoNames gives them down to 15,000 people, whose names are often words (上水, 大埔)."""
    return code[2:3] == "g" and code[:2].isdigit()


def _inside_word(chars: str, position: int, start: bool = True) -> bool:
    """Whether a place's name would start inside a word (范县 of 示范县) where it starts at
    `position`, or end inside one (上水 of 算上水稻) where it ends there: the characters
    either side of `position` are a word of the tables, and the character before is not 问,
    the verb that asks (请问安阳, 求问安徽: 问安 is no word there)."""
    from .tables import has

    if start and position > 0 and chars[position - 1] == "问":
        return False

    return position > 0 and (has("nouns.tsv", chars[position - 1:position + 1]) or
                             has("synonyms.tsv", chars[position - 1:position + 1]))


#: What goes on after a name to make another thing's name (a lake's, a road's, a bridge's).
_NAME_GOES_ON = frozenset("湖河江路街道巷村桥岛湾寺塔")


def _starts_word(chars: str, position: int, length: int, names: Dict[str, str]) -> bool:
    """Whether a county's name is the start of a longer word that is no place (合作 of
    合作社, 龙井 of 龙井茶, 东方 of 东方人): a noun of the tables of one or two characters
    more. (A city's is not: 大连港 is Dalian's port.)"""
    from .tables import has

    if position + length >= len(chars) or not all(_county(code) for code in names):
        return False
    if chars[position + length] in _NAME_GOES_ON and \
            all(full != chars[position:position + length] for full in names.values()) and \
            not any(full.endswith("市") for full in names.values()):
        return True  # (松山湖, 南山路: a county's bare name that begins a lake's, a road's)
    return any(has("nouns.tsv", chars[position:position + length + more]) and
               not place_names(chars[position:position + length + more])
               for more in (1, 2) if position + length + more <= len(chars))


def places_in(text: str) -> list[Place]:
    """Places a (folded) text names, in Chinese (longest names first) or pinyin/English."""
    found: list[Place] = []
    from .terms import chinese_spans

    for run_start, run_end in chinese_spans(text):
        chars = text[run_start:run_end]
        position = 0
        while position < len(chars) - 1:
            for length in range(min(8, len(chars) - position), 1, -1):
                word = chars[position:position + length]
                names = place_names(word)
                # (a town of Taiwan, Hong Kong or Macau must not end inside a word either:
                # 上水 of 算上水稻; a name of China's may, 阜新 of 阜新高新区, and a country's,
                # 法国 of 法国有)
                if names and not _inside_word(chars, position) and \
                        not (position + length < len(chars) and
                             all(_town_abroad(code) for code in names) and
                             _inside_word(chars, position + length, start=False)) and \
                        not _starts_word(chars, position, length, names):
                    start = run_start + position
                    area = _sub_area(chars, position + length,
                                     all(_county(code) for code in names))
                    if area and not place_names(word + area) and \
                            not _place_within(area, names) and \
                            not (bare_county(Place(word, frozenset(names), 0, 0,
                                                   _names(names))) and
                                 _starts_place_name(area)):
                        # 锦州高新区: a zone of the city, not the city
                        name = word + area
                        found.append(Place(name, frozenset({f"{min(names)}:{name}"}), start,
                                           start + len(name), frozenset({name})))
                        position += len(name)
                        break
                    found.append(Place(word, frozenset(names), start, start + length,
                                       _names(names) | {word}))
                    position += length
                    break
            else:
                position += 1
    words = list(compiled(r"[A-Za-z]+").finditer(text))
    # a text typed in syllables (pan jin gao xin): there, a short syllable is no English word
    syllables = len(words) >= 3 and sum(
        len(_pinyin_syllables(match.group().lower())) == 1 for match in words) * 4 >= \
        len(words) * 3
    skip = -1
    for index, match in enumerate(words):
        if index <= skip:
            continue
        word = match.group().lower()
        if syllables:
            # (ha er bin, shi jia zhuang, wu lu mu qi: a name typed syllable by syllable)
            run = next(((count, names) for count in (4, 3) if index + count <= len(words)
                        for names in [place_names("".join(
                            other.group().lower() for other in words[index:index + count]),
                            latin=True)] if names), None)
            if run is not None:
                count, names = run
                last = words[index + count - 1]
                found.append(Place(text[match.start():last.end()], frozenset(names),
                                   match.start(), last.end(), _names(names)))
                skip = index + count - 1
                continue
        pair = words[index + 1].group().lower() if index + 1 < len(words) else ""
        # (never a second word of two letters: how far ah is no Farah)
        abroad = abroad_names(word + pair) if len(pair) >= 3 and not syllables and \
            _JOINING_WORDS.isdisjoint((word, pair)) else {}
        if abroad:  # (New York, South Korea, Hong Kong; never 'but a', 'in a')
            found.append(Place(f"{match.group()} {words[index + 1].group()}",
                               frozenset(abroad), match.start(), words[index + 1].end(),
                               _names(abroad)))
            skip = index + 1
            continue
        abroad = abroad_names(word) if len(word) >= 4 and not syllables else {}
        if abroad:  # (Tokyo, Tainan, Japan: English words too, some of them)
            found.append(Place(match.group(), frozenset(abroad), match.start(), match.end(),
                               _names(abroad)))
            continue
        # (pan jin, a name's syllables typed apart: read together; in a text typed in
        # syllables, a first one of two letters too: da lian, an shan, fu xin — not a
        # second: gao xin ji shu is no 辛集)
        joined = place_names(word + pair, latin=True) if pair and \
            (len(pair) >= 3 or syllables and len(word + pair) >= 5) and \
            len(word) >= (2 if syllables else 3) and (syllables or not _english(pair)) \
            else None
        if joined:
            found.append(Place(f"{match.group()} {words[index + 1].group()}",
                               frozenset(joined), match.start(), words[index + 1].end(),
                               _names(joined)))
            skip = index + 1
            continue
        if len(word) < 4 or _english(word) and (
                _pinyin_syllables(word) or not place_names(word, latin=True)) and \
                not _big_place(word):
            # (an English word, unless the English name of a city of China's that no
            # pinyin spells: Harbin, Urumqi — the table holds no common word — or of a
            # province or a city with counties: Shanghai)
            continue
        after = compiled(_PLACE_WORDS).match(text, match.end()) if any(
            hint in text for hint in _PLACE_WORD_HINTS) else None
        if not after and len(_pinyin_syllables(word)) == 1:
            continue  # xian, an: one syllable is too many things besides 西安
        # (harbin, urumqi: no pinyin at all, the English name of a city of China's)
        names = place_names(word, latin=True, any_level=bool(after))
        suffix = _PINYIN_ENDS.get(after.group(1).lower(), "") if after else ""
        level = ""
        if not names and not after:
            # (beizhenshi, heishanxian, liaoningsheng: the level run on to the name; the
            # place is the name, its level may be a word's too: jinzhou shiji, 市级)
            level = next((end for end in _PINYIN_ENDS if word.endswith(end) and
                          len(_pinyin_syllables(word[:-len(end)])) >= 2), "")
            if level:
                names = place_names(word[:-len(level)], latin=True, any_level=True)
                suffix = _PINYIN_ENDS[level]
        if suffix:  # Chaoyang shi is a 市, Jinzhou sheng no 省 (jinzhou sheng keji jiang)
            names = {code: full for code, full in names.items() if full.endswith(suffix)}
        if names:
            found.append(Place(match.group()[:len(match.group()) - len(level)],
                               frozenset(names), match.start(),
                               after.end() if after else match.end() - len(level),
                               _names(names)))
            if after:  # (heishan xian: the xian is the county's, no 西安 of its own)
                skip = index + 1
    return found


def _pinyin_syllables(word: str) -> list[str]:
    from .terms import _syllables

    return _syllables(word) or []


def _big_place(word: str) -> bool:
    """Whether a word spells a province or a city that has counties (adcode ending 00):
    an English word that is also one (to shanghai) is the place in a question of a page's
    figures; the county-level cities English words spell (change, anti, mile: 昌邑, 安达,
    弥勒) are not."""
    return any(code.endswith("00") for code in place_names(word.lower(), latin=True))


def _english(word: str) -> bool:
    from .tables import has

    return has("english.txt", word.lower())


def within(code: str, area: str) -> bool:
    """Whether a place lies in (or is) an area: 210781 凌海 is in 210700 锦州 and 210000 辽宁."""
    area = area.rstrip("0") if area.endswith("00") else area
    if len(area) % 2:
        area += "0"
    return code.startswith(area)


#: What ends the name of a county, a district, a town, a township or a banner (意县, a
#: typo of 义县, is no entry of the gazetteer but a county by its shape).
_SHAPE_ENDS = "县区镇乡旗"
#: Characters that make no name of a place before such an end: 全县, 各区, 哪个县, 几个乡.
#: Measure words a count asked puts before what it counts (多少名县人大代表, 几位区领导).
_COUNTED_BY = frozenset("名位家项人次届批种所座只条")
_NOT_NAMES = frozenset("全各每本该此哪那这某其两几多一二三个外省市县区乡镇村城有是在的了和与及"
                       "块片条座栋所处")  # (几块区域: a measure word)


#: Zones a city holds (高新区, 开发区): a question about one asks about a part of the city,
#: which no figure of the whole city answers, unless a fact names the zone.
_ZONES = ("高新技术产业开发区", "经济技术开发区", "经济开发区", "高新区", "开发区", "经开区",
          "自贸区", "保税区", "工业园区", "产业园区", "新区")


def zones_in(text: str, taken: list[Place]) -> list[Place]:
    """The zones a (folded) text names by their kind alone (高新区有多少家高企), outside the
    places already found (`taken`: 锦州高新区 is one already)."""
    found: list[Place] = []
    for zone in _ZONES:
        start = text.find(zone)
        while start >= 0:
            end = start + len(zone)
            if not any(place.start < end and start < place.end for place in (*taken, *found)):
                found.append(Place(zone, frozenset({f"zone:{zone}"}), start, end,
                                   frozenset({zone})))
            start = text.find(zone, end)
    if any(hint in text.lower() for hint in ZONE_EN_HINTS):
        for match in compiled(_ZONES_EN, re.I).finditer(text):
            zone = _ZONE_EN_NAMES[(match.lastindex or 1) - 1][1]  # (the group that matched)
            if not any(place.start < match.end() and match.start() < place.end
                       for place in (*taken, *found)):
                found.append(Place(match.group(), frozenset({f"zone:{zone}"}), match.start(),
                                   match.end(), frozenset({zone, match.group().lower()})))
    return found


#: The zones in English (the high-tech zone, a development zone), as _ZONES names them.
_ZONE_EN_NAMES = ((r"hi(?:gh)?[\s-]?tech(?:nology)?\s+(?:industrial\s+)?(?:development\s+)?"
                   r"(?:zone|park|district)s?", "高新区"),
                  (r"(?:economic(?:\s+and\s+technological)?\s+)?development\s+zones?", "开发区"),
                  (r"free[\s-]trade\s+zones?|ftz", "自贸区"),
                  (r"bonded\s+(?:zone|area)s?", "保税区"),
                  (r"industrial\s+parks?", "工业园区"))
_ZONES_EN = r"\b(?:" + "|".join(f"({pattern})" for pattern, _ in _ZONE_EN_NAMES) + r")\b"
#: Words one of which an English text naming a zone holds (zones_in looks no further).
ZONE_EN_HINTS = ("zone", "park", "district", "ftz", "bonded")


#: How much of a word's use must be as a noun (nouns.tsv: 0-9) for the word and 区 to be the
#: area of that thing (美食区 9, 直播区 5), not a district's name.
_ZONE_OF_NOUN = 5


def shaped_places(text: str, taken: list[Place], known: Container[str]) -> list[Place]:
    """Places a (folded) text names by their shape only: one or two characters and 县, 区,
    镇, 乡 or 旗 that are no word of the tables (城区, 展区, 高新区 are) nor of the base, and
    overlap no place already found (`taken`). Their code is the name itself: no fact is
    about them unless it names them."""
    from .decide import noun_share
    from .tables import has
    from .terms import chinese_spans

    found: list[Place] = []
    for run_start, run_end in chinese_spans(text):
        for position in range(run_start, run_end):
            if text[position] not in _SHAPE_ENDS or position == run_start:
                continue
            word = text[position:position + 2]
            if len(word) == 2 and word[1] not in "里上" and \
                    (noun_share(word) or 0) * 9 >= _ZONE_OF_NOUN:
                continue  # (借给乡下农户: 乡 begins a word, 乡下; no township 借给乡)
            for length in (2, 1):
                start = position - length
                name = text[start:position + 1]
                if start < run_start or any(char in _NOT_NAMES for char in name[:-1]):
                    continue
                if name[0] in _COUNTED_BY and text[:start].endswith(("多少", "几", "几个")):
                    continue  # (选出了多少名县人大代表: 名 counts the deputies; no place 名县)
                if any(place.start < position + 1 and start < place.end
                       for place in (*taken, *found)):
                    break
                if has("nouns.tsv", name) or has("synonyms.tsv", name) or \
                        all(name[i:i + 2] in known for i in range(len(name) - 1)):
                    break  # a word (城区, 示范县): no place
                if length == 2 and name.endswith("区") and \
                        (noun_share(name[:-1]) or 0) * 9 >= _ZONE_OF_NOUN:
                    break  # (美食区, 直播区: the area of a thing, a fair's zone; no place)
                if length == 2 and (has("nouns.tsv", name[1:]) or
                                    has("nouns.tsv", text[start - 1:start + 1])):
                    continue  # 到意县? the name is the shorter one
                # (翠岩镇: a town whose name the base holds without its 镇, as the page
                # writes it, is named so by the facts too)
                stem = name[:-1]
                names = {name, stem} if len(stem) >= 2 and all(
                    stem[i:i + 2] in known for i in range(len(stem) - 1)) else {name}
                found.append(Place(name, frozenset({f"shape:{name}"}), start, position + 1,
                                   frozenset(names)))
                break
    return found


#: A name in capitals before or after the word of a place's kind (forms.py's: Walvis Bay,
#: Port Louis): a place by its shape.
_NAMED = (rf"\b((?:[A-Z][a-z]{{2,}}\s+){{1,2}}?)(?:{KINDS_AFTER_NAME})\b|"
          rf"\b(?:{KINDS_BEFORE_NAME})\s+((?:[A-Z][a-z]{{2,}}\s*){{1,2}})")


def named_places(text: str, taken: list[Place], known: Container[str]) -> list[Place]:
    """Places an English text names by their shape only: capitalised words that are no
    English and no word of the base before Bay, Port, City … or after Port of, Lake …
    (Walvis Bay, Port Louis), overlapping no place found already (Jinzhou Port is the
    page's own). Their code is the name itself: no fact is about them unless it names
    them."""
    from .terms import is_english

    found: list[Place] = []
    for match in compiled(_NAMED).finditer(text):
        name = (match.group(1) or match.group(2) or "").strip()
        start = match.start(1) if match.group(1) else match.start(2)
        words = name.split()
        if not words or any(is_english(word) or word.lower() in known for word in words) or \
                any(place.start < start + len(name) and start < place.end for place in taken):
            continue
        found.append(Place(name, frozenset({f"shape:{name.lower()}"}), start,
                           start + len(name), frozenset({name, name.lower()})))
    return found

