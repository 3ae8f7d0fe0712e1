"""Read a draft (.txt in UTF-8 or GB18030, or .docx) into numbered, normalised lines.

Normalisation keeps every character in its column, so a finding's line:column points at the
same place in the planner's file: full-width ASCII (１２３，％) becomes half-width, the
ideographic space a space, and traditional characters simplified (OpenCC ``t2s``: 萬→万,
幫扶→帮扶), because published notices and pasted web text mix all three.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field

from shanhai_check.files import read_text
from shanhai_check.findings import WordPlace

LINE_BREAK = re.compile(r"\r\n|\r|\n")

# Full-width ASCII (U+FF01–U+FF5E) maps one to one onto U+0021–U+007E.
_HALF_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


@dataclass(frozen=True)
class Cell:
    """One cell of a Word table, with the line it is shown on in the draft's numbering."""

    text: str
    line: int
    column: int = 1  # where the cell begins in its row's line


@dataclass
class Draft:
    """A draft's text as lines (1-based: ``lines[0]`` is line 1) and, for Word, its tables."""

    path: str
    lines: list[str]
    encoding: str = "utf-8"  # utf-8 | gb18030 | docx
    word_tables: list[list[list[Cell]]] = field(default_factory=list)
    word: dict[int, WordPlace] = field(default_factory=dict)  # each line's place in Word

    def line(self, number: int) -> str:
        return self.lines[number - 1]


def read_draft(path: str) -> Draft:
    """The draft at *path*; InputError (SH006) when it cannot be read as text or Word."""
    if path.lower().endswith(".docx"):
        return _read_word(path)
    text, encoding = read_text(path)  # UTF-8 (BOM allowed), else GB18030; NUL bytes, FIFOs refused
    return Draft(path, [normalise(line) for line in editor_lines(text)], encoding)


def editor_lines(text: str) -> list[str]:
    """The lines as an editor numbers them: broken at \n, \r\n and \r only. str.splitlines
    also breaks at a form feed (common in text from PDF), NEL, U+2028 and more, so every line
    after one would be reported a line off."""
    lines = LINE_BREAK.split(text)
    return lines[:-1] if lines and not lines[-1] else lines


def normalise(text: str) -> str:
    """Half-width ASCII and simplified characters, one output character per input character."""
    text = text.translate(_HALF_WIDTH)
    simplified = _converter()(text)
    if len(simplified) == len(text):
        return simplified
    return "".join(_converter()(char) if len(_converter()(char)) == 1 else char for char in text)


@functools.lru_cache(maxsize=1)
def _converter():
    """OpenCC's traditional-to-simplified converter, built once (it loads dictionaries)."""
    import opencc

    return opencc.OpenCC("t2s").convert


def _read_word(path: str) -> Draft:
    """Paragraphs and tables in document order, as Word shows them: a paragraph is a line, a
    table row one line of tab-separated cells, where the table stands (its caption is then the
    paragraph above it, and line N is the N-th paragraph or row a planner counts in Word)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    from shanhai_check.word import open_word, table_rows

    document = open_word(path)  # InputError (SH006): not Word, damaged, or beyond the limits
    lines: list[str] = []
    tables = []
    places: dict[int, WordPlace] = {}
    paragraphs = 0
    for element in document.element.body.iterchildren():
        if element.tag.endswith("}p"):
            lines.append(normalise(Paragraph(element, document).text))
            if lines[-1].strip():
                paragraphs += 1
                places[len(lines)] = WordPlace(0, paragraphs)
        elif element.tag.endswith("}tbl"):
            rows = []
            for number, row in enumerate(table_rows(Table(element, document)), 1):
                texts = [normalise(c) for c in _unique_cells(row)]
                starts = tuple(itertools.accumulate((len(t) + 1 for t in texts[:-1]), initial=1))
                lines.append("\t".join(texts))
                rows.append([Cell(t, len(lines), start) for t, start in zip(texts, starts)])
                places[len(lines)] = WordPlace(len(tables) + 1, number, starts)
            tables.append(rows)
    return Draft(path, lines, "docx", tables, places)


def _unique_cells(cells) -> list[str]:
    """A row's cell texts, a merged cell once (it stands in each grid column it spans)."""
    seen, texts = set(), []
    for cell in cells:
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            texts.append(cell.text.strip())
    return texts
