"""SH502 role-differs: PASS and FAIL cases at exact places."""

from __future__ import annotations

import pytest

from shanhai_check.findings import Severity

# 正文 第6项's units at line 8; 附件2 第17项 (ref: 正文:6) at line 13.
PLAN = """\
document: {{title: 示例}}
roster:
  units: [市民政局, 市总工会, 市妇联, 市残联]
task_lists:
  - id: 正文
    items:
      - item: 6
        units: {{责任: [市民政局, 市总工会, 市妇联], 配合: [市残联]}}
  - id: 附件2
    items:
      - item: 17
        {ref}
        units: {{{units}}}
"""
RIGHT = "牵头: [市民政局], 责任: [市总工会, 市妇联], 配合: [市残联]"


def _sh502(check_text, units=RIGHT, ref="ref: 正文:6"):
    (file,) = check_text(PLAN.format(units=units, ref=ref)).files
    assert not file.errors, file.errors
    found = [
        (f.location.line, f.location.column, [(r.line, r.column) for r in f.related], f.text())
        for f in file.findings
        if f.code == "SH502"
    ]
    return found, file


def test_pass_lead_and_responsible_both_answer_for_the_task(check_text):
    found, file = _sh502(check_text)
    assert found == [] and file.findings == []


def test_fail_a_responsible_unit_made_supporting_is_a_warning_at_it_with_its_place_in_the_referenced_item(check_text):
    found, file = _sh502(
        check_text, units="牵头: [市民政局], 配合: [市总工会, 市残联], 责任: [市妇联]"
    )  # 市总工会 at column 34
    assert [place[:3] for place in found] == [(13, 34, [(8, 28)])]
    (finding,) = [f for f in file.findings if f.code == "SH502"]
    assert finding.severity is Severity.WARNING
    assert finding.text() == "市总工会 在 附件2 第17项 是配合单位,在同一任务的 正文 第6项 却是责任单位"
    assert (
        finding.text("en") == "市总工会 is supporting in 附件2 item 17 but responsible in the same task's 正文 item 6"
    )


def test_fail_units_that_change_the_same_way_are_reported_together_at_the_first_of_them(check_text):
    found, _ = _sh502(check_text, units="牵头: [市民政局, 市残联], 配合: [市总工会, 市妇联]")
    assert found == [
        (13, 28, [(8, 45)], "市残联 在 附件2 第17项 是牵头单位,在同一任务的 正文 第6项 却是配合单位"),
        (13, 39, [(8, 28)], "市总工会、市妇联 在 附件2 第17项 是配合单位,在同一任务的 正文 第6项 却是责任单位"),
    ]


def test_pass_a_unit_named_in_only_one_list_is_not_compared(check_text):
    found, _ = _sh502(check_text, units="牵头: [市民政局], 责任: [市总工会]")  # 市妇联 and 市残联 left out
    assert found == []


def test_pass_items_without_ref_are_not_linked(check_text):
    found, _ = _sh502(check_text, units="牵头: [市民政局, 市残联], 配合: [市总工会, 市妇联]", ref="text: 另一项任务")
    assert found == []


# -- drafts: the body's role brackets against the attachment's task table ------------------------
# The attachment copies the body's clause (shortened: without the unit that opens it); line 3
# holds the body's brackets, line 6 the attachment's roles.
DRAFT = """\
一、主要任务
6.推进社会帮扶。发动社会组织开展捐资助学、慈善公益、医疗救助等活动【牵头单位:市民政局;责任单位:市总工会、市妇联】。\
市总工会继续组织职工到丽水、衢州疗休养。【牵头单位:市总工会;责任单位:各区县(市)、开发园区】
附件2
任务分解表
17.继续组织职工到丽水、衢州疗休养。
{roles}
"""


def _draft_sh502(check_text, roles):
    result = check_text(DRAFT.format(roles=roles), "draft.txt")
    assert not result.input_errors
    return [
        (f.location.line, f.location.column, [(r.line, r.column) for r in f.related], f.severity, f.text())
        for f in result.findings
        if f.code == "SH502"
    ]


def test_fail_a_draft_whose_attachment_makes_supporting_what_the_body_makes_responsible(check_text):
    assert _draft_sh502(check_text, "牵头单位:市总工会配合单位:各区县(市)、开发园区") == [
        (
            6,
            15,
            [(2, 97)],
            Severity.WARNING,
            "各区县(市)、开发园区 在 附件2 第17项 是配合单位,在同一任务的 正文 第6项 却是责任单位",
        )
    ]


@pytest.mark.parametrize(
    "roles",
    [
        "牵头单位:市总工会责任单位:各区县(市)、开发园区",  # the same roles
        "牵头单位:市总工会",  # the attachment names fewer units
        "【牵头单位:市总工会;牵头单位:各区县(市)、开发园区】",  # 牵头 and 责任 both answer for it
    ],
)
def test_pass_a_draft_whose_lists_hold_each_unit_to_account_the_same_way(check_text, roles):
    assert _draft_sh502(check_text, roles) == []


def test_pass_a_draft_task_worded_afresh_in_the_attachment_is_not_paired(check_text):
    text = DRAFT.replace("17.继续组织职工到丽水、衢州疗休养。", "17.组织全市职工赴对口地区开展疗休养活动。")
    assert check_text(text.format(roles="牵头单位:市总工会配合单位:各区县(市)、开发园区"), "draft.txt").findings == []
