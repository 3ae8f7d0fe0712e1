"""Totals a plan states for a metric, and per-unit task targets that imply one (SH401–SH404)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

from shanhai_check.findings import Location
from shanhai_check.messages import Joined, Listing, Message
from shanhai_check.messages import rules as msg
from shanhai_check.model import Plan, Target, Task
from shanhai_check.quantity import Interval, Quantity, written
from shanhai_check.relations import PerUnitTimesCount, Verdict, judge_product
from shanhai_check.sums import span

# Who delivers a per-unit target: the 责任 units; where a task names none, its 牵头 units.
# 配合 units only support, and are counted only when a task names nobody else.
DELIVERING_ROLES = (("责任",), ("牵头",))


@dataclass
class StatedTotal:
    """A city-wide figure: a headline goal, or a task target that is not per unit."""

    value: Quantity
    place: "str | Message"
    where: Location


@dataclass
class PerUnitBreakdown:
    """A per-unit target times the units it binds."""

    task: Task
    target: Target
    units: list[str] = field(default_factory=list)
    groups: list[tuple[str, list[str]]] = field(default_factory=list)  # (name as written, its units)
    uncountable: list[str] = field(default_factory=list)
    places: list[Location] = field(default_factory=list)  # where the counted names are written

    @property
    def implied(self) -> Interval:
        return self.target.value.interval().times(len(self.units))

    def describe_units(self) -> Message:
        parts = []
        for name, members in self.groups:
            if len(members) == 1 and members[0] == name:
                parts.append(name)
            else:
                parts.append(msg.GroupMembers(group=name, count=len(members), members=Listing(members)))
        return Joined(parts, "; ")


def stated_totals(plan: Plan, metric: str) -> list[StatedTotal]:
    totals = [StatedTotal(g.value, g.source.place, g.source.where) for g in plan.goals_of(metric)]
    for task, target in plan.targets_by_metric.get(metric, []):
        if not target.per_unit:
            totals.append(StatedTotal(target.value, task.label, target.source.where))
    return totals


def per_unit_breakdowns(plan: Plan, metric: str) -> Iterator[PerUnitBreakdown]:
    for task in plan.tasks():
        for target in task.targets:
            if target.metric == metric and target.per_unit:
                yield _expand(plan, task, target)


def _expand(plan: Plan, task: Task, target: Target) -> PerUnitBreakdown:
    breakdown = PerUnitBreakdown(task, target)
    names = next((task.placed_names(roles) for roles in DELIVERING_ROLES if task.names(roles)), task.placed_names())
    for name, where in names:
        members = plan.roster.expand(name)
        if members is None:
            breakdown.uncountable.append(name)
            continue
        breakdown.groups.append((name, members))
        breakdown.places.append(where)
        breakdown.units.extend(u for u in members if u not in breakdown.units)
    return breakdown


def metrics_with_breakdowns(plan: Plan) -> list[str]:
    return sorted({t.metric for task in plan.tasks() for t in task.targets if t.per_unit})


def comparisons(plan: Plan) -> Iterator[tuple[StatedTotal, PerUnitBreakdown]]:
    """Every stated total against every countable per-unit breakdown of the same metric."""
    for metric in metrics_with_breakdowns(plan):
        totals = stated_totals(plan, metric)
        for breakdown in per_unit_breakdowns(plan, metric):
            if breakdown.uncountable or not breakdown.units:
                continue
            for total in totals:
                yield total, breakdown


def describe(plan: Plan, total: StatedTotal, breakdown: PerUnitBreakdown) -> tuple[dict, list[Location]]:
    """Message arguments and related places shared by SH401 and SH402."""
    metric = plan.metrics[breakdown.target.metric]
    shown = dict(
        metric=metric.label,
        total=written(total.value),
        total_place=total.place,
        task=breakdown.task.label,
        each=written(breakdown.target.value),
        count=len(breakdown.units),
        implied=span(breakdown.implied, metric.unit),
        units=breakdown.describe_units(),
    )
    related = [breakdown.target.source.where, *breakdown.places]
    return shown, related


def judged(total: StatedTotal, breakdown: PerUnitBreakdown) -> Verdict:
    """The per-unit target times the units it binds, against the total (relations.judge_product)."""
    return judge_product(PerUnitTimesCount(breakdown.target.value, len(breakdown.units), total.value))
