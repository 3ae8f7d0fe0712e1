"""A progress bar for long runs, on stderr and only for a person watching a terminal.

The report goes to stdout and must stay byte-for-byte the same whether or not a bar was
shown, so the bar is drawn on stderr, and only when stderr is a terminal: in CI logs, pipes
and redirected output a bar is noise (or carriage-return garbage). A handful of files check
in a blink, so below that no bar appears either.
"""

from __future__ import annotations

import sys
from typing import Iterator, TextIO

import click

from shanhai_check.messages.report import Checking

HANDFUL = 5


def progress(files: list[str], lang: str = "zh", stream: TextIO | None = None) -> Iterator[str]:
    """Yield *files* one by one, advancing a bar on *stream* (default stderr) when it is a
    terminal and there are more than a handful of them."""
    stream = stream or sys.stderr
    if len(files) <= HANDFUL or not stream.isatty():
        yield from files
        return
    with click.progressbar(files, label=Checking().render(lang), file=stream) as bar:
        yield from bar
