"""Results and plan summaries as plain data (lists, strings, numbers), and back: what the
cache (``cache.py``) writes to disk as JSON.

Nothing here is unpickled: a cached file is only data, and decoding builds only the
project's own result and model types, named in the data and looked up in modules already
imported (never imported on the data's say), each checked to be one of the kinds this module
knows how to build (a dataclass, a named tuple, an enumeration, a message or an input error).
Anything else in the data, or data of the wrong shape, is a :class:`CodecError`: the cache
entry is ignored and the file checked again.

Two encodings:

- :func:`encode` / :func:`decode`, general: every value a file's result holds (findings with
  their messages and figures, checks that agree, input errors, a draft's statements);
- :func:`encode_summary` / :func:`decode_summary`, written out field by field for the plan
  summary (``Plan.summary()``): a warm run decodes one for every plan of the repository, and
  the general decoder would spend most of such a run building them. A test compares the
  model's fields with the ones written here, so a field added to the model cannot be
  silently dropped from the cache.
"""

from __future__ import annotations

import dataclasses
import enum
import sys
from datetime import date
from decimal import Decimal

from shanhai_check import model as m
from shanhai_check.findings import InputError, Location
from shanhai_check.messages import Message, MessageError, Plain
from shanhai_check.quantity import Comparator, Measure, Quantity
from shanhai_check.results import FileResult

# Tags of the general encoding: every list in the data starts with one.
_LIST, _TUPLE, _DICT, _DECIMAL, _DATE = 0, 1, 2, 3, 4
_FIRST_TYPE = 8  # tags from here name the entries of the type table
MAX_DEPTH = 200  # results are shallow; deeper data is not ours
MAX_EXPONENT = 200  # a plan's figures have at most 40 digits (yamltree); sums and scales add a few


class CodecError(ValueError):
    """Data that this module cannot encode, or did not write."""


# -- the general encoding -------------------------------------------------------------------------
def _fields(cls) -> tuple[str, ...]:
    found = _FIELDS.get(cls)
    if found is None:
        found = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return found


_FIELDS: dict[type, tuple[str, ...]] = {}


class Encoder:
    """Encodes values into plain data; the classes met are listed in :attr:`types`, which is
    written beside the data (``type table``) and given back to :class:`Decoder`."""

    def __init__(self) -> None:
        self.types: list[str] = []
        self._tags: dict[type, int] = {}

    def _tag(self, cls: type) -> int:
        tag = self._tags.get(cls)
        if tag is None:
            if not cls.__module__.startswith("shanhai_check.") or _kind(cls) is None:
                raise CodecError(f"not encodable: {cls.__module__}.{cls.__qualname__}")
            tag = self._tags[cls] = len(self.types) + _FIRST_TYPE
            self.types.append(f"{cls.__module__}:{cls.__qualname__}")
        return tag

    def encode(self, value, depth: int = 0):
        if isinstance(value, MessageError):  # an error a message quotes (a figure that cannot be read): its message
            value = value.message
        elif isinstance(value, Exception) and not isinstance(value, InputError):  # a library's error: its own words
            value = Plain(str(value))
        kind = type(value)
        if kind is str or kind is int or kind is bool or value is None:
            return value
        if depth > MAX_DEPTH:
            raise CodecError("nested too deep")
        depth += 1
        if kind is list:
            return [_LIST, *(self.encode(v, depth) for v in value)]
        if kind is tuple:
            return [_TUPLE, *(self.encode(v, depth) for v in value)]
        if kind is dict:
            out = [_DICT]
            for key, item in value.items():
                out.append(self.encode(key, depth))
                out.append(self.encode(item, depth))
            return out
        if kind is Decimal:
            return [_DECIMAL, str(value)]
        if kind is date:
            return [_DATE, value.isoformat()]
        if kind is float:
            if value != value or value in (float("inf"), float("-inf")):
                raise CodecError("not a finite number")
            return value
        tag = self._tag(kind)
        how = _kind(kind)
        if how == "enum":
            return [tag, self.encode(value.value, depth)]
        if how == "message":
            if set(vars(value)) != {"args"}:
                raise CodecError(f"a message with more than its arguments: {kind.__qualname__}")
            return [tag, self.encode(value.args, depth)]
        if how == "input-error":
            where = value.location
            return [tag, where.path, where.line, self.encode(value.wording, depth), where.column, value.code]
        if how == "tuple":
            return [tag, *(self.encode(v, depth) for v in value)]
        return [tag, *(self.encode(getattr(value, name), depth) for name in _fields(kind))]


def _kind(cls: type) -> str | None:
    """How a class of the project is encoded, or None when it is not one this module builds."""
    if not isinstance(cls, type):
        return None
    if issubclass(cls, enum.Enum):
        return "enum"
    if issubclass(cls, Message):
        return "message"
    if cls is InputError:
        return "input-error"
    if issubclass(cls, tuple) and hasattr(cls, "_fields"):
        return "tuple"
    if dataclasses.is_dataclass(cls) and not getattr(cls, "__slots__", None):
        return "dataclass"
    return None


class Decoder:
    """Decodes what :class:`Encoder` wrote, given its type table."""

    def __init__(self, types) -> None:
        if type(types) is not list:
            raise CodecError("no type table")
        self._build = [_builder(name) for name in types]
        self._texts: dict[str, str] = {}

    def decode(self, data, depth: int = 0):
        if type(data) is not list:
            if type(data) is str:  # one copy of each text (a file's path is in every place)
                return self._texts.setdefault(data, data)
            if type(data) is dict:
                raise CodecError("unexpected mapping")
            return data
        if not data or depth > MAX_DEPTH:
            raise CodecError("malformed")
        tag, depth = data[0], depth + 1
        if tag == _LIST:
            return [self.decode(v, depth) for v in data[1:]]
        if tag == _TUPLE:
            return tuple([self.decode(v, depth) for v in data[1:]])
        if tag == _DICT:
            if len(data) % 2 == 0:
                raise CodecError("malformed mapping")
            items = [self.decode(v, depth) for v in data[1:]]
            return dict(zip(items[::2], items[1::2]))
        if tag == _DECIMAL:
            return _decimal(data)
        if tag == _DATE:
            if len(data) != 2 or type(data[1]) is not str:
                raise CodecError("malformed date")
            return date.fromisoformat(data[1])
        if type(tag) is not int or not _FIRST_TYPE <= tag < _FIRST_TYPE + len(self._build):
            raise CodecError("unknown tag")
        return self._build[tag - _FIRST_TYPE](self, data, depth)


def _decimal(data) -> Decimal:
    if len(data) != 2 or type(data[1]) is not str or len(data[1]) > 100:
        raise CodecError("malformed number")
    try:
        number = Decimal(data[1])
    except ArithmeticError:
        raise CodecError("malformed number") from None
    if not number.is_finite() or abs(number.adjusted()) > MAX_EXPONENT:
        raise CodecError("not a figure a plan can hold")
    return number


def _builder(name):
    """The function that builds one class of the type table from its data."""
    if type(name) is not str or name.count(":") != 1:
        raise CodecError("malformed type name")
    module_name, qualname = name.split(":")
    module = sys.modules.get(module_name) if module_name.startswith("shanhai_check.") else None
    cls = module
    for part in qualname.split(".") if module is not None else ():
        cls = getattr(cls, part, None)
    how = _kind(cls) if module is not None else None
    if how is None or getattr(cls, "__module__", None) != module_name:
        raise CodecError(f"not a class this cache writes: {name}")
    if how == "enum":

        def build(decoder, data, depth):
            try:
                return cls(decoder.decode(data[1], depth))
            except (ValueError, IndexError):
                raise CodecError("malformed enumeration") from None
    elif how == "message":

        def build(decoder, data, depth):
            args = decoder.decode(data[1], depth) if len(data) == 2 else None
            if type(args) is not dict or not all(type(k) is str for k in args):
                raise CodecError("malformed message")
            message = cls.__new__(cls)
            message.args = args
            return message
    elif how == "input-error":

        def build(decoder, data, depth):
            if len(data) != 6:
                raise CodecError("malformed input error")
            _, path, line, wording, column, code = data
            wording = decoder.decode(wording, depth)
            if not (
                type(path) is str
                and type(line) is int
                and type(column) is int
                and type(code) is str
                and isinstance(wording, Message)
            ):
                raise CodecError("malformed input error")
            return InputError(path, line, wording, column, code)
    elif how == "tuple":
        size = len(cls._fields)

        def build(decoder, data, depth):
            if len(data) != size + 1:
                raise CodecError("malformed record")
            return tuple.__new__(cls, [decoder.decode(v, depth) for v in data[1:]])
    else:
        names, setattr_ = _fields(cls), object.__setattr__

        def build(decoder, data, depth):
            if len(data) != len(names) + 1:
                raise CodecError("malformed record")
            made = object.__new__(cls)
            for name, value in zip(names, [decoder.decode(v, depth) for v in data[1:]]):
                setattr_(made, name, value)  # field by field, as the constructor does: compact objects
            return made

    return build


def encode(value) -> tuple[list[str], object]:
    """*value* as plain data, with its type table."""
    encoder = Encoder()
    data = encoder.encode(value)
    return encoder.types, data


def decode(types, data):
    return Decoder(types).decode(data)


# -- a file's result ------------------------------------------------------------------------------
def encode_result(result: FileResult, listed: bool) -> dict:
    """What a cache entry keeps of a file's result (before the run-wide stage): its kind,
    findings, input errors, the checks that agree (listed, or only their number per code),
    and a draft's summaries for the checks between drafts. *listed*: the checks that agree
    were kept, not only counted."""
    tally = dict(result.tallied)
    for item in result.verified:
        tally[item.code] = tally.get(item.code, 0) + 1
    parts = {"findings": result.findings, "errors": result.errors, "across": result.across}
    if listed:
        parts["verified"] = result.verified
    types, data = encode(parts)
    return {"kind": result.kind, "tally": tally, "types": types, "data": data}


def decode_result(path: str, raw: dict, listed: bool) -> FileResult:
    """The result :func:`encode_result` kept, for a run that lists the checks that agree
    (*listed*: the entry must have kept them) or only counts them."""
    if type(raw) is not dict or type(raw.get("kind")) is not str or type(raw.get("tally")) is not dict:
        raise CodecError("malformed result")
    parts = decode(raw.get("types"), raw.get("data"))
    if type(parts) is not dict or (listed and "verified" not in parts):
        raise CodecError("malformed result")
    tally = raw["tally"]
    if not all(type(k) is str and type(v) is int for k, v in tally.items()):
        raise CodecError("malformed tally")
    result = FileResult(
        path, kind=raw["kind"], findings=parts["findings"], errors=parts["errors"], across=parts["across"]
    )
    if listed:
        result.verified = parts["verified"]
    else:
        result.tallied = tally
    for name in ("findings", "errors", "verified"):
        if type(getattr(result, name)) is not list:
            raise CodecError("malformed result")
    return result


# -- a plan's summary -----------------------------------------------------------------------------
# The fields written below, for each class; tests/test_cache.py compares them with the model's.
SUMMARY_FIELDS = {
    m.Plan: (
        "path",
        "document",
        "roster",
        "metrics",
        "goals",
        "allocations",
        "rules",
        "tables",
        "task_lists",
        "leads",
        "counts",
        "parent",
        "waivers",
        "children",
        "encoding",
    ),
    m.Document: ("title", "number", "issuer", "date", "published", "year", "cites", "where", "period", "rounded"),
    m.Cite: ("title", "number", "issuer", "source"),
    m.Source: ("where", "section", "quote", "quote_where", "figure_where"),
    m.Metric: ("key", "unit", "name", "definition", "where", "rounded"),
    m.Goal: ("metric", "value", "source", "id", "deadlines"),
    m.ParentLink: ("reference", "plan", "links", "where", "target"),
    m.RollupLink: ("goal", "parent_goal", "relation", "where"),
    m.Waiver: ("code", "applies_to", "reason", "where"),
    m.Roster: ("units", "groups", "path", "_names", "_group_names"),
    Quantity: ("comparator", "value", "upper", "unit", "precision", "upper_precision", "rounded"),
    Measure: ("text", "base", "scale"),
    Location: ("path", "line", "column", "label"),
}
# What a summary leaves empty (Plan.summary): a summary with any of them is not encoded.
_EMPTY_IN_SUMMARY = ("allocations", "rules", "tables", "task_lists", "leads", "counts", "children")


def encode_summary(plan: m.Plan) -> list:
    """A plan summary (``Plan.summary()``, not yet linked) as plain data; CodecError for what
    a summary does not hold. (The types of the fields are checked when they are read back:
    an entry that does not decode is only checked again.)"""
    if any(getattr(plan, name) for name in _EMPTY_IN_SUMMARY) or plan.roster.units or plan.roster.groups:
        raise CodecError("not a summary")
    path = plan.path

    def at(where: Location | None):
        if where is None:
            return None
        if where.path == path and not where.label:
            return [where.line, where.column]
        return [where.line, where.column, where.label, where.path]

    def source(s: m.Source) -> list:
        return _trimmed([at(s.where), s.section, s.quote, at(s.quote_where), at(s.figure_where)])

    d = plan.document
    document = [
        d.title,
        d.number,
        d.issuer,
        d.date,
        d.published,
        d.year,
        [[c.title, c.number, c.issuer, source(c.source)] for c in d.cites],
        at(d.where),
        list(d.period) if d.period else None,
        d.rounded,
    ]
    metrics = [
        [k, x.key, _measure(x.unit), x.name, x.definition, at(x.where), x.rounded] for k, x in plan.metrics.items()
    ]
    if any(g.deadlines for g in plan.goals):
        raise CodecError("not a summary")
    goals = [[g.metric, _quantity(g.value), source(g.source), g.id] for g in plan.goals]
    parent = None
    if plan.parent is not None:
        p = plan.parent
        if p.target is not None:
            raise CodecError("a linked summary")  # it holds other plans
        parent = [p.reference, p.plan, [[x.goal, x.parent_goal, x.relation, at(x.where)] for x in p.links], at(p.where)]
    waivers = [[w.code, w.applies_to, w.reason, at(w.where)] for w in plan.waivers]
    return [path, document, plan.roster.path, metrics, goals, parent, waivers, plan.encoding]


def _trimmed(values: list) -> list:
    """Trailing empty values left out (most sources have only a place and a section)."""
    while values and (values[-1] is None or values[-1] is False or values[-1] == ""):
        values.pop()
    return values


def _measure(unit: Measure | None):
    return None if unit is None else [unit.text, unit.base, str(unit.scale)]


def _quantity(q: Quantity | None):
    if q is None:
        return None
    return _trimmed(
        [
            q.comparator.value,
            str(q.value),
            _number(q.upper),
            _measure(q.unit),
            _number(q.precision),
            _number(q.upper_precision),
            q.rounded,
        ]
    )


def _number(value: Decimal | None):
    return None if value is None else str(value)


class SummaryDecoder:
    """Decodes summaries; units and short texts met before are shared, as the YAML reader
    shares them, so a run that keeps thousands of summaries keeps one copy of each.

    Every value is checked for its type as it is read: an entry that decodes is one the
    run-wide rules can read.
    """

    def __init__(self) -> None:
        self._measures: dict[tuple, Measure] = {}
        self._comparators = {c.value: c for c in Comparator}

    def decode(self, data, path: str) -> m.Plan:
        try:
            return self._plan(data, path)
        except CodecError:
            raise
        except (TypeError, ValueError, IndexError, KeyError, AttributeError, ArithmeticError) as exc:
            raise CodecError(f"malformed summary: {type(exc).__name__}") from None

    def _plan(self, data, path: str) -> m.Plan:
        # Built with the classes' own constructors: Python then stores each object's fields
        # compactly (an object given a __dict__ of its own takes twice the memory, and makes
        # every later object of its class take as much).
        stored, document, roster, metrics, goals, parent, waivers, encoding = data
        if stored != path:
            raise CodecError("a summary of another file")
        at = _places(path)
        measure, quantity = self._measure, self._quantity
        Source, Cite, Metric, Goal, Waiver = m.Source, m.Cite, m.Metric, m.Goal, m.Waiver

        def source(data) -> m.Source:
            size = len(data)
            if size == 2:
                return Source(at(data[0]), _key(data[1]))
            where, section, quote, quote_where, figure_where = data + [None, "", "", None, None][size:]
            return Source(at(where), _key(section), _text(quote), at(quote_where), at(figure_where))

        title, number, issuer, date_, published, year, cites, where, period, rounded = document
        doc = m.Document(
            _text(title),
            _text(number),
            _key(issuer),
            _key(date_),
            _key(published),
            _year(year),
            [Cite(_key(t), _key(n), _key(i), source(c)) for t, n, i, c in cites],
            at(where),
            _period(period),
            _flag(rounded),
        )
        by_key = {
            _key(k): Metric(_key(key), measure(unit), _text(name), _text(definition), at(w), _flag(r))
            for k, key, unit, name, definition, w, r in metrics
        }
        made_goals = [
            Goal(_key(metric), quantity(value), source(s), _key(ident), ()) for metric, value, s, ident in goals
        ]
        made_waivers = [Waiver(_text(c), _text(a), _text(r), at(w)) for c, a, r, w in waivers]
        return m.Plan(
            path,
            doc,
            m.empty_roster(_text(roster)),
            by_key,
            made_goals,
            (),
            (),
            (),
            (),
            (),
            (),
            None if parent is None else _parent(parent, at),
            made_waivers,
            [],
            _key(encoding),
        )

    def _measure(self, data) -> Measure | None:
        if data is None:
            return None
        key = tuple(data)
        found = self._measures.get(key)
        if found is None:
            text, base, scale = key
            found = self._measures[key] = Measure(_key(text), _key(base), _finite(scale))
        return found

    def _quantity(self, data) -> Quantity | None:
        if data is None:
            return None
        if not 2 <= len(data) <= 7:
            raise CodecError("malformed figure")
        comparator, value, upper, unit, precision, upper_precision, rounded = (
            data + [None, None, None, None, False][len(data) - 2 :]
        )
        return Quantity(
            self._comparators[comparator],
            _finite(value),
            _optional_decimal(upper),
            self._measure(unit),
            _optional_decimal(precision),
            _optional_decimal(upper_precision),
            _flag(rounded),
        )


def _places(path: str):
    """The decoder of places in the file *path*: [line, column] there, or all four fields."""
    new = tuple.__new__

    def at(data):
        if data is None:
            return None
        if len(data) == 2:
            line, column = data
            label, where = "", path
        else:
            line, column, label, where = data
        if type(line) is not int or type(column) is not int or type(label) is not str or type(where) is not str:
            raise CodecError("malformed place")
        return new(Location, (where, line, column, label))

    return at


def _parent(data, at) -> m.ParentLink:
    reference, plan, links, where = data
    return m.ParentLink(
        _text(reference),
        _text(plan),
        [m.RollupLink(_key(g), _key(p), _key(r), at(w)) for g, p, r, w in links],
        at(where),
        None,
    )


def _text(value) -> str:
    if type(value) is not str:
        raise CodecError("malformed text")
    return value


def _key(value) -> str:
    """Short texts (metric keys, units, relations) are shared, as the YAML reader shares them."""
    if type(value) is not str:
        raise CodecError("malformed text")
    return sys.intern(value) if len(value) <= 40 else value


def _flag(value) -> bool:
    if type(value) is not bool:
        raise CodecError("malformed flag")
    return value


def _year(value):
    if value is not None and type(value) is not int:
        raise CodecError("malformed year")
    return value


def _period(value):
    if value is None:
        return None
    first, last = value
    if type(first) is not int or type(last) is not int:
        raise CodecError("malformed period")
    return (first, last)


def _finite(value) -> Decimal:
    number = Decimal(_text(value))
    if not number.is_finite() or abs(number.adjusted()) > MAX_EXPONENT:
        raise CodecError("not a figure a plan can hold")
    return number


def _optional_decimal(value) -> Decimal | None:
    return None if value is None else _finite(value)
