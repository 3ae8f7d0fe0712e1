"""SH602 number-skipped: a heading or item number left out of a task list."""

from __future__ import annotations

from shanhai_check.findings import Severity
from shanhai_check.rules.base import Rule
from shanhai_check.rules.numbering import irregularities, skipped_message


class NumberSkipped(Rule):
    """Checks that the numbers of a task list do not jump.

    **What it does.** Walks the list's headings and item numbers in document order (numbers
    may run on across a higher heading or restart at 1 under it) and reports a jump: 28 then
    30. When items without a number (``item: null``) stand in the gap, the message says so —
    the usual cause is an item whose number was lost in editing.

    **Why it matters.** A missing number is either a task deleted without renumbering (and
    the references to later items now point at the wrong task) or a task that lost its
    number and so cannot be cited or assessed.

    **Example.**

    ```yaml
    document: {title: 示例}
    task_lists:
      - id: 附件2
        items:
          - {item: 28, text: 气象合作}
          - {item: null, text: 开展消费帮扶合作}
          - {item: 30, text: 落实援建资金}
    ```

    **Use instead.** The unnumbered item given its number:

    ```yaml
    document: {title: 示例}
    task_lists:
      - id: 附件2
        items:
          - {item: 28, text: 气象合作}
          - {item: 29, text: 开展消费帮扶合作}
          - {item: 30, text: 落实援建资金}
    ```
    """

    code = "SH602"
    name = "number-skipped"
    severity = Severity.WARNING
    summary = "任务表中的标题序号或项号跳号"
    summary_en = "a heading or item number is skipped in a task list"
    doc_zh = """检查任务清单的序号没有跳号。

    **作用。** 按文件顺序遍历清单的标题和项号 (序号可以跨上级标题连续编排,也可以在其下
    从 1 重新开始),报告跳号: 28 之后是 30。空缺处有未编号的项 (``item: null``) 时,
    消息会写明 —— 通常是某项的序号在编辑中丢失了。

    **为何重要。** 缺一个序号,要么是删了任务没有重新编号 (对后面各项的引用现在指向了错误的任
    务),要么是某项任务丢了序号,因而无法被引用和考核。

    **示例。** 第28项之后是一个未编号的项,然后是第30项。

    **正确写法。** 未编号的项补上序号 29。
    """

    def check(self, plan):
        for task_list in plan.task_lists:
            for found in irregularities(task_list):
                if not found.repeated:
                    yield self.finding(
                        skipped_message(task_list.id, found), found.where, [found.previous_where, *found.unnumbered]
                    )
