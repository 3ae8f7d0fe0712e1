"""SH801 citation-number-differs: PASS and FAIL cases at exact places."""

from __future__ import annotations

import os


from shanhai_check.findings import Severity

TITLE = "革命老区重点城市对口合作工作方案"
# Three citations of one document at lines 4, 5 and 6 (column 7); the third gives no number.
ONE_PLAN = """\
document:
  title: 示例
  cites:
    - {{title: {first}, number: 发改振兴〔2022〕76号, section: 附件1 引言}}
    - {{title: {title}, number: {number}, section: 附件2 引言}}
    - {{title: {first}, section: 附件3 引言}}
"""
# Two plans citing it, checked together: each citation at line 4, column 7.
TWO_PLANS = """\
# file: a.yaml
document:
  title: 甲
  cites:
    - {{title: {first}, number: 发改振兴〔2022〕76号, section: 引言}}
# file: b.yaml
document:
  title: 乙
  cites:
    - {{title: {title}, number: {number}, section: 引言}}
"""


def _places(items):
    return [
        (
            os.path.basename(x.location.path),
            x.location.line,
            x.location.column,
            [(os.path.basename(r.path), r.line, r.column) for r in x.related],
        )
        for x in items
    ]


def _sh801(check_text, template, number, title=TITLE):
    result = check_text(template.format(first=TITLE, title=title, number=number))
    assert not result.input_errors, [str(e) for e in result.input_errors]
    found = [f for f in result.findings if f.code == "SH801"]
    agreed = [v for file in result.files for v in file.verified if v.code == "SH801"]
    return found, agreed


def test_fail_a_second_number_for_one_title_is_an_error_at_it_pointing_at_the_first(check_text):
    found, agreed = _sh801(check_text, ONE_PLAN, "发改振兴〔2022〕766号")
    assert _places(found) == [("plan.yaml", 5, 7, [("plan.yaml", 4, 7)])]
    (finding,) = found
    assert finding.severity is Severity.ERROR
    path = finding.location.path
    assert finding.text() == (
        f"《{TITLE}》在 {path} 附件2 引言 的文号是 发改振兴〔2022〕766号,在 {path} 附件1 引言 却是 发改振兴〔2022〕76号"
    )
    assert finding.text("en") == (
        f"《{TITLE}》 is cited as 发改振兴〔2022〕766号 in {path} 附件2 引言 "
        f"but as 发改振兴〔2022〕76号 in {path} 附件1 引言"
    )
    assert agreed == []


def test_pass_one_number_everywhere_is_confirmed_at_the_first_citation_and_one_without_a_number_is_not_compared(
    check_text,
):
    found, agreed = _sh801(check_text, ONE_PLAN, "发改振兴〔2022〕76号")
    assert found == []
    assert _places(agreed) == [("plan.yaml", 4, 7, [("plan.yaml", 5, 7)])]
    assert agreed[0].text() == f"《{TITLE}》各处文号一致: 发改振兴〔2022〕76号"


def test_fail_across_two_plans_checked_together(check_text):
    found, _ = _sh801(check_text, TWO_PLANS, "发改振兴〔2022〕766号")
    assert _places(found) == [("b.yaml", 4, 7, [("a.yaml", 4, 7)])]


def test_pass_across_two_plans(check_text):
    found, agreed = _sh801(check_text, TWO_PLANS, "发改振兴〔2022〕76号")
    assert found == [] and _places(agreed) == [("a.yaml", 4, 7, [("b.yaml", 4, 7)])]


def test_fail_titles_compared_without_spacing_width_or_quotation_marks(check_text):
    found, _ = _sh801(check_text, TWO_PLANS, "发改振兴〔2022〕766号", title='"《革命老区 重点城市对口合作工作方案》"')
    assert _places(found) == [("b.yaml", 4, 7, [("a.yaml", 4, 7)])]

    (finding,), _ = _sh801(check_text, TWO_PLANS, "发改振兴〔2022〕766号", title="《革命老区重点城市对口合作工作方案》")
    assert finding.text().startswith(f"《{TITLE}》在 ")


# -- drafts: one title, two numbers, read from the text ------------------------------------------
CITED = (
    "根据《关于深入实施山海协作工程的意见》(浙委发〔2018〕{first}号)精神,制定本要点。\n"
    "按照《关于深入实施山海协作工程的意见》(浙委发〔2018〕{second}号)要求推进。\n"
)


def _draft_sh801(check_text, text, name="draft.txt"):
    result = check_text(text, name)
    assert not result.input_errors
    return [
        (
            os.path.basename(f.location.path),
            f.location.line,
            f.location.column,
            [(os.path.basename(r.path), r.line) for r in f.related],
        )
        for f in result.findings
        if f.code == "SH801"
    ]


def test_fail_a_draft_citing_one_title_with_two_numbers(check_text):
    assert _draft_sh801(check_text, CITED.format(first=17, second=71)) == [("draft.txt", 2, 21, [("draft.txt", 1)])]


def test_pass_a_draft_citing_one_title_with_one_number(check_text):
    assert _draft_sh801(check_text, CITED.format(first=17, second=17)) == []


def test_fail_two_drafts_checked_together_give_one_title_two_numbers(check_text):
    text = (
        "# file: a.txt\n"
        + CITED.format(first=17, second=17)
        + "# file: b.txt\n按照《关于深入实施山海协作工程的意见》(浙委发〔2018〕76号)要求推进。\n"
    )
    assert _draft_sh801(check_text, text, "a.txt") == [("b.txt", 1, 21, [("a.txt", 1)])]
