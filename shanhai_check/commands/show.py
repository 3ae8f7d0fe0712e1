"""``shanhai-check show``: each table of a plan with its 合计, the sum of its rows and the
difference; as text, CSV or xlsx."""

from __future__ import annotations

import click

from shanhai_check.commands.common import located, refuse, usage_error
from shanhai_check.messages.output import OutputOnlyForFiles


def show(plan: str, fmt: str, output: str | None, force: bool, lang: str) -> None:
    from shanhai_check.findings import InputErrors
    from shanhai_check.load import load_plan
    from shanhai_check.show import table_views

    if output and fmt == "text":
        raise usage_error(OutputOnlyForFiles(), lang)
    try:
        tables = table_views(load_plan(plan))
    except InputErrors as failure:
        refuse(*located(failure.errors, lang))
    if fmt == "text" or not tables:  # a plan without tables: say so (on stderr when exporting)
        from shanhai_check.report.tables import TextTables

        click.echo(TextTables(lang).render(plan, tables), err=fmt != "text")
        return
    from shanhai_check.report.table_export import export
    from shanhai_check.files import OutputError

    try:
        click.echo("\n".join(export(tables, fmt, plan, output, force, lang)))
    except OutputError as exc:
        refuse(exc.render(lang))
