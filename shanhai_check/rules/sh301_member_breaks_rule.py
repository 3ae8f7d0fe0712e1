"""SH301 member-breaks-rule: a group member's figure breaks the group's per-member rule."""

from __future__ import annotations

from shanhai_check.messages import Listing
from shanhai_check.messages import rules as msg
from shanhai_check.findings import Severity
from shanhai_check.quantity import plain, written
from shanhai_check.rules.base import Rule
from shanhai_check.sums import figure
from shanhai_check.rules.members import member_values, scopes


class MemberBreaksRule(Rule):
    """Checks each member of a group against a rule such as "5个省定结对的区市各落实221万元"
    or "8个市定结对…分别落实不低于110万元".

    **What it does.** Expands the rule's group through the roster, finds every figure of the
    rule's metric for each member (table cells and prose allocations), and checks it against
    ``each`` exactly, with comparators (declared rounding as in SH101).

    **Why it matters.** The table is usually filled in by hand from the rule; one member
    copied from the wrong tier gets the wrong obligation.

    **Example.**

    ```yaml
    document: {title: 示例}
    roster:
      units:
        - {name: 甲区, groups: [市定结对]}
      groups:
        - {name: 市定结对}
    metrics:
      援建资金: {unit: 万元}
    rules:
      - {group: 市定结对, metric: 援建资金, each: 不低于110万元}
    tables:
      - id: 附件1
        columns: [援建资金]
        rows:
          甲区: [100]
    ```

    **Use instead.** The member's figure meets the rule:

    ```yaml
    document: {title: 示例}
    roster:
      units:
        - {name: 甲区, groups: [市定结对]}
      groups:
        - {name: 市定结对}
    metrics:
      援建资金: {unit: 万元}
    rules:
      - {group: 市定结对, metric: 援建资金, each: 不低于110万元}
    tables:
      - id: 附件1
        columns: [援建资金]
        rows:
          甲区: [110]
    ```
    """

    code = "SH301"
    name = "member-breaks-rule"
    severity = Severity.ERROR
    summary = "组内成员的数值不符合该组的规则(各/分别/不低于)"
    summary_en = "a group member's figure breaks the group's per-member rule"
    doc_zh = """按“5个省定结对的区市各落实221万元”或“8个市定结对……分别落实不低于110万元”这样
    的分组规则,逐一核对组内每个成员。

    **作用。** 通过名册展开规则所说的组,找出每个成员在该指标上的所有数
    值 (表格单元格和正文分配),按精确值和比较词与规则的 ``each`` 核对 (声明为舍入值时的处理同 SH101)。

    **为何重要。** 分配表通常是照着规则手工填的;某个成员按错了档次抄过来,
    它承担的任务就错了。

    **示例。** 规则要求 市定结对 每个成员不低于 110 万元,甲区 在附件1 中只有 100 万元。

    **正确写法。** 甲区 的数额达到规则要求的 110 万元。
    """

    def check(self, plan):
        for scope in scopes(plan):
            if not scope.members:
                continue
            rule = scope.rule
            metric = plan.metrics[rule.metric]
            shown = dict(group=rule.group, metric=metric.label, rule=written(rule.each))
            kept, broken = [], False
            for unit in scope.members:
                for value in member_values(plan, rule.metric, unit):
                    if value.value.interval().meets(rule.each.interval()):
                        kept.append((unit, value))
                        continue
                    broken = True
                    message = msg.MemberBreaksRule(
                        section=rule.source.place, unit=unit, place=value.label, value=written(value.value), **shown
                    )
                    yield self.finding(
                        message, value.where, [rule.source.where], value=figure(value.value), rule=figure(rule.each)
                    )
            if kept and not broken:
                values = Listing(f"{u} {plain(v.value.nominal)}" for u, v in kept)
                yield self.verified(
                    msg.MemberKeepsRule(count=len(scope.members), values=values, **shown),
                    rule.source.where,
                    [v.where for _, v in kept],
                )
