"""SH401 breakdown-contradicts-total: PASS and FAIL cases at exact places."""

from __future__ import annotations

from shanhai_check.findings import Severity

# 各区县(市) expands to 甲区 and 乙区. The goal at line 11; the task's per-unit target at
# line 16 (column 19) and its units at line 17 (各区县(市) at column 22 when it comes first).
PLAN = """\
document: {{title: 示例}}
roster:
  units:
    - {{name: 甲区, groups: [区县(市)]}}
    - {{name: 乙区, groups: [区县(市)]}}
  groups:
    - {{name: 区县(市), aliases: [各区县(市)]}}
metrics:
  洽谈会: {{unit: 次}}
goals:
  - {{metric: 洽谈会, value: {total}}}
task_lists:
  - id: 附件2
    items:
      - item: 1
        targets: [{{metric: 洽谈会, value: {each}, per_unit: true}}]
        units: {{{units}}}
"""


def _sh401(check_text, total="5次以上", each="2次以上", units="责任: [各区县(市)]"):
    (file,) = check_text(PLAN.format(total=total, each=each, units=units)).files
    assert not file.errors, file.errors
    found = [f for f in file.findings if f.code == "SH401"]
    agreed = [
        (v.location.line, v.location.column, [(r.line, r.column) for r in v.related], v.text())
        for v in file.verified
        if v.code == "SH401"
    ]
    return found, agreed, file


def test_fail_floors_that_add_up_to_less_than_the_total_are_an_error_at_the_total(check_text):
    (finding,), agreed, _ = _sh401(check_text)
    assert (finding.location.line, finding.location.column) == (11, 5)
    assert [(r.line, r.column) for r in finding.related] == [(16, 19), (17, 22)]  # the per-unit target, the units
    assert finding.severity is Severity.ERROR
    assert finding.text() == (
        "洽谈会: 5次以上 (第11行) 与附件2 第1项的分解矛盾: 每单位 2次以上 × 2 个单位 = ≥4次,不足以保证 5次以上。"
        "计入的单位: 各区县(市) (2: 甲区、乙区)"
    )
    assert finding.text("en") == (
        "洽谈会: ≥5次 (line 11) contradicts the breakdown in 附件2 item 1: ≥2次 per unit × 2 units = ≥4次, "
        "which does not guarantee ≥5次. Units counted: 各区县(市) (2: 甲区, 乙区)"
    )
    assert agreed == []


def test_pass_floors_that_guarantee_the_total_are_confirmed_at_the_same_places(check_text):
    found, agreed, file = _sh401(check_text, total="4次以上")
    assert found == [] and file.findings == []
    assert agreed == [
        (11, 5, [(16, 19), (17, 22)], "洽谈会: 4次以上 (第11行) = 每单位 2次以上 × 2 个单位 (附件2 第1项)")
    ]


def test_fail_exact_figures_that_cannot_both_hold(check_text):
    (finding,), _, _ = _sh401(check_text, total="5次", each="2次")
    assert finding.text() == (
        "洽谈会: 5次 (第11行) 与附件2 第1项的分解矛盾: 每单位 2次 × 2 个单位 = 4次,与总量不相容。"
        "计入的单位: 各区县(市) (2: 甲区、乙区)"
    )


def test_fail_a_unit_named_twice_is_counted_once(check_text):
    (finding,), _, _ = _sh401(check_text, units="牵头: [甲区], 责任: [各区县(市)]")
    assert "× 2 个单位 = ≥4次" in finding.text()
    assert [(r.line, r.column) for r in finding.related] == [(16, 19), (17, 32)]


def test_pass_a_supporting_unit_is_not_counted(check_text):
    found, agreed, file = _sh401(check_text, total="2次以上", units="责任: [甲区], 配合: [乙区]")  # 1 unit × 2次以上
    assert found == [] and [a[:2] for a in agreed] == [(11, 5)] and file.findings == []  # nor SH402's 2 × 2
