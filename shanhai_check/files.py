"""Files in and out: decoding a file's bytes as text, standard input under a file name, and
writing any file atomically.

Every reader (plans, rosters, drafts, spreadsheets) and every writer (reports, exports,
proposals, templates) comes here, so a file is read and written the same way everywhere:
bounded in size, decoded in one order (UTF-16 with its BOM, UTF-8, GB18030), never half
written, and never replaced without being asked.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
from pathlib import Path
from typing import Callable

from shanhai_check.messages import Message, output
from shanhai_check.messages import inputs as say
from shanhai_check.findings import InputError

MAX_BYTES = 10_000_000  # 200 times the largest published plan; a bigger file is refused unread


# Files whose content came from elsewhere than the disk: ``check -`` reads one from standard
# input and names it with --stdin-filename. Keyed by absolute path; consulted before the disk.
_SUPPLIED: dict[str, bytes] = {}


def supply(path: str, data: bytes) -> None:
    """Make *data* the content of *path* for this run (standard input under a file name)."""
    _SUPPLIED[os.path.abspath(path)] = data


def forget_supplied() -> None:
    """Read every file from the disk again (the end of a run that read standard input)."""
    _SUPPLIED.clear()


def supplied(path: str) -> bytes | None:
    """The content given for *path* with :func:`supply`, or None: read it from the disk."""
    return _SUPPLIED.get(os.path.abspath(path)) if _SUPPLIED else None


def read_text(path: str) -> tuple[str, str]:
    """The file's text and its encoding: UTF-8 (a BOM is allowed), else GB18030 when it
    decodes cleanly."""
    data = supplied(path)
    if data is None:
        data = _read_bytes(path)
    return decode(path, data)


def regular_file(path: str) -> os.stat_result:
    """The status of *path* if it is a regular file; InputError (SH006) otherwise. Every input
    (plan, draft, Word, Excel, CSV) passes here before it is opened: opening a FIFO would wait
    for a writer, and a device (/dev/zero) never ends."""
    try:
        status = os.stat(path)
    except FileNotFoundError:
        raise InputError(path, 1, say.FileMissing(), code="SH006") from None
    except OSError as exc:
        raise InputError(path, 1, say.CannotRead(reason=exc.strerror), code="SH006") from None
    if stat.S_ISDIR(status.st_mode):
        raise InputError(path, 1, say.IsAFolder(), code="SH006")
    if not stat.S_ISREG(status.st_mode):  # a FIFO, a device, a socket
        raise InputError(path, 1, say.NotAFile(), code="SH006")
    return status


def _read_bytes(path: str) -> bytes:
    """A regular file's bytes, at most MAX_BYTES + 1 of them; InputError (SH006) otherwise."""
    regular_file(path)
    try:
        with open(path, "rb") as handle:
            return handle.read(MAX_BYTES + 1)  # bounded even if the file grows while we read
    except IsADirectoryError:
        raise InputError(path, 1, say.IsAFolder(), code="SH006") from None
    except OSError as exc:
        raise InputError(path, 1, say.CannotRead(reason=exc.strerror), code="SH006") from None


def decode(path: str, data: bytes) -> tuple[str, str]:
    """Bytes as text: UTF-16 with its BOM, UTF-8 (a BOM is allowed), else GB18030; SH006 when
    too large or neither.

    A file whose non-ASCII characters are mostly good UTF-8 is UTF-8 with a stray byte (a
    comment pasted from a GBK editor): that byte is reported at its own line, instead of the
    whole file being read as GB18030 and mangled into an error somewhere else. GB18030 is
    chosen only when UTF-8 fails more often than it succeeds, and not when the text then looks
    like Big5 read wrongly (characters outside GB2312 and the private use area, where Big5
    bytes land)."""
    if len(data) > MAX_BYTES:
        raise InputError(path, 1, say.TooLarge(limit=MAX_BYTES // 1_000_000), code="SH006")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16, as Excel and Notepad write "Unicode" text
        try:
            data = data.decode("utf-16").encode("utf-8")  # then read as any UTF-8 file: NUL refused
        except UnicodeDecodeError:
            raise InputError(path, 1, say.NotText(), code="SH006") from None
    if b"\0" in data:
        line = data[: data.index(b"\0")].count(b"\n") + 1
        raise InputError(path, line, say.NulBytes(), code="SH006")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    line = data[: utf8_error.start].count(b"\n") + 1
    if _mostly_utf8(data):
        column = len(data[data.rfind(b"\n", 0, utf8_error.start) + 1 : utf8_error.start].decode("utf-8", "replace")) + 1
        raise InputError(path, line, say.StrayByte(byte=f"0x{data[utf8_error.start]:02X}"), column, code="SH006")
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        raise InputError(path, line, say.NotText(), code="SH006") from None
    if _looks_like_big5(data, text):
        raise InputError(path, 1, say.LooksLikeBig5(), code="SH006")
    return text, "gb18030"


def _mostly_utf8(data: bytes) -> bool:
    """More of the non-ASCII characters decode as UTF-8 than fail to."""
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    return len(text) - len(text.encode("ascii", "ignore")) - bad > bad


def _looks_like_big5(data: bytes, text: str) -> bool:
    wide = len(text) - len(text.encode("ascii", "ignore"))
    common = len(text.encode("gb2312", "ignore").decode("gb2312")) - (len(text) - wide)
    private = sum(1 for c in text if "\ue000" <= c <= "\uf8ff")
    if common * 2 > wide and not private:
        return False
    try:
        data.decode("big5")
    except UnicodeDecodeError:
        return False
    return True


class OutputError(Exception):
    """A file that was not written: one line, its :class:`Message` said in either language
    (``str`` is the Chinese)."""

    def __init__(self, message: Message):
        super().__init__(message.render("zh"))
        self.message = message

    def render(self, lang: str = "zh") -> str:
        return self.message.render(lang)

    def say_in(self, lang: str = "zh") -> str:
        return self.render(lang)


class OutputExists(OutputError):
    def __init__(self, path: str):
        super().__init__(output.AlreadyExists(path=path))


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
    return OutputError(output.CannotWrite(path=path, reason=exc.strerror or str(exc)))


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
        raise OutputError(output.NotARegularFile(path=path))
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
