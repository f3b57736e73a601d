"""A paragraph's block id goes where its text goes, through every edit of the window and its undo
and redo: the id is what comments, suggestions, co-editing and the saved file know a block by.
Each edit is checked against the article and against the page read back, so the two never
disagree on which paragraph is which."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlock, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from editor.app import bridge
from editor.app.main_window import MainWindow
from editor.model.article import Article
from editor.model.build import (
    article,
    bio,
    em,
    image,
    kicker,
    media,
    para,
    quote,
    standfirst,
    subhead,
    title,
)
from tests.app.windows import bare_window
from tests.strategies import png_bytes

PICTURE = media(png_bytes(6, 4))
SOURCE = article(
    kicker("Sur", id="k"),
    title("Titre", id="t"),
    standfirst("Chapo ici", id="s"),
    para("Un deux trois", id="p1"),
    para("Quatre cinq", id="p2"),
    subhead("Inter", id="h"),
    para("Six sept", id="p3"),
    quote("Dit ", em("ainsi"), by="Elle", id="q"),
    para("Huit", id="p4"),
    image(PICTURE, caption="Légende", alt="Vue", id="i"),
    para("Neuf dix", id="p5"),
    bio("Auteur", id="b"),
    media=[PICTURE],
)
START = "k t s p1 p2 h p3 q p4 i p5 b"
END = -1
"""An offset: the end of the paragraph."""


def settled() -> None:
    for _ in range(4):  # the repairs the document makes after an edit
        QApplication.processEvents()


def ids(window: MainWindow) -> str:
    """The article's block ids, a new id as "*"; the page, read back, must say the same."""
    settled()
    model = window.document.article
    read = bridge.to_model(window.document.text, model)
    assert [b.id for b in read.blocks] == [b.id for b in model.blocks]
    known = {block.id for block in SOURCE.blocks}
    return " ".join(b.id if b.id in known else "*" for b in model.blocks)


def paragraph(window: MainWindow, block_id: str) -> QTextBlock:
    block = window.document.text.begin()
    while block.isValid():
        unit = bridge.unit_of(block)
        if unit is not None and unit.id == block_id:
            return unit.first
        block = block.next()
    raise LookupError(block_id)


def place(window: MainWindow, block_id: str, offset: int) -> int:
    block = paragraph(window, block_id)
    return block.position() + (block.length() - 1 if offset == END else offset)


def at(window: MainWindow, block_id: str, offset: int) -> None:
    cursor = window.surface.textCursor()
    cursor.setPosition(place(window, block_id, offset))
    window.surface.setTextCursor(cursor)


def select(window: MainWindow, start: tuple[str, int], end: tuple[str, int]) -> None:
    cursor = window.surface.textCursor()
    cursor.setPosition(place(window, *start))
    cursor.setPosition(place(window, *end), QTextCursor.MoveMode.KeepAnchor)
    window.surface.setTextCursor(cursor)


def key(window: MainWindow, which: Qt.Key, control: bool = False) -> None:
    modifier = Qt.KeyboardModifier.ControlModifier if control else Qt.KeyboardModifier.NoModifier
    QTest.keyClick(window.surface, which, modifier)


def enter_at(block_id: str, offset: int) -> Callable[[MainWindow], None]:
    def edit(window: MainWindow) -> None:
        at(window, block_id, offset)
        key(window, Qt.Key.Key_Return)

    return edit


def key_at(block_id: str, offset: int, which: Qt.Key) -> Callable[[MainWindow], None]:
    def edit(window: MainWindow) -> None:
        at(window, block_id, offset)
        key(window, which)

    return edit


def over(
    start: tuple[str, int], end: tuple[str, int], which: Qt.Key, control: bool = False
) -> Callable[[MainWindow], None]:
    def edit(window: MainWindow) -> None:
        select(window, start, end)
        key(window, which, control)

    return edit


def kind_at(block_id: str, kind: str) -> Callable[[MainWindow], None]:
    def edit(window: MainWindow) -> None:
        at(window, block_id, 1)
        window.style_box.activated.emit(window.style_box.findData(kind))

    return edit


def type_over_all(window: MainWindow) -> None:
    key(window, Qt.Key.Key_A, control=True)
    QTest.keyClicks(window.surface, "x")


def copy_and_paste(window: MainWindow) -> None:
    select(window, ("p1", 0), ("h", 2))
    key(window, Qt.Key.Key_C, control=True)
    at(window, "p3", 4)
    key(window, Qt.Key.Key_V, control=True)


EDITS: dict[str, tuple[Callable[[MainWindow], None], str]] = {
    "Enter in a paragraph": (enter_at("p1", 3), "k t s p1 * p2 h p3 q p4 i p5 b"),
    "Enter at a paragraph's end": (enter_at("p1", END), "k t s p1 * p2 h p3 q p4 i p5 b"),
    "Enter at a paragraph's start": (enter_at("p2", 0), "k t s p1 * p2 h p3 q p4 i p5 b"),
    "Enter at the first paragraph's start": (enter_at("k", 0), "* k t s p1 p2 h p3 q p4 i p5 b"),
    "Enter in the title": (enter_at("t", 2), "k t * s p1 p2 h p3 q p4 i p5 b"),
    "Backspace joining two paragraphs": (
        key_at("p2", 0, Qt.Key.Key_Backspace),
        "k t s p1 h p3 q p4 i p5 b",
    ),
    "Delete joining two paragraphs": (
        key_at("p1", END, Qt.Key.Key_Delete),
        "k t s p1 h p3 q p4 i p5 b",
    ),
    "Backspace joining the title to the first paragraph": (
        key_at("t", 0, Qt.Key.Key_Backspace),
        "k s p1 p2 h p3 q p4 i p5 b",
    ),
    "a selection across paragraphs deleted": (
        over(("p1", 2), ("p3", 3), Qt.Key.Key_Delete),
        "k t s p1 q p4 i p5 b",
    ),
    "a whole paragraph deleted with the next one's start": (
        over(("p2", 0), ("h", 0), Qt.Key.Key_Delete),
        "k t s p1 h p3 q p4 i p5 b",
    ),
    "the first paragraph deleted whole": (
        over(("k", 0), ("t", 0), Qt.Key.Key_Delete),
        "t s p1 p2 h p3 q p4 i p5 b",
    ),
    "a pull quote deleted with the paragraphs around it": (
        over(("p3", 0), ("p4", 2), Qt.Key.Key_Backspace),
        "k t s p1 p2 h p4 i p5 b",
    ),
    "a picture deleted with the paragraph after it": (
        over(("p4", 2), ("p5", 0), Qt.Key.Key_Delete),
        "k t s p1 p2 h p3 q p4 b",
    ),
    "a whole paragraph cut": (
        over(("p2", 0), ("h", 0), Qt.Key.Key_X, control=True),
        "k t s p1 h p3 q p4 i p5 b",
    ),
    "paragraphs copied and pasted": (copy_and_paste, "k t s p1 p2 h p3 * * q p4 i p5 b"),
    "bold across paragraphs": (
        over(("p1", 2), ("p3", 3), Qt.Key.Key_B, control=True),
        START,
    ),
    "a kind changed from the style box": (kind_at("p3", "standfirst"), START),
    "the first paragraph's kind changed": (kind_at("k", "paragraph"), START),
    "everything typed over": (type_over_all, "b"),
}


@pytest.mark.parametrize("name", list(EDITS))
def test_ids_follow_the_text_through_an_edit_its_undo_and_redo(
    qapp: QApplication, name: str
) -> None:
    edit, after = EDITS[name]
    window = bare_window(SOURCE, language="en")
    assert ids(window) == START
    edit(window)
    done = ids(window)
    assert done == after
    made = [block.id for block in window.document.article.blocks]
    stack = window.document.undo_stack
    stack.undo()
    assert ids(window) == START
    assert window.document.article.blocks == SOURCE.blocks
    stack.redo()
    assert [block.id for block in window.document.article.blocks] == made
    stack.undo()
    assert ids(window) == START


def test_typing_after_undo_keeps_the_ids(qapp: QApplication) -> None:
    window = bare_window(SOURCE, language="en")
    over(("p2", 0), ("h", 0), Qt.Key.Key_Delete)(window)
    window.document.undo_stack.undo()
    over(("p1", 0), ("p2", 0), Qt.Key.Key_Delete)(window)  # the paragraph undo brought back
    assert ids(window) == "k t s p2 h p3 q p4 i p5 b"
    at(window, "p2", 0)
    QTest.keyClicks(window.surface, "Et ")
    assert ids(window) == "k t s p2 h p3 q p4 i p5 b"
    assert window.document.block("p2").plain_text == "Et Quatre cinq"


def test_a_saved_article_keeps_every_blocks_id(qapp: QApplication) -> None:
    window = bare_window(SOURCE, language="en")
    read = bridge.to_model(window.document.text, Article())
    assert [(b.kind, b.id) for b in read.blocks] == [(b.kind, b.id) for b in SOURCE.blocks]
    assert read.blocks == SOURCE.blocks


def test_text_typed_into_a_new_paragraph_is_in_its_look_without_its_id(
    qapp: QApplication,
) -> None:
    window = bare_window(SOURCE, language="en")
    enter_at("p1", END)(window)
    QTest.keyClicks(window.surface, "Neuf")
    settled()
    typed = window.surface.textCursor().block()
    runs = [fragment.charFormat() for fragment in bridge.fragments(typed)]
    assert runs == [bridge.char_format("paragraph")]
    assert not runs[0].hasProperty(bridge.BLOCK_ID)
    unit = bridge.unit_of(typed)
    assert unit is not None and unit.id == window.document.article.blocks[4].id


def test_an_empty_paragraph_keeps_the_height_of_its_kind(qapp: QApplication) -> None:
    source = article(title("Titre"), subhead(), subhead("Inter"), para(), para("Texte"))
    window = bare_window(source, language="en")
    text = window.document.text
    layout = text.documentLayout()
    heights = [layout.blockBoundingRect(text.findBlockByNumber(n)).height() for n in range(1, 5)]
    assert heights[0] == heights[1]
    assert heights[2] == heights[3]
    assert heights[0] != heights[2]
    assert not any(bridge.off_look(text.findBlockByNumber(n)) for n in range(5))
