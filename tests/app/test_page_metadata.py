"""The row above the title (section, byline, dateline) follows the metadata panel as it is
typed, and undo and redo; a save or a close while a field is still being typed keeps what the
page shows. What the page shows is read from what the window really put on screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from editor.app import looks
from editor.app.application import Copydesk
from editor.app.main_window import MainWindow
from editor.app.page import credit_line
from editor.model import storage
from editor.model.article import Author, Dateline, Meta
from editor.model.build import article, title

ROW = (looks.TOP_MARGIN - 44, looks.TOP_MARGIN - 24)
"""The band of the page, from its top, where the row above the copy is set."""


def on_screen(window: MainWindow) -> QImage:
    """What the window last put on screen (its backing store), not a fresh rendering."""
    return window.screen().grabWindow(window.winId()).toImage()


def inked(window: MainWindow, half: str) -> bool:
    """Whether the left (section) or right (byline, dateline) half of the row has type."""
    surface = window.surface
    column = looks.COLUMN // 2
    left = looks.GUTTER + (0 if half == "left" else column)
    corner = surface.viewport().mapTo(window, QPoint(left, ROW[0]))
    area = QRect(corner.x(), corner.y(), column, ROW[1] - ROW[0])
    image = on_screen(window)
    paper = image.pixelColor(corner.x() - 20, corner.y()).lightness()
    return any(
        image.pixelColor(x, y).lightness() < paper - 80
        for x in range(area.left(), area.right(), 2)
        for y in range(area.top(), area.bottom())
    )


def field(window: MainWindow, name: str) -> QLineEdit:
    edit = window.inspector.edits[name]
    edit.setFocus()
    return edit


@pytest.fixture
def window(desk: Copydesk, qtbot: QtBot) -> MainWindow:
    shown = desk.new()
    qtbot.waitExposed(shown)
    shown.surface.setFocus()
    QTest.keyClicks(shown.surface, "Le conseil vote")
    return shown


def test_the_section_shows_as_typed_and_follows_undo_and_redo(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert not inked(window, "left")
    section = field(window, "section")
    QTest.keyClicks(section, "Culture / Livres")
    qtbot.waitUntil(lambda: inked(window, "left"))  # before the field is left
    QTest.keyClick(section, Qt.Key.Key_Return)
    assert window.document.article.meta.section == ("Culture", "Livres")
    window.surface.setFocus()
    window.action("undo").trigger()
    assert window.document.article.meta.section == ()
    qtbot.waitUntil(lambda: not inked(window, "left"))
    window.action("redo").trigger()
    qtbot.waitUntil(lambda: inked(window, "left"))


def test_the_byline_and_dateline_show_as_typed_and_follow_undo(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert not inked(window, "right")
    QTest.keyClicks(field(window, "authors"), "Camille Roux (journaliste)")
    qtbot.waitUntil(lambda: inked(window, "right"))
    QTest.keyClicks(field(window, "place"), "Lyon")  # leaving the authors writes them
    QTest.keyClicks(field(window, "date"), "2025-02-01")
    window.surface.setFocus()
    meta = window.document.article.meta
    assert meta.byline == "Camille Roux" and meta.dateline == Dateline("Lyon", meta.dateline.date)
    assert credit_line(meta) == "Par Camille Roux · Lyon, 1er février 2025"
    for _ in range(3):
        window.action("undo").trigger()
    assert window.document.article.meta.authors == ()
    qtbot.waitUntil(lambda: not inked(window, "right"))


def test_an_invalid_entry_leaves_the_page_as_the_article_is(
    window: MainWindow, qtbot: QtBot
) -> None:
    QTest.keyClicks(field(window, "date"), "1er fevrier")
    QTest.keyClick(window.inspector.edits["date"], Qt.Key.Key_Return)
    assert window.document.article.meta.dateline.date is None
    assert window.surface.meta_typed is None
    assert not inked(window, "right")


def test_saving_while_a_field_is_typed_saves_what_the_page_shows(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "conseil.article"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    section = field(window, "section")
    QTest.keyClicks(section, "Politique")
    assert section.hasFocus()
    window.action("save").trigger()
    assert storage.load(target).meta.section == ("Politique",)
    assert not window.document.dirty


def test_closing_while_a_field_is_typed_asks_to_save_it(
    desk: Copydesk, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "breve.article"
    storage.save(article(title("Brève"), meta=Meta(authors=(Author("Anne Martin"),))), path)
    window = desk.open(path)
    assert window is not None
    qtbot.waitExposed(window)
    QTest.keyClicks(field(window, "place"), "Lyon")
    asked: list[str] = []

    def save_when_asked() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, save_when_asked)
            return
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Save).click()

    QTimer.singleShot(10, save_when_asked)
    assert window.close()
    assert asked and "breve.article" in asked[0]
    assert storage.load(path).meta.dateline.place == "Lyon"
