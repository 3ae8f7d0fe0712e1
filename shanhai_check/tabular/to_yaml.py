"""An imported table as plan YAML: its ``metrics:`` entries and its ``tables:`` entry.

Figures are written as the exact decimals they are (``1.30`` keeps its precision) and missing
cells as ``null``; the result loads with the checker as it stands, once it is put in a plan
with a ``document:`` and a roster.
"""

from __future__ import annotations

import re

import yaml

from shanhai_check.tabular.table import ImportedTable

_INTEGER = re.compile(r"-?[0-9]+")
_DECIMAL = re.compile(r"-?[0-9]+\.[0-9]+")


class _Figure(str):
    """A plain decimal, written as a YAML number (not a quoted string) with all its digits."""


class _Dumper(yaml.SafeDumper):
    def increase_indent(self, flow: bool = False, indentless: bool = False):
        return super().increase_indent(flow, False)  # '  - id:' under 'tables:', as plans are written


def _represent_figure(dumper: yaml.SafeDumper, value: _Figure):
    tag = "int" if _INTEGER.fullmatch(value) else "float"
    return dumper.represent_scalar(f"tag:yaml.org,2002:{tag}", str(value))


_Dumper.add_representer(_Figure, _represent_figure)


def _value(text: str | None):
    if text is not None and (_INTEGER.fullmatch(text) or _DECIMAL.fullmatch(text)):
        return _Figure(text)
    return text  # None (missing) or a figure with its own words (不低于110)


def plan_entries(table: ImportedTable, table_id: str) -> dict:
    """The table as the plan format's ``metrics`` and ``tables`` entries."""
    columns = []
    for column in table.columns:
        printed = column.header and column.header not in (column.name, f"{column.name}({column.unit})")
        columns.append({"key": column.name, "header": column.header} if printed else column.name)
    entry: dict = {"id": table_id}
    entry.update({"title": table.title} if table.title else {})
    entry.update({"row_header": table.row_header} if table.row_header else {})
    entry["columns"] = columns
    entry["rows"] = {row.name: [_value(v) for v in row.cells] for row in table.rows}
    if table.total is not None:
        entry["total"] = [_value(v) for v in table.total.cells]
    entry.update({"note": table.note} if table.note else {})
    return {"metrics": {c.name: {"unit": c.unit} for c in table.columns}, "tables": [entry]}


def to_yaml(table: ImportedTable, table_id: str, comment: str = "") -> str:
    """The YAML text: a comment line saying where it came from, then the entries."""
    body = yaml.dump(
        plan_entries(table, table_id),
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=None,
        width=10_000,
    )
    return (f"# {comment}\n" if comment else "") + body
