"""SH503 name-differs: one task names the same unit two ways in the body and the attachment."""

from __future__ import annotations

from shanhai_check.messages import rules as msg
from shanhai_check.findings import Severity
from shanhai_check.rules.base import Rule
from shanhai_check.rules.linked import linked_pairs


class NameDiffers(Rule):
    """Checks that a task linked to another list (``ref``) spells each unit the same way.

    **What it does.** For an item with ``ref``, every unit it names that the roster knows is
    compared with the names the referenced item uses for the same roster unit (aliases
    resolved). Two different spellings of one unit — 市委组织部(市委人才办) in the body,
    市委组织部(市人才办) in the table — are reported at the item with ``ref``. (A spelling the
    roster does not know at all is SH501.)

    **Why it matters.** An issued plan is quoted name by name in assessment forms and
    follow-up notices; two names for one office in one document invite the question whether
    two offices are meant, and the shorter one is often an office that no longer exists.

    **Example.**

    ```yaml
    document: {title: 示例}
    roster:
      units:
        - {name: 市委组织部, aliases: [市委组织部(市委人才办), 市委人才办]}
    task_lists:
      - id: 正文
        items:
          - item: 7
            units: {配合: [市委组织部(市委人才办)]}
      - id: 附件2
        items:
          - item: 20
            ref: 正文:7
            units: {配合: [市委人才办]}
    ```

    **Use instead.** Both lists spell the unit the same way:

    ```yaml
    document: {title: 示例}
    roster:
      units:
        - {name: 市委组织部, aliases: [市委组织部(市委人才办), 市委人才办]}
    task_lists:
      - id: 正文
        items:
          - item: 7
            units: {配合: [市委组织部(市委人才办)]}
      - id: 附件2
        items:
          - item: 20
            ref: 正文:7
            units: {配合: [市委组织部(市委人才办)]}
    ```
    """

    code = "SH503"
    name = "name-differs"
    severity = Severity.WARNING
    summary = "同一任务在正文与附件中对同一单位用了不同名称"
    summary_en = "the same task names one unit two different ways in the two lists"
    doc_zh = """检查与另一份清单关联的任务 (``ref``) 对每个单位的写法一致。

    **作用。** 对写有 ``ref`` 的项,它列出的每个名册已知的单位,都与被引项对同一名册单位所用的
    名称比较 (别名已对应)。同一单位的两种写法 —— 正文中的 市委组织部(市委人才办),
    表中的 市委组织部(市人才办) —— 在写有 ``ref`` 的项处报告。
    (名册完全不认识的写法归 SH501。)

    **为何重要。** 印发的计划会在考核表和后续通知中被逐个引用单位名称;
    同一份文件对同一机构用两个名称,会让人怀疑指的是两个机构,
    而较短的那个往往是已经不存在的机构。

    **示例。** 正文 第7项 写 市委组织部(市委人才办),附件2 第20项 写 市委人才办,
    两者在名册中是同一单位。

    **正确写法。** 两份清单对同一单位用同一种写法。
    """

    def check(self, plan):
        for task, mine, theirs, there in linked_pairs(plan):
            for unit, mention in mine.items():
                other = theirs.get(unit)
                if other is None or plan.roster.unit(unit) is None:
                    continue
                for name, where in mention.spellings.items():
                    if name in other.spellings:
                        continue
                    other_name, other_where = next(iter(other.spellings.items()))
                    message = msg.NameDiffers(here=task.label, there=there, name=name, other=other_name, unit=unit)
                    yield self.finding(message, where, [other_where])
