"""Child plans' goals counted toward a parent plan's goal (``parent: links``), gathered per parent goal."""

from __future__ import annotations

from dataclasses import dataclass, field

from shanhai_check.messages import Joined, Message
from shanhai_check.messages import rules as msg
from shanhai_check.model import Goal, Plan, RollupLink
from shanhai_check.quantity import ZERO, Interval, Quantity, QuantityError, written


@dataclass
class Contribution:
    child: Plan
    goal: Goal
    value: Quantity  # in the parent goal's unit
    link: RollupLink


@dataclass
class Rollup:
    parent: Plan
    goal: Goal
    relation: str
    contributions: list[Contribution] = field(default_factory=list)

    @property
    def total(self) -> Interval:
        interval = ZERO
        for contribution in self.contributions:
            interval = interval + contribution.value.interval()
        return interval

    def terms(self) -> Message:
        return Joined([Joined([c.child.path, " ", written(c.value)]) for c in self.contributions], " + ")


@dataclass
class BrokenLink:
    child: Plan
    link: RollupLink
    goal: str
    plan: str
    problem: Message


def _goal(plan: Plan, name: str) -> tuple[Goal | None, Message | None]:
    goal = plan.goal(name)
    if goal is not None:
        return goal, None
    if any(g.metric == name for g in plan.goals):
        return None, msg.GoalAmbiguous()
    return None, msg.GoalNotFound()


def gather(plans: list[Plan]) -> tuple[list[Rollup], list[BrokenLink]]:
    rollups: dict[tuple[int, int, str], Rollup] = {}
    broken: list[BrokenLink] = []
    for child in plans:
        parent = child.parent.target if child.parent else None
        for link in child.parent.links if parent else []:
            mine, problem = _goal(child, link.goal)
            if mine is None:
                broken.append(BrokenLink(child, link, link.goal, child.path, problem))
                continue
            theirs, problem = _goal(parent, link.parent_goal)
            if theirs is None:
                broken.append(BrokenLink(child, link, link.parent_goal, parent.path, problem))
                continue
            if mine.value is None or theirs.value is None:
                continue
            try:
                value = mine.value.convert(parent.metrics[theirs.metric].unit)
            except QuantityError:
                broken.append(
                    BrokenLink(child, link, link.goal, child.path, msg.GoalUnitNotConvertible(metric=theirs.metric))
                )
                continue
            key = (id(parent), id(theirs), link.relation)
            rollups.setdefault(key, Rollup(parent, theirs, link.relation)).contributions.append(
                Contribution(child, mine, value, link)
            )
    return list(rollups.values()), broken
