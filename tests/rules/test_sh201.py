"""SH201 goal-explained-by-prose: PASS and FAIL cases at exact places."""

from __future__ import annotations

from shanhai_check.findings import Severity

# The goal at line 5, the prose allocation to 市本级 at line 7, the table's rows from line 12
# and its 合计 (figure at column 13) on the line after them.
PLAN = """\
document: {{title: 示例}}
metrics:
  援建资金: {{unit: 万元}}
goals:
  - {{metric: 援建资金, value: 500万元}}
allocations:
  - {{unit: 市本级, metric: 援建资金, value: {allocated}万元}}
tables:
  - id: 附件1
    columns: [援建资金]
    rows:
      甲区: [300]
{rows}"""


def _check(check_text, allocated="200", rows="    total: [300]\n"):
    (file,) = check_text(PLAN.format(allocated=allocated, rows=rows)).files
    assert not file.errors, file.errors
    return [f for f in file.findings if f.code == "SH201"], file


def test_fail_the_gap_is_exactly_a_prose_allocation_to_a_unit_without_a_row(check_text):
    (finding,), file = _check(check_text)
    assert (finding.location.line, finding.location.column) == (5, 5)
    assert [(r.line, r.column) for r in finding.related] == [(13, 13), (7, 5)]  # the table's 合计, the allocation
    assert finding.severity is Severity.WARNING
    assert (
        finding.text() == "援建资金 目标 500万元 = 300万元 (附件1 合计) + 200万元 (市本级, 第7行): 附件1 缺市本级一行"
    )
    assert (
        finding.text("en")
        == "援建资金: goal 500万元 = 300万元 (附件1 total) + 200万元 (市本级, line 7): 附件1 has no row for 市本级"
    )
    assert [f.code for f in file.findings] == ["SH201"]  # not also an SH202 error


def test_fail_without_a_total_row_the_sum_of_the_rows_is_named_as_such(check_text):
    (finding,), _ = _check(check_text, rows="")
    assert [(r.line, r.column) for r in finding.related] == [(9, 5), (7, 5)]  # the table itself, the allocation
    assert "300万元 (附件1 各行之和,表中未写合计)" in finding.text()


def test_pass_the_table_carries_the_row_and_its_total_is_the_goal(check_text):
    found, file = _check(check_text, rows="      市本级: [200]\n    total: [500]\n")
    assert found == [] and file.findings == []
    assert [
        (v.location.line, v.location.column, [(r.line, r.column) for r in v.related])
        for v in file.verified
        if v.code == "SH202"
    ] == [(5, 5, [(14, 13)])]


def test_pass_an_allocation_that_does_not_close_the_gap_is_sh202s_error_not_sh201(check_text):
    found, file = _check(check_text, allocated="150")
    assert found == []
    assert [(f.code, f.location.line, f.location.column) for f in file.findings] == [("SH202", 5, 5)]
