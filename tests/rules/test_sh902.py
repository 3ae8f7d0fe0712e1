"""SH902 children-sum-mismatch: PASS and FAIL cases at exact places."""

from __future__ import annotations

import os

import pytest

from shanhai_check.findings import Severity

# The province's goal at line 5; each city's goal at line 5 and its link at line 9, column 7.
PROVINCE = (
    "# file: province.yaml\ndocument: {{title: 省}}\nmetrics:\n  乡村振兴示范点: {{unit: 个}}\ngoals:\n"
    "  - {{metric: 乡村振兴示范点, value: {value}}}\n"
)
CITY = (
    "# file: {name}.yaml\ndocument: {{title: 市}}\nmetrics:\n  乡村振兴示范点: {{unit: 个}}\ngoals:\n"
    "  - {{metric: 乡村振兴示范点, value: {value}}}\n"
    "parent:\n  plan: province.yaml\n  links:\n"
    "    - {{goal: 乡村振兴示范点, parent_goal: 乡村振兴示范点, relation: sum}}\n"
)


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


def _sh902(check_text, province, *cities):
    result = check_text(
        PROVINCE.format(value=province) + "".join(CITY.format(name=name, value=value) for name, value in cities)
    )
    assert not result.input_errors, [str(e) for e in result.input_errors]
    found = [f for f in result.findings if f.code == "SH902"]
    agreed = [v for file in result.files for v in file.verified if v.code == "SH902"]
    return found, agreed


def test_fail_a_parent_goal_its_children_do_not_add_up_to_is_an_error_at_the_parent(check_text):
    found, agreed = _sh902(check_text, "26个", ("city", "14个"))
    assert _places(found) == [("province.yaml", 5, 5, [("city.yaml", 9, 7)])]
    (finding,) = found
    assert finding.severity is Severity.ERROR
    province, city = finding.location.path, finding.related[0].path
    assert finding.text() == f"{province} 的 乡村振兴示范点 26个 ≠ 各下级目标之和 {city} 14个 = 14"
    assert finding.text("en") == f"{province}: 乡村振兴示范点 26个 ≠ the sum of its children's goals {city} 14个 = 14"
    assert agreed == []


def test_pass_the_sum_of_the_children_is_confirmed_at_the_parent(check_text):
    found, agreed = _sh902(check_text, "26个", ("city1", "14个"), ("city2", "12个"))
    assert found == []
    assert _places(agreed) == [("province.yaml", 5, 5, [("city1.yaml", 9, 7), ("city2.yaml", 9, 7)])]


def test_fail_two_children_that_fall_short(check_text):
    found, _ = _sh902(check_text, "26个", ("city1", "14个"), ("city2", "10个"))
    assert _places(found) == [("province.yaml", 5, 5, [("city1.yaml", 9, 7), ("city2.yaml", 9, 7)])]
    province, city1, city2 = found[0].location.path, found[0].related[0].path, found[0].related[1].path
    assert found[0].text() == f"{province} 的 乡村振兴示范点 26个 ≠ 各下级目标之和 {city1} 14个 + {city2} 10个 = 24"


@pytest.mark.parametrize(("province", "child"), [("26个以上", "26个"), ("26个", "26个以上"), ("25个以上", "26个")])
def test_pass_yishang_on_either_side_when_the_values_can_meet(check_text, province, child):
    assert _sh902(check_text, province, ("city", child))[0] == []


def test_fail_a_floor_above_the_sum(check_text):
    found, _ = _sh902(check_text, "27个以上", ("city", "26个"))
    assert [place[:3] for place in _places(found)] == [("province.yaml", 5, 5)]
