"""Crash recovery: a window killed with unsaved work; the next start restores the exact text."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from editor.app import recovery
from editor.app.application import Copydesk
from editor.app.autosave import AppData
from editor.app.conflicts import SETTLE_MS, Guard
from editor.app.settings import Settings
from editor.model import storage
from tests.shared import SAMPLE

CHILD = """
import sys
from pathlib import Path
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from editor.app.application import Copydesk
from editor.app.autosave import AppData, Autosave
from editor.app.settings import Settings

app = QApplication([])
root = Path(sys.argv[2])
desk = Copydesk(settings=Settings(root / "s.ini"), data=AppData(root / "data"))
window = desk.open(Path(sys.argv[1]))
QTest.keyClicks(window.surface, "Texte perdu puis retrouve ")
keeper = window.document.findChild(Autosave)
keeper.written.connect(lambda _: print("written", flush=True))
app.exec()
"""


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_a_killed_window_is_recovered_exactly(tmp_path: Path, qtbot: QtBot) -> None:
    path = tmp_path / "article.article"
    shutil.copy(SAMPLE, path)
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root), "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(tmp_path)], stdout=subprocess.PIPE, env=env
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == b"written"
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert path.read_bytes() == SAMPLE.read_bytes()

    data = AppData(tmp_path / "data")
    found = recovery.find(data)
    assert [item.original for item in found] == [path]
    assert "Texte perdu puis retrouve" in recovery.difference(found[0])
    desk = Copydesk(report=pytest.fail, settings=Settings(tmp_path / "s2.ini"), data=data)
    windows = recovery.offer(desk, data, choose=lambda item: "restore")
    assert len(windows) == 1
    window = desk.windows[-1]
    qtbot.addWidget(window)
    text = [b.plain_text for b in window.document.article.blocks]
    assert text == [b.plain_text for b in found[0].article.blocks]
    assert text[0].startswith("Texte perdu puis retrouve ")
    assert window.document.dirty and window.document.path == path
    window.document.undo_stack.setClean()


def test_a_copy_older_than_its_file_is_not_offered(tmp_path: Path) -> None:
    data = AppData(tmp_path / "data")
    data.recovery.mkdir(parents=True)
    path = tmp_path / "a.article"
    shutil.copy(SAMPLE, path)
    copy = data.recovery / "a.article"
    article = storage.load(SAMPLE)
    storage.save(
        article.__class__(
            article.meta, article.blocks, article.media, {"recovery": {"path": str(path)}}
        ),
        copy,
    )
    os.utime(copy, (0, 0))
    assert recovery.find(data) == []
    assert copy.exists()  # nothing deleted without the user's choice


def _press(box_name: str, text: str, seen: list[str]) -> None:
    """Press the button reading `text` in the message box `box_name` when it shows."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == box_name:
            seen.append(box.text())
            next(b for b in box.buttons() if b.text() == text).click()
        else:
            QTimer.singleShot(10, press)

    QTimer.singleShot(10, press)


def _changed_prompts() -> list[QWidget]:
    return [
        widget
        for widget in QApplication.topLevelWidgets() + QApplication.allWidgets()
        if widget.objectName() == "changedOnDiskBox" and widget.isVisible()
    ]


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_restore_goes_into_the_window_that_owns_the_file(tmp_path: Path, qtbot: QtBot) -> None:
    """The issue's day: killed with unsaved typing, started again on the same file, Restore.
    One window holds the recovered text; saving it asks nothing and loses nothing."""
    path = tmp_path / "article.article"
    shutil.copy(SAMPLE, path)
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root), "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(tmp_path)], stdout=subprocess.PIPE, env=env
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == b"written"
    child.send_signal(signal.SIGKILL)
    child.wait()

    data = AppData(tmp_path / "data")
    desk = Copydesk(report=pytest.fail, settings=Settings(tmp_path / "s2.ini"), data=data)
    opened = desk.open(path)  # started again on the same file, as `copydesk article.article`
    assert opened is not None
    qtbot.addWidget(opened)
    assert not opened.document.article.blocks[0].plain_text.startswith("Texte perdu")
    seen: list[str] = []
    _press("recoveryBox", "Restore", seen)
    recovery.offer(desk, data)
    assert len(seen) == 1 and "article.article" in seen[0]
    assert desk.windows == [opened]  # one window per file, always
    assert opened.document.article.blocks[0].plain_text.startswith("Texte perdu puis retrouve ")
    assert opened.document.dirty

    recovered = opened.document.article
    assert opened.save()
    qtbot.wait(3 * SETTLE_MS)  # room for the watcher to report our own save
    for window in desk.windows:
        guard = window.findChild(Guard)
        assert guard is not None
        guard.check()
    assert _changed_prompts() == []
    assert storage.load(path).blocks == recovered.blocks
    assert opened.document.article.blocks == recovered.blocks and not opened.document.dirty
    assert recovery.find(data) == []  # the copy did its work and is gone
