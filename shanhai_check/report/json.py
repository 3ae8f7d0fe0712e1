"""The machine report: one JSON document, versioned (its fields are listed in README.md)."""

from __future__ import annotations

import json

from shanhai_check import __version__
from shanhai_check.engine import RunResult
from shanhai_check.findings import Finding, Location

JSON_REPORT_VERSION = 1


def _location(location: Location) -> dict:
    return {"file": location.path, "line": location.line, "column": location.column}


def finding_record(f: Finding, lang: str = "zh") -> dict:
    return {
        "code": f.code,
        "name": f.name,
        "severity": f.severity.value,
        "message": f.text(lang),
        **_location(f.location),
        "related": [_location(r) for r in f.related],
        "numbers": {k: str(v) for k, v in f.numbers.items()},
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
        {"code": f.code, "message": f.text(lang), **_location(f.location), "waiver": {**_location(w.where), "reason": w.reason}}
        for file in result.files
        for f, w in file.waived
    ]
    document = {
        "version": JSON_REPORT_VERSION,
        "tool": {"name": "shanhai-check", "version": __version__},
        "files": [{"file": f.path, "kind": f.kind, "usable": not f.errors} for f in result.files],
        "findings": findings,
        "input_errors": errors,
        "verified": verified,
        "waived": waived,
        "exit_code": result.exit_code,
    }
    return json.dumps(document, ensure_ascii=False, indent=2)
