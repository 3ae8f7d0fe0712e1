"""The benchmark's synthetic repository loads cleanly, and its deliberate faults are found;
``check -j`` reports exactly what one process reports."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pytest

from shanhai_check import workers
from shanhai_check.engine import run
from shanhai_check.report import json as json_report

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from generate import DELIBERATE, generate  # noqa: E402 - bench/ is not a package


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("corpus")
    return folder, generate(str(folder), seed=7, scale=0.2, cities=2, rate=3)


def test_generated_corpus_is_usable_and_its_faults_are_found(corpus):
    folder, manifest = corpus
    result = run([str(folder)], root=str(folder), keep_plans=False)
    assert result.input_errors == []
    kinds = Counter(f.kind for f in result.files)
    # 2 cities of 7 and 8 districts: plans for the province, 3 per city, 5 per district; a roster each
    assert kinds == {"plan": 1 + 2 * 3 + 15 * 5, "roster": 1 + 2 + 15} and sum(kinds.values()) == manifest["files"]
    assert {e["code"] for e in manifest["expected"]} == set(DELIBERATE)  # every kind of fault is in this small corpus
    for expected in manifest["expected"]:
        path = str(folder / expected["file"])
        places = [(f.code, place.path) for f in result.findings for place in (f.location, *f.related)]
        assert (expected["code"], path) in places, expected


def test_generator_is_seeded(tmp_path):
    first, second = (generate(str(tmp_path / name), seed=3, scale=0.2, cities=1) for name in ("a", "b"))
    assert first == second
    assert all(
        (tmp_path / "a" / p.relative_to(tmp_path / "b")).read_bytes() == p.read_bytes()
        for p in (tmp_path / "b").rglob("*.yaml")
    )


def _report(paths: list[str], root: str, jobs: int) -> str:
    return json_report.render(run(paths, root=root, jobs=jobs, keep_plans=False), "en")


def test_jobs_report_exactly_what_one_process_reports(corpus):
    folder, _ = corpus
    (folder / "zz-broken.yaml").write_text(
        "document: {title: [\n", encoding="utf-8"
    )  # an input error crosses the process boundary too
    try:
        one = _report([str(folder)], str(folder), 1)
        assert '"SH001"' in one and json.loads(one)["exit_code"] == 2
        assert _report([str(folder)], str(folder), 2) == one
    finally:
        (folder / "zz-broken.yaml").unlink()


def test_jobs_on_the_seed_plans(monkeypatch):
    one = _report([str(ROOT / "plans")], str(ROOT), 1)
    monkeypatch.setattr(workers, "FILES_PER_WORKER", 1)  # eight files: force the pool
    assert _report([str(ROOT / "plans")], str(ROOT), 2) == one
    assert json.loads(one)["findings"]


def test_few_files_stay_in_one_process(monkeypatch):
    monkeypatch.setattr("multiprocessing.get_context", lambda *_: pytest.fail("a pool was started"))
    assert list(workers.check_files(str.upper, ["a", "b", "c"], jobs=4)) == ["A", "B", "C"]
    assert workers.job_count(0) >= 1


def test_counting_checks_that_agree_reports_the_same_numbers(corpus):
    """Without -v (text, SARIF …) a run keeps only how many checks agree, per code: the
    summary and a --select must count exactly what the kept list counts."""
    from shanhai_check.selection import Selection

    folder, _ = corpus
    kept = run([str(folder)], root=str(folder), keep_plans=False)
    counted = run([str(folder)], root=str(folder), keep_plans=False, keep_verified=False)
    assert all(f.verified == [] for f in counted.files) and sum(f.verified_count for f in counted.files) > 1000
    for select in (("SH",), ("SH1",), ("SH801", "SH9")):
        selection = Selection(select=select, ignore=(), severity={})
        one, other = selection.apply(kept), selection.apply(counted)
        assert [f.verified_count for f in one.files] == [f.verified_count for f in other.files]
        assert [len(f.findings) for f in one.files] == [len(f.findings) for f in other.files]
