"""Files left out of a run: ``exclude`` / ``extend-exclude`` glob patterns.

A pattern without ``/`` matches the name of a file or of any folder on its path
(``*.bak.yaml``, ``archive``); a pattern with ``/`` matches the path relative to the folder the
pattern belongs to — the configuration file's folder for patterns from the file, the working
directory for ``--exclude`` / ``--extend-exclude`` — or any of its parent folders
(``drafts/old`` leaves out everything under drafts/old). ``*`` and ``?`` are ``fnmatch``'s
(``*`` also crosses ``/``). Patterns apply to folders walked and to files named on the command
line alike, as ruff's ``--force-exclude`` does: pre-commit passes every changed file by name,
and an excluded file must stay excluded then too.
"""

from __future__ import annotations

import os
from fnmatch import fnmatchcase
from pathlib import Path, PurePosixPath


class Excluder:
    """``excluded(path)``: whether a pattern leaves *path* out. *rules*: (pattern, folder)."""

    def __init__(self, rules: list[tuple[str, str]]):
        self.rules = [(p.strip().rstrip("/"), os.path.abspath(folder)) for p, folder in rules if p.strip().rstrip("/")]

    def __bool__(self) -> bool:
        return bool(self.rules)

    def __call__(self, path: str) -> bool:
        full = os.path.abspath(path)
        return any(_matches(pattern, full, folder) for pattern, folder in self.rules)


def _matches(pattern: str, full: str, folder: str) -> bool:
    relative = _inside(full, folder)
    if "/" not in pattern:  # a name: of the file, or of a folder between *folder* and it
        names = relative.parts if relative else (os.path.basename(full),)
        return any(fnmatchcase(name, pattern) for name in names)
    if relative is None:
        return False
    pattern = pattern[2:] if pattern.startswith("./") else pattern
    return any(fnmatchcase(str(p), pattern) for p in (relative, *relative.parents) if str(p) != ".")


def _inside(full: str, folder: str) -> PurePosixPath | None:
    """*full* relative to *folder*, or None when it lies outside."""
    try:
        relative = PurePosixPath(Path(os.path.relpath(full, folder)).as_posix())
    except ValueError:  # another drive (Windows)
        return None
    return None if relative.parts[:1] == ("..",) else relative
