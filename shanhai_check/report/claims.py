"""``shanhai-check extract``'s listing: every numeric claim and table of the drafts, as text
or JSON (the findings of ``--check`` alongside, in the JSON report's own form)."""

from __future__ import annotations

import json

from shanhai_check.drafts.claims import Claim
from shanhai_check.drafts.tables import DraftTable
from shanhai_check.drafts.text import DraftText
from shanhai_check.messages import report as say
from shanhai_check.quantity import format_quantity, plain
from shanhai_check.report.json import finding_record


COMPARATOR_WORDS = {"eq": "=", "ge": "≥", "le": "≤", "about": "≈", "range": "~"}


def claim_record(text: DraftText, claim: Claim) -> dict:
    """One claim as data: where, what it says, and how it was read."""
    quantity = claim.quantity
    return {
        "line": claim.line,
        "column": claim.column,
        "quote": text.quote(claim),
        "figure": claim.figure.text,
        "metric": claim.metric,
        "subject": claim.subject,
        "number": claim.figure.number,
        "value": plain(quantity.value),
        "upper": plain(quantity.upper) if quantity.upper is not None else None,
        "unit": claim.figure.unit,
        "comparator": quantity.comparator.value,
    }


def table_record(table: DraftTable) -> dict:
    return {
        "title": table.title,
        "line": table.line,
        "columns": [c.name for c in table.columns],
        "rows": {r.label: [c.text for c in r.cells] for r in table.rows},
        "total": [c.text for c in table.total.cells] if table.total else None,
    }


def render_json(texts: list[DraftText], findings: dict[str, list] | None, lang: str) -> str:
    files = []
    for text in texts:
        entry = {
            "file": text.path,
            "claims": [claim_record(text, c) for c in text.claims],
            "tables": [table_record(t) for t in text.tables],
        }
        if findings is not None:
            entry["findings"] = [finding_record(f, lang) for f in findings.get(text.path, [])]
        files.append(entry)
    return json.dumps({"version": 1, "files": files}, ensure_ascii=False, indent=2)


def render_text(texts: list[DraftText], lang: str = "zh") -> str:
    """One line per claim: place, comparator and figure, metric, and the words it stands in."""
    from wcwidth import wcswidth

    lines = []
    for text in texts:
        for claim in text.claims:
            place = f"{text.path}:{claim.line}:{claim.column}"
            figure = COMPARATOR_WORDS[claim.comparator.value] + " " + format_quantity(claim.quantity)
            metric = claim.metric or "-"
            lines.append(
                f"{place}  {figure}{' ' * max(1, 16 - wcswidth(figure))}"
                f"{metric}{' ' * max(1, 20 - wcswidth(metric))}「{text.quote(claim)}」"
            )
        for table in text.tables:
            total = (
                say.TableTotalCells(cells=", ".join(c.text for c in table.total.cells))
                if table.total
                else say.NoTotalRow()
            )
            shown = say.DraftTableLine(title=table.title, rows=len(table.rows), columns=len(table.columns), total=total)
            lines.append(f"{text.path}:{table.line}:1  {shown.render(lang)}")
    return "\n".join(lines)
