"""Run the checks: collect the files, check each by its kind (in worker processes when there
are enough), link plans to their parents, run the run-wide rules, apply waivers.

Data flows one way: read (kinds.py: plan, draft) → check (rules → findings) → results
(results.py) → report (formatters).
"""

from __future__ import annotations

import functools
import gc
from typing import TYPE_CHECKING

from shanhai_check import waivers
from shanhai_check.collect import collect
from shanhai_check.findings import InputError
from shanhai_check.kinds import Checking, kind_of, outcomes_into, outside_root
from shanhai_check.load import Repository, default_root, link
from shanhai_check.messages import inputs as say
from shanhai_check.model import Plan
from shanhai_check.quantity import abbreviate
from shanhai_check.results import FileResult, RunResult
from shanhai_check.rules import ALL_RULES
from shanhai_check.rules.base import Rule
from shanhai_check.workers import check_files

if TYPE_CHECKING:
    from shanhai_check.cache import Cache
    from shanhai_check.index import PlanIndex


def check_across_drafts(results: list[FileResult], rules) -> None:
    """The draft rules that compare the drafts of one run, over their summaries; then the
    summaries are dropped."""
    drafts = sorted((r for r in results if r.across), key=lambda r: r.path)
    by_path = {r.path: r for r in drafts}
    for rule_class in rules if len(drafts) > 1 else ():
        summaries = [r.across[rule_class.code] for r in drafts if rule_class.code in r.across]
        for outcome in rule_class().check_across(summaries):
            outcomes_into(by_path[outcome.location.path], [outcome])
    for result in drafts:
        result.across = {}


# A run keeps thousands of objects (summaries, results) while it makes millions that die young
# (each file's YAML tree): the cyclic collector, at Python's default pace, scans the survivors
# again and again. Collecting the youngest generation every 50,000 allocations instead of 700
# takes about a sixth off a run over thousands of plans, at no cost in peak memory (bench/).
GC_THRESHOLD = (50_000, 20, 20)


def _paced(function):
    """*function* with the cyclic garbage collector at GC_THRESHOLD's pace (restored after)."""

    @functools.wraps(function)
    def paced(*args, **kwargs):
        before = gc.get_threshold()
        gc.set_threshold(*(max(a, b) for a, b in zip(before, GC_THRESHOLD)))
        try:
            return function(*args, **kwargs)
        finally:
            gc.set_threshold(*before)

    return paced


@_paced
def run(
    paths: list[str],
    root: str | None = None,
    rules=ALL_RULES,
    progress=iter,
    jobs: int = 1,
    keep_plans: bool = True,
    keep_verified: bool = True,
    excluded=None,
    index: PlanIndex | None = None,
    cache: Cache | None = None,
) -> RunResult:
    """Check each file as it is loaded (in *jobs* processes when there are enough files), keep
    of each plan only its summary, then link parents, run the run-wide rules once over the
    summaries, and apply waivers. *keep_plans*: keep each loaded plan on its result, for
    reports that draw its tables; *keep_verified*: keep the checks that agree, not only their
    number, for reports that list them (memory then grows with the repository); *excluded*:
    see :func:`collect`. *index*: the repository the files belong to — its other plans are
    read too, for the run-wide rules, and nothing is reported inside them (index.py);
    *cache*: where results are kept by content (cache.py)."""
    files, missing = collect(paths, excluded)
    by_reads: dict[str, list] = {}
    for rule_class in rules:
        for kind in (rule_class.reads, *rule_class.also_reads):
            by_reads.setdefault(kind, []).append(rule_class)
    root = root or default_root(paths)
    checker = FileChecker(
        Checking(cache.repository(root) if cache else Repository(root), by_reads, keep_plans, keep_verified)
    )
    results = [FileResult(e.location.path, errors=[e]) for e in missing]
    by_path: dict[str, FileResult] = {}
    summaries: list[Plan] = []
    everything = index.around(files, paths, excluded) if index else files
    given = set(files) if index else None
    kept = cache.remembered(everything, files, keep_verified) if cache and not keep_plans else None
    if kept is not None:  # the same files as a run before, unchanged: its results
        return RunResult(sorted(results + kept, key=lambda r: r.path))
    if cache:  # a file is read from its entry, unless the report draws its plan (html)
        named = given if given is not None else set(files)
        checked = cache.check(
            checker,
            everything,
            jobs,
            died,
            lambda path: not keep_plans or path not in named,
            keep_verified,
            named.__contains__,
        )
    else:
        checked = check_files(checker, everything, jobs, died)
    for path, (result, summary) in zip(progress(everything), checked):  # progress: e.g. draws a bar
        if given is not None and path not in given:  # a plan of the repository not named: its summary only
            if summary is not None:
                summaries.append(summary)
            continue
        if summary is None:
            results.append(result)
            continue
        by_path[result.path] = result
        summaries.append(summary)
    if cache:
        cache.save()
        with cache.recording(checker.checking.repository):  # parents outside the repository, read now
            _settle(summaries, by_path, checker.checking)
    else:
        _settle(summaries, by_path, checker.checking)
    for rule_class in by_reads.get("plans", ()):
        for outcome in rule_class().check_repository(summaries):
            target = by_path.get(outcome.location.path)
            if (
                target is not None
            ):  # outcomes about a parent loaded only for reference, or a plan not named, are not reported
                outcomes_into(target, [outcome])
    for summary in summaries:  # waivers last: they see every finding, run-wide ones included
        if summary.path in by_path:
            waivers.apply(summary, by_path[summary.path])
    check_across_drafts(results, by_reads.get("draft", ()))
    results.extend(by_path.values())
    for result in results if not keep_verified else ():
        result.tally_verified()
    results.sort(key=lambda r: r.path)
    if cache and not keep_plans:
        cache.remember(everything, files, keep_verified, [r for r in results if r.path in (given or set(files))])
    return RunResult(results)


def _settle(summaries: list[Plan], by_path: dict[str, FileResult], checking: Checking) -> None:
    """Link every plan to its parent, then let each plan rule drop the findings that no
    longer hold once the plans linked to a plan are known (see :meth:`Rule.settle`)."""
    link_errors = link(summaries, checking.repository)
    settling = [r for r in checking.rules_for("plan") if r.settle is not Rule.settle]
    for summary in summaries:
        result = by_path.get(summary.path)
        if result is None:  # a plan of the repository not named in the run
            continue
        result.errors.extend(link_errors.get(summary.path, []))
        for rule_class in settling:
            mine = [f for f in result.findings if f.code == rule_class.code]
            kept = {id(f) for f in rule_class().settle(summary, mine)}  # by identity: equality costs n² on thousands
            result.findings = [f for f in result.findings if f.code != rule_class.code or id(f) in kept]


def failed(path: str, message) -> FileResult:
    """The result of a file the checker failed on (SH008): an input error, so the run exits 2."""
    return FileResult(path, kind=kind_of(path).name, errors=[InputError(path, 1, message, code="SH008")])


def died(path: str, status: int) -> tuple[FileResult, None]:
    """The result of a file whose worker process died while checking it."""
    return failed(path, say.WorkerDied(status=status)), None


class FileChecker:
    """Checks one file by its kind: what each worker process runs.

    Returns the file's result and, for a plan, its summary (what the run-wide rules read);
    the plan itself is dropped unless ``keep_plans``. Both are picklable.
    """

    def __init__(self, checking: Checking):
        self.checking = checking

    def __call__(self, path: str) -> tuple[FileResult, Plan | None]:
        """The file's result; a failure of the checker on this file is this file's input
        error (SH008), never the end of the run."""
        try:
            return self._check(path)
        except Exception as exc:  # noqa: BLE001 - MemoryError, RecursionError, a bug: this file only
            return failed(
                path, say.CheckFailed(problem=abbreviate(f"{type(exc).__name__}: {' '.join(str(exc).split())}", 200))
            ), None

    def _check(self, path: str) -> tuple[FileResult, Plan | None]:
        kind = kind_of(path)
        repository = self.checking.repository
        outside = outside_root(path, repository.root, repository.real)
        if outside is not None:
            return FileResult(path, kind=kind.name, errors=[outside]), None
        return kind.check(path, self.checking)
