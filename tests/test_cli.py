"""The command line, through click's CliRunner and through the installed script."""

import json
import subprocess
import sys

import pytest

from conftest import BAD_SUM, ROOT, imported_by, invoke, script, write
from shanhai_check import __version__


def test_version():
    result = invoke("--version")
    assert result.exit_code == 0 and __version__ in result.output


def test_findings_at_error_level_exit_1_with_file_line_and_code(tmp_path):
    plan = tmp_path / "p.yaml"
    plan.write_text(BAD_SUM, encoding="utf-8")
    result = invoke("check", str(plan))
    assert result.exit_code == 1
    assert str(plan) in result.output
    assert (
        "10:13  错误  SH101  附件1 援建资金 合计 321万元 ≠ 各行之和 331万元: 甲区 110 + 乙区 221 (万元)"
        in result.output
    )
    assert "↳ 相关行: 8、9" in result.output
    assert result.output.strip().splitlines()[-1].startswith("检查了 1 个文件: 1 个错误")


def test_english_messages(tmp_path):
    plan = tmp_path / "p.yaml"
    plan.write_text(BAD_SUM, encoding="utf-8")
    result = invoke("check", "--lang", "en", str(plan))
    assert "stated total 321万元 ≠ sum of rows 331万元" in result.output


def test_json_report(tmp_path):
    plan = tmp_path / "p.yaml"
    plan.write_text(BAD_SUM, encoding="utf-8")
    result = invoke("check", "--format", "json", str(plan))
    report = json.loads(result.output)
    assert report["version"] == 2 and report["exit_code"] == 1
    (finding,) = report["findings"]
    assert (finding["code"], finding["line"], finding["severity"]) == ("SH101", 10, "error")
    assert [r["line"] for r in finding["related"]] == [8, 9]
    assert finding["numbers"] == {
        "stated": {"value": "321", "unit": "万元"},
        "computed": {"value": "331", "unit": "万元"},
        "gap": {"value": "-10", "unit": "万元"},
    }


def test_clean_plan_exits_0_and_verbose_shows_the_arithmetic(tmp_path):
    plan = tmp_path / "p.yaml"
    plan.write_text(BAD_SUM.replace("321", "331"), encoding="utf-8")
    quiet = invoke("check", str(plan))
    assert quiet.exit_code == 0 and "SH101" not in quiet.output
    verbose = invoke("check", "-v", str(plan))
    assert "一致  SH101  附件1 援建资金 合计 331万元 = 甲区 110 + 乙区 221 (万元)" in verbose.output


def test_unusable_input_exits_2_but_other_files_are_checked(tmp_path):
    (tmp_path / "a.yaml").write_text("document: {title: x}\ngaols: []\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text(BAD_SUM, encoding="utf-8")
    result = invoke("check", str(tmp_path))
    assert result.exit_code == 2
    assert "a.yaml" in result.output and "2:1  错误  SH002  未知的键 'gaols',是否应为 'goals'?" in result.output
    assert "SH101" in result.output


def test_usage_error_exits_2():
    assert invoke("check", "--format", "nope").exit_code == 2


def test_schema_is_json_schema():
    import jsonschema

    schema = json.loads(invoke("schema").output)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert "goals" in schema["properties"]


def test_installed_script_runs_on_the_shipped_plans():
    done = subprocess.run([script(), "check", "plans"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode in (0, 1), done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    assert "检查了" in done.stdout
    module = subprocess.run(
        [sys.executable, "-m", "shanhai_check", "--version"], capture_output=True, text=True, timeout=60
    )
    assert module.returncode == 0 and __version__ in module.stdout


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github", "junit"])
def test_check_does_not_import_heavy_modules(fmt):
    assert imported_by(["check", "--format", fmt, "plans"], ("pandas", "tabulate", "numpy", "multiprocessing")) == []


def test_check_with_jobs_starts_no_pool_for_a_few_files():
    """-j 2 on the seed plans: too few files to be worth worker processes (see workers.py)."""
    assert imported_by(["check", "-j", "2", "plans"], ("multiprocessing",)) == []


# -- standard input ---------------------------------------------------------------------------
def test_check_reads_standard_input(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = invoke("check", "-q", "-", input=BAD_SUM)
    assert result.exit_code == 1
    assert result.stdout.splitlines()[:2] == [
        "-",
        "  10:13  错误  SH101  附件1 援建资金 合计 321万元 ≠ 各行之和 331万元: 甲区 110 + 乙区 221 (万元)",
    ]


def test_stdin_filename_names_the_report_and_finds_the_roster(monkeypatch):
    """An editor or pre-commit hook pipes the buffer in under its file's name: rosters named
    relative to the plan resolve as for the file itself, and the report names the file."""
    monkeypatch.chdir(ROOT)
    name = "plans/2020-ningbo-shanhai.yaml"
    text = (ROOT / name).read_text(encoding="utf-8")
    piped = invoke("check", "--format", "json", "--stdin-filename", name, "-", input=text)
    on_disk = invoke("check", "--format", "json", name)
    assert piped.exit_code == on_disk.exit_code == 0
    assert json.loads(piped.stdout)["findings"] == json.loads(on_disk.stdout)["findings"]
    edited = invoke(
        "check", "--format", "json", "--stdin-filename", name, "-", input=text.replace("2757万元", "2758万元", 1)
    )
    assert [f["file"] for f in json.loads(edited.stdout)["findings"]][0] == name
    assert json.loads(edited.stdout)["findings"] != json.loads(on_disk.stdout)["findings"]
    assert invoke("check", "--format", "json", name).stdout == on_disk.stdout  # the next run reads the disk


def test_stdin_filename_suffix_chooses_a_draft(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    draft = (
        "将本批追加的4000万元资金全部分配给6县区,其中:"
        "乐都区819万元,民和县1226万元,互助县600万元,化隆县1155万元;另安排平安区、循化县各150万元。\n"
    )
    result = invoke("check", "--format", "json", "--stdin-filename", "通知.txt", "-", input=draft.encode("gb18030"))
    report = json.loads(result.stdout)
    assert result.exit_code == 1 and report["files"] == [{"file": "通知.txt", "kind": "draft", "usable": True}]
    assert [(f["code"], f["line"]) for f in report["findings"]] == [("SH111", 1)]


def test_stdin_filename_needs_standard_input(tmp_path):
    result = invoke("check", "--stdin-filename", "x.yaml", str(tmp_path))
    assert result.exit_code == 2 and "--stdin-filename 需要路径 -" in result.stderr
    twice = invoke("check", "-", "-", input="")
    assert twice.exit_code == 2


# -- the JSON report's schema -------------------------------------------------------------------
def test_schema_report_prints_the_json_reports_schema_and_plain_schema_the_plans():
    from jsonschema import Draft202012Validator

    report = json.loads(invoke("schema", "--report").stdout)
    Draft202012Validator.check_schema(report)
    assert report["properties"]["version"] == {"const": 2}
    assert "document" in json.loads(invoke("schema").stdout)["properties"]  # the plan format, as before


def test_every_json_report_of_the_suite_is_validated(tmp_path):
    """conftest's invoke validates each JSON report; a report that breaks the schema fails."""
    from conftest import REPORTS_VALIDATED, validate_report

    before = len(REPORTS_VALIDATED)
    report = json.loads(invoke("check", "--format", "json", str(write(tmp_path, "p.yaml", BAD_SUM))).stdout)
    assert len(REPORTS_VALIDATED) == before + 1
    broken = dict(report, findings=[dict(report["findings"][0], numbers={"stated": "321"})])  # version 1's bare numbers
    with pytest.raises(AssertionError):
        validate_report(broken)


def test_json_numbers_carry_units_and_paths_are_normalised(monkeypatch):
    monkeypatch.chdir(ROOT)
    report = json.loads(invoke("check", "--format", "json", "./plans/../plans/2020-ningbo-shanhai.yaml").stdout)
    assert {f["file"] for f in report["files"]} == {"plans/2020-ningbo-shanhai.yaml"}
    sh201 = next(f for f in report["findings"] if f["code"] == "SH201")
    assert (sh201["file"], sh201["line"]) == ("plans/2020-ningbo-shanhai.yaml", 61)
    assert sh201["numbers"] == {
        "goal": {"value": "2757", "unit": "万元"},
        "total": {"value": "1985", "unit": "万元"},
        "allocated": [{"value": "772", "unit": "万元", "label": "市本级"}],
    }
    sh205 = next(f for f in report["findings"] if f["code"] == "SH205")
    assert sh205["numbers"] == {"goal": {"value": "40", "unit": "名"}}
