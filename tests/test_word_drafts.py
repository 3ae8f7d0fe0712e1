"""A Word draft is read as Word shows it: paragraphs and tables in document order, a table row
one line where the table stands, so a finding's line is the paragraph or row a planner counts."""

from __future__ import annotations

import json

import pytest

from conftest import invoke

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


def test_each_line_knows_its_place_in_word_paragraphs_with_text_and_table_cells(tmp_path):
    path = tmp_path / "d.docx"
    _word(path, wrong_total=True)
    document = docx.Document(str(path))
    document.paragraphs[0].insert_paragraph_before("")  # a blank paragraph: not one a reader counts
    document.save(str(path))
    (file,) = run([str(path)]).files
    (finding,) = [f for f in file.findings if f.code == "SH111"]
    # line 7 (the blank paragraph is line 1): the 合计 row, its amount in the second cell
    assert (finding.location.line, finding.location.column) == (7, 4)
    assert file.word_place(finding.location).render("zh") == "表1 第4行第2格"
    assert file.word_place(finding.location).render("en") == "table 1 row 4 cell 2"
    assert file.word_place(finding.location._replace(column=1)).render("zh") == "表1 第4行第1格"
    assert [file.word[line].at(1).render("zh") for line in (2, 3, 8)] == ["第1段", "第2段", "第3段"]
    assert 1 not in file.word


def test_every_report_says_where_a_word_drafts_finding_is_in_word(tmp_path):
    path = _word(tmp_path / "d.docx", wrong_total=True)
    assert "↳ 在 Word 中: 表1 第4行第2格" in invoke("check", "--no-cache", path).stdout
    record = json.loads(invoke("check", "--no-cache", "--format", "json", "--lang", "en", path).stdout)  # validated
    (finding,) = [f for f in record["findings"] if f["code"] == "SH111"]
    assert finding["word"] == "table 1 row 4 cell 2"
    assert finding["related"] and all(r["word"].startswith("table 1 row ") for r in finding["related"])
    sarif = json.loads(invoke("check", "--no-cache", "--format", "sarif", path).stdout)
    (entry,) = [r for r in sarif["runs"][0]["results"] if r["ruleId"] == "SH111"]
    assert entry["locations"][0]["physicalLocation"]["region"]["message"] == {"text": "表1 第4行第2格"}
    for form in ("github", "junit"):
        assert "表1 第4行第2格" in invoke("check", "--no-cache", "--format", form, path).stdout, form


def test_a_text_draft_has_no_places_in_word(tmp_path):
    path = tmp_path / "d.txt"
    path.write_text("附件1 援建资金分配表\n单位\n援建资金\n甲区\n221\n乙区\n110\n合计\n341\n", encoding="utf-8")
    (file,) = run([str(path)]).files
    assert file.findings and file.word == {} and all(file.word_place(f.location) is None for f in file.findings)
    assert "Word" not in invoke("check", "--no-cache", str(path)).stdout
