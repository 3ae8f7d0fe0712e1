"""Exact quantities as Chinese plans write them.

A :class:`Quantity` is what a figure *says*: a comparator (等于 / 以上 / 以内 / 左右 / 区间),
one or two exact :class:`~decimal.Decimal` values, the unit it was written in, and its
precision. :meth:`Quantity.interval` turns that into the :class:`Interval` of values it allows,
which is what every check compares (see README, "How figures are compared").

A plan's figures are *set*, not measured: 1.3亿元 is exactly 1.3亿元, a point. Only a figure the
document itself declares rounded (``rounded: true`` on the document, a metric or a table; a
draft that says 四舍五入) stands for its rounding interval, and only while
:func:`exact_reading` is not in force: the engine checks such a plan once exactly and once
rounded, so that an agreement only the rounding explains is reported, never called 一致.
约/左右 widen a figure; 以上/以下 and the like are open bounds, never roundings.

No float is ever created: values are parsed from their text.
"""

from __future__ import annotations

import contextlib
import contextvars
import decimal
import enum
import functools
import dataclasses
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, localcontext

from shanhai_check.messages import MessageError
from shanhai_check.messages import figures, inputs as say

# Scale words that may stand before a unit of measurement (万元 = 万 × 元).
SCALES = {
    "千": Decimal(10) ** 3,
    "万": Decimal(10) ** 4,
    "十万": Decimal(10) ** 5,
    "百万": Decimal(10) ** 6,
    "千万": Decimal(10) ** 7,
    "亿": Decimal(10) ** 8,
    "十亿": Decimal(10) ** 9,
    "百亿": Decimal(10) ** 10,
    "千亿": Decimal(10) ** 11,
}
_SCALE_WORDS = sorted(SCALES, key=len, reverse=True)

# How much "about" (约 / 左右) widens a figure: 5 % either side, never less than its rounding.
ABOUT_TOLERANCE = Decimal("0.05")

# Plans never need more digits than this; it also bounds the work a hostile figure can cause.
MAX_DIGITS = 40
# One precision policy for all arithmetic: a figure has at most MAX_DIGITS significant digits,
# and a sum, difference or product of such figures (a 40-digit integer plus a 40-digit
# fraction, a per-unit amount times a count) needs at most a few times that. With this
# context no accepted figure, and no sum of them, is ever rounded (Python's default is 28
# digits, which silently rounded sums of 29-digit figures). Set for this thread and for every
# thread (and spawned worker) started after the module is imported.
PRECISION = 4 * MAX_DIGITS
decimal.DefaultContext.prec = PRECISION
decimal.getcontext().prec = PRECISION


class QuantityError(MessageError):
    """A figure that cannot be read: its :class:`~shanhai_check.messages.Message` says why, in
    either language; its own text (``str``) is the Chinese, for the planner."""

    text_lang = "zh"


@dataclass(frozen=True)
class Measure:
    """A unit of measurement: a base unit (元, 人次, 个) times an exact scale (万 = 10⁴)."""

    text: str
    base: str
    scale: Decimal

    @classmethod
    @functools.lru_cache(maxsize=1024)  # a plan names a few units many times; measures are immutable
    def parse(cls, text: str) -> "Measure":
        text = unicodedata.normalize("NFKC", text).strip()
        if not text:
            raise QuantityError(say.UnitEmpty())
        for word in _SCALE_WORDS:
            if text.startswith(word) and len(text) > len(word):
                return cls(text, text[len(word) :], SCALES[word])
        return cls(text, text, Decimal(1))

    def factor_to(self, other: "Measure") -> Decimal:
        """The exact factor that turns a value in this unit into one in *other*. A scale word
        alone (819万 in a 万元 column) is that scale of the other's base: 819万元."""
        if self.base in SCALES and self.scale == 1 and other.base not in SCALES:
            return Measure(self.text + other.base, other.base, SCALES[self.base]).factor_to(other)
        if self.base != other.base:
            raise QuantityError(say.UnitsNotConvertible(unit=abbreviate(self.text), other=abbreviate(other.text)))
        with localcontext() as ctx:
            ctx.prec = MAX_DIGITS * 2
            return self.scale / other.scale

    def __str__(self) -> str:
        return self.text


def same_base(a: Measure | None, b: Measure | None) -> bool:
    """Both units known and of one base (万元 and 亿元; not 元 and 人, nor a figure with no unit)."""
    return a is not None and b is not None and a.base == b.base


class Comparator(enum.Enum):
    """How a figure constrains the value it speaks of."""

    EQ = "eq"  # 2757万元
    GE = "ge"  # 不低于110万元, 13次以上
    LE = "le"  # 不超过5个, 5个以内
    ABOUT = "about"  # 100个左右, 约8.2%
    RANGE = "range"  # 1~2个


_PREFIXES = [
    ("不低于", Comparator.GE),
    ("不少于", Comparator.GE),
    ("不小于", Comparator.GE),
    ("至少", Comparator.GE),
    ("最少", Comparator.GE),
    ("不超过", Comparator.LE),
    ("不高于", Comparator.LE),
    ("不多于", Comparator.LE),
    ("不大于", Comparator.LE),
    ("最多", Comparator.LE),
    ("至多", Comparator.LE),
    ("大约", Comparator.ABOUT),
    ("约", Comparator.ABOUT),
]
_SUFFIXES = [
    ("以上", Comparator.GE),
    ("以下", Comparator.LE),
    ("以内", Comparator.LE),
    ("左右", Comparator.ABOUT),
]
# 100余个 / 100多个: more than the figure.
_MORE_THAN_MARKS = ("余", "多")

_CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
# 万 and 亿 split a numeral into sections (一千二百三十四万五千六百七十八); 亿 first.
_CN_SECTIONS = (("亿", 10**8), ("万", 10**4))
# Digits a numeral may be written with one by one, as a year is (二〇二〇): not 两.
_CN_DIGIT_BY_DIGIT = frozenset("零〇一二三四五六七八九")
# A Chinese numeral: a run of digits and 十百千, with 万 or 亿 inside it only where more
# follows (两万五千, 一亿二千万); a trailing 万 or 亿 is the scale of a unit (五千万元).
_CN_RUN = "[零〇一二两三四五六七八九十百千]+"
CN_NUMERAL = f"{_CN_RUN}(?:万{_CN_RUN}|亿(?:{_CN_RUN}万(?:{_CN_RUN})?|{_CN_RUN}))?"
_CN_NUMERAL = CN_NUMERAL
_ARABIC = r"[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?"
_NUMBER = f"(?:{_ARABIC}|{_CN_NUMERAL})"
_RANGE_SEP = "(?:~|-|—|–|至|到)"
_UNIT = r"[^0-9~\-—–至到以左余多\s]*"
_FIGURE = re.compile(
    rf"^(?P<a>{_NUMBER})(?P<more>[余多])?(?P<ua>{_UNIT})"
    rf"(?:{_RANGE_SEP}(?P<b>{_NUMBER})(?P<ub>{_UNIT}))?$"
)


# Whether figures declared rounded are read as their rounding intervals (see exact_reading).
_READ_ROUNDED = contextvars.ContextVar("read_rounded", default=True)


@contextlib.contextmanager
def exact_reading():
    """Within this block every figure is read as written, declared rounded or not."""
    token = _READ_ROUNDED.set(False)
    try:
        yield
    finally:
        _READ_ROUNDED.reset(token)


def cn_integer(text: str) -> int:
    """Read a Chinese numeral: 十四 → 14, 两 → 2, 一百零五 → 105, 两万五千 → 25000,
    一亿二千万 → 120000000, 一万零五百 → 10500; at its end, a digit after a unit counts in
    the next lower place (一百五 → 150, 一万五 → 15000); and digit by digit, as years are
    written: 二〇二〇 → 2020, 九九 → 99.

    Anything else raises QuantityError rather than being guessed at: a unit without its digit
    or out of order (十十, 百千, 千百), two digits in a row among units (九九十), a skipped place
    without 零 (一千五十) or 零 where no place is skipped (一百零五十), 两 read digit by digit."""
    if len(text) > 1 and set(text) <= _CN_DIGIT_BY_DIGIT:
        return int("".join(str(_CN_DIGITS[char]) for char in text))
    return _cn_sections(text, text, last=True)


def _cn_sections(text: str, whole: str, last: bool) -> int:
    """A numeral split at its 亿, then its 万: a nonzero high part, then a low part below the
    section's size that starts with 零 exactly when it skips a place (一万零五百)."""
    for mark, size in _CN_SECTIONS:
        high, found, low = text.partition(mark)
        if not found:
            continue
        value = _cn_sections(high, whole, last=False) if high else 0
        if value == 0:
            raise QuantityError(say.UnreadableNumber(text=whole))
        if last and len(low) == 1 and _CN_DIGITS.get(low) and low != "两":  # 一万五: 一万五千
            return value * size + _CN_DIGITS[low] * size // 10
        return value * size + (_cn_low(low, size, whole, last) if low else 0)
    return _cn_section(text, whole, last)


def _cn_low(low: str, size: int, whole: str, last: bool) -> int:
    zero = low[0] in "零〇"
    rest = _cn_sections(low[1:] if zero else low, whole, last)
    if rest >= size or zero == (rest >= size // 10) or rest == 0:
        raise QuantityError(say.UnreadableNumber(text=whole))
    return rest


def _cn_section(text: str, whole: str, last: bool) -> int:
    """A numeral below 万: each digit before a unit one place below the last (一千二百), or
    further below after 零 (一千零五十); 十 may stand alone at the start (十四)."""
    if text in ("零", "〇"):
        return 0
    value, digit, unit, gap = 0, None, 10**4, False
    for char in text:
        number = _CN_DIGITS.get(char)
        if number == 0 and not gap and digit is None and value:
            gap = True  # 零: a place skipped
        elif number and digit is None:
            digit = number
        elif char in _CN_UNITS and _cn_next_unit(_CN_UNITS[char], unit, value, digit, gap):
            value, unit, digit, gap = value + (digit or 1) * _CN_UNITS[char], _CN_UNITS[char], None, False
        else:
            raise QuantityError(say.UnreadableNumber(text=whole))
    if digit is None and not gap:
        return value
    if (
        digit is None
        or (gap and unit < 100)
        or (not gap and value and unit > 10 and not last)
        or (value and text[-1] == "两")
    ):
        raise QuantityError(say.UnreadableNumber(text=whole))
    return value + digit * (unit // 10 if value and not gap else 1)  # 一百五 → 150, 一百零五 → 105


def _cn_next_unit(size: int, unit: int, value: int, digit: int | None, gap: bool) -> bool:
    """Whether a unit of *size* may follow: a digit before it (or 十 at the start), and one
    place below the last unit, or further below after 零."""
    if digit is None and not (size == 10 and value == 0):
        return False
    if value == 0:
        return True
    return size < unit // 10 if gap else size == unit // 10


def parse_number(text: str) -> Decimal:
    """An exact Decimal from Arabic (1,985 / 18.3) or Chinese (十四, 二〇二〇) digits."""
    if re.fullmatch(_CN_NUMERAL, text):
        return Decimal(cn_integer(text))
    if "," in text and not re.fullmatch(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?", text):
        raise QuantityError(say.BadThousands(text=text))
    digits = text.replace(",", "")
    if not re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", digits):
        raise QuantityError(say.UnreadableNumber(text=text))
    if len(digits.lstrip("0").replace(".", "")) > MAX_DIGITS:
        raise QuantityError(say.TooManyDigitsIn(limit=MAX_DIGITS, text=text[:20]))
    return Decimal(digits)


def _precision(value: Decimal) -> Decimal | None:
    """The place value of the last written digit, or None for an exact integer."""
    exponent = value.as_tuple().exponent
    if not isinstance(exponent, int) or exponent >= 0:
        return None
    return Decimal(1).scaleb(exponent)


@dataclass(frozen=True)
class Interval:
    """The values a figure allows: [lo, hi], where None means unbounded on that side."""

    lo: Decimal | None
    hi: Decimal | None

    @classmethod
    def point(cls, value: Decimal) -> "Interval":
        return cls(value, value)

    def __add__(self, other: "Interval") -> "Interval":
        lo = None if self.lo is None or other.lo is None else self.lo + other.lo
        hi = None if self.hi is None or other.hi is None else self.hi + other.hi
        return Interval(lo, hi)

    def times(self, count: int) -> "Interval":
        """The interval of a sum of *count* values each in this interval."""
        lo = None if self.lo is None else self.lo * count
        hi = None if self.hi is None else self.hi * count
        return Interval(lo, hi)

    def meets(self, other: "Interval") -> bool:
        """True when some value lies in both intervals."""
        if self.lo is not None and other.hi is not None and self.lo > other.hi:
            return False
        if other.lo is not None and self.hi is not None and other.lo > self.hi:
            return False
        return True

    def within(self, other: "Interval") -> bool:
        """True when every value of this interval lies in *other*."""
        if other.lo is not None and (self.lo is None or self.lo < other.lo):
            return False
        if other.hi is not None and (self.hi is None or self.hi > other.hi):
            return False
        return True

    @property
    def is_point(self) -> bool:
        return self.lo is not None and self.lo == self.hi

    def __str__(self) -> str:
        if self.is_point:
            return plain(self.lo)
        if self.hi is None:
            return "≥" + plain(self.lo) if self.lo is not None else str(figures.AnyValue())
        if self.lo is None:
            return "≤" + plain(self.hi)
        return f"[{plain(self.lo)}, {plain(self.hi)}]"


ZERO = Interval.point(Decimal(0))
_BOUNDS = (Comparator.GE, Comparator.LE)


def plain(value: Decimal) -> str:
    """A Decimal as people write it: no exponent, no needless trailing zeros."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


@dataclass(frozen=True)
class Quantity:
    """A figure as written: comparator, exact value(s), unit and precision.

    ``unit`` is None for a plain number, which is in the unit of whatever it measures.
    ``precision`` is the place value of the last written digit (0.1 for 18.3), or None
    for an exact integer; it is carried through unit conversion. ``rounded``: the document
    declares the figure rounded at that digit, so it may stand for its rounding interval.
    """

    comparator: Comparator
    value: Decimal
    upper: Decimal | None = None
    unit: Measure | None = None
    precision: Decimal | None = None
    upper_precision: Decimal | None = None
    rounded: bool = False

    @classmethod
    def exact(cls, value: Decimal, unit: Measure | None = None) -> "Quantity":
        return cls(Comparator.EQ, value, unit=unit)

    def convert(self, target: Measure) -> "Quantity":
        """The same figure in another unit (18.3亿元 → 183000万元, precision 1000万元)."""
        if self.unit is None:  # the constructor, not dataclasses.replace: this runs for every cell
            return Quantity(
                self.comparator, self.value, self.upper, target, self.precision, self.upper_precision, self.rounded
            )
        k = self.unit.factor_to(target)

        def scaled(x: Decimal | None) -> Decimal | None:
            return None if x is None else x * k

        return Quantity(
            self.comparator,
            scaled(self.value),
            scaled(self.upper),
            target,
            scaled(self.precision),
            scaled(self.upper_precision),
            self.rounded,
        )

    def interval(self) -> Interval:
        """The values this figure allows: the figure itself, an open bound, a range, or (约)
        a widened one; its rounding interval only when declared rounded (module docstring)."""
        rounding = self.rounded and _READ_ROUNDED.get()
        lo, hi = _rounding(self.value, self.precision if rounding else None)
        if self.comparator is Comparator.GE:
            return Interval(lo, None)
        if self.comparator is Comparator.LE:
            return Interval(None, hi)
        if self.comparator is Comparator.RANGE:
            return Interval(lo, _rounding(self.upper, self.upper_precision if rounding else None)[1])
        if self.comparator is Comparator.ABOUT:  # approximate by its own words: never narrower than its last digit
            spread = max(abs(self.value) * ABOUT_TOLERANCE, (self.precision or 0) / 2)
            return Interval(self.value - spread, self.value + spread)
        return Interval(lo, hi)

    def times(self, count: int) -> "Quantity":
        """*count* units of this figure as one figure ("2×100万元" as 200万元): its value, bounds
        and rounding all *count* times, so its interval is *count* times this one's."""
        scaled = lambda x: None if x is None else x * count  # noqa: E731 - four fields, one rule
        return dataclasses.replace(
            self,
            value=self.value * count,
            upper=scaled(self.upper),
            precision=scaled(self.precision),
            upper_precision=scaled(self.upper_precision),
        )

    @property
    def nominal(self) -> Decimal:
        """The figure as written (the lower end of a range)."""
        return self.value

    def __str__(self) -> str:
        return format_quantity(self)


def _rounding(value: Decimal, precision: Decimal | None) -> tuple[Decimal, Decimal]:
    if precision is None:
        return value, value
    half = precision / 2
    return value - half, value + half


def abbreviate(text: str, limit: int = 60) -> str:
    """*text* cut to *limit* characters for a message: a 5000-character figure is quoted by its start."""
    return text if len(text) <= limit else text[:limit] + "…"


def _normalise(text: str) -> str:
    """NFKC (full-width digits become ASCII) without the spaces; digits that NFKC would make
    out of something else (10², ①, ⑴) and digits apart ('1 2') are refused, not joined."""
    odd = None if _NO_ODD_DIGIT.fullmatch(text) else next((c for c in text if c.isnumeric() and _odd_digit(c)), None)
    if odd is not None:
        raise QuantityError(say.UnsupportedDigit(text=odd))
    text = unicodedata.normalize("NFKC", text)
    if _SPACED_DIGITS.search(text):
        raise QuantityError(say.SpaceBetweenDigits(text=abbreviate(text)))
    return re.sub(r"\s+", "", text)


def _odd_digit(char: str) -> bool:
    """A superscript, circled, parenthesised or fraction digit: NFKC reads ² as 2 and ① as 1."""
    decomposition = unicodedata.decomposition(char)
    return bool(decomposition) and not decomposition.startswith("<wide>")


_SPACED_DIGITS = re.compile(r"[0-9]\s+[0-9]")
# Text of ASCII, CJK punctuation, ideographs and full-width forms has no odd digit: the scan
# for one (a Python loop over every character) is skipped for nearly every figure.
_NO_ODD_DIGIT = re.compile("[\x00-\x7f\u3000-\u303f\u4e00-\u9fff\uff01-\uff5e]*")


def parse_quantity(raw: "str | int | Decimal") -> Quantity:
    """Read a figure: a plain number, or a Chinese string with unit and comparator.

    Raises :class:`QuantityError` (with a Chinese message) for anything else.
    """
    if isinstance(raw, (int, Decimal)):
        value = Decimal(raw)
        return Quantity(Comparator.EQ, value, precision=_precision(value))
    text, shown = _normalise(raw), abbreviate(raw)
    if text[:1] in ("-", "\u2212"):  # a negative figure loads, so the checker can report it (SH104)
        if text[1:2] in ("-", "\u2212"):  # checked here, not by recursing: '-' × 5000 must not overflow the stack
            raise QuantityError(say.UnreadableFigure(text=shown))
        quantity = parse_quantity(text[1:])
        if quantity.comparator is not Comparator.EQ or quantity.value < 0:
            raise QuantityError(say.NegativeWithComparator(text=shown))
        return dataclasses.replace(quantity, value=-quantity.value)
    if not text:
        raise QuantityError(say.FigureEmpty())
    comparator = Comparator.EQ
    for word, comp in _PREFIXES:
        if text.startswith(word):
            comparator, text = comp, text[len(word) :]
            break
    for word, comp in _SUFFIXES:
        if text.endswith(word):
            if comparator is not Comparator.EQ:
                raise QuantityError(say.ComparatorTwice(text=shown))
            comparator, text = comp, text[: -len(word)]
            break
    match = _FIGURE.match(_mixed_scales(text, shown))
    if not match:
        raise QuantityError(say.UnreadableFigure(text=shown))
    return _from_match(match, comparator, shown)


_MIXED = re.compile(r"(?P<high>[0-9]+)(?P<big>[亿万])(?P<low>[0-9]+(?:\.[0-9]+)?)(?P<small>万)?(?P<rest>[^0-9].*)?")


def _mixed_scales(text: str, shown: str) -> str:
    """'1亿2000万元' as '12000万元', '3万5000元' as '35000元': two scale words in one figure,
    written as one exact figure in the smaller scale; the part after the larger scale must be
    below it (1亿12000万元 is refused)."""
    match = _MIXED.fullmatch(text)
    if match is None or (match["big"] == match["small"]):
        return text
    ratio = SCALES[match["big"]] / (SCALES[match["small"]] if match["small"] else 1)
    low = Decimal(match["low"])
    if low >= ratio:
        raise QuantityError(say.UnreadableFigure(text=shown))
    return plain(Decimal(match["high"]) * ratio + low) + (match["small"] or "") + (match["rest"] or "")


def _from_match(match: re.Match, comparator: Comparator, raw: str) -> Quantity:
    value = parse_number(match["a"])
    unit_text = match["ua"]
    upper = upper_precision = None
    if match["more"]:
        if comparator is not Comparator.EQ:
            raise QuantityError(say.ComparatorTwice(text=raw))
        comparator = Comparator.GE
    if match["b"] is not None:
        if comparator is not Comparator.EQ:
            raise QuantityError(say.RangeWithComparator(text=raw))
        comparator = Comparator.RANGE
        upper = parse_number(match["b"])
        upper_precision = _precision(upper)
        unit_text = _range_unit(match["ua"], match["ub"], raw)
        if upper < value:
            raise QuantityError(say.RangeUpsideDown(text=raw))
    unit = Measure.parse(unit_text) if unit_text else None
    return Quantity(comparator, value, upper, unit, _precision(value), upper_precision)


def _range_unit(first: str, second: str, raw: str) -> str:
    """1~2个, 1个~2个: the unit may be written after either end, or both."""
    if first and second and first != second:
        raise QuantityError(say.RangeUnitsDiffer(text=raw))
    return second or first


def written(q: Quantity) -> "str | figures.Message":
    """A figure as a message says it: the Chinese as :func:`format_quantity` spells it, the
    English with its comparator as a sign (≥13次 for 13次以上); a plain figure or a range is
    the same text in both."""
    if q.comparator not in _WORDED:
        return format_quantity(q)
    figure = format(q.value, "f") + (q.unit.text if q.unit else "")
    return _WORDED[q.comparator](figure=figure)


def format_quantity(q: Quantity) -> str:
    """The canonical Chinese spelling of a figure; parse_quantity reads it back."""
    unit = q.unit.text if q.unit else ""
    number = format(q.value, "f")
    if q.comparator is Comparator.RANGE:
        return f"{number}~{format(q.upper, 'f')}{unit}"
    if q.comparator is Comparator.GE:
        return f"{number}{unit}以上"
    if q.comparator is Comparator.LE:
        return f"不超过{number}{unit}"
    if q.comparator is Comparator.ABOUT:
        return f"{number}{unit}左右"
    return f"{number}{unit}"


_WORDED = {Comparator.GE: figures.AtLeast, Comparator.LE: figures.AtMost, Comparator.ABOUT: figures.About}
