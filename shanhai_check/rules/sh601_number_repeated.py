"""SH601 number-repeated: a heading or item number printed twice in a task list."""

from __future__ import annotations

from shanhai_check.findings import Severity
from shanhai_check.rules.base import Rule
from shanhai_check.rules.numbering import irregularities, repeated_message


class NumberRepeated(Rule):
    """Checks that no heading or item number of a task list comes twice.

    **What it does.** Walks the list's ``- heading:`` entries and item numbers in document
    order (see ``rules/numbering.py``: numbers may run on across a higher heading or restart
    at 1 under it) and reports a number that repeats the one before it, or goes back.

    **Why it matters.** Tasks are cited by number ("附件2 第20项", "(七)") in reports, in the
    assessment and in follow-up notices; a number used twice makes those references
    ambiguous, and usually means a section was split or pasted in without renumbering.

    **Example.**

    ```yaml
    document: {title: 示例}
    task_lists:
      - id: 附件2
        items:
          - heading: (七)加强人力资源合作
          - {item: 18, text: 完善合作机制}
          - heading: (七)加强人力资源合作
          - {item: 19, text: 增进人力资源服务业交流合作}
    ```

    **Use instead.** Each heading has a number of its own:

    ```yaml
    document: {title: 示例}
    task_lists:
      - id: 附件2
        items:
          - heading: (七)加强人力资源合作
          - {item: 18, text: 完善合作机制}
          - heading: (八)深化人力资源服务业合作
          - {item: 19, text: 增进人力资源服务业交流合作}
    ```
    """

    code = "SH601"
    name = "number-repeated"
    severity = Severity.WARNING
    summary = "任务表中的标题序号或项号重复"
    summary_en = "a heading or item number is printed twice in a task list"
    doc_zh = """检查任务清单中没有重复的标题序号或项号。

    **作用。** 按文件顺序遍历清单中的 ``- heading:`` 和项号 (见 ``rules/numbering.py``: 序号
    可以跨上级标题连续编排,也可以在其下从 1 重新开始),报告与前一个重复或往回倒退的序号。

    **为何重要。** 报告、考核和后续通知都按序号引用任务 (“附件2 第20项”、“(七)”);
    同一个序号用了两次,这些引用就有歧义,通常说明某一部分被拆分或粘贴进来后没有重新编号。

    **示例。** 附件2 中的标题“(七)”出现了两次。

    **正确写法。** 第二个标题编为“(八)”。
    """

    def check(self, plan):
        for task_list in plan.task_lists:
            for found in irregularities(task_list):
                if found.repeated:
                    yield self.finding(repeated_message(task_list.id, found), found.where, [found.previous_where])
