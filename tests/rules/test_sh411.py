"""SH411 draft-per-unit-times-count: PASS and FAIL cases at exact places."""

from __future__ import annotations

from shanhai_check.findings import Severity

# 18县 at column 13 (the count), 5400 at 20 (the total), the per-unit figure at 29.
BRACKETED = "今年浙江18县将对甘孜州18县率先投入5400万元(每县{each}万元)。\n"
# The group's count at column 1, the per-unit figure at 16; the table's cells at lines 7, 9, 11.
TABLE = (
    "{count}个省定结对的区各落实援建资金221万元。\n附件1\n单位\n援建资金\n(万元)\n甲区\n221\n乙区\n221\n丙区\n200\n"
    "合计\n642\n"
)
# Units listed before their count: the count right after the names, the per-unit figure 7 columns on.
NAMED = "{names}4市将分别帮扶300万元。\n"


def _draft(check_text, text):
    (file,) = check_text(text, "draft.txt").files
    assert file.kind == "draft" and not file.errors, file.errors
    found = [f for f in file.findings if f.code == "SH411"]
    agreed = [
        (v.location.line, v.location.column, [(r.line, r.column) for r in v.related], v.text())
        for v in file.verified
        if v.code == "SH411"
    ]
    return found, agreed, file


def test_fail_a_per_unit_amount_that_does_not_make_its_bracketed_total(check_text):
    (finding,), agreed, _ = _draft(check_text, BRACKETED.format(each=310))
    assert (finding.location.line, finding.location.column) == (1, 29)
    assert [(r.line, r.column) for r in finding.related] == [(1, 20), (1, 13)]  # the total, the count
    assert finding.severity is Severity.ERROR
    assert finding.text() == "'每县310万元': 18 × 310 = 5580万元 ≠ 5400万元"
    assert agreed == []


def test_pass_the_per_unit_amount_that_makes_the_total(check_text):
    found, agreed, file = _draft(check_text, BRACKETED.format(each=300))
    assert found == [] and file.findings == []
    assert agreed == [(1, 29, [(1, 20), (1, 13)], "'每县300万元': 18 × 300 = 5400万元")]


def test_fail_the_drafts_table_has_fewer_units_at_that_amount_than_the_count(check_text):
    (finding,), _, _ = _draft(check_text, TABLE.format(count=3))
    assert (finding.location.line, finding.location.column, finding.severity) == (1, 16, Severity.WARNING)
    assert [(r.line, r.column) for r in finding.related] == [(7, 1), (9, 1)]  # the two cells at 221
    assert (
        finding.text()
        == "'3个省定结对的区各落实援建资金221万元': 附件1 援建资金 中为 221 的单位有 2 个 (甲区、乙区),不是 3 个"
    )
    assert (
        finding.text("en")
        == "'3个省定结对的区各落实援建资金221万元': 2 units, not 3, have 221 in 附件1 援建资金 (甲区, 乙区)"
    )


def test_pass_the_drafts_table_has_as_many_units_at_that_amount_as_the_count(check_text):
    found, agreed, _ = _draft(check_text, TABLE.format(count=2))
    assert found == []
    assert agreed == [
        (
            1,
            16,
            [(7, 1), (9, 1)],
            "'2个省定结对的区各落实援建资金221万元': 附件1 援建资金 中恰有 2 个单位为 221 (甲区、乙区)",
        )
    ]


def test_fail_fewer_units_listed_than_the_count(check_text):
    (finding,), _, _ = _draft(check_text, NAMED.format(names="杭州、湖州、绍兴"))
    assert (finding.location.line, finding.location.column, [(r.line, r.column) for r in finding.related]) == (
        1,
        16,
        [(1, 9)],
    )
    assert finding.severity is Severity.WARNING
    assert finding.text() == "'杭州、湖州、绍兴4市将分别帮扶300万元': 说是 4市,却列出 3 个 (杭州、湖州、绍兴)"


def test_pass_as_many_units_listed_as_the_count(check_text):
    found, agreed, _ = _draft(check_text, NAMED.format(names="杭州、湖州、绍兴、金华"))
    assert found == []
    assert agreed == [
        (
            1,
            19,
            [(1, 12)],
            "'杭州、湖州、绍兴、金华4市将分别帮扶300万元': 所列 杭州、湖州、绍兴、金华 正是 4 个,4 × 300 = 1200万元",
        )
    ]
