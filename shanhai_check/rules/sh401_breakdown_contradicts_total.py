"""SH401 breakdown-contradicts-total: per-unit task targets that cannot deliver the total."""

from __future__ import annotations

from shanhai_check.messages import rules as msg
from shanhai_check.findings import Severity
from shanhai_check.rules.base import Rule
from shanhai_check.relations import Outcome
from shanhai_check.rules.breakdowns import comparisons, describe, judged


class BreakdownContradictsTotal(Rule):
    """Checks a stated total ("13次以上") against a task that gives each responsible unit a
    per-unit target ("各区县(市)、开发园区 … 1次以上"): the per-unit target times the number of
    units the responsible names expand to must deliver the total.

    **What it does.** Expands the task's 牵头/责任 names through the roster (placeholders
    such as 各区县(市) become their members; duplicates are counted once), multiplies, and
    compares with every goal or city-wide task target of the same metric. It is an error when
    the two cannot both hold, or when every unit can meet its target while the total is still
    missed (the floors add up to less than the total).

    **Why it matters.** If the units' obligations add up to less than the headline, the
    headline will be missed even when everyone does their part.

    **Example.**

    ```yaml
    document: {title: 示例}
    roster:
      units:
        - {name: 甲区, groups: [区县(市)]}
        - {name: 乙区, groups: [区县(市)]}
      groups:
        - {name: 区县(市), aliases: [各区县(市)]}
    metrics:
      洽谈会: {unit: 次}
    goals:
      - {metric: 洽谈会, value: 5次以上}
    task_lists:
      - id: 附件2
        items:
          - item: 1
            targets: [{metric: 洽谈会, value: 2次以上, per_unit: true}]
            units: {责任: [各区县(市)]}
    ```

    **Use instead.** A total the units' targets guarantee, 2 units × 2次以上 = 4次以上:

    ```yaml
    document: {title: 示例}
    roster:
      units:
        - {name: 甲区, groups: [区县(市)]}
        - {name: 乙区, groups: [区县(市)]}
      groups:
        - {name: 区县(市), aliases: [各区县(市)]}
    metrics:
      洽谈会: {unit: 次}
    goals:
      - {metric: 洽谈会, value: 4次以上}
    task_lists:
      - id: 附件2
        items:
          - item: 1
            targets: [{metric: 洽谈会, value: 2次以上, per_unit: true}]
            units: {责任: [各区县(市)]}
    ```
    """

    code = "SH401"
    name = "breakdown-contradicts-total"
    severity = Severity.ERROR
    summary = "任务中每单位的指标乘以责任单位数,达不到或违背所述总量"
    summary_en = "per-unit task targets times the units they bind cannot deliver the stated total"
    doc_zh = """把所写的总量 (“13次以上”) 与给每个责任单位规定每单位指标的任
    务 (“各区县(市)、开发园区……1次以上”) 核对: 每单位指标乘以责任单位展开后的个数,
    必须能达到总量。

    **作用。** 通过名册展开任务的 牵头/责任 单位 (各区县(市) 这样的占位名称展开为其成员,重复
    的单位只算一次),相乘后与同一指标的每个目标或全市性任务指标比较。两者不可能同时成立,
    或者每个单位都完成了指标而总量仍然可能达不到 (各单位的下限相加小于总量) 时,报错误。

    **为何重要。** 各单位的任务加起来少于主要目标,即使每个单位都完成了自己的部分,
    目标还是会落空。

    **示例。** 目标是 5 次以上,但只有 甲区、乙区 两个责任单位,各 2 次以上,
    合起来只保证 4 次。

    **正确写法。** 总量写成各单位指标能保证的数: 2 个单位 × 2 次以上 = 4 次以上。
    """

    def check(self, plan):
        for total, breakdown in comparisons(plan):
            verdict = judged(total, breakdown)
            implied, stated = verdict.computed, verdict.stated
            shown, related = describe(plan, total, breakdown)
            if verdict.outcome is Outcome.AGREES:
                if implied.lo == stated.lo:
                    yield self.verified(msg.BreakdownAgrees(**shown), total.where, related)
                continue
            disjoint = verdict.outcome is Outcome.APART
            said = msg.Incompatible() if disjoint else msg.NotGuaranteed(total=shown["total"])
            message = msg.BreakdownContradictsTotal(verdict=said, **shown)
            yield self.finding(
                message, total.where, related, total=str(stated), implied=str(implied), units=len(breakdown.units)
            )
