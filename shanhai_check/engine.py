"""Run the checks: collect files, load each once, apply every rule, gather the results.

Data flows one way: load (YAML → model) → check (rules → findings) → report (formatters).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from shanhai_check import input_messages as say
from shanhai_check import rounding
from shanhai_check.findings import Finding, InputError, InputErrors, Severity, Verified
from shanhai_check.load import Repository, RosterFile
from shanhai_check.model import Plan, Waiver
from shanhai_check.quantity import abbreviate
from shanhai_check.rules import ALL_RULES
from shanhai_check.drafts.read import DRAFT_SUFFIXES, is_draft
from shanhai_check.rules.base import DraftRule, RepositoryRule, Rule
from shanhai_check.rules.sh952_waiver_unused import WaiverUnused
from shanhai_check.workers import check_files
from shanhai_check.yamltree import supplied

PLAN_SUFFIXES = (".yaml", ".yml")
# Drafts (.txt, .docx) are checked for their own arithmetic by the draft rules (SHx1x).
CHECKED_SUFFIXES = PLAN_SUFFIXES + DRAFT_SUFFIXES


@dataclass
class FileResult:
    path: str
    kind: str = "plan"  # plan | roster | draft
    findings: list[Finding] = field(default_factory=list)
    verified: list[Verified] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    waived: list[tuple[Finding, "Waiver"]] = field(default_factory=list)  # accepted findings, with their waiver
    plan: Plan | None = field(default=None, repr=False, compare=False)  # the loaded plan, for reports that draw its tables
    tallied: dict[str, int] = field(default_factory=dict)  # checks that agree, only counted (by code): no report lists them
    across: dict[str, object] = field(default_factory=dict, repr=False, compare=False)  # a draft's summaries, by rule code, for checks between drafts

    @property
    def verified_count(self) -> int:
        return len(self.verified) + sum(self.tallied.values())

    def tally_verified(self) -> None:
        """Keep only how many checks agree, per code: the list is most of a run's memory, and
        only ``-v`` and the JSON and HTML reports show it."""
        for item in self.verified:
            self.tallied[item.code] = self.tallied.get(item.code, 0) + 1
        self.verified = []


@dataclass
class RunResult:
    files: list[FileResult]
    fail_on: Severity = Severity.ERROR  # the lowest severity that fails the run (--fail-on)

    @property
    def findings(self) -> list[Finding]:
        return [f for r in self.files for f in r.findings]

    @property
    def input_errors(self) -> list[InputError]:
        return [e for r in self.files for e in r.errors]

    def fails(self, finding: Finding) -> bool:
        """Whether *finding* fails the run: its severity is at or above ``fail_on``. The exit
        status and the JUnit report's failures both ask this, so they always agree."""
        return finding.severity.rank <= self.fail_on.rank

    @property
    def exit_code(self) -> int:
        if self.input_errors:
            return 2
        return 1 if any(self.fails(f) for f in self.findings) else 0


def collect(paths: list[str], excluded=None) -> tuple[list[str], list[InputError]]:
    """Plan files under *paths* (folders walked, symlinked folders not followed), sorted.
    *excluded(path)*: true for files and folders to leave out, named or walked alike."""
    excluded = excluded or (lambda path: False)
    files: list[str] = []
    errors: list[InputError] = []
    for path in paths:
        if excluded(path):
            continue
        if supplied(path) is not None:  # given on standard input
            files.append(path)
        elif os.path.isdir(path):
            files.extend(_walk(path, excluded, errors))
        elif os.path.exists(path) or os.path.islink(path):
            files.append(path)
        else:
            errors.append(InputError(path, 1, say.PathMissing(), code="SH006"))
    return _once(files), errors


def _once(files: list[str]) -> list[str]:
    """Each file once, under the first name it was given by: 'a.yaml', './a.yaml' and a
    folder holding it name one file."""
    seen: set[str] = set()
    kept = []
    for path in files:
        key = os.path.normpath(os.path.abspath(path))
        if key not in seen:
            seen.add(key)
            kept.append(path)
    return kept


def _walk(folder: str, excluded, errors: list[InputError]) -> list[str]:
    """The checked files under *folder*, in name order, depth first, without recursion (a
    folder 1,100 deep is walked like any other) and without following symlinked folders (a
    loop cannot trap us); a folder that cannot be listed (no permission, a path past
    PATH_MAX) is an input error, not a silence."""
    found, pending = [], [folder]
    while pending:
        top = pending.pop()
        try:
            with os.scandir(top) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as exc:
            errors.append(InputError(top, 1, say.FolderUnreadable(reason=exc.strerror or str(exc)), code="SH006"))
            continue
        folders = []
        for entry in entries:
            path = os.path.join(top, entry.name)
            if entry.is_dir():
                if not entry.is_symlink() and not entry.name.startswith(".") and not excluded(path):
                    folders.append(path)
            elif entry.name.endswith(CHECKED_SUFFIXES) and not excluded(path):
                found.append(path)
        pending.extend(reversed(folders))
    return found


def default_root(paths: list[str]) -> str:
    """The tree referenced files must stay in: the working directory when every path is in
    it, otherwise the folder that holds all the paths."""
    cwd = os.path.realpath(os.getcwd())
    folders = [os.path.realpath(p if os.path.isdir(p) else os.path.dirname(p) or ".") for p in paths] or [cwd]
    if all(os.path.commonpath([cwd, f]) == cwd for f in folders):
        return cwd
    return os.path.commonpath(folders)


def check_plan(plan: Plan, rules=ALL_RULES) -> FileResult:
    result = FileResult(plan.path, plan=plan)
    _keep(result, rounding.outcomes(lambda: (o for rule_class in rules for o in rule_class().check(plan)), plan.declares_rounding))
    return result


def _keep(result: FileResult, outcomes) -> None:
    for outcome in outcomes:
        (result.findings if isinstance(outcome, Finding) else result.verified).append(outcome)


def check_draft_file(path: str, rules) -> FileResult:
    """A draft's result: what the draft rules found, or why it could not be read."""
    from shanhai_check.drafts.check import check_text, read_and_analyse

    try:
        text = read_and_analyse(path)
    except InputError as error:
        return FileResult(path, kind="draft", errors=[error])
    result = FileResult(path, kind="draft")
    _keep(result, check_text(text, rules))
    for rule_class in rules:
        if (summary := rule_class().summarise(text)) is not None:
            result.across[rule_class.code] = summary
    return result


def check_across_drafts(results: list[FileResult], rules) -> None:
    """The draft rules that compare the drafts of one run, over their summaries; then the
    summaries are dropped."""
    drafts = sorted((r for r in results if r.across), key=lambda r: r.path)
    by_path = {r.path: r for r in drafts}
    for rule_class in rules if len(drafts) > 1 else ():
        summaries = [r.across[rule_class.code] for r in drafts if rule_class.code in r.across]
        for outcome in rule_class().check_across(summaries):
            _keep(by_path[outcome.location.path], [outcome])
    for result in drafts:
        result.across = {}


def link(plans: list[Plan], repository: Repository) -> dict[str, list[InputError]]:
    """Resolve every parent link to its plan (loading parents not among *plans* once, for
    reference only) and record each child on its parent. Returns input errors by child path."""
    by_path = {os.path.realpath(p.path): p for p in plans}
    errors: dict[str, list[InputError]] = {}
    for plan in plans:
        if plan.parent is None:
            continue
        parent = by_path.get(plan.parent.plan) or _load_parent(plan, repository, errors)
        if parent is None:
            continue
        by_path[plan.parent.plan] = parent
        plan.parent.target = parent
        parent.children.extend((plan, l) for l in plan.parent.links)
    cycles = {id(plan): cycle for plan in plans if (cycle := _cycle(plan))}
    for plan in plans:  # a plan cannot roll up into itself, directly or through others
        if id(plan) in cycles:
            where = plan.parent.where
            chain = say.Chain(p.path for p in cycles[id(plan)])
            errors.setdefault(plan.path, []).append(InputError(where.path, where.line, say.ParentCycle(chain=chain), where.column, code="SH005"))
            parent, plan.parent.target = plan.parent.target, None
            parent.children = [(child, l) for child, l in parent.children if child is not plan]
    return errors


def _cycle(plan: Plan) -> list[Plan]:
    """*plan*, its parent, its parent's parent … back to *plan*; [] when the chain ends elsewhere."""
    chain, seen = [plan], {id(plan)}
    current = plan.parent.target if plan.parent else None
    while current is not None and id(current) not in seen:
        chain.append(current)
        seen.add(id(current))
        current = current.parent.target if current.parent else None
    return chain + [plan] if current is plan else []


def _load_parent(plan: Plan, repository: Repository, errors: dict) -> Plan | None:
    where = plan.parent.where
    problem: object = ""  # a message, or the parent's own error shown whole, in the report's language
    try:
        # named relative to the working directory, like the checked files, so messages quoting it read alike
        loaded = repository.load(os.path.relpath(plan.parent.plan))
    except InputErrors as failure:
        problem = failure.errors[0]
    except OSError as failure:  # a missing parent is the child's input problem, not a crash
        problem = failure.strerror or str(failure)
    else:
        if isinstance(loaded, Plan):
            return loaded
        problem = say.ParentIsRoster()
    message = say.ParentUnusable(reference=plan.parent.reference, problem=problem)
    errors.setdefault(plan.path, []).append(InputError(where.path, where.line, message, where.column, code="SH005"))
    return None


def run(paths: list[str], root: str | None = None, rules=ALL_RULES, progress=iter, jobs: int = 1, keep_plans: bool = True, keep_verified: bool = True, excluded=None) -> RunResult:
    """Check each file as it is loaded (in *jobs* processes when there are enough files), keep
    of each plan only its summary, then link parents, run the cross-plan rules once over the
    summaries, and apply waivers. *keep_plans*: keep each loaded plan on its result, for
    reports that draw its tables; *keep_verified*: keep the checks that agree, not only their
    number, for reports that list them (memory then grows with the repository); *excluded*:
    see :func:`collect`."""
    files, missing = collect(paths, excluded)
    cross_plan = [r for r in rules if issubclass(r, RepositoryRule)]
    draft_rules = [r for r in rules if issubclass(r, DraftRule)]
    per_plan = [r for r in rules if r not in cross_plan and r not in draft_rules]
    checker = FileChecker(root or default_root(paths), per_plan, keep_plans, keep_verified, draft_rules)
    results = [FileResult(e.location.path, errors=[e]) for e in missing]
    by_path: dict[str, FileResult] = {}
    summaries: list[Plan] = []
    for _, (result, summary) in zip(progress(files), check_files(checker, files, jobs, died)):  # progress: e.g. draws a bar
        if summary is None:
            results.append(result)
            continue
        by_path[result.path] = result
        summaries.append(summary)
    link_errors = link(summaries, checker.repository)
    settling = [r for r in per_plan if r.settle is not Rule.settle]
    for summary in summaries:
        result = by_path[summary.path]
        result.errors.extend(link_errors.get(summary.path, []))
        for rule_class in settling:  # findings that depend on the plans linked to this one
            mine = [f for f in result.findings if f.code == rule_class.code]
            kept = {id(f) for f in rule_class().settle(summary, mine)}  # by identity: equality costs n² on thousands
            result.findings = [f for f in result.findings if f.code != rule_class.code or id(f) in kept]
    for rule_class in cross_plan:
        for outcome in rule_class().check_repository(summaries):
            target = by_path.get(outcome.location.path)
            if target is not None:  # outcomes about a parent loaded only for reference are not reported
                _keep(target, [outcome])
    for summary in summaries:  # waivers last: they see every finding, cross-plan ones included
        WaiverUnused().apply(summary, by_path[summary.path])
        if not keep_verified:
            by_path[summary.path].tally_verified()
    check_across_drafts(results, draft_rules)
    if not keep_verified:
        for result in results:
            result.tally_verified()
    results.extend(by_path.values())
    results.sort(key=lambda r: r.path)
    return RunResult(results)


def failed(path: str, message) -> FileResult:
    """The result of a file the checker failed on (SH008): an input error, so the run exits 2."""
    return FileResult(path, kind="draft" if is_draft(path) else "plan", errors=[InputError(path, 1, message, code="SH008")])


def died(path: str, status: int) -> tuple[FileResult, None]:
    """The result of a file whose worker process died while checking it."""
    return failed(path, say.WorkerDied(status=status)), None


class FileChecker:
    """Loads and checks one file with the per-plan rules: what each worker process runs.

    Returns the file's result and, for a plan, its summary (what the cross-plan rules read);
    the plan itself is dropped unless *keep_plans*. Both are picklable.
    """

    def __init__(self, root: str, rules, keep_plans: bool, keep_verified: bool = True, draft_rules=()):
        self.repository = Repository(root)
        self.rules = rules
        self.keep_plans = keep_plans
        self.keep_verified = keep_verified
        self.draft_rules = draft_rules

    def __call__(self, path: str) -> tuple[FileResult, Plan | None]:
        """The file's result; a failure of the checker on this file is this file's input
        error (SH008), never the end of the run."""
        try:
            return self._check(path)
        except Exception as exc:  # noqa: BLE001 - MemoryError, RecursionError, a bug: this file only
            return failed(path, say.CheckFailed(problem=abbreviate(f"{type(exc).__name__}: {' '.join(str(exc).split())}", 200))), None

    def _check(self, path: str) -> tuple[FileResult, Plan | None]:
        outside = self._outside_root(path)
        if outside is not None:
            return FileResult(path, kind="draft" if is_draft(path) else "plan", errors=[outside]), None
        if is_draft(path):  # a draft has no summary: no plan links to it
            return self._counted(check_draft_file(path, self.draft_rules)), None
        try:
            loaded = self.repository.load(path)
        except InputErrors as failure:
            return FileResult(path, errors=failure.errors), None
        if isinstance(loaded, RosterFile):
            return FileResult(path, kind="roster"), None
        result = check_plan(loaded, self.rules)
        if not self.keep_plans:
            result.plan = None
        return self._counted(result), loaded.summary()

    def _outside_root(self, path: str) -> InputError | None:
        """SH007 for a file whose real place is outside the root (a symlink out of the
        repository, or a path outside --root): it is not read."""
        if supplied(path) is not None:  # standard input: nothing is read from the disk
            return None
        root, target = self.repository.root, os.path.realpath(path)
        if os.path.commonpath([root, target]) == root:
            return None
        return InputError(path, 1, say.FileOutsideRoot(target=target, root=root), code="SH007")

    def _counted(self, result: FileResult) -> FileResult:
        """Checks that agree only counted, when no report lists them (memory stays flat)."""
        if not self.keep_verified:
            result.tally_verified()
        return result
