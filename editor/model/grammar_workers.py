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


BACKGROUND = 5
"""The niceness of the window's workers where the system has no batch scheduling (below)."""


def _follow_parent(parent: int) -> None:
    """End this worker when the process that started it is gone. A normal exit shuts the pool
    down, but a killed or crashed editor would leave its workers waiting for texts forever
    (and holding whatever its output went to). The parent's id comes from the parent: one
    killed while this worker was still starting would otherwise not be missed."""
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(0)


def _step_aside() -> None:
    """Behind the window, a worker never takes the processor from the writer's keystrokes.
    On Linux it is a batch process: the scheduler never lets it preempt a thread that wakes
    up (the window's, at a key) yet gives it its full share otherwise. A niceness of 10 did
    the first, but on a machine busy with other work it also left the workers a tenth of the
    processor: the window's first pass took half as long again as the command line's.
    Elsewhere a mild niceness."""
    batch = getattr(os, "SCHED_BATCH", None)
    if batch is not None and hasattr(os, "sched_setscheduler"):
        os.sched_setscheduler(0, batch, os.sched_param(0))
    elif hasattr(os, "nice"):
        os.nice(BACKGROUND)


def _warm(background: bool, parent: int) -> None:
    """Load Grammalecte and its rules as the worker starts, before the first text arrives."""
    threading.Thread(
        target=_follow_parent, args=(parent,), name="follow-parent", daemon=True
    ).start()
    if background:
        _step_aside()
    engine = grammalecte.load()
    if not isinstance(engine, Missing):
        engine.findings("Il a mangé.")


def worker_count(cores: int | None = None, background: bool = False) -> int:
    """One worker per core, two at most; behind the window, one core fewer. The window must
    keep a core for the writer: on two cores, two workers reading a long read's first pass
    left the window's thread a third of the processor's time at best, and its keys waited
    for it (25 ms a key at the median instead of 8, for 5 ms of work)."""
    cores = cores if cores is not None else os.cpu_count() or 1
    return max(1, min(2, cores - background))


class Workers:
    """A pool of grammar processes, started at the first text sent."""

    def __init__(self, count: int | None = None, background: bool = False) -> None:
        self.count = count or worker_count(background=background)
        self.background = background
        """Behind the window, workers yield the processor to it; for the command line, not."""
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.RLock()
        """Windows send from their hand-over threads: one pool is started, not one each."""

    def start(self) -> None:
        """Start every worker now, so that each has Grammalecte loaded before the first texts
        come (the pool would start them one at a time, as texts are sent)."""
        with self._lock:
            if self._pool is None:
                for _ in range(self.count):
                    self.send([])

    def send(self, texts: Sequence[str]) -> Future[Findings]:
        with self._lock:
            return self._submit(texts)

    def _submit(self, texts: Sequence[str]) -> Future[Findings]:
        if self._pool is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            self._pool = ProcessPoolExecutor(
                self.count,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_warm,
                initargs=(self.background, os.getpid()),
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
        """The workers stopped, not waited for: nothing they hold is worth keeping, and a
        window closed as it opened would otherwise wait at the exit for both to finish
        loading Grammalecte (half a second of both cores)."""
        atexit.unregister(self.close)
        with self._lock:
            if self._pool is not None:
                for process in list((self._pool._processes or {}).values()):
                    process.terminate()  # first: the pool then shuts down as a broken one
                self._pool.shutdown(wait=False, cancel_futures=True)
                self._pool = None
