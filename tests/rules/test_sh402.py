"""SH402 breakdown-exceeds-total: PASS and FAIL cases at exact places."""

from __future__ import annotations

from shanhai_check.findings import Severity

# 各区县(市) expands to 甲区, 乙区 and 丙区; 结对 has only 甲区 and 乙区. The goal at line 13;
# the per-unit target at line 18 (column 19), the units at line 19 (column 22).
PLAN = """\
document: {{title: 示例}}
roster:
  units:
    - {{name: 甲区, groups: [区县(市), 结对]}}
    - {{name: 乙区, groups: [区县(市), 结对]}}
    - {{name: 丙区, groups: [区县(市)]}}
  groups:
    - {{name: 区县(市), aliases: [各区县(市)]}}
    - {{name: 结对}}
metrics:
  洽谈会: {{unit: 次}}
goals:
  - {{metric: 洽谈会, value: {total}}}
task_lists:
  - id: 附件2
    items:
      - item: 1
        targets: [{{metric: 洽谈会, value: 1次以上, per_unit: true}}]
        units: {{责任: [{units}]}}
"""


def _sh402(check_text, total="2次以上", units="各区县(市)"):
    (file,) = check_text(PLAN.format(total=total, units=units)).files
    assert not file.errors, file.errors
    found = [f for f in file.findings if f.code == "SH402"]
    agreed = [
        (v.location.line, v.location.column, [(r.line, r.column) for r in v.related])
        for v in file.verified
        if v.code == "SH401"
    ]
    return found, agreed, file


def test_fail_units_that_must_deliver_more_than_the_total_are_a_warning_naming_the_group_that_fits(check_text):
    (finding,), agreed, file = _sh402(check_text)
    assert (finding.location.line, finding.location.column) == (13, 5)
    assert [(r.line, r.column) for r in finding.related] == [(18, 19), (19, 22)]
    assert finding.severity is Severity.WARNING
    assert finding.text() == (
        "洽谈会: 2次以上 (第13行) 与附件2 第1项的分解不一致: 每单位 1次以上 × 3 个单位 = ≥3次 ≠ 2次以上。"
        "计入的单位: 各区县(市) (3: 甲区、乙区、丙区)。名册中 结对 恰有 2 个成员,按其计算则一致"
    )
    assert finding.text("en").endswith("The roster group 结对 has exactly 2 members, which would agree")
    assert agreed == [] and [f.code for f in file.findings] == ["SH402"]  # not also SH401: the total is guaranteed


def test_pass_the_total_the_units_come_to_is_confirmed_by_sh401(check_text):
    found, agreed, file = _sh402(check_text, total="3次以上")
    assert found == [] and file.findings == []
    assert agreed == [(13, 5, [(18, 19), (19, 22)])]


def test_pass_the_group_the_total_was_computed_for(check_text):
    found, agreed, _ = _sh402(check_text, units="结对")
    assert found == [] and [a[:2] for a in agreed] == [(13, 5)]


def test_fail_without_a_group_of_the_implied_size_none_is_named(check_text):
    (finding,), _, _ = _sh402(check_text, total="1次以上")  # no group has exactly 1 member
    assert finding.text().endswith("计入的单位: 各区县(市) (3: 甲区、乙区、丙区)")
