"""SH201 goal-explained-by-prose: a goal that adds up only with an allocation the table lacks."""

from __future__ import annotations

from shanhai_check.messages import Joined, Listing
from shanhai_check.messages import rules as msg
from shanhai_check.findings import Severity
from shanhai_check.quantity import written
from shanhai_check.rules.base import Rule
from shanhai_check.sums import figure
from shanhai_check.rules.reconcile import reconciliations


class GoalExplainedByProse(Rule):
    """Warns when a headline goal equals the table total only once an allocation stated in
    the prose, for a unit the table has no row for, is added.

    **What it does.** Compares each goal with the 合计 of every table that has a column for
    its metric. When they differ, adds the prose allocations (``allocations``) to units
    missing from that table; if that closes the gap exactly, the table is incomplete rather
    than wrong, and the finding says which row it lacks.

    **Why it matters.** A reader who adds up the attachment gets a different figure from the
    headline ("落实援建资金2757万元" vs 附件1 合计 1985). The plan is consistent only through a
    sentence far away in the body (市本级 772万元); the table should carry that row, or its
    title should say it excludes it.

    **Example.**

    ```yaml
    document: {title: 示例}
    metrics:
      援建资金: {unit: 万元}
    goals:
      - {metric: 援建资金, value: 500万元}
    allocations:
      - {unit: 市本级, metric: 援建资金, value: 200万元}
    tables:
      - id: 附件1
        columns: [援建资金]
        rows:
          甲区: [300]
        total: [300]
    ```

    **Use instead.** The table carries the 市本级 row, so its 合计 is the goal:

    ```yaml
    document: {title: 示例}
    metrics:
      援建资金: {unit: 万元}
    goals:
      - {metric: 援建资金, value: 500万元}
    allocations:
      - {unit: 市本级, metric: 援建资金, value: 200万元}
    tables:
      - id: 附件1
        columns: [援建资金]
        rows:
          甲区: [300]
          市本级: [200]
        total: [500]
    ```
    """

    code = "SH201"
    name = "goal-explained-by-prose"
    severity = Severity.WARNING
    summary = "目标与分配表合计不符,差额恰为正文中另行分配、表中没有的单位"
    summary_en = "a goal matches its table only with a prose allocation the table has no row for"
    doc_zh = """警告: 主要目标要加上正文中另行分配给某单位、而表中没有该单位一行的数额,
    才与表的合计相符。

    **作用。** 把每个目标与所有含该指标列的表的合计比较。两者不符时,
    把正文分配 (``allocations``) 中该表没有对应行的单位的数额加进来;如果恰好补上差额,
    说明表不完整而不是算错了,发现会指出表里缺哪一行。

    **为何重要。** 读者把附件加起来,得到的数与主要目标不同 (“落实援建资金2757万元”,附件1 合
    计却是 1985 万元)。整份计划只是靠正文中远处的一句话 (市本级 772万元) 才说得通;
    表里应当补上这一行,或者在表题中写明不含这一部分。

    **示例。** 目标 500 万元,附件1 合计 300 万元,相差的 200 万元正是正文分配给 市本级 的数
    额,而附件1 中没有 市本级 一行。

    **正确写法。** 附件1 补上 市本级 一行,合计即等于目标。
    """

    def check(self, plan):
        for rec in reconciliations(plan):
            if rec.table_agrees or not rec.extras_explain:
                continue
            metric = plan.metrics[rec.goal.metric]
            prose = Joined([Joined([written(t.value), " (", t.label, ", ", t.section, ")"]) for t in rec.extras], " + ")
            units = Listing(t.label for t in rec.extras)
            message = msg.GoalExplainedByProse(
                metric=metric.label,
                goal=written(rec.goal.value),
                total=written(rec.total.value),
                whose=rec.whose,
                table=rec.table.id,
                prose=prose,
                units=units,
            )
            related = [rec.total.where, *(t.where for t in rec.extras)]
            yield self.finding(
                message,
                rec.goal.source.where,
                related,
                goal=figure(rec.goal.value, metric.unit),
                total=figure(rec.total.value, metric.unit),
                allocated=[figure(t.value, metric.unit, t.label) for t in rec.extras],
            )
