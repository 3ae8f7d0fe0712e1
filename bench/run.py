"""Time shanhai-check against the floor (reading + libyaml compose) and its peers, in one run.

    python bench/run.py [--repeat 3] [--seed 1] [--corpus bench/corpus] [--quick]

Generates the synthetic repository (``bench/generate.py``) once per seed and scale, or reuses
it, then measures on the same files, each in a fresh child process so that its peak memory
(``ru_maxrss`` from ``os.wait4``) is its own, best wall time of ``--repeat`` runs:

- the floor: read every file and ``yaml.compose`` it with libyaml (``CSafeLoader``);
- a cold run (no cache) with ``-j 1`` and ``-j 2``, and ``-j 1`` writing a new cache (what a
  first run does); ``-j 1`` without cache on the doubled corpus (``--scale 2``): how memory
  grows with the repository;
- warm runs, the cache written (beside the corpus, ``--cache-dir``): nothing changed (the
  run's own results are kept); nothing changed but the run's results not kept (every file
  from its entry, the run-wide rules over the summaries); one plan changed (a comment added
  before each run, so each run sees new bytes) with the whole repository checked, and with
  only that plan named, as the pre-commit hook names it (the repository behind it from the
  cache);
- the cross-plan stage alone, on the summaries of the corpus and the doubled corpus;
- the peers a CI would otherwise run: ``yamllint`` (minimal configuration) and
  ``check-jsonschema`` with the schema ``shanhai-check schema`` prints (skipped, saying so,
  when not installed: ``pip install '.[bench]'``);
- start-up: ``shanhai-check --version`` and checking one seed plan.

Prints a table and writes ``bench/results.json`` and ``bench/RESULTS.md``. Timings are noisy
on a shared machine: the best of several runs is reported, and the machine's load with it
(``bench/steps.py`` shows what each step of a cold run costs).
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from generate import generate  # noqa: E402 - bench/ is not a package

SEED_PLAN = os.path.join(REPO, "plans", "2020-ningbo-shanhai.yaml")
YAMLLINT_CONFIG = "extends: relaxed\nrules: {line-length: disable}\n"
# The floor, run as its own process: read and compose every file named on stdin.
FLOOR = """
import sys, yaml
for path in sys.stdin.read().split("\\0"):
    with open(path, encoding="utf-8") as handle:
        yaml.compose(handle.read(), Loader=yaml.CSafeLoader)
"""
# The cross-plan stage alone (link parents, SH801, SH9xx), on the summaries of every plan named
# on stdin: it must grow linearly with the number of plans (argv[1]: the repository's root).
CROSS_PLAN = """
import sys, time
from shanhai_check.engine import FileChecker
from shanhai_check.kinds import Checking
from shanhai_check.load import Repository, link
from shanhai_check.rules import ALL_RULES
checker = FileChecker(Checking(Repository(sys.argv[1]), {}, keep_plans=False, keep_verified=False))
summaries = [s for _, s in map(checker, sys.stdin.read().split("\\0")) if s is not None]
start = time.perf_counter()
link(summaries, checker.checking.repository)
for rule in (r for r in ALL_RULES if r.reads == "plans"):
    list(rule().check_repository(summaries))
print(len(summaries), time.perf_counter() - start)
"""
TARGETS = {
    "cold -j 1 / floor": 3,
    "warm, nothing changed / floor": 0.25,
    "warm, one plan changed s": 0.5,
    "peak MB (cold -j 1)": 100,
    "peak MB growth, doubled corpus %": 20,
    "--version ms": 120,
    "one seed plan ms": 250,
}
# The plan changed before each "one plan changed" run: a city plan with a parent and children,
# so the run-wide rules have work on both sides of it.
CHANGED = os.path.join("2021", "c03", "shanhai.yaml")


@dataclass
class Measure:
    name: str
    seconds: float  # best wall time
    cpu_seconds: float  # user + system time of the child and its workers, in its best run
    peak_mb: float  # peak resident memory of the child, in its best run
    status: int
    runs: int


def measure(
    name: str, command: list[str], repeat: int, cwd: str | None = None, stdin: bytes | None = None, before=None
) -> Measure:
    """Best wall time of *repeat* runs, each a fresh child; its peak RSS from os.wait4.
    *before()*: run before each (a cache removed, a plan changed), not timed."""
    best: Measure | None = None
    for _ in range(repeat):
        if before is not None:
            before()
        start = time.perf_counter()
        child = subprocess.Popen(
            command,
            cwd=cwd,
            stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        if stdin is not None:
            child.stdin.write(stdin)
            child.stdin.close()
        errors = child.stderr.read()
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode not in (0, 1):
            raise SystemExit(f"{name}: exit {child.returncode}: {errors.decode(errors='replace')[-2000:]}")
        peak = usage.ru_maxrss / 1024  # kilobytes on Linux
        if best is None or seconds < best.seconds:
            best = Measure(name, seconds, usage.ru_utime + usage.ru_stime, peak, child.returncode, repeat)
    return best


def corpus(base: str, seed: int, scale: float) -> tuple[str, list[str], int]:
    """The repository for *seed* and *scale* (generated once), its YAML files and their bytes."""
    folder = os.path.join(base, f"seed{seed}-scale{scale:g}")
    if not os.path.exists(os.path.join(folder, "MANIFEST.json")):
        shutil.rmtree(folder, ignore_errors=True)
        generate(folder, seed, scale)
    files = sorted(os.path.join(top, n) for top, _, names in os.walk(folder) for n in names if n.endswith(".yaml"))
    return folder, files, sum(os.path.getsize(f) for f in files)


def tool(name: str) -> str | None:
    """A console script installed beside this Python, else on PATH."""
    beside = os.path.join(os.path.dirname(sys.executable), name)
    return beside if os.path.exists(beside) else shutil.which(name)


def changing(path: str):
    """What changes *path* before a run: a comment with a new number at its end (its bytes
    change, its findings do not)."""
    counter = [0]
    with open(path, encoding="utf-8") as handle:
        original = handle.read()

    def change() -> None:
        counter[0] += 1
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(f"{original}# changed {time.time_ns()} {counter[0]}\n")

    def restore() -> None:
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(original)

    return change, restore


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement; the best is kept")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--corpus", default=os.path.join(HERE, "corpus"), help="where generated repositories are kept")
    parser.add_argument("--quick", action="store_true", help="one run each, no doubled corpus, no peers")
    args = parser.parse_args()
    repeat = 1 if args.quick else args.repeat
    folder, files, size = corpus(args.corpus, args.seed, 1)
    python = sys.executable
    cache = os.path.join(args.corpus, f"cache-seed{args.seed}")  # beside the corpus, not in it
    check = [python, "-m", "shanhai_check", "check", "-q", "--root", folder]
    cold = [*check, "--no-cache"]
    cached = [*check, "--cache-dir", cache]
    rows: list[Measure] = []
    skipped: list[str] = []
    # As pip installs it: the package byte-compiled. Without it (PYTHONDONTWRITEBYTECODE, a
    # fresh checkout) every run compiles the package's modules first, 0.1-0.2 s of each run.
    compileall.compile_dir(os.path.dirname(importlib.util.find_spec("shanhai_check").origin), quiet=1)
    load = [os.getloadavg()[0]]
    print(f"corpus: {len(files)} files, {size / 1e6:.1f} MB ({folder}); load {load[0]:.2f}", file=sys.stderr)

    def fresh() -> None:
        shutil.rmtree(cache, ignore_errors=True)

    def forget_runs() -> None:  # the kept results of whole runs: every file then comes from its entry
        for folder_of_settings in _settings_folders(cache):
            shutil.rmtree(os.path.join(folder_of_settings, "runs"), ignore_errors=True)

    rows.append(
        measure("floor: read + libyaml compose", [python, "-c", FLOOR], repeat, stdin="\0".join(files).encode())
    )
    rows.append(measure("cold -j 1 (no cache)", [*cold, "-j", "1", folder], repeat))
    rows.append(measure("cold -j 2 (no cache)", [*cold, "-j", "2", folder], repeat))
    rows.append(measure("cold -j 1, writing the cache", [*cached, "-j", "1", folder], repeat, before=fresh))
    rows.append(measure("warm, nothing changed", [*cached, folder], max(repeat, 3)))
    rows.append(measure("warm, nothing changed, run not kept", [*cached, folder], max(repeat, 3), before=forget_runs))
    change, restore = changing(os.path.join(folder, CHANGED))
    try:
        rows.append(measure("warm, one plan changed", [*cached, folder], max(repeat, 3), before=change))
        rows.append(
            measure(
                "warm, one plan changed, it alone named",
                [*cached, os.path.join(folder, CHANGED)],
                max(repeat, 3),
                before=change,
            )
        )
    finally:
        restore()
    if not args.quick:
        with tempfile.TemporaryDirectory() as temp:
            config = os.path.join(temp, "yamllint.yaml")
            with open(config, "w", encoding="utf-8") as handle:
                handle.write(YAMLLINT_CONFIG)
            schema = os.path.join(temp, "plan.schema.json")
            with open(schema, "w", encoding="utf-8") as handle:
                handle.write(
                    subprocess.run(
                        [python, "-m", "shanhai_check", "schema"], check=True, capture_output=True, text=True
                    ).stdout
                )
            peers = [
                ("yamllint", ["-c", config, "-f", "parsable", folder]),
                ("check-jsonschema", ["--schemafile", schema, *files]),
            ]
            for name, arguments in peers:
                found = tool(name)
                if found is None:
                    skipped.append(f"{name}: not installed (pip install '.[bench]')")
                    continue
                rows.append(measure(name, [found, *arguments], 1))  # minutes each: once is enough to compare
    doubled, cross = None, []
    if not args.quick:
        big, big_files, _ = corpus(args.corpus, args.seed, 2)
        doubled = measure(
            f"cold -j 1 (no cache), doubled corpus ({len(big_files)} files)",
            [python, "-m", "shanhai_check", "check", "-q", "--root", big, "--no-cache", "-j", "1", big],
            repeat,
        )
        rows.append(doubled)
        for root, names in ((folder, files), (big, big_files)):
            done = subprocess.run(
                [python, "-c", CROSS_PLAN, root], input="\0".join(names), capture_output=True, text=True, check=True
            )
            plans, seconds = done.stdout.split()
            cross.append((int(plans), float(seconds)))
    script = tool("shanhai-check") or ""
    version = measure("shanhai-check --version", [script, "--version"], max(repeat, 5))
    seed = measure("shanhai-check check (one seed plan)", [script, "check", "-q", SEED_PLAN], max(repeat, 5))
    rows += [version, seed]
    load.append(os.getloadavg()[0])
    report(rows, skipped, files, size, doubled, version, seed, cross, load)


def _settings_folders(cache: str) -> list[str]:
    base = os.path.join(cache, "v1")
    return [os.path.join(base, name) for name in os.listdir(base)] if os.path.isdir(base) else []


def report(
    rows: list[Measure],
    skipped: list[str],
    files: list[str],
    size: int,
    doubled: Measure | None,
    version: Measure,
    seed: Measure,
    cross: list,
    load: list,
) -> None:
    floor = rows[0].seconds
    by_name = {r.name: r for r in rows}
    j1, j2 = by_name["cold -j 1 (no cache)"], by_name["cold -j 2 (no cache)"]
    figures = {
        "cold -j 1 / floor": round(j1.seconds / floor, 2),
        "cold -j 2 / floor": round(j2.seconds / floor, 2),
        "cold -j 1 writing the cache / floor": round(by_name["cold -j 1, writing the cache"].seconds / floor, 2),
        "speed-up -j 2 vs -j 1": round(j1.seconds / j2.seconds, 2),
        "CPU of -j 2 / CPU of -j 1 (the cost of the workers)": round(j2.cpu_seconds / j1.cpu_seconds, 2),
        "warm, nothing changed / floor": round(by_name["warm, nothing changed"].seconds / floor, 2),
        "warm, nothing changed, run not kept / floor": round(
            by_name["warm, nothing changed, run not kept"].seconds / floor, 2
        ),
        "warm, one plan changed s": round(by_name["warm, one plan changed"].seconds, 3),
        "warm, one plan changed, it alone named s": round(by_name["warm, one plan changed, it alone named"].seconds, 3),
        "peak MB (cold -j 1)": round(j1.peak_mb, 1),
        "peak MB (cold -j 1, doubled corpus)": round(doubled.peak_mb, 1) if doubled else None,
        "peak MB growth, doubled corpus %": round(100 * (doubled.peak_mb / j1.peak_mb - 1), 1) if doubled else None,
        "peak MB (warm, one plan changed)": round(by_name["warm, one plan changed"].peak_mb, 1),
        "cross-plan stage s (plans → seconds)": {plans: round(seconds, 3) for plans, seconds in cross} or None,
        "--version ms": round(version.seconds * 1000),
        "one seed plan ms": round(seed.seconds * 1000),
    }
    table = ["| measurement | wall s | × floor | CPU s | peak MB |", "|---|---:|---:|---:|---:|"]
    table += [
        f"| {r.name} | {r.seconds:.3f} | {r.seconds / floor:.2f} | {r.cpu_seconds:.2f} | {r.peak_mb:.1f} |"
        for r in rows
    ]
    lines = [
        "# Benchmark results",
        "",
        f"Corpus: {len(files)} YAML files, {size / 1e6:.1f} MB (bench/generate.py, seed and scale in the path). "
        f"Python {platform.python_version()}, {os.cpu_count()} cores, "
        f"load average {load[0]:.2f} at the start and {load[-1]:.2f} at the end "
        "(a shared machine: other work ran beside these measurements). "
        "Best wall time of the runs; CPU is user + system time of the process and its workers; "
        "peak memory is the largest resident set of the process or any one worker. "
        "The package is byte-compiled first, as pip installs it.",
        "",
        *table,
        "",
        *(f"- {k}: {v}" + (f" (target ≤ {TARGETS[k]})" if k in TARGETS else "") for k, v in figures.items()),
        *(f"- skipped {s}" for s in skipped),
        "",
    ]
    text = "\n".join(lines)
    print(text)
    with open(os.path.join(HERE, "RESULTS.md"), "w", encoding="utf-8") as handle:
        handle.write(text)
    with open(os.path.join(HERE, "results.json"), "w", encoding="utf-8") as handle:
        json.dump(
            {
                "files": len(files),
                "bytes": size,
                "measurements": [asdict(r) for r in rows],
                "figures": figures,
                "skipped": skipped,
                "load_average": load,
                "cpus": os.cpu_count(),
                "python": platform.python_version(),
            },
            handle,
            ensure_ascii=False,
            indent=1,
        )


if __name__ == "__main__":
    main()
