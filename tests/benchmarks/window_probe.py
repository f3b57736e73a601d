"""Measures the real window offscreen, in its own process; run.py reads the JSON it prints.

    python tests/benchmarks/window_probe.py ARTICLE [--chars N]   open, type, autosave, memory
    python tests/benchmarks/window_probe.py --cold-start           the sample to a painted window

Each keystroke is timed from the key event to the end of the event processing it causes:
the model update, the live counts, layout and paint (with typography and spell-check when
the window has them switched on).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def cold_start() -> int:
    from editor.cli import main
    from editor.resources import resource

    # the sample named: without a file, Copydesk shows its start screen
    sample = resource("samples", "bibliotheque-croix-rousse.article")
    with tempfile.TemporaryDirectory() as folder:
        return main([str(sample), "--screenshot", str(Path(folder) / "window.png")])


def probe(path: Path, chars: int) -> dict[str, float]:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent, QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from editor.app.application import Copydesk, application
    from editor.model import storage

    app = application([])
    start = time.perf_counter()
    window = Copydesk(report=print).open(path)
    assert window is not None, f"{path} did not open"
    window.autotype.action.setChecked(True)  # typing as the desk types: every tool on
    window.spelling.action.setChecked(True)
    app.processEvents()
    window.repaint()
    open_s = time.perf_counter() - start
    _settle(app, window)

    surface = window.surface
    cursor = surface.textCursor()
    middle = surface.document().findBlockByNumber(surface.document().blockCount() // 2)
    cursor.setPosition(middle.position() + min(10, max(0, middle.length() - 1)))
    surface.setTextCursor(cursor)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    typed = "La copie avance, mot après mot, jusqu’au bouclage du soir. "
    latencies = []
    for index in range(chars):
        character = typed[index % len(typed)]
        begin = time.perf_counter()
        if character.isascii():
            QTest.keyClicks(surface, character)
        else:  # as a French keyboard sends it: the text of a key event
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    surface, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character)
                )
        QApplication.processEvents()
        latencies.append((time.perf_counter() - begin) * 1000)
    pause = _pause_work(window, surface)
    QTest.keyClick(surface, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    app.processEvents()

    article = window.document.article
    saves = []
    for _ in range(3):
        begin = time.perf_counter()
        storage.dumps(article)
        saves.append((time.perf_counter() - begin) * 1000)
    latencies.sort()
    return {
        "open_s": open_s,
        "key_p50_ms": statistics.median(latencies),
        "key_p99_ms": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))],
        "autosave_ms": statistics.median(saves),
        **pause,
        "spelling": window.spelling.speller.available,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "blocks": len(article.blocks),
    }


def _settle(app: Any, window: Any) -> None:
    """Let the window finish what it does once after opening — the dictionary opening on its
    thread, then the first spelling pass over the paragraphs in view — as it has long done by
    the time a journalist starts typing; the keystrokes measure typing, not that."""
    deadline = time.perf_counter() + 5
    while not window.spelling.speller.ready and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.01)
    for _ in range(10):  # the catch-up timer of the spelling pass (30 ms)
        app.processEvents()
        time.sleep(0.01)


def _pause_work(window: Any, surface: Any) -> dict[str, float]:
    """What the window does when typing pauses: the check panel (its first full pass, then
    after one keystroke), the outline and the target shading, each timed on its own."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    def timed(work: Callable[[], object]) -> float:
        begin = time.perf_counter()
        work()
        return (time.perf_counter() - begin) * 1000

    first = timed(window.check_dock.refresh)
    QTest.keyClick(surface, Qt.Key.Key_X)
    again = [
        timed(window.check_dock.refresh),
        timed(window.outline.refresh),
        timed(window.shading.refresh_target),
    ]
    return {"check_first_ms": first, "check_again_ms": again[0], "pause_ms": sum(again)}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("article", nargs="?", type=Path)
    parser.add_argument("--chars", type=int, default=500)
    parser.add_argument("--cold-start", action="store_true")
    args = parser.parse_args()
    if args.cold_start:
        return cold_start()
    try:
        import editor.app.application  # noqa: F401
    except ImportError as error:
        print(json.dumps({"unavailable": f"the editor window cannot start: {error}"}))
        return 0
    print(json.dumps(probe(args.article, args.chars)))
    os._exit(0)  # skip teardown: the figures are taken


if __name__ == "__main__":
    sys.exit(main())
