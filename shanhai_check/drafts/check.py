"""Read a draft and analyse it once: what the draft rules and ``extract`` read."""

from __future__ import annotations

from shanhai_check.drafts.read import read_draft
from shanhai_check.drafts.text import DraftText, analyse


def read_and_analyse(path: str) -> DraftText:
    """The analysed draft; InputError when the file cannot be read."""
    return analyse(read_draft(path))
