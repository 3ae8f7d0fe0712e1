"""Run the per-file work (load + per-plan rules) in worker processes, results in file order.

Loading and the per-plan rules need nothing from other files except shared rosters, which each
worker reads once for itself; so the files are simply dealt out to a pool, and the results
(findings, input errors, each plan's compact summary: all picklable) come back in the order
of the files, so that ``-j N`` prints exactly what ``-j 1`` prints. The cross-plan rules then
run in the parent over the summaries.

On Linux workers are forked: they start at once, with the modules already imported, and the
parent has no threads at that point. Elsewhere (macOS, Windows) forking a process that has
loaded system frameworks is unsafe, so they are spawned.
"""

from __future__ import annotations

import os
import sys
from typing import Callable, Iterator, TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Below this many files per worker, starting the pool costs more than it saves.
FILES_PER_WORKER = 8
# Files handed to a worker at a time: large enough to keep pickling traffic low, small enough
# that the workers finish together.
CHUNK = 16


def job_count(jobs: int) -> int:
    """The number of processes *jobs* asks for: 0 means one per core this process may use."""
    if jobs > 0:
        return jobs
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def check_files(work: Callable[[T], R], items: list[T], jobs: int = 1) -> Iterator[R]:
    """``work(item)`` for every item, in order; in *jobs* processes when there is enough to do."""
    jobs = min(job_count(jobs), len(items) // FILES_PER_WORKER)
    if jobs <= 1:
        yield from map(work, items)
        return
    import multiprocessing  # only here: it costs start-up time, and a handful of files never needs it

    context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    with context.Pool(jobs, initializer=_start, initargs=(work,)) as pool:
        yield from pool.imap(_run, items, chunksize=max(1, min(CHUNK, len(items) // (jobs * 4))))


_worker_state: dict = {}


def _start(work: Callable) -> None:
    _worker_state["work"] = work


def _run(item):
    return _worker_state["work"](item)
