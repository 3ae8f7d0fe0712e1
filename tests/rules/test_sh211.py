"""SH211 draft-claim-vs-table: PASS and FAIL cases at exact places."""

from __future__ import annotations

import pytest

from shanhai_check.findings import Severity

# The headline at line 2 (its figure at column 9); a table a web page flattened one cell per
# line follows, its 合计 figure alone on the last line.
TABLE = "附件1\n单位\n援建资金\n(万元)\n甲区\n200\n乙区\n200\n合计\n400\n"
DRAFT = "一、主要目标\n全年落实援建资金{headline}。\n" + TABLE  # 合计 at line 12
WITH_TASK = (
    "一、主要目标\n全年落实援建资金500万元。\n二、工作任务\n{task}落实援建资金100万元。\n" + TABLE
)  # 合计 at line 14


def _draft(check_text, text):
    (file,) = check_text(text, "draft.txt").files
    assert file.kind == "draft" and not file.errors, file.errors
    found = [f for f in file.findings if f.code == "SH211"]
    agreed = [
        (v.location.line, v.location.column, [(r.line, r.column) for r in v.related], v.text())
        for v in file.verified
        if v.code == "SH211"
    ]
    return found, agreed, file


def test_fail_a_headline_the_tables_total_does_not_give_is_an_error_at_the_headline(check_text):
    (finding,), agreed, _ = _draft(check_text, DRAFT.format(headline="500万元"))
    assert (finding.location.line, finding.location.column) == (2, 9)
    assert [(r.line, r.column) for r in finding.related] == [(12, 1)]
    assert finding.severity is Severity.ERROR
    assert finding.text() == "'全年落实援建资金500万元' ≠ 400万元 (附件1 援建资金 合计); 差额 100万元"
    assert finding.text("en") == "'全年落实援建资金500万元' ≠ 400万元 (附件1 援建资金 total); gap 100万元"
    assert agreed == []


def test_pass_the_headline_equal_to_the_total_is_confirmed(check_text):
    found, agreed, file = _draft(check_text, DRAFT.format(headline="400万元"))
    assert found == [] and file.findings == []
    assert agreed == [(2, 9, [(12, 1)], "'全年落实援建资金400万元' = 400万元 (附件1 援建资金 合计)")]


@pytest.mark.parametrize(("headline", "differs"), [("0.04亿元", False), ("0.05亿元", True)])
def test_units_convert_exactly(check_text, headline, differs):
    found, agreed, _ = _draft(check_text, DRAFT.format(headline=headline))
    assert [(f.location.line, f.location.column) for f in found] == ([(2, 9)] if differs else [])
    assert [a[:2] for a in agreed] == ([] if differs else [(2, 9)])


def test_fail_the_gap_is_a_units_figure_in_the_prose_the_table_lacks_a_row(check_text):
    (finding,), _, _ = _draft(check_text, WITH_TASK.format(task="市本级"))
    assert (finding.location.line, finding.location.column, finding.severity) == (2, 9, Severity.WARNING)
    assert [(r.line, r.column) for r in finding.related] == [(14, 1), (4, 10)]  # the 合计, then 市本级's figure
    assert finding.text() == (
        "'全年落实援建资金500万元' = 400万元 (附件1 援建资金 合计) + 100万元 (第 4 行 '市本级落实援建资金100万元'): "
        "附件1 缺市本级一行"
    )


def test_fail_a_numbered_task_names_the_unit_without_its_item_number(check_text):
    (finding,), _, _ = _draft(check_text, WITH_TASK.format(task="1.市本级"))
    assert [(r.line, r.column) for r in finding.related] == [(14, 1), (4, 12)]
    assert finding.text().endswith(": 附件1 缺市本级一行")
