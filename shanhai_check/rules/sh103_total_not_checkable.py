"""SH103 total-not-checkable: a 合计 that cannot be checked because cells are blank."""

from __future__ import annotations

from decimal import Decimal

from shanhai_check.messages import Listing
from shanhai_check.messages import rules as msg
from shanhai_check.findings import Severity
from shanhai_check.quantity import written
from shanhai_check.rules.base import Rule
from shanhai_check.sums import amount, blank_rows, column_terms, stated_totals


class TotalNotCheckable(Rule):
    """Notes a stated 合计 whose column has blank cells (null, '—').

    **What it does.** A blank cell is *missing*, not zero, so the column's sum is unknown
    and SH101 cannot confirm the total. This rule names the blank rows.

    **Why it matters.** Either the cell should be 0 (write 0) or a figure was left out; the
    planner decides, the checker does not guess.

    **Example.**

    ```yaml
    document: {title: 示例}
    metrics:
      援建资金: {unit: 万元}
    tables:
      - id: 附件1
        columns: [援建资金]
        rows:
          甲区: [110]
          乙区: [—]
        total: [110]
    ```

    **Use instead.** The blank cell filled in (here 0: 乙区 has no share), so the 合计 can be
    checked:

    ```yaml
    document: {title: 示例}
    metrics:
      援建资金: {unit: 万元}
    tables:
      - id: 附件1
        columns: [援建资金]
        rows:
          甲区: [110]
          乙区: [0]
        total: [110]
    ```
    """

    code = "SH103"
    name = "total-not-checkable"
    severity = Severity.INFO
    summary = "合计所在列有空白单元格,无法核对合计"
    summary_en = "a 合计 cannot be checked because some cells of its column are blank"
    doc_zh = """提示: 所写的合计所在的列有空白单元格 (null 或“—”)。

    **作用。** 空白单元格表示缺数,而不是 0,因此该列之和未知,SH101 无法确认合计是否正确。
    本规则列出空白的行。

    **为何重要。** 要么这一格应当是 0 (那就写 0),要么漏填了数值;由规划人员判断,
    检查器不替你猜。

    **示例。** 乙区 的援建资金写作“—”,合计 110 因而无法核对。

    **正确写法。** 把空白格填上 (此处 乙区 没有分配,写 0),合计就可以核对了。
    """

    def check(self, plan):
        yield from self._blank_rows(plan)
        yield from self._blank_totals(plan)

    def _blank_rows(self, plan):
        for table, column, stated in stated_totals(plan):
            blank = blank_rows(table, column.key)
            if blank:
                message = msg.TotalNotCheckable(
                    table=table.id,
                    column=column.header,
                    stated=written(stated.value),
                    missing=Listing(r.name for r in blank),
                )
                yield self.finding(
                    message,
                    stated.where,
                    [r.cells[column.key].where if column.key in r.cells else r.where for r in blank],
                )

    def _blank_totals(self, plan):
        """A 合计 cell left blank over rows that are all filled: the sum has nothing to meet."""
        for table in plan.tables:
            if table.total is None:
                continue
            for column in table.columns:
                cell = table.total.cells.get(column.key)
                if cell is None or cell.value is not None or blank_rows(table, column.key):
                    continue
                terms = column_terms(table, column.key)
                computed = amount(sum((t.value.nominal for t in terms), Decimal(0)), column.unit)
                message = msg.TotalBlank(table=table.id, column=column.header, text=cell.text or "—", computed=computed)
                yield self.finding(message, cell.where, [t.where for t in terms])
