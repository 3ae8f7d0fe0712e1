"""SH952 waiver-unused: a waiver that matches no finding (applied and reported by waivers.py)."""

from __future__ import annotations

from shanhai_check.findings import Finding, Severity
from shanhai_check.rules.base import Rule


def waives(waiver, finding: Finding) -> bool:
    """A waiver applies to a finding of its code whose message (in either language) contains its words."""
    if finding.code != waiver.code or not waiver.reason.strip():
        return False
    return waiver.applies_to in finding.text("zh") or waiver.applies_to in finding.text("en")


class WaiverUnused(Rule):
    """Checks that every waiver still waives something.

    **What it does.** After all other checks, each finding in a plan's own file that a
    waiver of that plan matches (same code, ``applies_to`` found in the message) is set
    aside as *waived*: reported as such (``check -v``, the JSON and SARIF reports), but not
    counted and not affecting the exit status. A waiver (with a reason) that matches no
    finding is reported. Waivers never apply to SH951/SH952 themselves.

    **Why it matters.** A waiver that matches nothing is stale: the plan was corrected, or the
    finding's wording changed. Left in place, it would silently hide the next, different
    problem it happens to match.

    **Example.**

    ```yaml
    document: {title: 示例}
    waivers:
      - {code: SH205, applies_to: 挂职干部, reason: 名额由组织部门另行分配}
    ```

    **Use instead.** The waiver kept only beside the finding it waives (once the plan is
    corrected, remove it):

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

    code = "SH952"
    name = "waiver-unused"
    severity = Severity.WARNING
    summary = "豁免没有对应任何检查结果,已失效"
    summary_en = "a waiver matches no finding (it is stale)"
    doc_zh = """检查每条豁免仍然豁免了某个检查结果。

    **作用。** 其他检查全部完成后,计划本身文件中与该计划某条豁免相符 (代码相同,
    消息中含有 ``applies_to`` 的文字) 的结果,都作为“已豁免”放在一边: 照样
    列出 (``check -v``、JSON 和 SARIF 报告),但不计数,也不影响退出状态。写明了理由、
    却不与任何结果相符的豁免即被报告。豁免从不适用于 SH951/SH952 本身。

    **为何重要。** 不与任何结果相符的豁免已经失效: 要么计划已经改正,要么结果的措辞变了。
    留着它,它可能会悄悄掩盖下一个恰好与之相符的不同问题。

    **示例。** 计划中没有任何 SH205 的结果,对它的豁免因此没有用上。

    **正确写法。** 豁免只留在它豁免的结果旁边 (此处 挂职干部 没有分解,SH205 的结果确实存在);
    计划改正后删去豁免。
    """

    def check(self, plan):
        return iter(())  # waivers are applied after every other rule, in waivers.py, which reports this


WAIVER_CODES = ("SH951", "SH952")
