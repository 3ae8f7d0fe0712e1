"""A spreadsheet's table as plan data whose every value is placed at its own cell: what
``check 附件1.xlsx`` checks, with no YAML written.

The data is what ``import`` would write (``to_yaml.plan_entries``: metrics, one table with its
rows and 合计), built as the YAML reader builds data, so the plan loader validates it and the
plan rules check it exactly as they check a plan. A finding then points at the cell: its line
is the spreadsheet's row and its column the spreadsheet's column (CSV: the record and field).
"""

from __future__ import annotations

import os
from decimal import Decimal

from shanhai_check.findings import Location
from shanhai_check.tabular.table import ImportedTable, Place
from shanhai_check.tabular.to_yaml import plan_entries
from shanhai_check.yamltree import YList, YMap


def as_plan_data(table: ImportedTable, path: str) -> YMap:
    """The plan data of *table* (its id and the document's title: the file's name)."""
    table_id = os.path.splitext(os.path.basename(path))[0]
    entries = plan_entries(table, table_id)
    first = table.rows[0].place if table.rows else None
    here = _where(path, first)
    root = _mapping(here, document=_mapping(here, title=table.title or table_id))
    metrics = _mapping(here)
    for column in table.columns:
        metrics[column.name] = _mapping(_where(path, column.place), unit=column.unit)
        metrics.places[column.name] = metrics.key_places[column.name] = _where(path, column.place)
    root["metrics"] = metrics
    root["tables"] = _listing(here, [_table(entries["tables"][0], table, path)])
    return root


def _table(entry: dict, table: ImportedTable, path: str) -> YMap:
    where = _where(path, table.rows[0].place if table.rows else None)
    placed = _mapping(where, **{k: v for k, v in entry.items() if k not in ("columns", "rows", "total")})
    placed["columns"] = _listing(where, [_column(c, table.columns[i], path) for i, c in enumerate(entry["columns"])])
    placed.places["columns"] = where
    rows = _mapping(where)
    for row in table.rows:
        rows[row.name] = _cells(row.cells, row.place, table, path)
        rows.places[row.name] = rows.key_places[row.name] = _where(path, row.place)
    placed["rows"] = rows
    placed.places["rows"] = where
    if table.total is not None:
        placed["total"] = _cells(table.total.cells, table.total.place, table, path)
        placed.places["total"] = _where(path, table.total.place)
    return placed


def _column(entry, column, path: str):
    if isinstance(entry, dict):
        return _mapping(_where(path, column.place), **entry)
    return entry


def _cells(texts: list[str | None], row_place: Place | None, table: ImportedTable, path: str) -> YList:
    """A row's values, each placed at its cell (the row's line, the column's column)."""
    cells = _listing(_where(path, row_place), [_value(text) for text in texts])
    cells.places = [_cell_where(path, row_place, column.place) for column in table.columns]
    return cells


def _value(text: str | None) -> object:
    """A plain decimal as the YAML reader gives it (an exact Decimal, 1.30 keeps its digits);
    a figure with words (不低于110) as text; a blank as None."""
    if text is None:
        return None
    try:
        number = Decimal(text)
    except ArithmeticError:
        return text
    return number if number.is_finite() and text.strip().lstrip("-").replace(".", "", 1).isdigit() else text


def _where(path: str, place: Place | None) -> Location:
    return Location(path, place.row, place.column) if place else Location(path, 1)


def _cell_where(path: str, row: Place | None, column: Place | None) -> Location:
    if row is None or column is None:
        return _where(path, row or column)
    return Location(path, row.row, column.column)


def _mapping(where: Location, **values) -> YMap:
    mapping = YMap(where)
    for key, value in values.items():
        mapping[key] = value
        mapping.places[key] = mapping.key_places[key] = where
    return mapping


def _listing(where: Location, items: list) -> YList:
    listing = YList(where)
    listing.extend(items)
    listing.places = [where] * len(items)
    return listing
