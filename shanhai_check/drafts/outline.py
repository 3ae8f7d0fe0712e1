"""A draft's numbered headings and items, list by list, as the numbering rules read them.

A line opening with "三、" or "(七)" is a heading, one opening with "12." or "12、" an item
(not "1.2018", a decimal). Each "附件N" line, and the "附件:1.…" list of attachments, starts
a new list whose numbering starts afresh; the body before the first is "正文". The
attachments' own numbers ("附件1", "附件2" heading each) make one more list, and so does the
序号 column of each table, however the table was flattened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from shanhai_check.findings import Location
from shanhai_check.messages import rules as msg
from shanhai_check.model import Heading
from shanhai_check.wording import ROLE_WORDS, ordinal

ATTACHMENT = re.compile(r"^\s*附件\s*(?:([0-9]+)\s*$|[:：])")
# "12." or "12、", not the decimal "1.5"; but "1.2018年度…计划表" is an item whose title opens with a year
ITEM = re.compile(r"^\s*([0-9]{1,3})\s*(?:[.、．](?![0-9])|[.．](?=(?:19|20)[0-9]{2}(?:年|—|-|－)))\s*\S")


ATTACHMENT_HEADERS = msg.DraftAttachmentHeadings()


def attachment_name(attachment: re.Match) -> str:
    """The name of the list an ``ATTACHMENT`` line starts: 附件2, or 附件 for "附件:1.…"."""
    return f"附件{attachment.group(1) or ''}"


@dataclass(frozen=True)
class DraftItem:
    item: int | None  # None: a paragraph of the list that carries no number
    where: Location


def outlines(text) -> list[tuple["str | msg.Message", list]]:
    """(list name, entries) for the body and each attachment, in document order: the
    attachments by their own names (附件2), the body and the attachments' headings by what
    the checker calls them (a message: 正文, the body)."""
    lists: list[tuple["str | msg.Message", list]] = [(msg.DraftBody(), [])]
    for number, line in text.prose_lines:
        attachment = ATTACHMENT.match(line)
        if attachment:  # "附件2" heads an attachment; "附件:1.…" lists the attachments
            lists.append((attachment_name(attachment), []))
            line = " " * attachment.end() + line[attachment.end() :] if not attachment.group(1) else ""
        where = text.at(number, len(line) - len(line.lstrip()) + 1)
        if ordinal(line):
            lists[-1][1].append(Heading(line.strip(), where))
        elif item := ITEM.match(line):
            lists[-1][1].append(DraftItem(int(item.group(1)), where))
        elif _unnumbered_item(line, lists[-1][1]):  # named when it stands in a gap (28, …, 30)
            lists[-1][1].append(DraftItem(None, where))
    headers = _attachment_headers(text)
    lists.append((ATTACHMENT_HEADERS, headers))
    lists += serial_columns(text, headers)
    return [(name, entries) for name, entries in lists if entries]


# A paragraph that says who does a task (牵头单位:…, 【责任单位:…】) belongs to the item above it.
ROLE_LINE = re.compile(r"^\s*[【〔\[(（]?\s*(?:" + "|".join(ROLE_WORDS) + ")单位")
_MIN_ITEM = 8  # characters of a paragraph that can be a task: shorter lines are captions, page furniture


def _unnumbered_item(line: str, entries: list) -> bool:
    """A paragraph within a numbered list that could be one of its items, printed without its
    number: after the list's first item, long enough to be a task, not a line of roles."""
    started = any(isinstance(e, DraftItem) and e.item is not None for e in entries)
    return started and len(line.strip()) >= _MIN_ITEM and not ROLE_LINE.match(line)


def _attachment_headers(text) -> list[DraftItem]:
    """ "附件1", "附件2", … where they head their attachments (a table's title line included)."""
    found = ((number, ATTACHMENT.match(line)) for number, line in enumerate(text.draft.lines, 1))
    return [DraftItem(int(m.group(1)), text.at(number, m.start(1) - 1)) for number, m in found if m and m.group(1)]


_SERIAL = re.compile(r"[0-9]{1,3}")
_NUMERIC = re.compile(r"[0-9.,%+\-—~～]*")


def serial_columns(text, headers: list[DraftItem]) -> list[tuple[str, list[DraftItem]]]:
    """The 序号 column of each table: after a "序号" cell, every cell that is a bare number
    followed by a cell of words (the row's name), when these stand at one even spacing, as
    one row's cells do. Cells are lines, or a Word row's tab-separated cells. Unevenly spaced
    candidates are no column one can read, and give no list. Each list is named after the
    attachment it stands in (*headers*: "附件1", … where they stand)."""
    cells = [(n, c) for n, line in enumerate(text.draft.lines, 1) for c in line.split("\t") if c.strip()]
    starts = [i for i, (_, c) in enumerate(cells) if c.strip() == "序号"] + [len(cells)]
    found = []
    for start, end in zip(starts, starts[1:]):
        serial = [
            i
            for i in range(start + 1, end - 1)
            if _SERIAL.fullmatch(cells[i][1].strip()) and not _NUMERIC.fullmatch(cells[i + 1][1].strip())
        ]
        if len(serial) > 1 and len({b - a for a, b in zip(serial, serial[1:])}) == 1:
            title = next((f"附件{h.item} " for h in reversed(headers) if h.where.line <= cells[start][0]), "")
            found.append((f"{title}序号", [_serial_item(text, *cells[i]) for i in serial]))
    return found


def _serial_item(text, number: int, cell: str) -> DraftItem:
    line = text.draft.line(number)
    return DraftItem(int(cell), text.at(number, line.index(cell.strip()) + 1))
