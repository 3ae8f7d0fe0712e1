"""SH131 draft-share: PASS and FAIL cases at exact places."""

from __future__ import annotations

import pytest

from shanhai_check.findings import Severity

# The base at column 9, the numerator at 23, the percentage at 37.
SHARE = "全年安排帮扶资金{base}万元,其中产业项目资金{part}万元,占帮扶资金总额的{percent}。\n"
# A change: this year's figure at column 9, last year's at 18, the percentage at 25.
CHANGE = "今年落实援建资金4.3亿元,较上年3.8亿元增长{percent}。\n"


def _draft(check_text, text):
    (file,) = check_text(text, "draft.txt").files
    assert file.kind == "draft" and not file.errors, file.errors
    found = [f for f in file.findings if f.code == "SH131"]
    agreed = [
        (v.location.line, v.location.column, [(r.line, r.column) for r in v.related], v.text())
        for v in file.verified
        if v.code == "SH131"
    ]
    return found, agreed, file


def test_fail_a_share_its_figures_do_not_give_is_a_warning_at_the_percentage(check_text):
    (finding,), agreed, _ = _draft(check_text, SHARE.format(base=500, part=100, percent="30%"))
    assert (finding.location.line, finding.location.column) == (1, 37)
    assert [(r.line, r.column) for r in finding.related] == [(1, 23), (1, 9)]  # the numerator, then the base
    assert finding.severity is Severity.WARNING
    assert finding.text() == "'占帮扶资金总额的30%': 100万元 / 500万元 = 20%,不是 30%"
    assert finding.text("en") == "'占帮扶资金总额的30%': 100万元 / 500万元 = 20%, not 30%"
    assert agreed == []


def test_pass_the_share_its_figures_give_is_confirmed_at_the_same_places(check_text):
    found, agreed, file = _draft(check_text, SHARE.format(base=500, part=100, percent="20%"))
    assert found == [] and file.findings == []
    assert agreed == [(1, 37, [(1, 23), (1, 9)], "'占帮扶资金总额的20%': 100万元 / 500万元 = 20%")]


@pytest.mark.parametrize(
    ("part", "percent"), [(100, "33.3%"), (200, "66.7%"), (200, "66.6%")]
)  # rounded, and truncated
def test_pass_printed_digits_rounded_or_truncated(check_text, part, percent):
    found, agreed, _ = _draft(check_text, SHARE.format(base=300, part=part, percent=percent))
    assert found == [] and [place[:2] for place in agreed] == [(1, 37)]


def test_fail_a_digit_more_than_either_reading(check_text):
    (finding,), _, _ = _draft(check_text, SHARE.format(base=300, part=100, percent="33.4%"))
    assert finding.text() == "'占帮扶资金总额的33.4%': 100万元 / 300万元 = 33.33%,不是 33.4%"


def test_fail_a_change_from_last_years_figure(check_text):
    (finding,), _, _ = _draft(check_text, CHANGE.format(percent="15%"))
    assert (finding.location.line, finding.location.column, [(r.line, r.column) for r in finding.related]) == (
        1,
        25,
        [(1, 18), (1, 9)],
    )
    assert finding.text() == "'较上年3.8亿元增长15%': (4.3亿元 − 3.8亿元) / 3.8亿元 = 13.16%,不是 15%"


def test_pass_a_change_that_holds(check_text):
    found, agreed, _ = _draft(check_text, CHANGE.format(percent="13.2%"))
    assert found == [] and [place[:3] for place in agreed] == [(1, 25, [(1, 18), (1, 9)])]


def test_pass_a_base_the_text_does_not_print_is_no_contradiction(check_text):
    found, agreed, _ = _draft(check_text, "其中产业项目资金100万元,占帮扶资金总额的30%。\n")
    assert found == [] and agreed == []


# A base written with its scale word alone after a money noun: "资金80亿" is 80亿元. The share at
# column 28, the numerator 42亿元 at 12 and the base at 24.
BARE_SCALE = "截至9月底,已完成投资42亿元,占年度计划资金80亿的{share}%。\n"


def test_fail_a_share_of_a_base_written_without_yuan(check_text):
    result = check_text(BARE_SCALE.format(share="55.5"), "draft.txt")
    (finding,) = [f for f in result.findings if f.code == "SH131"]
    assert (finding.location.column, [r.column for r in finding.related]) == (28, [12, 24])
    assert finding.text() == "'占年度计划资金80亿的55.5%': 42亿元 / 80亿 = 52.5%,不是 55.5%"


def test_pass_a_share_of_a_base_written_without_yuan(check_text):
    result = check_text(BARE_SCALE.format(share="52.5"), "draft.txt")
    (file,) = result.files
    assert not file.findings and [v.location.column for v in file.verified if v.code == "SH131"] == [28]


# The base named by the share's words (总帮扶资金) stands in another paragraph (line 2, column
# 11), as the total of 帮扶资金 (共计 after the noun); the share at line 6, column 20.
BASE_ELSEWHERE = (
    "2021年对口帮扶工作情况\n今年安排帮扶资金共计5400万元,实施项目28个。\n\n"
    "在资金安排上,重点向贫困县倾斜。\n\n务川县安排1400万元,占总帮扶资金的{share}%。\n"
)


def test_fail_a_share_of_a_total_named_in_another_paragraph(check_text):
    result = check_text(BASE_ELSEWHERE.format(share=28), "draft.txt")
    (finding,) = [f for f in result.findings if f.code == "SH131"]
    assert (finding.location.line, finding.location.column) == (6, 20)
    assert [(r.line, r.column) for r in finding.related] == [(6, 6), (2, 11)]
    assert finding.text() == "'占总帮扶资金的28%': 1400万元 / 5400万元 = 25.93%,不是 28%"


def test_pass_a_share_of_a_total_named_in_another_paragraph(check_text):
    (file,) = check_text(BASE_ELSEWHERE.format(share=26), "draft.txt").files
    assert not file.findings and [v.location.line for v in file.verified if v.code == "SH131"] == [6]
