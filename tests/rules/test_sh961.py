"""SH961 decoded-as-gb18030: PASS and FAIL cases at exact places."""

from __future__ import annotations

from conftest import BAD_SUM
from shanhai_check.engine import run
from shanhai_check.findings import Severity


def test_fail_a_plan_saved_in_gb18030_is_read_and_noted_at_line_1(check_text):
    result = check_text("document: {title: 示例}\n", encoding="gb18030")
    assert not result.input_errors
    (finding,) = result.findings
    assert (finding.code, finding.location.line, finding.location.column, finding.related) == ("SH961", 1, 1, ())
    assert finding.severity is Severity.INFO
    assert finding.text() == "文件不是 UTF-8 编码,已按 GB18030 (GBK) 读取; 建议另存为 UTF-8"
    assert finding.text("en") == "the file is not UTF-8; it was read as GB18030 (GBK); consider saving it as UTF-8"


def test_pass_the_same_plan_saved_as_utf_8(check_text):
    result = check_text("document: {title: 示例}\n")
    assert not result.input_errors and result.findings == []


def test_pass_utf_8_with_a_byte_order_mark(check_text):
    result = check_text("document: {title: 示例}\n", encoding="utf-8-sig")
    assert not result.input_errors and result.findings == []


def test_fail_a_gb18030_plan_is_checked_as_usual_with_its_names_read_right(check_text):
    result = check_text(BAD_SUM, encoding="gb18030")  # SH101's example: 甲区 110 + 乙区 221 ≠ 321
    assert [(f.code, f.location.line, f.location.column) for f in result.findings] == [
        ("SH961", 1, 1),
        ("SH101", 10, 13),
    ]
    assert result.findings[1].text() == "附件1 援建资金 合计 321万元 ≠ 各行之和 331万元: 甲区 110 + 乙区 221 (万元)"


def test_pass_a_stray_byte_in_a_utf_8_plan_is_an_input_error_not_gb18030(check_text, tmp_path):
    path = tmp_path / "plan.yaml"
    path.write_bytes("document: {title: 示例}\n# 注释".encode() + b"\xff\n")  # one byte that is not UTF-8, on line 2
    result = run([str(path)], root=str(tmp_path))
    assert [(e.code, e.location.line) for e in result.input_errors] == [("SH006", 2)]
    assert [f.code for f in result.findings] == []
