"""Ctrl-C and SIGTERM: one line and exit 128 + the signal (130 for Ctrl-C), never a traceback.

The handlers raise :class:`Interrupted`, a BaseException, so no ``except Exception`` on the way
(a file's own failure, SH008) takes it for an error, and every ``finally`` still runs: a file
being written has its temporary file removed. click's own Ctrl-C handling ("Aborted!", exit 1,
which means error findings) is never reached. Worker processes ignore Ctrl-C, which the
terminal sends to each of them too, and leave it to the parent, which stops the pool: no
"Process ForkPoolWorker-N:" tracebacks.
"""

from __future__ import annotations

import signal

SIGNALS = (signal.SIGINT, signal.SIGTERM)


class Interrupted(BaseException):
    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum

    @property
    def exit_code(self) -> int:
        return 128 + self.signum


def _raise(signum, frame) -> None:
    raise Interrupted(signum)


def install() -> None:
    """In the main process: Ctrl-C and SIGTERM raise Interrupted."""
    for signum in SIGNALS:
        signal.signal(signum, _raise)


def in_worker() -> None:
    """In a worker process: Ctrl-C is the parent's to handle; SIGTERM ends the worker."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
