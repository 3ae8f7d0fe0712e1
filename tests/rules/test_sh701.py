"""SH701 deadline-before-document: PASS and FAIL cases at exact places."""

from __future__ import annotations

import pytest

from shanhai_check.findings import Severity

# A document dated 2018-12-07 (line 1); its task's deadlines at line 7, the first at column 21.
PLAN = """\
document: {{title: 示例, date: '2018-12-07', year: 2018}}
task_lists:
  - id: 正文
    items:
      - item: 1
        text: 完成产业园管委会组建
        deadlines: [{deadlines}]
"""


def _sh701(check_text, deadlines):
    (file,) = check_text(PLAN.format(deadlines=deadlines)).files
    assert not file.errors, file.errors
    found = [(f.location.line, f.location.column, f.related, f.severity, f.text()) for f in file.findings if f.code == "SH701"]
    return found, file


def test_fail_a_deadline_past_on_the_day_of_issue_is_an_error_at_the_deadline(check_text):
    found, file = _sh701(check_text, "2018年7月底前")
    assert found == [(7, 21, (), Severity.ERROR, "期限 '2018年7月底前' (即 2018-07-31) 早于文件自身的日期 2018-12-07: 发文时已过期")]
    (finding,) = [f for f in file.findings if f.code == "SH701"]
    assert finding.text("en") == "deadline '2018年7月底前' (2018-07-31) is earlier than the document's own date 2018-12-07"


@pytest.mark.parametrize("deadline", ["2018年12月底前", "2018年年底前", "每年10月底前"])  # after the date; recurring
def test_pass_a_deadline_after_the_document_or_a_recurring_one(check_text, deadline):
    found, file = _sh701(check_text, deadline)
    assert found == [] and file.findings == []


def test_fail_a_deadline_without_a_year_takes_the_plans_year(check_text):
    found, _ = _sh701(check_text, "7月底前")
    assert found == [(7, 21, (), Severity.ERROR, "期限 '7月底前' (即 2018-07-31) 早于文件自身的日期 2018-12-07: 发文时已过期")]


def test_fail_earlier_only_when_read_literally_is_a_warning_giving_both_readings(check_text):
    found, _ = _sh701(check_text, "2018年四季度前")
    assert found == [
        (7, 21, (), Severity.WARNING, "期限 '2018年四季度前' 按字面 ('2018年四季度之前', 即 2018-09-30) 早于文件自身的日期 2018-12-07; 仅当理解为 2018-12-31 前才不早于")
    ]


def test_each_deadline_at_its_own_place(check_text):
    found, _ = _sh701(check_text, "2018年12月底前, 7月底前")  # the second at column 33
    assert [place[:2] for place in found] == [(7, 33)]
