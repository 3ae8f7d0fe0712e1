"""The units a draft names just before a figure.

"另安排平安区、循化县各100万元" names 平安区 and 循化县; "杭州、湖州、绍兴、金华4市将分别帮扶300万元"
names four cities. Official prose lists the units a per-unit amount applies to as a 、-list
right before it; this reader takes only that list, and only when every item reads as a name
(Chinese characters, no verb, no figure), so a sentence it does not understand names nothing.
"""

from __future__ import annotations

import re

from shanhai_check.drafts.claims import VERBS

_NAME = re.compile(r"[\u4e00-\u9fff]{2,12}")
_VERB = re.compile("|".join(VERBS))
# Words that open a clause before the list: "另安排", "并对", "由".
_OPENING = re.compile(r"^(?:另外|另|此外|还|并|再|由|对|向|给|其中)+")
_MAX_NAMES = 40


def units_named_before(text: str, end: int, start: int = 0) -> list[str]:
    """The names of the 、-list that ends at column *end* (0-based) and begins after *start*;
    [] when the text there is not a list of at least two names."""
    segment = text[start:end].strip()
    if segment.endswith("等"):
        return []  # "宁波、温州等4市": an open list names only some of them
    items = segment.split("、")
    if not 2 <= len(items) <= _MAX_NAMES:
        return []
    verbs = list(_VERB.finditer(items[0]))
    first = items[0][verbs[-1].end() :] if verbs else items[0]
    names = [_OPENING.sub("", first)] + items[1:]
    return names if all(_NAME.fullmatch(name) for name in names) else []
