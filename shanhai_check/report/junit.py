"""JUnit XML, for CI dashboards (GitLab, Jenkins, Azure Pipelines) that show test results.

One ``<testsuite>`` per checked file, and in it one ``<testcase>`` per rule code — not per
finding. Dashboards count tests, track each test's history by name and show what passed:
with a case per rule the names are stable from run to run ("SH101 column-total" in
plans/a.yaml), a clean rule shows as a pass, and fixing a finding turns a red case green
instead of making it vanish. A rule's error and warning findings are one ``<failure>``
listing each of them with its line (strict JUnit schemas allow one failure per case); info
findings do not fail the case and go to ``<system-out>``.

Every file also has a ``load`` case: it passes when the file could be read, and holds the
input errors (SH0xx) as an ``<error>`` — the file was not checked, which is not the same as
failing a check. A roster file, or an unusable file, has only that case.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Iterable

from shanhai_check.engine import FileResult, RunResult
from shanhai_check.findings import Finding, InputError, Severity
from shanhai_check.report.places import shown
from shanhai_check.report.text import SEVERITY_WORDS, related_lines
from shanhai_check.rules import RULES

INVALID_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
WORDS = {
    "zh": {"findings": "{count} 个发现", "errors": "{count} 个输入错误,文件未检查"},
    "en": {"findings": "findings: {count}", "errors": "input errors: {count}; the file was not checked"},
}


def xml_text(text: str) -> str:
    """Replace the characters XML 1.0 cannot hold (control characters quoted from a file) with U+FFFD."""
    return INVALID_XML.sub("\ufffd", text)


def _finding_line(finding: Finding, lang: str) -> str:
    head = f"{shown(finding.location.path)}:{finding.location.line}:{finding.location.column}  {SEVERITY_WORDS[lang][finding.severity]}  {finding.text(lang)}"
    return head + ("\n  " + related_lines(finding.location, finding.related, lang, shown) if finding.related else "")


def _error_line(error: InputError, lang: str) -> str:
    return f"{shown(error.location.path)}:{error.location.line}:{error.location.column}  {error.code}  {error.render(lang)}"


def _case(suite: ET.Element, name: str, path: str) -> ET.Element:
    return ET.SubElement(suite, "testcase", name=name, classname=path, file=path)


def _load_case(suite: ET.Element, file: FileResult, path: str, lang: str) -> None:
    case = _case(suite, "load", path)
    if file.errors:
        first = file.errors[0]
        error = ET.SubElement(case, "error", message=WORDS[lang]["errors"].format(count=len(file.errors)), type=first.code)
        error.text = xml_text("\n".join(_error_line(e, lang) for e in file.errors))


def _rule_case(suite: ET.Element, code: str, findings: list[Finding], path: str, lang: str) -> None:
    case = _case(suite, f"{code} {RULES[code].name}", path)
    failing = [f for f in findings if f.severity is not Severity.INFO]
    notes = [f for f in findings if f.severity is Severity.INFO]
    if failing:
        worst = min(failing, key=lambda f: f.severity.rank).severity
        failure = ET.SubElement(case, "failure", message=WORDS[lang]["findings"].format(count=len(failing)), type=worst.value)
        failure.text = xml_text("\n".join(_finding_line(f, lang) for f in failing))
    if notes:
        ET.SubElement(case, "system-out").text = xml_text("\n".join(_finding_line(f, lang) for f in notes))


def _suite(parent: ET.Element, file: FileResult, codes: list[str], lang: str) -> None:
    path = shown(file.path)
    suite = ET.SubElement(parent, "testsuite", name=path)
    _load_case(suite, file, path, lang)
    if file.kind == "plan" and not file.errors:
        for code in codes:
            _rule_case(suite, code, [f for f in file.findings if f.code == code], path, lang)
    _count(suite, suite.iter("testcase"))


def _count(element: ET.Element, cases: Iterable[ET.Element]) -> None:
    cases = list(cases)
    element.set("tests", str(len(cases)))
    element.set("failures", str(sum(1 for c in cases if c.find("failure") is not None)))
    element.set("errors", str(sum(1 for c in cases if c.find("error") is not None)))
    element.set("skipped", "0")


def render(result: RunResult, lang: str = "zh", codes: Iterable[str] | None = None) -> str:
    """*codes*: the rule codes the run reports (all by default); a case for each, per plan."""
    codes = list(RULES if codes is None else codes)
    root = ET.Element("testsuites", name="shanhai-check")
    for file in result.files:
        _suite(root, file, codes, lang)
    _count(root, root.iter("testcase"))
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True)
