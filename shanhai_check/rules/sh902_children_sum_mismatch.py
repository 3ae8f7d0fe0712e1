"""SH902 children-sum-mismatch: a parent goal that is not the sum of its children's."""

from __future__ import annotations

from shanhai_check import messages as msg
from shanhai_check.findings import Severity
from shanhai_check.rules.base import RepositoryRule
from shanhai_check.rules.rollup import gather


class ChildrenSumMismatch(RepositoryRule):
    """Checks parent goals declared to be the sum of their children's (``relation: sum``).

    **What it does.** Adds the child goals linked to one parent goal with ``sum`` (as
    intervals, in the parent's unit, so rounding and "以上" are honoured) and reports the
    parent goal when the sum cannot equal it.

    **Why it matters.** When a province's target is the sum of the cities' — every city's
    plan present in the repository — a gap means a city's figure changed and the province's
    did not, or the other way round.

    **Example.**

    ```yaml
    # file: province.yaml
    document: {title: 省山海协作工作要点}
    metrics:
      乡村振兴示范点: {unit: 个}
    goals:
      - {metric: 乡村振兴示范点, value: 26个}
    # file: city.yaml
    document: {title: 市山海协作工作要点}
    metrics:
      乡村振兴示范点: {unit: 个}
    goals:
      - {metric: 乡村振兴示范点, value: 14个}
    parent:
      plan: province.yaml
      links:
        - {goal: 乡村振兴示范点, parent_goal: 乡村振兴示范点, relation: sum}
    ```
    """

    code = "SH902"
    name = "children-sum-mismatch"
    severity = Severity.ERROR
    summary = "上级目标不等于各下级目标之和"
    summary_en = "a parent goal is not the sum of its children's goals"

    def check_repository(self, plans):
        rollups, _ = gather(plans)
        for rollup in (r for r in rollups if r.relation == "sum"):
            shown = dict(parent_plan=rollup.parent.path, parent_goal=rollup.goal.name, parent=rollup.goal.value, terms=rollup.terms())
            related = [c.link.where for c in rollup.contributions]
            if rollup.total.meets(rollup.goal.value.interval()):
                yield self.verified(msg.RollupAgrees(**shown), rollup.goal.source.where, related)
            else:
                yield self.finding(msg.ChildrenSumMismatch(total=rollup.total, **shown), rollup.goal.source.where, related)
