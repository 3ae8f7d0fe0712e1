"""``shanhai-check show --format csv|xlsx``: the table views as spreadsheet files, via pandas.

Each table becomes one sheet (xlsx) or one file (CSV): its rows, the stated 合计, the sum of
the rows, the difference and a 核对 row saying whether they agree. Figures are exact: CSV holds
the decimal text (18.3 stays 18.3); xlsx holds a number whenever a spreadsheet's binary
floating point keeps it as written (up to 15 significant digits, everything a plan prints) and
the decimal text otherwise, so a value is never silently rounded. Files are written to a
temporary file and renamed into place, and an existing file is never replaced without
``--force``. pandas and openpyxl are imported here only, and this module only by ``show``.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import stat
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Callable

from shanhai_check.quantity import Comparator, Quantity, plain
from shanhai_check.report.tables import STATUS_WORDS, WORDS, figure, has_row_checks, row_header, row_mark, shown_rows, with_codes
from shanhai_check.show import ColumnView, RowView, Status, TableView

# Excel refuses these in sheet names and allows 31 characters at most.
SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
SHEET_LENGTH = 31
# Characters no file name should carry on any system (and whitespace, for shells); a run of
# them becomes one underscore.
FILE_FORBIDDEN = re.compile(r'[\\/:*?"<>|\s\x00-\x1f]+')


class OutputError(Exception):
    """A file that was not written: one line, in Chinese or English."""

    def __init__(self, zh: str, en: str):
        super().__init__(zh)
        self.zh, self.en = zh, en

    def render(self, lang: str) -> str:
        return self.en if lang == "en" else self.zh


def records(table: TableView, lang: str) -> tuple[list[str], list[list]]:
    """Header and rows of one table; figures as exact Decimals, other figures (13以上) as
    text, blanks as None."""
    words = WORDS[lang]
    row_checks = has_row_checks(table)  # a last column for sum_of cells checked row by row
    header = [row_header(table, lang), *(c.label for c in table.columns)] + ([words["row_check"]] if row_checks else [])
    rows = []
    for label, row in shown_rows(table, lang):
        values = [None if c is None or c.value is None else _exact(c.value, col) for c, col in zip(row.cells, table.columns)]
        rows.append([label, *values] + ([_row_check(row, table, lang)] if row_checks else []))
    tail = [[words["computed"], *(c.total.computed for c in table.columns)]]
    if table.total is not None:
        tail.append([words["difference"], *(c.total.difference for c in table.columns)])
        tail.append([words["check"], *(with_codes(STATUS_WORDS[lang][c.total.status], c.total) for c in table.columns)])
    return header, rows + [t + ([None] if row_checks else []) for t in tail]


def _exact(value: Quantity, column: ColumnView) -> Decimal | str:
    """The exact number of a plain figure in its column's unit; the text of any other."""
    if value.comparator is Comparator.EQ and (column.unit or value.unit is None):
        return value.nominal
    return figure(value, column)


def _row_check(row: RowView, table: TableView, lang: str) -> str:
    """'资金 160 ✗ (各列之和 150, SH102)' for each sum_of cell that differs; '一致' when all agree."""
    checked = [(c, col) for c, col in zip(row.cells, table.columns) if c is not None and c.check is not None]
    off = [f"{col.header} {figure(c.value, col)}{row_mark(c.check, lang)}" for c, col in checked if c.check.status is not Status.EQUAL]
    return "; ".join(off) or (STATUS_WORDS[lang][Status.EQUAL] if checked else "")


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


def sheet_names(tables: list[TableView]) -> list[str]:
    """Valid, distinct Excel sheet names from the table ids."""
    return unique([SHEET_FORBIDDEN.sub("_", t.id).strip("'") or "table" for t in tables], SHEET_LENGTH)


def csv_paths(plan: str, output: str | None, tables: list[TableView]) -> list[str]:
    """Where each table's CSV goes: *output* itself for a single table; otherwise
    ``<stem>-<table id>.csv`` next to *output*, or in the working directory named after the
    plan when there is no *output*."""
    if output and len(tables) == 1:
        return [output]
    folder, stem = (os.path.dirname(output), Path(output).stem) if output else ("", Path(plan).stem)
    names = unique([f"{stem}-{FILE_FORBIDDEN.sub('_', t.id)}" for t in tables])
    return [os.path.join(folder, f"{name}.csv") for name in names]


def export(tables: list[TableView], fmt: str, plan: str, output: str | None, force: bool, lang: str) -> list[str]:
    """Write *tables* as CSV files or one xlsx workbook; returns the paths written."""
    try:
        import pandas as pd
    except ImportError as exc:
        raise OutputError(f"导出需要 pandas ({exc})", f"exporting needs pandas ({exc})") from None
    if fmt == "csv":
        paths = csv_paths(plan, output, tables)
        writers = [(p, _csv_writer(_frame(pd, t, lang, plain))) for p, t in zip(paths, tables)]
    else:
        paths = [output or f"{Path(plan).stem}.xlsx"]
        sheets = {name: _frame(pd, t, lang, spreadsheet_number) for name, t in zip(sheet_names(tables), tables)}
        writers = [(paths[0], xlsx_writer(pd, sheets))]
    for path in (p for p in paths if not force and os.path.lexists(p)):
        raise OutputExists(path)  # every file is checked first: refuse before writing any
    write_all_atomic(writers, force)
    return paths


def _frame(pd, table: TableView, lang: str, exact: Callable[[Decimal], object]):
    """One table as a DataFrame of Python objects (no float conversion by pandas)."""
    header, rows = records(table, lang)
    values = [[exact(v) if isinstance(v, Decimal) else spreadsheet_text(v) for v in row] for row in rows]
    return pd.DataFrame(values, columns=[spreadsheet_text(h) for h in header], dtype=object)


def _csv_writer(frame) -> Callable[[str], None]:
    """UTF-8 with a BOM, so spreadsheet programs read the Chinese."""
    return lambda path: frame.to_csv(path, index=False, encoding="utf-8-sig")


def xlsx_writer(pd, sheets: dict) -> Callable[[str], None]:
    def write(path: str) -> None:
        try:
            import openpyxl  # noqa: F401 - the engine pandas writes with; say so if it is missing
        except ImportError as exc:
            raise OutputError(f"导出 xlsx 需要 openpyxl ({exc})", f"xlsx export needs openpyxl ({exc})") from None
        with open(path, "wb") as handle, pd.ExcelWriter(handle, engine="openpyxl") as writer:  # a handle: no extension check
            for name, frame in sheets.items():
                frame.to_excel(writer, sheet_name=name, index=False)

    return write


class OutputExists(OutputError):
    def __init__(self, path: str):
        super().__init__(f"{path} 已存在,未写入任何文件; 加 --force 覆盖", f"{path} already exists; nothing written (use --force to overwrite)")


def write_atomic(path: str, write: Callable[[str], None], force: bool) -> None:
    """Let *write* fill a temporary file beside *path*, then move it into place in one step:
    a reader never sees half a file. Without *force* an existing *path* is never replaced."""
    write_all_atomic([(path, write)], force)


def write_all_atomic(writers: list[tuple[str, Callable[[str], None]]], force: bool) -> None:
    """Every file of *writers* or none: each is written to a temporary file first, and only
    when all are written are they moved into place (a full disk fails while writing, before
    any is moved). Temporary files are removed whatever happens, Ctrl-C and SIGTERM included
    (they raise, see interrupt.py). A target that is a device or a FIFO (-o /dev/null) is
    written through, never renamed over; a socket or a folder is refused. A failure is an
    OutputError: one line, exit status 2."""
    temps: list[str] = []
    moved: list[str] = []
    try:
        for path, write in writers:
            temps.append(_temporary(path))
            _written(path, lambda: write(temps[-1]))
        for (path, _), temp in zip(writers, temps):
            _written(path, lambda: _put(temp, path, force, moved))
    except OutputError:
        for path in moved:  # all or nothing: undo the files this call made
            with contextlib.suppress(OSError):
                os.unlink(path)
        raise
    finally:
        for temp in temps:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temp)


def write_text_atomic(path: str, text: str, force: bool) -> None:
    """UTF-8 text written as :func:`write_atomic` writes (reports, plan YAML, proposals)."""
    write_atomic(path, lambda temp: Path(temp).write_text(text, encoding="utf-8"), force)


def _temporary(path: str) -> str:
    folder = os.path.dirname(os.path.abspath(path))
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{os.path.basename(path)}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise _cannot(path, exc) from None
    os.close(handle)
    return temp


def _written(path: str, action: Callable[[], None]) -> None:
    """Run *action*; an OSError anywhere in what it raises (a full disk inside zipfile or
    pandas, which may wrap it) becomes one OutputError line."""
    try:
        action()
    except OutputError:
        raise
    except Exception as exc:  # noqa: BLE001 - only to find the OSError a library wrapped
        cause = _os_error(exc)
        if cause is None:
            raise
        raise _cannot(path, cause) from None


def _os_error(exc: BaseException | None) -> OSError | None:
    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, OSError):
            return exc
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return None


def _cannot(path: str, exc: OSError) -> OutputError:
    reason = exc.strerror or str(exc)
    return OutputError(f"无法写入 {path}: {reason}", f"cannot write {path}: {reason}")


def _put(temp: str, path: str, force: bool, moved: list[str]) -> None:
    """Move *temp* to *path*; copy it into a device or FIFO; refuse anything else."""
    try:
        kind = os.stat(path).st_mode
    except FileNotFoundError:
        kind = None
    except OSError as exc:
        raise _cannot(path, exc) from None
    if kind is not None and (stat.S_ISCHR(kind) or stat.S_ISFIFO(kind)):
        _through(temp, path)
        return
    if kind is not None and not stat.S_ISREG(kind):
        raise OutputError(f"{path} 不是普通文件,未写入", f"{path} is not a regular file; nothing written")
    os.chmod(temp, 0o666 & ~_umask())  # mkstemp makes it private; an export is an ordinary file
    _move(temp, path, force)
    if kind is None:
        moved.append(path)


def _through(temp: str, path: str) -> None:
    """Copy into a device or FIFO without replacing it; a FIFO nobody reads is an error, not
    a wait for ever."""
    target = os.open(path, os.O_WRONLY | os.O_NONBLOCK)  # ENXIO at once for a FIFO without a reader
    try:
        os.set_blocking(target, True)
        with open(temp, "rb") as source, os.fdopen(target, "wb", closefd=False) as out:
            shutil.copyfileobj(source, out)
    finally:
        os.close(target)


def _move(temp: str, path: str, force: bool) -> None:
    if force:
        os.replace(temp, path)
        return
    try:
        os.link(temp, path)  # fails if path exists, even if it appeared a moment ago
    except FileExistsError:
        raise OutputExists(path) from None
    except OSError:  # a file system without hard links: check, then rename
        if os.path.lexists(path):
            raise OutputExists(path) from None
        os.replace(temp, path)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
