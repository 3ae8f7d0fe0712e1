"""A draft analysed once: its lines, its tables, and the numeric claims of its prose.

Every draft check reads a :class:`DraftText`; none reads the file. Table lines are set apart
so a flattened table's cells are never taken for claims of the prose. What several rules read
(the outline, sentences, breakdowns, statements, the draft's year) is worked out once, when
first asked for.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass, field

from shanhai_check.drafts.claims import Claim, claims_in_line
from shanhai_check.drafts.read import Draft
from shanhai_check.drafts.tables import DraftTable, table_lines, tables_in
from shanhai_check.findings import Location


# A draft that says its figures are rounded (因四舍五入, 合计与分项之和存在尾差): only then do its
# figures stand for their rounding intervals (see shanhai_check/rounding.py).
ROUNDING_DECLARED = re.compile("四舍五入|尾差|尾数差")


@dataclass
class DraftText:
    draft: Draft
    tables: list[DraftTable] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    declares_rounding: bool = False

    @property
    def path(self) -> str:
        return self.draft.path

    def at(self, line: int, column: int = 1, label: str = "") -> Location:
        return Location(self.draft.path, line, column, label)

    def where(self, claim: Claim) -> Location:
        return self.at(claim.line, claim.column, claim.figure.text)

    def text_of(self, claim: Claim) -> str:
        return self.draft.line(claim.line)

    def quote(self, claim: Claim) -> str:
        return claim.quote(self.text_of(claim))

    @functools.cached_property
    def outlines(self) -> list[tuple[str, list]]:
        """The numbered headings and items, list by list (see :mod:`outline`)."""
        from shanhai_check.drafts.outline import outlines

        return outlines(self)

    @functools.cached_property
    def year(self) -> str:
        """The year the draft is about: the one it names most often ("" when it names none)."""
        from shanhai_check.drafts.restated import document_year

        return document_year(self.draft.lines)

    @functools.cached_property
    def statements(self) -> list:
        """Every figure as a statement of a metric for a subject and year (see :mod:`restated`)."""
        from shanhai_check.drafts.restated import draft_statements

        return draft_statements(self)

    @functools.cached_property
    def sentences(self) -> list:
        """Every sentence of the prose that holds a claim, with its claims (see :mod:`parts`)."""
        from shanhai_check.drafts.parts import sentences

        return sentences(self)

    @functools.cached_property
    def breakdowns(self) -> list:
        """Every total of the prose with the parts its sentence gives for it (see :mod:`parts`)."""
        from shanhai_check.drafts.parts import breakdowns

        return breakdowns(self)

    @functools.cached_property
    def prose_lines(self) -> list[tuple[int, str]]:
        """(number, text) of every line that is not part of a table."""
        in_tables = table_lines(self.tables)
        return [(n, t) for n, t in enumerate(self.draft.lines, 1) if n not in in_tables]


def analyse(draft: Draft) -> DraftText:
    text = DraftText(
        draft, tables_in(draft), declares_rounding=any(ROUNDING_DECLARED.search(line) for line in draft.lines)
    )
    text.claims = [claim for number, line in text.prose_lines for claim in claims_in_line(number, line)]
    if text.declares_rounding:
        _declare_rounded(text)
    return text


def _declare_rounded(text: DraftText) -> None:
    """Every figure of a draft that declares rounding stands for its rounding interval."""
    text.claims = [dataclasses.replace(c, quantity=dataclasses.replace(c.quantity, rounded=True)) for c in text.claims]
    for table in text.tables:
        for row in table.rows + ([table.total] if table.total else []):
            for cell in row.cells:
                if cell.quantity is not None:
                    cell.quantity = dataclasses.replace(cell.quantity, rounded=True)
