"""The repository behind a run: its root, and every plan in it, whichever files were named.

A run that names only some files (the pre-commit hook passes the changed ones; a CI job the
files a pull request touched) still compares them with every other plan of the repository:
the run-wide rules (SH801 citations, SH9xx roll-ups) read the summaries of all of them, and
report what they find in the files named — against plans that were not named, which then
appear as related places — and nothing inside the others. With the cache (``cache.py``) the
plans not named cost a read of their entries, not a check.

The repository is the folder of the configuration in use (``[tool.shanhai_check]`` in
pyproject.toml, or ``[shanhai_check]`` in setup.cfg), or ``--root``; its plans are the files a
run without paths checks: the configuration's ``paths`` (default ``plans/``, or the whole root
when it has no such folder), less ``exclude``. Files outside any repository are checked alone,
as before.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from shanhai_check.collect import collect
from shanhai_check.kinds import PlanKind, kind_of


@dataclass(frozen=True)
class PlanIndex:
    """A repository's root and the paths its plans are found under (as a run names them)."""

    root: str
    scope: tuple[str, ...]

    def around(self, given: list[str], named: list[str], excluded=None) -> list[str]:
        """The files a run checks: the repository's plan files in the order a run over all of
        them takes (that order decides which of two plans is "the first"), each given file in
        its place under the name it was given by, then the given files that are not among them.
        *given*: the files collected from the paths *named* on the command line."""
        if list(map(_same, named)) == list(map(_same, self.scope)):
            return given  # the run names the repository's plans themselves
        walked, _ = collect(list(self.scope), excluded)  # a missing scope path holds no plan
        by_place = {_same(path): path for path in given}
        order: list[str] = []
        for path in walked:
            if not isinstance(kind_of(path), PlanKind):
                continue  # drafts are compared only with the drafts checked with them
            # Named as a user names them (plans/a.yaml, not ./plans/a.yaml): messages quote them.
            order.append(by_place.pop(_same(path), os.path.normpath(path)))
        placed = set(order)
        return order + [path for path in given if path not in placed]


def _same(path: str) -> str:
    return os.path.normpath(os.path.abspath(path))


def find(root_option: str | None, config, paths: list[str]) -> PlanIndex | None:
    """The repository a run belongs to: ``--root``, else the configuration's folder when every
    path named lies inside it; None when there is none (each file is then checked alone)."""
    root = root_option or config.folder
    if not root:
        return None
    real = os.path.realpath(root)
    if not root_option and not all(_within(real, path) for path in paths):
        return None
    if config.paths:
        scope = tuple(config.paths)
    else:
        plans = os.path.join(root, "plans")
        scope = (_shown(plans if os.path.isdir(plans) else root),)
    return PlanIndex(os.path.abspath(root), scope)


def _within(real_root: str, path: str) -> bool:
    return os.path.commonpath([real_root, os.path.realpath(path)]) == real_root


def _shown(path: str) -> str:
    """Relative to the working directory when inside it, as configured paths are shown."""
    full = os.path.normpath(os.path.abspath(path))
    relative = os.path.relpath(full)
    return full if relative.startswith("..") else relative
