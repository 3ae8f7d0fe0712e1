"""What a run produces: one result per file, and the run's result. The seam between the
engine, which fills them, and the formatters, which only read them."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from shanhai_check.findings import Finding, InputError, Location, Severity, Verified, WordPlace
from shanhai_check.model import Plan, Waiver


@dataclass
class FileResult:
    path: str
    kind: str = "plan"  # plan | roster | draft | table (see kinds.py)
    findings: list[Finding] = field(default_factory=list)
    verified: list[Verified] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    waived: list[tuple[Finding, "Waiver"]] = field(default_factory=list)  # accepted findings, with their waiver
    plan: Plan | None = field(
        default=None, repr=False, compare=False
    )  # the loaded plan, for reports that draw its tables
    tallied: dict[str, int] = field(
        default_factory=dict
    )  # checks that agree, only counted (by code): no report lists them
    across: dict[str, object] = field(
        default_factory=dict, repr=False, compare=False
    )  # a draft's summaries, by rule code, for checks between drafts
    word: dict[int, WordPlace] = field(default_factory=dict, repr=False)  # a Word draft: each line's place in Word

    def word_place(self, where: Location):
        """Where *where* (a place in this file) is in Word, a message; None outside a Word draft."""
        place = self.word.get(where.line) if where.path == self.path else None
        return place.at(where.column) if place is not None else None

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

    @functools.cached_property
    def _word_files(self) -> dict[str, FileResult]:
        return {file.path: file for file in self.files if file.word}

    def word_place(self, where: Location):
        """Where *where* is in Word (a message), when it is a place in a Word draft of the run."""
        file = self._word_files.get(where.path)
        return file.word_place(where) if file is not None else None

    def fails(self, finding: Finding) -> bool:
        """Whether *finding* fails the run: its severity is at or above ``fail_on``. The exit
        status and the JUnit report's failures both ask this, so they always agree."""
        return finding.severity.rank <= self.fail_on.rank

    @property
    def exit_code(self) -> int:
        if self.input_errors:
            return 2
        return 1 if any(self.fails(f) for f in self.findings) else 0
