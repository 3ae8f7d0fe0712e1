"""Walk a task list's headings and item numbers in order and note repeats and gaps.

Headings are read for their ordinal whatever their wording: '三、…' (level 1), '(七)…' or
'（七）…' (level 2); items carry their printed number. Numbering may run on across a higher
heading ((一)…(十五) over 一、…六、) or restart at 1 under it (1. 2. 3. under each (一)); both are
accepted. Anything else — the same number again, or a jump — is an irregularity.
"""

from __future__ import annotations

from dataclasses import dataclass

from shanhai_check.findings import Location
from shanhai_check.messages import Listing
from shanhai_check.messages import rules as msg
from shanhai_check.model import Heading
from shanhai_check.wording import ordinal

ITEM = 3
KIND = {1: msg.KindHeading1, 2: msg.KindHeading2, ITEM: msg.KindItem}


@dataclass
class Irregularity:
    kind: int
    number: int
    shown: str  # as printed: '(七)', '三、', '30'
    where: Location
    previous: int
    previous_shown: str
    previous_where: Location
    unnumbered: list[Location]

    @property
    def repeated(self) -> bool:
        return self.number <= self.previous


def numbered(entry) -> tuple[int, int, str] | None:
    """(level, number, as printed) of an outline entry: a heading, or an item (anything with
    ``item``); None for an unnumbered item or a heading without an ordinal."""
    if isinstance(entry, Heading):
        return ordinal(entry.text)
    return None if entry.item is None else (ITEM, entry.item, str(entry.item))


def irregularities(task_list) -> list[Irregularity]:
    """The repeats and jumps of a task list's numbering (see :func:`outline_irregularities`)."""
    return outline_irregularities(task_list.outline)


def outline_irregularities(outline) -> list[Irregularity]:
    """Repeats and jumps in *outline*: headings, and numbered entries (anything with ``item``)."""
    last: dict[int, tuple[int, str, Location]] = {}
    may_restart: set[int] = set()
    unnumbered: list[Location] = []
    found = []
    for entry in outline:
        read = numbered(entry)
        if read is None:
            if not isinstance(entry, Heading):
                unnumbered.append(entry.where)
            continue
        level, number, shown = read
        if level != ITEM:
            may_restart |= {lower for lower in (2, ITEM) if lower > level}
        previous = last.get(level)
        expected = previous is None or number == previous[0] + 1 or (level in may_restart and number == 1)
        if not expected:
            found.append(
                Irregularity(level, number, shown, entry.where, *previous, unnumbered if level == ITEM else [])
            )
        last[level] = (number, shown, entry.where)
        may_restart.discard(level)
        if level == ITEM:
            unnumbered = []
    return found


def late_start(outline) -> tuple[int, str, Location] | None:
    """(number, as printed, where) of a list's first section heading (一、 level) when it is
    not 一、 and more follow it: the sections of a document start at one. None otherwise: a
    list without such headings, or a single one (a quoted section)."""
    headings = [(read, entry.where) for entry in outline if (read := numbered(entry)) and read[0] == 1]
    if len(headings) < 2 or headings[0][0][1] == 1:
        return None
    (_, number, shown), where = headings[0]
    return number, shown, where


def late_message(list_name, number: int, shown: str):
    """Sections that start at *number* (shown as printed): 1 … number − 1 are missing."""
    missing = Listing(str(n) for n in range(1, number))
    return msg.NumberStartsLate(task_list=list_name, kind=KIND[1](), number=shown, missing=missing)


def repeated_message(list_name, found: Irregularity):
    """The same number again, or a lower one (19, then 17: not 17 twice)."""
    kind, line = KIND[found.kind](), found.previous_where.line
    if found.number < found.previous:
        return msg.NumberGoesBack(
            task_list=list_name, kind=kind, previous=found.previous_shown, number=found.shown, line=line
        )
    return msg.NumberRepeated(task_list=list_name, kind=kind, number=found.shown, line=line)


def skipped_message(list_name, found: Irregularity):
    missing = Listing(str(n) for n in range(found.previous + 1, found.number))
    gap = len(found.unnumbered)
    return msg.NumberSkipped(
        task_list=list_name,
        kind=KIND[found.kind](),
        previous=found.previous_shown,
        number=found.shown,
        missing=missing,
        unnumbered=msg.UnnumberedInGap(count=gap) if gap else "",
    )
