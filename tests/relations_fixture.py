"""Recall and precision of the draft rules (issue 8) against tests/data/relations/.

The fixture lists, by hand, every arithmetic relation in the seeds and extras with its verdict.
An outcome of the checker (a finding or a check that agrees) matches a relation when it is
of a rule for that kind, stands on the relation's anchor line (or names it among its related
lines), and has the right verdict: a finding for a relation that fails, an agreement for one
that holds. Optional relations count neither way. Run ``python tests/relations_fixture.py``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from claims_fixture import Measured
from shanhai_check.engine import run
from shanhai_check.findings import Finding

FIXTURES = Path(__file__).parent / "data" / "relations"
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
KIND_CODES = {
    "numbering": {"SH611", "SH612"},
    "total-parts": {"SH211", "SH111"},
    "repeat": {"SH211", "SH811"},
    "per-unit": {"SH411"},
    "share": {"SH131"},
    "count": {"SH613"},
    "year-span": {"SH812"},
}


@dataclass
class Score(Measured):
    false_errors: list = field(default_factory=list)


def score(fixture: Path) -> Score:
    data = yaml.safe_load(fixture.read_text(encoding="utf-8"))
    result = run([str(SEEDS / data["source"])])
    outcomes = [
        o
        for file in result.files
        for o in (*file.findings, *file.verified)
        if any(o.code in c for c in KIND_CODES.values())
    ]
    score = Score(data["source"])
    by_line = defaultdict(list)
    for relation in data["relations"]:
        by_line[relation["line"]].append(relation)
    used = set()
    for relation in data["relations"]:
        if relation.get("optional"):
            continue
        score.expected += 1
        for outcome in outcomes:
            if id(outcome) in used or outcome.code not in KIND_CODES[relation["kind"]]:
                continue
            lines = {outcome.location.line, *(r.line for r in outcome.related)}
            if relation["line"] in lines and isinstance(outcome, Finding) != relation["holds"]:
                score.matched += 1
                used.add(id(outcome))
                break
    score.found = len(outcomes)
    for outcome in outcomes:
        holds_here = any(r["holds"] for r in by_line.get(outcome.location.line, []))
        if isinstance(outcome, Finding) and outcome.severity.value == "error" and holds_here:
            score.false_errors.append(outcome)
    # an outcome on an optional relation is neither right nor wrong
    optional_lines = {r["line"] for r in data["relations"] if r.get("optional")}
    score.found -= sum(1 for o in outcomes if id(o) not in used and o.location.line in optional_lines)
    return score


def scores() -> list[Score]:
    return [score(f) for f in sorted(FIXTURES.glob("*.yaml"))]


if __name__ == "__main__":
    totals = Score("all")
    for s in scores():
        print(
            f"{s.source}: {s.matched}/{s.expected} relations found (recall {s.recall:.2f}), "
            f"{s.found} outcomes (precision {s.precision:.2f}), false errors {len(s.false_errors)}"
        )
        totals.expected += s.expected
        totals.found += s.found
        totals.matched += s.matched
    print(f"all: recall {totals.recall:.3f}, precision {totals.precision:.3f}")
