"""Reconciling a headline goal with a table total and the prose allocations (SH201, SH202).

Both rules read the same :class:`Reconciliation`; each reports the outcome it owns.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Iterator

from shanhai_check.messages import rules as msg
from shanhai_check.model import Allocation, Goal, Plan, Table
from shanhai_check.quantity import Interval, Quantity
from shanhai_check.sums import Term, add_up, blank_rows, canonical, column_terms


@dataclass
class Reconciliation:
    goal: Goal
    table: Table
    total: Term  # the table's stated 合计 (or the sum of its rows when it states none)
    extras: list[Term]  # prose allocations to units the table has no row for

    @property
    def whose(self) -> msg.Message:
        """How messages name the table's figure: its 合计, or the sum of its rows (placed at the
        table, see _table_total), never called 合计."""
        stated = self.total.where != self.table.where
        return (msg.TableTotal if stated else msg.TableRowSum)(table=self.table.id)

    @property
    def table_agrees(self) -> bool:
        return self.total.value.interval().meets(self.goal.value.interval())

    @property
    def with_extras(self) -> tuple[Decimal, Interval]:
        return add_up([self.total, *self.extras])

    @property
    def extras_explain(self) -> bool:
        return bool(self.extras) and self.with_extras[1].meets(self.goal.value.interval())


def reconciliations(plan: Plan) -> Iterator[Reconciliation]:
    """Each goal against each table that has a column for its metric."""
    for goal in plan.goals:
        for table in plan.tables:
            column = table.column_for_metric(goal.metric)
            if column is None or not table.rows_are_units:
                continue
            total = _table_total(table, column.key)
            if total is not None:
                yield Reconciliation(goal, table, total, _extras(plan, table, goal.metric))


def _table_total(table: Table, key: str) -> Term | None:
    stated = table.total.cells.get(key) if table.total else None
    if stated is not None and stated.value is not None:
        return Term(msg.TableTotal(table=table.id), stated.value, stated.where)
    if not table.rows or blank_rows(table, key):
        return None
    terms = column_terms(table, key)
    exact, _ = add_up(terms)
    return Term(msg.RowsSumOf(table=table.id), Quantity.exact(exact, terms[0].value.unit), table.where)


def first_allocations(plan: Plan, metric: str) -> dict[str, Allocation]:
    """The first prose allocation of *metric* to each unit (by roster name)."""
    found: dict[str, Allocation] = {}
    for allocation in plan.allocations:
        if allocation.metric == metric:
            found.setdefault(canonical(plan, allocation.unit), allocation)
    return found


def _extras(plan: Plan, table: Table, metric: str) -> list[Term]:
    rows = {canonical(plan, row.name) for row in table.rows}
    return [
        Term(a.unit, a.value, a.source.where, a.source.place)
        for name, a in first_allocations(plan, metric).items()
        if name not in rows
    ]
