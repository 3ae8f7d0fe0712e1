"""What checks produce: findings (something is wrong) and verifications (something adds up).

Rules return these; formatters turn them into text, JSON and so on. Neither side prints or
computes for the other.
"""

from __future__ import annotations

import bisect
import enum
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from shanhai_check.messages.report import SEVERITIES
from shanhai_check.messages.tables import WordCell, WordParagraph

if TYPE_CHECKING:
    from shanhai_check.messages import Message


# What str.splitlines() breaks a line at, every other control character but the tab (ESC
# starts the sequences a terminal obeys), and lone surrogates: the bytes of a file name that
# are not UTF-8, as Python hands them over (os.fsdecode), which no UTF-8 output can hold.
_UNPRINTABLE = re.compile("\r\n|[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def _escaped(char: str) -> str:
    """'\\n', '\\x1b', '\\u2028'; a file name's undecodable byte as the byte: '\\xff'."""
    if "\udc80" <= char <= "\udcff":
        return f"\\x{ord(char) - 0xDC00:02x}"
    return char.encode("unicode_escape", "backslashreplace").decode("ascii")


def one_line(text: str) -> str:
    """*text* on one line and safe to print: line breaks and other control characters escaped
    (\\n, \\x1b), and a file name's bytes that are not UTF-8 shown as \\xNN. A name, a key,
    a draft's sentence or a file's name may hold any of them; every finding, input error and
    path a report prints goes through here, so a report stays one line per finding (grep, CI
    annotations), cannot forge a line of its own, send a terminal escape sequences, make XML
    invalid or fail to encode as UTF-8."""
    return _UNPRINTABLE.sub(lambda m: "".join(map(_escaped, m[0])), text)


class Severity(enum.Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 0, "warning": 1, "info": 2}[self.value]

    def word(self, lang: str = "zh") -> str:
        """错误 / error, 警告 / warning, 提示 / info: how reports name the level."""
        return SEVERITIES[self.value]().render(lang)


class Location(NamedTuple):
    """A place in a file: 1-based line and column, and what stands there (附件1 合计).

    A named tuple, not a frozen dataclass: the reader makes one for every key and value of
    every file, and a tuple is made several times faster (and still compares, orders, hashes
    and pickles by its fields).
    """

    path: str
    line: int
    column: int = 1
    label: str = ""

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


class WordPlace(NamedTuple):
    """Where a line of a Word draft stands as a planner finds it in Word: a paragraph by its
    number among the paragraphs with text (*table* 0), or a table's row, with the column at
    which each of the row's cells begins in the line (its cells joined by tabs)."""

    table: int
    number: int
    cells: tuple[int, ...] = ()

    def at(self, column: int) -> "Message":
        if not self.table:
            return WordParagraph(number=self.number)
        cell = bisect.bisect_right(self.cells, column) or 1
        return WordCell(table=self.table, row=self.number, column=cell)


class Figure(NamedTuple):
    """A figure a finding is about, for machine reports: its exact value as written, its unit
    ('' for a count or a plain number) and, in a list of parts, what it belongs to."""

    value: object  # Decimal, int or the figure's own text
    unit: str = ""
    label: str = ""


@dataclass(frozen=True)
class Finding:
    """One inconsistency: a rule code, a severity, a message and the places on each side."""

    code: str
    name: str
    severity: Severity
    message: "Message"
    location: Location
    related: tuple[Location, ...] = ()
    numbers: dict = field(
        default_factory=dict, compare=False, hash=False
    )  # name → Figure, list of Figures, or a bare number

    def text(self, lang: str = "zh") -> str:
        return one_line(self.message.render(lang))

    @property
    def sort_key(self) -> tuple:
        return (self.location.path, self.location.line, self.location.column, self.code)


@dataclass(frozen=True)
class Verified:
    """A check that passed, with its arithmetic, so a planner can see what was confirmed."""

    code: str
    message: "Message"
    location: Location
    related: tuple[Location, ...] = ()

    def text(self, lang: str = "zh") -> str:
        return one_line(self.message.render(lang))


class InputError(Exception):
    """A file that cannot be used as a plan: one line, with its place and an input code.

    Input codes (SH0xx) are listed in ``shanhai_check/input_codes.py``; the messages, in
    Chinese and English, in ``shanhai_check/messages/inputs.py``. ``message`` is the Chinese
    text (what ``str()`` shows); formatters call :meth:`render` with the report's language.
    """

    def __init__(self, path: str, line: int, message: "Message", column: int = 1, code: str = "SH002"):
        self.wording: "Message" = message
        self.location = Location(path, line, column)
        self.code = code
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.render("zh")

    def render(self, lang: str = "zh") -> str:
        """The message alone, in *lang*, on one line: a line break in a quoted key or name is
        shown escaped (\\n), so the error stays one line whatever the file holds."""
        return one_line(self.wording.render(lang))

    def located(self, lang: str = "zh") -> str:
        """The whole line in *lang*: ``path:line:column: code message``."""
        return f"{one_line(str(self.location))}: {self.code} {self.render(lang)}"

    def __str__(self) -> str:
        return self.located("zh")

    def say_in(self, lang: str = "zh") -> str:
        """As an argument of another message (the error that made a roster unusable): the whole line."""
        return self.located(lang)

    def __reduce__(self):
        """Pickled by its parts (``-j`` workers send input errors back to the parent)."""
        where = self.location
        return (InputError, (where.path, where.line, self.wording, where.column, self.code))


class InputErrors(Exception):
    """Every input error found in one file (a planner fixes them all in one pass)."""

    def __init__(self, errors: list[InputError]):
        super().__init__(f"{len(errors)} input errors")
        self.errors = errors
