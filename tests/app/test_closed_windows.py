"""A closed window lets go of everything: after any number of articles opened and closed, no
window and no document is left in memory, whatever was still due when the window went."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor.app import i18n
from editor.app.application import Copydesk
from editor.app.autosave import AppData
from editor.app.document import Document
from editor.app.main_window import MainWindow
from editor.app.settings import Settings
from editor.model import storage
from tests.app.test_keyboard_dialogs import tab_order
from tests.app.windows import left_in_memory
from tests.shared import SAMPLE

TIMES = 4


def close_now(window: MainWindow) -> None:
    window.document.undo_stack.setClean()
    window.close()


def switch_language_and_close(window: MainWindow) -> None:
    """The interface language changes, and the window closes before it is retranslated."""
    i18n.install("fr")
    i18n.install("en")
    close_now(window)


def turn_dark_and_close(window: MainWindow) -> None:
    """The desktop turns dark and light again, and the window closes before it is redrawn."""
    light = QPalette(QApplication.palette())
    dark = QPalette(light)
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e8eaed"))
    QApplication.setPalette(dark)
    QApplication.setPalette(light)
    close_now(window)


def type_and_close(window: MainWindow) -> None:
    QApplication.processEvents()  # the first reading is sent
    window.surface.insertPlainText("Ajout ")
    close_now(window)


ENDINGS: dict[str, Callable[[MainWindow], None]] = {
    "closed as soon as opened": close_now,
    "closed after a language switch": switch_language_and_close,
    "closed after the desktop turned dark": turn_dark_and_close,
    "closed after typing": type_and_close,
}


@pytest.mark.parametrize("ending", ENDINGS)
def test_windows_opened_and_closed_leave_nothing_behind(
    ending: str, tmp_path: Path, qtbot: QtBot
) -> None:
    i18n.install("en")
    desk = Copydesk(settings=Settings(tmp_path / "s.ini"), data=AppData(tmp_path / "data"))
    start = left_in_memory()
    for time in range(TIMES):
        path = tmp_path / f"article-{time}.article"
        shutil.copy(SAMPLE, path)
        window = desk.open(path)
        assert window is not None
        ENDINGS[ending](window)
        del window
        qtbot.waitUntil(lambda: not desk.windows)
    assert left_in_memory() == start


def test_a_window_deleted_before_the_event_loop_turns_leaves_nothing_behind(
    qtbot: QtBot,
) -> None:
    """Made and deleted at once, as a script or a failed opening might: what the window had
    put off to the event loop's next turn (grammar's first reading) goes with it."""
    i18n.install("en")
    start = left_in_memory()
    for _ in range(TIMES):
        window = MainWindow(Document(storage.load(SAMPLE), None), opener=lambda path: None)
        window.close()
        window.deleteLater()
        del window
    assert left_in_memory() == start


def export_by_keyboard(window: MainWindow, qtbot: QtBot, out: Path, key: Qt.Key) -> None:
    """Export's dialog walked with Tab, a folder typed, then Enter (export) or Escape."""
    window.action("export:docx").trigger()
    dialog = window.export_dialog
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    assert "exportFolder" in tab_order(dialog)
    dialog.folder.setFocus()
    dialog.folder.selectAll()
    QTest.keyClicks(dialog.folder, str(out))
    if key == Qt.Key.Key_Return:
        with qtbot.waitSignal(dialog.finished_export, timeout=60_000):
            QTest.keyClick(dialog.folder, key)
    else:
        QTest.keyClick(dialog.folder, key)
        qtbot.waitUntil(lambda: not dialog.isVisible())


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Escape], ids=["Enter", "Escape"])
def test_a_window_closed_after_its_export_dialog_leaves_nothing_behind(
    key: Qt.Key, tmp_path: Path, qtbot: QtBot
) -> None:
    """The export dialog opened and left by the keyboard, as `test_keyboard_dialogs` does,
    then the window closed: neither the dialog nor the window stays in memory."""
    i18n.install("en")
    desk = Copydesk(settings=Settings(tmp_path / "s.ini"), data=AppData(tmp_path / "data"))
    start = left_in_memory()
    for time in range(2):
        path = tmp_path / f"article-{time}.article"
        storage.save(storage.load(SAMPLE).with_meta(guid=""), path)
        window = desk.open(path)
        assert window is not None
        export_by_keyboard(window, qtbot, tmp_path / f"out-{time}", key)
        exported = (tmp_path / f"out-{time}" / f"article-{time}.docx").is_file()
        assert exported == (key == Qt.Key.Key_Return)
        close_now(window)
        del window
        qtbot.waitUntil(lambda: not desk.windows)
    assert left_in_memory() == start
