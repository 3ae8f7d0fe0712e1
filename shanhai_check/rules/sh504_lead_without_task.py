"""SH504 lead-without-task: the prose names a unit as lead, but the task table gives it nothing to lead."""

from __future__ import annotations

from shanhai_check.messages import Listing
from shanhai_check.messages import rules as msg
from shanhai_check.findings import Severity
from shanhai_check.rules.base import Rule
from shanhai_check.rules.names import resolved


class LeadWithoutTask(Rule):
    """Checks the prose's "由…等单位分别牵头" against the task table.

    **What it does.** For every unit a ``leads`` statement names (a unit, not a placeholder
    group), looks for an item of the named task list (or of any list) that gives the same
    roster unit the same role (牵头 by default). A unit with no such item is reported. When
    the list is marked ``truncated`` the message says that the missing item may be on the
    part of the table that was not published.

    **Why it matters.** The prose promises planners and the public who leads what. A lead
    named in the text but absent from the table has no task, no deadline and no assessment.

    **Example.**

    ```yaml
    document: {title: 示例}
    roster:
      units: [市经信局, 市金融办]
    leads:
      - units: [市经信局, 市金融办]
        task_list: 附件1
        quote: 由市经信局、市金融办等单位分别牵头
    task_lists:
      - id: 附件1
        items:
          - item: 1
            units: {牵头: [市经信局]}
    ```

    **Use instead.** The table gives every lead the text names an item it leads:

    ```yaml
    document: {title: 示例}
    roster:
      units: [市经信局, 市金融办]
    leads:
      - units: [市经信局, 市金融办]
        task_list: 附件1
        quote: 由市经信局、市金融办等单位分别牵头
    task_lists:
      - id: 附件1
        items:
          - item: 1
            units: {牵头: [市经信局]}
          - item: 2
            units: {牵头: [市金融办]}
    ```
    """

    code = "SH504"
    name = "lead-without-task"
    severity = Severity.WARNING
    summary = "正文写明牵头的单位在任务分解表中没有牵头任何一项"
    summary_en = "a unit the prose names as lead leads no item of the task table"
    doc_zh = """把正文中的“由……等单位分别牵头”与任务分解表核对。

    **作用。** 对 ``leads`` 表述中的每个单位 (具体单位,不含占位的组),
    在其所指的任务清单 (未指明时为任一清单) 中查找给同一名册单位相同角
    色 (默认为牵头) 的项。找不到的单位即被报告。清单标为 ``truncated`` 时,
    消息会说明缺少的项可能在表中未公开的部分。

    **为何重要。** 正文向规划人员和公众承诺了由谁牵头什么。正文写了牵头、表中却没有的单位,
    既没有任务,也没有期限和考核。

    **示例。** 正文说由 市经信局、市金融办 分别牵头,附件1 中只有 市经信局 牵头的项。

    **正确写法。** 附件1 中也有一项由 市金融办 牵头。
    """

    def check(self, plan):
        for lead in plan.leads:
            lists = [t for t in plan.task_lists if t.id == lead.task_list] if lead.task_list else plan.task_lists
            tasks = [task for task_list in lists for task in task_list.items]
            truncated = any(t.truncated for t in lists)
            for name, where in lead.units:
                if plan.roster.group(name) is not None:
                    continue
                unit = resolved(plan.roster, name)
                items = [t for t in tasks if unit in {resolved(plan.roster, n) for n in t.names((lead.role,))}]
                shown = dict(unit=name, role=msg.role(lead.role), task_list=lead.task_list or msg.AnyTaskList())
                if items:
                    yield self.verified(
                        msg.LeadHasTask(items=Listing(t.label for t in items), **shown), where, [items[0].where]
                    )
                    continue
                note = msg.PublishedTruncated() if truncated else ""
                yield self.finding(msg.LeadWithoutTask(place=lead.source.place, truncated=note, **shown), where)
