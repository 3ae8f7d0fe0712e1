"""How a figure is said: its comparator, in words in Chinese and as a sign in English.

A plan writes 13次以上, 不超过5个, 100个左右; the Chinese report says them the same way
(``quantity.format_quantity``), the English one with the signs the arithmetic uses (≥13次,
≤5个, ≈100个). The number and its unit stay as written: they are the document's.
"""

from __future__ import annotations

from shanhai_check.messages import Message


class AtLeast(Message):
    zh = "{figure}以上"
    en = "≥{figure}"


class AtMost(Message):
    zh = "不超过{figure}"
    en = "≤{figure}"


class About(Message):
    zh = "{figure}左右"
    en = "≈{figure}"


class Approximately(Message):
    """An approximate figure with its mark in front, as the draft rules write an addend: 约110."""

    zh = "约{figure}"
    en = "≈{figure}"


class AnyValue(Message):
    """An interval with no bound on either side."""

    zh = "任意值"
    en = "any value"
