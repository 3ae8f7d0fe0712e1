"""Check a YAML tree against the plan schema, with the line of every problem.

Implements the part of JSON Schema that ``schema.py`` uses (type, properties, required,
additionalProperties, items, anyOf, enum, const, format: date), so the schema we print is
exactly the schema we enforce. Unknown keys get the nearest valid key as a suggestion.
"""

from __future__ import annotations

import difflib
import re
from decimal import Decimal

from shanhai_check.findings import InputError, Location
from shanhai_check.yamltree import YList, YMap

_TYPE_NAMES = {
    "string": "文字",
    "number": "数值",
    "integer": "整数",
    "boolean": "true/false",
    "null": "空值",
    "object": "映射 (键: 值)",
    "array": "列表",
}
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def type_of(value) -> str:
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


def _describe(expected: "str | list[str]") -> str:
    allowed = [expected] if isinstance(expected, str) else expected
    return "或".join(_TYPE_NAMES[t] for t in allowed)


def validate(value, schema: dict, where: Location, path: str = "") -> list[InputError]:
    """All the ways *value* breaks *schema*; an empty list when it fits."""
    errors: list[InputError] = []
    _check(value, schema, where, path, errors)
    return errors


def _error(errors: list[InputError], where: Location, message: str) -> None:
    errors.append(InputError(where.path, where.line, message, where.column, code="SH002"))


def _check(value, schema: dict, where: Location, path: str, errors: list[InputError]) -> None:
    if "anyOf" in schema:
        _check_any(value, schema["anyOf"], where, path, errors)
        return
    name = path or "文件顶层"
    if "const" in schema and value != schema["const"]:
        _error(errors, where, f"{name} 应为 '{schema['const']}'")
        return
    if "enum" in schema and value not in schema["enum"]:
        _error(errors, where, f"{name} 的值 '{value}' 无效,可选: {', '.join(schema['enum'])}")
        return
    expected = schema.get("type")
    if expected and not _matches_type(value, expected):
        _error(errors, where, f"{name} 应为{_describe(expected)},实为{_TYPE_NAMES[type_of(value)]}")
        return
    if schema.get("format") == "date" and isinstance(value, str) and not _DATE.fullmatch(value):
        _error(errors, where, f"{name} 应为日期 YYYY-MM-DD,实为 '{value}'")
    if "pattern" in schema and isinstance(value, str) and not re.search(schema["pattern"], value):
        _error(errors, where, f"{name} 的值 '{value}' 格式不对 (应符合 {schema['pattern']})")
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
        _error(errors, where, f"{path or '文件顶层'} 应为{_describe(flat)},实为{_TYPE_NAMES[type_of(value)]}")
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
            _error(errors, value.key_at(key), _unknown_key(key, path, properties))
    for key in schema.get("required", []):
        if key not in value:
            _error(errors, value.where, f"{path or '文件顶层'} 缺少必填的键 '{key}'")


def _unknown_key(key: str, path: str, properties: dict) -> str:
    where = f" (在 {path} 中)" if path else ""
    near = difflib.get_close_matches(key, list(properties), n=1, cutoff=0.5)
    if near:
        return f"未知的键 '{key}'{where},是否应为 '{near[0]}'?"
    return f"未知的键 '{key}'{where},可用的键: {', '.join(properties)}"
