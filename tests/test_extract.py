"""`jzfacts extract` drafts a fact file from a Chinese news article: every figure of the seed
page that the shipped base holds, none of its exclusions, and the figures of articles
written for these tests (tests/data/articles), each case the issue names."""

from __future__ import annotations

import json
import re
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any, Dict, List, Tuple

import pytest
import tomli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jzfacts.base.factbase import check_file, shipped_path
from jzfacts.pages.extract import draft, to_toml

from .conftest import DATA, PAGE

ARTICLES = DATA / "articles"


def figures(data: Dict[str, Any]) -> Counter:  # type: ignore[type-arg]
    return Counter((fact["value"], fact["unit"], fact.get("kind", "amount"))
                   for fact in data["fact"])


@pytest.mark.skipif(not PAGE.exists(), reason="the seed page ships with shared/, not here")
def test_the_seed_page_gives_every_figure_of_the_base_and_none_of_its_exclusions() -> None:
    base, _ = check_file(shipped_path())
    assert base is not None
    drafted = draft(PAGE.read_text(encoding="utf-8"))
    assert figures(drafted) == figures(base)  # values, units and kinds; labels differ
    assert {(f["value"], f["unit"], f["approx"]) for f in drafted["fact"]} == \
        {(f["value"], f["unit"], f["approx"]) for f in base["fact"]}
    # where the base says a number is no figure, no drafted fact has it as its figure
    from jzfacts.base.factbase import fact_from_raw
    from jzfacts.pages.pagecheck import Page, explained

    page = Page.read("page", PAGE.read_text(encoding="utf-8"))
    drafted_facts = [fact_from_raw(raw) for raw in drafted["fact"]]
    _, only = explained(page, drafted_facts, base["not_fact"])
    assert [raw["text"] for index, raw in enumerate(base["not_fact"]) if not only[index]] == []


@pytest.mark.skipif(not PAGE.exists(), reason="the seed page ships with shared/, not here")
def test_the_seed_draft_loads_everywhere_and_passes_validate_page(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "draft.toml"
    made = run("extract", str(PAGE), "-o", str(target), facts=None)
    assert made.exit_code == 0 and made.stdout == ""
    assert made.stderr == (f"jzfacts: drafted 44 facts and 30 not_facts from {PAGE} into "
                           f"{target}\n")
    checked = run("validate", str(target), "--page", str(PAGE), facts=None)
    assert checked.exit_code == 0
    assert checked.stdout.count(": warning: fact ") == 3 * 44  # label_en, category, note
    assert checked.stderr.endswith(f"valid, 44 facts, every figure of {PAGE} accounted for; "
                                   "132 warnings (--strict makes them fail)\n")
    strict = run("validate", str(target), "--page", str(PAGE), "--strict", facts=None)
    assert strict.exit_code == 2  # a draft full of TODOs cannot be shipped by mistake
    for argv in (["list"], ["search", "高新技术企业"], ["ask", "瞪羚企业有几家"],
                 ["compare", "draft.fact-020", "draft.fact-021"], ["stats"],
                 ["show", "draft.fact-001"]):
        result = run(*argv, "--json", facts=target)
        assert result.exit_code == 0, (argv, result.stderr)
        json.loads(result.stdout)


# Articles written for these tests. Each expected figure: (value, unit, approx, kind).
PORT = [(1234.5, "亿元", "exact", "amount"), (86.7, "万吨", "exact", "amount"),
        (12000, "TEU", "exact", "amount"), (15, "%", "exact", "amount"),
        (8, "条", "exact", "amount"), (50, "艘次", "under", "amount"),
        (350, "车", "exact", "amount"), (3.4, "%", "exact", "amount"),
        (2.6, "个百分点", "exact", "amount"), (1, "倍", "over", "amount"),
        (3, "届", "exact", "ordinal"), (7, "天", "exact", "amount")]
PORT_NOT = ["9月20日", "2025年", "前三季度", "5号泊位", "1月份", "502B", "0416"]
FARM = [(35.5, "万亩", "exact", "amount"), (1200, "台(套)", "exact", "amount"),
        (33.5, "%", "exact", "amount"), (300, "家", "over", "amount"),
        (2000, "亿元", "over", "amount"), (80, "%", "over", "amount"),
        (10, "处", "over", "amount"), (20000, "人", "exact", "amount"),
        (100, "人次", "over", "amount"), (21, "支", "exact", "amount"),
        (1000, "名", "under", "amount"), (25, "%", "about", "amount"),
        (70, "%", "exact", "amount"), (1.5, "万个", "over", "amount"),
        (3.2, "亿美元", "exact", "amount"), (600, "公顷", "about", "amount"),
        (8, "万人次", "over", "amount"), (10, "%", "under", "amount")]
FARM_NOT = ["一季度", "两县", "3+2"]
ECONOMY = [(1856.3, "亿元", "exact", "amount"), (5.2, "%", "exact", "amount"),
           (8.1, "%", "exact", "amount"), (612.4, "亿元", "exact", "amount"),
           (1200, "万人次", "over", "amount"), (100, "亿元", "over", "amount"),
           (1, "倍", "over", "amount"), (3.5, "万人", "exact", "amount"),
           (42000, "元", "exact", "amount"), (3.2, "%", "under", "amount"),
           (120, "场", "over", "amount"), (100, "个", "over", "amount"),
           (860, "亿元", "about", "amount"), (45, "个", "exact", "amount"),
           (10, "亿元", "over", "amount"), (12, "个", "exact", "amount"),
           (1.8, "万户", "exact", "amount"), (2.3, "个百分点", "exact", "amount")]
ECONOMY_NOT = ["10月25日", "前三季度", "零售", "亿元以上项", "一圈一带两区"]


@pytest.mark.parametrize("name, expected, not_figures", [
    ("port.txt", PORT, PORT_NOT), ("farm.txt", FARM, FARM_NOT),
    ("economy.txt", ECONOMY, ECONOMY_NOT)])
def test_articles_give_their_figures(name: str, expected: List[Tuple[Any, ...]],
                                     not_figures: List[str]) -> None:
    drafted = draft((ARTICLES / name).read_text(encoding="utf-8"))
    found = [(f["value"], f["unit"], f["approx"], f.get("kind", "amount"))
             for f in drafted["fact"]]
    assert found == expected
    quotes = [fact["quote"] for fact in drafted["fact"]]
    for text in not_figures:
        # a number that is no figure (found == expected: no fact has it) is a not_fact,
        # with its reason, or stands in a figure's clause as its period
        assert any(text in raw["text"] or raw["text"] in text
                   for raw in drafted["not_fact"]) or any(text in q for q in quotes), text
    assert all(raw["why"] for raw in drafted["not_fact"])


def test_fixed_terms_are_not_approximations() -> None:
    """规模以上 is 'above designated size' and 日最多 'at most per day': no approx word of
    the figure beside them."""
    drafted = draft("标题\n\n全县规模以上企业营业收入800亿元,日最多接待游客5000人。\n")
    assert [(f["value"], f["unit"], f["approx"]) for f in drafted["fact"]] == [
        (800, "亿元", "exact"), (5000, "人", "exact")]


def test_the_same_value_in_the_same_unit_is_a_repeat_only_where_the_words_match() -> None:
    """A figure stated again (a headline's, a summary's) is a repeat; another figure that
    happens to have the same value and unit is not, though the unit's characters match."""
    drafted = draft("标题\n\nPM10浓度为81微克/立方米。\n浓度最高的城市依次是甲、乙和丙，"
                    "分别为94、84和81微克/立方米。\n")
    assert [(f["value"], len(f.get("repeats", []))) for f in drafted["fact"]] == [
        (81, 0), (94, 0), (84, 0), (81, 0)]


@pytest.mark.parametrize("text", [
    # two years' figures, alike in value and words: two figures
    "标题\n\n2021年全市地区生产总值增长5%。2022年全市地区生产总值增长5%。\n",
    # two districts' counts: two figures
    "标题\n\n东城区有三甲医院5家。西城区有三甲医院5家。\n",
])
def test_a_figure_of_another_year_or_thing_is_no_repeat(text: str) -> None:
    drafted = draft(text)
    assert [(f["value"], len(f.get("repeats", []))) for f in drafted["fact"]] == [
        (5, 0), (5, 0)]


def test_a_year_compared_with_is_no_period_and_a_range_s_ends_share_their_label() -> None:
    drafted = draft("标题\n\n人均预期寿命达到78.6岁，比2020年提高0.9岁。"
                    "2022年粮食产量较2021年增加5万吨。\n"
                    "财政收入比上年同期多出约12亿元，气温跌破零下16℃，降雪量2至5毫米。\n")
    got = [(f["value"], f.get("period"), f.get("direction", ""), f["approx"], f["label"])
           for f in drafted["fact"]]
    assert got[:2] == [(78.6, None, "", "exact", "人均预期寿命"),
                       (0.9, None, "up", "exact", "人均预期寿命比2020年提高")]
    assert got[2][:3] == (5, "2022", "up")  # (the year of the figure, not the one compared)
    assert got[3][:4] == (12, None, "up", "about")  # 多出: a rise
    assert got[4][0] == -16 and got[4][3] == "under"  # 跌破: below it
    assert got[5][4] == got[6][4] == "降雪量"  # both ends of the range the snow's


def test_idioms_names_and_listed_counts_are_not_figures() -> None:
    drafted = draft("标题\n\n双方三心二意。黑山、义县两县共建3+2模式。"
                    "财政资金“四两拨千斤”,新增企业12家。\n")
    assert [(f["value"], f["unit"]) for f in drafted["fact"]] == [(12, "家")]
    reasons = {raw["text"]: raw["why"] for raw in drafted["not_fact"]}
    assert reasons["三心二意"].startswith("an idiom")
    assert reasons["3+2"].startswith("a name made of numbers")
    assert reasons["四两拨千斤"].startswith("an idiom")
    assert any(why == "counts the things just listed" for why in reasons.values())


def test_a_draft_reads_back_to_the_same_data_and_declares_its_units() -> None:
    text = (ARTICLES / "farm.txt").read_text(encoding="utf-8")
    drafted = draft(text)
    assert tomli.loads(to_toml(drafted, "farm.txt")) == drafted
    assert "unit" not in drafted  # 处 and 支 are measure words the table knows
    assert drafted["source"][0]["title"] == "全县春耕生产全面铺开"
    assert drafted["source"][0]["byline"].startswith("本报讯 通讯员赵敏 记者周文报道")
    # a measure word the table does not know is kept as written and declared
    opened = draft("标题\n\n园区种植玫瑰5000丛，新栽月季800蓬。\n")
    assert [(f["value"], f["unit"]) for f in opened["fact"]] == [(5000, "丛"), (800, "蓬")]
    assert [unit["symbol"] for unit in opened["unit"]] == ["丛", "蓬"]
    assert tomli.loads(to_toml(opened, "x")) == opened


def test_extract_from_stdin_to_stdout_and_never_over_a_file(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (ARTICLES / "port.txt").read_text(encoding="utf-8")
    printed = run("extract", "-", input=text, facts=None)
    assert printed.exit_code == 0 and tomli.loads(printed.stdout)["fact"][0]["value"] == 1234.5
    target = tmp_path / "draft.toml"
    target.write_text("mine", encoding="utf-8")
    refused = run("extract", str(ARTICLES / "port.txt"), "-o", str(target), facts=None)
    assert refused.exit_code == 2 and target.read_text(encoding="utf-8") == "mine"
    assert refused.stderr == f"jzfacts: {target} exists; use --force to overwrite it\n"
    forced = run("extract", str(ARTICLES / "port.txt"), "-o", str(target), "--force",
                 facts=None)
    assert forced.exit_code == 0 and tomli.loads(target.read_text(encoding="utf-8"))["fact"]
    missing = run("extract", str(tmp_path / "nope.txt"), facts=None)
    assert (missing.exit_code, missing.stderr) == (2, f"jzfacts: {tmp_path / 'nope.txt'}: "
                                                      "no such file\n")


# ------------------------------------------------------------------ what is a figure

def drafted_figures(text: str) -> List[Tuple[Any, ...]]:
    return [(f["value"], f["unit"], f["approx"], f.get("direction", "-"), f.get("kind", "amount"))
            for f in draft("标题\n\n" + text + "\n").get("fact", [])]


@pytest.mark.parametrize("text, expected", [
    # durations that measure something are figures
    ("可用天数约25天。", [(25, "天", "about", "-", "amount")]),
    ("去化周期约18.5个月。", [(18.5, "个月", "about", "-", "amount")]),
    ("每天服务时长约1.5小时。", [(1.5, "小时", "about", "-", "amount")]),
    ("开放日为期7天。", [(7, "天", "exact", "-", "amount")]),
    ("平均受教育年限由9.2年提高至10.1年。", [(9.2, "年", "exact", "-", "amount"),
                                  (10.1, "年", "exact", "-", "amount")]),
    # a year that is the news, an edition, a batch, a name that is a number
    ("首座电站于2019年投产。", [(2019, "年", "exact", "-", "year")]),
    ("宁阳市第十五届运动会闭幕。", [(15, "届", "exact", "-", "ordinal")]),
    ("入选国家第三批基地。", [(3, "批", "exact", "-", "ordinal")]),
    ("新泊位编号为21号。", [(21, "号", "exact", "-", "identifier")]),
    # falls are positive values with a direction; a written minus is a negative value
    ("燃油车销量下降9.7%，减少2.8万辆。", [(9.7, "%", "exact", "down", "amount"),
                                 (2.8, "万辆", "exact", "down", "amount")]),
    ("投资增速为-6.3%。", [(-6.3, "%", "exact", "-", "amount")]),
    ("城区最低气温在零下5℃左右。", [(-5, "℃", "about", "-", "amount")]),
    ("同比分别增长8.4%和7.9%。", [(8.4, "%", "exact", "up", "amount"),
                           (7.9, "%", "exact", "up", "amount")]),
    # spaces some pages print beside numbers are typography
    ("西安一季度 GDP 同比增长 7.6%，地区生产总值 2834.11 亿元。",
     [(7.6, "%", "exact", "up", "amount"), (2834.11, "亿元", "exact", "-", "amount")]),
    # letters before a number with a unit that measures are its label, not a name
    ("2022年西安GDP11486.51亿元。", [(11486.51, "亿元", "exact", "-", "amount")]),
    # numbers listed before the one that carries the unit share it
    ("高于全国、全省3.1和2.3个百分点。", [(3.1, "个百分点", "exact", "-", "amount"),
                                (2.3, "个百分点", "exact", "-", "amount")]),
    ("建队6年出头。", [(6, "年", "over", "-", "amount")]),
    # a count that opens a clause is a figure unless the clause is about the things counted
    ("全市三家企业获评。", [(3, "家", "exact", "-", "amount")]),
    # durations that measure: how long something lasts, a time limit counted from an event
    # or for a service or a task (within it: under), a streak
    ("促销季持续近20天。", [(20, "天", "under", "-", "amount")]),
    ("下单后24小时内送达的订单占比达到73%。", [(24, "小时", "under", "-", "amount"),
                                    (73, "%", "exact", "-", "amount")]),
    ("实施为期3个月的伏季休渔。", [(3, "个月", "exact", "-", "amount")]),
    ("承诺3个工作日内办结。", [(3, "个工作日", "under", "-", "amount")]),
    ("群众饮水问题均在四十八小时内解决。", [(48, "小时", "under", "-", "amount")]),
    ("已连续5个月刷新纪录。", [(5, "个月", "exact", "-", "amount")]),
    ("连续两年未发生重大事故。", [(2, "年", "exact", "-", "amount")]),
    # full-width digits, with a full-width point and thousands comma
    ("产值４８．６亿元，增加３，２００头，同比增长６．２％。",
     [(48.6, "亿元", "exact", "-", "amount"), (3200, "头", "exact", "up", "amount"),
      (6.2, "%", "exact", "up", "amount")]),
    # a year in numerals read digit by digit; a cohort named by its year is no figure
    ("该水库于一九五八年建成。", [(1958, "年", "exact", "-", "year")]),
    ("加价幅度为百分之五十至一百五十。", [(50, "%", "exact", "-", "amount"),
                                (150, "%", "exact", "-", "amount")]),
    ("新打机井四十六眼。", [(46, "眼", "exact", "-", "amount")]),
    ("菌落总数控制在每毫升10万个以内。", [(10, "万个", "under", "-", "amount")]),
    ("卫星设计寿命8年。", [(8, "年", "exact", "-", "amount")]),
    # a ratio, index or coefficient without a unit is a figure (unit ""), and so is its
    # change in the same sentence
    ("万车死亡率为0.92，比上年下降0.16。", [(0.92, "", "exact", "-", "amount"),
                                  (0.16, "", "exact", "down", "amount")]),
    ("总人口性别比为103.11。", [(103.11, "", "exact", "-", "amount")]),
    ("制造业PMI为49.5，", [(49.5, "", "exact", "-", "amount")]),
    ("居民恩格尔系数由0.32降至0.28。", [(0.32, "", "exact", "-", "amount"),
                                 (0.28, "", "exact", "-", "amount")]),
    ("新区容积率约2.5，", [(2.5, "", "about", "-", "amount")]),
    ("城乡居民收入比为2.45。", [(2.45, "", "exact", "-", "amount")]),
    # a rate per a number of people, births …: the denominator is part of the unit
    ("孕产妇死亡率降至9.8/10万，", [(9.8, "/10万", "exact", "-", "amount")]),
    ("数据中心PUE值降至1.25。", [(1.25, "", "exact", "-", "amount")]),
    # Latin units by rule
    ("流量达61.7亿GB，户均18.92GB/户·月。", [(61.7, "亿GB", "exact", "-", "amount"),
                                   (18.92, "GB/户·月", "exact", "-", "amount")]),
    ("接入速率100Mbps及以上的用户", [(100, "Mbps", "over", "-", "amount")]),
    # a compound time, its parts padded with a zero, is one figure in its smallest unit
    ("以2小时08分15秒夺冠。", [(7695, "秒", "exact", "-", "amount")]),
    # fractions as the share the page states
    ("约占三分之一。", [(33.3, "%", "about", "-", "amount")]),
    ("中签率约为四分之一。", [(25, "%", "about", "-", "amount")]),
    ("约1/3的企业已完成改造，近2/3的受访者表示满意。", [(33.3, "%", "about", "-", "amount"),
                                          (66.7, "%", "under", "-", "amount")]),
    # a plan's name and a set phrase hold numbers that are no figures
    ("首付比例最低为20%。", [(20, "%", "exact", "-", "amount")]),
])
def test_figures_of_each_class(text: str, expected: List[Tuple[Any, ...]]) -> None:
    assert drafted_figures(text) == expected


@pytest.mark.parametrize("text, why", [
    ("记者12月16日从国家统计局获悉，", "a date"),
    ("12月14日至17日我市将迎来寒潮，", "a date"),
    ("1—5月，全市成交", "a date"),
    ("截至5月底，", "a date"),
    ("2019年8月31日前出生的儿童，", "a date"),
    ("2024-03-05发布，", "a date"),
    ("返程车流18时许达到峰值，", "a time of day"),
    ("今天下午3点召开，", "a time of day"),
    ("10:30开幕，", "a time of day, a score or a ratio"),
    ("近30年来，我市", "a time reference"),
    ("未来10天内暂无冷空气，", "a time reference"),
    ("前5个月我市成交", "a time reference"),
    ("近3个月来，价格走低", "a time reference"),
    ("3年内建成，", "a time reference"),
    ("时隔6个交易日再度放量，", "a time reference"),
    ("火箭飞行约12分钟后星箭分离，", "a time reference"),
    ("召开2024届毕业生座谈会，", "a class named by its year"),
    ("此后3年内，", "a time reference"),
    ("下届运动会将于2027年举办，", "a year"),
    ("召开2025年招生发布会，", "a year"),
    ("位列金牌榜第一名，", "an ordinal or rank"),
    ("排名全国第5，", "an ordinal or rank"),
    ("在第88分钟打入制胜球，", "an ordinal or rank"),
    ("措施第三条规定，", "an ordinal or rank"),
    ("第一产业用电量", "an ordinal or rank"),
    ("金牌榜前三名代表团", "a rank"),
    ("（一）住院报销比例提高", "a list number"),
    ("市教育局明确：1.不得组织考试", "a list number"),
    ("发电量[1]达到", "a footnote mark"),
    ("5G基站用电", "an identifier"),
    ("G15沈海高速", "an identifier"),
    ("C919客机首航", "an identifier"),
    ("92号汽油价格", "an identifier"),
    ("地铁5号线沿线", "an identifier"),
    ("拨打0398-6612345咨询", "a telephone number"),
    ("拨打12345政务热线", "a telephone number"),
    ("按照“十四五”规划", "quotation marks"),
    ("在二级医院住院", "a grade's name"),
    ("二级以上公立医院", "a grade's name"),
    ("小学一年级招生", "a name"),
    ("5年期以上贷款利率", "a name"),
    ("10米气步枪比赛", "an event's name"),
    ("每10万人中拥有大学生", "a denominator"),
    ("二手住宅成交", "a word that holds a numeral"),
    ("景区二次消费", "二 before a measure word"),
    ("将第一时间发布", "an idiom"),
    ("上证50指数收盘", "a number without a unit"),
    ("比分为3比1，", "a score or a ratio"),
    ("以3比1战胜对手，", "a score or a ratio"),
    ("02星发射成功", "a leading zero"),
    ("。三家基础电信企业上半年共完成投资", "names the things the clause is about"),
    ("据西安日报 5 月 4 日消息，", "a date"),
    ("排名万亿城市第 22 位，", "an ordinal or rank"),
    ("来源：市场星报 2022-02-21 00:57", "a date"),
    ("26-27日最大阵风", "a date"),
    ("PM10平均浓度", "an identifier"),
    ("他俩均夺得冠军，", "a pronoun"),
    ("包揽女子3米跳板单人跳金牌", "an event's name"),
    ("短道速滑混合接力2000米冠军", "an event's name"),
    ("三次产业结构比例为6.01:55.04:38.95", "an idiom or set phrase"),
    ("预计48小时（25日-27日）最低气温", "a time reference"),
    ("全市启动实施三年行动计划，", "the name of a plan"),
    ("实行7×24小时全天候服务，", "an idiom or set phrase"),
    ("2023/3/5发布，", "a date"),
    ("，两项数据均创历史同期新高。", "names the things the clause is about"),
    ("与01星相比，", "a leading zero"),
])
def test_not_figures_of_each_class_are_kept_with_their_reason(text: str, why: str) -> None:
    drafted = draft("标题\n\n" + text + "\n")
    assert not drafted["fact"], drafted["fact"]
    assert any(why in raw["why"] for raw in drafted.get("not_fact", [])), drafted.get("not_fact")


def test_the_weather_draft_lists_whole_minimal_not_figures() -> None:
    """What a reviewer reads of each number that is no figure: the whole date or time
    (ranges too), time reference, telephone number or name, and nothing more."""
    drafted = draft((ARTICLES / "seen" / "weather.txt").read_text(encoding="utf-8"))
    assert [raw["text"] for raw in drafted["not_fact"]] == [
        "16日", "12月14日至17日", "13日15时", "14日8点", "14日", "15日", "13日", "16日至17日",
        "近30年来", "12月中旬", "G15", "S32", "第一时间", "19日", "未来10天内", "热线12121",
        "0398-6612345"]


KEYED = sorted((ARTICLES).glob("*/*.txt")) + sorted(ARTICLES.glob("*.txt"))


@pytest.mark.parametrize("path", [p for p in KEYED if p.stem != "README"],
                         ids=lambda path: path.parent.name + "/" + path.stem)
def test_no_not_fact_text_is_a_fragment(path: Path) -> None:
    """No [[not_fact]] text crosses a space between words (a headline's parts), starts or
    ends inside a date, a time or a telephone number."""
    text = path.read_text(encoding="utf-8")
    for raw in draft(text).get("not_fact", []):
        words = raw["text"]
        at = text.find(words)
        before, after = text[at - 1:at], text[at + len(words):at + len(words) + 1]
        assert not re.search(r"[^\x00-\x7f] [^\x00-\x7f]", words), words
        assert not (before.isdigit() and words[0] in "日月时分号年-－"), words
        assert not (words[-1].isdigit() and (after.isdigit() or after in "日月时号-－")), words
        assert not words.endswith(("-", "－", "至", "到", "—")), words


# ------------------------------------------------------------------ drafts always load

def _proven(text: str, name: str = "page.txt") -> List[str]:
    """The problems of the draft of a text: as a fact file, and against its page."""
    from jzfacts.base.factbase import build
    from jzfacts.base.validate import validate
    from jzfacts.pages.pagecheck import Page, check_page

    drafted = draft(text, name, "page")
    if not drafted["fact"]:
        return []
    written = to_toml(drafted, name)
    parsed = tomli.loads(written)
    problems = [str(problem) for problem in validate(parsed, name, written)]
    if problems:
        return problems
    facts = build(parsed, name).facts
    return [str(problem) for problem in check_page(Page.read(name, text), facts,
                                                   parsed.get("not_fact", []))]


FRAGMENTS = st.sampled_from([
    "同比增长", "下降", "减少", "约", "近", "超过", "逾", "左右", "以上", "以下", "不足", "创超",
    "零下", "负", "-", "−", "~", "至", "到", "—", "、", "和", "，", "。", "（", "）", "“", "”",
    "第", "前", "近", "年来", "月", "日", "号", "时", "点", "万", "亿", "元", "吨", "人", "个",
    "%", "％", "‰", "℃", "mm", "km", "kg", "m²", "TEU", "个百分点", "个基点", "岁", "级",
    "公斤/亩", "元/平方米", "万千瓦", "丛", "队", "金", "成", "分之", "百分之", "点五",
    "一", "二", "两", "三", "十", "百", "千", "俩", "零", "五", "九",
    "0", "1", "2", "5", "12", "2023", "3.5", "1,200", "0398", "6612345", "[1]", "5G",
    "全市", "企业", "气温", "销量", "\n", "\n\n", " ", "标题",
])


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(FRAGMENTS, min_size=1, max_size=40).map("".join))
def test_every_draft_of_a_generated_text_loads_and_passes_validate_page(text: str) -> None:
    assert _proven(text) == []


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=120))
def test_every_draft_of_any_text_loads_and_passes_validate_page(text: str) -> None:
    assert _proven(text) == []


REAL_LOOKING = sorted(ARTICLES.glob("*.txt")) + [
    path for folder in ("seen", "own", "unseen-1", "late")
    for path in sorted((ARTICLES / folder).glob("*.txt")) if path.stem != "README"]


@pytest.mark.parametrize("path", REAL_LOOKING, ids=lambda path: path.stem)
def test_every_draft_of_a_real_looking_article_passes_validate_page(path: Path) -> None:
    assert _proven(path.read_text(encoding="utf-8"), path.name) == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(REAL_LOOKING), min_size=1, max_size=3),
       st.randoms(use_true_random=False))
def test_drafts_of_articles_cut_and_spliced_pass_validate_page(paths: List[Path],
                                                              chance: Any) -> None:
    lines = [line for path in paths for line in path.read_text(encoding="utf-8").splitlines()]
    chance.shuffle(lines)
    cut = [line[chance.randrange(0, max(1, len(line) // 3)):] for line in lines]
    assert _proven("\n".join(cut)) == []


# ------------------------------------------------------------------ the file and the command

def test_drafts_of_two_articles_concatenate_into_one_fact_file(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first, second = tmp_path / "weather.toml", tmp_path / "grain.toml"
    for source, target in (("weather", first), ("grain", second)):
        made = run("extract", str(ARTICLES / "seen" / f"{source}.txt"), "-o", str(target),
                   facts=None)
        assert made.exit_code == 0, made.stderr
    both = tmp_path / "both.toml"
    both.write_text(first.read_text(encoding="utf-8") + second.read_text(encoding="utf-8"),
                    encoding="utf-8")
    data, problems = check_file(both)
    assert problems == [] and data is not None
    assert {source["id"] for source in data["source"]} == {"weather", "grain"}
    ids = [fact["id"] for fact in data["fact"]]
    assert len(ids) == len(set(ids)) and ids[0] == "weather.fact-001"
    assert all(fact["source"] == fact["id"].split(".")[0] for fact in data["fact"])
    assert "[[not_fact]]" in first.read_text(encoding="utf-8")
    assert "not_fact = [" not in first.read_text(encoding="utf-8")
    listed = run("list", "--json", facts=both)
    assert listed.exit_code == 0 and len(json.loads(listed.stdout)) == len(ids)


def test_prefix_names_the_article(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    made = run("extract", str(ARTICLES / "port.txt"), "--prefix", "port-0920", facts=None)
    assert made.exit_code == 0
    drafted = tomli.loads(made.stdout)
    assert drafted["source"][0]["id"] == "port-0920"
    assert drafted["fact"][0]["id"] == "port-0920.fact-001"
    bad = run("extract", str(ARTICLES / "port.txt"), "--prefix", "Port 9", facts=None)
    assert bad.exit_code == 2 and "is no id" in bad.stderr


@pytest.mark.parametrize("name, expected", [
    ("weather.toml", "weather"), ("Weather 2024-03.toml", "weather-2024-03"),
    ("天气.toml", "tian-qi"), ("---.toml", "article"), ("a\nb.toml", "a-b"),
])
def test_slug(name: str, expected: str) -> None:
    from jzfacts.search.pinyin import slug

    assert slug(name) == expected


def test_a_page_with_no_figures_writes_nothing(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "quiet.txt"
    page.write_text("标题\n\n锦州市召开会议，部署下一步工作。\n", encoding="utf-8")
    target = tmp_path / "quiet.toml"
    result = run("extract", str(page), "-o", str(target), facts=None)
    assert result.exit_code == 1 and not target.exists() and result.stdout == ""
    assert result.stderr == (f"jzfacts: {page}: no figures found (no number with a unit that "
                             "is not a date, a year, a rank or a name): nothing drafted\n")
    empty = run("extract", "-", input="", facts=None)
    assert empty.exit_code == 1 and empty.stdout == ""


def test_an_odd_page_name_still_gives_a_draft_that_loads(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "odd\nname \"quoted\".txt"
    page.write_text((ARTICLES / "port.txt").read_text(encoding="utf-8"), encoding="utf-8")
    target = tmp_path / "odd.toml"
    made = run("extract", str(page), "-o", str(target), facts=None)
    assert made.exit_code == 0
    data, problems = check_file(target)
    assert problems == [] and data is not None
    # the page as seen from the draft's folder, its control character shown, not written
    assert data["source"][0]["file"] == page.name.replace("\n", "\\x0a")
    checked = run("validate", str(target), "--page", str(page), facts=None)
    assert checked.exit_code == 0


@pytest.mark.parametrize("opening, date", [
    ("2024年3月5日 星期二", "2024-03-05"), ("发布时间：2023-11-08 09:30", "2023-11-08"),
    ("本报讯 记者12月16日获悉", None),
    # a date the text counts from or to is no date of the page (今年 is read from it)
    ("凡2019年8月31日前出生的儿童均可报名", None), ("新规自2023年1月1日起施行", None),
])
def test_the_source_records_the_page_and_its_date_where_stated(opening: str,
                                                              date: Any) -> None:
    drafted = draft(f"标题\n{opening}\n\n全市新增企业12家。\n", "pages/a.txt", "a")
    source = drafted["source"][0]
    assert source["file"] == "pages/a.txt" and source.get("date") == date


# ------------------------------------------------------------------ the seen articles

def _evaluation() -> Any:
    """scripts/evaluate_extract.py, loaded as a module (scripts/ is no package)."""
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "scripts" / "evaluate_extract.py"
    spec = importlib.util.spec_from_file_location("evaluate_extract", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


KEYED_SETS = [p for folder in ("seen", "own", "unseen-1", "late", "unseen-2", "unseen-3")
              for p in sorted((ARTICLES / folder).glob("*.txt"))
              if p.with_suffix(".key.tsv").exists()]


@pytest.mark.parametrize("article", KEYED_SETS, ids=lambda path: path.parent.name + "/" + path.stem)
def test_keyed_articles_keep_their_floors(article: Path) -> None:
    """Articles of other fields with answer keys: ten by someone who never saw the code
    (seen/README.txt), ten of our own (own/README.txt), six more by an independent writer
    that were the first unseen measure (unseen-1/README.txt) and three written after the
    second round's code (late/README.txt), six more unseen in round 19 (unseen-2/README.txt)
    and six in round 20 (unseen-3/README.txt). Floors, not targets: a little under what the
    draft reached when they were added, so a change that loses figures shows here.
    (unseen-3's writer keyed 第二座电池工厂 an ordinal, where ours are editions and batches:
    its floor is 0.94.)"""
    report = _evaluation().evaluate(article)
    assert report.rows >= 20
    assert report.recall >= (0.94 if article.parent.name == "unseen-3" else 0.96), \
        report.failures
    assert report.approx_rate >= 0.96, report.failures
    assert report.precision >= 0.96, report.failures
    assert report.direction >= report.found - 3 and report.kind >= report.found - 1, \
        report.failures


def test_the_evaluation_counts_what_it_says() -> None:
    """A draft with a figure missing, one wrong and one extra is scored so."""
    evaluation = _evaluation()
    rows = [evaluation.KeyRow("5", "万吨", "exact", "amount", "-", "产量5万吨"),
            evaluation.KeyRow("3", "%", "over", "amount", "up", "增长3%以上"),
            evaluation.KeyRow("1/3", "%", "about", "amount", "-", "约三分之一")]
    assert evaluation.key_value(rows[2]) == Decimal(100) / 3
    assert evaluation.same_quantity({"value": 50000, "unit": "吨"}, rows[0])
    assert evaluation.same_quantity({"value": 33.3, "unit": "%"}, rows[2])
    assert not evaluation.same_quantity({"value": 5, "unit": "吨"}, rows[0])
    text = "产量5万吨，增长3%以上，约三分之一。"
    placed = evaluation.place_rows(text, rows)
    assert [(row.start, row.end) for row in placed] == [(2, 3), (8, 9), (14, 18)]


def test_a_race_time_is_one_figure_that_validates_against_its_page() -> None:
    text = ("马拉松开跑\n\n男子全程冠军以2小时12分35秒的成绩打破赛会纪录，"
            "女子冠军用时2小时31分08秒。半程组冠军成绩为1小时05分。\n")
    facts = draft(text, "race.txt", "race")["fact"]
    assert [(fact["value"], fact["unit"]) for fact in facts] == \
        [(7955, "秒"), (9068, "秒"), (65, "分钟")]
    assert _proven(text, "race.txt") == []


@pytest.mark.parametrize("text, labels", [
    # a clause that names no thing (报, 同比下降, 较上年提高) is of what the sentence named
    ("沪指收涨\n\n上证指数涨1.2%，报3268.7点；深证成指涨1.8%，报11892.3点。\n",
     ["上证指数涨", "上证指数报", "深证成指涨", "深证成指报"]),
    ("经济\n\n全市社会消费品零售总额312.6亿元，同比下降1.5%。床位使用率91%，较上年提高2个百分点。\n",
     ["社会消费品零售总额", "社会消费品零售总额同比下降", "床位使用率",
      "床位使用率较上年提高"]),
    # not across a sentence: the next one's subject is its own
    ("标题\n\n进出口总额120亿元。同比增长8%。\n", ["进出口总额", "同比"]),
])
def test_a_clause_that_names_no_thing_takes_the_sentences_subject(text: str,
                                                                   labels: List[str]) -> None:
    assert [fact["label"] for fact in draft(text)["fact"]] == labels


def test_a_page_name_that_is_no_utf8_or_holds_a_control_character_is_linked(
        run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # TOML holds neither a byte that is no UTF-8 nor a control character: the draft writes
    # them as \xNN, and validate reads them back to find the page beside the file (the
    # draft of such a page ended in exit 3, or lost its page check)
    import os

    text = "标题\n\n全市新增瞪羚企业5家，雏鹰企业12家。\n"
    for raw in (b"sp\xff #?.txt", b"ctl\x01.txt"):
        page = tmp_path / os.fsdecode(raw)
        page.write_text(text, encoding="utf-8")
        draft_path = tmp_path / (raw.hex() + ".toml")
        result = run("extract", str(page), "-o", str(draft_path), facts=None)
        assert result.exit_code == 0, result.stderr
        written = draft_path.read_text(encoding="utf-8")  # (UTF-8, or this raises)
        assert "\\\\x" in written
        checked = run("validate", str(draft_path), facts=None)
        assert checked.exit_code == 0 and "accounted for" in checked.stderr, checked.stderr


@pytest.mark.parametrize("line, figures", [
    # 负增长 is a fall, as 下降 is
    ("全市规模以上工业企业利润同比负增长3.2%。", [(3.2, "%", "exact", "down")]),
    # 平均 is no 平 (square metres) after a number: 110 is the hotline
    ("110平均到场时间缩短至6分钟以内。", [(6, "分钟", "under", "")]),
    # the last few of a series are a window, as 近3年 is; 近5000场 is a count
    ("辽宁队近5场比赛取得4胜。", [(4, "胜", "exact", "")]),
    ("全年举办各类活动近5000场。", [(5000, "场", "under", "")]),
    # a ratio named …比, to a level it narrowed to
    ("城乡收入比缩小至1.97。", [(1.97, "", "exact", "")]),
    # a terminal colour code in the text is no figure
    ("\x1b[31m红色预警\x1b[0m发布，最低气温零下18℃。", [(-18, "℃", "exact", "")]),
])
def test_members_a_reviewer_found(line: str, figures: list) -> None:  # type: ignore[type-arg]
    facts = draft(f"标题\n\n{line}\n")["fact"]
    assert [(f["value"], f["unit"], f["approx"], f.get("direction") or "")
            for f in facts] == figures
    assert _proven(f"标题\n\n{line}\n") == []


def test_each_figure_takes_the_year_of_its_own_clause() -> None:
    facts = draft("标题\n\n2022年全年地区生产总值2100亿元，2021年为2000亿元。\n")["fact"]
    assert [(f["value"], f.get("period"), f["label"]) for f in facts] == [
        (2100, "2022", "地区生产总值"), (2000, "2021", "地区生产总值")]


@pytest.mark.parametrize("opening, byline", [
    ("本报讯（记者 王丽）前三季度，全市新增企业120家。", "记者 王丽"),
    ("本报讯(通讯员 李静 记者 陈晨)全市新增企业120家。", "通讯员 李静 记者 陈晨"),
    ("新华社讯（记者 周明）全市新增企业120家。", "记者 周明"),
])
def test_the_byline_in_brackets_after_the_dateline(opening: str, byline: str) -> None:
    assert draft(f"标题\n\n{opening}\n")["source"][0].get("byline") == byline


def test_a_page_of_binary_data_is_refused_not_drafted(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "page.txt"
    page.write_bytes("标题\n\n新增企业5家。\n".encode() + b"\x00\x01\x02")
    result = run("extract", str(page), facts=None)
    assert result.exit_code == 2 and "binary data" in result.stderr and result.stdout == ""


def _figures_and_why(text: str) -> Tuple[List[Tuple[Any, str]], List[str]]:
    drafted = draft(text)
    return ([(fact["value"], fact["unit"]) for fact in drafted["fact"]],
            [raw["why"] for raw in drafted.get("not_fact", [])])


@pytest.mark.parametrize("text, figures", [
    # a year that opens the title, straight before a name whose first character is also a
    # measure word (天, 台, 城, 平 …), is the year of the name, in the title and the body
    ("2024天津马拉松鸣枪开跑\n\n本报讯 2024天津马拉松今天开跑，吸引3万名跑者。\n",
     [(3, "万名")]),
    # the page's own year, from its date or a year it writes with 年
    ("城市更新大会召开\n2023年5月20日\n\n2023城市更新大会在台州召开，签约项目12个。\n",
     [(12, "个")]),
    ("摄影展开幕\n\n2023年，2023平遥国际摄影展吸引观众1.2万人次。\n", [(1.2, "万人次")]),
    ("车展\n2024年4月25日\n\n2024款比亚迪汉售价20万元，2024株洲车展同日开幕。\n",
     [(20, "万元")]),
    # counts stay counts: a measure that stands alone, a year the page is not about, a
    # round hundred (2000名志愿者 counts far more often than 2000 names an event)
    ("文物保护\n2023年5月20日\n\n全市收缴文物2023件。\n", [(2023, "件")]),
    ("高考\n2023年6月25日\n\n全市1986名考生参加考试。\n", [(1986, "名")]),
    ("马拉松\n\n自2000年以来，2000名志愿者参与服务。\n", [(2000, "名")]),
])
def test_a_year_before_a_name_is_no_amount(text: str, figures: List[Tuple[Any, str]]) -> None:
    found, why = _figures_and_why(text)
    assert found == figures
    assert _proven(text) == []
    if "大会" in text or "开跑" in text:
        assert any(reason.startswith("a year before a name") for reason in why), why


@pytest.mark.parametrize("line, figures", [
    # a gloss in brackets between the measure's name and its number hides no name: an
    # abbreviation, what one stands for, a short form, the base of an index
    ("居民消费价格指数（CPI）为101.2。", [(101.2, "")]),
    ("制造业采购经理指数(PMI)为49.5，比上月下降0.3。", [(49.5, ""), (0.3, "")]),
    ("CPI（居民消费价格指数）为102.5。", [(102.5, "")]),
    ("恩格尔系数（简称恩格尔）降至0.28。", [(0.28, "")]),
    ("居民消费价格指数（上年=100）为102.3。", [(102.3, "")]),
    ("全市空气质量综合指数（AQI）为3.9。", [(3.9, "")]),
    # a bracket after no measure's name makes no figure of a bare number
    ("全市企业（不含个体户）为1200。", []),
])
def test_a_gloss_in_brackets_hides_no_ratio_name(line: str,
                                                 figures: List[Tuple[Any, str]]) -> None:
    found, _ = _figures_and_why(f"标题\n\n{line}\n")
    assert found == figures
    assert _proven(f"标题\n\n{line}\n") == []


@pytest.mark.parametrize("furniture", [
    "2023年6月25日", "2023年6月25日 星期日", "发布时间：2023-06-25 09:30",
    "来源：锦州日报 2023-06-25", "本报记者 王芳 通讯员 李强", "本报讯（记者 王芳）",
    "（通讯员 李强 记者 王芳）", "张伟 本报记者 王芳",
])
def test_the_pages_date_and_byline_lines_are_no_sections(furniture: str) -> None:
    """A line of the page's furniture is no heading: the figures under it stand under the
    title, or the nearest real heading above them."""
    text = (f"全县高考成绩公布\n{furniture}\n\n全县共有2870名考生参加高考。\n\n"
            "本科上线率稳步提高\n\n全县本科上线率为61.3%。\n")
    drafted = draft(text, "a.txt", "a")
    assert [fact["section"] for fact in drafted["fact"]] == \
        ["全县高考成绩公布", "本科上线率稳步提高"]
    assert _proven(text) == []


def test_a_heading_that_opens_with_a_date_or_names_a_reporter_stays_one() -> None:
    text = ("标题\n\n2023年6月25日辽宁高考成绩公布\n\n全省共有20万名考生参加高考。\n\n"
            "记者探访考点\n\n考点共设考场120个。\n")
    assert [fact["section"] for fact in draft(text)["fact"]] == \
        ["2023年6月25日辽宁高考成绩公布", "记者探访考点"]


@pytest.mark.parametrize("opening, byline", [
    # a byline on a line of its own is whole (本报记者 孙立 lost the 强 and the 通讯员)
    ("本报记者 孙立强 通讯员 郑洁\n\n全市新增企业120家。", "本报记者 孙立强 通讯员 郑洁"),
    ("（通讯员 白雪松 记者 何婧）\n\n全市新增企业120家。", "通讯员 白雪松 记者 何婧"),
    ("张伟 本报记者 王芳\n\n全市新增企业120家。", "张伟 本报记者 王芳"),
    ("本报讯 通讯员赵敏 记者周文报道 全市新增企业120家。", "本报讯 通讯员赵敏 记者周文报道"),
    # a reporter who is not named is no byline
    ("记者从市统计局获悉，全市新增企业120家。", None),
    ("记者近日从市统计局获悉，全市新增企业120家。", None),
])
def test_a_byline_is_whole_and_names_someone(opening: str, byline: Any) -> None:
    assert draft(f"标题\n\n{opening}\n")["source"][0].get("byline") == byline


def test_this_year_and_last_year_are_read_from_the_pages_date() -> None:
    """今年 is the year of the page's date, 去年 the one before, 前年 the one before that, as
    a year the page states is; a year compared with (比去年提高, 较去年同期) is no period, a
    word that only holds the characters (如今年轻人) names no year, and without a date
    there is no year to count from."""
    text = ("高考\n2023年6月25日\n\n本报讯 今年全县共有2870名考生参加高考，本科上线率为61.3%，"
            "比去年提高4.2个百分点。去年全县考生2500人，前年为2400人。"
            "全市新增企业120家，较去年同期增加20家。如今年轻人占比达到六成。\n")
    facts = draft(text)["fact"]
    assert [(fact["value"], fact.get("period")) for fact in facts] == [
        (2870, "2023"), (61.3, "2023"), (4.2, "2023"), (2500, "2022"), (2400, "2021"),
        (120, None), (20, None), (60, None)]
    undated = draft(text.replace("2023年6月25日\n", ""))["fact"]
    assert [fact.get("period") for fact in undated] == [None] * 8
    assert _proven(text) == []


def test_a_stated_year_and_this_year_agree_or_give_no_period() -> None:
    text = "营收\n2023年6月25日\n\n2023年上半年营收10亿元，今年全年预计20亿元，去年为18亿元。\n"
    # (2023年上半年: a part of the year, no period of the whole year; 今年全年 is it)
    assert [(fact["value"], fact.get("period")) for fact in draft(text)["fact"]] == [
        (10, None), (20, "2023"), (18, "2022")]
    # each figure takes the year of its own clause, a stated one or one named from the date
    each = "营收\n2023年6月25日\n\n2021年营收8亿元，今年为12亿元。\n"
    assert [fact.get("period") for fact in draft(each)["fact"]] == ["2021", "2023"]


@pytest.mark.parametrize("text, labels", [
    # a clause that names a measure and says where or when it was, then its figure in the
    # next: the figure is of that measure, not of the figure's before it
    ("全市平均降雨量达到186.5毫米，最大降雨量出现在安屯乡，为312毫米。",
     ["平均降雨量", "最大降雨量"]),
    ("最高水位出现在30日凌晨，达21.36米，超过警戒水位0.86米。", ["最高水位", "超过警戒水位"]),
    ("单日客流量峰值出现在2日，为35.6万人次。", ["单日客流量峰值"]),
    # a clause of no measure's name (受疫情影响) names nothing
    ("全市生产总值120亿元，受疫情影响，同比下降2%。", ["生产总值", "生产总值同比下降"]),
    # what the figure counts or grades, after it, where the words before it are only a verb,
    # a scope, a list or words that describe what follows (…的, …和)
    ("最低气温将降至零下12℃，并将伴有5～6级偏北风。", ["最低气温", "偏北风", "偏北风"]),
    ("同时伴随4到5级西北风。", ["西北风", "西北风"]),
    ("来自全国28个省区市及5个国家和地区的2.5万名跑者参赛。",
     ["省区市", "国家和地区", "跑者参赛"]),
    ("受损的36处道路已有三分之二恢复通行。", ["道路", "道路"]),
    ("0至6岁儿童和60岁以上老年人在门诊报销时可享受倾斜政策。",
     ["儿童", "儿童", "老年人"]),
    # a share is of the words before it, whatever follows
    ("研发投入占营业收入的12%用于新药研发。", ["研发投入占营业收入"]),
    # a verb of change after it names no thing: the words before it do
    ("超充站将从现在的612座增加到800座。", ["超充站将从现在", "超充站将从现在增加到"]),
    # a dateline, a byline and a time word are no part of a label
    ("本报讯 今年义县高级中学共有1,126名考生参加高考。", ["义县高级中学"]),
    ("本报讯（记者 王丽）去年全市新增企业120家。", ["企业"]),
    ("本报讯 记者 李娜 报道 春节假期7天。", ["春节假期"]),
    ("新华社北京6月25日电 日前大连港货物吞吐量达到1.2亿吨。", ["大连港货物吞吐量"]),
    # nor the verb of a level (降至, 提升至, 维持在) or an adverb before it (也, 已, 将)
    ("坝顶高程由128.5米提升至130米。", ["坝顶高程", "坝顶高程提升至"]),
    ("全市白天最高气温也仅有1℃，森林覆盖率提高到42.3%，补贴申请已超过3.5万份。",
     ["最高气温", "森林覆盖率", "补贴申请"]),
    ("年龄最小的体操选手年仅9岁，完成年度任务的112%。", ["年龄最小的体操选手", "年度任务"]),
    # a year named from the date, anywhere in it: the period says it (比上届 is a comparison)
    ("青川机场去年旅客吞吐量突破1,100万人次。", ["青川机场旅客吞吐量"]),
    ("全程完赛率达到96.7%，比上届提高1.5个百分点。", ["全程完赛率", "全程完赛率比上届提高"]),
])
def test_a_label_names_the_thing_its_own_clause_measures(text: str,
                                                          labels: List[str]) -> None:
    assert [fact["label"] for fact in draft(f"标题\n\n{text}\n")["fact"]] == labels


def test_the_review_of_round_20s_drafting_rules() -> None:
    """截至今年 names this year (至今年均 does not); 内 that begins a word (内地) is no 'within'."""
    from jzfacts.base.numerals import quantities
    from jzfacts.pages.labels import period_of

    assert period_of("截至今年6月底，全市共有企业1200家", 2023) == "2023"
    assert period_of("至今年均增长5%", 2023) is None
    assert [q.approx for q in quantities("节日3天内地游客增多")] == ["exact"]
    assert [q.approx for q in quantities("3天内办结")] == ["under"]


@pytest.mark.parametrize("sentence, value, label", [
    ("秭归县40万亩橘园进入采摘期。", 40, "橘园"),  # a place alone names no thing
    ("精品脐橙收购价为每斤6元。", 6, "精品脐橙收购价"),  # the unit it is per: no words of it
    ("初中平均班额由去年的51.2人降至48人。", 51.2, "初中平均班额"),  # 由 and its year
    ("共设田径、游泳等14个大项、210个小项。", 210, "小项"),  # a list's second thing
    ("武汉队以金牌33枚位列第一。", 33, "武汉队金牌"),  # 以, a preposition
    ("来自全省的3200名运动员参加比赛。", 3200, "运动员"),  # up to the verb after it
])
def test_a_label_names_the_thing_not_the_words_around_it(sentence: str, value: float,
                                                         label: str) -> None:
    data = draft(f"标题\n2024年5月1日\n{sentence}\n", "a.txt", "a")
    assert [fact["label"] for fact in data["fact"] if fact["value"] == value] == [label]


@pytest.mark.parametrize("sentence, value, label", [
    ("全市公交平均候车时间缩短至6.5分钟。", 6.5, "公交平均候车时间"),  # the change's verb
    ("闽江福州站水位于6月18日涨至8.4米。", 8.4, "闽江福州站水位"),  # the day, mid-clause
    ("景区门票价为每张45元。", 45, "景区门票价"),  # the unit it is per (张)
    ("博物馆举办讲座、亲子活动等共计86场。", 86, "博物馆举办讲座、亲子活动等"),  # 共计
    ("临港片区一宗商业用地以3.6亿元成交。", 3.6, "临港片区一宗商业用地"),  # 以 before the sum
    ("各乡镇日降雨量普遍超过60毫米。", 60, "各乡镇日降雨量"),  # an adverb
])
def test_round_22_labels_drop_the_verbs_and_days_around_the_thing(sentence: str, value: float,
                                                                  label: str) -> None:
    """Round 22: the words a drafted label kept around the thing it names (their class in a
    held-out writer's articles, these sentences my own)."""
    data = draft(f"标题\n2024年5月1日\n{sentence}\n", "a.txt", "a")
    assert [fact["label"] for fact in data["fact"] if fact["value"] == value] == [label]
