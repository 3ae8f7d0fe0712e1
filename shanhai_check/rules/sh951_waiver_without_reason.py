"""SH951 waiver-without-reason: a waiver that does not say why the finding is accepted."""

from __future__ import annotations

from shanhai_check.messages import rules as msg
from shanhai_check.findings import Severity
from shanhai_check.rules.base import Rule


class WaiverWithoutReason(Rule):
    """Checks that every waiver gives a reason.

    **What it does.** A plan may waive a known, accepted finding (``waivers:`` with the rule
    ``code``, words of the finding's message in ``applies_to``, and a ``reason``). A waiver
    whose reason is missing or blank is reported, and it waives nothing.

    **Why it matters.** A waiver is a decision someone will have to defend at the year-end
    review. Without the reason written next to it, the next planner cannot tell an accepted
    exception from a silenced mistake.

    **Example.**

    ```yaml
    document: {title: 示例}
    metrics:
      挂职干部: {unit: 名}
    goals:
      - {metric: 挂职干部, value: 40名}
    waivers:
      - {code: SH205, applies_to: 挂职干部}
    ```

    **Use instead.** The waiver says why (here the goal's breakdown is left to another office):

    ```yaml
    document: {title: 示例}
    metrics:
      挂职干部: {unit: 名}
    goals:
      - {metric: 挂职干部, value: 40名}
    waivers:
      - {code: SH205, applies_to: 挂职干部, reason: 名额由组织部门另行分配}
    ```
    """

    code = "SH951"
    name = "waiver-without-reason"
    severity = Severity.ERROR
    summary = "豁免没有写明理由"
    summary_en = "a waiver gives no reason"
    doc_zh = """检查每条豁免都写明了理由。

    **作用。** 计划可以豁免已知且已认可的检查结果 (``waivers:``,写明规则 ``code``、
    ``applies_to`` 中取自该结果消息的文字,以及 ``reason``)。理由缺失或为空白的豁免即被报告,
    而且它什么也不豁免。

    **为何重要。** 豁免是一个到年终考核时要说得清的决定。理由不写在旁边,
    下一位规划人员就分不清这是认可的例外,还是被压下去的错误。

    **示例。** 对 SH205 的豁免没有写 ``reason``。

    **正确写法。** 豁免写明 ``reason`` (此处指标由组织部门另行分配)。
    """

    def check(self, plan):
        for waiver in plan.waivers:
            if not waiver.reason.strip():
                yield self.finding(
                    msg.WaiverWithoutReason(code=waiver.code, applies_to=waiver.applies_to), waiver.where
                )
