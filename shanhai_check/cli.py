"""The command line: ``shanhai-check check|show|import|export|rules|explain|schema``.

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


FORMATS = click.Choice(["text", "json", "sarif", "github", "junit", "html"])


def _complete_codes(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[str]:
    """Shell completion for --select / --ignore: rule codes, after the last comma typed."""
    from shanhai_check.rules import RULES

    head, comma, last = incomplete.rpartition(",")
    return [head + comma + code for code in RULES if code.startswith(last.upper())]


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(readable=False))  # an unreadable file is its own input error (SH006); the rest are still checked
@click.option("--format", "fmt", type=FORMATS, help="Report format.  [default: text]")
@click.option("--lang", type=LANGS, help="Language of messages.  [default: zh]")
@click.option("--root", type=click.Path(file_okay=False), help="Tree that referenced files (rosters) must stay in.")
@click.option("-v", "--verbose", is_flag=True, help="Also list the checks that agree, with their arithmetic.")
@click.option("--select", multiple=True, metavar="CODES", shell_complete=_complete_codes, help="Report only these codes or prefixes (SH4, SH101); comma-separated, repeatable.")
@click.option("--ignore", multiple=True, metavar="CODES", shell_complete=_complete_codes, help="Leave out these codes or prefixes; comma-separated, repeatable.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even with error-level findings (unusable input still exits 2).")
@click.option("--statistics", is_flag=True, help="Count findings per code instead of listing them (text format).")
@click.option("-q", "--quiet", is_flag=True, help="Only the findings: no summary line (text format).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the report to this file instead of stdout (required for html).")
@click.option("--force", is_flag=True, help="With -o: replace an existing file.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True, help="Check files in this many processes (0: one per core).")
def check(paths: tuple[str, ...], fmt: str | None, lang: str | None, root: str | None, verbose: bool, select: tuple[str, ...], ignore: tuple[str, ...], exit_zero: bool, statistics: bool, quiet: bool, output: str | None, force: bool, jobs: int) -> None:
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
    if fmt == "html" and not output:  # a page is a file to open, not something for a terminal
        raise click.UsageError("--format html 需要 -o/--output 文件" if lang == "zh" else "--format html needs -o/--output FILE")
    selection = _selection(config, select, ignore, lang)
    listed = verbose or fmt in ("json", "html")  # the reports that list the checks that agree
    checked = run(list(paths or config.paths or ["plans"]), root=root, progress=partial(progress, lang=lang), jobs=jobs, keep_plans=fmt == "html", keep_verified=listed)
    result = selection.apply(checked)
    report = _report(result, fmt, lang, selection.codes, tty=not output and sys.stdout.isatty(), verbose=verbose, quiet=quiet, statistics=statistics)
    if output:
        _write_report(output, report, force, lang)
    elif report:
        click.echo(report)
    sys.exit(0 if exit_zero and result.exit_code == 1 else result.exit_code)


def _write_report(path: str, report: str, force: bool, lang: str) -> None:
    """Write atomically (temporary file, then rename); an existing file only with --force."""
    from shanhai_check.report.table_export import OutputError, write_text_atomic

    try:
        write_text_atomic(path, report + "\n" if report else "", force)
    except OutputError as exc:
        click.echo(f"shanhai-check: {exc.render(lang)}", err=True)
        sys.exit(2)


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


def _report(result, fmt: str, lang: str, codes: tuple[str, ...], tty: bool = False, **text_options) -> str:
    """Render with the chosen formatter, imported only when used; *tty*: shown on a terminal."""
    if fmt == "text":
        from shanhai_check.report.text import TextReport

        colour = tty and "NO_COLOR" not in os.environ
        width = shutil.get_terminal_size().columns if tty else 0  # piped: one line per finding
        return TextReport(lang, colour, width, **text_options).render(result)
    if fmt == "junit":
        from shanhai_check.report.junit import render

        return render(result, lang, codes)
    from importlib import import_module

    return import_module(f"shanhai_check.report.{fmt}").render(result, lang)


@cli.command()
@click.argument("plan", type=click.Path(readable=False))
@click.option("--format", "fmt", type=click.Choice(["text", "csv", "xlsx"]), default="text", show_default=True, help="text to stdout; csv or xlsx to files.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="File to write (csv: one table; several go to <stem>-<table id>.csv beside it).")
@click.option("--force", is_flag=True, help="Overwrite existing files.")
@click.option("--lang", type=LANGS, default="zh", show_default=True)
def show(plan: str, fmt: str, output: str | None, force: bool, lang: str) -> None:
    """Show each table of PLAN with its stated 合计, the sum of its rows and the difference.

    A viewer: differences are marked (✗), not errors, so the exit status is 0 unless the plan
    cannot be loaded or a file cannot be written (2).
    """
    from shanhai_check.findings import InputErrors
    from shanhai_check.show import load_plan, table_views

    if output and fmt == "text":
        raise click.UsageError("-o 只用于 csv 和 xlsx; 文本输出到标准输出" if lang == "zh" else "-o is for csv and xlsx; text goes to stdout")
    try:
        tables = table_views(load_plan(plan))
    except InputErrors as failure:
        click.echo("\n".join(f"shanhai-check: {error.located(lang)}" for error in failure.errors), err=True)
        sys.exit(2)
    if fmt == "text" or not tables:  # a plan without tables: say so (on stderr when exporting)
        from shanhai_check.report.tables import TextTables

        click.echo(TextTables(lang).render(plan, tables), err=fmt != "text")
        return
    from shanhai_check.report.table_export import OutputError, export

    try:
        click.echo("\n".join(export(tables, fmt, plan, output, force, lang)))
    except OutputError as exc:
        click.echo(f"shanhai-check: {exc.render(lang)}", err=True)
        sys.exit(2)


@cli.command(name="import")
@click.argument("file", type=click.Path())
@click.option("--table", "number", type=click.IntRange(min=1), help="The N-th table of a .docx or sheet of a .xlsx (default: the first).")
@click.option("--sheet", help="The sheet of a .xlsx, by name.")
@click.option("--roster", type=click.Path(), help="A roster (or plan) file: warn about row names it does not know.")
@click.option("--id", "table_id", help="The table's id in the plan (default: the file's name, 附件1.xlsx → 附件1).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the YAML to this file instead of stdout.")
@click.option("--force", is_flag=True, help="With -o: replace an existing file.")
@click.option("--lang", type=LANGS, default="zh", show_default=True)
def import_command(file: str, number: int | None, sheet: str | None, roster: str | None, table_id: str | None, output: str | None, force: bool, lang: str) -> None:
    """Read an allocation table from FILE (.xlsx, .csv or .docx) and print it as plan YAML.

    The header gives each metric and its unit (到位资金(亿元), or 单位:万元 above the table),
    the first column the units, the 合计 row the stated total; blank cells and — are missing.
    """
    from shanhai_check.tabular.commands import import_table

    sys.exit(import_table(file, number, sheet, roster, table_id, output, force, lang))


@cli.command(name="export")
@click.argument("plan", type=click.Path())
@click.option("--table", "table_id", help="The table's id (附件1); needed when the plan has several.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="The file to write: .csv, .xlsx or .docx.")
@click.option("--force", is_flag=True, help="Replace an existing file.")
@click.option("--lang", type=LANGS, default="zh", show_default=True)
def export_command(plan: str, table_id: str | None, output: str, force: bool, lang: str) -> None:
    """Write a table of PLAN to a .csv, .xlsx or .docx file, as import reads it back."""
    from shanhai_check.tabular.commands import export_table

    sys.exit(export_table(plan, table_id, output, force, lang))


@cli.command()
@click.argument("drafts", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True, help="Report format.")
@click.option("--check", "run_checks", is_flag=True, help="Also check the drafts' own arithmetic (rules SHx1x: prose vs table totals, …).")
@click.option("--plan", "plan_path", type=click.Path(dir_okay=False), help="Write a plan skeleton (YAML) for the one draft to this file.")
@click.option("--force", is_flag=True, help="With --plan: replace an existing file.")
@click.option("--lang", type=LANGS, default="zh", show_default=True)
def extract(drafts: tuple[str, ...], fmt: str, run_checks: bool, plan_path: str | None, force: bool, lang: str) -> None:
    """List every numeric claim in the prose of DRAFTS (.txt in UTF-8 or GB18030, or .docx):
    place, comparator and figure, metric, and the words it stands in; and the tables found.

    Exit status: 0, or 1 with --check when a finding is at error level, 2 when a draft cannot
    be read (the others are still listed) or a file cannot be written.
    """
    from shanhai_check.drafts.extract import render_json, render_text
    from shanhai_check.engine import FileResult, RunResult, check_draft_file
    from shanhai_check.rules import ALL_RULES
    from shanhai_check.rules.base import DraftRule

    if plan_path and len(drafts) != 1:
        raise click.UsageError("--plan 只能用于一个草稿" if lang == "zh" else "--plan takes exactly one draft")
    texts, results = _read_drafts(drafts, lang)
    if run_checks:
        rules = [r for r in ALL_RULES if issubclass(r, DraftRule)]
        results += [check_draft_file(t.path, rules, t) for t in texts]
    else:
        results += [FileResult(t.path, kind="draft") for t in texts]
    result = RunResult(results)
    if fmt == "json":
        click.echo(render_json(texts, {r.path: r.findings for r in results} if run_checks else None, lang))
    else:
        click.echo(render_text(texts))
        if run_checks:
            click.echo(_report(result, "text", lang, ("SH",)))
    if plan_path and texts:
        _write_skeleton(texts[0], plan_path, force, lang)
    sys.exit(result.exit_code)


def _read_drafts(paths, lang: str):
    """(the drafts that could be read, results carrying the errors of those that could not)."""
    from shanhai_check.drafts.check import read_and_analyse
    from shanhai_check.engine import FileResult
    from shanhai_check.findings import InputError

    texts, failed = [], []
    for path in paths:
        try:
            texts.append(read_and_analyse(path))
        except InputError as error:
            click.echo(f"shanhai-check: {error.located(lang)}", err=True)
            failed.append(FileResult(path, kind="draft", errors=[error]))
    return texts, failed


def _write_skeleton(text, path: str, force: bool, lang: str) -> None:
    import yaml

    from shanhai_check.drafts.extract import skeleton

    body = yaml.safe_dump(skeleton(text), allow_unicode=True, sort_keys=False, width=200)
    _write_report(path, "# 由 shanhai-check extract --plan 生成的计划草稿: 请核对并补全\n" + body.rstrip("\n"), force, lang)


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
    from shanhai_check.ruledoc import all_documents

    for doc in all_documents(lang):
        click.echo(f"{doc.code}  {doc.name:<30} {doc.level:<8} {doc.summary}")


@cli.command()
@click.argument("code", shell_complete=_complete_codes)
@click.option("--lang", type=LANGS, default="zh", show_default=True)
def explain(code: str, lang: str) -> None:
    """Explain a rule (SH101, or its name): what it checks, why it matters, an example."""
    from shanhai_check.ruledoc import document, explanation, unknown

    doc = document(code, lang)
    if doc is None:
        click.echo(f"shanhai-check: {unknown(code, lang)}", err=True)
        sys.exit(2)
    click.echo(explanation(doc, lang))


@cli.command()
@click.argument("plan", required=False, type=click.Path())
@click.option("--goal", "metric", metavar="METRIC", help="The metric to allocate (its goal is the total).")
@click.option("--total", metavar="FIGURE", help="The total (2757万元, 18.3亿元); required without a plan, else overrides the goal.")
@click.option("--granularity", "--unit-granularity", metavar="STEP", help="Allocate in whole steps of this (1, 0.1亿元).  [default: the total's last digit]")
@click.option("--fixed", multiple=True, metavar="UNITS=AMOUNT", help="These units (or groups) get exactly this each; repeatable.")
@click.option("--floor", multiple=True, metavar="UNITS=AMOUNT", help="These units get at least this each; repeatable.")
@click.option("--ceiling", multiple=True, metavar="UNITS=AMOUNT", help="These units get at most this each; repeatable.")
@click.option("--weight", multiple=True, metavar="UNITS=W", help="Share of the remainder (default 1); repeatable, overrides --weights.")
@click.option("--weights", "weights_file", type=click.Path(dir_okay=False), help="CSV file of unit,weight rows.")
@click.option("--format", "fmt", type=click.Choice(["yaml", "csv", "xlsx"]), default="yaml", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="File to write (required for xlsx).")
@click.option("--force", is_flag=True, help="With -o: replace an existing file.")
@click.option("--lang", type=LANGS, default="zh", show_default=True)
def allocate(plan: str | None, metric: str | None, total: str | None, granularity: str | None, fixed: tuple[str, ...], floor: tuple[str, ...], ceiling: tuple[str, ...], weight: tuple[str, ...], weights_file: str | None, fmt: str, output: str | None, force: bool, lang: str) -> None:
    """Propose an allocation of a goal across units: fixed amounts, floors and ceilings from
    the plan's rules (and the flags), the rest by weight, largest remainder first, summing
    exactly to the total. Exit 2, naming the rule and the amount, when that is impossible.
    """
    from shanhai_check.allocate.command import allocate as run_allocate

    claims = {"fixed": fixed, "floor": floor, "ceiling": ceiling}
    sys.exit(run_allocate(plan, metric, total, granularity, claims, weight, weights_file, fmt, output, force, lang))


def main() -> None:
    """Entry point: never a traceback; an unexpected failure is one line and exit 2; Ctrl-C
    (or SIGTERM) one line and exit 130 (143), whatever the options (see interrupt.py)."""
    from shanhai_check.interrupt import Interrupted, install

    install()
    try:
        cli.main(standalone_mode=True)
    except SystemExit:
        raise
    except Interrupted as stop:
        click.echo("\nshanhai-check: 已中断 / interrupted", err=True)  # the language option may not be parsed yet
        sys.exit(stop.exit_code)
    except OSError as exc:  # every file is read and written where its errors are handled: this is stdout
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error when Python flushes it
        click.echo(f"shanhai-check: 无法写出报告 / cannot write the output ({exc.strerror or exc})", err=True)
        sys.exit(2)
    except Exception as exc:  # noqa: BLE001 - the last line of defence for users
        click.echo(f"shanhai-check: 内部错误 / internal error ({type(exc).__name__}: {exc}); 请报告此问题 / please report it", err=True)
        sys.exit(2)
