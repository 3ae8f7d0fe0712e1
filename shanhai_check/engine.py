"""Run the checks: collect files, load each once, apply every rule, gather the results.

Data flows one way: load (YAML → model) → check (rules → findings) → report (formatters).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from shanhai_check.findings import Finding, InputError, InputErrors, Severity, Verified
from shanhai_check.load import Repository, RosterFile
from shanhai_check.model import Plan
from shanhai_check.rules import ALL_RULES

PLAN_SUFFIXES = (".yaml", ".yml")


@dataclass
class FileResult:
    path: str
    kind: str = "plan"  # plan | roster
    findings: list[Finding] = field(default_factory=list)
    verified: list[Verified] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)


@dataclass
class RunResult:
    files: list[FileResult]

    @property
    def findings(self) -> list[Finding]:
        return [f for r in self.files for f in r.findings]

    @property
    def input_errors(self) -> list[InputError]:
        return [e for r in self.files for e in r.errors]

    @property
    def exit_code(self) -> int:
        if self.input_errors:
            return 2
        return 1 if any(f.severity is Severity.ERROR for f in self.findings) else 0


def collect(paths: list[str]) -> tuple[list[str], list[InputError]]:
    """Plan files under *paths* (folders walked, symlinked folders not followed), sorted."""
    files: list[str] = []
    errors: list[InputError] = []
    for path in paths:
        if os.path.isdir(path):
            files.extend(_walk(path))
        elif os.path.exists(path) or os.path.islink(path):
            files.append(path)
        else:
            errors.append(InputError(path, 1, "文件或目录不存在", code="SH006"))
    return list(dict.fromkeys(files)), errors


def _walk(folder: str) -> list[str]:
    found = []
    for top, dirs, names in os.walk(folder):  # followlinks=False: a symlink loop cannot trap us
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(os.path.join(top, n) for n in sorted(names) if n.endswith(PLAN_SUFFIXES))
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
    result = FileResult(plan.path)
    for rule_class in rules:
        for outcome in rule_class().check(plan):
            (result.findings if isinstance(outcome, Finding) else result.verified).append(outcome)
    result.findings.sort(key=lambda f: f.sort_key)
    return result


def run(paths: list[str], root: str | None = None, rules=ALL_RULES, progress=iter) -> RunResult:
    files, missing = collect(paths)
    repository = Repository(root or default_root(paths))
    results = [FileResult(e.location.path, errors=[e]) for e in missing]
    for path in progress(files):  # progress: wraps the file list, e.g. to draw a bar
        try:
            loaded = repository.load(path)
        except InputErrors as failure:
            results.append(FileResult(path, errors=failure.errors))
            continue
        if isinstance(loaded, RosterFile):
            results.append(FileResult(path, kind="roster"))
        else:
            results.append(check_plan(loaded, rules))
    return RunResult(results)
