"""SH104 negative-value: a planned or target figure below zero."""

from __future__ import annotations

from shanhai_check.messages import rules as msg
from shanhai_check.findings import Severity
from shanhai_check.quantity import plain
from shanhai_check.rules.base import Rule
from shanhai_check.sums import figure


def _figures(plan):
    """(what, quantity, where) for every figure of the plan."""
    for table in plan.tables:
        for row in table.all_rows:
            for key, cell in row.cells.items():
                yield msg.CellOf(table=table.id, row=row.name, column=key), cell.value, cell.where
    for goal in plan.goals:
        yield msg.GoalOf(metric=goal.metric), goal.value, goal.source.where
    for allocation in plan.allocations:
        yield msg.MetricOf(owner=allocation.unit, metric=allocation.metric), allocation.value, allocation.source.where
    for task in plan.tasks():
        for target in task.targets:
            yield msg.MetricOf(owner=task.label, metric=target.metric), target.value, target.source.where


class NegativeValue(Rule):
    """Checks that no figure is negative.

    **What it does.** Looks at every table cell (合计 included), goal, allocation and task
    target, and reports any figure below zero.

    **Why it matters.** Amounts to invest, raise or deliver cannot be negative; a minus sign in
    a plan is a typing slip (a dash read as a sign) or a reduction written in the wrong place,
    and it silently lowers every total it enters.

    **Example.**

    ```yaml
    document: {title: 示例}
    tables:
      - id: 附件3
        rows_are: names
        columns: [{key: 计划总投资, unit: 亿元}]
        rows:
          甲园: [-1.5]
    ```

    **Use instead.** The figure written without the minus sign:

    ```yaml
    document: {title: 示例}
    tables:
      - id: 附件3
        rows_are: names
        columns: [{key: 计划总投资, unit: 亿元}]
        rows:
          甲园: [1.5]
    ```
    """

    code = "SH104"
    name = "negative-value"
    severity = Severity.ERROR
    summary = "表格、目标或任务中的数值为负"
    summary_en = "a table cell, goal or target is negative"
    doc_zh = """检查计划中没有负数。

    **作用。** 查看每个表格单元格 (含合计行)、目标、单位分配和任务指标,报告小于零的数值。

    **为何重要。** 要投资、筹集或完成的数量不可能是负数。计划中出现负号,
    要么是录入失误 (破折号被当成了负号),要么是把核减写错了地方,
    而它会悄悄拉低所计入的每一个合计。

    **示例。** 附件3 中 甲园 的计划总投资写成了 -1.5 亿元。

    **正确写法。** 去掉负号,写作 1.5 亿元。
    """

    def check(self, plan):
        for place, value, where in _figures(plan):
            if value is not None and value.value < 0:
                yield self.finding(msg.NegativeValue(place=place, value=plain(value.value)), where, value=figure(value))
