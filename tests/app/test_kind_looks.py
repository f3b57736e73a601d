"""Every kind looks like itself from the first keystroke: a title typed into a new article is
set as a title, whether the article is new, a copy of the sample, a paragraph made a title,
pasted into, or brought back by undo and redo. The test reads the type Qt laid the words out
in (the glyphs' font), not the formats the code meant to set."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QRawFont, QTextBlock
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor.app import bridge, looks
from editor.app.application import Copydesk
from editor.app.main_window import MainWindow


def laid_out(block: QTextBlock) -> list[tuple[float, bool, bool]]:
    """Pixel size, boldness and italics of every run of glyphs the block was laid out in."""
    block.document().documentLayout().blockBoundingRect(block)  # laid out now if not yet
    layout = block.layout()
    runs = []
    for run in layout.glyphRuns(0, block.length() - 1):
        font = run.rawFont()
        bold = font.weight() >= 600
        italic = font.style() != font.style().StyleNormal
        runs.append((round(font.pixelSize(), 1), bold, italic))
    return runs


def expected(kind: str, role: str = "") -> tuple[float, bool, bool]:
    """How the table of looks says a kind is set, in the font this machine finds for it."""
    look = looks.look_of(kind, role)
    font = looks.font(look.family, look.size, look.weight)
    font.setItalic(look.italic)
    raw = QRawFont.fromFont(font)
    return (round(raw.pixelSize(), 1), raw.weight() >= 600, raw.style() != raw.style().StyleNormal)


def block_of(window: MainWindow) -> QTextBlock:
    QApplication.processEvents()  # the repairs the document makes after an edit
    return window.surface.textCursor().block()


def assert_looks(window: MainWindow, kind: str) -> None:
    block = block_of(window)
    assert bridge.kind_of(block) == kind
    assert block.text()
    assert set(laid_out(block)) == {expected(kind)}, block.text()


def type_in(window: MainWindow, text: str) -> None:
    window.surface.setFocus()
    QTest.keyClicks(window.surface, text)


def test_a_new_articles_title_is_a_title_from_the_first_keystroke(
    desk: Copydesk, qtbot: QtBot
) -> None:
    window = desk.new()
    qtbot.waitExposed(window)
    type_in(window, "Le conseil vote")
    assert_looks(window, "title")
    QTest.keyClick(window.surface, Qt.Key.Key_Return)
    type_in(window, "Une seance houleuse")
    assert_looks(window, "standfirst")


def test_the_samples_copy_keeps_its_looks_where_the_cursor_starts(
    desk: Copydesk, qtbot: QtBot
) -> None:
    window = desk.new(from_sample=True)
    qtbot.waitExposed(window)
    first = window.document.article.blocks[0].kind
    type_in(window, "Exclusif ")
    assert_looks(window, first)


def test_a_kind_chosen_for_an_empty_paragraph_is_the_look_typed(
    desk: Copydesk, qtbot: QtBot
) -> None:
    window = desk.new()
    qtbot.waitExposed(window)
    type_in(window, "Titre")
    QTest.keyClick(window.surface, Qt.Key.Key_Down)  # the empty paragraph below
    window.style_box.activated.emit(window.style_box.findData("subhead"))
    type_in(window, "Un intertitre")
    assert_looks(window, "subhead")
    window.style_box.activated.emit(window.style_box.findData("paragraph"))
    assert_looks(window, "paragraph")
    window.action("undo").trigger()
    assert_looks(window, "subhead")
    window.action("redo").trigger()
    assert_looks(window, "paragraph")


def test_text_pasted_into_an_empty_title_is_set_as_a_title(desk: Copydesk, qtbot: QtBot) -> None:
    window = desk.new()
    qtbot.waitExposed(window)
    mime = QMimeData()
    mime.setText("Le conseil vote le budget")
    QApplication.clipboard().setMimeData(mime)
    window.surface.setFocus()
    QTest.keyClick(window.surface, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    QApplication.clipboard().clear()
    assert_looks(window, "title")


def test_typing_after_undo_and_redo_keeps_the_kinds_look(desk: Copydesk, qtbot: QtBot) -> None:
    window = desk.new()
    qtbot.waitExposed(window)
    type_in(window, "Le conseil ")
    type_in(window, "vote")
    window.action("undo").trigger()
    type_in(window, "tranche")
    assert_looks(window, "title")
    window.action("undo").trigger()
    window.action("undo").trigger()
    type_in(window, "Budget")
    assert_looks(window, "title")
    window.action("undo").trigger()
    window.action("redo").trigger()
    type_in(window, " vote")
    assert_looks(window, "title")


def test_paragraphs_joined_take_the_look_of_the_kind_they_keep(
    desk: Copydesk, qtbot: QtBot
) -> None:
    window = desk.new()
    qtbot.waitExposed(window)
    type_in(window, "Titre")
    QTest.keyClick(window.surface, Qt.Key.Key_Return)
    type_in(window, "Chapo")
    QTest.keyClick(window.surface, Qt.Key.Key_Home)
    QTest.keyClick(window.surface, Qt.Key.Key_Backspace)  # the standfirst joins the title
    assert window.surface.textCursor().block().text() == "TitreChapo"
    assert_looks(window, "title")
    assert window.surface.textCursor().positionInBlock() == len("Titre")
    window.action("undo").trigger()
    assert_looks(window, "standfirst")
    window.action("redo").trigger()
    assert_looks(window, "title")


def test_a_deletion_across_paragraphs_leaves_one_look(desk: Copydesk, qtbot: QtBot) -> None:
    window = desk.new()
    qtbot.waitExposed(window)
    type_in(window, "Titre")
    QTest.keyClick(window.surface, Qt.Key.Key_Return)
    type_in(window, "Chapo")
    for _ in range(2):  # to "Cha|po", then select back to "Ti|tre"
        QTest.keyClick(window.surface, Qt.Key.Key_Left)
    for _ in range(7):
        QTest.keyClick(window.surface, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(window.surface, Qt.Key.Key_Delete)
    assert window.surface.textCursor().block().text() == "Tipo"
    assert_looks(window, "title")
    QTest.keyClick(window.surface, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window.surface, Qt.Key.Key_Delete)
    QApplication.processEvents()  # as the event loop does before the next key
    type_in(window, "Tout")
    kind = window.document.article.blocks[0].kind
    assert_looks(window, kind)
