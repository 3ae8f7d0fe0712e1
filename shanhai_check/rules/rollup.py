"""Child plans' goals counted toward a parent plan's goal (``parent: links``), gathered per parent goal."""

from __future__ import annotations

from dataclasses import dataclass, field

from shanhai_check.model import Goal, Plan, RollupLink
from shanhai_check.quantity import ZERO, Interval, Quantity, QuantityError


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

    def terms(self) -> str:
        return " + ".join(f"{c.child.path} {c.value}" for c in self.contributions)


@dataclass
class BrokenLink:
    child: Plan
    link: RollupLink
    goal: str
    plan: str
    problem: str
    problem_en: str


def _goal(plan: Plan, name: str) -> tuple[Goal | None, str, str]:
    goal = plan.goal(name)
    if goal is not None:
        return goal, "", ""
    if any(g.metric == name for g in plan.goals):
        return None, "不唯一 (有多个该指标的目标,请用 id)", "is ambiguous (several goals have that metric; use an id)"
    return None, "找不到", "is not found"


def gather(plans: list[Plan]) -> tuple[list[Rollup], list[BrokenLink]]:
    rollups: dict[tuple[int, int, str], Rollup] = {}
    broken: list[BrokenLink] = []
    for child in plans:
        parent = child.parent.target if child.parent else None
        for link in child.parent.links if parent else []:
            mine, problem, problem_en = _goal(child, link.goal)
            if mine is None:
                broken.append(BrokenLink(child, link, link.goal, child.path, problem, problem_en))
                continue
            theirs, problem, problem_en = _goal(parent, link.parent_goal)
            if theirs is None:
                broken.append(BrokenLink(child, link, link.parent_goal, parent.path, problem, problem_en))
                continue
            if mine.value is None or theirs.value is None:
                continue
            try:
                value = mine.value.convert(parent.metrics[theirs.metric].unit)
            except QuantityError:
                broken.append(BrokenLink(child, link, link.goal, child.path, f"的单位与上级目标 {theirs.metric} 不可换算", "has a unit that does not convert to the parent goal's"))
                continue
            key = (id(parent), id(theirs), link.relation)
            rollups.setdefault(key, Rollup(parent, theirs, link.relation)).contributions.append(Contribution(child, mine, value, link))
    return list(rollups.values()), broken
