"""Autosave in the real window: a recovery copy after typing, gone after a save or a clean close."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from editor.app.application import Copydesk
from editor.app.autosave import RECOVERY_KEY, AppData, Autosave
from editor.app.main_window import MainWindow
from editor.app.settings import Settings
from editor.model import storage
from tests.shared import SAMPLE


@pytest.fixture
def desk(tmp_path: Path, qtbot: QtBot) -> Copydesk:
    return Copydesk(
        report=pytest.fail, settings=Settings(tmp_path / "s.ini"), data=AppData(tmp_path / "data")
    )


def _open(desk: Copydesk, tmp_path: Path, qtbot: QtBot, track: bool = True) -> MainWindow:
    path = tmp_path / "article.article"
    shutil.copy(SAMPLE, path)
    window = desk.open(path)
    assert window is not None
    if track:  # a window the test closes itself is not closed again at teardown
        qtbot.addWidget(window)
    return window


def _keeper(window: MainWindow) -> Autosave:
    keeper = window.document.findChild(Autosave)
    assert isinstance(keeper, Autosave)
    return keeper


def test_typing_leaves_a_recovery_copy_after_a_pause(
    desk: Copydesk, tmp_path: Path, qtbot: QtBot
) -> None:
    window = _open(desk, tmp_path, qtbot)
    keeper = _keeper(window)
    QTest.keyClicks(window.surface, "Copie gardee ")
    qtbot.waitUntil(keeper.file.exists, timeout=6000)
    keeper.wait()
    copy = storage.load(keeper.file)
    assert copy.extra[RECOVERY_KEY]["path"] == str(window.document.path)
    assert [b.plain_text for b in copy.blocks] == [
        b.plain_text for b in window.document.article.blocks
    ]
    assert "Copie gardee" in "".join(b.plain_text for b in copy.blocks)
    assert keeper.file.parent == tmp_path / "data" / "recovery"
    original = (tmp_path / "article.article").read_bytes()
    assert original == SAMPLE.read_bytes()  # autosave never touches the file itself
    window.document.undo_stack.setClean()


def test_saving_removes_the_recovery_copy(desk: Copydesk, tmp_path: Path, qtbot: QtBot) -> None:
    window = _open(desk, tmp_path, qtbot)
    keeper = _keeper(window)
    QTest.keyClicks(window.surface, "Encore ")
    keeper.flush()
    qtbot.waitUntil(keeper.file.exists)
    window.action("save").trigger()
    assert not window.document.dirty
    assert not keeper.file.exists()


def test_untitled_articles_are_kept_too(desk: Copydesk, qtbot: QtBot) -> None:
    window = desk.new()
    qtbot.addWidget(window)
    keeper = _keeper(window)
    QTest.keyClicks(window.surface, "Sans titre")
    keeper.flush()
    qtbot.waitUntil(keeper.file.exists)
    assert keeper.file.name.startswith("untitled-")
    assert storage.load(keeper.file).blocks[0].plain_text == "Sans titre"
    window.document.undo_stack.setClean()


def test_a_clean_close_removes_the_recovery_copy(
    desk: Copydesk, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _open(desk, tmp_path, qtbot, track=False)
    keeper = _keeper(window)
    QTest.keyClicks(window.surface, "Abandon ")
    keeper.flush()
    qtbot.waitUntil(keeper.file.exists)
    asked: list[str] = []

    def discard(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[1]))
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", discard)
    file = keeper.file
    gone: list[bool] = []
    window.destroyed.connect(lambda: gone.append(True))  # no waitSignal: it would disconnect
    window.close()  # from the dead window afterwards, and Qt warns
    qtbot.waitUntil(lambda: bool(gone))
    assert asked
    assert not file.exists()
    assert (tmp_path / "article.article").read_bytes() == SAMPLE.read_bytes()
