"""The desk's tools in the real window: length shading, the gauge, the check dock, spelling."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlock, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor.app import looks, spelling
from editor.app.check_dock import problems_before_export
from editor.app.document import Document
from editor.app.main_window import MainWindow
from editor.app.problem_list import ProblemList
from editor.model import storage
from editor.model.article import Article, Block
from editor.model.build import article, para, title
from tests.shared import SAMPLE

_OPEN: list[MainWindow] = []


@pytest.fixture(autouse=True)
def close_windows() -> Iterator[None]:
    yield
    while _OPEN:
        shown = _OPEN.pop()
        shown.document.undo_stack.setClean()  # closing would ask about unsaved changes
        shown.close()
        shown.deleteLater()  # made without the application: not deleted on close


def _window(start: Article) -> MainWindow:
    shown = MainWindow(Document(start), opener=lambda path: None)
    _OPEN.append(shown)
    shown.show()
    QApplication.processEvents()  # the spelling underline starts at the first pass of events
    return shown


def _to_end(window: MainWindow) -> None:
    cursor = window.surface.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    window.surface.setTextCursor(cursor)


def _shaded(window: MainWindow) -> list[str]:
    return [s.cursor.selectedText() for s in window.surface.extraSelections()]


def test_an_over_long_title_is_shaded_past_its_limit(qtbot: QtBot) -> None:
    long_title = "Un titre " * 10  # 90 signes, the brève allows 60
    window = _window(article(title(long_title), para("Court."), meta=dict(template="breve")))
    assert _shaded(window) == [long_title[60:]]
    cursor = window.surface.textCursor()
    cursor.setPosition(1)
    cursor.setPosition(40, QTextCursor.MoveMode.KeepAnchor)
    window.surface.setTextCursor(cursor)
    QTest.keyClicks(window.surface, "X")
    assert _shaded(window) == []


def test_a_shade_stays_on_its_words_while_another_paragraph_is_typed(qtbot: QtBot) -> None:
    long_title = "Un titre " * 10
    window = _window(article(title(long_title), para("Court."), meta=dict(template="breve")))
    _to_end(window)
    QTest.keyClicks(window.surface, " Et bref.")
    assert window.document.article.blocks[1].plain_text == "Court. Et bref."
    assert _shaded(window) == [long_title[60:]]
    window.surface.moveCursor(QTextCursor.MoveOperation.Start)
    QTest.keyClicks(window.surface, "Oui, ")
    assert _shaded(window) == [("Oui, " + long_title)[60:]]


def test_without_a_template_nothing_is_shaded_as_the_copy_changes(qtbot: QtBot) -> None:
    long_title = "Un titre " * 10
    window = _window(article(title(long_title), para("Court."), meta=dict(template="breve")))
    window.document.change_meta("Template", template="")
    assert _shaded(window) == []
    window.surface.moveCursor(QTextCursor.MoveOperation.Start)
    QTest.keyClicks(window.surface, "Long ")
    assert window.document.article.blocks[0].plain_text.startswith("Long Un titre")
    assert _shaded(window) == []
    window.document.undo_stack.undo()  # the words
    window.document.undo_stack.undo()  # the template: its limit shaded again
    assert _shaded(window) == [long_title[60:]]
    window.surface.moveCursor(QTextCursor.MoveOperation.Start)
    QTest.keyClicks(window.surface, "Un ")
    assert window.document.article.meta.template == "breve"
    assert _shaded(window) == [("Un " + long_title)[60:]]


def test_the_outline_shows_each_block_against_its_limit(qtbot: QtBot) -> None:
    long_title = "Un titre " * 10  # 90 signes, the brève allows 60
    start = article(title(long_title), para("Court."), meta=dict(template="breve"))
    window = _window(start)
    tree = window.outline.tree
    qtbot.waitUntil(lambda: tree.topLevelItem(0) is not None)  # the first pause's findings
    row = tree.topLevelItem(0)
    assert row is not None and row.text(2) == "90 / 60"
    assert row.foreground(2).color() == looks.colour("accent")
    assert "30 signes over" in row.toolTip(2)
    cursor = window.surface.textCursor()
    cursor.setPosition(1)
    cursor.setPosition(40, QTextCursor.MoveMode.KeepAnchor)
    window.surface.setTextCursor(cursor)
    QTest.keyClicks(window.surface, "X")
    qtbot.waitUntil(lambda: (tree.topLevelItem(0) or row).text(2) == "52 / 60")
    assert (tree.topLevelItem(0) or row).toolTip(2) == ""


def test_the_gauge_follows_typing_and_the_template_is_an_undoable_choice(qtbot: QtBot) -> None:
    window = _window(article(title("Titre"), para("Court."), meta=dict(template="breve")))
    label = window.gauge.label
    assert label.property("verdict") == "under"
    before = label.text()
    _to_end(window)
    QTest.keyClicks(window.surface, " Encore un peu.")
    assert label.text() != before
    chooser = window.gauge.chooser
    chooser.activated.emit(chooser.findData("article"))
    assert window.document.article.meta.template == "article"
    window.document.undo_stack.undo()
    assert window.document.article.meta.template == "breve"
    assert chooser.currentData() == "breve"


def test_copy_past_the_target_is_shaded_after_a_pause(qtbot: QtBot) -> None:
    body = "Une phrase de la brève qui s’allonge. " * 60  # about 2 300 signes
    window = _window(article(title("Titre"), para(body), meta=dict(template="breve")))
    assert window.gauge.label.property("verdict") == "over"
    assert any(text and body.endswith(text) for text in _shaded(window))


def _fr(*blocks: Block) -> Article:
    return article(*blocks, meta=dict(language="fr", authors=("Anne Martin",)))


def click_row(listing: ProblemList, row: int) -> None:
    """A click on the row, as the user makes it (scrolled into view first)."""
    index = listing.model().index(row, 0)
    listing.scrollTo(index)
    QTest.mouseClick(
        listing.viewport(), Qt.MouseButton.LeftButton, pos=listing.visualRect(index).center()
    )


def test_clicking_a_problem_selects_its_place(qtbot: QtBot) -> None:
    window = _window(_fr(title("Titre"), para("Il dit : TK avant la fin.")))
    dock = window.check_dock
    assert dock.stale and not dock.problems  # the page first; the check at the first pause
    qtbot.waitUntil(lambda: not dock.stale)
    row = next(i for i, p in enumerate(dock.problems) if p.code == "placeholder")
    click_row(dock.list, row)
    assert window.surface.textCursor().selectedText() == "TK"


def test_fix_all_typography_is_one_step(qtbot: QtBot) -> None:
    start = _fr(title("Le titre : l'essentiel"), para('Il dit "oui" ! Enfin...'))
    window = _window(start)
    qtbot.waitUntil(window.check_dock.fix_all_button.isEnabled)
    window.check_dock.fix_all_button.click()
    fixed = [b.plain_text for b in window.document.article.blocks]
    assert fixed == ["Le titre\u00a0: l’essentiel", "Il dit «\u00a0oui\u00a0»\u202f! Enfin…"]
    assert window.document.undo_stack.count() == 1
    window.document.undo_stack.undo()
    assert window.document.article.blocks == start.blocks


def test_a_clean_piece_says_so_in_the_dock(qtbot: QtBot) -> None:
    window = _window(storage.load(SAMPLE))
    dock = window.check_dock
    dock.refresh()
    assert dock.problems == [] and dock.windowTitle() == "Check (0)"
    [said] = dock.list.texts()
    assert said.startswith("No problems found")
    assert not dock.rows.flags(dock.rows.index(0)) & Qt.ItemFlag.ItemIsSelectable
    _to_end(window)
    QTest.keyClicks(window.surface, " TK")
    dock.refresh()
    texts = dock.list.texts()
    assert len(texts) == len(dock.problems) == 1 and texts[0].startswith("Placeholder")


def test_a_safe_fix_applies_from_the_dock(qtbot: QtBot) -> None:
    window = _window(_fr(title("Titre"), para("Bonjour !")))
    dock = window.check_dock
    qtbot.waitUntil(lambda: not dock.stale)
    row = next(i for i, p in enumerate(dock.problems) if p.fix is not None and p.fix.safe)
    dock.list.setCurrentRow(row)
    dock.fix_button.click()
    assert window.document.article.blocks[1].plain_text == "Bonjour\u202f!"
    qtbot.waitUntil(lambda: not dock.stale)  # checked again off the window's thread
    assert problems_before_export(window.document.article) == [
        p for p in dock.problems if p.severity.value != "suggestion"
    ]


def _needs_dictionary(window: MainWindow) -> None:
    if not window.spelling.speller.available:
        if os.environ.get("CI") == "true":
            pytest.fail("CI must install hunspell-fr and hunspell-en-us with pyenchant")
        pytest.skip("no spelling dictionary installed")


def _underlined(window: MainWindow) -> list[str]:
    block = window.document.text.lastBlock()
    return [block.text()[r.start : r.start + r.length] for r in block.layout().formats()]


def _typing_with_spelling(tmp_path: Path) -> MainWindow:
    """A French article's window with its dictionary open, the cursor in an empty paragraph."""
    window = _window(_fr(title("Titre"), para("")))
    window.spelling.speller.personal_file = tmp_path / "words.txt"
    _needs_dictionary(window)
    _to_end(window)
    return window


def test_a_misspelt_word_is_underlined_and_a_suggestion_replaces_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = _typing_with_spelling(tmp_path)
    QTest.keyClicks(window.surface, "Le gouvernemant et Anne Martin l'ont dit aujourd'hui.")
    assert _underlined(window) == ["gouvernemant"]
    position = window.document.text.lastBlock().position() + 5
    menu = window.spelling.menu_for(position)
    assert menu is not None
    choice = next(a for a in menu.actions() if a.text() == "gouvernement")
    choice.trigger()
    assert window.document.article.blocks[-1].plain_text.startswith("Le gouvernement et")
    assert _underlined(window) == []


def test_without_a_dictionary_the_window_says_how_to_get_one(qtbot: QtBot) -> None:
    if spelling.dictionary_for("la").result() is not None:
        pytest.skip("this machine has a Latin dictionary: no language left without one")
    window = _window(article(title("Titulus"), para("Alea iacta est."), meta=dict(language="la")))
    qtbot.waitUntil(lambda: "hunspell" in window.statusBar().currentMessage())
    message = window.statusBar().currentMessage()
    assert message.startswith("No Latin spelling dictionary is installed"), message
    assert not window.spelling.speller.available
    assert _underlined(window) == []  # unchecked, not all wrong


def test_ordinals_are_words_of_their_number_not_misspellings(qtbot: QtBot, tmp_path: Path) -> None:
    window = _typing_with_spelling(tmp_path)
    QTest.keyClicks(window.surface, "Le 1er mai, la 2e fois, le 3eme rang, un er isole.")
    assert _underlined(window) == ["er"]  # alone, "er" is no word


def test_a_word_added_or_ignored_is_no_longer_underlined(qtbot: QtBot, tmp_path: Path) -> None:
    window = _typing_with_spelling(tmp_path)
    QTest.keyClicks(window.surface, "Brouxelles et Zorglub")
    assert _underlined(window) == ["Brouxelles", "Zorglub"]
    block = window.document.text.lastBlock().position()
    menus = [window.spelling.menu_for(block + 1), window.spelling.menu_for(block + 15)]
    assert all(menus)
    next(a for a in menus[0].actions() if a.text() == "Add to Dictionary").trigger()  # type: ignore[union-attr]
    next(a for a in menus[1].actions() if a.text() == "Ignore in This Article").trigger()  # type: ignore[union-attr]
    assert _underlined(window) == []
    assert (tmp_path / "words.txt").read_text(encoding="utf-8").split() == ["Brouxelles"]
    assert window.document.article.meta.ignored_words == ("Zorglub",)
    window.document.undo_stack.undo()  # ignoring is a change of the article, undone as one
    assert _underlined(window) == ["Zorglub"]
    window.document.undo_stack.redo()
    assert _underlined(window) == []
    window.document.save(tmp_path / "piece.article")
    again = _window(storage.load(tmp_path / "piece.article"))
    again.spelling.speller.personal_file = tmp_path / "none.txt"
    _to_end(again)
    QTest.keyClicks(again.surface, " et Zorglub")  # typed again: checked again
    assert "Zorglub" not in _underlined(again)


def _underlines(paragraph: QTextBlock) -> list[str]:
    return [paragraph.text()[r.start : r.start + r.length] for r in paragraph.layout().formats()]


def test_spelling_follows_the_view_in_a_long_article(qtbot: QtBot) -> None:
    """Off-screen paragraphs wait to be checked until they scroll into view."""
    paragraphs = [para(f"Paragraphe {n} du conseil munisipal.") for n in range(400)]
    window = _window(_fr(title("Titre"), *paragraphs))
    _needs_dictionary(window)
    text = window.document.text
    qtbot.waitUntil(lambda: _underlines(text.findBlockByNumber(1)) == ["munisipal"])
    last = text.lastBlock()
    assert _underlines(last) == []
    assert last.userState() == window.spelling.underline.UNCHECKED
    bar = window.surface.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: _underlines(text.lastBlock()) == ["munisipal"])
    assert text.lastBlock().userState() != window.spelling.underline.UNCHECKED
