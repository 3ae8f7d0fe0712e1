"""The bodies of ``shanhai-check import`` and ``export``: read, convert, write, report.

Each returns the exit status: 0 done (warnings may have been shown), 2 the input could not be
used or the output could not be written — one line on stderr with the file and the place.
"""

from __future__ import annotations

from pathlib import Path

import click

from shanhai_check.commands.common import located, say, write_report
from shanhai_check.messages import Joined
from shanhai_check.messages.output import ImportedFrom
from shanhai_check.messages import tables as table_messages
from shanhai_check.tabular.table import ImportedTable, Placed, TableError


def import_table(
    path: str,
    number: int | None,
    sheet: str | None,
    roster: str | None,
    table_id: str | None,
    output: str | None,
    force: bool,
    lang: str,
) -> int:
    from shanhai_check.findings import InputErrors
    from shanhai_check.tabular.layout import layout
    from shanhai_check.tabular.read import read_grid
    from shanhai_check.tabular.totals import total_mismatches
    from shanhai_check.tabular.to_yaml import to_yaml

    try:
        grid = read_grid(path, number, sheet)
        table, warnings = layout(grid, path)
        warnings = [
            Placed(path, table_messages.AsWarning(message=message), place) for message, place in grid.warnings
        ] + warnings
        warnings += total_mismatches(table, path, table_id or Path(path).stem)
        if roster:
            warnings += unlisted(table, path, roster)
    except TableError as error:
        say(*located([error], lang))
        return 2
    except InputErrors as failure:  # the roster file
        say(*located(failure.errors, lang))
        return 2
    if warnings:
        say(*located(warnings, lang))
    origin = Joined([Path(path).name, " (", grid.name, ")"]) if grid.name != Path(path).stem else Path(path).name
    text = to_yaml(table, table_id or Path(path).stem, ImportedFrom(origin=origin).render(lang))
    if output:
        write_report(output, text.rstrip("\n"), force, lang)  # exits 2 when it cannot write
        click.echo(output)
    else:
        click.echo(text, nl=False)
    return 0


def unlisted(table: ImportedTable, path: str, roster_path: str) -> list[Placed]:
    """A warning for every row name the roster (a roster file, or a plan's roster) does not
    know, with the names it most likely means; raises InputErrors if the file is unusable."""
    from shanhai_check.load import default_root
    from shanhai_check.messages.inputs import Names
    from shanhai_check.load import Repository
    from shanhai_check.rules.names import known, nearest

    roster = Repository(default_root([roster_path])).load(roster_path).roster
    warnings = []
    for row in table.rows:
        if not known(roster, row.name):
            near = nearest(roster, row.name)
            hint = table_messages.NearestNames(names=Names(near)) if near else ""
            warnings.append(
                Placed(
                    path,
                    table_messages.AsWarning(
                        message=table_messages.UnitNotInRoster(name=row.name, roster=roster_path, hint=hint)
                    ),
                    row.place,
                )
            )
    return warnings


def export_table(plan_path: str, table_id: str | None, output: str, force: bool, lang: str) -> int:
    from shanhai_check.findings import InputErrors
    from shanhai_check.messages.inputs import Names
    from shanhai_check.files import OutputError
    from shanhai_check.load import load_plan
    from shanhai_check.tabular.write import export_table as write, from_plan

    try:
        plan = load_plan(plan_path)
    except InputErrors as failure:
        say(*located(failure.errors, lang))
        return 2
    ids = Names(t.id for t in plan.tables)
    chosen = [t for t in plan.tables if t.id == table_id] if table_id else plan.tables
    try:
        if table_id and not chosen:
            raise TableError(plan_path, table_messages.NoSuchPlanTable(id=table_id, ids=ids))
        if len(chosen) != 1:
            raise TableError(plan_path, table_messages.ChooseTable(count=len(chosen), ids=ids))
        write(from_plan(plan, chosen[0]), output, force)
    except TableError as error:
        say(*located([error], lang))
        return 2
    except OutputError as error:
        say(error.render(lang))
        return 2
    click.echo(output)
    return 0
