"""Paths as CI services want them: relative to the checkout, with forward slashes.

GitHub (annotations and code scanning) and JUnit dashboards link a finding to a file of the
repository, so a path must be relative to the folder the job runs in — the checkout — and use
``/`` whatever the operating system. A file outside that folder keeps its absolute path: it
cannot be linked, but it can still be found.
"""

from __future__ import annotations

import os
from pathlib import Path


def relative(path: str, base: str | None = None) -> str | None:
    """*path* relative to *base* (default: the working directory) with ``/`` separators, or
    None when it lies outside *base*."""
    base = os.path.abspath(base or os.getcwd())
    full = os.path.abspath(path)
    if os.path.commonpath([base, full]) != base:
        return None
    return Path(os.path.relpath(full, base)).as_posix()


def shown(path: str, base: str | None = None) -> str:
    """The relative path when there is one, otherwise the absolute path."""
    return relative(path, base) or Path(os.path.abspath(path)).as_posix()
