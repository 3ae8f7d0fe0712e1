"""Real paths (symbolic links resolved) for thousands of files, each folder resolved once.

A run compares where files really are: a plan's parent by its real path, a checked file and
every roster it names against the root. ``os.path.realpath`` looks at every component of
every path it is given; here each folder is resolved once per run and a file costs one
``lstat`` (is it a link?), with the same answers.
"""

from __future__ import annotations

import os

# Deeper folders are left to os.path.realpath (a walk may meet a folder 1,000 levels deep).
MAX_DEPTH = 64


class RealPaths:
    """``os.path.realpath`` with the folders' answers remembered (call it for a run, not
    longer: a link created meanwhile is not seen)."""

    def __init__(self) -> None:
        self._folders: dict[str, str] = {}
        self._files: dict[str, str] = {}

    def __call__(self, path: str, link: bool | None = None) -> str:
        """The real path of *path*; *link*: whether it is itself a symbolic link, when the
        caller has just looked (None: look)."""
        found = self._files.get(path)
        if found is None:
            found = self._files[path] = self._resolve(path, link)
        return found

    def _resolve(self, path: str, link: bool | None) -> str:
        head, name = os.path.split(path)
        if name in ("", ".", "..") or path.count(os.sep) > MAX_DEPTH:
            return os.path.realpath(path)
        candidate = os.path.join(self.folder(head), name)
        if link is None:
            link = os.path.islink(candidate)
        return os.path.realpath(candidate) if link else candidate

    def folder(self, head: str) -> str:
        """The real path of the folder *head* ('' is the working directory)."""
        found = self._folders.get(head)
        if found is not None:
            return found
        parent, name = os.path.split(head)
        if not name or parent == head or head.count(os.sep) > MAX_DEPTH:
            found = os.path.realpath(head or os.curdir)
        else:
            base = self.folder(parent)
            if name == os.curdir:
                found = base
            elif name == os.pardir:
                found = os.path.dirname(base)
            else:
                candidate = os.path.join(base, name)
                found = os.path.realpath(candidate) if os.path.islink(candidate) else candidate
        self._folders[head] = found
        return found
