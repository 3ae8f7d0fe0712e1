"""SH102 row-total: a column that totals other columns, checked row by row."""

from __future__ import annotations

from shanhai_check.messages import rules as msg
from shanhai_check.findings import Severity
from shanhai_check.quantity import written
from shanhai_check.rules.base import Rule
from shanhai_check.sums import Term, add_up, amount, figure, rounding_note, show_terms


class RowTotal(Rule):
    """Checks columns declared as the total of other columns (``sum_of``), in every row and
    in the 合计 row.

    **What it does.** For a column with ``sum_of: [a, b]``, each row's cell must equal the
    sum of that row's ``a`` and ``b`` cells, exactly (declared rounding as in SH101).

    **Why it matters.** Tables that split an amount (省级/市级, 政府性/招商) usually carry a
    row total; when one part is edited the total is often left behind.

    **Example.**

    ```yaml
    document: {title: 示例}
    metrics:
      资金: {unit: 万元}
    tables:
      - id: 附件1
        columns:
          - {key: 省级, unit: 万元}
          - {key: 市级, unit: 万元}
          - {key: 资金, sum_of: [省级, 市级]}
        rows:
          甲区: [100, 50, 160]   # 100 + 50 = 150
    ```

    **Use instead.** The row's 资金 written as the sum of its parts:

    ```yaml
    document: {title: 示例}
    metrics:
      资金: {unit: 万元}
    tables:
      - id: 附件1
        columns:
          - {key: 省级, unit: 万元}
          - {key: 市级, unit: 万元}
          - {key: 资金, sum_of: [省级, 市级]}
        rows:
          甲区: [100, 50, 150]   # 100 + 50 = 150
    ```
    """

    code = "SH102"
    name = "row-total"
    severity = Severity.ERROR
    summary = "行合计列与同行各列之和不符"
    summary_en = "a row-total column does not equal the sum of the columns it totals"
    doc_zh = """核对声明为其他列之和的列 (``sum_of``),逐行核对,合计行也在内。

    **作用。** 某列写明 ``sum_of: [a, b]`` 时,每一行该列的数值必须等于同一行 a 列与 b 列之
    和,按精确值计算 (声明为舍入值时的处理同 SH101)。

    **为何重要。** 把一笔金额拆开列示的表 (省级/市级、政府性/招商) 通常带有行合计;
    改了其中一部分,行合计往往忘了跟着改。

    **示例。** 甲区 省级 100 + 市级 50 = 150,资金 一栏却写成 160。

    **正确写法。** 甲区 的资金一栏写成 省级 与 市级 之和 150。
    """

    def check(self, plan):
        for table in plan.tables:
            rows = table.all_rows
            for column in table.columns:
                if not column.sum_of:
                    continue
                for row in rows:
                    result = self._row(table, column, row)
                    if result is not None:
                        yield result

    def _row(self, table, column, row):
        stated = row.cells.get(column.key)
        parts = [(key, row.cells.get(key)) for key in column.sum_of]
        if stated is None or stated.value is None or any(c is None or c.value is None for _, c in parts):
            return None
        terms = [Term(key, cell.value, cell.where) for key, cell in parts]
        exact, computed = add_up(terms)
        stated_interval = stated.value.interval()
        shown = dict(
            table=table.id,
            row=row.name,
            column=column.header,
            stated=written(stated.value),
            terms=show_terms(terms, column.unit),
        )
        related = [t.where for t in terms]
        if computed.meets(stated_interval):
            return self.verified(msg.RowTotalAgrees(**shown), stated.where, related)
        message = msg.RowTotalMismatch(
            computed=amount(exact, column.unit),
            intervals=rounding_note(stated_interval, computed, column.unit),
            **shown,
        )
        return self.finding(
            message,
            stated.where,
            related,
            stated=figure(stated.value, column.unit),
            computed=figure(exact, column.unit),
        )
