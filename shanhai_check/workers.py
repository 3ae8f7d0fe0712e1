"""Run the per-file work (load + per-plan rules) in worker processes, results in file order.

Loading and the per-plan rules need nothing from other files except shared rosters, which each
worker reads once for itself; so the files are dealt out to a pool in chunks, and the results
(findings, input errors, each plan's compact summary: all picklable) come back in the order
of the files, so that ``-j N`` prints exactly what ``-j 1`` prints. The cross-plan rules then
run in the parent over the summaries.

A worker can die under a file (the kernel's out-of-memory killer does exactly that). The pool
notices (``concurrent.futures`` marks it broken instead of waiting for ever), and the files it
had not answered for are checked again: the first unanswered chunk one file at a time, each in
a process of its own, so that the file that kills its process is found and reported through
*died* while every other file gets its ordinary result; the rest go to a fresh pool.

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


def check_files(
    work: Callable[[T], R], items: list[T], jobs: int = 1, died: Callable[[T, int], R] | None = None
) -> Iterator[R]:
    """``work(item)`` for every item, in order; in *jobs* processes when there is enough to do.
    ``died(item, status)`` stands for the result of an item whose process died under it
    (*status*: the process's exit status, negative for a signal)."""
    jobs = min(job_count(jobs), len(items) // FILES_PER_WORKER)
    if jobs <= 1:
        yield from map(work, items)
        return
    import multiprocessing  # only here: it costs start-up time, and a handful of files never needs it

    context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    size = max(1, min(CHUNK, len(items) // (jobs * 4)))
    chunks = [items[i : i + size] for i in range(0, len(items), size)]
    yield from _pooled(work, chunks, jobs, context, died or _raise)


def _pooled(work, chunks: list[list], jobs: int, context, died) -> Iterator:
    """The chunks' results in order; when the pool breaks, the first unanswered chunk is run
    one file per process and the rest in a new pool."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    while chunks:
        with ProcessPoolExecutor(jobs, mp_context=context, initializer=_start, initargs=(work,)) as pool:
            futures = [pool.submit(_run_chunk, chunk) for chunk in chunks]
            try:
                for index, future in enumerate(futures):
                    try:
                        results = future.result()
                    except BrokenProcessPool:
                        break
                    futures[index] = None  # let the results go once they are handed on
                    yield from results
                else:
                    return
            except BaseException:  # Ctrl-C, SIGTERM: nothing more is started, the workers end
                _stop(pool)
                raise
        yield from (_alone(work, item, context, died) for item in chunks[index])
        chunks = chunks[index + 1 :]


def _alone(work, item, context, died):
    """``work(item)`` in a process of its own; ``died(item, status)`` if that process dies."""
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_answer, args=(work, item, sender), daemon=True)
    process.start()
    sender.close()
    try:
        result = receiver.recv()
    except EOFError:  # the process ended without answering
        result = None
    process.join()
    receiver.close()
    return died(item, process.exitcode) if process.exitcode != 0 or result is None else result[0]


def _answer(work, item, sender) -> None:
    from shanhai_check.interrupt import in_worker

    in_worker()
    answer = work(item)
    _finish(work)
    sender.send((answer,))
    sender.close()


def _stop(pool) -> None:
    """End a pool's workers now: they are not waited for (the run is over)."""
    processes = list((getattr(pool, "_processes", None) or {}).values())  # the executor keeps them there
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()


def _raise(item, status: int):
    raise RuntimeError(f"the worker process died (status {status}) while working on {item!r}")


_worker_state: dict = {}


def _start(work: Callable) -> None:
    from shanhai_check.interrupt import in_worker

    in_worker()
    _worker_state["work"] = work


def _run_chunk(chunk: list) -> list:
    work = _worker_state["work"]
    results = [work(item) for item in chunk]
    _finish(work)
    return results


def _finish(work) -> None:
    """Let *work* finish what it does beside its results (the cache's writes) before they are
    handed on: a worker may end as soon as it has answered."""
    finish = getattr(work, "finish", None)
    if finish is not None:
        finish()
