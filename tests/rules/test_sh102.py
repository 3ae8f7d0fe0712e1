"""SH102 row-total: PASS and FAIL cases at exact places."""

from __future__ import annotations

from shanhai_check.findings import Severity

# 资金 is declared the sum of 省级 and 市级. Line 11 甲区 (figures at columns 12, 17, 21),
# line 12 乙区 (12, 16, 20), line 13 the 合计 row (13, 18, 22).
PLAN = """\
document: {{title: 示例}}
metrics:
  资金: {{unit: 万元}}
tables:
  - id: 附件1
    columns:
      - {{key: 省级, unit: 万元}}
      - {{key: 市级, unit: 万元}}
      - {{key: 资金, sum_of: [省级, 市级]}}
    rows:
      甲区: [100, 50, {first}]
      乙区: [20, 30, 50]
    total: [120, 80, {total}]
"""


def _check(check_text, first="150", total="200"):
    (file,) = check_text(PLAN.format(first=first, total=total)).files
    assert not file.errors, file.errors
    found = [
        (f.location.line, f.location.column, [(r.line, r.column) for r in f.related])
        for f in file.findings
        if f.code == "SH102"
    ]
    agreed = [
        (v.location.line, v.location.column, [(r.line, r.column) for r in v.related])
        for v in file.verified
        if v.code == "SH102"
    ]
    return found, agreed, file


def test_pass_every_row_and_the_total_row_are_confirmed_against_their_parts(check_text):
    found, agreed, file = _check(check_text)
    assert found == [] and file.findings == []
    assert agreed == [(11, 21, [(11, 12), (11, 17)]), (12, 20, [(12, 12), (12, 16)]), (13, 22, [(13, 13), (13, 18)])]
    assert [v.text() for v in file.verified if v.code == "SH102"][
        0
    ] == "附件1 '甲区' 一行 资金 150万元 = 省级 100 + 市级 50 (万元)"


def test_fail_a_row_whose_total_cell_is_not_the_sum_of_its_parts(check_text):
    found, agreed, file = _check(check_text, first="160")  # the 合计 row still adds up across: 120 + 80 = 200
    assert found == [(11, 21, [(11, 12), (11, 17)])]
    (finding,) = [f for f in file.findings if f.code == "SH102"]
    assert finding.severity is Severity.ERROR
    assert finding.text() == "附件1 '甲区' 一行 资金 160万元 ≠ 省级 100 + 市级 50 (万元) = 150万元"
    assert finding.text("en") == "附件1 row '甲区': 资金 160万元 ≠ 省级 100 + 市级 50 (万元) = 150万元"
    assert (12, 20, [(12, 12), (12, 16)]) in agreed and (11, 21, [(11, 12), (11, 17)]) not in agreed


def test_fail_the_total_row_is_checked_too(check_text):
    found, _, file = _check(check_text, total="210")
    assert found == [(13, 22, [(13, 13), (13, 18)])]
    (finding,) = [f for f in file.findings if f.code == "SH102"]
    assert finding.text() == "附件1 '合计' 一行 资金 210万元 ≠ 省级 120 + 市级 80 (万元) = 200万元"
    # the same cell is also a column total the rows do not add up to: SH101's business, at the same place
    assert [(f.location.line, f.location.column) for f in file.findings if f.code == "SH101"] == [(13, 22)]
