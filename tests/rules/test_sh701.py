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
    found = [
        (f.location.line, f.location.column, f.related, f.severity, f.text())
        for f in file.findings
        if f.code == "SH701"
    ]
    return found, file


def test_fail_a_deadline_past_on_the_day_of_issue_is_an_error_at_the_deadline(check_text):
    found, file = _sh701(check_text, "2018年7月底前")
    assert found == [
        (7, 21, (), Severity.ERROR, "期限 '2018年7月底前' (即 2018-07-31) 早于文件自身的日期 2018-12-07: 发文时已过期")
    ]
    (finding,) = [f for f in file.findings if f.code == "SH701"]
    assert (
        finding.text("en") == "deadline '2018年7月底前' (2018-07-31) is earlier than the document's own date 2018-12-07"
    )


@pytest.mark.parametrize("deadline", ["2018年12月底前", "2018年年底前", "每年10月底前"])  # after the date; recurring
def test_pass_a_deadline_after_the_document_or_a_recurring_one(check_text, deadline):
    found, file = _sh701(check_text, deadline)
    assert found == [] and file.findings == []


def test_fail_a_deadline_without_a_year_takes_the_plans_year(check_text):
    found, _ = _sh701(check_text, "7月底前")
    assert found == [
        (7, 21, (), Severity.ERROR, "期限 '7月底前' (即 2018-07-31) 早于文件自身的日期 2018-12-07: 发文时已过期")
    ]


def test_fail_earlier_only_when_read_literally_is_a_warning_giving_both_readings(check_text):
    found, _ = _sh701(check_text, "2018年四季度前")
    assert found == [
        (
            7,
            21,
            (),
            Severity.WARNING,
            "期限 '2018年四季度前' 按字面 ('2018年四季度之前', 即 2018-09-30) 早于文件自身的日期 2018-12-07; "
            "仅当理解为 2018-12-31 前才不早于",
        )
    ]


def test_each_deadline_at_its_own_place(check_text):
    found, _ = _sh701(check_text, "2018年12月底前, 7月底前")  # the second at column 33
    assert [place[:2] for place in found] == [(7, 33)]


# -- drafts: the same check, the same words, read from the text ----------------------------------
DRAFT = """\
关于印发2018年度山海协作工作要点的通知
成文日期: 2018-12-07
一、主要任务
1.{when},完成产业园区的规划编制工作。
"""


def _draft_findings(check_text, text):
    result = check_text(text, "draft.txt")
    assert not result.input_errors
    return [(f.location.line, f.location.column, f.severity, f.text()) for f in result.findings if f.code == "SH701"]


def test_fail_a_drafts_deadline_before_its_own_date_is_said_as_for_a_plan(check_text):
    assert _draft_findings(check_text, DRAFT.format(when="2018年7月底前")) == [
        (4, 3, Severity.ERROR, "期限 '2018年7月底前' (即 2018-07-31) 早于文件自身的日期 2018-12-07: 发文时已过期")
    ]
    (found,) = _draft_findings(check_text, DRAFT.format(when="2018年四季度前"))
    assert found[:3] == (4, 3, Severity.WARNING)


@pytest.mark.parametrize(
    "text",
    [
        DRAFT.format(when="2019年6月底前"),  # after the document's date
        DRAFT.format(when="每年6月底前"),  # recurring: no one date
        DRAFT.replace("工作要点的通知", "工作情况的报告").format(when="2018年7月底前"),  # a report tells what was done
        DRAFT.replace("成文日期: 2018-12-07", "2018年12月7日\n2018年11月1日").format(
            when="2018年7月底前"
        ),  # two dates: none
    ],
)
def test_pass_a_draft_deadline_that_is_later_recurring_in_a_report_or_without_one_date(check_text, text):
    assert _draft_findings(check_text, text) == []
