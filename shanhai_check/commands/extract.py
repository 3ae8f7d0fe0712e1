"""``shanhai-check extract``: every numeric claim and table a draft holds; with --check, the
draft rules through the engine, as ``check`` runs them."""

from __future__ import annotations

import sys

import click

from shanhai_check.commands.common import configuration, located, say, selection, usage_error, write_report
from shanhai_check.messages import output


def extract(drafts: tuple[str, ...], fmt: str, run_checks: bool, plan_path: str | None, force: bool, lang: str) -> None:
    from shanhai_check.report.claims import render_json, render_text
    from shanhai_check.engine import run
    from shanhai_check.results import FileResult, RunResult

    if plan_path and len(drafts) != 1:
        raise usage_error(output.PlanNeedsOneDraft(), lang)
    texts, results = _read_drafts(drafts, lang)
    codes: tuple[str, ...] = ("SH",)
    if (
        run_checks
    ):  # through the engine, as check runs them: drafts compared with each other, the configuration's selection
        config = configuration(None, drafts, lang)
        chosen = selection(config, {"select": (), "ignore": (), "extend_select": ()}, lang)
        results += chosen.apply(run([t.path for t in texts])).files
        codes = chosen.codes
    else:
        results += [FileResult(t.path, kind="draft") for t in texts]
    result = RunResult(results)
    if fmt == "json":
        click.echo(render_json(texts, {r.path: r.findings for r in results} if run_checks else None, lang))
    else:
        from shanhai_check.findings import one_line

        # A draft's words and its file's name may hold ESC and other control characters: each
        # line is printed with them escaped, so a terminal never obeys them.
        click.echo("\n".join(one_line(line) for line in render_text(texts, lang).split("\n")))
        if run_checks:
            from shanhai_check.commands.check import render

            click.echo(render(result, "text", lang, codes))
    if plan_path and texts:
        _write_skeleton(texts[0], plan_path, force, lang)
    sys.exit(result.exit_code)


def _read_drafts(paths, lang: str):
    """(the drafts that could be read, results carrying the errors of those that could not)."""
    from shanhai_check.drafts.check import read_and_analyse
    from shanhai_check.results import FileResult
    from shanhai_check.findings import InputError

    texts, failed = [], []
    for path in paths:
        try:
            texts.append(read_and_analyse(path))
        except InputError as error:
            say(*located([error], lang))
            failed.append(FileResult(path, kind="draft", errors=[error]))
    return texts, failed


def _write_skeleton(text, path: str, force: bool, lang: str) -> None:
    import yaml

    from shanhai_check.drafts.extract import skeleton

    body = yaml.safe_dump(skeleton(text), allow_unicode=True, sort_keys=False, width=200)
    write_report(path, f"# {output.SkeletonHeader().render(lang)}\n" + body.rstrip("\n"), force, lang)
