"""SH903 rollup-link-broken: a parent link that names no goal, or one that cannot be compared."""

from __future__ import annotations

from shanhai_check.messages import rules as msg
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

    **Use instead.** The link names the parent's goal as the parent writes it:

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
        - {goal: 消薄飞地, parent_goal: 消薄飞地}
    ```
    """

    code = "SH903"
    name = "rollup-link-broken"
    severity = Severity.ERROR
    summary = "上级计划链接所指的目标不存在、不唯一或单位不可换算"
    summary_en = "a roll-up link names no goal, an ambiguous goal, or units that do not convert"
    doc_zh = """检查每个 ``parent: links`` 条目在两边都恰好指向一个目标。

    **作用。** 每个链接的 ``goal`` 必须恰好指向下级计划的一个目标,``parent_goal`` 必须恰好指
    向上级计划的一个目标 (按 ``id``,或者在只有一个目标用该指标时按指标名),
    两者的单位还必须可以换算 (个 与 个,万元 与 亿元)。

    **为何重要。** 指不到任何目标的链接会悄悄地不被核对: 规划人员声明的汇总关系
    永远得不到验证。

    **示例。** 链接的 ``parent_goal`` 写作“飞地”,上级计划中没有这个目标 (只有 消薄飞地)。

    **正确写法。** ``parent_goal`` 写作上级计划中实有的目标“消薄飞地”。
    """

    def check_repository(self, plans):
        _, broken = gather(plans)
        for link in broken:
            message = msg.RollupLinkBroken(goal=link.goal, plan=link.plan, problem=link.problem)
            yield self.finding(message, link.link.where)
