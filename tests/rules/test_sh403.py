"""SH403 totals-disagree: PASS and FAIL cases at exact places."""

from __future__ import annotations

from shanhai_check.findings import Severity

# Goals at lines 6 and 7; the task targets at lines 12, 14 and 16, column 19.
PLAN = """\
document: {{title: 示例}}
metrics:
  到位资金: {{unit: 亿元}}
  培训: {{unit: 人次}}
goals:
  - {{metric: 到位资金, value: 18.3亿元}}
  - {{metric: 培训, value: {goal}}}
task_lists:
  - id: 正文
    items:
      - item: 1
        targets: [{{metric: 到位资金, value: {first}}}]
      - item: 2
        targets: [{{metric: 培训, value: {second}}}]
      - item: 3
        targets: [{{metric: 到位资金, value: {third}}}]
"""


def _sh403(check_text, first="18.3亿元", third="183000万元", goal="2000人次以上", second="2000人次"):
    (file,) = check_text(PLAN.format(first=first, third=third, goal=goal, second=second)).files
    assert not file.errors, file.errors
    found = [
        (f.location.line, f.location.column, [(r.line, r.column) for r in f.related])
        for f in file.findings
        if f.code == "SH403"
    ]
    agreed = [
        (v.location.line, v.location.column, [(r.line, r.column) for r in v.related])
        for v in file.verified
        if v.code == "SH403"
    ]
    return found, agreed, file


def test_pass_every_statement_agrees_with_the_one_before_it(check_text):
    found, agreed, file = _sh403(check_text)
    assert found == []
    assert sorted(agreed) == [(12, 19, [(6, 5)]), (14, 19, [(7, 5)]), (16, 19, [(12, 19)])]
    texts = {v.location.line: v.text() for v in file.verified if v.code == "SH403"}
    assert texts[14] == "培训 2000人次以上 (第7行) 与 2000人次 (正文 第2项) 一致"
    assert [f for f in file.findings if f.severity is Severity.ERROR] == []


def test_fail_a_task_that_states_another_total_is_an_error_at_it_with_the_goal_related(check_text):
    found, agreed, file = _sh403(check_text, first="18亿元", third="18亿元")
    assert found == [(12, 19, [(6, 5)])]  # the third agrees with the one before it
    (finding,) = [f for f in file.findings if f.code == "SH403"]
    assert finding.severity is Severity.ERROR
    assert finding.text() == "到位资金 前后不一: 18.3亿元 (第6行) 与 18亿元 (正文 第1项)"
    assert (
        finding.text("en")
        == "到位资金 is stated twice with different values: 18.3亿元 (line 6) and 18亿元 (正文 item 1)"
    )
    assert (16, 19, [(12, 19)]) in agreed


def test_fail_the_third_statement_is_compared_with_the_one_before_it(check_text):
    found, _, _ = _sh403(check_text, third="18.4亿元")
    assert found == [(16, 19, [(12, 19)])]


def test_pass_a_floor_and_a_figure_that_can_both_hold(check_text):
    assert _sh403(check_text, goal="1000人次以上")[0] == []


def test_fail_a_floor_and_a_figure_that_cannot(check_text):
    assert _sh403(check_text, goal="3000人次以上")[0] == [(14, 19, [(7, 5)])]


def test_fail_two_floors_with_different_figures_are_two_targets(check_text):
    found, _, file = _sh403(
        check_text, goal="1000人次以上", second="2000人次以上"
    )  # their values meet, yet they differ
    assert found == [(14, 19, [(7, 5)])]
    assert [f.text() for f in file.findings if f.code == "SH403"] == [
        "培训 前后不一: 1000人次以上 (第7行) 与 2000人次以上 (正文 第2项)"
    ]
