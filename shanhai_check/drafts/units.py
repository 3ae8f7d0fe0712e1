"""The units a draft names just before a figure.

"另安排平安区、循化县各100万元" names 平安区 and 循化县; "杭州、湖州、绍兴、金华4市将分别帮扶300万元"
names four cities. Official prose lists the units a per-unit amount applies to as a 、-list
right before it. The list is read by :mod:`enumerations` (the reader the count rule uses);
here it counts only when it is closed (not "…等4市") and every item reads as a unit's name
(Chinese characters only: no pair, no title), so a sentence not understood names nothing.
"""

from __future__ import annotations

import re

from shanhai_check.drafts.enumerations import readings_before

_NAME = re.compile(r"[\u4e00-\u9fff]{2,12}")


def units_named_before(text: str, end: int, start: int = 0) -> list[str]:
    """The names of the 、-list that ends at column *end* (0-based) and begins after *start*;
    [] when the text there is not a closed list of at least two names."""
    readings, link, weak = readings_before(text[start:end], end - start + 1)
    if not readings or link == "等" or weak:
        return []  # "宁波、温州等4市": an open list names only some of them
    names = [n.text for n in readings[0]]
    return names if all(_NAME.fullmatch(name) for name in names) else []
