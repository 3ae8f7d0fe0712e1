"""--select / --ignore / severity overrides: which findings a run reports, and the exit status."""

import pytest

from conftest import ERROR_AND_INFO, ROOT, UNUSABLE, invoke, write
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
    seed = run(["plans"])
    assert seed.exit_code == 0 and [f.code for f in seed.findings] == ["SH201", "SH402"]
    raised = Selection(severity={"SH402": Severity.ERROR}).apply(seed)
    assert [(f.code, f.severity) for f in raised.findings] == [("SH201", Severity.WARNING), ("SH402", Severity.ERROR)]
    assert raised.exit_code == 1 and seed.exit_code == 0  # the original is left alone
    only = Selection(select=("SH2",)).apply(seed)
    assert [f.code for f in only.findings] == ["SH201"]
    assert {v.code for f in only.files for v in f.verified} <= {"SH201", "SH202", "SH203", "SH204"}
    assert sum(len(f.verified) for f in only.files) < sum(len(f.verified) for f in seed.files)


def test_input_errors_are_never_filtered(tmp_path):
    write(tmp_path, "bad.yaml", UNUSABLE)
    result = Selection(select=("SH101",)).apply(run([str(tmp_path)]))
    assert [e.code for e in result.input_errors] == ["SH002"] and result.exit_code == 2


def test_cli_select_and_ignore(tmp_path):
    plan = write(tmp_path, "p.yaml", ERROR_AND_INFO)
    both = invoke("check", str(plan))
    assert both.exit_code == 1 and "SH101" in both.stdout and "SH103" in both.stdout
    info_only = invoke("check", "--ignore", "SH101", str(plan))
    assert info_only.exit_code == 0 and "SH101" not in info_only.stdout and "11:18  提示  SH103" in info_only.stdout
    repeated = invoke("check", "--select", "SH102", "--select", "SH103,SH2", str(plan))
    assert repeated.exit_code == 0 and "SH103" in repeated.stdout and "SH101" not in repeated.stdout
    assert "检查了 1 个文件: 0 个错误, 0 个警告, 1 个提示" in repeated.stdout


@pytest.mark.parametrize("flag", ["--select", "--ignore"])
def test_cli_rejects_codes_that_name_no_rule(tmp_path, flag):
    plan = write(tmp_path, "p.yaml", ERROR_AND_INFO)
    result = invoke("check", flag, "SH1,SH99", str(plan))
    assert result.exit_code == 2
    assert f"Invalid value for {flag}: 'SH9' 不是规则代码或代码前缀" in result.stderr
    english = invoke("check", "--lang", "en", flag, "SH0", str(plan))
    assert english.exit_code == 2 and "'SH0' is not a rule code or code prefix" in english.stderr
