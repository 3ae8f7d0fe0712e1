"""A draft's own date and the deadlines it sets: what SH701 compares in a plan, read from text.

The document's date (成文日期) is the date a line holds alone: the line under the signature,
"2020年4月26日", or the date line under the title. A draft that prints two different such dates
has no one date to us (a notice quoting another's date), and none is guessed. Deadlines are the
phrases that say "by" a date: "2020年6月底前", "四季度前", "2018年7月底以前" (a phrase without a
year takes the document's year, as in a plan); "截至…" and dates of what was done are not
deadlines. Only a draft whose title names a plan (工作要点, 任务分解, 实施方案 …) sets deadlines: a
report's "2018年7月底前完成了" tells what happened.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from shanhai_check.dates import RECURRING, DatePhraseError, DateReading, read_date_phrase
from shanhai_check.quantity import QuantityError, cn_integer
from shanhai_check.wording import PLAN_TITLE

# A line that is a date and nothing else: 2020年4月26日, 二〇二〇年四月二十六日.
_DATE_LINE = re.compile(
    r"^\s*([0-9〇零一二三四五六七八九]{4})\s*年\s*([0-9一二三四五六七八九十]{1,3})\s*月\s*([0-9一二三四五六七八九十]{1,3})\s*日\s*$"
)
# The date a page's header gives the document: 成文日期: 2018-12-07.
_DATE_LABEL = re.compile(r"成文日期\s*[:：]\s*([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_DIGIT = {
    "〇": "0",
    "零": "0",
    "一": "1",
    "二": "2",
    "三": "3",
    "四": "4",
    "五": "5",
    "六": "6",
    "七": "7",
    "八": "8",
    "九": "9",
}
# "by" a date: a year, half, quarter, month or day, then 底/末, then 前 (以前, 之前).
DEADLINE = re.compile(
    r"(?:[0-9]{4}\s*年\s*)?"
    r"(?:[0-9一二三四五六七八九十]{1,3}\s*月\s*(?:[0-9一二三四五六七八九十]{1,3}\s*日|份)?|第?[一二三四1-4]\s*季度|[上下]半年|年)?"
    r"\s*(?:底|末)?\s*(?:以|之)?前"
)
# Lines of the title: the first this many of the draft.
_TITLE_LINES = 25


@dataclass(frozen=True)
class Deadline:
    """A deadline phrase of the draft, where it stands, and how it reads."""

    when: str
    line: int
    column: int  # 1-based
    reading: DateReading


def issued(lines: list[str]) -> date | None:
    """The draft's own date: the one date that lines hold alone, or that a 成文日期 label gives;
    None when there is none, or more than one."""
    found = set()
    for text in lines:
        match = _DATE_LINE.match(unicodedata.normalize("NFKC", text)) or _DATE_LABEL.search(text)
        if match:
            try:
                found.add(date(_year(match[1]), _number(match[2]), _number(match[3])))
            except (ValueError, QuantityError):
                continue
    return found.pop() if len(found) == 1 else None


def _number(text: str) -> int:
    return int(text) if text.isdigit() else cn_integer(text)


def _year(text: str) -> int:
    return int("".join(_DIGIT.get(c, c) for c in text))


def names_a_plan(lines: list[str]) -> bool:
    """The title names a plan (工作要点, 任务分解, 实施方案 …), within the draft's first lines."""
    return any(PLAN_TITLE.search(line) and len(line.strip()) <= 60 for line in lines[:_TITLE_LINES])


def deadlines(lines: list[str], year: int) -> list[Deadline]:
    """Every deadline phrase with a date in it, read with *year* for phrases that give none."""
    found = []
    for number, text in enumerate(lines, 1):
        for match in DEADLINE.finditer(text):
            phrase = match.group(0).strip()
            if len(phrase) <= 2:  # 前, 以前, 之前 alone
                continue
            try:
                reading = read_date_phrase(phrase, year)
            except DatePhraseError:
                continue
            if not reading.recurring and not _recurring_before(text, match.start()):
                found.append(
                    Deadline(
                        phrase,
                        number,
                        match.start() + 1 + (len(match.group(0)) - len(match.group(0).lstrip())),
                        reading,
                    )
                )
    return found


def _recurring_before(text: str, start: int) -> bool:
    """每年10月底前, 当年5月底前: the words just before make the phrase repeat; no one date."""
    return bool(RECURRING.search(text[max(0, start - 4) : start]))
