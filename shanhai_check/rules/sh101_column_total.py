"""SH101 column-total: a table's stated 合计 against the sum of its rows."""

from __future__ import annotations

from shanhai_check.findings import Severity
from shanhai_check.quantity import written
from shanhai_check.rules.base import Rule
from shanhai_check.rules.column_totals import column_total
from shanhai_check.sums import blank_rows, column_terms, stated_totals


class ColumnTotal(Rule):
    """Checks every column of every table that has a 合计 row: the stated total must equal
    the sum of the column's cells.

    **What it does.** Adds up each column exactly and compares the sum with the 合计 row as
    written. Figures are exact: 1.3 is 1.3, not anything from 1.25 to 1.35. Only a table,
    metric or document that declares its figures rounded (``rounded: true``) makes each stand
    for its rounding interval; a column that then adds up only within the rounding is a
    warning that shows the exact difference, never a check that agrees.

    **Why it matters.** A 合计 that does not add up is the most common error in an allocation
    table, and the one readers notice first. Every addend is listed so the planner can redo
    the sum.

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
          乙区: [221]
        total: [321]        # 110 + 221 = 331
    ```

    **Use instead.** The 合计 written as the sum of its rows:

    ```yaml
    document: {title: 示例}
    metrics:
      援建资金: {unit: 万元}
    tables:
      - id: 附件1
        columns: [援建资金]
        rows:
          甲区: [110]
          乙区: [221]
        total: [331]        # 110 + 221 = 331
    ```
    """

    code = "SH101"
    name = "column-total"
    severity = Severity.ERROR
    summary = "分配表各列的合计行与各行之和不符"
    summary_en = "a table's 合计 row does not equal the sum of its rows"
    doc_zh = """核对每张带合计行的表的每一列: 所写的合计必须等于该列各行之和。

    **作用。** 对每一列精确求和,与表中所写的合计比较。
    数值一律按精确值计算: 1.3 就是 1.3,而不是 1.25 到 1.35 之间的任意数。只有表、指标或文件
    声明其数值为舍入值 (``rounded: true``) 时,每个数才代表其舍入区间;此时只在舍入范围内才相符
    的列给出警告并写明精确的差额,不记为核对一致。

    **为何重要。** 合计对不上是分配表中最常见的错误,也是读者最先发现的错误。
    发现中列出每一个加数,规划人员可以照着重算一遍。

    **示例。** 附件1 两行相加 110 + 221 = 331,合计却写成 321。

    **正确写法。** 合计写成两行之和 331。
    """

    def check(self, plan):
        for table, column, stated in stated_totals(plan):
            if blank_rows(table, column.key):
                continue  # SH103 says which cells are missing
            yield self._compare(table, column, stated, column_terms(table, column.key))

    def _compare(self, table, column, stated, terms):
        return column_total(
            self, table.id, column.header, stated.value, written(stated.value), terms, column.unit, stated.where
        )
