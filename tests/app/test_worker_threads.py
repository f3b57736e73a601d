"""The window's worker threads never call into Qt.

The pause's review and grammar's hand-over once handed their results back by emitting a
signal of the window's object from their own thread: a window closed as a pass ended was
freed on the UI thread in the middle of the emission, and the test process died (a
segmentation fault, about one run in fifteen). A race cannot be shown to be gone by waiting
for it; what can be checked is its cause: every call a worker thread makes into a C function
is watched (`threading.setprofile`), and none may be one of Qt's.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from pytestqt.qtbot import QtBot

from editor.model.build import article, para, title
from tests.app.test_grammar import _read
from tests.app.windows import bare_window
from tests.shared import grammar_engine

QT = ("PySide6", "shiboken6")


def _of_qt(function: object) -> bool:
    owner = getattr(function, "__self__", None)
    modules = (getattr(function, "__module__", None), type(owner).__module__)
    return any(isinstance(name, str) and name.startswith(QT) for name in modules)


@contextmanager
def qt_calls_made_by(name: str) -> Iterator[list[str]]:
    """The Qt functions called by the threads named `name` started meanwhile."""
    made: list[str] = []

    def watch(frame: FrameType, event: str, arg: object) -> None:
        if threading.current_thread().name != name:
            sys.setprofile(None)  # another thread: left alone
        elif event == "c_call" and _of_qt(arg):
            made.append(f"{type(getattr(arg, '__self__', None)).__name__}.{arg.__name__}")  # type: ignore[attr-defined]

    threading.setprofile(watch)  # type: ignore[arg-type]
    try:
        yield made
    finally:
        threading.setprofile(None)  # type: ignore[arg-type]


def test_the_pause_review_hands_its_findings_back_without_calling_qt(qtbot: QtBot) -> None:
    with qt_calls_made_by("pause-review") as made:
        window = bare_window(article(title("Le conseil"), para("Il a voté."), para("")))
        qtbot.waitUntil(lambda: window.review.ready)
    assert window.review.findings.article is window.document.article
    assert made == []


def test_grammar_hands_its_readings_back_without_calling_qt(qtbot: QtBot) -> None:
    grammar_engine()
    with qt_calls_made_by("grammar-hand-over") as made:
        start = article(title("Marché"), para("Ils sont allé au marché."), meta={"language": "fr"})
        window = bare_window(start)
        _read(qtbot, window)
    assert window.grammar.underlined() == ["allé"]
    assert made == []
