"""SH111 draft-total-vs-parts: PASS and FAIL cases at exact places."""

from __future__ import annotations

from shanhai_check.findings import Severity

# Columns of line 1: 4000 at 7; the parts 819 at 30, 1226 at 39, 600 at 49, 1155 at 58 and
# the 各{each} at 75 (its figure at 76).
ALLOCATED = (
    "将本批追加的4000万元资金全部分配给6县区,其中:"
    "乐都区819万元,民和县1226万元,互助县600万元,化隆县1155万元;另安排平安区、循化县各{each}万元。\n"
)
PARTS = [(1, 30), (1, 39), (1, 49), (1, 58), (1, 76)]

# 其中 alone: the parts may be partial. 500 at column 9, the parts at 23 and 33.
PARTIAL = "全年安排帮扶资金500万元,其中产业项目资金300万元、教育资金{second}万元。\n"

# A table a web page flattened one cell per line: rows at lines 6 and 8, 合计 at line 10.
TABLE = "附件1\n单位\n援建资金\n(万元)\n甲区\n200\n乙区\n{second}\n合计\n400\n"


def _draft(check_text, text):
    (file,) = check_text(text, "draft.txt").files
    assert file.kind == "draft" and not file.errors, file.errors
    found = [
        (f.location.line, f.location.column, [(r.line, r.column) for r in f.related])
        for f in file.findings
        if f.code == "SH111"
    ]
    agreed = [
        (v.location.line, v.location.column, [(r.line, r.column) for r in v.related])
        for v in file.verified
        if v.code == "SH111"
    ]
    return found, agreed, file


def test_fail_a_complete_list_of_parts_that_does_not_add_up_is_an_error_at_the_total(check_text):
    found, agreed, file = _draft(check_text, ALLOCATED.format(each=150))
    assert found == [(1, 7, PARTS)] and agreed == []
    (finding,) = [f for f in file.findings if f.code == "SH111"]
    assert finding.severity is Severity.ERROR
    assert finding.text() == (
        "'将本批追加的4000万元': 4000万元 ≠ 各部分之和 乐都区 819 + 民和县 1226 + 互助县 600 + 化隆县 1155 + 2×150 "
        "(平安区、循化县各150万元) = 4100万元"
    )


def test_pass_the_same_parts_that_add_up_are_confirmed_with_the_same_places(check_text):
    found, agreed, file = _draft(check_text, ALLOCATED.format(each=100))
    assert found == [] and agreed == [(1, 7, PARTS)]
    (verified,) = [v for v in file.verified if v.code == "SH111"]
    assert verified.text() == (
        "'将本批追加的4000万元': 4000万元 = 乐都区 819 + 民和县 1226 + 互助县 600 + 化隆县 1155 + 2×100 "
        "(平安区、循化县各100万元)"
    )
    assert [f for f in file.findings if f.severity is Severity.ERROR] == []


def test_fail_parts_after_qizhong_may_be_partial_but_not_exceed_the_total(check_text):
    found, _, file = _draft(check_text, PARTIAL.format(second=250))
    assert found == [(1, 9, [(1, 23), (1, 33)])]
    (finding,) = [f for f in file.findings if f.code == "SH111"]
    assert (
        finding.text()
        == "'全年安排帮扶资金500万元': 所列各部分之和 产业项目资金 300 + 教育资金 250 = 550万元,超过总数 500万元"
    )
    assert finding.text("en") == (
        "'全年安排帮扶资金500万元': the parts listed, 产业项目资金 300 + 教育资金 250 = 550万元, "
        "exceed the total 500万元"
    )


def test_pass_parts_after_qizhong_that_fall_short_are_a_partial_list(check_text):
    found, agreed, _ = _draft(check_text, PARTIAL.format(second=150))
    assert found == [] and agreed == [(1, 9, [(1, 23), (1, 33)])]


def test_fail_a_draft_tables_total_row_against_its_column(check_text):
    found, _, file = _draft(check_text, TABLE.format(second=210))
    assert found == [(10, 1, [(6, 1), (8, 1)])]
    (finding,) = [f for f in file.findings if f.code == "SH111"]
    assert finding.text() == "附件1 援建资金 合计 400万元 ≠ 各行之和 410万元: 甲区 200 + 乙区 210 (万元)"


def test_pass_a_draft_tables_total_row_that_adds_up(check_text):
    found, agreed, _ = _draft(check_text, TABLE.format(second=200))
    assert found == [] and agreed == [(10, 1, [(6, 1), (8, 1)])]


# One amount for each of a counted group, then the total: 5 × 120. The total at column 17, the
# per-unit amount at 9.
EACH_THEN_TOTAL = "为5个乡镇各安排120万元,共计{total}万元。\n"


def test_fail_a_total_after_one_amount_for_each_of_a_counted_group_is_their_product(check_text):
    found, agreed, file = _draft(check_text, EACH_THEN_TOTAL.format(total=660))
    assert found == [(1, 17, [(1, 9)])] and agreed == []
    (finding,) = [f for f in file.findings if f.code == "SH111"]
    assert finding.severity is Severity.ERROR
    assert finding.text() == "'共计660万元': 660万元 ≠ 各部分之和 5×120 (5个…各120万元) = 600万元"


def test_pass_a_total_after_one_amount_for_each_that_it_makes(check_text):
    found, agreed, _ = _draft(check_text, EACH_THEN_TOTAL.format(total=600))
    assert found == [] and agreed == [(1, 17, [(1, 9)])]


def test_pass_one_plain_figure_and_a_total_are_no_breakdown(check_text):
    found, agreed, _ = _draft(check_text, "乐都区安排120万元,共计660万元。\n")
    assert found == [] and agreed == []


# After 其中, a last part that is the rest (其他…) makes the list the whole. The total at column
# 13, the parts at 24, 33 and 42.
WITH_THE_REST = "全市公益岗位安置贫困人口3000人,其中护林员1200人,保洁员800人,其他岗位{rest}人。\n"


def test_fail_parts_ending_with_the_rest_that_do_not_add_up_to_the_total(check_text):
    found, agreed, _ = _draft(check_text, WITH_THE_REST.format(rest=900))
    assert found == [(1, 13, [(1, 24), (1, 33), (1, 42)])] and agreed == []


def test_pass_parts_ending_with_the_rest_that_add_up(check_text):
    found, agreed, _ = _draft(check_text, WITH_THE_REST.format(rest=1000))
    assert found == [] and agreed == [(1, 13, [(1, 24), (1, 33), (1, 42)])]


def test_pass_parts_after_qizhong_without_the_rest_may_be_partial(check_text):
    found, _, _ = _draft(check_text, WITH_THE_REST.format(rest=900).replace("其他岗位", "护路员"))
    assert found == []


# Totals in one paragraph, 其中 opening the next: the counts of the categories add up to the
# count total (66), so the categories are complete and their money must add up too.
CATEGORIES = (
    "2019年援藏项目共66个,安排援藏资金{total}万元。\n"
    "\n"
    "其中改善生产生活条件类项目40个,安排援藏资金20000万元;社会事业类项目26个,安排援藏资金16670万元。\n"
)


def test_fail_the_money_of_categories_whose_counts_make_the_whole(check_text):
    found, _, file = _draft(check_text, CATEGORIES.format(total=37670))
    assert [(line, column) for line, column, _ in found] == [(1, 21)]
    assert [f.severity for f in file.findings if f.code == "SH111"] == [Severity.ERROR]


def test_pass_the_money_of_categories_whose_counts_make_the_whole(check_text):
    found, agreed, _ = _draft(check_text, CATEGORIES.format(total=36670))
    assert found == [] and [(line, column) for line, column, _ in agreed] == [(1, 11), (1, 21)]
