"""SH404 breakdown-not-countable: PASS and FAIL cases at exact places."""

from __future__ import annotations

from shanhai_check.findings import Severity

# The roster (if any) first; then the goal, and the task whose per-unit target and units
# close the plan (the target at column 19).
PLAN = """\
document: {{title: 示例}}
{roster}metrics:
  洽谈会: {{unit: 次}}
{goal}task_lists:
  - id: 附件2
    items:
      - item: 1
        targets: [{{metric: 洽谈会, value: 1次以上, per_unit: true}}]
        units: {{责任: [市级有关单位]}}
"""
GOAL = "goals:\n  - {metric: 洽谈会, value: 2次以上}\n"
OPEN = "roster:\n  groups:\n    - {name: 市级有关单位, open: true}\n"
LISTED = (
    "roster:\n  units:\n    - {name: 市发改委, groups: [市级有关单位]}\n"
    "    - {name: 市商务局, groups: [市级有关单位]}\n  groups:\n    - {name: 市级有关单位}\n"
)


def _sh404(check_text, roster="", goal=GOAL):
    (file,) = check_text(PLAN.format(roster=roster, goal=goal)).files
    assert not file.errors, file.errors
    return [f for f in file.findings if f.code == "SH404"], file


def test_fail_a_name_outside_the_roster_is_a_note_at_the_target_with_the_total_related(check_text):
    (finding,), _ = _sh404(check_text)
    assert (finding.location.line, finding.location.column) == (10, 19)
    assert [(r.line, r.column) for r in finding.related] == [(5, 5)]
    assert finding.severity is Severity.INFO
    assert (
        finding.text() == "洽谈会: 附件2 第1项要求每单位 1次以上,但 市级有关单位 无法展开为具体单位,不能与 2次以上 核对"
    )
    assert finding.text("en") == (
        "洽谈会: 附件2 item 1 asks ≥1次 per unit, but 市级有关单位 cannot be expanded to units, "
        "so it cannot be checked against ≥2次"
    )


def test_fail_an_open_group_cannot_be_counted(check_text):
    (finding,), _ = _sh404(check_text, roster=OPEN)  # three lines of roster before metrics
    assert (finding.location.line, finding.location.column, [(r.line, r.column) for r in finding.related]) == (
        13,
        19,
        [(8, 5)],
    )


def test_pass_a_group_whose_members_the_roster_lists_is_counted_and_checked(check_text):
    found, file = _sh404(check_text, roster=LISTED)
    assert found == [] and file.findings == []
    assert [(v.location.line, v.location.column) for v in file.verified if v.code == "SH401"] == [
        (11, 5)
    ]  # 2 × 1次以上 = the goal


def test_pass_without_a_total_there_is_nothing_to_check_against(check_text):
    assert _sh404(check_text, goal="")[0] == []
