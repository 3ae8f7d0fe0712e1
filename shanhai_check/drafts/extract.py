"""``shanhai-check extract --plan``: a plan skeleton (YAML data) from a draft's analysis.

The listing of claims and tables is ``report/claims.py``; the checks themselves are rules
(SH211 and the other SHx1x), run by ``--check``.
"""

from __future__ import annotations

import re

from shanhai_check.drafts.claims import Claim
from shanhai_check.drafts.outline import DraftItem
from shanhai_check.drafts.roles import named_units
from shanhai_check.drafts.tables import DraftTable
from shanhai_check.drafts.text import DraftText
from shanhai_check.wording import PLAN_TITLE
from shanhai_check.quantity import format_quantity, plain


# -- plan skeleton --------------------------------------------------------------------------
_TITLE_AFTER_NUMBER = re.compile(r"^\s*[0-9]+[.、．]\s*([^。]{1,40})。")
_ROLES = re.compile(r"【([^】]*)】")


def skeleton(text: DraftText) -> dict:
    """A plan for the planner to finish: document, metrics, goals with their quotes, tables,
    and the numbered tasks with their units by role. It loads; nothing in it is invented."""
    metrics: dict[str, dict] = {}
    plan: dict = {"format": "shanhai-check/1", "document": {"title": _title(text), "source": text.path}}
    goals = [_goal(text, c, metrics) for c in text.claims if c.metric and c.about_the_whole and c.quantity.unit]
    tables = [_table(t, i, metrics) for i, t in enumerate(text.tables, 1)]
    items = _items(text)
    plan["metrics"] = metrics
    plan["goals"] = [g for g in goals if g]
    plan["tables"] = [t for t in tables if t]
    if items:
        plan["task_lists"] = [{"id": "正文", "items": items}]
    return {k: v for k, v in plan.items() if v}


def _title(text: DraftText) -> str:
    for line in text.draft.lines:
        if PLAN_TITLE.search(line) and len(line.strip()) <= 60:
            return line.strip()
    return next((line.strip() for line in text.draft.lines if line.strip()), text.path)


def _metric_key(name: str, unit: str, metrics: dict) -> str:
    """The metric's key: its name, made unique when the same words measure in two units."""
    key = name
    while key in metrics and metrics[key]["unit"] != unit:
        key += "'"
    metrics.setdefault(key, {"unit": unit})
    return key


def _goal(text: DraftText, claim: Claim, metrics: dict) -> dict:
    key = _metric_key(claim.metric, claim.quantity.unit.text if claim.quantity.unit else "", metrics)
    return {
        "metric": key,
        "value": format_quantity(claim.quantity),
        "quote": text.quote(claim),
        "section": f"第{claim.line}行",
    }


def _table(table: DraftTable, index: int, metrics: dict) -> dict | None:
    if any(c.unit is None or not c.name for c in table.columns):
        return None  # a column with no unit cannot be declared; the planner adds it by hand
    keys = [_metric_key(c.metric, c.unit.text, metrics) for c in table.columns]
    entry = {"id": table.title.split()[0] if table.title else f"表{index}", "title": table.title, "columns": keys}
    entry["rows"] = {row.label: [_cell(c) for c in row.cells] for row in table.rows}
    if table.total:
        entry["total"] = [_cell(c) for c in table.total.cells]
    return entry


def _cell(cell) -> object:
    return cell.text if cell.quantity is None else plain(cell.quantity.value)


def _items(text: DraftText) -> list[dict]:
    """The numbered items (as the numbering rules read them) that name units by role."""
    items = []
    for _, entries in text.outlines:
        for entry in entries:
            line = text.draft.line(entry.where.line)
            roles = _roles(line) if isinstance(entry, DraftItem) else {}
            title = _TITLE_AFTER_NUMBER.match(line)
            if roles and title:
                items.append(
                    {
                        "item": entry.item,
                        "title": title.group(1).strip(),
                        "parts": [{"text": line.strip()[:200], "units": roles}],
                    }
                )
    return items


def _roles(line: str) -> dict:
    roles: dict[str, list[str]] = {}
    for bracket in _ROLES.findall(line):
        for role, name, _ in named_units(bracket):
            roles.setdefault(role, []).append(name)
    return roles
