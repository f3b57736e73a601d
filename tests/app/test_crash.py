"""An exception nobody expected, raised from a real slot or from Python code Qt calls while it
handles an event (`guard.py`): the work is saved first, the traceback logged, the user told
where the log is, and the window goes on working.

pytest-qt normally turns exceptions in slots into test failures with its own hook; these tests
switch that off (`qt_no_exception_capture`) so the editor's own hook is the one Qt reaches.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QAction, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from editor.app import crash, recovery
from editor.app.application import Copydesk
from editor.app.autosave import AppData, Autosave
from editor.app.autotype import AutoType
from editor.app.main_window import MainWindow
from editor.app.settings import Settings
from editor.app.spelling import Underline
from editor.app.zoom import Zoom
from tests.app.windows import left_in_memory
from tests.shared import SAMPLE

pytestmark = pytest.mark.qt_no_exception_capture


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Copydesk:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    shown = Copydesk(
        report=pytest.fail, settings=Settings(tmp_path / "s.ini"), data=AppData(tmp_path / "data")
    )
    crash.install(shown)
    return shown


def _window(desk: Copydesk, tmp_path: Path, qtbot: QtBot) -> MainWindow:
    path = tmp_path / "article.article"
    shutil.copy(SAMPLE, path)
    window = desk.open(path)
    assert window is not None
    qtbot.addWidget(window)
    return window


def _crash_box(window: MainWindow) -> QMessageBox | None:
    shown = [b for b in window.findChildren(QMessageBox, "crashBox") if b.isVisible()]
    return shown[0] if shown else None


def _fall_over() -> None:
    raise RuntimeError("the wire feed fell over")


def test_an_exception_in_a_slot_saves_the_work_logs_it_and_says_where(
    desk: Copydesk, tmp_path: Path, qtbot: QtBot
) -> None:
    window = _window(desk, tmp_path, qtbot)
    QTest.keyClicks(window.surface, "Texte en danger ")
    QTimer.singleShot(0, _fall_over)
    qtbot.waitUntil(lambda: _crash_box(window) is not None, timeout=10_000)
    box = _crash_box(window)
    assert box is not None and str(desk.data.log) in box.informativeText()
    assert "safe" in box.text()

    log = desk.data.log.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in log
    assert "in _fall_over" in log and "RuntimeError: the wire feed fell over" in log

    found = recovery.find(desk.data)
    assert [item.original for item in found] == [window.document.path]
    assert found[0].article.blocks == window.document.article.blocks
    assert found[0].article.blocks[0].plain_text.startswith("Texte en danger ")

    box.accept()
    QTest.keyClicks(window.surface, "et sauve ")
    assert window.document.article.blocks[0].plain_text.startswith("Texte en danger et sauv")
    window.document.undo_stack.setClean()


def test_a_menu_command_that_fails_is_reported_once_and_logged_every_time(
    desk: Copydesk, tmp_path: Path, qtbot: QtBot
) -> None:
    window = _window(desk, tmp_path, qtbot)
    broken = QAction("Broken", window)
    broken.triggered.connect(_fall_over)
    broken.trigger()
    broken.trigger()
    qtbot.waitUntil(lambda: _crash_box(window) is not None, timeout=10_000)
    boxes = window.findChildren(QMessageBox, "crashBox")
    assert len(boxes) == 1
    log = desk.data.log.read_text(encoding="utf-8")
    assert log.count("RuntimeError: the wire feed fell over") == 2
    assert recovery.find(desk.data) == []  # nothing unsaved, nothing to copy
    boxes[0].accept()


def test_the_log_is_rotated_past_its_limit(tmp_path: Path) -> None:
    log = tmp_path / "copydesk.log"
    log.write_text("old\n" * (crash.LOG_LIMIT // 4 + 1), encoding="utf-8")
    crash.write_log(log, "new entry\n")
    assert log.read_text(encoding="utf-8") == "new entry\n"
    assert log.with_name("copydesk.log.1").read_text(encoding="utf-8").startswith("old\n")


def _fail_in(window: MainWindow) -> None:
    raise RuntimeError(f"{window.objectName()} fell over")


def test_a_window_closed_after_a_reported_error_is_freed(
    desk: Copydesk, tmp_path: Path, qtbot: QtBot
) -> None:
    """Python keeps the last error's traceback for a debugger (`sys.last_traceback`), and
    with its frames the window the error happened in: once reported, the window closed
    later is freed all the same, its article with it."""
    start = left_in_memory()
    shutil.copy(SAMPLE, tmp_path / "article.article")
    window = desk.open(tmp_path / "article.article")  # closed by the test itself
    assert window is not None
    broken = QAction("Broken", window)
    broken.triggered.connect(partial(_fail_in, window))
    broken.trigger()
    box = _crash_box(window)
    assert box is not None
    box.accept()
    window.document.undo_stack.setClean()
    window.close()
    del window, broken, box
    qtbot.waitUntil(lambda: not desk.windows)
    assert left_in_memory() == start


@pytest.fixture
def window(desk: Copydesk, tmp_path: Path) -> Iterator[MainWindow]:
    """A window on a copy of the sample, closed without asking whatever the test left (by
    this fixture: pytest-qt closes the windows it was given before the fixtures end)."""
    path = tmp_path / "article.article"
    shutil.copy(SAMPLE, path)
    shown = desk.open(path)
    assert shown is not None
    yield shown
    shown.document.undo_stack.setClean()
    shown.close()


def _fails(*_args: object) -> None:
    raise RuntimeError("the wire feed fell over")


def _reported(desk: Copydesk, window: MainWindow, where: str) -> None:
    """The fault was logged with its place, the unsaved article copied to safety, the user told."""
    log = desk.data.log.read_text(encoding="utf-8")
    assert f"in {where}" in log and "RuntimeError: the wire feed fell over" in log
    found = recovery.find(desk.data)
    assert [item.original for item in found] == [window.document.path]
    box = _crash_box(window)
    assert box is not None
    box.accept()


def test_a_highlighter_that_fails_while_typing_leaves_the_text_and_the_window(
    desk: Copydesk, window: MainWindow, qtbot: QtBot
) -> None:
    """The spelling highlighter runs inside the page's key press (itself inside its `event`):
    raised into Qt, a fault there could kill the process (a segmentation fault), unsaved text
    and all."""
    typography = window.findChild(AutoType)
    assert typography is not None
    typography.action.setChecked(True)  # its filter hands each key to the page's `event`
    underline = window.findChild(Underline)
    assert underline is not None
    QApplication.processEvents()  # the highlighter's first pass, put off by Qt to the event loop
    underline.speller_for = _fails  # type: ignore[method-assign]  # fault injected
    QTest.keyClicks(window.surface, "Texte sauf ")
    assert window.document.article.blocks[0].plain_text.startswith("Texte sauf ")
    assert window.surface.textCursor().block().text().startswith("Texte sauf ")
    _reported(desk, window, "highlightBlock")
    del underline.speller_for
    QTest.keyClicks(window.surface, "et sauve ")
    assert window.document.article.blocks[0].plain_text.startswith("Texte sauf et sauve ")


def test_a_key_press_that_fails_is_typed_by_qt_instead(
    desk: Copydesk, window: MainWindow, qtbot: QtBot
) -> None:
    """The page's own typing fails: the key goes to Qt's text editor, so the journalist's
    words still land on the page and in the article."""
    window.surface._type = _fails  # type: ignore[method-assign]  # fault injected
    QTest.keyClicks(window.surface, "Vite")
    assert window.document.article.blocks[0].plain_text.startswith("Vite")
    _reported(desk, window, "keyPressEvent")


def _ctrl_wheel(window: MainWindow) -> None:
    """One notch of Ctrl+wheel over the page, as a mouse sends it."""
    viewport = window.surface.viewport()
    centre = QPointF(viewport.rect().center())
    wheel = QWheelEvent(
        centre,
        QPointF(viewport.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, wheel)


def test_an_event_filter_that_fails_lets_the_event_through(
    desk: Copydesk, window: MainWindow, qtbot: QtBot
) -> None:
    """Ctrl+wheel on the page goes through the zoom's event filter: failing, it answers Qt
    "not handled" and the window goes on, its zoom and its text as they were."""
    zoom = window.findChild(Zoom)
    assert zoom is not None
    level = zoom.level
    zoom.step = _fails  # type: ignore[method-assign]  # fault injected
    QTest.keyClicks(window.surface, "Avant ")
    _ctrl_wheel(window)
    assert zoom.level == level
    _reported(desk, window, "eventFilter")
    QTest.keyClicks(window.surface, "ensuite ")
    assert window.document.article.blocks[0].plain_text.startswith("Avant ensuite ")


def test_a_fault_that_repeats_with_nothing_typed_copies_the_article_once(
    desk: Copydesk, window: MainWindow, qtbot: QtBot
) -> None:
    """A fault met at every paint or wheel notch: the article, unchanged since its copy, is
    not written and flushed again each time; the log still has every occurrence."""
    zoom = window.findChild(Zoom)
    keeper = window.document.findChild(Autosave)
    assert zoom is not None and keeper is not None
    zoom.step = _fails  # type: ignore[method-assign]  # fault injected
    QTest.keyClicks(window.surface, "Avant ")
    _ctrl_wheel(window)
    copy = keeper.file.stat()
    _ctrl_wheel(window)
    _ctrl_wheel(window)
    assert (keeper.file.stat().st_ino, keeper.file.stat().st_mtime_ns) == (
        copy.st_ino,
        copy.st_mtime_ns,
    )
    log = desk.data.log.read_text(encoding="utf-8")
    assert log.count("RuntimeError: the wire feed fell over") == 3
    QTest.keyClicks(window.surface, "encore ")
    _ctrl_wheel(window)  # typed since: copied again
    found = recovery.find(desk.data)
    assert found[0].article.blocks[0].plain_text.startswith("Avant encore ")
    _reported(desk, window, "eventFilter")
