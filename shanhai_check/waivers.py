"""Waivers: the findings a plan accepts, set aside after every check has run.

A waiver (``waivers:`` in the plan: a code, words its finding contains, a reason) moves each
finding of its own file that it matches to ``result.waived``: still listed by ``check -v``
and the JSON and SARIF reports, but not counted and not failing the run. A waiver that
matches nothing is stale, and reported as SH952 (see ``rules/sh952_waiver_unused.py``).
"""

from __future__ import annotations

from shanhai_check.messages import rules as msg
from shanhai_check.model import Plan
from shanhai_check.results import FileResult
from shanhai_check.rules.sh952_waiver_unused import WAIVER_CODES, WaiverUnused, waives


def apply(plan: Plan, result: FileResult) -> None:
    """Move the findings *plan*'s waivers match to ``result.waived``; report unused waivers."""
    kept, used = [], set()
    for finding in result.findings:
        waiver = next((w for w in plan.waivers if finding.code not in WAIVER_CODES and waives(w, finding)), None)
        if waiver is None:
            kept.append(finding)
            continue
        used.add(id(waiver))
        result.waived.append((finding, waiver))
    unused = WaiverUnused()
    for waiver in plan.waivers:
        if waiver.reason.strip() and id(waiver) not in used:
            kept.append(unused.finding(msg.WaiverUnused(code=waiver.code, applies_to=waiver.applies_to), waiver.where))
    result.findings = sorted(kept, key=lambda finding: finding.sort_key)
