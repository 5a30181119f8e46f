"""The lines of a page that are no sentences: its title and headings, and its furniture — the
date, the byline and the source on lines of their own, which are the source's and no
figure's section — with the page's date and the years it is about."""

from __future__ import annotations

import re
from typing import FrozenSet, Optional, Sequence


def printable_part(text: str) -> str:
    """The text without its control characters (a fact file holds none; the page check
    reads a heading without them too)."""
    return re.sub(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]",
                  lambda match: " " if match.group().isspace() else "", text).strip()


def is_heading(line: str) -> bool:
    """A short line that is no sentence: a title, a heading, a column's name; not a line of
    the page's furniture (_furniture: its date, byline or source)."""
    return bool(line) and len(line) <= 32 and not re.search(r"[。；！？]$", line) \
        and "，" not in line and line.count(",") < 2 and not _furniture(line)


ROLE = "(?:本报|特约|见习|实习|首席)?(?:记者|通讯员|实习生|摄影)"
NAME = "[\u4e00-\u9fff·]{2,3}"  # (two or three characters: 记者探访考点 is a heading)
#: A byline on a line of its own: 本报讯（记者 宋可欣）, 本报记者 王建国 通讯员 赵丰,
#: （通讯员 白雪松 记者 何婧）, 王化思 本报记者 崔治, 本报讯 记者赵强报道, 本报讯.
_BYLINE_LINE = re.compile(f"(?:{NAME}\\s+)?(?:[\u4e00-\u9fff]{{1,8}}讯)?\\s*[（(]?\\s*"
                          f"(?:{ROLE}\\s*{NAME}(?:报道)?[\\s、，,]*)*[）)]?")
#: What a date line may say besides the date: a weekday, a time, where it comes from.
_DATE_LINE_REST = re.compile(r"^[日号]|星期[一二三四五六日天]|周[一二三四五六日]|"
                             r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?|"
                             r"(?:来源|稿源|发布时间|发布日期|更新时间|时间|日期)\s*[：:]\s*"
                             r"[^\s，。,；;]{0,12}|[\s|｜/·:：()（）—-]")
_SOURCE_LINE = re.compile(r"(?:来源|稿源|编辑|责任编辑|作者|审核|校对|发布时间|发布日期)\s*[：:]")


def _byline_line(line: str) -> bool:
    """Whether a line is a byline and nothing else (本报讯（记者 宋可欣）, 王化思 本报记者 崔治)."""
    return _BYLINE_LINE.fullmatch(line) is not None and \
        re.search("讯|记者|通讯员|实习生|摄影", line) is not None


def _furniture(line: str) -> bool:
    """Whether a line is the page's furniture, no heading: its date on a line of its own
    (2023年6月25日, 2023年6月25日 星期日, 发布时间：2023-11-08 09:30), its byline (本报讯（记者
    宋可欣）, 本报记者 王建国 通讯员 赵丰) or its source or editor (来源：锦州日报). A section is
    the heading a figure stands under: the date is the source's, the byline its author's."""
    if _byline_line(line):
        return True
    if _FULL_DATE.search(line) and not _DATE_LINE_REST.sub("", _FULL_DATE.sub("", line)):
        return True
    return len(line) <= 40 and _SOURCE_LINE.match(line) is not None


def page_byline(lines: Sequence[str]) -> Optional[str]:
    """Who wrote it: a line of its own near the top (王化思 本报记者 崔治), or the words
    that open the first paragraph (本报讯 通讯员赵敏 记者周文报道)."""
    for line in lines[1:6]:
        # (本报讯（记者 王丽 通讯员 张强）…: who wrote it, in brackets)
        bracketed = re.match(r"(?:本报讯|[^\s，,。（(]{0,12}?讯)\s*[（(]\s*"
                             r"((?:本报)?(?:记者|通讯员)[^）)。]{1,30}?)\s*[）)]", line)
        if bracketed:
            return bracketed.group(1).strip()
        if _byline_line(line):  # 本报记者 孙立强 通讯员 郑洁, 王化思 本报记者 崔治
            return line.strip("（()） ")
        opening = _OPENING_BYLINE.match(line)
        if opening and ("记者" in opening.group(0) or "通讯员" in opening.group(0)):
            return opening.group(0).strip()
    return None


#: Who wrote it, where a paragraph opens with it: 本报讯 记者王丽报道, 本报讯 通讯员赵敏 记者周文
#: 报道, 记者 陈晨 …: each role with a whole name, which ends where 报道, a space, a bracket or
#: the next role does (记者从市统计局获悉 names no reporter).
_OPENING_BYLINE = re.compile(f"(?:本报讯\\s*)?(?:{ROLE}\\s*{NAME}(?:报道|(?=[\\s，,）)]|本报|"
                             "记者|通讯员|见习|实习|特约|首席|$))\\s*)+")


_FULL_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*(?:年|-|/|\.)\s*(\d{1,2})\s*(?:月|-|/|\.)"
                        r"\s*(\d{1,2})(?!\d)")


def page_date(lines: Sequence[str]) -> Optional[str]:
    """The page's date where the page states one whole (2024年3月5日, 2024-03-05) in its
    first lines or the opening of its first paragraph; a month and day alone is no date, nor
    one the text counts from or to (凡2019年8月31日前出生, 2023年1月1日起施行): 今年 and 去年
    are read from it."""
    for line in lines[:4]:
        for match in _FULL_DATE.finditer(line[:60]):
            year, month, day = (int(part) for part in match.groups())
            if re.match(r"[日号]?\s*(?:前|后|以前|以后|之前|之后|起|以来|至|到|[-—–~～]|出生)",
                        line[match.end():]):
                continue
            if 1 <= month <= 12 and 1 <= day <= 31:
                return f"{year:04d}-{month:02d}-{day:02d}"
    return None



def page_years(lines: Sequence[str], date: Optional[str]) -> FrozenSet[int]:
    """The years a page is about: its date's, each it writes as a year (2023年), and one that
    opens a heading directly before its words (2023盘锦红海滩马拉松鸣枪开跑). A round
    hundred is no such year unless the date's (2000名志愿者 is a count far more often
    than the year 2000 names an event)."""
    found = {int(year) for line in lines
             for year in re.findall(r"(?<![\d.,])((?:19|20)\d{2})\s*年", line)}
    found |= {int(match.group(1)) for line in lines if is_heading(line)
              for match in [re.match(r"((?:19|20)\d{2})\s*[\u4e00-\u9fff]", line)] if match}
    found = {year for year in found if year % 100}
    return frozenset(found | ({int(date[:4])} if date else set()))
