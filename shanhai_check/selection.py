"""Which findings a run reports, and at what severity: ``select``, ``ignore`` and ``severity``.

Applied after the checks, to the :class:`RunResult`, so the engine knows nothing about
configuration and every rule always runs the same way. Selection follows ruff: a code is
reported when the most specific pattern that matches it comes from ``select`` (``SH4``
selects SH401…SH404; ``--select SH4 --ignore SH402`` leaves SH402 out, ``--ignore SH4
--select SH402`` keeps only SH402 of them); on a tie ``ignore`` wins. Input errors (SH0xx)
are never filtered: a file that could not be read was not checked, and saying nothing about
it would pass it silently.
"""

from __future__ import annotations

import functools

import re
from dataclasses import dataclass, field, replace
from typing import Iterable

from shanhai_check.results import RunResult
from shanhai_check.findings import Severity
from shanhai_check.messages import MessageError
from shanhai_check.messages.config import BadLevel, NotARuleCode, UnknownPattern
from shanhai_check.rules import RULES
from shanhai_check.rules.groups import GROUPS

PATTERN = re.compile(r"SH\d{0,3}")


class SelectionError(MessageError):
    """A code, prefix or level that names nothing; carries a bilingual :class:`Message`."""


def split_codes(values: Iterable[str]) -> list[str]:
    """'SH1, SH201' and repeated flags → ['SH1', 'SH201'] (commas or spaces separate)."""
    return [part for value in values for part in re.split(r"[,\s]+", value.strip()) if part]


def patterns(values: Iterable[str]) -> tuple[str, ...]:
    """Validated code patterns: each must be a code or prefix of at least one rule, or the
    name of a rule group (``drafts``, ``sums``: see rules/groups.py), which stands for its
    codes, each as specific as a whole code."""
    found = []
    for pattern in split_codes(values):
        if pattern.lower() in GROUPS:
            found.extend(GROUPS[pattern.lower()])
        elif PATTERN.fullmatch(pattern) and any(code.startswith(pattern) for code in RULES):
            found.append(pattern)
        else:
            raise SelectionError(UnknownPattern(pattern=pattern))
    return tuple(found)


def levels(overrides: dict[str, str]) -> dict[str, Severity]:
    """Validated severity overrides: whole rule codes → error | warning | info."""
    checked = {}
    for code, level in overrides.items():
        if code not in RULES:
            raise SelectionError(NotARuleCode(code=code))
        if level not in {s.value for s in Severity}:
            raise SelectionError(BadLevel(code=code, level=level))
        checked[code] = Severity(level)
    return checked


@functools.lru_cache(maxsize=4096)  # asked for every finding and check of a run: thousands of times
def _specificity(code: str, pattern_list: tuple[str, ...]) -> int:
    """Length of the longest pattern that matches *code*, or -1 when none does."""
    return max((len(p) for p in pattern_list if code.startswith(p)), default=-1)


@dataclass(frozen=True)
class Selection:
    select: tuple[str, ...] = ("SH",)
    ignore: tuple[str, ...] = ()
    severity: dict[str, Severity] = field(default_factory=dict)

    def enabled(self, code: str) -> bool:
        return _specificity(code, self.select) > _specificity(code, self.ignore)

    @property
    def codes(self) -> tuple[str, ...]:
        """Every rule code this selection reports, in registry order."""
        return tuple(code for code in RULES if self.enabled(code))

    def apply(self, result: RunResult) -> RunResult:
        """The same run with unselected findings, verifications and waived findings left out
        and severities overridden, so every formatter and the exit status see one consistent
        result."""
        files = []
        for file in result.files:
            findings = [self._leveled(f) for f in file.findings if self.enabled(f.code)]
            verified = [v for v in file.verified if self.enabled(v.code)]
            waived = [(self._leveled(f), w) for f, w in file.waived if self.enabled(f.code)]
            tallied = {code: n for code, n in file.tallied.items() if self.enabled(code)}
            files.append(replace(file, findings=findings, verified=verified, waived=waived, tallied=tallied))
        return replace(result, files=files)

    def _leveled(self, finding):
        """*finding* at the severity the configuration gives its code (a copy only when it differs)."""
        level = self.severity.get(finding.code, finding.severity)
        return finding if level is finding.severity else replace(finding, severity=level)
