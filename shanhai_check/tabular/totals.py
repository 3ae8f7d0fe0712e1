"""An imported table's 合计 row checked as ``check`` checks it (SH101), before it becomes YAML.

A table imported from Word or Excel with a 合计 that does not add up would otherwise go into
the plan in silence, and be reported only by the next ``check``. The arithmetic and the
message are SH101's own: exact sums of the cells as printed.
"""

from __future__ import annotations

from shanhai_check.messages import rules as msg
from shanhai_check.findings import Location
from shanhai_check.quantity import Comparator, Measure, QuantityError, parse_quantity
from shanhai_check.sums import Term, add_up, amount, show_terms
from shanhai_check.rules.sh101_column_total import ColumnTotal
from shanhai_check.messages import tables as say
from shanhai_check.tabular.table import ImportedTable, Placed


def total_mismatches(table: ImportedTable, path: str, table_id: str) -> list[Placed]:
    """A warning, in SH101's words, for every column whose 合计 is not the sum of its rows."""
    if table.total is None:
        return []
    found = []
    for index, column in enumerate(table.columns):
        checked = _column(table, index, path)
        if checked is None:
            continue
        stated, terms = checked
        unit = Measure.parse(column.unit) if column.unit else None
        exact, _ = add_up(terms)
        if stated.comparator is Comparator.EQ and exact != stated.value:
            shown = dict(
                table=table_id,
                column=column.header or column.name,
                stated=table.total.cells[index],
                terms=show_terms(terms, unit),
            )
            message = msg.ColumnTotalMismatch(computed=amount(exact, unit), intervals="", **shown)
            found.append(
                Placed(
                    path, say.AsWarning(message=say.WithCode(code=ColumnTotal.code, message=message)), table.total.place
                )
            )
    return found


def _column(table: ImportedTable, index: int, path: str):
    """(the stated 合计, the rows as addends) of one column; None when a cell is blank or not a figure."""
    texts = [row.cells[index] for row in table.rows]
    stated = table.total.cells[index]
    if stated is None or not texts or any(t is None for t in texts):
        return None
    try:
        terms = [Term(row.name, parse_quantity(text), Location(path, 0)) for row, text in zip(table.rows, texts)]
        return parse_quantity(stated), terms
    except QuantityError:
        return None
