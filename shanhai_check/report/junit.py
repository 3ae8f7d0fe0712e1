"""JUnit XML, for CI dashboards (GitLab, Jenkins, Azure Pipelines) that show test results.

One ``<testsuite>`` per checked file, and in it one ``<testcase>`` per rule code that applies
to the file's kind — plan rules for a plan, draft rules (SHx1x) for a draft — not per
finding. Dashboards count tests, track each test's history by name and show what passed:
with a case per rule the names are stable from run to run ("SH101 column-total" in
plans/a.yaml), a clean rule shows as a pass, and fixing a finding turns a red case green
instead of making it vanish. A rule's findings at or above the run's ``--fail-on`` level
(error by default) are one ``<failure>`` listing each of them with its line (strict JUnit
schemas allow one failure per case, and have no ``line`` attribute on a case, so the line is
in the failure's message and text); findings below that level do not fail the case and go to
``<system-out>``. So the file fails a case exactly when the exit status counts the finding.

Every file also has a ``load`` case: it passes when the file could be read, and holds the
input errors (SH0xx) as an ``<error>`` — the file was not checked, which is not the same as
failing a check. A roster file, or an unusable file, has only that case.

The XML keeps to the JUnit schema of Jenkins' xunit plugin (``tests/data/junit-jenkins.xsd``
says which elements and attributes that is): the file's path is the suite's ``name`` and
``file``; a case has only ``name`` and ``classname``. Jenkins splits a classname at its last
dot into package and class, so the classname is ``shanhai-check.`` followed by the path with
its dots written as ``_`` (``shanhai-check.plans/2020-ningbo-shanhai_yaml``): every file is a
class of one package, ``shanhai-check``, instead of ``plans/2020-ningbo-shanhai`` + ``yaml``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Iterable

from shanhai_check.results import FileResult, RunResult
from shanhai_check.findings import Finding, InputError
from shanhai_check.messages import Listing
from shanhai_check.messages import report as say
from shanhai_check.report.places import shown
from shanhai_check.report.text import place_notes
from shanhai_check.kinds import reads_of
from shanhai_check.rules import RULES

INVALID_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
PACKAGE = "shanhai-check"


def _findings_message(count: int, lines: list[int], lang: str) -> str:
    message = say.FindingsOnLine if len(lines) == 1 else say.FindingsOnLines
    return message(count=count, lines=Listing(map(str, lines))).render(lang)


def _errors_message(count: int, lang: str) -> str:
    return say.FileNotChecked(count=count).render(lang)


def xml_text(text: str) -> str:
    """Replace the characters XML 1.0 cannot hold (control characters quoted from a file, or
    in a file's name) with U+FFFD."""
    return INVALID_XML.sub("\ufffd", text)


def classname(path: str) -> str:
    """'shanhai-check.plans/a_yaml': one package, the file as its class (see the module doc)."""
    return f"{PACKAGE}.{path.replace('.', '_')}"


def applies(code: str, kind: str) -> bool:
    """Whether rule *code* checks files of *kind*: draft rules drafts, the others plans (and
    spreadsheet tables, checked as plans)."""
    rule, reading = RULES[code], reads_of(kind)
    return rule.reads_kind(reading) or (reading == "plan" and rule.reads == "plans")


def _finding_line(finding: Finding, lang: str, in_word) -> str:
    head = (
        f"{shown(finding.location.path)}:{finding.location.line}:{finding.location.column}  "
        f"{finding.severity.word(lang)}  {finding.text(lang)}"
    )
    return head + "".join("\n  " + note for note in place_notes(finding, lang, in_word, shown))


def _error_line(error: InputError, lang: str) -> str:
    return (
        f"{shown(error.location.path)}:{error.location.line}:{error.location.column}  {error.code}  "
        f"{error.render(lang)}"
    )


def _case(suite: ET.Element, name: str, path: str) -> ET.Element:
    return ET.SubElement(suite, "testcase", name=xml_text(name), classname=xml_text(classname(path)))


def _load_case(suite: ET.Element, file: FileResult, path: str, lang: str) -> None:
    case = _case(suite, "load", path)
    if file.errors:
        error = ET.SubElement(case, "error", message=_errors_message(len(file.errors), lang), type=file.errors[0].code)
        error.text = xml_text("\n".join(_error_line(e, lang) for e in file.errors))


def _rule_case(suite: ET.Element, code: str, findings: list[Finding], path: str, result: RunResult, lang: str) -> None:
    case = _case(suite, f"{code} {RULES[code].name}", path)
    failing = [f for f in findings if result.fails(f)]
    passing = [f for f in findings if not result.fails(f)]
    if failing:
        worst = min(failing, key=lambda f: f.severity.rank).severity
        message = _findings_message(len(failing), [f.location.line for f in failing], lang)
        failure = ET.SubElement(case, "failure", message=xml_text(message), type=worst.value)
        failure.text = xml_text("\n".join(_finding_line(f, lang, result.word_place) for f in failing))
    if passing:
        ET.SubElement(case, "system-out").text = xml_text(
            "\n".join(_finding_line(f, lang, result.word_place) for f in passing)
        )


def _suite(parent: ET.Element, file: FileResult, codes: list[str], result: RunResult, lang: str) -> None:
    path = shown(file.path)
    suite = ET.SubElement(parent, "testsuite", name=xml_text(path), file=xml_text(path))
    _load_case(suite, file, path, lang)
    if reads_of(file.kind) is not None and not file.errors:
        for code in (c for c in codes if applies(c, file.kind)):
            _rule_case(suite, code, [f for f in file.findings if f.code == code], path, result, lang)
    _count(suite, suite.iter("testcase"))
    suite.set("skipped", "0")


def _count(element: ET.Element, cases: Iterable[ET.Element]) -> None:
    cases = list(cases)
    element.set("tests", str(len(cases)))
    element.set("failures", str(sum(1 for c in cases if c.find("failure") is not None)))
    element.set("errors", str(sum(1 for c in cases if c.find("error") is not None)))


def render(result: RunResult, lang: str = "zh", codes: Iterable[str] | None = None) -> str:
    """*codes*: the rule codes the run reports (all by default); a case for each that
    applies to a file's kind."""
    codes = list(RULES if codes is None else codes)
    root = ET.Element("testsuites", name=PACKAGE)
    for file in result.files:
        _suite(root, file, codes, result, lang)
    _count(root, root.iter("testcase"))
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True)
