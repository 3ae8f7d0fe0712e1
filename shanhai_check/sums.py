"""The arithmetic every check shows: addends with their labels and places, exact sums, and
figures spelt with their units.

Rules, the table views of ``show`` and the import's check of a 合计 all add up through here,
so a sum is computed and written one way wherever it is shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Iterator

from shanhai_check.findings import Figure, Location
from shanhai_check.messages import Joined, Message, Terms
from shanhai_check.messages.figures import AnyValue
from shanhai_check.messages.rules import IntervalsApart
from shanhai_check.model import Cell, Column, Plan, Row, Table
from shanhai_check.quantity import ZERO, Interval, Measure, Quantity, plain


def figure(value: "Quantity | Decimal", unit: Measure | None = None, label: str = "") -> Figure:
    """A finding's number with its unit (a Quantity carries its own): what machine reports show."""
    if isinstance(value, Quantity):
        value, unit = value.nominal, value.unit or unit
    return Figure(plain(value), unit.text if unit else "", str(label))


def amount(value: Decimal, unit: Measure | None) -> str:
    """An exact amount with its unit: '1985万元'."""
    return plain(value) + (unit.text if unit else "")


def span(interval: Interval, unit: Measure | None) -> "str | Message":
    """An interval with its unit: '1985万元', '[17.75, 18.85]亿元', '≥16次' (an interval with
    no bound at all is said in words: 任意值, any value)."""
    if interval.lo is None and interval.hi is None:
        return Joined([AnyValue(), unit.text if unit else ""])
    return str(interval) + (unit.text if unit else "")


@dataclass
class Term:
    """One addend of a sum, with its label and place."""

    label: "str | Message"  # a name from the plan, or what the checker calls a figure (附件1 合计)
    value: Quantity
    where: Location
    section: "str | Message" = ""  # where the document states it, when that is not a table cell


def add_up(terms: list[Term]) -> tuple[Decimal, Interval]:
    """The exact sum of the figures as written, and the interval the sum may lie in."""
    total = sum((t.value.nominal for t in terms), Decimal(0))
    interval = ZERO
    for term in terms:
        interval = interval + term.value.interval()
    return total, interval


def show_terms(terms: list[Term], unit: Measure | None) -> Message:
    """'海曙区 110 + 江北区 110 + …' — every addend, so the planner can redo the sum."""
    shown = Terms([(t.label, plain(t.value.nominal)) for t in terms])
    return Joined([shown, f" ({unit.text})"]) if unit else shown


def rounding_note(stated: Interval, computed: Interval, unit: Measure | None) -> "Message | str":
    """Intervals, shown only when rounding or a bound is in play (some figure is not a point)."""
    if stated.is_point and computed.is_point:
        return ""
    return IntervalsApart(stated=span(stated, unit), computed=span(computed, unit))


def canonical(plan: Plan, name: str) -> str:
    """A unit's roster name, or the name as written when the roster does not know it."""
    unit = plan.roster.unit(name)
    return unit.name if unit else name


def blank_rows(table: Table, key: str) -> list[Row]:
    """Rows whose cell in column *key* is missing or left blank."""
    return [row for row in table.rows if row.cells.get(key) is None or row.cells[key].value is None]


def column_terms(table: Table, key: str) -> list[Term]:
    """The filled cells of column *key*, row by row, as addends named after their rows
    (rows left blank are not addends: see :func:`blank_rows`)."""
    filled = [(row, row.cells.get(key)) for row in table.rows]
    return [
        Term(row.name, cell.value, cell.where) for row, cell in filled if cell is not None and cell.value is not None
    ]


def stated_totals(plan: Plan) -> Iterator[tuple[Table, Column, Cell]]:
    """Every filled cell of every 合计 row: (table, column, the stated total)."""
    for table in plan.tables:
        if table.total is None:
            continue
        for column in table.columns:
            stated = table.total.cells.get(column.key)
            if stated is not None and stated.value is not None:
                yield table, column, stated


def metric_cells(plan: Plan, metric: str) -> Iterator[tuple[Table, Row, Cell]]:
    """Every filled cell of *metric* in tables whose rows are units."""
    for table in plan.tables:
        column = table.column_for_metric(metric)
        if column is None or not table.rows_are_units:
            continue
        for row in table.rows:
            cell = row.cells.get(column.key)
            if cell is not None and cell.value is not None:
                yield table, row, cell
