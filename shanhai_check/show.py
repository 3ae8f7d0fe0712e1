"""What ``shanhai-check show`` shows: each allocation table with its stated 合计, the sum of its
rows and the difference, column by column, and (for ``sum_of`` columns) row by row.

This is the view model; the formatters in ``report/tables.py`` (text) and
``report/table_export.py`` (CSV, xlsx) only lay it out. The arithmetic is the checker's own —
:func:`~shanhai_check.rules.base.add_up` for exact sums and their rounding intervals,
:meth:`Interval.meets` for "equal within rounding" — so a difference marked here is exactly a
difference SH101 / SH102 report, and the codes of those findings are attached to name it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from decimal import Decimal

from shanhai_check.kinds import check_plan
from shanhai_check.findings import Location
from shanhai_check.model import Cell, Column, Plan, Row, Table
from shanhai_check.quantity import Quantity
from shanhai_check.sums import Term, add_up, blank_rows, column_terms
from shanhai_check.rules.sh101_column_total import ColumnTotal
from shanhai_check.rules.sh102_row_total import RowTotal
from shanhai_check.rules.sh103_total_not_checkable import TotalNotCheckable

# The rules whose findings explain a difference shown here; their codes are attached to it.
EXPLAINING_RULES = (ColumnTotal, RowTotal, TotalNotCheckable)


class Status(enum.Enum):
    """How a stated total compares with the sum it should be."""

    EQUAL = "equal"  # the same number
    WITHIN = "within"  # different figures, but within their rounding (or the stated 以上 / 左右 range)
    DIFFERENT = "different"  # beyond rounding: marked ✗, and SH101 / SH102 report it
    INCOMPLETE = "incomplete"  # some addends are blank, so the sum is unknown (SH103)
    UNSTATED = "unstated"  # nothing stated to compare with


@dataclass(frozen=True)
class Comparison:
    """A stated figure against the exact sum of its addends (``computed``, partial when
    addends are blank), with the codes of the findings that report on it."""

    stated: Quantity | None
    computed: Decimal
    status: Status
    codes: tuple[str, ...] = ()

    @property
    def difference(self) -> Decimal | None:
        """Stated − computed, when both are known."""
        if self.stated is None or self.status is Status.INCOMPLETE:
            return None
        return self.stated.nominal - self.computed


def compare(stated: Quantity | None, terms: list[Term], blanks: int, codes: tuple[str, ...] = ()) -> Comparison:
    """Compare *stated* with the sum of *terms*; *blanks* addends were left blank."""
    computed, interval = add_up(terms)
    if blanks:
        status = Status.INCOMPLETE
    elif stated is None:
        status = Status.UNSTATED
    elif not interval.meets(stated.interval()):
        status = Status.DIFFERENT
    elif stated.nominal == computed:
        status = Status.EQUAL
    else:
        status = Status.WITHIN
    return Comparison(stated, computed, status, codes)


@dataclass
class CellView:
    """One cell: its figure (None when blank) and, in a ``sum_of`` column, the check of the
    row's parts against it (None when there is nothing to check)."""

    value: Quantity | None
    text: str
    where: Location
    check: Comparison | None = None


@dataclass
class RowView:
    name: str
    cells: list[CellView | None]  # one per column; None when the row has no such cell
    where: Location


@dataclass
class ColumnView:
    key: str
    header: str
    unit: str
    total: Comparison  # the stated 合计 against the sum of the rows

    @property
    def label(self) -> str:
        """The header with its unit, unless the header already names it: '援建资金 (万元)'."""
        if not self.unit or any(f"{a}{self.unit}{b}" in self.header for a, b in ("()", "（）")):
            return self.header
        return f"{self.header} ({self.unit})"


@dataclass
class TableView:
    id: str
    title: str
    rows_are_units: bool
    columns: list[ColumnView]
    rows: list[RowView]
    total: RowView | None  # the stated 合计 row, as written
    where: Location

    @property
    def differences(self) -> int:
        """Differences beyond rounding: column totals and row totals marked ✗."""
        cells = [c for row in self.rows + ([self.total] if self.total else []) for c in row.cells]
        checks = [c.total for c in self.columns] + [c.check for c in cells if c is not None and c.check is not None]
        return sum(1 for check in checks if check.status is Status.DIFFERENT)


def table_views(plan: Plan) -> list[TableView]:
    """Every table of *plan*, in document order."""
    result = check_plan(plan, EXPLAINING_RULES)
    codes: dict[tuple[int, int], list[str]] = {}
    for finding in result.findings:
        codes.setdefault((finding.location.line, finding.location.column), []).append(finding.code)
    return [_table(table, codes) for table in plan.tables]


def _table(table: Table, codes: dict[tuple[int, int], list[str]]) -> TableView:
    def at(cell: Cell | None, *wanted: str) -> tuple[str, ...]:
        found = codes.get((cell.where.line, cell.where.column), []) if cell else []
        return tuple(code for code in found if code in wanted)

    columns = []
    for column in table.columns:
        stated = table.total.cells.get(column.key) if table.total else None
        blanks = len(blank_rows(table, column.key))
        comparison = compare(
            stated.value if stated else None, column_terms(table, column.key), blanks, at(stated, "SH101", "SH103")
        )
        columns.append(ColumnView(column.key, column.header, column.unit.text if column.unit else "", comparison))
    rows = [_row(row, table.columns, at) for row in table.rows]
    total = _row(table.total, table.columns, at) if table.total else None
    return TableView(table.id, table.title, table.rows_are_units, columns, rows, total, table.where)


def _row(row: Row, columns: list[Column], at) -> RowView:
    cells: list[CellView | None] = []
    for column in columns:
        cell = row.cells.get(column.key)
        if cell is None:
            cells.append(None)
            continue
        cells.append(CellView(cell.value, cell.text, cell.where, _row_check(row, column, cell, at)))
    return RowView(row.name, cells, row.where)


def _row_check(row: Row, column: Column, cell: Cell, at) -> Comparison | None:
    """A ``sum_of`` cell against the row's parts, when the cell and every part are filled."""
    if not column.sum_of or cell.value is None:
        return None
    parts = [row.cells.get(key) for key in column.sum_of]
    if any(part is None or part.value is None for part in parts):
        return None
    terms = [Term(key, part.value, part.where) for key, part in zip(column.sum_of, parts)]
    return compare(cell.value, terms, 0, at(cell, "SH102"))
