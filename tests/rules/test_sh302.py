"""SH302 group-size: PASS and FAIL cases at exact places."""

from __future__ import annotations

from shanhai_check.findings import Severity

# 结对 includes 省定结对 (甲区) and 市定结对 (乙区): two members. The groups are defined at
# lines 7-9 (column 7); the rule at line 13, its count at column 51.
PLAN = """\
document: {{title: 示例}}
roster:
  units:
    - {{name: 甲区, groups: [省定结对]}}
    - {{name: 乙区, groups: [市定结对]}}
  groups:
    - {{name: 省定结对}}
    - {{name: 市定结对}}
    - {{name: 结对, includes: [省定结对, 市定结对]}}
metrics:
  援建资金: {{unit: 万元}}
rules:
  - {{group: 结对, metric: 援建资金, each: 221万元, count: {count}}}
"""


def _sh302(check_text, count):
    (file,) = check_text(PLAN.format(count=count)).files
    assert not file.errors, file.errors
    found = [f for f in file.findings if f.code == "SH302"]
    agreed = [
        (v.location.line, v.location.column, [(r.line, r.column) for r in v.related], v.text())
        for v in file.verified
        if v.code == "SH302"
    ]
    return found, agreed, file


def test_fail_a_count_the_roster_does_not_have_is_an_error_at_the_count_with_the_group_related(check_text):
    (finding,), agreed, _ = _sh302(check_text, 3)
    assert (finding.location.line, finding.location.column) == (13, 51)
    assert [(r.line, r.column) for r in finding.related] == [(9, 7)]
    assert finding.severity is Severity.ERROR
    assert finding.text() == "规则写 3 个结对,但名册中结对有 2 个成员: 甲区、乙区"
    assert finding.text("en") == "the rule says 3 结对, but the roster's 结对 has 2 members: 甲区, 乙区"
    assert agreed == []


def test_pass_the_count_of_the_group_with_the_groups_it_includes(check_text):
    found, agreed, file = _sh302(check_text, 2)
    assert found == [] and file.findings == []
    assert agreed == [(13, 51, [(9, 7)], "结对 2 个成员与名册一致")]


def test_fail_a_count_short_of_the_roster(check_text):
    (finding,), _, _ = _sh302(check_text, 1)
    assert finding.text() == "规则写 1 个结对,但名册中结对有 2 个成员: 甲区、乙区"


def test_pass_a_rule_without_a_count_is_not_counted(check_text):
    (file,) = check_text(PLAN.format(count=2).replace(", count: 2", "")).files
    assert [x for x in file.findings + file.verified if x.code == "SH302"] == []
