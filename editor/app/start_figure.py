"""The screenshot run's start-up figure: seconds from the process's start to the window's
first paint, the moment a journalist sees the page (`editor.started` reads the start from the
system). The grab, the PNG and the exit that follow are the picture's, not the start's; the
benchmarks time the whole process beside this figure."""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from editor import started
from editor.app.guard import instead
from editor.model.atomic import atomic_path


class FirstPaint(QObject):
    """Notes the first paint of `watched` (the page, or a start screen): its whole window is
    painted and shown in the same turn of the event loop, which the caller then ends."""

    def __init__(self, watched: QWidget) -> None:
        super().__init__(watched)
        self.painted = False
        watched.installEventFilter(self)

    @instead(False)
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.painted = True
            watched.removeEventFilter(self)  # one paint is all it waits for
        return False


def report(first_paint: float | None) -> None:
    """Write the figure where `started.REPORT` says, when it says (the benchmarks); an
    unwritable file is the caller's problem, raised as `SaveError`."""
    target = os.environ.get(started.REPORT)
    if not target:
        return
    with atomic_path(Path(target)) as temp:
        temp.write_text(json.dumps({"first_paint_s": first_paint}) + "\n", encoding="utf-8")
