"""Issue 19, item 19: encodings and messages that said the wrong thing.

- One stray byte in a UTF-8 file (a plan or a draft) is reported at its own line (SH006), not
  the whole file read as GB18030 with an error somewhere else; a GBK file still reads as GB18030.
- A CSV in UTF-16 with its BOM (Excel's "Unicode text") is read; ';'-separated CSV (Excel where
  the decimal mark is a comma) is split at ';'; Big5 and an unclosed quote are said as such.
- ``allocate`` says what is wrong with a negative amount or a zero step.
"""

from __future__ import annotations

import json

import pytest

from conftest import invoke

TABLE = "单位,资金(万元)\n甲区,110\n乙区,221\n合计,331\n"


@pytest.mark.parametrize("name", ["plan.yaml", "draft.txt"])
def test_a_stray_byte_in_a_utf8_file_is_reported_at_its_line(tmp_path, monkeypatch, name):
    monkeypatch.chdir(tmp_path)
    text = (
        "document: {title: 示例}\n# 甲区乙区丙区\n# 注释 "
        if name.endswith(".yaml")
        else "一、总体要求\n甲区乙区丙区安排资金。\n注释 "
    )
    (tmp_path / name).write_bytes(text.encode("utf-8") + "备注".encode("gbk") + "\n".encode("utf-8"))
    report = json.loads(invoke("check", "--format", "json", name).stdout)
    (error,) = report["input_errors"]
    assert (error["code"], error["line"], error["column"]) == ("SH006", 3, 6 if name.endswith(".yaml") else 4)
    assert error["message"].startswith("有一个不是 UTF-8 的字节 0xB1,而文件其余部分是 UTF-8 编码")


def test_a_gbk_file_is_still_read_as_gb18030(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "t.csv").write_bytes(TABLE.encode("gbk"))
    result = invoke("import", "t.csv")
    assert result.exit_code == 0 and "甲区: [110]" in result.stdout


@pytest.mark.parametrize(
    "data",
    [TABLE.encode("utf-16"), TABLE.replace(",", ";").encode("utf-8"), TABLE.replace(",", "\t").encode("utf-8")],
    ids=["utf-16-bom", "semicolons", "tabs"],
)
def test_a_csv_as_excel_writes_it_is_read(tmp_path, monkeypatch, data):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "t.csv").write_bytes(data)
    result = invoke("import", "t.csv")
    assert (result.exit_code, result.stderr) == (0, "")
    assert "columns: [资金]" in result.stdout and "乙区: [221]" in result.stdout and "total: [331]" in result.stdout


@pytest.mark.parametrize(
    "args, message",
    [
        (["--total", "-5万元", "--fixed", "甲=1"], "--total 的数值 '-5万元' 是负数: 分配的数额不能为负"),
        (["--total", "5万元", "--floor", "甲=-1"], "--floor 的数值 '-1' 是负数: 分配的数额不能为负"),
        (["--total", "5万元", "--granularity", "0", "--fixed", "甲=1"], "--granularity 的数值 '0' 为零: 步长应大于 0"),
        (["--total", "5万元以上", "--fixed", "甲=1"], "--total 的数值 '5万元以上' 应为确定的数 (不带以上、左右、区间)"),
    ],
)
def test_allocate_says_what_is_wrong_with_an_amount(args, message):
    result = invoke("allocate", *args)
    assert (result.exit_code, result.stderr) == (2, f"shanhai-check: {message}\n")
