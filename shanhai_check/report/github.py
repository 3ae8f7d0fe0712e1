"""GitHub Actions: workflow commands (annotations on the lines) and a job summary.

``::error file=plans/a.yaml,line=61,col=5,title=SH201 goal-explained-by-prose::message``.
GitHub reads these from a step's output and shows them in the pull request's diff and the
run summary. Warnings become ``::warning``, infos ``::notice``, unusable files ``::error``.
Data is escaped as GitHub's runner unescapes it (``%``, CR, LF), and property values also
``:`` and ``,``, which would otherwise end the property.

GitHub shows at most ``LIMIT`` (10) annotations of each kind (error, warning, notice) per
step and drops the rest without a word, in the order they were printed. So errors come
first, then warnings, then notices; every finding is still printed (the log keeps them all),
and when a kind overflows, the last one GitHub shows says how many more there are and where
to read them: the job summary (:func:`summary`, Markdown appended to
``$GITHUB_STEP_SUMMARY`` by the command line) or the step's log.
"""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple

from shanhai_check.results import RunResult
from shanhai_check.findings import Location, Severity
from shanhai_check.input_codes import INPUT_CODES
from shanhai_check.report.places import shown
from shanhai_check.messages import report as say
from shanhai_check.report.text import TextReport, place_notes

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
LIMIT = 10  # annotations of one kind GitHub shows per step
SUMMARY_ROWS = 50  # findings listed in the job summary's table (it also has the counts)


class Entry(NamedTuple):
    """One annotation: an input error or a finding, with its message in the report's language."""

    severity: Severity
    code: str
    name: str
    location: Location
    message: str


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def entries(result: RunResult, lang: str) -> list[Entry]:
    """Every input error and finding, errors first, then warnings, then notes (each kind in
    file order)."""
    found = [
        Entry(Severity.ERROR, e.code, INPUT_CODES[e.code][0], e.location, e.render(lang)) for e in result.input_errors
    ]
    for f in result.findings:  # more lines of the annotation: where it is in Word, where the other side stands
        message = "\n".join([f.text(lang), *place_notes(f, lang, result.word_place, shown)])
        found.append(Entry(f.severity, f.code, f.name, f.location, message))
    return sorted(found, key=lambda e: e.severity.rank)


def overflows(result: RunResult) -> bool:
    """Whether GitHub would leave out some annotations of this run."""
    return max(Counter(e.severity for e in entries(result, "en")).values(), default=0) > LIMIT


def command(entry: Entry, note: str = "") -> str:
    location = entry.location
    properties = {
        "file": shown(location.path),
        "line": location.line,
        "col": location.column,
        "title": f"{entry.code} {entry.name}",
    }
    joined = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{COMMANDS[entry.severity]} {joined}::{escape_data(entry.message + note)}"


def render(result: RunResult, lang: str = "zh", summary_written: bool = False) -> str:
    """The workflow commands, errors first; the LIMIT-th of a kind that overflows says how
    many more there are and where (*summary_written*: in the job summary, else the log)."""
    found = entries(result, lang)
    totals = Counter(e.severity for e in found)
    lines, seen = [], Counter()
    for entry in found:
        seen[entry.severity] += 1
        note = ""
        total = totals[entry.severity]
        if seen[entry.severity] == LIMIT and total > LIMIT:
            where = say.InJobSummary() if summary_written else say.InStepLog()
            note = "\n" + say.MORE[entry.severity.value](count=total - LIMIT, limit=LIMIT, where=where).render(lang)
        lines.append(command(entry, note))
    return "\n".join(lines)


def _cell(text: str) -> str:
    """Text for a Markdown table cell: one line, no table or HTML syntax."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|")
    return text.replace("\r", " ").replace("\n", "<br>")


def summary(result: RunResult, lang: str = "zh") -> str:
    """The job summary (Markdown): the counts, then the first SUMMARY_ROWS findings as a
    table, errors first."""
    found = entries(result, lang)
    lines = ["### shanhai-check", "", _cell(TextReport(lang).summary(result)), ""]
    if found:
        header = (say.ColumnLevel(), say.ColumnCode(), say.ColumnPlace(), say.ColumnMessage())
        lines += ["| " + " | ".join(word.render(lang) for word in header) + " |", "|---|---|---|---|"]
        for e in found[:SUMMARY_ROWS]:
            place = f"{shown(e.location.path)}:{e.location.line}"
            lines.append(f"| {e.severity.word(lang)} | {e.code} | {_cell(place)} | {_cell(e.message)} |")
        if len(found) > SUMMARY_ROWS:
            lines += ["", say.NotListed(count=len(found) - SUMMARY_ROWS).render(lang)]
    return "\n".join(lines) + "\n"
