"""SH204 allocation-stated-twice: PASS and FAIL cases at exact places."""

from __future__ import annotations

from shanhai_check.findings import Severity

# The first statement at line 9; later ones from line 10, each compared with the first.
PLAN = """\
document: {{title: 示例}}
roster:
  units:
    - {{name: 市本级, aliases: [宁波市市本级]}}
metrics:
  援建资金: {{unit: 万元}}
  项目: {{unit: 个}}
allocations:
  - {{unit: 市本级, metric: 援建资金, value: 772万元, section: 正文 10}}
{later}"""


def _sh204(check_text, *later):
    (file,) = check_text(PLAN.format(later="".join(f"  - {{{line}}}\n" for line in later))).files
    assert not file.errors, file.errors
    return [f for f in file.findings if f.code == "SH204"], file


def test_fail_a_second_amount_for_the_same_unit_is_an_error_at_it_pointing_at_the_first(check_text):
    (finding,), _ = _sh204(check_text, "unit: 市本级, metric: 援建资金, value: 727万元, section: 附件2 30")
    assert (finding.location.line, finding.location.column) == (10, 5)
    assert [(r.line, r.column) for r in finding.related] == [(9, 5)]
    assert finding.severity is Severity.ERROR
    assert finding.text() == "市本级 的援建资金前后不一: 772万元 (正文 10) 与 727万元 (附件2 30)"
    assert (
        finding.text("en")
        == "市本级: 援建资金 is stated twice with different values: 772万元 (正文 10) and 727万元 (附件2 30)"
    )


def test_pass_the_same_amount_stated_again_in_any_unit_or_by_an_alias(check_text):
    found, file = _sh204(
        check_text,
        "unit: 市本级, metric: 援建资金, value: 772万元, section: 附件2 30",
        "unit: 宁波市市本级, metric: 援建资金, value: 0.0772亿元, section: 附件1",
    )
    assert found == [] and file.findings == []


def test_fail_an_alias_is_the_same_unit(check_text):
    (finding,), _ = _sh204(check_text, "unit: 宁波市市本级, metric: 援建资金, value: 727万元, section: 附件2 30")
    assert (finding.location.line, [(r.line, r.column) for r in finding.related]) == (10, [(9, 5)])
    assert finding.text().startswith("宁波市市本级 的援建资金前后不一")


def test_each_later_statement_is_compared_with_the_first_and_a_floor_that_can_hold_is_no_contradiction(check_text):
    found, _ = _sh204(
        check_text,
        "unit: 市本级, metric: 援建资金, value: 不低于700万元, section: 附件3",  # line 10: 772 meets it
        "unit: 市本级, metric: 援建资金, value: 不低于800万元, section: 附件4",  # line 11: 772 cannot
    )
    assert [(f.location.line, [(r.line, r.column) for r in f.related]) for f in found] == [(11, [(9, 5)])]
    assert found[0].text() == "市本级 的援建资金前后不一: 772万元 (正文 10) 与 800万元以上 (附件4)"


def test_pass_another_metric_is_not_the_same_allocation(check_text):
    found, _ = _sh204(check_text, "unit: 市本级, metric: 项目, value: 3个")
    assert found == []
