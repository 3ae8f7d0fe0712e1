"""``shanhai-check show --format csv|xlsx``: the table views as spreadsheet files, via pandas.

Each table becomes one sheet (xlsx) or one file (CSV): its rows, the stated 合计, the sum of
the rows, the difference and a 核对 row saying whether they agree. Figures are exact: CSV holds
the decimal text (18.3 stays 18.3); xlsx holds a number whenever a spreadsheet's binary
floating point keeps it as written (up to 15 significant digits, everything a plan prints) and
the decimal text otherwise, so a value is never silently rounded. Files are written to a
temporary file and renamed into place, and an existing file is never replaced without
``--force``. pandas and openpyxl are imported here only, and this module only by ``show``.
"""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path
from typing import Callable

from shanhai_check.files import OutputError, OutputExists, write_all_atomic
from shanhai_check.quantity import Comparator, Quantity, plain
from shanhai_check.spreadsheet import (
    FILE_FORBIDDEN,
    sheet_names,
    spreadsheet_number,
    spreadsheet_text,
    unique,
    xlsx_writer,
)
from shanhai_check.messages.output import NeedsPandas
from shanhai_check.messages import report as say
from shanhai_check.report.tables import (
    figure,
    has_row_checks,
    row_header,
    row_mark,
    shown_rows,
    status_word,
    with_codes,
)
from shanhai_check.show import ColumnView, RowView, Status, TableView


def records(table: TableView, lang: str) -> tuple[list[str], list[list]]:
    """Header and rows of one table; figures as exact Decimals, other figures (13以上) as
    text, blanks as None."""
    row_checks = has_row_checks(table)  # a last column for sum_of cells checked row by row
    header = [row_header(table, lang), *(c.label for c in table.columns)] + (
        [say.RowTotalCheck().render(lang)] if row_checks else []
    )
    rows = []
    for label, row in shown_rows(table, lang):
        values = [
            None if c is None or c.value is None else _exact(c.value, col) for c, col in zip(row.cells, table.columns)
        ]
        rows.append([label, *values] + ([_row_check(row, table, lang)] if row_checks else []))
    tail = [[say.SumOfRows().render(lang), *(c.total.computed for c in table.columns)]]
    if table.total is not None:
        tail.append([say.Difference().render(lang), *(c.total.difference for c in table.columns)])
        tail.append(
            [
                say.CheckRow().render(lang),
                *(with_codes(status_word(c.total.status, lang), c.total) for c in table.columns),
            ]
        )
    return header, rows + [t + ([None] if row_checks else []) for t in tail]


def _exact(value: Quantity, column: ColumnView) -> Decimal | str:
    """The exact number of a plain figure in its column's unit; the text of any other."""
    if value.comparator is Comparator.EQ and (column.unit or value.unit is None):
        return value.nominal
    return figure(value, column)


def _row_check(row: RowView, table: TableView, lang: str) -> str:
    """'资金 160 ✗ (各列之和 150, SH102)' for each sum_of cell that differs; '一致' when all agree."""
    checked = [(c, col) for c, col in zip(row.cells, table.columns) if c is not None and c.check is not None]
    off = [
        f"{col.header} {figure(c.value, col)}{row_mark(c.check, lang)}"
        for c, col in checked
        if c.check.status is not Status.EQUAL
    ]
    return "; ".join(off) or (status_word(Status.EQUAL, lang) if checked else "")


def csv_paths(plan: str, output: str | None, tables: list[TableView]) -> list[str]:
    """Where each table's CSV goes: *output* itself for a single table; otherwise
    ``<stem>-<table id>.csv`` next to *output*, or in the working directory named after the
    plan when there is no *output*."""
    if output and len(tables) == 1:
        return [output]
    folder, stem = (os.path.dirname(output), Path(output).stem) if output else ("", Path(plan).stem)
    names = unique([f"{stem}-{FILE_FORBIDDEN.sub('_', t.id)}" for t in tables])
    return [os.path.join(folder, f"{name}.csv") for name in names]


def export(tables: list[TableView], fmt: str, plan: str, output: str | None, force: bool, lang: str) -> list[str]:
    """Write *tables* as CSV files or one xlsx workbook; returns the paths written."""
    try:
        import pandas as pd
    except ImportError as exc:
        raise OutputError(NeedsPandas(problem=exc)) from None
    if fmt == "csv":
        paths = csv_paths(plan, output, tables)
        writers = [(p, _csv_writer(_frame(pd, t, lang, plain))) for p, t in zip(paths, tables)]
    else:
        paths = [output or f"{Path(plan).stem}.xlsx"]
        sheets = {name: _frame(pd, t, lang, spreadsheet_number) for name, t in zip(sheet_names(tables), tables)}
        writers = [(paths[0], xlsx_writer(pd, sheets))]
    for path in (p for p in paths if not force and os.path.lexists(p)):
        raise OutputExists(path)  # every file is checked first: refuse before writing any
    write_all_atomic(writers, force)
    return paths


def _frame(pd, table: TableView, lang: str, exact: Callable[[Decimal], object]):
    """One table as a DataFrame of Python objects (no float conversion by pandas)."""
    header, rows = records(table, lang)
    values = [[exact(v) if isinstance(v, Decimal) else spreadsheet_text(v) for v in row] for row in rows]
    return pd.DataFrame(values, columns=[spreadsheet_text(h) for h in header], dtype=object)


def _csv_writer(frame) -> Callable[[str], None]:
    """UTF-8 with a BOM, so spreadsheet programs read the Chinese."""
    return lambda path: frame.to_csv(path, index=False, encoding="utf-8-sig")
