"""SH901 child-exceeds-parent: a child plan's share of a parent goal larger than the goal."""

from __future__ import annotations

from shanhai_check.messages import rules as msg
from shanhai_check.findings import Severity
from shanhai_check.quantity import written
from shanhai_check.rules.base import RepositoryRule
from shanhai_check.rules.rollup import gather
from shanhai_check.sums import span


def _exceeds(part, whole) -> bool:
    """Whether *part* must be larger than *whole*, however the rounded figures are read."""
    return whole.hi is not None and part.lo is not None and part.lo > whole.hi


class ChildExceedsParent(RepositoryRule):
    """Checks goals that a child plan counts toward its parent's (``relation: share``).

    **What it does.** For each parent goal, every child goal linked to it with ``share`` must
    be able to fit inside it (a child's least value may not exceed the parent's greatest), and
    so must all the shares together. Figures are compared as intervals in the parent's unit
    (6个 vs 30个; 1.2亿元 vs 5000万元), so "以上" on the parent side leaves it open above.

    **Why it matters.** A city promising more 消薄飞地 than the province plans in total means
    one of the two plans was written from old figures; the provincial total, which is what
    is assessed, is then wrong.

    **Example.**

    ```yaml
    # file: province.yaml
    document: {title: 省山海协作工作要点}
    metrics:
      消薄飞地: {unit: 个}
    goals:
      - {metric: 消薄飞地, value: 6个}
    # file: city.yaml
    document: {title: 市山海协作工作要点}
    metrics:
      消薄飞地: {unit: 个}
    goals:
      - {metric: 消薄飞地, value: 8个}
    parent:
      plan: province.yaml
      links:
        - {goal: 消薄飞地, parent_goal: 消薄飞地, relation: share}
    ```

    An example spanning several files marks each with a ``# file:`` line.

    **Use instead.** The city's share fits within the province's goal:

    ```yaml
    # file: province.yaml
    document: {title: 省山海协作工作要点}
    metrics:
      消薄飞地: {unit: 个}
    goals:
      - {metric: 消薄飞地, value: 6个}
    # file: city.yaml
    document: {title: 市山海协作工作要点}
    metrics:
      消薄飞地: {unit: 个}
    goals:
      - {metric: 消薄飞地, value: 6个}
    parent:
      plan: province.yaml
      links:
        - {goal: 消薄飞地, parent_goal: 消薄飞地, relation: share}
    ```
    """

    code = "SH901"
    name = "child-exceeds-parent"
    severity = Severity.ERROR
    summary = "下级计划计入上级目标的份额超过了上级目标"
    summary_en = "a child plan's share of a parent goal exceeds the goal"
    doc_zh = """核对下级计划计入上级计划目标的份额 (``relation: share``)。

    **作用。** 对每个上级目标,每个以 ``share`` 与它关联的下级目标都必须容纳得
    下 (下级的最小可能值不得超过上级的最大可能值),所有份额合起来也是如此。
    数值换算为上级的单位后按区间比较 (6个 与 30个,1.2亿元 与 5000万元),
    因此上级一方写“以上”时上不封顶。

    **为何重要。** 市里承诺的消薄飞地比全省计划的总数还多,说明两份计划中有一份用的是旧数字;
    而考核看的正是省级总数,它因此就错了。

    **示例。** 省里计划 6 个消薄飞地,市里计入省级目标的却是 8 个。示例跨两个文件,
    各以一行 ``# file:`` 标明。

    **正确写法。** 市里计入的 6 个不超过省里的 6 个。
    """

    def check_repository(self, plans):
        rollups, _ = gather(plans)
        for rollup in (r for r in rollups if r.relation == "share"):
            whole = rollup.goal.value.interval()
            shown = dict(
                parent_plan=rollup.parent.path, parent_goal=rollup.goal.name, parent=written(rollup.goal.value)
            )
            for part in rollup.contributions:
                if _exceeds(part.value.interval(), whole):
                    message = msg.ChildExceedsParent(
                        child_plan=part.child.path, goal=part.goal.name, child=written(part.value), **shown
                    )
                    yield self.finding(message, part.goal.source.where, [part.link.where, rollup.goal.source.where])
            total = rollup.total
            if len(rollup.contributions) > 1 and _exceeds(total, whole):
                message = msg.SharesExceedParent(terms=rollup.terms(), total=span(total, None), **shown)
                yield self.finding(message, rollup.goal.source.where, [c.link.where for c in rollup.contributions])
            elif not _exceeds(total, whole):
                yield self.verified(
                    msg.RollupAgrees(terms=rollup.terms(), **shown),
                    rollup.goal.source.where,
                    [c.link.where for c in rollup.contributions],
                )
