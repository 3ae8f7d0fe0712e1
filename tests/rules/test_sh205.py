"""SH205 goal-without-breakdown: PASS and FAIL cases at exact places."""

from __future__ import annotations

import pytest

from shanhai_check.findings import Severity

# The goal at line 5; whatever breaks it down follows from line 6.
PLAN = """\
document: {{title: 示例}}
metrics:
  挂职干部: {{unit: 名}}
goals:
  - {{metric: 挂职干部, value: 40名}}
{breakdown}"""


def _sh205(check_text, breakdown=""):
    result = check_text(PLAN.format(breakdown=breakdown))
    assert not result.input_errors, [str(e) for e in result.input_errors]
    return [f for f in result.findings if f.code == "SH205"], result


def test_fail_a_goal_nothing_breaks_down_is_a_note_at_the_goal(check_text):
    (finding,), _ = _sh205(check_text)
    assert (finding.location.line, finding.location.column, finding.related) == (5, 5, ())
    assert finding.severity is Severity.INFO
    assert (
        finding.text()
        == "挂职干部 目标 40名 没有任何分解: 没有该指标的表列、单位分配、分组规则、任务指标,也没有下级计划计入"
    )
    assert finding.text("en") == (
        "挂职干部: goal 40名 has no breakdown at all: "
        "no table column, allocation, group rule, task target or child plan"
    )


def test_fail_a_task_target_that_names_no_responsible_unit_gives_the_goal_to_nobody(check_text):
    found, _ = _sh205(
        check_text,
        "task_lists:\n  - id: 正文\n    items:\n      - item: 1\n        targets: [{metric: 挂职干部, value: 40名}]\n",
    )
    assert [(f.location.line, f.location.column) for f in found] == [(5, 5)]


@pytest.mark.parametrize(
    "breakdown",
    [
        "tables:\n  - id: 附件1\n    columns: [挂职干部]\n    rows:\n      甲区: [40]\n    total: [40]\n",
        "allocations:\n  - {unit: 甲区, metric: 挂职干部, value: 40名}\n",
        "roster:\n  units:\n    - {name: 甲区, groups: [结对]}\n  groups:\n    - {name: 结对}\nrules:\n"
        "  - {group: 结对, metric: 挂职干部, each: 40名}\n",
        "task_lists:\n  - id: 正文\n    items:\n      - item: 1\n        targets: [{metric: 挂职干部, value: 40名}]\n"
        "        units: {牵头: [市委组织部]}\n",
    ],
    ids=["table-column", "allocation", "group-rule", "task-with-units"],
)
def test_pass_any_breakdown_gives_the_goal_to_someone(check_text, breakdown):
    found, result = _sh205(check_text, breakdown)
    assert found == []
    assert [f for f in result.findings if f.severity is Severity.ERROR] == []


def test_pass_a_child_plan_that_counts_toward_the_goal(check_text):
    result = check_text(
        "# file: province.yaml\n"
        + PLAN.format(breakdown="")
        + (
            "# file: city.yaml\ndocument: {title: 市}\nmetrics:\n  挂职干部: {unit: 名}\nallocations:\n"
            "  - {unit: 甲区, metric: 挂职干部, value: 10名}\n"
            "goals:\n  - {metric: 挂职干部, value: 10名}\nparent:\n  plan: province.yaml\n  links:\n"
            "    - {goal: 挂职干部, parent_goal: 挂职干部}\n"
        )
    )
    assert not result.input_errors, [str(e) for e in result.input_errors]
    assert [(f.code, f.location.path.rsplit("/", 1)[-1]) for f in result.findings] == []
