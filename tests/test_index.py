"""The repository behind every run (issue 18): a run that names some files of a repository
still compares them with every other plan in it. What it reports in the files named is what
a run over the whole repository reports in them — the cross-plan findings against plans not
named included, with those plans as related places — and nothing inside the other files.
A file outside any repository is checked alone, as before."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, invoke

sys.path.insert(0, str(ROOT / "bench"))

from generate import generate  # noqa: E402 - bench/ is not a package

CONFIG = "[tool.shanhai_check]\n"
CACHE = ".shanhai_check_cache"
LIANDU, HUANGZHOU = "plans/2023-jiangbei-liandu.yaml", "plans/2023-jiangbei-huangzhou.yaml"


def repository(folder: Path, plans: str = "plans", config: str = CONFIG) -> Path:
    """A repository under *folder*: the seed plans (and their rosters) in ``plans/``, the
    corrected ones in ``tests/corrected/`` when *plans* names them (then its configured
    paths), and a configuration."""
    shutil.copytree(ROOT / "plans", folder / "plans")
    if plans != "plans":
        shutil.copytree(ROOT / plans, folder / plans)
        config += f'paths = ["{plans}"]\n'
    (folder / "pyproject.toml").write_text(config, encoding="utf-8")
    return folder


def report(*args: str) -> dict:
    return json.loads(invoke("check", "--format", "json", "--no-cache", *args).stdout)


def in_file(document: dict, path: str) -> dict:
    """What a JSON report says inside one file: its findings, input errors, checks that agree
    and waived findings."""
    return {
        part: [item for item in document[part] if item["file"] == path]
        for part in ("findings", "input_errors", "verified", "waived")
    }


def test_a_plan_named_alone_is_compared_with_its_sibling(tmp_path, monkeypatch):
    monkeypatch.chdir(repository(tmp_path))
    alone = report(LIANDU)
    assert [f["file"] for f in alone["files"]] == [LIANDU]
    [conflict] = [f for f in alone["findings"] if f["code"] == "SH801"]
    assert "766号" in conflict["message"] and "76号" in conflict["message"]
    assert conflict["file"] == LIANDU and [r["file"] for r in conflict["related"]] == [HUANGZHOU]
    assert alone["exit_code"] == 1
    # The sibling named alone: the conflict is reported in the later plan, not in this one.
    assert [f for f in report(HUANGZHOU)["findings"] if f["code"] == "SH801"] == []


def test_nothing_is_reported_inside_the_files_not_named(tmp_path, monkeypatch):
    monkeypatch.chdir(repository(tmp_path))
    document = report(LIANDU)
    places = {item["file"] for part in ("findings", "input_errors", "verified", "waived") for item in document[part]}
    assert places == {LIANDU}


@pytest.mark.parametrize("plans", ["plans", "tests/corrected"])
def test_each_plan_named_alone_gets_what_the_whole_run_reports_in_it(tmp_path, monkeypatch, plans):
    monkeypatch.chdir(repository(tmp_path, plans))
    whole = report(plans)
    assert whole["input_errors"] == []
    for plan in sorted(Path(plans).glob("*.yaml")):
        assert in_file(report(str(plan)), str(plan)) == in_file(whole, str(plan)), plan


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("corpus")
    return folder, generate(str(folder), seed=7, scale=0.2, cities=2, rate=3)


def test_the_generated_corpus_file_by_file(corpus, monkeypatch):
    """Every deliberate fault, roll-ups (SH901) and citations (SH801) included, is found with
    its file named alone, exactly as the run over the whole corpus finds it."""
    folder, manifest = corpus
    monkeypatch.chdir(folder)
    whole = report("--root", ".", "2019", "rosters")  # named as the files named alone name them (messages quote paths)
    faulty = sorted({expected["file"] for expected in manifest["expected"]})
    found = set()
    for path in faulty[:12] + ["2019/province.yaml", "rosters/c01.yaml"]:
        alone = report("--root", ".", path)
        assert in_file(alone, path) == in_file(whole, path), path
        found |= {f["code"] for f in alone["findings"]}
    assert {"SH801", "SH901"} <= found  # found against plans not named


def test_several_files_named_in_any_order_get_what_the_whole_run_reports(corpus, monkeypatch):
    folder, _ = corpus
    monkeypatch.chdir(folder)
    whole = report("--root", ".", "2019", "rosters")
    named = ["2019/c02/shanhai.yaml", "2019/c01/d01/shanhai.yaml", "2019/c01/shanhai.yaml"]
    document = report("--root", ".", *named)
    assert sorted(f["file"] for f in document["files"]) == sorted(named)
    for path in named:
        assert in_file(document, path) == in_file(whole, path), path


def test_a_file_outside_any_repository_is_checked_alone(tmp_path, monkeypatch):
    """No configuration and no --root: no repository, so the sibling is not read (as before)."""
    shutil.copytree(ROOT / "plans", tmp_path / "plans")
    monkeypatch.chdir(tmp_path)
    assert [f for f in report(LIANDU)["findings"] if f["code"] == "SH801"] == []
    assert not (tmp_path / ".shanhai_check_cache").exists()  # nor is a cache made


def test_the_repository_is_the_configurations_folder_only_when_it_holds_every_path(tmp_path, monkeypatch):
    """A file named from outside the configuration's folder takes no repository with it."""
    inside = repository(tmp_path / "repo")
    shutil.copytree(ROOT / "plans", tmp_path / "elsewhere")
    monkeypatch.chdir(tmp_path)
    named = report("repo/" + LIANDU, "elsewhere/2023-jiangbei-huangzhou.yaml")
    # Both checked, and compared only with each other (the configuration's folder is not the
    # repository of a run that also names a file outside it): the later one, as named, holds
    # the conflict, and no plan of the repository but the one named is read.
    assert {f["file"] for f in named["files"]} == {"repo/" + LIANDU, "elsewhere/2023-jiangbei-huangzhou.yaml"}
    [conflict] = [f for f in named["findings"] if f["code"] == "SH801"]
    assert conflict["file"] == "elsewhere/2023-jiangbei-huangzhou.yaml" and [
        r["file"] for r in conflict["related"]
    ] == ["repo/" + LIANDU]
    assert not (inside / ".shanhai_check_cache").exists()


def test_the_configured_paths_are_the_repositorys_plans(tmp_path, monkeypatch):
    """A plan outside the configuration's ``paths`` (an archive, a copy under tests/) is not
    compared with the plans named; once the paths name its folder, it is."""
    repository(tmp_path)
    shutil.copytree(tmp_path / "plans", tmp_path / "archive")
    (tmp_path / LIANDU).unlink()
    (tmp_path / "archive" / "2023-jiangbei-huangzhou.yaml").unlink()
    monkeypatch.chdir(tmp_path)
    # plans/ holds huangzhou (76号), archive/ liandu (766号)
    assert [f for f in report(HUANGZHOU, "--select", "SH801")["findings"]] == []
    (tmp_path / "pyproject.toml").write_text(CONFIG + 'paths = ["archive", "plans"]\n', encoding="utf-8")
    [conflict] = report(HUANGZHOU, "--select", "SH801")["findings"]
    assert conflict["file"] == HUANGZHOU and [r["file"] for r in conflict["related"]] == [
        "archive/2023-jiangbei-liandu.yaml"
    ]


def test_a_draft_is_compared_only_with_the_drafts_named_with_it(tmp_path, monkeypatch):
    """Drafts are not in the index: a draft's checks between drafts (SH811) are among the
    drafts of the run, as before."""
    repository(tmp_path)
    draft = next((ROOT / "tests" / "data").rglob("*.txt"))
    shutil.copy(draft, tmp_path / "plans" / "draft.txt")
    monkeypatch.chdir(tmp_path)
    document = report("plans/draft.txt")
    assert [f["file"] for f in document["files"]] == ["plans/draft.txt"]
    assert {item["file"] for part in ("findings", "verified") for item in document[part]} <= {"plans/draft.txt"}


def test_standard_input_under_a_plans_name_is_compared_with_the_repository(tmp_path, monkeypatch):
    """An editor checking its buffer (``check - --stdin-filename``) gets the cross-plan
    findings too; the buffer, not the file on disk, is what is checked."""
    monkeypatch.chdir(repository(tmp_path))
    text = (tmp_path / LIANDU).read_text(encoding="utf-8")
    document = json.loads(invoke("check", "--format", "json", "-", "--stdin-filename", LIANDU, input=text).stdout)
    assert [f["code"] for f in document["findings"] if f["code"] == "SH801"] == ["SH801"]
    fixed = text.replace("发改振兴〔2022〕766号", "发改振兴〔2022〕76号")
    assert fixed != text
    document = json.loads(invoke("check", "--format", "json", "-", "--stdin-filename", LIANDU, input=fixed).stdout)
    assert [f for f in document["findings"] if f["code"] == "SH801"] == []


def _git(folder: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True, text=True).stdout


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_the_pre_commit_hook_on_one_changed_plan_reports_its_siblings_citation(tmp_path):
    """The issue's case: one plan's 文号 changed and committed. The hook passes only the changed
    file (run here as pre-commit runs it: the hook's entry, then the staged files its
    ``files`` pattern takes, from the repository's top); it reports the conflict with the
    sibling plan, which was not passed, and the cache it leaves is not committed."""
    import yaml

    folder = repository(tmp_path / "plans-repo", "tests/corrected")
    liandu, huangzhou = (f"tests/corrected/{Path(p).name}" for p in (LIANDU, HUANGZHOU))
    _git(folder, "init", "-q")
    _git(folder, "-c", "user.name=t", "-c", "user.email=t@example.org", "add", ".")
    _git(folder, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "plans")
    [hook] = [
        h
        for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
        if h["id"] == "shanhai-check"
    ]
    entry = [str(Path(sys.executable).with_name(hook["entry"].split()[0])), *hook["entry"].split()[1:]]

    def commit_hook() -> subprocess.CompletedProcess:
        staged = _git(folder, "diff", "--cached", "--name-only").split()
        passed = [name for name in staged if re.search(hook["files"], name)]
        return subprocess.run(entry + hook.get("args", []) + passed, cwd=folder, capture_output=True, text=True)

    assert commit_hook().returncode == 0  # nothing staged yet: nothing passed, nothing reported
    plan = folder / liandu
    plan.write_text(
        plan.read_text(encoding="utf-8").replace("number: 发改振兴〔2022〕766号", "number: 发改振兴〔2022〕767号"),
        encoding="utf-8",
    )
    _git(folder, "add", liandu)
    first = commit_hook()
    assert first.returncode == 1, first.stdout + first.stderr
    assert "SH801" in first.stdout and "767号" in first.stdout and huangzhou in first.stdout
    assert commit_hook().stdout == first.stdout  # again, from the cache
    assert (folder / CACHE).is_dir() and _git(folder, "status", "--porcelain", "--untracked-files=all").split() == [
        "M",
        liandu,
    ]
