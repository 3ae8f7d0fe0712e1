"""SH107 table-without-total: an allocation table that states no 合计 row."""

from __future__ import annotations

from shanhai_check.messages import rules as msg
from shanhai_check.findings import Severity
from shanhai_check.rules.base import Rule


class TableWithoutTotal(Rule):
    """Notes an allocation table that states no 合计 row.

    **What it does.** Reports, as a note, every allocation table (its rows are units) whose plan
    gives no ``total:``. Its columns are still added up and compared with the goals (SH202 then names
    the figure "the sum of its rows", never 合计), but no printed total is checked.

    **Why it matters.** The 合计 row is what readers compare with the headline; a table
    printed without one, or a 合计 left out in the transcription, means the most common
    error of an allocation table cannot be caught. If the document prints a 合计, encode it.

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
    ```

    **Use instead.** The 合计 row the document prints, encoded as ``total:``:

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
        total: [331]
    ```
    """

    code = "SH107"
    name = "table-without-total"
    severity = Severity.INFO
    summary = "分配表没有写合计行"
    summary_en = "an allocation table states no 合计 row"
    doc_zh = """提示没有合计行的分配表。

    **作用。** 分配表 (各行是单位) 有行有数、计划却没有写 ``total:`` 时,作为提示报告。各列仍会相加并与目标比较
    (SH202 此时称其为“各行之和”,从不称为合计),但没有所写的合计可以核对。

    **为何重要。** 读者拿来与主要目标对照的正是合计行;表中没有印出合计,或者抄录时漏了合计,
    分配表最常见的错误就无从发现。文件印有合计的,请写进 ``total:``。

    **示例。** 附件1 列了 甲区、乙区 两行,没有合计行。

    **正确写法。** 把文件印出的合计行写进 ``total:``。
    """

    def check(self, plan):
        for table in plan.tables:
            if table.rows_are_units and table.total is None and table.rows and table.columns:
                yield self.finding(msg.TableWithoutTotal(table=table.id, rows=len(table.rows)), table.where)
