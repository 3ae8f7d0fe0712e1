"""Word files for drafts and ``import``: opened within the limits of :mod:`packages`, their
failures said in one line, and their tables read in one pass.

python-docx finds the text of a vertically merged cell (``vMerge="continue"``) by walking up
the rows one XPath query at a time, recursively: a column of 10,000 merged cells is a
RecursionError, and every such cell costs the rows above it. Here each row's cells are
resolved from the row before, once.
"""

from __future__ import annotations

from shanhai_check.packages import failure, open_package


def open_word(path: str):
    """The python-docx Document at *path*; InputError (SH006) when it is not a Word file within
    the limits, or cannot be read."""
    open_package(path, "docx")
    try:
        import docx

        return docx.Document(path)
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds (zip, XML, a missing part)
        raise failure(path, exc, "docx") from None


def table_rows(table) -> list[list]:
    """Each row of a python-docx table as ``row.cells`` gives it (a cell once for each grid
    column it spans; a vertically merged cell as the cell it continues), in linear time."""
    from docx.table import _Cell

    rows, above = [], {}
    for tr in table._tbl.tr_lst:
        offset, cells, here = tr.grid_before, [], {}
        for tc in tr.tc_lst:
            span = tc.grid_span
            cell = above.get(offset) if tc.vMerge == "continue" else None
            cell = cell or _Cell(tc, table)
            for column in range(offset, offset + span):
                here[column] = cell
            cells.extend([cell] * span)
            offset += span
        rows.append(cells)
        above = here
    return rows
