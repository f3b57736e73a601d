"""Grammar read on other processes, for long articles and for the window.

Grammalecte is pure Python: about a quarter of a millisecond a word, 25 to 30 s for a
100 000-word long read on one core. A thread would share the window's interpreter lock with
it (every keystroke waiting its turn) and one core at most; worker processes use every core and
leave the window's interpreter alone. Only strings go to them and only `Finding`s come back
(both pickle cheaply); each worker loads Grammalecte once, the way `grammalecte.load` does in
this process (the same lookup, the same `COPYDESK_GRAMMALECTE`). Processes are spawned, never
forked: a fork of a process running Qt's threads is unsafe.
"""

from __future__ import annotations

import atexit
import os
import threading
import time
from collections.abc import Sequence
from concurrent.futures import Future
from typing import TYPE_CHECKING

from editor.model import grammalecte
from editor.model.grammalecte import Finding, Missing

if TYPE_CHECKING:  # multiprocessing loads with the first pool, after the window is up
    from concurrent.futures import ProcessPoolExecutor

CHUNK = 40
"""Paragraphs sent at a time: large enough that sending costs nothing beside reading them,
small enough that the window shows the first underlines within a second or two."""

Findings = list[list[Finding]] | Missing
"""Per text sent, its findings; or why there are none."""


def read(texts: Sequence[str]) -> Findings:
    """The findings of each text (run in a worker; loads Grammalecte there on first use)."""
    engine = grammalecte.load()
    if isinstance(engine, Missing):
        return engine
    return [engine.findings(text) for text in texts]


BACKGROUND = 10
"""The niceness of the window's workers: the writer's keystrokes come first on a busy core."""


def _follow_parent() -> None:
    """End this worker when the process that started it is gone. A normal exit shuts the pool
    down, but a killed or crashed editor would leave its workers waiting for texts forever
    (and holding whatever its output went to)."""
    parent = os.getppid()
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(0)


def _warm(niceness: int) -> None:
    """Load Grammalecte and its rules as the worker starts, before the first text arrives."""
    threading.Thread(target=_follow_parent, name="follow-parent", daemon=True).start()
    if niceness and hasattr(os, "nice"):
        os.nice(niceness)
    engine = grammalecte.load()
    if not isinstance(engine, Missing):
        engine.findings("Il a mangé.")


def worker_count() -> int:
    """One worker per core, two at most: the window must keep a core for the writer."""
    return max(1, min(2, os.cpu_count() or 1))


class Workers:
    """A pool of grammar processes, started at the first text sent."""

    def __init__(self, count: int | None = None, background: bool = False) -> None:
        self.count = count or worker_count()
        self.niceness = BACKGROUND if background else 0
        """Behind the window, workers yield the processor to it; for the command line, not."""
        self._pool: ProcessPoolExecutor | None = None

    def send(self, texts: Sequence[str]) -> Future[Findings]:
        if self._pool is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            self._pool = ProcessPoolExecutor(
                self.count,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_warm,
                initargs=(self.niceness,),
            )
            # let go of the pool before the interpreter clears the modules its manager
            # thread reads (loaded late, they are among the first cleared)
            atexit.register(self.close)
        return self._pool.submit(read, list(texts))

    def read_all(self, texts: Sequence[str]) -> Findings:
        """Every text's findings, read in chunks by all the workers, in order."""
        futures = [self.send(texts[at : at + CHUNK]) for at in range(0, len(texts), CHUNK)]
        found: list[list[Finding]] = []
        for future in futures:
            part = future.result()
            if isinstance(part, Missing):
                self.close()
                return part
            found.extend(part)
        return found

    def close(self) -> None:
        atexit.unregister(self.close)
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
