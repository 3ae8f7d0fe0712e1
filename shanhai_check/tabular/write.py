"""``shanhai-check export``: a plan's table written out as ``.csv``, ``.xlsx`` or ``.docx``.

The file holds what :mod:`.read` and :mod:`.layout` read back: the title above, one header
row (the row header, then each column's header with its unit: ``到位资金(亿元)``), a row per
unit and the 合计 row, every figure exactly as the plan writes it and blank cells blank.
xlsx stores a figure as a number when a spreadsheet holds it exactly
(:func:`~shanhai_check.report.table_export.spreadsheet_number`, as ``show`` does) with a
number format that shows its written decimals (1.30 stays 1.30), and as text otherwise.
Files are written atomically and never replace an existing file without ``--force``.
"""

from __future__ import annotations

import csv
import unicodedata
from decimal import Decimal
from pathlib import Path

from shanhai_check.model import Plan, Table
from shanhai_check.spreadsheet import sheet_names, spreadsheet_number, spreadsheet_text
from shanhai_check.files import write_atomic
from shanhai_check.messages import tables as say
from shanhai_check.wording import split_unit
from shanhai_check.tabular.read import FORMATS
from shanhai_check.tabular.table import ImportedColumn, ImportedRow, ImportedTable, TableError


def from_plan(plan: Plan, table: Table) -> ImportedTable:
    """A plan's table in the neutral form; a header the plan prints is kept, else the key."""
    columns = []
    for column in table.columns:
        metric = plan.metrics.get(column.metric or "")
        printed = "" if column.header in (column.key, metric.label if metric else None) else column.header
        unit = column.unit.text if column.unit else None
        columns.append(ImportedColumn(column.key, unit, printed))

    def row(source) -> ImportedRow:
        cells = [source.cells.get(c.key) for c in table.columns]
        return ImportedRow(source.name, [None if c is None or c.value is None else c.text for c in cells])

    total = row(table.total) if table.total else None
    return ImportedTable(table.row_header, columns, [row(r) for r in table.rows], total, table.title, id=table.id)


def header(column: ImportedColumn) -> str:
    """The header to print: the plan's own, else the key; with the unit unless it names it
    already ('到位资金(亿元)'), so that import finds the unit again."""
    text = column.header or column.name
    if column.unit and split_unit(unicodedata.normalize("NFKC", text))[1] != column.unit:
        return f"{text}({column.unit})"
    return text


def lines(table: ImportedTable) -> list[list[str]]:
    """The header row, the rows and the 合计 row, as text ('' for a blank cell)."""
    body = table.rows + ([table.total] if table.total else [])
    return [[table.row_header, *map(header, table.columns)]] + [[r.name, *(v or "" for v in r.cells)] for r in body]


def export_table(table: ImportedTable, path: str, force: bool) -> None:
    """Write *table* to *path*, its format chosen by the suffix; atomically, and an existing
    file only with *force* (raises OutputError)."""
    suffix = Path(path).suffix.lower()
    writers = {".csv": _csv, ".xlsx": _xlsx, ".docx": _docx}
    if suffix not in writers:
        raise TableError(path, say.UnknownFormat(name=Path(path).name, choices=", ".join(FORMATS)))
    write_atomic(path, lambda temp: writers[suffix](table, temp), force)


def _csv(table: ImportedTable, path: str) -> None:
    """UTF-8 with a BOM, so spreadsheet programs read the Chinese (as ``show`` writes CSV)."""
    width = len(table.columns) + 1
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        if table.title:
            writer.writerow([spreadsheet_text(table.title)] + [""] * (width - 1))
        writer.writerows([spreadsheet_text(text) for text in row] for row in lines(table))


def _xlsx(table: ImportedTable, path: str) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = sheet_names([table])[0] if table.id else "Sheet1"
    rows = lines(table)
    if table.title:
        sheet.append([spreadsheet_text(table.title)])
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(rows[0]))
    sheet.append([spreadsheet_text(text) for text in rows[0]])
    for row in rows[1:]:
        sheet.append([spreadsheet_text(row[0])])
        for j, text in enumerate(row[1:], 2):
            _fill(sheet.cell(sheet.max_row, j), text)
    book.save(path)


def _fill(cell, text: str) -> None:
    """A figure as a number showing its written decimals; anything else as text."""
    try:
        exact = Decimal(text)
    except ArithmeticError:  # blank, or a figure with words (不低于110)
        cell.value = spreadsheet_text(text) or None
        return
    number = spreadsheet_number(exact)
    cell.value = text if isinstance(number, str) else number  # as text: every digit as written
    decimals = -exact.as_tuple().exponent
    if not isinstance(cell.value, str) and decimals > 0:  # 2.0 is stored as 2, shown as 2.0
        cell.number_format = "0." + "0" * decimals


def _docx(table: ImportedTable, path: str) -> None:
    import docx

    document = docx.Document()
    if table.title:
        document.add_paragraph(table.title)
    rows = lines(table)
    grid = document.add_table(rows=len(rows), cols=len(rows[0]))
    grid.style = "Table Grid"
    for cells, texts in zip(grid.rows, rows):
        for cell, text in zip(cells.cells, texts):
            cell.text = text
    document.save(path)
