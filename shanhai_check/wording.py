"""Words the documents use, defined once, for every reader (plans, drafts, imported tables).

This is the ground floor: of the project it imports only the numerals of quantity.py.
"""

from __future__ import annotations

import re

from shanhai_check.quantity import QuantityError, cn_integer

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


# What a table cell may hold to mean "nothing was written here" (a plan's YAML, a draft's
# table); an imported spreadsheet also writes a dash run or an ellipsis for it (see
# IMPORTED_MISSING_MARKS).
MISSING_MARKS = frozenset({"", "—", "-", "–", "/", "－", "——"})
IMPORTED_MISSING_MARKS = MISSING_MARKS | {"--", "---", "…"}

# Where a sentence ends; a statement also ends at a semicolon.
SENTENCE_END = re.compile(r"[。!?！？]")
STATEMENT_BREAK = re.compile(r"[。;；!！?？]")

# What a plan calls itself in its title: 工作要点, 任务分解, 实施方案 …
PLAN_TITLE = re.compile(r"(?:工作要点|任务分解|工作方案|实施方案|实施意见|工作计划|行动计划)")

# Who does a task, as drafts say it: "牵头单位:…", "【责任单位:…;配合单位:…】". The role words of
# a plan are model.ROLES; 主责/协办 are other offices' words for 牵头/配合 and only mark a line.
ROLE_WORDS = {"牵头": "牵头", "责任": "责任", "配合": "配合", "主责": "牵头", "协办": "配合"}
ROLE_LABEL = re.compile(r"(牵头|责任|配合|主责|协办)单位\s*[:：]")

# A task assigned to each member of a group ("责任单位:各区县(市)、开发园区"): a figure in it may
# be what each member delivers, not the group's total.
ASSIGNED_TO_EACH = re.compile(r"(?:牵头|责任)单位[:：]\s*各")

# Words that introduce the complete list or breakdown of what was just named: 具体为 …
SPELLED_OUT = ("分别为", "分别是", "具体为", "具体是")

# '单位:万元' (or '(单位：万元)') on its own above a table: the unit of every figure in it.
UNIT_CAPTION = re.compile(r"^[(（]?(?:计量)?单位[:：]\s*([^()（）\s]{1,6})[)）]?$")
# The unit at the end of a column header: '到位资金(亿元)', '资金 (单位:万元)'.
HEADER_UNIT = re.compile(r"^(?P<name>.*?)\s*\((?:计量)?(?:单位:)?\s*(?P<unit>[^()]+)\)$")
# What may stand in a header's last parentheses as a unit: an optional scale word before a
# base unit. Anything else there ('(含转移)') belongs to the metric's name.
UNIT = re.compile(
    r"^(?:千|万|十万|百万|千万|亿|十亿|百亿|千亿)?(?:元|人次|人|户|个|次|名|篇|家|项|条|所|座|场|批|期|天|村|亩|吨|公里|平方公里|平方米|米|%|‰)$"
)


def split_unit(header: str) -> tuple[str, str | None]:
    """'到位资金(亿元)' → ('到位资金', '亿元'); a header without a unit keeps its whole text."""
    match = HEADER_UNIT.match(header)
    if match and UNIT.match(match["unit"].strip()):
        return match["name"], match["unit"].strip()
    return header, None


# Headings are read for their ordinal whatever their wording: '三、…' (level 1), '(七)…'
# or '（七）…' (level 2).
_LEVEL1 = re.compile(r"^\s*([一二三四五六七八九十百零〇]+)\s*[、.．]")


_LEVEL2 = re.compile(r"^\s*[（(]\s*([一二三四五六七八九十百零〇]+)\s*[)）]")


def ordinal(text: str) -> tuple[int, int, str] | None:
    """(level, number, as printed) of a heading's text ('三、…' → (1, 3, '三、')); None if unnumbered."""
    for level, pattern in ((1, _LEVEL1), (2, _LEVEL2)):
        if match := pattern.match(text):
            try:
                return level, cn_integer(match.group(1)), match.group(0).strip()
            except QuantityError:  # 十十、: not an ordinal
                return None
    return None
