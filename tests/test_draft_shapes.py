"""General shapes of real texts the draft rules read, each on made-up paragraphs (written on the
dev half of tests/data/corpus; the test half is measured, never tuned against)."""

from __future__ import annotations

import pytest

from shanhai_check.findings import Severity

BREAKDOWN = """\
近日,下达2023年度援建项目实施计划,全市计划实施援建项目{count}个,安排援建资金17.56亿元。

其中:智力支援类项目58个,安排援建资金0.87亿元;产业支援类项目98个,安排援建资金{part}亿元;民生类项目78个,安排援建资金5.83亿元。
"""


def _outcomes(check_text, text, code):
    result = check_text(text, "draft.txt")
    assert not result.input_errors
    found = [(f.location.line, f.severity) for f in result.findings if f.code == code]
    agreed = [v.location.line for file in result.files for v in file.verified if v.code == code]
    return found, agreed, result


def test_a_paragraph_opening_with_其中_breaks_down_the_sentence_before(check_text):
    found, agreed, result = _outcomes(check_text, BREAKDOWN.format(count=234, part="10.86"), "SH111")
    assert found == [] and agreed == [1, 1]  # 234个 = 58 + 98 + 78; 17.56亿元 = 0.87 + 10.86 + 5.83
    assert [f.code for f in result.findings] == []  # no part is its total stated twice (SH811)


def test_when_the_counts_make_their_total_the_money_must_too(check_text):
    found, _, result = _outcomes(check_text, BREAKDOWN.format(count=234, part="10.96"), "SH111")
    assert found == [(1, Severity.ERROR)]  # complete by its counts: 0.87 + 10.96 + 5.83 = 17.66 ≠ 17.56
    (finding,) = [f for f in result.findings if f.code == "SH111"]
    assert "17.66亿元" in finding.text()


def test_a_partial_breakdown_below_its_total_is_no_finding(check_text):
    found, agreed, _ = _outcomes(check_text, BREAKDOWN.format(count=300, part="4.62"), "SH111")
    assert found == [] and 1 in agreed  # 其中 lists part of it: 11.32 ≤ 17.56


SHARES = """\
截至3月13日,已外出务工贫困劳动力1690.12万人,占去年外出务工总数的61.93%。

已外出务工和有外出务工意愿的人数相加,达到2466.52万人,占去年外出务工总数的90.41%。
"""


def test_shares_of_one_base_for_two_numerators_are_two_quantities(check_text):
    found, _, _ = _outcomes(check_text, SHARES, "SH811")
    assert found == []


def test_the_same_share_of_the_same_numerator_stated_twice_still_differs(check_text):
    text = SHARES.replace(
        "达到2466.52万人,占去年外出务工总数的90.41%", "已外出务工贫困劳动力1690.12万人,占去年外出务工总数的62.93%"
    )
    found, _, _ = _outcomes(check_text, text, "SH811")
    assert found == [(3, Severity.WARNING)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("由威海、青岛、烟台、菏泽援建的北川县青片乡、曲山镇、陈家坝乡、漩坪乡、都坝乡5个乡镇援建项目获奖。", []),
        (
            "由威海、青岛援建的北川县青片乡、曲山镇、陈家坝乡、漩坪乡3个乡镇援建项目获奖。",
            [(1, Severity.WARNING)],
        ),  # 4 listed
        ("党中央、国务院决定东部9个省(市)开展对口支援。", []),  # not a list of 省(市)
    ],
)
def test_a_list_is_what_its_count_counts(check_text, sentence, expected):
    found, _, _ = _outcomes(check_text, sentence + "\n", "SH613")
    assert found == expected


def test_a_share_is_never_of_its_own_numerator(check_text):
    text = "全年实施援藏项目25个,完成援藏投资1.31亿元,占2017年应完成总投资的99.64%。\n2017年完成援藏投资1.31亿元。\n"
    found, _, _ = _outcomes(check_text, text, "SH131")
    assert found == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("确定的3880个项目已全数开工,建成3430个,占88.5%。", [(1, Severity.WARNING)]),  # 3430 / 3880 = 88.4%
        ("确定的3880个项目已全数开工,建成3433个,占88.5%。", []),  # 88.48%: printed 88.5%
        ("确定的3880个项目已全数开工;建成3430个,占88.5%。", []),  # the count of 3880 is another statement
    ],
)
def test_a_share_that_names_no_base_is_of_the_count_its_clause_counts_from(check_text, sentence, expected):
    found, _, _ = _outcomes(check_text, sentence + "\n", "SH131")
    assert found == expected
