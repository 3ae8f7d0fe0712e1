"""SH613 draft-count-vs-list: PASS and FAIL cases at exact places."""

from __future__ import annotations

from shanhai_check.findings import Severity

# Names listed before the count: 杭州 at column 1, 湖州 at 4, 绍兴 at 7 (金华 at 10).
BEFORE = "{names}4市将分别帮扶300万元。\n"
# A complete list after 具体为: the count at column 6, the names at 14, 18, 22, 26 and 30.
AFTER = "资金分配给{count}县区,具体为:乐都区、民和县、互助县、化隆县、平安区。\n"


def _sh613(check_text, text):
    (file,) = check_text(text, "draft.txt").files
    assert file.kind == "draft" and not file.errors, file.errors
    found = [f for f in file.findings if f.code == "SH613"]
    agreed = [
        (v.location.line, v.location.column, [(r.line, r.column) for r in v.related], v.text())
        for v in file.verified
        if v.code == "SH613"
    ]
    return found, agreed, file


def test_fail_fewer_names_listed_before_the_count_is_a_warning_at_the_count_with_each_name_related(check_text):
    (finding,), agreed, _ = _sh613(check_text, BEFORE.format(names="杭州、湖州、绍兴"))
    assert (finding.location.line, finding.location.column) == (1, 9)
    assert [(r.line, r.column) for r in finding.related] == [(1, 1), (1, 4), (1, 7)]
    assert finding.severity is Severity.WARNING
    assert finding.text() == "4市 与前面所列 3 项不符: 杭州、湖州、绍兴"
    assert finding.text("en") == "4市 but 3 are listed before it: '杭州', '湖州', '绍兴'"
    assert agreed == []


def test_pass_as_many_names_as_the_count_are_confirmed_with_their_places(check_text):
    found, agreed, file = _sh613(check_text, BEFORE.format(names="杭州、湖州、绍兴、金华"))
    assert found == [] and file.findings == []
    assert agreed == [(1, 12, [(1, 1), (1, 4), (1, 7), (1, 10)], "4市 = 杭州、湖州、绍兴、金华")]


def test_fail_a_complete_list_after_juti_wei_is_an_error(check_text):
    (finding,), _, _ = _sh613(check_text, AFTER.format(count=6))
    assert (finding.location.line, finding.location.column, finding.severity) == (1, 6, Severity.ERROR)
    assert [(r.line, r.column) for r in finding.related] == [(1, 14), (1, 18), (1, 22), (1, 26), (1, 30)]
    assert finding.text() == "6县区 与后面所列 5 项不符: 乐都区、民和县、互助县、化隆县、平安区"


def test_pass_a_complete_list_of_the_count(check_text):
    found, agreed, _ = _sh613(check_text, AFTER.format(count=5))
    assert found == [] and [place[:3] for place in agreed] == [(1, 6, [(1, 14), (1, 18), (1, 22), (1, 26), (1, 30)])]


def test_pass_an_open_list_may_name_fewer_than_its_count(check_text):
    found, agreed, _ = _sh613(check_text, "聚焦产业、教育等五大领域开展合作。\n")
    assert found == [] and [place[:3] for place in agreed] == [(1, 9, [(1, 3), (1, 6)])]


def test_fail_an_open_list_may_not_name_more(check_text):
    (finding,), _, _ = _sh613(check_text, "聚焦产业、教育、医疗、文化、科技、人才等五大领域开展合作。\n")
    assert (finding.location.line, finding.location.column, finding.severity) == (1, 21, Severity.WARNING)
    assert len(finding.related) == 6


def test_fail_a_list_joined_by_and_is_read_as_its_places(check_text):
    # "宁波和温州" is no place: of the two readings only 杭州、宁波、温州 can be what 4市 counts
    (finding,), agreed, _ = _sh613(check_text, BEFORE.format(names="杭州、宁波和温州"))
    assert (finding.location.column, [(r.line, r.column) for r in finding.related]) == (9, [(1, 1), (1, 4), (1, 7)])
    assert finding.text() == "4市 与前面所列 3 项不符: 杭州、宁波、温州" and agreed == []


# Two counts in one sentence, each after its own list: 8个省 at column 25, 3个 at 37; the second
# list (大连 at 29) starts after the first count's 和.
TWO_LISTS = "北京、天津、上海、江苏、浙江、福建、山东、广东等8个省和大连、青岛、宁波{count}个计划单列市参与帮扶。\n"


def test_fail_the_second_list_after_an_earlier_count_and_its_and(check_text):
    (finding,), agreed, _ = _sh613(check_text, TWO_LISTS.format(count=2))
    assert (finding.location.column, [(r.line, r.column) for r in finding.related]) == (
        37,
        [(1, 29), (1, 32), (1, 35)],
    )
    assert [line_column[:2] for line_column in agreed] == [(1, 25)]


def test_pass_both_lists_of_one_sentence_confirmed(check_text):
    found, agreed, _ = _sh613(check_text, TWO_LISTS.format(count=3))
    assert found == [] and [a[:2] for a in agreed] == [(1, 25), (1, 37)]
