"""Declared rounding: an agreement only the rounding explains is a warning, never 一致.

Figures are exact unless the document declares them rounded (``rounded: true`` on the
document, a metric or a table; a draft that says 四舍五入). A plan or draft that declares
rounding is checked twice with the same rules: once reading every figure exactly, once
reading the declared figures as their rounding intervals. A check that agrees in the rounded
reading but not in the exact one is reported as the exact reading's finding, at warning
level, saying that it holds only if the figures are rounded. Everything else is the rounded
reading's outcome. A file that declares nothing is checked once: nothing can differ.
"""

from __future__ import annotations

import dataclasses
from typing import Callable, Iterable

from shanhai_check.messages import rules as msg
from shanhai_check.findings import Finding, Severity, Verified
from shanhai_check.quantity import exact_reading

Outcome = "Finding | Verified"


def outcomes(check: Callable[[], Iterable], declared: bool) -> list:
    """What *check* gives, read exactly where nothing is declared rounded, and both ways where
    something is (see the module docstring)."""
    if not declared:
        return list(check())
    with exact_reading():
        exact = list(check())
    return _settled(exact, list(check()))


def _key(outcome) -> tuple:
    where = outcome.location
    return outcome.code, where.path, where.line, where.column


def _settled(exact: list, rounded: list) -> list:
    unmet: dict[tuple, list[Finding]] = {}
    for outcome in exact:
        if isinstance(outcome, Finding):
            unmet.setdefault(_key(outcome), []).append(outcome)
    settled = []
    for outcome in rounded:
        waiting = unmet.get(_key(outcome)) if isinstance(outcome, Verified) else None
        settled.append(_only_if_rounded(waiting.pop(0)) if waiting else outcome)
    return settled


def _only_if_rounded(finding: Finding) -> Finding:
    severity = Severity.INFO if finding.severity is Severity.INFO else Severity.WARNING
    return dataclasses.replace(finding, severity=severity, message=msg.HoldsOnlyIfRounded(finding=finding.message))
