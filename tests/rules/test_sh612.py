"""SH612 draft-number-skipped: PASS and FAIL cases at exact places."""

from __future__ import annotations


from shanhai_check.findings import Severity

# Numbers stand at the start of their lines (column 1).
ITEMS = "28.加强宣传。\n{second}.加强督查。\n"
NESTED = "一、总体要求\n1.选派干部。\n2.开展挂职。\n二、保障措施\n1.建立机制。\n{last}.加强督查。\n"


def _sh612(check_text, text):
    (file,) = check_text(text, "draft.txt").files
    assert file.kind == "draft" and not file.errors, file.errors
    found = [
        (f.location.line, f.location.column, [(r.line, r.column) for r in f.related], f.text())
        for f in file.findings
        if f.code == "SH612"
    ]
    agreed = [
        (v.location.line, v.location.column, [(r.line, r.column) for r in v.related], v.text())
        for v in file.verified
        if v.code == "SH612"
    ]
    return found, agreed, file


def test_fail_a_jump_is_a_warning_at_the_number_after_the_gap_pointing_at_the_one_before(check_text):
    found, agreed, file = _sh612(check_text, ITEMS.format(second=30))
    assert found == [(2, 1, [(1, 1)], "正文 的项号从 28 跳到 30,缺第 29 号")]
    (finding,) = [f for f in file.findings if f.code == "SH612"]
    assert finding.severity is Severity.WARNING
    assert finding.text("en") == "the body: item number jumps from 28 to 30; number 29 is missing"
    assert agreed == []


def test_pass_numbers_that_run_on_are_confirmed_from_the_first_to_the_last(check_text):
    found, agreed, file = _sh612(check_text, ITEMS.format(second=29))
    assert found == [] and file.findings == []
    assert agreed == [(1, 1, [(2, 1)], "正文 的项号 28 至 29 依次连续")]


def test_fail_a_jump_in_a_run_that_restarted_under_a_heading(check_text):
    found, agreed, _ = _sh612(check_text, NESTED.format(last=3))
    assert found == [(6, 1, [(5, 1)], "正文 的项号从 1 跳到 3,缺第 2 号")]
    assert agreed == [
        (1, 1, [(4, 1)], "正文 的一级标题 一、 至 二、 依次连续"),
        (2, 1, [(3, 1)], "正文 的项号 1 至 2 依次连续"),
    ]


def test_pass_each_run_confirmed_on_its_own(check_text):
    found, agreed, _ = _sh612(check_text, NESTED.format(last=2))
    assert found == []
    assert [place[:3] for place in agreed] == [(1, 1, [(4, 1)]), (2, 1, [(3, 1)]), (5, 1, [(6, 1)])]


def test_fail_an_unnumbered_paragraph_in_the_gap_is_named(check_text):
    ((line, column, related, text),), _, _ = _sh612(check_text, "28.加强宣传。\n开展消费帮扶合作。\n30.加强督查。\n")
    assert (line, column) == (3, 1)
    assert related == [(1, 1), (2, 1)] and "未编号" in text


# A report whose sections start at 二、 (line 2): 一、 is missing before them.
SECTIONS = "关于2021年对口支援工作情况的报告\n{first}主要成效\n三、存在问题\n四、下一步打算\n"


def test_fail_sections_that_start_after_one_are_a_warning_at_the_first(check_text):
    found, _, file = _sh612(check_text, SECTIONS.format(first="二、"))
    assert found == [(2, 1, [], "正文 的一级标题从 二、 开始,缺第 1 号")]
    assert file.findings[0].severity is Severity.WARNING
    assert file.findings[0].text("en") == "the body: the level-1 heading numbers start at 二、; number 1 is missing"


def test_pass_sections_from_one_or_a_single_quoted_section(check_text):
    assert _sh612(check_text, "关于工作情况的报告\n二、主要成效\n")[0] == []
    assert _sh612(check_text, "关于工作情况的报告\n一、主要成效\n二、存在问题\n三、下一步打算\n")[0] == []
