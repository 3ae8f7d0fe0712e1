"""The relations a document states between its figures, and one judge for each kind.

Plans and drafts state the same kinds of relation: a total and its parts (a table's 合计 and
its rows; "安排5亿元,其中教育1.2亿元、医疗0.8亿元"), a per-unit amount times the units it binds
("5个区各落实221万元"), one quantity stated twice. Their readers differ (the plan model knows
its tables and roles; the draft reader finds 其中, 各 and 合计 in sentences), so each produces
the relations it reads, with every figure's place and how sure the reading is; the arithmetic
and the verdict are here, once, for both. A fix to the arithmetic is one fix, and a plan and the
draft it was encoded from get one verdict.

How sure a reading is decides what a verdict may become: a relation the document states (a
合计 row, 其中, 分别为) and reads for certain is an error when its figures contradict it; a
relation read with doubt is at most a warning; a relation only inferred is confirmed when it
holds and never reported when it does not (a wrong inference is not the document's error).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from decimal import Decimal

from shanhai_check.findings import Severity
from shanhai_check.quantity import Comparator, Interval, Measure, Quantity
from shanhai_check.sums import Term, add_up, rounding_note

_BOUNDS = (Comparator.GE, Comparator.LE)


class Outcome(enum.Enum):
    AGREES = "agrees"  # the figures hold together
    WITHIN = "within"  # a partial list of parts that stays within its total
    DIFFERS = "differs"  # the whole of the parts does not make the total
    EXCEEDS = "exceeds"  # a partial list of parts already exceeds its total
    SILENT = "silent"  # an inferred relation that fails: the reading, not the document, may be wrong
    NOT_GUARANTEED = "not guaranteed"  # every unit meeting its floor does not make the total's floor
    APART = "apart"  # the values the two figures allow do not meet


@dataclass(frozen=True)
class Verdict:
    """A judge's answer: the outcome, the exact arithmetic behind it and, for a finding, its
    severity (None: the rule's own, for a certain reading; WARNING for a doubtful one)."""

    outcome: Outcome
    exact: Decimal
    computed: Interval
    stated: Interval
    severity: Severity | None = None

    @property
    def agrees(self) -> bool:
        return self.outcome in (Outcome.AGREES, Outcome.WITHIN)

    @property
    def reported(self) -> bool:
        return not self.agrees and self.outcome is not Outcome.SILENT

    def note(self, unit: Measure | None):
        """The intervals, said only when rounding or a bound is in play."""
        return rounding_note(self.stated, self.computed, unit)


@dataclass(frozen=True)
class PartsOfTotal:
    """A stated total and its parts: a table's 合计 and its rows, a sentence's 其中 list."""

    total: Quantity
    parts: tuple[Term, ...]
    whole: bool = True  # the parts are all of it (a table's rows, 分别为): they must make it
    stated: bool = True  # the document says so (a 合计 row, 其中); else the relation was inferred
    certain: bool = True  # the reading is sure: a contradiction is the rule's severity, else a warning


def judge_parts(relation: PartsOfTotal) -> Verdict:
    """The parts' exact sum against the total, figure by figure as written (exact unless the
    document declares its figures rounded, see rounding.py)."""
    exact, computed = add_up(list(relation.parts))
    stated = relation.total.interval()
    severity = None if relation.certain else Severity.WARNING
    if computed.meets(stated):
        return Verdict(Outcome.AGREES, exact, computed, stated)
    exceeds = computed.lo is not None and stated.hi is not None and computed.lo > stated.hi
    if not relation.whole and not exceeds:
        return Verdict(Outcome.WITHIN, exact, computed, stated)
    if not relation.stated:
        return Verdict(Outcome.SILENT, exact, computed, stated)
    return Verdict(Outcome.DIFFERS if relation.whole else Outcome.EXCEEDS, exact, computed, stated, severity)


@dataclass(frozen=True)
class PerUnitTimesCount:
    """A per-unit amount, the number of units it binds, and the total it should make: a task's
    "各区不少于1次" over its 13 responsible districts against the goal "13次以上"; a draft's
    "5个乡镇各安排120万元,共计600万元". *each* is in the total's unit."""

    each: Quantity
    count: int
    total: Quantity
    certain: bool = True


def judge_product(relation: PerUnitTimesCount) -> Verdict:
    """AGREES when the product meets the total and, where the total is a floor, guarantees it;
    NOT_GUARANTEED when it meets it without guaranteeing it (10 × ≥1 against ≥13); APART when
    they cannot meet (5 × 120 against exactly 660)."""
    implied, stated = relation.each.interval().times(relation.count), relation.total.interval()
    exact = relation.each.nominal * relation.count
    severity = None if relation.certain else Severity.WARNING
    if not implied.meets(stated):
        return Verdict(Outcome.APART, exact, implied, stated, severity)
    if stated.lo is not None and (implied.lo is None or implied.lo < stated.lo):
        return Verdict(Outcome.NOT_GUARANTEED, exact, implied, stated, severity)
    return Verdict(Outcome.AGREES, exact, implied, stated)


class Restated(enum.Enum):
    """How two statements of what may be one quantity compare (units converted)."""

    SAME = "same"  # the same figure, or exact figures that meet
    LOOSE = "loose"  # they meet only because one is approximate or a bound, with other figures (约100 / 98)
    BOUNDS_DIFFER = "bounds differ"  # bounds the same way with different figures (1次以上 / 2次以上)
    APART = "apart"  # the values they allow do not meet


def judge_restated(first: Quantity, second: Quantity) -> Restated:
    """*second* (in *first*'s unit) against *first*. A plan's structured figures are one
    quantity by construction, so LOOSE restates and BOUNDS_DIFFER contradicts; a draft's are
    one quantity only by their words, so each rule says what it makes of LOOSE and BOUNDS_DIFFER."""
    if first.comparator is second.comparator and first.comparator in _BOUNDS and first.value != second.value:
        return Restated.BOUNDS_DIFFER
    if not first.interval().meets(second.interval()):
        return Restated.APART
    exact = first.comparator is Comparator.EQ and second.comparator is Comparator.EQ
    return Restated.SAME if exact or first.value == second.value else Restated.LOOSE


# What a plan's structured figures count as one quantity stated twice: they are one quantity by
# construction, so only figures that cannot be the same value contradict each other.
RESTATES = (Restated.SAME, Restated.LOOSE)
