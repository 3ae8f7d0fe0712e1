"""SH952 waiver-unused: PASS and FAIL cases at exact places."""

from __future__ import annotations

import pytest

from shanhai_check.findings import Severity

# The goal at line 5 has no breakdown (SH205, a note); the waivers from line 7.
PLAN = """\
document: {{title: 示例}}
metrics:
  挂职干部: {{unit: 名}}
goals:
  - {{metric: 挂职干部, value: 40名}}
waivers:
{waivers}"""


def _check(check_text, *waivers):
    (file,) = check_text(PLAN.format(waivers="".join(f"  - {{{w}}}\n" for w in waivers))).files
    assert not file.errors, file.errors
    return [f for f in file.findings if f.code == "SH952"], file


def test_fail_a_waiver_that_matches_no_finding_is_a_warning_at_the_waiver(check_text):
    (finding,), file = _check(check_text, "code: SH205, applies_to: 销售额, reason: 已另行安排")
    assert (finding.location.line, finding.location.column, finding.related) == (7, 5, ())
    assert finding.severity is Severity.WARNING
    assert finding.text() == "豁免 SH205 ('销售额') 没有对应任何检查结果,已失效,请删除"
    assert finding.text("en") == "waiver of SH205 ('销售额') matches no finding; it is stale, remove it"
    assert [f.code for f in file.findings] == ["SH205", "SH952"]  # the real finding stays


@pytest.mark.parametrize(
    "applies_to", ["挂职干部", "40名", "has no breakdown"]
)  # words of the Chinese or English message
def test_pass_a_waiver_that_matches_its_finding_is_used(check_text, applies_to):
    found, file = _check(check_text, f"code: SH205, applies_to: {applies_to}, reason: 名额由组织部门另行分配")
    assert found == [] and file.findings == []
    assert [(f.code, f.location.line) for f, _ in file.waived] == [("SH205", 5)]


def test_fail_the_right_words_under_another_code(check_text):
    found, _ = _check(check_text, "code: SH101, applies_to: 挂职干部, reason: 码不对")
    assert [(f.location.line, f.location.column) for f in found] == [(7, 5)]


def test_fail_each_stale_waiver_at_its_own_line(check_text):
    found, file = _check(
        check_text,
        "code: SH205, applies_to: 挂职干部, reason: 名额由组织部门另行分配",
        "code: SH205, applies_to: 培训, reason: 已另行安排",
        "code: SH202, applies_to: 挂职干部, reason: 已另行安排",
    )
    assert [(f.location.line, f.location.column) for f in found] == [(8, 5), (9, 5)]
    assert len(file.waived) == 1


def test_fail_a_waiver_never_applies_to_the_waiver_rules_themselves(check_text):
    _, file = _check(
        check_text, "code: SH205, applies_to: 挂职干部", "code: SH951, applies_to: 挂职干部, reason: 不必写理由"
    )
    assert [(f.code, f.location.line) for f in file.findings] == [("SH205", 5), ("SH951", 7), ("SH952", 8)]
