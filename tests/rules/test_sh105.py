"""SH105 missing-value: PASS and FAIL cases at exact places."""

from __future__ import annotations

from shanhai_check.findings import Severity

# Line 7 甲园 (cells at columns 12 and 15 when the first is "3"), line 8 乙园, line 9 the 合计.
PLAN = """\
document: {{title: 示例}}
tables:
  - id: 附件1
    rows_are: names
    columns: [{{key: 计划总投资, unit: 亿元}}, {{key: 2020年计划, unit: 亿元}}]
    rows:
      甲园: [3, {first}]
      乙园: [{second}, 0.5]
    total: [{total}, 1.7]
"""


def _sh105(check_text, first="1.2", second="2", total="5"):
    (file,) = check_text(PLAN.format(first=first, second=second, total=total)).files
    assert not file.errors, file.errors
    return [f for f in file.findings if f.code == "SH105"], file


def test_pass_every_cell_filled_in(check_text):
    found, file = _sh105(check_text)
    assert found == [] and file.findings == []


def test_pass_zero_is_a_value(check_text):
    assert _sh105(check_text, first="0", total="5")[0] == []


def test_fail_a_dash_is_a_warning_at_the_cell(check_text):
    (finding,), _ = _sh105(check_text, first="—")
    assert (finding.location.line, finding.location.column, finding.related) == (7, 15, ())
    assert finding.severity is Severity.WARNING
    assert finding.text() == "附件1 '甲园' 一行 2020年计划 空缺 (—)"
    assert finding.text("en") == "附件1 row '甲园': 2020年计划 is missing (—)"


def test_fail_null_is_named_as_blank_and_each_blank_cell_is_reported(check_text):
    found, _ = _sh105(check_text, first="null", second="—")
    assert [(f.location.line, f.location.column, f.text()) for f in found] == [
        (7, 15, "附件1 '甲园' 一行 2020年计划 空缺 (空白)"),
        (8, 12, "附件1 '乙园' 一行 计划总投资 空缺 (—)"),
    ]


def test_pass_a_blank_in_the_total_row_is_not_sh105s(check_text):
    assert _sh105(check_text, total="—")[0] == []
