"""CI and planner experience: --exit-zero, --statistics, -q."""

import pytest

from conftest import BAD_SUM, ERROR_AND_INFO, ROOT, UNUSABLE, invoke, write


# -- exit status -----------------------------------------------------------------------------
def test_exit_zero_turns_error_findings_into_success(tmp_path):
    plan = write(tmp_path, "p.yaml", BAD_SUM)
    assert invoke("check", str(plan)).exit_code == 1
    result = invoke("check", "--exit-zero", str(plan))
    assert result.exit_code == 0 and "10:13  错误  SH101" in result.stdout


def test_exit_zero_keeps_unusable_input_at_2(tmp_path):
    write(tmp_path, "p.yaml", BAD_SUM)
    write(tmp_path, "bad.yaml", UNUSABLE)
    assert invoke("check", "--exit-zero", str(tmp_path)).exit_code == 2
    assert invoke("check", "--exit-zero", str(tmp_path / "missing.yaml")).exit_code == 2
    assert invoke("check", "--exit-zero", "--format", "nope", str(tmp_path)).exit_code == 2


# -- --statistics and -q ---------------------------------------------------------------------
@pytest.fixture
def several(tmp_path):
    """SH101 three times, SH002 and SH103 once each."""
    write(tmp_path, "a.yaml", BAD_SUM)
    write(tmp_path, "b.yaml", BAD_SUM)
    write(tmp_path, "c.yaml", ERROR_AND_INFO)
    write(tmp_path, "d.yaml", UNUSABLE)
    return tmp_path


def test_statistics_count_per_code_most_frequent_first(several):
    result = invoke("check", "--statistics", str(several))
    assert result.exit_code == 2
    assert result.stdout.splitlines() == [
        "3  SH101  错误  column-total",
        "1  SH002  错误  plan-format",
        "1  SH103  提示  total-not-checkable",
        "",
        "检查了 4 个文件: 3 个错误, 0 个警告, 1 个提示; 0 项核对一致; 1 个文件无法使用",
    ]
    english = invoke("check", "--statistics", "-q", "--lang", "en", "--ignore", "SH103", str(several))
    assert english.stdout.splitlines() == ["3  SH101  error    column-total", "1  SH002  error    plan-format"]


def test_statistics_is_for_the_text_format(several):
    result = invoke("check", "--statistics", "--format", "json", str(several))
    assert result.exit_code == 2 and "--statistics 只用于 text 格式" in result.stderr and result.stdout == ""


def test_quiet_prints_only_the_findings(tmp_path):
    plan = write(tmp_path, "p.yaml", BAD_SUM)
    result = invoke("check", "-q", str(plan))
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == str(plan) and lines[1].startswith("  10:13  错误  SH101") and lines[-1].strip() == "↳ 相关行: 8、9"
    assert "检查了" not in result.stdout
    clean = invoke("check", "--quiet", str(write(tmp_path, "ok.yaml", BAD_SUM.replace("321", "331"))))
    assert clean.exit_code == 0 and clean.stdout == ""


def test_a_roster_alone_is_fine(monkeypatch):
    monkeypatch.chdir(ROOT)
    result = invoke("check", "plans/rosters/ningbo-city.yaml")
    assert result.exit_code == 0
    assert result.stdout.strip() == "检查了 1 个文件: 0 个错误, 0 个警告, 0 个提示; 0 项核对一致"
