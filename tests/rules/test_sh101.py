"""SH101 column-total: PASS and FAIL cases at exact places."""

from __future__ import annotations

from shanhai_check.findings import Severity

# Line 8 甲区, line 9 乙区 (their figures at column 12), line 10 the 合计 (its figure at column 13).
PLAN = """\
document: {{title: 示例}}
metrics:
  {metric}: {{unit: {unit}}}
tables:
  - id: 附件1{rounded}
    columns: [{metric}]
    rows:
      甲区: [{first}]
      乙区: [{second}]
    total: [{total}]
"""


def _check(check_text, first="110", second="221", total="331", metric="援建资金", unit="万元", rounded=""):
    (file,) = check_text(
        PLAN.format(first=first, second=second, total=total, metric=metric, unit=unit, rounded=rounded)
    ).files
    assert not file.errors, file.errors
    found = [f for f in file.findings if f.code == "SH101"]
    agreed = [
        (v.location.line, v.location.column, [(r.line, r.column) for r in v.related])
        for v in file.verified
        if v.code == "SH101"
    ]
    return found, agreed, file


def test_pass_a_total_equal_to_the_sum_of_its_rows_is_confirmed_at_the_total_with_every_row(check_text):
    found, agreed, file = _check(check_text)
    assert found == [] and file.findings == []
    assert agreed == [(10, 13, [(8, 12), (9, 12)])]
    (verified,) = [v for v in file.verified if v.code == "SH101"]
    assert verified.text() == "附件1 援建资金 合计 331万元 = 甲区 110 + 乙区 221 (万元)"


def test_fail_a_total_10_short_is_an_error_at_the_total_with_the_rows_related(check_text):
    found, agreed, _ = _check(check_text, total="321")
    (finding,) = found
    assert (finding.location.line, finding.location.column) == (10, 13)
    assert [(r.line, r.column) for r in finding.related] == [(8, 12), (9, 12)]
    assert finding.severity is Severity.ERROR
    assert finding.text() == "附件1 援建资金 合计 321万元 ≠ 各行之和 331万元: 甲区 110 + 乙区 221 (万元)"
    assert (
        finding.text("en") == "附件1 援建资金: stated total 321万元 ≠ sum of rows 331万元: 甲区 110 + 乙区 221 (万元)"
    )
    assert agreed == []


def test_fail_decimals_are_exact_1_3_plus_1_3_is_not_2_7(check_text):
    found, _, _ = _check(check_text, first="1.3", second="1.3", total="2.7", metric="到位资金", unit="亿元")
    assert [(f.location.line, f.location.column, f.severity) for f in found] == [(10, 13, Severity.ERROR)]
    assert found[0].text() == "附件1 到位资金 合计 2.7亿元 ≠ 各行之和 2.6亿元: 甲区 1.3 + 乙区 1.3 (亿元)"


def test_fail_a_table_declared_rounded_that_adds_up_only_within_rounding_is_a_warning_never_a_check_that_agrees(
    check_text,
):
    found, agreed, _ = _check(
        check_text,
        first="1.3",
        second="1.3",
        total="2.7",
        metric="到位资金",
        unit="亿元",
        rounded="\n    rounded: true",
    )
    (finding,) = found
    assert (finding.location.line, finding.location.column, finding.severity) == (
        11,
        13,
        Severity.WARNING,
    )  # one line lower
    assert [(r.line, r.column) for r in finding.related] == [(9, 12), (10, 12)]
    assert finding.text().endswith("(仅当各数按末位四舍五入时才可能相符: 文件声明这些数值为舍入值)")
    assert agreed == []


def test_pass_a_column_with_a_blank_cell_is_left_to_sh103(check_text):
    found, agreed, file = _check(check_text, second="—", total="321")
    assert found == [] and agreed == []
    assert sorted((f.code, f.location.line, f.location.column) for f in file.findings) == [
        ("SH103", 10, 13),
        ("SH105", 9, 12),
    ]
