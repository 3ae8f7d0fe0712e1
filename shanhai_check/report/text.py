"""The human report: findings grouped by file, aligned for Chinese text, then a summary line.

On a terminal long messages are wrapped to its width (a CJK character takes two columns,
measured with wcwidth) and severities are coloured unless NO_COLOR is set; piped output keeps
one line per finding, so it can be grepped. ``quiet`` leaves out the summary line (scripts
that count lines); ``statistics`` replaces the list by one line per code with its count.
"""

from __future__ import annotations

from collections import Counter
from typing import Callable

from wcwidth import wcswidth, wcwidth

from shanhai_check.results import RunResult
from shanhai_check.findings import Finding, Location, Severity, one_line
from shanhai_check.input_codes import INPUT_CODES
from shanhai_check.messages import Listing
from shanhai_check.messages import Message
from shanhai_check.messages import report as say
from shanhai_check.messages import tables as tables_say

COLOURS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def pad(text: str, width: int) -> str:
    """Left-justify by display width, so columns line up whatever the script."""
    return text + " " * max(0, width - wcswidth(text))


def wrap(text: str, width: int) -> list[str]:
    """Break *text* into lines of at most *width* display columns."""
    if width <= 0:
        return [text]
    lines, current, used = [], "", 0
    for char in text:
        w = max(wcwidth(char), 0)
        if used + w > width and current:
            lines.append(current)
            current, used = "", 0
        current += char
        used += w
    return lines + [current] if current or not lines else lines


def related_lines(
    here: Location,
    related: tuple[Location, ...],
    lang: str,
    path: Callable[[str], str] = one_line,
    in_word: Callable[[Location], Message | None] = lambda where: None,
) -> str:
    """'↳ 相关行: 105、71': lines in the same file by number, others as file:line, the file
    written by *path* (CI formats pass ``places.shown``, so a parent plan loaded only for
    reference, whose path is absolute, reads like every other file of the checkout); a line of
    a Word draft with its place in Word, by *in_word* ('57 (第20段)')."""
    same = list(dict.fromkeys(_with_word(r, lang, in_word) for r in related if r.path == here.path))
    other = list(dict.fromkeys(f"{path(r.path)}:{r.line}" for r in related if r.path != here.path))
    return say.RelatedLines(lines=Listing(same + other)).render(lang)


def place_notes(
    finding: Finding, lang: str, in_word: Callable[[Location], Message | None], path: Callable[[str], str] = one_line
) -> list[str]:
    """The lines under a finding: where it is in Word (a Word draft's place), and the related lines."""
    notes = []
    if (place := in_word(finding.location)) is not None:
        notes.append(tables_say.InWord(place=place).render(lang))
    if finding.related:
        notes.append(related_lines(finding.location, finding.related, lang, path, in_word))
    return notes


def _with_word(where: Location, lang: str, in_word) -> str:
    place = in_word(where)
    return f"{where.line} ({place.render(lang)})" if place is not None else str(where.line)


class TextReport:
    def __init__(
        self,
        lang: str = "zh",
        colour: bool = False,
        width: int = 0,
        verbose: bool = False,
        quiet: bool = False,
        statistics: bool = False,
    ):
        self.lang = lang
        self.colour = colour
        self.width = width
        self.verbose = verbose
        self.quiet = quiet
        self.statistics = statistics

    def style(self, text: str, severity: Severity) -> str:
        if not self.colour:
            return text
        import click

        return click.style(text, fg=COLOURS[severity], bold=severity is Severity.ERROR)

    def render(self, result: RunResult) -> str:
        out = self._statistics(result) if self.statistics else self._listing(result)
        if self.quiet:  # only the findings, for scripts that count or grep lines
            return "\n".join(out).rstrip("\n")
        return "\n".join(out + [self.summary(result)])

    def _listing(self, result: RunResult) -> list[str]:
        out: list[str] = []
        for file in result.files:
            body = self._file(file)
            if body:
                out.append(one_line(file.path))
                out.extend(body)
                out.append("")
        return out

    def _statistics(self, result: RunResult) -> list[str]:
        """One line per code: how many times it was reported, most frequent first."""
        rows = [(f.code, f.name, f.severity) for f in result.findings]
        rows += [(e.code, INPUT_CODES[e.code][0], Severity.ERROR) for e in result.input_errors]
        counts = Counter(rows)
        ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0][0]))
        width = len(str(max(counts.values(), default=0)))
        lines = [
            f"{count:>{width}}  {code}  {self._sev(severity)}  {name}" for (code, name, severity), count in ordered
        ]
        return lines + [""] if lines else []

    def _file(self, file) -> list[str]:
        lines = [
            f"  {e.location.line}:{e.location.column}  {self._sev(Severity.ERROR)}  {e.code}  {e.render(self.lang)}"
            for e in file.errors
        ]
        rows = [(f"{f.location.line}:{f.location.column}", f) for f in file.findings]
        width = max((len(p) for p, _ in rows), default=0)
        for place, finding in rows:
            lines.extend(self._finding(pad(place, width), finding, file))
        if self.verbose:
            for finding, waiver in file.waived:
                label = say.WaivedLabel().render(self.lang)
                lines.append(
                    f"  {finding.location.line}:{finding.location.column}  {label}  {finding.code}  "
                    f"{finding.text(self.lang)} ← {waiver.reason}"
                )
            for item in file.verified:
                ok = say.AgreesLabel().render(self.lang)
                lines.append(
                    f"  {item.location.line}:{item.location.column}  {ok}  {item.code}  {item.text(self.lang)}"
                )
        return lines

    @property
    def _sev_width(self) -> int:
        """The widest severity word (警告: 4 columns, warning: 7): the column the codes start after."""
        return max(wcswidth(s.word(self.lang)) for s in Severity)

    def _sev(self, severity: Severity) -> str:
        return self.style(pad(severity.word(self.lang), self._sev_width), severity)

    def _finding(self, place: str, finding: Finding, file) -> list[str]:
        head = f"  {place}  {self._sev(finding.severity)}  {finding.code}  "
        indent = " " * wcswidth(f"  {place}  {pad('', self._sev_width)}  {finding.code}  ")
        text = finding.text(self.lang)
        body = wrap(text, self.width - len(indent)) if self.width else [text]
        lines = [head + body[0]] + [indent + rest for rest in body[1:]]
        return lines + [indent + note for note in place_notes(finding, self.lang, file.word_place)]

    def summary(self, result: RunResult) -> str:
        """One line of counts. Input errors are errors (shown as 错误 above): they are counted
        with them, and said apart."""
        counts = {s: sum(1 for f in result.findings if f.severity is s) for s in Severity}
        inputs = len(result.input_errors)
        errors = counts[Severity.ERROR] + inputs
        verified = sum(f.verified_count for f in result.files)
        broken = sum(1 for f in result.files if f.errors)
        waived = sum(len(f.waived) for f in result.files)
        line = say.Summary(
            files=len(result.files),
            errors=errors,
            warnings=counts[Severity.WARNING],
            notes=counts[Severity.INFO],
            verified=verified,
            inputs=say.SummaryInputs(count=inputs) if inputs else "",
            waived=say.SummaryWaived(count=waived) if waived else "",
            unusable=say.SummaryUnusable(count=broken) if broken else "",
        )
        return line.render(self.lang)
