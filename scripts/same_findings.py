"""Show that a change kept the checker's verdicts: the JSON report of one revision against
another's (or the working tree's), on the same files.

    python scripts/same_findings.py REV [--after REV] [PATH ...]

Each revision is checked out into a temporary worktree and run as ``shanhai-check check
--format json`` from this repository's root, with the revision's package first on the
path, one report per path given. Default paths: ``plans``, ``tests/corrected``, every draft of
``tests/data/corpus/texts`` and, when they are beside the repository, ``../shared/seeds`` and
``../shared/seeds/extra``. Reports are compared whole (findings, input errors, checks that
agree, waived findings, exit status; the tool's version aside). Exit 1 and the first
differences when any report differs, 0 when every one is the same.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def default_paths() -> list[str]:
    paths = ["plans", "tests/corrected", "tests/data/corpus/texts"]
    shared = ROOT.parent / "shared" / "seeds"
    return paths + [str(p) for p in (shared, shared / "extra") if p.is_dir()]


def report(package_root: Path, path: str) -> dict:
    """The JSON report of *path* by the package under *package_root*, without its version."""
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("GITHUB_ACTIONS", None)
    # The revision's package first on the path, before the working directory that -m and -c
    # would put there (this repository's own package).
    run = (
        f"import sys; sys.path.insert(0, {str(package_root)!r}); import shanhai_check.cli as c; "
        f"assert c.__file__.startswith({str(package_root)!r}); c.main()"
    )
    command = [sys.executable, "-c", run, "check", "--format", "json", path]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if not done.stdout.strip():
        raise SystemExit(f"same_findings: {path}: no report ({done.stderr.strip()[:300]})")
    document = json.loads(done.stdout)
    document.pop("tool", None)
    return document


def worktree(rev: str, folder: str) -> Path:
    subprocess.run(["git", "worktree", "add", "--detach", folder, rev], cwd=ROOT, check=True, capture_output=True)
    return Path(folder)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rev", help="the revision before the change (a commit, a tag, HEAD~1)")
    parser.add_argument("--after", help="the revision after it (default: the working tree)")
    parser.add_argument("paths", nargs="*", help="files or folders to check (default: see above)")
    args = parser.parse_args(argv)
    paths = args.paths or default_paths()
    made = []
    try:
        with tempfile.TemporaryDirectory() as temp:
            before = worktree(args.rev, os.path.join(temp, "before"))
            made.append(before)
            after = ROOT
            if args.after:
                after = worktree(args.after, os.path.join(temp, "after"))
                made.append(after)
            differing = 0
            for path in paths:
                old, new = report(before, path), report(after, path)
                counts = (
                    f"{len(new['findings'])} findings, {len(new['verified'])} agree, "
                    f"{len(new['input_errors'])} input errors"
                )
                if old == new:
                    print(f"same       {path}: {counts}")
                    continue
                differing += 1
                print(f"DIFFERENT  {path}: {counts}")
                lines = difflib.unified_diff(
                    json.dumps(old, ensure_ascii=False, indent=1).splitlines(),
                    json.dumps(new, ensure_ascii=False, indent=1).splitlines(),
                    "before",
                    "after",
                    lineterm="",
                    n=1,
                )
                print("\n".join(list(lines)[:60]))
            return 1 if differing else 0
    finally:
        for folder in made:
            subprocess.run(["git", "worktree", "remove", "--force", str(folder)], cwd=ROOT, capture_output=True)


if __name__ == "__main__":
    sys.exit(main())
