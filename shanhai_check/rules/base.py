"""What every rule shares: its identity and how it makes findings (the arithmetic it shows lives in sums.py)."""

from __future__ import annotations

from typing import ClassVar, Iterable, Iterator

from shanhai_check.findings import Finding, Location, Severity, Verified
from shanhai_check.messages import Message
from shanhai_check.model import Plan


class Rule:
    """A check with a stable code. The subclass docstring is the rule's documentation in
    English (with the example both languages share); ``doc_zh`` is the same in Chinese.

    Subclasses set ``code``, ``name`` (kebab-case), ``severity`` and ``summary`` (one line,
    Chinese) / ``summary_en``, and implement :meth:`check`.
    """

    code: ClassVar[str]
    name: ClassVar[str]
    # The input the rule reads: "plan" (one plan, :meth:`check`), "draft" (one draft's
    # analysed text, :meth:`check`), or "plans" (every plan of the run, linked:
    # :meth:`RepositoryRule.check_repository`). The engine gives each rule only its own.
    reads: ClassVar[str] = "plan"
    # Other inputs the same check reads (SH701 reads a draft's deadlines as a plan's).
    also_reads: ClassVar[tuple[str, ...]] = ()
    severity: ClassVar[Severity]
    summary: ClassVar[str]
    summary_en: ClassVar[str]

    @classmethod
    def reads_kind(cls, kind: str | None) -> bool:
        """Whether the rule checks documents that *kind*'s readers make ("plan", "draft")."""
        return kind == cls.reads or kind in cls.also_reads

    def check(self, document) -> Iterator["Finding | Verified"]:
        """The outcomes for one document of the kind the rule reads (a plan, a draft)."""
        raise NotImplementedError

    def settle(self, plan: Plan, findings: list[Finding]) -> list[Finding]:
        """The findings of :meth:`check` that still hold once the repository is linked.

        The engine checks each plan before it knows which plans link to it, then calls this
        with the plan's summary (its ``children`` filled in). Most rules need no such step.
        """
        return findings

    def finding(
        self,
        message: Message,
        location: Location,
        related: Iterable[Location] = (),
        severity: Severity | None = None,
        **numbers,
    ) -> Finding:
        """A finding at the rule's severity, or at *severity* when the rule grades its findings."""
        return Finding(self.code, self.name, severity or self.severity, message, location, tuple(related), numbers)

    def verified(self, message: Message, location: Location, related: Iterable[Location] = ()) -> Verified:
        return Verified(self.code, message, location, tuple(related))

    def summarise(self, text) -> object | None:
        """What :meth:`check_across` needs of one draft (picklable: it may come back from a
        worker process), or None: most rules read one draft at a time."""
        return None

    def check_across(self, summaries: list) -> Iterator["Finding | Verified"]:
        """Outcomes between the drafts of one run, from their summaries in path order; each
        is reported in the file its location names."""
        return iter(())


class RepositoryRule(Rule):
    """A rule that reads every plan of the run at once (citations across plans, roll-ups).

    The engine calls :meth:`check_repository` once per run, after every plan is loaded and
    linked; each outcome is reported in the file its location names.
    """

    reads = "plans"

    def check_repository(self, plans: list[Plan]) -> Iterator["Finding | Verified"]:
        raise NotImplementedError


class DraftRule(Rule):
    """A rule that reads a draft's own text (.txt / .docx), not a plan: codes SHx1x.

    The engine calls :meth:`check` with the analysed draft (lines, tables, numeric
    claims; see :mod:`shanhai_check.drafts`); plans never reach it. A rule that also compares
    the drafts checked together returns a summary of each from :meth:`summarise`, and the
    engine calls :meth:`check_across` once with them all.
    """

    reads = "draft"
