"""What a drafted figure is of and when: its label, the words of its own clause that name the
thing it measures (less datelines, time words and verbs; the thing after it where those name
none; the measure the clause before names, or its sentence's subject, where its clause names
nothing), and its period, the year its sentence states or names from the page's date."""

from __future__ import annotations

import re
from typing import Any, Dict, List, Optional

from ..base.periods import COMPARED_WITH
from ..base.units import UNITS
from .masthead import NAME, ROLE

# Where a clause ends: the quote of a figure is its clause, its label words of it. (An ASCII
# comma between digits is a thousands separator, not a clause's end.)
CLAUSE_END = "。；;！？!?，,：:…\n" + "".join(map(chr, [*range(0, 9), *range(11, 32),
                                                   *range(127, 160)]))
CJK = "\u4e00-\u9fff"


_LEADING = re.compile(
    # a dateline or byline that opens a paragraph (本报讯, 本报讯（记者 王丽）, 记者赵强报道,
    # 新华社北京6月25日电) names no thing measured
    "^(本报讯|[\u4e00-\u9fff]{1,8}讯(?=[\\s（(])|新华社[^\\s，,。]{0,12}电|"
    "[（(][^（）()]{0,30}(?:记者|通讯员)[^（）()]{0,30}[）)]|"
    f"{ROLE}\\s*{NAME}(?:\\s*报道|(?=\\s))|"
    r"如今|目前|当前|截至目前|截至|其中|同时|另外|此外|全年|全市|全省|全县|"
    r"且|并|而|但|据|和|年(?![轻纪龄度])|今年以来|近年来|十年来|日前|近日|已经|已|共|累计|共计|"
    r"新增|培育|拥有|组织|实现|完成|创建了|创建|建成|建立|锦州市|锦州|[\d]{4}年|"
    # (至11月共完成各类手术: the time up to which, no part of the thing)
    r"(?:至|到)(?=\d{1,2}月)|"
    r"\d{1,2}月\d{1,2}日|\d{1,2}月份?|\d{1,2}日|今年|去年|前年|当日|同期|早晨|上午|下午|"
    # a verb whose object is the thing counted after the figure (并将伴有5～6级偏北风, 来自
    # 28个省区市), and 的 left of the figure before (800米以上的云岭山区)
    r"晚上|白天|夜间|还将|也将|将|伴有|伴随|来自|的|[,，、 ])+")
_TRAILING = re.compile(r"(分别|达到|达|为|有|是|共|约|超过|近|实现|完成|突破|负增长|增长|"
                       r"获得|获|在|保持在|仅有|还有|共有|已有|可达|高达|缩小至|缩小到|扩大至|扩大到|"
                       r"收窄至|收窄到|降至|升至|增至|减至|降到|升到|回升至|回落至|提高到|提高至|"
                       r"提升至|提升到|上调至|下调至|增长至|增长到|攀升至|跃升至|由|年仅|年满|"
                       r"下降到|下降至|降低到|降低至|维持在|稳定在|上升到|上升至|增加到|增加至|"
                       r"减少到|减少至|仅为|只有|已达|已经|已|将|也|仅|还|可能|出现|预计|"
                       # (平均住院日缩短至7.4天, 水位涨至21.3米: the change's verb and its end)
                       r"缩短至|缩短到|缩减至|缩减到|压缩至|压缩到|延长至|延长到|涨至|涨到|跌至|"
                       r"跌到|增为|减为|降为|升为|共计|合计|总计|普遍|都|"
                       # (水位于7月2日涨至: the day it happened, no part of the thing)
                       r"于?\d{1,2}月\d{1,2}日|"
                       # a time word before the verb (义县高级中学今年共有): the period's
                       r"今年|去年|前年|目前|日前|近日|当前|如今)+$")
#: A year named from the page's date, anywhere in a label (义县今年参加高考的考生): the
#: period says it; not one compared with.
_TIME_WORDS = re.compile(f"(?<![{COMPARED_WITH}])(?:今年|去年|前年)"
                         "(?:以来|年底|年末|年初|底|末|初)?(?![轻纪龄同])")
#: Words that say only where the figures are (来自全国28个省区市): no thing measured.
_SCOPES = ("全国", "全市", "全省", "全县", "全区", "全州", "全镇", "全乡", "全球", "全世界",
           "国内", "国外", "海外", "境内", "境外")
#: Verbs that end the name of a thing counted after its figure (28万亩茶园迎来采摘高峰).
_VERBS_AFTER = ("迎来|实现|完成|参加|参与|进入|通过|获得|开始|成为|位列|落户|投入|投用|建成|覆盖|"
                "带动|累计|全部|分布|集中|来自|走进|受益|入驻|签约|报名")
#: A place's name alone (英山县28万亩茶园: the tea gardens are the thing, not the county).
_PLACE_ONLY = re.compile(f"[{CJK}]{{1,6}}(?:省|市|县|区|州|盟|旗|镇|乡|村)")
#: 以 as 'with' before what a figure counts (以金牌58枚), and the price of a unit a figure
#: is per (均价为每斤68元: the unit's, not the thing's words).
_PREPOSITION = re.compile(f"(?<![可所予加难得足])以(?![上下来及后前外内往至便免致为])"
                          f"(?=[{CJK}]{{2}})|"
                          "(?:为|是|达)?每(?:斤|公斤|千克|吨|亩|平方米|平米|人|户|个|件|台|辆|套|次|"
                          "小时|天|张|份|瓶|盒|只|头|间|场)$|"
                          # (一宗地块以: 以 before the figure it was sold at)
                          f"(?<=[{CJK}]{{2}})以$")
#: Units of a share or a ratio: the words before it name what it is a share of (主营业务收
#: 入的30%用于研发), never the words after.
_SHARES = ("percentage", "percentage points", "per-mille points", "times")


def _cjk_count(text: str) -> int:
    return len(re.findall(f"[{CJK}]", text))


def label_for(clause: str, begin: int, start: int, end: int, until: Optional[int] = None,
              unit: str = "") -> str:
    """The words the figure at clause[start:end] measures: the clause before it (from the
    figure before it, `begin`), less datelines, time words and verbs; where that names no
    thing — a list, a scope (全国), nothing but a verb (伴有, 来自), or words that end in 的
    or 和 and so describe what follows (国家和地区的2.5万名跑者) — the words after it, up to
    the next number (`until`): …等8个区域, 5～6级偏北风, 2.5万名跑者."""
    listed = clause[begin:start].rstrip().endswith("、")  # (11个大项、186个小项)
    before = _LEADING.sub("", clause[begin:start].strip(" ,，、"))
    # (小学平均班额由去年的46.5人: 由 and the time the figure was, no part of the thing;
    # 以金牌58枚: 以, a preposition)
    before = re.sub(r"由的?$", "", _TIME_WORDS.sub("", before))
    before = _PREPOSITION.sub("", _TRAILING.sub("", before)).strip(" ,，、")
    # (the words after it up to a verb's mark: 60岁以上老年人在门诊…, 35岁的年轻群体占比达到)
    after = re.split(f"[^{CJK}]|的|达|为|(?<=[{CJK}]{{2}})(?:[在将已均共]|{_VERBS_AFTER})",
                     clause[end:until].lstrip("的"), maxsplit=1)[0]
    after = re.sub("[和及与或第已将]+$", "", after)
    measured = UNITS.get(unit)
    describes = before.endswith(("的", "和", "及", "与", "或")) and not (
        unit in ("%", "‰") or measured is not None and measured.dimension in _SHARES)
    if ("、" in before or _cjk_count(before) < 2 or before in _SCOPES or describes or listed
            or _PLACE_ONLY.fullmatch(before)) and \
            _cjk_count(after) >= 2 and not weak_label(after):  # (的612座增加到800座)
        return after[:24]
    if _cjk_count(before) >= 2:
        return before.rstrip("的和及与或")[-24:] if _cjk_count(before.rstrip("的和及与或")) >= 2 \
            else before[-24:]
    # (2021年为2000亿元: the words before it, not the clause with its figure; nothing, where
    # the words around it are only a list's marks: 增加6家、41块和4,200个)
    return (before + after).strip() or clause[begin:start].strip(" ,，、和及与或")


#: The words of a label that name no thing: a change, a comparison, a verb of reporting
#: (同比下降, 较上年提高, 报, 降幅): a label of only these is of what the sentence named before.
_NO_THING = ("(?:19|20)\\d{2}年|全年|同比|环比|较|比|上年|今年|去年|前年|前一交易日|上月|上周|"
             "上届|上季度|上期|上一年|常年|同期|上半年|增长|下降|上涨|下跌|"
             "增加|减少|提高|降低|降幅|增幅|涨幅|跌幅|增速|收于|收报|报|达到|达|为|占比|偏少|偏多|"
             "偏低|偏高|放量|缩量|预增|预减|回落|回升|收窄|扩大|提升|下滑|分别|共|约|至|到|涨|跌|"
             "增|降|了|的")


def without_years(label: str) -> str:
    """A weak label less its year and its verb, to follow what it is of (2021年为: of
    地区生产总值, in 2021; 今年为, 去年同期为); a year compared with stays (比2020年)."""
    return re.sub(r"(?<![比较与和同])(?:(?:19|20)\d{2}年|今年|去年|前年)(?:全年|同期)?|"
                  r"^[为是达有]+|[为是达有]+$", "", label)


#: Where a clause that names a measure goes on to say where or when it was (最大降雨量出现在
#: 安屯乡, 最高水位位于…, 其中最大值在…): its name ends before these.
_WHERE_WHEN = re.compile("出现|位于|发生|集中|分布|来自|在|是|为|有|达|于|由")
#: The last word of a measure's name (降雨量, 上线率, 最高水位, 客流量峰值 …).
_MEASURE_ENDS = ("量", "率", "额", "数", "值", "价", "价格", "温", "水位", "面积", "比例", "比重",
                 "指数", "规模", "收入", "成绩", "速度", "风力", "风速", "高度", "长度", "深度",
                 "距离", "时长", "人次", "得分", "分数", "增速", "涨幅", "增幅", "降幅", "跌幅")


def measure_named(words: str) -> Optional[str]:
    """The measure the last clause of `words` that names one names, where it states no figure
    of it (最大降雨量出现在安屯乡 → 最大降雨量); None where none does (受强降雨影响)."""
    for clause in reversed(re.split(f"[{re.escape(CLAUSE_END)}]", words)):
        name = _WHERE_WHEN.split(_LEADING.sub("", clause.strip()), maxsplit=1)[0]
        if _cjk_count(name) >= 2 and name.endswith(_MEASURE_ENDS):
            return name[-16:]
    return None


def weak_label(label: str) -> bool:
    """Whether a label names no thing, only a change or a verb (同比, 报, 较去年提高)."""
    rest = re.sub(_NO_THING, "", label)
    return len(re.findall(f"[{CJK}]", rest)) < 2


def subject_of(label: str) -> str:
    """What a label names, less the change or verb it ends with (上证指数涨: 上证指数)."""
    return re.sub(f"(?:{_NO_THING})+$", "", label)[-24:] or label


#: Years a sentence names from the page's date: 今年 (its year), 去年, 前年. Not inside another
#: word: 如今年轻人, 失去年轻, 过去年份, 三年前年均, 提前年度.
_RELATIVE_YEAR = re.compile(r"(?<![如迄])(?<!(?<!截)至)(今)年(?![轻纪龄])|"
                            r"(?<![失过离回出进上下来])(去)年(?![轻纪龄份])|(?<![\d〇零一二三四五六七八九十百千两几数多年以之提目此从先当"
                            r"生日半])(前)年(?![轻纪龄度份])")
_YEARS_BACK = {"今": 0, "去": 1, "前": 2}


def period_of(sentence: str, year: Optional[int] = None) -> Optional[str]:
    """The one year a sentence's figures are of: one it states (2022年), or, on a page whose
    date gives its `year`, one it names from that (今年, 去年, 前年). A year compared with
    (比2020年提高, 较2019年, 与2021年相比, 同比2022年, 比去年提高) is the base of a change, not
    the figures' year."""
    stated = [(match.start(), match.end(), match.group(1)) for match in
              re.finditer(r"(?<!\d)((?:19|20)\d{2})年(?!来)", sentence)]
    if year is not None:
        stated += [(match.start(), match.end(),
                    str(year - _YEARS_BACK[next(filter(None, match.groups()))]))
                   for match in _RELATIVE_YEAR.finditer(sentence)]
    years = [(end, text) for start, end, text in stated
             if not (start and sentence[start - 1] in COMPARED_WITH) and
             not re.match(r"\S{0,4}?相比", sentence[end:])]
    if len({text for _, text in years}) != 1:
        return None
    if any(_PART_OF_YEAR.match(sentence, end) for end, _ in years):
        return None  # (今年上半年, 2023年1—5月: a part of the year, not the year)
    return years[0][1]


#: What after a year makes its figures a part of it (上半年, 前三季度, 1—5月, 一季度, 上旬).
_PART_OF_YEAR = re.compile(r"\s*(?:[上下]半年|(?:第|前)?[一二三四1-4]\s*季度|"
                           r"[1-9]\d?\s*[-—–~～至到]\s*[1-9]\d?\s*月|"
                           r"[一二三四五六七八九十]+\s*[-—–~～至到]\s*[一二三四五六七八九十]+\s*月|"
                           r"[1-9]\d?月[上中下]旬)")



def respectively(facts: List[Dict[str, Any]], line: str) -> None:
    """水稻、玉米、大豆、油料耕种收综合机械化率分别达到99.4%、93.95%…: where a clause gives
    a list of things and their figures 'respectively', each figure is labelled with its
    thing and the words the last thing carries (水稻耕种收综合机械化率)."""
    match = re.search(f"([{CJK}、]+)分别(?:达到|达|为|是)?", line)
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
