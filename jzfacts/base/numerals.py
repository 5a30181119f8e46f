"""Numbers in text, read as whole phrases: Arabic (21.3, 2,130) and Chinese numerals
(二十一, 一百二, 三万五, 二十万亿, 近千, 九十九点四, 一点五万, 四分之一, 百分之五, 七成, 三成五);
and quantities: a number with its sign, magnitude, unit, approximation, direction and the
other end of its range, each with where the text says it. This module is the one number
reader of jzfacts: extraction, the page check, validation and search read numbers here.

A run of numeral characters is one number or none: 腊月二十一 states 21 (never 11 or 2),
and a run that is no well-formed numeral (四两, 百千万, 六六八八) states only its single
characters, each of which is a number on its own (4 and 2; 100, 1000 and 10000)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Sequence, Set, Tuple, Union

from .patterns import compiled
from .plain import Plain
from .units import COMPUTE_SHORT, MAGNITUDES, PRODUCT, UNITS, latin_units, unit_at

if TYPE_CHECKING:
    from decimal import Decimal

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "俩": 2, "仨": 3, "三": 3, "四": 4,
           "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL = {"十": 10, "百": 100, "千": 1000}
_LARGE = {"万": 10**4, "亿": 10**8}
CHINESE_NUMERAL_CHARS = "".join(_DIGITS) + "".join(_SMALL) + "".join(_LARGE)
_PLAIN_DIGITS = "一二三四五六七八九"

_NUMERAL = f"[{CHINESE_NUMERAL_CHARS}]"
_NUMERAL_OR_DIGIT = f"[\\d{CHINESE_NUMERAL_CHARS}]"
# Half as a share (过半, 一半, 近半, 半数: 50 %), not in a word (半年, 半导体, 半岛, 半程 …).
_HALF_WORDS = ("(?:年|天|日|月|小时|夜|导|岛|径|决|程|场|价|山|边|身|截|自动|成品|封闭|个|点|"
               "分|斤|晌|拍|空|坡|职|票)")
# Arabic numbers: thousands groups only where every group has three digits (2,130,000).
_ARABIC = r"(?:(?<![\d.])|(?<=\.\.))(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?"
# Whole phrases, longest first: fractions (四分之一, 百分之九十九点四), 成 (七成, 7成, 三成五,
# 九点五成), decimals (九十九点四, 一点五万) and plain runs.
_PHRASE_PATTERN = (
    rf"(?=[\d{CHINESE_NUMERAL_CHARS}半])"  # fail fast where no number starts
    rf"(?:(?P<half>(?:一半|(?<=[过超逾近])半)(?!{_HALF_WORDS})|半数)"
    rf"|(?P<fraction>(?P<den>{_NUMERAL}+)分之(?P<num>{_NUMERAL}+(?:点{_NUMERAL}+)?))"
    rf"|(?P<tenths>(?P<ten>\d+(?:\.\d+)?|{_NUMERAL}+(?:点{_NUMERAL}+)?)成"
    rf"(?P<part>[{_PLAIN_DIGITS}](?![{CHINESE_NUMERAL_CHARS}\d]))?)"
    # a share written N/D (约1/3的企业); not a date's parts (2023/3/5), not a rate (9.8/10万)
    r"|(?P<slash>(?<![\d/.])(?P<snum>\d{1,2})/(?P<sden>\d{1,3})(?![\d/.万千百亿]))"
    rf"|(?P<arabic>{_ARABIC})"
    rf"|(?P<chinese>{_NUMERAL}+(?:点{_NUMERAL}+)?))"
)


def _decimal(value: Union[int, str]) -> Decimal:
    """A Decimal, importing decimal (~5 M instructions) only where a text states a number:
    a question without one never pays for it."""
    from decimal import Decimal

    return Decimal(value)


class Number(Plain):
    """A number stated in text, and where: text[start:end] is its phrase."""

    __slots__ = ("value", "start", "end")

    def __init__(self, value: Decimal, start: int, end: int) -> None:
        self.value = value
        self.start = start
        self.end = end


def _whole_numeral(text: str) -> Optional[int]:
    """A well-formed whole-number phrase (no 点) as an int, or None."""
    if len(text) == 4 and text[0] in "一二" and all(ch in _DIGITS for ch in text):
        # 二〇二三, 一九九八: four digits in a row are a year, read digit by digit.
        return int("".join(str(_DIGITS[ch]) for ch in text))
    if len(text) >= 3 and text[0] not in "零〇" and all(ch in _DIGITS for ch in text) and \
            any(ch in "零〇" for ch in text[1:]):
        # 二零九, 一零八零: a zero between digits with no unit after any of them is read
        # digit by digit, as a number is said aloud (209泊位); 六六八八 has no zero, and
        # may be digits or a list (each character its own number).
        return int("".join(str(_DIGITS[ch]) for ch in text))
    if len(text) > 1 and text[0] in "百千万亿":
        # 百千万, 千万: a bare unit opens a phrase only when alone (上百, 近千) or as 十 (十五).
        return None
    total = section = 0
    digit: Optional[int] = None
    last_small = last_large = 10**13
    zero_seen = False
    for ch in text:
        if ch in "零〇":
            if digit is not None:
                return None
            zero_seen = True  # 一百零五: a zero only marks a gap
            continue
        if ch in _DIGITS:
            if digit is not None:
                return None
            digit = _DIGITS[ch]
        elif ch in _SMALL:
            unit = _SMALL[ch]
            if unit >= last_small or (digit is None and section and not zero_seen):
                return None
            section += (1 if digit is None else digit) * unit
            digit, last_small, zero_seen = None, unit, False
        elif ch in _LARGE:
            unit = _LARGE[ch]
            section += 0 if digit is None else digit
            if not section and not total and last_large == 10**13:
                section = 1  # 万 alone (万余)
            if unit > last_large:
                # 二十万亿: a larger unit after a smaller one multiplies all before it.
                if section:
                    return None  # 一万三亿
                total *= unit
            else:
                if unit == last_large or not section:
                    return None  # 万万, 亿万
                total += section * unit
            section, digit, last_small, last_large, zero_seen = 0, None, 10**13, unit, False
        else:
            return None
    if digit is not None and not zero_seen:
        # 一百二 is 120 and 三万五 is 35,000: a last digit without its unit takes the unit
        # one below the one before it.
        previous = last_small if last_small < 10**13 else last_large
        if previous >= 100 and previous < 10**13:
            return total + section + digit * previous // 10
    return total + section + (0 if digit is None else digit)


def _decimal_and_magnitude(text: str) -> Optional[Tuple[Decimal, str]]:
    """九十九点四 → (99.4, ""), 一点五万 → (1.5, "万"), 二点五亿 → (2.5, "亿"): a decimal in
    Chinese numerals and the magnitude written after it, as 1.5万 is written; or None."""
    whole, point, fraction = text.partition("点")
    number = _whole_numeral(whole) if whole and whole[0] not in "百千万亿" else None
    if number is None or not point:
        return None  # (亿点五 is no decimal)
    magnitude = fraction.lstrip(_PLAIN_DIGITS + "零〇")
    digits = fraction[:len(fraction) - len(magnitude)]
    if not digits or magnitude not in ("", "万", "亿", "万亿"):
        return None
    return _decimal(f"{number}.{''.join(str(_DIGITS[ch]) for ch in digits)}"), magnitude


def parse_chinese_numeral(text: str) -> Optional[Decimal]:
    """二十一 → 21, 一百二 → 120, 三万五 → 35000, 九十九点四 → 99.4, 一点五万 → 15000;
    None if malformed."""
    if "点" not in text:
        number = _whole_numeral(text) if text else None
        return None if number is None else _decimal(number)
    read = _decimal_and_magnitude(text)
    if read is None:
        return None
    value, magnitude = read
    return value.scaleb(dict(MAGNITUDES).get(magnitude, 0)) if magnitude else value


#: Financial numerals (大写数字, as cheques, contracts and invoices write amounts) and the
#: traditional 萬 and 億, each as the everyday character it stands for: one character for
#: one, so that a text keeps its offsets.
_FORMAL = {"壹": "一", "贰": "二", "貳": "二", "叁": "三", "參": "三", "参": "三", "肆": "四",
           "伍": "五", "陆": "六", "陸": "六", "柒": "七", "捌": "八", "玖": "九", "拾": "十",
           "佰": "百", "仟": "千", "萬": "万", "億": "亿"}
_FORMAL_TABLE = str.maketrans(_FORMAL)
#: A run of numeral characters, everyday or formal, and a 圆 (the formal 元) after it.
_FORMAL_RUN = f"[{''.join(_FORMAL)}{CHINESE_NUMERAL_CHARS}点]{{2,}}圆?"


#: Full-width digits and percent sign, as the ASCII ones they stand for (one for one).
_WIDE_TABLE = str.maketrans("０１２３４５６７８９％", "0123456789%")
#: A full-width point between digits (４８．６), and a full-width comma that groups a
#: full-width number's thousands (３，２００): the number's own marks.
_WIDE_MARKS = "(?<=[0-9０-９])．(?=[0-9０-９])|(?<=[０-９])，(?=[０-９]{3}(?![０-９]))"


def everyday_numerals(text: str) -> str:
    """The text with its numbers in financial numerals written as everyday ones, and the 圆
    after one as 元: 贰拾壹亿叁仟万圆 → 二十一亿三千万元, 伍佰 → 五百, 三萬五千 → 三万五千. Only
    a run of two characters or more that reads as one number changes: 陆续, 收拾, 参加, 大陆
    and 伍 alone stay what they are. Full-width digits are read as ASCII ones, with the
    point and thousands comma of a full-width number (４８．６％ → 48.6%, ３，２００ → 3,200)."""
    if any("\uff10" <= char <= "\uff19" or char == "\uff05" for char in text):
        if "．" in text or "，" in text:
            text = compiled(_WIDE_MARKS).sub(
                lambda match: "." if match.group() == "．" else ",", text)
        text = text.translate(_WIDE_TABLE)
    if _FORMAL.keys().isdisjoint(text):
        return text

    def everyday(match: re.Match) -> str:  # type: ignore[type-arg]
        run: str = match.group()
        number, yuan = (run[:-1], "元") if run.endswith("圆") else (run, "")
        plain = number.translate(_FORMAL_TABLE)
        if plain == number or len(number) < 2 or parse_chinese_numeral(plain) is None:
            return run
        return plain + yuan

    return compiled(_FORMAL_RUN).sub(everyday, text)


def parse_number(text: str) -> Optional[Decimal]:
    """A plain Arabic number ("21.3", "2,130") as a Decimal, or None."""
    from decimal import InvalidOperation

    try:
        number = _decimal(text.replace(",", ""))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def _numeral_or_arabic(text: str) -> Optional[Decimal]:
    return parse_number(text) if text[:1].isdigit() else parse_chinese_numeral(text)


class _Phrase(Plain):
    """One number phrase and how it is written: arabic, chinese, percent (百分之…),
    tenths (七成), fraction (三分之一, with its numerator and denominator)."""

    __slots__ = ("value", "start", "end", "written", "fraction")

    def __init__(self, value: Decimal, start: int, end: int, written: str,
                 fraction: Optional[Tuple[Decimal, Decimal]] = None) -> None:
        self.value = value
        self.start = start
        self.end = end
        self.written = written
        self.fraction = fraction


#: The characters other than digits (any script's: \d) a number can start with: a text
#: without any holds none, and the pattern, costly to compile, is compiled only for texts
#: that may hold one.
_STARTS = frozenset(f"{CHINESE_NUMERAL_CHARS}半")


@lru_cache(maxsize=1)
def _phrase() -> re.Pattern[str]:
    return compiled(_PHRASE_PATTERN)


def _phrases(text: str) -> List[_Phrase]:
    found: List[_Phrase] = []
    text = everyday_numerals(text)
    if _STARTS.isdisjoint(text) and not any(char.isdigit() for char in text):
        return found
    for match in _phrase().finditer(text):
        start, end = match.span()
        kind = match.lastgroup
        if kind == "half":  # 过半, 一半, 半数: a half, as 二分之一 is
            found.append(_Phrase(_decimal(50), start, end, "fraction", (_decimal(1), _decimal(2))))
        elif kind == "slash":
            top, bottom = _decimal(match.group("snum")), _decimal(match.group("sden"))
            if 0 < top < bottom:  # 1/3, as 三分之一 is
                found.append(_Phrase(top / bottom * 100, start, end, "fraction", (top, bottom)))
            else:  # (5/3, 0/2: no share; each number on its own)
                found.append(_Phrase(top, start, match.start("sden") - 1, "arabic"))
                found.append(_Phrase(bottom, match.start("sden"), end, "arabic"))
        elif kind == "arabic":
            number = parse_number(match.group())
            if number is not None:
                found.append(_Phrase(number, start, end, "arabic"))
        elif kind == "fraction":
            denominator = parse_chinese_numeral(match.group("den"))
            numerator = parse_chinese_numeral(match.group("num"))
            if denominator in (100, 1000) and numerator is not None:
                # 百分之五 is 5 (%), 千分之五 5 (‰)
                found.append(_Phrase(numerator, start, end,
                                     "percent" if denominator == 100 else "permille"))
            elif denominator and numerator is not None:
                found.append(_Phrase(numerator / denominator * 100, start, end, "fraction",
                                     (numerator, denominator)))
        elif kind == "tenths":
            tenths = _numeral_or_arabic(match.group("ten"))
            part = match.group("part")
            if tenths is not None and tenths <= 10 and (not part or tenths == int(tenths)):
                # 七成 is 70 (%), 三成五 35, 九点五成 95
                value = tenths * 10 + (_DIGITS[part] if part else 0)
                found.append(_Phrase(value.normalize() if value % 1 else value, start, end,
                                     "tenths"))
            else:
                ten_start = match.start("ten")
                found.extend(phrase._replace(start=phrase.start + ten_start,
                                             end=phrase.end + ten_start)
                             for phrase in _phrases(match.group("ten")))
        else:
            phrase = match.group()
            if phrase in "零〇" and text[end:end + 1] == "下" and \
                    _phrase().match(text, end + 1):
                continue  # 零下5℃: 零下 is a sign, not a zero
            if "点" in phrase:
                read = _decimal_and_magnitude(phrase)
                if read is not None:
                    value, magnitude = read
                    cut = end - len(magnitude)
                    found.append(_Phrase(value, start, cut, "chinese"))
                    if magnitude:  # 一点五万 as 1.5万 is written: 1.5 and its magnitude
                        found.append(_Phrase(_decimal(10) ** dict(MAGNITUDES)[magnitude],
                                             cut, end, "chinese"))
                    continue
            whole = parse_chinese_numeral(phrase) if "点" not in phrase else None
            if whole is not None:
                found.append(_Phrase(whole, start, end, "chinese"))
                continue
            # Not one numeral: each character that is a number on its own.
            for offset, ch in enumerate(phrase):
                single = parse_chinese_numeral(ch) if ch != "点" else None
                if single is not None and ch not in "零〇":
                    found.append(_Phrase(single, start + offset, start + offset + 1,
                                         "chinese"))
    return found


def numbers_with_spans(text: str) -> List[Number]:
    """Every number the text states, in order, each read as a whole phrase (unsigned:
    a minus or 零下 is the quantity's, see quantities())."""
    found: List[Number] = []
    for phrase in _phrases(text):
        if phrase.fraction:
            # 四分之一 states a quarter: as a share (0.25) and as a percentage (25)
            numerator, denominator = phrase.fraction
            found.append(Number((numerator / denominator).normalize(), phrase.start,
                                phrase.end))
        found.append(Number(phrase.value.normalize() if phrase.fraction else phrase.value,
                            phrase.start, phrase.end))
    return found


def numbers_in(text: str) -> Set[Decimal]:
    """The numbers the text states (近千 states 1000; 腊月二十一 states 21 only)."""
    return {number.value for number in numbers_with_spans(text)}


# ------------------------------------------------------------------ quantities

#: Words before a number that say how exact it is, longest first; (word, approx).
APPROX_BEFORE: Tuple[Tuple[str, str], ...] = (
    ("≥", "over"), ("⩾", "over"), ("≤", "under"), ("⩽", "under"), ("＞", "over"),
    (">", "over"), ("＜", "under"), ("<", "under"),
    ("未超过", "under"), ("不超过", "under"), ("不高于", "under"), ("不多于", "under"),
    ("不低于", "over"), ("不少于", "over"), ("超过", "over"), ("突破", "over"), ("多于", "over"),
    ("首破", "over"), ("首超", "over"),
    ("跌破", "under"), ("跌穿", "under"),
    ("高于", "over"), ("大于", "over"), ("至少", "over"), ("将近", "under"),
    ("接近", "under"), ("不足", "under"), ("不到", "under"), ("低于", "under"),
    ("少于", "under"), ("小于", "under"), ("大约", "about"), ("约合", "about"),
    ("高达", "exact"), ("多达", "exact"), ("未满", "under"), ("不满", "under"),
    ("大概", "about"), ("超", "over"), ("逾", "over"),
    ("近", "under"), ("约", "about"),
)
# 优于 (better than) bounds a figure where smaller is better: a resolution or an error in
# lengths or times (分辨率优于0.5米, 精度优于10厘米) is under it.
_BETTER_THAN = ("length", "seconds", "minutes", "hours")
# A word of approximation that governs the figure of its predicate across the words that
# say of what (约为日常水平的1.6倍, 约占全市的35%, 超过全国平均水平的2倍, 不足去年的三成):
# an adverb with its verb (约为, 约占, 约相当于), or a verb of comparison alone.
_GOVERNING = (
    r"(?:(?P<adverb>大约|约)(?:为|是|占|相当于|合|等于|达)|"
    r"(?P<verb>不超过|不低于|不少于|超过|接近|将近|不足|不到|高于|低于|少于|多于|未满|不满))"
    r"[^，,。；;：:！？!?\d、]{1,12}的$")
#: Words after a number (and its unit) that say how exact it is; (word, approx).
APPROX_AFTER: Tuple[Tuple[str, str], ...] = (
    ("及以上", "over"), ("及以下", "under"), ("以上", "over"), ("有余", "over"),
    ("开外", "over"), ("出头", "over"), ("多", "over"), ("余", "over"), ("左右", "about"),
    ("上下", "about"),
    ("以内", "under"), ("之内", "under"), ("以下", "under"),
)
# Where a word above ends a longer word that is no approximation: 创超 (set or beat a
# record), 签约 (sign), 最近 (recent); the character before the word.
_NOT_APPROX_AFTER = {
    "超": "创赶反追高", "约": "签节制合预履特相公邀集违简如契条盟婉隐",
    "近": "最附临靠亲就邻贴走拉", "逾": "", "突破": "", "超过": "",
}
# After a number, these continue a word, so the approximation word is not one (上下游).
_NOT_APPROX_BEFORE = {"上下": "游级班楼", "以下": "简称几", "多": "元样种次彩"}
# Bare orders of magnitude read as a rough count: 上百, 数千, 几十 (over the figure).
_ROUGH = (("上", "over"), ("数", "over"), ("几", "over"))
#: Words of change before a figure: the figure is then a rise or a fall, not a level.
RISES = ("增长", "延长", "增加", "上涨", "上升", "提高", "提升", "扩大", "回升", "反弹", "攀升",
         "增幅", "涨幅", "升幅", "增速", "偏高", "偏多", "上调", "增产", "增收", "拉动", "高出",
         "净增",
         "增", "涨", "升")
FALLS = ("负增长", "缩短", "下降", "减少", "回落", "降低", "下滑", "下跌", "下调", "缩减", "削减",
         "收窄", "缩小",
         "偏低", "偏少",
         "萎缩", "回调", "下挫", "走低", "减产", "减收", "降幅", "跌幅", "减幅", "缩水",
         "减轻", "压减", "压缩", "净减", "净减少",
         "减", "降", "跌")
# A one-character change word that ends a word of no change: 起降 (takeoffs and landings),
# 升降, 霜降, 增减 and 涨跌 (up or down).
# (每毫升10万个: a millilitre, no rise)
_NOT_A_CHANGE = {"降": "起升霜空", "减": "增", "跌": "涨", "升": "晋毫公"}
# Between a change word and its figure: 增长了, 下降可达, 涨幅在, 降幅为.
_CHANGE_FILLERS = ("了", "可达", "达到", "达", "为", "在", "有", "约", "近", "超过", "超",
                   "逾", "不足", "不到", "将近", "接近", " ", "\u3000")
_CONNECTORS = ("至", "到", "~", "～", "〜", "—", "–", "－", "-", "―", "——")
_MINUS = "-−－"
# What may stand right after a number and still be no unit: words that end, join or
# place it (the, and, to, before, after ...).
_NOT_UNIT = set("的是在和与及或至到比以为了也都又而并等后前中内外上下左右来即就已被让使对向从"
                "由于将把给同跟之如若但则却还再更最很亦型强号路线余多万亿千百十点时")


class Quantity(Plain):
    """A number and all the text says about it. The numeral is text[start:end]; the whole
    phrase, with its approximation words, sign and unit, is text[phrase_start:phrase_end]."""

    __slots__ = ("number", "start", "end", "phrase_start", "phrase_end", "written", "sign",
                 "magnitude", "unit", "approx", "direction", "fraction", "partner", "range_end")

    def __init__(self, number: Decimal, start: int, end: int, phrase_start: int,
                 phrase_end: int, written: str = "arabic", sign: int = 1,
                 magnitude: str = "", unit: str = "", approx: str = "exact",
                 direction: str = "", fraction: Optional[Tuple[Decimal, Decimal]] = None,
                 partner: Optional[Tuple[int, int]] = None, range_end: str = "") -> None:
        self.number = number  # as written, unsigned: 1.5 of 1.5万吨, 20000 of 两万, 35 of
        #                       三成五
        self.start = start
        self.end = end
        self.phrase_start = phrase_start
        self.phrase_end = phrase_end
        self.written = written  # arabic, chinese, percent (百分之…), permille (千分之…),
        #                         tenths (七成), fraction (三分之一), duration (2小时12分)
        self.sign = sign  # -1 where the text writes a minus, 零下 or 负 before it
        self.magnitude = magnitude  # 万, 亿 … written after the number (part of the unit)
        self.unit = unit  # the measure after it as written, "" if none: 吨, 元/吨, ℃, 个百分点
        self.approx = approx  # exact, over, under, about
        self.direction = direction  # up or down where a word of change governs it (增长5%,
        #                             下降3%)
        self.fraction = fraction  # (numerator, denominator)
        self.partner = partner  # the numeral of the range's other end
        self.range_end = range_end  # low or high, for the ends of a range (3至5万元)


    @property
    def value(self) -> Decimal:
        return -self.number if self.sign < 0 else self.number

    @property
    def measure(self) -> str:
        """The unit with its magnitude, as a fact's unit: 万吨, 亿元, %."""
        return self.magnitude + self.unit


_CHINESE_DIGITS = frozenset("〇零一二两三四五六七八九十")
#: What follows 来 where it is a verb or 'since' after a number (二十来了, 十来自), not
#: 'about as many'.
_NOT_AFTER_LAI = frozenset("了的自说看到去得过这讲")


#: Words that begin with a unit's character and are no unit (110平均到场时间: 平 is 平方米
#: only where it ends the number's words, 90平的房子).
_WORDS_NOT_UNITS = ("平均", "平稳", "平台", "平安", "平衡", "平价", "平时", "平原", "平日")


def _measure_after(text: str, at: int, open_units: bool) -> Tuple[str, str, str, int]:
    """(magnitude, approx, unit, end): what follows a number at text[at:] — 1.5万余个,
    10余万元, 12,860元/平方米, 350 车, 5.8万TEU. With `open_units` (an Arabic number), a
    character the tables do not know is a unit where it stands as one (8处。, 4队15人)."""
    index = at
    while index < len(text) and index - at < 2 and text[index] in " \u3000":
        index += 1
    approx = ""
    if text.startswith("点几", index) and text[at - 1:at].isdigit() or \
            text.startswith("点几", index) and text[at - 1:at] in _CHINESE_DIGITS:
        approx, index = "over", index + 2  # 95点几: 95 and a fraction not recalled
    elif text[index:index + 1] in ("余", "多") and text[index:index + 1]:
        approx, index = "over", index + 1
    elif text[index:index + 1] == "来" and text[at - 1:at] in ("0", "十", "百", "千") and \
            "\u4e00" <= text[index + 1:index + 2] <= "\u9fff" and \
            text[index + 1:index + 2] not in _NOT_AFTER_LAI:
        approx, index = "about", index + 1  # 十来公里, 二十来场, 一百来个: about as many
    elif text[index:index + 1] == "几" and (
            text[at - 1:at] in ("0", "十") or
            compiled(r"(?:\d\.\d+|点[零〇一二三四五六七八九]+)$").search(text[:at])):
        # 九十几项, 20几万: tens and some more, as 多; 91.1几, 九十一点一几: a last decimal
        # not recalled
        approx, index = "over", index + 1
    elif text[index:index + 1] == "几" and text[at - 1:at] in ("百", "千", "万") and \
            text[index + 1:index + 2] in ("十", "百", "千"):
        approx, index = "over", index + 2  # 一百几十户, 三千几百人次: as 一百多户, 三千多人次
    magnitude = ""
    if text[index:index + 1] == "个" and (text[index + 1:index + 2] in ("万", "亿") or
                                         _measure_after_classifier(text, index)):
        # 两个亿, 9.58个亿, 4636个标准箱, 二十个公里: people put 个 before the magnitude or
        # a measure, as before a thing counted
        index += 1
    elif text[index:index + 1] == "个" and not approx and \
            text[index + 1:index + 2] in ("多", "来") and text[index + 2:index + 3] in ("万", "亿"):
        # 9个多亿, 两个多亿, 十来个亿's kin 三个来亿: more than (about) so many 亿, said so
        approx, index = "over" if text[index + 1] == "多" else "about", index + 2
    if not unit_at(text[index:index + 8]):  # (千米 and 千瓦 are units, 千吨 a magnitude)
        for prefix, _ in MAGNITUDES:
            if text.startswith(prefix, index) and \
                    not text.startswith("分之", index + len(prefix)):  # (5千分之三)
                magnitude, index = prefix, index + len(prefix)
                break
    if text[index:index + 1] in ("余", "多") and text[index:index + 1] and not approx:
        approx, index = "over", index + 1
    unit = _unit_from(text, index, open_units)
    if approx and not magnitude and unit and not unit_at(unit) and unit not in "%％" and \
            re.match(r"[\d和及与的]", text[index + len(unit):index + len(unit) + 1]):
        # 余震: 余 is no approximation before a character the table does not know that only
        # a chain would make a unit (1.0 余震2 次: aftershocks; 30余丛。 stays 30 丛, over)
        return "", "", "", at
    if unit and text.startswith("次", index + len(unit)) and unit_at(unit + "次") != unit + "次" \
            and unit + "次" in UNITS:
        unit += "次"  # 1,260家次, 230台次: a count of visits, as 人次 is
    per = compiled(r"/(?:\d+|[一二三四五六七八九十]+)?(?:万|千|百|亿)").match(text[index:]) \
        if not unit else None
    if per:  # 孕产妇死亡率降至9.8/10万: a rate per 100,000
        return magnitude, approx, per.group(), index + per.end()
    if magnitude and not unit and (index == len(text) or text[index] in BOUNDARIES):
        unit, magnitude = magnitude, ""  # 观影人次1,023万: the magnitude is its unit
        return magnitude, approx, unit, index
    if unit:
        index += len(unit)
        for mark in ("/", "每"):  # a rate: 元/公斤, 公斤/亩, 万元/人
            if text.startswith(mark, index):
                below = _unit_from(text, index + 1, True)
                while below and re.match(PRODUCT, text[index + 1 + len(below):]):
                    # a product below the line: GB/户·月, 元/吨·公里
                    after = index + 2 + len(below)
                    factor = "月" if text.startswith("月", after) else \
                        _unit_from(text, after, True)
                    if not factor:
                        break
                    below += text[after - 1] + factor
                if below:
                    unit, index = unit + mark + below, index + 1 + len(below)
                break
    if unit in ("％",):
        unit = "%"
    return magnitude, approx, unit, index


def _unit_from(text: str, index: int, open_units: bool) -> str:
    rest = text[index:index + 8]
    if rest[:1] in ("%", "％"):
        return rest[:1]
    known = unit_at(rest)
    if known:
        return "" if rest.startswith(_WORDS_NOT_UNITS) else known
    latin = compiled(r"[A-Za-z]+[²³]?(?:/[A-Za-z]+[²³]?)?").match(rest)
    if latin:
        if latin.group() in COMPUTE_SHORT and re.search("算力[^。；;！？!?]*$", text[:index]):
            return latin.group()  # 算力规模突破5000P: petaflops
        return latin.group() if latin.group() in latin_units() else ""
    char = rest[:1]
    if open_units and char and "\u4e00" <= char <= "\u9fff" and char not in _NOT_UNIT:
        after = rest[1:2]
        # A measure stands alone (8处。), before a list (8处、), or before the next count
        # of a chain (4队15人): not as the first character of a word (50指数, 985高校).
        if not after or after in "，,。；;、：:！？!?）)”」\n" or after.isdigit() or \
                after in "和及与的":
            return char
    return ""


def _approx_before(text: str, start: int) -> Tuple[str, int]:
    """The approximation word that ends at text[start] (skipping 有/为/在/达: 约有, 约为),
    and where it starts; ("", start) if none."""
    governed = compiled(_GOVERNING).search(text[max(0, start - 20):start])
    if governed:  # 约占全市国土面积的十分之一, 约为日常水平的1.6倍, 不足去年的三成
        word = governed.group("verb") or governed.group("adverb")
        return dict(APPROX_BEFORE)[word], start
    for filler in ("", " ", "\u3000", "有", "为", "在", "达", "占"):
        end = start - len(filler)
        if filler and text[end:start] != filler:
            continue
        for word, approx in APPROX_BEFORE:
            begin = end - len(word)
            if begin >= 0 and text.startswith(word, begin):
                if word in _NOT_APPROX_AFTER and begin > 0 and \
                        text[begin - 1] in _NOT_APPROX_AFTER[word]:
                    return "", start
                return approx, begin
    return "", start


#: Words 内 begins that are no 'within' (3天内地游客: mainland visitors).
_INNER_WORDS = ("内地", "内贸", "内容", "内部", "内外", "内蒙", "内陆", "内河", "内需", "内资")
#: Units of time a span is counted in (3天内: within three days).
_SPANS = frozenset(("年", "个月", "月", "天", "日", "周", "星期", "个星期", "小时", "个小时",
                    "分钟", "秒", "工作日", "个工作日", "交易日", "个交易日", "季度", "个季度"))


def _approx_after(text: str, at: int) -> Tuple[str, int]:
    for word, approx in APPROX_AFTER:
        if text.startswith(word, at):
            follower = text[at + len(word):at + len(word) + 1]
            if follower and follower in _NOT_APPROX_BEFORE.get(word, ""):
                return "", at
            return approx, at + len(word)
    return "", at


def _sign_before(text: str, start: int, previous_end: int) -> Tuple[int, int]:
    """-1 and where the sign starts, if the text writes one right before a number: a minus
    that is no hyphen (5-6级 is a range, 0398-6612345 a telephone number), 零下 or 负."""
    if start >= 2 and text[start - 2:start] == "零下":
        return -1, start - 2
    if start >= 1 and text[start - 1] == "负" and not (
            start >= 2 and (text[start - 2].isdigit() or text[start - 2] in
                            CHINESE_NUMERAL_CHARS)):
        return -1, start - 1
    if start >= 1 and text[start - 1] in _MINUS:
        before = text[start - 2:start - 1]
        if previous_end == start - 1 and not before.endswith(_CONNECTORS) and \
                text[start - 1] != "−":  # (U+2212 is a minus and nothing else)
            return 1, start  # a hyphen between two numbers: 5-6级, 0398-6612345
        if not (before.isascii() and before.isalnum()):
            return -1, start - 1
    if start >= 1 and text[start - 1] == "+" and not text[start - 2:start - 1].isdigit():
        return 1, start - 1
    return 1, start


def _direction(text: str, start: int, end_of_phrase: int) -> str:
    """up or down where a word of change stands right before the figure (同比增长5%,
    下降可达12℃, 涨幅在三成以上, 降幅为2%, 净增1574万户); "" for a level (降至3%, 上升为13,665人,
    为5%) or no change word. 新增 counts new things (新增学位1.2万个, 新增4家载体: "") except
    where it names none, when it is the rise of the total just named (累计建成5G基站12.68万个，
    上半年新增1.93万个: up)."""
    end = start
    skipped = ""
    changed = True
    while changed:
        changed = False
        for filler in _CHANGE_FILLERS:
            if text.startswith(filler, end - len(filler)) and end - len(filler) >= 0:
                end -= len(filler)
                skipped = filler + skipped
                changed = True
                break
    before = text[max(0, end - 4):end]
    for words, direction in ((FALLS, "down"), (RISES, "up")):
        for word in words:
            if before.endswith(word):
                if len(word) == 1 and before[-2:-1] == "新" and (
                        skipped or end_of_phrase < len(text) and
                        text[end_of_phrase] not in BOUNDARIES):
                    continue  # 新增学位1.2万个, 新增4家载体: a count of new things
                if len(word) == 1 and before[-2:-1] in _NOT_A_CHANGE.get(word, ""):
                    continue  # 起降22.2万架次 (takeoffs and landings), 增减, 涨跌
                if skipped.startswith(("为", "在")) and not word.endswith(("幅", "速")):
                    return ""  # 上升为13,665人: the level it rose to
                return direction
    # a verb and its object before the figure: 减少碳排放约3,400万吨, 提高报销比例5个百分点
    governed = _governed(text, end)
    if governed:
        return governed
    clause = text[max(0, start - 20):end]
    # 比去年多5人, 比上年同期高1.3个百分点, 同比高3个百分点 (a comparison: not 比例最低为20%)
    if "比" in clause and re.search(_COMPARED, clause):
        return "up" if clause.endswith(("多", "高", "多出", "高出", "多了", "高了")) else "down"
    return ""


# (比上年同期多出约12亿元: 多出, 高出; the 约 before the figure is its approximation)
_COMPARED = r"(?<![占对相之评攀正反类排好无])比(?![例重率值分赛])[^，,。；;]*(多|少|高|低)[出了]?$"
_CHANGE_VERBS = ("增加", "减少", "降低", "提高", "提升", "上调", "下调", "扩大", "缩小", "缩短",
                "延长", "削减", "压减", "压缩", "缩减", "核减", "裁减", "净增", "净减")
_GOVERNED = rf"({'|'.join(_CHANGE_VERBS)})([\u4e00-\u9fff]{{2,6}})$"


def _governed(text: str, end: int) -> str:
    """up or down where a verb of change and its object stand before text[end]: 减少碳排放约
    3,400万吨, 提高报销比例5个百分点, 压减海洋捕捞渔船412艘. (The pattern, with its CJK
    class, is compiled only for a text holding such a verb: ~4 M instructions.)"""
    window = text[max(0, end - 10):end]
    if not any(verb in window for verb in _CHANGE_VERBS):
        return ""
    governed = re.search(_GOVERNED, window)
    if governed and not re.search("[的是为有达了在和与及至到]", governed.group(2)):
        return "up" if governed.group(1) in ("增加", "提高", "提升", "上调", "扩大", "延长",
                                             "净增") else "down"
    return ""


def quantities(text: str) -> List[Quantity]:
    """Every number of the text with what the text says about it, in order: its sign, unit
    and magnitude, approximation, direction, and the other end where two numbers make a
    range (3至5万元, 10%—15%, -2℃~-11℃, 5-6级: the unit written once is both ends')."""
    found: List[Quantity] = []
    text = everyday_numerals(text)  # (one character for one: spans stay the text's)
    phrases = _phrases(text)
    previous_end = -1
    for phrase in phrases:
        if found and found[-1].end <= phrase.start and phrase.end <= found[-1].phrase_end:
            continue  # in the phrase of the one before: 1.5万, 一点五万, 个百分点
        sign, begin = _sign_before(text, phrase.start, previous_end)
        magnitude = unit = ""
        inner = ""
        end = phrase.end
        if phrase.written in ("percent", "tenths", "fraction"):
            unit = "%"
        elif phrase.written == "permille":
            unit = "‰"
        elif text[phrase.start:phrase.end] in ("俩", "仨"):
            unit = "个"  # 俩 is 两个
        else:
            magnitude, inner, unit, end = _measure_after(
                text, phrase.end, phrase.written == "arabic")
            if not unit and not magnitude:
                end = phrase.end
        approx_after, after_end = _approx_after(text, end)
        if not approx_after and unit in _SPANS and \
                text.startswith(("内", "之内"), end) and \
                not text.startswith(_INNER_WORDS, end):
            # 四十八小时内, 3个工作日内: within so long (以内 is read above; 省内 is a place)
            approx_after, after_end = "under", end + (1 if text[end] == "内" else 2)
        approx, begin = _approx_before(text, begin)
        if not approx and phrase.written == "chinese" and \
                text[phrase.start:phrase.end] in ("十", "百", "千", "万", "亿"):
            for word, rough in _ROUGH:
                if text[begin - 1:begin] == word:
                    approx, begin = rough, begin - 1
        if not approx and text[phrase.start:phrase.end] == "半" and \
                text[begin - 1:begin] == "过":
            approx, begin = "over", begin - 1  # 过半
        if not approx and text.endswith("优于", 0, begin) and unit in UNITS and \
                UNITS[unit].dimension.startswith(_BETTER_THAN):
            approx, begin = "under", begin - 2  # 分辨率优于0.5米
        approx = approx or inner or approx_after or "exact"
        quantity = Quantity(
            phrase.value, phrase.start, phrase.end, begin, max(end, after_end), phrase.written,
            sign, magnitude, unit, approx,
            "" if sign < 0 else _direction(text, begin, max(end, after_end)),
            phrase.fraction)
        found.append(quantity)
        previous_end = quantity.phrase_end if unit or magnitude else phrase.end
    return _durations(text, _ranges(text, _listed(text, _shared_units(text, found))))


#: The parts of a duration written in several units (2小时12分35秒, 3天2小时, 两小时零五分),
#: largest first: each unit as read, its rank and its size in the smallest unit that follows.
_DURATION_PARTS = {"天": (0, 86400), "小时": (1, 3600), "个小时": (1, 3600),
                   "分钟": (2, 60), "分": (2, 60), "秒": (3, 1)}
_DURATION_UNITS = ("天", "小时", "分钟", "秒")


def _durations(text: str, found: List[Quantity]) -> List[Quantity]:
    """A duration written in several units is one figure, in the smallest of them: a
    marathon's 2小时12分35秒 is 7955 秒, not 2 小时, 12 分 and 35 秒. Its parts follow one another
    with nothing between (or 零) in falling units; a time of day (8时30分) is none."""
    merged: List[Quantity] = []
    index = 0
    while index < len(found):
        first = found[index]
        chain = [first]
        while index + len(chain) < len(found):
            last, this = chain[-1], found[index + len(chain)]
            if not _duration_part(last) or not _duration_part(this) or \
                    _DURATION_PARTS[this.unit][0] <= _DURATION_PARTS[last.unit][0] or \
                    text[last.phrase_end:this.phrase_start] not in ("", "零", "又") or \
                    this.approx != "exact" or this.sign < 0 or this.number >= 100:
                break
            chain.append(this)
        if len(chain) == 1:
            merged.append(first)
            index += 1
            continue
        smallest = _DURATION_PARTS[chain[-1].unit]
        total = sum((part.number * _DURATION_PARTS[part.unit][1] for part in chain),
                    _decimal(0)) / smallest[1]
        merged.append(first._replace(
            number=total, end=chain[-1].end, phrase_end=chain[-1].phrase_end,
            written="duration", unit=_DURATION_UNITS[smallest[0]]))
        index += len(chain)
    return merged


def _duration_part(quantity: Quantity) -> bool:
    return quantity.unit in _DURATION_PARTS and not quantity.magnitude and \
        not quantity.partner and not quantity.fraction and quantity.written in (
            "arabic", "chinese")


def _shared_units(text: str, found: List[Quantity]) -> List[Quantity]:
    """Numbers listed before the one that carries the unit share it: 高于全国、全省3.1和2.3个
    百分点, 分别增长8.4、7.9和6.5%, 3.1和2.3万吨 (the magnitude too)."""
    for index in range(len(found) - 2, -1, -1):
        this, after = found[index], found[index + 1]
        between = text[this.phrase_end:after.phrase_start].strip(" ")
        if this.unit or this.magnitude or this.written != "arabic" or not after.unit or \
                after.written != "arabic" or between not in ("、", "和", "与", "及", "以及"):
            continue
        found[index] = this._replace(unit=after.unit, magnitude=after.magnitude)
    return found


def _listed(text: str, found: List[Quantity]) -> List[Quantity]:
    """A figure that follows a change in a list (增长8.4%和7.9%, 下降4.1%、2.3%) or as its
    conversion in brackets (增加3.1万吨（6,200万斤）) changes as the one before it."""
    for index in range(1, len(found)):
        before, this = found[index - 1], found[index]
        between = text[before.phrase_end:this.phrase_start]
        if this.direction or this.sign < 0 or not before.direction:
            continue
        if between in ("（", "(", "和", "、", "与", "及"):
            found[index] = this._replace(direction=before.direction)
        elif re.fullmatch("[、和与及][\u4e00-\u9fff]{2,8}", between) and \
                not re.search("[的是为有达了在至到增减降升涨跌]", between) and \
                _governed(text, before.phrase_start):
            # one verb, a list of objects: 削减二氧化硫排放约1.8万吨、氮氧化物排放2300余吨
            found[index] = this._replace(direction=before.direction)
    return found


def _ranges(text: str, found: List[Quantity]) -> List[Quantity]:
    for index in range(1, len(found)):
        low, high = found[index - 1], found[index]
        between = text[low.phrase_end:high.phrase_start].strip()
        if between in _CONNECTORS and low.written in ("percent", "permille") and \
                not low.partner and high.written == "chinese" and not high.unit and \
                not high.magnitude:
            # 百分之五十至一百五十: the 百分之 written once is both ends'
            unit = "%" if low.written == "percent" else "‰"
            found[index - 1] = low._replace(partner=(high.start, high.end), range_end="low")
            found[index] = high._replace(unit=unit, written=low.written, approx=low.approx,
                                         partner=(low.start, low.end), range_end="high")
            continue
        if between not in _CONNECTORS or not high.unit or low.partner:
            continue
        if low.unit and low.measure != high.measure:
            continue
        if low.written in ("percent", "permille", "fraction") or \
                high.written in ("percent", "permille", "fraction"):
            continue
        number = low.number * 10 if high.written == "tenths" and low.written != "tenths" \
            else low.number
        approx = low.approx if low.approx != "exact" else high.approx
        found[index - 1] = low._replace(
            number=number, unit=high.unit, magnitude=low.magnitude or high.magnitude,
            approx=approx, direction=low.direction or high.direction,
            partner=(high.start, high.end), range_end="low",
            written=high.written if high.written == "tenths" else low.written)
        found[index] = high._replace(
            approx=approx, direction=low.direction or high.direction,
            partner=(low.start, low.end), range_end="high")
    return found


def _measure_after_classifier(text: str, at: int) -> bool:
    """Whether the 个 at `at` stands before a unit of measure of two characters or more
    (个标准箱, 个公里), which is the number's unit: not before a unit that holds its 个 (个百分点,
    个工作日, 个月: read whole), nor a count (12个篮板: 个 counts them)."""
    after = unit_at(text[at + 1:at + 9]) or ""
    return len(after) > 1 and len(unit_at(text[at:at + 9]) or "") < 2 and \
        not UNITS[after].dimension.startswith("count")


def states(text: str, value: Union[int, float, Decimal]) -> bool:
    """Whether the text states the value: as a number read whole, with its sign where it
    is negative (零下5℃, -0.5‰, 负0.85‰), or as a fraction's share rounded as a page
    writes it (三分之一 → 33.3 or 33.33)."""
    return stated_at(text, value) is not None


def stated_at(text: str, value: Union[int, float, Decimal]) -> Optional[Tuple[int, int]]:
    """Where the text states the value (the numeral's span), else None (see states())."""
    wanted = _decimal(str(value)) if isinstance(value, (int, float)) else value
    if wanted >= 0:
        for number in numbers_with_spans(text):
            if number.value == wanted:
                return number.start, number.end
    for quantity in quantities(text):
        if quantity.value == wanted:
            return quantity.start, quantity.end
        if quantity.fraction and _rounds_to(quantity.number, wanted * quantity.sign):
            # (负三分之一 stated as -33.3: the share rounded, with its sign)
            return quantity.start, quantity.end
    return None


def find_figure(text: str, value: Union[int, float, Decimal], unit: str = ""
                ) -> Optional[Quantity]:
    """The quantity of the text that states value (in unit, where one does): where a fact's
    figure stands in its quote. None where the text does not state the value."""
    wanted = _decimal(str(value)) if isinstance(value, (int, float)) else value
    read = quantities(text)
    candidates = [quantity for quantity in read
                  if quantity.value == wanted or quantity.fraction
                  and _rounds_to(quantity.number, wanted * quantity.sign)]
    for quantity in candidates:
        if quantity.measure == unit or quantity.unit == unit:
            return quantity
    if candidates:
        return candidates[0]
    for number in numbers_with_spans(text):  # a fraction's share (四分之一: 0.25)
        if number.value == wanted:
            holder = next((quantity for quantity in read if quantity.start <= number.start
                           and number.end <= quantity.end), None)
            if holder is None:
                return Quantity(wanted, number.start, number.end, number.start, number.end)
            if holder.sign > 0:
                return holder
    return None


def _rounds_to(exact: Decimal, rounded: Decimal) -> bool:
    """33.3 and 33.33 are 100/3 as a page writes it; 33 is not (a figure to one decimal
    at least)."""
    exponent = rounded.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) else 0
    from decimal import InvalidOperation

    try:
        return places >= 1 and exact.quantize(_decimal(1).scaleb(-places)) == rounded
    except InvalidOperation:  # more places than a decimal holds
        return False


def as_stated(quantity: Quantity) -> Decimal:
    """The value a fact stores: the number with its sign; a fraction's share as a
    percentage, to three figures where it does not end (三分之一 → 33.3)."""
    value = quantity.value
    if quantity.fraction:
        exact = value.normalize()
        if exact.as_tuple().exponent >= -2:  # type: ignore[operator]
            return exact  # 25, 37.5, 12.25
        # three figures, at least one decimal: 33.3, 16.7, 0.333 (亿分之三: 0.000003)
        places = max(1, 2 - exact.adjusted())
        return value.quantize(_decimal(1).scaleb(-places)).normalize()
    return value


#: Where the words around a number end: a clause's end, a list's comma, quotation marks
#: and brackets. (An ASCII comma between digits is a thousands separator.)
BOUNDARIES = "。；;！？!?，,：:…\n、“”\"（）()《》「」『』【】[]"


# Expressions a number may be part of, each read whole: a date or time, alone or as a range
# (2019年8月31日, 12月14日至17日, 13日15时, 1—5月, 5月底, 腊月二十一, 17时至20时), a time
# reference (近30年来, 未来10天内, 时隔6个交易日, 约12分钟后), a telephone number (0398-6612345),
# an identifier of letters and digits (G15, C919, 5G, 5G-A, PM2.5), a name with 号, 路, 线 (3号线,
# 92号), an ordinal (第88分钟, 第一名), a footnote mark ([1]), a list number ((一)), a score or
# ratio (3:1, 3比1), a name of numbers (6+1), a name in quotation marks (“十四五”).
# (Strings, compiled by `re` on first use: importing numerals costs nothing more.)
_CN = "〇零一二三四五六七八九十"
# (a space may stand between a number and its word, as some pages print them: 5 月 4 日)
CALENDAR_DATE = (rf"(?:\d{{4}}|[{_CN}]{{4}}) ?年度?|(?:\d{{1,2}}|[{_CN}]{{1,3}}) ?月份?"
                 rf"(?:上旬|中旬|下旬|初|底|末)?(?: ?\d{{1,2}} ?[日号])?|\d{{1,2}} ?日"
                 rf"|(?:腊|正|冬)月(?:初)?[{_CN}]{{1,3}}"
                 r"|(?<!\d)(?:19|20)\d{2}([-/.])\d{1,2}\1\d{1,2}(?!\d)")
_DATE_PART = (rf"(?:{CALENDAR_DATE}"
              rf"|\d{{1,2}}[时点](?:\d{{1,2}}分)?(?:\d{{1,2}}秒)?许?"
              rf"|(?:早上|早|晚上|晚|上午|下午|凌晨|中午|傍晚)[{_CN}]{{1,3}}[时点](?:半|[{_CN}]{{1,3}}分)?"
              rf"|\s?\d{{1,2}}[:：]\d{{2}}(?:[:：]\d{{2}})?(?!\d))")
_RANGE_MARK = "(?:至|到|—|–|－|-|~|～|〜)"
_TIME_UNIT = "(?:个?月|个?小时|年|天|日|周|个?星期|分钟|秒|个?交易日|个?工作日|个?季度)"
_NUMBER = rf"(?:\d+(?:\.\d+)?|[{_CN}两百千]+)"
_ORDINAL_OF = ("(?:个交易日|个工作日|分钟|小时|季度|产业|资源|时间|生产力|名|位|条|款|项|章|节|次|"
               "届|批|期|轮|个|天|年|档|阶段|站|梯队|大|季|集|场|局|号)")
_EXPRESSIONS = (
    r"[“‘「『《][^“”‘’「」『』《》\n]{1,10}[”’」』》]",
    rf"(?:{_DATE_PART})+(?:{_RANGE_MARK}(?:{_DATE_PART})+)?|\d{{1,2}}{_RANGE_MARK}(?:{_DATE_PART})+",
    rf"(?:近|前|过去|未来|最近|今后|此后|时隔|相隔|连续|再过|每隔)约?{_NUMBER}[多余]?{_TIME_UNIT}"
    rf"(?:以来|来|之内|以内|内|之后|以后|后|之前|以前|前|间|里|期间|多来)?"
    rf"|约?{_NUMBER}[多余]?{_TIME_UNIT}(?:以来|来|之内|以内|内|之后|以后|后|之前|以前|前|间|期间)",
    r"\d{3,4}[-－]\d{7,8}(?:[-－转]\d{1,5})?|400-?\d{3}-?\d{4}"
    r"|(?:拨打|热线|电话|专线)[:：]?\d{5,8}|\d{5}[\u4e00-\u9fff]{0,4}热线",
    r"[A-Za-z]+-?\d+(?:\.\d+)?[A-Za-z\d]*(?:-[A-Za-z]+)?"
    r"|\d+[A-Za-z][A-Za-z\d]*(?:-[A-Za-z]+)?级?",
    r"(?:[上下]半年|(?:前|上|下|第)?[一二三四]季(?:度|报))",
    rf"[\d{_CN}]+(?:号线|号|路|线|年期|年级)|0\d+[\u4e00-\u9fff]?|[初高][一二三](?![\d{_CN}])",
    rf"第 ?[\d{_CN}百千]+(?: ?{_ORDINAL_OF})?|前[\d{_CN}]+(?:名|位|强)?",
    rf"[\[【]\d+[\]】]|[（(][\d{_CN}]{{1,3}}[）)]",
    r"\d+(?:\.\d+)?(?:[:：比]\d+(?:\.\d+)?)+|\d+(?:\+\d+)+",
    rf"每[\d{_CN}百千万]+(?:人口|人|户|辆|车|股|平方公里|元)",
    r"[\u4e00-\u9fff]{2}\d+[\u4e00-\u9fff]{0,2}指数",
    rf"[\d{_CN}]{{1,2}}级(?:应急响应|响应|预警|医院|及以[上下]|以上公立医院)",
)


def expression_around(text: str, start: int, end: int) -> Optional[Tuple[int, int]]:
    """The span of the whole expression (a date or time, a time reference, a telephone
    number, an identifier, an ordinal, a mark, a score, a quoted name: _EXPRESSIONS) that
    holds text[start:end], the first kind that does; None where none does."""
    low, high = max(0, start - 16), min(len(text), end + 16)
    window = text[low:high]
    for pattern in _EXPRESSIONS:
        for match in re.finditer(pattern, window):
            if match.start() + low <= start and end <= match.end() + low:
                return match.start() + low, match.end() + low
    return None


def words_around(text: str, start: int, end: int, reach: int = 4,
                 phrase: Optional[Tuple[int, int]] = None) -> Tuple[int, int]:
    """The span a reader needs to see what a number is, minimal and whole: the expression
    it is part of where it is part of one (12月14日至17日, 0398-6612345, 近30年来, 5G, 6+1:
    expression_around), else the words around it within its clause, at most `reach`
    characters either side, never past a space between words (the parts of a headline),
    never into an expression beside it or the digits of another number; with `phrase`
    (the number's whole phrase, approximation and unit words included: 0398万千瓦), never
    less than the phrase where it goes on with numerals. The one place that cuts the words
    around a number: a [[not_fact]]'s text, a page check's message."""
    whole = expression_around(text, start, end)
    if whole:
        left, right = whole
        if phrase and re.search(_NUMERAL_OR_DIGIT, text[phrase[0]:left]):
            left = phrase[0]
        if phrase and re.search(_NUMERAL_OR_DIGIT, text[right:phrase[1]]):
            right = phrase[1]
        return left, right
    left = start
    while left > 0 and start - left < reach and not _boundary(text, left - 1):
        left -= 1
    right = end
    while right < len(text) and right - end < reach and not _boundary(text, right):
        right += 1
    # never a part of an expression beside it (…潮来袭 16日…, 日至17日我市将…)
    for other_start, other_end in _expressions_in(text, left, right, start, end):
        if other_end <= start:
            left = max(left, other_end)
        elif other_start >= end:
            right = min(right, other_start)
    # never a part of the numbers beside it (万下降3.5: not 万下降3.)
    offset = max(0, left - 12)
    for number in numbers_with_spans(text[offset:right + 12]):
        other_start, other_end = number.start + offset, number.end + offset
        if other_start < right < other_end or other_end == right and other_start >= end \
                and text[other_start:other_end].isdigit():
            right = max(end, other_start)
        if other_start < left < other_end or other_start == left and other_end <= start \
                and text[other_start:other_end].isdigit():
            left = min(start, other_end)
    while left < start and text[left].isdigit():
        left += 1
    while right > end and (text[right - 1].isdigit() or text[right - 1] in ".,"):
        right -= 1
    if phrase:
        left, right = min(left, phrase[0]), max(right, phrase[1])
    return left, right


def _expressions_in(text: str, left: int, right: int, start: int, end: int
                    ) -> List[Tuple[int, int]]:
    """The expressions (_EXPRESSIONS) that reach into text[left:right] beside the number
    at text[start:end] (holding a digit, not the number)."""
    found: List[Tuple[int, int]] = []
    low, high = max(0, left - 16), min(len(text), right + 16)
    for pattern in _EXPRESSIONS:
        for match in re.finditer(pattern, text[low:high]):
            other = (match.start() + low, match.end() + low)
            if other[0] < right and left < other[1] and (other[1] <= start or
                                                         other[0] >= end):
                found.append(other)
    return found


def _boundary(text: str, index: int) -> bool:
    char = text[index]
    if char < " " or "\x7f" <= char <= "\x9f":
        return True  # a control character: no fact file's text holds one
    if char in " \u3000":  # a space between words: the parts of a headline
        return not (text[index - 1:index].isascii() and text[index + 1:index + 2].isascii())
    if char not in BOUNDARIES:
        return False
    return not (char == "," and 0 < index < len(text) - 1 and text[index - 1].isdigit()
                and text[index + 1].isdigit())


def spans_of(quantities_: Sequence[Quantity]) -> Dict[Tuple[int, int], Quantity]:
    """The quantities by their numeral's span."""
    return {(quantity.start, quantity.end): quantity for quantity in quantities_}

# ------------------------------------------------------------------ numbers in questions

# What a question may say about a number that an article does not: English magnitudes,
# percent words and approximations (questions are typed in English too). The number itself,
# its Chinese magnitude, unit and approximation words are read by quantities() above.
#: (lakh and crore: 10⁵ and 10⁷, as Indian English counts — 5亿 is 50 crore)
ENGLISH_MAGNITUDES = (("thousand", 3), ("lakh", 5), ("million", 6), ("crore", 7),
                      ("billion", 9), ("trillion", 12),
                      # (as Russian, German and French English write them: 2,13 mlrd)
                      ("milliard", 9), ("mlrd", 9), ("mln", 6), ("bln", 9))
_POWER = {prefix: power for prefix, power in MAGNITUDES}
# (patterns as strings: compiled by `re` on first use, so that importing numerals, which
# every search does, costs no more than it did)
_PERCENT_WORD = r"\s*(?:[Pp]ercent\b|[Pp]er\s+cent\b|pct\b)"
_OVER_WORD = r"\s*(?:\+|-?plus\b|-?odd\b|-?ish\b)"
_ROUGH_BEFORE = (r"(?:nearly|about|around|almost|over|more\s+than|some|roughly|"
                 r"approximately|close\s+to)\s+$")


class QuestionNumber(Plain):
    """A number in a question as the question states it: `value` as written, `scaled` with
    its magnitude (8.92万 → 89200, 2.13 billion → 2130000000), `unit` the fact unit that
    follows (吨 after 8.92万, 吨 for tonnes), `percent` for 5%, 百分之五, 七成, 12.5 percent,
    and `rough` where the question says it is not exact (近90, 180多, about 20)."""

    __slots__ = ("value", "scaled", "unit", "percent", "rough", "start", "end")

    def __init__(self, value: Decimal, scaled: Decimal, unit: str, percent: bool,
                 rough: bool, start: int, end: int) -> None:
        self.value = value
        self.scaled = scaled
        self.unit = unit
        self.percent = percent
        self.rough = rough
        self.start = start
        self.end = end


#: Magnitudes written as letters right after a number's digits (1k, 3w, 1.2bn).
_SHORT_MAGNITUDE = r"(k|K|w|W|bn|mn)(?![A-Za-z])"
_SHORT_POWERS = {"k": 3, "w": 4, "bn": 9, "mn": 6}


def asked_numbers(text: str, units: Any = (),
                  unit_words: Optional[Dict[str, str]] = None) -> List[QuestionNumber]:
    """Every number of a question, read by quantities(): `units` are the unit symbols a
    fact may have (a unit the question writes that is none of them is not kept);
    `unit_words` maps English words (tonnes, people) to symbols."""
    found: List[QuestionNumber] = []
    for quantity in quantities(text):
        value = quantity.value
        end = quantity.end + len(quantity.magnitude) if quantity.magnitude else quantity.end
        scaled = value.scaleb(_POWER[quantity.magnitude]) if quantity.magnitude else value
        rest = text[end:]
        if not quantity.magnitude:
            for word, power in ENGLISH_MAGNITUDES:
                if rest.lstrip().lower().startswith(word):
                    scaled = value.scaleb(power)
                    end += len(rest) - len(rest.lstrip()) + len(word)
                    rest = text[end:]
                    break
            else:
                # 1k, 2.5K, 3w (万, as Chinese chat writes it), 1.2bn: a magnitude written
                # as a letter right after the digits
                short = compiled(_SHORT_MAGNITUDE).match(rest)
                if short and not quantity.unit:
                    scaled = value.scaleb(_SHORT_POWERS[short.group(1).lower()])
                    end += short.end()
                    rest = text[end:]
        percent = quantity.unit in ("%", "％") or \
            quantity.written in ("percent", "tenths") or bool(compiled(_PERCENT_WORD).match(rest))
        over = compiled(_OVER_WORD).match(rest)
        rough = quantity.approx != "exact" or bool(over) or \
            bool(compiled(_ROUGH_BEFORE, re.IGNORECASE).search(text[:quantity.start]))
        unit = "%" if percent else quantity.unit if quantity.unit in units else ""
        if not unit and unit_words:
            after = rest[over.end():] if over else rest
            letters = compiled(r"\s*([A-Za-z]+)").match(after)
            unit = unit_words.get(letters.group(1).lower(), "") if letters else ""
        found.append(QuestionNumber(value, scaled, unit, percent, rough, quantity.start, end))
    return found
