"""The newsroom's shared word list, named in Preferences, accepted by every window's spelling."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from editor.app.application import Copydesk
from editor.app.autosave import AppData
from editor.app.main_window import MainWindow
from editor.app.settings import Settings
from editor.app.spelling import HOUSE_SETTING
from tests.app.preferences_dialog import preferences_with


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    # the settings the spell-checker reads too (a throwaway file in tests); data of its own
    desk = Copydesk(settings=Settings(), data=AppData(tmp_path / "data"))
    shown = desk.new()
    shown.spelling.speller.personal_file = tmp_path / "personal.txt"
    if not shown.spelling.speller.available:
        pytest.skip("no French spelling dictionary installed")
    yield shown
    Settings().set(HOUSE_SETTING, "")
    shown.document.undo_stack.setClean()
    shown.close()


def underlined(window: MainWindow) -> list[str]:
    block = window.document.text.lastBlock()
    return [block.text()[r.start : r.start + r.length] for r in block.layout().formats()]


def test_the_desks_words_are_no_longer_underlined(window: MainWindow, tmp_path: Path) -> None:
    window.surface.setFocus()
    window.surface.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(window.surface, "Le maire Zorglub et Vlarnec ont parle.")
    assert underlined(window) == ["Zorglub", "Vlarnec"]
    words = tmp_path / "maison.txt"
    words.write_text("Zorglub\nVlarnec\n", encoding="utf-8")
    dialog = preferences_with(window, lambda d: d.house_words.setText(str(words)))
    assert not dialog.isVisible()
    assert underlined(window) == []
    assert Settings().get(HOUSE_SETTING) == str(words)


def test_a_word_list_that_is_not_text_is_refused(window: MainWindow, tmp_path: Path) -> None:
    binary = tmp_path / "mots.dic"
    binary.write_bytes(b"\xff\xfe\x00\x81 not text")
    dialog = preferences_with(window, lambda d: d.house_words.setText(str(binary)))
    assert dialog.isVisible() and "mots.dic" in dialog.problem.text()
    assert Settings().get(HOUSE_SETTING) == ""
    dialog.reject()
