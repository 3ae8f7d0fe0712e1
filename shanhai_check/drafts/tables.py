"""Tables in a draft, rebuilt from how web pages and Word hand them to us.

Published notices flatten a table either one cell per line (附件1 of the 2020 宁波 plan: "单 位", "到位资金",
"(亿元)", … "海曙区", "1.3", "110", …) or into one line of cells separated by spaces
(extra/01: "县区名称 资金分配额(万元) 备注 合计 4000 乐都区 819 …"); Word keeps real rows.
All three become a stream of cells, read the same way: a row is a label (one cell, or several
when a long name wrapped: "宁波杭州湾" + "新区") followed by k numbers, k being what most rows
have; the cells before the first row are the header, where "(亿元)" belongs to the name
before it. A block that does not read as regular rows is not a table to us (no guessing).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass, field

from shanhai_check.drafts.read import Draft
from shanhai_check.quantity import Measure, Quantity, QuantityError, parse_quantity
from shanhai_check.wording import MISSING_MARKS, TOTAL_ROW_WORDS, UNIT_CAPTION, split_unit

# The total row of a table rebuilt from text; a 小计 row adds up some rows, not the table.
TOTAL_LABELS = TOTAL_ROW_WORDS - {"小计"}
_NUMBER_CELL = re.compile(r"^-?[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?$")
_TITLE = re.compile(r"^附件\s*[0-9]+$|表$")
_MAX_CELL = 24  # a line longer than this is prose, not a flattened cell
_MIN_ROWS = 2


@dataclass(frozen=True)
class Token:
    text: str
    line: int
    column: int  # 1-based


@dataclass
class TableCell:
    text: str
    line: int
    column: int
    quantity: Quantity | None  # None: blank or "—"


@dataclass
class TableRow:
    label: str
    line: int
    column: int
    cells: list[TableCell]


@dataclass
class Column:
    name: str  # as printed: 到位资金(亿元)
    unit: Measure | None
    metric: str  # the name without its unit: 到位资金


@dataclass
class DraftTable:
    """A table found in a draft: its title, columns, rows and the 合计 row if printed."""

    title: str
    line: int
    columns: list[Column]
    rows: list[TableRow] = field(default_factory=list)
    total: TableRow | None = None

    @property
    def lines(self) -> range:
        last = max([r.line for r in self.rows] + [self.total.line if self.total else self.line])
        return range(self.line, last + 1)


def tables_in(draft: Draft) -> list[DraftTable]:
    """Every table the draft holds, in order: Word tables, then flattened ones in the text."""
    found = []
    for rows in draft.word_tables:
        tokens = [Token(c.text, c.line, c.column) for row in rows for c in row]
        found.extend(_table(tokens, _title_before(draft, rows[0][0].line if rows and rows[0] else 1)))
    if not draft.word_tables:
        for tokens in _cell_blocks(draft):
            found.extend(_table(tokens, _title_before(draft, tokens[0].line)))
    return found


def table_lines(tables: list[DraftTable]) -> set[int]:
    return {line for table in tables for line in table.lines}


def _cell_blocks(draft: Draft):
    """Runs of one-cell lines, and single lines made of space-separated cells."""
    block: list[Token] = []
    for number, raw in enumerate(draft.lines, 1):
        text = raw.strip()
        if not text:
            continue
        cells = _spaced_cells(raw, number)
        if cells:
            yield cells
            continue
        if len(text) <= _MAX_CELL:
            block.append(Token(text, number, raw.index(text) + 1))
            continue
        if block:
            yield block
        block = []
    if block:
        yield block


def _spaced_cells(raw: str, number: int) -> list[Token]:
    """A line such as "合计 4000 乐都区 819 平安区 100": at least four numbers among the cells."""
    tokens = [Token(m.group(0), number, m.start() + 1) for m in re.finditer(r"\S+", raw)]
    numeric = sum(1 for t in tokens if _NUMBER_CELL.match(t.text))
    return tokens if numeric >= 4 and numeric * 3 >= len(tokens) else []


def _title_before(draft: Draft, line: int) -> str:
    for number in range(line - 1, max(0, line - 4), -1):
        text = draft.line(number).strip()
        if text:
            return text[:40]
    return ""


def _is_value(text: str) -> bool:
    return bool(_NUMBER_CELL.match(text)) or text in MISSING_MARKS


def _groups(tokens: list[Token]) -> list[tuple[list[Token], list[Token]]]:
    """(label cells, value cells) pairs, in order."""
    groups: list[tuple[list[Token], list[Token]]] = []
    for token in tokens:
        if _is_value(token.text):
            if not groups:
                groups.append(([], []))
            groups[-1][1].append(token)
        elif groups and groups[-1][1]:
            groups.append(([token], []))
        elif groups:
            groups[-1][0].append(token)
        else:
            groups.append(([token], []))
    return groups


def _table(tokens: list[Token], title: str) -> list[DraftTable]:
    groups = _groups(tokens)
    widths = Counter(len(values) for labels, values in groups if labels and values)
    if not widths:
        return []
    width, rows_with_it = widths.most_common(1)[0]
    if rows_with_it < _MIN_ROWS:
        return []
    first = next(i for i, (labels, values) in enumerate(groups) if labels and len(values) == width)
    header_cells, data = groups[first][0], groups[first:]
    # the header shares the first group with the first row's label (its last cell): split it off
    header, first_label = header_cells[:-1], header_cells[-1:]
    data[0] = (first_label, data[0][1])
    columns = _columns(header, width)
    named = [t for t in header if _TITLE.search(t.text)]  # "附件1", "…分解表" among the header's cells
    attachments = [i for i, t in enumerate(named) if t.text.startswith("附件")]
    named = named[attachments[-1] :] if attachments else named[-1:]
    start = (named or header or first_label)[0]
    table = DraftTable(" ".join(t.text for t in named) or title, start.line, columns)
    for labels, values in data:
        if not labels or len(values) != width:
            return []  # an irregular row: this is not a table we can read with confidence
        row = _row(labels, values, columns)
        if row is None:
            return []
        if _plain(row.label) in TOTAL_LABELS:
            table.total = row
        else:
            table.rows.append(row)
    return [table] if len(table.rows) >= _MIN_ROWS else []


def _columns(header: list[Token], width: int) -> list[Column]:
    """The value columns' names: those that print a unit, when there is one per column,
    else the last names of the header ("单 位 | 援建资金 | 项目数")."""
    names = _merge_units(header)
    caption = next((_column(n).unit for n in names if UNIT_CAPTION.match(n)), None)  # "单位:万元"
    names = [n for n in names if not UNIT_CAPTION.match(n)]
    with_unit = [n for n in names if split_unit(n)[1]]
    chosen = with_unit if len(with_unit) == width else names[-width:] if len(names) > width else []
    chosen += [""] * (width - len(chosen))
    return [_column(name, caption) for name in chosen]


def _merge_units(header: list[Token]) -> list[str]:
    names: list[str] = []
    for token in header:
        name, unit = split_unit(token.text)
        if names and unit and not name.strip():  # "(亿元)" on its own line belongs to the name before
            names[-1] += token.text
        else:
            names.append(token.text)
    return names


def _column(name: str, default: Measure | None = None) -> Column:
    """A column from its header: "到位资金(亿元)" is 到位资金 in 亿元 (read as ``import`` reads
    it); without a unit of its own, the caption's ("单位:万元")."""
    caption = UNIT_CAPTION.match(name)
    metric, unit_text = split_unit(name)
    unit_text = caption.group(1) if caption else unit_text
    unit = default
    if unit_text:
        try:
            unit = Measure.parse(unit_text)
        except QuantityError:
            unit = None
    return Column(name, unit, metric.strip() or name)


def _row(labels: list[Token], values: list[Token], columns: list[Column]) -> TableRow | None:
    cells = []
    for token, column in zip(values, columns):
        quantity = None
        if token.text not in MISSING_MARKS:
            try:
                quantity = parse_quantity(token.text)
            except QuantityError:
                return None
            if column.unit is not None:
                quantity = dataclasses.replace(quantity, unit=column.unit)
        cells.append(TableCell(token.text, token.line, token.column, quantity))
    label = "".join(t.text for t in labels)
    return TableRow(label, labels[0].line, labels[0].column, cells)


def _plain(label: str) -> str:
    return re.sub(r"\s+", "", label)
