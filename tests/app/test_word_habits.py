"""What Word and Google Docs users look for, driven in the real window: Ctrl+Y, the shortcut
sheet telling its entries apart."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument, QTextTable
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolBar, QTreeView

from editor.app import help, i18n
from editor.app.application import Copydesk
from editor.app.main_window import MainWindow
from editor.app.settings import Settings
from tests.app.preferences_dialog import preferences_with


def typed(window: MainWindow, text: str) -> None:
    window.surface.setFocus()
    QTest.keyClicks(window.surface, text)


def press(window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    QTest.keyClick(window.surface, key, modifiers)


CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.mark.skipif(sys.platform == "darwin", reason="Cmd+Y is not Redo on macOS")
def test_ctrl_y_redoes_like_ctrl_shift_z(desk: Copydesk) -> None:
    window = desk.new()
    typed(window, "Le conseil vote")
    title = lambda: window.document.article.blocks[0].plain_text  # noqa: E731
    assert title() == "Le conseil vote"
    press(window, Qt.Key.Key_Z, CTRL)
    assert title() == "Le conseil "
    press(window, Qt.Key.Key_Y, CTRL)
    assert title() == "Le conseil vote"
    press(window, Qt.Key.Key_Z, CTRL)
    press(window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert title() == "Le conseil vote"
    redo = window.action("redo")
    assert "Ctrl+Y" in [k.toString() for k in redo.shortcuts()]
    assert "Ctrl+Shift+Z" in [k.toString() for k in redo.shortcuts()]


@pytest.mark.skipif(sys.platform == "darwin", reason="Cmd+Y is not Redo on macOS")
def test_ctrl_y_redoes_from_a_panel_too(desk: Copydesk) -> None:
    """The window's shortcut, not only the text's own key: Ctrl+Y in the outline."""
    window = desk.new()
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    typed(window, "Le conseil vote")
    window.document.undo_stack.undo()
    outline = window.outline.findChild(QTreeView, "outlineTree")
    assert isinstance(outline, QTreeView)
    outline.setFocus()
    QTest.keyClick(outline, Qt.Key.Key_Y, CTRL)
    assert window.document.article.blocks[0].plain_text == "Le conseil vote"


def sheet_rows(window: MainWindow) -> list[list[str]]:
    """The shortcut sheet's rows as shown: each row's cells."""
    sheet = help.show_shortcuts(window)
    document: QTextDocument = sheet.browser.document()  # type: ignore[attr-defined]
    rows: list[list[str]] = []
    for table in document.rootFrame().childFrames():
        assert isinstance(table, QTextTable)
        for row in range(table.rows()):
            cells = (table.cellAt(row, column) for column in range(table.columns()))
            rows.append([cell.firstCursorPosition().block().text() for cell in cells])
    sheet.close()
    return rows


@pytest.mark.parametrize(
    ("language", "kind_change", "insert_new"),
    [
        ("en", "Make this paragraph a pull quote", "Insert a pull quote after this paragraph"),
        ("fr", "Faire de ce paragraphe un exergue", "Insérer un exergue après ce paragraphe"),
    ],
)
@pytest.mark.skipif(sys.platform == "darwin", reason="the keys read ⌘ on macOS")
def test_the_shortcut_sheet_tells_apart_entries_of_the_same_name(
    desk: Copydesk, language: str, kind_change: str, insert_new: str
) -> None:
    i18n.install(language)
    window = desk.new()
    rows = sheet_rows(window)
    assert len(rows) > 20
    assert len({tuple(r) for r in rows}) == len(rows)  # no two rows read the same
    quote = "Exergue" if language == "fr" else "Pull Quote"
    bio = "Bio de l’auteur" if language == "fr" else "Author Bio"
    quotes = [r for r in rows if r[0] == quote]
    bios = [r for r in rows if r[0] == bio]
    assert len(quotes) == 2 and len(bios) == 2
    assert {r[2] for r in quotes} == {kind_change, insert_new}
    assert len({r[2] for r in bios}) == 2 and all(r[2] for r in bios)
    shift = "Maj" if language == "fr" else "Shift"
    assert [r[1] for r in rows if "Ctrl+Y" in r[1]] == [f"Ctrl+{shift}+Z / Ctrl+Y"]


def test_toolbar_text_under_the_icons_is_a_preference_applied_at_once(
    desk: Copydesk, tmp_path: Path
) -> None:
    first, second = desk.new(), desk.new()
    bars = lambda w: w.findChildren(QToolBar)  # noqa: E731
    icons_only = Qt.ToolButtonStyle.ToolButtonIconOnly
    assert all(bar.toolButtonStyle() == icons_only for bar in bars(first))
    bold = first.findChild(QToolBar, "formatting").widgetForAction(first.action("mark:strong"))
    narrow = bold.sizeHint()
    preferences_with(first, lambda dialog: dialog.toolbar_text.setChecked(True))
    under = Qt.ToolButtonStyle.ToolButtonTextUnderIcon
    for window in (first, second):  # both open windows follow at once
        assert {bar.toolButtonStyle() for bar in bars(window)} == {under}  # Review's too
    assert bold.sizeHint().height() > narrow.height()  # the name takes its line
    assert Settings(tmp_path / "settings.ini").flag("toolbar_text")
    third = desk.new()  # and the windows opened later
    assert {bar.toolButtonStyle() for bar in bars(third)} == {under}
    preferences_with(third, lambda dialog: dialog.toolbar_text.setChecked(False))
    assert all(bar.toolButtonStyle() == icons_only for w in desk.windows for bar in bars(w))
