"""SH303 group-not-checkable: PASS and FAIL cases at exact places."""

from __future__ import annotations

import pytest

from shanhai_check.findings import Severity

# The rule at line 11.
PLAN = """\
document: {{title: 示例}}
roster:
  units:
    - {{name: 甲区, groups: [省定结对]}}
  groups:
    - {{name: 省定结对, aliases: [省级结对]}}
    - {{name: 市级有关单位, open: true}}
metrics:
  援建资金: {{unit: 万元}}
rules:
  - {{group: {group}, metric: 援建资金, each: 221万元}}
"""


def _sh303(check_text, group):
    (file,) = check_text(PLAN.format(group=group)).files
    assert not file.errors, file.errors
    return [f for f in file.findings if f.code == "SH303"], file


def test_fail_a_group_the_roster_does_not_have_is_a_note_at_the_rule_with_the_nearest_groups(check_text):
    (finding,), _ = _sh303(check_text, "省定结队")
    assert (finding.location.line, finding.location.column, finding.related) == (11, 5, ())
    assert finding.severity is Severity.INFO
    assert finding.text() == "规则所说的 '省定结队' 不在名册中,无法核对 (名册中相近的组: 省定结对、省级结对)"
    assert finding.text("en") == (
        "the rule's group '省定结队' is not in the roster; "
        "it cannot be checked (similar roster groups: 省定结对, 省级结对)"
    )


def test_fail_an_open_group_cannot_be_checked(check_text):
    (finding,), _ = _sh303(check_text, "市级有关单位")
    assert (finding.location.line, finding.location.column) == (11, 5)
    assert finding.text() == "规则所说的 '市级有关单位' 在名册中未列明成员 (open),无法核对"


@pytest.mark.parametrize("group", ["省定结对", "省级结对"])  # the name, or its alias
def test_pass_a_group_the_roster_knows(check_text, group):
    found, file = _sh303(check_text, group)
    assert found == [] and file.findings == []


def test_fail_without_a_roster_no_group_is_known(check_text):
    (file,) = check_text(
        "document: {title: 示例}\nmetrics:\n  援建资金: {unit: 万元}\nrules:\n"
        "  - {group: 省定结对, metric: 援建资金, each: 221万元}\n"
    ).files
    assert [(f.code, f.location.line, f.location.column, f.text()) for f in file.findings] == [
        ("SH303", 5, 5, "规则所说的 '省定结对' 不在名册中,无法核对")
    ]
