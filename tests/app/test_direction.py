"""Right-to-left paragraphs stay right to left: the page tells Qt each paragraph's direction
(left to right by default, Arabic and Hebrew paragraphs named so) instead of letting it read
every paragraph's text at every keystroke, and typing that turns a paragraph keeps it right."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlock
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor.app import direction
from editor.app.main_window import MainWindow
from editor.model import storage
from editor.model.build import article, para, quote, title
from tests.app.windows import bare_window, type_text

ARABIC = "تغطي الصحيفة الانتخابات البلدية."
HEBREW = "העיתון מסקר את הבחירות המקומיות."
RIGHT, LEFT = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight


def window(path: Path | None = None) -> MainWindow:
    return bare_window(
        article(
            title("Municipales : la campagne en trois langues", id="t"),
            para("Le journal couvre les municipales.", id="fr"),
            para(ARABIC, id="ar"),
            para("2026 : " + HEBREW, id="he"),
            quote(ARABIC, by="مراسلنا", id="q"),
        ),
        path,
        "en",
    )


def paragraph(shown: MainWindow, starting: str) -> QTextBlock:
    block = shown.surface.document().begin()
    while block.isValid() and not block.text().startswith(starting):
        block = block.next()
    assert block.isValid(), starting
    return block


def put_cursor(shown: MainWindow, position: int) -> None:
    cursor = shown.surface.textCursor()
    cursor.setPosition(position)
    shown.surface.setTextCursor(cursor)


def test_each_paragraph_runs_the_way_its_text_does_without_qt_reading_it(qtbot: QtBot) -> None:
    shown = window()
    text = shown.surface.document()
    assert text.defaultTextOption().textDirection() == LEFT
    assert paragraph(shown, "Le journal").textDirection() == LEFT
    assert paragraph(shown, ARABIC).textDirection() == RIGHT
    assert paragraph(shown, "2026").textDirection() == RIGHT  # digits are not strong
    assert paragraph(shown, "مراسلنا").textDirection() == RIGHT  # the quote's attribution
    named = [paragraph(shown, s).blockFormat().layoutDirection() for s in (ARABIC, "2026")]
    assert named == [RIGHT, RIGHT]


def test_arabic_typed_into_a_new_paragraph_turns_it_right_to_left_and_undo_turns_it_back(
    qtbot: QtBot,
) -> None:
    shown = window()
    french = paragraph(shown, "Le journal")
    put_cursor(shown, french.position() + french.length() - 1)
    QTest.keyClick(shown.surface, Qt.Key.Key_Return)
    QApplication.processEvents()
    new = shown.surface.textCursor().block()
    assert new.textDirection() == LEFT
    type_text(shown, "الانتخابات")
    qtbot.waitUntil(lambda: shown.surface.textCursor().block().textDirection() == RIGHT)
    typed = shown.surface.textCursor().block()
    assert typed.text() == "الانتخابات"
    assert shown.document.article.blocks[2].plain_text == "الانتخابات"

    QTest.keyClick(shown.surface, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert all(b.plain_text != "الانتخابات" for b in shown.document.article.blocks)
    assert all(
        direction.turned(block) is None
        for block in _paragraphs(shown)  # every paragraph names the way its text runs
    )


def test_latin_typed_at_the_start_of_a_hebrew_paragraph_turns_it_left_to_right(
    qtbot: QtBot,
) -> None:
    shown = window()
    hebrew = paragraph(shown, "2026")
    put_cursor(shown, hebrew.position())
    QTest.keyClicks(shown.surface, "Elections ")
    qtbot.waitUntil(lambda: paragraph(shown, "Elections").textDirection() == LEFT)
    assert paragraph(shown, ARABIC).textDirection() == RIGHT  # its neighbour untouched

    QTest.keyClick(shown.surface, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert paragraph(shown, "2026").textDirection() == RIGHT


def test_a_right_to_left_paragraph_is_right_to_left_again_after_saving_and_reopening(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "trois-langues.article"
    shown = window(path)
    end = paragraph(shown, "Le journal")
    put_cursor(shown, end.position() + end.length() - 1)
    QTest.keyClick(shown.surface, Qt.Key.Key_Return)
    type_text(shown, "חדשות")
    qtbot.waitUntil(lambda: shown.surface.textCursor().block().textDirection() == RIGHT)
    shown.document.save()

    reopened = bare_window(storage.load(path), path, "en")
    assert paragraph(reopened, "חדשות").textDirection() == RIGHT
    assert paragraph(reopened, "Le journal").textDirection() == LEFT
    assert paragraph(reopened, "2026").textDirection() == RIGHT


def _paragraphs(shown: MainWindow) -> list[QTextBlock]:
    found, block = [], shown.surface.document().begin()
    while block.isValid():
        found.append(block)
        block = block.next()
    return found


def test_the_direction_of_a_text_is_its_first_strong_character() -> None:
    assert direction.of_text(ARABIC) == RIGHT
    assert direction.of_text("« " + HEBREW + " », a-t-il dit") == RIGHT
    auto = Qt.LayoutDirection.LayoutDirectionAuto
    assert direction.of_text("Le maire, « " + HEBREW + " »") == auto
    assert direction.of_text("2026 ; 42") == Qt.LayoutDirection.LayoutDirectionAuto
    assert direction.of_text("") == Qt.LayoutDirection.LayoutDirectionAuto
