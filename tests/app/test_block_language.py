"""A paragraph in another language than the article, in the real window: set from the metadata
dock in one undoable step, saved, tagged in the margin, and followed by typography as you type,
spelling and grammar."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from editor.app import bridge
from editor.app.autotype import SETTING, AutoType
from editor.app.main_window import MainWindow
from editor.app.page import foreign_tag
from editor.app.settings import Settings
from editor.model import storage
from editor.model.article import Article
from editor.model.build import article, para, quote, title
from tests.app.windows import bare_window
from tests.shared import grammar_engine

WAIT = 120_000
"""Long enough for the grammar workers to start on a loaded machine; waits end on the state."""


@pytest.fixture(autouse=True)
def keep_setting() -> Iterator[None]:
    before = Settings().get(SETTING)
    yield
    Settings().set(SETTING, before)


def _piece() -> Article:
    return article(
        title("Le discours", id="t"),
        para("Les enfant jouent.", id="p"),
        quote("We shall fight on the beaches", by="Winston Churchill", id="q"),
        meta={"language": "fr"},
    )


def _to_block(window: MainWindow, index: int) -> None:
    """The cursor at the end of the index-th block's first paragraph."""
    block = window.document.article.blocks[index]
    unit = next(u for u in bridge.units_between(window.document.text.begin(),
                                                window.document.text.lastBlock())
                if u.id == block.id)  # fmt: skip
    cursor = QTextCursor(unit.first)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    window.surface.setTextCursor(cursor)


def _set_language(window: MainWindow, index: int, lang: str) -> None:
    """Go to the block, then type its language in the dock's field and leave it."""
    _to_block(window, index)
    window.inspector.show()
    field = window.inspector.block_language
    assert field is not None and field.isEnabled()
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, lang) if lang else QTest.keyClick(field, Qt.Key.Key_Delete)
    QTest.keyClick(field, Qt.Key.Key_Return)


def test_the_field_sets_the_language_in_one_step_saved_with_the_article(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "discours.article"
    window = bare_window(_piece(), path)
    field = window.inspector.block_language
    assert field is not None
    window.inspector.show()
    _to_block(window, 2)
    assert field.text() == "" and "fr" in field.placeholderText()
    steps = window.document.undo_stack.count()
    _set_language(window, 2, "en-GB")
    assert window.document.article.blocks[2].lang == "en-GB"
    assert window.document.undo_stack.count() == steps + 1
    assert window.document.article.language_of(window.document.article.blocks[2]) == "en-GB"
    window.document.undo_stack.undo()
    assert window.document.article.blocks[2].lang == "" and field.text() == ""
    window.document.undo_stack.redo()
    assert window.document.article.blocks[2].lang == "en-GB" and field.text() == "en-GB"
    _to_block(window, 1)
    assert field.text() == ""
    window.inspector.hide()  # closed, the field follows nothing; opened, it shows where it is
    _to_block(window, 2)
    window.inspector.show()
    assert field.text() == "en-GB"
    window.document.save()
    assert [b.lang for b in storage.load(path).blocks] == ["", "", "en-GB"]
    assert storage.load(path).blocks[2].plain_text == "We shall fight on the beaches"


def test_a_tag_that_is_not_a_language_is_refused_and_changes_nothing(qtbot: QtBot) -> None:
    window = bare_window(_piece())
    _set_language(window, 1, "anglais svp")
    field = window.inspector.block_language
    assert field is not None and field.property("invalid") is True
    assert "en-GB" in field.toolTip()
    assert window.document.article.blocks[1].lang == ""


def test_the_margin_tags_a_block_in_another_language(qtbot: QtBot) -> None:
    window = bare_window(_piece())
    _set_language(window, 1, "en")
    _set_language(window, 2, "fr")
    text = window.document.text
    paragraphs = [text.findBlockByNumber(n) for n in range(text.blockCount())]
    tags = [foreign_tag(p, "fr") for p in paragraphs if bridge.kind_of(p)]
    assert tags.count("EN") == 1 and set(tags) == {"", "EN"}  # "fr" is the article's own


def test_typography_as_you_type_follows_the_paragraph(qtbot: QtBot) -> None:
    window = bare_window(_piece())
    found = window.findChild(AutoType)
    assert isinstance(found, AutoType)
    found.action.setChecked(True)
    _set_language(window, 2, "en")
    _to_block(window, 2)
    window.surface.setFocus()
    QTest.keyClicks(window.surface, ': "yes"!')
    assert window.document.article.blocks[2].plain_text.endswith("beaches: “yes”!")
    _to_block(window, 1)
    QTest.keyClicks(window.surface, " Oui!")
    assert window.document.article.blocks[1].plain_text.endswith("Oui\u202f!")


def test_an_english_paragraph_is_spelt_in_english(qtbot: QtBot) -> None:
    window = bare_window(_piece())
    _set_language(window, 2, "en")
    text = window.document.text
    quoted = next(
        text.findBlockByNumber(n)
        for n in range(text.blockCount())
        if text.findBlockByNumber(n).text().startswith("We shall")
    )
    speller = window.spelling.underline.speller_for(quoted)
    assert speller.language == "en"
    qtbot.waitUntil(lambda: speller.ready, timeout=WAIT)
    if not speller.available:
        pytest.skip("no English Hunspell dictionary on this machine")
    assert window.spelling.word_at(quoted.position() + 3) is None  # "shall"
    french = window.spelling.underline.speller_for(text.findBlockByNumber(1))
    assert french.language == "fr"


def test_grammar_passes_over_a_paragraph_set_in_english(qtbot: QtBot) -> None:
    grammar_engine()
    window = bare_window(_piece())

    def read() -> bool:
        grammar = window.grammar
        return not grammar.busy and not grammar.cache.due(window.document.article)

    qtbot.waitUntil(read, timeout=WAIT)
    assert window.grammar.underlined() == ["enfant"]
    _set_language(window, 1, "en")
    qtbot.waitUntil(read, timeout=WAIT)
    assert window.grammar.underlined() == []
    window.document.undo_stack.undo()
    qtbot.waitUntil(lambda: read() and window.grammar.underlined() == ["enfant"], timeout=WAIT)
