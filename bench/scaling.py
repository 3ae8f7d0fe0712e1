"""How checking time grows with the size of one thing (issue 19, items 4 and 5).

For each shape below, builds inputs 1×, 4× and 16× as large, checks each in-process (the
engine's ``run``, start-up left out) and prints the seconds and the ratios to 1×. Growth of
n·log n gives ratios near 4–5 and 16–20; n² gives 16 and 256.

    python bench/scaling.py [--base-scale 1.0] [--json FILE]

Shapes: the figures in one sentence (each in its own clause, all in one clause, and as
per-unit amounts of named groups), the names in one sentence, the units of a roster (a valid
plan naming every unit; and as many unknown names, each needing its nearest roster names),
and the links of a plan's parent chain.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from shanhai_check.engine import run

SIZES = (1, 4, 16)


def _name(i: int) -> str:
    """A distinct Chinese name for unit *i* (two characters from a run of common ones)."""
    chars = "东南西北中上下前后左右新旧大小高低长青红白黄绿金银山海江河湖溪"
    return chars[i % len(chars)] + chars[i // len(chars) % len(chars)] + chars[i // len(chars) ** 2 % len(chars)]


def draft_clauses(n: int) -> dict[str, str]:
    """One sentence: a total, then n parts, each in its own clause (其中 …,…,…)."""
    parts = "，".join(f"{_name(i)}区{i + 1}万元" for i in range(n))
    return {"draft.txt": f"全年落实资金{n * (n + 1) // 2}万元，其中{parts}。\n"}


def draft_one_clause(n: int) -> dict[str, str]:
    """A data-like line: n amounts joined by 、 with no clause break ("123元、456元、…")."""
    return {"draft.txt": "、".join(f"{100 + i}元" for i in range(n)) + "\n"}


def draft_each(n: int) -> dict[str, str]:
    """n per-unit amounts, each for two named units ("甲区、乙区各100万元、…")."""
    return {
        "draft.txt": "另安排"
        + "、".join(f"{_name(2 * i)}县、{_name(2 * i + 1)}县各{i + 1}万元" for i in range(n))
        + "。\n"
    }


def draft_names(n: int) -> dict[str, str]:
    """n names listed before their count, then 具体为 with n more after a figure."""
    names = "、".join(f"{_name(i)}县" for i in range(n))
    return {"draft.txt": f"支持{names}{n}个县各落实100万元,具体为:{names}。\n"}


def _roster(n: int) -> str:
    units = "".join(f"    - {{name: {_name(i)}局, groups: [成员]}}\n" for i in range(n))
    return f"roster:\n  units:\n{units}  groups:\n    - {{name: 成员, aliases: [各成员单位]}}\n"


def roster_valid(n: int) -> dict[str, str]:
    """A valid plan whose roster has n units and whose table has a row for each."""
    rows = "".join(f"      {_name(i)}局: [1]\n" for i in range(n))
    plan = (
        f"document: {{title: x}}\nroster: roster.yaml\nmetrics:\n  a: {{unit: 万元}}\ntables:\n  - id: t\n"
        f"    columns: [a]\n    rows:\n{rows}    total: [{n}]\n"
    )
    return {"roster.yaml": _roster(n), "plan.yaml": plan}


def roster_unknown(n: int) -> dict[str, str]:
    """n unknown names (each a near miss of a roster unit) against an n-unit roster."""
    names = ", ".join(f"{_name(i)}局办" for i in range(n))
    plan = (
        f"document: {{title: x}}\nroster: roster.yaml\ntask_lists:\n  - id: l\n    items:\n      - item: 1\n"
        f"        text: x\n        units: {{牵头: [{names}]}}\n"
    )
    return {"roster.yaml": _roster(n), "plan.yaml": plan}


def parent_links(n: int) -> dict[str, str]:
    """A plan with n goals, each linked to its parent plan's goal."""
    metrics = "".join(f"  m{i}: {{unit: 万元}}\n" for i in range(n))
    goals = "".join(f"  - {{id: g{i}, metric: m{i}, value: 10}}\n" for i in range(n))
    links = "".join(f"    - {{goal: g{i}, parent_goal: g{i}}}\n" for i in range(n))
    parent = f"document: {{title: p}}\nmetrics:\n{metrics}goals:\n{goals.replace('value: 10', 'value: 20')}"
    child = f"document: {{title: c}}\nmetrics:\n{metrics}goals:\n{goals}parent:\n  plan: parent.yaml\n  links:\n{links}"
    return {"parent.yaml": parent, "child.yaml": child}


SHAPES = {
    "figures in one sentence, a clause each": (draft_clauses, 200),
    "figures in one clause (data-like line)": (draft_one_clause, 200),
    "per-unit amounts in one sentence": (draft_each, 100),
    "names in one sentence": (draft_names, 200),
    "units of a roster (valid plan)": (roster_valid, 500),
    "unknown names against a roster": (roster_unknown, 125),
    "links of a parent chain": (parent_links, 250),
}


def timed(files: dict[str, str]) -> float:
    with tempfile.TemporaryDirectory(prefix="shanhai-scaling-") as folder:
        for name, text in files.items():
            (Path(folder) / name).write_text(text, encoding="utf-8")
        start = time.perf_counter()
        run([folder], root=folder)
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-scale", type=float, default=1.0, help="multiply every 1× size by this")
    parser.add_argument("--json", help="also write the results to this file")
    args = parser.parse_args()
    results = {}
    timed(draft_clauses(10) | roster_valid(10))  # imports and dictionaries loaded before timing
    for label, (build, base) in SHAPES.items():
        n = max(2, int(base * args.base_scale))
        seconds = [timed(build(n * size)) for size in SIZES]
        ratios = [s / seconds[0] for s in seconds]
        results[label] = {"n": [n * size for size in SIZES], "seconds": seconds, "ratios": ratios}
        shown = "  ".join(f"{n * size:>6}: {s:7.3f}s" for size, s in zip(SIZES, seconds))
        print(f"{label:<42} {shown}   ratios 4×: {ratios[1]:5.1f}  16×: {ratios[2]:6.1f}", flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
