"""A draft's numbered headings and items, list by list, as the numbering rules read them.

A line opening with "三、" or "(七)" is a heading, one opening with "12." or "12、" an item
(not "1.2018", a decimal). Each "附件N" line, and the "附件:1.…" list of attachments, starts
a new list whose numbering starts afresh; the body before the first is "正文".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from shanhai_check.findings import Location
from shanhai_check.model import Heading
from shanhai_check.rules.numbering import ordinal

_ATTACHMENT = re.compile(r"^\s*附件\s*(?:([0-9]+)\s*$|[:：])")
_ITEM = re.compile(r"^\s*([0-9]{1,3})\s*[.、．](?![0-9])\s*\S")


@dataclass(frozen=True)
class DraftItem:
    item: int
    where: Location


def outlines(text) -> list[tuple[str, list]]:
    """(list name, entries) for the body and each attachment, in document order."""
    lists: list[tuple[str, list]] = [("正文", [])]
    for number, line in text.prose_lines:
        attachment = _ATTACHMENT.match(line)
        if attachment:  # "附件2" heads an attachment; "附件:1.…" lists the attachments
            lists.append((f"附件{attachment.group(1) or ''}", []))
            line = " " * attachment.end() + line[attachment.end() :] if not attachment.group(1) else ""
        where = text.at(number, len(line) - len(line.lstrip()) + 1)
        if ordinal(line):
            lists[-1][1].append(Heading(line.strip(), where))
        elif item := _ITEM.match(line):
            lists[-1][1].append(DraftItem(int(item.group(1)), where))
    return [(name, entries) for name, entries in lists if entries]
