"""SH812 draft-year-span: PASS and FAIL cases at exact places."""

from __future__ import annotations

import pytest

from shanhai_check.findings import Severity

# The plan's length, 三年/四年, at column 13.
NAMED = "结合我市《生态产业带建设{count}年行动方案(2018年—{end}年)》,提出如下意见。\n"
# "近N年来" at column 1, with the span it covers in the same sentence.
RECENT = "近{count}年来,1996—2015年累计投入资金100亿元。\n"


def _sh812(check_text, text):
    (file,) = check_text(text, "draft.txt").files
    assert file.kind == "draft" and not file.errors, file.errors
    found = [f for f in file.findings if f.code == "SH812"]
    agreed = [(v.location.line, v.location.column, v.related, v.text()) for v in file.verified if v.code == "SH812"]
    return found, agreed, file


def test_fail_a_plans_length_its_years_do_not_give_is_a_warning_at_the_count(check_text):
    (finding,), agreed, _ = _sh812(check_text, NAMED.format(count="三", end=2021))
    assert (finding.location.line, finding.location.column, finding.related) == (1, 13, ())
    assert finding.severity is Severity.WARNING
    assert finding.text() == "'三年行动方案(2018年—2021年)' 写的是 3 年,而 2018—2021 是 4 年"
    assert finding.text("en") == "'三年行动方案(2018年—2021年)' says 3 years, but 2018—2021 is 4 years"
    assert agreed == []


@pytest.mark.parametrize(("count", "end"), [("三", 2020), ("四", 2021)])  # both ends included
def test_pass_the_length_its_years_give_is_confirmed_at_the_count(check_text, count, end):
    found, agreed, file = _sh812(check_text, NAMED.format(count=count, end=end))
    assert found == [] and file.findings == []
    years = {"三": 3, "四": 4}[count]
    assert agreed == [(1, 13, (), f"'{count}年行动方案(2018年—{end}年)': 2018—{end} = {years} 年")]


@pytest.mark.parametrize("count", [19, 20])  # the difference, or both ends counted
def test_pass_recent_years_either_reading(check_text, count):
    found, agreed, _ = _sh812(check_text, RECENT.format(count=count))
    assert found == [] and agreed == [(1, 1, (), f"'近{count}年来,1996—2015年': 1996—2015 = 19或20 年")]


def test_fail_recent_years_neither_reading_gives(check_text):
    (finding,), _, _ = _sh812(check_text, RECENT.format(count=10))
    assert (finding.location.line, finding.location.column) == (1, 1)
    assert finding.text() == "'近10年来,1996—2015年' 写的是 10 年,而 1996—2015 是 19或20 年"


def test_pass_a_span_since_a_year_counted_to_the_drafts_year(check_text):
    found, agreed, _ = _sh812(check_text, "宁波市2020年工作要点\n2003年以来,17年来累计投入资金100亿元。\n")
    assert found == [] and agreed == [(2, 9, (), "'2003年以来,17年来': 2003—2020 = 17或18 年")]
