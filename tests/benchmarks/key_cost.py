"""Where a keystroke's time goes in the window: the same document in a bare `QTextEdit`, the
window with everything on, then the window with one part turned off at a time.

    python tests/benchmarks/key_cost.py ARTICLE [--keys 50] [--pace] [--only NAME ...]

Each case types `--keys` characters at the top of the article (its fifth paragraph), in its
middle and at its end, and gives per place the CPU time of the UI thread per key (p50 and
p90: `time.thread_time` around the key's events and the event processing they cause, which
waiting for a core on a shared machine does not lengthen) and, beside it, the part spent in
Qt's own `QTextEdit.keyPressEvent`. A part whose removal brings the window's figures down to
the bare editor's is the one that makes an insertion work over the text below it. `--pace`
types one key every 100 ms with the event loop turning between (timers fire as they do for a
journalist) instead of back to back. Each case runs in a process of its own.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

PLACES = ("top", "middle", "end")


def _spelling(window: Any) -> None:
    window.spelling.action.setChecked(False)
    window.spelling.underline.setDocument(None)


def _painter(window: Any) -> None:
    window.surface._painter.paint = lambda *_: None


def _shades(window: Any) -> None:
    surface = window.surface
    surface.review_marks, surface.grammar_marks, surface.found = [], [], []
    surface.setExtraSelections([])


def _docks(window: Any) -> None:
    from PySide6.QtWidgets import QDockWidget

    for dock in window.findChildren(QDockWidget):
        dock.hide()


def _margins(window: Any) -> None:
    window.surface.setViewportMargins(0, 0, 0, 0)


def _pass(window: Any) -> None:
    window.review.start = lambda: None


FEATURES: dict[str, Callable[[Any], None]] = {
    "spelling": _spelling,
    "grammar": lambda window: window.grammar.action.setChecked(False),
    "typography as you type": lambda window: window.autotype.action.setChecked(False),
    "margin labels": _painter,
    "shades and underlines": _shades,
    "docks": _docks,
    "page margins": _margins,
    "pause's pass": _pass,
}


class _QtShare:
    """The CPU time spent in Qt's own `QTextEdit.keyPressEvent`, key by key."""

    def __init__(self) -> None:
        from PySide6.QtWidgets import QTextEdit

        self.took: list[float] = []
        own = QTextEdit.keyPressEvent

        def timed(editor: QTextEdit, event: Any) -> None:
            begin = time.thread_time()
            own(editor, event)
            self.took.append((time.thread_time() - begin) * 1000)

        QTextEdit.keyPressEvent = timed  # type: ignore[method-assign]


def _type(app: Any, editor: Any, place: str, keys: int, pace: bool, share: _QtShare) -> str:
    from PySide6.QtCore import QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from tests.benchmarks.window_probe import _run_loop

    text = editor.document()
    block = {
        "top": text.findBlockByNumber(4),
        "middle": text.findBlockByNumber(text.blockCount() // 2),
    }.get(place, text.lastBlock().previous())
    cursor = editor.textCursor()
    cursor.setPosition(block.position() + min(5, block.length() - 1))
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()
    _run_loop(0.3)
    share.took.clear()
    used: list[float] = []

    def key() -> None:
        character = "abcde "[len(used) % 6]
        begin = time.thread_time()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(editor, event)
        app.processEvents()
        used.append((time.thread_time() - begin) * 1000)

    if pace:
        timer = QTimer(interval=100)
        timer.timeout.connect(key)
        timer.start()
        _run_loop(keys / 10 + 0.05)
        timer.stop()
    else:
        for _ in range(keys):
            key()
    own = sorted(share.took) or [0.0]
    used.sort()
    return (
        f"{statistics.median(used):5.2f} / {used[int(len(used) * 0.9)]:5.2f} ms "
        f"(Qt {statistics.median(own):5.2f})"
    )


def case(path: Path, name: str, keys: int, pace: bool) -> str:
    """One case in this process: "bare", "window", or the window without FEATURES[name]."""
    from PySide6.QtWidgets import QTextEdit

    from editor.app import bridge
    from editor.app.application import application
    from editor.model import storage
    from tests.benchmarks.window_probe import desk_window

    app = application([])
    share = _QtShare()
    if name == "bare":
        editor = QTextEdit()
        editor.resize(1200, 900)
        editor.setDocument(bridge.to_qt(storage.load(path)))
        editor.show()
        app.processEvents()
    else:
        window = desk_window(app, path, report=lambda _: None)
        if name != "window":
            FEATURES[name](window)
        editor = window.surface
    return "   ".join(f"{place} {_type(app, editor, place, keys, pace, share)}" for place in PLACES)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("article", type=Path)
    parser.add_argument("--keys", type=int, default=50)
    parser.add_argument("--pace", action="store_true")
    parser.add_argument("--only", nargs="*", default=None)
    parser.add_argument("--case", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.case is not None:
        print(case(args.article, args.case, args.keys, args.pace), flush=True)
        os._exit(0)  # skip teardown: the figures are taken
    names = ["bare", "window", *(args.only if args.only is not None else FEATURES)]
    print(f"CPU per key, p50 / p90 (load {os.getloadavg()[0]:.1f})")
    for name in names:
        command = [sys.executable, __file__, str(args.article), "--keys", str(args.keys)]
        command += ["--case", name, *(["--pace"] if args.pace else [])]
        result = subprocess.run(command, capture_output=True, text=True, timeout=600)
        label = name if name in ("bare", "window") else f"window without {name}"
        shown = result.stdout.strip().splitlines()[-1:] or [result.stderr.strip()[-200:]]
        print(f"{label:<40} {shown[0]}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
