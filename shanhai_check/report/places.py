"""Paths as CI services want them: relative to the checkout, with forward slashes.

GitHub (annotations and code scanning) and JUnit dashboards link a finding to a file of the
repository, so a path must be relative to the folder the job runs in — the checkout — and use
``/`` whatever the operating system. A file outside that folder keeps its absolute path: it
cannot be linked, but it can still be found.
"""

from __future__ import annotations

import os
from pathlib import Path

from shanhai_check.findings import one_line


def relative(path: str, base: str | None = None) -> str | None:
    """*path* relative to *base* (default: the working directory) with ``/`` separators, or
    None when it lies outside *base*."""
    base = os.path.abspath(base or os.getcwd())
    full = os.path.abspath(path)
    if os.path.commonpath([base, full]) != base:
        return None
    return Path(os.path.relpath(full, base)).as_posix()


def shown(path: str, base: str | None = None) -> str:
    """The relative path when there is one, otherwise the absolute path; printable (a line
    break or control character in the name escaped, a byte that is not UTF-8 as \\xNN)."""
    return one_line(relative(path, base) or Path(os.path.abspath(path)).as_posix())


def repository_root(root: str | None = None, config_folder: str | None = None) -> str:
    """The folder report paths and SARIF fingerprints are relative to: *root* (``--root``),
    else the configuration file's folder, else the git top level of the working directory,
    else the working directory itself."""
    if root or config_folder:
        return os.path.abspath(root or config_folder)
    folder = start = os.path.abspath(os.getcwd())
    while not os.path.exists(os.path.join(folder, ".git")):
        parent = os.path.dirname(folder)
        if parent == folder:
            return start
        folder = parent
    return folder
