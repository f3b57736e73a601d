"""An exception nobody expected, raised from a real slot: the work is saved first, the traceback
logged, the user told where the log is, and the window goes on working.

pytest-qt normally turns exceptions in slots into test failures with its own hook; these tests
switch that off (`qt_no_exception_capture`) so the editor's own hook is the one Qt reaches.
"""

from __future__ import annotations

import shutil
import sys
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from editor.app import crash, recovery
from editor.app.application import Copydesk
from editor.app.autosave import AppData
from editor.app.main_window import MainWindow
from editor.app.settings import Settings
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
