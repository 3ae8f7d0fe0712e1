"""``shanhai-check check``: check plans and drafts, report, exit 0, 1 or 2."""

from __future__ import annotations

import os
import shutil
import sys

import click

from shanhai_check.commands.common import configuration, selection, say, usage_error, write_report
from shanhai_check.messages import output


def check(paths: tuple[str, ...], **options) -> None:
    """The command's body; *options* as ``cli.check`` declares them."""
    from dataclasses import replace
    from functools import partial

    from shanhai_check.engine import run
    from shanhai_check.findings import Severity
    from shanhai_check.index import find
    from shanhai_check.progress import progress
    from shanhai_check.files import forget_supplied

    o = {"paths": paths, **options}
    config = configuration(o["config_path"], paths, o["lang"] or "zh")
    lang = o["lang"] or config.lang or "zh"
    fmt, actions = _format(o["fmt"] or config.format or "auto", o, lang)
    chosen = selection(config, o, lang)
    paths = _stdin(paths, o["stdin_filename"], lang) or tuple(config.paths or ["plans"])
    # The repository the paths belong to (--root, or the configuration's folder): its other plans
    # are compared with them, and it is the root. Paths from the configuration are read within
    # its repository: they cannot widen the root.
    index = find(o["root"], config, list(paths))
    root = o["root"] or (index.root if index else None) or (config.folder if not o["paths"] and config.paths else None)
    listed = o["verbose"] or fmt in ("json", "html")  # the reports that list the checks that agree
    jobs = 1 if "-" in o["paths"] else o["jobs"]  # standard input is this process's own
    cache = _cache(index, root, paths, o)
    try:
        checked = run(
            list(paths),
            root=root,
            progress=partial(progress, lang=lang),
            jobs=jobs,
            keep_plans=fmt == "html",
            keep_verified=listed,
            excluded=_excluder(config, o),
            index=index,
            cache=cache,
        )
    finally:
        forget_supplied()
    if cache is not None and cache.problem is not None:
        say(cache.problem.render(lang))
    result = replace(
        chosen.apply(checked), fail_on=Severity(o["fail_on"]) if o["fail_on"] else config.fail_on or Severity.ERROR
    )
    tty = not o["output"] and sys.stdout.isatty()
    report = render(
        result,
        fmt,
        lang,
        chosen.codes,
        tty=tty,
        base=_base(o, config),
        summary=actions,
        verbose=o["verbose"],
        quiet=o["quiet"],
        statistics=o["statistics"],
    )
    if o["output"]:
        write_report(o["output"], report, True, lang)
    elif report:
        click.echo(report)
    if fmt == "github":
        _job_summary(result, lang, always=actions)
    sys.exit(0 if o["exit_zero"] and result.exit_code == 1 else result.exit_code)


def _format(fmt: str, o: dict, lang: str) -> tuple[str, bool]:
    """The format to render, and whether this is ``auto`` under GitHub Actions (annotations
    plus a job summary); usage errors for combinations that cannot work."""
    actions = fmt == "auto" and os.environ.get("GITHUB_ACTIONS") == "true"
    fmt = ("github" if actions else "text") if fmt == "auto" else fmt
    if o["statistics"] and fmt != "text":
        raise usage_error(output.StatisticsNeedsText(), lang)
    if fmt == "html" and not o["output"]:  # a page is a file to open, not something for a terminal
        raise usage_error(output.HtmlNeedsOutput(), lang)
    if o["stdin_filename"] and "-" not in o["paths"]:
        raise usage_error(output.StdinFilenameNeedsDash(), lang)
    if (o["stdin_filename"] or "").lower().endswith(".docx"):  # the Word reader opens files by name
        raise usage_error(output.NoDocxFromStdin(), lang)
    return fmt, actions


def _stdin(paths: tuple[str, ...], name: str | None, lang: str) -> tuple[str, ...]:
    """The paths with ``-`` replaced by the name standard input is checked under (its
    content supplied to the readers under that name)."""
    if "-" not in paths:
        return paths
    if paths.count("-") > 1:
        raise usage_error(output.StdinOnce(), lang)
    from shanhai_check.files import MAX_BYTES, supply

    name = name or "-"
    supply(name, sys.stdin.buffer.read(MAX_BYTES + 1))  # decode() refuses more than MAX_BYTES
    return tuple(name if p == "-" else p for p in paths)


def _cache(index, root: str | None, paths, o: dict):
    """The cache of this run: --cache-dir (or SHANHAI_CHECK_CACHE_DIR), else the repository's
    .shanhai_check_cache; none with --no-cache (or SHANHAI_CHECK_NO_CACHE), or outside a
    repository when no folder is named."""
    if o["no_cache"] or not (o["cache_dir"] or index):
        return None  # (and the cache's modules are not even imported)
    from shanhai_check.cache import Cache, location, settings
    from shanhai_check.load import default_root
    from shanhai_check.rules import ALL_RULES

    folder = location(index.root if index else None, o["cache_dir"], True)
    return Cache(folder, settings(ALL_RULES, root or default_root(list(paths)), folder))


def _excluder(config, o: dict):
    """Patterns from --exclude (replacing the file's exclude) and both extend-excludes; a
    pattern is relative to the file that states it, or to the working directory for flags."""
    from shanhai_check.config import split_paths
    from shanhai_check.exclude import Excluder

    here, there = os.getcwd(), config.folder or os.getcwd()
    flags = lambda name: [(p, here) for p in split_paths(list(o[name]))]
    exclude = flags("exclude") if o["exclude"] else [(p, there) for p in config.exclude or ()]
    return Excluder(exclude + [(p, there) for p in config.extend_exclude] + flags("extend_exclude")) or None


def _base(o: dict, config) -> str:
    from shanhai_check.report.places import repository_root

    return repository_root(o["root"], config.folder)


def _job_summary(result, lang: str, always: bool) -> None:
    """Append the Markdown summary to $GITHUB_STEP_SUMMARY: always under ``auto``, and with
    ``github`` when GitHub would not show every annotation."""
    from shanhai_check.report import github

    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target or not (always or github.overflows(result)):
        return
    try:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(github.summary(result, lang))
    except OSError as exc:
        say(f"{target}: {exc.strerror}")


def render(
    result,
    fmt: str,
    lang: str,
    codes: tuple[str, ...],
    tty: bool = False,
    base: str | None = None,
    summary: bool = False,
    **text_options,
) -> str:
    """Render with the chosen formatter, imported only when used; *tty*: shown on a terminal;
    *base*: the repository's root (SARIF); *summary*: a job summary is written (github)."""
    if fmt == "text":
        from shanhai_check.report.text import TextReport

        colour = tty and "NO_COLOR" not in os.environ
        width = shutil.get_terminal_size().columns if tty else 0  # piped: one line per finding
        return TextReport(lang, colour, width, **text_options).render(result)
    if fmt == "junit":
        from shanhai_check.report.junit import render

        return render(result, lang, codes)
    if fmt == "sarif":
        from shanhai_check.report.sarif import render

        return render(result, lang, base)
    if fmt == "github":
        from shanhai_check.report.github import overflows, render

        return render(
            result, lang, summary_written=bool(os.environ.get("GITHUB_STEP_SUMMARY")) and (summary or overflows(result))
        )
    from importlib import import_module

    return import_module(f"shanhai_check.report.{fmt}").render(result, lang)
