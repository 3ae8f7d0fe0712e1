"""Read a table from a ``.xlsx``, ``.csv`` or ``.docx`` file into a :class:`Grid` of cell texts.

Each cell keeps its place, so that a later error points at it. A merged cell (xlsx, docx) is
given its text in every grid position it covers: a header merged over two columns then heads
both, and a 单位 cell merged over two header rows stands in both. What the texts mean — which
rows are captions, header or 合计 — is :mod:`.layout`'s business.

Numbers in xlsx are read as the spreadsheet shows them (see :func:`float_text`), never through
pandas, which would turn every figure into a float and lose the merged ranges and each cell's
address. CSV is decoded as UTF-8 (with or without a BOM) or else GB18030, like plan files.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from shanhai_check.findings import InputError
from shanhai_check.messages import Message
from shanhai_check.messages import tables as say
from shanhai_check.tabular.table import Place, TableError
from shanhai_check.files import regular_file

FORMATS = (".xlsx", ".csv", ".docx")
# Excel keeps 15 significant digits; a double that needs more to round-trip (0.1+0.2 =
# 0.30000000000000004) is an artefact of binary arithmetic that no sheet ever shows.
EXCEL_DIGITS = 15
# The decimals a number format shows: '0.00', '#,##0.0', '0.0%' (its first, positive part).
FORMAT_DECIMALS = re.compile(r"0\.(0+)")


@dataclass
class GridCell:
    text: str
    place: Place


@dataclass
class Grid:
    """The cells of one table, row by row; ``captions`` are the lines printed just above it
    (a Word table's title and 单位:万元), ``name`` the sheet or table it came from."""

    rows: list[list[GridCell]]
    name: "str | Message"  # a Word table has no name: its number, as a message (表1, table 1)
    captions: list[str] = field(default_factory=list)
    warnings: list = field(default_factory=list)  # (message, place) pairs: formula cells read from their saved results


def read_grid(path: str, number: int | None = None, sheet: str | None = None) -> Grid:
    """The table at *path*: the *number*-th table of a .docx or sheet of a .xlsx (from 1), or
    the sheet named *sheet*; the first by default."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise TableError(path, say.UnknownFormat(name=Path(path).name, choices=", ".join(FORMATS)))
    kind = suffix[1:]
    if sheet is not None and kind != "xlsx":
        raise TableError(path, say.OptionNotForFormat(option="--sheet", kind=kind))
    if number is not None and kind == "csv":
        raise TableError(path, say.OptionNotForFormat(option="--table", kind=kind))
    try:
        regular_file(path)  # a folder, a FIFO (import would wait for a writer), a device
    except InputError as error:
        raise TableError(path, error.wording) from None
    if kind == "csv":
        return _csv(path)
    return _xlsx(path, number, sheet) if kind == "xlsx" else _docx(path, number)


def _package(path: str, kind: str):
    """What :func:`~shanhai_check.packages.open_package` found in the file: the same limits
    as a draft's, refused as TableError."""
    from shanhai_check.packages import open_package

    try:
        return open_package(path, kind)
    except InputError as error:
        raise TableError(path, error.wording) from None


def _csv(path: str) -> Grid:
    from shanhai_check.files import read_text

    try:
        text, _ = read_text(path)
    except InputError as error:
        raise TableError(path, error.wording, f"{error.location.line}") from None
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text.partition("\n")[0]), strict=True)
    rows, line = [], 1
    try:
        for record in reader:
            rows.append([GridCell(t, Place("csv", line, c)) for c, t in enumerate(record, 1)])
            line = reader.line_num + 1  # a quoted cell may span lines: the next record starts here
    except csv.Error as exc:
        if "unexpected end of data" in str(exc):  # the rest of the file would have been one cell
            raise TableError(path, say.UnclosedQuote(), f"{line}") from None
        raise TableError(path, say.Unreadable(kind="CSV", reason=exc), f"{reader.line_num}") from None
    return Grid(rows, Path(path).stem)


def _delimiter(first_line: str) -> str:
    """',' unless the header is separated by tabs or (as Excel writes CSV where the decimal
    mark is a comma) semicolons and has no comma."""
    for candidate in ("\t", ";"):
        if candidate in first_line and "," not in first_line:
            return candidate
    return ","


def _choose(path: str, items: list, number: int | None, empty: Message):
    if not items:
        raise TableError(path, empty)
    if number is not None and number > len(items):
        raise TableError(path, say.NoSuchTable(number=number, count=len(items)))
    return items[(number or 1) - 1]


def _xlsx(path: str, number: int | None, sheet: str | None) -> Grid:
    """The chosen sheet, opened once and read-only, within the range the package scan found
    (a stray cell at XFD1048576 or a million rows were refused there)."""
    from shanhai_check.packages import failure

    scan = _package(path, "xlsx")
    import openpyxl

    try:  # a damaged file can fail anywhere inside openpyxl (zip, XML, styles)
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001
        raise TableError(path, failure(path, exc, "xlsx").wording) from None
    try:
        chosen = _sheet(path, book, number, sheet)
        found = scan.sheets.get(chosen._worksheet_path)
        return _sheet_grid(path, chosen, found) if found else Grid([], chosen.title)
    except TableError:
        raise
    except Exception as exc:  # noqa: BLE001 - the sheet's own XML, read now
        raise TableError(path, failure(path, exc, "xlsx").wording) from None
    finally:
        book.close()


def _sheet(path: str, book, number: int | None, sheet: str | None):
    if sheet is None:
        return _choose(path, book.worksheets, number, say.NoTables())
    if sheet not in book.sheetnames:
        raise TableError(path, say.NoSuchSheet(name=sheet, names=", ".join(book.sheetnames)))
    return book[sheet]


def _sheet_grid(path: str, chosen, found) -> Grid:
    from shanhai_check.packages import EXTERNAL, cell_ref

    title = chosen.title
    rows = [
        [GridCell("", Place("xlsx", r, c, title)) for c in range(1, found.columns + 1)]
        for r in range(1, found.rows + 1)
    ]
    for row in chosen.iter_rows(min_row=1, max_row=found.rows, min_col=1, max_col=found.columns):
        for cell in row:
            if cell.value is not None:
                rows[cell.row - 1][cell.column - 1].text = cell_text(cell.value, cell.number_format)
    notes = []
    for (r, c), formula in sorted(found.formulas.items()):
        place = Place("xlsx", r, c, title)
        if EXTERNAL.search(formula):
            raise TableError(path, say.ExternalReference(formula=formula), place)
        if not rows[r - 1][c - 1].text:
            raise TableError(path, say.FormulaWithoutResult(formula=formula), place)
        notes.append((formula, place))
    for merged in found.merged:
        corners = [cell_ref(corner) for corner in merged.split(":")]
        if len(corners) == 2 and all(corners):
            (top, left), (bottom, right) = corners
            text = rows[top - 1][left - 1].text
            for r in range(top, bottom + 1):
                for c in range(left, right + 1):
                    rows[r - 1][c - 1].text = text
    grid = Grid(rows, title)
    if notes:
        grid.warnings.append((say.FormulaCells(count=len(notes), formula=notes[0][0]), notes[0][1]))
    return grid


def cell_text(value: object, number_format: str = "General") -> str:
    """A spreadsheet cell's value as the sheet shows it."""
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    return float_text(value, number_format)


def float_text(value: float, number_format: str = "General") -> str:
    """The decimal a number cell shows, exactly, from its binary value and number format.

    ``repr`` gives the shortest decimal that reads back as the same double — the figure the
    planner typed, as long as it has at most 15 significant digits (all a spreadsheet keeps);
    longer ones are rounded to 15. An integer cell is exact as it is. The format then restores
    what a double cannot hold: the trailing zeros of '0.00' (1.30 is a figure to the hundredth)
    and the ×100 of '0.0%'.
    """
    exact = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    if isinstance(value, float) and len(exact.as_tuple().digits) > EXCEL_DIGITS:
        exact = Decimal(format(value, f".{EXCEL_DIGITS}g"))
    if exact == exact.to_integral_value():
        exact = exact.quantize(Decimal(1))  # 110.0 is the integer 110
    positive = number_format.split(";")[0]
    percent = positive.endswith("%")
    if percent:
        exact = exact.scaleb(2)
    shown = FORMAT_DECIMALS.search(positive)
    if shown and -exact.as_tuple().exponent < len(shown[1]):
        exact = exact.quantize(Decimal(1).scaleb(-len(shown[1])))
    return format(exact, "f") + ("%" if percent else "")


def _docx(path: str, number: int | None) -> Grid:
    from docx.text.paragraph import Paragraph

    from shanhai_check.word import open_word, table_rows

    try:
        document = open_word(path)
    except InputError as error:
        raise TableError(path, error.wording) from None
    tables = document.tables  # a new list of new proxies at each call
    table = _choose(path, tables, number, say.NoTables())
    index = tables.index(table) + 1
    rows = [
        [GridCell(cell.text, Place("docx", r, c, str(index))) for c, cell in enumerate(cells, 1)]
        for r, cells in enumerate(table_rows(table), 1)
    ]
    captions: list[str] = []
    for element in document.element.body.iterchildren():
        if element is table._tbl:
            break
        if element.tag.endswith("}tbl"):
            captions = []  # only what stands between the previous table and this one
        elif element.tag.endswith("}p"):
            captions.append(Paragraph(element, document).text)
    return Grid(rows, say.WordTable(number=index), [c for c in captions if c.strip()][-3:])
