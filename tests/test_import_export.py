"""``shanhai-check import`` and ``export``: tables from Word and Excel into plan YAML and back.

Every input file is built here, at test time, with the libraries planners' programs agree
with (openpyxl for xlsx with merged cells, python-docx for Word tables, csv in UTF-8 with a
BOM and in GB18030).
"""

import json
from decimal import Decimal

import docx
import openpyxl
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from conftest import NINGBO_2020, ROOT, imported_by, invoke, write
from shanhai_check.load import Repository
from shanhai_check.load import load_plan
from shanhai_check.tabular.layout import layout
from shanhai_check.tabular.read import float_text, read_grid
from shanhai_check.tabular.table import ImportedColumn, ImportedRow, ImportedTable
from shanhai_check.tabular import write as write_module
from shanhai_check.tabular.write import export_table, from_plan

FORMATS = ("csv", "xlsx", "docx")


def imported(path, **options) -> ImportedTable:
    table, _ = layout(read_grid(str(path), **options), str(path))
    return table


def plan_with(tmp_path, fragment: str, roster: str = "rosters/ningbo-city.yaml"):
    """A plan made of a document line, a roster and the YAML that import printed."""
    text = f"document: {{title: 示例}}\nroster: {roster}\n" + fragment
    return write(tmp_path, "plan.yaml", text)


def cells_of(table) -> list:
    """A model table, cell for cell: row names with exact values (None when missing)."""

    def values(row):
        return [None if row.cells[c.key].value is None else row.cells[c.key].value for c in table.columns]

    return [(row.name, values(row)) for row in table.all_rows]


# -- the 宁波 附件1, as published ---------------------------------------------------------------
NINGBO_ROWS = [
    ("海曙区", "1.3", "110", "50", "600"),
    ("江北区", "1.3", "110", "50", "500"),
    ("镇海区", "2", "221", "50", "500"),
    ("北仑区", "2", "221", "50", "500"),
    ("鄞州区", "2", "221", "50", "600"),
    ("奉化区", "1.3", "110", "50", "500"),
    ("余姚市", "2", "221", "50", "600"),
    ("慈溪市", "2", "221", "50", "600"),
    ("宁海县", "1.3", "110", "50", "500"),
    ("象山县", "1.3", "110", "50", "500"),
    ("宁波杭州湾新区", "0.3", "110", "50", "50"),
    ("梅山物流产业集聚区", "0.3", "110", "50", "50"),
    ("宁波保税区", "0.3", "0", "0", "50"),
    ("大榭开发区", "0.3", "0", "0", "50"),
    ("宁波国家高新区", "0.3", "110", "50", "50"),
    ("东钱湖", "0.3", "0", "0", "50"),
    ("合 计", "18.3", "1985", "650", "5700"),
]


def published_docx(path, extra_row=None):
    """附件1 as the seed prints it: the attachment number and title above, '单 位' with a
    typographic space, each header split over two lines, the note under the table."""
    document = docx.Document()
    document.add_paragraph("附件1")
    document.add_paragraph("2020年度宁波市山海协作工作定量任务分解表")
    header = ("单 位", "到位资金\n(亿元)", "援建资金\n(万元)", "社会帮扶资金\n(万元)", "销售额\n(万元)")
    rows = [header, *NINGBO_ROWS] + ([extra_row] if extra_row else [])
    table = document.add_table(rows=len(rows), cols=5)
    for row, texts in zip(table.rows, rows):
        for cell, text in zip(row.cells, texts):
            cell.text = text
    document.add_paragraph("注:到位资金是指产业合作项目到位资金(含3年续建项目)。")
    document.save(path)


def test_the_published_ningbo_table_imports_as_the_plan_has_it(tmp_path):
    published_docx(tmp_path / "附件1.docx")
    result = invoke("import", str(tmp_path / "附件1.docx"), "--roster", str(ROOT / "plans/rosters/ningbo-city.yaml"))
    assert result.exit_code == 0 and result.stderr == ""  # every unit is in the roster
    assert "  到位资金: {unit: 亿元}\n  援建资金: {unit: 万元}\n" in result.stdout
    assert "    row_header: 单位\n    columns: [到位资金, 援建资金, 社会帮扶资金, 销售额]\n" in result.stdout
    assert (
        "      海曙区: [1.3, 110, 50, 600]\n" in result.stdout
        and "    total: [18.3, 1985, 650, 5700]\n" in result.stdout
    )
    path = plan_with(tmp_path, result.stdout, str(ROOT / "plans/rosters/ningbo-city.yaml"))
    loaded = Repository(str(tmp_path.anchor)).load(str(path)).tables[0]
    original = next(t for t in load_plan(str(ROOT / NINGBO_2020)).tables if t.id == "附件1")
    assert (loaded.id, loaded.title) == ("附件1", original.title)
    assert cells_of(loaded) == cells_of(original)


@pytest.mark.parametrize("fmt", FORMATS)
def test_ningbo_attachment_1_round_trips_cell_for_cell(tmp_path, fmt):
    out = tmp_path / f"t.{fmt}"
    exported = invoke("export", str(ROOT / NINGBO_2020), "--table", "附件1", "-o", str(out))
    assert exported.exit_code == 0 and exported.stdout.strip() == str(out)
    result = invoke("import", str(out), "--id", "附件1")
    assert result.exit_code == 0, result.stderr
    loaded = Repository(str(tmp_path.anchor)).load(
        str(plan_with(tmp_path, result.stdout, str(ROOT / "plans/rosters/ningbo-city.yaml")))
    )
    original = load_plan(str(ROOT / NINGBO_2020))
    table, source = loaded.tables[0], original.tables[0]
    assert [(c.key, c.unit.text) for c in table.columns] == [(c.key, c.unit.text) for c in source.columns]
    assert (table.id, table.title, table.row_header) == (source.id, source.title, "单位")
    assert cells_of(table) == cells_of(source)
    assert [c.text for r in table.all_rows for c in r.cells.values()] == [
        c.text for r in source.all_rows for c in r.cells.values()
    ]


# -- merged headers, captions, notes ----------------------------------------------------------
def test_xlsx_with_merged_headers_a_unit_caption_and_the_total_first(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "分解表"
    sheet["A1"] = "附件1"
    sheet["A2"] = "2021年度示例表"
    sheet.merge_cells("A2:D2")
    sheet["D3"] = "单位：万元"
    sheet["A4"] = "单 位"
    sheet.merge_cells("A4:A5")
    sheet["B4"] = "山海协作资金"
    sheet.merge_cells("B4:C4")
    sheet["D4"] = "到位资金\n（亿元）"
    sheet.merge_cells("D4:D5")
    sheet["B5"], sheet["C5"] = "援建资金", "社会帮扶资金"
    sheet.append(["合 计", 331, 100, 2.6])
    sheet.append(["甲区", 110, 50, 1.3])
    sheet.append(["乙区", "221", "—", 1.3])
    sheet["D8"].number_format = "0.00"  # typed 1.30: a figure to the hundredth
    sheet["D6"].number_format = "0.00"
    sheet["A9"] = "注:援建资金含社会帮扶资金以外的部分。"
    sheet.merge_cells("A9:D9")
    book.save(tmp_path / "t.xlsx")
    table = imported(tmp_path / "t.xlsx")
    assert table.title == "2021年度示例表" and table.row_header == "单位"
    assert [(c.name, c.unit) for c in table.columns] == [
        ("山海协作资金 援建资金", "万元"),
        ("山海协作资金 社会帮扶资金", "万元"),
        ("到位资金", "亿元"),
    ]
    assert table.rows == [ImportedRow("甲区", ["110", "50", "1.3"]), ImportedRow("乙区", ["221", None, "1.30"])]
    assert table.total == ImportedRow("合计", ["331", "100", "2.60"])
    assert table.note == "注:援建资金含社会帮扶资金以外的部分。"
    assert [r.place.render() for r in table.rows] == ["分解表!A7", "分解表!A8"]


def test_docx_with_merged_cells_and_a_second_header_row(tmp_path):
    document = docx.Document()
    document.add_paragraph("表一 示例")
    grid = document.add_table(rows=4, cols=3)
    grid.cell(0, 0).merge(grid.cell(1, 0)).text = "单位"
    grid.cell(0, 1).merge(grid.cell(0, 2)).text = "资金"
    grid.cell(1, 1).text, grid.cell(1, 2).text = "援建（万元）", "到位（亿元）"
    for c, text in enumerate(["甲区", "１,２３４.５", "--"]):
        grid.cell(2, c).text = text
    for c, text in enumerate(["总  计", "1234.5", ""]):
        grid.cell(3, c).text = text
    document.save(tmp_path / "t.docx")
    table = imported(tmp_path / "t.docx")
    assert table == ImportedTable(
        "单位",
        [ImportedColumn("资金 援建", "万元"), ImportedColumn("资金 到位", "亿元")],
        [ImportedRow("甲区", ["1234.5", None])],
        ImportedRow("合计", ["1234.5", None]),
        "表一 示例",
    )
    assert (
        table.rows[0].place.render() == "表1 第3行第1格" and table.rows[0].place.render("en") == "table 1 row 3 cell 1"
    )


def test_years_under_a_merged_header_are_a_header_row_not_data(tmp_path):
    (tmp_path / "t.csv").write_text(
        "单位,到位资金(亿元),到位资金(亿元),援建资金\n,2020,2021,(万元)\n甲区,1.3,1.5,110\n", encoding="utf-8"
    )
    table = imported(tmp_path / "t.csv")
    assert [(c.name, c.unit, c.header) for c in table.columns] == [
        ("到位资金 2020", "亿元", "到位资金(亿元) 2020"),
        ("到位资金 2021", "亿元", "到位资金(亿元) 2021"),
        ("援建资金", "万元", "援建资金(万元)"),
    ]
    assert table.rows == [ImportedRow("甲区", ["1.3", "1.5", "110"])]


def test_a_sequence_column_before_the_names_is_left_out(tmp_path):
    (tmp_path / "t.csv").write_text("序 号,单位,援建资金(万元)\n1,甲区,110\n2,乙区,221\n合计,,331\n", encoding="utf-8")
    table = imported(tmp_path / "t.csv")
    assert (table.row_header, table.columns) == ("单位", [ImportedColumn("援建资金", "万元")])
    assert table.rows == [ImportedRow("甲区", ["110"]), ImportedRow("乙区", ["221"])] and table.total == ImportedRow(
        "合计", ["331"]
    )


def test_docx_table_chosen_by_number_takes_the_captions_above_it(tmp_path):
    document = docx.Document()
    for title, value in (("第一表", "1"), ("第二表", "2")):
        document.add_paragraph(title)
        document.add_paragraph("单位:个")
        grid = document.add_table(rows=2, cols=2)
        grid.cell(0, 0).text, grid.cell(0, 1).text = "单位", "项目"
        grid.cell(1, 0).text, grid.cell(1, 1).text = "甲区", value
    document.save(tmp_path / "t.docx")
    second = imported(tmp_path / "t.docx", number=2)
    assert (second.title, second.columns, second.rows) == (
        "第二表",
        [ImportedColumn("项目", "个")],
        [ImportedRow("甲区", ["2"])],
    )


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "gb18030"])
def test_csv_in_each_encoding_with_separators_full_width_digits_and_dashes(tmp_path, encoding):
    text = (
        "2020年度表,,,\n单 位,援建资金(万元),到位资金（亿元）,备注\n甲区,\"1,234.5\",—,新增\n乙区,１８．３０,－,\n"
        "丙区,不低于110,0.5,\n合计,,\"0.5\",\n"
    )
    (tmp_path / "t.csv").write_text(text, encoding=encoding)
    table, warnings = layout(read_grid(str(tmp_path / "t.csv")), str(tmp_path / "t.csv"))
    assert table.rows == [
        ImportedRow("甲区", ["1234.5", None]),
        ImportedRow("乙区", ["18.30", None]),
        ImportedRow("丙区", ["不低于110", "0.5"]),
    ]
    assert table.total == ImportedRow("合计", [None, "0.5"]) and table.title == "2020年度表"
    assert [w.located() for w in warnings] == [f"{tmp_path / 't.csv'}:2:4: 警告: 列 '备注' 没有数值,未导入"]


def test_a_header_parenthesis_that_is_not_a_unit_stays_in_the_name():
    from shanhai_check.tabular.layout import split_unit

    assert split_unit("劳动力培训就业(含转移)") == ("劳动力培训就业(含转移)", None)
    assert split_unit("培训就业(含转移)(人次)") == ("培训就业(含转移)", "人次")
    assert split_unit("资金 (单位:万元)") == ("资金", "万元")


@pytest.mark.parametrize(
    "value, number_format, shown",
    [
        (1.3, "General", "1.3"),
        (1.3, "0.00", "1.30"),
        (110.0, "General", "110"),
        (2, "0.0", "2.0"),
        (0.1 + 0.2, "General", "0.3"),
        (0.082, "0.0%", "8.2%"),
        (1234.5, "#,##0.00", "1234.50"),
        (1e16, "General", "10000000000000000"),
        (1000000000000001, "General", "1000000000000001"),
    ],
)
def test_spreadsheet_numbers_read_as_the_sheet_shows_them(value, number_format, shown):
    assert float_text(value, number_format) == shown


# -- the roster ---------------------------------------------------------------------------------
def test_a_name_not_in_the_roster_is_a_warning_with_the_nearest_names(tmp_path):
    (tmp_path / "t.csv").write_text("单位,援建资金(万元)\n海曙区,110\n杭州湾新区,50\n市委人才办,1\n", encoding="utf-8")
    roster = write(
        tmp_path,
        "roster.yaml",
        "roster:\n  units:\n    - 海曙区\n    - 宁波杭州湾新区\n    - {name: 市委组织部, aliases: [市委人才办]}\n",
    )
    result = invoke("import", str(tmp_path / "t.csv"), "--roster", str(roster))
    assert result.exit_code == 0 and "杭州湾新区: [50]" in result.stdout
    assert result.stderr.splitlines() == [
        f"shanhai-check: {tmp_path / 't.csv'}:3:1: 警告: '杭州湾新区' 不在名册 {roster} 中;最接近的名册名称: "
        "宁波杭州湾新区"
    ]
    english = invoke("import", str(tmp_path / "t.csv"), "--roster", str(roster), "--lang", "en")
    assert english.stderr.splitlines() == [
        f"shanhai-check: {tmp_path / 't.csv'}:3:1: warning: '杭州湾新区' is not in the roster {roster}; "
        "nearest roster names: '宁波杭州湾新区'"
    ]


def test_an_unusable_roster_is_one_line_and_exit_2(tmp_path):
    (tmp_path / "t.csv").write_text("单位,援建资金(万元)\n海曙区,110\n", encoding="utf-8")
    roster = write(tmp_path, "roster.yaml", "roster:\n  unitz: []\n")
    result = invoke("import", str(tmp_path / "t.csv"), "--roster", str(roster))
    assert result.exit_code == 2 and result.stdout == ""
    assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith(f"shanhai-check: {roster}:2:3: SH002")


# -- the YAML loads with the checker --------------------------------------------------------------
def test_the_imported_yaml_checks_with_no_input_errors(tmp_path):
    (tmp_path / "t.csv").write_text(
        "单位,援建资金(万元),项目(个)\n甲区,110,—\n乙区,221.5,2\n合计,331.5,2\n", encoding="utf-8"
    )
    result = invoke("import", str(tmp_path / "t.csv"), "--id", "附件1")
    plan = plan_with(tmp_path, result.stdout, "\n  units: [甲区, 乙区]")
    checked = invoke("check", "--format", "json", str(plan))
    report = json.loads(checked.stdout)
    assert report["input_errors"] == [] and checked.exit_code == 0
    assert [f["code"] for f in report["findings"]] == [
        "SH105",
        "SH103",
    ]  # 甲区's blank 项目, so its 合计 is not checkable


# -- errors: one line, exit 2 ------------------------------------------------------------------
def corrupt_xlsx(path):
    path.write_bytes(b"PK\x03\x04 not really a zip")


def docx_without_table(path):
    document = docx.Document()
    document.add_paragraph("只有正文")
    document.save(path)


def formula_without_result(path):
    book = openpyxl.Workbook()
    book.active.append(["单位", "资金(万元)"])
    book.active.append(["甲区", 1])
    book.active.append(["合计", "=SUM(B2:B2)"])  # openpyxl saves no computed result
    book.save(path)


@pytest.mark.parametrize(
    "name, make, message",
    [
        ("t.xlsx", corrupt_xlsx, "t.xlsx: 不是 xlsx 文件 (不是 zip 包); 旧的 .doc / .xls 文件请先另存为 .docx / .xlsx"),
        (
            "t.xlsx",
            lambda p: __import__("zipfile").ZipFile(p, "w").writestr("x.txt", "x"),
            "t.xlsx: 不是完整的 xlsx 文件 (zip 包中缺少正文或内容类型); 请在 Word、Excel 或 WPS 中另存后再试",
        ),
        ("t.docx", docx_without_table, "t.docx: 文档中没有表格"),
        (
            "t.docx",
            lambda p: p.write_bytes(b"not a zip"),
            "t.docx: 不是 docx 文件 (不是 zip 包); 旧的 .doc / .xls 文件请先另存为 .docx / .xlsx",
        ),
        ("t.csv", lambda p: p.write_bytes(b""), "t.csv: 表格是空的"),
        (
            "t.csv",
            lambda p: p.write_text("单位,备注\n甲区,新增\n", encoding="utf-8"),
            "t.csv:1:1: 没有数值列 (第一列之后的各列都不含数字)",
        ),
        (
            "t.csv",
            lambda p: p.write_text("单位,资金(万元)\n甲区,1\n乙区,待定\n", encoding="utf-8"),
            "t.csv:3:2: '待定' 不是数值 (列 资金, '乙区' 一行)",
        ),
        (
            "t.csv",
            lambda p: p.write_text("单位,资金\n甲区,1\n", encoding="utf-8"),
            "t.csv:1:2: 列 '资金' 没有计量单位: 请在表头写明 (如 到位资金(亿元)),或在表格上方写 单位:万元",
        ),
        (
            "t.csv",
            lambda p: p.write_text("单位,资金(万元)\n甲区,1\n,2\n", encoding="utf-8"),
            "t.csv:3:1: 这一行有数值却没有名称 (第一列为空)",
        ),
        (
            "t.csv",
            lambda p: p.write_text("单位,资金(万元)\n甲区,1\n甲区,2\n", encoding="utf-8"),
            "t.csv:3:1: '甲区' 一行出现了两次 (另一次在 2:1)",
        ),
        (
            "t.docx",
            lambda p: published_docx(p, extra_row=("海曙区", "1", "1", "1", "1")),
            "t.docx:表1 第19行第1格: '海曙区' 一行出现了两次 (另一次在 表1 第2行第1格)",
        ),
        (
            "t.csv",
            lambda p: p.write_text("单位,资金(万元)\n合计,1\n甲区,1\n合 计,1\n", encoding="utf-8"),
            "t.csv:4:1: 合计行出现了两次 (另一次在 2:1)",
        ),
        (
            "t.csv",
            lambda p: p.write_bytes("单位,资金(万元)\n甲区,1\n".encode("utf-16-le")),
            "t.csv:1: 文件含有 NUL 字节,不是文本文件",
        ),  # UTF-16 without its BOM
        (
            "t.csv",
            lambda p: p.write_bytes("單位,資金(萬元)\n甲區,110\n合計,110\n".encode("big5")),
            "t.csv:1: 文件看起来是 Big5 (繁体) 编码,不是 UTF-8 或 GB18030: 请另存为 UTF-8",
        ),
        (
            "t.csv",
            lambda p: p.write_text('单位,资金(万元)\n甲区,"1\n乙区,2\n', encoding="utf-8"),
            "t.csv:2: 这一行开始的引号没有闭合: 其后的整个文件会被读成一格; 请补上引号",
        ),
        (
            "t.xlsx",
            formula_without_result,
            "t.xlsx:Sheet!B3: 公式 =SUM(B2:B2) 没有保存的计算结果; 请在 Excel 或 WPS 中打开并保存后再导入",
        ),
        (
            "t.txt",
            lambda p: p.write_text("x", encoding="utf-8"),
            "t.txt: 不支持的文件类型: t.txt (可用: .xlsx, .csv, .docx)",
        ),
        ("missing.csv", lambda p: None, "missing.csv: 文件不存在"),
    ],
)
def test_unusable_input_is_one_line_and_exit_2(tmp_path, monkeypatch, name, make, message):
    monkeypatch.chdir(tmp_path)
    make(tmp_path / name)
    result = invoke("import", name)
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", f"shanhai-check: {message}\n")


def test_options_that_do_not_fit_the_file_are_refused(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    published_docx(tmp_path / "t.docx")
    assert invoke("import", "t.docx", "--table", "2").stderr == "shanhai-check: t.docx: 没有第 2 个表格 (共 1 个)\n"
    assert (
        invoke("import", "t.docx", "--sheet", "x", "--lang", "en").stderr
        == "shanhai-check: t.docx: --sheet does not apply to docx files\n"
    )


def test_export_needs_a_table_the_plan_has():
    several = invoke("export", str(ROOT / NINGBO_2020), "-o", "never-written.csv")
    assert (
        several.exit_code == 2
        and several.stderr
        == f"shanhai-check: {ROOT / NINGBO_2020}: 计划有 3 个表,请用 --table 选择一个: 附件1, 附件3 一, 附件3 二\n"
    )
    unknown = invoke("export", str(ROOT / NINGBO_2020), "--table", "附件9", "-o", "never-written.csv", "--lang", "en")
    assert unknown.stderr == (
        f"shanhai-check: {ROOT / NINGBO_2020}: "
        "the plan has no table '附件9' (it has: '附件1', '附件3 一', '附件3 二')\n"
    )
    assert not (ROOT / "never-written.csv").exists()


# -- never overwrite without --force ---------------------------------------------------------------
def test_import_and_export_refuse_to_overwrite_without_force(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "t.csv").write_text("单位,资金(万元)\n甲区,1\n", encoding="utf-8")
    for existing in ("out.yaml", "out.xlsx"):
        (tmp_path / existing).write_text("mine", encoding="utf-8")
    refused = invoke("import", "t.csv", "-o", "out.yaml")
    assert (refused.exit_code, refused.stderr) == (
        2,
        "shanhai-check: out.yaml 已存在,未写入任何文件; 加 --force 覆盖\n",
    )
    refused = invoke("export", str(ROOT / NINGBO_2020), "--table", "附件1", "-o", "out.xlsx")
    assert refused.exit_code == 2 and "out.xlsx 已存在" in refused.stderr
    assert (
        (tmp_path / "out.yaml").read_text(encoding="utf-8")
        == (tmp_path / "out.xlsx").read_text(encoding="utf-8")
        == "mine"
    )
    assert invoke("import", "t.csv", "-o", "out.yaml", "--force").exit_code == 0
    assert "      甲区: [1]\n" in (tmp_path / "out.yaml").read_text(encoding="utf-8")
    assert invoke("export", str(ROOT / NINGBO_2020), "--table", "附件1", "-o", "out.xlsx", "--force").exit_code == 0
    assert imported(tmp_path / "out.xlsx").rows[0] == ImportedRow("海曙区", ["1.3", "110", "50", "600"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xlsx", "out.yaml", "t.csv"]  # no temporary file left


def test_a_failed_write_leaves_no_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)

    def interrupted(table, path):
        with open(path, "w", encoding="utf-8") as handle:
            handle.write("half a ")
        raise OSError("disk full")

    monkeypatch.setattr(write_module, "_csv", interrupted)
    result = invoke("export", str(ROOT / NINGBO_2020), "--table", "附件1", "-o", "t.csv")
    assert result.exit_code == 2 and "无法写入 t.csv" in result.stderr
    assert list(tmp_path.iterdir()) == []


# -- import(export(table)) == table ---------------------------------------------------------------
NAME_CHARS = "东西南北中海山江湖城乡新港园区县市镇甲乙丙丁ABCxyz0123456789"
METRIC_CHARS = "资金援建帮扶销售额到位社会项目人才培训就业干部abcXYZ"
UNITS = ("万元", "亿元", "个", "人次", "%")


@st.composite
def tables(draw):
    width = draw(st.integers(1, 4))
    names = draw(st.lists(st.text(METRIC_CHARS, min_size=1, max_size=6), min_size=width, max_size=width, unique=True))
    columns = [ImportedColumn(name, draw(st.sampled_from(UNITS))) for name in names]
    # Up to 10¹⁶, so that some figures have more digits than a spreadsheet number holds (xlsx
    # keeps those as text); negative figures load too (SH104 reports them).
    value = st.one_of(
        st.none(),
        st.integers(0, 4).flatmap(
            lambda places: st.decimals(-1000, 10**16, places=places).map(lambda d: format(d, "f"))
        ),
    )

    def row(name):
        return ImportedRow(name, draw(st.lists(value, min_size=width, max_size=width)))

    units = draw(st.lists(st.text(NAME_CHARS, min_size=1, max_size=8), min_size=1, max_size=6, unique=True))
    rows = [row(name) for name in units]
    total = draw(st.one_of(st.none(), st.just("合计").map(row)))
    assume(any(v is not None for r in rows + [total] * bool(total) for v in r.cells))  # a table with a figure in it
    title = draw(st.sampled_from(["", "2020年度工作定量任务分解表", "表一"]))
    return ImportedTable(draw(st.sampled_from(["单位", "地区", ""])), columns, rows, total, title, id="附件1")


@pytest.mark.parametrize("fmt", FORMATS)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(table=tables())
def test_import_of_export_is_the_table(tmp_path, fmt, table):
    path = tmp_path / f"t.{fmt}"
    export_table(table, str(path), force=True)
    assert imported(path) == table


def test_export_keeps_a_header_the_plan_prints(tmp_path):
    plan = load_plan(str(ROOT / NINGBO_2020))
    table = from_plan(plan, plan.tables[1])
    assert [c.header for c in table.columns][:2] == ["园区面积(平方公里)", "2020年度政府性投资计划 项目数(个)"]
    assert table.rows[0] == ImportedRow("衢江—鄞州山海协作产业园", ["5.3", "2", "1.5", "0.4", "12", "55.8", "8"])
    export_table(table, str(tmp_path / "t.docx"), force=False)
    again = imported(tmp_path / "t.docx")
    assert [(c.name, c.unit) for c in again.columns][:2] == [
        ("园区面积", "平方公里"),
        ("2020年度政府性投资计划 项目数", "个"),
    ]
    assert [r.cells for r in again.rows] == [r.cells for r in table.rows] and Decimal(
        again.rows[1].cells[5]
    ) == Decimal("71.32")


def test_export_gives_every_header_its_unit(tmp_path):
    plan = plan_with(
        tmp_path,
        (
            "metrics:\n  资金: {unit: 万元, name: 援建资金总额}\ntables:\n  - id: 表1\n    rows_are: names\n"
            "    columns: [资金, {key: 面积, unit: 平方公里}, {key: 计划, header: 计划数, unit: 个}]\n"
            "    rows:\n      甲园: [1, 2.5, 3]\n"
        ),
        "\n  units: []",
    )
    assert invoke("export", str(plan), "-o", str(tmp_path / "t.csv")).exit_code == 0
    assert (tmp_path / "t.csv").read_text(encoding="utf-8-sig").splitlines() == [
        ",资金(万元),面积(平方公里),计划数(个)",
        "甲园,1,2.5,3",
    ]


def test_check_does_not_import_openpyxl_or_docx():
    assert imported_by(["check", "plans"], ("pandas", "openpyxl", "docx", "shanhai_check.tabular.read")) == []


def test_import_checks_the_total_row_it_reads_as_check_would(tmp_path):
    """110 + 120 under 合计 250 (issue 14): SH101's own words, at the 合计 row's place."""
    bad = str(write(tmp_path, "t.csv", "单位,援建资金(万元),项目(个)\n甲区,110,2\n乙区,120,3\n合计,250,5\n"))
    result = invoke("import", bad)
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        f"shanhai-check: {bad}:4:1: 警告: SH101 t 援建资金(万元) 合计 250 ≠ 各行之和 230万元: "
        "甲区 110 + 乙区 120 (万元)"
    ]
    good = str(write(tmp_path, "u.csv", "单位,援建资金(万元),项目(个)\n甲区,110,2\n乙区,140,3\n合计,250,5\n"))
    assert invoke("import", good).stderr == ""
    # the YAML written is the same either way: the table as printed, for the planner to mend
    assert "total: [250, 5]" in result.stdout


def test_zero_width_characters_make_no_look_alike_rows(tmp_path, check_text):
    """Issue 19: 甲\\u200b区 looked like 甲区 and was another row. A plan refuses it at its place
    (as a control character); an imported table drops it."""
    (file,) = check_text(
        "document: {title: x}\nmetrics:\n  a: {unit: 万元}\ntables:\n  - id: t\n    columns: [a]\n"
        "    rows:\n      甲\u200b区: [1]\n      乙区: [2]\n    total: [3]\n"
    ).files
    (error,) = file.errors
    assert (error.code, error.location.line, error.location.column) == ("SH001", 8, 7) and "U+200B" in error.render(
        "en"
    )
    csv = write(tmp_path, "t.csv", "单位,资金(万元)\n甲\u200b区,1\n乙\u2060区,2\n合计,3\n")
    result = invoke("import", str(csv))
    assert (
        result.exit_code == 0
        and "甲区: [1]" in result.stdout
        and "乙区: [2]" in result.stdout
        and "\u200b" not in result.stdout
    )
