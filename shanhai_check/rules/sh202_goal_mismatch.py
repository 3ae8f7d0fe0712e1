"""SH202 goal-mismatch: a goal that its table (and the prose allocations) cannot explain."""

from __future__ import annotations

from shanhai_check.messages import Joined
from shanhai_check.messages import rules as msg
from shanhai_check.findings import Severity
from shanhai_check.quantity import plain, written
from shanhai_check.rules.base import Rule
from shanhai_check.sums import figure, rounding_note
from shanhai_check.rules.reconcile import reconciliations


class GoalMismatch(Rule):
    """Reports a headline goal that differs from the total of its allocation table, even
    after adding the prose allocations to units the table lacks.

    **What it does.** For each goal and each table with a column for the goal's metric,
    compares the goal with the table's 合计 (or the sum of its rows when no 合计 is given),
    plus any prose allocation to a unit without a row. Figures are exact (declared rounding as
    in SH101); comparators apply (a goal of "不低于" is met by anything at or above).
    When nothing explains the difference, the finding names the gap.

    **Why it matters.** The headline is what leaders read and the table is what units are
    held to; if they disagree, someone is assigned the wrong amount.

    **Example.**

    ```yaml
    document: {title: 示例}
    metrics:
      销售额: {unit: 万元}
    goals:
      - {metric: 销售额, value: 5700万元}
    tables:
      - id: 附件1
        columns: [销售额]
        rows:
          甲区: [3000]
          乙区: [2600]
        total: [5600]
    ```

    **Use instead.** The goal and the table's 合计 agree:

    ```yaml
    document: {title: 示例}
    metrics:
      销售额: {unit: 万元}
    goals:
      - {metric: 销售额, value: 5600万元}
    tables:
      - id: 附件1
        columns: [销售额]
        rows:
          甲区: [3000]
          乙区: [2600]
        total: [5600]
    ```
    """

    code = "SH202"
    name = "goal-mismatch"
    severity = Severity.ERROR
    summary = "目标与分配表合计(加上正文另行分配)不符"
    summary_en = "a goal differs from its table total, even with the prose allocations"
    doc_zh = """报告与分配表合计不符的主要目标: 即使加上正文中给表中所缺单位的
    分配,仍然对不上。

    **作用。** 对每个目标和每张含该指标列的表,把目标与表的合计 (没有合计行时用各行之和) 加上
    正文中给表中没有的单位的分配相比较。按精确值比较 (声明为舍入值时的处理同 SH101),
    也考虑比较词 (“不低于”的目标,等于或高于它都算达到)。没有任何分配可以解释差额时,
    发现写明相差多少。

    **为何重要。** 主要目标是领导看的,分配表是各单位要落实的;两者不一致,
    就总有单位被分到了错误的数额。

    **示例。** 销售额目标 5700 万元,附件1 合计 5600 万元,相差 100 万元,
    正文中也没有其他分配可以补上。

    **正确写法。** 目标与附件1 合计一致,都是 5600 万元。
    """

    def check(self, plan):
        for rec in reconciliations(plan):
            metric = plan.metrics[rec.goal.metric]
            goal = written(rec.goal.value)
            if rec.table_agrees:
                message = msg.GoalAgrees(
                    metric=metric.label, goal=goal, total=written(rec.total.value), whose=rec.whose
                )
                yield self.verified(message, rec.goal.source.where, [rec.total.where])
                continue
            if rec.extras_explain:
                continue  # SH201's finding
            exact, interval = rec.with_extras
            terms = [rec.total, *rec.extras]
            breakdown = Joined([Joined([written(t.value), " (", t.label, ")"]) for t in terms], " + ")
            if len(terms) > 1:
                breakdown = Joined([breakdown, f" = {plain(exact)}{metric.unit}"])
            gap = rec.goal.value.nominal - exact
            message = msg.GoalMismatch(
                metric=metric.label,
                goal=goal,
                breakdown=breakdown,
                intervals=rounding_note(rec.goal.value.interval(), interval, metric.unit),
                gap=f"{plain(gap)}{metric.unit}",
            )
            yield self.finding(
                message,
                rec.goal.source.where,
                [t.where for t in terms],
                goal=figure(rec.goal.value, metric.unit),
                breakdown=figure(exact, metric.unit),
                gap=figure(gap, metric.unit),
            )
