"""SH602 number-skipped: PASS and FAIL cases at exact places."""

from __future__ import annotations

from shanhai_check.findings import Severity

# Entries from line 5, one a line, each at column 9 (after "      - ").
PLAN = """\
document: {{title: 示例}}
task_lists:
  - id: 附件2
    items:
{entries}"""


def _sh602(check_text, *entries):
    (file,) = check_text(PLAN.format(entries="".join(f"      - {e}\n" for e in entries))).files
    assert not file.errors, file.errors
    found = [
        (f.location.line, f.location.column, [(r.line, r.column) for r in f.related], f.text())
        for f in file.findings
        if f.code == "SH602"
    ]
    return found, file


def test_fail_a_jump_over_an_unnumbered_item_is_a_warning_at_the_next_number_naming_the_gap(check_text):
    found, file = _sh602(
        check_text,
        "{item: 28, text: 气象合作}",
        "{item: null, text: 开展消费帮扶合作}",
        "{item: 30, text: 落实援建资金}",
    )
    assert found == [
        (7, 9, [(5, 9), (6, 9)], "附件2 的项号从 28 跳到 30,缺第 29 号;其间有 1 项未编号")
    ]  # the number before, the unnumbered item
    (finding,) = [f for f in file.findings if f.code == "SH602"]
    assert finding.severity is Severity.WARNING
    assert (
        finding.text("en")
        == "附件2: item number jumps from 28 to 30; number 29 is missing; 1 unnumbered item stands in the gap"
    )


def test_pass_the_unnumbered_item_given_its_number(check_text):
    found, file = _sh602(
        check_text, "{item: 28, text: 气象合作}", "{item: 29, text: 开展消费帮扶合作}", "{item: 30, text: 落实援建资金}"
    )
    assert found == [] and file.findings == []


def test_fail_a_jump_of_several_numbers_names_them_all(check_text):
    found, _ = _sh602(check_text, "{item: 28, text: 气象合作}", "{item: 31, text: 落实援建资金}")
    assert found == [(6, 9, [(5, 9)], "附件2 的项号从 28 跳到 31,缺第 29、30 号")]


def test_fail_a_heading_number_skipped(check_text):
    found, _ = _sh602(
        check_text,
        "heading: (一)加强人才合作",
        "{item: 1, text: 选派干部}",
        "heading: (三)加强产业合作",
        "{item: 2, text: 共建园区}",
    )
    assert found == [(7, 9, [(5, 9)], "附件2 的二级标题从 (一) 跳到 (三),缺第 2 号")]


def test_pass_numbers_running_on_across_headings_or_restarting_under_them(check_text):
    found, file = _sh602(
        check_text,
        "heading: 一、总体要求",
        "heading: (一)加强人才合作",
        "{item: 1, text: 选派干部}",
        "heading: (二)加强产业合作",
        "{item: 2, text: 共建园区}",
        "heading: 二、保障措施",
        "heading: (一)加强组织领导",
        "{item: 1, text: 建立机制}",
    )
    assert found == [] and file.findings == []
