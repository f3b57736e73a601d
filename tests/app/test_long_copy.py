"""A book-length article is set unshaped on screen — Qt would keep every paragraph's shaped
glyphs, about 50 bytes a character — and stays an article like any other: typed in, kinds
kept, printed in full."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from editor.app import bridge, looks
from editor.model.article import Article
from editor.model.build import article, para, subhead, title
from tests.app.windows import bare_window

UNSHAPED = QFont.StyleStrategy.PreferNoShaping
SENTENCE = "Le conseil municipal a voté le budget de la ville après une longue séance. "


def long_read(characters: int) -> Article:
    paragraphs = characters // (len(SENTENCE) * 4) + 1
    blocks = [para(SENTENCE * 4) for _ in range(paragraphs)]
    return article(title("Le budget, ligne à ligne"), subhead("La séance"), *blocks)


def unshaped(strategy: QFont.StyleStrategy) -> bool:
    return bool(strategy & UNSHAPED)


def test_a_book_length_article_is_set_unshaped_and_edits_as_usual(qapp: QApplication) -> None:
    piece = long_read(looks.LONG_COPY + 10_000)
    window = bare_window(piece)
    text = window.document.text
    assert unshaped(text.defaultFont().styleStrategy())
    heading = text.begin()
    assert heading.charFormat().fontFamilies() == looks.char_format("title").fontFamilies()

    cursor = window.surface.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    window.surface.setTextCursor(cursor)
    QTest.keyClicks(window.surface, " Fin.")
    QApplication.processEvents()
    assert window.document.article.blocks[-1].plain_text.endswith("séance.  Fin.")
    assert not unshaped(bridge.to_qt(window.document.article).defaultFont().styleStrategy())


def test_an_article_of_ordinary_length_keeps_ligatures_and_kerning(qapp: QApplication) -> None:
    window = bare_window(long_read(20_000))
    assert not unshaped(window.document.text.defaultFont().styleStrategy())
