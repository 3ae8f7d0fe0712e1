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


def _location(location: Location, in_word=lambda where: None, lang: str = "zh") -> dict:
    """The place; in a Word draft, also where it is in Word ("word": "表2 第3行第2格")."""
    record = {"file": shown(location.path), "line": location.line, "column": location.column}
    place = in_word(location)
    return record | ({"word": place.render(lang)} if place is not None else {})


def _figure(value) -> dict:
    """A number as {value, unit[, label]}; a bare number (a rule that gives no unit) has unit ''."""
    figure = value if isinstance(value, Figure) else Figure(value)
    record = {"value": str(figure.value), "unit": figure.unit}
    return record | ({"label": figure.label} if figure.label else {})


def numbers(values: dict) -> dict:
    return {
        k: [_figure(v) for v in value] if isinstance(value, list) else _figure(value) for k, value in values.items()
    }


def finding_record(f: Finding, lang: str = "zh", in_word=lambda where: None) -> dict:
    return {
        "code": f.code,
        "name": f.name,
        "severity": f.severity.value,
        "message": f.text(lang),
        **_location(f.location, in_word, lang),
        "related": [_location(r, in_word, lang) for r in f.related],
        "numbers": numbers(f.numbers),
    }


def render(result: RunResult, lang: str = "zh") -> str:
    in_word = result.word_place
    findings = [finding_record(f, lang, in_word) for f in result.findings]
    errors = [
        {"code": e.code, "severity": "error", "message": e.render(lang), **_location(e.location)}
        for e in result.input_errors
    ]
    verified = [
        {
            "code": v.code,
            "message": v.text(lang),
            **_location(v.location, in_word, lang),
            "related": [_location(r, in_word, lang) for r in v.related],
        }
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
