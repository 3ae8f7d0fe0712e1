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


def _complete_codes(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[str]:
    """Shell completion for --select / --ignore: rule codes, after the last comma typed."""
    from shanhai_check.rules import RULES

    head, comma, last = incomplete.rpartition(",")
    return [head + comma + code for code in RULES if code.startswith(last.upper())]


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "fmt", type=FORMATS, help="Report format.  [default: text]")
@click.option("--lang", type=LANGS, help="Language of messages.  [default: zh]")
@click.option("--root", type=click.Path(file_okay=False), help="Tree that referenced files (rosters) must stay in.")
@click.option("-v", "--verbose", is_flag=True, help="Also list the checks that agree, with their arithmetic.")
@click.option("--select", multiple=True, metavar="CODES", shell_complete=_complete_codes, help="Report only these codes or prefixes (SH4, SH101); comma-separated, repeatable.")
@click.option("--ignore", multiple=True, metavar="CODES", shell_complete=_complete_codes, help="Leave out these codes or prefixes; comma-separated, repeatable.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even with error-level findings (unusable input still exits 2).")
@click.option("--statistics", is_flag=True, help="Count findings per code instead of listing them (text format).")
@click.option("-q", "--quiet", is_flag=True, help="Only the findings: no summary line (text format).")
def check(paths: tuple[str, ...], fmt: str | None, lang: str | None, root: str | None, verbose: bool, select: tuple[str, ...], ignore: tuple[str, ...], exit_zero: bool, statistics: bool, quiet: bool) -> None:
    """Check plan files or folders of plans (default: plans/, or `paths` in the configuration).

    Settings come from the command line, then [tool.shanhai_check] in pyproject.toml or
    [shanhai_check] in setup.cfg (the nearest, walking up from the first path), then the
    defaults. --exit-zero turns exit 1 into 0 but keeps 2: a file that could not be read was
    not checked, and CI should not pass it silently.
    """
    from functools import partial

    from shanhai_check.config import ConfigError, discover
    from shanhai_check.engine import run
    from shanhai_check.progress import progress

    try:
        config = discover(paths[0] if paths else ".")
    except ConfigError as exc:
        click.echo(f"shanhai-check: {exc.render(lang or 'zh')}", err=True)
        sys.exit(2)
    lang = lang or config.lang or "zh"
    fmt = fmt or config.format or "text"
    if statistics and fmt != "text":
        raise click.UsageError("--statistics 只用于 text 格式" if lang == "zh" else "--statistics works with the text format only")
    selection = _selection(config, select, ignore, lang)
    result = selection.apply(run(list(paths or config.paths or ["plans"]), root=root, progress=partial(progress, lang=lang)))
    report = _report(result, fmt, lang, selection.codes, verbose=verbose, quiet=quiet, statistics=statistics)
    if report:
        click.echo(report)
    sys.exit(0 if exit_zero and result.exit_code == 1 else result.exit_code)


def _selection(config, select: tuple[str, ...], ignore: tuple[str, ...], lang: str):
    """Flags replace the configuration's select / ignore; severities come from the file."""
    from shanhai_check.selection import Selection, SelectionError, patterns

    chosen = {}
    for name, flag, configured in (("select", select, config.select), ("ignore", ignore, config.ignore)):
        try:
            chosen[name] = patterns(flag) if flag else configured
        except SelectionError as exc:
            raise click.BadParameter(exc.message.render(lang), param_hint=f"--{name}") from None
    return Selection(select=chosen["select"] or ("SH",), ignore=chosen["ignore"] or (), severity=config.severity)


def _report(result, fmt: str, lang: str, codes: tuple[str, ...], **text_options) -> str:
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
