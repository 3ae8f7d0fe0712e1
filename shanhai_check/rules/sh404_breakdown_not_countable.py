"""SH404 breakdown-not-countable: a per-unit target over names the roster cannot expand."""

from __future__ import annotations

from shanhai_check.messages import Listing
from shanhai_check.messages import rules as msg
from shanhai_check.findings import Severity
from shanhai_check.quantity import written
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

    **Use instead.** The placeholder added to the roster as a group with its members, so the
    units can be counted (5 × 1次以上 = 5次以上):

    ```yaml
    document: {title: 示例}
    roster:
      units:
        - {name: 市发改委, groups: [市级有关单位]}
        - {name: 市经信局, groups: [市级有关单位]}
        - {name: 市商务局, groups: [市级有关单位]}
        - {name: 市农业农村局, groups: [市级有关单位]}
        - {name: 市文旅局, groups: [市级有关单位]}
      groups:
        - {name: 市级有关单位}
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
    doc_zh = """提示: 某个每单位任务指标无法与总量核对,因为部分责任单位不在名册中,
    或者是开放组 (市级有关单位)。

    **作用。** 只在该指标有所述总量可比时运行。

    **为何重要。** 没有可以计数的单位名单,“每单位至少1次”对总量就说明不了什么;
    请在名册中补上这些名称 (或把占位名称作为组的别名)。

    **示例。** 责任单位 市级有关单位 无法计数,每单位 1 次以上与 5 次以上的目标因此无法核对。

    **正确写法。** 在名册中把 市级有关单位 写成一个组并列出其成员,单位就可以计数了
    (5 × 1 次以上 = 5 次以上)。
    """

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
                    each=written(breakdown.target.value),
                    names=Listing(breakdown.uncountable),
                    total=written(totals[0].value),
                )
                yield self.finding(message, breakdown.target.source.where, [totals[0].where])
