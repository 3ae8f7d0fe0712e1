"""The JSON Schema of ``check --format json`` (version 2), printed by ``shanhai-check schema
--report``. The test suite validates every JSON report it produces against it, so the two
cannot drift apart."""

from __future__ import annotations

from shanhai_check.report.json import JSON_REPORT_VERSION

_POSITIVE = {"type": "integer", "minimum": 1}
_PLACE = {
    "file": {"type": "string", "description": "relative to the working directory, with /; absolute outside it"},
    "line": _POSITIVE,
    "column": _POSITIVE,
}
_CODE = {"type": "string", "pattern": "^SH[0-9]{3}$"}
# A place in a Word draft also says where it is in Word: a paragraph, or a table's cell.
_WORD = {"word": {"type": "string", "description": "in a Word draft: 第12段, 表2 第3行第2格 (paragraph 12, …)"}}


def _object(properties: dict, required: list[str] | None = None) -> dict:
    """An object of exactly *properties*, all required but those given, and "word" (Word drafts only)."""
    return {
        "type": "object",
        "properties": properties,
        "required": required or [name for name in properties if name not in _WORD],
        "additionalProperties": False,
    }


_LOCATION = _object({**_PLACE, **_WORD})
_FIGURE = _object(
    {
        "value": {
            "type": "string",
            "description": "the exact figure as written: a decimal string (2757, 18.3), or a bound or range (≥16次)",
        },
        "unit": {"type": "string", "description": "万元, 亿元, 个 …; '' for a count or a plain number"},
        "label": {"type": "string", "description": "what the figure belongs to, in a list of parts"},
    },
    ["value", "unit"],
)

REPORT_SCHEMA: dict = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": f"urn:shanhai-check:report:v{JSON_REPORT_VERSION}",
    "title": "shanhai-check JSON report",
    "description": "What `shanhai-check check --format json` prints (see README.md, Use).",
    **_object(
        {
            "version": {"const": JSON_REPORT_VERSION},
            "tool": _object({"name": {"const": "shanhai-check"}, "version": {"type": "string"}}),
            "files": {
                "type": "array",
                "items": _object(
                    {
                        "file": {"type": "string"},
                        "kind": {"enum": ["plan", "roster", "draft", "table"]},
                        "usable": {"type": "boolean"},
                    }
                ),
            },
            "findings": {
                "type": "array",
                "items": _object(
                    {
                        "code": _CODE,
                        "name": {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"},
                        "severity": {"enum": ["error", "warning", "info"]},
                        "message": {"type": "string"},
                        **_PLACE,
                        **_WORD,
                        "related": {"type": "array", "items": _LOCATION},
                        "numbers": {
                            "type": "object",
                            "additionalProperties": {"oneOf": [_FIGURE, {"type": "array", "items": _FIGURE}]},
                        },
                    }
                ),
            },
            "input_errors": {
                "type": "array",
                "items": _object(
                    {
                        "code": {"type": "string", "pattern": "^SH0[0-9]{2}$"},
                        "severity": {"const": "error"},
                        "message": {"type": "string"},
                        **_PLACE,
                    }
                ),
            },
            "verified": {
                "type": "array",
                "items": _object(
                    {
                        "code": _CODE,
                        "message": {"type": "string"},
                        **_PLACE,
                        **_WORD,
                        "related": {"type": "array", "items": _LOCATION},
                    }
                ),
            },
            "waived": {
                "type": "array",
                "items": _object(
                    {
                        "code": _CODE,
                        "message": {"type": "string"},
                        **_PLACE,
                        "waiver": _object({**_PLACE, "reason": {"type": "string"}}),
                    }
                ),
            },
            "exit_code": {"enum": [0, 1, 2], "description": "the status without --exit-zero"},
        }
    ),
}
