"""A worker thread's result, handed back to the window's thread without the worker touching Qt.

A worker that handed back its result by emitting a signal of one of the window's objects
raced the window's deletion: a window closed as a pass ended was freed on its own thread in
the middle of the emission on the worker's, and the process died (a segmentation fault, in
about one run in fifteen of the window tests). Now the worker only puts its result in a
queue — plain Python, nothing of Qt — and a timer of this object, a child of the one that
wants the result, collects it on the window's thread. A window deleted takes the timer with
it; the result is then never read, and nothing else happens.
"""

from __future__ import annotations

import queue
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

COLLECT_MS = 10
"""How often the queue is looked at while a result is awaited (never otherwise)."""


class Handback(QObject):
    """`arrived(result)` on the window's thread, for each result a worker put in."""

    arrived = Signal(object)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._box: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._awaited = 0
        self._collect = QTimer(self, interval=COLLECT_MS)
        self._collect.timeout.connect(self._take)

    def expect(self) -> Callable[[object], None]:
        """One more result to come: what the worker calls with it, from its own thread."""
        self._awaited += 1
        self._collect.start()
        return self._box.put

    def _take(self) -> None:
        while self._awaited:
            try:
                result = self._box.get_nowait()
            except queue.Empty:
                return
            self._awaited -= 1
            if not self._awaited:
                self._collect.stop()
            self.arrived.emit(result)
