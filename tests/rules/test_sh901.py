"""SH901 child-exceeds-parent: PASS and FAIL cases at exact places."""

from __future__ import annotations

import os

from shanhai_check.findings import Severity

# The province's goal at line 5; each city's goal at line 5 and its link at line 9, column 7.
PROVINCE = (
    "# file: province.yaml\ndocument: {{title: 省}}\nmetrics:\n  {metric}: {{unit: {unit}}}\ngoals:\n"
    "  - {{metric: {metric}, value: {value}}}\n"
)
CITY = (
    "# file: {name}.yaml\ndocument: {{title: 市}}\nmetrics:\n  {metric}: {{unit: {unit}}}\ngoals:\n"
    "  - {{metric: {metric}, value: {value}}}\n"
    "parent:\n  plan: province.yaml\n  links:\n    - {{goal: {metric}, parent_goal: {metric}, relation: share}}\n"
)


def _plans(check_text, province, *cities, metric="消薄飞地", unit="个", city_unit=None):
    text = PROVINCE.format(metric=metric, unit=unit, value=province)
    text += "".join(
        CITY.format(name=name, metric=metric, unit=city_unit or unit, value=value) for name, value in cities
    )
    result = check_text(text)
    assert not result.input_errors, [str(e) for e in result.input_errors]
    return result


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


def _sh901(result):
    found = [f for f in result.findings if f.code == "SH901"]
    agreed = [v for file in result.files for v in file.verified if v.code == "SH901"]
    return found, agreed


def test_fail_a_child_goal_larger_than_its_parents_is_an_error_at_the_child_with_link_and_parent_related(check_text):
    found, agreed = _sh901(_plans(check_text, "6个", ("city", "8个")))
    assert _places(found) == [("city.yaml", 5, 5, [("city.yaml", 9, 7), ("province.yaml", 5, 5)])]
    (finding,) = found
    assert finding.severity is Severity.ERROR
    city, province = finding.location.path, finding.related[1].path
    assert finding.text() == f"{city} 的 消薄飞地 8个 计入上级 {province} 的 消薄飞地 6个,却可能超过它"
    assert finding.text("en") == f"{city}: 消薄飞地 8个 counts toward {province}'s 消薄飞地 6个 but can exceed it"
    assert agreed == []


def test_pass_a_child_goal_that_fits_is_confirmed_at_the_parent_with_the_link_related(check_text):
    found, agreed = _sh901(_plans(check_text, "6个", ("city", "6个")))
    assert found == []
    assert _places(agreed) == [("province.yaml", 5, 5, [("city.yaml", 9, 7)])]
    province, city = agreed[0].location.path, agreed[0].related[0].path
    assert agreed[0].text() == f"{province} 的 消薄飞地 6个 与下级目标 {city} 6个 相容"


def test_fail_shares_that_fit_one_by_one_but_not_together_are_reported_at_the_parent(check_text):
    found, _ = _sh901(_plans(check_text, "6个", ("city1", "4个"), ("city2", "4个")))
    assert _places(found) == [("province.yaml", 5, 5, [("city1.yaml", 9, 7), ("city2.yaml", 9, 7)])]
    province, city1, city2 = found[0].location.path, found[0].related[0].path, found[0].related[1].path
    assert found[0].text() == f"计入 {province} 消薄飞地 6个 的各下级目标之和 {city1} 4个 + {city2} 4个 = 8 超过了它"


def test_pass_shares_that_fit_together(check_text):
    assert _sh901(_plans(check_text, "8个", ("city1", "4个"), ("city2", "4个")))[0] == []


def test_units_convert_and_a_parent_written_with_yishang_is_open_above(check_text):
    found, _ = _sh901(
        _plans(check_text, "1.2亿元", ("city", "15000万元"), metric="资金", unit="亿元", city_unit="万元")
    )
    assert _places(found) == [("city.yaml", 5, 5, [("city.yaml", 9, 7), ("province.yaml", 5, 5)])]
    found, agreed = _sh901(
        _plans(check_text, "1.2亿元以上", ("city", "15000万元"), metric="资金", unit="亿元", city_unit="万元")
    )
    assert found == [] and _places(agreed) == [("province.yaml", 5, 5, [("city.yaml", 9, 7)])]
