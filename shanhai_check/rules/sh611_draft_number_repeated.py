"""SH611 draft-number-repeated: a heading or item number printed twice in a draft's text."""

from __future__ import annotations

from shanhai_check.findings import Severity
from shanhai_check.rules.base import DraftRule
from shanhai_check.rules.numbering import outline_irregularities, repeated_message


class DraftNumberRepeated(DraftRule):
    """Reads the numbering of a draft's headings and items straight from its lines.

    **What it does.** Takes every line that opens with a heading number ("三、", "(七)") or an
    item number ("12." / "12、") as printed, list by list (the body, then each attachment,
    whose numbering starts afresh), and reports a number printed again where the next one
    was due. Numbering may run on across a higher heading or restart at 1 under it, as in
    SH601.

    **Why it matters.** "(七)" twice means a section was inserted or deleted without
    renumbering; every cross-reference by number ("见第八项") may now point at the wrong task.

    **Example.**

    ```text
    一、资金来源
    二、资金结构
    三、资金分配情况表
    三、监督电话
    ```

    **Use instead.** The numbers run on:

    ```text
    一、资金来源
    二、资金结构
    三、资金分配情况表
    四、监督电话
    ```
    """

    code = "SH611"
    name = "draft-number-repeated"
    severity = Severity.WARNING
    summary = "草稿中同一个标题号或项号印了两次"
    summary_en = "a heading or item number is printed twice in a draft"
    doc_zh = """直接从草稿各行读出标题号和项号。

    **作用。** 取每一行开头印出的标题号 (“三、”“(七)”) 和项号 (“12.”“12、”),按清单分开 (正文,
    以及各个附件,附件重新编号),报告在应当出现下一个号的位置又印了一遍的号。编号可以跨过上级标题
    连续,也可以在上级标题下从 1 重新开始,与 SH601 相同。

    **为何重要。** “(七)”出现两次,说明插入或删除过一节而没有重新编号;按编号的引用
    (“见第八项”) 可能都指错了任务。

    **示例。** “三、资金分配情况表”之后又是“三、监督电话”。

    **正确写法。** 第二个“三、”改为“四、”。
    """

    def check(self, text):
        for name, entries in text.outlines:
            for found in outline_irregularities(entries):
                if found.repeated:
                    yield self.finding(repeated_message(name, found), found.where, [found.previous_where])
