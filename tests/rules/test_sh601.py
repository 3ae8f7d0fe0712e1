"""SH601 number-repeated: PASS and FAIL cases at exact places."""

from __future__ import annotations


from shanhai_check.findings import Severity

# Entries from line 5, one a line, each at column 9 (after "      - ").
PLAN = """\
document: {{title: 示例}}
task_lists:
  - id: 附件2
    items:
{entries}"""


def _sh601(check_text, *entries):
    (file,) = check_text(PLAN.format(entries="".join(f"      - {e}\n" for e in entries))).files
    assert not file.errors, file.errors
    found = [
        (f.location.line, f.location.column, [(r.line, r.column) for r in f.related], f.text())
        for f in file.findings
        if f.code == "SH601"
    ]
    return found, file


def test_fail_a_heading_number_used_twice_is_a_warning_at_the_second_pointing_at_the_first(check_text):
    found, file = _sh601(
        check_text,
        "heading: (七)加强人力资源合作",
        "{item: 18, text: 完善合作机制}",
        "heading: (七)加强人力资源合作",
        "{item: 19, text: 增进交流}",
    )
    assert found == [(7, 9, [(5, 9)], "附件2 的二级标题 (七) 出现了两次 (另一次在第5行)")]
    (finding,) = [f for f in file.findings if f.code == "SH601"]
    assert finding.severity is Severity.WARNING
    assert finding.text("en") == "附件2: level-2 heading (七) appears twice (also at line 5)"


def test_pass_the_same_list_numbered_on(check_text):
    found, file = _sh601(
        check_text,
        "heading: (七)加强人力资源合作",
        "{item: 18, text: 完善合作机制}",
        "heading: (八)深化人才合作",
        "{item: 19, text: 增进交流}",
    )
    assert found == [] and file.findings == []


def test_fail_an_item_number_used_twice(check_text):
    found, _ = _sh601(
        check_text, "{item: 18, text: 完善合作机制}", "{item: 19, text: 增进交流}", "{item: 19, text: 开展培训}"
    )
    assert found == [(7, 9, [(6, 9)], "附件2 的项号 19 出现了两次 (另一次在第6行)")]


def test_pass_numbers_may_restart_at_1_under_a_higher_heading(check_text):
    found, file = _sh601(
        check_text,
        "heading: 一、总体要求",
        "heading: (一)加强人力资源合作",
        "{item: 1, text: 完善合作机制}",
        "{item: 2, text: 增进交流}",
        "heading: 二、重点任务",
        "heading: (一)加强人才合作",
        "{item: 1, text: 选派干部}",
    )
    assert found == [] and file.findings == []


def test_fail_a_number_that_goes_back_is_reported(check_text):
    found, _ = _sh601(
        check_text, "{item: 18, text: 完善合作机制}", "{item: 19, text: 增进交流}", "{item: 17, text: 开展培训}"
    )
    assert [place[:3] for place in found] == [(7, 9, [(6, 9)])]


def test_fail_a_number_that_goes_back_is_not_said_to_appear_twice(check_text):
    ((_, _, _, text),), _ = _sh601(
        check_text, "{item: 18, text: 完善合作机制}", "{item: 19, text: 增进交流}", "{item: 17, text: 开展培训}"
    )
    assert "17 出现了两次" not in text
    assert "从 19" in text and "退回到 17" in text
