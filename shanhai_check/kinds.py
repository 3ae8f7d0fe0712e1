"""The kinds of input a run checks, each with the suffixes it claims and how it is checked.

This is the seam between files and rules: a kind reads a file into the document its rules
read (a plan, a draft's analysed text) and runs the rules that declare they read it
(``Rule.reads``). Adding an input kind means one class here and its entry in ``KINDS``; the
engine only asks :func:`kind_of`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import ClassVar

from shanhai_check import rounding
from shanhai_check.files import supplied
from shanhai_check.findings import Finding, InputError, InputErrors
from shanhai_check.load import Repository, RosterFile
from shanhai_check.messages import inputs as say
from shanhai_check.model import Plan
from shanhai_check.results import FileResult


@dataclass
class Checking:
    """What checking one file needs besides the file: the rules of each kind (by ``reads``),
    the repository plans load rosters from, and what to keep of each result."""

    repository: Repository
    rules: dict[str, list] = field(default_factory=dict)  # by the kind name the rules read
    keep_plans: bool = True  # keep each plan on its result, for reports that draw its tables
    keep_verified: bool = True  # keep the checks that agree, not only their number

    def rules_for(self, kind: str) -> list:
        return self.rules.get(kind, [])

    def finished(self, result: FileResult) -> FileResult:
        """Checks that agree only counted, when no report lists them (memory stays flat)."""
        if not self.keep_verified:
            result.tally_verified()
        return result


class InputKind:
    """One kind of input file. ``check`` returns the file's result and, for a kind whose
    documents other files refer to (plans), the summary the run-wide rules read."""

    name: ClassVar[str]
    suffixes: ClassVar[tuple[str, ...]]
    walked: ClassVar[bool] = True  # found in the folders a run is given, not only when named
    reads: ClassVar[str]  # the document the kind's rules read (Rule.reads)

    def claims(self, path: str) -> bool:
        return path.lower().endswith(self.suffixes)

    def check(self, path: str, checking: Checking) -> tuple[FileResult, object | None]:
        raise NotImplementedError


def outcomes_into(result: FileResult, outcomes) -> FileResult:
    """Findings to ``result.findings``, checks that agree to ``result.verified``."""
    for outcome in outcomes:
        (result.findings if isinstance(outcome, Finding) else result.verified).append(outcome)
    return result


def check_plan(plan: Plan, rules) -> FileResult:
    """A loaded plan's result under *rules* (run twice when the plan declares rounding)."""
    outcomes = rounding.outcomes(
        lambda: (o for rule_class in rules for o in rule_class().check(plan)), plan.declares_rounding
    )
    return outcomes_into(FileResult(plan.path, plan=plan), outcomes)


def check_draft(text, rules) -> list:
    """An analysed draft's outcomes under *rules* (run twice when the draft declares rounding)."""
    return rounding.outcomes(
        lambda: (o for rule_class in rules for o in rule_class().check(text)), text.declares_rounding
    )


class PlanKind(InputKind):
    """A plan (or a shared roster) written in YAML: loaded, validated, built into the model."""

    name = "plan"
    suffixes = (".yaml", ".yml")
    reads = "plan"

    def check(self, path: str, checking: Checking) -> tuple[FileResult, Plan | None]:
        try:
            loaded = checking.repository.load(path)
        except InputErrors as failure:
            return FileResult(path, errors=failure.errors), None
        if isinstance(loaded, RosterFile):
            return FileResult(path, kind="roster"), None
        result = check_plan(loaded, checking.rules_for(self.reads))
        if not checking.keep_plans:
            result.plan = None
        return checking.finished(result), loaded.summary()


class DraftKind(InputKind):
    """A draft as published: plain text (UTF-8 or GB18030) or Word, read for its own
    arithmetic. No plan links to a draft, so it has no summary; a rule that compares drafts
    keeps what it needs of each in ``result.across``."""

    name = "draft"
    suffixes = (".txt", ".docx")
    reads = "draft"

    def check(self, path: str, checking: Checking) -> tuple[FileResult, None]:
        from shanhai_check.drafts.check import read_and_analyse

        try:
            text = read_and_analyse(path)
        except InputError as error:
            return FileResult(path, kind=self.name, errors=[error]), None
        rules = checking.rules_for(self.reads)
        result = outcomes_into(FileResult(path, kind=self.name, word=text.draft.word), check_draft(text, rules))
        for rule_class in rules:
            if (summary := rule_class().summarise(text)) is not None:
                result.across[rule_class.code] = summary
        return checking.finished(result), None


class TableKind(InputKind):
    """A spreadsheet's table (.xlsx, .csv), read as ``import`` reads it and checked by the plan
    rules as the plan it would become: its 合计 row against its rows, its figures, each finding
    at its cell (line = the spreadsheet's row, column = its column). Only when named: a plan
    repository keeps exported tables that are not sources (``show --format xlsx``)."""

    name = "table"
    suffixes = (".xlsx", ".csv")
    walked = False
    reads = "plan"  # a table is checked as the plan it would be

    def check(self, path: str, checking: Checking) -> tuple[FileResult, None]:
        from shanhai_check.tabular.as_plan import as_plan_data
        from shanhai_check.tabular.layout import layout
        from shanhai_check.tabular.read import read_grid
        from shanhai_check.tabular.table import TableError

        try:
            table, _ = layout(read_grid(path), path)  # its warnings are import's: a column it leaves out is named there
            plan = checking.repository.build(path, as_plan_data(table, path))
        except TableError as error:
            place = error.place if error.place is not None and not isinstance(error.place, str) else None
            line, column = (place.row, place.column) if place else (1, 1)
            return FileResult(
                path, kind=self.name, errors=[InputError(path, line, error.message, column, code="SH002")]
            ), None
        except InputErrors as failure:
            return FileResult(path, kind=self.name, errors=failure.errors), None
        result = check_plan(plan, checking.rules_for(self.reads))
        result.kind = self.name
        if not checking.keep_plans:
            result.plan = None
        return checking.finished(result), None


KINDS: tuple[InputKind, ...] = (PlanKind(), DraftKind(), TableKind())
# A file named on the command line with another suffix is read as a plan, as it always was.
DEFAULT_KIND = KINDS[0]
WALKED_SUFFIXES = tuple(suffix for kind in KINDS if kind.walked for suffix in kind.suffixes)


def reads_of(kind: str) -> str | None:
    """What the rules of the file kind *kind* read ("plan", "draft"); None for a roster."""
    return next((k.reads for k in KINDS if k.name == kind), None)


def kind_of(path: str) -> InputKind:
    return next((kind for kind in KINDS if kind.claims(path)), DEFAULT_KIND)


def outside_root(path: str, root: str, realpath=os.path.realpath) -> InputError | None:
    """SH007 for a file whose real place is outside *root* (a symlink out of the repository,
    or a path outside --root): it is not read. *realpath*: e.g. the repository's, which looks
    at each folder once."""
    if supplied(path) is not None:  # standard input: nothing is read from the disk
        return None
    target = realpath(path)
    if os.path.commonpath([root, target]) == root:
        return None
    return InputError(path, 1, say.FileOutsideRoot(target=target, root=root), code="SH007")
