"""What each step of a cold run costs, against the floor (reading and composing every file).

    python bench/steps.py [CORPUS] [--cache] [--repeat 3]

Checks the corpus (default: bench/corpus/seed1-scale1, made by bench/run.py) in this process,
timing each step — reading and decoding the bytes, building the data from libyaml's events,
validating it against the schema, building the plan model, the per-plan rules, the summary,
the run-wide stage, and with ``--cache`` writing the cache's entries (encoding them and
handing them to the writer thread) — each step's own time, without the steps it calls, the
least of ``--repeat`` runs. It times the floor on the same files and prints the table, and
writes ``bench/steps.json``. The timers cost a little themselves: the run is slower here than
in ``bench/run.py``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from shanhai_check import engine, files, kinds, load, model  # noqa: E402
from shanhai_check import cache as cache_module  # noqa: E402
from shanhai_check.cache import Cache, settings  # noqa: E402
from shanhai_check.rules import ALL_RULES  # noqa: E402

OWN: dict[str, float] = defaultdict(float)
STACK: list[list] = []  # [label, started, time of the steps it called]


def timed(label: str, function):
    def wrapper(*args, **kwargs):
        STACK.append([label, time.perf_counter(), 0.0])
        try:
            return function(*args, **kwargs)
        finally:
            name, started, inner = STACK.pop()
            spent = time.perf_counter() - started
            OWN[name] += spent - inner
            if STACK:
                STACK[-1][2] += spent

    return wrapper


def instrument() -> None:
    load.read_text = timed("read and decode the bytes", files.read_text)
    load.parse = timed("YAML events → data with places", load.parse)
    load.validate = timed("validate against the schema", load.validate)
    load._Builder.plan = timed("build the plan model", load._Builder.plan)
    load._Builder.roster = timed("build the plan model", load._Builder.roster)
    kinds.check_plan = timed("per-plan rules", kinds.check_plan)
    model.Plan.summary = timed("the summary", model.Plan.summary)
    engine._settle = timed("run-wide stage (link, settle, rules)", engine._settle)
    cache_module.Cache.store = timed("encode the cache entry", cache_module.Cache.store)
    cache_module.Cache.save = timed("wait for the cache writes", cache_module.Cache.save)
    cache_module.Cache.content = timed("hash the files", cache_module.Cache.content)


def floor(paths: list[str]) -> float:
    import yaml

    started = time.perf_counter()
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            yaml.compose(handle.read(), Loader=yaml.CSafeLoader)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=os.path.join(HERE, "corpus", "seed1-scale1"))
    parser.add_argument(
        "--cache", action="store_true", help="write a cache (in a temporary folder), as a first run does"
    )
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs; each step's least time is kept (the machine may be shared)"
    )
    args = parser.parse_args()
    instrument()
    paths = sorted(
        os.path.join(top, name) for top, _, names in os.walk(args.corpus) for name in names if name.endswith(".yaml")
    )
    best: dict[str, float] = {}
    total = base = float("inf")
    for _ in range(args.repeat):
        OWN.clear()
        with tempfile.TemporaryDirectory(
            dir=os.path.dirname(os.path.abspath(args.corpus))
        ) as folder:  # beside the corpus: its file system
            cache = Cache(folder, settings(ALL_RULES, args.corpus)) if args.cache else None
            started = time.perf_counter()
            result = engine.run([args.corpus], root=args.corpus, keep_plans=False, keep_verified=False, cache=cache)
            spent = time.perf_counter() - started
        OWN["everything else (walk, results, …)"] = spent - sum(OWN.values())
        for name, seconds in OWN.items():
            best[name] = min(best.get(name, seconds), seconds)
        total, base = min(total, spent), min(base, floor(paths))
    rows = sorted(best.items(), key=lambda item: -item[1] if not item[0].startswith("everything") else 1)
    print(
        f"{len(result.files)} files; floor {base:.3f} s; run {total:.3f} s = {total / base:.2f} × floor "
        f"(least of {args.repeat}); load {os.getloadavg()[0]:.2f}"
    )
    print("| step | s | × floor |\n|---|---:|---:|")
    for name, seconds in rows:
        print(f"| {name} | {seconds:.3f} | {seconds / base:.2f} |")
    with open(os.path.join(HERE, "steps.json"), "w", encoding="utf-8") as handle:
        json.dump(
            {"floor": base, "run": total, "steps": dict(rows), "cache": args.cache, "load_average": os.getloadavg()[0]},
            handle,
            ensure_ascii=False,
            indent=1,
        )


if __name__ == "__main__":
    main()
