"""SH204 allocation-stated-twice: one unit given two different amounts in the prose."""

from __future__ import annotations

from shanhai_check.messages import rules as msg
from shanhai_check.findings import Severity
from shanhai_check.quantity import written
from shanhai_check.relations import RESTATES, judge_restated
from shanhai_check.rules.base import Rule
from shanhai_check.sums import canonical


class AllocationStatedTwice(Rule):
    """Reports a unit whose allocation of a metric is stated more than once with values that
    cannot both hold.

    **What it does.** Plans often restate an allocation: once in the 工作要点 and again in
    the 任务分解表. Each later statement is compared with the first one for the same unit
    (through roster aliases) and metric.

    **Why it matters.** Two amounts for the same unit and year is a contradiction whichever
    table the reader looks at.

    **Example.**

    ```yaml
    document: {title: 示例}
    metrics:
      援建资金: {unit: 万元}
    allocations:
      - {unit: 市本级, metric: 援建资金, value: 772万元, section: 正文 10}
      - {unit: 市本级, metric: 援建资金, value: 727万元, section: 附件2 30}
    ```

    **Use instead.** Both statements give the same amount:

    ```yaml
    document: {title: 示例}
    metrics:
      援建资金: {unit: 万元}
    allocations:
      - {unit: 市本级, metric: 援建资金, value: 772万元, section: 正文 10}
      - {unit: 市本级, metric: 援建资金, value: 772万元, section: 附件2 30}
    ```
    """

    code = "SH204"
    name = "allocation-stated-twice"
    severity = Severity.ERROR
    summary = "同一单位同一指标的分配在正文中前后不一"
    summary_en = "the same unit's allocation is stated twice with different values"
    doc_zh = """报告同一单位同一指标的分配写了不止一次,且几处数值不可能同时成立。

    **作用。** 计划常常把一项分配重复写一遍: 工作要点里写一次,任务分解表里再写一次。
    同一单位 (经名册别名对应) 同一指标的每一处后来的写法,都与第一处比较。

    **为何重要。** 同一单位、同一年度有两个数额,无论读者看哪一处,都是自相矛盾。

    **示例。** 市本级 的援建资金在正文中是 772 万元,在附件2 中却是 727 万元。

    **正确写法。** 两处写同一个数额 772 万元。
    """

    def check(self, plan):
        first = {}
        for allocation in plan.allocations:
            key = (canonical(plan, allocation.unit), allocation.metric)
            earlier = first.setdefault(key, allocation)
            if earlier is allocation or judge_restated(earlier.value, allocation.value) in RESTATES:
                continue
            message = msg.AllocationStatedTwice(
                unit=allocation.unit,
                metric=plan.metrics[allocation.metric].label,
                first=written(earlier.value),
                first_section=earlier.source.place,
                second=written(allocation.value),
                second_section=allocation.source.place,
            )
            yield self.finding(message, allocation.source.where, [earlier.source.where])
