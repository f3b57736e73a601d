"""A triple-click selects the paragraph clicked, as in every word processor, and nothing after
it: not the image that follows, nor a caption's neighbours inside its frame. Driven with real
mouse events on the page."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor.app.document import Document
from editor.app.main_window import MainWindow
from editor.model.build import article, image, media, para, quote, subhead, title
from tests.strategies import png_bytes

PICTURE = media(png_bytes(40, 20))
START = article(
    title("Titre"),
    para("Premier paragraphe avant la photo."),
    image(PICTURE, caption="La salle de lecture", credit="Camille Roux", alt="Des lecteurs"),
    subhead("Un intertitre"),
    quote("Une phrase forte", by="Une lectrice"),
    para("Fin."),
    media=[PICTURE],
)


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    hints = QGuiApplication.styleHints()
    interval = hints.mouseDoubleClickInterval()
    hints.setMouseDoubleClickInterval(60_000)  # a slow machine's third click still counts
    shown = MainWindow(Document(START), opener=lambda path: None)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    hints.setMouseDoubleClickInterval(interval)
    shown.document.undo_stack.setClean()
    shown.close()
    shown.deleteLater()  # made without the application: not deleted on close


def triple_click(window: MainWindow, text: str) -> None:
    """Three clicks on the middle of the paragraph that reads `text`."""
    surface = window.surface
    found = window.document.text.find(text)
    assert not found.isNull(), text
    middle = QTextCursor(found)
    middle.setPosition((found.selectionStart() + found.selectionEnd()) // 2)
    point = surface.cursorRect(middle).center()
    viewport = surface.viewport()
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)  # not a drag start
    QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)


def selected(window: MainWindow) -> str:
    return window.surface.textCursor().selectedText()


def test_a_paragraph_before_an_image_is_selected_alone_and_deleted_alone(
    window: MainWindow,
) -> None:
    triple_click(window, "avant la photo")
    assert selected(window) == "Premier paragraphe avant la photo."
    assert window.style_box.currentData() == "paragraph"
    QTest.keyClick(window.surface, Qt.Key.Key_Delete)
    QApplication.processEvents()
    blocks = window.document.article.blocks
    assert [b.kind for b in blocks] == [b.kind for b in START.blocks]
    assert blocks[1].plain_text == ""
    assert blocks[2] == START.blocks[2]  # the image, its caption, credit and alt text


def test_a_caption_is_selected_alone_inside_its_frame(window: MainWindow) -> None:
    triple_click(window, "salle de lecture")
    assert selected(window) == "La salle de lecture"
    QTest.keyClick(window.surface, Qt.Key.Key_Delete)
    QApplication.processEvents()
    picture = window.document.article.blocks[2]
    assert picture.attr("caption") == "" and picture.attr("credit") == "Camille Roux"
    assert window.document.article.blocks[3] == START.blocks[3]


def test_the_kind_box_names_the_paragraph_clicked(window: MainWindow) -> None:
    for text, kind in (
        ("Un intertitre", "subhead"),
        ("Titre", "title"),
        ("Une phrase forte", "pullquote"),
    ):
        triple_click(window, text)
        assert selected(window) == text
        assert window.style_box.currentData() == kind, text
    triple_click(window, "Une lectrice")
    assert selected(window) == "Une lectrice"


def test_a_triple_clicked_picture_is_the_image_and_goes_whole(window: MainWindow) -> None:
    text = window.document.text
    picture = text.findBlockByNumber(2)  # title, paragraph, then the image's picture
    assert picture.text() == "\ufffc"
    point = window.surface.cursorRect(QTextCursor(picture)).center()
    point.setX(point.x() + 20)  # on the picture, not its left edge
    viewport = window.surface.viewport()
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    assert selected(window) == "\ufffc"
    QTest.keyClick(window.surface, Qt.Key.Key_Delete)
    QApplication.processEvents()
    assert [b.kind for b in window.document.article.blocks] == [
        "title", "paragraph", "subhead", "pullquote", "paragraph",
    ]  # fmt: skip
    window.action("undo").trigger()
    QApplication.processEvents()
    assert window.document.article.blocks == START.blocks
