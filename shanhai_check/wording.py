"""Words the documents use, defined once, for every reader (plans, drafts, imported tables).

This is the ground floor: it imports nothing of the project.
"""

from __future__ import annotations

import re

# What a table's total row is called where it states the total of the rows above it.
TOTAL_LABELS = frozenset({"合计", "总计"})
# A row that sums others is never a unit: besides the total, a subtotal or an amount in all.
TOTAL_ROW_WORDS = TOTAL_LABELS | {"小计", "共计", "总额"}


# Characters that print as nothing: a name holding one looks like another name and is not it
# (甲\u200b区 and 甲区 would be two rows).
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"


def is_total_row(name: str) -> bool:
    """合计, 合 计, 总计, 小计 …: a row that adds up others, not a unit."""
    return re.sub(r"\s+", "", name) in TOTAL_ROW_WORDS
