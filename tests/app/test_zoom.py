"""View → Zoom, in the real window: the page's text scales, the chrome does not, each window
keeps its own, and zooming is never an edit."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QTextCursor, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from editor.app import i18n
from editor.app.application import Copydesk
from editor.app.document import Document
from editor.app.main_window import MainWindow
from editor.app.settings import Settings
from editor.model.build import article, para, title

CTRL = Qt.KeyboardModifier.ControlModifier


def opened(desk: Copydesk) -> MainWindow:
    window = desk.show(
        Document(
            article(title("Le conseil vote le budget"), para("Une séance houleuse au conseil."))
        )
    )
    window.resize(1280, 800)
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    window.surface.setFocus()
    return window


def title_height(window: MainWindow) -> float:
    text = window.document.text
    return text.documentLayout().blockBoundingRect(text.begin()).height()


def press(window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier = CTRL) -> None:
    QTest.keyClick(window.surface, key, modifiers)


def test_the_zoom_keys_scale_the_page_and_not_the_chrome(desk: Copydesk) -> None:
    window = opened(desk)
    actual, menus = title_height(window), window.menuBar().sizeHint()
    label = window.zoom.button
    assert label.text() == "100%"
    press(window, Qt.Key.Key_Plus)
    press(window, Qt.Key.Key_Equal)
    assert window.zoom.level == 125 and label.text() == "125%"
    assert title_height(window) == pytest.approx(actual * 1.25, rel=0.06)
    assert window.menuBar().sizeHint() == menus
    press(window, Qt.Key.Key_Minus)
    press(window, Qt.Key.Key_Minus)
    press(window, Qt.Key.Key_Minus)
    assert window.zoom.level == 90 and label.text() == "90%"
    assert title_height(window) < actual
    press(window, Qt.Key.Key_0)
    assert window.zoom.level == 100 and title_height(window) == pytest.approx(actual)


def test_zoom_is_never_an_edit(desk: Copydesk, tmp_path: Path) -> None:
    window = opened(desk)
    target = tmp_path / "conseil.article"
    window.document.save(target)
    saved, history = window.document.article, window.document.undo_stack.count()
    for key in (Qt.Key.Key_Plus, Qt.Key.Key_Plus, Qt.Key.Key_Minus, Qt.Key.Key_0):
        press(window, key)
    press(window, Qt.Key.Key_Plus)
    assert window.document.undo_stack.count() == history
    assert not window.document.dirty and not window.isWindowModified()
    assert window.document.article == saved
    window.action("undo").trigger()  # nothing to undo: the zoom stays
    assert window.zoom.level == 110


def test_typing_and_clicking_land_where_they_should_when_zoomed(desk: Copydesk) -> None:
    window = opened(desk)
    window.zoom.set_level(200)
    surface = window.surface
    text = window.document.text
    word = text.find("houleuse")
    probe = QTextCursor(text)
    probe.setPosition(word.selectionStart() + 1)
    point = surface.cursorRect(probe).center()
    QTest.mouseClick(
        surface.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
    )
    assert abs(surface.textCursor().position() - probe.position()) <= 1
    cursor = surface.textCursor()
    cursor.setPosition(word.selectionStart())
    surface.setTextCursor(cursor)
    QTest.keyClicks(surface, "vraiment ")
    assert (
        window.document.article.blocks[1].plain_text == "Une séance vraiment houleuse au conseil."
    )


def wheel(window: MainWindow, notches: int, modifiers: Qt.KeyboardModifier) -> None:
    viewport = window.surface.viewport()
    centre = QPointF(viewport.rect().center())
    event = QWheelEvent(
        centre, QPointF(viewport.mapToGlobal(centre.toPoint())), QPoint(0, 0),
        QPoint(0, 120 * notches), Qt.MouseButton.NoButton, modifiers,
        Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(viewport, event)


def test_ctrl_wheel_zooms_and_the_wheel_alone_scrolls(desk: Copydesk) -> None:
    window = opened(desk)
    wheel(window, 2, CTRL)
    assert window.zoom.level == 125
    wheel(window, -1, CTRL)
    assert window.zoom.level == 110
    wheel(window, -1, Qt.KeyboardModifier.NoModifier)
    assert window.zoom.level == 110


def test_each_window_keeps_its_zoom_and_the_next_opens_at_the_last(
    desk: Copydesk, tmp_path: Path
) -> None:
    first, second = opened(desk), opened(desk)
    first.zoom.set_level(150)
    assert second.zoom.level == 100 and second.zoom.button.text() == "100%"
    assert first.surface.zoom == 1.5 and second.surface.zoom == 1.0
    assert Settings(tmp_path / "settings.ini").get("zoom") == "150"
    third = opened(desk)
    assert third.zoom.level == 150 and third.zoom.button.text() == "150%"
    assert title_height(third) == pytest.approx(title_height(first))


def test_the_zoom_in_french(desk: Copydesk) -> None:
    i18n.install("fr")
    window = opened(desk)
    window.zoom.set_level(125)
    assert window.zoom.button.text() == "125\u202f%"
    assert window.action("zoom_actual").text() == "&Taille réelle"
