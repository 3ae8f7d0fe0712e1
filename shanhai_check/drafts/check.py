"""Check a draft: read it, analyse it once, run every draft rule over it."""

from __future__ import annotations

from shanhai_check import rounding
from shanhai_check.drafts.read import read_draft
from shanhai_check.drafts.text import DraftText, analyse
from shanhai_check.findings import Finding, Verified


def read_and_analyse(path: str) -> DraftText:
    """The analysed draft; InputError when the file cannot be read."""
    return analyse(read_draft(path))


def check_text(text: DraftText, rules) -> list[Finding | Verified]:
    return rounding.outcomes(lambda: (outcome for rule in rules for outcome in rule().check_draft(text)), text.declares_rounding)
