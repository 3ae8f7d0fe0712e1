"""Waivers: a known, accepted finding is set aside with its reason; a bad or stale waiver is a finding."""

import json

from test_reports import validate_sarif

from shanhai_check.report.json import render as render_json
from shanhai_check.report.sarif import render as render_sarif
from shanhai_check.report.text import TextReport

PLAN = """
document: {title: 示例}
metrics:
  挂职干部: {unit: 名}
  培训: {unit: 人次}
goals:
  - {metric: 挂职干部, value: 40名}
  - {metric: 培训, value: 2000人次}
waivers:
"""


def test_a_waiver_sets_its_finding_aside_with_the_reason(check_text):
    result = check_text(PLAN + "  - {code: SH205, applies_to: 挂职干部, reason: 名额由组织部门另行分配}\n")
    assert [(f.code, f.location.line) for f in result.findings] == [("SH205", 8)]  # 培训 is not waived
    ((finding, waiver),) = result.files[0].waived
    assert (finding.code, finding.location.line, waiver.reason) == ("SH205", 7, "名额由组织部门另行分配")
    assert "1 项已豁免" in TextReport("zh").render(result)
    assert "名额由组织部门另行分配" in TextReport("zh", verbose=True).render(result)


def test_waived_findings_reach_json_and_sarif_as_suppressed(check_text):
    result = check_text(PLAN + "  - {code: SH205, applies_to: 40名, reason: 另行分配}\n")
    document = json.loads(render_json(result))
    assert [(w["code"], w["line"], w["waiver"]["line"], w["waiver"]["reason"]) for w in document["waived"]] == [
        ("SH205", 7, 10, "另行分配")
    ]
    sarif = json.loads(render_sarif(result))
    validate_sarif(sarif)
    suppressed = [r for r in sarif["runs"][0]["results"] if "suppressions" in r]
    assert [s["suppressions"] for s in suppressed] == [[{"kind": "inSource", "justification": "另行分配"}]]


def test_a_waiver_without_reason_waives_nothing_and_is_an_error(check_text):
    result = check_text(PLAN + "  - {code: SH205, applies_to: 挂职干部}\n")
    assert [(f.code, f.location.line) for f in result.findings] == [("SH205", 7), ("SH205", 8), ("SH951", 10)]
    assert result.exit_code == 1


def test_a_waiver_that_matches_nothing_is_stale(check_text):
    result = check_text(
        PLAN
        + (
            "  - {code: SH205, applies_to: 销售额, reason: 已另行安排}\n"
            "  - {code: SH101, applies_to: 挂职干部, reason: 码不对}\n"
        )
    )
    assert [(f.code, f.location.line) for f in result.findings] == [
        ("SH205", 7),
        ("SH205", 8),
        ("SH952", 10),
        ("SH952", 11),
    ]


def test_a_waiver_in_english_words_matches_the_english_message(check_text):
    result = check_text(
        PLAN + "  - {code: SH205, applies_to: has no breakdown, reason: both goals are allotted elsewhere}\n"
    )
    assert result.findings == [] and len(result.files[0].waived) == 2


def test_a_waiver_code_must_look_like_a_rule_code(check_text):
    result = check_text(PLAN + "  - {code: SH05, applies_to: 挂职干部, reason: x}\n")
    assert [e.code for e in result.input_errors] == ["SH002"]
