"""A proposal as the plan format writes it (YAML), or as a spreadsheet (CSV, xlsx).

The YAML is a ``tables:`` entry with one column, the metric's: a row per unit (a unit the
plan allocates in its prose, such as 市本级, included, so that the 合计 equals the goal, as
SH201 asks) and the 合计 row. Each row carries, as a comment, the rule behind its figure.
Paste the column into the plan's table, or keep it as a table of its own. A proposal made
without a plan also declares its metric, so that with a ``document:`` it loads as a plan.

Names are written as plain YAML where that is unambiguous and as double-quoted strings
otherwise (JSON's quoting, which YAML reads), so any unit name reads back as itself.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal

from shanhai_check.messages import Listing
from shanhai_check.messages import allocate as say
from shanhai_check.allocate.core import Apportionment
from shanhai_check.allocate.problem import CEILING, FIXED, FLOOR, Problem
from shanhai_check.quantity import plain

# A name YAML reads as text when written bare: word characters and brackets, some of them not
# ASCII (so it is never true, null, 1e3 …), not starting with a YAML indicator.
_PLAIN = re.compile(r"[^\W\d_][\w()（）〔〕—·・.\-]*")


def scalar(text: str) -> str:
    """*text* as a YAML scalar that reads back as exactly *text*."""
    if _PLAIN.fullmatch(text) and not text.isascii():
        return text
    return json.dumps(text, ensure_ascii=False)


def comment(text: str) -> str:
    """*text* on one comment line (a name with a line break cannot end the comment)."""
    return "# " + re.sub(r"[\r\n\x85\u2028\u2029]+", " ", text)


def basis(problem: Problem, name: str, lang: str) -> str:
    """Why *name* gets what it gets: '固定 (省定结对)', '不低于110万元 (市定结对); 权重 1'."""
    origin = problem.origin
    if name in problem.bounds[FIXED]:
        return say.FixedBy(source=origin[(FIXED, name)]).render(lang)
    parts = []
    if name in problem.bounds[FLOOR]:
        parts.append(say.FloorBy(floor=problem.amount(problem.bounds[FLOOR][name]), source=origin[(FLOOR, name)]))
    if name in problem.bounds[CEILING]:
        parts.append(
            say.CeilingBy(ceiling=problem.amount(problem.bounds[CEILING][name]), source=origin[(CEILING, name)])
        )
    parts.append(say.WeightOf(weight=plain(problem.weights.get(name, Decimal(1)))))
    return "; ".join(part.render(lang) for part in parts)


def left_over(problem: Problem) -> Decimal:
    """What the weights share: the total less the fixed amounts and the other units' floors."""
    fixed = problem.bounds[FIXED]
    floors = sum((v for k, v in problem.bounds[FLOOR].items() if k not in fixed), Decimal(0))
    return problem.total - sum(fixed.values(), Decimal(0)) - floors


def notes(problem: Problem, result: Apportionment, plan: str, lang: str) -> list[str]:
    """The lines that introduce a proposal: what, how, and which ties the order decided."""
    where = f" {plan}" if plan else ""
    total = problem.amount(problem.total) + (f" ({problem.goal})" if problem.goal else "")
    lines = [
        say.Heading(metric=problem.metric, total=total, plan=where).render(lang),
        say.Method(granularity=problem.amount(problem.granularity), left=problem.amount(left_over(problem))).render(
            lang
        ),
    ]
    if result.tied:
        lines.append(say.Tied(units=Listing(result.tied)).render(lang))
    return lines


def to_yaml(problem: Problem, result: Apportionment, plan: str, lang: str) -> str:
    """The proposal as a plan fragment: its table (and its metric when there is no plan)."""
    lines = [comment(line) for line in notes(problem, result, plan, lang)]
    key = scalar(problem.key)
    if not plan:
        lines += ["metrics:", f"  {key}: {{unit: {scalar(problem.unit_text)}}}"]
    title = say.TableTitle(metric=problem.metric).render(lang)
    lines += [
        "tables:",
        f"  - id: {scalar(title)}",
        f"    title: {scalar(title + ' ' + problem.amount(problem.total))}",
        f"    row_header: {scalar(say.UnitHeader().render(lang))}",
        f"    columns: [{key}]",
        "    rows:",
    ]
    lines += [
        f"      {scalar(name)}: [{plain(amount)}]  {comment(basis(problem, name, lang))}"
        for name, amount in result.amounts.items()
    ]
    lines.append(f"    total: [{plain(sum(result.amounts.values(), Decimal(0)))}]")
    return "\n".join(lines) + "\n"


def records(problem: Problem, result: Apportionment, lang: str) -> tuple[list[str], list[list]]:
    """Header and rows for a spreadsheet: unit, amount (exact Decimal), basis; then 合计."""
    header = [
        say.UnitHeader().render(lang),
        f"{problem.metric} ({problem.unit_text})" if problem.unit else problem.metric,
        say.BasisHeader().render(lang),
    ]
    rows = [[name, amount, basis(problem, name, lang)] for name, amount in result.amounts.items()]
    rows.append([say.TotalLabel().render(lang), sum(result.amounts.values(), Decimal(0)), ""])
    return header, rows


def write_table(problem: Problem, result: Apportionment, fmt: str, path: str | None, force: bool, lang: str) -> str:
    """The proposal as CSV or xlsx, written atomically to *path*; without a path, the CSV
    text itself (an xlsx always needs a path). pandas is imported only here."""
    import pandas as pd

    from shanhai_check.spreadsheet import (
        SHEET_FORBIDDEN,
        SHEET_LENGTH,
        spreadsheet_number,
        spreadsheet_text,
        xlsx_writer,
    )
    from shanhai_check.files import write_atomic

    header, rows = records(problem, result, lang)
    exact = plain if fmt == "csv" else spreadsheet_number
    values = [[exact(v) if isinstance(v, Decimal) else spreadsheet_text(v) for v in row] for row in rows]
    frame = pd.DataFrame(values, columns=[spreadsheet_text(h) for h in header], dtype=object)
    if path is None:
        return frame.to_csv(index=False)
    if fmt == "csv":
        write_atomic(path, lambda temp: frame.to_csv(temp, index=False, encoding="utf-8-sig"), force)
    else:
        sheet = SHEET_FORBIDDEN.sub("_", problem.metric)[:SHEET_LENGTH].strip("'") or "allocation"
        write_atomic(path, xlsx_writer(pd, {sheet: frame}), force)
    return path
