"""Configuration files: discovery, keys, errors, and precedence (flags > file > defaults)."""

import json
import re
import shutil
import subprocess
import sys
import textwrap

import pytest

from conftest import BAD_SUM, ERROR_WARNING_INFO, NINGBO_2020, NINGBO_2020_FINDINGS, ROOT, invoke, script, write
from shanhai_check.config import Config, ConfigError, discover
from shanhai_check.findings import Severity


@pytest.fixture
def seed(tmp_path, monkeypatch):
    """A copy of the shipped plans in an empty project folder, which is the working directory
    (the whole folder: NINGBO_2020 refers to a roster and to its parent plan)."""
    shutil.copytree(ROOT / "plans", tmp_path / "plans")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def pyproject(folder, body):
    return write(folder, "pyproject.toml", "[project]\nname = 'x'\n\n[tool.shanhai_check]\n" + textwrap.dedent(body))


def setup_cfg(folder, body):
    return write(folder, "setup.cfg", "[metadata]\nname = x\n\n[shanhai_check]\n" + textwrap.dedent(body))


# -- discovery -----------------------------------------------------------------------------
def test_no_configuration_file(tmp_path):
    assert discover(str(tmp_path)) == Config()


def test_walks_up_from_the_first_path_to_the_nearest_file(tmp_path):
    pyproject(tmp_path, 'lang = "en"\n')
    setup_cfg(tmp_path / "a", "lang = zh\n")
    (tmp_path / "a" / "b").mkdir()
    plan = write(tmp_path / "a" / "b", "p.yaml", ERROR_WARNING_INFO)
    assert discover(str(plan)).path == str(tmp_path / "a" / "setup.cfg")
    assert discover(str(tmp_path / "a" / "b")).lang == "zh"
    assert discover(str(tmp_path)).lang == "en"


def test_pyproject_wins_over_setup_cfg_in_the_same_folder(tmp_path):
    pyproject(tmp_path, 'lang = "en"\n')
    setup_cfg(tmp_path, "lang = zh\n")
    assert discover(str(tmp_path)).path == str(tmp_path / "pyproject.toml")


def test_files_without_the_section_are_passed_over(tmp_path):
    write(tmp_path, "pyproject.toml", "[tool.black]\nline-length = 100\n")
    setup_cfg(tmp_path, "lang = en\n")
    write(tmp_path / "sub", "pyproject.toml", "[project]\nname = 'y'\n")
    write(tmp_path / "sub", "setup.cfg", "[flake8]\nmax-line-length = 100\n")
    found = discover(str(tmp_path / "sub"))
    assert (found.path, found.lang) == (str(tmp_path / "setup.cfg"), "en")


# -- keys ----------------------------------------------------------------------------------
def test_pyproject_keys(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    pyproject(
        tmp_path,
        """\
        select = ["SH1", "SH4"]
        ignore = "SH103, SH404"
        severity = {SH402 = "error", SH201 = "info"}
        lang = "en"
        paths = ["plans", "more/x.yaml"]
        format = "sarif"
    """,
    )
    config = discover(str(tmp_path))
    assert config.select == ("SH1", "SH4") and config.ignore == ("SH103", "SH404")
    assert config.severity == {"SH402": Severity.ERROR, "SH201": Severity.INFO}
    assert (config.lang, config.format, config.paths) == ("en", "sarif", ("plans", "more/x.yaml"))


def test_setup_cfg_keys_and_paths_relative_to_the_file(tmp_path, monkeypatch):
    setup_cfg(
        tmp_path / "project",
        """\
        select = SH1, SH4
        ignore = SH404
        severity = SH402:error, SH201: info
        lang = en
        paths =
            plans
            extra
        format = junit
    """,
    )
    monkeypatch.chdir(tmp_path)
    config = discover("project")
    assert config.select == ("SH1", "SH4") and config.ignore == ("SH404",)
    assert config.severity == {"SH402": Severity.ERROR, "SH201": Severity.INFO}
    assert config.paths == ("project/plans", "project/extra") and config.format == "junit"


@pytest.mark.parametrize(
    "body, line, zh, en",
    [
        ('selct = ["SH1"]\n', 5, "未知的键 'selct'", "unknown key 'selct'"),
        (
            'severity = {SH402 = "eror"}\n',
            5,
            "SH402 的级别 'eror' 无效",
            "level 'eror' for SH402 is not error, warning or info",
        ),
        ('severity = {SH4 = "error"}\n', 5, "severity 只接受完整的规则代码", "severity takes whole rule codes"),
        ('lang = "en"\nignore = ["SH1", "SH999"]\n', 6, "'SH999' 不是规则代码、代码前缀", "'SH999' is not a rule code"),
        ('lang = "fr"\n', 5, "'lang' 的值应为: zh 或 en", "'lang' should be zh or en"),
        (
            'format = "html"\n',
            5,
            "'format' 的值应为: auto、text、json、sarif、github、junit",
            "'format' should be one of auto, text, json",
        ),
        ("select = 4\n", 5, "'select' 的值应为: 规则代码或前缀的列表", "'select' should be a list of rule codes"),
        ('severity = "SH402:error"\n', 5, "'severity' 的值应为", "'severity' should be a table"),
        ('select = ["SH1",,]\nlang = "en"\n', 5, "无法解析", "cannot be parsed"),
    ],
)
def test_pyproject_mistakes_name_file_and_line(tmp_path, body, line, zh, en):
    path = pyproject(tmp_path, body)
    with pytest.raises(ConfigError) as caught:
        discover(str(tmp_path))
    assert caught.value.render("zh").startswith(f"{path}:{line}: ")
    assert zh in caught.value.render("zh") and en in caught.value.render("en")


@pytest.mark.parametrize(
    "body, line, zh",
    [
        ("lang = en\nformats = json\n", 6, "未知的键 'formats'"),
        ("severity = SH402=error\n", 5, "'severity' 的值应为"),
        ("severity = SH402:fatal\n", 5, "SH402 的级别 'fatal' 无效"),
        ("select = SH1\nselect = SH2\n", 6, "无法解析"),
    ],
)
def test_setup_cfg_mistakes_name_file_and_line(tmp_path, body, line, zh):
    path = setup_cfg(tmp_path, body)
    with pytest.raises(ConfigError) as caught:
        discover(str(tmp_path))
    assert caught.value.render("zh").startswith(f"{path}:{line}: ") and zh in caught.value.render("zh")


def test_a_bad_configuration_is_one_line_and_exit_2(seed):
    pyproject(seed, 'severity = {SH402 = "eror"}\n')
    result = invoke("check")
    assert result.exit_code == 2 and result.stdout == ""
    assert (
        result.stderr
        == f"shanhai-check: {seed / 'pyproject.toml'}:5: SH402 的级别 'eror' 无效,应为 error、warning 或 info\n"
    )
    done = subprocess.run([script(), "check", "--lang", "en"], cwd=seed, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert (
        done.stderr.strip()
        == f"shanhai-check: {seed / 'pyproject.toml'}:5: level 'eror' for SH402 is not error, warning or info"
    )


# -- precedence ----------------------------------------------------------------------------
# These run on the copy of plans/2020-ningbo-shanhai.yaml (NINGBO_2020), named explicitly or as
# the configuration's paths, so that what the other seed plans find does not matter here. On
# its own it has eight warnings and a note (conftest.NINGBO_2020_FINDINGS) and exits 0.
def test_severity_override_in_the_file_sets_the_exit_status(seed):
    assert invoke("check", NINGBO_2020).exit_code == 0
    pyproject(seed, 'severity = {SH402 = "error"}\n')
    result = invoke("check", NINGBO_2020)
    assert result.exit_code == 1
    assert "154:17  错误  SH402" in result.stdout and "61:5    警告  SH201" in result.stdout
    assert result.stdout.splitlines()[-1].startswith(
        f"检查了 1 个文件: 1 个错误, {len(NINGBO_2020_FINDINGS) - 2} 个警告, 1 个提示; "
    )
    (seed / "pyproject.toml").unlink()
    setup_cfg(seed, "severity = SH402:error\n")
    assert invoke("check", "-q", NINGBO_2020).exit_code == 1


def test_the_file_sets_paths_lang_and_format(seed):
    shutil.move(seed / "plans", seed / "elsewhere")
    moved = NINGBO_2020.replace("plans/", "elsewhere/")
    pyproject(seed, f'paths = ["{moved}"]\nlang = "en"\nformat = "json"\n')
    result = invoke("check")
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert report["files"] == [{"file": moved, "kind": "plan", "usable": True}]  # the parent is only read
    assert [(f["code"], f["line"]) for f in report["findings"]] == NINGBO_2020_FINDINGS
    assert report["findings"][0]["message"].startswith("援建资金: goal 2757万元")


def test_flags_override_the_file(seed):
    pyproject(seed, 'select = ["SH2"]\nlang = "en"\nformat = "json"\n')
    result = invoke("check", "--select", "SH4", "--lang", "zh", "--format", "text", NINGBO_2020)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == NINGBO_2020 and lines[1].startswith("  154:17  警告  SH402  对接投资洽谈会: 13次以上")
    assert lines[2].lstrip().startswith("↳ 相关行: ") and lines[3] == "" and len(lines) == 5
    assert lines[4].startswith("检查了 1 个文件: 0 个错误, 1 个警告, 0 个提示; ")
    by_file = invoke("check", "--format", "text", NINGBO_2020)
    listed = [line.split()[:3] for line in by_file.stdout.splitlines() if re.match(r"  \d", line)]
    assert listed == [["61:5", "warning", "SH201"], ["65:5", "info", "SH205"]]
    assert "SH402" not in by_file.stdout and by_file.stdout.splitlines()[-1].startswith(
        "checked 1 file: 0 errors, 1 warning, 1 note; "
    )


def test_ignore_flag_replaces_the_files_ignore(seed):
    pyproject(seed, 'ignore = ["SH201"]\n')
    assert "SH201" not in invoke("check", NINGBO_2020).stdout
    flagged = invoke("check", "--ignore", "SH402", NINGBO_2020).stdout
    assert "SH201" in flagged and "SH402" not in flagged


def test_configuration_is_found_from_the_first_path_not_the_working_directory(seed, tmp_path_factory):
    pyproject(seed, 'lang = "en"\n')
    elsewhere = tmp_path_factory.mktemp("cwd")
    result = subprocess.run(
        [sys.executable, "-m", "shanhai_check", "check", str(seed / NINGBO_2020)],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0 and result.stderr == ""
    assert result.stdout.splitlines()[-1].startswith(
        f"checked 1 file: 0 errors, {len(NINGBO_2020_FINDINGS) - 1} warnings, 1 note; "
    )


HIDE_TOMLLIB = """
import sys
class _NoTomllib:  # Python 3.10 has no tomllib: make this interpreter one of those
    def find_spec(self, name, path=None, target=None):
        if name == "tomllib":
            raise ModuleNotFoundError("No module named 'tomllib'", name=name)
        return None
sys.meta_path.insert(0, _NoTomllib())
sys.modules.pop("tomllib", None)
sys.argv = ["shanhai-check"] + sys.argv[1:]
from shanhai_check.cli import main
main()
"""


def test_configuration_is_read_where_tomllib_is_missing(tmp_path):
    """On Python 3.10 the configuration is read with tomli (issue 16): same outcome as tomllib."""
    pytest.importorskip("tomli")
    pyproject(tmp_path, 'select = ["SH101"]\nformat = "json"\n')
    (tmp_path / "plan.yaml").write_text(ERROR_WARNING_INFO, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", HIDE_TOMLLIB, "check", "plan.yaml"], cwd=tmp_path, capture_output=True, text=True
    )
    assert "tomllib" not in done.stderr and done.returncode == 1, done.stderr
    assert [f["code"] for f in json.loads(done.stdout)["findings"]] == ["SH101"]


# -- spellings of the section, --config --------------------------------------------------------
@pytest.mark.parametrize("name, header", [("pyproject.toml", "[tool.shanhai-check]"), ("setup.cfg", "[shanhai-check]")])
def test_the_hyphenated_section_is_read_too(tmp_path, name, header):
    value = '"en"' if name.endswith("toml") else "en"
    write(tmp_path, name, f"{header}\nlang = {value}\n")
    assert discover(str(tmp_path)).lang == "en"


@pytest.mark.parametrize(
    "name, text, line",
    [
        ("pyproject.toml", '[tool.shanhai_check]\nlang = "en"\n\n[tool.shanhai-check]\nlang = "zh"\n', 4),
        ("setup.cfg", "[shanhai_check]\nlang = en\n[shanhai-check]\nlang = zh\n", 3),
    ],
)
def test_both_spellings_in_one_file_is_an_error(tmp_path, name, text, line):
    path = write(tmp_path, name, text)
    with pytest.raises(ConfigError) as caught:
        discover(str(tmp_path))
    assert caught.value.render("en") == (
        f"{path}:{line}: both [{'tool.' if name.endswith('toml') else ''}shanhai_check] "
        f"and [{'tool.' if name.endswith('toml') else ''}shanhai-check] are in this file: "
        "keep one section (either spelling works)"
    )


def test_config_flag_names_the_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "p.yaml", ERROR_WARNING_INFO)
    pyproject(tmp_path, 'select = ["SH105"]\n')  # found by walking up, but --config wins
    write(tmp_path / "ci", "strict.toml", '[tool.shanhai-check]\nselect = ["SH101"]\nformat = "json"\n')
    write(tmp_path / "ci", "other.cfg", "[shanhai_check]\nselect = SH103\nformat = json\n")
    codes = lambda *args: [f["code"] for f in json.loads(invoke("check", *args, "p.yaml").stdout)["findings"]]
    assert codes("--config", "ci/strict.toml") == ["SH101"]
    assert codes("--config", "ci/other.cfg") == ["SH103"]
    missing = invoke("check", "--config", "ci/none.toml", "p.yaml")
    assert missing.exit_code == 2 and missing.stderr.startswith("shanhai-check: ci/none.toml: 无法解析")
    write(tmp_path / "ci", "empty.toml", "[tool.black]\n")
    empty = invoke("check", "--config", "ci/empty.toml", "--lang", "en", "p.yaml")
    assert empty.exit_code == 2 and "the file has no [tool.shanhai_check] section" in empty.stderr


# -- exclude, extend-exclude, extend-select -------------------------------------------------------
@pytest.fixture
def tree(tmp_path, monkeypatch):
    """plans/a.yaml, plans/old/b.yaml, plans/c.bak.yaml: each with SH101 at line 10."""
    for name in ("plans/a.yaml", "plans/old/b.yaml", "plans/c.bak.yaml"):
        write(tmp_path, name, BAD_SUM)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def checked_files(*args):
    result = invoke("check", "--format", "json", *args)
    return sorted(f["file"] for f in json.loads(result.stdout)["files"])


def test_exclude_patterns_from_flags(tree):
    assert checked_files("plans") == ["plans/a.yaml", "plans/c.bak.yaml", "plans/old/b.yaml"]
    assert checked_files("--exclude", "*.bak.yaml", "plans") == ["plans/a.yaml", "plans/old/b.yaml"]
    assert checked_files("--exclude", "old", "plans") == ["plans/a.yaml", "plans/c.bak.yaml"]
    assert checked_files("--exclude", "plans/old,*.bak.yaml", "plans") == ["plans/a.yaml"]
    assert checked_files("--extend-exclude", "plans/o*", "plans") == ["plans/a.yaml", "plans/c.bak.yaml"]


def test_exclude_applies_to_files_named_on_the_command_line(tree):
    """pre-commit passes each changed file by name; an excluded one stays excluded."""
    assert checked_files("--exclude", "old", "plans/old/b.yaml", "plans/a.yaml") == ["plans/a.yaml"]
    result = invoke("check", "--exclude", "old", "plans/old/b.yaml")
    assert result.exit_code == 0 and "检查了 0 个文件" in result.stdout


def test_exclude_from_the_configuration_is_relative_to_its_file(tree):
    pyproject(tree, 'exclude = ["plans/old"]\nextend-exclude = ["*.bak.yaml"]\n')
    assert checked_files("plans") == ["plans/a.yaml"]
    assert checked_files(str(tree / "plans" / "old" / "b.yaml"), "plans/a.yaml") == ["plans/a.yaml"]
    assert checked_files("--exclude", "a.yaml", "plans") == [
        "plans/old/b.yaml"
    ]  # the flag replaces exclude, not extend-exclude
    assert checked_files("--extend-exclude", "a.yaml", "plans") == []  # extend-exclude adds to both


def test_extend_select_adds_to_select(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "p.yaml", ERROR_WARNING_INFO)
    pyproject(tmp_path, 'select = ["SH101"]\nextend-select = ["SH103"]\n')
    codes = lambda *args: [
        f["code"] for f in json.loads(invoke("check", "--format", "json", *args, "p.yaml").stdout)["findings"]
    ]
    assert codes() == ["SH101", "SH103"]
    assert codes("--extend-select", "SH105") == ["SH105", "SH101", "SH103"]
    assert codes("--select", "SH105") == ["SH105", "SH103"]  # select replaced, the file's extend-select kept
    bad = invoke("check", "--extend-select", "SH999", "p.yaml")
    assert bad.exit_code == 2 and "--extend-select" in bad.stderr
