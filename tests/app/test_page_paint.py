"""The page's marginalia start from the first paragraph in sight, found by halving over the
paragraphs' boxes: the same paragraph a walk down the laid-out page finds, at every height of
a real window's article (its top margin, inside pull quotes and images, below the last line)."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor.app import looks
from editor.app.page import first_below
from editor.app.surface import NARROWEST
from editor.model.build import article, image, media, para, quote, subhead, title
from tests.app.windows import bare_window
from tests.strategies import png_bytes


def _walked(document: QTextDocument, y: float) -> int:
    """The first paragraph whose box reaches `y`, by looking at every one in turn."""
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        if layout.blockBoundingRect(block).bottom() >= y:
            return block.blockNumber()
        block = block.next()
    return document.blockCount() - 1


def test_the_first_paragraph_in_sight_at_every_height(qtbot: QtBot) -> None:
    picture = media(png_bytes(40, 30))
    blocks = [title("Le titre")]
    for n in range(12):
        blocks.append(para(f"Paragraphe {n} " + "mot " * (20 + 7 * n)))
        if n % 4 == 1:
            blocks.append(quote(f"Une citation {n}", by="Quelqu’un"))
        if n % 4 == 3:
            blocks.append(image(picture, caption=f"Légende {n}", credit="AFP", alt="Photo"))
        if n % 5 == 4:
            blocks.append(subhead(f"Intertitre {n}"))
    window = bare_window(article(*blocks, media=[picture]))
    document = window.surface.document()
    bottom = document.documentLayout().documentSize().height()
    assert document.blockCount() > 30
    heights = [-5.0, 0.0, *(step * 7.5 for step in range(int(bottom / 7.5) + 3))]
    for y in heights:
        assert first_below(document, y).blockNumber() == _walked(document, y), y


def test_a_wrong_or_stale_hint_finds_the_same_paragraph(qtbot: QtBot) -> None:
    """The painter hands the paragraph it started from last time: right, it is taken after
    two boxes are read; wrong (the page scrolled or the text changed), the halving decides."""
    blocks = [title("Le titre"), *(para(f"Paragraphe {n} " + "mot " * 30) for n in range(30))]
    window = bare_window(article(*blocks))
    document = window.surface.document()
    bottom = document.documentLayout().documentSize().height()
    count = document.blockCount()
    for y in (-5.0, 0.0, *(step * 11.5 for step in range(int(bottom / 11.5) + 3))):
        walked = _walked(document, y)
        for hint in (-1, 0, 1, walked - 1, walked, walked + 1, count - 1, count + 4):
            assert first_below(document, y, hint).blockNumber() == walked, (y, hint)


def test_a_window_narrower_than_the_page_scrolls_it_rather_than_squeeze_the_column(
    qtbot: QtBot,
) -> None:
    """Panels or a small screen leave the page little room: the column keeps a readable width
    (a long read set a few words a line grew twenty times as tall, and every key at its top
    paid for it) and the page scrolls sideways; with room again, it is whole and centred."""
    window = bare_window(article(title("Le titre"), para("Un paragraphe " * 40)))
    surface = window.surface
    narrowest = looks.GUTTER + looks.RIGHT_MARGIN + looks.COLUMN * NARROWEST
    window.resize(480, 600)
    QApplication.processEvents()
    assert surface.viewport().width() < narrowest
    assert surface.document().textWidth() >= round(narrowest)
    assert surface.horizontalScrollBar().maximum() > 0
    QTest.keyClicks(surface, "Encore")
    assert window.document.article.blocks[0].plain_text == "EncoreLe titre"
    window.resize(1600, 900)
    QApplication.processEvents()
    assert surface.document().textWidth() == looks.PAGE
    assert surface.horizontalScrollBar().maximum() == 0
