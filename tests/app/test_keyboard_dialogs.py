"""The window, Export and Preferences from the keyboard alone: focus, mnemonics, Enter, Escape."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from editor.app.application import Copydesk
from editor.app.main_window import MainWindow
from editor.app.preferences import Preferences
from editor.app.settings import Settings
from editor.model import storage
from tests.shared import SAMPLE

MOST_FIELDS = 60
"""More fields than any dialog has: a Tab that never comes back fails the test."""


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    source = tmp_path / "croix-rousse.article"
    storage.save(storage.load(SAMPLE).with_meta(guid=""), source)
    desk = Copydesk(settings=Settings(tmp_path / "settings.ini"))
    shown = desk.open(source)
    assert shown is not None
    yield shown
    shown.document.undo_stack.setClean()
    shown.close()


def tab_order(dialog: QDialog) -> list[str]:
    """The widgets Tab visits, from the one with the focus, by name or text: Tab pressed until
    the focus comes back. Not by walking `nextInFocusChain`: PySide records the widget it
    returns as a child of the one asked, and a widget Qt made (a button of the button box)
    never lets go of it, so the dialog reached that way, and its window, stayed in memory
    for the rest of the run."""
    start = dialog.focusWidget()
    assert start is not None
    order, widget = [], start
    for _ in range(MOST_FIELDS):
        order.append(widget.objectName() or getattr(widget, "text", lambda: "")())
        QTest.keyClick(widget, Qt.Key.Key_Tab)
        focused = dialog.focusWidget()
        assert focused is not None
        if focused is start:
            return order
        widget = focused
    raise AssertionError(f"Tab never came back to {start.objectName()}: {order}")


def test_export_dialog_by_keyboard(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    window.action("export:docx").trigger()
    dialog = window.export_dialog
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    assert tab_order(dialog) == [
        "exportFolder", "Browse…", "format:docx", "format:epub", "format:newsml", "format:ninjs",
        "format:icml", "styleMap",
        "Browse…", "referenceDocx", "Browse…", "provider", "pubStatus", "embargo", "ninjsFlavour",
        "&Export", "Cancel",
    ]  # fmt: skip
    for label in dialog.findChildren(QLabel):
        if label.buddy() is not None:
            assert "&" in label.text(), label.text()  # Alt+letter reaches every field
    buddies = {label.buddy() for label in dialog.findChildren(QLabel)}
    assert {dialog.folder, dialog.style_map, dialog.reference, dialog.embargo} <= buddies
    assert dialog.export_button.isDefault()

    out = tmp_path / "out"
    dialog.folder.selectAll()
    QTest.keyClicks(dialog.folder, str(out))
    with qtbot.waitSignal(dialog.finished_export, timeout=60_000) as finished:
        QTest.keyClick(dialog.folder, Qt.Key.Key_Return)  # Enter exports
    assert finished.args == [True]
    assert (out / "croix-rousse.docx").is_file()


def test_escape_closes_the_export_dialog_without_writing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.action("export:all").trigger()
    dialog = window.export_dialog
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    dialog.folder.setText(str(tmp_path / "out"))
    focused: QWidget | None = dialog.focusWidget()
    assert focused is not None
    QTest.keyClick(focused, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert not (tmp_path / "out").exists()


def test_preferences_by_keyboard(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    window.action("preferences").trigger()
    dialog = window.findChild(Preferences)
    assert isinstance(dialog, Preferences)
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    order = tab_order(dialog)
    assert order[:4] == ["uiLanguage", "articleLanguage", "providerName", "styleMapPath"], order
    assert order[-2:] == ["OK", "Cancel"], order
    mnemonics = {label.buddy(): label.text() for label in dialog.findChildren(QLabel)}
    for field in (dialog.ui_language, dialog.article_language, dialog.provider, dialog.style_map):
        assert "&" in mnemonics[field], mnemonics[field]

    dialog.provider.setFocus()
    QTest.keyClicks(dialog.provider, "Le Progres")
    QTest.keyClick(dialog.provider, Qt.Key.Key_Escape)  # Escape forgets the change
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert Settings(tmp_path / "settings.ini").get("provider") == ""

    window.action("preferences").trigger()
    again = next(d for d in window.findChildren(Preferences) if d.isVisible())
    again.provider.setFocus()
    QTest.keyClicks(again.provider, "Le Progres")
    QTest.keyClick(again.provider, Qt.Key.Key_Return)  # Enter keeps it
    qtbot.waitUntil(lambda: not again.isVisible())
    assert Settings(tmp_path / "settings.ini").get("provider") == "Le Progres"


def test_ctrl_tab_leaves_the_text_for_the_panels_and_comes_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    window.surface.setFocus()
    text_before = window.document.article
    QTest.keyClick(window.surface, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    visited = []
    for _ in range(40):
        here = QApplication.focusWidget()
        assert here is not None
        if here is window.surface:
            break
        visited.append(here.objectName())
        QTest.keyClick(here, Qt.Key.Key_Tab)
    assert {"meta:section", "subjects", "outlineTree"} <= set(visited), visited
    assert QApplication.focusWidget() is window.surface  # Tab comes round to the text
    QTest.keyClick(
        window.surface,
        Qt.Key.Key_Backtab,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert QApplication.focusWidget() is not window.surface
    assert window.document.article == text_before  # no tab typed into the copy
