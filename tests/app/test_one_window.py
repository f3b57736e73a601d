"""One window per file: however a file is opened again, its window comes forward, so no two
windows ever save over each other's words."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent, QFileOpenEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from editor.app.application import Copydesk, FileOpener
from editor.app.autosave import AppData
from editor.app.main_window import MainWindow
from editor.app.settings import Settings
from editor.model import storage
from tests.shared import SAMPLE


@pytest.fixture
def desk(tmp_path: Path) -> Copydesk:
    return Copydesk(
        report=pytest.fail, settings=Settings(tmp_path / "s.ini"), data=AppData(tmp_path / "data")
    )


@pytest.fixture
def article(tmp_path: Path) -> Path:
    folder = tmp_path / "desk"
    folder.mkdir()
    path = folder / "conseil.article"
    shutil.copy(SAMPLE, path)
    return path


def _open(desk: Copydesk, path: Path, qtbot: QtBot) -> MainWindow:
    window = desk.open(path)
    assert window is not None
    qtbot.addWidget(window)
    return window


def _answer(button: QMessageBox.StandardButton) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            box.button(button).click()
        else:
            QTimer.singleShot(10, click)

    QTimer.singleShot(10, click)


def test_opening_an_open_file_again_raises_its_window(
    desk: Copydesk, article: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    window = _open(desk, article, qtbot)
    QTest.keyClicks(window.surface, "Mes ajouts ")
    link = tmp_path / "lien.article"
    link.symlink_to(article)
    for spelling in (article, tmp_path / "desk" / ".." / "desk" / "conseil.article", link):
        assert desk.open(spelling) is window
    assert desk.windows == [window]
    assert window.document.article.blocks[0].plain_text.startswith("Mes ajouts ")
    window.document.undo_stack.setClean()


def test_recent_drop_and_the_systems_file_open_raise_the_same_window(
    desk: Copydesk, article: Path, qapp: QApplication, qtbot: QtBot
) -> None:
    window = _open(desk, article, qtbot)
    other = desk.new()
    qtbot.addWidget(other)
    other.recent_menu.aboutToShow.emit()
    other.recent_menu.actions()[0].trigger()  # File → Open Recent in another window
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(article))])
    drop = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(other.surface.viewport(), drop)  # dropped on another window
    opener = FileOpener(desk, qapp)
    qapp.installEventFilter(opener)
    try:
        QApplication.sendEvent(qapp, QFileOpenEvent(str(article)))  # macOS's Finder
    finally:
        qapp.removeEventFilter(opener)
    assert desk.windows == [window, other]


def test_revert_reads_the_file_again_in_the_same_window(
    desk: Copydesk, article: Path, qtbot: QtBot
) -> None:
    window = _open(desk, article, qtbot)
    saved = window.document.article.blocks
    QTest.keyClicks(window.surface, "À oublier ")
    _answer(QMessageBox.StandardButton.Discard)
    window.commands["revert"].trigger()
    assert desk.windows == [window] and window.isVisible()
    assert window.document.article.blocks == saved and not window.document.dirty
    window.action("undo").trigger()  # what was forgotten is one step away
    assert window.document.article.blocks[0].plain_text.startswith("À oublier ")
    window.document.undo_stack.setClean()


def test_save_as_over_a_file_open_in_another_window_is_refused(
    desk: Copydesk, article: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _open(desk, article, qtbot)
    second = desk.new()
    qtbot.addWidget(second)
    QTest.keyClicks(second.surface, "Autre papier")
    before = article.read_bytes()
    seen: list[str] = []

    def refuse() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.button(QMessageBox.StandardButton.Ok).click()
        else:
            QTimer.singleShot(10, refuse)

    QTimer.singleShot(10, refuse)
    assert not second._write(article)
    assert seen and "conseil.article" in seen[0]
    assert article.read_bytes() == before and second.document.path is None
    assert storage.load(article).blocks == first.document.article.blocks
    second.document.undo_stack.setClean()


def test_opening_a_file_whose_import_is_not_saved_yet_raises_that_window(
    desk: Copydesk, tmp_path: Path, qtbot: QtBot
) -> None:
    source = tmp_path / "depeche.md"
    source.write_text("# Grève des bus\n\nLe trafic est perturbé.\n", "utf-8")
    window = _open(desk, source, qtbot)
    QTest.keyClicks(window.surface, "Relu ")
    assert desk.open(source) is window and desk.windows == [window]
    assert window.document.article.blocks[0].plain_text.startswith("Relu ")
    window.document.undo_stack.setClean()
