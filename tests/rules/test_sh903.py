"""SH903 rollup-link-broken: PASS and FAIL cases at exact places."""

from __future__ import annotations

import os

import pytest

from shanhai_check.findings import Severity

PROVINCE = """\
# file: province.yaml
document: {{title: 省}}
metrics:
  消薄飞地: {{unit: 个}}
  资金: {{unit: 万元}}
goals:
  - {{id: 飞地, metric: 消薄飞地, value: 30个}}
  - {{metric: 资金, value: 100万元}}
{more}"""
# The city's link at line 9, column 7.
CITY = """\
# file: city.yaml
document: {{title: 市}}
metrics:
  消薄飞地: {{unit: 个}}
goals:
  - {{metric: 消薄飞地, value: 6个}}
parent:
  plan: province.yaml
  links:
    - {{goal: {goal}, parent_goal: {parent_goal}}}
"""


def _sh903(check_text, goal="消薄飞地", parent_goal="飞地", more=""):
    result = check_text(PROVINCE.format(more=more) + CITY.format(goal=goal, parent_goal=parent_goal))
    assert not result.input_errors, [str(e) for e in result.input_errors]
    found = [
        (os.path.basename(f.location.path), f.location.line, f.location.column, f.related, f.severity)
        for f in result.findings
        if f.code == "SH903"
    ]
    return found, [f for f in result.findings if f.code == "SH903"], result


def _paths(result):
    return {os.path.basename(file.path): file.path for file in result.files}


def test_fail_a_parent_goal_that_names_nothing_is_an_error_at_the_link(check_text):
    found, (finding,), result = _sh903(check_text, parent_goal="飞地们")
    assert found == [("city.yaml", 9, 7, (), Severity.ERROR)]
    province = _paths(result)["province.yaml"]
    assert finding.text() == f"上级计划链接中的目标 '飞地们' 在 {province} 中找不到"
    assert finding.text("en") == f"roll-up link: goal '飞地们' is not found in {province}"


@pytest.mark.parametrize("parent_goal", ["飞地", "消薄飞地"])  # by id, or by its metric when one goal has it
def test_pass_a_link_that_names_one_goal_on_each_side(check_text, parent_goal):
    found, _, result = _sh903(check_text, parent_goal=parent_goal)
    assert found == []
    assert [
        (os.path.basename(v.location.path), v.location.line, v.location.column)
        for f in result.files
        for v in f.verified
        if v.code == "SH901"
    ] == [
        ("province.yaml", 6, 5)  # the goal 飞地
    ]


def test_fail_a_child_goal_that_names_nothing(check_text):
    found, (finding,), result = _sh903(check_text, goal="飞地")
    assert found == [("city.yaml", 9, 7, (), Severity.ERROR)]
    assert finding.text() == f"上级计划链接中的目标 '飞地' 在 {_paths(result)['city.yaml']} 中找不到"


def test_fail_units_that_do_not_convert(check_text):
    found, (finding,), result = _sh903(check_text, parent_goal="资金")
    assert found == [("city.yaml", 9, 7, (), Severity.ERROR)]
    assert (
        finding.text()
        == f"上级计划链接中的目标 '消薄飞地' 在 {_paths(result)['city.yaml']} 中的单位与上级目标 资金 不可换算"
    )


def test_fail_a_metric_that_several_parent_goals_have(check_text):
    found, (finding,), result = _sh903(
        check_text, parent_goal="消薄飞地", more="  - {id: 飞地二, metric: 消薄飞地, value: 20个}\n"
    )
    assert found == [("city.yaml", 9, 7, (), Severity.ERROR)]
    assert (
        finding.text()
        == f"上级计划链接中的目标 '消薄飞地' 在 {_paths(result)['province.yaml']} 中不唯一 (有多个该指标的目标,请用 id)"
    )
