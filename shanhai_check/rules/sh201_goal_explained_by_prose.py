"""SH201 goal-explained-by-prose: a goal that adds up only with an allocation the table lacks."""

from __future__ import annotations

from shanhai_check import messages as msg
from shanhai_check.findings import Severity
from shanhai_check.quantity import format_quantity
from shanhai_check.rules.base import Rule
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
    """

    code = "SH201"
    name = "goal-explained-by-prose"
    severity = Severity.WARNING
    summary = "目标与分配表合计不符,差额恰为正文中另行分配、表中没有的单位"
    summary_en = "a goal matches its table only with a prose allocation the table has no row for"

    def check(self, plan):
        for rec in reconciliations(plan):
            if rec.table_agrees or not rec.extras_explain:
                continue
            metric = plan.metrics[rec.goal.metric]
            prose = " + ".join(f"{format_quantity(t.value)} ({t.label}, {t.section})" for t in rec.extras)
            units = "、".join(t.label for t in rec.extras)
            message = msg.GoalExplainedByProse(
                metric=metric.label,
                goal=format_quantity(rec.goal.value),
                total=format_quantity(rec.total.value),
                table=rec.table.id,
                prose=prose,
                units=units,
            )
            related = [rec.total.where, *(t.where for t in rec.extras)]
            yield self.finding(message, rec.goal.source.where, related, goal=str(rec.goal.value.nominal), total=str(rec.total.value.nominal))

