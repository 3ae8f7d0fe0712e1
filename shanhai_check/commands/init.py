"""``shanhai-check init``: a commented template plan and its roster to start from."""

from __future__ import annotations

import os

import click

from shanhai_check.commands.common import refuse
from shanhai_check.messages import output


def init(folder: str, force: bool, lang: str) -> None:
    from shanhai_check import template
    from shanhai_check.files import OutputError, write_text_atomic

    targets = {
        os.path.join(folder, template.PLAN_PATH): template.PLAN,
        os.path.join(folder, template.ROSTER_PATH): template.ROSTER,
    }
    existing = [path for path in targets if os.path.lexists(path)]
    if existing and not force:  # all or nothing: a half-written start helps nobody
        refuse(*(output.TemplateExists(path=path).render(lang) for path in existing))
    try:
        for path, text in targets.items():
            os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
            write_text_atomic(path, text, force)
    except (OutputError, OSError) as exc:
        message = exc.render(lang) if isinstance(exc, OutputError) else f"{exc.filename}: {exc.strerror}"
        refuse(message)
    for path in targets:
        click.echo(path)
    click.echo(output.NextStep(plan=next(iter(targets)), folder=folder).render(lang), err=True)
