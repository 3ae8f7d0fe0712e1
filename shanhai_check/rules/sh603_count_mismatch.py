"""SH603 count-mismatch: a stated count ("4个产业园", "八大行动计划") against what is enumerated."""

from __future__ import annotations

from shanhai_check.messages import Listing, Message
from shanhai_check.messages import rules as msg
from shanhai_check.findings import Severity
from shanhai_check.model import ROLES
from shanhai_check.quantity import written
from shanhai_check.rules.base import Rule
from shanhai_check.rules.names import resolved


def enumerated(plan, claim) -> tuple[list[str], Message] | None:
    """The names a count claim enumerates, with how to name the source (zh, en); None when it
    cannot be counted (an open group, a group or table or task that does not exist)."""
    if claim.listed is not None:
        return list(dict.fromkeys(n for n, _ in claim.listed)), msg.InTheText()
    if claim.group:
        group = plan.roster.group(claim.group)
        members = plan.roster.members(group) if group else None
        return (members, msg.InRosterGroup(group=claim.group)) if members is not None else None
    if claim.table:
        table = next((t for t in plan.tables if t.id == claim.table), None)
        return ([r.name for r in table.rows], msg.InTable(table=claim.table)) if table else None
    tasks = plan.referenced(claim.task)
    roles = (claim.role,) if claim.role else ROLES
    names: list[str] = []
    for name in (n for task in tasks for n in task.names(roles)):
        expanded = plan.roster.expand(name) if plan.roster.group(name) else [resolved(plan.roster, name)]
        if expanded is None:
            return None
        names.extend(expanded)
    return (
        (list(dict.fromkeys(names)), msg.InTask(task=claim.task, role=msg.role(claim.role) if claim.role else ""))
        if tasks
        else None
    )


class CountMismatch(Rule):
    """Checks a stated count against the names the document gives for it.

    **What it does.** For each ``counts`` entry, counts the distinct names enumerated —
    listed in the text, the members of a roster group, the rows of a table, or the units of
    a task (placeholders expanded) — and compares with the stated count (its interval:
    "20个以上" allows 20 or more). When the enumeration may be partial (``complete: false``)
    it may only not exceed the count. Open groups cannot be counted and are skipped.

    **Why it matters.** "4个省级山海协作产业园" followed by five names, or "八大行动计划" with
    seven, means an item was added or dropped while the other side kept the old figure; the
    reader cannot tell which side is right.

    **Example.**

    ```yaml
    document: {title: 示例}
    counts:
      - what: 省级山海协作产业园
        count: 4个
        listed: [龙游—镇海, 衢江—鄞州, 常山—慈溪, 松阳—余姚, 遂昌—慈溪]
    ```

    **Use instead.** The count agrees with the names listed:

    ```yaml
    document: {title: 示例}
    counts:
      - what: 省级山海协作产业园
        count: 5个
        listed: [龙游—镇海, 衢江—鄞州, 常山—慈溪, 松阳—余姚, 遂昌—慈溪]
    ```
    """

    code = "SH603"
    name = "count-mismatch"
    severity = Severity.ERROR
    summary = "所述个数与列举的名称个数不符"
    summary_en = "a stated count differs from the number of names enumerated"
    doc_zh = """把文中所写的个数与文件为它列出的名称核对。

    **作用。** 对每个 ``counts`` 条目,数出列举的不同名称 —— 文中列出的名称、
    名册中某组的成员、表的行,或某项任务的单位 (占位名称展开后) —— 与所写的个数比
    较 (按区间: “20个以上”允许 20 个或更多)。列举可能不全 (``complete: false``) 时,
    只要求不超过所写的个数。开放组无法计数,跳过。

    **为何重要。** “4个省级山海协作产业园”后面列了五个名称,或者“八大行动计划”只有七项,
    说明一边加了或删了一项,另一边还是旧数字;读者分不清哪边是对的。

    **示例。** 写明 4 个省级山海协作产业园,却列出了 5 个。

    **正确写法。** 写明的个数与所列名称一致: 5 个。
    """

    def check(self, plan):
        for claim in plan.counts:
            found = enumerated(plan, claim)
            if claim.count is None or found is None:
                continue
            names, source = found
            stated, actual = claim.count.interval(), len(names)
            holds = (stated.hi is None or actual <= stated.hi) and (
                not claim.complete or stated.lo is None or actual >= stated.lo
            )
            shown = dict(what=claim.what, stated=written(claim.count), actual=actual, source=source)
            if holds:
                agrees = msg.CountAgrees if claim.complete else msg.CountCoversPartialList
                yield self.verified(agrees(**shown), claim.source.figure_where or claim.source.where)
            else:
                yield self.finding(
                    msg.CountMismatch(names=Listing(names), **shown),
                    claim.source.figure_where or claim.source.where,
                    stated=claim.count,
                    actual=actual,
                )
