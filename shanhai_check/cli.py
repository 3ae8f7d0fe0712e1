"""The command line: ``shanhai-check check|schema|rules``.

Exit status: 0 clean, 1 findings at error level, 2 unusable input or usage. Modules beyond
click are imported inside the commands that need them, so ``--version`` starts fast.
"""

from __future__ import annotations

import os
import shutil
import sys

import click

from shanhai_check import __version__

LANGS = click.Choice(["zh", "en"])


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="shanhai-check")
def cli() -> None:
    """山海协作 / 对口合作 工作计划检查器 — a checker for regional cooperation work plans."""


FORMATS = click.Choice(["text", "json", "sarif", "github", "junit"])


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "fmt", type=FORMATS, default="text", show_default=True, help="Report format.")
@click.option("--lang", type=LANGS, default="zh", show_default=True, help="Language of messages.")
@click.option("--root", type=click.Path(file_okay=False), help="Tree that referenced files (rosters) must stay in.")
@click.option("-v", "--verbose", is_flag=True, help="Also list the checks that agree, with their arithmetic.")
def check(paths: tuple[str, ...], fmt: str, lang: str, root: str | None, verbose: bool) -> None:
    """Check plan files or folders of plans (default: plans/)."""
    from shanhai_check.engine import run

    result = run(list(paths) or ["plans"], root=root)
    click.echo(_report(result, fmt, lang, None, verbose=verbose))
    sys.exit(result.exit_code)


def _report(result, fmt: str, lang: str, codes: tuple[str, ...] | None, **text_options) -> str:
    """Render with the chosen formatter, imported only when used."""
    if fmt == "text":
        from shanhai_check.report.text import TextReport

        tty = sys.stdout.isatty()
        colour = tty and "NO_COLOR" not in os.environ
        width = shutil.get_terminal_size().columns if tty else 0  # piped: one line per finding
        return TextReport(lang, colour, width, **text_options).render(result)
    if fmt == "junit":
        from shanhai_check.report.junit import render

        return render(result, lang, codes)
    from importlib import import_module

    return import_module(f"shanhai_check.report.{fmt}").render(result, lang)


@cli.command()
def schema() -> None:
    """Print the plan format as a JSON Schema (for editor completion)."""
    import json

    from shanhai_check.schema import PLAN_SCHEMA

    click.echo(json.dumps(PLAN_SCHEMA, ensure_ascii=False, indent=2))


@cli.command(name="rules")
@click.option("--lang", type=LANGS, default="zh", show_default=True)
def list_rules(lang: str) -> None:
    """List every rule: code, name, severity, one line."""
    from shanhai_check.input_codes import INPUT_CODES
    from shanhai_check.rules import ALL_RULES

    for code, (name, zh, en) in INPUT_CODES.items():
        click.echo(f"{code}  {name:<30} {'input':<8} {zh if lang == 'zh' else en}")
    for rule in ALL_RULES:
        summary = rule.summary if lang == "zh" else rule.summary_en
        click.echo(f"{rule.code}  {rule.name:<30} {rule.severity.value:<8} {summary}")


def main() -> None:
    """Entry point: never a traceback; an unexpected failure is one line and exit 2."""
    try:
        cli.main(standalone_mode=True)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        click.echo("shanhai-check: 已中断", err=True)
        sys.exit(2)
    except Exception as exc:  # noqa: BLE001 - the last line of defence for users
        click.echo(f"shanhai-check: 内部错误 ({type(exc).__name__}: {exc}); 请报告此问题", err=True)
        sys.exit(2)
