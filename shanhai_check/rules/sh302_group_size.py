"""SH302 group-size: the size a rule states against the members the roster lists."""

from __future__ import annotations

from shanhai_check.messages import Listing
from shanhai_check.messages import rules as msg
from shanhai_check.findings import Severity
from shanhai_check.rules.base import Rule
from shanhai_check.rules.members import scopes


class GroupSize(Rule):
    """Checks a stated group size ("5个省定结对") against the roster.

    **What it does.** When a rule gives ``count``, the roster's group (with the groups it
    includes) must have exactly that many members.

    **Why it matters.** A stated count that differs from the list means a unit was added to
    or dropped from the pairing without the text being updated, and the rule's total is off
    by that unit's share.

    **Example.**

    ```yaml
    document: {title: 示例}
    roster:
      units:
        - {name: 甲区, groups: [省定结对]}
      groups:
        - {name: 省定结对}
    metrics:
      援建资金: {unit: 万元}
    rules:
      - {group: 省定结对, metric: 援建资金, each: 221万元, count: 2}
    ```

    **Use instead.** The count the roster's group has:

    ```yaml
    document: {title: 示例}
    roster:
      units:
        - {name: 甲区, groups: [省定结对]}
      groups:
        - {name: 省定结对}
    metrics:
      援建资金: {unit: 万元}
    rules:
      - {group: 省定结对, metric: 援建资金, each: 221万元, count: 1}
    ```
    """

    code = "SH302"
    name = "group-size"
    severity = Severity.ERROR
    summary = "规则所写的组内单位个数与名册不符"
    summary_en = "a rule's stated group size differs from the roster"
    doc_zh = """把规则中写明的组内单位个数 (“5个省定结对”) 与名册核对。

    **作用。** 规则写有 ``count`` 时,名册中该组 (连同它包含的组) 的成员必须正好是这么多个。

    **为何重要。** 写明的个数与名单不符,说明结对关系中加进或去掉了某个单位而文字没有跟着改,
    规则算出的总额也就差了这个单位的一份。

    **示例。** 规则写 2 个省定结对,名册中的省定结对只有 甲区 一个。

    **正确写法。** 规则写的个数与名册一致: 1 个。
    """

    def check(self, plan):
        for scope in scopes(plan):
            rule = scope.rule
            if rule.count is None or scope.members is None:
                continue
            where = rule.count_where or rule.source.where
            if len(scope.members) == rule.count:
                yield self.verified(
                    msg.GroupSizeAgrees(group=rule.group, stated=rule.count), where, [scope.group.where]
                )
                continue
            message = msg.GroupSizeMismatch(
                stated=rule.count,
                group=rule.group,
                actual=len(scope.members),
                members=Listing(scope.members) if scope.members else msg.NoneListed(),
            )
            yield self.finding(message, where, [scope.group.where], stated=rule.count, actual=len(scope.members))
