"""The interface in French, walked as a journalist meets it: no English word may be left.

A morning's edits are made in English, then French is chosen in Preferences; the walk opens
every menu, every dialog and message box the window can show (for real, offscreen), walks Undo
and Redo through the whole history, and reads the status bar, and fails on any English word
(`tests/app/interface_texts.py` says which) and any "(s)" plural.
"""

from __future__ import annotations

import json
import socket
from datetime import datetime
from pathlib import Path

from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QMenu,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from editor.app import conflicts, help, i18n, recovery, saving
from editor.app.application import Copydesk
from editor.app.main_window import MainWindow
from editor.app.versions_dialog import VersionsDialog
from editor.model import storage
from editor.model.atomic import SaveError
from tests.app.interface_texts import (
    Seen,
    answer_next_box,
    english_words,
    switch_to_french,
    troubled,
)
from tests.shared import SAMPLE


def walk_window(seen: Seen, window: MainWindow) -> None:
    seen.widget("window", window)
    for action in window.menuBar().actions():
        seen.action("menu bar", action)
    for item in window.surface.context_actions:
        if isinstance(item, QMenu):
            seen.menu("context menu", item)
        elif item is not None:
            seen.action("context menu", item)


def make_history(window: MainWindow) -> None:
    """A morning's edits, in English: each leaves a named step in the history."""
    surface = window.surface
    surface.setFocus()
    QTest.keyClicks(surface, "Mot ")
    cursor = surface.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.PreviousWord, QTextCursor.MoveMode.KeepAnchor)
    surface.setTextCursor(cursor)
    window.action("mark:em").trigger()
    for name in ("kind:standfirst", "insert_pullquote", "move_down", "move_up", "delete_block"):
        window.action(name).trigger()
    section = window.inspector.edits["section"]
    QTest.keyClicks(section, " / Livres")
    section.editingFinished.emit()
    window.gauge.chooser.activated.emit(0)
    assert window.save()  # the version it replaces is kept, for Versions to restore
    window.action("versions").trigger()
    versions = window.findChild(QDialog, "versionsDialog")
    assert isinstance(versions, VersionsDialog) and versions.list.topLevelItemCount() > 0
    versions.restore_button.click()
    steps = {window.document.undo_stack.text(i) for i in range(window.document.undo_stack.count())}
    assert {"Apply italic", "Edit Section", "Restore the version of"} <= {
        step.rpartition(" ")[0] if step.startswith("Restore") else step for step in steps
    }, steps
    guard = window.findChild(conflicts.Guard)
    assert guard is not None and window.document.path is not None
    guard.ask_reload(window.document.path)
    assert guard.prompt is not None
    reload = guard.prompt.findChild(QPushButton, "reload")
    assert reload is not None
    reload.click()


def walk_history(seen: Seen, window: MainWindow) -> None:
    """Every step's name, and Undo and Redo as they walk back and forth."""
    stack = window.document.undo_stack
    seen.add("history", *(stack.text(i) for i in range(stack.count())))
    while stack.canUndo():
        seen.undo_texts("walking back", window)
        window.action("undo").trigger()
    while stack.canRedo():
        seen.undo_texts("walking forward", window)
        window.action("redo").trigger()
    seen.undo_texts("walking forward", window)


def walk_status(seen: Seen, window: MainWindow) -> None:
    QTest.keyClicks(window.surface, "Mot ")
    seen.undo_texts("after typing", window)
    window.action("kind:standfirst").trigger()
    seen.undo_texts("after a change of kind", window)
    body = window.document.text.findBlockByNumber(1)  # the paragraph: it takes links
    window.surface.setTextCursor(QTextCursor(body))
    window.statusBar().clearMessage()
    window.action("link").trigger()
    assert window.statusBar().currentMessage()
    seen.status("a link with no words selected", window)
    assert window.save()
    seen.status("after saving", window)


def walk_dialogs(seen: Seen, desk: Copydesk, window: MainWindow, tmp_path: Path) -> None:
    window.action("preferences").trigger()
    seen.widget("preferences", desk.preferences)
    ok = desk.preferences.findChild(QDialogButtonBox)
    assert isinstance(ok, QDialogButtonBox)
    bad_map = tmp_path / "styles.json"
    bad_map.write_text('{"image": "Photo"}', encoding="utf-8")
    desk.preferences.style_map.setText(str(bad_map))
    ok.button(QDialogButtonBox.StandardButton.Ok).click()
    seen.add("preferences: a style map that cannot be used", desk.preferences.problem.text())
    desk.preferences.style_map.clear()
    (tmp_path / "gabarits").mkdir()
    (tmp_path / "gabarits" / "filet.json").write_text('{"target": 900, "colour": "red"}')
    desk.preferences.templates.setText(str(tmp_path / "gabarits"))
    ok.button(QDialogButtonBox.StandardButton.Ok).click()
    seen.add("preferences: a template that cannot be used", desk.preferences.problem.text())
    assert desk.preferences.isVisible()
    desk.preferences.reject()
    export_menu = window.findChild(QMenu, "exportMenu")
    assert export_menu is not None
    export_menu.actions()[0].trigger()
    dialog = window.export_dialog
    seen.widget("export", dialog)
    dialog.folder.setText(str(tmp_path))
    dialog.start()  # the check still finds problems: the warning says so first
    seen.widget("export warning", dialog.warning)
    dialog.warning.reject()
    dialog.reject()
    window.action("versions").trigger()
    versions = window.findChild(QDialog, "versionsDialog")
    assert versions is not None and versions.isVisible()
    seen.widget("versions", versions)
    versions.reject()
    window.action("replace").trigger()
    window.find_bar.find_field.setText("corps")
    window.find_bar.find_match(backwards=False)
    seen.widget("find bar, a match", window.find_bar)
    window.find_bar.find_field.setText("introuvable")
    window.find_bar.find_match(backwards=False)
    seen.widget("find bar, no match", window.find_bar)
    window.find_bar.hide()
    seen.widget("guide", help.show_guide(window))
    seen.widget("shortcut sheet", help.show_shortcuts(window))
    answer_next_box(seen, "about")
    window.action("help:about").trigger()


def walk_boxes(seen: Seen, desk: Copydesk, window: MainWindow, tmp_path: Path) -> None:
    """The message boxes a day's work can bring up, each opened for real."""
    path = window.document.path
    assert path is not None
    guard = window.findChild(conflicts.Guard)
    assert guard is not None
    guard.ask_reload(path)
    assert guard.prompt is not None
    seen.widget("changed on disk", guard.prompt)
    reload = guard.prompt.findChild(QPushButton, "reload")
    assert reload is not None
    reload.click()
    seen.undo_texts("after reloading in French", window)

    locked = tmp_path / "verrouillé.article"
    locked.write_bytes(SAMPLE.read_bytes())
    lock = {"user": "claire", "host": "poste-7." + socket.gethostname(), "pid": 4242,
            "time": "2026-05-04T09:30:00+00:00"}  # fmt: skip
    conflicts.lock_path(locked).write_text(json.dumps(lock), encoding="utf-8")
    answer_next_box(seen, "lock")
    assert desk.open(locked) is None

    try:
        storage.save(window.document.article, tmp_path / "disparu" / "copie.article")
    except SaveError as error:
        box = saving.failure_box(window, error)
        seen.widget("save failure", box)
        box.reject()

    for name, content in (
        ("cassé.article", b'{"format": "copydesk.article", "version": 1, "blocks": [}'),
        ("vide.article", b""),
        ("faux.docx", b"ceci n'est pas un document Word"),
        ("rien.xml", b"<html><p>pas un article</p></html>"),
    ):
        broken = tmp_path / name
        broken.write_bytes(content)
        answer_next_box(seen, f"opening {name}")
        assert desk.open(broken) is None

    wire = tmp_path / "dépêche.txt"
    wire.write_text(
        "PRIX DU PAIN\n\nLYON, 4 déc 2024 (AFP) - Les boulangers alertent.\n\nLa suite\n\nFin.",
        encoding="utf-8",
    )
    imported = desk.open(wire)
    assert imported is not None and imported.import_notes.isVisible()
    seen.widget("import notes", imported.import_notes)
    imported.import_notes.accept()
    imported.document.undo_stack.setClean()
    imported.close()

    answer_next_box(seen, "recovery")
    kept = recovery.Recovered(path, path, datetime(2026, 5, 4, 9, 30), window.document.article)
    assert recovery.ask(kept, window) == "later"


def walk_closing(seen: Seen, window: MainWindow) -> None:
    QTest.keyClicks(window.surface, "Encore ")
    answer_next_box(seen, "closing with unsaved changes")
    window.close()
    assert window.isVisible()


def test_the_french_interface_shows_no_english(
    desk: Copydesk, qtbot: QtBot, tmp_path: Path
) -> None:
    """The morning in English, the rest of the day in French."""
    i18n.install("en")
    window = desk.open(troubled(tmp_path))
    assert window is not None
    make_history(window)
    switch_to_french(desk, window, qtbot)
    window.check_dock.refresh()
    seen = Seen()
    seen.status("just after the switch (a save was the last thing said)", window)
    walk_window(seen, window)
    walk_history(seen, window)
    walk_status(seen, window)
    walk_dialogs(seen, desk, window, tmp_path)
    walk_boxes(seen, desk, window, tmp_path)
    walk_closing(seen, window)
    walk_window(seen, window)
    assert len(seen.texts) > 500  # the walk saw the interface, not an empty window
    assert seen.english() == [], "\n".join(seen.english())
    assert seen.unmade_plurals() == []


def test_the_english_list_knows_the_words_of_the_leftovers(qapp: QApplication) -> None:
    vocabulary = english_words()
    assert {"reload", "broken", "empty", "folder", "the", "of"} <= vocabulary
    assert not {"article", "exergue", "signes", "rubrique", "docx"} & vocabulary
