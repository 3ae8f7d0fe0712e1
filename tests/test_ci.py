"""CI and planner experience: --exit-zero, --statistics, -q, the progress bar, shell
completion and the pre-commit hook definition."""

import io
import json
import os
import pty
import re
import subprocess

import pytest
import yaml

from conftest import BAD_SUM, ERROR_WARNING_INFO, ROOT, UNUSABLE, invoke, script, write
from shanhai_check.progress import HANDFUL, progress


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
    """SH101 three times, SH002, SH103 and SH105 (the blank cell behind the SH103) once each."""
    write(tmp_path, "a.yaml", BAD_SUM)
    write(tmp_path, "b.yaml", BAD_SUM)
    write(tmp_path, "c.yaml", ERROR_WARNING_INFO)
    write(tmp_path, "d.yaml", UNUSABLE)
    return tmp_path


def test_statistics_count_per_code_most_frequent_first(several):
    result = invoke("check", "--statistics", str(several))
    assert result.exit_code == 2
    assert result.stdout.splitlines() == [
        "3  SH101  错误  column-total",
        "1  SH002  错误  plan-format",
        "1  SH103  提示  total-not-checkable",
        "1  SH105  警告  missing-value",
        "",
        "检查了 4 个文件: 4 个错误 (含 1 个输入错误), 1 个警告, 1 个提示; 0 项核对一致; 1 个文件无法使用",
    ]
    english = invoke("check", "--statistics", "-q", "--lang", "en", "--ignore", "SH103,SH105", str(several))
    assert english.stdout.splitlines() == ["3  SH101  error    column-total", "1  SH002  error    plan-format"]
    warnings = invoke("check", "--statistics", "-q", "--lang", "en", "--select", "SH105", str(several))
    assert warnings.stdout.splitlines() == ["1  SH002  error    plan-format", "1  SH105  warning  missing-value"]


def test_statistics_is_for_the_text_format(several):
    result = invoke("check", "--statistics", "--format", "json", str(several))
    assert result.exit_code == 2 and "--statistics 只用于 text 格式" in result.stderr and result.stdout == ""


def test_quiet_prints_only_the_findings(tmp_path):
    plan = write(tmp_path, "p.yaml", BAD_SUM)
    result = invoke("check", "-q", str(plan))
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert (
        lines[0] == str(plan) and lines[1].startswith("  10:13  错误  SH101") and lines[-1].strip() == "↳ 相关行: 8、9"
    )
    assert "检查了" not in result.stdout
    clean = invoke("check", "--quiet", str(write(tmp_path, "ok.yaml", BAD_SUM.replace("321", "331"))))
    assert clean.exit_code == 0 and clean.stdout == ""


def test_a_roster_alone_is_fine(monkeypatch):
    monkeypatch.chdir(ROOT)
    result = invoke("check", "plans/rosters/ningbo-city.yaml")
    assert result.exit_code == 0
    assert result.stdout.strip() == "检查了 1 个文件: 0 个错误, 0 个警告, 0 个提示; 0 项核对一致"


# -- progress bar ------------------------------------------------------------------------------
class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_bar_only_on_a_terminal_and_only_for_more_than_a_handful():
    many = [f"{n}.yaml" for n in range(HANDFUL + 1)]
    shown = Terminal()
    assert list(progress(many, "en", shown)) == many
    assert "checking" in shown.getvalue() and "100%" in shown.getvalue()
    few = Terminal()
    assert list(progress(many[:HANDFUL], "zh", few)) == many[:HANDFUL] and few.getvalue() == ""
    piped = io.StringIO()
    assert list(progress(many, "zh", piped)) == many and piped.getvalue() == ""


def test_progress_bar_goes_to_a_terminal_stderr_never_to_stdout(tmp_path):
    for n in range(HANDFUL + 1):
        write(tmp_path, f"p{n}.yaml", BAD_SUM)
    try:
        master, slave = pty.openpty()
    except OSError:  # a sandbox without pseudo-terminals
        pytest.skip("no pseudo-terminal available")
    try:
        done = subprocess.run(
            [script(), "check", "-q", str(tmp_path)], stdout=subprocess.PIPE, stderr=slave, timeout=120
        )
    finally:
        os.close(slave)
    terminal = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # EIO: the child side is closed
            break
        if not chunk:
            break
        terminal += chunk
    os.close(master)
    stdout = done.stdout.decode("utf-8")
    assert done.returncode == 1
    assert "检查中".encode("utf-8") in terminal and b"100%" in terminal
    assert "检查中" not in stdout and "\r" not in stdout
    assert stdout.count("错误  SH101") == HANDFUL + 1
    piped = invoke("check", "-q", str(tmp_path))  # CliRunner's stderr is not a terminal
    assert piped.stderr == "" and piped.stdout == stdout


# -- shell completion --------------------------------------------------------------------------
def complete(words, cword):
    env = {**os.environ, "_SHANHAI_CHECK_COMPLETE": "bash_complete", "COMP_WORDS": words, "COMP_CWORD": str(cword)}
    done = subprocess.run([script()], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_completion_script_from_the_environment_variable():
    env = {**os.environ, "_SHANHAI_CHECK_COMPLETE": "bash_source"}
    done = subprocess.run([script()], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "Traceback" not in done.stderr
    assert "complete -o nosort -F _shanhai_check_completion shanhai-check" in done.stdout
    assert "_SHANHAI_CHECK_COMPLETE=bash_complete" in done.stdout
    zsh = invoke(env={"_SHANHAI_CHECK_COMPLETE": "zsh_source"}, prog_name="shanhai-check")
    assert zsh.exit_code == 0 and "#compdef shanhai-check" in zsh.stdout


def test_completion_of_commands_formats_and_codes():
    assert {"plain,check", "plain,rules", "plain,schema"} <= set(complete("shanhai-check ", 1))
    assert complete("shanhai-check check --format ", 3) == [
        f"plain,{f}" for f in ("auto", "text", "json", "sarif", "github", "junit", "html")
    ]
    assert complete("shanhai-check check --select SH1,SH40", 3) == [f"plain,SH1,SH40{n}" for n in range(1, 5)]
    assert "plain,--exit-zero" in complete("shanhai-check check --ex", 2)


# -- pre-commit ----------------------------------------------------------------------------
def test_pre_commit_hooks():
    hooks = {h["id"]: h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    assert list(hooks) == ["shanhai-check", "shanhai-check-all"]
    main = hooks["shanhai-check"]
    assert (main["entry"], main["language"], main["files"], main["pass_filenames"]) == (
        "shanhai-check check",
        "python",
        r"\.(ya?ml)$",
        True,
    )
    assert hooks["shanhai-check-all"]["pass_filenames"] is False
    pattern = re.compile(main["files"])
    assert all(pattern.search(p) for p in ("plans/a.yaml", "plans/rosters/r.yml"))
    assert not any(pattern.search(p) for p in ("README.md", "a.yaml.bak", "yaml"))
    entry = (ROOT / "setup.cfg").read_text(encoding="utf-8")
    assert f"{main['entry'].split()[0]} = shanhai_check.cli:main" in entry  # the console script exists
    for hook in hooks.values():
        assert set(hook) <= {
            "id",
            "name",
            "description",
            "entry",
            "language",
            "files",
            "pass_filenames",
            "require_serial",
        }
        assert hook["name"] and hook["description"]


# -- --fail-on ---------------------------------------------------------------------------------
# ERROR_WARNING_INFO with its 合计 right: SH105 (warning) and SH103 (info) remain.
WARNING_INFO = ERROR_WARNING_INFO.replace("total: [321, 2]", "total: [331, 2]")


@pytest.mark.parametrize(
    "text, level, status",
    [
        (WARNING_INFO, None, 0),
        (WARNING_INFO, "error", 0),
        (WARNING_INFO, "warning", 1),
        (WARNING_INFO, "info", 1),
        (WARNING_INFO.replace("乙区: [221, —]", "乙区: [221, 3]").replace("[331, 2]", "[331, 5]"), "info", 0),
        (ERROR_WARNING_INFO, None, 1),
    ],
)
def test_fail_on_sets_the_level_that_exits_1(tmp_path, text, level, status):
    plan = write(tmp_path, "p.yaml", text)
    result = invoke("check", str(plan), *(["--fail-on", level] if level else []))
    assert result.exit_code == status, result.output


def test_fail_on_info_counts_an_info_finding(tmp_path):
    plan = write(tmp_path, "p.yaml", WARNING_INFO)
    result = invoke("check", "--fail-on", "info", "--ignore", "SH105", "-q", str(plan))
    assert result.exit_code == 1 and "SH103" in result.stdout and "SH105" not in result.stdout


def test_fail_on_from_the_configuration_and_exit_zero(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "p.yaml", WARNING_INFO)
    write(tmp_path, "pyproject.toml", '[tool.shanhai_check]\nfail-on = "warning"\n')
    assert invoke("check", "p.yaml").exit_code == 1
    assert invoke("check", "--fail-on", "error", "p.yaml").exit_code == 0  # the flag wins
    assert invoke("check", "--exit-zero", "p.yaml").exit_code == 0
    write(tmp_path, "bad.yaml", UNUSABLE)
    assert invoke("check", "--exit-zero", "--fail-on", "info", ".").exit_code == 2  # never 2 → 0
    json_report = json.loads(invoke("check", "--format", "json", "p.yaml").stdout)
    assert json_report["exit_code"] == 1


def test_fail_on_rejects_other_levels(tmp_path):
    result = invoke("check", "--fail-on", "fatal", str(write(tmp_path, "p.yaml", WARNING_INFO)))
    assert result.exit_code == 2 and "--fail-on" in result.stderr


# -- the summary line ------------------------------------------------------------------------
def test_summary_counts_input_errors_and_english_plurals(tmp_path):
    write(tmp_path, "a.yaml", BAD_SUM)
    write(tmp_path, "bad.yaml", UNUSABLE)
    zh = invoke("check", str(tmp_path)).stdout.splitlines()[-1]
    assert zh.startswith("检查了 2 个文件: 2 个错误 (含 1 个输入错误), 0 个警告, 0 个提示; ") and zh.endswith(
        "; 1 个文件无法使用"
    )
    en = invoke("check", "--lang", "en", str(tmp_path)).stdout.splitlines()[-1]
    assert en.startswith("checked 2 files: 2 errors (1 input error), 0 warnings, 0 notes; ") and en.endswith(
        "; 1 file unusable"
    )
    one = invoke("check", "--lang", "en", str(tmp_path / "a.yaml")).stdout.splitlines()[-1]
    assert one.startswith("checked 1 file: 1 error, 0 warnings, 0 notes; ")
    clean = invoke("check", "--lang", "en", str(write(tmp_path, "ok.yaml", BAD_SUM.replace("321", "331"))))
    assert clean.stdout.splitlines()[-1] == "checked 1 file: 0 errors, 0 warnings, 0 notes; 1 check agrees"
