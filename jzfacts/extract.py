"""Draft the fact file of a Chinese news article: one fact per figure, one [[not_fact]] per
number that is no figure (a date, a year in a name, an ordinal in a phrase, an idiom …),
so that adding a page is review, not transcription.

Each figure is read with its magnitude and unit (1234.5亿元, 86.7万吨, 1.5万余个, 350 车,
台(套), 个百分点), its approximation (超300家, 近50艘次, 5亿元以上, 十余, 上百, 百年), its
clause as the quote, the words before it as the label, the heading above it as the
section and a year of its sentence as the period. The same figure stated again (a headline,
a summary box) becomes a repeat. What a person still has to write is marked TODO
(validate warns about it) and `validate --page` proves the draft against the page."""

from __future__ import annotations

import re
from typing import Any, Dict, List, NamedTuple, Optional, Sequence, Tuple

from .numerals import CHINESE_NUMERAL_CHARS, Number, numbers_with_spans
from .units import MAGNITUDES, UNITS
from .validate import DRAFT_CATEGORY, DRAFT_MARK

# Where a clause ends: the quote of a figure is its clause. (An ASCII comma between digits
# is a thousands separator, not a clause's end.)
_CLAUSE_END = "。；;！？!?，,：:…\n"
_OPEN, _CLOSE = "“‘「『《", "”’」』》"
APPROX_BEFORE = (("超过", "over"), ("突破", "over"), ("超", "over"), ("逾", "over"),
                 ("高达", "exact"), ("将近", "under"), ("接近", "under"), ("不足", "under"),
                 ("不到", "under"), ("近", "under"), ("大约", "about"), ("约", "about"),
                 ("上", "over"))
APPROX_AFTER = (("以上", "over"), ("多", "over"), ("余", "over"), ("左右", "about"),
                ("上下", "about"), ("以内", "under"), ("以下", "under"))
# Words after a number that make it a time, not an amount (7天, 3个月, 十年来, 一季度).
TIME_AFTER = ("年来", "个月", "季度", "天", "周", "小时", "分钟", "日内", "年内", "年间",
              "周年")
DATE_AFTER = ("月", "日")
# A lone 一 before a measure word is 'a': 一批, 一条, 一场 (a batch, a line, a feast).
MEASURE_WORDS = (
    "家", "人", "项", "个", "种", "场", "批", "届", "艘", "台", "辆", "车",
    "条", "座", "所", "名", "位", "户", "次", "天", "年", "吨", "元", "亩",
    "棵", "头", "只", "匹", "块", "张", "本", "册", "部", "首", "份", "件",
    "篇", "期", "轮", "枚", "颗", "株", "间", "栋", "层", "套", "支", "架",
    "列", "班", "趟", "站", "处", "段", "片", "道", "款", "类", "批次", "艘次",
    "人次", "车次", "架次", "公里", "公顷", "标准箱", "平方米", "平方公里", "千米", "米",
    "倍", "成",
)
IDIOMS = ("四两拨千斤", "平分秋色", "三心二意", "一心一意", "千方百计", "四面八方", "五湖四海",
          "一举两得", "七上八下", "百花齐放", "万无一失", "千家万户", "一马当先", "十全十美",
          "百尺竿头", "一帆风顺", "三番五次", "九牛一毛", "千辛万苦", "万众一心", "一臂之力",
          "最后一公里", "一张蓝图", "一盘棋", "一站式", "一体化", "一线", "一流", "第一时间")
LUNAR = re.compile(r"(腊月|正月|冬月|农历[一二三四五六七八九十]+月)$|初$")


class Figure(NamedTuple):
    """A number of the page that is a figure, read."""

    value: Any
    unit: str
    approx: str
    kind: str
    start: int
    end: int  # the figure with its unit and approximation words


class Line(NamedTuple):
    text: str
    heading: bool


# ------------------------------------------------------------------ lines and headings


def _is_heading(line: str) -> bool:
    """A short line that is no sentence: a title, a heading, a column's name."""
    return bool(line) and len(line) <= 32 and not re.search(r"[。；！？]$", line) \
        and "，" not in line and line.count(",") < 2


def _byline(lines: Sequence[str]) -> Optional[str]:
    """Who wrote it: a line of its own near the top (王化思 本报记者 崔治), or the words
    that open the first paragraph (本报讯 通讯员赵敏 记者周文报道)."""
    for line in lines[1:6]:
        opening = re.match(r"(本报讯\s*)?((本报记者|记者|通讯员)\s*[^\s,，。]{2,4}?(报道)?\s*)+",
                           line)
        if opening and ("记者" in opening.group(0) or "通讯员" in opening.group(0)):
            return opening.group(0).strip()
        if len(line) <= 40 and re.search(r"(记者|通讯员)", line):
            return line
    return None


# ------------------------------------------------------------------ numbers


def _magnitude_and_unit(after: str) -> Tuple[str, str, int]:
    """The unit after a number (magnitude included: 万吨, 亿元) and approximation words
    between (1.5万余个 → 万个, over); (unit, approx, characters read)."""
    read = len(after) - len(after.lstrip(" \u3000"))
    rest = after[read:]
    magnitude = ""
    for prefix, _ in MAGNITUDES:
        if rest.startswith(prefix):
            magnitude, rest, read = prefix, rest[len(prefix):], read + len(prefix)
            break
    approx = ""
    for word, kind in (("余", "over"), ("多", "over")):
        if rest.startswith(word):
            approx, rest, read = kind, rest[len(word):], read + len(word)
            break
    unit = _unit_at(rest)
    if not unit and magnitude:  # 1.5万 with no unit after: the magnitude alone
        return magnitude, approx, read
    return magnitude + unit, approx, read + len(unit)


def _unit_at(text: str) -> str:
    """The longest unit the text starts with: one the table knows, a measure word, %."""
    if text[:1] in "%％":
        return "%"
    candidates = [unit for unit in (*UNITS, *MEASURE_WORDS) if text.startswith(unit)]
    if text.startswith("TEU"):
        candidates.append("TEU")
    return max(candidates, key=len, default="")


def _clause(line: str, start: int, end: int) -> Tuple[int, int]:
    left = start
    while left > 0 and not (line[left - 1] in _CLAUSE_END and not _between_digits(line,
                                                                                  left - 1)):
        left -= 1
    right = end
    while right < len(line) and not (line[right] in _CLAUSE_END and
                                     not _between_digits(line, right)):
        right += 1
    return left, right


def _between_digits(line: str, index: int) -> bool:
    return line[index] == "," and index > 0 and line[index - 1].isdigit() and \
        line[index + 1:index + 2].isdigit()


def _inside_quotes(line: str, start: int) -> Optional[str]:
    """The text of the quotation marks around a position, if short (a name, a slogan)."""
    opening = max(line.rfind(char, 0, start) for char in _OPEN)
    if opening < 0:
        return None
    closing = min((line.find(char, opening) for char in _CLOSE if line.find(char, opening) >= 0),
                  default=-1)
    if closing < start or closing - opening > 16:
        return None
    return line[opening:closing + 1]


def classify(line: str, number: Number, previous: Optional[str]) -> Tuple[str, Any]:
    """('fact', Figure) or ('not_fact', (text, why)) for one number of a line; `previous`
    is what the number before it in the clause was ('year' for a list of years)."""
    start, end = number.start, number.end
    phrase = line[start:end]
    before, after = line[:start], line[end:]
    chinese = phrase[0] in CHINESE_NUMERAL_CHARS
    words = _words(line, start, end)
    for idiom in IDIOMS:
        at = line.find(idiom, max(0, start - len(idiom)))
        if 0 <= at <= start and end <= at + len(idiom):
            return "not_fact", (idiom, "an idiom or set phrase, not a figure")
    if "+" in line[max(0, start - 1):end + 1]:
        return "not_fact", (words, "a name made of numbers (N+M)")
    quoted = _inside_quotes(line, start)
    if quoted and not re.search(r"\d+(?:\.\d+)?\s*[%％]", quoted):
        return "not_fact", (quoted, "a number inside a name or slogan in quotation marks")
    if (re.match(r"[A-Za-z]", after) and not _unit_at(after)) or \
            re.search(r"[A-Za-z]$", before) and not chinese:
        return "not_fact", (words, "an identifier (letters and digits)")
    if after.startswith("号"):
        return "not_fact", (words, "an identifier (a number with 号)")
    if not chinese and re.match(r"-\d{4,}", after) or len(phrase) >= 7 and phrase.isdigit():
        return "not_fact", (words, "a telephone number or code")
    if LUNAR.search(before) or (after.startswith("日") and not chinese) or \
            after.startswith(DATE_AFTER) and not after.startswith("日最"):
        return "not_fact", (words, "a date")
    if after.startswith(TIME_AFTER) or re.search(r"(上|下|前|后)$", before) and \
            after.startswith(("半年", "季度")) or phrase in "一二三四" and after.startswith("季度"):
        return "not_fact", (words, "a time span, not an amount")
    if before.endswith(("上半", "下半")):
        return "not_fact", (words, "a time span, not an amount")
    if not chinese and len(phrase) == 4 and phrase[:2] in ("19", "20") and \
            (after.startswith("年") or not _magnitude_and_unit(after)[0]):
        if after.startswith("年") and not after.startswith(("年度新", "年来")) and \
                (before.endswith("于") or previous == "year" and before[-1:] in "、和及与"):
            return "fact", Figure(int(phrase), "年", "exact", "year", start, end + 1)
        return "not_fact", (words, "a year: the period of the figures beside it, or part "
                            "of a name")
    if before.endswith("第"):
        unit = _unit_at(after)
        if unit and unit in UNITS:
            return "fact", Figure(number.value, unit, "exact", "ordinal", start - 1,
                                  end + len(unit))
        return "not_fact", (words, "an ordinal in a phrase (第一 …), not a figure")
    if phrase in "两二三四五" and re.search(r"[、和及][^，,。]{1,4}$", before):
        return "not_fact", (words, "counts the things just listed")
    unit, approx, read = _magnitude_and_unit(after)
    if phrase.endswith("成") or "分之" in phrase:
        unit, read = "%", 0  # 七成 and 7成 state 70 %, 四分之一 25 % (numerals.py)
    if unit == "泊位":
        return "fact", Figure(number.value, unit, "exact", "identifier", start, end + read)
    if chinese:
        if not unit:
            return "not_fact", (words, "a word that holds a numeral, not a figure")
        if phrase in ("百", "千", "万", "亿") and not re.search(r"(上|近|数|几|约|超|逾)$",
                                                                 before) \
                and not after.startswith(("余", "多")) \
                and not (phrase == "百" and after.startswith("年")):
            return "not_fact", (words, "百/千/万/亿 alone names an order or a tier (百人层次, "
                                "亿元以上项目), not a figure")
        if phrase == "一" and not re.search(r"(近|约|超|超过)$", before):
            return "not_fact", (words, "一 before a measure word means 'a', not a count")
    if not unit:
        return "not_fact", (words, "a number without a unit after it: a fact needs one")
    for word, kind in APPROX_BEFORE:
        if before.endswith(word):
            approx = approx or kind
            start -= len(word)
            break
    tail = after[read:]
    for word, kind in APPROX_AFTER:
        if tail.startswith(word):
            approx = approx or kind
            read += len(word)
            break
    if phrase == "百" and after.startswith("年") and not approx:
        approx = "about"  # 百年: a century, a round figure
    value = number.value * 100 if "分之" in phrase and not phrase.startswith("百分之") \
        else number.value
    return "fact", Figure(value, unit, approx or "exact",
                          "amount", start, end + read)


def _words(line: str, start: int, end: int) -> str:
    """The number and the words around it within its clause: a [[not_fact]] text (a whole
    date or N+M name where the number is part of one)."""
    for pattern in (r"\d{1,2}月\d{1,2}日", r"\d+\+\d+"):
        for match in re.finditer(pattern, line):
            if match.start() <= start and end <= match.end():
                return match.group()
    left, right = _clause(line, start, end)
    left, right = max(left, start - 4), min(right, end + 4)
    while line[left].isdigit() and left < start:  # no digits of the numbers beside it
        left += 1
    while right > end and line[right - 1].isdigit():
        right -= 1
    return line[left:right]


# ------------------------------------------------------------------ labels and periods

_LEADING = re.compile(r"^(如今|目前|当前|截至目前|截至|其中|同时|另外|此外|全年|全市|全省|全县|"
                      r"且|并|和|年|今年以来|近年来|十年来|日前|近日|已经|已|共|累计|共计|新增|培育|拥有|"
                      r"组织|实现|完成|创建了|创建|建成|建立|锦州市|锦州|[\d]{4}年|"
                      r"[,，、 ])+")
_TRAILING = re.compile(r"(分别|达到|达|为|有|是|共|约|超过|近|实现|完成|突破|增长|"
                       r"获得|获)+$")


def label_for(clause: str, begin: int, start: int, end: int) -> str:
    """The words the figure at clause[start:end] measures: the clause before it (from the
    figure before it, `begin`), less time words and verbs; where that is a list or nothing,
    the words after it (…等8个区域)."""
    before = _LEADING.sub("", clause[begin:start].strip(" ,，、"))
    before = _TRAILING.sub("", before).strip(" ,，、")
    after = re.split(f"[^{_CJK}]|的|达|为", clause[end:], maxsplit=1)[0]
    if ("、" in before or len(re.findall(f"[{_CJK}]", before)) < 2) and \
            len(re.findall(f"[{_CJK}]", after)) >= 2:
        return after[:24]
    if len(re.findall(f"[{_CJK}]", before)) >= 2:
        return before[-24:]
    return (before + after).strip() or clause.strip()[:24]


_CJK = "\u4e00-\u9fff"


def _period(sentence: str) -> Optional[str]:
    years = re.findall(r"(?<!\d)((?:19|20)\d{2})年(?!来)", sentence)
    return years[0] if len(set(years)) == 1 else None


# ------------------------------------------------------------------ the draft


def draft(text: str, file_name: str = "") -> Dict[str, Any]:
    """The fact file an article's text suggests: source, facts, not_facts and units."""
    lines = [line.strip() for line in text.splitlines()]
    title = next((line for line in lines if line), "untitled")
    source: Dict[str, Any] = {"id": "article", "title": title}
    byline = _byline([line for line in lines if line])
    if byline:
        source["byline"] = byline
    if file_name:
        source["file"] = file_name
    built_in = UNITS.with_declared({})
    facts: List[Dict[str, Any]] = []
    not_facts: Dict[str, str] = {}
    units: Dict[str, Dict[str, Any]] = {}
    section = title
    for line in lines:
        if not line:
            continue
        heading = _is_heading(line)
        if heading:
            section = line
        previous: Optional[str] = None
        last_clause = (-1, -1)
        covered = 0  # numbers before this index were read with the one before them
        begin = 0  # where the words of the next figure's label may start
        for number in numbers_with_spans(line):
            if number.start < covered:
                continue  # the 亿 of 9.58亿元, the 12 of 1月12日
            clause = _clause(line, number.start, number.end)
            if clause != last_clause:
                previous, last_clause, begin = None, clause, clause[0]
            verdict, found = classify(line, number, previous)
            if verdict == "not_fact":
                words, why = found
                not_facts.setdefault(words, why)
                at = line.find(words, max(0, number.start - len(words)))
                covered = max(covered, at + len(words) if at >= 0 else number.end)
                previous = None
                continue
            figure: Figure = found
            covered = figure.end
            previous = figure.kind if figure.kind == "year" else None
            left, right = clause
            quote = line[left:right].strip(" ,，…")
            sentence = line[max(line.rfind("。", 0, left) + 1, 0):right]
            label = label_for(line[left:right], begin - left, figure.start - left,
                              figure.end - left)
            begin = figure.end
            entry = {
                "value": _plain(figure.value), "unit": figure.unit, "approx": figure.approx,
                "kind": figure.kind, "label": label, "section": section, "quote": quote,
                "period": _period(sentence) if figure.kind != "year" else None,
                "heading": heading,
            }
            if figure.unit not in built_in:  # (not what other files declared)
                units.setdefault(figure.unit, {"symbol": figure.unit, "dimension": figure.unit,
                                               "name_en": f"{DRAFT_MARK}: {figure.unit}"})
            _add(facts, entry)
        _respectively(facts, line)
    return _pruned(_data(source, facts, not_facts, units, title), text)


def _respectively(facts: List[Dict[str, Any]], line: str) -> None:
    """水稻、玉米、大豆、油料耕种收综合机械化率分别达到99.4%、93.95%…: where a clause gives
    a list of things and their figures 'respectively', each figure is labelled with its
    thing and the words the last thing carries (水稻耕种收综合机械化率)."""
    match = re.search(f"([{_CJK}、]+)分别(?:达到|达|为|是)?", line)
    if not match:
        return
    things = match.group(1).split("、")
    quote_facts = [fact for fact in facts if match.group(0) in fact["quote"]]
    if len(things) < 2 or len(quote_facts) != len(things):
        return
    things[0] = _LEADING.sub("", things[0]) or things[0]
    first = things[0]
    suffix = things[-1][len(first):]
    for fact, thing in zip(quote_facts, things):
        fact["label"] = (thing + suffix) if thing != things[-1] else thing


def _plain(value: Any) -> Any:
    """A number as TOML should hold it: an int when whole, else a float."""
    if isinstance(value, int):
        return value
    return int(value) if value == value.to_integral_value() else float(value)


def _add(facts: List[Dict[str, Any]], entry: Dict[str, Any]) -> None:
    """A new fact, or a repeat of one already drafted: the same value, unit and kind, and
    labels that share a word (a headline's figure, the summary box's)."""
    for fact in facts:
        if (fact["value"], fact["unit"], fact["kind"]) == (entry["value"], entry["unit"],
                                                           entry["kind"]) and (
                fact["heading"] or entry["heading"]  # a headline states a body's figure
                or _share_words(fact["label"] + fact["quote"], entry["label"] + entry["quote"])):
            repeat = {"section": entry["section"], "quote": entry["quote"]}
            if fact["heading"] and not entry["heading"]:  # the body states it best
                repeat = {"section": fact["section"], "quote": fact["quote"]}
                fact.update(entry)
            if repeat["quote"] != fact["quote"] and repeat not in fact["repeats"]:
                fact["repeats"].append(repeat)
            return
    facts.append(dict(entry, repeats=[]))


def _share_words(first: str, second: str) -> bool:
    bigrams = {first[i:i + 2] for i in range(len(first) - 1)
               if re.fullmatch(f"[{_CJK}]{{2}}", first[i:i + 2])}
    return sum(second[i:i + 2] in bigrams for i in range(len(second) - 1)) >= 3


def _data(source: Dict[str, Any], facts: List[Dict[str, Any]], not_facts: Dict[str, str],
          units: Dict[str, Dict[str, Any]], title: str) -> Dict[str, Any]:
    drafted = []
    for number, fact in enumerate(facts, 1):
        raw: Dict[str, Any] = {
            "id": f"fact-{number:03d}", "label": fact["label"],
            "label_en": f"{DRAFT_MARK}: English label for {fact['label']}",
            "value": fact["value"], "unit": fact["unit"], "approx": fact["approx"],
        }
        if fact["period"]:
            raw["period"] = fact["period"]
        raw.update(category=DRAFT_CATEGORY, section=fact["section"], quote=fact["quote"],
                   source=source["id"])
        if fact["kind"] != "amount":
            raw["kind"] = fact["kind"]
        raw["note"] = f"{DRAFT_MARK}: check the label, the period and what the figure counts"
        if fact["repeats"]:
            raw["repeats"] = fact["repeats"]
        drafted.append(raw)
    data: Dict[str, Any] = {"source": [source]}
    if units:
        data["unit"] = list(units.values())
    data["fact"] = drafted
    data["not_fact"] = [{"text": text, "why": why} for text, why in not_facts.items()]
    return data


def _pruned(data: Dict[str, Any], text: str) -> Dict[str, Any]:
    """The draft without the not_facts its facts already account for (a year that is a
    fact's period, a figure read twice): validate --page refuses exclusions for nothing."""
    from .factbase import declare, fact_from_raw
    from .pagecheck import Page, explained

    declare(data)
    facts = [fact_from_raw(raw) for raw in data["fact"]]
    _, only = explained(Page.read("", text), facts, data["not_fact"])
    data["not_fact"] = [raw for index, raw in enumerate(data["not_fact"]) if only[index]]
    return data


def to_toml(data: Dict[str, Any], page_name: str) -> str:
    """The draft as TOML, with a header that says what to do next."""
    import tomli_w

    header = (f"# Drafted by `jzfacts extract` from {page_name}: review every fact, then\n"
              f"# write what is marked {DRAFT_MARK} and run\n"
              f"#   jzfacts validate THIS_FILE --page {page_name}\n\n")
    return header + tomli_w.dumps(data)
