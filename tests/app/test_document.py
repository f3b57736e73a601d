"""The open document: one history for text, structure and metadata; dirty flag; saving."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextCursor

from editor.app import bridge, editing
from editor.app.document import Document
from editor.model import storage
from editor.model.build import article, para, quote, title
from editor.model.stats import article_stats


def sample() -> Document:
    return Document(article(title("Titre"), para("Un."), quote("Dit", by="Elle"), para("Deux.")))


def end_of(document: Document, number: int) -> QTextCursor:
    cursor = QTextCursor(document.text)
    block = document.text.findBlockByNumber(number)
    cursor.setPosition(block.position() + block.length() - 1)
    return cursor


def test_text_structure_and_metadata_share_one_timeline(qapp: QCoreApplication) -> None:
    document = sample()
    end_of(document, 1).insertText(" Plus.")
    document.change_meta("Section", section=("Monde",))
    unit = bridge.unit_of(document.text.findBlockByNumber(2))
    assert unit is not None and unit.kind == "pullquote"
    document.replace_units([unit], [], "Delete block")
    stack = document.undo_stack
    assert [stack.text(i) for i in range(stack.count())] == ["Typing", "Section", "Delete block"]
    stack.undo()
    assert [b.kind for b in document.article.blocks] == [
        "title",
        "paragraph",
        "pullquote",
        "paragraph",
    ]
    stack.undo()
    assert document.article.meta.section == ()
    stack.undo()
    assert document.article.blocks[1].plain_text == "Un."
    stack.redo()
    stack.redo()
    stack.redo()
    assert document.article.meta.section == ("Monde",)
    assert [b.plain_text for b in document.article.blocks] == ["Titre", "Un. Plus.", "Deux."]


def test_dirty_follows_the_history_and_saving(qapp: QCoreApplication, tmp_path: Path) -> None:
    document = sample()
    seen: list[bool] = []
    document.dirty_changed.connect(seen.append)
    end_of(document, 0).insertText("!")
    assert document.dirty
    document.undo_stack.undo()
    assert not document.dirty
    document.undo_stack.redo()
    path = tmp_path / "piece.article"
    document.save(path)
    assert not document.dirty and document.path == path
    assert storage.load(path) == document.article
    assert seen == [True, False, True, False]


def test_a_paragraph_qt_splits_gets_its_own_id_in_the_same_step(qapp: QCoreApplication) -> None:
    document = sample()
    cursor = QTextCursor(document.text)
    cursor.setPosition(document.text.findBlockByNumber(1).position() + 2)
    cursor.insertBlock()  # as Qt does it: the new paragraph copies the format, id included
    QCoreApplication.processEvents()
    ids = [b.id for b in document.article.blocks]
    assert len(set(ids)) == len(ids) == 5
    assert document.article == bridge.to_model(document.text, document.article)
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert [b.plain_text for b in document.article.blocks] == ["Titre", "Un.", "Dit", "Deux."]


def test_live_counts_follow_every_edit(qapp: QCoreApplication) -> None:
    document = sample()
    end_of(document, 1).insertText(" Trois mots ici")
    editing.move_block(document, end_of(document, 1), 1)
    cursor = QTextCursor(document.text)
    cursor.setPosition(3)
    cursor.setPosition(document.text.characterCount() - 3, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    expected = article_stats(document.article)
    assert document.counts.total == expected.total
    assert document.counts.body == expected.body
