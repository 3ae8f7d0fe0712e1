"""SH951 waiver-without-reason: PASS and FAIL cases at exact places."""

from __future__ import annotations

import pytest

from shanhai_check.findings import Severity

# The goal at line 5 has no breakdown (SH205, a note); the waiver for it at line 7.
PLAN = """\
document: {{title: 示例}}
metrics:
  挂职干部: {{unit: 名}}
goals:
  - {{metric: 挂职干部, value: 40名}}
waivers:
  - {{code: SH205, applies_to: 挂职干部{reason}}}
"""


def _check(check_text, reason):
    (file,) = check_text(PLAN.format(reason=reason)).files
    assert not file.errors, file.errors
    return [(f.code, f.location.line, f.location.column) for f in file.findings], file


@pytest.mark.parametrize("reason", ["", ", reason: ''", ', reason: "  "'])  # missing, empty, blank
def test_fail_a_waiver_without_a_reason_is_an_error_at_the_waiver_and_waives_nothing(check_text, reason):
    found, file = _check(check_text, reason)
    assert found == [("SH205", 5, 5), ("SH951", 7, 5)]  # SH205 is still reported
    assert file.waived == []
    (finding,) = [f for f in file.findings if f.code == "SH951"]
    assert finding.severity is Severity.ERROR and finding.related == ()
    assert finding.text() == "豁免 SH205 ('挂职干部') 没有写明理由 (reason),不予豁免"
    assert finding.text("en") == "waiver of SH205 ('挂职干部') gives no reason; it waives nothing"


def test_pass_a_waiver_with_its_reason_sets_the_finding_aside(check_text):
    found, file = _check(check_text, ", reason: 名额由组织部门另行分配")
    assert found == []
    ((finding, waiver),) = file.waived
    assert (finding.code, finding.location.line, finding.location.column) == ("SH205", 5, 5)
    assert waiver.reason == "名额由组织部门另行分配"
