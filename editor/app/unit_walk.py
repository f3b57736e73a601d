"""Every block's unit on the page, found a slice at a time while grammar reads.

Grammar draws its underlines on the units of the blocks it read, found by one walk of the
whole text (`grammar.units`): on a book, some ten thousand paragraphs asked for their kind
and id, 35–40 ms of the window's thread at once, which landed as the first readings came
back after opening (a stall of 90–140 ms on a busy machine). The walk now starts when a
reading is sent and goes on a slice of `SLICE_S` at a time, the event loop turning between
two; by the time the readings come back the units are known. Readings back before the walk
ends have it finished at once, from where it got to.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QTextBlock
from PySide6.QtWidgets import QTextEdit

from editor.app import bridge

SLICE_S = 0.004
"""The walk's share of one turn of the event loop."""


class UnitWalk(QObject):
    """The units of the page's text by block id, walked in slices (`begin`), or at once
    (`units`)."""

    def __init__(self, page: QTextEdit, parent: QObject) -> None:
        super().__init__(parent)
        self.page = page
        self.paragraphs = 0
        """How many paragraphs the text had when the walk began."""
        self._found: dict[str, bridge.Unit] = {}
        self._at: QTextBlock | None = None
        """Where the walk goes on; None once it is over (or before it began)."""
        self._done = False
        self._step = QTimer(self, interval=0)
        self._step.timeout.connect(self._slice)

    @property
    def known(self) -> bool:
        """The walk is over: `units` costs nothing."""
        return self._done

    def begin(self) -> None:
        """Walk the text from its top, in slices (unless it is known or under way)."""
        if self._done or self._at is not None:
            return
        text = self.page.document()
        self._found, self._at = {}, text.begin()
        self.paragraphs = text.blockCount()
        self._step.start()

    def forget(self) -> None:
        """The paragraphs changed: what was found no longer holds."""
        self._step.stop()
        self._found, self._at, self._done = {}, None, False

    def units(self) -> dict[str, bridge.Unit]:
        """Every block's unit, by id: the walk finished now if it was not."""
        if not self._done:
            self.begin()
            self._walk(float("inf"))
        return self._found

    def _slice(self) -> None:
        self._walk(time.perf_counter() + SLICE_S)

    def _walk(self, until: float) -> None:
        paragraph = self._at
        count = 0
        while paragraph is not None and paragraph.isValid():
            unit = bridge.unit_of(paragraph)
            if unit is not None:
                self._found[unit.id] = unit
            paragraph = (unit.last if unit is not None else paragraph).next()
            count += 1
            if count % 64 == 0 and time.perf_counter() > until:
                self._at = paragraph
                return
        self._at, self._done = None, True
        self._step.stop()
