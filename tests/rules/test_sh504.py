"""SH504 lead-without-task: PASS and FAIL cases at exact places."""

from __future__ import annotations

from shanhai_check.findings import Severity

# The lead statement's units at line 10 (市经信局 at column 13, 市金融办 at 19, then a
# placeholder group); 附件1's items at lines 15 and 16 (their mappings at column 7).
PLAN = """\
document: {{title: 示例}}
roster:
  units:
    - 市经信局
    - 市金融办
    - {{name: 甲区, groups: [区县(市)]}}
  groups:
    - {{name: 区县(市), aliases: [各区县(市)]}}
leads:
  - units: [市经信局, 市金融办, 各区县(市)]{lead_role}
    task_list: 附件1
    quote: 由市经信局、市金融办等单位分别牵头
task_lists:
  - {{id: 附件1{truncated}, items: [
      {{item: 1, units: {{牵头: [市经信局]}}}},
      {{item: 2, units: {{{role}: [市金融办]}}}}]}}
"""


def _sh504(check_text, role="牵头", truncated="", lead_role=""):
    (file,) = check_text(PLAN.format(role=role, truncated=truncated, lead_role=lead_role)).files
    assert not file.errors, file.errors
    found = [f for f in file.findings if f.code == "SH504"]
    agreed = [
        (v.location.line, v.location.column, [(r.line, r.column) for r in v.related])
        for v in file.verified
        if v.code == "SH504"
    ]
    return found, agreed, file


def test_pass_every_unit_named_as_lead_leads_an_item_and_a_placeholder_group_is_not_asked_to(check_text):
    found, agreed, file = _sh504(check_text)
    assert found == [] and file.findings == []
    assert agreed == [(10, 13, [(15, 7)]), (10, 19, [(16, 7)])]


def test_fail_a_named_lead_the_table_gives_another_role_is_a_warning_at_its_name(check_text):
    (finding,), agreed, _ = _sh504(check_text, role="责任")
    assert (finding.location.line, finding.location.column, finding.related) == (10, 19, ())
    assert finding.severity is Severity.WARNING
    assert finding.text() == "第10行 写明由 市金融办 牵头,但 附件1 中没有一项由它牵头"
    assert finding.text("en") == "line 10 names 市金融办 as lead, but no item of 附件1 has it as lead"
    assert agreed == [(10, 13, [(15, 7)])]


def test_fail_a_truncated_list_says_the_item_may_be_in_the_missing_part(check_text):
    (finding,), _, _ = _sh504(check_text, role="责任", truncated=", truncated: true")
    assert (finding.location.line, finding.location.column) == (10, 19)
    assert finding.text() == "第10行 写明由 市金融办 牵头,但 附件1 中没有一项由它牵头,该表发布时不完整,可能在缺失部分"


def test_fail_a_statement_of_another_role_asks_every_unit_for_that_role(check_text):
    found, _, _ = _sh504(check_text, role="责任", lead_role="\n    role: 责任")
    assert [(f.location.line, f.location.column) for f in found] == [
        (10, 13)
    ]  # now 市经信局, who only leads, lacks the role
