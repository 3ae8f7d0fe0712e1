"""SH402 breakdown-exceeds-total: per-unit targets that add up to more than the stated total."""

from __future__ import annotations

from decimal import Decimal

from shanhai_check.messages import Listing, Message
from shanhai_check.messages import rules as msg
from shanhai_check.findings import Severity
from shanhai_check.rules.base import Rule
from shanhai_check.relations import Outcome
from shanhai_check.rules.breakdowns import comparisons, describe, judged


class BreakdownExceedsTotal(Rule):
    """Warns when a per-unit task target times its units asks for more than the stated total:
    the text says "13次以上" while each of 16 responsible units must hold "1次以上".

    **What it does.** Same expansion as SH401. When the units' targets guarantee the total
    but their sum's floor is above it, the two figures disagree: either the total is
    understated or the task names more units than the total was computed for. When some
    roster group has exactly the number of units the total implies, the finding names it
    (13 = 13 结对 units, say), which usually shows which list was meant.

    **Why it matters.** The planner's arithmetic and the units' obligations tell two different
    stories; reports against the plan will not reconcile.

    **Example.**

    ```yaml
    document: {title: 示例}
    roster:
      units:
        - {name: 甲区, groups: [区县(市)]}
        - {name: 乙区, groups: [区县(市)]}
        - {name: 丙区, groups: [区县(市)]}
      groups:
        - {name: 区县(市), aliases: [各区县(市)]}
    metrics:
      洽谈会: {unit: 次}
    goals:
      - {metric: 洽谈会, value: 2次以上}
    task_lists:
      - id: 附件2
        items:
          - item: 1
            targets: [{metric: 洽谈会, value: 1次以上, per_unit: true}]
            units: {责任: [各区县(市)]}
    ```

    **Use instead.** The total the units' targets come to, 3 units × 1次以上 = 3次以上:

    ```yaml
    document: {title: 示例}
    roster:
      units:
        - {name: 甲区, groups: [区县(市)]}
        - {name: 乙区, groups: [区县(市)]}
        - {name: 丙区, groups: [区县(市)]}
      groups:
        - {name: 区县(市), aliases: [各区县(市)]}
    metrics:
      洽谈会: {unit: 次}
    goals:
      - {metric: 洽谈会, value: 3次以上}
    task_lists:
      - id: 附件2
        items:
          - item: 1
            targets: [{metric: 洽谈会, value: 1次以上, per_unit: true}]
            units: {责任: [各区县(市)]}
    ```
    """

    code = "SH402"
    name = "breakdown-exceeds-total"
    severity = Severity.WARNING
    summary = "任务中每单位的指标乘以责任单位数,多于所述总量"
    summary_en = "per-unit task targets times the units they bind add up to more than the stated total"
    doc_zh = """警告: 每单位任务指标乘以责任单位数,要求的比所述总量还多: 正文写
    “13次以上”,16 个责任单位却各要“1次以上”。

    **作用。** 展开方式同 SH401。各单位的指标足以保证总量、但其下限之和高于总量时,
    两个数字并不一致: 要么总量写少了,要么任务所列的单位比计算总量时多。
    如果名册中某个组的单位数正好等于总量所隐含的个数,发现会写出这个组 (比如 13 = 13 个结对单
    位),由此通常就能看出原本指的是哪份名单。

    **为何重要。** 规划人员的算术和各单位承担的任务说的是两回事;按计划上报的数字将对不上。

    **示例。** 目标是 2 次以上,而 甲区、乙区、丙区 三个责任单位各 1 次以上,合起来至少 3 次。

    **正确写法。** 总量写成各单位指标合起来的数: 3 个单位 × 1 次以上 = 3 次以上。
    """

    def check(self, plan):
        for total, breakdown in comparisons(plan):
            verdict = judged(total, breakdown)
            implied, stated = verdict.computed, verdict.stated
            if verdict.outcome is not Outcome.AGREES or implied.lo == stated.lo:
                continue  # a shortfall is SH401's; an exact product agrees
            shown, related = describe(plan, total, breakdown)
            hint = _matching_groups(plan, stated.lo, breakdown.target.value.interval().lo)
            message = msg.BreakdownExceedsTotal(hint=hint, **shown)
            yield self.finding(
                message, total.where, related, total=str(stated), implied=str(implied), units=len(breakdown.units)
            )


def _matching_groups(plan, total: Decimal | None, each: Decimal | None) -> "Message | str":
    """Roster groups whose size is exactly total ÷ per-unit target, if that is a whole number
    (Chinese and English hint; empty when there is none)."""
    if not total or not each or total % each:
        return ""
    wanted = int(total / each)
    names = [g.name for g in plan.roster.groups.values() if len(plan.roster.members(g) or []) == wanted]
    if not names:
        return ""
    return msg.GroupsWouldAgree(groups=Listing(names), count=wanted)
