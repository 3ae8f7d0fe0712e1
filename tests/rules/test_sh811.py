"""SH811 draft-figure-stated-twice: PASS and FAIL cases at exact places."""

from __future__ import annotations

import os

from shanhai_check.findings import Severity

# 市本级's figure in the task at line 4 (column 17) and restated in the attachment at line 6
# (column 14).
DRAFT = """\
一、主要目标
全年落实援建资金2757万元。
二、工作任务
1.今年宁波市市本级落实援建资金772万元。
附件1
1.全年市本级落实援建资金{restated}万元,及时拨付。
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


def _sh811(check_text, text):
    result = check_text(text, "draft.txt")
    assert not result.input_errors, [str(e) for e in result.input_errors]
    found = [f for f in result.findings if f.code == "SH811"]
    agreed = [v for file in result.files for v in file.verified if v.code == "SH811"]
    return found, agreed


def test_fail_a_units_figure_restated_differently_is_a_warning_at_the_restatement(check_text):
    found, agreed = _sh811(check_text, DRAFT.format(restated=722))
    assert _places(found) == [("draft.txt", 6, 14, [("draft.txt", 4, 17)])]
    (finding,) = found
    assert finding.severity is Severity.WARNING
    assert finding.text() == (
        "'1.全年市本级落实援建资金722万元' 与第 4 行 '1.今年宁波市市本级落实援建资金772万元' 是同一指标,数字不一致: "
        "722万元 ≠ 772万元"
    )
    assert finding.text("en") == (
        "'1.全年市本级落实援建资金722万元' and '1.今年宁波市市本级落实援建资金772万元' "
        "(line 4) state the same metric with different figures: 722万元 ≠ 772万元"
    )
    assert agreed == []


def test_pass_the_same_figure_restated_is_confirmed_at_the_same_places(check_text):
    found, agreed = _sh811(check_text, DRAFT.format(restated=772))
    assert found == []
    assert _places(agreed) == [("draft.txt", 6, 14, [("draft.txt", 4, 17)])]
    assert (
        agreed[0].text()
        == "'1.全年市本级落实援建资金772万元' 与第 4 行 '1.今年宁波市市本级落实援建资金772万元' 一致: 772万元 = 772万元"
    )


def test_fail_the_same_words_but_for_the_figure_is_still_a_warning(check_text):
    # README: "a warning, never an error: two paragraphs in the same words may speak of two subjects"
    found, _ = _sh811(check_text, "全年落实援建资金2757万元。\n全年落实援建资金2600万元。\n")
    assert [(*place, f.severity) for place, f in zip(_places(found), found)] == [
        ("draft.txt", 2, 9, [("draft.txt", 1, 9)], Severity.WARNING)
    ]


def test_pass_a_bound_and_its_figure_agree(check_text):
    found, agreed = _sh811(check_text, "全年落实援建资金2757万元。\n全年落实援建资金2757万元以上。\n")
    assert found == [] and _places(agreed) == [("draft.txt", 2, 9, [("draft.txt", 1, 9)])]
    assert (
        agreed[0].text()
        == "'全年落实援建资金2757万元以上' 与第 1 行 '全年落实援建资金2757万元' 一致: ≥2757万元 = 2757万元"
    )


def test_pass_parallel_subjects_are_different_quantities(check_text):
    assert _sh811(check_text, "甲区落实援建资金100万元。\n乙区落实援建资金200万元。\n") == ([], [])


def test_fail_across_two_drafts_checked_together_is_only_a_note(check_text):
    found, _ = _sh811(
        check_text,
        "# file: a.txt\n一、主要目标\n全年落实援建资金2757万元。\n# file: b.txt\n一、主要目标\n"
        "全年落实援建资金2600万元。\n",
    )
    assert [(*place, f.severity) for place, f in zip(_places(found), found)] == [
        ("b.txt", 2, 9, [("a.txt", 2, 9)], Severity.INFO)
    ]


# A task given to each member of a group: its figure may be each unit's share of the group's
# total; it is, when the draft's own table gives amounts to exactly as many units as the ratio
# (issue 14: "开展1次以上" under 各区县 against "13次以上" for 13 units).
EACH_TASK = """\
一、主要目标
1.组织当地企业赴结对地区开展{total}次以上有实质性内容的投资洽谈会。
附件1
单位
援建资金
(万元)
甲区
221
乙区
221
丙区
110
合计
552
注:援建资金为年度计划数,由各区县(市)按季度拨付到位。
附件2
1.组织当地企业赴结对地区开展1次以上有实质性内容的投资洽谈会。
{role}
"""


def test_pass_a_figure_in_a_task_given_to_each_of_a_group_is_each_units_share(check_text):
    for role in ("责任单位:各区县(市)、开发园区", "【责任单位:各区县(市)】"):
        found, agreed = _sh811(check_text, EACH_TASK.format(total=3, role=role))
        assert found == [], role
        assert _places(agreed) == [("draft.txt", 17, 16, [("draft.txt", 2, 16)])]
        assert agreed[0].text() == (
            "'1.组织当地企业赴结对地区开展1次以上' 是第 2 行 '1.组织当地企业赴结对地区开展3次以上' 中每个单位之数: "
            "≥1次 × 3 个单位 (表中有数额的单位数) = ≥3次"
        )


def test_fail_a_ratio_that_is_no_count_of_the_tables_units_is_a_figure_stated_twice(check_text):
    found, _ = _sh811(check_text, EACH_TASK.format(total=4, role="责任单位:各区县(市)"))
    assert _places(found) == [("draft.txt", 17, 16, [("draft.txt", 2, 16)])]


def test_fail_the_same_task_given_to_named_units_is_one_figure_stated_twice(check_text):
    found, _ = _sh811(check_text, EACH_TASK.format(total=3, role="责任单位:市经信局"))
    assert _places(found) == [("draft.txt", 17, 16, [("draft.txt", 2, 16)])]


# One sentence: the planned amount (column 8) and, as the base of a share, the same words with
# another value (column 35).
BASE_AGAIN = "全年应完成投资5260.40万元,实际完成4800万元,占应完成投资{base}万元的{share}%。\n"


def test_fail_a_shares_base_repeating_the_sentences_own_figure_with_another_value(check_text):
    found, _ = _sh811(check_text, BASE_AGAIN.format(base="5218.75", share="92"))
    assert _places(found) == [("draft.txt", 1, 35, [("draft.txt", 1, 8)])]
    assert found[0].severity is Severity.WARNING


def test_pass_a_shares_base_repeating_the_same_value_or_parallel_figures_in_one_sentence(check_text):
    assert _sh811(check_text, BASE_AGAIN.format(base="5260.40", share="91"))[0] == []
    assert _sh811(check_text, "甲市完成投资20亿元,乙市完成投资12亿元,占完成投资总额的60%。\n")[0] == []
    assert _sh811(check_text, "全年计划投资80亿元,已完成投资42亿元,占计划投资的52.5%。\n")[0] == []
