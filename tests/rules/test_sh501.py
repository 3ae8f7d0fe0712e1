"""SH501 unknown-unit: PASS and FAIL cases at exact places."""

from __future__ import annotations

from shanhai_check.findings import Severity

# The roster knows 区机关事务管理局 (line 4), 区商务局 with its alias 商务局, and the group
# 区县(市) with its placeholder 各区县(市). Item 1's units at line 13 (the second name at
# column 27), item 2's at line 15 (column 22).
PLAN = """\
document: {{title: 示例}}
roster:
  units:
    - 区机关事务管理局
    - {{name: 区商务局, aliases: [商务局]}}
    - {{name: 甲区, groups: [区县(市)]}}
  groups:
    - {{name: 区县(市), aliases: [各区县(市)]}}
task_lists:
  - id: 附件1
    items:
      - item: 1
        units: {{责任: [商务局, {name}, 各区县(市)]}}
      - item: 2
        units: {{配合: [{name}]}}
"""
TABLE = """\
document: {{title: 示例}}
roster:
  units: [甲区, 乙区]
metrics:
  援建资金: {{unit: 万元}}
tables:
  - id: 附件1
    columns: [援建资金]
    rows:
      甲区: [110]
      {row}: [221]
    total: [331]
"""


def _sh501(check_text, text):
    (file,) = check_text(text).files
    assert not file.errors, file.errors
    return [f for f in file.findings if f.code == "SH501"], file


def test_fail_a_name_outside_the_roster_is_reported_once_at_its_first_place_with_the_others_related(check_text):
    (finding,), _ = _sh501(check_text, PLAN.format(name="区机关事务局"))
    assert (finding.location.line, finding.location.column) == (13, 27)
    assert [(r.line, r.column) for r in finding.related] == [(15, 22)]
    assert finding.severity is Severity.WARNING
    assert finding.text() == (
        "附件1 第1项 的单位 '区机关事务局' 不在名册中 (也不是别名或组) (共 2 处);最接近的名册名称: "
        "区机关事务管理局、区商务局。"
        "若 '区机关事务局' 就是 区机关事务管理局,在名册 plan.yaml:4 该单位处写上 aliases: [区机关事务局]"
    )
    assert finding.text("en").startswith(
        "附件1 item 1: unit '区机关事务局' is not in the roster (nor an alias or group) (2 places); "
        "nearest roster names: 区机关事务管理局, 区商务局."
    )


def test_pass_roster_names_aliases_and_group_placeholders(check_text):
    found, file = _sh501(check_text, PLAN.format(name="区机关事务管理局"))
    assert found == [] and file.findings == []


def test_fail_a_row_of_an_allocation_table_the_roster_does_not_know(check_text):
    (finding,), _ = _sh501(check_text, TABLE.format(row="丙区"))
    assert (finding.location.line, finding.location.column, finding.related) == (11, 11, ())  # the row's figures
    assert finding.text() == "附件1 的行 的单位 '丙区' 不在名册中 (也不是别名或组);最接近的名册名称: 甲区、乙区"


def test_pass_every_row_is_a_roster_unit(check_text):
    found, file = _sh501(check_text, TABLE.format(row="乙区"))
    assert found == [] and file.findings == []


def test_fail_a_lead_statement_names_units_too(check_text):
    text = "document: {title: 示例}\nroster:\n  units: [区机关事务管理局]\nleads:\n  - units: [区机关事务局]\n"
    (finding,), _ = _sh501(check_text, text)
    assert (finding.location.line, finding.location.column) == (5, 13)


def test_pass_a_plan_without_a_roster_is_not_checked(check_text):
    text = PLAN.format(name="区机关事务局").split("task_lists:")[1]
    found, _ = _sh501(check_text, "document: {title: 示例}\ntask_lists:" + text)
    assert found == []
