"""One file's failure is that file's input error: an exception while checking it, or the death
of the worker process that held it (the out-of-memory killer's way), never the whole run lost
or hung (issue 19, items 1 and 2)."""

from __future__ import annotations

import os
import signal
from contextlib import contextmanager

import pytest

from shanhai_check import engine
from shanhai_check.workers import check_files

GOOD = (
    "document: {{title: 计划{n}}}\nmetrics:\n  援建资金: {{unit: 万元}}\ntables:\n  - id: 附件1\n"
    "    columns: [援建资金]\n    rows:\n      甲区: [{n}]\n      乙区: [1]\n    total: [{t}]\n"
)


@contextmanager
def deadline(seconds: int):
    """Fail instead of hanging: SIGALRM interrupts a wait that never ends."""

    def expired(signum, frame):
        raise TimeoutError(f"still running after {seconds} s: the run hangs")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _kill_on(victims):
    def work(item):
        if item in victims:
            os.kill(os.getpid(), signal.SIGKILL)
        return item * 10

    return work


@pytest.mark.parametrize("victims", [{13}, {0, 39}, {5, 6, 7}])
def test_a_killed_worker_is_reported_for_its_item_and_the_rest_come_back_in_order(victims):
    with deadline(120):
        results = list(
            check_files(_kill_on(victims), list(range(40)), jobs=2, died=lambda item, status: ("died", item, status))
        )
    assert results == [("died", i, -signal.SIGKILL) if i in victims else i * 10 for i in range(40)]


def _plans(tmp_path, count=24):
    for n in range(count):
        (tmp_path / f"p{n:02}.yaml").write_text(GOOD.format(n=n + 1, t=n + 2), encoding="utf-8")
    return [str(tmp_path)]


def _by_file(result):
    return {os.path.basename(f.path): f for f in result.files}


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_exception_on_one_file_is_its_input_error_and_the_others_are_checked(tmp_path, monkeypatch, jobs):
    original = engine.FileChecker._check

    def broken(self, path):
        if path.endswith("p07.yaml"):
            raise RecursionError("maximum recursion depth exceeded")
        return original(self, path)

    monkeypatch.setattr(engine.FileChecker, "_check", broken)
    with deadline(120):
        result = engine.run(_plans(tmp_path), root=str(tmp_path), jobs=jobs)
    files = _by_file(result)
    assert len(files) == 24
    (error,) = files["p07.yaml"].errors
    assert (error.code, error.location.line) == ("SH008", 1)
    assert "RecursionError: maximum recursion depth exceeded" in error.render("en")
    assert all(not f.errors for name, f in files.items() if name != "p07.yaml")
    assert sum(f.verified_count for f in files.values()) > 0
    assert result.exit_code == 2


def test_a_worker_killed_under_a_file_is_that_files_input_error(tmp_path, monkeypatch):
    original = engine.FileChecker._check

    def killer(self, path):
        if path.endswith("p11.yaml"):
            os.kill(os.getpid(), signal.SIGKILL)
        return original(self, path)

    monkeypatch.setattr(engine.FileChecker, "_check", killer)
    with deadline(120):
        result = engine.run(_plans(tmp_path), root=str(tmp_path), jobs=2)
    files = _by_file(result)
    (error,) = files["p11.yaml"].errors
    assert error.code == "SH008" and str(signal.SIGKILL.value) in error.render("en")
    assert all(not f.errors for name, f in files.items() if name != "p11.yaml")
    assert len(files) == 24


def test_the_command_line_reports_the_failed_file_and_every_other(tmp_path, monkeypatch):
    from conftest import invoke

    def broken(self, path):
        raise AttributeError("'NoneType' object has no attribute 'unit'")

    _plans(tmp_path, 2)
    monkeypatch.setattr(engine.FileChecker, "_check", broken)
    result = invoke("check", "--format", "json", str(tmp_path))
    assert result.exit_code == 2
    assert "internal error" not in result.stderr and "内部错误 /" not in result.stderr
    import json

    report = json.loads(result.stdout)
    assert [(os.path.basename(e["file"]), e["code"]) for e in report["input_errors"]] == [
        ("p00.yaml", "SH008"),
        ("p01.yaml", "SH008"),
    ]
