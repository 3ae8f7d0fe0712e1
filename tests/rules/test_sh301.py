"""SH301 member-breaks-rule: PASS and FAIL cases at exact places."""

from __future__ import annotations

from shanhai_check.findings import Severity

# The rule at line 11; the members' cells at line 16 (甲区) and 17 (乙区), column 12.
PLAN = """\
document: {{title: 示例}}
roster:
  units:
    - {{name: 甲区, groups: [市定结对]}}
    - {{name: 乙区, groups: [市定结对]}}
  groups:
    - {{name: 市定结对}}
metrics:
  援建资金: {{unit: 万元}}
rules:
  - {{group: 市定结对, metric: 援建资金, each: {each}}}
tables:
  - id: 附件1
    columns: [援建资金]
    rows:
      甲区: [{first}]
      乙区: [120]
    total: [{total}]
{more}"""


def _sh301(check_text, first="110", each="不低于110万元", more=""):
    total = int(first) + 120
    (file,) = check_text(PLAN.format(first=first, each=each, total=total, more=more)).files
    assert not file.errors, file.errors
    found = [f for f in file.findings if f.code == "SH301"]
    agreed = [
        (v.location.line, v.location.column, [(r.line, r.column) for r in v.related], v.text())
        for v in file.verified
        if v.code == "SH301"
    ]
    return found, agreed, file


def test_fail_a_member_below_the_floor_is_an_error_at_its_cell_with_the_rule_related(check_text):
    (finding,), agreed, _ = _sh301(check_text, first="100")
    assert (finding.location.line, finding.location.column) == (16, 12)
    assert [(r.line, r.column) for r in finding.related] == [(11, 5)]
    assert finding.severity is Severity.ERROR
    assert finding.text() == "市定结对每个成员的援建资金应为 110万元以上 (第11行),但 甲区 在附件1为 100万元"
    assert (
        finding.text("en")
        == "each member of 市定结对 should have 援建资金 ≥110万元 (line 11), but 甲区 has 100万元 in 附件1"
    )
    assert agreed == []


def test_pass_every_member_meets_the_rule_confirmed_at_the_rule_with_each_cell(check_text):
    found, agreed, file = _sh301(check_text)
    assert found == [] and file.findings == []
    assert agreed == [
        (11, 5, [(16, 12), (17, 12)], "市定结对 2 个成员的援建资金均符合 110万元以上: 甲区 110、乙区 120")
    ]


def test_fail_an_exact_amount_is_exact(check_text):
    found, _, _ = _sh301(check_text, first="120", each="120万元")
    assert found == []
    found, _, _ = _sh301(check_text, first="121", each="120万元")
    assert [(f.location.line, f.location.column) for f in found] == [(16, 12)]


def test_fail_a_members_prose_allocation_is_checked_too(check_text):
    found, _, _ = _sh301(check_text, more="allocations:\n  - {unit: 乙区, metric: 援建资金, value: 100万元}\n")
    assert [(f.location.line, f.location.column, [(r.line, r.column) for r in f.related]) for f in found] == [
        (20, 5, [(11, 5)])
    ]
    assert found[0].text() == "市定结对每个成员的援建资金应为 110万元以上 (第11行),但 乙区 在第20行为 100万元"
