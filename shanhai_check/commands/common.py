"""What the commands share: one way to refuse (a line on stderr, exit 2), to write a report
file, and to read the configuration and the selection of codes."""

from __future__ import annotations

import sys
from typing import NoReturn

import click

from shanhai_check.files import OutputError, write_text_atomic
from shanhai_check.messages import Message


def say(*lines: str) -> None:
    """Each line on stderr, after the program's name (errors, warnings, input problems)."""
    click.echo("\n".join(f"shanhai-check: {line}" for line in lines), err=True)


def refuse(*lines: str) -> NoReturn:
    """Say why the command cannot go on, and exit 2 (unusable input or output)."""
    say(*lines)
    sys.exit(2)


def usage_error(message: Message, lang: str) -> click.UsageError:
    """Options that cannot go together: click's usage error (exit 2), said in *lang*."""
    return click.UsageError(message.render(lang))


def located(errors, lang: str) -> list[str]:
    """Input errors (or placed table messages) as lines, each with its file:line."""
    return [error.located(lang) for error in errors]


def write_report(path: str, report: str, force: bool, lang: str) -> None:
    """Write atomically (temporary file, then rename); an existing file only with *force*
    (reports always; data files with --force). Exits 2 when it cannot be written."""
    try:
        write_text_atomic(path, report + "\n" if report else "", force)
    except OutputError as exc:
        refuse(exc.render(lang))


def configuration(path: str | None, paths, lang: str):
    """The configuration: the file --config names, or the nearest to the first path."""
    from shanhai_check.config import ConfigError, discover, load

    try:
        return load(path) if path else discover(next((p for p in paths if p != "-"), "."))
    except ConfigError as exc:
        refuse(exc.render(lang))


def selection(config, o: dict, lang: str):
    """Flags replace the configuration's select / ignore; extend-select (file and flag) adds
    to select; severities come from the file."""
    from shanhai_check.selection import Selection, SelectionError, patterns

    chosen = {}
    for name, configured in (
        ("select", config.select),
        ("ignore", config.ignore),
        ("extend_select", config.extend_select),
    ):
        try:
            chosen[name] = patterns(o[name]) if o[name] else configured
        except SelectionError as exc:
            raise click.BadParameter(exc.message.render(lang), param_hint="--" + name.replace("_", "-")) from None
    extended = tuple(config.extend_select) + (chosen["extend_select"] if o["extend_select"] else ())
    return Selection(
        select=(chosen["select"] or ("SH",)) + extended, ignore=chosen["ignore"] or (), severity=config.severity
    )
