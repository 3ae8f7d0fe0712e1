"""A column's stated 合计 against its rows, judged and worded once for every reader: a plan's
table (SH101) and a table rebuilt from a draft's text (SH111) give the same verdict in the same
words, because both produce the same relation (relations.PartsOfTotal) and come here."""

from __future__ import annotations

from shanhai_check.findings import Location
from shanhai_check.messages import rules as msg
from shanhai_check.quantity import Measure, Quantity
from shanhai_check.relations import PartsOfTotal, judge_parts
from shanhai_check.sums import Term, amount, figure, show_terms


def column_total(
    rule,
    table: str,
    column: str,
    stated: Quantity,
    stated_text: str,
    terms: list[Term],
    unit: Measure | None,
    where: Location,
):
    """The verified check or the finding (at *where*, the stated 合计; the rows related)."""
    verdict = judge_parts(PartsOfTotal(stated, tuple(terms)))
    related = [t.where for t in terms]
    shown = dict(table=table, column=column, stated=stated_text, terms=show_terms(terms, unit))
    if verdict.agrees:
        return rule.verified(msg.ColumnTotalAgrees(**shown), where, related)
    message = msg.ColumnTotalMismatch(computed=amount(verdict.exact, unit), intervals=verdict.note(unit), **shown)
    gap = stated.nominal - verdict.exact
    return rule.finding(
        message,
        where,
        related,
        stated=figure(stated, unit),
        computed=figure(verdict.exact, unit),
        gap=figure(gap, unit),
    )
