"""Ctrl-C and SIGTERM (issue 19, item 17): one line and exit 130 (143), even with --exit-zero and
with -j workers, which leave no "Process ForkPoolWorker" tracebacks."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from conftest import ROOT, script

sys.path.insert(0, str(ROOT / "bench"))
import scaling  # noqa: E402


def _slow_drafts(folder, count: int = 24) -> None:
    """Drafts that each take a while to check (thousands of figures in a sentence)."""
    text = scaling.draft_clauses(2500)["draft.txt"]
    for i in range(count):
        (folder / f"d{i:02}.txt").write_text(text, encoding="utf-8")


@pytest.mark.parametrize(
    "signum, status, options",
    [(signal.SIGINT, 130, ["-j", "2"]), (signal.SIGINT, 130, ["--exit-zero"]), (signal.SIGTERM, 143, ["-j", "2"])],
    ids=["ctrl-c-workers", "ctrl-c-exit-zero", "sigterm"],
)
def test_an_interrupted_run_says_so_in_one_line(tmp_path, signum, status, options):
    _slow_drafts(tmp_path)
    child = subprocess.Popen(
        [script(), "check", *options, "."],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    time.sleep(2.5)  # started, and checking
    assert child.poll() is None, "the run ended before it could be interrupted"
    os.killpg(child.pid, signum)  # as a terminal sends Ctrl-C: to the parent and every worker
    out, err = child.communicate(timeout=60)
    assert child.returncode == status, err
    assert err.strip().splitlines() == ["shanhai-check: 已中断 / interrupted"], err
    assert "Traceback" not in err and "ForkPoolWorker" not in err and "Aborted" not in err
