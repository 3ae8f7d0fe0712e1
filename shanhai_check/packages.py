"""Word and Excel files opened within limits (issue 19, item 7).

A .docx or .xlsx is a zip package of XML parts. Before python-docx or openpyxl sees one, its
zip directory is checked (how many entries, how large unpacked, how much each entry inflates:
a zip bomb declares what it would become) and every XML part is read once as a stream,
counting what the libraries would build: elements, paragraphs, the cells of every table row
and sheet (a ``gridSpan`` of 10⁹, a cell at XFD1048576, a million rows), and the text. Nothing
is unpacked beyond the limits, so a hostile file costs seconds and megabytes, and is refused
with one line (SH006) naming what was too large.

What the stream finds in each sheet (its range, formulas and merged cells) is kept for the
Excel reader, which then opens the workbook once, read-only.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass, field

from shanhai_check.messages import inputs as say
from shanhai_check.findings import InputError
from shanhai_check.messages import Message
from shanhai_check.yamltree import MAX_NODES
from shanhai_check.files import MAX_BYTES, regular_file

MAX_ENTRIES = 10_000  # parts in one package: a Word file has a few dozen
MAX_UNPACKED = 100_000_000  # bytes, every part unpacked (python-docx holds them all); also the file's own limit
MAX_RATIO = 100  # how much one part may inflate, once it is over RATIO_FROM bytes unpacked
RATIO_FROM = 1_000_000
MAX_PARAGRAPHS = 100_000  # a 500-page document has some 15,000
MAX_COLUMNS = 1_000  # grid columns in a table row or sheet (Word allows 63)
MAX_ROWS = 100_000  # rows of a table or sheet
MAX_CELLS = 1_000_000  # grid cells of every table, or in a sheet's range (rows × columns)

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_CELL_REF = re.compile(r"\$?([A-Za-z]{1,3})\$?([0-9]{1,7})")
EXTERNAL = re.compile(r"\[[^\]]*\]")  # [1]Sheet1!A1 or '[book.xlsx]Sheet1'!A1: another workbook


def column_number(letters: str) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


def cell_ref(text: str) -> tuple[int, int] | None:
    """(row, column) of 'B3' (1-based), or None when it is not a cell reference."""
    found = _CELL_REF.fullmatch(text or "")
    return (int(found[2]), column_number(found[1])) if found else None


@dataclass
class SheetScan:
    """What one sheet part holds: its used range, formulas and merged ranges."""

    rows: int = 0
    columns: int = 0
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, column) → the formula
    merged: list[str] = field(default_factory=list)  # 'A1:B2'


@dataclass
class PackageScan:
    sheets: dict[str, SheetScan] = field(default_factory=dict)  # by part name: xl/worksheets/sheet1.xml


def open_package(path: str, kind: str) -> PackageScan:
    """Check the package at *path* (a regular file, a zip within the limits, XML parts within
    theirs); InputError (SH006) with a one-line reason otherwise. *kind*: docx | xlsx."""
    size = regular_file(path).st_size
    if size > MAX_UNPACKED:
        raise _refuse(path, say.TooLarge(limit=MAX_UNPACKED // 1_000_000))
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise _refuse(path, say.NotAPackage(kind=kind)) from None
    except OSError as exc:
        raise _refuse(path, say.CannotRead(reason=exc.strerror or _first_line(exc))) from None
    try:
        with archive:
            infos = archive.infolist()
            _check_directory(path, infos)
            scan = PackageScan()
            for info in infos:
                if info.filename.endswith((".xml", ".rels")):
                    _Part(path, info.filename).read(archive.open(info), scan)
            return scan
    except InputError:
        raise
    except (
        zipfile.BadZipFile,
        zlib.error,
        NotImplementedError,
        RuntimeError,
        EOFError,
        ValueError,
        OSError,
    ) as exc:  # a bad CRC, encrypted, odd compression, cut short
        raise _refuse(path, say.DamagedPackage(kind=kind, detail=f" ({_first_line(exc)})")) from None


def _check_directory(path: str, infos: list[zipfile.ZipInfo]) -> None:
    """The zip directory, before anything is unpacked: entries, their total, each one's ratio."""
    if len(infos) > MAX_ENTRIES:
        raise _refuse(path, say.TooManyEntries(count=len(infos), limit=MAX_ENTRIES))
    if sum(i.file_size for i in infos) > MAX_UNPACKED:
        raise _refuse(path, say.TooLargeUnpacked(limit=MAX_UNPACKED // 1_000_000))
    for info in infos:
        if info.file_size > RATIO_FROM and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise _refuse(path, say.ZipBomb(part=info.filename, ratio=info.file_size // max(info.compress_size, 1)))


class _Part:
    """One XML part read as a stream of elements, each dropped once counted."""

    def __init__(self, path: str, name: str):
        self.path, self.name = path, name
        self.elements = self.paragraphs = self.grid = self.text = 0
        self.row_width = self.span = 0
        self.sheet = SheetScan()
        self.sheet_row = self.sheet_row_cells = 0
        self.formula: str | None = None  # the formula of the cell being read

    def read(self, stream, scan: PackageScan) -> None:
        from lxml import etree

        try:
            for _, element in etree.iterparse(
                stream, events=("end",), resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
            ):
                self.count(element)
                element.clear(keep_tail=True)
                while element.getprevious() is not None:  # the counted siblings go: memory stays flat
                    del element.getparent()[0]
        except etree.XMLSyntaxError as exc:
            raise _refuse(self.path, say.BadXml(part=self.name, detail=_first_line(exc))) from None
        if self.sheet.rows or self.sheet.merged:
            scan.sheets[self.name] = self.sheet

    def count(self, element) -> None:
        self.elements += 1
        if self.elements > MAX_NODES:
            raise self.too_many(say.WhatElements(), MAX_NODES)
        tag = element.tag
        if not isinstance(tag, str):  # a comment or processing instruction
            return
        if tag.startswith(_W):
            self.word(tag[len(_W) :], element)
        elif tag.startswith(_S):
            self.excel(tag[len(_S) :], element)

    def word(self, tag: str, element) -> None:
        if tag == "p":
            self.paragraphs += 1
            if self.paragraphs > MAX_PARAGRAPHS:
                raise self.too_many(say.WhatParagraphs(), MAX_PARAGRAPHS)
        elif tag == "t":
            self.add_text(element.text)
        elif tag == "gridSpan":
            self.span = self.number(element.get(_W + "val"))
        elif tag in ("gridBefore", "gridAfter"):
            self.row_width += self.number(element.get(_W + "val"))
        elif tag == "tc":
            self.row_width += max(self.span, 1)
            self.span = 0
            if self.row_width > MAX_COLUMNS:
                raise self.too_many(say.WhatColumns(), MAX_COLUMNS)
        elif tag == "tr":
            self.grid += self.row_width
            self.row_width = 0
            if self.grid > MAX_CELLS:
                raise self.too_many(say.WhatCells(), MAX_CELLS)

    def excel(self, tag: str, element) -> None:
        sheet = self.sheet
        if tag == "f":  # ends before its cell does, and is dropped then
            self.formula = "=" + (element.text or "")
        elif tag == "c":
            self.sheet_row_cells += 1
            row, column = cell_ref(element.get("r")) or (self.sheet_row + 1, self.sheet_row_cells)
            self.extend(row, column)
            if self.formula is not None:
                sheet.formulas[(row, column)] = self.formula
                self.formula = None
        elif tag == "row":
            self.sheet_row = int(element.get("r")) if (element.get("r") or "").isdigit() else self.sheet_row + 1
            self.extend(self.sheet_row, 0)
            self.sheet_row_cells = 0
        elif tag == "mergeCell":
            sheet.merged.append(element.get("ref") or "")
            for corner in (element.get("ref") or "").split(":"):
                self.extend(*(cell_ref(corner) or (0, 0)))
        elif tag == "t":
            self.add_text(element.text)

    def extend(self, row: int, column: int) -> None:
        """The sheet's used range grows to hold (row, column): refused past the limits."""
        sheet = self.sheet
        sheet.rows, sheet.columns = max(sheet.rows, row), max(sheet.columns, column)
        if sheet.rows > MAX_ROWS:
            raise self.too_many(say.WhatRows(), MAX_ROWS)
        if sheet.columns > MAX_COLUMNS:
            raise self.too_many(say.WhatColumns(), MAX_COLUMNS)
        if sheet.rows * sheet.columns > MAX_CELLS:
            raise self.too_many(say.WhatCells(), MAX_CELLS)

    def add_text(self, text: str | None) -> None:
        self.text += len(text or "")
        if self.text > MAX_BYTES:
            raise self.too_many(say.WhatCharacters(), MAX_BYTES)

    def number(self, text: str | None) -> int:
        """A count the part states (a span): a number that is not one, or beyond every limit, is refused."""
        if not (text or "").isdigit() or int(text) > MAX_COLUMNS:
            raise self.too_many(say.WhatColumns(), MAX_COLUMNS)
        return int(text)

    def too_many(self, what: Message, limit: int) -> InputError:
        return _refuse(self.path, say.PackageTooLarge(part=self.name, what=what, limit=limit))


def _refuse(path: str, message: Message) -> InputError:
    return InputError(path, 1, message, code="SH006")


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else ""


def failure(path: str, exc: Exception, kind: str) -> InputError:
    """What python-docx or openpyxl raising *exc* on a package that passed the checks means,
    in one line without the library's class names."""
    if isinstance(exc, InputError):
        return exc
    if isinstance(exc, (KeyError, zipfile.BadZipFile)) or type(exc).__name__ == "PackageNotFoundError":
        return _refuse(path, say.PackageIncomplete(kind=kind))
    detail = _first_line(exc) if isinstance(exc, (ValueError, SyntaxError, zlib.error, zipfile.BadZipFile)) else ""
    return _refuse(path, say.DamagedPackage(kind=kind, detail=f" ({detail})" if detail else ""))
