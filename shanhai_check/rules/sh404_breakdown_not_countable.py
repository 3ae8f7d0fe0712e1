"""SH404 breakdown-not-countable: a per-unit target over names the roster cannot expand."""

from __future__ import annotations

from shanhai_check import messages as msg
from shanhai_check.findings import Severity
from shanhai_check.quantity import format_quantity
from shanhai_check.rules.base import Rule
from shanhai_check.rules.breakdowns import per_unit_breakdowns, stated_totals


class BreakdownNotCountable(Rule):
    """Notes a per-unit task target that cannot be checked against its total because some
    responsible names are not in the roster or are open groups (市级有关单位).

    **What it does.** Runs only where the metric has a stated total to compare with.

    **Why it matters.** Without a countable list of units, "each unit at least 1" says nothing
    about the total; add the names (or the placeholder as a group alias) to the roster.

    **Example.**

    ```yaml
    document: {title: 示例}
    metrics:
      洽谈会: {unit: 次}
    goals:
      - {metric: 洽谈会, value: 5次以上}
    task_lists:
      - id: 附件2
        items:
          - item: 1
            targets: [{metric: 洽谈会, value: 1次以上, per_unit: true}]
            units: {责任: [市级有关单位]}
    ```
    """

    code = "SH404"
    name = "breakdown-not-countable"
    severity = Severity.INFO
    summary = "每单位指标的责任单位无法展开计数,不能与总量核对"
    summary_en = "a per-unit target's units cannot be counted, so it cannot be checked against the total"

    def check(self, plan):
        for metric in plan.metrics.values():
            totals = stated_totals(plan, metric.key)
            if not totals:
                continue
            for breakdown in per_unit_breakdowns(plan, metric.key):
                if not breakdown.uncountable:
                    continue
                message = msg.BreakdownNotCountable(
                    metric=metric.label,
                    task=breakdown.task.label,
                    each=format_quantity(breakdown.target.value),
                    names="、".join(breakdown.uncountable),
                    total=format_quantity(totals[0].value),
                )
                yield self.finding(message, breakdown.target.source.where, [totals[0].where])
