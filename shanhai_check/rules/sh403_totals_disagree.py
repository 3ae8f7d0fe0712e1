"""SH403 totals-disagree: the same city-wide figure stated twice with different values."""

from __future__ import annotations

from shanhai_check.messages import rules as msg
from shanhai_check.findings import Severity
from shanhai_check.quantity import written
from shanhai_check.relations import RESTATES, judge_restated
from shanhai_check.rules.base import Rule
from shanhai_check.rules.breakdowns import stated_totals


class TotalsDisagree(Rule):
    """Compares every statement of a metric's city-wide total: the headline goal and each
    task target that is not per unit ("全年落实…实际到位资金18.3亿元").

    **What it does.** Each statement is compared with the one before it; they disagree when
    the values they allow do not meet ("18.3亿元" and "18亿元" do not; "2000人次以上" and
    "2000人次" do), or when both are bounds the same way with different figures ("1次以上" and
    "2次以上" are two different targets).

    **Why it matters.** The body, the headline and the attachment are read by different
    people; each must see the same target.

    **Example.**

    ```yaml
    document: {title: 示例}
    metrics:
      到位资金: {unit: 亿元}
    goals:
      - {metric: 到位资金, value: 18.3亿元}
    task_lists:
      - id: 正文
        items:
          - item: 1
            targets: [{metric: 到位资金, value: 18亿元}]
    ```

    **Use instead.** Every statement of the total gives the same figure:

    ```yaml
    document: {title: 示例}
    metrics:
      到位资金: {unit: 亿元}
    goals:
      - {metric: 到位资金, value: 18.3亿元}
    task_lists:
      - id: 正文
        items:
          - item: 1
            targets: [{metric: 到位资金, value: 18.3亿元}]
    ```
    """

    code = "SH403"
    name = "totals-disagree"
    severity = Severity.ERROR
    summary = "同一指标的总量在文中前后不一"
    summary_en = "the same total is stated twice with different values"
    doc_zh = """比较同一指标全市总量的每一处写法: 主要目标,以及每个不按单位计的任务指
    标 (“全年落实……实际到位资金18.3亿元”)。

    **作用。** 每一处都与前一处比较;区间不相交即为不一致 (“18.3亿元”与“18亿元”不相交,
    “2000人次以上”与“2000人次”相交);两处都是同向的界限而数字不同时也不一致 (“1次以上”与
    “2次以上”是两个不同的目标)。

    **为何重要。** 正文、主要目标和附件由不同的人阅读;每个人看到的必须是同一个目标。

    **示例。** 主要目标写到位资金 18.3 亿元,正文 第1项 写 18 亿元。

    **正确写法。** 正文 第1项 与主要目标写同一个数 18.3 亿元。
    """

    def check(self, plan):
        for metric in plan.metrics.values():
            totals = stated_totals(plan, metric.key)
            for first, later in zip(totals, totals[1:]):
                shown = dict(
                    metric=metric.label,
                    first=written(first.value),
                    first_place=first.place,
                    second=written(later.value),
                    second_place=later.place,
                )
                if judge_restated(first.value, later.value) in RESTATES:
                    yield self.verified(msg.TotalsAgree(**shown), later.where, [first.where])
                else:
                    yield self.finding(msg.TotalsDisagree(**shown), later.where, [first.where])
