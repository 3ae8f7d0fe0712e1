"""``shanhai-check schema``, ``rules`` and ``explain``: the tool's own documentation."""

from __future__ import annotations

import click

from shanhai_check.commands.common import refuse


def schema(report: bool) -> None:
    import json

    if report:
        from shanhai_check.report.report_schema import REPORT_SCHEMA as chosen
    else:
        from shanhai_check.schema import PLAN_SCHEMA as chosen

    click.echo(json.dumps(chosen, ensure_ascii=False, indent=2))


def list_rules(lang: str, markdown: bool) -> None:
    from shanhai_check.ruledoc import all_documents, reference

    if markdown:
        click.echo(reference(lang), nl=False)
        return
    for doc in all_documents(lang):
        click.echo(f"{doc.code}  {doc.name:<30} {doc.level:<8} {doc.summary}")


def explain(code: str, lang: str) -> None:
    from shanhai_check.ruledoc import document, explanation, unknown

    doc = document(code, lang)
    if doc is None:
        refuse(unknown(code, lang))
    click.echo(explanation(doc, lang))
