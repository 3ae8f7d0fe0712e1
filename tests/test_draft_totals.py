"""SH111 (a total against its parts) and SH411 (per-unit amount × count) on drafts: the seeds as
published, small drafts for each structure, and generated paragraphs in the seeds' style."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shanhai_check.drafts.units import units_named_before
from shanhai_check.engine import run

SEEDS = "../shared/seeds"
CODES = ("SH111", "SH411")


def _outcomes(path: str):
    (file,) = run([path]).files
    assert not file.errors
    findings = sorted(
        (f.code, f.severity.value, f.location.line, f.location.column) for f in file.findings if f.code in CODES
    )
    verified = sorted((v.code, v.location.line) for v in file.verified if v.code in CODES)
    return findings, verified, file


def _draft(tmp_path, text: str) -> str:
    path = tmp_path / "draft.txt"
    path.write_text(text, encoding="utf-8")
    return str(path)


# -- the seeds ------------------------------------------------------------------------------


def test_ningbo_2020_every_total_and_per_unit_amount_holds():
    findings, verified, file = _outcomes(f"{SEEDS}/000_c29847e117ae2a05.txt")
    assert findings == []
    assert verified == [
        ("SH111", 37),  # 2757 = 市本级 772 + 5×221 + 8×≥110 (the allocation of line 67)
        ("SH111", 49),  # 6个省级山海协作产业园 = 4个工业产业园 + 2个文旅产业园
        ("SH111", 279),
        ("SH111", 281),
        ("SH111", 283),
        ("SH111", 285),  # 附件1's four 合计
        ("SH411", 67),
        ("SH411", 67),
        ("SH411", 71),  # 5 at 221, 8 at 110 in 附件1; 13 units at 50
        ("SH411", 449),
        ("SH411", 449),
        ("SH411", 469),  # the same sentences in 附件2
    ]
    texts = {v.location.line: v.text() for v in file.verified if v.code == "SH111"}
    assert texts[37] == (
        "'落实援建资金2757万元': 2757万元 = 宁波市市本级 772 + 5×221 (5个…各221万元) + 8×≥110 (8个…分别不低于110万元),"
        "即第 67 行所分配的"
    )
    assert texts[49] == "'确保6个': 6个 = 工业产业园 4 + 文旅产业园 2"


def test_haidong_notice_total_its_six_counties_and_its_table():
    findings, verified, file = _outcomes(f"{SEEDS}/extra/01-haidong-2018-dongxibu-zijin-fenpei.txt")
    assert findings == []
    assert verified == [("SH111", 5), ("SH111", 7), ("SH411", 5)]
    (prose,) = [v for v in file.verified if v.code == "SH111" and v.location.line == 5]
    assert prose.text().endswith(
        "4000万 = 乐都区 819 + 民和县 1226 + 互助县 600 + 化隆县 1155 + 2×100 (平安区、循化县各100万元)"
    )
    assert [r.column for r in prose.related] == [89, 98, 108, 117, 158]
    (each,) = [v for v in file.verified if v.code == "SH411"]
    assert each.text() == (
        "'另安排平安区、循化县各100万元': "
        "海东市市级财政扶贫专项资金分配表 资金分配额 中恰有 2 个单位为 100 (平安区、循化县)"
    )


def test_ganzi_report_per_county_amounts():
    findings, verified, file = _outcomes(f"{SEEDS}/extra/11-ganzi-zhejiang-2013-duikou-bangfu.txt")
    assert findings == []
    assert verified == [("SH111", 8), ("SH411", 6), ("SH411", 8)]
    texts = sorted(v.text() for v in file.verified if v.code in CODES)
    assert texts == [
        "'杭州、湖州、绍兴、金华4市将分别帮扶300万元': 所列 杭州、湖州、绍兴、金华 正是 4 个,4 × 300 = 1200万元",
        "'每县300万元': 18 × 300 = 5400万元",
        "'每县300万元': 300万元 = 1×200 (1个…每村200万元) + 100",
    ]


def test_the_other_seeds_state_no_total_with_parts():
    for name in (
        "001_fb8b099e12eb13fd",
        "002_a92242b81cc0d015",
        "003_283c1ae9edba3b2b",
        "004_e015fad0e6572e42",
        "extra/13-ningbo-yanbian-qianxinan-2017-duikou-bangfu",
    ):
        assert _outcomes(f"{SEEDS}/{name}.txt")[:2] == ([], []), name
    assert _outcomes(f"{SEEDS}/extra/06-zhejiang-yuanjiang-2017-186xiang.txt")[:2] == (
        [],
        [("SH111", 14)],
    )  # 16.7 = 15.7 + 1


# -- each structure -------------------------------------------------------------------------


def test_parts_presented_as_the_whole_must_add_up(tmp_path):
    text = (
        "将本批4000万元资金全部分配给6县区,其中:"
        "乐都区819万元,民和县1226万元,互助县600万元,化隆县1155万元;另安排平安区、循化县各150万元。\n"
    )
    findings, _, file = _outcomes(_draft(tmp_path, text))
    assert findings == [("SH111", "error", 1, 4)]
    assert file.findings[0].text() == (
        "'将本批4000万元': 4000万元 ≠ 各部分之和 乐都区 819 + 民和县 1226 + 互助县 600 + 化隆县 1155 + 2×150 "
        "(平安区、循化县各150万元) = 4100万元"
    )


def test_a_partial_list_may_fall_short_but_not_exceed(tmp_path):
    short = "落实资金1000万元,其中市本级300万元、海曙区200万元。\n"
    over = "落实资金1000万元,其中市本级800万元、海曙区300万元。\n"
    assert _outcomes(_draft(tmp_path, short))[:2] == ([], [("SH111", 1)])
    findings, _, file = _outcomes(_draft(tmp_path, over))
    assert findings == [("SH111", "error", 1, 5)]
    assert "所列各部分之和 市本级 800 + 海曙区 300 = 1100万元,超过总数 1000万元" in file.findings[0].text()


def test_a_bound_makes_the_finding_a_warning(tmp_path):
    text = "落实资金不低于1000万元,其中市本级800万元、海曙区300万元,分别为全部。\n"
    assert _outcomes(_draft(tmp_path, text))[0] == []  # ≥1000 allows 1100
    text = "落实资金约1000万元,其中市本级800万元、海曙区400万元。\n"
    assert _outcomes(_draft(tmp_path, text))[0] == [("SH111", "warning", 1, 5)]  # 约: [950, 1050] < 1200


def test_nested_breakdowns_in_brackets(tmp_path):
    text = "全年实施项目136个,其中:产业项目80个(其中工业项目50个、农业项目35个),民生项目56个。\n"
    findings, verified, file = _outcomes(_draft(tmp_path, text))
    assert findings == [("SH111", "error", 1, 19)]  # 50 + 35 > 80; 80 + 56 = 136 holds
    assert verified == [("SH111", 1)]
    assert file.verified[-1].text() == "'全年实施项目136个': 136个 = 产业项目 80 + 民生项目 56"


def test_a_total_after_its_parts(tmp_path):
    text = "资金分别为:甲区100万元、乙区200万元,共计400万元。\n"
    findings, _, file = _outcomes(_draft(tmp_path, text))
    assert findings == [("SH111", "error", 1, 25)]
    assert file.findings[0].text() == "'共计400万元': 400万元 ≠ 各部分之和 甲区 100 + 乙区 200 = 300万元"


def test_what_is_not_a_part_is_left_out(tmp_path):
    # a new statement after a semicolon, a clause with its own verb, a per-unit part over no counted
    # group, parts after two candidate totals
    for text in (
        "共安排资金1000万元,其中市本级600万元、区县400万元;社会资金300万元。\n",
        "共安排资金1000万元,其中市本级500万元,带动社会投资2000万元。\n",
        "共安排资金1000万元,其中各区县各落实300万元。\n",
        "今年安排资金3000万元,比上年增加500万元,其中市本级1000万元。\n",  # which total? 其中 does not say
    ):
        assert _outcomes(_draft(tmp_path, text))[0] == [], text


def test_an_inferred_sum_is_confirmed_never_reported(tmp_path):
    holds = "安排资金16.7亿元,实际安排资金15.7亿元(另外1亿元已提前使用)。\n"
    fails = "安排资金16.7亿元,实际安排资金15.7亿元(另外3亿元已提前使用)。\n"
    assert _outcomes(_draft(tmp_path, holds))[:2] == ([], [("SH111", 1)])
    assert _outcomes(_draft(tmp_path, fails))[:2] == ([], [])


def test_a_flattened_table_whose_total_is_wrong(tmp_path):
    text = (
        "资金分配表 县区名称 资金分配额(万元) 合计 4100 乐都区 819 平安区 100 民和县 1226 互助县 600 化隆县 1155 "
        "循化县 100\n"
    )
    findings, _, file = _outcomes(_draft(tmp_path, text))
    assert findings == [("SH111", "error", 1, text.index("4100") + 1)]
    cells = [text.index(f" {n} ") + 2 for n in (819, 100, 1226, 600, 1155)] + [text.rindex(" 100") + 2]
    assert [r.column for r in file.findings[0].related] == cells


def test_a_per_unit_amount_against_the_table(tmp_path):
    table = "附件1\n单位\n援建资金\n(万元)\n甲区\n221\n乙区\n221\n丙区\n110\n合计\n552\n"
    right = "2个结对的区各落实援建资金221万元。\n" + table
    wrong = "3个结对的区各落实援建资金221万元。\n" + table
    assert _outcomes(_draft(tmp_path, right))[:2] == ([], [("SH111", 13), ("SH411", 1)])  # 合计 552 on line 13
    findings, _, file = _outcomes(_draft(tmp_path, wrong))
    assert findings == [("SH411", "warning", 1, wrong.index("221") + 1)]
    assert (
        file.findings[0].text()
        == "'3个结对的区各落实援建资金221万元': 附件1 援建资金 中为 221 的单位有 2 个 (甲区、乙区),不是 3 个"
    )


def test_a_count_against_the_units_it_lists(tmp_path):
    findings, _, file = _outcomes(_draft(tmp_path, "杭州、湖州、绍兴4市将分别帮扶300万元。\n"))
    assert findings == [("SH411", "warning", 1, 16)]
    assert file.findings[0].text() == "'杭州、湖州、绍兴4市将分别帮扶300万元': 说是 4市,却列出 3 个 (杭州、湖州、绍兴)"


def test_units_named_before_a_figure():
    line = "另安排平安区、循化县各100万元"
    assert units_named_before(line, line.index("各")) == ["平安区", "循化县"]
    assert units_named_before("杭州、湖州、绍兴、金华4市", 11) == ["杭州", "湖州", "绍兴", "金华"]
    assert units_named_before("平安区各100万元", 3) == []  # one name is no list
    assert units_named_before("龙游—镇海、衢江—鄞州", 11) == []  # pairs are not names
    assert units_named_before("宁波、温州等4市", 6) == []  # an open list (等) names only some


def test_a_rate_column_is_not_added_up(tmp_path):
    text = "附件1\n单位\n资金(万元)\n增长率(%)\n甲区\n100\n10\n乙区\n200\n20\n合计\n300\n16.7\n"
    assert _outcomes(_draft(tmp_path, text))[:2] == ([], [("SH111", 12)])  # 资金 only: 100 + 200


# -- generated paragraphs -------------------------------------------------------------------

COUNTIES = [
    "乐都区",
    "民和县",
    "互助县",
    "化隆县",
    "平安区",
    "循化县",
    "海曙区",
    "江北区",
    "镇海区",
    "北仑区",
    "鄞州区",
    "奉化区",
]


@st.composite
def allocation(draw):
    """A notice in the style of the 海东 one: a total shared out county by county, two of them
    "各" an equal amount; returns (text, total, amounts, equal amount)."""
    names = draw(st.permutations(COUNTIES))[: draw(st.integers(2, 8))]
    amounts = [draw(st.integers(1, 5000)) for _ in names]
    each = draw(st.integers(1, 500))
    return names, amounts, each


def _allocation_text(names, amounts, each, total):
    listed = ",".join(f"{n}{a}万元" for n, a in zip(names, amounts))
    return (
        f"将本批追加的{total}万元资金全部分配给{len(names) + 2}县区,其中:{listed},"
        f"主要用于卫生室建设;另安排甲镇、乙镇各{each}万元,用于巩固提升项目。\n"
    )


@settings(max_examples=60, deadline=None)
@given(allocation(), st.data())
def test_generated_allocations_check_clean_and_one_changed_figure_is_flagged(tmp_path_factory, drawn, data):
    names, amounts, each = drawn
    total = sum(amounts) + 2 * each
    folder = tmp_path_factory.mktemp("alloc")
    text = _allocation_text(names, amounts, each, total)
    findings, verified, _ = _outcomes(_draft(folder, text))
    assert findings == [] and ("SH111", 1) in verified
    changed = data.draw(st.integers(0, len(amounts) - 1))
    amounts[changed] += data.draw(st.integers(1, 90))
    text = _allocation_text(names, amounts, each, total)
    findings, _, file = _outcomes(_draft(folder, text))
    column = text.index(f"{total}万元") + 1
    assert [(code, line, col) for code, _, line, col in findings] == [("SH111", 1, column)]
    part = text.index(f"{names[changed]}{amounts[changed]}万元") + len(names[changed]) + 1
    assert part in [r.column for r in file.findings[0].related]


@settings(max_examples=60, deadline=None)
@given(st.integers(2, 40), st.integers(1, 900), st.integers(1, 50))
def test_generated_per_county_totals(tmp_path_factory, count, each, change):
    folder = tmp_path_factory.mktemp("each")
    text = f"今年浙江{count}县将对甘孜州{count}县率先投入{count * each}万元(每县{each}万元),用于民生项目。\n"
    findings, verified, _ = _outcomes(_draft(folder, text))
    assert findings == [] and verified == [("SH411", 1)]
    wrong = text.replace(f"(每县{each}万元)", f"(每县{each + change}万元)")
    findings, _, _ = _outcomes(_draft(folder, wrong))
    assert findings == [("SH411", "error", 1, wrong.index(f"{each + change}万元)") + 1)]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(0, 3000), min_size=3, max_size=10), st.integers(1, 99))  # a line of cells needs 4 figures
def test_generated_flattened_tables(tmp_path_factory, amounts, change):
    folder = tmp_path_factory.mktemp("table")
    names = COUNTIES[: len(amounts)]
    cells = " ".join(f"{n} {a}" for n, a in zip(names, amounts))
    text = f"资金分配表 县区名称 资金分配额(万元) 合计 {sum(amounts)} {cells}\n"
    findings, verified, _ = _outcomes(_draft(folder, text))
    assert findings == [] and verified == [("SH111", 1)]
    wrong = text.replace(f"合计 {sum(amounts)} ", f"合计 {sum(amounts) + change} ")
    assert _outcomes(_draft(folder, wrong))[0] == [("SH111", "error", 1, wrong.index("合计 ") + 4)]


@pytest.mark.parametrize(
    "sentence", ["累计帮扶近500,其中2020年帮扶100人。", "新增就业近2000,具体为城镇1500人、农村500人。"]
)
def test_a_total_written_without_a_unit_is_read_without_a_crash(tmp_path, sentence):
    """A figure with no unit (近500) is no total for parts in 人: nothing to report, and no SH008."""
    draft = tmp_path / "d.txt"
    draft.write_text(sentence + "\n", encoding="utf-8")
    (file,) = run([str(draft)]).files
    assert file.errors == [] and [f.code for f in file.findings] == []
