"""A Word draft is read as Word shows it: paragraphs and tables in document order, a table row
one line where the table stands, so a finding's line is the paragraph or row a planner counts."""

from __future__ import annotations

import pytest

from shanhai_check.drafts.check import read_and_analyse
from shanhai_check.engine import run

docx = pytest.importorskip("docx")


def _word(path, wrong_total: bool):
    document = docx.Document()
    document.add_paragraph("关于印发山海协作工作要点的通知")
    document.add_paragraph("附件1 援建资金分配表")
    table = document.add_table(rows=0, cols=2)
    for name, amount in (
        ("单位", "援建资金(万元)"),
        ("甲区", "221"),
        ("乙区", "110"),
        ("合计", "341" if wrong_total else "331"),
    ):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = name, amount
    document.add_paragraph("全年落实援建资金331万元。")
    document.save(path)
    return str(path)


def test_a_table_stands_between_the_paragraphs_around_it(tmp_path):
    text = read_and_analyse(_word(tmp_path / "d.docx", wrong_total=False))
    assert text.draft.lines == [
        "关于印发山海协作工作要点的通知",
        "附件1 援建资金分配表",
        "单位\t援建资金(万元)",
        "甲区\t221",
        "乙区\t110",
        "合计\t331",
        "全年落实援建资金331万元。",
    ]
    (table,) = text.tables
    assert table.title == "附件1 援建资金分配表"  # the paragraph above it, not the document's last


def test_a_wrong_total_is_reported_at_its_row_in_document_order(tmp_path):
    (file,) = run([_word(tmp_path / "d.docx", wrong_total=True)]).files
    assert [(f.code, f.location.line) for f in file.findings if f.code == "SH111"] == [("SH111", 6)]
