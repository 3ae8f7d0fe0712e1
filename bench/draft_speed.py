"""How long checking a long draft takes (issue 8: a 200,000-character draft well under 1 s).

Builds a draft of at least 200,000 characters from the seed texts (each repeated whole, so its
tables, numbering and prose are real), then times, best of 5: reading and analysing it
(figures, claims, tables), the draft rules, and the whole `shanhai-check check` command as a
subprocess (start-up included), wall and CPU time. Writes bench/draft_speed.json.

    python bench/draft_speed.py [--chars 200000]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from shanhai_check.drafts.check import read_and_analyse
from shanhai_check.kinds import check_draft
from shanhai_check.rules import ALL_RULES

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def build(chars: int, folder: Path) -> Path:
    texts = [
        p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")) + sorted((SEEDS / "extra").glob("*.txt"))
    ]
    parts, size = [], 0
    while size < chars:
        for text in texts:
            parts.append(text)
            size += len(text)
    path = folder / "long-draft.txt"
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


def best(seconds: list[float]) -> float:
    return round(min(seconds), 4)


def timed(action, repeat: int = 5) -> list[float]:
    spent = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        spent.append(time.perf_counter() - start)
    return spent


def _check(path: Path) -> None:
    subprocess.run([sys.executable, "-m", "shanhai_check", "check", "-q", str(path)], capture_output=True)


def _cpu(action, repeat: int = 5) -> list[float]:
    """User + system time of the child: what the run costs when the machine is shared."""
    spent = []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        action()
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        spent.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=200_000)
    args = parser.parse_args()
    rules = [r for r in ALL_RULES if r.reads == "draft"]
    with tempfile.TemporaryDirectory() as folder:
        path = build(args.chars, Path(folder))
        text = read_and_analyse(str(path))
        figures = {
            "characters": len(path.read_text(encoding="utf-8")),
            "lines": len(text.draft.lines),
            "claims": len(text.claims),
            "tables": len(text.tables),
            "read_and_analyse_s": best(timed(lambda: read_and_analyse(str(path)))),
            "draft_rules_s": best(timed(lambda: check_draft(text, rules))),
            "check_command_s": best(timed(lambda: _check(path))),
            "check_command_cpu_s": best(_cpu(lambda: _check(path))),
        }
    print(json.dumps(figures, indent=2))
    (Path(__file__).parent / "draft_speed.json").write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
