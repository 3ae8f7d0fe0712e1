"""SH103 total-not-checkable: PASS and FAIL cases at exact places."""

from __future__ import annotations


from shanhai_check.findings import Severity

# Line 8 甲区, line 9 乙区 (their cells at column 12), line 10 the 合计 (column 13).
PLAN = """\
document: {{title: 示例}}
metrics:
  援建资金: {{unit: 万元}}
tables:
  - id: 附件1
    columns: [援建资金]
    rows:
      甲区: [{first}]
      乙区: [{second}]
    total: [{total}]
"""


def _check(check_text, first="110", second="—", total="110"):
    (file,) = check_text(PLAN.format(first=first, second=second, total=total)).files
    assert not file.errors, file.errors
    found = [f for f in file.findings if f.code == "SH103"]
    return found, file


def test_fail_a_total_over_a_blank_cell_is_a_note_at_the_total_naming_the_blank_row(check_text):
    (finding,), file = _check(check_text)
    assert (finding.location.line, finding.location.column) == (10, 13)
    assert [(r.line, r.column) for r in finding.related] == [(9, 12)]
    assert finding.severity is Severity.INFO
    assert finding.text() == "附件1 援建资金 合计 110万元 无法核对: 乙区 的值空缺"
    assert finding.text("en") == "附件1 援建资金: total 110万元 cannot be checked: no value for 乙区"
    # the sum is unknown, so SH101 neither confirms nor reports the total; SH105 reports the cell
    assert [v for v in file.verified if v.code == "SH101"] == [] and [
        f for f in file.findings if f.code == "SH101"
    ] == []
    assert [(f.code, f.location.line, f.location.column) for f in file.findings if f.code == "SH105"] == [
        ("SH105", 9, 12)
    ]


def test_fail_null_is_blank_too_and_every_blank_row_is_named(check_text):
    (finding,), _ = _check(check_text, first="null")
    assert [(r.line, r.column) for r in finding.related] == [(8, 12), (9, 12)]
    assert finding.text() == "附件1 援建资金 合计 110万元 无法核对: 甲区、乙区 的值空缺"


def test_pass_the_blank_written_as_0_makes_the_total_checkable(check_text):
    found, file = _check(check_text, second="0")
    assert found == [] and file.findings == []
    assert [(v.location.line, v.location.column) for v in file.verified if v.code == "SH101"] == [(10, 13)]


def test_pass_a_table_without_a_total_row_has_no_total_to_check(check_text):
    (file,) = check_text(PLAN.format(first="110", second="—", total="").replace("    total: []\n", "")).files
    assert [f.code for f in file.findings if f.code == "SH103"] == []


def test_fail_a_blank_cell_in_the_total_row_is_noted(check_text):
    found, _ = _check(check_text, second="221", total="—")
    assert [(f.location.line, f.location.column) for f in found] == [(10, 13)]
    (finding,) = found
    assert finding.severity is Severity.INFO and [(r.line, r.column) for r in finding.related] == [(8, 12), (9, 12)]
    assert finding.text() == "附件1 援建资金 合计空缺 (—): 各行之和 331万元 无从核对"
