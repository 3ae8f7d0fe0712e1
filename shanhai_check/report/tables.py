"""``shanhai-check show`` as text: each table aligned for Chinese, with its stated 合计, the sum
of its rows and the difference underneath, differences beyond rounding marked ✗.

Also the words and figure spelling the CSV / xlsx export shares (``report/table_export.py``).
tabulate (which measures CJK width with wcwidth) is imported here only, and this module only
by ``show``: ``check`` never loads it.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from shanhai_check.messages import report as say
from shanhai_check.quantity import Quantity, format_quantity, plain
from shanhai_check.show import CellView, ColumnView, Comparison, RowView, Status, TableView

# What the 核对 row says of each column's 合计 (a table without a 合计 row says nothing).
STATUS_WORDS = {
    Status.EQUAL: say.StatusEqual,
    Status.WITHIN: say.StatusWithin,
    Status.DIFFERENT: say.StatusDifferent,
    Status.INCOMPLETE: say.StatusIncomplete,
}


def status_word(status: Status, lang: str) -> str:
    return STATUS_WORDS[status]().render(lang) if status in STATUS_WORDS else ""


def figure(value: Quantity, column: ColumnView) -> str:
    """A figure in its column's unit, without the unit (the header has it): 1985, 13以上, 1~2."""
    tidy = dataclasses.replace(
        value,
        value=Decimal(plain(value.value)),
        upper=None if value.upper is None else Decimal(plain(value.upper)),
        unit=None if column.unit else value.unit,
    )
    return format_quantity(tidy)


def signed(value: Decimal) -> str:
    """A difference with its sign: +10, -10, 0."""
    return ("+" if value > 0 else "") + plain(value)


def with_codes(text: str, comparison: Comparison) -> str:
    """'✗ -10' → '✗ -10 (SH101)': the findings that report this difference."""
    return f"{text} ({', '.join(comparison.codes)})" if comparison.codes else text


def row_header(table: TableView, lang: str) -> str:
    return (say.UnitHeader if table.rows_are_units else say.NameHeader)().render(lang)


def shown_rows(table: TableView, lang: str) -> list[tuple[str, RowView]]:
    """The rows as written, then the stated 合计 row (when there is one), with their labels."""
    return [(row.name, row) for row in table.rows] + (
        [(say.StatedTotal().render(lang), table.total)] if table.total else []
    )


def has_row_checks(table: TableView) -> bool:
    rows = [*table.rows, *([table.total] if table.total else [])]
    return any(cell is not None and cell.check is not None for row in rows for cell in row.cells)


def row_mark(check: Comparison | None, lang: str) -> str:
    """A ``sum_of`` cell whose row parts add up to something else: ' ✗ (各列之和 150, SH102)'."""
    if check is None or check.status not in (Status.DIFFERENT, Status.WITHIN):
        return ""
    mark = "✗" if check.status is Status.DIFFERENT else "≈"
    shown = ", ".join((f"{say.PartsAddTo().render(lang)} {plain(check.computed)}", *check.codes))
    return f" {mark} ({shown})"


class TextTables:
    """Renders table views as aligned text."""

    def __init__(self, lang: str = "zh"):
        self.lang = lang

    def render(self, path: str, tables: list[TableView]) -> str:
        if not tables:
            return say.NoTables(path=path).render(self.lang)
        parts = [self.table(table) for table in tables]
        differences = sum(table.differences for table in tables)
        parts.append(
            say.Legend().render(self.lang)
            + "\n"
            + say.TablesSummary(tables=len(tables), differences=differences).render(self.lang)
        )
        return "\n\n".join(parts)

    def table(self, table: TableView) -> str:
        from tabulate import SEPARATING_LINE, tabulate

        title = "  ".join(part for part in (table.id, table.title, f"({table.where.path}:{table.where.line})") if part)
        body: list = [
            [label, *(self.cell(c, col) for c, col in zip(row.cells, table.columns))]
            for label, row in shown_rows(table, self.lang)
        ]
        if table.rows:
            body.insert(len(table.rows), SEPARATING_LINE)  # between the rows and the totals
        body.append([say.SumOfRows().render(self.lang), *(self.computed(col.total) for col in table.columns)])
        if table.total is not None:
            body.append([say.Difference().render(self.lang), *(self.difference(col.total) for col in table.columns)])
        headers = [
            row_header(table, self.lang),
            *(col.label.replace(" ", "\n") for col in table.columns),
        ]  # one word a line: narrow columns
        aligned = tabulate(
            body,
            headers=headers,
            tablefmt="simple",
            disable_numparse=True,
            colalign=("left",) + ("right",) * len(table.columns),
        )
        return f"{title}\n{aligned}"

    def cell(self, cell: CellView | None, column: ColumnView) -> str:
        if cell is None or cell.value is None:
            return ""
        return figure(cell.value, column) + row_mark(cell.check, self.lang)

    def computed(self, comparison: Comparison) -> str:
        text = plain(comparison.computed)
        return f"{text} ({say.Incomplete().render(self.lang)})" if comparison.status is Status.INCOMPLETE else text

    def difference(self, comparison: Comparison) -> str:
        status = comparison.status
        if status is Status.UNSTATED:
            return ""
        if status is Status.INCOMPLETE:
            return with_codes(say.NotCheckable().render(self.lang), comparison)
        text = signed(comparison.difference)
        if status is Status.DIFFERENT:
            return with_codes(f"✗ {text}", comparison)
        return f"≈ {text}" if status is Status.WITHIN else text
