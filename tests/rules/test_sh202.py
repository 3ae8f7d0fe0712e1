"""SH202 goal-mismatch: PASS and FAIL cases at exact places."""

from __future__ import annotations

from shanhai_check.findings import Severity

# The goal at line 5; the table's rows at lines 10-11 and its 合计 at line 12, column 13.
PLAN = """\
document: {{title: 示例}}
metrics:
  销售额: {{unit: 万元}}
goals:
  - {{metric: 销售额, value: {goal}}}
tables:
  - id: 附件1
    columns: [销售额]
    rows:
      甲区: [3000]
      乙区: [2600]
    total: [5600]
"""


def _check(check_text, goal):
    (file,) = check_text(PLAN.format(goal=goal)).files
    assert not file.errors, file.errors
    found = [f for f in file.findings if f.code == "SH202"]
    agreed = [
        (v.location.line, v.location.column, [(r.line, r.column) for r in v.related], v.text())
        for v in file.verified
        if v.code == "SH202"
    ]
    return found, agreed, file


def test_fail_a_goal_the_table_total_does_not_reach_is_an_error_at_the_goal_with_the_total_related(check_text):
    (finding,), agreed, _ = _check(check_text, "5700万元")
    assert (finding.location.line, finding.location.column) == (5, 5)
    assert [(r.line, r.column) for r in finding.related] == [(12, 13)]
    assert finding.severity is Severity.ERROR
    assert finding.text() == "销售额 目标 5700万元 ≠ 5600万元 (附件1 合计); 差额 100万元"
    assert finding.text("en") == "销售额: goal 5700万元 ≠ 5600万元 (附件1 total); gap 100万元"
    assert agreed == []


def test_pass_the_goal_equal_to_the_total_is_confirmed(check_text):
    found, agreed, file = _check(check_text, "5600万元")
    assert found == [] and file.findings == []
    assert agreed == [(5, 5, [(12, 13)], "销售额 目标 5600万元 = 5600万元 (附件1 合计)")]


def test_pass_the_same_goal_in_another_unit(check_text):
    found, agreed, _ = _check(check_text, "0.56亿元")
    assert found == [] and [a[:2] for a in agreed] == [(5, 5)]


def test_pass_a_floor_the_total_meets(check_text):
    found, agreed, _ = _check(check_text, "不低于5000万元")
    assert found == [] and agreed == [(5, 5, [(12, 13)], "销售额 目标 5000万元以上 = 5600万元 (附件1 合计)")]


def test_fail_a_floor_the_total_does_not_meet(check_text):
    (finding,), _, _ = _check(check_text, "不低于6000万元")
    assert (finding.location.line, finding.location.column, finding.severity) == (5, 5, Severity.ERROR)
    assert finding.text().startswith("销售额 目标 6000万元以上 ≠ 5600万元 (附件1 合计)") and finding.text().endswith(
        "; 差额 400万元"
    )
