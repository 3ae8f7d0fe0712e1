"""SH304 member-without-value: a group member the rule binds but no table gives a figure."""

from __future__ import annotations

from shanhai_check.messages import rules as msg
from shanhai_check.findings import Severity
from shanhai_check.quantity import written
from shanhai_check.rules.base import Rule
from shanhai_check.rules.members import member_values, scopes


class MemberWithoutValue(Rule):
    """Warns when a member of a rule's group has no figure for the rule's metric anywhere:
    no row in a table with that column, no prose allocation.

    **What it does.** Runs only for metrics that appear in some table or allocation, so a
    rule about something the plan never tabulates is left alone.

    **Why it matters.** A unit the rule obliges but the allocation table forgets is a unit
    nobody will hold to account.

    **Example.**

    ```yaml
    document: {title: 示例}
    roster:
      units:
        - {name: 甲区, groups: [结对]}
        - {name: 乙区, groups: [结对]}
      groups:
        - {name: 结对}
    metrics:
      社会帮扶资金: {unit: 万元}
    rules:
      - {group: 结对, metric: 社会帮扶资金, each: 至少50万元}
    tables:
      - id: 附件1
        columns: [社会帮扶资金]
        rows:
          甲区: [50]
    ```

    **Use instead.** The table gives every member of the group its row:

    ```yaml
    document: {title: 示例}
    roster:
      units:
        - {name: 甲区, groups: [结对]}
        - {name: 乙区, groups: [结对]}
      groups:
        - {name: 结对}
    metrics:
      社会帮扶资金: {unit: 万元}
    rules:
      - {group: 结对, metric: 社会帮扶资金, each: 至少50万元}
    tables:
      - id: 附件1
        columns: [社会帮扶资金]
        rows:
          甲区: [50]
          乙区: [60]
    ```
    """

    code = "SH304"
    name = "member-without-value"
    severity = Severity.WARNING
    summary = "规则约束的组内单位在各表和正文分配中都没有该指标的数值"
    summary_en = "a member bound by a group rule has no figure for the metric anywhere"
    doc_zh = """警告: 受分组规则约束的某个成员,在任何地方都没有该指标的数值: 含该列的表中没
    有它的一行,正文也没有给它分配。

    **作用。** 只对在某张表或某项分配中出现过的指标运行,所以计划从未列表的指标,
    即使有规则也不予理会。

    **为何重要。** 规则要求了、分配表却漏掉的单位,没有人会去追究它的落实。

    **示例。** 结对 组有 甲区、乙区 两个成员,附件1 只有 甲区 一行。

    **正确写法。** 附件1 为组内每个成员都列了一行。
    """

    def check(self, plan):
        for scope in scopes(plan):
            rule = scope.rule
            if not scope.members or not _tabulated(plan, rule.metric):
                continue
            for unit in scope.members:
                if member_values(plan, rule.metric, unit):
                    continue
                message = msg.MemberWithoutValue(
                    group=rule.group,
                    metric=plan.metrics[rule.metric].label,
                    rule=written(rule.each),
                    section=rule.source.place,
                    unit=unit,
                )
                yield self.finding(message, rule.source.where, [plan.roster.units[unit].where])


def _tabulated(plan, metric: str) -> bool:
    return any(t.column_for_metric(metric) for t in plan.tables) or any(a.metric == metric for a in plan.allocations)
