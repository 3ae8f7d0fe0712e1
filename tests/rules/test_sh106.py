"""SH106 part-exceeds-whole: PASS and FAIL cases at exact places."""

from __future__ import annotations

from shanhai_check.findings import Severity

# 2020年计划 is part of 计划总投资. Line 9 甲产业园: the whole at column 14, the part after it
# (column 19 when the whole is "1.5"); line 10 乙产业园: 14 and 17.
PLAN = """\
document: {{title: 示例}}
tables:
  - id: 附件3
    rows_are: names{rounded}
    columns:
      - {{key: 计划总投资, unit: 亿元}}
      - {{key: 2020年计划, unit: 亿元, part_of: 计划总投资}}
    rows:
      甲产业园: [1.5, {part}]
      乙产业园: [{whole}, 2]
"""


def _sh106(check_text, part="1.5", whole="2", rounded=""):
    (file,) = check_text(PLAN.format(part=part, whole=whole, rounded=rounded)).files
    assert not file.errors, file.errors
    found = [f for f in file.findings if f.code == "SH106"]
    agreed = [
        (v.location.line, v.location.column, [(r.line, r.column) for r in v.related])
        for v in file.verified
        if v.code == "SH106"
    ]
    return found, agreed, file


def test_pass_parts_within_or_equal_to_their_wholes_are_confirmed_at_the_part(check_text):
    found, agreed, file = _sh106(check_text, part="0.5")
    assert found == [] and file.findings == []
    assert agreed == [(9, 19, [(9, 14)]), (10, 17, [(10, 14)])]
    assert [v.text() for v in file.verified][1] == "附件3 '乙产业园' 一行 2020年计划 2亿元 ≤ 计划总投资 2亿元"


def test_fail_a_part_larger_than_its_whole_is_an_error_at_the_part_with_the_whole_related(check_text):
    found, agreed, _ = _sh106(check_text, part="14.51")
    (finding,) = found
    assert (finding.location.line, finding.location.column) == (9, 19)
    assert [(r.line, r.column) for r in finding.related] == [(9, 14)]
    assert finding.severity is Severity.ERROR
    assert finding.text() == "附件3 '甲产业园' 一行 2020年计划 14.51亿元 大于其所属的 计划总投资 1.5亿元"
    assert (
        finding.text("en")
        == "附件3 row '甲产业园': 2020年计划 14.51亿元 is larger than the 计划总投资 1.5亿元 it is part of"
    )
    assert agreed == [(10, 17, [(10, 14)])]  # the other row still agrees


def test_fail_figures_are_exact_by_default(check_text):
    (finding,), _, _ = _sh106(check_text, part="1.54")
    assert finding.severity is Severity.ERROR


def test_fail_within_declared_rounding_is_only_a_warning(check_text):
    (finding,), _, _ = _sh106(check_text, part="1.54", rounded="\n    rounded: true")
    assert (finding.location.line, finding.location.column, finding.severity) == (10, 19, Severity.WARNING)
    assert finding.text().endswith("(仅当各数按末位四舍五入时才可能相符: 文件声明这些数值为舍入值)")


def test_pass_a_row_with_a_blank_whole_is_skipped_and_left_to_sh105(check_text):
    found, agreed, file = _sh106(check_text, whole="—")
    assert found == [] and agreed == [(9, 19, [(9, 14)])]
    assert [(f.code, f.location.line, f.location.column) for f in file.findings] == [("SH105", 10, 14)]
