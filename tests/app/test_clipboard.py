"""Copy and paste between Copydesk windows and to and from other programs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from editor.app import bridge, clipboard
from editor.app.document import Document
from editor.app.main_window import MainWindow
from editor.model.build import (
    article,
    em,
    image,
    link,
    media,
    para,
    quote,
    strong,
    subhead,
    sup,
    title,
)
from tests.strategies import png_bytes

PICTURE = media(png_bytes(6, 4))


@pytest.fixture
def window(qapp: QApplication) -> Iterator[MainWindow]:
    source = article(
        title("Titre"),
        para("Avant ", em("la"), " citation."),
        quote("Dit ", em("ainsi"), by="Elle"),
        image(PICTURE, caption="Légende", alt="Vue"),
        para("Après."),
        media=[PICTURE],
    )
    shown = MainWindow(Document(source), opener=lambda path: None)
    shown.show()
    yield shown
    QApplication.clipboard().clear()
    shown.document.undo_stack.setClean()
    shown.close()
    shown.deleteLater()  # made without the application: not deleted on close


def select(window: MainWindow, start: int, end: int) -> None:
    cursor = window.surface.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    window.surface.setTextCursor(cursor)


def test_copy_and_paste_blocks_keeps_kinds_marks_and_images(window: MainWindow) -> None:
    text = window.document.text
    first = text.findBlockByNumber(1)
    last = text.lastBlock()
    select(window, first.position() + 6, last.position() + 3)
    window.surface.copy()
    mime = QApplication.clipboard().mimeData()
    assert mime.hasFormat(clipboard.MIME)
    assert "<blockquote><p>Dit <em>ainsi</em></p><p>— Elle</p></blockquote>" in mime.html()
    assert mime.text().splitlines() == ["la citation.", "Dit ainsi — Elle", "Légende", "Apr"]

    cursor = window.surface.textCursor()
    cursor.setPosition(text.findBlockByNumber(0).position() + 5)  # end of the title
    window.surface.setTextCursor(cursor)
    window.surface.paste()
    blocks = window.document.article.blocks
    assert [b.kind for b in blocks] == [
        "title", "paragraph", "pullquote", "image", "paragraph",
        "paragraph", "pullquote", "image", "paragraph",
    ]  # fmt: skip
    assert blocks[1].text == para(em("la"), " citation.").text
    assert blocks[2].text == quote("Dit ", em("ainsi")).text
    assert blocks[3].attr("media") == PICTURE.key and blocks[3].attr("alt") == "Vue"
    assert blocks[4].plain_text == "Apr"
    assert len({b.id for b in blocks}) == len(blocks)
    assert window.document.article == bridge.to_model(text, window.document.article)


def test_pasting_from_a_web_page_keeps_structure_and_drops_the_rest(window: MainWindow) -> None:
    html = (
        "<div class='story' style='font-family:Arial'><h1>Grand <em>titre</em></h1>"
        "<p style='color:#333'>Un <strong>fait</strong>, un <a href='https://ex.org/a'>lien</a>"
        "<sup>1</sup>.<img src='x.png'></p><ul><li>Un point</li></ul><table><tr><td>Case</td>"
        "</tr></table></div>"
    )
    mime = QMimeData()
    mime.setHtml(html)
    blocks, pictures = clipboard.from_mime(mime)
    assert not pictures
    assert [(b.kind, b.text) for b in blocks] == [
        ("subhead", subhead("Grand ", em("titre")).text),
        ("paragraph", para("Un ", strong("fait"), ", un ", link("lien", "https://ex.org/a"),
                           sup("1"), ".").text),
        ("paragraph", para("Un point").text),
        ("paragraph", para("Case").text),
    ]  # fmt: skip


def test_plain_text_is_one_paragraph_per_line(window: MainWindow) -> None:
    mime = QMimeData()
    mime.setHtml("<p><b>ignored</b></p>")
    mime.setText("Un\n\n  Deux  \r\nTrois")
    blocks, _ = clipboard.from_mime(mime, plain_only=True)
    assert [b.plain_text for b in blocks] == ["Un", "Deux", "Trois"]


def test_a_paragraph_in_another_language_keeps_it_when_copied(qapp: QApplication) -> None:
    source = article(title("Titre"), para("He said yes.", lang="en"), para("Fin."))
    shown = MainWindow(Document(source), opener=lambda path: None)
    shown.show()
    try:
        quoted = shown.document.text.findBlockByNumber(1)
        select(shown, quoted.position() + 3, quoted.next().position() + 3)  # into "Fin."
        shown.surface.copy()
        cursor = shown.surface.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertBlock()
        QApplication.processEvents()  # the new paragraph gets its own id on the next turn
        shown.surface.setTextCursor(cursor)
        shown.surface.paste()
        blocks = shown.document.article.blocks
        pasted = [(b.plain_text, b.lang) for b in blocks[3:]]
        assert pasted == [("said yes.", "en"), ("Fin", "")]
        now = shown.document.article
        assert now == bridge.to_model(shown.document.text, now)
    finally:
        QApplication.clipboard().clear()
        shown.document.undo_stack.setClean()
        shown.close()
        shown.deleteLater()  # made without the application: not deleted on close
