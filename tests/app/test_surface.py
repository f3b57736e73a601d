"""Driving the real window like a journalist: type, paste, delete across paragraphs, change
kinds, insert a pull quote and an image, move blocks, undo and redo — and after each step the
model is the article on screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QKeyEvent, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from editor.app import bridge, editing, looks
from editor.app.document import Document
from editor.app.main_window import MainWindow
from editor.model.article import Article, Block
from editor.model.build import (
    article,
    em,
    image,
    link,
    media,
    para,
    quote,
    standfirst,
    strong,
    subhead,
    title,
)
from editor.model.inline import EM, LINK, STRONG, Run
from tests.app.windows import closed_after_the_test
from tests.shared import seed_article
from tests.strategies import png_bytes

WORD_LIKE_HTML = (
    "<html><head><style>p.MsoNormal {margin: 0}</style></head><body>"
    "<h2 class='MsoHeading2'>Un <i>intertitre</i></h2>"
    "<p class='MsoNormal'>Du <b>gras</b>, du <span style='color:red;font-size:20pt'>rouge</span>"
    " et un <a href='https://example.org/'>lien</a>.</p><p>&nbsp;</p></body></html>"
)
"""What a word processor puts on the clipboard: styles, classes, colours and empty paragraphs
that must not come through."""

Shape = list[tuple[str, tuple[object, ...], dict[str, str]]]


def shape(blocks: tuple[Block, ...] | Article) -> Shape:
    """Blocks as kind, text and fields: what a reader sees, ids aside."""
    items = blocks.blocks if isinstance(blocks, Article) else blocks
    return [(b.kind, b.text, dict(b.attrs)) for b in items]


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    start = article(title("Titre"), para("Premier paragraphe."), para("Second."))
    shown = MainWindow(Document(start), opener=lambda path: None)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.document.undo_stack.setClean()  # closing would ask about unsaved changes
    shown.close()
    shown.deleteLater()  # made without the application: not deleted on close


def check(window: MainWindow, *expected: Block) -> None:
    """The model holds the expected blocks and is exactly what the document shows."""
    document = window.document
    QApplication.processEvents()
    actual, wanted = shape(document.article), shape(tuple(expected))
    assert actual == wanted
    assert document.article == bridge.to_model(document.text, document.article)


def put_cursor(window: MainWindow, block_number: int, offset: int = 0, end: bool = False) -> None:
    block = window.document.text.findBlockByNumber(block_number)
    cursor = window.surface.textCursor()
    cursor.setPosition(block.position() + (block.length() - 1 if end else offset))
    window.surface.setTextCursor(cursor)


def select(window: MainWindow, start: tuple[int, int], end: tuple[int, int]) -> None:
    text = window.document.text
    cursor = window.surface.textCursor()
    cursor.setPosition(text.findBlockByNumber(start[0]).position() + start[1])
    cursor.setPosition(
        text.findBlockByNumber(end[0]).position() + end[1], QTextCursor.MoveMode.KeepAnchor
    )
    window.surface.setTextCursor(cursor)


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard: QTest knows ASCII keys only, so other letters arrive as the text of
    a key event, as they do from a French keyboard."""
    for char in text:
        if char.isascii():
            QTest.keyClick(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def paste(window: MainWindow, html: str = "", text: str = "", plain: bool = False) -> None:
    mime = QMimeData()
    if html:
        mime.setHtml(html)
    if text:
        mime.setText(text)
    QApplication.clipboard().setMimeData(mime)
    if plain:
        window.commands["paste_plain"].trigger()
    else:
        QTest.keyClick(window.surface, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    QApplication.clipboard().clear()  # the clipboard must not outlive Python holding our data


def test_a_journalist_writes_and_restructures(window: MainWindow, tmp_path: Path) -> None:
    surface, document = window.surface, window.document
    ids = [b.id for b in document.article.blocks]

    put_cursor(window, 0, end=True)
    type_text(surface, " du jour")
    check(window, title("Titre du jour"), para("Premier paragraphe."), para("Second."))
    assert [b.id for b in document.article.blocks] == ids

    QTest.keyClick(surface, Qt.Key.Key_Return)
    type_text(surface, "Le chapô.")
    QTest.keyClick(surface, Qt.Key.Key_Return)
    type_text(surface, "Texte.")
    written = (title("Titre du jour"), standfirst("Le chapô."), para("Texte."))
    check(window, *written, para("Premier paragraphe."), para("Second."))

    select(window, (3, 3), (4, 2))  # from “Pre|mier” to “Se|cond”
    QTest.keyClick(surface, Qt.Key.Key_Delete)
    check(window, *written, para("Precond."))
    assert document.article.blocks[3].id == ids[1]

    put_cursor(window, 3, end=True)
    paste(window, html=WORD_LIKE_HTML)
    pasted = (
        subhead("Un ", em("intertitre")),
        para("Du ", strong("gras"), ", du rouge et un ", link("lien", "https://example.org/"), "."),
    )
    check(window, *written, para("Precond."), *pasted)

    paste(window, text="ligne un\n\nligne deux", plain=True)
    lines = (para("ligne un"), para("ligne deux"))
    check(window, *written, para("Precond."), *pasted, *lines)

    window.commands["kind:subhead"].trigger()
    lines = (para("ligne un"), subhead("ligne deux"))
    check(window, *written, para("Precond."), *pasted, *lines)

    window.commands["insert_pullquote"].trigger()
    type_text(surface, "Citation")
    QTest.keyClick(surface, Qt.Key.Key_Return)
    type_text(surface, "Quelqu’un")
    QTest.keyClick(surface, Qt.Key.Key_Return)
    type_text(surface, "Suite.")
    body = (*written, para("Precond."), *pasted, *lines, quote("Citation", by="Quelqu’un"))
    check(window, *body, para("Suite."))

    picture = tmp_path / "photo.png"
    picture.write_bytes(png_bytes(40, 30))
    window.insert_image(picture)
    for words in ("Légende", "AFP", "Une photo"):
        type_text(surface, words)
        QTest.keyClick(surface, Qt.Key.Key_Return)
    photo = image(media(picture.read_bytes()), caption="Légende", credit="AFP", alt="Une photo")
    check(window, *body, para("Suite."), photo, para(""))

    QTest.keyClick(surface, Qt.Key.Key_Backspace)  # the empty paragraph goes
    put_cursor(window, document.text.blockCount() - 3)  # in the image's credit
    window.commands["move_up"].trigger()
    check(window, *body, photo, para("Suite."))
    window.commands["move_up"].trigger()
    check(window, *body[:-1], photo, body[-1], para("Suite."))
    window.commands["move_down"].trigger()
    final = (*body, photo, para("Suite."))
    check(window, *final)

    stack = document.undo_stack
    while stack.canUndo():
        stack.undo()
    check(window, title("Titre"), para("Premier paragraphe."), para("Second."))
    assert [b.id for b in document.article.blocks] == ids
    while stack.canRedo():
        stack.redo()
    check(window, *final)


def test_typing_is_undone_word_by_word(window: MainWindow) -> None:
    put_cursor(window, 1, end=True)
    type_text(window.surface, " trois mots ici")
    stack = window.document.undo_stack
    assert [stack.text(i) for i in range(stack.count())] == ["Typing"] * 4
    stack.undo()
    check(window, title("Titre"), para("Premier paragraphe. trois mots "), para("Second."))
    stack.undo()
    check(window, title("Titre"), para("Premier paragraphe. trois "), para("Second."))


def test_backspace_at_a_paragraph_start_merges_into_the_one_above(window: MainWindow) -> None:
    put_cursor(window, 2)
    QTest.keyClick(window.surface, Qt.Key.Key_Backspace)
    check(window, title("Titre"), para("Premier paragraphe.Second."))
    window.document.undo_stack.undo()
    check(window, title("Titre"), para("Premier paragraphe."), para("Second."))


def test_enter_gives_the_natural_next_kind(window: MainWindow) -> None:
    put_cursor(window, 0, end=True)
    QTest.keyClick(window.surface, Qt.Key.Key_Return)
    assert window.surface.current_kind() == "standfirst"
    QTest.keyClick(window.surface, Qt.Key.Key_Return)
    assert window.surface.current_kind() == "paragraph"
    window.commands["kind:subhead"].trigger()
    QTest.keyClick(window.surface, Qt.Key.Key_End)
    type_text(window.surface, "Inter")
    QTest.keyClick(window.surface, Qt.Key.Key_Return)
    assert window.surface.current_kind() == "paragraph"
    check(
        window,
        title("Titre"),
        standfirst(""),
        subhead("Inter"),
        para(""),
        para("Premier paragraphe."),
        para("Second."),
    )


def test_marks_apply_to_the_selection(window: MainWindow) -> None:
    select(window, (1, 0), (1, 7))
    window.commands["mark:em"].trigger()
    window.commands["mark:strong"].trigger()
    marked = para(Run("Premier", frozenset({EM, STRONG})), " paragraphe.")
    check(window, title("Titre"), marked, para("Second."))
    window.commands["mark:em"].trigger()
    check(window, title("Titre"), para(strong("Premier"), " paragraphe."), para("Second."))


def test_the_style_box_follows_the_cursor_and_changes_kinds(window: MainWindow) -> None:
    put_cursor(window, 0)
    assert window.style_box.currentData() == "title"
    put_cursor(window, 2, offset=3)
    assert window.style_box.currentData() == "paragraph"
    window.style_box.activated.emit(window.style_box.findData("author_bio"))
    check(
        window,
        title("Titre"),
        para("Premier paragraphe."),
        Block("author_bio", para("Second.").text),
    )
    assert window.surface.textCursor().positionInBlock() == 3


def test_the_parts_of_a_pull_quote_and_an_image_never_merge(qtbot: QtBot) -> None:
    picture = media(png_bytes(12, 8))
    start = article(
        para("Avant"),
        quote("Dit", by="Elle"),
        image(picture, caption="Cap", credit="Cr", alt="Alt"),
        para("Après"),
        media=[picture],
    )
    window = closed_after_the_test(MainWindow(Document(start), opener=lambda path: None))
    surface = window.surface
    # blocks: 0 Avant · 1 Dit · 2 Elle · 3 (Qt's spacer between frames) · 4 picture · 5 Cap
    # · 6 Cr · 7 Alt · 8 Après
    put_cursor(window, 2)
    QTest.keyClick(surface, Qt.Key.Key_Backspace)
    put_cursor(window, 5, end=True)
    QTest.keyClick(surface, Qt.Key.Key_Delete)
    put_cursor(window, 4)
    type_text(surface, "zz")
    check(window, *start.blocks)
    put_cursor(window, 3)  # Qt's spacer between the frames: typing there starts a paragraph
    type_text(surface, "Entre")
    check(window, *start.blocks[:2], para("Entre"), *start.blocks[2:])
    window.document.undo_stack.undo()

    select(window, (1, 1), (2, 2))
    type_text(surface, "X")
    select(window, (5, 2), (7, 1))
    window.commands["cut"].trigger()
    QApplication.clipboard().clear()
    check(
        window,
        para("Avant"),
        quote("DX", by="le"),
        image(picture, caption="Ca", alt="lt"),
        para("Après"),
    )

    put_cursor(window, 4, end=True)  # just after the picture
    QTest.keyClick(surface, Qt.Key.Key_Backspace)
    check(window, para("Avant"), quote("DX", by="le"), para("Après"))
    window.document.undo_stack.undo()
    check(
        window,
        para("Avant"),
        quote("DX", by="le"),
        image(picture, caption="Ca", alt="lt"),
        para("Après"),
    )
    window.document.undo_stack.setClean()
    window.close()


class LinkCatcher(QObject):
    """Receives the links the desktop would open (Qt's own hook for URL schemes)."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


def test_links_are_made_from_the_selection_and_open_with_ctrl_click(window: MainWindow) -> None:
    select(window, (1, 8), (1, 18))  # “paragraphe”
    editing.set_mark(window.document, window.surface.textCursor(), LINK, True, "https://ex.org/")
    check(
        window,
        title("Titre"),
        para("Premier ", link("paragraphe", "https://ex.org/"), "."),
        para("Second."),
    )

    catcher = LinkCatcher()
    QDesktopServices.setUrlHandler("https", catcher, "open")
    try:
        cursor = window.surface.textCursor()
        cursor.setPosition(window.document.text.findBlockByNumber(1).position() + 12)
        spot = window.surface.cursorRect(cursor).center()
        QTest.mouseClick(
            window.surface.viewport(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            spot,
        )
        assert catcher.opened == []
        QTest.mouseClick(
            window.surface.viewport(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.ControlModifier,
            spot,
        )
        assert catcher.opened == ["https://ex.org/"]
    finally:
        QDesktopServices.unsetUrlHandler("https")

    span = editing.link_span(window.surface.textCursor())
    assert span is not None
    select(window, (1, span[0] - window.document.text.findBlockByNumber(1).position()), (1, 18))
    editing.set_mark(window.document, window.surface.textCursor(), LINK, False)
    check(window, title("Titre"), para("Premier paragraphe."), para("Second."))


def test_pictures_fit_a_narrow_column(qtbot: QtBot) -> None:
    picture = media(png_bytes(640, 200))
    window = MainWindow(
        Document(article(para("Avant"), image(picture, alt="x"), media=[picture])),
        opener=lambda path: None,
    )
    window.resize(700, 700)
    window.show()
    QApplication.processEvents()
    text = window.document.text
    block = text.findBlockByNumber(1)
    assert bridge.role_of(block) == bridge.PICTURE
    column = text.textWidth() - looks.GUTTER - looks.RIGHT_MARGIN
    line = block.layout().lineAt(0)
    assert 0 < line.naturalTextWidth() <= column + 1
    window.close()
    window.deleteLater()  # made without the application: not deleted on close


def test_the_seed_article_typed_from_scratch(qtbot: QtBot) -> None:
    """Type the acceptance article into an empty window the way a journalist would: a kind
    shortcut or Enter's natural next kind, the words, a pull quote with its attribution, the
    bio at the end; then restructure it and put it back. The model is the seed throughout."""
    seed = seed_article()
    shown = MainWindow(Document(article(meta=seed.meta)), opener=lambda path: None)
    window = closed_after_the_test(shown)
    surface = window.surface
    for n, block in enumerate(seed.blocks):
        if block.kind == "pullquote":
            window.commands["insert_pullquote"].trigger()
            type_line(surface, block.plain_text)
            QTest.keyClick(surface, Qt.Key.Key_Return)
            type_line(surface, block.attr("attribution"))
            QTest.keyClick(surface, Qt.Key.Key_Return)  # out of the quote, into a paragraph
        elif block.kind == "author_bio":
            window.commands["insert_bio"].trigger()
            type_line(surface, block.plain_text)
        else:
            if n and seed.blocks[n - 1].kind not in ("pullquote",):
                QTest.keyClick(surface, Qt.Key.Key_Return)
            if surface.current_kind() != block.kind:
                window.commands[f"kind:{block.kind}"].trigger()
            type_line(surface, block.plain_text)
    check(window, *seed.blocks)

    quote_at = next(i for i, b in enumerate(seed.blocks) if b.kind == "pullquote")
    put_cursor(window, _first_block_of(window, quote_at))
    for _ in range(3):
        window.commands["move_up"].trigger()
    moved = list(seed.blocks)
    moved.insert(quote_at - 3, moved.pop(quote_at))
    check(window, *moved)
    for _ in range(3):
        window.commands["move_down"].trigger()
    check(window, *seed.blocks)
    window.document.undo_stack.setClean()
    window.close()


def type_line(widget: QWidget, text: str) -> None:
    """A paragraph's words as typed text, in one key event (as an input method commits them)."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, text))


def _first_block_of(window: MainWindow, index: int) -> int:
    """The number of the document paragraph where model block `index` starts."""
    wanted = window.document.article.blocks[index].id
    block = window.document.text.begin()
    while block.isValid():
        unit = bridge.unit_of(block)
        if unit is not None and unit.id == wanted:
            return block.blockNumber()
        block = block.next()
    raise AssertionError(f"block {index} is not in the document")
