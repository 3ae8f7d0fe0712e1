"""SH811 (one figure stated twice) and SH812 (a span of years written as a count) on drafts."""

from hypothesis import given, settings
from hypothesis import strategies as st

from shanhai_check.drafts.read import Draft
from shanhai_check.drafts.restated import Match, restatements
from shanhai_check.drafts.text import analyse
from shanhai_check.engine import run
from shanhai_check.findings import Finding, Severity
from shanhai_check.rules.sh811_draft_figure_stated_twice import DraftFigureStatedTwice
from shanhai_check.rules.sh812_draft_year_span import DraftYearSpan, year_spans

SEEDS = "../shared/seeds"


def _outcomes(path, code):
    (file,) = run([path]).files
    assert not file.errors
    found = sorted((f.location.line, tuple(r.line for r in f.related)) for f in file.findings if f.code == code)
    agreed = sorted((v.location.line, tuple(r.line for r in v.related)) for v in file.verified if v.code == code)
    return found, agreed


def _check(text: str, rule=DraftFigureStatedTwice):
    return list(rule().check(analyse(Draft("d.txt", text.split("\n")))))


# -- the seeds ---------------------------------------------------------------------------------
def test_ningbo_2020_restates_its_targets_in_attachments_and_tables_and_all_agree():
    found, agreed = _outcomes(f"{SEEDS}/000_c29847e117ae2a05.txt", "SH811")
    # task 1 says 13次以上 洽谈会 in the body and 1次以上 in 附件2, whose 责任单位 are 各区县(市):
    # each unit's share, × the 13 units 附件1 gives amounts to = ≥13 (issue 14)
    assert found == []
    assert (303, (43,)) in agreed
    # headline 18.3亿元 (37) → task 1 (43) → 附件1 合计 (279); 销售额 37 → 63 → 附件1 合计 285 → 附件2 441
    for pair in [(43, (37,)), (279, (43,)), (63, (37,)), (285, (63,)), (441, (63,)), (283, (37,))]:
        assert pair in agreed
    # 附件2 item 30 restates body item 10: 市本级 772万元, 221万元 each, 不低于110万元
    assert [p for p in agreed if p[0] == 449] == [(449, (67,))] * 5
    # 援建资金 合计 1985 against the headline 2757 is SH211's (the table leaves out 市本级)
    assert not any(line == 281 for line, _ in agreed)


def test_haidong_table_rows_restate_the_allocation_in_prose():
    found, agreed = _outcomes(f"{SEEDS}/extra/01-haidong-2018-dongxibu-zijin-fenpei.txt", "SH811")
    assert found == []
    # 4000万资金 (5) restates 4000万元 (3); the 合计 and all six rows of line 7 restate line 5
    assert agreed == [(5, (3,))] + [(7, (5,))] * 7


def test_headline_count_restated_in_the_body_with_the_noun_first():
    # "186个浙江援疆项目" (title, 3 and 8) and "确定援疆项目186个" (14)
    found, agreed = _outcomes(f"{SEEDS}/extra/06-zhejiang-yuanjiang-2017-186xiang.txt", "SH811")
    assert (found, agreed) == ([], [(8, (3,)), (14, (8,))])


def test_five_year_plan_spans_2018_to_2022():
    assert _outcomes(f"{SEEDS}/002_a92242b81cc0d015.txt", "SH812") == ([], [(23, ())])


# -- what the rule pairs and what it leaves ------------------------------------------------------
def test_the_same_clause_with_another_figure_is_a_warning():
    """Not an error (issue 15): two paragraphs in the same words may speak of two subjects."""
    (finding,) = _check("1.今年市本级落实援建资金772万元。\n附件1\n1.今年市本级落实援建资金722万元。")
    assert (finding.severity, finding.location.line, finding.location.column, [r.line for r in finding.related]) == (
        Severity.WARNING,
        3,
        14,
        [1],
    )
    assert finding.text() == (
        "'1.今年市本级落实援建资金722万元' 与第 1 行 '1.今年市本级落实援建资金772万元' 是同一指标,数字不一致: "
        "722万元 ≠ 772万元"
    )


def test_the_same_bound_word_with_two_figures_is_a_warning():
    # 至少50 and 至少60 may both hold; the same words with two figures still differ
    (finding,) = _check(
        "1.各结对区县(市)每年至少落实社会帮扶资金50万元。\n附件1\n1.各结对区县(市)每年至少落实社会帮扶资金60万元。"
    )
    assert (finding.severity, finding.location.line, finding.location.column, [r.line for r in finding.related]) == (
        Severity.WARNING,
        3,
        23,
        [1],
    )
    assert finding.text().endswith("数字不一致: ≥60万元 ≠ ≥50万元")


def test_yi_and_wan_convert_exactly():
    (agreed,) = _check("全年实现到位资金18.3亿元。\n1.全年实现到位资金183000万元。")
    assert (
        agreed.text()
        == "'1.全年实现到位资金183000万元' 与第 1 行 '全年实现到位资金18.3亿元' 一致: 183000万元 = 183000万元"
    )


def test_a_figure_is_exact_unless_the_draft_declares_rounding():
    """18.3亿元 is 183000万元, not anything up to 183500 (issue 14): a different figure is a finding."""
    (found,) = _check("全年实现到位资金18.3亿元。\n1.全年实现到位资金183200万元。")
    assert isinstance(found, Finding) and found.location.line == 2 and [r.line for r in found.related] == [1]
    assert "183200万元" in found.text() and "183000万元" in found.text()


def test_a_draft_that_declares_rounding_gets_a_warning_not_an_agreement(tmp_path):
    draft = tmp_path / "d.txt"
    draft.write_text(
        "全年实现到位资金18.3亿元。\n1.全年实现到位资金183200万元。\n注:数据经四舍五入。\n", encoding="utf-8"
    )
    (file,) = run([str(draft)]).files
    assert [v for v in file.verified if v.code == "SH811"] == []
    (found,) = [f for f in file.findings if f.code == "SH811"]
    assert (found.severity, found.location.line) == (Severity.WARNING, 2)
    assert "仅当各数按末位四舍五入时才可能相符" in found.text()


def test_a_near_match_of_metrics_with_other_figures_says_nothing():
    # 产业园 ends 文旅产业园: the same figure would agree, a different one may be another thing
    assert _check("把2个文旅产业园打造成平台。\n一、4个产业园") == []


def test_different_units_or_periods_are_not_compared():
    assert _check("2019年落实援建资金500万元。\n2020年落实援建资金600万元。") == []
    assert _check("甲区落实援建资金500万元。\n乙区落实援建资金600万元。") == []


def test_statements_of_several_drafts_pair_across_drafts():
    first = analyse(Draft("a.txt", ["全年落实援建资金2757万元。"]))
    second = analyse(Draft("b.txt", ["今年落实援建资金2600万元,及时拨付。"]))
    from shanhai_check.drafts.restated import draft_statements

    statements = draft_statements(first) + draft_statements(second)
    ((later, earlier, how),) = restatements(statements)
    assert (later.where.path, earlier.where.path, how) == ("b.txt", "a.txt", Match.KEY)
    # the whole of one draft against the whole of another, in other words: paired, but a
    # difference is no sure contradiction (parallel subjects) and is not reported
    assert list(DraftFigureStatedTwice().check_statements(statements)) == []
    third = analyse(Draft("c.txt", ["全年落实援建资金2600万元。"]))
    (finding,) = DraftFigureStatedTwice().check_statements(draft_statements(first) + draft_statements(third))
    assert "a.txt 第 1 行" in finding.text()  # the same words but for the figure: reported


# -- generated paragraphs ------------------------------------------------------------------------
METRICS = ["援建资金", "社会帮扶资金", "产业合作项目到位资金", "东西部扶贫协作资金"]
UNITS = ["海曙区", "江北区", "乐都区", "民和县", "余姚市"]


@st.composite
def restated_plan(draw):
    """A 主要目标 paragraph of targets, restated one per task in an attachment."""
    metrics = draw(st.lists(st.sampled_from(METRICS), min_size=1, max_size=4, unique=True))
    values = [draw(st.integers(min_value=10, max_value=99999)) for _ in metrics]
    subjects = [draw(st.sampled_from(["全年"] + UNITS)) for _ in metrics]
    year = draw(st.integers(min_value=2015, max_value=2025))
    goals = ";".join(f"{s}落实{m}{v}万元" for s, m, v in zip(subjects, metrics, values))
    lines = [f"{year}年度山海协作工作要点", "一、主要目标", goals + "。", "附件1"]
    lines += [f"{i}.{s}落实{m}{v}万元,按时拨付到位。" for i, (s, m, v) in enumerate(zip(subjects, metrics, values), 1)]
    return lines, values


@settings(max_examples=60, deadline=None)
@given(restated_plan())
def test_generated_restatements_check_clean_and_each_is_confirmed(plan):
    lines, values = plan
    outcomes = _check("\n".join(lines))
    assert [o for o in outcomes if isinstance(o, Finding)] == []
    assert sorted(o.location.line for o in outcomes) == list(range(5, 5 + len(values)))


@settings(max_examples=60, deadline=None)
@given(restated_plan(), st.data())
def test_one_changed_figure_is_flagged_at_that_figure(plan, data):
    lines, values = plan
    index = data.draw(st.integers(min_value=0, max_value=len(values) - 1))
    changed = values[index] + data.draw(st.integers(min_value=1, max_value=500))
    line = 5 + index
    figure = f"{values[index]}万元,"
    column = lines[line - 1].index(figure) + 1
    lines[line - 1] = lines[line - 1].replace(figure, f"{changed}万元,")
    findings = [o for o in _check("\n".join(lines)) if isinstance(o, Finding)]
    assert [(f.location.line, f.location.column, f.related[0].line) for f in findings] == [(line, column, 3)]


# -- SH812 ---------------------------------------------------------------------------------------
def test_counts_of_years_against_their_years():
    assert [(s.count, s.first, s.last, s.allowed) for s in year_spans("三年行动计划(2018-2020年)", "2020")] == [
        (3, 2018, 2020, {3})
    ]
    # 近19年 for 1996—2015: the difference, 19 (or, read inclusively, 20)
    assert [(s.count, s.allowed) for s in year_spans("1996—2015年,近19年来累计帮扶", "2015")] == [(19, {19, 20})]
    assert [(s.count, s.first, s.last) for s in year_spans("自2003年以来,12年来累计", "2015")] == [(12, 2003, 2015)]
    assert year_spans("十三五规划(2016-2020年)", "2020") == []  # 十三五 names a plan, it counts no years


def test_a_wrong_count_of_years_is_flagged_at_the_count():
    (finding,) = _check("结合《产业带建设三年行动方案(2018年—2021年)》,提出意见。", DraftYearSpan)
    assert (finding.location.line, finding.location.column) == (1, 9)
    assert finding.text() == "'三年行动方案(2018年—2021年)' 写的是 3 年,而 2018—2021 是 4 年"


@given(
    st.integers(min_value=1990, max_value=2030),
    st.integers(min_value=1, max_value=10),
    st.integers(min_value=-2, max_value=2),
)
def test_generated_plan_names_hold_exactly_when_the_count_is_inclusive(first, length, error):
    numeral = "一二三四五六七八九十"[length - 1]
    text = f"印发《{numeral}年行动计划({first}—{first + length - 1 + error}年)》。"
    (outcome,) = _check(text, DraftYearSpan)
    assert isinstance(outcome, Finding) == (error != 0)


def test_decimal_amounts_stay_exact():
    (agreed,) = _check("全年落实援建资金0.1亿元。\n1.全年落实援建资金1000万元。")
    assert agreed.text().endswith("一致: 1000万元 = 1000万元")
    (found,) = _check("全年落实援建资金0.1亿元。\n1.全年落实援建资金1100万元。")
    assert isinstance(found, Finding)


def test_drafts_checked_together_are_paired_across_files_as_a_note(tmp_path):
    from shanhai_check.engine import run

    (tmp_path / "a.txt").write_text(
        "2021年度甲市山海协作工作要点\n全年落实援建资金2757万元,实现到位资金18.3亿元。\n", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text(
        "2021年度甲市山海协作工作总结\n\n全年落实援建资金2600万元,实现到位资金18.3亿元。\n", encoding="utf-8"
    )
    paths = [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    for jobs in (1, 2):
        result = run(paths, jobs=jobs)
        a, b = result.files
        assert [f for f in a.findings + b.findings] == [f for f in b.findings]
        assert [
            (f.code, f.severity.value, f.location.line, [(r.path, r.line) for r in f.related]) for f in b.findings
        ] == [("SH811", "info", 3, [(paths[0], 2)])]
        assert [(v.location.line, v.related[0].path) for v in b.verified if v.code == "SH811"] == [(3, paths[0])]
    alone = run([paths[1]]).files[0]
    assert [f.code for f in alone.findings] == [] and [v for v in alone.verified if v.code == "SH811"] == []


def test_a_recent_span_with_its_years_in_brackets_is_read_once_as_recent(tmp_path):
    from shanhai_check.engine import run

    draft = tmp_path / "d.txt"
    draft.write_text("近19年(1996—2015年),两地合作不断深化。实施五年行动方案(2018年—2022年)。\n", encoding="utf-8")
    (file,) = run([str(draft)]).files
    assert [f for f in file.findings if f.code == "SH812"] == []
    assert [(v.location.column, v.text().split(": ")[-1]) for v in file.verified if v.code == "SH812"] == [
        (1, "1996—2015 = 19或20 年"),
        (29, "2018—2022 = 5 年"),
    ]


def test_a_prose_figure_and_its_own_table_row_that_differ_are_reported_at_both(tmp_path):
    """乐都区 819 in the text, 891 in the table (issue 14): a warning on the row, naming the prose line."""
    text = (
        "2018年东西部扶贫协作资金分配\n市政府研究决定,将本批追加的4000万资金全部分配给2县区,其中:乐都区819万元,民和县3181万元。\n"
        "资金分配表\n单位\n资金分配额(万元)\n合计\n4000\n乐都区\n{row}\n民和县\n3181\n"
    )
    agreeing = tmp_path / "a.txt"
    agreeing.write_text(text.format(row=819), encoding="utf-8")
    (file,) = run([str(agreeing)]).files
    assert [f for f in file.findings if f.code == "SH811"] == []
    assert any(v.code == "SH811" and v.location.line == 9 and [r.line for r in v.related] == [2] for v in file.verified)
    differing = tmp_path / "d.txt"
    differing.write_text(text.format(row=891), encoding="utf-8")
    (file,) = run([str(differing)]).files
    (found,) = [f for f in file.findings if f.code == "SH811"]
    assert (found.severity, found.location.line, [r.line for r in found.related]) == (Severity.WARNING, 9, [2])
    assert "891万元 ≠ 819万元" in found.text()
