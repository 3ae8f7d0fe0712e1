"""SH702 date-outside-period: PASS and FAIL cases at exact places."""

from __future__ import annotations

import pytest

from shanhai_check.findings import Severity

# The plan's period on line 1; the task's deadlines at line 6, the first at column 21.
PLAN = """\
document: {{title: 工作要点, {period}}}
task_lists:
  - id: 正文
    items:
      - item: 1
        deadlines: [{deadlines}]
"""


def _sh702(check_text, deadlines, period="year: 2020"):
    (file,) = check_text(PLAN.format(deadlines=deadlines, period=period)).files
    assert not file.errors, file.errors
    found = [(f.location.line, f.location.column, f.related, f.text()) for f in file.findings if f.code == "SH702"]
    return found, file


def test_fail_a_deadline_after_the_plans_year_is_a_warning_at_the_deadline(check_text):
    found, file = _sh702(check_text, "2022年6月底前")
    assert found == [(6, 21, (), "期限 '2022年6月底前' (即 2022-06-30) 在计划期 2020—2020 年之外")]
    (finding,) = [f for f in file.findings if f.code == "SH702"]
    assert finding.severity is Severity.WARNING
    assert finding.text("en") == "date '2022年6月底前' (2022-06-30) is outside the plan period 2020–2020"


@pytest.mark.parametrize("deadline", ["2020年6月底前", "2020年年底前", "6月底前"])
def test_pass_a_deadline_within_the_plans_year(check_text, deadline):
    found, file = _sh702(check_text, deadline)
    assert found == [] and file.findings == []


def test_fail_a_deadline_before_the_period(check_text):
    found, _ = _sh702(check_text, "2020年6月底前, 2019年6月底前")  # the second at column 32
    assert found == [(6, 32, (), "期限 '2019年6月底前' (即 2019-06-30) 在计划期 2020—2020 年之外")]


def test_pass_and_fail_against_a_period_of_several_years(check_text):
    period = "period: {from: 2018, to: 2020}"
    assert _sh702(check_text, "2019年6月底前", period)[0] == []
    found, _ = _sh702(check_text, "2021年6月底前", period)
    assert found == [(6, 21, (), "期限 '2021年6月底前' (即 2021-06-30) 在计划期 2018—2020 年之外")]


def test_pass_a_deadline_sh701_reports_is_left_to_it(check_text):
    found, file = _sh702(check_text, "2019年6月底前", period="date: '2020-03-01'")  # the period is the date's year
    assert found == []
    assert [(f.code, f.location.line, f.location.column) for f in file.findings] == [("SH701", 6, 21)]
