"""Fuzzing Word, Excel and CSV tables (issue 19): tables of generated cells (names, figures with
and without units, 合计, blanks, dashes, formulas, zero-width and control characters), written
as .csv (UTF-8, GBK, UTF-16), .xlsx and .docx (some cells merged), and also damaged (cut short,
bytes changed), are read by ``import`` and, as drafts, by ``check``: never an exception, only a
clean result or one line of input error. Joins the ``ci`` hypothesis profile: fixed examples, fast.
"""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

import docx
import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import invoke
from shanhai_check.engine import run

FOLDER = Path(tempfile.mkdtemp(prefix="shanhai-table-fuzz-"))

TEXTS = st.one_of(
    st.sampled_from(
        [
            "单位",
            "资金(万元)",
            "项目(个)",
            "甲区",
            "乙区",
            "合计",
            "合 计",
            "—",
            "",
            "-",
            "序号",
            "单位:万元",
            "=SUM(B2:B3)",
            "@x",
            "甲\u200b区",
            "乙\x1b[31m区",
            "1,985",
            "12.50",
            "不低于110",
            "两万五千",
        ]
    ),
    st.integers(-(10**6), 10**9).map(str),
    st.decimals(0, 10**4, places=2).map(str),
    st.text(max_size=6),
)
TABLES = st.lists(st.lists(TEXTS, min_size=1, max_size=5), min_size=0, max_size=6)
DAMAGE = st.one_of(st.none(), st.tuples(st.sampled_from(["cut", "flip"]), st.integers(0, 10**6), st.integers(0, 255)))


def _csv(rows: list[list[str]], encoding: str) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, escapechar="\\").writerows(rows)  # Python 3.10 refuses some fields without one
    return buffer.getvalue().encode(encoding, "replace")


def _xlsx(rows: list[list[str]]) -> bytes:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append([_number(text) for text in row])
    if len(rows) > 1 and len(rows[0]) > 1:
        book.active.merge_cells(start_row=1, start_column=1, end_row=1, end_column=2)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _number(text: str):
    clean = "".join(ch for ch in text if ch.isprintable())
    try:
        return int(clean) if clean.lstrip("-").isdigit() else clean
    except ValueError:
        return clean


def _docx(rows: list[list[str]]) -> bytes:
    document = docx.Document()
    document.add_paragraph("附件1 单位:万元")
    width = max((len(r) for r in rows), default=1)
    table = document.add_table(rows=len(rows) or 1, cols=width)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = "".join(ch for ch in text if ch.isprintable())
    if len(rows) > 1 and width > 1:
        table.cell(0, 0).merge(table.cell(1, 0))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _damaged(data: bytes, damage) -> bytes:
    if damage is None or not data:
        return data
    how, where, byte = damage
    where %= len(data)
    return data[:where] if how == "cut" else data[:where] + bytes([byte]) + data[where + 1 :]


FILES = st.one_of(
    st.tuples(st.just("t.csv"), st.builds(_csv, TABLES, st.sampled_from(["utf-8", "gbk", "utf-16"]))),
    st.tuples(st.just("t.xlsx"), st.builds(_xlsx, TABLES)),
    st.tuples(st.just("t.docx"), st.builds(_docx, TABLES)),
)


def _one_line_or_clean(result, path: str) -> None:
    assert result.exit_code in (0, 2), result.stderr
    errors = [line for line in result.stderr.splitlines() if "警告" not in line]
    if result.exit_code == 2:
        assert result.stdout == "" and len(errors) == 1 and errors[0].startswith(f"shanhai-check: {path}"), (
            result.stderr
        )


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(FILES, DAMAGE)
def test_any_table_file_is_imported_or_refused_in_one_line(file, damage):
    name, data = file
    path = FOLDER / name
    path.write_bytes(_damaged(data, damage))
    _one_line_or_clean(invoke("import", str(path)), str(path))
    if name.endswith(".docx"):
        result = run([str(path)], root=str(FOLDER))
        (checked,) = result.files
        assert [e.code for e in checked.errors] in ([], ["SH006"]), [
            str(e) for e in checked.errors
        ]  # SH008 would be a crash
