"""Recall and precision of ``extract`` against the hand-made fixture in tests/data/extract/.

A claim found matches a fixture claim when it stands on the same line with the same value
and unit; optional fixture claims (a numeral inside a name, a time window) count neither way.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import yaml

from shanhai_check.drafts.read import read_draft
from shanhai_check.drafts.text import analyse
from shanhai_check.quantity import Comparator, plain

FIXTURES = Path(__file__).parent / "data" / "extract"
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"

COMPARATORS = {
    "=": Comparator.EQ,
    ">=": Comparator.GE,
    ">": Comparator.GE,
    "<=": Comparator.LE,
    "<": Comparator.LE,
    "about": Comparator.ABOUT,
    "range": Comparator.RANGE,
}


@dataclass
class Measured:
    """How many items the fixture expects, how many were found, how many of those match."""

    source: str
    expected: int = 0
    found: int = 0
    matched: int = 0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0


@dataclass
class Score(Measured):
    comparator_agrees: int = 0
    missed: list = field(default_factory=list)
    extra: list = field(default_factory=list)


def key(line: int, value: str, unit: str) -> tuple:
    if "~" in value:
        value = "~".join(plain(Decimal(v)) for v in value.split("~"))
    else:
        value = plain(Decimal(value))
    return (line, value, unit)


def found_key(claim) -> tuple:
    q = claim.figure.quantity
    value = plain(q.value) + (f"~{plain(q.upper)}" if q.upper is not None else "")
    return (claim.line, value, claim.figure.unit)


def score(fixture: Path) -> Score:
    data = yaml.safe_load(fixture.read_text(encoding="utf-8"))
    text = analyse(read_draft(str(SEEDS / data["source"])))
    expected = Counter(
        key(c["line"], str(c["value"]), c.get("unit") or "") for c in data["claims"] if not c.get("optional")
    )
    optional = {key(c["line"], str(c["value"]), c.get("unit") or "") for c in data["claims"] if c.get("optional")}
    comparators = {
        key(c["line"], str(c["value"]), c.get("unit") or ""): COMPARATORS[c["comparator"]] for c in data["claims"]
    }
    found = Counter(found_key(c) for c in text.claims if found_key(c) not in optional)
    by_key = {found_key(c): c for c in text.claims}
    matched = expected & found
    agrees = sum(n for k, n in matched.items() if by_key[k].comparator is comparators[k])
    return Score(
        data["source"],
        sum(expected.values()),
        sum(found.values()),
        sum(matched.values()),
        agrees,
        sorted((expected - found).elements()),
        sorted((found - expected).elements()),
    )


def scores() -> list[Score]:
    return [score(f) for f in sorted(FIXTURES.glob("*.yaml"))]


if __name__ == "__main__":
    total = Counter()
    for s in scores():
        print(
            f"{s.source}: expected {s.expected}, found {s.found}, matched {s.matched} — recall {s.recall:.3f}, "
            f"precision {s.precision:.3f}, comparator {s.comparator_agrees}/{s.matched}"
        )
        print("   missed:", s.missed)
        print("   extra: ", s.extra)
        total.update(expected=s.expected, found=s.found, matched=s.matched)
    print(f"all: recall {total['matched'] / total['expected']:.3f}, precision {total['matched'] / total['found']:.3f}")
