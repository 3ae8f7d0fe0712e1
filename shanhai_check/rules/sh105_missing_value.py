"""SH105 missing-value: a blank cell in a table row."""

from __future__ import annotations

from shanhai_check import messages as msg
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
    """

    code = "SH105"
    name = "missing-value"
    severity = Severity.WARNING
    summary = "表格某行的数值空缺"
    summary_en = "a table row leaves a value blank"

    def check(self, plan):
        for table in plan.tables:
            for row in table.rows:
                for column in table.columns:
                    cell = row.cells.get(column.key)
                    if cell is None:
                        yield self.finding(msg.MissingValue(table=table.id, row=row.name, column=column.header, text="未填"), row.where)
                    elif cell.value is None:
                        message = msg.MissingValue(table=table.id, row=row.name, column=column.header, text=cell.text or "空白")
                        yield self.finding(message, cell.where)
