"""Time shanhai-check against the floor (reading + libyaml compose) and its peers, in one run.

    python bench/run.py [--repeat 3] [--seed 1] [--corpus bench/corpus] [--quick]

Generates the synthetic repository (``bench/generate.py``) once per seed and scale, or reuses
it, then measures on the same files, each in a fresh child process so that its peak memory
(``ru_maxrss`` from ``os.wait4``) is its own, best wall time of ``--repeat`` runs:

- the floor: read every file and ``yaml.compose`` it with libyaml (``CSafeLoader``);
- ``shanhai-check check`` with ``-j 1`` and ``-j 2``, and ``-j 1`` on the doubled corpus
  (``--scale 2``), whose memory should be the same as on the corpus;
- the peers a CI would otherwise run: ``yamllint`` (minimal configuration) and
  ``check-jsonschema`` with the schema ``shanhai-check schema`` prints (skipped, saying so,
  when not installed: ``pip install '.[bench]'``);
- start-up: ``shanhai-check --version`` and checking one seed plan.

Prints a table and writes ``bench/results.json`` and ``bench/RESULTS.md``. Timings are noisy
on a shared machine: the best of several runs is reported, and the machine's load with it.
"""

from __future__ import annotations

import argparse
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
TARGETS = {"check -j 1 / floor": 1.5, "peak MB (check -j 1)": 150, "--version ms": 120, "one seed plan ms": 250}


@dataclass
class Measure:
    name: str
    seconds: float  # best wall time
    cpu_seconds: float  # user + system time of the child and its workers, in its best run
    peak_mb: float  # peak resident memory of the child, in its best run
    status: int
    runs: int


def measure(name: str, command: list[str], repeat: int, cwd: str | None = None, stdin: bytes | None = None) -> Measure:
    """Best wall time of *repeat* runs, each a fresh child; its peak RSS from os.wait4."""
    best: Measure | None = None
    for _ in range(repeat):
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement; the best is kept")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--corpus", default=os.path.join(HERE, "corpus"), help="where generated repositories are kept")
    parser.add_argument("--quick", action="store_true", help="one run each, no doubled corpus")
    args = parser.parse_args()
    repeat = 1 if args.quick else args.repeat
    folder, files, size = corpus(args.corpus, args.seed, 1)
    python = sys.executable
    check = [python, "-m", "shanhai_check", "check", "-q", "--root", folder]
    rows: list[Measure] = []
    skipped: list[str] = []
    print(f"corpus: {len(files)} files, {size / 1e6:.1f} MB ({folder}); load {os.getloadavg()[0]:.2f}", file=sys.stderr)
    rows.append(
        measure("floor: read + libyaml compose", [python, "-c", FLOOR], repeat, stdin="\0".join(files).encode())
    )
    rows.append(measure("shanhai-check check -j 1", [*check, "-j", "1", folder], repeat))
    rows.append(measure("shanhai-check check -j 2", [*check, "-j", "2", folder], repeat))
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
        big, big_files, big_size = corpus(args.corpus, args.seed, 2)
        doubled = measure(
            f"check -j 1, doubled corpus ({len(big_files)} files)", [*check[:-2], "--root", big, "-j", "1", big], repeat
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
    report(rows, skipped, files, size, doubled, version, seed, cross)


def report(
    rows: list[Measure],
    skipped: list[str],
    files: list[str],
    size: int,
    doubled: Measure | None,
    version: Measure,
    seed: Measure,
    cross: list,
) -> None:
    floor = rows[0].seconds
    by_name = {r.name: r for r in rows}
    j1, j2 = by_name["shanhai-check check -j 1"], by_name["shanhai-check check -j 2"]
    figures = {
        "check -j 1 / floor": round(j1.seconds / floor, 2),
        "check -j 2 / floor": round(j2.seconds / floor, 2),
        "speed-up -j 2 vs -j 1": round(j1.seconds / j2.seconds, 2),
        "CPU of -j 2 / CPU of -j 1 (the cost of the workers)": round(j2.cpu_seconds / j1.cpu_seconds, 2),
        "peak MB (check -j 1)": round(j1.peak_mb, 1),
        "peak MB (check -j 1, doubled corpus)": round(doubled.peak_mb, 1) if doubled else None,
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
        f"load average {os.getloadavg()[0]:.2f} at the end. "
        "Best wall time of the runs; CPU is user + system time of the process and its workers; "
        "peak memory is the largest resident set of the process or any one worker.",
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
                "load_average": os.getloadavg()[0],
                "cpus": os.cpu_count(),
                "python": platform.python_version(),
            },
            handle,
            ensure_ascii=False,
            indent=1,
        )


if __name__ == "__main__":
    main()
