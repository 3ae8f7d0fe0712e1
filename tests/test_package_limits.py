"""Word and Excel inputs have limits (issue 19, item 7): the zip directory is checked before
anything is unpacked (entries, their unpacked total, how much each inflates) and the XML is
counted as a stream (paragraphs, the grid columns of a row, the range of a sheet, elements,
text) before python-docx or openpyxl builds anything. A FIFO or a device named .docx or .xlsx
is refused unopened. Each refusal is one line with the file (SH006 in ``check``, exit 2, the
other files still checked); every hostile file is made here and run in a capped child.
"""

from __future__ import annotations

import io
import os
import subprocess
import zipfile

import docx
import openpyxl
import pytest

from conftest import invoke, script
from test_robustness import TIME_LIMIT, _assert_good_checked, _cap_memory, _single_error, repo, run_child  # noqa: F401 - repo is a fixture

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _word_package(body: str = "") -> dict[str, bytes]:
    """The parts of a Word file python-docx writes, with *body* as the document's body."""
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    if body:
        parts["word/document.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}>'
            f'<w:body>{body}</w:body></w:document>'.encode()
        )
    return parts


def _excel_package(sheet_data: str = "", shared: str | None = None) -> dict[str, bytes]:
    buffer = io.BytesIO()
    book = openpyxl.Workbook()
    book.active["A1"] = "单位"
    book.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    if sheet_data:
        parts["xl/worksheets/sheet1.xml"] = (
            f'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{sheet_data}</sheetData></worksheet>'.encode()
        )
    if shared is not None:
        parts["xl/sharedStrings.xml"] = (
            f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{shared}</sst>'.encode()
        )
    return parts


def _write(path, parts: dict[str, bytes], extra: dict[str, bytes] = {}) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in {**parts, **extra}.items():
            archive.writestr(name, data)


def _import_in_child(path: str) -> str:
    """``import`` in a capped child: exit 2 and the one line it says."""
    done = subprocess.run(
        [script(), "import", path], capture_output=True, text=True, timeout=TIME_LIMIT, preexec_fn=_cap_memory
    )
    assert (done.returncode, done.stdout) == (2, ""), done.stderr
    assert "Traceback" not in done.stderr and len(done.stderr.splitlines()) == 1, done.stderr
    return done.stderr


def _row(cells: str) -> str:
    return f"<w:tr>{cells}</w:tr>"


def _cell(text: str = "", properties: str = "") -> str:
    return (
        f"<w:tc>{f'<w:tcPr>{properties}</w:tcPr>' if properties else ''}<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"
    )


WORD_BOMBS = {
    "grid-span-1e9": (
        lambda: _word_package("<w:tbl>" + _row(_cell("甲区", '<w:gridSpan w:val="1000000000"/>')) + "</w:tbl>"),
        "一行的列 (含合并单元格跨越的列)过多 (超过 1000)",
    ),
    "two-million-paragraphs": (lambda: _word_package("<w:p/>" * 2_000_000), "解压后膨胀"),
    "varied-paragraphs": (
        lambda: _word_package("".join(f"<w:p><w:r><w:t>{i * 7919 % 100003}</w:t></w:r></w:p>" for i in range(110_000))),
        "段落过多 (超过 100000)",
    ),
    "zip-bomb": (lambda: {**_word_package(), "word/media/image1.png": bytes(200_000_000)}, "解压后过大 (超过 100 MB)"),
    "inflating-part": (
        lambda: {**_word_package(), "word/media/image1.png": bytes(5_000_000)},
        "部件 word/media/image1.png 解压后膨胀",
    ),
    "ten-thousand-parts": (
        lambda: {**_word_package(), **{f"customXml/item{i}.bin": b"" for i in range(10_001)}},
        "zip 包中的部件过多",
    ),
    "long-text": (
        lambda: _word_package(
            "".join(f"<w:p><w:r><w:t>{os.urandom(3000).hex()}</w:t></w:r></w:p>" for i in range(1700))
        ),
        "文字过多 (超过 10000000)",
    ),
}


@pytest.mark.parametrize("case", sorted(WORD_BOMBS))
def test_a_hostile_word_file_is_one_input_error_in_check_and_import(repo, case):
    make, message = WORD_BOMBS[case]
    _write(repo / "x.docx", make())
    report = run_child("x.docx", "good.yaml")
    error = _single_error(report, "x.docx")
    assert (error["code"], error["line"]) == ("SH006", 1) and message in error["message"], error
    _assert_good_checked(report)
    line = _import_in_child("x.docx")
    assert line.startswith("shanhai-check: x.docx: ") and message in line, line


EXCEL_BOMBS = {
    "cell-at-xfd1048576": (
        lambda: _excel_package('<row r="1048576"><c r="XFD1048576" t="n"><v>1</v></c></row>'),
        "中行过多 (超过 100000)",
    ),
    "cell-at-xfd1": (
        lambda: _excel_package('<row r="1"><c r="XFD1" t="n"><v>1</v></c></row>'),
        "一行的列 (含合并单元格跨越的列)过多 (超过 1000)",
    ),
    "a-million-rows": (
        lambda: _excel_package("".join(f'<row r="{i}"><c r="A{i}"><v>{i}</v></c></row>' for i in range(1, 1_000_001))),
        "行过多 (超过 100000)",
    ),
    "a-wide-long-range": (
        lambda: _excel_package(
            '<row r="1"><c r="A1"><v>1</v></c></row><row r="5000"><c r="ALL5000"><v>1</v></c></row>'
        ),
        "单元格 (行 × 列)过多",
    ),
    "shared-strings": (
        lambda: _excel_package(shared="".join(f"<si><t>{i}</t></si>" for i in range(1_100_000))),
        "XML 元素过多 (超过 2000000)",
    ),
    "shared-string-bomb": (lambda: _excel_package(shared="<si><t>a</t></si>" * 3_000_000), "解压后膨胀"),
}


@pytest.mark.parametrize("case", sorted(EXCEL_BOMBS))
def test_a_hostile_excel_file_is_refused_by_import(tmp_path, monkeypatch, case):
    monkeypatch.chdir(tmp_path)
    make, message = EXCEL_BOMBS[case]
    _write(tmp_path / "x.xlsx", make())
    line = _import_in_child("x.xlsx")
    assert line.startswith("shanhai-check: x.xlsx: ") and message in line, line


@pytest.mark.parametrize("name", ["x.docx", "x.xlsx", "x.csv"])
def test_a_fifo_or_a_device_is_refused_unopened_by_import(tmp_path, monkeypatch, name):
    monkeypatch.chdir(tmp_path)
    os.mkfifo(tmp_path / name)
    assert _import_in_child(name) == f"shanhai-check: {name}: 不是普通文件 (而是管道、设备或套接字)\n"
    os.remove(tmp_path / name)
    (tmp_path / name).symlink_to("/dev/zero")
    assert _import_in_child(name) == f"shanhai-check: {name}: 不是普通文件 (而是管道、设备或套接字)\n"


def test_a_fifo_and_a_device_named_docx_are_refused_by_the_folder_walk_and_extract(repo):
    os.mkfifo(repo / "pipe.docx")
    (repo / "zero.docx").symlink_to("/dev/zero")
    report = run_child(".")
    assert "不是普通文件" in _single_error(report, "./pipe.docx")["message"]
    assert _single_error(report, "./zero.docx")["code"] == "SH007"  # it points outside the repository
    _assert_good_checked(report, "good.yaml")
    result = invoke("extract", "pipe.docx", "zero.docx")
    assert result.exit_code == 2 and result.stderr.count("不是普通文件") == 2


def test_a_long_column_of_vertically_merged_cells_is_read_in_one_pass(repo):
    """python-docx walks up the rows, recursively, for each continued cell: 3,000 of them were
    a RecursionError. A continued cell in the top row is its own cell, not a ValueError."""
    rows = [_row(_cell("甲区", '<w:vMerge w:val="restart"/>') + _cell("110"))]
    rows += [_row(_cell("", "<w:vMerge/>") + _cell(str(i))) for i in range(3000)]
    _write(
        repo / "x.docx", _word_package(f"<w:tbl>{''.join(rows)}</w:tbl><w:tbl>{_row(_cell('', '<w:vMerge/>'))}</w:tbl>")
    )
    report = run_child("x.docx", "good.yaml")
    assert {"file": "x.docx", "kind": "draft", "usable": True} in report["files"]
    assert [e for e in report["input_errors"] if e["file"] == "x.docx"] == []


def test_an_excel_file_is_opened_once_and_read_only(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    book = openpyxl.Workbook()
    for row in (["单位", "资金(万元)"], ["甲区", 110], ["合计", "=SUM(B2:B2)"]):
        book.active.append(row)
    book.save(tmp_path / "t.xlsx")
    opened = []
    real = openpyxl.load_workbook
    monkeypatch.setattr(openpyxl, "load_workbook", lambda *a, **k: opened.append(k) or real(*a, **k))
    result = invoke("import", "t.xlsx")
    assert result.exit_code == 2 and "没有保存的计算结果" in result.stderr  # a formula never computed
    assert opened == [{"read_only": True, "data_only": True}]


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda p: p.write_bytes(b"PK\x03\x04 truncated"), "不是 docx 文件 (不是 zip 包)"),
        (lambda p: _write(p, {"word/document.xml": b"<x/>"}), "不是完整的 docx 文件 (zip 包中缺少正文或内容类型)"),
        (
            lambda p: _write(p, {**_word_package(), "word/document.xml": b"<w:document"}),
            "部件 word/document.xml 的 XML 有误",
        ),
    ],
)
def test_a_damaged_word_file_is_said_in_plain_words(tmp_path, monkeypatch, make, message):
    """Not the library's exception class (PackageNotFoundError, KeyError): what is wrong."""
    monkeypatch.chdir(tmp_path)
    make(tmp_path / "x.docx")
    for args in (["check", "--format", "json", "x.docx"], ["extract", "x.docx"], ["import", "x.docx"]):
        result = invoke(*args)
        assert result.exit_code == 2 and message in result.output + result.stderr, (args, result.output, result.stderr)
        assert "Error" not in result.output + result.stderr and "KeyError" not in result.stderr


def _sheet_with(formula: str, cached: str) -> dict[str, bytes]:
    rows = (
        '<row r="1"><c r="A1" t="inlineStr"><is><t>单位</t></is></c><c r="B1" t="inlineStr"><is>'
        '<t>资金(万元)</t></is></c></row>'
    )
    rows += '<row r="2"><c r="A2" t="inlineStr"><is><t>甲区</t></is></c><c r="B2"><v>110</v></c></row>'
    rows += (
        f'<row r="3"><c r="A3" t="inlineStr"><is><t>合计</t></is></c><c r="B3"><f>{formula}</f>'
        f'<v>{cached}</v></c></row>'
    )
    return _excel_package(rows)


def test_formula_cells_are_imported_from_their_saved_result_with_a_warning(tmp_path, monkeypatch):
    """Issue 19: the cached value of a formula was imported without a word."""
    monkeypatch.chdir(tmp_path)
    _write(tmp_path / "t.xlsx", _sheet_with("SUM(B2:B2)", "110"))
    result = invoke("import", "t.xlsx")
    assert result.exit_code == 0 and "total: [110]" in result.stdout
    assert result.stderr == (
        "shanhai-check: t.xlsx:Sheet!B3: 警告: 1 个单元格是公式 (此处为 =SUM(B2:B2)),导入的是文件中保存的计算结果; "
        "请确认文件在 Excel 或 WPS 中重新计算并保存过\n"
    )


def test_a_formula_referring_to_another_workbook_is_refused(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _write(tmp_path / "t.xlsx", _sheet_with("[1]Sheet1!B9", "110"))
    result = invoke("import", "t.xlsx", "--lang", "en")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == (
        "shanhai-check: t.xlsx:Sheet!B3: the formula =[1]Sheet1!B9 refers to another workbook: "
        "its saved result may be stale and is not imported; paste the figures as values, then import\n"
    )
