"""Which files a run checks: the paths given, folders walked, each file once."""

from __future__ import annotations

import os

from shanhai_check.files import supplied
from shanhai_check.findings import InputError
from shanhai_check.kinds import WALKED_SUFFIXES
from shanhai_check.messages import inputs as say


def collect(paths: list[str], excluded=None) -> tuple[list[str], list[InputError]]:
    """Plan files under *paths* (folders walked, symlinked folders not followed), sorted.
    *excluded(path)*: true for files and folders to leave out, named or walked alike."""
    excluded = excluded or (lambda path: False)
    files: list[str] = []
    errors: list[InputError] = []
    for path in paths:
        if excluded(path):
            continue
        if supplied(path) is not None:  # given on standard input
            files.append(path)
        elif os.path.isdir(path):
            files.extend(_walk(path, excluded, errors))
        elif os.path.exists(path) or os.path.islink(path):
            files.append(path)
        else:
            errors.append(InputError(path, 1, say.PathMissing(), code="SH006"))
    return _once(files), errors


def _once(files: list[str]) -> list[str]:
    """Each file once, under the first name it was given by: 'a.yaml', './a.yaml' and a
    folder holding it name one file."""
    seen: set[str] = set()
    kept = []
    for path in files:
        key = os.path.normpath(os.path.abspath(path))
        if key not in seen:
            seen.add(key)
            kept.append(path)
    return kept


def _walk(folder: str, excluded, errors: list[InputError]) -> list[str]:
    """The checked files under *folder*, in name order, depth first, without recursion (a
    folder 1,100 deep is walked like any other) and without following symlinked folders (a
    loop cannot trap us); a folder that cannot be listed (no permission, a path past
    PATH_MAX) is an input error, not a silence."""
    found, pending = [], [folder]
    while pending:
        top = pending.pop()
        try:
            with os.scandir(top) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as exc:
            errors.append(InputError(top, 1, say.FolderUnreadable(reason=exc.strerror or str(exc)), code="SH006"))
            continue
        folders = []
        for entry in entries:
            path = os.path.join(top, entry.name)
            if entry.is_dir():
                if not entry.is_symlink() and not entry.name.startswith(".") and not excluded(path):
                    folders.append(path)
            elif entry.name.endswith(WALKED_SUFFIXES) and not excluded(path):
                found.append(path)
        pending.extend(reversed(folders))
    return found
