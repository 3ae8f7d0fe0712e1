"""What every rule shares: its identity, and small helpers to show arithmetic."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import ClassVar, Iterable, Iterator

from shanhai_check.findings import Figure, Finding, Location, Severity, Verified
from shanhai_check.messages import IntervalsApart, Message
from shanhai_check.model import Cell, Column, Plan, Row, Table
from shanhai_check.quantity import ZERO, Interval, Measure, Quantity, plain


class Rule:
    """A check with a stable code. The subclass docstring is the rule's documentation in
    English (with the example both languages share); ``doc_zh`` is the same in Chinese.

    Subclasses set ``code``, ``name`` (kebab-case), ``severity`` and ``summary`` (one line,
    Chinese) / ``summary_en``, and implement :meth:`check`.
    """

    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity]
    summary: ClassVar[str]
    summary_en: ClassVar[str]

    def check(self, plan: Plan) -> Iterator["Finding | Verified"]:
        raise NotImplementedError

    def settle(self, plan: Plan, findings: list[Finding]) -> list[Finding]:
        """The findings of :meth:`check` that still hold once the repository is linked.

        The engine checks each plan before it knows which plans link to it, then calls this
        with the plan's summary (its ``children`` filled in). Most rules need no such step.
        """
        return findings

    def finding(
        self, message: Message, location: Location, related: Iterable[Location] = (), severity: Severity | None = None, **numbers
    ) -> Finding:
        """A finding at the rule's severity, or at *severity* when the rule grades its findings."""
        return Finding(self.code, self.name, severity or self.severity, message, location, tuple(related), numbers)

    def verified(self, message: Message, location: Location, related: Iterable[Location] = ()) -> Verified:
        return Verified(self.code, message, location, tuple(related))


def figure(value: "Quantity | Decimal", unit: Measure | None = None, label: str = "") -> Figure:
    """A finding's number with its unit (a Quantity carries its own): what machine reports show."""
    if isinstance(value, Quantity):
        value, unit = value.nominal, value.unit or unit
    return Figure(plain(value), unit.text if unit else "", label)


def amount(value: Decimal, unit: Measure | None) -> str:
    """An exact amount with its unit: '1985万元'."""
    return plain(value) + (unit.text if unit else "")


def span(interval: Interval, unit: Measure | None) -> str:
    """An interval with its unit: '1985万元', '[17.75, 18.85]亿元', '≥16次'."""
    return str(interval) + (unit.text if unit else "")


@dataclass
class Term:
    """One addend of a sum, with its label and place."""

    label: str
    value: Quantity
    where: Location
    section: str = ""  # where the document states it, when that is not a table cell


def add_up(terms: list[Term]) -> tuple[Decimal, Interval]:
    """The exact sum of the figures as written, and the interval the sum may lie in."""
    total = sum((t.value.nominal for t in terms), Decimal(0))
    interval = ZERO
    for term in terms:
        interval = interval + term.value.interval()
    return total, interval


def show_terms(terms: list[Term], unit: Measure | None) -> str:
    """'海曙区 110 + 江北区 110 + …' — every addend, so the planner can redo the sum."""
    suffix = unit.text if unit else ""
    return " + ".join(f"{t.label} {plain(t.value.nominal)}" for t in terms) + (f" ({suffix})" if suffix else "")


def rounding_note(stated: Interval, computed: Interval, unit: Measure | None) -> "Message | str":
    """Intervals, shown only when rounding or a bound is in play (some figure is not a point)."""
    if stated.is_point and computed.is_point:
        return ""
    return IntervalsApart(stated=span(stated, unit), computed=span(computed, unit))


def canonical(plan: Plan, name: str) -> str:
    """A unit's roster name, or the name as written when the roster does not know it."""
    unit = plan.roster.unit(name)
    return unit.name if unit else name


def blank_rows(table: Table, key: str) -> list[Row]:
    """Rows whose cell in column *key* is missing or left blank."""
    return [row for row in table.rows if row.cells.get(key) is None or row.cells[key].value is None]


def column_terms(table: Table, key: str) -> list[Term]:
    """The filled cells of column *key*, row by row, as addends named after their rows
    (rows left blank are not addends: see :func:`blank_rows`)."""
    filled = [(row, row.cells.get(key)) for row in table.rows]
    return [Term(row.name, cell.value, cell.where) for row, cell in filled if cell is not None and cell.value is not None]


def stated_totals(plan: Plan) -> Iterator[tuple[Table, Column, Cell]]:
    """Every filled cell of every 合计 row: (table, column, the stated total)."""
    for table in plan.tables:
        if table.total is None:
            continue
        for column in table.columns:
            stated = table.total.cells.get(column.key)
            if stated is not None and stated.value is not None:
                yield table, column, stated


def metric_cells(plan: Plan, metric: str) -> Iterator[tuple[Table, Row, Cell]]:
    """Every filled cell of *metric* in tables whose rows are units."""
    for table in plan.tables:
        column = table.column_for_metric(metric)
        if column is None or not table.rows_are_units:
            continue
        for row in table.rows:
            cell = row.cells.get(column.key)
            if cell is not None and cell.value is not None:
                yield table, row, cell


class RepositoryRule(Rule):
    """A rule that reads every plan of the run at once (citations across plans, roll-ups).

    The engine calls :meth:`check_repository` once per run, after every plan is loaded and
    linked; each outcome is reported in the file its location names.
    """

    def check(self, plan: Plan) -> Iterator["Finding | Verified"]:
        return iter(())

    def check_repository(self, plans: list[Plan]) -> Iterator["Finding | Verified"]:
        raise NotImplementedError


class DraftRule(Rule):
    """A rule that reads a draft's own text (.txt / .docx), not a plan: codes SHx1x.

    The engine calls :meth:`check_draft` with the analysed draft (lines, tables, numeric
    claims; see :mod:`shanhai_check.drafts`); plans never reach it. A rule that also compares
    the drafts checked together returns a summary of each from :meth:`summarise`, and the
    engine calls :meth:`check_across` once with them all.
    """

    def check(self, plan: Plan) -> Iterator["Finding | Verified"]:
        return iter(())

    def check_draft(self, text) -> Iterator["Finding | Verified"]:
        raise NotImplementedError

    def summarise(self, text) -> object | None:
        """What :meth:`check_across` needs of one draft (picklable: it may come back from a
        worker process), or None: most rules read one draft at a time."""
        return None

    def check_across(self, summaries: list) -> Iterator["Finding | Verified"]:
        """Outcomes between the drafts of one run, from their summaries in path order; each
        is reported in the file its location names."""
        return iter(())
