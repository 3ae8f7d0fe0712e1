"""SH902 children-sum-mismatch: a parent goal that is not the sum of its children's."""

from __future__ import annotations

from shanhai_check.messages import rules as msg
from shanhai_check.findings import Severity
from shanhai_check.quantity import written
from shanhai_check.rules.base import RepositoryRule
from shanhai_check.rules.rollup import gather
from shanhai_check.sums import span


class ChildrenSumMismatch(RepositoryRule):
    """Checks parent goals declared to be the sum of their children's (``relation: sum``).

    **What it does.** Adds the child goals linked to one parent goal with ``sum`` (in the
    parent's unit, exactly, with "以上" and declared rounding honoured) and reports the
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

    **Use instead.** The parent goal is the sum of its children's:

    ```yaml
    # file: province.yaml
    document: {title: 省山海协作工作要点}
    metrics:
      乡村振兴示范点: {unit: 个}
    goals:
      - {metric: 乡村振兴示范点, value: 14个}
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
    doc_zh = """核对声明为各下级目标之和的上级目标 (``relation: sum``)。

    **作用。** 把以 ``sum`` 关联到同一上级目标的下级目标相加 (换算为上级的单位,按精确值,
    并考虑“以上”和声明的舍入),和不可能等于上级目标时,报告该上级目标。

    **为何重要。** 省里的目标是各市目标之和、且各市的计划都在仓库中时,
    出现差额说明某个市的数字改了而省里没改,或者反过来。

    **示例。** 省里 26 个乡村振兴示范点,而唯一计入的市级计划只有 14 个。

    **正确写法。** 省级目标等于各下级目标之和 14 个。
    """

    def check_repository(self, plans):
        rollups, _ = gather(plans)
        for rollup in (r for r in rollups if r.relation == "sum"):
            shown = dict(
                parent_plan=rollup.parent.path,
                parent_goal=rollup.goal.name,
                parent=written(rollup.goal.value),
                terms=rollup.terms(),
            )
            related = [c.link.where for c in rollup.contributions]
            if rollup.total.meets(rollup.goal.value.interval()):
                yield self.verified(msg.RollupAgrees(**shown), rollup.goal.source.where, related)
            else:
                yield self.finding(
                    msg.ChildrenSumMismatch(total=span(rollup.total, None), **shown), rollup.goal.source.where, related
                )
