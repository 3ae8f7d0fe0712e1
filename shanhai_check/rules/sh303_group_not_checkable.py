"""SH303 group-not-checkable: a rule whose group the roster cannot enumerate."""

from __future__ import annotations

import difflib

from shanhai_check.messages import Listing
from shanhai_check.messages import rules as msg
from shanhai_check.findings import Severity
from shanhai_check.rules.base import Rule
from shanhai_check.rules.members import scopes


class GroupNotCheckable(Rule):
    """Notes a group rule that cannot be checked because its group is not in the roster, or
    is marked ``open`` (its members are never enumerated). A note (info), not a warning: it
    reports a limit of the check, not a contradiction in the plan.

    **What it does.** Looks the rule's group up by name and alias. An unknown name gets the
    nearest group names as a suggestion.

    **Why it matters.** A rule that silently checks nothing gives false comfort; add the
    group (or the alias the text uses) to the roster.

    **Example.**

    ```yaml
    document: {title: 示例}
    roster:
      groups:
        - {name: 省定结对}
    metrics:
      援建资金: {unit: 万元}
    rules:
      - {group: 省定结队, metric: 援建资金, each: 221万元}
    ```

    **Use instead.** The rule names the group as the roster spells it:

    ```yaml
    document: {title: 示例}
    roster:
      groups:
        - {name: 省定结对}
    metrics:
      援建资金: {unit: 万元}
    rules:
      - {group: 省定结对, metric: 援建资金, each: 221万元}
    ```
    """

    code = "SH303"
    name = "group-not-checkable"
    severity = Severity.INFO
    summary = "规则所说的组不在名册中或成员未列明,无法核对"
    summary_en = "a rule's group is not in the roster, or is open, so the rule cannot be checked"
    doc_zh = """提示: 分组规则所说的组不在名册中,或被标为 ``open`` (成员从未列明),
    因此规则无法核对。这是检查的局限,不是计划自相矛盾,所以是提示 (info) 而不是警告。

    **作用。** 按名称和别名在名册中查找规则所说的组。找不到时,给出最接近的组名作为提示。

    **为何重要。** 一条实际上什么也没有核对的规则会给人虚假的安心;
    请在名册中补上这个组 (或正文所用的别名)。

    **示例。** 规则写的是“省定结队”,名册中只有“省定结对”。

    **正确写法。** 规则按名册的写法写组名“省定结对”。
    """

    def check(self, plan):
        known = [name for g in plan.roster.groups.values() for name in (g.name, *g.aliases)]
        for scope in scopes(plan):
            if scope.members is not None:
                continue
            if scope.group is None:
                near = difflib.get_close_matches(scope.rule.group, known, n=3, cutoff=0.4)
                hint = msg.SimilarGroups(names=Listing(near)) if near else ""
                message = msg.GroupNotCheckable(group=scope.rule.group, reason=msg.GroupNotInRoster(), hint=hint)
            else:
                message = msg.GroupNotCheckable(group=scope.rule.group, reason=msg.GroupOpen(), hint="")
            yield self.finding(message, scope.rule.source.where)
