"""SH106 part-exceeds-whole: a cell larger than the cell it is part of (2020年计划 > 计划总投资)."""

from __future__ import annotations

from shanhai_check.messages import rules as msg
from shanhai_check.findings import Severity
from shanhai_check.quantity import written
from shanhai_check.rules.base import Rule
from shanhai_check.sums import span


class PartExceedsWhole(Rule):
    """Checks columns declared ``part_of`` another: each cell may not exceed its row's whole.

    **What it does.** For every column with ``part_of: <key>`` (a year's planned amount within
    the total investment, the amount to arrive this year within the agreed investment), each
    row's cell is compared with the same row's cell of the whole column, exactly (as intervals
    only where the table declares its figures rounded). Rows where either cell is blank
    are skipped (SH105 reports the blank).

    **Why it matters.** A year's share larger than the whole project is a transposed pair of
    figures or a unit slip (万元 typed in an 亿元 column); the park's annual plan, and every
    total built on it, is then wrong.

    **Example.**

    ```yaml
    document: {title: 示例}
    tables:
      - id: 附件3
        rows_are: names
        columns:
          - {key: 计划总投资, unit: 亿元}
          - {key: 2020年计划, unit: 亿元, part_of: 计划总投资}
        rows:
          甲产业园: [1.5, 14.51]
    ```

    **Use instead.** The two figures in their own columns, the year's plan within the total:

    ```yaml
    document: {title: 示例}
    tables:
      - id: 附件3
        rows_are: names
        columns:
          - {key: 计划总投资, unit: 亿元}
          - {key: 2020年计划, unit: 亿元, part_of: 计划总投资}
        rows:
          甲产业园: [14.51, 1.5]
    ```
    """

    code = "SH106"
    name = "part-exceeds-whole"
    severity = Severity.ERROR
    summary = "表中某一部分 (如年度计划) 大于它所属的总数"
    summary_en = "a table cell is larger than the whole it is part of"
    doc_zh = """核对声明为另一列一部分的列 (``part_of``): 每个单元格都不得大于同一行的总数。

    **作用。** 对每个写明 ``part_of: <列>`` 的列 (如总投资中的年度计划数、协议投资中当年到位
    的资金),把每一行的该列数值与同一行总数列的数值按精确值比较 (表声明数值为舍入值时才按区间
    比较)。任一单元格空白的行跳过 (空白由 SH105 报告)。

    **为何重要。** 年度数大于项目总数,通常是两个数字填反了,
    或者单位弄错了 (在亿元列里填了万元数);这样园区的年度计划,
    以及以它为基础的每个合计,都是错的。

    **示例。** 甲产业园 计划总投资 1.5 亿元,2020年计划 却是 14.51 亿元。

    **正确写法。** 两个数各归其列: 2020年计划 1.5 亿元在计划总投资 14.51 亿元之内。
    """

    def check(self, plan):
        for table in plan.tables:
            for column in (c for c in table.columns if c.part_of):
                whole_column = table.column(column.part_of)
                for row in table.all_rows:
                    part, whole = row.cells.get(column.key), row.cells.get(column.part_of)
                    if part is None or whole is None or part.value is None or whole.value is None:
                        continue
                    part_span, whole_span = part.value.interval(), whole.value.interval()
                    shown = dict(table=table.id, row=row.name, part=column.header, whole=whole_column.header)
                    if part_span.lo is not None and whole_span.hi is not None and part_span.lo > whole_span.hi:
                        message = msg.PartExceedsWhole(
                            part_value=span(part_span, column.unit),
                            whole_value=span(whole_span, whole_column.unit),
                            **shown,
                        )
                        yield self.finding(message, part.where, [whole.where])
                    else:
                        yield self.verified(
                            msg.PartWithinWhole(
                                part_value=written(part.value), whole_value=written(whole.value), **shown
                            ),
                            part.where,
                            [whole.where],
                        )
