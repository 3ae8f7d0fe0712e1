"""Cells and sheets as spreadsheet programs take them: formula-safe text, numbers kept as
written, valid and distinct sheet names, and an xlsx workbook written through pandas.

Shared by everything that writes a spreadsheet (``show``, ``export``, ``allocate``); pandas
and openpyxl are imported only when a workbook is written.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Callable

from shanhai_check.files import OutputError
from shanhai_check.messages import output
from shanhai_check.quantity import plain


# Excel refuses these in sheet names and allows 31 characters at most.
SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


SHEET_LENGTH = 31


# Characters no file name should carry on any system (and whitespace, for shells); a run of
# them becomes one underscore.
FILE_FORBIDDEN = re.compile(r'[\\/:*?"<>|\s\x00-\x1f]+')


# A cell a spreadsheet would run as a formula (OWASP, "CSV injection"): =, +, -, @, or a tab or
# carriage return before one. Such text is written with a leading apostrophe; a number stays a
# number (-5, +3.5).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


_SIGNED_NUMBER = re.compile(r"[-+][0-9]+(?:\.[0-9]+)?")


def spreadsheet_text(value: object) -> object:
    """*value* safe to put in a CSV or xlsx cell: text that would start a formula gets a
    leading apostrophe; anything else (numbers, None, other text) is unchanged."""
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _SIGNED_NUMBER.fullmatch(value):
        return "'" + value
    return value


def spreadsheet_number(value: Decimal) -> int | float | str:
    """A number a spreadsheet stores exactly as written, or else its decimal text."""
    as_float = float(value)
    if len(value.as_tuple().digits) > 15 or Decimal(repr(as_float)) != value:
        return plain(value)  # more digits than a spreadsheet keeps (15) or a double holds: text
    return int(value) if value == value.to_integral_value() else as_float


def unique(names: list[str], limit: int | None = None) -> list[str]:
    """*names* cut to *limit* characters and made distinct (ignoring case) with ~2, ~3 …"""
    seen: set[str] = set()
    result = []
    for base in names:
        name, count = base[:limit], 1
        while name.casefold() in seen:
            count += 1
            suffix = f"~{count}"
            name = base[: None if limit is None else limit - len(suffix)] + suffix
        seen.add(name.casefold())
        result.append(name)
    return result


def sheet_names(tables: list) -> list[str]:
    """Valid, distinct Excel sheet names from the table ids."""
    return unique([SHEET_FORBIDDEN.sub("_", t.id).strip("'") or "table" for t in tables], SHEET_LENGTH)


def xlsx_writer(pd, sheets: dict) -> Callable[[str], None]:
    def write(path: str) -> None:
        try:
            import openpyxl  # noqa: F401 - the engine pandas writes with; say so if it is missing
        except ImportError as exc:
            raise OutputError(output.NeedsOpenpyxl(problem=exc)) from None
        with (
            open(path, "wb") as handle,
            pd.ExcelWriter(handle, engine="openpyxl") as writer,
        ):  # a handle: no extension check
            for name, frame in sheets.items():
                frame.to_excel(writer, sheet_name=name, index=False)

    return write
