"""SH702 date-outside-period: a deadline outside the years the plan covers."""

from __future__ import annotations

from shanhai_check.messages import rules as msg
from shanhai_check.findings import Severity
from shanhai_check.rules.base import Rule


class DateOutsidePeriod(Rule):
    """Checks every deadline against the plan period.

    **What it does.** The period is ``document.period`` (from–to years), else the plan's
    ``year``, else the year of its date. A deadline whose year (read loosely: "2021年前" may
    mean by the end of 2021) lies after the period, or before it, is reported. Deadlines that
    SH701 already reports (earlier than the document itself) and recurring phrases are skipped.

    **Why it matters.** An annual plan that sets a deadline in another year is either carrying
    over a target from an older plan without updating it, or promising something its own
    assessment will never measure.

    **Example.**

    ```yaml
    document: {title: 2020年工作要点, year: 2020}
    task_lists:
      - id: 正文
        items:
          - item: 1
            text: 2022年6月底前建成
            deadlines: [2022年6月底前]
    ```

    **Use instead.** A deadline within the plan's year:

    ```yaml
    document: {title: 2020年工作要点, year: 2020}
    task_lists:
      - id: 正文
        items:
          - item: 1
            text: 2020年6月底前建成
            deadlines: [2020年6月底前]
    ```
    """

    code = "SH702"
    name = "date-outside-period"
    severity = Severity.WARNING
    summary = "期限不在计划期内"
    summary_en = "a deadline lies outside the plan period"
    doc_zh = """检查每个期限都在计划期内。

    **作用。** 计划期取 ``document.period`` (起止年份),没有则取计划的 ``year``,
    再没有则取成文日期的年份。期限所在的年份 (宽松理解: “2021年前”可以是到 2021 年底) 在计划
    期之后或之前的,即被报告。SH701 已报告的期限 (早于文件本身) 和周期性表述跳过。

    **为何重要。** 年度计划定了别的年份的期限,要么是从旧计划沿用了目标而没有更新,
    要么是承诺了一件本计划的考核永远不会衡量的事。

    **示例。** 2020年工作要点 中写了“2022年6月底前建成”。

    **正确写法。** 期限在计划年度之内: 2020年6月底前。
    """

    def check(self, plan):
        years, issued = plan.document.years, plan.document.day
        if years is None:
            return
        start, end = years
        for _, deadline in plan.deadlines():
            reading = deadline.reading
            if reading.recurring or (issued is not None and reading.earliest < issued):
                continue
            if not start <= reading.latest.year <= end:
                message = msg.DateOutsidePeriod(when=deadline.when, deadline=reading.latest, start=start, end=end)
                yield self.finding(message, deadline.source.where)
