"""Locks beside open articles and changes made on disk by other programs, in the real window."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from editor.app import i18n
from editor.app.application import Copydesk
from editor.app.autosave import AppData
from editor.app.conflicts import SETTLE_MS, Guard, lock_path, read_lock
from editor.app.main_window import MainWindow
from editor.app.settings import Settings
from editor.app.versions import Backups
from editor.model import storage
from editor.model.inline import Run
from tests.shared import SAMPLE

ROOT = Path(__file__).resolve().parents[2]
REWRITE = """
import dataclasses, sys
from pathlib import Path
from editor.model import storage
from editor.model.inline import Run

path = Path(sys.argv[1])
article = storage.load(path)
first = dataclasses.replace(article.blocks[0], text=(Run(sys.argv[2]),))
data = storage.dumps(dataclasses.replace(article, blocks=(first, *article.blocks[1:])))
if sys.argv[3] == "atomic":
    storage.save(dataclasses.replace(article, blocks=(first, *article.blocks[1:])), path)
else:  # in place, as many editors write
    with open(path, "r+b") as out:
        out.truncate(0)
        out.write(data.encode("utf-8"))
"""


@pytest.fixture
def desk(tmp_path: Path) -> Copydesk:
    return Copydesk(
        report=pytest.fail, settings=Settings(tmp_path / "s.ini"), data=AppData(tmp_path / "data")
    )


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.article"
    shutil.copy(SAMPLE, path)
    return path


def _lock(path: Path, host: str, pid: int) -> None:
    lock = {"user": "claire", "host": host, "pid": pid, "time": "2026-05-04T09:30:00+00:00"}
    lock_path(path).write_text(json.dumps(lock), encoding="utf-8")


def _answer(name: str, box_name: str, seen: list[QMessageBox]) -> None:
    """Click the button `name` in the message box `box_name` when it shows."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == box_name:
            seen.append(box)
            button = box.findChild(QPushButton, name)
            (button or box.button(QMessageBox.StandardButton.Cancel)).click()
        else:
            QTimer.singleShot(10, click)

    QTimer.singleShot(10, click)


def _rewrite(path: Path, text: str, how: str = "atomic") -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-c", REWRITE, str(path), text, how], check=True, env=env)


def _prompt(window: MainWindow) -> QMessageBox | None:
    shown = [box for box in window.findChildren(QMessageBox, "changedOnDiskBox") if box.isVisible()]
    return shown[0] if shown else None


def _click(box: QMessageBox, name: str) -> None:
    button = box.findChild(QPushButton, name)
    assert button is not None
    button.click()


def _first_text(window: MainWindow) -> str:
    return window.document.article.blocks[0].plain_text


def _open(desk: Copydesk, path: Path, qtbot: QtBot, track: bool = True) -> MainWindow:
    """The window on `path`; `track` False for a test that closes it (it deletes itself)."""
    window = desk.open(path)
    assert window is not None
    if track:
        qtbot.addWidget(window)
    return window


def test_opening_locks_the_file_and_closing_unlocks_it(
    desk: Copydesk, article: Path, qtbot: QtBot
) -> None:
    window = _open(desk, article, qtbot, track=False)
    lock = read_lock(article)
    assert lock is not None and lock.mine and lock.host == socket.gethostname()
    assert lock.pid == os.getpid()
    window.close()
    qtbot.waitUntil(lambda: not lock_path(article).exists())


def test_a_colleagues_lock_asks_and_read_only_refuses_to_save_over(
    desk: Copydesk,
    article: Path,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _lock(article, "desk-07.newsroom.example", 4242)
    theirs = lock_path(article).read_bytes()
    seen: list[QMessageBox] = []
    _answer("read-only", "lockedBox", seen)
    window = _open(desk, article, qtbot)
    assert len(seen) == 1 and "claire" in seen[0].text() and "desk-07" in seen[0].text()
    assert lock_path(article).read_bytes() == theirs  # their lock stays theirs
    guard = window.findChild(Guard)
    assert guard is not None and guard.read_only == article
    assert guard.badge.isVisibleTo(window) and guard.badge.text() == "Read-only"
    i18n.install("fr")
    try:
        qtbot.waitUntil(lambda: guard.badge.text() == "Lecture seule")
    finally:
        i18n.install("en")
    qtbot.waitUntil(lambda: guard.badge.text() == "Read-only")

    QTest.keyClicks(window.surface, "Mes notes ")
    _answer("cancel", "readOnlyBox", seen)
    assert window.save() is False
    assert len(seen) == 2 and article.read_bytes() == SAMPLE.read_bytes()
    assert window.document.dirty

    copy = tmp_path / "copy.article"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    _answer("saveAs", "readOnlyBox", seen)
    assert window.save() is True  # saved, under another name
    assert window.document.path == copy and not window.document.dirty
    assert storage.load(copy).blocks[0].plain_text.startswith("Mes notes ")
    assert article.read_bytes() == SAMPLE.read_bytes()
    mine = read_lock(copy)
    assert mine is not None and mine.mine  # the copy is ours, locked by us
    assert lock_path(article).read_bytes() == theirs


def test_cancel_at_a_colleagues_lock_opens_nothing(
    desk: Copydesk, article: Path, qtbot: QtBot
) -> None:
    _lock(article, "desk-07.newsroom.example", 4242)
    seen: list[QMessageBox] = []
    _answer("cancel", "lockedBox", seen)
    assert desk.open(article) is None
    assert len(seen) == 1 and desk.windows == []


def test_a_stale_lock_is_replaced_without_asking(
    desk: Copydesk, article: Path, qtbot: QtBot
) -> None:
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    _lock(article, socket.gethostname(), gone.pid)
    window = _open(desk, article, qtbot, track=False)  # a prompt here would hang the test
    lock = read_lock(article)
    assert lock is not None and lock.pid == os.getpid()
    window.close()


def _kept(desk: Copydesk, path: Path) -> list[str]:
    """The first line of each version File → Versions keeps of `path`, newest first."""
    return [v.article().blocks[0].plain_text for v in Backups(desk.data.backups).versions(path)]


@pytest.mark.parametrize("how", ["atomic", "in place"])
def test_a_change_on_disk_reloads_a_window_without_unsaved_changes(
    desk: Copydesk, article: Path, qtbot: QtBot, how: str
) -> None:
    window = _open(desk, article, qtbot)
    ours = _first_text(window)
    _rewrite(article, "Version du secrétariat de rédaction", how)
    qtbot.waitUntil(lambda: _first_text(window) == "Version du secrétariat de rédaction")
    assert _prompt(window) is None and not window.document.dirty
    assert _kept(desk, article)[:1] == [ours]  # what the window showed is in File → Versions
    assert window.action("undo").text() == "&Undo Reload from Disk"
    window.action("undo").trigger()  # and one step away
    assert _first_text(window) == ours
    window.document.undo_stack.setClean()


def test_a_reload_reads_in_french_in_the_history(
    desk: Copydesk, article: Path, qtbot: QtBot
) -> None:
    i18n.install("fr")
    try:
        window = _open(desk, article, qtbot)
        _rewrite(article, "Version du secrétariat de rédaction")
        qtbot.waitUntil(lambda: _first_text(window) == "Version du secrétariat de rédaction")
        assert window.document.undo_stack.undoText() == "Recharger depuis le disque"
        assert "Versions" in window.statusBar().currentMessage()
    finally:
        i18n.install("en")


def test_a_change_on_disk_over_unsaved_changes_asks_and_reload_is_the_default(
    desk: Copydesk, article: Path, qtbot: QtBot
) -> None:
    window = _open(desk, article, qtbot)
    QTest.keyClicks(window.surface, "Ma version ")
    ours = _first_text(window)
    _rewrite(article, "Leur version", "in place")
    qtbot.waitUntil(lambda: _prompt(window) is not None, timeout=10_000)
    box = _prompt(window)
    assert box is not None and "article.article" in box.text()
    assert box.defaultButton() is box.findChild(QPushButton, "reload")
    QTest.keyClick(box, Qt.Key.Key_Return)  # Enter takes the safe choice
    assert _first_text(window) == "Leur version" and not window.document.dirty
    assert _kept(desk, article)[:1] == [ours]  # our words are in File → Versions
    window.action("undo").trigger()
    assert _first_text(window) == ours and window.document.dirty
    window.document.undo_stack.setClean()


def test_keep_mine_leaves_our_text_unsaved_and_theirs_in_versions(
    desk: Copydesk, article: Path, qtbot: QtBot
) -> None:
    window = _open(desk, article, qtbot)
    QTest.keyClicks(window.surface, "Ma version ")
    ours = _first_text(window)
    _rewrite(article, "Leur version", "in place")
    qtbot.waitUntil(lambda: _prompt(window) is not None, timeout=10_000)
    box = _prompt(window)
    assert box is not None
    _click(box, "keep")
    assert _first_text(window) == ours and window.document.dirty
    assert storage.load(article).blocks[0].plain_text == "Leur version"
    assert _kept(desk, article)[:1] == ["Leur version"]
    assert window.save()  # over theirs, which File → Versions still has
    assert _kept(desk, article)[:1] == ["Leur version"]
    assert storage.load(article).blocks[0].plain_text == ours


def test_our_own_saves_do_not_ask_and_the_watch_survives_them(
    desk: Copydesk, article: Path, qtbot: QtBot
) -> None:
    window = _open(desk, article, qtbot)
    guard = window.findChild(Guard)
    assert guard is not None
    for words in ("Un ", "Deux "):
        QTest.keyClicks(window.surface, words)
        assert window.save()
        qtbot.wait(2 * SETTLE_MS)  # room for a late event from the watcher
        guard.check()  # as if the watcher reported our rename just now
        assert _prompt(window) is None
        assert str(article) in guard.watcher.files()
    _rewrite(article, "Leur version")  # still watched after two atomic renames
    qtbot.waitUntil(lambda: _first_text(window) == "Leur version", timeout=10_000)


def test_the_shipped_sample_is_opened_without_a_lock(desk: Copydesk, qtbot: QtBot) -> None:
    window = _open(desk, SAMPLE, qtbot)
    assert window.document.path == SAMPLE
    assert not lock_path(SAMPLE).exists()


@pytest.mark.parametrize("answer", ["read-only", "cancel"])
def test_a_recovered_copy_of_a_file_a_colleague_holds_asks_first(
    desk: Copydesk, article: Path, tmp_path: Path, qtbot: QtBot, answer: str
) -> None:
    from datetime import UTC, datetime

    from editor.app import recovery

    _lock(article, "desk-07.newsroom.example", 4242)
    theirs = lock_path(article).read_bytes()
    copy = storage.load(article)
    copy = copy.replace_block(dataclasses.replace(copy.blocks[0], text=(Run("Rescapé"),)))
    spare = tmp_path / "copy.recovery"
    spare.write_text(storage.dumps(copy), encoding="utf-8")
    item = recovery.Recovered(spare, article, datetime.now(UTC), copy)
    seen: list[QMessageBox] = []
    _answer(answer, "lockedBox", seen)
    window = recovery.restore(desk, item)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert len(seen) == 1 and "claire" in seen[0].text()
    assert _first_text(window) == "Rescapé" and window.document.dirty
    assert lock_path(article).read_bytes() == theirs  # their lock stays theirs
    guard = window.findChild(Guard)
    assert guard is not None
    if answer == "read-only":
        assert window.document.path == article and guard.read_only == article
    else:  # not bound to their file: Save asks for a name
        assert window.document.path is None
    assert article.read_bytes() == SAMPLE.read_bytes()
    window.document.undo_stack.setClean()
