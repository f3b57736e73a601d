"""Typography as you type in the real window: corrected at once, undone in one step."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from editor.app.application import Copydesk
from editor.app.autotype import SETTING, AutoType
from editor.app.document import Document
from editor.app.main_window import MainWindow
from editor.app.settings import Settings
from editor.model import storage
from editor.model.annotations import accepted_view
from editor.model.build import article, para, title

_OPEN: list[MainWindow] = []


def _window(qtbot: QtBot, language: str) -> MainWindow:
    start = article(title("Titre"), para(""), meta=dict(language=language))
    shown = MainWindow(Document(start), opener=lambda path: None)
    _OPEN.append(shown)
    shown.show()
    cursor = shown.surface.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    shown.surface.setTextCursor(cursor)
    return shown


def _autotype(window: MainWindow) -> AutoType:
    found = window.findChild(AutoType)
    assert isinstance(found, AutoType)
    return found


@pytest.fixture(autouse=True)
def keep_setting() -> Iterator[None]:
    before = Settings().get(SETTING)
    yield
    while _OPEN:
        shown = _OPEN.pop()
        shown.document.undo_stack.setClean()  # closing would ask about unsaved changes
        shown.close()
        shown.deleteLater()  # made without the application: not deleted on close
    Settings().set(SETTING, before)


def _last_text(window: MainWindow) -> str:
    return window.document.article.blocks[-1].plain_text


def test_french_punctuation_gets_its_narrow_space_and_one_undo_gives_back_the_typing(
    qtbot: QtBot,
) -> None:
    window = _window(qtbot, "fr")
    _autotype(window).action.setChecked(True)
    QTest.keyClicks(window.surface, "Bonjour !")
    assert _last_text(window) == "Bonjour\u202f!"
    QTest.keyClick(window.surface, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _last_text(window) == "Bonjour !"
    QTest.keyClick(window.surface, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "!" not in _last_text(window)


def test_apostrophes_quotes_and_ellipsis_as_the_desk_sets_them(qtbot: QtBot) -> None:
    window = _window(qtbot, "fr")
    _autotype(window).action.setChecked(True)
    QTest.keyClicks(window.surface, 'L\'ami dit "oui" : bon...')
    assert _last_text(window) == "L’ami dit «\u00a0oui\u00a0»\u00a0: bon…"


def test_english_gets_curly_quotes(qtbot: QtBot) -> None:
    window = _window(qtbot, "en")
    _autotype(window).action.setChecked(True)
    QTest.keyClicks(window.surface, 'It\'s "fine" !')
    assert _last_text(window) == "It’s “fine” !"


def test_turned_off_it_types_plainly_and_remembers(qtbot: QtBot) -> None:
    window = _window(qtbot, "fr")
    _autotype(window).action.trigger()
    assert Settings().get(SETTING) == "false"
    QTest.keyClicks(window.surface, "Bonjour ! l'ami")
    assert _last_text(window) == "Bonjour ! l'ami"
    assert not _autotype(_window(qtbot, "fr")).action.isChecked()


def test_preferences_turn_the_as_you_type_tools_off_in_open_windows(qtbot: QtBot) -> None:
    from editor.app.preferences import Preferences

    window = _window(qtbot, "fr")
    spelling = window.spelling
    assert _autotype(window).action.isChecked() and spelling.action.isChecked()
    dialog = Preferences(Settings(), window)
    assert dialog.typography.isChecked() and dialog.spelling.isChecked()
    dialog.typography.setChecked(False)
    dialog.spelling.setChecked(False)
    try:
        dialog.store()
        assert not _autotype(window).action.isChecked() and not spelling.action.isChecked()
        QTest.keyClicks(window.surface, "Bonjour ! Brouxelles")
        assert _last_text(window) == "Bonjour ! Brouxelles"
        assert window.document.text.lastBlock().layout().formats() == []
        again = Preferences(Settings(), window)
        assert not again.typography.isChecked() and not again.spelling.isChecked()
        assert not _window(qtbot, "fr").spelling.action.isChecked()
    finally:
        Settings().set_flag("spelling_as_you_type", True)


def _on_fire(desk: Copydesk, tmp_path: Path) -> MainWindow:
    """A French paragraph with an emoji, the cursor at its end, typography as you type on."""
    start = article(title("Titre"), para("Le feu 🔥 a pris", id="p"), meta={"language": "fr"})
    storage.save(start, tmp_path / "feu.article")
    desk.settings.set("reviewer_name", "Léa Moreau")
    window = desk.open(tmp_path / "feu.article")
    assert window is not None
    _autotype(window).action.setChecked(True)
    cursor = window.surface.textCursor()
    cursor.setPosition(window.surface.document().lastBlock().position())
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    window.surface.setTextCursor(cursor)
    return window


def test_typing_after_an_emoji_is_corrected_in_the_right_place(
    desk: Copydesk, tmp_path: Path
) -> None:
    # Qt counts an emoji as two positions, Python as one character: the typed character and
    # the correction's place are found in characters, and put back in Qt's positions.
    window = _on_fire(desk, tmp_path)
    QTest.keyClicks(window.surface, " ! Il dit \"non\" et l'a vu")
    assert _last_text(window) == "Le feu 🔥 a pris\u202f! Il dit «\u00a0non\u00a0» et l’a vu"
    assert window.surface.textCursor().atBlockEnd()
    while window.document.undo_stack.canUndo():
        window.action("undo").trigger()
    assert _last_text(window) == "Le feu 🔥 a pris"


def test_tracked_typing_after_an_emoji_is_corrected_in_the_right_place(
    desk: Copydesk, tmp_path: Path
) -> None:
    window = _on_fire(desk, tmp_path)
    window.action("review:track").trigger()
    QTest.keyClicks(window.surface, " ! c'est")
    assert accepted_view(window.document.article).blocks[-1].plain_text == (
        "Le feu 🔥 a pris\u202f! c’est"
    )
    assert window.surface.textCursor().atBlockEnd()
