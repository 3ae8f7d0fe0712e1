"""SH603 count-mismatch: PASS and FAIL cases at exact places."""

from __future__ import annotations

import pytest

from shanhai_check.findings import Severity

# The one ``counts`` entry starts at line 23; its ``count`` value, where findings point, is at
# line 24, column 12.
PLAN = """\
document: {{title: 示例}}
roster:
  units:
    - {{name: 甲区, groups: [省定结对]}}
    - {{name: 乙区, groups: [省定结对]}}
    - 丙局
  groups:
    - {{name: 省定结对}}
    - {{name: 有关单位, open: true}}
tables:
  - id: 附件3
    rows_are: names
    columns: [{{key: 计划总投资, unit: 亿元}}]
    rows:
      甲园: [1]
      乙园: [2]
task_lists:
  - id: 正文
    items:
      - item: 10
        units: {{责任: [甲区, 乙区], 配合: [丙局]}}
counts:
  - what: 省级山海协作产业园
    count: {count}
    {enumeration}
"""
FIVE = "listed: [龙游—镇海, 衢江—鄞州, 常山—慈溪, 松阳—余姚, 遂昌—慈溪]"


def _sh603(check_text, count, enumeration=FIVE):
    (file,) = check_text(PLAN.format(count=count, enumeration=enumeration)).files
    assert not file.errors, file.errors
    found = [(f.location.line, f.location.column, f.related, f.text()) for f in file.findings if f.code == "SH603"]
    agreed = [(v.location.line, v.location.column, v.text()) for v in file.verified if v.code == "SH603"]
    return found, agreed, file


def test_fail_more_names_listed_than_the_count_is_an_error_at_the_count(check_text):
    found, agreed, file = _sh603(check_text, "4个")
    assert found == [
        (
            24,
            12,
            (),
            "'省级山海协作产业园' 写明 4个,但文中列出 5 个: 龙游—镇海、衢江—鄞州、常山—慈溪、松阳—余姚、遂昌—慈溪",
        )
    ]
    (finding,) = [f for f in file.findings if f.code == "SH603"]
    assert finding.severity is Severity.ERROR
    assert finding.text("en") == (
        "'省级山海协作产业园' states 4个, but the text lists 5: 龙游—镇海, 衢江—鄞州, 常山—慈溪, 松阳—余姚, 遂昌—慈溪"
    )
    assert agreed == []


def test_pass_the_count_of_the_names_listed_is_confirmed_at_the_count(check_text):
    found, agreed, file = _sh603(check_text, "5个")
    assert found == [] and file.findings == []
    assert agreed == [(24, 12, "'省级山海协作产业园' 5个 = 文中所列 5 个")]


@pytest.mark.parametrize(
    ("count", "enumeration", "text"),
    [
        ("3个", "group: 省定结对", "'省级山海协作产业园' 写明 3个,但名册组 省定结对 列出 2 个: 甲区、乙区"),
        ("3个", "task: 正文:10\n    role: 责任", "'省级山海协作产业园' 写明 3个,但正文:10 责任 列出 2 个: 甲区、乙区"),
    ],
    ids=["roster-group", "task-units"],
)
def test_fail_other_enumerations_are_counted_too(check_text, count, enumeration, text):
    found, _, _ = _sh603(check_text, count, enumeration)
    assert found == [(24, 12, (), text)]


@pytest.mark.parametrize(
    ("count", "enumeration"),
    [
        ("两个", "table: 附件3"),  # a Chinese numeral; the table's rows
        ("3个", "task: 正文:10"),  # every role of the task: 甲区, 乙区, 丙局
        (
            "20个以上",
            FIVE.replace("]", ", " + ", ".join(f"园{i}" for i in range(15)) + "]"),
        ),  # 20 names meet "20个以上"
        ("6个", FIVE + "\n    complete: false"),  # a partial list may fall short
        ("5个", "group: 有关单位"),  # an open group cannot be counted
    ],
    ids=["table-rows", "task-all-roles", "at-least", "partial-list", "open-group"],
)
def test_pass_counts_that_hold_or_cannot_be_counted(check_text, count, enumeration):
    assert _sh603(check_text, count, enumeration)[0] == []


def test_fail_a_partial_list_may_not_exceed_the_count(check_text):
    found, _, _ = _sh603(check_text, "4个", FIVE + "\n    complete: false")
    assert [place[:2] for place in found] == [(24, 12)]


def test_fail_a_floor_more_than_the_names(check_text):
    found, _, _ = _sh603(check_text, "6个以上")
    assert [place[:2] for place in found] == [(24, 12)]
