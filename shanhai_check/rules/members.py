"""Who a group rule speaks of, and what each member was given (SH301–SH304)."""

from __future__ import annotations

from dataclasses import dataclass

from shanhai_check.model import Group, GroupRule, Plan
from shanhai_check.sums import Term, canonical, metric_cells


@dataclass
class RuleScope:
    rule: GroupRule
    group: Group | None
    members: list[str] | None  # None when the group is unknown or open


def scopes(plan: Plan):
    for rule in plan.rules:
        group = plan.roster.group(rule.group)
        members = plan.roster.members(group) if group else None
        yield RuleScope(rule, group, members)


def member_values(plan: Plan, metric: str, unit: str) -> list[Term]:
    """Every figure of *metric* the plan gives *unit*: table cells, then prose allocations."""
    values = [
        Term(table.id, cell.value, cell.where)
        for table, row, cell in metric_cells(plan, metric)
        if canonical(plan, row.name) == unit
    ]
    values += [
        Term(a.source.place, a.value, a.source.where)
        for a in plan.allocations
        if a.metric == metric and canonical(plan, a.unit) == unit
    ]
    return values
