"""SH903 rollup-link-broken: a parent link that names no goal, or one that cannot be compared."""

from __future__ import annotations

from shanhai_check import messages as msg
from shanhai_check.findings import Severity
from shanhai_check.rules.base import RepositoryRule
from shanhai_check.rules.rollup import gather


class RollupLinkBroken(RepositoryRule):
    """Checks that every ``parent: links`` entry names one goal on each side.

    **What it does.** Each link's ``goal`` must name exactly one goal of the child plan and
    ``parent_goal`` exactly one goal of the parent (by ``id``, or by metric when only one goal
    has it), and the two must be in convertible units (个 and 个, 万元 and 亿元).

    **Why it matters.** A link that names nothing is silently not checked: the roll-up the
    planner declared would never be verified.

    **Example.**

    ```yaml
    # file: province.yaml
    document: {title: 省山海协作工作要点}
    metrics:
      消薄飞地: {unit: 个}
    goals:
      - {metric: 消薄飞地, value: 30个}
    # file: city.yaml
    document: {title: 市山海协作工作要点}
    metrics:
      消薄飞地: {unit: 个}
    goals:
      - {metric: 消薄飞地, value: 6个}
    parent:
      plan: province.yaml
      links:
        - {goal: 消薄飞地, parent_goal: 飞地}
    ```
    """

    code = "SH903"
    name = "rollup-link-broken"
    severity = Severity.ERROR
    summary = "上级计划链接所指的目标不存在、不唯一或单位不可换算"
    summary_en = "a roll-up link names no goal, an ambiguous goal, or units that do not convert"

    def check_repository(self, plans):
        _, broken = gather(plans)
        for link in broken:
            message = msg.RollupLinkBroken(goal=link.goal, plan=link.plan, problem=link.problem, problem_en=link.problem_en)
            yield self.finding(message, link.link.where)
