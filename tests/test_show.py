"""``shanhai-check show``: the table view (stated, computed, difference), its text layout, and
the CSV / xlsx exports (exact figures, atomic writes, no overwriting without --force)."""

import csv
import os
import re
import subprocess
import sys
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import BAD_SUM, ROOT, UNUSABLE, invoke, write, yaml_blocks
from shanhai_check.spreadsheet import sheet_names, spreadsheet_number
from shanhai_check.files import OutputExists, write_atomic
from shanhai_check.rules.sh102_row_total import RowTotal
from shanhai_check.load import load_plan
from shanhai_check.show import Status, table_views

NINGBO = str(ROOT / "plans" / "2020-ningbo-shanhai.yaml")

# Figures that binary floating point gets wrong: 0.1 + 0.2 is 0.30000000000000004 as floats.
# 13以上 is not a plain number; 乙区's 1.5亿元 is 15000 in the column's 万元; 丙区's 18.3 is
# in a second table, whose 合计 is 1 short of 甲 + 乙 (SH101) and whose 乙 is blank (SH103).
EXACT = """\
document: {title: 示例}
metrics:
  资金: {unit: 万元}
  比例: {unit: "%"}
  次数: {unit: 次}
tables:
  - id: 表一
    title: 资金与比例
    columns: [资金, 比例, 次数]
    rows:
      甲区: [0.1, 18.3, 13以上]
      乙区: [1.5亿元, 0.2, 2]
    total: [15000.1, 18.5, 15]
  - id: "表二: 次数/比例"
    columns: [次数, 比例]
    rows:
      甲: [3, 0.1]
      乙: [—, 0.2]
    total: [4, 0.3]
"""


def views_of(tmp_path, text):
    return table_views(load_plan(str(write(tmp_path, "plan.yaml", text))))


def lines_of(output: str, first: str) -> list[list[str]]:
    """The text rows starting with *first*, split on runs of two or more spaces."""
    return [re.split(r" {2,}", line.strip()) for line in output.splitlines() if line.startswith(first)]


# -- the view ------------------------------------------------------------------------------
def test_ningbo_attachment_1_stated_and_computed_agree():
    table = table_views(load_plan(NINGBO))[0]
    assert (table.id, len(table.rows)) == ("附件1", 16)
    column = next(c for c in table.columns if c.key == "援建资金")
    assert (column.label, column.total.stated.nominal, column.total.computed) == (
        "援建资金 (万元)",
        Decimal(1985),
        Decimal(1985),
    )
    assert (column.total.status, column.total.difference, column.total.codes) == (Status.EQUAL, Decimal(0), ())
    assert [c.total.computed for c in table.columns] == [Decimal("18.3"), 1985, 650, 5700]
    assert table.differences == 0


def test_ningbo_text_shows_the_three_rows_with_no_mark():
    result = invoke("show", NINGBO)
    assert result.exit_code == 0, result.output
    assert lines_of(result.output, "合计") == [["合计", "18.3", "1985", "650", "5700"]]
    assert lines_of(result.output, "各行之和")[0] == ["各行之和", "18.3", "1985", "650", "5700"]
    assert lines_of(result.output, "差额") == [["差额", "0", "0", "0", "0"]]
    assert "✗ -" not in result.output and result.output.rstrip().endswith("共 3 张表; 0 处合计与各项之和不符 (标 ✗)")
    assert result.output.startswith("附件1  2020年度宁波市山海协作工作定量任务分解表  (")


def test_a_wrong_total_is_marked_with_its_difference_and_code(tmp_path):
    (table,) = views_of(tmp_path, BAD_SUM)
    (column,) = table.columns
    assert (column.total.stated.nominal, column.total.computed, column.total.difference) == (321, 331, -10)
    assert (column.total.status, column.total.codes) == (Status.DIFFERENT, ("SH101",))
    result = invoke("show", str(tmp_path / "plan.yaml"))
    assert result.exit_code == 0  # a viewer: the difference is marked, not an error
    assert lines_of(result.output, "合计") == [["合计", "321"]]
    assert lines_of(result.output, "各行之和") == [["各行之和", "331"]]
    assert lines_of(result.output, "差额") == [["差额", "✗ -10 (SH101)"]]
    assert "共 1 张表; 1 处合计与各项之和不符" in result.output


def test_blank_cells_make_the_sum_incomplete(tmp_path):
    second = views_of(tmp_path, EXACT)[1]
    count = second.columns[0]
    assert (count.total.status, count.total.computed, count.total.difference, count.total.codes) == (
        Status.INCOMPLETE,
        3,
        None,
        ("SH103",),
    )
    assert second.rows[1].cells[0].value is None
    result = invoke("show", "--lang", "en", str(tmp_path / "plan.yaml"))
    assert lines_of(result.output, "乙")[-1] == ["乙", "0.2"]  # the blank cell is shown blank
    assert lines_of(result.output, "sum of rows")[-1] == ["sum of rows", "3 (incomplete)", "0.3"]
    assert lines_of(result.output, "difference")[-1] == ["difference", "not checkable (SH103)", "0"]


def test_a_difference_within_declared_rounding_is_marked_as_such(tmp_path):
    text = BAD_SUM.replace("[110]", "[1.3]").replace("[221]", "[1.3]").replace("[321]", "[2.65]")
    (table,) = views_of(tmp_path, text)  # 1.3 + 1.3 = 2.6 exactly: figures are exact unless declared rounded
    assert (table.columns[0].total.status, table.columns[0].total.difference) == (Status.DIFFERENT, Decimal("0.05"))
    (table,) = views_of(
        tmp_path, text.replace("    columns:", "    rounded: true\n    columns:")
    )  # each 1.3 may be up to 1.35
    assert (table.columns[0].total.status, table.columns[0].total.difference) == (Status.WITHIN, Decimal("0.05"))
    assert lines_of(invoke("show", str(tmp_path / "plan.yaml")).output, "差额") == [["差额", "≈ +0.05"]]


def test_row_totals_of_sum_of_columns_are_checked(tmp_path):
    example = yaml_blocks(RowTotal.__doc__)[
        0
    ]  # the example, not its twin; 甲区: 100 + 50 ≠ 160; here also a 乙区 and a 合计
    text = example.replace("   # 100 + 50 = 150", "\n      乙区: [1.2, 0.3, 1.5]\n    total: [101.2, 50.3, 161.5]")
    assert text != example
    (table,) = views_of(tmp_path, text)
    first, second = (row.cells[2].check for row in table.rows)
    assert (first.status, first.computed, first.codes) == (Status.DIFFERENT, 150, ("SH102",))
    assert second.status is Status.EQUAL
    assert table.total.cells[2].check.status is Status.DIFFERENT and table.differences == 2
    assert table.rows[0].cells[0].check is None  # only sum_of columns are checked row by row
    output = invoke("show", str(tmp_path / "plan.yaml")).output
    assert lines_of(output, "甲区") == [["甲区", "100", "50", "160 ✗ (各列之和 150, SH102)"]]
    assert invoke("show", "--format", "csv", "-o", str(tmp_path / "t.csv"), str(tmp_path / "plan.yaml")).exit_code == 0
    checks = [row[-1] for row in read_csv(tmp_path / "t.csv")]
    assert checks == [
        "行合计核对",
        "资金 160 ✗ (各列之和 150, SH102)",
        "一致",
        "资金 161.5 ✗ (各列之和 151.5, SH102)",
        "",
        "",
        "",
    ]


@settings(max_examples=40, deadline=None)
@given(
    cells=st.lists(st.decimals(min_value=0, max_value=10**6, places=2), min_size=1, max_size=8),
    offset=st.sampled_from([Decimal(0), Decimal("0.01"), Decimal("-0.3"), Decimal(7)]),
)
def test_marked_exactly_where_sh101_reports(tmp_path_factory, cells, offset):
    """The view's own arithmetic marks ✗ exactly when SH101 (run independently) finds the total wrong."""
    from shanhai_check.engine import run

    folder = tmp_path_factory.mktemp("p")
    rows = "".join(f"      单位{i}: [{value}]\n" for i, value in enumerate(cells))
    stated = sum(cells, Decimal(0)) + offset
    path = write(
        folder,
        "p.yaml",
        f"document: {{title: x}}\nmetrics:\n  资金: {{unit: 万元}}\ntables:\n  - id: 附件1\n    columns: [资金]\n"
        f"    rows:\n{rows}    total: [{stated}]\n",
    )
    (column,) = table_views(load_plan(str(path)))[0].columns
    reported = [f.code for f in run([str(path)], root=str(folder)).findings if f.code == "SH101"]
    assert (column.total.status is Status.DIFFERENT) == bool(reported) == (column.total.codes == ("SH101",))
    assert column.total.computed == sum(cells, Decimal(0)) and column.total.difference == offset


# -- loading and usage ---------------------------------------------------------------------
def test_a_plan_that_cannot_be_loaded_is_one_line_and_exit_2(tmp_path):
    path = write(tmp_path, "broken.yaml", UNUSABLE)
    result = invoke("show", str(path))
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.splitlines() == [f"shanhai-check: {path}:2:1: SH002 未知的键 'gaols',是否应为 'goals'?"]
    roster = invoke("show", str(ROOT / "plans" / "rosters" / "ningbo-city.yaml"))
    assert roster.exit_code == 2 and "SH002 是名册文件,不是计划" in roster.stderr


def test_text_goes_to_stdout_only(tmp_path):
    result = invoke("show", "-o", str(tmp_path / "x.txt"), NINGBO)
    assert result.exit_code == 2 and not (tmp_path / "x.txt").exists()


def test_a_plan_without_tables_says_so(tmp_path):
    path = write(tmp_path, "p.yaml", "document: {title: x}\n")
    assert invoke("show", str(path)).output.strip() == f"{path}: 没有分配表"
    exported = invoke("show", "--format", "csv", "-o", str(tmp_path / "x.csv"), "--lang", "en", str(path))
    assert exported.exit_code == 0 and exported.stderr.strip() == f"{path}: no tables"
    assert os.listdir(tmp_path) == ["p.yaml"]


# -- CSV -----------------------------------------------------------------------------------
def read_csv(path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_csv_round_trips_exactly(tmp_path, monkeypatch):
    write(tmp_path, "plan.yaml", EXACT)
    monkeypatch.chdir(tmp_path)
    result = invoke("show", "--format", "csv", "plan.yaml")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["plan-表一.csv", "plan-表二_次数_比例.csv"]
    assert read_csv(tmp_path / "plan-表一.csv") == [
        ["单位", "资金 (万元)", "比例 (%)", "次数 (次)"],
        ["甲区", "0.1", "18.3", "13以上"],
        ["乙区", "15000", "0.2", "2"],
        ["合计", "15000.1", "18.5", "15"],
        ["各行之和", "15000.1", "18.5", "15"],
        ["差额", "0", "0", "0"],
        ["核对", "一致", "一致", "一致"],
    ]
    assert read_csv(tmp_path / "plan-表二_次数_比例.csv")[3:] == [
        ["合计", "4", "0.3"],
        ["各行之和", "3", "0.3"],  # 0.1 + 0.2, exactly
        ["差额", "", "0"],
        ["核对", "无法核对 (有空白) (SH103)", "一致"],
    ]


def test_csv_of_one_table_goes_to_the_output_path(tmp_path):
    write(tmp_path, "p.yaml", BAD_SUM)
    out = tmp_path / "out" / "sum.csv"
    out.parent.mkdir()
    result = invoke("show", "--format", "csv", "-o", str(out), "--lang", "en", str(tmp_path / "p.yaml"))
    assert result.exit_code == 0 and result.stdout.strip() == str(out)
    assert read_csv(out)[-3:] == [["sum of rows", "331"], ["difference", "-10"], ["check", "✗ differs (SH101)"]]


def test_several_csv_files_go_next_to_the_output_path(tmp_path):
    write(tmp_path, "p.yaml", EXACT)
    result = invoke("show", "--format", "csv", "-o", str(tmp_path / "out" / "t.csv"), str(tmp_path / "p.yaml"))
    assert result.exit_code == 2 and "无法写入" in result.stderr  # the folder does not exist
    (tmp_path / "out").mkdir()
    assert (
        invoke("show", "--format", "csv", "-o", str(tmp_path / "out" / "t.csv"), str(tmp_path / "p.yaml")).exit_code
        == 0
    )
    assert sorted(os.listdir(tmp_path / "out")) == ["t-表一.csv", "t-表二_次数_比例.csv"]


# -- xlsx ----------------------------------------------------------------------------------
def test_xlsx_has_a_sheet_per_table_with_exact_values(tmp_path):
    import openpyxl

    write(tmp_path, "p.yaml", EXACT)
    out = tmp_path / "t.xlsx"
    assert invoke("show", "--format", "xlsx", "-o", str(out), str(tmp_path / "p.yaml")).exit_code == 0
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["表一", "表二_ 次数_比例"]
    first = [list(r) for r in book["表一"].iter_rows(values_only=True)]
    assert first[1] == ["甲区", 0.1, 18.3, "13以上"]
    assert first[3:6] == [["合计", 15000.1, 18.5, 15], ["各行之和", 15000.1, 18.5, 15], ["差额", 0, 0, 0]]
    second = [list(r) for r in book["表二_ 次数_比例"].iter_rows(values_only=True)]
    assert second[2] == ["乙", None, 0.2]
    assert second[4] == ["各行之和", 3, 0.3]  # not 0.30000000000000004


def test_ningbo_xlsx_totals(tmp_path):
    import openpyxl

    out = tmp_path / "n.xlsx"
    assert invoke("show", "--format", "xlsx", "-o", str(out), NINGBO).exit_code == 0
    sheet = openpyxl.load_workbook(out)["附件1"]
    rows = {r[0]: list(r[1:]) for r in sheet.iter_rows(values_only=True)}
    assert rows["合计"] == rows["各行之和"] == [18.3, 1985, 650, 5700]
    assert rows["核对"] == ["一致"] * 4


def test_sheet_names_are_valid_and_distinct():
    class T:
        def __init__(self, id):
            self.id = id

    names = sheet_names([T("附件[1]:a/b\\c*?"), T("x" * 40), T("X" * 35), T("'q'")])
    assert names == ["附件_1__a_b_c__", "x" * 31, "X" * 29 + "~2", "q"]


def test_spreadsheet_numbers_never_lose_digits():
    assert spreadsheet_number(Decimal("18.3")) == 18.3 and isinstance(spreadsheet_number(Decimal("1985.0")), int)
    assert spreadsheet_number(Decimal("0.12345678901234567890")) == "0.1234567890123456789"


# -- writing -------------------------------------------------------------------------------
def test_an_existing_file_is_not_overwritten_without_force(tmp_path, monkeypatch):
    write(tmp_path, "plan.yaml", EXACT)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plan-表二_次数_比例.csv").write_text("keep", encoding="utf-8")
    refused = invoke("show", "--format", "csv", "plan.yaml")
    assert refused.exit_code == 2
    assert refused.stderr.strip() == "shanhai-check: plan-表二_次数_比例.csv 已存在,未写入任何文件; 加 --force 覆盖"
    assert sorted(os.listdir(tmp_path)) == [
        "plan-表二_次数_比例.csv",
        "plan.yaml",
    ]  # nothing written, not even the first
    assert (tmp_path / "plan-表二_次数_比例.csv").read_text(encoding="utf-8") == "keep"
    assert invoke("show", "--format", "csv", "--force", "plan.yaml").exit_code == 0
    assert read_csv(tmp_path / "plan-表二_次数_比例.csv")[0] == ["单位", "次数 (次)", "比例 (%)"]
    (tmp_path / "t.xlsx").write_bytes(b"keep")
    assert invoke("show", "--format", "xlsx", "-o", "t.xlsx", "plan.yaml").exit_code == 2
    assert (tmp_path / "t.xlsx").read_bytes() == b"keep"


def test_a_failed_write_leaves_neither_the_file_nor_a_temporary(tmp_path):
    def broken(path):
        with open(path, "w") as handle:
            handle.write("half")
        raise OSError(28, "No space left on device")

    from shanhai_check.files import OutputError

    with pytest.raises(OutputError, match="No space left"):
        write_atomic(str(tmp_path / "x.csv"), broken, force=False)
    assert os.listdir(tmp_path) == []
    (tmp_path / "x.csv").write_text("old")
    with pytest.raises(OutputExists):
        write_atomic(str(tmp_path / "x.csv"), lambda p: open(p, "w").close(), force=False)
    assert os.listdir(tmp_path) == ["x.csv"] and (tmp_path / "x.csv").read_text() == "old"


def test_show_text_does_not_import_pandas():
    """-X importtime lists every module the command imports: tabulate, but no pandas."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "shanhai_check", "show", NINGBO],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0 and "各行之和" in done.stdout
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}
    assert "tabulate" in imported and not {"pandas", "numpy", "openpyxl"} & imported
