"""The HTML report: one self-contained page a planner opens in a browser, or mails on.

It shows what the text report says and what it cannot: every allocation table of every plan
as a table, its stated 合计 above the sum of its rows, the cells a finding points at
highlighted with the finding's arithmetic beside them, and per metric a bar chart of the
units' shares against the plan's goal. Everything is in the one file — inline CSS and SVG,
no script, no font, nothing fetched (a Content-Security-Policy forbids it) — so it opens the
same offline, from a mail attachment or an archive years later. Every figure and name from a
plan is escaped: a unit named ``<script>`` shows as text.

The findings and verifications come from the checks; this module only lays them out. The
"computed" row is a plain column sum (exact ``Decimal``) printed for the reader — whether it
agrees with the 合计 is what the findings and verifications say, not decided here.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from html import escape

from shanhai_check import __version__
from shanhai_check.results import FileResult, RunResult
from shanhai_check.findings import Finding, Location, Severity, Verified
from shanhai_check.model import Cell, Column, Plan, Table
from shanhai_check.quantity import Quantity, QuantityError, plain, written
from shanhai_check.report import svg
from shanhai_check.report.svg import attrs as _attrs
from shanhai_check.report.places import shown
from shanhai_check.messages import Listing, Message
from shanhai_check.messages import report as say
from shanhai_check.sums import add_up, blank_rows, column_terms

# A line of the style that ends in a backslash goes on in the next one (the string has no line break there).
STYLE = """
body{font-family:system-ui,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;\
margin:1.5rem;color:#222;max-width:72rem}
h1{font-size:1.5rem}h2{font-size:1.25rem;border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2rem}\
h3{font-size:1.05rem}
table{border-collapse:collapse;margin:.5rem 0}\
th,td{border:1px solid #ccc;padding:.2rem .5rem;text-align:left;vertical-align:top}
td.num{text-align:right;font-variant-numeric:tabular-nums}thead th{background:#f3f3f3}
tr.total th,tr.total td{border-top:2px solid #666;font-weight:bold}\
tr.computed th,tr.computed td{color:#555;font-style:italic}
ul.counts{list-style:none;padding:0;display:flex;gap:1rem;flex-wrap:wrap}\
ul.counts li{border:1px solid #ccc;border-radius:4px;padding:.3rem .7rem}
ul.counts .n{font-weight:bold;font-size:1.2rem;margin-right:.3rem}
.sev-error{--mark:#c62828}.sev-warning{--mark:#b26a00}.sev-info{--mark:#1565c0}
li.finding,ol.input-errors li{border-left:4px solid var(--mark,#888);padding:.2rem .6rem;margin:.5rem 0}
.sev{font-weight:bold;color:var(--mark)}.place{font-family:monospace}.message{margin:.2rem 0}
td.hl-finding{background:#ffe0e0;outline:2px solid var(--mark,#c62828)}td.hl-related{background:#fff6d6}
td.agrees{background:#eef8ee}tr.computed td.differs{color:#c62828;font-weight:bold}
a.marker{font-size:.75em;vertical-align:super;margin-left:.15rem;text-decoration:none}
ul.notes{font-size:.9rem;color:#333;list-style:none;padding-left:1rem}:target{box-shadow:0 0 0 3px #1565c0}
svg.chart{max-width:100%;height:auto;display:block;margin:.5rem 0 1rem}svg text{font-size:12px;fill:#222}
svg .caption{font-weight:bold}svg .bar{fill:#5b8def}svg .seg0{fill:#5b8def}svg .seg1{fill:#9bb8f5}
svg .total{fill:#888}svg .goal{fill:#2e7d32}svg .goal-line{stroke:#2e7d32;stroke-width:2;stroke-dasharray:5 3}
"""

# No script, no fetch: the page may only use its own inline styles and data: images.
POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

Key = tuple[str, int, int]


def _key(location: Location) -> Key:
    return (os.path.realpath(location.path), location.line, location.column)


@dataclass
class Mark:
    """A finding that points at a place: as its own location (primary) or a related one."""

    number: int
    finding: Finding
    primary: bool


class Index:
    """Where each finding points, and the anchor of every claim the page draws.

    Built before anything is written, so the findings list at the top can link to cells
    drawn further down. A place is (real path, line, column): a finding's location matches
    a cell when it names the cell's own line and column.
    """

    def __init__(self, result: RunResult):
        # Errors first, then warnings, then notes (each in file order): the list at the top of
        # the page, and the numbers of the notes under the tables, follow it.
        self.findings = list(enumerate(sorted(result.findings, key=lambda f: f.severity.rank), 1))
        self.marks: dict[Key, list[Mark]] = {}
        for number, finding in self.findings:
            self.marks.setdefault(_key(finding.location), []).append(Mark(number, finding, True))
            for place in dict.fromkeys(finding.related):
                self.marks.setdefault(_key(place), []).append(Mark(number, finding, False))
        self.verified: dict[Key, list[Verified]] = {}
        for file in result.files:
            for item in file.verified:
                self.verified.setdefault(_key(item.location), []).append(item)
        plans = [file.plan for file in result.files if file.plan is not None]
        self.plans = [(f"p{number}", plan) for number, plan in enumerate(plans, 1)]  # (anchor, plan)
        self.anchors: dict[Key, str] = {}
        for prefix, plan in self.plans:
            self._name_claims(plan, prefix)

    def _name_claims(self, plan: Plan, prefix: str) -> None:
        for g, goal in enumerate(plan.goals, 1):
            self.anchors.setdefault(_key(goal.source.where), f"{prefix}-g{g}")
        for a, allocation in enumerate(plan.allocations, 1):
            self.anchors.setdefault(_key(allocation.source.where), f"{prefix}-a{a}")
        for t, table in enumerate(plan.tables, 1):
            self.anchors.setdefault(_key(table.where), f"{prefix}-t{t}")
            rows = [(f"r{r}", row) for r, row in enumerate(table.rows, 1)] + (
                [("total", table.total)] if table.total else []
            )
            for name, row in rows:
                for c, column in enumerate(table.columns, 1):
                    cell = row.cells.get(column.key)
                    if cell is not None:
                        self.anchors.setdefault(_key(cell.where), f"{prefix}-t{t}-{name}-c{c}")

    def anchor(self, location: Location) -> str | None:
        return self.anchors.get(_key(location))


class HtmlReport:
    def __init__(self, lang: str = "zh"):
        self.lang = lang

    def say(self, message: Message) -> str:
        return message.render(self.lang)

    def figure(self, value: Quantity) -> str:
        """A figure as the report's language says it: 13次以上, ≥13次."""
        return figure_in(value, self.lang)

    def render(self, result: RunResult) -> str:
        self.index = Index(result)
        body = [self._header(result), self._findings(), self._input_errors(result), self._waived(result)]
        body += [self._plan(plan, anchor) for anchor, plan in self.index.plans]
        html_lang = {"zh": "zh-CN"}.get(self.lang, self.lang)
        head = (
            f'<meta charset="utf-8"/><meta{_attrs(http_equiv="Content-Security-Policy", content=POLICY)}/>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"/>'
            f"<title>{escape(self.say(say.ReportTitle()))}</title><style>{STYLE}</style>"
        )
        return (
            f'<!DOCTYPE html>\n<html lang="{html_lang}"><head>{head}</head>\n<body>\n'
            + "\n".join(b for b in body if b)
            + "\n</body></html>\n"
        )

    # -- the top: counts, files, findings -------------------------------------------------
    def _header(self, result: RunResult) -> str:
        counts = Counter(f.severity for f in result.findings)
        items = [(s.value, counts[s], s.word(self.lang)) for s in Severity]
        items += [
            ("input", len(result.input_errors), self.say(say.InputErrorsCount())),
            ("verified", sum(len(f.verified) for f in result.files), self.say(say.VerifiedCount())),
        ]
        items.append(("waived", sum(len(f.waived) for f in result.files), self.say(say.WaivedCount())))
        counts_html = "".join(
            f'<li{_attrs(class_=f"count sev-{key}", data_count=key)}><span class="n">{n}</span>{escape(label)}</li>'
            for key, n, label in items
        )
        rows = "".join(self._file_row(file) for file in result.files)
        head = "".join(
            f"<th>{escape(self.say(word()))}</th>"
            for word in (say.FileHeader, say.KindHeader, say.StateHeader, say.FindingsHeading)
        )
        return (
            f"<header><h1>{escape(self.say(say.ReportTitle()))}</h1><p>shanhai-check {escape(__version__)}</p>"
            f'<ul class="counts">{counts_html}</ul>'
            f"<h2>{escape(self.say(say.FilesChecked()))}</h2><table class=\"files\"><thead><tr>{head}</tr></thead>"
            f"<tbody>{rows}</tbody></table></header>"
        )

    def _file_row(self, file: FileResult) -> str:
        state = self.say(say.Unusable()) if file.errors else self.say(say.Usable())
        return (
            f"<tr><td class=\"place\">{escape(shown(file.path))}</td>"
            f"<td>{escape(self.say(say.KINDS[file.kind]()))}</td>"
            f"<td>{escape(state)}</td><td class=\"num\">{len(file.findings)}</td></tr>"
        )

    def _findings(self) -> str:
        if not self.index.findings:
            return (
                f"<section id=\"findings\"><h2>{escape(self.say(say.FindingsHeading()))}</h2>"
                f"<p class=\"none\">{escape(self.say(say.NoFindings()))}</p></section>"
            )
        items = "".join(self._finding(number, finding) for number, finding in self.index.findings)
        return (
            f"<section id=\"findings\"><h2>{escape(self.say(say.FindingsHeading()))}</h2>"
            f"<ol class=\"findings\">{items}</ol></section>"
        )

    def _finding(self, number: int, finding: Finding) -> str:
        severity = finding.severity.word(self.lang)
        here = self._place(
            finding.location, f"{shown(finding.location.path)}:{finding.location.line}:{finding.location.column}"
        )
        related = ""
        if finding.related:
            places = [
                self._place(
                    r, f"{r.line}:{r.column}" if r.path == finding.location.path else f"{shown(r.path)}:{r.line}"
                )
                for r in finding.related
            ]
            related = f"<p class=\"related\">↳ {escape(self.say(say.Related()))}: {self.say(Listing(places))}</p>"
        return (
            f'<li{_attrs(id=f"f{number}", class_=f"finding sev-{finding.severity.value}", data_code=finding.code)}>'
            f'<span class="sev">{escape(severity)}</span> <code>{escape(finding.code)}</code> '
            f'<span class="name">{escape(finding.name)}</span> {here}'
            f'<p class="message">{escape(finding.text(self.lang))}</p>{related}</li>'
        )

    def _place(self, location: Location, text: str) -> str:
        """file:line, linked to the claim drawn below when there is one."""
        target = self.index.anchor(location)
        if target is None:
            return f'<span class="place">{escape(text)}</span>'
        return f'<a{_attrs(class_="place", href=f"#{target}")}>{escape(text)}</a>'

    def _input_errors(self, result: RunResult) -> str:
        if not result.input_errors:
            return ""
        items = "".join(
            f'<li class="sev-error"><code>{escape(e.code)}</code> '
            f'<span class="place">{escape(shown(e.location.path))}:{e.location.line}:{e.location.column}</span> '
            f'{escape(e.render(self.lang))}</li>'
            for e in result.input_errors
        )
        return (
            f"<section id=\"input-errors\"><h2>{escape(self.say(say.InputErrorsHeading()))}</h2>"
            f"<ol class=\"input-errors\">{items}</ol></section>"
        )

    def _waived(self, result: RunResult) -> str:
        waived = [(f, w) for file in result.files for f, w in file.waived]
        if not waived:
            return ""
        items = "".join(
            f'<li><code>{escape(f.code)}</code> '
            f'<span class="place">{escape(shown(f.location.path))}:{f.location.line}</span> '
            f'{escape(f.text(self.lang))} ← {escape(w.reason)}</li>'
            for f, w in waived
        )
        return (
            f"<section id=\"waived\"><h2>{escape(self.say(say.WaivedHeading()))}</h2>"
            f"<ol class=\"waived\">{items}</ol></section>"
        )

    # -- a plan: its claims, its tables, its charts ----------------------------------------
    def _plan(self, plan: Plan, anchor: str) -> str:
        doc = plan.document
        meta = " · ".join(escape(x) for x in (doc.issuer, doc.number, doc.date) if x)
        parts = [
            f'<section{_attrs(class_="plan", id=anchor)}><h2>{escape(doc.title)}</h2><p>'
            f'<span class="place">{escape(shown(plan.path))}</span> {meta}</p>'
        ]
        parts.append(self._claims(plan))
        parts += [self._table(plan, table) for table in plan.tables]
        return "".join(parts) + "</section>"

    def _marked(self, location: Location) -> tuple[list[str], str, str]:
        """(CSS classes, tooltip, markers) for a drawn claim: highlighted when a finding
        points at it, with each finding's message as the tooltip and a numbered link to it."""
        key = _key(location)
        marks = self.index.marks.get(key, [])
        if not marks:
            agreed = self.index.verified.get(key, [])
            return (["agrees"] if agreed else []), "\n".join(v.text(self.lang) for v in agreed), ""
        worst = min((m.finding.severity for m in marks), key=lambda s: s.rank)
        kind = "hl-finding" if any(m.primary for m in marks) else "hl-related"
        tip = "\n".join(f"{m.finding.code}: {m.finding.text(self.lang)}" for m in marks)
        links = "".join(f'<a{_attrs(class_="marker", href=f"#f{m.number}")}>[{m.number}]</a>' for m in marks)
        return ["hl", kind, f"sev-{worst.value}"], tip, links

    def _claim_cell(self, location: Location, text: str, *classes: str) -> str:
        marked, tip, links = self._marked(location)
        attrs = _attrs(
            id=self.index.anchor(location), class_=" ".join([*classes, *marked]), title=tip, data_line=location.line
        )
        return f"<td{attrs}>{escape(text)}{links}</td>"

    def _claims(self, plan: Plan) -> str:
        rows = [(self.say(say.GoalLabel()), g.metric, g.value, g.source) for g in plan.goals]
        rows += [
            (f"{self.say(say.AllocationLabel())}: {a.unit}", a.metric, a.value, a.source) for a in plan.allocations
        ]
        if not rows:
            return ""
        head = "".join(
            f"<th>{escape(self.say(word()))}</th>"
            for word in (say.MetricHeader, say.ValueHeader, say.SectionHeader, say.QuoteHeader)
        )
        body = "".join(
            f"<tr><th scope=\"row\">{escape(kind)} · {escape(metric_label(plan, metric))}</th>"
            f"{self._claim_cell(source.where, self.figure(value), 'num')}"
            f"<td>{escape(source.section)}</td><td>{escape(source.quote)}</td></tr>"
            for kind, metric, value, source in rows
        )
        return (
            f"<h3>{escape(self.say(say.ClaimsHeading()))}</h3><table class=\"claims\"><thead><tr>{head}</tr></thead>"
            f"<tbody>{body}</tbody></table>"
        )

    def _table(self, plan: Plan, table: Table) -> str:
        first = self.say(say.UnitHeader()) if table.rows_are_units else self.say(say.NameHeader())
        head = f"<th>{escape(first)}</th>" + "".join(
            f"<th>{escape(c.header)}{f' ({escape(c.unit.text)})' if c.unit else ''}</th>" for c in table.columns
        )
        body = "".join(
            f"<tr><th scope=\"row\">{escape(row.name)}</th>{self._cells(row.cells, table)}</tr>" for row in table.rows
        )
        foot = ""
        if table.total is not None:
            foot += (
                f"<tr class=\"total\"><th scope=\"row\">{escape(self.say(say.TotalRow()))}</th>"
                f"{self._cells(table.total.cells, table)}</tr>"
            )
        foot += (
            f"<tr class=\"computed\"><th scope=\"row\">{escape(self.say(say.ComputedRow()))}</th>"
            f"{''.join(self._computed(table, c) for c in table.columns)}</tr>"
        )
        title = " ".join(x for x in (table.id, table.title) if x)
        drawn = (
            f"<table class=\"alloc\"><thead><tr>{head}</tr></thead><tbody>{body}</tbody><tfoot>{foot}</tfoot></table>"
        )
        charts = "".join(self._chart(plan, table, c) for c in table.columns if c.metric and table.rows_are_units)
        return (
            f"<section{_attrs(class_='table', id=self.index.anchor(table.where), data_table=table.id)}>"
            f"<h3>{escape(title)}</h3>{drawn}{self._notes(table)}{charts}</section>"
        )

    def _cells(self, cells: dict[str, Cell], table: Table) -> str:
        out = []
        for column in table.columns:
            cell = cells.get(column.key)
            if cell is None:
                out.append('<td class="empty"></td>')
            else:
                out.append(self._claim_cell(cell.where, cell.text or "—", "num"))
        return "".join(out)

    def _computed(self, table: Table, column: Column) -> str:
        """The plain sum of the column's rows; marked when the 合计 above it is a finding's place."""
        stated = table.total.cells.get(column.key) if table.total else None
        total = column_sum(table, column)
        if total is None:
            return f"<td{_attrs(class_='num', title=self.say(say.BlankCells()))}>—</td>"
        flagged = stated is not None and any(m.primary for m in self.index.marks.get(_key(stated.where), []))
        return f"<td{_attrs(class_='num differs' if flagged else 'num')}>{escape(plain(total))}</td>"

    def _notes(self, table: Table) -> str:
        """Each finding that points into the table, with its arithmetic, under the table."""
        places = [c.where for row in table.all_rows for c in row.cells.values()]
        numbered = {m.number: m.finding for place in places for m in self.index.marks.get(_key(place), [])}
        if not numbered:
            return ""
        items = "".join(
            f'<li{_attrs(class_=f"note sev-{f.severity.value}")}><a href="#f{n}">[{n}]</a> '
            f'<code>{escape(f.code)}</code> {escape(f.text(self.lang))}</li>'
            for n, f in sorted(numbered.items())
        )
        return f"<p>{escape(self.say(say.NotesHeading()))}:</p><ul class=\"notes\">{items}</ul>"

    def _chart(self, plan: Plan, table: Table, column: Column) -> str:
        unit = column.unit.text if column.unit else ""
        filled = [(row.name, row.cells.get(column.key)) for row in table.rows if _filled(row.cells.get(column.key))]
        shares = [svg.Bar(name, cell.value.nominal, self.figure(cell.value)) for name, cell in filled]
        total = sum((bar.value for bar in shares), Decimal(0))
        compared = [svg.Bar(self.say(say.SumOfRows()), total, plain(total) + unit, "sum", shares)]
        stated = table.total.cells.get(column.key) if table.total else None
        if _filled(stated):
            compared.append(svg.Bar(self.say(say.TotalRow()), stated.value.nominal, self.figure(stated.value), "total"))
        goals = goal_bars(plan, column, self.say(say.GoalLabel()), self.lang)
        caption = self.say(say.BreakdownAndGoal()) + ("" if goals else " " + self.say(say.NoGoalForMetric()))
        panels = [svg.Panel(caption, compared + goals, goals), svg.Panel(self.say(say.ByUnit()), shares)]
        title = f"{table.id} {metric_label(plan, column.metric)}" + (f" ({unit})" if unit else "")
        return (
            f"<figure><figcaption>{escape(title)}</figcaption>"
            f"{svg.chart(title, panels, data_metric=column.metric, data_table=table.id)}</figure>"
        )


def metric_label(plan: Plan, key: str) -> str:
    """A metric's name as the plan gives it, else its key."""
    metric = plan.metrics.get(key)
    return metric.label if metric else key


def _filled(cell: Cell | None) -> bool:
    return cell is not None and cell.value is not None


def column_sum(table: Table, column: Column) -> Decimal | None:
    """The exact sum of a column's rows as written, or None when a row has no value."""
    if blank_rows(table, column.key):
        return None
    return add_up(column_terms(table, column.key))[0]


def figure_in(value: Quantity, lang: str) -> str:
    said = written(value)
    return said if isinstance(said, str) else said.render(lang)


def goal_bars(plan: Plan, column: Column, word: str, lang: str = "zh") -> list[svg.Bar]:
    """The plan's goals for the column's metric, in the column's unit, as bars."""
    bars = []
    for goal in plan.goals:
        if goal.metric != column.metric:
            continue
        value = goal.value
        if column.unit is not None and value.unit is not None:
            try:
                value = value.convert(column.unit)
            except QuantityError:  # a goal in units the column cannot show
                continue
        bars.append(svg.Bar(f"{word} {goal.id}".strip(), value.nominal, figure_in(goal.value, lang), "goal"))
    return bars


def render(result: RunResult, lang: str = "zh") -> str:
    return HtmlReport(lang).render(result)
