"""SH613 draft-count-vs-list and the enumeration reader it stands on (drafts/enumerations)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shanhai_check.drafts import enumerations as en
from shanhai_check.engine import run
from shanhai_check.findings import Finding

SEEDS = "../shared/seeds"


def _outcomes(path):
    (file,) = run([str(path)]).files
    assert not file.errors
    return sorted(
        ("finding" if isinstance(o, Finding) else "agrees", o.location.line, o.location.column, o.text())
        for o in (*file.findings, *file.verified)
        if o.code == "SH613"
    )


def _check(tmp_path, text):
    draft = tmp_path / "draft.txt"
    draft.write_text(text, encoding="utf-8")
    (file,) = run([str(draft)]).files
    findings = [
        (f.severity.value, f.location.line, f.location.column, f.text()) for f in file.findings if f.code == "SH613"
    ]
    agrees = [(v.location.line, v.location.column, v.text()) for v in file.verified if v.code == "SH613"]
    return findings, agrees


# -- the enumeration reader ------------------------------------------------------------------
def test_names_before_a_figure_with_their_columns():
    line = "杭州、湖州、绍兴、金华4市将分别帮扶300万元"
    assert [(n.text, n.column) for n in en.names_before(line, line.index("4") + 1, 6)] == [
        ("杭州", 1),
        ("湖州", 4),
        ("绍兴", 7),
        ("金华", 10),
    ]
    assert {n.line for n in en.names_before(line, line.index("4") + 1, 6)} == {6}


def test_names_before_per_unit_amount_skip_the_filler_and_the_lead_in_verb():
    line = "另安排平安区、循化县各100万元"
    assert [n.text for n in en.names_before(line, line.index("1") + 1)] == ["平安区", "循化县"]


def test_no_names_before_a_list_of_amounts_or_a_single_name():
    assert en.names_before("乐都区819万元、民和县1226万元", 20) == []
    assert en.names_before("今年宁波市4个", 6) == []


def test_two_readings_when_the_last_name_may_be_two():
    line = "杭州、湖州、绍兴和金华4市"
    readings, link, weak = en.readings_before(line, line.index("4") + 1)
    assert [[n.text for n in r] for r in readings] == [["杭州", "湖州", "绍兴和金华"], ["杭州", "湖州", "绍兴", "金华"]]
    assert (link, weak) == ("", False)


def test_bracketed_titles_and_dash_pairs_may_be_joined_by_he():
    line = "组织开展《甲规划》和《乙规划》两个规划的编制"
    assert [n.text for n in en.names_before(line, line.index("两") + 1)] == ["《甲规划》", "《乙规划》"]
    line = "深入推进龙游—镇海、衢江—鄞州4个产业园"
    assert [(n.text, n.column) for n in en.names_before(line, line.index("4") + 1)] == [
        ("龙游—镇海", 5),
        ("衢江—鄞州", 11),
    ]


def test_pairs_after_count_each_side():
    line = "10个区县将与8个市县结对,具体为:鄞州区与和龙市,奉化区、宁海县与安图县。"
    word, start = en.introduced_after(line, 3)
    left, right = en.pairs_after(line, start)
    assert word == "具体为"
    assert [n.text for n in left] == ["鄞州区", "奉化区", "宁海县"]
    assert [(n.text, n.column) for n in right] == [("和龙市", 23), ("安图县", 35)]


def test_unit_names_among_amounts_after_an_introducer():
    line = "分配给6县区,其中:乐都区819万元,民和县1226万元,主要用于项目;另安排平安区、循化县各100万元。"
    word, start = en.introduced_after(line, 5)
    assert word == "其中"
    assert [n.text for n in en.names_after(line, start, suffixes="县区")] == ["乐都区", "民和县", "平安区", "循化县"]


def test_roles_in_brackets_do_not_introduce_a_list():
    assert en.introduced_after("把2个文旅产业园打造成平台【牵头单位:北仑区、宁波文旅集团】。", 1) is None


def test_the_lines_that_follow():
    numbered = [(2, "1.甲。"), (3, "说明。"), (4, "2.乙。"), (5, "(一)丙")]
    assert [(n.text, n.line) for n in en.items_after(numbered)] == [("甲", 2), ("乙", 4)]
    leads = [
        (2, "实施甲计划。内容。"),
        (3, "子项一;"),
        (4, "子项二。"),
        (5, "实施乙计划,内容。"),
        (6, "为总结经验,召开会议。"),
    ]
    assert [n.text for n in en.leads_after(leads, "计划")] == ["实施甲计划", "实施乙计划"]
    chained = [(6, "工业产业园以…;"), (7, "文旅产业园立足…;"), (8, "“飞地”园区要…。"), (9, "实施下一项。")]
    assert [n.line for n in en.chain_after(chained)] == [6, 7, 8]
    cells = [
        (10, "序号"),
        (11, "产业园名称"),
        (12, "甲—乙产业园"),
        (13, "5.3"),
        (14, "丙—丁产业园"),
        (15, "二、其他"),
        (16, "戊产业园"),
    ]
    assert [(n.text, n.line) for n in en.rows_after(cells, "产业园")] == [("甲—乙产业园", 12), ("丙—丁产业园", 14)]


# -- SH613 on the seeds: every count the fixture lists is confirmed, nothing is reported ---------
def test_ningbo_2020_parks_counted_against_pairs_and_table_rows():
    assert [(kind, line, column) for kind, line, column, _ in _outcomes(f"{SEEDS}/000_c29847e117ae2a05.txt")] == [
        ("agrees", 49, 86),
        ("agrees", 49, 296),
        ("agrees", 335, 34),
        ("agrees", 339, 128),
        ("agrees", 503, 7),
        ("agrees", 607, 7),
    ]


def test_haidong_six_counties_named_among_their_amounts():
    assert _outcomes(f"{SEEDS}/extra/01-haidong-2018-dongxibu-zijin-fenpei.txt") == [
        ("agrees", 5, 79, "6县区 = 乐都区、民和县、互助县、化隆县、平安区、循化县")
    ]


def test_ningbo_yanbian_pairs_count_each_side():
    assert [
        (line, column, text.split(" = ")[0])
        for _, line, column, text in _outcomes(f"{SEEDS}/extra/13-ningbo-yanbian-qianxinan-2017-duikou-bangfu.txt")
    ] == [
        (11, 26, "10个区县(市)"),
        (11, 39, "8个市县"),
    ]


def test_zhejiang_2020_eight_plans_three_platforms_two_plans_five_routes():
    assert [(line, text.split(" = ")[0]) for _, line, _, text in _outcomes(f"{SEEDS}/003_283c1ae9edba3b2b.txt")] == [
        (1, "两个规划"),
        (4, "八大行动计划"),
        (5, "三大平台"),
        (13, "5条最美生态旅游线路"),
    ]


def test_an_open_list_before_n_da_is_no_more_than_n():
    outcomes = _outcomes(f"{SEEDS}/001_fb8b099e12eb13fd.txt")
    assert [(kind, line) for kind, line, _, _ in outcomes] == [("agrees", 28), ("agrees", 42)]
    assert outcomes[1][3].endswith("(列出 2 项, 不多于 5)")


def test_no_seed_has_a_count_finding():
    from pathlib import Path

    seeds = sorted(Path(SEEDS).glob("*.txt")) + sorted(Path(SEEDS, "extra").glob("*.txt"))
    assert len(seeds) == 9
    assert [o for path in seeds for o in _outcomes(path) if o[0] == "finding"] == []


# -- verdicts ----------------------------------------------------------------------------------
def test_a_complete_list_of_pairs_one_short_is_an_error(tmp_path):
    text = "我市3个区将与2个县结对,具体为:甲区与丙县,乙区与丁县。\n"
    findings, agrees = _check(tmp_path, text)
    assert findings == [("error", 1, 3, "3个区 与结对中所列 2 项不符: 甲区、乙区")]
    assert agrees == [(1, 8, "2个县 = 丙县、丁县")]


def test_more_names_than_n_da_before_deng_is_a_warning(tmp_path):
    findings, _ = _check(tmp_path, "其中信息、环保、健康、旅游、物流等四大产业占65%。\n")
    assert findings == [("warning", 1, 18, "四大产业 与前面所列 5 项不符: 信息、环保、健康、旅游、物流")]


def test_ambiguous_readings_say_nothing(tmp_path):
    text = (
        "推进教育、医疗、文化等5个领域合作。\n"  # an open list of fields: 5 may be more than named
        "推进落实丽水、衢州14个乡村振兴示范点。\n"  # the places that hold the 14, not the 14
        "奋力推进“两个先行”。\n"  # a count inside a quoted name
        "以康养、乡愁为主题的5条线路。\n"  # a loose link: confirmed when equal, never reported
        "分配给3县,其中:甲县100万元,乙县200万元。\n"  # 其中 may name only some
    )
    assert _check(tmp_path, text) == ([], [])


# -- properties: generated paragraphs in the seeds' style ------------------------------------------
STEMS = [
    "乐都",
    "民和",
    "互助",
    "化隆",
    "循化",
    "鄞州",
    "慈溪",
    "奉化",
    "北仑",
    "镇海",
    "余姚",
    "海曙",
    "江北",
    "象山",
    "龙井",
    "汪清",
    "图们",
    "延吉",
    "珲春",
    "敦化",
]
CN = {2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九"}
FILLER = "全年落实援建资金2757万元,实现产业合作项目实际到位资金18.3亿元。\n"


@st.composite
def listed(draw):
    names = draw(st.lists(st.sampled_from(STEMS), min_size=2, max_size=8, unique=True))
    suffix = draw(st.sampled_from("区县市"))
    return [n + suffix for n in names], suffix


def _count_text(n: int, suffix: str, chinese: bool) -> str:
    return (CN[n] if chinese and n in CN else str(n)) + suffix


@settings(max_examples=40, deadline=None)
@given(listed(), st.sampled_from(["", "等", "共"]), st.booleans(), st.integers(min_value=-3, max_value=3))
def test_a_count_before_which_its_names_are_listed(tmp_path_factory, named, link, chinese, change):
    names, suffix = named
    n = len(names) + change
    if n < 2:
        return
    prefix = "今年," + "、".join(names) + link
    count = _count_text(n, suffix, chinese)
    text = FILLER + prefix + count + "将分别帮扶300万元。\n" + FILLER
    findings, agrees = _check(tmp_path_factory.mktemp("d"), text)
    if change == 0:
        assert findings == [] and [(line, column) for line, column, _ in agrees] == [(2, len(prefix) + 1)]
    elif link == "等" and change > 0:
        assert findings == [] and agrees == []  # "A、B等5区": 等 may stand for more names
    else:
        assert [(line, column) for _, line, column, _ in findings] == [(2, len(prefix) + 1)]
        assert agrees == []


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.tuples(listed(), st.sampled_from(STEMS)), min_size=2, max_size=6),
    st.integers(min_value=-2, max_value=2),
)
def test_pairs_after_juti_wei_count_each_side(tmp_path_factory, pairs, change):
    left = [names[:2] for (names, _), _ in pairs]  # one or two units on the left of each pair
    right = [stem + "县" for (_, _), stem in pairs]
    if len({n for side in left for n in side}) != sum(len(side) for side in left) or len(set(right)) != len(right):
        return  # a name twice would be one unit listed twice
    n_left = sum(len(side) for side in left)
    stated = n_left + change
    if stated < 2:
        return
    head = f"我市{stated}个区县(市)将与{len(right)}个市县建立对口结对关系,具体为:"
    body = ",".join("、".join(side) + "与" + other for side, other in zip(left, right)) + "。\n"
    findings, agrees = _check(tmp_path_factory.mktemp("d"), FILLER + head + body)
    second = head.index("个市县") - len(str(len(right))) + 1
    if change == 0:
        assert findings == [] and [(line, column) for line, column, _ in agrees] == [(2, 3), (2, second)]
    else:
        assert [(severity, line, column) for severity, line, column, _ in findings] == [("error", 2, 3)]
        assert [(line, column) for line, column, _ in agrees] == [(2, second)]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.text(
            alphabet="甲区县市、,:;。和与等大个两三4510—《》“”【】(一)1.具体为其中以下实施计划产业园\n ", max_size=60
        ),
        max_size=6,
    )
)
def test_any_text_is_read_without_an_exception(lines):
    from shanhai_check.drafts.read import Draft
    from shanhai_check.drafts.text import analyse
    from shanhai_check.rules.sh613_draft_count_vs_list import DraftCountVsList

    text = analyse(Draft("d.txt", "\n".join(lines).splitlines()))
    for outcome in DraftCountVsList().check(text):
        assert outcome.location.line >= 1 and all(r.line >= 1 for r in outcome.related)


@pytest.mark.parametrize(
    "sentence, names",
    [
        (
            "新建项目全部开工的有4个省市,分别为江苏省(对口支援伊犁州)、湖北省、福建省、山西省。",
            "江苏省、湖北省、福建省、山西省",
        ),
        ("已开工的有3个县区,分别为甲县、乙县和丙县。", "甲县、乙县、丙县"),
        ("援建项目落在3个市,分别为图们市、延吉市和和龙市。", "图们市、延吉市、和龙市"),
        ("资金分配给2个县,分别为民和县、互助县。", "民和县、互助县"),
    ],
)
def test_listed_names_with_remarks_and_a_joining_word_are_counted_whole(tmp_path, sentence, names):
    """Issue 15: a bracketed remark kept its name out, and "A、B和C" counted 2."""
    draft = tmp_path / "d.txt"
    draft.write_text(sentence + "\n", encoding="utf-8")
    (file,) = run([str(draft)]).files
    assert [f.code for f in file.findings] == []
    (agrees,) = [v for v in file.verified if v.code == "SH613"]
    assert agrees.text().endswith("= " + names)
