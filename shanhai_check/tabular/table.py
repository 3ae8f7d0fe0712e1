"""The neutral table that import reads and export writes, whatever the file format.

Values are text: the exact decimal as printed (``1.30`` keeps its last zero, which is its
precision), or a figure with its own words (``不低于110``), or None for a blank cell. Places
are kept so that an error or a warning points at a cell of the user's file; they take no part
in comparing two tables (``import(export(table)) == table``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from shanhai_check.messages import Message
from shanhai_check.messages import tables as say


def column_letters(number: int) -> str:
    """Excel's name of a 1-based column: 1 → A, 27 → AA."""
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


@dataclass(frozen=True)
class Place:
    """Where a cell is: a sheet and cell (xlsx), a table, row and cell (docx), or a line and
    column (csv). Rows and columns count from 1, as the programs that show the files do."""

    kind: str  # xlsx | docx | csv
    row: int
    column: int
    container: str = ""  # the sheet's name (xlsx) or the table's number (docx)

    def render(self, lang: str = "zh") -> str:
        if self.kind == "xlsx":
            return f"{self.container}!{column_letters(self.column)}{self.row}"
        if self.kind == "docx":
            return say.WordCell(table=self.container, row=self.row, column=self.column).render(lang)
        return f"{self.row}:{self.column}"

    say_in = render  # a place inside a message is said in the message's language


@dataclass
class ImportedColumn:
    """A value column: its metric key (the header without its unit), the unit, and the
    header as printed (header rows joined)."""

    name: str
    unit: str | None
    header: str = field(default="", compare=False)
    place: Place | None = field(default=None, compare=False)


@dataclass
class ImportedRow:
    name: str
    cells: list[str | None]
    place: Place | None = field(default=None, compare=False)


@dataclass
class ImportedTable:
    row_header: str
    columns: list[ImportedColumn]
    rows: list[ImportedRow]
    total: ImportedRow | None = None
    title: str = ""
    note: str = ""
    id: str = field(default="", compare=False)  # the plan's id for it (附件1), when known


class Placed:
    """A message about a place in a file, shown as one line: ``file:place: message``."""

    def __init__(self, path: str, message: Message, place: Place | str | None = None):
        self.path, self.message, self.place = path, message, place

    def located(self, lang: str = "zh") -> str:
        if self.place is None:
            return f"{self.path}: {self.message.render(lang)}"
        place = self.place if isinstance(self.place, str) else self.place.render(lang)
        return f"{self.path}:{place}: {self.message.render(lang)}"


class TableError(Placed, Exception):
    """A file that cannot be imported or written (exit status 2)."""

    def __init__(self, path: str, message: Message, place: Place | str | None = None):
        Placed.__init__(self, path, message, place)
        Exception.__init__(self, self.located())
