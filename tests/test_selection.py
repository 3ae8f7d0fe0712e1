"""--select / --ignore / severity overrides: which findings a run reports, and the exit status."""

import pytest

from conftest import (
    BAD_SUM,
    ERROR_WARNING_INFO,
    NINGBO_2020,
    NINGBO_2020_FINDINGS,
    NINGBO_2020_NOTES,
    ROOT,
    UNUSABLE,
    invoke,
    write,
)
from shanhai_check.engine import run
from shanhai_check.findings import Severity
from shanhai_check.selection import Selection, SelectionError, levels, patterns


@pytest.mark.parametrize(
    "select, ignore, reported",
    [
        (("SH",), (), ["SH401", "SH402", "SH403", "SH404", "SH101"]),
        (("SH4",), (), ["SH401", "SH402", "SH403", "SH404"]),
        (("SH4",), ("SH402",), ["SH401", "SH403", "SH404"]),
        (("SH402",), ("SH4",), ["SH402"]),  # the more specific pattern wins
        (("SH4",), ("SH4",), []),  # a tie: ignore wins
        (("SH",), ("SH40",), ["SH101"]),
        (("SH1", "SH40"), ("SH404", "SH10"), ["SH401", "SH402", "SH403"]),
    ],
)
def test_most_specific_pattern_wins(select, ignore, reported):
    selection = Selection(select=select, ignore=ignore)
    candidates = ["SH401", "SH402", "SH403", "SH404", "SH101"]
    assert [c for c in candidates if selection.enabled(c)] == reported


def test_patterns_are_split_and_checked():
    assert patterns(["SH1, SH201", "SH4"]) == ("SH1", "SH201", "SH4")
    assert patterns(["SH"]) == ("SH",)
    assert patterns(["SH9", "SH90"]) == ("SH9", "SH90")  # SH901…: prefixes of rules that exist
    for bad in ("SH0", "SH001", "SH99", "SH199", "sh101", "SH4021", "E501"):
        with pytest.raises(SelectionError) as caught:
            patterns([bad])
        assert f"'{bad}'" in caught.value.message.render("zh")


def test_severity_overrides_take_whole_rule_codes_and_known_levels():
    assert levels({"SH402": "error", "SH101": "info"}) == {"SH402": Severity.ERROR, "SH101": Severity.INFO}
    with pytest.raises(SelectionError, match="SH4"):
        levels({"SH4": "error"})
    with pytest.raises(SelectionError, match="'note'"):
        levels({"SH402": "note"})
    with pytest.raises(SelectionError):
        levels({"SH002": "warning"})  # input errors always stop the file


def test_apply_filters_findings_and_verifications_and_overrides_severity(monkeypatch):
    monkeypatch.chdir(ROOT)
    seed = run([NINGBO_2020])
    assert seed.exit_code == 0 and [(f.code, f.location.line) for f in seed.findings] == NINGBO_2020_FINDINGS
    assert {f.severity for f in seed.findings} == {Severity.WARNING, Severity.INFO}
    raised = Selection(severity={"SH402": Severity.ERROR}).apply(seed)
    assert [(f.code, f.severity) for f in raised.findings] == [
        (code, Severity.ERROR if code == "SH402" else Severity.INFO if code in NINGBO_2020_NOTES else Severity.WARNING)
        for code, _ in NINGBO_2020_FINDINGS
    ]
    assert raised.exit_code == 1 and seed.exit_code == 0  # the original is left alone
    only = Selection(select=("SH2",)).apply(seed)
    assert [(f.code, f.location.line) for f in only.findings] == [("SH201", 61), ("SH205", 65)]
    kept = [v.code for f in only.files for v in f.verified]
    assert kept and all(code.startswith("SH2") for code in kept)
    assert len(kept) < sum(len(f.verified) for f in seed.files)
    assert [f.code for f in Selection(ignore=("SH5", "SH6")).apply(seed).findings] == ["SH201", "SH205", "SH402"]


def test_apply_also_selects_and_overrides_waived_findings(check_text):
    """A waived finding of a code the run leaves out is not reported as waived either."""
    result = check_text(BAD_SUM + "waivers:\n  - {code: SH101, applies_to: 附件1, reason: 原文如此}\n")
    assert result.findings == [] and [f.code for f, _ in result.files[0].waived] == ["SH101"]
    raised = Selection(severity={"SH101": Severity.INFO}).apply(result)
    assert [(f.code, f.severity, w.reason) for f, w in raised.files[0].waived] == [("SH101", Severity.INFO, "原文如此")]
    assert Selection(ignore=("SH1",)).apply(result).files[0].waived == []


def test_input_errors_are_never_filtered(tmp_path):
    write(tmp_path, "bad.yaml", UNUSABLE)
    result = Selection(select=("SH101",)).apply(run([str(tmp_path)]))
    assert [e.code for e in result.input_errors] == ["SH002"] and result.exit_code == 2


def test_cli_select_and_ignore(tmp_path):
    plan = write(tmp_path, "p.yaml", ERROR_WARNING_INFO)
    both = invoke("check", str(plan))
    assert both.exit_code == 1 and "SH101" in both.stdout and "SH103" in both.stdout
    info_only = invoke("check", "--ignore", "SH101", str(plan))
    assert info_only.exit_code == 0 and "SH101" not in info_only.stdout and "11:18  提示  SH103" in info_only.stdout
    repeated = invoke("check", "--select", "SH102", "--select", "SH103,SH2", str(plan))
    assert repeated.exit_code == 0 and "SH103" in repeated.stdout and "SH101" not in repeated.stdout
    assert "检查了 1 个文件: 0 个错误, 0 个警告, 1 个提示" in repeated.stdout


@pytest.mark.parametrize("flag", ["--select", "--ignore"])
def test_cli_rejects_codes_that_name_no_rule(tmp_path, flag):
    plan = write(tmp_path, "p.yaml", ERROR_WARNING_INFO)
    result = invoke("check", flag, "SH1,SH99", str(plan))
    assert result.exit_code == 2 and result.stdout == ""
    assert f"Invalid value for {flag}: 'SH99' 不是规则代码、代码前缀" in result.stderr
    english = invoke("check", "--lang", "en", flag, "SH0", str(plan))
    assert english.exit_code == 2 and "'SH0' is not a rule code, code prefix" in english.stderr


# -- rule groups -----------------------------------------------------------------------------
def test_a_group_stands_for_its_codes_and_a_code_can_still_be_ignored():
    from shanhai_check.rules import ALL_RULES
    from shanhai_check.rules.groups import GROUPS, SUMS, groups_of

    drafts = {r.code for r in ALL_RULES if r.reads_kind("draft")}
    assert set(patterns(["drafts"])) == drafts and "SH811" in drafts
    chosen = Selection(select=patterns(["drafts"]), ignore=patterns(["SH811"]))
    assert set(chosen.codes) == drafts - {"SH811"}
    assert set(SUMS) <= {r.code for r in ALL_RULES}  # every code a group names exists
    assert all(GROUPS.values()) and groups_of("SH101") == ["totals", "plans", "sums"]
    assert Selection(select=patterns(["numbering"])).codes == ("SH601", "SH602", "SH603", "SH611", "SH612", "SH613")


def test_an_unknown_group_is_refused_like_an_unknown_code():
    with pytest.raises(SelectionError):
        patterns(["draft"])  # the group is "drafts"
