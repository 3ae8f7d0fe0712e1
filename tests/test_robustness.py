"""The bad-input corpus (tests/robustness/): every kind of broken file gives a finding or one
input error with its file and line, exit status 2 for the latter, never a traceback, a hang or
a crash, and the good plan checked in the same run is still checked.

Checked-in cases and their expected outcomes are in tests/robustness/expected.yaml; those that
cannot be checked in (50 MB, FIFOs, symlink loops, unreadable files, nesting that would crash
a careless parser) are made here. Those that could exhaust time, memory or the C stack run in
a child process with a timeout and a memory cap, so a regression fails a test instead of
taking the test run down with it.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from conftest import ERROR_WARNING_INFO, invoke, script, validate_report

HERE = Path(__file__).resolve().parent / "robustness"
CASES = HERE / "cases"
EXPECTED = yaml.safe_load((HERE / "expected.yaml").read_text(encoding="utf-8"))

# Checked next to every bad input: conftest's plan with one finding at each level, its 合计
# corrected, so what is left is a warning (乙区's blank 项目, line 10) and a note (the 项目 合计
# cannot be checked, line 11), no error: the run's status is the bad file's.
GOOD = ERROR_WARNING_INFO.replace("total: [321, 2]", "total: [331, 2]")
assert GOOD != ERROR_WARNING_INFO
GOOD_FINDINGS = [["SH103", 11], ["SH105", 10]]

MEMORY_CAP = 1_000_000_000  # bytes of address space for a child run
TIME_LIMIT = 120  # seconds; generous for a shared machine: the point is that it ends


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Path:
    """An empty repository, three folders down (so '../../..' stays on this machine's tmp),
    holding the good plan; it is the working directory and so the root."""
    folder = tmp_path / "a" / "b" / "repo"
    folder.mkdir(parents=True)
    (folder / "good.yaml").write_text(GOOD, encoding="utf-8")
    monkeypatch.chdir(folder)
    return folder


def _place(case: str, repo: Path) -> list[str]:
    """Copy a case into the repository; the paths to check, relative to it."""
    source = CASES / case
    if source.is_dir():
        shutil.copytree(source, repo, dirs_exist_ok=True)
        return EXPECTED[case].get("check", ["plan.yaml"])
    shutil.copy(source, repo / case)
    return [case]


def _assert_outcome(report: dict, targets: list[str], expected: dict) -> None:
    """The exact outcome for the first target; the good plan checked as if alone."""
    assert report["exit_code"] == expected["exit"], report["input_errors"]
    errors = [e for e in report["input_errors"] if e["file"] == targets[0]]
    if "code" in expected:
        first = errors[0]
        assert (first["code"], first["line"]) == (expected["code"], expected["line"]), first
        assert expected["message"] in first["message"], first["message"]
    else:
        assert errors == []
    assert all("\n" not in e["message"] for e in report["input_errors"] + report["findings"])  # one line each
    findings = sorted([f["code"], f["line"]] for f in report["findings"] if f["file"] == targets[0])
    assert findings == expected.get("findings", [])
    _assert_good_checked(report)


def _assert_good_checked(report: dict, path: str = "good.yaml") -> None:
    assert {"file": path, "kind": "plan", "usable": True} in report["files"]
    assert sorted([f["code"], f["line"]] for f in report["findings"] if f["file"] == path) == GOOD_FINDINGS


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_bad_input_gives_its_outcome_and_the_good_plan_is_still_checked(case, repo):
    expected = EXPECTED[case]
    targets = _place(case, repo)
    result = invoke("check", "--format", "json", *targets, "good.yaml")  # an exception would fail the test
    assert result.exit_code == expected["exit"]
    _assert_outcome(json.loads(result.stdout), targets, expected)
    text = invoke("check", *targets, "good.yaml").output
    assert "Traceback" not in text and "internal error" not in text
    if "code" in expected:  # the text report: under the file's name, 'line:column  错误  code'
        section = "\n" + text.split(targets[0] + "\n", 1)[1].split("\n\n", 1)[0]
        assert f"\n  {expected['line']}:" in section and f"  {expected['code']}  " in section
    if "en" in expected:
        english = json.loads(invoke("check", "--format", "json", "--lang", "en", *targets).stdout)
        assert expected["en"] in english["input_errors"][0]["message"]


LOADER_ERRORS = [c for c, e in EXPECTED.items() if "code" in e and "check" not in e and e["code"] != "SH005"]


@pytest.mark.parametrize("case", LOADER_ERRORS)
def test_show_says_the_same_in_one_line_with_file_and_line(case, repo):
    """``show`` loads one plan without the repository's links: a loader error is one
    'shanhai-check: file:line:column: code message' line per error, on stderr, exit 2."""
    expected = EXPECTED[case]
    (target,) = _place(case, repo)
    result = invoke("show", target)
    assert result.exit_code == 2 and result.stdout == ""
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"shanhai-check: {target}:{expected['line']}:") and f": {expected['code']} " in first
    assert all(line.startswith(f"shanhai-check: {target}:") for line in result.stderr.splitlines())


def test_the_corpus_has_at_least_thirty_kinds_and_every_case_is_expected():
    assert sorted(EXPECTED) == sorted(os.listdir(CASES))
    assert len(EXPECTED) >= 30


def test_encoded_cases_are_the_bytes_they_claim():
    """The encoding cases hold real bytes: not UTF-8, but GBK / GB18030; a BOM; a NUL."""
    gbk = (CASES / "09-gbk-encoded.yaml").read_bytes()
    four_byte = (CASES / "10-gb18030-four-byte.yaml").read_bytes()
    for data in (gbk, four_byte, (CASES / "46-mixed-encodings.yaml").read_bytes()):
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")
    assert "甲区" in gbk.decode("gbk") and "\U00020000区" in four_byte.decode("gb18030")
    assert (CASES / "12-utf8-bom.yaml").read_bytes().startswith(b"\xef\xbb\xbf")
    assert b"\0" in (CASES / "13-nul-bytes.yaml").read_bytes()
    assert b"\n" not in (CASES / "31-lone-cr-line-ends.yaml").read_bytes()


# -- cases made at test time, run in a child process where they could exhaust something ------
def _cap_memory() -> None:  # pragma: no cover - runs in the child
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def run_child(*paths: str, prefix: tuple[str, ...] = ()) -> dict:
    """``shanhai-check check --format json`` in a child process with a memory cap and a time
    limit (TimeoutExpired fails the test); the report, after checking nothing went to stderr."""
    done = subprocess.run(
        [*prefix, script(), "check", "--format", "json", *paths],
        capture_output=True,
        text=True,
        timeout=TIME_LIMIT,
        preexec_fn=_cap_memory,
    )
    assert done.returncode in (0, 1, 2), done.stderr  # not killed by a signal (-11: the C stack)
    assert "Traceback" not in done.stderr and "internal error" not in done.stderr, done.stderr
    report = json.loads(done.stdout)
    validate_report(report)
    return report


def _single_error(report: dict, path: str) -> dict:
    """The one input error of *path*, which the report names as every report does (relative
    to the working directory, with /)."""
    from shanhai_check.report.places import shown

    (error,) = [e for e in report["input_errors"] if e["file"] == shown(path)]
    return error


def test_a_50_mb_file_is_refused_unread(repo):
    with open(repo / "huge.yaml", "w", encoding="utf-8") as handle:
        handle.write(
            "document: {title: x}\nmetrics:\n  a: {unit: 万元}\ntables:\n  - id: t\n    columns: [a]\n    rows:\n"
        )
        row = "".join(f"      单位{i}: [{i}]\n" for i in range(1000))
        while handle.tell() < 50_000_000:
            handle.write(row)
    report = run_child("huge.yaml", "good.yaml")
    error = _single_error(report, "huge.yaml")
    assert (error["code"], error["line"]) == ("SH006", 1) and "文件过大 (超过 10 MB)" in error["message"]
    _assert_good_checked(report)


@pytest.mark.slow  # ~20 s each: 5 million list items, built and refused
@pytest.mark.parametrize(
    "items", ["[" + "1," * 4_900_000 + "1]", "\n" + "- 1\n" * 2_450_000], ids=["one-line", "one-per-line"]
)
def test_a_list_of_millions_is_refused_before_its_nodes_are_built(repo, items):
    """Under 10 MB, but more nodes than any plan: counted from the parser's events, it is
    refused in seconds and megabytes (composed, it took 1.6 GB and a minute and a half)."""
    (repo / "long.yaml").write_text("document: " + items + "\n", encoding="utf-8")
    report = run_child("long.yaml", "good.yaml")
    error = _single_error(report, "long.yaml")
    assert error["code"] == "SH001" and "节点过多 (超过 2000000 个),不像是计划文件" in error["message"]
    _assert_good_checked(report)


@pytest.mark.parametrize(
    "nesting",
    [
        "[" * 100_000 + "]" * 100_000,
        "{a: " * 50_000 + "1" + "}" * 50_000,
        "\n  " + "- " * 60_000 + "x",
        "\n  " + "? " * 60_000 + "x",
    ],
    ids=["brackets", "braces", "dashes", "question-marks"],
)
def test_nesting_deep_enough_to_overflow_the_c_stack_is_an_error(repo, nesting):
    (repo / "deep.yaml").write_text("document: " + nesting + "\n", encoding="utf-8")
    report = run_child("deep.yaml", "good.yaml")
    error = _single_error(report, "deep.yaml")
    assert error["code"] == "SH001" and "嵌套过深 (超过 64 层)" in error["message"]
    _assert_good_checked(report)


def test_the_billion_laughs_end_within_the_memory_cap(repo):
    shutil.copy(CASES / "04-billion-laughs.yaml", repo / "lol.yaml")
    report = run_child("lol.yaml", "good.yaml")
    assert _single_error(report, "lol.yaml")["code"] == "SH001"
    _assert_good_checked(report)


def test_a_fifo_is_refused_without_waiting_for_a_writer(repo):
    os.mkfifo(repo / "pipe.yaml")
    report = run_child(".")  # found by walking the folder, as a plan would be
    error = _single_error(report, "./pipe.yaml")
    assert (error["code"], error["line"]) == ("SH006", 1) and "不是普通文件" in error["message"]
    _assert_good_checked(report, "good.yaml")


def test_a_device_is_refused_unread(repo):
    """Named on the command line (the root then holds it), a device is not a regular file; a
    symlink to one in the repository points outside it (SH007). Neither is read."""
    report = run_child("/dev/zero", "good.yaml")  # reading it would never end
    assert "不是普通文件" in _single_error(report, "/dev/zero")["message"]
    _assert_good_checked(report)
    (repo / "zero.yaml").symlink_to("/dev/zero")
    report = run_child("zero.yaml", "good.yaml")
    assert _single_error(report, "zero.yaml")["code"] == "SH007"
    _assert_good_checked(report)


def test_a_directory_symlink_loop_is_not_followed(repo):
    (repo / "plans").mkdir()
    shutil.copy(repo / "good.yaml", repo / "plans" / "good.yaml")
    (repo / "plans" / "again").symlink_to("..", target_is_directory=True)
    result = invoke("check", "--format", "json", "plans")
    report = json.loads(result.stdout)
    assert [f["file"] for f in report["files"]] == ["plans/good.yaml"]
    _assert_good_checked(report, "plans/good.yaml")


def test_a_file_symlink_loop_is_an_unreadable_file(repo):
    (repo / "a.yaml").symlink_to("b.yaml")
    (repo / "b.yaml").symlink_to("a.yaml")
    report = json.loads(invoke("check", "--format", "json", "a.yaml", "good.yaml").stdout)
    error = _single_error(report, "a.yaml")
    assert (error["code"], error["line"]) == ("SH006", 1) and "无法读取文件" in error["message"]
    _assert_good_checked(report)


def test_an_unreadable_file_is_reported_and_the_others_checked(repo):
    locked = repo / "locked.yaml"
    locked.write_text(GOOD, encoding="utf-8")
    locked.chmod(0)
    if os.geteuid() != 0:
        report = json.loads(invoke("check", "--format", "json", "locked.yaml", "good.yaml").stdout)
    elif shutil.which("setpriv"):  # root reads anything; without these capabilities it cannot
        report = run_child(
            "locked.yaml", "good.yaml", prefix=("setpriv", "--bounding-set=-dac_override,-dac_read_search")
        )
    else:  # pragma: no cover - depends on the machine
        pytest.skip("running as root without setpriv: a file cannot be made unreadable")
    error = _single_error(report, "locked.yaml")
    assert (error["code"], error["line"]) == ("SH006", 1) and "Permission denied" in error["message"]
    _assert_good_checked(report)


def test_a_roster_path_naming_a_folder_called_x_yaml(repo):
    (repo / "rosters.yaml").mkdir()
    (repo / "plan.yaml").write_text("document: {title: x}\nroster: rosters.yaml\n", encoding="utf-8")
    report = json.loads(invoke("check", "--format", "json", "plan.yaml", "good.yaml").stdout)
    error = _single_error(report, "plan.yaml")
    assert (error["code"], error["line"]) == ("SH006", 2) and "是目录而不是文件" in error["message"]
    _assert_good_checked(report)


def test_a_folder_called_x_yaml_is_walked_as_a_folder(repo):
    (repo / "plans.yaml").mkdir()
    shutil.move(repo / "good.yaml", repo / "plans.yaml" / "good.yaml")
    report = json.loads(invoke("check", "--format", "json", "plans.yaml").stdout)
    _assert_good_checked(report, "plans.yaml/good.yaml")
    assert report["input_errors"] == []


def test_a_roster_symlink_that_leaves_the_tree_is_not_read(repo):
    (repo / "rosters").mkdir()
    (repo / "rosters" / "city.yaml").symlink_to("/etc/passwd")
    (repo / "plan.yaml").write_text("document: {title: x}\nroster: rosters/city.yaml\n", encoding="utf-8")
    report = json.loads(invoke("check", "--format", "json", "plan.yaml", "good.yaml").stdout)
    error = _single_error(report, "plan.yaml")
    assert (error["code"], error["line"]) == ("SH007", 2)


def test_huge_strings_load_and_a_huge_figure_is_quoted_by_its_start(repo):
    (repo / "long.yaml").write_text("document: {title: '" + "山海" * 500_000 + "'}\n", encoding="utf-8")
    figure = "1" + "元" * 200_000
    (repo / "figure.yaml").write_text(
        f"document: {{title: x}}\nmetrics:\n  a: {{unit: 万元}}\ngoals:\n  - {{metric: a, value: '{figure}'}}\n",
        encoding="utf-8",
    )
    report = json.loads(invoke("check", "--format", "json", "long.yaml", "figure.yaml", "good.yaml").stdout)
    assert {"file": "long.yaml", "kind": "plan", "usable": True} in report["files"]
    error = _single_error(report, "figure.yaml")
    assert error["code"] == "SH004" and len(error["message"]) < 200 and "元…" in error["message"]
    _assert_good_checked(report)
