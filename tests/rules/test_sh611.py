"""SH611 draft-number-repeated: PASS and FAIL cases at exact places."""

from __future__ import annotations

from shanhai_check.findings import Severity

# Numbers stand at the start of their lines (column 1).
HEADINGS = "一、资金来源\n二、资金结构\n三、资金分配情况表\n{fourth}、监督电话\n"
DRAFT = """\
一、总体要求
(一)加强合作
1.选派干部。
2.开展挂职。
{item}.开展培训。
(二)深化产业合作
4.共建园区。
二、保障措施
附件2
一、重点任务
(一)人才合作
({sub})产业合作
"""


def _sh611(check_text, text):
    (file,) = check_text(text, "draft.txt").files
    assert file.kind == "draft" and not file.errors, file.errors
    found = [
        (f.location.line, f.location.column, [(r.line, r.column) for r in f.related], f.text())
        for f in file.findings
        if f.code == "SH611"
    ]
    return found, file


def test_fail_a_heading_number_printed_again_is_a_warning_at_the_second_pointing_at_the_first(check_text):
    found, file = _sh611(check_text, HEADINGS.format(fourth="三"))
    assert found == [(4, 1, [(3, 1)], "正文 的一级标题 三、 出现了两次 (另一次在第3行)")]
    (finding,) = [f for f in file.findings if f.code == "SH611"]
    assert finding.severity is Severity.WARNING
    assert finding.text("en") == "the body: level-1 heading 三、 appears twice (also at line 3)"


def test_pass_the_headings_numbered_on(check_text):
    found, file = _sh611(check_text, HEADINGS.format(fourth="四"))
    assert found == [] and file.findings == []


def test_fail_item_numbers_and_an_attachments_own_numbering(check_text):
    found, _ = _sh611(check_text, DRAFT.format(item=2, sub="一"))
    assert found == [
        (5, 1, [(4, 1)], "正文 的项号 2 出现了两次 (另一次在第4行)"),
        (12, 1, [(11, 1)], "附件2 的二级标题 (一) 出现了两次 (另一次在第11行)"),
    ]


def test_pass_items_running_on_across_headings_and_an_attachment_starting_afresh(check_text):
    found, file = _sh611(check_text, DRAFT.format(item=3, sub="二"))
    assert found == [] and file.findings == []
