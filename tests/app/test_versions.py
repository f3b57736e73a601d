"""Backups and File → Versions, driven in the real window: every save keeps the version it
replaces; a restore is one undoable change in the window, never a write to the file."""

from __future__ import annotations

import json
import shutil
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor.app import i18n
from editor.app.application import Copydesk
from editor.app.autosave import AppData
from editor.app.main_window import MainWindow
from editor.app.moments import moment
from editor.app.settings import Settings
from editor.app.versions import INDEX, Backups
from editor.app.versions_dialog import VersionsDialog
from editor.model import storage
from editor.model.stats import article_stats
from tests.shared import SAMPLE


@pytest.fixture
def desk(tmp_path: Path) -> Copydesk:
    return Copydesk(
        report=pytest.fail, settings=Settings(tmp_path / "s.ini"), data=AppData(tmp_path / "data")
    )


def _open(desk: Copydesk, tmp_path: Path, qtbot: QtBot) -> MainWindow:
    path = tmp_path / "article.article"
    shutil.copy(SAMPLE, path)
    window = desk.open(path)
    assert window is not None
    qtbot.addWidget(window)
    return window


def _type_and_save(window: MainWindow, words: str) -> None:
    window.surface.setFocus()
    QTest.keyClicks(window.surface, words)
    assert window.save()


def _versions_dialog(window: MainWindow) -> VersionsDialog:
    window.action("versions").trigger()
    dialog = window.findChild(VersionsDialog)
    assert isinstance(dialog, VersionsDialog) and dialog.isVisible()
    return dialog


def _texts(window: MainWindow) -> list[str]:
    return [block.plain_text for block in window.document.article.blocks]


def test_saves_keep_versions_and_a_restore_is_one_undoable_change(
    desk: Copydesk, tmp_path: Path, qtbot: QtBot
) -> None:
    window = _open(desk, tmp_path, qtbot)
    path = window.document.path
    assert path is not None
    saved_texts = []
    for words in ("Un ", "Deux ", "Trois "):
        saved_texts.append(path.read_bytes())
        _type_and_save(window, words)
    on_disk = path.read_bytes()

    dialog = _versions_dialog(window)
    assert dialog.list.topLevelItemCount() == 3
    rows = [dialog.list.topLevelItem(n) for n in range(3)]
    original = storage.load(SAMPLE)
    words = QLocale().toString(article_stats(original).total.words)
    assert rows[2] is not None and rows[2].text(2) == words
    assert [v.file.read_bytes() for v in dialog.versions] == saved_texts[::-1]

    before = _texts(window)
    assert before[0].startswith("Un Deux Trois ")
    steps = window.document.undo_stack.count()
    dialog.list.setCurrentItem(rows[2])
    dialog.restore_button.click()
    assert not dialog.isVisible()
    assert window.document.article.blocks == original.blocks
    assert window.document.article.meta == original.meta
    assert window.document.dirty
    assert path.read_bytes() == on_disk  # the file is not touched
    assert window.document.undo_stack.count() == steps + 1

    window.action("undo").trigger()
    assert _texts(window) == before
    assert not window.document.dirty
    window.action("redo").trigger()
    assert window.document.article.blocks == original.blocks
    window.document.undo_stack.setClean()


def test_only_the_last_n_versions_are_kept_and_0_keeps_none(
    desk: Copydesk, tmp_path: Path, qtbot: QtBot
) -> None:
    desk.settings.set("versions_kept", "2")
    window = _open(desk, tmp_path, qtbot)
    path = window.document.path
    assert path is not None
    replaced = []
    for words in ("Un ", "Deux ", "Trois ", "Quatre "):
        replaced.append(path.read_bytes())
        _type_and_save(window, words)
    backups = Backups(desk.data.backups)
    kept = backups.versions(path)
    assert [v.file.read_bytes() for v in kept] == replaced[:1:-1]  # the two newest
    folder = kept[0].file.parent
    assert json.loads((folder / INDEX).read_text())["path"] == str(path.resolve())
    assert backups.original(folder) == path.resolve()

    assert window.save()  # an unchanged article saved again replaces nothing worth keeping
    assert len(backups.versions(path)) == 2
    assert backups.keep(path, 2) is not None
    assert backups.keep(path, 2) is None  # the same bytes are not kept twice
    kept = backups.versions(path)

    desk.settings.set("versions_kept", "0")
    _type_and_save(window, "Cinq ")
    assert [v.file for v in backups.versions(path)] == [v.file for v in kept]


def test_preferences_set_how_many_versions_are_kept(desk: Copydesk, qtbot: QtBot) -> None:
    window = desk.new()
    qtbot.addWidget(window)
    assert not window.action("versions").isEnabled()  # an unsaved article has no versions
    window.action("preferences").trigger()
    dialog = desk.preferences
    assert dialog.versions_kept.value() == 10
    dialog.versions_kept.setValue(3)
    dialog.store()
    assert desk.settings.get("versions_kept") == "3"
    window.document.undo_stack.setClean()


def test_an_article_never_saved_over_has_no_versions_yet(
    desk: Copydesk, tmp_path: Path, qtbot: QtBot
) -> None:
    window = _open(desk, tmp_path, qtbot)
    dialog = _versions_dialog(window)
    assert dialog.list.topLevelItemCount() == 0
    assert not dialog.restore_button.isEnabled()
    dialog.reject()


def test_moments_are_written_the_interface_languages_way(qapp: QApplication) -> None:
    when = datetime(2026, 11, 26, 14, 5, 9).astimezone()  # a local time, as saves are shown
    try:
        i18n.install("fr")
        assert moment(when) == "26/11/2026 14:05:09"
        assert moment(when, seconds=False) == "26/11/2026 14:05"
        i18n.install("en")
        assert moment(when) == "11/26/26 14:05:09"
    finally:
        i18n.install("en")
