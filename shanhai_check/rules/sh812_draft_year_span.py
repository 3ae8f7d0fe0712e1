"""SH812 draft-year-span: a span of years written as a count that the years themselves contradict."""

from __future__ import annotations

import re
from dataclasses import dataclass

from shanhai_check.messages import rules as msg
from shanhai_check.wording import STATEMENT_BREAK
from shanhai_check.findings import Severity
from shanhai_check.quantity import QuantityError, cn_integer
from shanhai_check.rules.base import DraftRule

_COUNT = r"(?<![0-9〇零一二两三四五六七八九十])([0-9]{1,2}|[一二两三四五六七八九十]{1,3})"
_YEAR = r"((?:19|20)[0-9]{2})年?"
_TO = r"\s*[-—–~～至到]+\s*"
# "五年行动方案(2018年—2022年)", "三年行动计划(2018-2020年)": the count names the plan, the
# bracket its years, both ends included.
_NAMED_SPAN = re.compile(_COUNT + r"年([^,，。;；:：()（）《》]{0,12})[(（]\s*" + _YEAR + _TO + _YEAR + r"\s*[)）]")
# "近19年", "19年来": counted back from a year stated in the same sentence.
_RECENT_COUNT = re.compile(r"近" + _COUNT + r"年|" + _COUNT + r"年来")
_SINCE = re.compile(_YEAR + _TO + _YEAR + r"|自?" + _YEAR + r"(?:以来|至今)")


@dataclass(frozen=True)
class YearSpan:
    """A count of years and the years it stands for, with where the count is printed."""

    column: int  # 1-based, of the count
    count_text: str
    count: int
    first: int
    last: int
    inclusive: bool  # 五年 (2018—2022) counts both ends; 近19年 (1996—2015) counts the difference
    quote: str

    @property
    def allowed(self) -> set[int]:
        difference = self.last - self.first
        return {difference + 1} if self.inclusive else {difference, difference + 1}


def year_spans(line: str, year: str) -> list[YearSpan]:
    """The spans of years a line writes as a count, with the years it gives for them."""
    if "年" not in line:
        return []
    found = []
    for sentence in _sentences(line) if "近" in line or "年来" in line else ():
        counts = list(_RECENT_COUNT.finditer(line, *sentence))
        since = list(_SINCE.finditer(line, *sentence))
        if len(counts) != 1 or len(since) != 1:
            continue  # two counts or two spans in one sentence: which goes with which is a guess
        count, years = counts[0], since[0]
        digits = count.group(1) or count.group(2)
        first, last = (years.group(1), years.group(2)) if years.group(1) else (years.group(3), year)
        if first and last and _number(digits) is not None:
            start = min(count.start(), years.start())
            quote = line[start : max(count.end(), years.end())]
            found.append(
                YearSpan(count.start() + 1, count.group(0), _number(digits), int(first), int(last), False, quote)
            )
    # "近19年(1996—2015年)" is read once, as 近N年 (the difference may be meant), not also as a named span
    recent = [(span.column - 1, span.column - 1 + len(span.count_text)) for span in found]
    named = [
        m for m in _NAMED_SPAN.finditer(line) if not any(m.start() < end and start < m.end() for start, end in recent)
    ]
    named_spans = [
        YearSpan(
            m.start(1) + 1, m.group(1) + "年", _number(m.group(1)), int(m.group(3)), int(m.group(4)), True, m.group(0)
        )
        for m in named
        if _number(m.group(1)) is not None
    ]
    return sorted(named_spans + found, key=lambda span: span.column)


def _number(text: str) -> int | None:
    """The count's value; None for what only looks like a numeral (十十)."""
    try:
        return int(text) if text.isdigit() else cn_integer(text)
    except QuantityError:
        return None


def _sentences(line: str):
    start = 0
    for end in [m.end() for m in STATEMENT_BREAK.finditer(line)] + [len(line)]:
        if end > start:
            yield start, end
        start = end


class DraftYearSpan(DraftRule):
    """Checks a span of years written as a count against the years the draft gives for it.

    **What it does.** Finds a count of years printed with the years it stands for: a plan
    named by its length with its years in brackets ("五年行动方案(2018年—2022年)",
    "三年行动计划(2018-2020年)"), counted with both ends included; or "近N年" / "N年来" in a
    sentence that gives the span ("1996—2015年", "2003年以来", counted to the draft's year),
    where either the difference or the inclusive count is accepted. A count that fits is
    confirmed; one that fits neither reading is a warning.

    **Why it matters.** A plan's length is quoted in every document that cites it; a
    "三年行动计划(2018-2021年)" sends readers to look for a year that is not in the plan, or
    shows that one of the two was copied from an older version.

    **Example.**

    ```text
    结合我市《生态产业带建设三年行动方案(2018年—2021年)》,提出如下意见。
    ```

    **Use instead.** A count of years the span has, both ends included (2018, 2019, 2020):

    ```text
    结合我市《生态产业带建设三年行动方案(2018年—2020年)》,提出如下意见。
    ```
    """

    code = "SH812"
    name = "draft-year-span"
    severity = Severity.WARNING
    summary = "草稿中以年数写的时间跨度与所给年份不符"
    summary_en = "a span written as a number of years does not match the years given"
    doc_zh = """核对以年数写出的时间跨度与草稿给出的起止年份是否相符。

    **作用。** 找出写明了起止年份的年数:以年数命名、括号中写起止年份的规划 (“五年行动方案
    (2018年—2022年)”“三年行动计划(2018-2020年)”),按含首尾两年计算;或同一句中给出起止年份
    (“1996—2015年”“2003年以来”,算到草稿的年份) 的“近N年”“N年来”,差值或含首尾的年数都算相符。
    相符的予以确认;两种算法都不符的给出警告。

    **为何重要。** 规划的年限在每份引用它的文件中都会出现;“三年行动计划(2018-2021年)”会让
    读者去找规划中没有的一年,或说明两者之一抄自旧稿。

    **示例。** “三年行动方案(2018年—2021年)”:2018 至 2021 年含首尾是 4 年。

    **正确写法。** 年数与起止年份相符: 2018 至 2020 年含首尾正是 3 年。
    """

    def check(self, text):
        year = text.year
        for number, line in text.prose_lines:
            for found in year_spans(line, year):
                span = f"{found.first}—{found.last}"
                computed = msg.Either(sorted(found.allowed))
                args = dict(quote=found.quote, count=found.count, span=span, computed=computed)
                where = text.at(number, found.column, found.count_text)
                if found.count in found.allowed:
                    yield self.verified(msg.YearSpanAgrees(**args), where)
                else:
                    yield self.finding(msg.YearSpanMismatch(**args), where)
