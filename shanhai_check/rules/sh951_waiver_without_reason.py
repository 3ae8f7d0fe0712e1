"""SH951 waiver-without-reason: a waiver that does not say why the finding is accepted."""

from __future__ import annotations

from shanhai_check import messages as msg
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
    """

    code = "SH951"
    name = "waiver-without-reason"
    severity = Severity.ERROR
    summary = "豁免没有写明理由"
    summary_en = "a waiver gives no reason"

    def check(self, plan):
        for waiver in plan.waivers:
            if not waiver.reason.strip():
                yield self.finding(msg.WaiverWithoutReason(code=waiver.code, applies_to=waiver.applies_to), waiver.where)
