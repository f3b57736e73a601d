"""A command whose reader goes away ends quietly, as `grep` or `cat` do.

`copydesk stats FILE | head` closes the pipe after a few lines. Python ignores SIGPIPE and
raises `BrokenPipeError` instead, at the next write or at the final flush of standard
output — then prints a traceback, or "Exception ignored" at shutdown. The conventional end is
silence and the status a shell gives a program stopped by SIGPIPE (128 + 13). Standard output
is pointed at the null device first, so the interpreter's own flush at exit finds nothing left
to write (the recipe of Python's documentation, "Note on SIGPIPE").
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from typing import ParamSpec

EXIT_CLOSED_PIPE = 128 + 13
"""What a shell reports for a program ended by SIGPIPE (13 on Linux and macOS)."""

P = ParamSpec("P")


def quiet_on_closed_pipe(command: Callable[P, int]) -> Callable[P, int]:
    """Run `command`, flush its output, and end with `EXIT_CLOSED_PIPE` if the reader left."""

    @functools.wraps(command)
    def run(*args: P.args, **kwargs: P.kwargs) -> int:
        try:
            try:
                return command(*args, **kwargs)
            finally:  # on SystemExit too: argparse's --help is printed, then exits
                if sys.stdout is not None:
                    sys.stdout.flush()
        except BrokenPipeError:
            _silence_stdout()
            return EXIT_CLOSED_PIPE

    return run


def _silence_stdout() -> None:
    if sys.stdout is None:
        return
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, sys.stdout.fileno())
    finally:
        os.close(null)
