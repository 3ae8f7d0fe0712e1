"""Find the table in a grid of cell texts and read it: captions, header, rows, 合计, notes.

A printed allocation table looks like this (附件1 of the 2020 宁波 plan)::

    2020年度宁波市山海协作工作定量任务分解表        ← captions: the title, 单位:万元
    单 位 | 到位资金\\n(亿元) | 援建资金\\n(万元)      ← header rows (one or more; merged cells)
    海曙区 | 1.3             | 110                   ← data rows: a unit, then figures
    …
    合 计  | 18.3            | 1985                  ← the stated total, first or last
    注:到位资金是指……                               ← a note

The first column names the rows; every other column is a metric, its name and unit taken
from the header (``到位资金(亿元)``), or from a ``单位:万元`` caption when the header gives
none. Values are kept as exact text; a blank cell or a dash is missing, never zero.
"""

from __future__ import annotations

import re
import unicodedata

from shanhai_check.wording import IMPORTED_MISSING_MARKS, TOTAL_LABELS, UNIT, UNIT_CAPTION, ZERO_WIDTH, split_unit
from shanhai_check.quantity import QuantityError, parse_quantity
from shanhai_check.messages import tables as say
from shanhai_check.tabular.read import Grid, GridCell
from shanhai_check.tabular.table import ImportedColumn, ImportedRow, ImportedTable, Placed, TableError

# Words of the stated-total row, once the typographic spaces (合 计) are gone.
TOTAL_WORDS = TOTAL_LABELS
# A first column that only numbers the rows; the names stand in the next one.
SEQUENCE_WORDS = {"序号", "编号", "序"}
# A line under the table that explains it rather than continuing it.
NOTE = re.compile(r"^(注|说明|备注|资料来源)")
# A plain decimal, with or without thousands separators: the common case, read exactly.
PLAIN_NUMBER = re.compile(r"-?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?")
_INVISIBLE = str.maketrans("", "", ZERO_WIDTH)
LETTER_SPACED = re.compile(r"[\u3400-\u9fff](?:\s+[\u3400-\u9fff])+")


def clean(text: str) -> str:
    """A cell's text on one line: lines joined, the spaces of a letter-spaced word (单 位,
    合  计) dropped, other runs of white space made one space (表一 示例 keeps its space)."""
    text = text.translate(_INVISIBLE)  # 甲\u200b区 is 甲区: no look-alike rows
    joined = " ".join("".join(line.strip() for line in text.splitlines()).split())
    return re.sub(r"\s+", "", joined) if LETTER_SPACED.fullmatch(joined) else joined


def figure_text(text: str) -> str | None:
    """The exact text of a figure (thousands separators and full-width digits undone), None
    for a missing cell; raises QuantityError for text that is not a figure."""
    compact = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
    if compact in IMPORTED_MISSING_MARKS:  # after NFKC, which turns － into -
        return None
    if PLAIN_NUMBER.fullmatch(compact):
        return compact.replace(",", "")
    parse_quantity(compact)  # a figure with its own words: 不低于110, 1~2, 18.3亿元
    return clean(text)


def layout(grid: Grid, path: str) -> tuple[ImportedTable, list[Placed]]:
    """The table the grid holds, and warnings about it; raises TableError when there is none."""
    rows = _trimmed(grid)
    captions = [unicodedata.normalize("NFKC", clean(c)) for c in grid.captions]
    while rows and _is_caption(rows[0]):
        captions.extend(dict.fromkeys(unicodedata.normalize("NFKC", c.text) for c in rows.pop(0) if c.text))
    if not rows:
        raise TableError(path, say.EmptyTable())
    header = [rows.pop(0)]
    while rows and _continues_header(rows[0], header[0]):
        header.append(rows.pop(0))
    if _joined(_header_parts([row[0] for row in header])) in SEQUENCE_WORDS:
        _drop_sequence_column(header + rows)
    unit_captions = [m[1] for m in map(UNIT_CAPTION.match, captions) if m and UNIT.match(m[1])]
    titles = [c for c in captions if not UNIT_CAPTION.match(c) and not re.fullmatch(r"附件\s*\d*", c)]
    reader = _Reader(path, header, unit_captions[-1] if unit_captions else None)
    table = reader.table(rows, _joined(_header_parts([row[0] for row in header])), titles[-1] if titles else "")
    return table, reader.warnings


def _drop_sequence_column(rows: list[list[GridCell]]) -> None:
    """Take away a leading 序号 column, so that the names (单位) come first; a 合计 written in
    it, beside a blank name cell, moves over to the names."""
    for row in rows:
        if not row[1].text and not _is_value(row[0].text):
            row[1].text = row[0].text
        del row[0]


def _trimmed(grid: Grid) -> list[list[GridCell]]:
    """The grid's rows, cleaned, without empty rows and columns, all of one length."""
    width = max((len(r) for r in grid.rows), default=0)
    rows = [r + [GridCell("", r[-1].place)] * (width - len(r)) if r else [] for r in grid.rows]
    for row in rows:
        for cell in row:
            cell.text = clean(cell.text)
    rows = [r for r in rows if any(c.text for c in r)]
    used = [j for j in range(width) if any(r[j].text for r in rows)]
    return [[r[j] for j in used] for r in rows]


def _is_caption(row: list[GridCell]) -> bool:
    """A line above the table: one text in the first cell (or one text merged across the
    row), or a 单位:万元 caption; a header has at least two different texts."""
    texts = [unicodedata.normalize("NFKC", c.text) for c in row if c.text]
    others = {t for t in texts if not UNIT_CAPTION.match(t)}
    return not others or (len(others) == 1 and unicodedata.normalize("NFKC", row[0].text) in others)


def _is_value(text: str) -> bool:
    try:
        figure_text(text)
    except QuantityError:
        return False
    return True


def _continues_header(row: list[GridCell], first: list[GridCell]) -> bool:
    """A further header row: no row name in the first column (empty, or the same cell merged
    down), so it cannot be a data row, even when it holds figures (years under 到位资金)."""
    return not row[0].text or row[0].text == first[0].text


def _header_parts(cells: list[GridCell]) -> list[str]:
    """A column's header texts, top down; a cell merged down the rows counts once."""
    texts: list[str] = []
    for text in (unicodedata.normalize("NFKC", c.text) for c in cells):
        if text and (not texts or texts[-1] != text):
            texts.append(text)
    return texts


def _joined(parts: list[str]) -> str:
    """Header parts on one line; a unit on its own line or row attaches without a space."""
    joined = ""
    for text in parts:
        joined += text if not joined or text.startswith("(") else " " + text
    return joined


def _name_and_unit(parts: list[str]) -> tuple[str, str | None]:
    """The metric's name and unit from a column's header rows: the unit may close any of them
    (到位资金(亿元) over 2020 → 到位资金 2020, 亿元); the lowest one given wins."""
    names, unit = [], None
    for part in parts:
        name, found = split_unit(part)
        names.append(name)
        unit = found or unit
    return _joined([n for n in names if n]), unit


class _Reader:
    """Reads the rows under a header, collecting warnings; errors are raised at once."""

    def __init__(self, path: str, header: list[list[GridCell]], caption_unit: str | None):
        self.path = path
        self.header = header
        self.caption_unit = caption_unit
        self.warnings: list[Placed] = []

    def table(self, body: list[list[GridCell]], row_header: str, title: str) -> ImportedTable:
        rows, total, note = self._rows(body)
        if not rows and total is None:
            raise TableError(self.path, say.NoDataRows(), self.header[-1][0].place)
        filled = [cells for _, cells in rows] + ([total] if total else [])
        kept = [j for j in range(1, len(self.header[0])) if self._numeric(j, filled)]
        if not any(figure_or_none(cells[j].text) is not None for j in kept for cells in filled):
            raise TableError(self.path, say.NoNumericColumn(), self.header[0][0].place)
        columns = [self._column(j) for j in kept]
        _unique(self.path, [(c.name, c.place) for c in columns], say.ColumnTwice)
        imported = [self._row(name, cells, kept, columns) for name, cells in rows]
        _unique(self.path, [(r.name, r.place) for r in imported], say.RowTwice)
        stated = self._row("合计", total, kept, columns) if total else None
        return ImportedTable(row_header, columns, imported, stated, title, note)

    def _rows(self, body: list[list[GridCell]]):
        """(name, cells) for each data row, the 合计 row's cells, and the note under the table."""
        rows, total, notes = [], None, []
        for cells in body:
            name = cells[0].text
            if notes or (NOTE.match(name) and all(c.text in ("", name) for c in cells[1:])):
                notes.append(" ".join(dict.fromkeys(c.text for c in cells if c.text)))
            elif not name:
                raise TableError(self.path, say.RowWithoutName(), cells[0].place)
            elif re.sub(r"\s+", "", name) in TOTAL_WORDS:
                if total is not None:
                    raise TableError(self.path, say.TotalTwice(first=total[0].place), cells[0].place)
                total = cells
            else:
                rows.append((name, cells))
        return rows, total, " ".join(notes)

    def _numeric(self, j: int, filled: list[list[GridCell]]) -> bool:
        """Whether column *j* is a metric: it holds a figure, or nothing but blanks. A column
        of words only (备注) is left out, with a warning."""
        texts = [cells[j].text for cells in filled]
        if any(figure_or_none(t) is not None for t in texts) or all(_is_value(t) for t in texts):
            return True
        self.warnings.append(
            Placed(self.path, say.AsWarning(message=say.ColumnSkipped(column=self._header(j))), self.header[0][j].place)
        )
        return False

    def _header(self, j: int) -> str:
        return _joined(_header_parts([row[j] for row in self.header]))

    def _column(self, j: int) -> ImportedColumn:
        header = self._header(j)
        name, unit = _name_and_unit(_header_parts([row[j] for row in self.header]))
        place = self.header[0][j].place
        if unit is None and self.caption_unit is None:
            raise TableError(self.path, say.NoUnit(column=header), place)
        return ImportedColumn(name, unit or self.caption_unit, header, place)

    def _row(self, name: str, cells: list[GridCell], kept: list[int], columns: list[ImportedColumn]) -> ImportedRow:
        values = []
        for j, column in zip(kept, columns):
            try:
                values.append(figure_text(cells[j].text))
            except QuantityError:
                raise TableError(
                    self.path, say.NotAFigure(text=cells[j].text, column=column.name, row=name), cells[j].place
                ) from None
        return ImportedRow(name, values, cells[0].place)


def figure_or_none(text: str) -> str | None:
    """The figure's text, or None for a blank or a word."""
    try:
        return figure_text(text)
    except QuantityError:
        return None


def _unique(path: str, named: list, message) -> None:
    """Raise at the second of two equal names (a repeated row is never silently merged)."""
    seen = {}
    for name, place in named:
        if name in seen:
            raise TableError(path, message(name=name, first=seen[name]), place)
        seen[name] = place
