"""Chinese date phrases, read as deadlines: '2018年7月底前', '四季度前', '到2025年', '每月25日前'.

A phrase names a span of time (a year, a half, a quarter, a month, a day) and says whether the
deadline is its end ('年底', '7月底前', '到2025年', '2018年') or the time *before* it ('2019年前',
'四季度前'). "Before X" is read two ways, and both are kept: literally, the day before X
starts; loosely, as many drafters mean it, by the end of X. A rule compares the literal
(earliest) and loose (latest) readings and reports an error only when both are wrong.

Phrases that recur (每年, 每月, 每季度, 每半年, 当年, 年度) have no single date and are marked so.
A phrase without a year takes the year given by the caller (the plan's year).
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

from shanhai_check.messages import MessageError
from shanhai_check.messages import inputs as say
from shanhai_check.quantity import QuantityError, cn_integer

RECURRING = re.compile(r"每年|每月|每季|每半年|每周|每天|当年|当月|年度|每个")
_YEAR = re.compile(r"(\d{4})\s*年")
_DAY = re.compile(r"(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2})\s*日")
_MONTH = re.compile(r"(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(份)?\s*(底|末)?")
_QUARTER = re.compile(r"第?([一二三四1-4])\s*季度\s*(底|末)?")
_HALF = re.compile(r"(上|下)半年|年中")
_YEAR_END = re.compile(r"年\s*(底|末)")
_BEFORE = re.compile(r"(以|之)?前\s*$")


class DatePhraseError(MessageError):
    """The phrase names no date this module can read; its message says why, in either
    language (its own text is the Chinese)."""

    text_lang = "zh"


@dataclass(frozen=True)
class DateReading:
    """What a phrase allows: the deadline read literally (earliest) and loosely (latest).

    For an unambiguous phrase the two are the same day. ``recurring`` phrases have neither.
    """

    text: str
    earliest: date | None
    latest: date | None
    recurring: bool = False

    @property
    def ambiguous(self) -> bool:
        return self.earliest != self.latest


def _number(text: str) -> int:
    return int(text) if text.isdigit() else cn_integer(text)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _span(text: str, year: int) -> tuple[date, date, bool]:
    """The span the phrase names (first day, last day) and whether it says its end (底/末)."""
    if match := _DAY.search(text):
        day = date(year, _number(match.group(1)), int(match.group(2)))
        return day, day, True
    if match := _MONTH.search(text):
        month = _number(match.group(1))
        return date(year, month, 1), _month_end(year, month), bool(match.group(3))
    if match := _QUARTER.search(text):
        quarter = _number(match.group(1))
        return date(year, 3 * quarter - 2, 1), _month_end(year, 3 * quarter), bool(match.group(2))
    if match := _HALF.search(text):
        if match.group(0) == "年中" or match.group(1) == "上":
            first, last = date(year, 1, 1), date(year, 6, 30)
            return first, last, match.group(0) == "年中"
        return date(year, 7, 1), date(year, 12, 31), False
    return date(year, 1, 1), date(year, 12, 31), bool(_YEAR_END.search(text))


def read_date_phrase(text: str, default_year: int | None = None) -> DateReading:
    """Read one phrase; :class:`DatePhraseError` when it names no date."""
    phrase = unicodedata.normalize("NFKC", text).strip()
    if RECURRING.search(phrase):
        return DateReading(text, None, None, recurring=True)
    years = _YEAR.findall(phrase)
    year = int(years[-1]) if years else default_year
    has_span = (
        years
        or _DAY.search(phrase)
        or _MONTH.search(phrase)
        or _QUARTER.search(phrase)
        or _HALF.search(phrase)
        or _YEAR_END.search(phrase)
    )
    if year is None or not has_span:
        raise DatePhraseError((say.NoDateIn if year else say.NoDateNorYearIn)(text=text))
    try:
        first, last, says_end = _span(phrase, year)
        earliest = first - timedelta(days=1) if _BEFORE.search(phrase) and not says_end else last
    except (ValueError, OverflowError, QuantityError) as error:  # OverflowError: beyond the calendar (1月前 of year 1)
        raise DatePhraseError(say.NotAValidDate(text=text, problem=error)) from None
    return DateReading(text, earliest, last)
