"""``shanhai-check show`` as text: each table aligned for Chinese, with its stated 合计, the sum
of its rows and the difference underneath, differences beyond rounding marked ✗.

Also the words and figure spelling the CSV / xlsx export shares (``report/table_export.py``).
tabulate (which measures CJK width with wcwidth) is imported here only, and this module only
by ``show``: ``check`` never loads it.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from shanhai_check.quantity import Quantity, format_quantity, plain
from shanhai_check.show import CellView, ColumnView, Comparison, RowView, Status, TableView

WORDS = {
    "zh": {
        "units": "单位",
        "names": "名称",
        "stated": "合计",
        "computed": "各行之和",
        "difference": "差额",
        "check": "核对",
        "row_check": "行合计核对",
        "incomplete": "不全",
        "unchecked": "无法核对",
        "parts": "各列之和",
        "no_tables": "{path}: 没有分配表",
        "summary": "共 {tables} 张表; {differences} 处合计与各项之和不符 (标 ✗)",
        "legend": "✗ 超出末位舍入的差额; ≈ 差额在末位舍入或所写范围 (以上、左右) 之内; (不全) 该列有空白单元格,和不完整",
    },
    "en": {
        "units": "unit",
        "names": "name",
        "stated": "stated total",
        "computed": "sum of rows",
        "difference": "difference",
        "check": "check",
        "row_check": "row total check",
        "incomplete": "incomplete",
        "unchecked": "not checkable",
        "parts": "parts add to",
        "no_tables": "{path}: no tables",
        "summary": "tables: {tables}; totals that differ from their parts (marked ✗): {differences}",
        "legend": "✗ differs beyond rounding; ≈ differs within the rounding of the last digit or the stated range; (incomplete) the column has blank cells",
    },
}

STATUS_WORDS = {
    "zh": {Status.EQUAL: "一致", Status.WITHIN: "≈ 舍入内一致", Status.DIFFERENT: "✗ 不符", Status.INCOMPLETE: "无法核对 (有空白)", Status.UNSTATED: ""},
    "en": {Status.EQUAL: "equal", Status.WITHIN: "≈ equal within rounding", Status.DIFFERENT: "✗ differs", Status.INCOMPLETE: "not checkable (blanks)", Status.UNSTATED: ""},
}


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
    return WORDS[lang]["units" if table.rows_are_units else "names"]


def shown_rows(table: TableView, lang: str) -> list[tuple[str, RowView]]:
    """The rows as written, then the stated 合计 row (when there is one), with their labels."""
    return [(row.name, row) for row in table.rows] + ([(WORDS[lang]["stated"], table.total)] if table.total else [])


def has_row_checks(table: TableView) -> bool:
    rows = [*table.rows, *([table.total] if table.total else [])]
    return any(cell is not None and cell.check is not None for row in rows for cell in row.cells)


def row_mark(check: Comparison | None, lang: str) -> str:
    """A ``sum_of`` cell whose row parts add up to something else: ' ✗ (各列之和 150, SH102)'."""
    if check is None or check.status not in (Status.DIFFERENT, Status.WITHIN):
        return ""
    mark = "✗" if check.status is Status.DIFFERENT else "≈"
    shown = ", ".join((f"{WORDS[lang]['parts']} {plain(check.computed)}", *check.codes))
    return f" {mark} ({shown})"


class TextTables:
    """Renders table views as aligned text."""

    def __init__(self, lang: str = "zh"):
        self.lang = lang
        self.words = WORDS[lang]

    def render(self, path: str, tables: list[TableView]) -> str:
        if not tables:
            return self.words["no_tables"].format(path=path)
        parts = [self.table(table) for table in tables]
        differences = sum(table.differences for table in tables)
        parts.append(self.words["legend"] + "\n" + self.words["summary"].format(tables=len(tables), differences=differences))
        return "\n\n".join(parts)

    def table(self, table: TableView) -> str:
        from tabulate import SEPARATING_LINE, tabulate

        title = "  ".join(part for part in (table.id, table.title, f"({table.where.path}:{table.where.line})") if part)
        body: list = [[label, *(self.cell(c, col) for c, col in zip(row.cells, table.columns))] for label, row in shown_rows(table, self.lang)]
        if table.rows:
            body.insert(len(table.rows), SEPARATING_LINE)  # between the rows and the totals
        body.append([self.words["computed"], *(self.computed(col.total) for col in table.columns)])
        if table.total is not None:
            body.append([self.words["difference"], *(self.difference(col.total) for col in table.columns)])
        headers = [row_header(table, self.lang), *(col.label.replace(" ", "\n") for col in table.columns)]  # one word a line: narrow columns
        aligned = tabulate(body, headers=headers, tablefmt="simple", disable_numparse=True, colalign=("left",) + ("right",) * len(table.columns))
        return f"{title}\n{aligned}"

    def cell(self, cell: CellView | None, column: ColumnView) -> str:
        if cell is None or cell.value is None:
            return ""
        return figure(cell.value, column) + row_mark(cell.check, self.lang)

    def computed(self, comparison: Comparison) -> str:
        text = plain(comparison.computed)
        return f"{text} ({self.words['incomplete']})" if comparison.status is Status.INCOMPLETE else text

    def difference(self, comparison: Comparison) -> str:
        status = comparison.status
        if status is Status.UNSTATED:
            return ""
        if status is Status.INCOMPLETE:
            return with_codes(self.words["unchecked"], comparison)
        text = signed(comparison.difference)
        if status is Status.DIFFERENT:
            return with_codes(f"✗ {text}", comparison)
        return f"≈ {text}" if status is Status.WITHIN else text
