"""SARIF 2.1.0, the format GitHub code scanning (``upload-sarif``) and many editors read.

One run; ``tool.driver`` names the project (``informationUri``) and ``rules`` describes every
code (input codes first, then the rules in registry order) with its documentation, its
``helpUri`` (the code's section of docs/rules.md, or docs/rules.zh.md for a Chinese report, at
this version's tag: see ``ruledoc.help_uri``) and ``properties.tags`` (the kind of file and the
topic), so a viewer can show a rule's documentation next to its results.

Paths are relative to ``%SRCROOT%``, the repository's root: ``--root``, else the folder of the
configuration file, else the git top level, else the working directory (the command line
decides: ``places.repository_root``). Each result carries a ``partialFingerprints`` entry that
helps GitHub match it to the alert of an earlier run: it hashes the code, the path relative to
that root (so it is the same from any working directory) and the Chinese message (whatever
``--lang`` says), plus an occurrence number for identical findings; the line is left out, also
where a message quotes one.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from urllib.parse import quote

from shanhai_check import __url__, __version__
from shanhai_check.results import RunResult
from shanhai_check.findings import Finding, Location, Severity
from shanhai_check.report.places import relative, shown
from shanhai_check.ruledoc import all_documents, body, flowed, help_uri, tags

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
FINGERPRINT = "shanhaiCheck/v1"


def _text(text: str) -> dict:
    return {"text": text}


def _descriptors(lang: str) -> list[dict]:
    """A reportingDescriptor for every code: its name, one line, its documentation in *lang*
    (``ruledoc``, a paragraph a line, the same Markdown as plain text), level."""
    descriptors = []
    for doc in all_documents(lang):
        help_text = body(doc, flow=True)
        descriptors.append(
            {
                "id": doc.code,
                "name": doc.name,
                "shortDescription": _text(doc.summary),
                "fullDescription": _text(flowed(doc.intro, doc.lang)),
                "help": {"text": help_text, "markdown": help_text},
                "helpUri": help_uri(doc, lang),
                "defaultConfiguration": {"level": LEVELS[doc.severity] if doc.severity else "error"},
                "properties": {"tags": tags(doc)},
            }
        )
    return descriptors


def _physical(location: Location, base: str, in_word=None, lang: str = "zh") -> dict:
    """The place as SARIF has it; in a Word draft, its region's message says where it is in
    Word (a viewer cannot open a .docx at a line)."""
    path = relative(location.path, base)
    if path is None:
        artifact = {"uri": Path(os.path.abspath(location.path)).as_uri()}
    else:
        artifact = {"uri": quote(path, errors="surrogateescape"), "uriBaseId": "%SRCROOT%"}
    region = {"startLine": location.line, "startColumn": location.column}
    if in_word is not None and (place := in_word(location)) is not None:
        region["message"] = _text(place.render(lang))
    return {"physicalLocation": {"artifactLocation": artifact, "region": region}}


def _related(related: tuple[Location, ...], base: str, in_word, lang: str) -> list[dict]:
    places = []
    for number, location in enumerate(related, 1):
        place = {"id": number, **_physical(location, base, in_word, lang)}
        if location.label:
            place["message"] = _text(location.label)
        places.append(place)
    return places


def _identity(finding: Finding, base: str) -> str:
    """What a finding's fingerprint hashes besides code and path: its Chinese message, with
    the line numbers a message may quote left out (SH601 names the line of the first
    occurrence, in its ``line`` argument) and the paths of the files it points at written
    relative to the repository's root (cross-plan messages name plans, and a parent loaded
    only for reference has an absolute path), so neither moved lines, nor the way the plans
    were named on the command line, nor the working directory give a finding a new identity."""
    message = finding.message
    args = {name: "" if name == "line" else value for name, value in message.args.items()}
    text = type(message)(**args).render("zh")
    paths = {location.path for location in (finding.location, *finding.related)}
    for path in sorted(paths, key=len, reverse=True):  # '/x/plans/a.yaml' before 'plans/a.yaml'
        text = text.replace(path, shown(path, base))
    return text


class _Fingerprints:
    """Stable identities for results: hash of code, path and message, numbered when equal."""

    def __init__(self, base: str | None = None) -> None:
        self.seen: dict[str, int] = {}
        self.base = base

    def __call__(self, code: str, path: str, message: str) -> dict:
        digest = hashlib.sha256(
            "\0".join((code, shown(path, self.base), message)).encode("utf-8", "surrogateescape")
        ).hexdigest()
        self.seen[digest] = self.seen.get(digest, 0) + 1
        return {FINGERPRINT: f"{digest}:{self.seen[digest]}"}


def render(result: RunResult, lang: str = "zh", base: str | None = None) -> str:
    """*base*: the repository's root (default: the working directory)."""
    base = os.path.abspath(base or os.getcwd())
    descriptors = _descriptors(lang)
    index = {d["id"]: i for i, d in enumerate(descriptors)}
    fingerprint = _Fingerprints(base)
    results = []
    for error in result.input_errors:
        results.append(
            {
                "ruleId": error.code,
                "ruleIndex": index[error.code],
                "level": "error",
                "message": _text(error.render(lang)),
                "locations": [_physical(error.location, base)],
                "partialFingerprints": fingerprint(error.code, error.location.path, error.message),
            }
        )
    waived = [(f, w) for file in result.files for f, w in file.waived]
    for finding, waiver in [(f, None) for f in result.findings] + waived:
        entry = {
            "ruleId": finding.code,
            "ruleIndex": index[finding.code],
            "level": LEVELS[finding.severity],
            "message": _text(finding.text(lang)),
            "locations": [_physical(finding.location, base, result.word_place, lang)],
            "partialFingerprints": fingerprint(finding.code, finding.location.path, _identity(finding, base)),
        }
        if finding.related:
            entry["relatedLocations"] = _related(finding.related, base, result.word_place, lang)
        if waiver is not None:  # GitHub shows it as dismissed, with the plan's reason
            entry["suppressions"] = [{"kind": "inSource", "justification": waiver.reason}]
        results.append(entry)
    run = {
        "tool": {
            "driver": {
                "name": "shanhai-check",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": __url__,
                "language": {"zh": "zh-CN", "en": "en-US"}[lang],
                "rules": descriptors,
            }
        },
        "originalUriBaseIds": {"%SRCROOT%": {"uri": Path(base).as_uri().rstrip("/") + "/"}},
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    return json.dumps({"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}, ensure_ascii=False, indent=2)
