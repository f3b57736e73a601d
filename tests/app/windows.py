"""Bare editor windows for the tests: a `MainWindow` on an article, without the application
around it, shown at once and closed unasked after the test (`tests/app/conftest.py`)."""

from __future__ import annotations

import gc
from collections import Counter
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from editor.app import i18n
from editor.app.document import Document
from editor.app.export_dialog import ExportDialog
from editor.app.main_window import MainWindow
from editor.model.article import Article

_OPEN: list[MainWindow] = []


def bare_window(
    start: Article, path: Path | None = None, language: str | None = None
) -> MainWindow:
    """A window on `start` (saved at `path`, if given); `language`: the interface language
    installed first, as the application does before any window (English has plural forms)."""
    if language is not None:
        i18n.install(language)
    shown = MainWindow(Document(start, path), opener=lambda path: None)
    return closed_after_the_test(shown)


def closed_after_the_test(window: MainWindow) -> MainWindow:
    """`window` shown now, and closed without asking once the test ends."""
    _OPEN.append(window)
    window.show()
    QApplication.processEvents()
    return window


def close_all() -> None:
    """Close and delete: a window made without the application is not deleted when it closes
    (only the application's are), and the connections Qt holds to its parts would keep it,
    its document and its timers alive for the rest of the test run."""
    while _OPEN:
        shown = _OPEN.pop()
        shown.document.undo_stack.setClean()
        shown.close()
        shown.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def left_in_memory() -> Counter[str]:
    """The windows, export dialogs and documents in memory, by type, once the deleted ones
    are gone and the collector has run. The application freezes what lives while a window is open
    (`collector.py`): handed back first, or the collector would not see it."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    gc.unfreeze()
    gc.collect()
    kept = (o for o in gc.get_objects() if isinstance(o, (MainWindow, ExportDialog, Document)))
    return Counter(type(o).__name__ for o in kept)


def type_text(window: MainWindow, text: str) -> None:
    """Typed key by key into the page, as a keyboard of that script sends its characters
    (one key event per character, with no key code: Arabic, Hebrew, accented letters)."""
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(window.surface, event)
        QApplication.processEvents()
