"""Inputs that once took minutes (issue 19, items 4 and 5) now end in seconds: many figures or
names in one sentence, a data-like line, large rosters, thousands of unknown names, long parent
chains. Each runs ``check`` in a child process with a memory cap and a timeout far above what
it needs (seconds, on a shared machine), so a return of n² or n³ fails here instead of hanging
the run. How time grows is measured by bench/scaling.py, not asserted: timings are not tests.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, script

sys.path.insert(0, str(ROOT / "bench"))
import scaling  # noqa: E402 - the benchmark's own input builders

MEMORY_CAP = 1_000_000_000
TIMEOUT = 60  # seconds: these take one or two; the same inputs took minutes to forever before


def _cap() -> None:  # pragma: no cover - runs in the child
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def check_in_child(folder: Path, files: dict[str, str]) -> dict:
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    done = subprocess.run(
        [script(), "check", "--format", "json", "."],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        preexec_fn=_cap,
    )
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout)


@pytest.mark.parametrize(
    "build, n",
    [
        (scaling.draft_clauses, 2000),
        (scaling.draft_one_clause, 2000),
        (scaling.draft_each, 800),
        (scaling.draft_names, 800),
    ],
    ids=["2000-figures", "data-like-line", "800-per-unit", "800-names"],
)
def test_a_sentence_of_thousands_of_figures_or_names(tmp_path, build, n):
    report = check_in_child(tmp_path, build(n))
    assert report["files"] == [{"file": "draft.txt", "kind": "draft", "usable": True}]


def test_the_breakdown_of_a_2000_part_sentence_is_still_confirmed(tmp_path):
    """Fast, and still right: the 其中 parts add up to the total (SH111 confirms it); with a
    total below their sum, SH111 reports it."""
    report = check_in_child(tmp_path, scaling.draft_clauses(2000))
    assert report["findings"] == []
    assert any(v["code"] == "SH111" for v in report["verified"])
    wrong = scaling.draft_clauses(2000)["draft.txt"].replace("全年落实资金2001000万元", "全年落实资金2000999万元")
    (finding,) = check_in_child(tmp_path, {"draft.txt": wrong})["findings"]
    assert finding["code"] == "SH111"


def test_thousands_of_unknown_names_against_a_large_roster_get_their_nearest_names(tmp_path):
    report = check_in_child(tmp_path, scaling.roster_unknown(2000))
    unknown = [f for f in report["findings"] if f["code"] == "SH501"]
    assert len(unknown) == 2000
    first = scaling._name(0)
    assert any(
        f"{first}局办" in f["message"] and f"{first}局" in f["message"].split(f"{first}局办", 1)[1] for f in unknown
    )


def test_a_valid_plan_with_an_8000_unit_roster(tmp_path):
    report = check_in_child(tmp_path, scaling.roster_valid(8000))
    assert report["input_errors"] == [] and report["findings"] == []


def test_a_parent_link_chain_of_10000_links(tmp_path):
    """Every link checked (none exceeds its parent goal: no SH901), each child goal reported once
    as not broken down further (SH205), as for a chain of two."""
    report = check_in_child(tmp_path, scaling.parent_links(10000))
    assert report["input_errors"] == []
    assert {(f["code"], f["file"]) for f in report["findings"]} == {("SH205", "child.yaml")} and len(
        report["findings"]
    ) == 10000
