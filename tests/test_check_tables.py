"""``check 附件1.xlsx`` / ``.csv``: a spreadsheet's table checked as the plan it would become,
each finding at its cell (line = the sheet's row, column = its column), with no YAML."""

from __future__ import annotations

import json

import pytest

from conftest import invoke, write

CSV = "单位,援建资金(万元),到位资金(亿元)\n海曙区,110,1.3\n江北区,120,{second}\n合计,{total},2.7\n"


def _report(path) -> dict:
    result = invoke("check", "--format", "json", str(path))
    return json.loads(result.stdout)


def _places(report, code):
    return [
        (f["line"], f["column"], [(r["line"], r["column"]) for r in f["related"]])
        for f in report["findings"]
        if f["code"] == code
    ]


def test_a_csv_whose_total_is_wrong_is_an_error_at_the_total_cell_with_the_rows_related(tmp_path):
    report = _report(write(tmp_path, "附件1.csv", CSV.format(second="1.4", total="240")))
    assert _places(report, "SH101") == [(4, 2, [(2, 2), (3, 2)])]
    (finding,) = report["findings"]
    assert finding["message"] == "附件1 援建资金 合计 240万元 ≠ 各行之和 230万元: 海曙区 110 + 江北区 120 (万元)"
    assert report["files"] == [{"file": finding["file"], "kind": "table", "usable": True}] and report["exit_code"] == 1
    assert [(v["line"], v["column"]) for v in report["verified"] if v["code"] == "SH101"] == [(4, 3)]


@pytest.mark.parametrize("second, total", [("1.5", "230"), ("1.35", "230")])  # exact: 1.35 is not 1.4 rounded
def test_every_figure_is_exact(tmp_path, second, total):
    report = _report(write(tmp_path, "附件1.csv", CSV.format(second=second, total=total)))
    assert _places(report, "SH101") == [(4, 3, [(2, 3), (3, 3)])]


def test_a_table_that_adds_up_is_clean(tmp_path):
    report = _report(write(tmp_path, "附件1.csv", CSV.format(second="1.4", total="230")))
    assert report["findings"] == [] and report["exit_code"] == 0
    assert sorted((v["line"], v["column"]) for v in report["verified"] if v["code"] == "SH101") == [(4, 2), (4, 3)]


def test_an_xlsx_sheet_is_placed_at_its_cells(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["附件1 分配表"], ["单位", "援建资金(万元)"], ["甲区", 110], ["乙区", 221], ["合 计", 321]):
        sheet.append(row)
    book.save(tmp_path / "附件1.xlsx")
    report = _report(tmp_path / "附件1.xlsx")
    assert _places(report, "SH101") == [(5, 2, [(3, 2), (4, 2)])]


def test_a_folder_is_not_searched_for_spreadsheets_only_named_ones_are_checked(tmp_path):
    write(tmp_path, "附件1.csv", CSV.format(second="1.4", total="240"))
    result = invoke("check", "--format", "json", str(tmp_path))
    assert json.loads(result.stdout)["files"] == [] and result.exit_code == 0


def test_a_spreadsheet_that_holds_no_table_is_an_input_error_at_its_place(tmp_path):
    path = write(tmp_path, "附件1.csv", "单位,说明\n海曙区,见正文\n")
    result = invoke("check", str(path))
    assert result.exit_code == 2
    assert "  1:1  错误  SH002  没有数值列 (第一列之后的各列都不含数字)" in result.stdout
