"""SH304 member-without-value: PASS and FAIL cases at exact places."""

from __future__ import annotations

from shanhai_check.findings import Severity

# 乙区 is defined at line 5 (column 7); the rule at line 11; the table from line 12.
PLAN = """\
document: {{title: 示例}}
roster:
  units:
    - {{name: 甲区, groups: [结对]}}
    - {{name: 乙区, groups: [结对]}}
  groups:
    - {{name: 结对}}
metrics:
  社会帮扶资金: {{unit: 万元}}
rules:
  - {{group: 结对, metric: 社会帮扶资金, each: 至少50万元}}
{rest}"""
TABLE = "tables:\n  - id: 附件1\n    columns: [社会帮扶资金]\n    rows:\n      甲区: [50]\n{more}    total: [{total}]\n"


def _sh304(check_text, rest):
    (file,) = check_text(PLAN.format(rest=rest)).files
    assert not file.errors, file.errors
    return [f for f in file.findings if f.code == "SH304"], file


def test_fail_a_member_with_no_figure_anywhere_is_a_warning_at_the_rule_with_the_member_related(check_text):
    (finding,), _ = _sh304(check_text, TABLE.format(more="", total=50))
    assert (finding.location.line, finding.location.column) == (11, 5)
    assert [(r.line, r.column) for r in finding.related] == [(5, 7)]
    assert finding.severity is Severity.WARNING
    assert (
        finding.text()
        == "结对每个成员的社会帮扶资金应为 50万元以上 (第11行),但 乙区 在各表和正文分配中都没有社会帮扶资金"
    )
    assert finding.text("en") == (
        "each member of 结对 should have 社会帮扶资金 ≥50万元 (line 11), "
        "but 乙区 has no 社会帮扶资金 in any table or allocation"
    )


def test_pass_every_member_has_a_row(check_text):
    found, file = _sh304(check_text, TABLE.format(more="      乙区: [60]\n", total=110))
    assert found == [] and file.findings == []


def test_pass_a_prose_allocation_is_a_figure_too(check_text):
    found, file = _sh304(
        check_text,
        TABLE.format(more="", total=50) + "allocations:\n  - {unit: 乙区, metric: 社会帮扶资金, value: 60万元}\n",
    )
    assert found == [] and [f.severity for f in file.findings if f.severity is not Severity.INFO] == []


def test_pass_a_metric_the_plan_never_tabulates_is_left_alone(check_text):
    found, _ = _sh304(check_text, "")
    assert found == []
