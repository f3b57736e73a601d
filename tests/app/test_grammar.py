"""French grammar as you type, in the real window: underlined, fixed, undone, ignored."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from editor.app import grammar as window_grammar
from editor.app.application import Copydesk
from editor.app.autosave import AppData
from editor.app.document import Document
from editor.app.grammar import HOUSE_SETTING, SETTING, utf16
from editor.app.main_window import MainWindow
from editor.app.settings import Settings
from editor.model import grammalecte, storage
from editor.model.article import Article
from editor.model.build import article, para, title
from editor.model.grammar_workers import Workers
from tests.app.preferences_dialog import preferences_with
from tests.app.test_desk_tools import click_row
from tests.app.test_surface import type_text
from tests.app.windows import bare_window, closed_after_the_test
from tests.shared import grammar_engine

WAIT = 120_000
"""Long enough for the grammar workers to start on a loaded machine; waits end on the state."""


def _window(start: Article) -> MainWindow:
    return bare_window(start)


def _read(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until every paragraph was read in its present state."""
    grammar = window.grammar
    qtbot.waitUntil(
        lambda: not grammar.busy and not grammar.cache.due(window.document.article), timeout=WAIT
    )


def _typed(qtbot: QtBot, text: str, window: MainWindow | None = None) -> MainWindow:
    grammar_engine()
    window = window or _window(article(title("Marché"), para(""), meta={"language": "fr"}))
    cursor = window.surface.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    window.surface.setTextCursor(cursor)
    type_text(window.surface, text)
    _read(qtbot, window)
    return window


def _action(menu: QMenu | None, text: str) -> None:
    assert menu is not None
    next(a for a in menu.actions() if a.text() == text).trigger()


def test_an_agreement_error_is_underlined_fixed_from_the_menu_and_undone(qtbot: QtBot) -> None:
    window = _typed(qtbot, "Ils sont allé au marché.")
    assert window.grammar.underlined() == ["allé"]
    shown = [mark.cursor.selectedText() for mark in window.surface.extraSelections()]
    assert "allé" in shown  # drawn on the page
    at = window.document.text.lastBlock().position() + 10
    menu = window.grammar.menu_for(at)
    assert menu is not None
    texts = [a.text() for a in menu.actions()]
    assert texts[0].startswith("Accord avec le sujet") and "allés" in texts
    assert {"Ignore This", "Ignore This Rule"} <= set(texts)
    _action(menu, "allés")
    assert window.document.article.blocks[-1].plain_text == "Ils sont allés au marché."
    _read(qtbot, window)
    assert window.grammar.underlined() == []
    window.document.undo_stack.undo()
    assert window.document.article.blocks[-1].plain_text == "Ils sont allé au marché."
    _read(qtbot, window)
    assert window.grammar.underlined() == ["allé"]


def test_grammar_problems_are_listed_in_the_check(qtbot: QtBot) -> None:
    window = _typed(qtbot, "Les enfant jouent.")
    window.check_dock.refresh()
    grammar = [p for p in window.check_dock.problems if p.kind == "grammar"]
    assert [(p.values["words"], p.suggestions) for p in grammar] == [("enfant", ("enfants",))]


def test_the_panel_lists_thousands_of_problems_and_goes_to_the_one_clicked(qtbot: QtBot) -> None:
    grammar_engine()
    courts = [para(f"Les enfant jouent dans la cour numéro {n}.") for n in range(400)]
    window = _window(article(title("Cours"), *courts, meta={"language": "fr"}))
    dock = window.check_dock
    dock.show()
    _read(qtbot, window)
    dock.refresh()
    grammar = [p for p in dock.problems if p.kind == "grammar"]
    assert [p.values["words"] for p in grammar] == ["enfant"] * 400
    texts = dock.list.texts()
    assert len(texts) == len(dock.problems)
    rows = zip(texts, dock.problems, strict=True)
    assert all("Les enfant jouent" in text for text, p in rows if p.kind == "grammar")
    last = dock.problems.index(grammar[-1])
    click_row(dock.list, last)
    cursor = window.surface.textCursor()
    assert (cursor.selectedText(), cursor.block().text()[-5:]) == ("enfant", " 399.")
    shown = window.surface.grammar_marks  # the page underlines what is in view, not all 400
    last = window.document.text.lastBlock()
    qtbot.waitUntil(lambda: any(m.cursor.block() == last for m in window.surface.grammar_marks))
    assert 0 < len(window.surface.grammar_marks) < 400 and len(shown) < 400
    assert {m.cursor.selectedText() for m in window.surface.grammar_marks} == {"enfant"}
    # only the paragraphs near the view hold their underlines as cursors, which Qt moves at
    # every edit anywhere in the text: the rest are drawn as they come into view
    drawn = window.grammar.drawn
    assert 0 < len(drawn) < 100 and window.document.article.blocks[-1].id in drawn
    assert window.document.article.blocks[1].id not in drawn
    assert window.grammar.underlined() == ["enfant"] * 400
    QTest.keyClick(dock.list, Qt.Key.Key_Up)  # the keys walk the list; Return goes there
    QTest.keyClick(dock.list, Qt.Key.Key_Return)
    cursor = window.surface.textCursor()
    assert (cursor.selectedText(), cursor.block().text()[-5:]) == ("enfant", " 398.")
    chosen = dock.list.currentRow()
    dock.refresh()  # the list drawn again, as at every pause: the row chosen stays, in view
    assert dock.list.currentRow() == chosen
    place = dock.list.visualRect(dock.rows.index(chosen))
    assert dock.list.viewport().rect().intersects(place)


def test_grammar_starts_once_the_page_is_painted(qtbot: QtBot) -> None:
    """The workers' start and the first pass wait for the window's first paint: spawning
    them and loading Grammalecte took the processor from it."""
    grammar_engine()
    start = article(title("Marché"), para("Ils sont allé au marché."), meta={"language": "fr"})
    window = MainWindow(Document(start), opener=lambda path: None)
    QApplication.processEvents()
    assert not window.grammar.busy and window.grammar.cache.due(window.document.article)
    closed_after_the_test(window)  # shown and painted
    _read(qtbot, window)
    assert window.grammar.underlined() == ["allé"]


def test_grammar_waits_for_the_windows_first_look_over_the_article(qtbot: QtBot) -> None:
    """The workers' start and the first pass wait until the check and outline's first pass
    has landed: the window's first seconds, its busiest, are not shared with them."""
    grammar_engine()
    start = article(title("Marché"), para("Ils sont allé au marché."), meta={"language": "fr"})
    window = MainWindow(Document(start), opener=lambda path: None)
    window.review._idle.stop()  # its first pass held here, and asked for below
    closed_after_the_test(window)  # shown
    window.surface.viewport().repaint()
    for _ in range(3):
        QApplication.processEvents()
    assert not window.review.ready
    assert not window.grammar.busy and window.grammar.cache.due(window.document.article)
    window.review.now()
    _read(qtbot, window)
    assert window.grammar.underlined() == ["allé"]


def test_the_first_pass_reads_every_paragraph_and_an_edit_made_while_it_is_sent(
    qtbot: QtBot,
) -> None:
    """The first pass is put together and sent off the window's thread: every paragraph is
    underlined and listed all the same, and a sentence typed while it goes is read too."""
    grammar_engine()
    courts = [para(f"Les enfant jouent dans la cour numéro {n}.") for n in range(300)]
    window = _window(article(title("Cours"), *courts, meta={"language": "fr"}))
    cursor = window.surface.textCursor()
    cursor.setPosition(window.document.text.findBlockByNumber(1).position())
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    window.surface.setTextCursor(cursor)
    type_text(window.surface, " Ils sont allé au marché.")
    _read(qtbot, window)
    assert sorted(window.grammar.underlined()) == ["allé"] + ["enfant"] * 300
    window.check_dock.refresh()
    grammar = [p.values["words"] for p in window.check_dock.problems if p.kind == "grammar"]
    assert grammar == ["enfant", "allé"] + ["enfant"] * 299


def test_the_export_warning_counts_the_grammar_problems(qtbot: QtBot, tmp_path: Path) -> None:
    """The check lists grammar before export: the export dialog's warning counts it too."""
    window = _typed(qtbot, "Les enfant jouent.")
    window.action("export:docx").trigger()
    dialog = window.export_dialog
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.warning is not None and dialog.warning.isVisible())
    warning = dialog.warning
    assert warning is not None
    assert "Grammar: 1" in warning.informativeText()
    assert "enfant" in warning.detailedText()
    warning.reject()
    assert not (tmp_path / "out").exists()
    dialog.reject()


def test_an_ignored_rule_stays_ignored_after_saving_and_reopening(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = _typed(qtbot, "Les enfant jouent. Il a manger.")
    assert window.grammar.underlined() == ["enfant", "manger"]
    start = window.document.text.lastBlock().position()
    _action(window.grammar.menu_for(start + 5), "Ignore This Rule")
    assert window.grammar.underlined() == ["manger"]
    _action(window.grammar.menu_for(start + 25), "Ignore This")
    assert window.grammar.underlined() == []
    window.document.undo_stack.undo()  # an ignore is a change of the article, undone as one
    assert window.grammar.underlined() == ["manger"]
    window.document.undo_stack.redo()
    path = tmp_path / "piece.article"
    window.document.save(path)
    again = _window(storage.load(path))
    _read(qtbot, again)
    assert again.grammar.underlined() == []
    assert again.document.article.meta.ignored_grammar.rules == ("g3__gn_les_1m",)


def test_english_copy_is_not_read(qtbot: QtBot) -> None:
    grammar_engine()
    window = _window(article(title("Market"), para("Les enfant jouent."), meta={"language": "en"}))
    qtbot.waitUntil(lambda: not window.grammar.busy, timeout=WAIT)
    assert window.grammar.underlined() == []
    assert window.grammar.cache.known(window.document.article.blocks[1]) is None  # never read


def test_emoji_and_no_break_spaces_before_the_error_keep_the_underline_in_place(
    qtbot: QtBot,
) -> None:
    text = "Bravo 🎉\u202f! «\u00a0Ils sont allé au stade\u00a0», dit l’entraîneur."
    grammar_engine()
    window = _window(article(title("Sport"), para(text), meta={"language": "fr"}))
    _read(qtbot, window)
    assert window.grammar.underlined() == ["allé"]
    assert utf16(text, text.index("allé")) == text.index("allé") + 1


def test_without_grammalecte_the_window_says_how_to_install_it(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(grammalecte.ENV, str(tmp_path))  # the loader's lookup finds nothing
    monkeypatch.setattr(window_grammar, "_workers", Workers(1))  # they start with that lookup
    window = _window(article(title("Marché"), para("Ils sont allé au marché.")))
    try:
        qtbot.waitUntil(lambda: window.grammar.missing is not None, timeout=WAIT)
    finally:
        window.grammar.workers.close()
    assert "python3-grammalecte" in window.statusBar().currentMessage()
    assert window.grammar.underlined() == []
    assert window.spelling.underline.enabled  # spelling goes on


@pytest.fixture
def desk_window(tmp_path: Path) -> Iterator[MainWindow]:
    """A window of the application (it adds Preferences), with the settings grammar reads."""
    desk = Copydesk(settings=Settings(), data=AppData(tmp_path / "data"))
    shown = closed_after_the_test(desk.new())
    yield shown
    Settings().set(HOUSE_SETTING, "")
    Settings().set_flag(SETTING, True)


def test_the_newsrooms_rule_list_in_preferences_applies_to_the_open_window(
    qtbot: QtBot, tmp_path: Path, desk_window: MainWindow
) -> None:
    window = _typed(qtbot, "Les enfant jouent. Il a manger.", desk_window)
    assert window.grammar.underlined() == ["enfant", "manger"]
    rules = tmp_path / "regles.txt"
    rules.write_text("# the desk's choices\ng3__gn_les_1m\n", encoding="utf-8")
    dialog = preferences_with(window, lambda d: d.house_rules.setText(str(rules)))
    assert not dialog.isVisible()
    assert window.grammar.underlined() == ["manger"]
    assert Settings().get(HOUSE_SETTING) == str(rules)
    preferences_with(window, lambda d: d.grammar.setChecked(False))
    assert not window.grammar.enabled and window.grammar.underlined() == []
    window.check_dock.refresh()
    assert not [p for p in window.check_dock.problems if p.kind == "grammar"]


def test_a_rule_list_that_is_not_text_is_refused(
    qtbot: QtBot, tmp_path: Path, desk_window: MainWindow
) -> None:
    window = desk_window
    binary = tmp_path / "regles.txt"
    binary.write_bytes(b"\xff\xfe\x00\x81 not text")
    dialog = preferences_with(window, lambda d: d.house_rules.setText(str(binary)))
    assert dialog.isVisible() and "regles.txt" in dialog.problem.text()
    assert Settings().get(HOUSE_SETTING) == ""
    dialog.reject()


def test_readings_drawn_while_typing_inside_a_paragraph_and_after_a_split_sit_on_their_words(
    qtbot: QtBot,
) -> None:
    """Readings come back after the journalist typed: the paragraphs found for the last
    drawing are kept while keys only change characters inside a paragraph, and found again
    once one is split, so every underline is drawn on its word."""
    grammar_engine()
    courts = [para(f"Les enfant jouent dans la cour numéro {n}.") for n in range(300)]
    window = _window(article(title("Cours"), *courts, meta={"language": "fr"}))
    _read(qtbot, window)
    text = window.document.text
    cursor = window.surface.textCursor()
    cursor.setPosition(text.findBlockByNumber(1).position())
    window.surface.setTextCursor(cursor)
    type_text(window.surface, "Hier, ")
    cursor.setPosition(text.findBlockByNumber(150).position() + len("Les enfant jouent"))
    window.surface.setTextCursor(cursor)
    QTest.keyClick(window.surface, Qt.Key.Key_Return)
    type_text(window.surface, "Ils sont allé au marché, puis")
    _read(qtbot, window)
    assert text.blockCount() == 302
    assert sorted(window.grammar.underlined()) == ["allé"] + ["enfant"] * 300


def test_a_closed_window_leaves_the_workers_to_the_windows_still_open(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The workers every window shares are handed a window's paragraphs a few chunks at a
    time: a long read closed at once no longer keeps them reading it before the paragraphs
    of the windows still open."""
    grammar_engine()
    workers = Workers(1)
    monkeypatch.setattr(window_grammar, "_workers", workers)
    body = [para(f"Les enfant du quartier {n} jouent dans la cour.") for n in range(600)]
    path = tmp_path / "long.article"
    storage.save(article(title("Cour"), *body, meta={"language": "fr"}), path)
    desk = Copydesk(settings=Settings(), data=AppData(tmp_path / "data"))
    window = desk.open(path)
    assert window is not None
    try:
        qtbot.waitUntil(lambda: bool(window.grammar._jobs), timeout=WAIT)
        assert len(window.grammar._jobs) <= window_grammar.AHEAD
        window.document.undo_stack.setClean()
        window.close()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        qtbot.waitUntil(lambda: not desk.windows, timeout=WAIT)
        other = _window(article(title("Marché"), para("Ils sont allé au marché.")))
        qtbot.waitUntil(lambda: other.grammar.underlined() == ["allé"], timeout=WAIT)
    finally:
        workers.close()


def test_a_reading_back_while_keys_come_in_is_drawn_at_the_first_look_with_no_key_since(
    qtbot: QtBot,
) -> None:
    """Taking a reading in and drawing it landed in whatever key was being typed (the
    slowest keys while a long read is first read): a look that finds a key typed since the
    last one leaves the reading for the next, and the next, with no key since, draws it."""
    window = _typed(qtbot, "Ils sont allé au marché.")
    grammar = window.grammar
    QTest.keyClick(window.surface, Qt.Key.Key_Return)
    type_text(window.surface, "Elles sont allé au port.")
    grammar._poll.blockSignals(True)  # the looks are the test's own from here
    qtbot.waitUntil(lambda: bool(grammar._jobs), timeout=WAIT)  # sent at the pause
    qtbot.waitUntil(lambda: all(future.done() for future, _ in grammar._jobs), timeout=WAIT)
    title = window.document.text.firstBlock()
    cursor = window.surface.textCursor()
    cursor.setPosition(title.position() + title.length() - 1)
    window.surface.setTextCursor(cursor)
    type_text(window.surface, "s")  # a key in the title as the reading is back

    grammar.collect()
    assert grammar.underlined() == ["allé"]
    assert grammar.busy

    grammar.collect()
    grammar._poll.blockSignals(False)
    assert sorted(grammar.underlined()) == ["allé", "allé"]
    _read(qtbot, window)
    assert window.document.article.blocks[0].plain_text == "Marchés"
