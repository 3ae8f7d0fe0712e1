"""SH105 missing-value: a blank cell in a table row."""

from __future__ import annotations

from shanhai_check.messages import rules as msg
from shanhai_check.findings import Severity
from shanhai_check.rules.base import Rule


class MissingValue(Rule):
    """Checks that every row of a table has every value.

    **What it does.** Reports each cell left blank, or written as "—", in a table row (the
    合计 row is SH103's business). A row written as a list shorter than the columns is an
    input error instead (SH005).

    **Why it matters.** A blank in an allocation or investment table is either a unit with no
    share (then write 0, so the total can be checked) or a figure nobody has decided yet; in
    both cases the published table cannot be added up.

    **Example.**

    ```yaml
    document: {title: 示例}
    tables:
      - id: 附件1
        rows_are: names
        columns: [{key: 计划总投资, unit: 亿元}, {key: 2020年计划, unit: 亿元}]
        rows:
          甲园: [3, —]
    ```

    **Use instead.** Every cell filled in (0 where there is no share):

    ```yaml
    document: {title: 示例}
    tables:
      - id: 附件1
        rows_are: names
        columns: [{key: 计划总投资, unit: 亿元}, {key: 2020年计划, unit: 亿元}]
        rows:
          甲园: [3, 1.2]
    ```
    """

    code = "SH105"
    name = "missing-value"
    severity = Severity.WARNING
    summary = "表格某行的数值空缺"
    summary_en = "a table row leaves a value blank"
    doc_zh = """检查表中每一行的每一项都有数值。

    **作用。** 报告表格行中留空或写作“—”的单元格 (合计行中的空白归 SH103)。
    用列表写的一行如果比列数短,则属于输入错误 (SH005)。

    **为何重要。** 分配表或投资表中的空白,要么是该单位没有分配 (那就写 0,合计才能核对),
    要么是尚未确定的数字;无论哪种情况,印发的表都无法相加核对。

    **示例。** 甲园 的 2020年计划 写作“—”。

    **正确写法。** 每一格都填上数值 (没有分配的写 0)。
    """

    def check(self, plan):
        for table in plan.tables:
            for row in table.rows:
                for column in table.columns:
                    cell = row.cells.get(column.key)
                    if cell is None:
                        yield self.finding(
                            msg.MissingValue(table=table.id, row=row.name, column=column.header, text="未填"), row.where
                        )
                    elif cell.value is None:
                        message = msg.MissingValue(
                            table=table.id, row=row.name, column=column.header, text=cell.text or "空白"
                        )
                        yield self.finding(message, cell.where)
