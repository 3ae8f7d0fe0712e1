"""Check a YAML tree against the plan schema, with the line of every problem.

Implements the part of JSON Schema that ``schema.py`` uses (type, properties, required,
additionalProperties, items, anyOf, enum, const, format: date), so the schema we print is
exactly the schema we enforce. Unknown keys get the nearest valid key as a suggestion.
Messages, in Chinese and English, are in :mod:`input_messages`.
"""

from __future__ import annotations

import re
from decimal import Decimal

from shanhai_check.messages import inputs as say
from shanhai_check.findings import InputError, Location
from shanhai_check.messages import Message
from shanhai_check.similar import close_to
from shanhai_check.yamltree import YList, YMap

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


# The JSON Schema type of the exact Python types the YAML reader makes (subclasses, e.g. bool
# of int, are told apart by type_of's chain).
_TYPES = {
    str: "string",
    YMap: "object",
    YList: "array",
    bool: "boolean",
    int: "integer",
    Decimal: "number",
    type(None): "null",
}


def type_of(value) -> str:
    known = _TYPES.get(type(value))
    if known is not None:
        return known
    if isinstance(value, YMap):
        return "object"
    if isinstance(value, YList):
        return "array"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, Decimal):
        return "number"
    if value is None:
        return "null"
    return "string"


def _matches_type(value, expected: "str | list[str]") -> bool:
    actual = type_of(value)
    allowed = [expected] if isinstance(expected, str) else expected
    return actual in allowed or (actual == "integer" and "number" in allowed)


def validate(value, schema: dict, where: Location, path: str = "") -> list[InputError]:
    """All the ways *value* breaks *schema*; an empty list when it fits."""
    errors: list[InputError] = []
    _check(value, schema, where, path, errors)
    return errors


def did_you_mean(name: str, candidates) -> Message | str:
    """A "did you mean" hint naming the candidate closest to *name*, or nothing when none is
    close; the loader uses it too, for metrics, groups and columns."""
    near = close_to(name, candidates)
    return say.DidYouMean(near=near[0]) if near else ""


def _name(path: str) -> Message:
    return say.KeyPath(path=path) if path else say.TopLevel()


def _error(errors: list[InputError], where: Location, message: Message) -> None:
    errors.append(InputError(where.path, where.line, message, where.column, code="SH002"))


def _check(value, schema: dict, where: Location, path: str, errors: list[InputError]) -> None:
    if "anyOf" in schema:
        _check_any(value, schema["anyOf"], where, path, errors)
        return
    if "const" in schema and value != schema["const"]:
        _error(errors, where, say.NotConst(name=_name(path), value=schema["const"]))
        return
    if "enum" in schema and value not in schema["enum"]:
        _error(errors, where, say.NotInEnum(name=_name(path), value=value, choices=say.Names(schema["enum"])))
        return
    expected = schema.get("type")
    if expected and not _matches_type(value, expected):
        _error(
            errors,
            where,
            say.WrongType(name=_name(path), expected=say.Types(expected), actual=say.Types(type_of(value))),
        )
        return
    if schema.get("format") == "date" and isinstance(value, str) and not _DATE.fullmatch(value):
        _error(errors, where, say.NotADate(name=_name(path), value=value))
    if "pattern" in schema and isinstance(value, str) and not re.search(schema["pattern"], value):
        _error(errors, where, say.PatternMismatch(name=_name(path), value=value, pattern=schema["pattern"]))
    if isinstance(value, YMap):
        _check_mapping(value, schema, path, errors)
    elif isinstance(value, YList) and "items" in schema:
        for index, item in enumerate(value):
            _check(item, schema["items"], value.at(index), f"{path}[{index + 1}]", errors)


def _check_any(value, options: list[dict], where: Location, path: str, errors: list[InputError]) -> None:
    fitting = [o for o in options if "type" not in o or _matches_type(value, o["type"])]
    if not fitting:
        kinds = [o["type"] for o in options]
        flat = [t for k in kinds for t in ([k] if isinstance(k, str) else k)]
        _error(
            errors, where, say.WrongType(name=_name(path), expected=say.Types(flat), actual=say.Types(type_of(value)))
        )
        return
    _check(value, fitting[0], where, path, errors)


def _check_mapping(value: YMap, schema: dict, path: str, errors: list[InputError]) -> None:
    properties = schema.get("properties", {})
    extra = schema.get("additionalProperties", True)
    for key, item in value.items():
        child = f"{path}.{key}" if path else key
        if key in properties:
            _check(item, properties[key], value.at(key), child, errors)
        elif isinstance(extra, dict):
            _check(item, extra, value.at(key), child, errors)
        elif extra is False:
            _error(errors, value.key_at(key), _unknown_key(key, path, properties, item))
    for key in schema.get("required", []):
        if key not in value:
            _error(errors, value.where, say.MissingKey(name=_name(path), key=key))


def _unknown_key(key: str, path: str, properties: dict, value=None) -> Message:
    where = say.InPath(path=path) if path else ""
    hint = did_you_mean(key, properties) or say.KeysAre(keys=say.Names(properties))
    return say.UnknownKey(key=key, where=where, hint=hint, cause=_likely_cause(key, value))


def _likely_cause(key: str, value) -> Message | str:
    """What a planner most likely typed: a full-width colon inside the key ('unit：万元'), or a
    key with no value that is the rest of a value an ASCII comma cut in a {…} mapping."""
    if "：" in key:
        return say.FullWidthColonInKey()
    if value is None and isinstance(key, str) and not key.isascii():
        return say.CommaInFlowMapping()
    return ""
