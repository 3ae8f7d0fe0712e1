"""The machine report: one JSON document, versioned (its fields are listed in README.md, and
``shanhai-check schema --report`` prints its JSON Schema, ``report/report_schema.py``).

Version 2: paths are written as every CI format writes them (relative to the working
directory, with ``/``; see ``places.shown``), and each of a finding's ``numbers`` is an object
with its exact ``value`` (a decimal string), its ``unit`` ('' for a count or a plain number)
and, in a list of parts, its ``label``.
"""

from __future__ import annotations

import json

from shanhai_check import __version__
from shanhai_check.results import RunResult
from shanhai_check.findings import Figure, Finding, Location
from shanhai_check.report.places import shown

JSON_REPORT_VERSION = 2


def _location(location: Location) -> dict:
    return {"file": shown(location.path), "line": location.line, "column": location.column}


def _figure(value) -> dict:
    """A number as {value, unit[, label]}; a bare number (a rule that gives no unit) has unit ''."""
    figure = value if isinstance(value, Figure) else Figure(value)
    record = {"value": str(figure.value), "unit": figure.unit}
    return record | ({"label": figure.label} if figure.label else {})


def numbers(values: dict) -> dict:
    return {
        k: [_figure(v) for v in value] if isinstance(value, list) else _figure(value) for k, value in values.items()
    }


def finding_record(f: Finding, lang: str = "zh") -> dict:
    return {
        "code": f.code,
        "name": f.name,
        "severity": f.severity.value,
        "message": f.text(lang),
        **_location(f.location),
        "related": [_location(r) for r in f.related],
        "numbers": numbers(f.numbers),
    }


def render(result: RunResult, lang: str = "zh") -> str:
    findings = [finding_record(f, lang) for f in result.findings]
    errors = [
        {"code": e.code, "severity": "error", "message": e.render(lang), **_location(e.location)}
        for e in result.input_errors
    ]
    verified = [
        {"code": v.code, "message": v.text(lang), **_location(v.location), "related": [_location(r) for r in v.related]}
        for file in result.files
        for v in file.verified
    ]
    waived = [
        {
            "code": f.code,
            "message": f.text(lang),
            **_location(f.location),
            "waiver": {**_location(w.where), "reason": w.reason},
        }
        for file in result.files
        for f, w in file.waived
    ]
    document = {
        "version": JSON_REPORT_VERSION,
        "tool": {"name": "shanhai-check", "version": __version__},
        "files": [{"file": shown(f.path), "kind": f.kind, "usable": not f.errors} for f in result.files],
        "findings": findings,
        "input_errors": errors,
        "verified": verified,
        "waived": waived,
        "exit_code": result.exit_code,
    }
    return json.dumps(document, ensure_ascii=False, indent=2)
