"""SH203 allocation-vs-table: the prose gives a unit one figure, the table another."""

from __future__ import annotations

from shanhai_check.messages import rules as msg
from shanhai_check.findings import Severity
from shanhai_check.quantity import written
from shanhai_check.rules.base import Rule
from shanhai_check.sums import canonical, figure, metric_cells


class AllocationVsTable(Rule):
    """Compares every prose allocation with the same unit's cell in each table of that metric.

    **What it does.** An allocation such as "市本级落实援建资金772万元" is checked against the
    市本级 row of every table with a 援建资金 column (names matched through the roster's
    aliases). Figures are exact (declared rounding as in SH101); comparators apply.

    **Why it matters.** When the body and the attachment give a unit different amounts, the
    unit does not know which one it is held to.

    **Example.**

    ```yaml
    document: {title: 示例}
    metrics:
      援建资金: {unit: 万元}
    allocations:
      - {unit: 甲区, metric: 援建资金, value: 221万元}
    tables:
      - id: 附件1
        columns: [援建资金]
        rows:
          甲区: [212]
    ```

    **Use instead.** The table gives the unit the amount the text gives it:

    ```yaml
    document: {title: 示例}
    metrics:
      援建资金: {unit: 万元}
    allocations:
      - {unit: 甲区, metric: 援建资金, value: 221万元}
    tables:
      - id: 附件1
        columns: [援建资金]
        rows:
          甲区: [221]
    ```
    """

    code = "SH203"
    name = "allocation-vs-table"
    severity = Severity.ERROR
    summary = "正文给某单位的分配与分配表中该单位的数值不符"
    summary_en = "a prose allocation differs from the same unit's table cell"
    doc_zh = """把正文中的每一项单位分配,与该指标各表中同一单位的数值比较。

    **作用。** “市本级落实援建资金772万元”这样的分配,要与每张含援建资金列的表中 市本级 一行
    核对 (单位名称经名册的别名对应)。按精确值和比较词比较 (声明为舍入值时的处理同 SH101)。

    **为何重要。** 正文和附件给同一单位不同的数额,该单位就不知道自己要完成的是哪一个。

    **示例。** 正文给 甲区 分配 221 万元,附件1 中 甲区 却是 212 万元。

    **正确写法。** 附件1 中 甲区 的数额与正文一致,为 221 万元。
    """

    def check(self, plan):
        for allocation in plan.allocations:
            unit = canonical(plan, allocation.unit)
            for table, row, cell in metric_cells(plan, allocation.metric):
                if canonical(plan, row.name) != unit:
                    continue
                shown = dict(
                    unit=allocation.unit,
                    metric=plan.metrics[allocation.metric].label,
                    prose=written(allocation.value),
                    section=allocation.source.place,
                    table=table.id,
                )
                if cell.value.interval().meets(allocation.value.interval()):
                    yield self.verified(msg.AllocationAgreesWithTable(**shown), allocation.source.where, [cell.where])
                else:
                    yield self.finding(
                        msg.AllocationDisagreesWithTable(cell=written(cell.value), **shown),
                        allocation.source.where,
                        [cell.where],
                        prose=figure(allocation.value),
                        cell=figure(cell.value),
                    )
