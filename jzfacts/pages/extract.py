"""Draft the fact file of a Chinese news article: one fact per figure, one [[not_fact]] per
number that is no figure (a date, a year in a name, a rank, a list number, an idiom …), so
that adding a page is review, not transcription.

Each figure is a quantity as numerals.quantities() reads it — its sign, magnitude and unit
(1234.5亿元, 零下5℃, 328.2公斤/亩, 个百分点, any measure word: 4队15人), its approximation
(超300家, 近50艘次, 5亿元以上, 十余, 上百, 百年), its direction where a word of change governs
it (下降3.4%), both ends of a range (3至5万元) — with its clause as the quote, the words
before it as the label, the heading above it as the section and a year of its sentence as
the period. The same figure stated again (a headline, a summary box) becomes a repeat. What
a person still has to write is marked TODO (validate warns about it), and the draft passes
`validate --page` on its page."""

from __future__ import annotations

import re
from typing import Any, Container, Dict, List, NamedTuple, Optional, Tuple

from ..base.errors import JzfactsError
from ..base.numerals import (
    BOUNDARIES,
    CALENDAR_DATE,
    CHINESE_NUMERAL_CHARS,
    Quantity,
    as_stated,
    expression_around,
    quantities,
    spans_of,
    words_around,
)
from ..base.units import UNITS
from ..base.validate import DRAFT_CATEGORY, DRAFT_MARK
from .labels import (
    CJK,
    CLAUSE_END,
    label_for,
    measure_named,
    period_of,
    respectively,
    subject_of,
    weak_label,
    without_years,
)
from .masthead import is_heading, page_byline, page_date, page_years, printable_part

_OPEN, _CLOSE = "“‘「『《", "”’」』》"
# Units of time: a number of them is a time reference (近3年来, 未来10天内, 前5个月) or,
# where it measures something, a duration (可用天数约25天, 去化周期约18.5个月).
TIME_UNITS = ("年", "个月", "天", "日", "周", "小时", "个小时", "分钟", "秒", "星期", "个星期",
              "工作日", "个工作日", "交易日", "个交易日", "个季度")
_TIME_AFTER = ("来", "以来", "内", "之内", "里", "间", "后", "之后", "前", "之前", "中",
               "期间", "多来", "有余来", "共", "累计", "总计", "合计")
_TIME_BEFORE = ("近", "前", "过去", "未来", "最近", "这", "此后", "头", "后", "今后", "此前",
                "之前", "再过", "每隔", "时隔", "相隔", "上", "下")
# Units that count the events of a series: 近5场比赛, 最近3次 are the last ones, a window as
# 近3年 is (近5000场 is nearly as many: a count).
_SERIES_UNITS = ("场", "轮", "期", "届", "次", "局", "盘")
# Words that make a number of days, months … measure how long something lasts or takes
# (持续近20天, 为期3个月, 历时5年, 设计寿命8年, 缩短至8分钟): a figure, whatever stands before.
_MEASURING = ("持续", "为期", "历时", "耗时", "用时", "长达", "寿命", "周期", "时长", "工期",
              "期限", "缩短", "缩短至", "缩短到", "延长", "延长至", "延长到", "提前", "平均",
              "仅用", "只用", "用了", "花了", "仅需", "只需", "需要", "需", "达", "达到", "为",
              "共计")
# A time limit counted from an event (下单后24小时内, 接警后5分钟内) or for a service
# (3个工作日内办结, 24小时内送达) is a figure; a window (未来10天内) or a plan's period
# (3年内建成) places the figures in time.
_SERVICE = ("送达", "办结", "办理", "答复", "回复", "到达", "抵达", "赶到", "到场", "到位",
            "处置", "响应", "反馈", "审结", "退款", "发货", "完成审批")
#: Units of a time limit for a task (四十八小时内解决, 3天内完成), where a number of years or
#: months within which something is done is a plan's period (3年内建成).
_SHORT_TIME = ("小时", "个小时", "分钟", "秒", "天", "日", "工作日", "个工作日")
_NOT_EVENT = ("此后", "今后", "之后", "以后", "然后", "随后", "最后", "前后", "而后", "其后")
NUMERAL_CHAR = f"[\\d{CHINESE_NUMERAL_CHARS}]"
# Ordinals a page reports as facts (第三届, 第七批): an edition, a batch, a phase, a round.
# Any other 第N is a rank or a name (第一名, 第88分钟, 第三条, 第一产业).
ORDINAL_UNITS = ("届", "批", "期", "轮", "次")
IDIOMS = ("四两拨千斤", "平分秋色", "三心二意", "一心一意", "千方百计", "四面八方", "五湖四海",
          "一举两得", "七上八下", "百花齐放", "万无一失", "千家万户", "一马当先", "十全十美",
          "百尺竿头", "一帆风顺", "三番五次", "九牛一毛", "千辛万苦", "万众一心", "一臂之力",
          "最后一公里", "一张蓝图", "一盘棋", "一站式", "一体化", "一线", "一流", "第一时间",
          "一成不变", "三五成群", "五花八门", "四通八达", "一五一十", "十拿九稳", "一石二鸟",
          "独一无二", "接二连三", "一清二楚", "乱七八糟", "七嘴八舌", "一带一路", "一网通办",
          "一件事", "一揽子", "一把手", "万一", "之一", "唯一", "统一", "一系列", "一方面",
          "两个确立", "两个维护", "四个意识", "四个自信", "一村一品", "三次产业",
          "7×24小时", "7x24小时", "7*24小时", "7X24小时")
LUNAR = re.compile(r"(腊月|正月|冬月|农历[一二三四五六七八九十]+月)$|初$")
# A distance in a sport's event name (10米气步枪, 100米跑, 4×100米接力).
_EVENTS = ("气步枪", "气手枪", "步枪", "手枪", "自由泳", "蛙泳", "仰泳", "蝶泳", "混合泳", "跑",
           "栏", "接力", "障碍", "竞走", "飞碟", "移动靶", "速滑", "短道", "跳台", "跳板",
           "决赛", "半决赛", "预赛", "资格赛", "项目", "比赛", "冠军", "亚军", "季军", "金牌",
           "银牌", "铜牌", "世界纪录", "全国纪录", "纪录")
# A distance after these names an event too (女子500米, 混合接力2000米冠军)
_EVENT_BEFORE = ("男子", "女子", "混合", "接力", "男团", "女团", "男", "女")
# A number written before these is a name, not an amount (5号线, 5路公交, 5A级景区).
_NAME_AFTER = ("号", "路", "线", "型", "代", "强", "维", "星级")
_TIME_OF_DAY_BEFORE = ("日", "号", "上午", "下午", "晚上", "凌晨", "早上", "中午", "傍晚",
                       "晚", "早", "夜", "时")


class NothingToDraft(JzfactsError):
    """The page states no figure: there is nothing to draft."""

    exit_code = 1


class Figure(NamedTuple):
    """A number of the page that is a figure, read."""

    value: Any
    unit: str
    approx: str
    kind: str
    start: int
    end: int  # the figure with its unit and approximation words
    direction: str = ""


class Line(NamedTuple):
    text: str
    heading: bool


# ------------------------------------------------------------------ clauses


def _clause(line: str, start: int, end: int) -> Tuple[int, int]:
    left = start
    while left > 0 and not (line[left - 1] in CLAUSE_END and not _between_digits(line,
                                                                                  left - 1)):
        left -= 1
    right = end
    while right < len(line) and not (line[right] in CLAUSE_END and
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


def _words(line: str, q: Quantity) -> str:
    """What a reader needs to see why a number is no figure (numerals.words_around, with
    the number's whole phrase: 万千瓦 holds a 千); a lone Chinese numeral inside a word
    (零售, 一批, 下一步) with two characters either side."""
    reach = 2 if q.written == "chinese" and q.end - q.start == 1 else 4
    left, right = words_around(line, q.start, q.end, reach, (q.phrase_start, q.phrase_end))
    return line[left:right]


def _clause_start(line: str, index: int) -> bool:
    """Whether only white space or a bracket stands between a clause's start and index."""
    before = line[:index].rstrip(" \u3000")
    return not before or before[-1] in "。；;：:！？!?\n"


# ------------------------------------------------------------------ what is no figure


def _year_written(phrase: str) -> bool:
    """Whether a number is written as a year is: four digits from 1900 on (2023), or four
    numerals read digit by digit (一九五八, 二〇二三)."""
    if len(phrase) != 4:
        return False
    if phrase.isascii():
        return phrase[:2] in ("19", "20") and phrase.isdigit()
    return phrase[:2] in ("一九", "二〇", "二零") and \
        all(char in _DIGIT_NUMERALS for char in phrase)


_DIGIT_NUMERALS = "〇零一二三四五六七八九"


def _year_before_name(line: str, q: Quantity, years: Container[int]) -> bool:
    """Whether a number is one of the page's years written straight before a name whose
    first character is also a measure word (2023盘锦红海滩马拉松, 2024台州国际马拉松,
    2023城市更新大会, 2024款比亚迪汉): the measure read there opens a word, where one that
    counts stands alone or before what it counts (共2023件。). Years before names are no
    amounts; a count that happens to be the page's own year is rarer than such a name."""
    phrase = line[q.phrase_start:q.phrase_end]
    return q.phrase_start == q.start and q.approx == "exact" and not q.magnitude and \
        len(q.unit) == 1 and q.unit != "年" and q.sign > 0 and not q.range_end and \
        re.fullmatch(r"(?:19|20)\d{2}\s*\S", phrase) is not None and \
        int(q.number) in years and _CJK_CHAR.match(line[q.phrase_end:q.phrase_end + 1]) is not None


def _not_figure(line: str, q: Quantity, previous: Optional[str],
                years: Container[int] = ()) -> Optional[str]:
    """Why the quantity is no figure of the page, or None if it may be one; `years` are the
    page's own (_page_years)."""
    start, end = q.start, q.end
    # (a space beside a number is typography: 第 22 位, 2022 年, 5 月 4 日)
    before, after = line[:start].rstrip(" \u3000"), line[end:].lstrip(" \u3000")
    phrase = line[start:end]
    chinese = q.written != "arabic"
    if _in_calendar_date(line, q):
        return "a date"
    if re.search(r"\x1b\[[\d;]*$", line[:start]):
        return "a terminal control sequence (ESC[31m: a colour), not a figure"
    if "+" in line[max(0, start - 1):end + 1]:
        return "a name made of numbers (N+M)"
    quoted = _inside_quotes(line, start)
    if quoted and not re.search(r"\d+(?:\.\d+)?\s*[%％]", quoted):
        return "a number inside a name or slogan in quotation marks"
    if before[-1:] in "[【" and after[:1] in "]】" or before.endswith("注"):
        return "a footnote mark"
    if after[:1] in ".．、" and not after[1:2].isdigit() and _clause_start(line, start) or \
            before[-1:] in "（(" and after[:1] in "）)" and _clause_start(line, start - 1):
        return "a list number"
    if not chinese and (re.search(r"[A-Za-z][-]?$", before) and
                        not before.endswith(RATIO_WORDS) and not _measured(q) or
                        re.match(r"[A-Za-z]", after) and not q.unit):
        return "an identifier (letters and digits)"  # (GDP11486.51亿元 is a figure)
    if after.startswith(_NAME_AFTER) and not after.startswith(("号召", "路程", "线路")) and \
            not (after.startswith("号") and before.endswith(("编号为", "编号是", "编号"))):
        return "an identifier (a number with 号, 路, 线, 型 …)"
    if not chinese and (len(phrase) >= 3 and re.match(r"[-－]\d{5,}", after) or
                        len(phrase) >= 5 and re.search(r"\d{3,}[-－]$", before)
                        or len(phrase) >= 7 and phrase.isdigit() or
                        len(phrase) >= 5 and phrase.isdigit() and not q.unit):
        return "a telephone number or code"
    if not chinese and re.fullmatch(r"0\d+", phrase) and \
            not re.search(r"\d\s*(小时|时|分|点|度|′)$", before):
        return "a serial number or code (written with a leading zero: 02星)"  # (2小时08分)
    if not chinese and re.match(r"[:：]\d", after) or re.search(r"\d[:：]$", before) or \
            re.search(r"\d比$", before) or not q.unit and re.match(r"比\d", after):
        return "a time of day, a score or a ratio (N:M, N比M)"
    if q.unit == "点" and q.number == int(q.number) and q.number <= 24 and not q.direction \
            and not re.search(r"(收于|报收|报|指数|为|达|达到|至)$", before) or \
            after.startswith("时") and not after.startswith(("时间", "时长", "时期", "时代")) or \
            q.unit == "点" and before.endswith(_TIME_OF_DAY_BEFORE) or \
            q.unit in ("分", "分钟") and re.search(r"\d\s*[时点]$", before):
        return "a time of day"  # (7时30分)
    if LUNAR.search(before) or (after.startswith("日") and not chinese) or \
            after.startswith("月") and not after.startswith("月最") or \
            after.startswith("号") and re.search(r"月$", before) or \
            after.startswith("日") and re.search(r"月$", before):
        return "a date"
    if _year_written(phrase) and after.startswith(("届", "级")):
        return "a class named by its year (2024届毕业生, 2023级新生), not a count"
    if _year_before_name(line, q, years):
        return f"a year before a name ({q.unit} opens the name, as 盘 opens 2023盘锦红海滩" \
            "马拉松), not an amount"
    if _year_written(phrase):
        if re.match(r"(年|[-/.])\s*\d{1,2}\s*(月|[-/.])", after):
            return "a date"
        if not after.startswith("年") and q.unit and q.unit != "年":
            pass  # 2000元: an amount (2023—2025年 is years)
        elif not (after.startswith("年") and _reported_year(before, after, previous)) or \
                q.range_end:
            return "a year: the period of the figures beside it, or part of a name"
    if after.startswith(("季度", "年度")) or \
            re.search(r"(上|下|前|后)$", before) and after.startswith(("半年", "季度")):
        return "a time span, not an amount"
    if before.endswith(("上半", "下半")):
        return "a time span, not an amount"
    if q.unit in TIME_UNITS and _time_reference(line, q):
        return "a time reference, not an amount"
    if q.unit in _SERIES_UNITS and q.number <= 20 and \
            line[:q.start].endswith(("近", "最近", "过去")):
        return "the last few of a series (近5场比赛: the window the figures after it count in)"
    if before.endswith("第"):
        if q.unit in ORDINAL_UNITS:
            return None
        return "an ordinal or rank in a phrase (第一名, 第三条), not a figure"
    if before.endswith("前") and q.unit in ("名", "位", "强"):
        return "a rank (前三名), not a figure"
    if q.unit == "级" and (re.match(r"级(响应|应急|医院|预警|甲等|乙等|标准|资质|单位|干部|职称|"
                                     r"以上公立|及以下|公立|医疗|行政|政府|党委|考试)", after)
                          or chinese and not re.search(r"[风震]", line[max(0, start - 4):start])
                          and not re.match(r"级(风|大风|阵风|地震)", after)):
        return "a grade's name (一级医院, 二级响应), not a quantity"
    if q.unit == "年" and re.match(r"年(级|期)", after):
        return "a name (一年级, 5年期): a grade or a term, not a quantity"
    if q.unit in ("年", "个月", "天", "日") and \
            re.match(r"[年月天日](行动|计划|规划|攻坚|专项|工程|方案|提升行动|倍增)", after):
        return "the name of a plan or campaign (三年行动计划), not a quantity"
    if q.unit in ("米", "公里", "m", "km") and q.approx == "exact" and (
            line[q.phrase_end:].startswith(_EVENTS) or
            line[:q.phrase_start].endswith(_EVENT_BEFORE) or
            re.search(r"\d[×xX]$", line[:q.phrase_start])):
        return "a distance in an event's name (10米气步枪)"
    if phrase in "两二三四五" and re.search(r"[、和及][^，,。]{1,4}$", before):
        return "counts the things just listed"
    if phrase in ("俩", "仨") and re.search("(他|她|我|你|咱|它|们|哥|姐|弟|妹|夫妻|母女|母子|"
                                          "父子|父女|兄弟|姐妹|爷孙|祖孙|师徒)$", before):
        return "a pronoun (他俩: the two of them), not a count"
    if len(phrase) == 1 and phrase in "两三四五六七八九" and q.unit and \
            re.search(r"(^|[。；;，,：:！？!?])\s*$", line[:q.phrase_start]) and \
            re.match(r"[^\d，,。；;]{1,10}?(均|都|共|各|分别)", line[q.phrase_end:]):
        # 三家基础电信企业上半年共完成…, 两项数据均创新高: the things the figures are about
        return "names the things the clause is about (三家…企业共完成, 两项数据均…), not a figure"
    if re.search(r"每$", line[:q.phrase_start]):
        return "a denominator (每10万人: per 100,000 people), not a figure"
    if phrase == "二" and q.unit and q.unit in UNITS and UNITS[q.unit].dimension.startswith(
            ("count", "times", "people", "items", "units", "kinds", "events")) or \
            phrase == "二" and q.unit in ("次", "手", "线", "级", "孩"):
        return "二 before a measure word names a kind (二次消费, 二手, 二线), not a count: " \
            "a count says 两"
    return None


# What a number without a unit may measure: a ratio, rate, index or coefficient (万车死亡率为
# 0.92, 性别比为103.11, PMI为49.5, 恩格尔系数0.28, 容积率2.5, pH值7.2). The measure's name ends
# the words before the number, or the sentence names one and the number is its change
# (…死亡率为0.92，比上年下降0.16).
RATIO_WORDS = ("率", "系数", "指数", "比值", "比率", "比重", "倍数", "评分", "得分", "分值",
                 "比", "弹性", "乘数", "PMI", "CPI", "PPI", "AQI", "PUE", "pH",
                 "指数值", "pH值", "AQI值", "PUE值", "均值")
_NOT_DIMENSIONLESS = ("同比", "环比", "相比", "对比", "占比", "无比", "好比", "类比", "排比",
                      "评比", "攀比", "正比", "反比")
# Between the measure's name and its number: 为, 达, 降至, 由…降至 …
_LEVEL_FILLERS = re.compile(r"(?:为|是|达到|达|报|收报|收于|升至|降至|升到|降到|回升至|回落至|"
                            r"提高到|提高至|下降到|下降至|降低到|降低至|保持在|维持在|稳定在|在|"
                            r"缩小至|缩小到|扩大至|扩大到|收窄至|收窄到|增至|减至|增加到|增加至|"
                            r"减少到|减少至|上升到|上升至|"
                            r"仅为|只有|分别为|平均为|均为|已达|已|由|从|\d+(?:\.\d+)?)+$")


#: A gloss in brackets after a name: an abbreviation (（CPI）, (PMI)), what it stands for, a
#: short form (（简称恩格尔）) or a base (（上年=100）). It names nothing the name does not.
_GLOSS = re.compile(r"\s*[（(][^（）()。；;！？!?]{1,24}[）)]\s*")


def _dimensionless(line: str, q: Quantity) -> bool:
    """Whether a number without a unit is a figure all the same: a ratio, index or
    coefficient the words before it name (see RATIO_WORDS), or that figure's change
    in the same sentence (比上年下降0.16). Never where a word goes on after the number
    (上证50指数: a name)."""
    rest = line[q.phrase_end:]
    before = line[:q.phrase_start]
    if rest and rest[0] not in BOUNDARIES and not rest.startswith(("比", "和", "与")) and \
            not before.endswith(("由", "从")):  # (由0.32降至0.28: where it started)
        return False
    before = _GLOSS.sub("", before)  # 居民消费价格指数（CPI）为101.2: the name before it
    name = _LEVEL_FILLERS.sub("", before.rstrip(" "))
    if name.endswith(RATIO_WORDS) and not name.endswith(_NOT_DIMENSIONLESS):
        return True
    if not q.direction:
        return False
    sentence = re.split("[。；;！？!?]", before)[-1]
    return any(re.search(f"{re.escape(word)}{_LEVEL_FILLERS.pattern[:-1]}[，,]", sentence)
               for word in RATIO_WORDS)


def _measured(q: Quantity) -> bool:
    """Whether the quantity has a unit that measures (亿元, %, 万吨), not a count word that
    may begin a word (PM10平均: 平)."""
    unit = UNITS.get(q.unit) if q.unit else None
    return unit is not None and not unit.dimension.startswith("count") and \
        (q.unit in ("%", "％", "‰") or len(q.measure) > 1 or unit.dimension != "units")


def _in_calendar_date(line: str, q: Quantity) -> bool:
    """Whether the number is a month or a day of a date (5月4日, 5 月 4 日, 2022-02-21, 1—5月,
    26-27日); a year is judged on its own (于2019年投产 is news)."""
    whole = expression_around(line, q.start, q.end)
    if not whole:
        return False
    text = line[whole[0]:whole[1]]
    if not re.search(f"(?:{CALENDAR_DATE})", text):
        return False
    after = line[q.end:].lstrip(" \u3000")
    if re.match(r"年", after) and not re.match(r"年\s*\d{1,2}\s*月", after):
        return False  # the year of a date is its own (see classify)
    return not re.fullmatch(r"(?:19|20)\d{2}", line[q.start:q.end]) or \
        bool(re.match(r"[-/.]\d{1,2}[-/.]\d{1,2}", after))


def _reported_year(before: str, after: str, previous: Optional[str]) -> bool:
    """A year that is itself the news (于2019年投产, 相继于2018年、2019年…): after 于,
    not a plan's (将于2027年), or in a list of such years."""
    if after.startswith(("年度", "年来", "年间", "年以来")):
        return False
    if previous == "year" and before[-1:] in "、和及与":
        return True
    return before.endswith("于") and not re.search(r"(将|拟|计划|预计|预定|定|力争|有望)于$",
                                                   before)


def _time_reference(line: str, q: Quantity) -> bool:
    """A number of days, months, years … that places the figures in time rather than
    measuring how long something lasts or takes: since (近3年来, 十年来), before or after
    (约12分钟后星箭分离), during (三年间), a window or the first part (未来10天内, 前5个月, 时隔6个
    交易日). A measure of it is a figure: 约25天, 持续近20天, 为期3个月, a streak (连续5个月,
    连续27年: how long it has gone on), a time limit (下单后24小时内送达, 3个工作日内办结, 在
    四十八小时内解决: hours or days to get something done)."""
    rest = line[q.phrase_end:]
    before = line[:q.phrase_start]
    if re.match(r"[（(]\s*\d{1,2}\s*[日月]", rest):
        return True  # 预计48小时（25日-27日）: the window the dates give
    limit = re.match("(?:之|以)?内", rest) or q.approx == "under" and \
        line[q.start:q.phrase_end].endswith("内")
    if limit:
        after = rest[limit.end():] if not isinstance(limit, bool) else rest
        event = before.endswith("后") and not before.endswith(_NOT_EVENT) and \
            len(before) >= 2 and _CJK_CHAR.match(before[-2]) is not None
        if event or after.startswith(_SERVICE) or \
                q.unit in _SHORT_TIME and re.match(r"(?:全部|均|都|即|就|便)?(?:得到)?"
                                                   r"(?:解决|完成|修复|恢复|处理|处置)", after):
            return False
        if isinstance(limit, bool) and not line[q.start:q.phrase_end].endswith("以内"):
            return True  # (3年内建成: 内, read with the number, as when it follows it)
    if rest.startswith(_TIME_AFTER):
        return True
    if before.endswith(_MEASURING):
        return False
    return before.endswith(_TIME_BEFORE) or line[:q.start].endswith(_TIME_BEFORE)


_CJK_CHAR = re.compile("[\u4e00-\u9fff]")


def classify(line: str, q: Quantity, previous: Optional[str],
             years: Container[int] = ()) -> Tuple[str, Any]:
    """('fact', Figure) or ('not_fact', (text, why)) for one quantity of a line; `previous`
    is what the number before it in the clause was ('year' for a list of years), `years`
    the page's own (_page_years)."""
    start, end = q.start, q.end
    phrase = line[start:end]
    before, after = line[:start].rstrip(" \u3000"), line[end:].lstrip(" \u3000")
    chinese = q.written != "arabic"
    words = _words(line, q)
    for idiom in IDIOMS:
        at = line.find(idiom, max(0, start - len(idiom)))
        if 0 <= at <= start and end <= at + len(idiom):  # (with the phrase: 万一千 → 千)
            return "not_fact", (line[min(at, q.phrase_start):max(at + len(idiom),
                                                                 q.phrase_end)],
                                "an idiom or set phrase, not a figure")
    why = _not_figure(line, q, previous, years)
    if why:
        return "not_fact", (words, why)
    if _year_written(phrase) and after.startswith("年"):
        return "fact", Figure(int(q.number), "年", "exact", "year", start, end + 1)
    whole = q.number == q.number.to_integral_value()
    if before.endswith("第"):
        if not whole:
            return "not_fact", (words, "an ordinal in a phrase, not a figure")
        return "fact", Figure(int(q.number), q.unit, "exact", "ordinal", start - 1,
                              q.phrase_end)
    if (q.unit == "泊位" or after.startswith("号")) and whole:  # 209泊位, 编号为21号
        unit = q.unit or "号"
        return "fact", Figure(int(q.number), unit, "exact", "identifier", start,
                              q.phrase_end if q.unit else end + 1)
    if chinese and q.written == "chinese":
        if not q.unit:
            return "not_fact", (words, "a word that holds a numeral, not a figure")
        if phrase in ("百", "千", "万", "亿") and q.phrase_start == q.start and \
                not after.startswith(("余", "多")) and \
                not (phrase == "百" and after.startswith("年")):
            return "not_fact", (words, "百/千/万/亿 alone names an order or a tier (百人层次, "
                                "亿元以上项目), not a figure")
        if phrase == "一" and q.approx == "exact" and q.unit != "%":
            return "not_fact", (words, "一 before a measure word means 'a', not a count")
    if not q.unit and not chinese and _dimensionless(line, q):
        return "fact", Figure(as_stated(q), "", q.approx, "amount", q.phrase_start,
                              q.phrase_end, q.direction)
    if not q.unit:
        return "not_fact", (words, "a number without a unit after it, and no ratio, index "
                            "or coefficient before it")
    approx = q.approx
    if phrase == "百" and after.startswith("年") and approx == "exact":
        approx = "about"  # 百年: a century, a round figure
    return "fact", Figure(as_stated(q), q.measure, approx, "amount", q.phrase_start,
                          q.phrase_end, q.direction)


# ------------------------------------------------------------------ the draft


def draft(text: str, file_name: str = "", prefix: str = "article") -> Dict[str, Any]:
    """The fact file an article's text suggests: source, facts, not_facts and units.
    Ids are namespaced by `prefix` (the source's id): PREFIX.fact-001 …"""
    # lines as the page check counts them: \n ends a line (\x1e, \u2028 … do not)
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
    present = [line for line in lines if line]
    # the first line (up to any control character) names the article and is the first
    # section: a section is a line of the page, or the start of one
    title = next((part for part in map(printable_part, present) if part), "untitled")
    source: Dict[str, Any] = {"id": prefix, "title": title}
    byline = printable_part(page_byline(present) or "")
    if byline:
        source["byline"] = byline
    date = page_date(present)
    if date:
        source["date"] = date
    years = page_years(present, date)
    year = int(date[:4]) if date else None  # (今年 is the page's year, 去年 the one before)
    if file_name:  # (a control character or a byte that is no UTF-8: written as \xNN)
        from .basecheck import page_field

        source["file"] = page_field(file_name)
    built_in = UNITS.with_declared({})
    facts: List[Dict[str, Any]] = []
    not_facts: Dict[str, str] = {}
    units: Dict[str, Dict[str, Any]] = {}
    section = title
    for number, line in enumerate(lines):
        if not line:
            continue
        heading = is_heading(line)
        if heading and printable_part(line):
            section = printable_part(line)
        previous: Optional[str] = None
        last_clause = (-1, -1)
        covered = 0  # numbers before this index were read with the one before them
        begin = 0  # where the words of the next figure's label may start
        read = quantities(line)
        by_span = spans_of(read)
        low_labels: Dict[Tuple[int, int], str] = {}  # the low ends of ranges: their labels
        subject: Optional[Tuple[int, str]] = None  # (its sentence, what the last label named)
        last_right = 0  # where the clause of the last figure drafted ends
        for quantity in read:
            clause = _clause(line, quantity.start, quantity.end)
            if clause != last_clause:
                previous, last_clause, begin = None, clause, clause[0]
            verdict, found = classify(line, quantity, previous, years)
            if quantity.phrase_end <= covered and verdict == "not_fact":
                continue  # the 12 of 1月12日: inside the words of the not_fact before
            partner = by_span.get(quantity.partner) if quantity.partner else None
            if verdict == "fact" and quantity.range_end == "low" and partner is not None:
                # a range is figures or not as its end with the unit is (1—5月 is months)
                partner_verdict, partner_found = classify(line, partner, None, years)
                if partner_verdict == "not_fact":
                    left = min(words_around(line, quantity.start, quantity.end)[0],
                               quantity.phrase_start)
                    right = max(words_around(line, partner.start, partner.end)[1],
                                partner.phrase_end)
                    verdict, found = "not_fact", (line[left:right], partner_found[1])
            if verdict == "not_fact":
                words, why = found
                not_facts.setdefault(words, why)
                at = line.find(words, max(0, quantity.start - len(words)))
                covered = max(covered, at + len(words) if at >= 0 else quantity.end)
                previous = None
                continue
            figure: Figure = found
            covered = max(covered, quantity.end)
            previous = figure.kind if figure.kind == "year" else None
            left, right = clause
            quote = _quote(line, left, right, quantity, figure)
            if quote is None:  # no quote can point at it: listed, so the page check knows
                words = _words(line, quantity)
                not_facts.setdefault(words, "the same figure again in its clause, where no "
                                     "quote can point at it: check by hand")
                continue
            opened = max(line.rfind(stop, 0, left) + 1 for stop in "。！？!?")
            sentence = line[opened:right]
            # (the words after a range are after its high end: 5～6级偏北风)
            after = max(figure.end, partner.phrase_end if partner is not None and
                        quantity.range_end == "low" else 0)
            until = min((other.phrase_start for other in read
                         if after <= other.phrase_start < right and
                         (other.written == "arabic" or other.unit and
                          line[other.start] != "一")), default=right)
            label = label_for(line[left:right], max(0, begin - left),
                              max(0, figure.start - left), after - left, until - left,
                              figure.unit)
            weak = weak_label(label)
            named = measure_named(line[max(opened, last_right):left]) if weak else None
            if named:
                # 最大降雨量出现在安屯乡，为312毫米: of the measure the clause before it names,
                # not of the figure before that (平均降雨量达到186.5毫米)
                label = named + ("" if re.search(r"\d", label) else without_years(label))
                subject = (opened, named)
            elif subject is not None and subject[0] == opened and weak:
                # 上证指数涨1.2%，报3268.7点: 报 of the 上证指数 named before it; 2021年为
                # 2000亿元: of it, in another year (the period says which)
                label = subject[1] + without_years(label)
            elif not weak:
                subject = (opened, subject_of(label))
            label = label or line[left:right].strip()[:24] or "figure"
            if quantity.range_end == "high" and quantity.partner in low_labels:
                label = low_labels[quantity.partner]  # 降雪量2至5毫米: both ends 降雪量's
            elif quantity.range_end == "low":
                low_labels[(quantity.start, quantity.end)] = label
            begin, last_right = figure.end, right
            entry = {
                "value": _plain(figure.value), "unit": figure.unit, "approx": figure.approx,
                "kind": figure.kind, "label": label, "section": section, "quote": quote,
                "period": (period_of(line[left:right], year) or period_of(sentence, year))
                if figure.kind != "year" else None,
                "heading": heading, "direction": figure.direction,
                "fraction": quantity.fraction, "line": number,
            }
            if figure.unit not in built_in:  # (not what other files declared)
                units.setdefault(figure.unit, {"symbol": figure.unit, "dimension": figure.unit,
                                               "name_en": f"{DRAFT_MARK}: {figure.unit}"})
            _add(facts, entry)
        respectively(facts, line)
    return _pruned(_data(source, facts, not_facts, units, prefix), text)


def _quote(line: str, left: int, right: int, quantity: Quantity, figure: Figure
           ) -> Optional[str]:
    """The figure's clause as its quote; where the clause states the same value in the same
    unit before it (百年 … 100年), from after that one, so the quote points at this one.
    None where no quote of the clause points at it (俩俩: cut, it reads otherwise)."""
    from ..base.numerals import find_figure

    while True:
        quote = line[left:right]
        stripped = quote.lstrip(" ,，…")
        offset = left + len(quote) - len(stripped)
        stripped = stripped.rstrip(" ,，…")
        found = find_figure(stripped, _plain(figure.value), figure.unit)
        if found is None:
            return None
        if offset + found.start == quantity.start:
            return stripped
        if offset + found.start > quantity.start:
            return None
        left = offset + found.phrase_end


def _plain(value: Any) -> Any:
    """A number as TOML should hold it: an int when whole, else a float."""
    if isinstance(value, int):
        return value
    return int(value) if value == value.to_integral_value() else float(value)


def _add(facts: List[Dict[str, Any]], entry: Dict[str, Any]) -> None:
    """A new fact, or a repeat of one already drafted: the same value, unit, kind and
    direction, and labels that share a word (a headline's figure, the summary box's)."""
    same = ("value", "unit", "kind", "direction", "approx")
    for fact in facts:
        if fact["quote"] == entry["quote"] and fact["line"] == entry["line"]:
            continue  # one clause, two figures: 百年 … 100年
        if all(fact[key] == entry[key] for key in same) and (
                fact["heading"] or entry["heading"]  # a headline states a body's figure
                or _same_thing(fact, entry)):
            repeat = {"section": entry["section"], "quote": entry["quote"]}
            if fact["heading"] and not entry["heading"]:  # the body states it best
                repeat = {"section": fact["section"], "quote": fact["quote"]}
                fact.update(entry)
            if repeat["quote"] != fact["quote"] and repeat not in fact["repeats"]:
                fact["repeats"].append(repeat)
            return
    facts.append(dict(entry, repeats=[]))


def _same_thing(fact: Dict[str, Any], entry: Dict[str, Any]) -> bool:
    """Whether a figure stated again in the body is the same figure: its words shared
    (_share_words), of the same period, and no other thing named (2021年…增长5%, 2022年…增长5%
    are two figures; so are 甲区有医院5家, 乙区有医院5家: labels where neither holds the
    other)."""
    if fact["period"] and entry["period"] and fact["period"] != entry["period"]:
        return False
    first, second = fact["label"], entry["label"]
    if first and second and first not in second and second not in first:
        return False
    return _share_words(fact["label"] + fact["quote"], entry["label"] + entry["quote"],
                        fact["unit"])


def _share_words(first: str, second: str, unit: str = "") -> bool:
    """Whether two figures' words share three words (bigrams) besides their unit's (微克/立方米
    is no word two figures in it share)."""
    if unit:
        first, second = first.replace(unit, " "), second.replace(unit, " ")
    bigrams = {first[i:i + 2] for i in range(len(first) - 1)
               if re.fullmatch(f"[{CJK}]{{2}}", first[i:i + 2])}
    return sum(second[i:i + 2] in bigrams for i in range(len(second) - 1)) >= 3


def _data(source: Dict[str, Any], facts: List[Dict[str, Any]], not_facts: Dict[str, str],
          units: Dict[str, Dict[str, Any]], prefix: str) -> Dict[str, Any]:
    drafted = []
    for number, fact in enumerate(facts, 1):
        raw: Dict[str, Any] = {
            "id": f"{prefix}.fact-{number:03d}", "label": fact["label"],
            "label_en": f"{DRAFT_MARK}: English label for {fact['label']}",
            "value": fact["value"], "unit": fact["unit"], "approx": fact["approx"],
        }
        if fact["direction"]:
            raw["direction"] = fact["direction"]
        if fact["period"]:
            raw["period"] = fact["period"]
        raw.update(category=DRAFT_CATEGORY, section=fact["section"], quote=fact["quote"],
                   source=source["id"])
        if fact["kind"] != "amount":
            raw["kind"] = fact["kind"]
        note = f"{DRAFT_MARK}: check the label, the period and what the figure counts"
        if fact["fraction"]:
            numerator, denominator = fact["fraction"]
            note += f" (the page states the fraction {numerator}/{denominator})"
        raw["note"] = note
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
    from ..base.factbase import fact_from_raw
    from .pagecheck import Page, explained

    facts = [fact_from_raw(raw) for raw in data["fact"]]
    _, only = explained(Page.read("", text), facts, data["not_fact"])
    data["not_fact"] = [raw for index, raw in enumerate(data["not_fact"]) if only[index]]
    if not data["not_fact"]:
        del data["not_fact"]  # (as the file reads back: no table, no key)
    return data


# ------------------------------------------------------------------ the file


def to_toml(data: Dict[str, Any], page_name: str) -> str:
    """The draft as TOML: each table as [[source]], [[unit]], [[fact]], [[not_fact]], so
    drafts of several pages concatenate into one fact file (cat a.toml b.toml)."""
    import shlex

    from .basecheck import STDIN_NAME, page_field

    piped = page_name in (STDIN_NAME, "-", "stdin")
    safe = "-" if piped else shlex.quote(page_field(page_name))
    lines = [f"# Drafted by `jzfacts extract` from {'standard input' if piped else safe}: "
             "review every fact, then",
             f"# write what is marked {DRAFT_MARK} and run",
             f"#   jzfacts validate THIS_FILE --page {safe}", ""]
    for table in ("source", "unit", "fact", "not_fact"):
        for item in data.get(table, ()):
            lines.append(f"[[{table}]]")
            for key, value in item.items():
                lines.append(f"{key} = {_toml_value(value)}")
            lines.append("")
    return "\n".join(lines)


def _toml_value(value: Any) -> str:
    import tomli_w

    if isinstance(value, list):  # repeats: an array of small inline tables
        rows = ["    { " + ", ".join(f"{key} = {_toml_value(inner)}"
                                     for key, inner in item.items()) + " },"
                for item in value]
        return "[\n" + "\n".join(rows) + "\n]"
    return tomli_w.dumps({"v": value})[4:].rstrip("\n")
