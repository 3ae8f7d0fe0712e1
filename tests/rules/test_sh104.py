"""SH104 negative-value: PASS and FAIL cases at exact places."""

from __future__ import annotations

import pytest

from shanhai_check.findings import Severity

# A figure in each place SH104 reads: a goal (line 6), an allocation (line 8), a table cell
# (line 13, column 12), the 合计 (line 14, column 13) and a task target (line 19, column 19).
PLAN = """\
document: {{title: 示例}}
metrics:
  援建资金: {{unit: 万元}}
  洽谈会: {{unit: 次}}
goals:
  - {{metric: 援建资金, value: {goal}万元}}
allocations:
  - {{unit: 甲区, metric: 援建资金, value: {allocation}万元}}
tables:
  - id: 附件1
    columns: [援建资金]
    rows:
      甲区: [{cell}]
    total: [{total}]
task_lists:
  - id: 正文
    items:
      - item: 1
        targets: [{{metric: 洽谈会, value: {target}次}}]
"""
RIGHT = dict(goal="300", allocation="300", cell="300", total="300", target="2")


def _sh104(check_text, **changed):
    (file,) = check_text(PLAN.format(**{**RIGHT, **changed})).files
    assert not file.errors, file.errors
    return [f for f in file.findings if f.code == "SH104"], file


def test_pass_no_figure_below_zero(check_text):
    found, file = _sh104(check_text)
    assert found == [] and file.findings == []


def test_pass_zero_is_not_negative(check_text):
    assert _sh104(check_text, cell="0", total="0", goal="0", allocation="0")[0] == []


@pytest.mark.parametrize(
    ("changed", "place", "text"),
    [
        ({"cell": "-300"}, (13, 12), "附件1 '甲区' 一行 援建资金 为负数 -300: 计划数、目标数不应为负"),
        ({"total": "-300"}, (14, 13), "附件1 '合计' 一行 援建资金 为负数 -300: 计划数、目标数不应为负"),
        ({"goal": "-300"}, (6, 5), "援建资金 目标 为负数 -300: 计划数、目标数不应为负"),
        ({"allocation": "-300"}, (8, 5), "甲区 的 援建资金 为负数 -300: 计划数、目标数不应为负"),
        ({"target": "-2"}, (19, 19), "正文 第1项 的 洽谈会 为负数 -2: 计划数、目标数不应为负"),
    ],
)
def test_fail_a_negative_figure_is_reported_wherever_it_stands(check_text, changed, place, text):
    found, _ = _sh104(check_text, **changed)
    assert [((f.location.line, f.location.column), f.related, f.severity, f.text()) for f in found] == [
        (place, (), Severity.ERROR, text)
    ]


def test_fail_the_english_message_names_the_figure(check_text):
    (finding,), _ = _sh104(check_text, goal="-300")
    assert finding.text("en") == "援建资金 goal is negative (-300): planned and target figures cannot be negative"
