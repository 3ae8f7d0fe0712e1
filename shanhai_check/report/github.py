"""GitHub Actions workflow commands: each finding becomes an annotation on its line.

``::error file=plans/a.yaml,line=61,col=5,title=SH201 goal-explained-by-prose::message``.
GitHub reads these from a step's output and shows them in the pull request's diff and the
run summary. Warnings become ``::warning``, infos ``::notice``, unusable files ``::error``.
Data is escaped as GitHub's runner unescapes it (``%``, CR, LF), and property values also
``:`` and ``,``, which would otherwise end the property.
"""

from __future__ import annotations

from shanhai_check.engine import RunResult
from shanhai_check.findings import Location, Severity
from shanhai_check.input_codes import INPUT_CODES
from shanhai_check.report.places import shown
from shanhai_check.report.text import related_lines

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(severity: Severity, location: Location, title: str, message: str) -> str:
    properties = {"file": shown(location.path), "line": location.line, "col": location.column, "title": title}
    joined = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{COMMANDS[severity]} {joined}::{escape_data(message)}"


def render(result: RunResult, lang: str = "zh") -> str:
    lines = [command(Severity.ERROR, e.location, f"{e.code} {INPUT_CODES[e.code][0]}", e.render(lang)) for e in result.input_errors]
    for f in result.findings:
        message = f.text(lang)
        if f.related:  # a second line of the annotation: where the other side stands
            message += "\n" + related_lines(f.location, f.related, lang, shown)
        lines.append(command(f.severity, f.location, f"{f.code} {f.name}", message))
    return "\n".join(lines)
