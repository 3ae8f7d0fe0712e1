"""SH203 allocation-vs-table: PASS and FAIL cases at exact places."""

from __future__ import annotations

from shanhai_check.findings import Severity

# The allocation at line 8 names 甲区 by its alias 甲; the table's 甲区 cell is at line 13,
# column 12.
PLAN = """\
document: {{title: 示例}}
roster:
  units:
    - {{name: 甲区, aliases: [甲]}}
metrics:
  援建资金: {{unit: 万元}}
allocations:
  - {{unit: {unit}, metric: 援建资金, value: {allocated}}}
tables:
  - id: 附件1
    columns: [援建资金]
    rows:
      甲区: [{cell}]
    total: [{cell}]
"""


def _check(check_text, allocated="221万元", cell="212", unit="甲区"):
    (file,) = check_text(PLAN.format(allocated=allocated, cell=cell, unit=unit)).files
    assert not file.errors, file.errors
    found = [f for f in file.findings if f.code == "SH203"]
    agreed = [
        (v.location.line, v.location.column, [(r.line, r.column) for r in v.related])
        for v in file.verified
        if v.code == "SH203"
    ]
    return found, agreed, file


def test_fail_the_text_and_the_table_give_the_unit_different_amounts(check_text):
    (finding,), agreed, _ = _check(check_text)
    assert (finding.location.line, finding.location.column) == (8, 5)
    assert [(r.line, r.column) for r in finding.related] == [(13, 12)]
    assert finding.severity is Severity.ERROR
    assert finding.text() == "甲区 的援建资金在正文中为 221万元 (第8行),在附件1中为 212万元"
    assert finding.text("en") == "甲区: 援建资金 is 221万元 in the text (line 8) but 212万元 in 附件1"
    assert agreed == []


def test_pass_the_same_amount_is_confirmed_at_the_allocation_with_the_cell(check_text):
    found, agreed, file = _check(check_text, cell="221")
    assert found == [] and file.findings == []
    assert agreed == [(8, 5, [(13, 12)])]
    assert [v.text() for v in file.verified if v.code == "SH203"] == ["甲区 的援建资金 221万元 (第8行) 与附件1一致"]


def test_fail_a_unit_named_by_its_alias_is_the_same_unit(check_text):
    (finding,), _, _ = _check(check_text, unit="甲")
    assert (finding.location.line, [(r.line, r.column) for r in finding.related]) == (8, [(13, 12)])


def test_pass_a_floor_the_cell_meets(check_text):
    found, agreed, _ = _check(check_text, allocated="不低于200万元")
    assert found == [] and agreed == [(8, 5, [(13, 12)])]


def test_fail_a_floor_the_cell_does_not_meet(check_text):
    (finding,), _, _ = _check(check_text, allocated="不低于221万元")
    assert finding.text() == "甲区 的援建资金在正文中为 221万元以上 (第8行),在附件1中为 212万元"
