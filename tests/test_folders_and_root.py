"""Folders the walk cannot enter and files outside the repository (issue 19, items 11 and 13),
and the same file named twice (item 19).

- A folder that cannot be listed (no permission; a path past PATH_MAX) is an input error, SH006,
  and the rest is still checked; a folder 1,100 deep is walked (os.walk recursed: RecursionError).
- A checked file whose real place is outside the root (a symlink out of the repository, or a
  path outside --root) is SH007 and is not read. Paths named on the command line without
  --root move the root to hold them, as before; paths from a repository's configuration must
  stay in the configuration's folder (a configuration error otherwise), and the root is then
  that folder.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess

import pytest

from conftest import invoke
from test_robustness import GOOD, _assert_good_checked, _single_error, repo, run_child  # noqa: F401 - repo is a fixture


def _unreadable(report_of, path, repo):
    """The report of a run over *repo* with *path* made unreadable (as root: without the
    capabilities that read anything)."""
    path.chmod(0)
    try:
        if os.geteuid() != 0:
            return report_of(())
        if not shutil.which("setpriv"):  # pragma: no cover - depends on the machine
            pytest.skip("running as root without setpriv: a folder cannot be made unreadable")
        return report_of(("setpriv", "--bounding-set=-dac_override,-dac_read_search"))
    finally:
        path.chmod(0o755)


def test_an_unreadable_folder_is_an_input_error_and_the_rest_is_checked(repo):
    (repo / "locked").mkdir()
    (repo / "locked" / "plan.yaml").write_text(GOOD, encoding="utf-8")
    report = _unreadable(lambda prefix: run_child(".", prefix=prefix), repo / "locked", repo)
    assert report["exit_code"] == 2
    error = _single_error(report, "./locked")
    assert (error["code"], error["line"]) == (
        "SH006",
        1,
    ) and "无法读取目录,其中的文件没有检查: Permission denied" in error["message"]
    _assert_good_checked(report, "good.yaml")


@pytest.fixture
def nested(repo):
    """Makes folders inside one another (see _make_nested) and removes them after the test
    with rm -rf: Python's shutil.rmtree recurses once per level, and pytest, removing an old
    temporary folder 1,100 deep in a later session, would die of RecursionError."""
    made = []

    def make(name: str, depth: int, plan: str = "") -> None:
        made.append(repo / name)
        _make_nested(repo, name, depth, plan)

    yield make
    for top in made:
        subprocess.run(["rm", "-rf", "--", str(top)], check=False)


def _make_nested(repo, name: str, depth: int, plan: str = "") -> None:
    """Folders *name* inside one another, *depth* deep, made relative to each other (a path
    this long cannot be named whole); *plan* written at the bottom."""
    folder = os.open(repo, os.O_RDONLY)
    for _ in range(depth):
        os.mkdir(name, dir_fd=folder)
        inner = os.open(name, os.O_RDONLY, dir_fd=folder)
        os.close(folder)
        folder = inner
    if plan:
        handle = os.open("plan.yaml", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=folder)
        os.write(handle, plan.encode("utf-8"))
        os.close(handle)
    os.close(folder)


def test_a_folder_nested_1100_deep_is_walked(repo, nested):
    nested("d", 1100, GOOD)
    report = run_child(".")
    assert {"file": "d/" * 1100 + "plan.yaml", "kind": "plan", "usable": True} in report["files"]
    _assert_good_checked(report, "good.yaml")


def test_a_folder_past_path_max_is_an_input_error(repo, nested):
    nested("n" * 200, 25, GOOD)  # 25 × 201 characters: past PATH_MAX (4096)
    report = run_child(".")
    (error,) = report["input_errors"]
    assert error["code"] == "SH006" and "无法读取目录" in error["message"] and "File name too long" in error["message"]
    _assert_good_checked(report, "good.yaml")


def test_a_checked_symlink_to_a_file_outside_the_repository_is_not_read(repo, tmp_path):
    secret = tmp_path / "secret.yaml"
    secret.write_text("document: {title: 机密内容}\ngaols: []\n", encoding="utf-8")
    (repo / "plans").mkdir()
    (repo / "plans" / "link.yaml").symlink_to(secret)
    (repo / "plans" / "draft.txt").symlink_to("/etc/hostname")
    for target in (["plans"], ["plans/link.yaml", "plans/draft.txt"]):
        report = json.loads(invoke("check", "--format", "json", *target, "good.yaml").stdout)
        assert report["exit_code"] == 2
        for name, real in (("plans/link.yaml", secret), ("plans/draft.txt", "/etc/hostname")):
            error = _single_error(report, name)
            assert (error["code"], error["line"]) == ("SH007", 1)
            assert error["message"] == f"文件的实际位置 {real} 在检查的目录树 ({repo}) 之外,未读取"
        assert "机密" not in json.dumps(report, ensure_ascii=False)
        _assert_good_checked(report)


def test_a_path_outside_the_root_given_with_root_is_not_read(repo, tmp_path):
    (tmp_path / "elsewhere.yaml").write_text(GOOD, encoding="utf-8")
    outside = str(tmp_path / "elsewhere.yaml")
    report = json.loads(invoke("check", "--format", "json", "--root", ".", outside, "good.yaml").stdout)
    assert _single_error(report, outside)["code"] == "SH007"
    _assert_good_checked(report)
    # Without --root the command line's own paths are the user's choice: the root holds them.
    alone = json.loads(invoke("check", "--format", "json", outside).stdout)
    assert alone["input_errors"] == [] and alone["files"][0]["usable"]


def test_a_configuration_cannot_widen_the_root(repo):
    (repo / "plans").mkdir()
    (repo / "plans" / "plan.yaml").write_text(
        "document: {title: x}\nroster: ../../../../etc/passwd\n", encoding="utf-8"
    )
    (repo / "pyproject.toml").write_text('[tool.shanhai_check]\npaths = ["plans", "/etc/ssl"]\n', encoding="utf-8")
    result = invoke("check")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == (
        f"shanhai-check: {repo}/pyproject.toml:2: paths 中的 '/etc/ssl' 在配置文件所在的目录 ({repo}) 之外: "
        "仓库的配置不能让检查器读取仓库以外的文件\n"
    )
    (repo / "pyproject.toml").write_text('[tool.shanhai_check]\npaths = ["plans"]\n', encoding="utf-8")
    os.chdir(repo / "plans")  # below the repository: the configuration is found above, its folder is the root
    report = json.loads(invoke("check", "--format", "json").stdout)
    error = _single_error(report, "plan.yaml")
    assert (error["code"], error["line"]) == ("SH007", 2) and f"超出了检查的目录树 ({repo})" in error["message"]


def test_the_same_file_named_twice_is_checked_once(repo):
    report = json.loads(
        invoke("check", "--format", "json", "good.yaml", "./good.yaml", ".", str(repo / "good.yaml")).stdout
    )
    assert [f["file"] for f in report["files"]] == ["good.yaml"]
    _assert_good_checked(report)


@pytest.mark.parametrize(
    "text, message",
    [
        (
            '[tool.shanhai_check]\nseverity = {SH101 = ["error"]}\n',
            "pyproject.toml:2: 'severity' 的值应为: 规则代码到 error/warning/info 的映射",
        ),
        ("[tool.shanhai_check]\nselect = " + "[" * 2000 + "]" * 2000 + "\n", "pyproject.toml: 嵌套过深,不是配置文件"),
    ],
)
def test_a_configuration_value_of_the_wrong_shape_is_a_configuration_error(repo, text, message):
    (repo / "pyproject.toml").write_text(text, encoding="utf-8")
    result = invoke("check", "good.yaml")
    assert result.exit_code == 2 and result.stderr.startswith(f"shanhai-check: {repo}/{message}"), result.stderr
