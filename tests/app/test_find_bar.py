"""The find bar as Word and Google Docs users expect it, in the real window: "3 of 12",
every match shaded, the shading following the text, the match never under the bar."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from editor.app import i18n
from editor.app.application import Copydesk
from editor.app.document import Document
from editor.app.find import matches_in
from editor.app.main_window import MainWindow
from editor.model.build import article, para, title

CTRL = Qt.KeyboardModifier.ControlModifier


def find(window: MainWindow, text: str) -> None:
    """Ctrl+F, type the words, Enter: as a user searches."""
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    window.surface.setFocus()
    QTest.keyClick(window.surface, Qt.Key.Key_F, CTRL)
    assert window.find_bar.isVisible() and window.find_bar.find_field.hasFocus()
    QTest.keyClicks(window.find_bar.find_field, text)
    QTest.keyClick(window.find_bar.find_field, Qt.Key.Key_Return)


def selected(window: MainWindow) -> str:
    return window.surface.textCursor().selectedText()


def marks(window: MainWindow) -> list[tuple[int, int, str]]:
    """The find bar's shades on the page: where, and in which colour."""
    return [
        (s.cursor.selectionStart(), s.cursor.selectionEnd(), s.format.background().color().name())
        for s in window.find_bar.marks
    ]


def council(desk: Copydesk) -> MainWindow:
    paragraphs = [para(f"Le conseil {n} vote. Le Conseil d’État tranche.") for n in range(6)]
    return desk.show(Document(article(title("Conseil municipal"), *paragraphs)))


def test_find_counts_and_shades_every_match(desk: Copydesk, qtbot: QtBot) -> None:
    window = council(desk)
    find(window, "conseil")
    status = window.find_bar.status
    assert status.text() == "1 of 13"
    assert selected(window) == "Conseil"  # the title's, the first after the cursor
    QTest.keyClick(window.find_bar.find_field, Qt.Key.Key_Return)
    QTest.keyClick(window.find_bar.find_field, Qt.Key.Key_Return)
    assert status.text() == "3 of 13"
    shades = marks(window)
    assert len(shades) == 13
    current = window.surface.textCursor()
    colours = {colour for *_, colour in shades}
    assert len(colours) == 2  # the others, and the current one apart
    (here,) = [s for s in shades if s[:2] == (current.selectionStart(), current.selectionEnd())]
    assert sum(1 for s in shades if s[2] == here[2]) == 1
    # the selection, painted over the current match's shade, wears its colour meanwhile
    inactive = window.surface.palette().color(
        QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight
    )
    assert inactive.name() == here[2]
    window.find_bar.previous_button.click()
    assert status.text() == "2 of 13"
    on_page = [s.cursor.selectionStart() for s in window.surface.extraSelections()]
    assert all(begin in on_page for begin, *_ in shades)


def test_the_shades_and_count_follow_the_text(desk: Copydesk, qtbot: QtBot) -> None:
    window = council(desk)
    find(window, "tranche")
    assert window.find_bar.status.text() == "1 of 6"
    cursor = window.surface.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    window.surface.setTextCursor(cursor)
    window.surface.setFocus()
    QTest.keyClicks(window.surface, " Il tranche encore")
    assert len(window.find_bar.marks) == 7  # at once, key by key
    assert window.find_bar.status.text() == "7 matches"
    window.document.undo_stack.setIndex(0)  # every word typed undone
    assert len(window.find_bar.marks) == 6
    QTest.keyClick(window.find_bar.find_field, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    assert window.find_bar.marks == [] and window.surface.extraSelections() == []
    palette = window.surface.palette()
    assert palette.color(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight) == (
        palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    )


def test_the_count_in_french(desk: Copydesk) -> None:
    i18n.install("fr")
    window = council(desk)
    find(window, "conseil")
    QTest.keyClick(window.find_bar.find_field, Qt.Key.Key_Return)
    QTest.keyClick(window.find_bar.find_field, Qt.Key.Key_Return)
    assert window.find_bar.status.text() == "3 sur 13"


def long_piece(desk: Copydesk) -> MainWindow:
    """Eighty paragraphs, then the one with the word: its end is far out of sight."""
    paragraphs = [
        para(f"Paragraphe {n} de la longue enquête, sans rien à trouver.") for n in range(80)
    ]
    window = desk.show(
        Document(article(title("Une longue enquête"), *paragraphs, para("Le mot caché est ici.")))
    )
    window.resize(1100, 700)
    assert window.surface.verticalScrollBar().maximum() > 0
    return window


def assert_above_the_bar(window: MainWindow) -> None:
    """The selected match is inside the page and its foot above the find bar's top."""
    surface = window.surface
    rect = surface.cursorRect(surface.textCursor())
    start = surface.textCursor()
    start.setPosition(start.selectionStart())
    rect = rect.united(surface.cursorRect(start))
    viewport = surface.viewport()
    bottom = viewport.mapTo(window, rect.bottomLeft()).y()
    assert window.find_bar.isVisible()
    assert bottom < window.find_bar.mapTo(window, QPoint(0, 0)).y()
    assert viewport.rect().contains(rect)


def test_the_match_found_is_never_under_the_find_bar(desk: Copydesk) -> None:
    window = long_piece(desk)
    find(window, "cache")  # accents ignored
    assert selected(window) == "caché"
    assert_above_the_bar(window)


def test_ctrl_f_on_a_word_at_the_foot_of_the_page_keeps_it_above_the_bar(desk: Copydesk) -> None:
    """The word selected on the last line in view stays in view when the bar opens under it,
    and is what the bar searches for (as in Word)."""
    window = long_piece(desk)
    surface = window.surface
    text = window.document.text
    begin = text.find("caché").selectionStart()
    cursor = surface.textCursor()
    cursor.setPosition(begin)
    cursor.setPosition(begin + len("caché"), cursor.MoveMode.KeepAnchor)
    surface.setTextCursor(cursor)
    bar = surface.verticalScrollBar()
    bar.setValue(bar.value() + surface.cursorRect().bottom() - surface.viewport().height() + 4)
    assert surface.viewport().rect().contains(surface.cursorRect())  # on the last line in view
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    surface.setFocus()
    QTest.keyClick(surface, Qt.Key.Key_F, CTRL)
    assert window.find_bar.find_field.text() == "caché"
    assert window.find_bar.status.text() == "1 of 1"
    assert_above_the_bar(window)


def test_the_bar_reopened_counts_again(desk: Copydesk) -> None:
    window = council(desk)
    find(window, "tranche")
    assert window.find_bar.status.text() == "1 of 6"
    QTest.keyClick(window.find_bar.find_field, Qt.Key.Key_Escape)
    assert window.find_bar.marks == []
    window.action("find").trigger()  # the same words, the same text
    assert window.find_bar.status.text() == "1 of 6"
    assert len(window.find_bar.marks) == 6
    QTest.keyClick(window.find_bar.find_field, Qt.Key.Key_Escape)
    cursor = window.surface.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    window.surface.setTextCursor(cursor)
    QTest.keyClicks(window.surface, " Il tranche")
    window.action("find").trigger()
    assert window.find_bar.status.text() == "7 matches"
    assert len(window.find_bar.marks) == 7


def test_ctrl_f_searches_the_selected_words_within_a_paragraph(desk: Copydesk) -> None:
    window = desk.show(Document(article(title("Budget"), para("Pourquoi\u202f? Parce que."))))
    text = window.document.text
    surface = window.surface
    cursor = text.find("Pourquoi\u202f?")
    surface.setTextCursor(cursor)
    window.action("find").trigger()
    assert window.find_bar.find_field.text() == "Pourquoi\u202f?"
    assert window.find_bar.status.text() == "1 of 1"
    window.find_bar.close_bar()
    across = surface.textCursor()
    across.setPosition(2)
    across.setPosition(text.find("Parce").selectionEnd(), across.MoveMode.KeepAnchor)
    surface.setTextCursor(across)  # from the title into the paragraph
    window.action("find").trigger()
    assert window.find_bar.find_field.text() == "Pourquoi\u202f?"  # kept, not replaced


def test_the_count_follows_the_cursor(desk: Copydesk) -> None:
    window = council(desk)
    find(window, "tranche")
    QTest.keyClick(window.find_bar.find_field, Qt.Key.Key_Return)
    assert window.find_bar.status.text() == "2 of 6"
    surface = window.surface
    cursor = surface.textCursor()
    cursor.setPosition(3)  # a click in the title
    surface.setTextCursor(cursor)
    assert window.find_bar.status.text() == "6 matches"
    assert len({mark.format.background().color().name() for mark in window.find_bar.marks}) == 1
    cursor = window.document.text.find("tranche", cursor)
    surface.setTextCursor(cursor)  # a match selected by hand
    assert window.find_bar.status.text() == "1 of 6"


def test_the_count_kept_up_key_by_key_equals_a_fresh_search(desk: Copydesk) -> None:
    """Typing, new paragraphs, deleting, undo and redo: the matches kept up edit by edit are
    exactly those a new search finds."""
    window = council(desk)
    find(window, "conseil")
    bar, surface, text = window.find_bar, window.surface, window.document.text

    def agrees() -> None:
        assert bar.matches == matches_in(text, bar.query())
        assert len(bar.marks) == len(bar.matches)

    cursor = text.find("vote")
    surface.setTextCursor(cursor)
    surface.setFocus()
    QTest.keyClicks(surface, "Conseil")  # over the selection: a match where there was none
    agrees()
    QTest.keyClick(surface, Qt.Key.Key_Return)
    QTest.keyClicks(surface, "le conseil de nuit ")
    agrees()
    for _ in range(12):
        QTest.keyClick(surface, Qt.Key.Key_Backspace)
    agrees()
    cursor = surface.textCursor()
    cursor.movePosition(cursor.MoveOperation.Down)
    cursor.select(cursor.SelectionType.BlockUnderCursor)
    surface.setTextCursor(cursor)
    QTest.keyClick(surface, Qt.Key.Key_Delete)
    agrees()
    while window.document.undo_stack.canUndo():
        window.document.undo_stack.undo()
        agrees()
    assert len(bar.matches) == 13
    window.document.undo_stack.redo()
    agrees()


def test_thousands_of_matches_are_shaded_where_the_eye_is(desk: Copydesk) -> None:
    paragraphs = [para(f"Le conseil {n} vote, le conseil tranche.") for n in range(1200)]
    window = desk.show(Document(article(title("Conseils"), *paragraphs)))
    window.resize(1100, 700)
    find(window, "conseil")
    bar, surface = window.find_bar, window.surface
    assert bar.status.text() == "1 of 2401"  # the title too
    assert 0 < len(bar.marks) <= 601  # not 2401 shades: those around the view

    def shaded() -> set[tuple[int, int]]:
        return {(m.cursor.selectionStart(), m.cursor.selectionEnd()) for m in bar.marks}

    first, last = bar.matches[1], bar.matches[-1]  # the first paragraph's, the last one's
    assert first in shaded() and last not in shaded()
    bar_of_the_page = surface.verticalScrollBar()
    bar_of_the_page.setValue(bar_of_the_page.maximum())  # to the end of the article
    assert last in shaded() and first not in shaded()
    assert bar.matches[0] in shaded()  # the current match, wherever it is
