"""The window around the page, driven as a user would: files, prompts, metadata, recent files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from editor.app.application import Copydesk
from editor.app.main_window import MainWindow
from editor.app.settings import Settings
from editor.model import storage
from editor.model.article import Subject
from tests.shared import SAMPLE


def answer(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Click `button` in the next message box to appear."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.button(button).click()
        else:
            QTimer.singleShot(10, click)

    QTimer.singleShot(10, click)


def save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """The save dialog answers `path` (the platform dialog cannot be driven offscreen)."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def typed(window: MainWindow, text: str) -> None:
    window.surface.setFocus()
    QTest.keyClicks(window.surface, text)


def test_new_type_save_reopen_is_the_same_article(
    desk: Copydesk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = desk.windows[0] if desk.windows else desk.new()
    assert window.windowTitle().startswith("Untitled article")
    typed(window, "Le conseil vote")
    QTest.keyClick(window.surface, Qt.Key.Key_Return)
    typed(window, "Une seance houleuse.")
    assert window.document.dirty and window.isWindowModified()
    target = tmp_path / "conseil.article"
    save_to(monkeypatch, target)
    window.action("save").trigger()
    assert not window.document.dirty
    assert window.windowTitle().startswith("conseil.article")
    reopened = desk.open(target)
    assert reopened is not None
    assert reopened.document.article == window.document.article
    assert reopened.document.article.title == "Le conseil vote"
    assert [b.plain_text for b in reopened.document.article.blocks][:2] == [
        "Le conseil vote",
        "Une seance houleuse.",
    ]


def test_metadata_is_checked_as_typed_written_on_leaving_and_undone(
    desk: Copydesk, qtbot: QtBot
) -> None:
    window = desk.new(from_sample=True)
    slug = window.inspector.edits["slug"]
    before = window.document.article.meta.slug
    slug.setFocus()
    slug.selectAll()
    QTest.keyClicks(slug, "Pas un slug")
    assert slug.property("invalid") is True and "hyphens" in slug.toolTip()
    QTest.keyClick(slug, Qt.Key.Key_Return)
    assert window.document.article.meta.slug == before
    slug.selectAll()
    QTest.keyClicks(slug, "conseil-municipal")
    assert slug.property("invalid") is False
    QTest.keyClick(slug, Qt.Key.Key_Return)
    assert window.document.article.meta.slug == "conseil-municipal"
    assert window.action("undo").text().endswith("Edit Slug")
    window.action("undo").trigger()
    assert window.document.article.meta.slug == before
    assert slug.text() == before
    window.action("redo").trigger()
    assert window.document.article.meta.slug == "conseil-municipal"


def test_subjects_are_searchable_and_undoable(desk: Copydesk) -> None:
    window = desk.new()
    inspector = window.inspector
    inspector.subject_filter.setText("politi")
    shown = [inspector.subjects.item(r) for r in range(inspector.subjects.count())]
    visible = [item for item in shown if not item.isHidden()]
    assert len(visible) == 1
    visible[0].setCheckState(Qt.CheckState.Checked)
    subjects = window.document.article.meta.subjects
    assert [(s.code, s.name) for s in subjects] == [("medtop:11000000", "politique")]
    window.action("undo").trigger()
    assert window.document.article.meta.subjects == ()


def test_outline_problems_are_the_structural_ones_and_click_to_their_block(
    desk: Copydesk, qtbot: QtBot
) -> None:
    window = desk.new(from_sample=True)
    outline = window.outline
    assert outline.problems.isHidden()  # the sample is sound: no empty box
    window.surface.moveCursor(QTextCursor.MoveOperation.End)
    typed(window, "\rUn second titre")
    window.action("kind:title").trigger()
    qtbot.waitUntil(lambda: outline.problems.topLevelItemCount() > 0)
    assert not outline.problems.isHidden()
    rows = [outline.problems.topLevelItem(i) for i in range(outline.problems.topLevelItemCount())]
    assert [row.text(0) for row in rows if row is not None] == [
        "The author bio should close the article.",  # typed after the bio: it no longer closes
        "A second title; an article has one.",
    ]
    item = rows[1]
    assert item is not None
    outline.problems.itemClicked.emit(item, 0)
    here = window.surface.textCursor().block()
    assert here.text() == "Un second titre"


def test_the_language_field_offers_the_tags_copydesk_knows(desk: Copydesk) -> None:
    window = desk.new()
    field = window.inspector.edits["language"]
    completer = field.completer()
    assert completer is not None
    completer.setCompletionPrefix("fr-")
    offered = [completer.completionModel().index(row, 0).data() for row in range(4)]
    assert offered == ["fr-FR", "fr-BE", "fr-CH", "fr-CA"]


def test_a_subject_from_outside_the_list_shows_and_can_be_removed(desk: Copydesk) -> None:
    window = desk.new()
    finer = Subject("medtop:20000002", "arts and entertainment")
    window.document.change_meta("Subjects", subjects=(finer,))
    inspector = window.inspector
    rows = [inspector.subjects.item(r) for r in range(inspector.subjects.count())]
    [shown] = [item for item in rows if item.text() == "arts and entertainment"]
    assert shown.checkState() == Qt.CheckState.Checked
    inspector.subject_filter.setText("20000002")
    assert [item for item in rows if not item.isHidden()] == [shown]
    shown.setCheckState(Qt.CheckState.Unchecked)
    assert window.document.article.meta.subjects == ()


def closing_with(
    desk: Copydesk, button: QMessageBox.StandardButton, path: Path
) -> tuple[MainWindow, bool, list[str]]:
    storage.save(storage.load(SAMPLE), path)
    window = desk.open(path)
    assert window is not None
    typed(window, "Ajout ")
    seen: list[str] = []
    answer(button, seen)
    closed = window.close()
    return window, closed, seen


Buttons = QMessageBox.StandardButton


def test_close_with_unsaved_changes_cancel_keeps_the_window(desk: Copydesk, tmp_path: Path) -> None:
    path = tmp_path / "a.article"
    window, closed, seen = closing_with(desk, Buttons.Cancel, path)
    assert seen and "a.article" in seen[0]
    assert not closed and window.isVisible() and window.document.dirty
    assert storage.load(path) == storage.load(SAMPLE)


def test_close_with_unsaved_changes_discard_leaves_the_file(desk: Copydesk, tmp_path: Path) -> None:
    path = tmp_path / "b.article"
    _, closed, seen = closing_with(desk, Buttons.Discard, path)
    assert seen and closed
    assert storage.load(path) == storage.load(SAMPLE)


def test_close_with_unsaved_changes_save_writes_them(desk: Copydesk, tmp_path: Path) -> None:
    path = tmp_path / "c.article"
    _, closed, seen = closing_with(desk, Buttons.Save, path)
    assert seen and closed
    saved = storage.load(path)
    assert saved != storage.load(SAMPLE)
    assert any(b.plain_text.startswith("Ajout ") for b in saved.blocks)


def recent_paths(window: MainWindow) -> list[str]:
    window.recent_menu.aboutToShow.emit()
    return [str(a.data()) for a in window.recent_menu.actions()]


def test_recent_files_survive_a_restart(qtbot: QtBot, tmp_path: Path) -> None:
    settings_file = tmp_path / "settings.ini"
    first = Copydesk(settings=Settings(settings_file))
    paths = [tmp_path / f"{name}.article" for name in ("un", "deux")]
    for path in paths:
        storage.save(storage.load(SAMPLE), path)
        opened = first.open(path)
        assert opened is not None
        opened.close()
    second = Copydesk(settings=Settings(settings_file))
    window = second.new()
    assert recent_paths(window) == [str(p.resolve()) for p in reversed(paths)]
    window.close()


def test_open_imports_other_formats_as_a_new_unsaved_article(
    desk: Copydesk, tmp_path: Path
) -> None:
    source = tmp_path / "depeche.md"
    source.write_text("# Le titre\n\nLe premier paragraphe.\n", "utf-8")
    window = desk.open(source)
    assert window is not None
    assert window.document.path is None and window.document.dirty
    assert window.document.article.title == "Le titre"


def test_outline_lists_landmarks_and_jumps(desk: Copydesk, qtbot: QtBot) -> None:
    window = desk.new(from_sample=True)
    tree = window.outline.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() > 0)  # the first pause's findings
    items = [tree.topLevelItem(r) for r in range(tree.topLevelItemCount())]
    kinds = [item.text(0) for item in items if item is not None]
    assert kinds and kinds[0].startswith(("Kicker", "Title"))
    last = items[-1]
    assert last is not None
    window.outline._jump(last)
    cursor_block = window.surface.textCursor().position()
    assert cursor_block > 0


def menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_switching_to_french_in_preferences_shows_french_menus(
    desk: Copydesk, tmp_path: Path
) -> None:
    from editor.app import i18n
    from editor.app.preferences import Preferences

    window = desk.new()
    assert "&File" in menu_titles(window)
    window.action("preferences").trigger()
    dialog = desk.preferences
    assert isinstance(dialog, Preferences)
    dialog.ui_language.setCurrentIndex(dialog.ui_language.findData("fr"))
    dialog.provider.setText("Le Progrès")
    try:
        dialog.store()
        french = desk.new()
        titles = menu_titles(french)
        assert {"&Fichier", "É&dition", "&Aide"} <= set(titles), titles
        assert french.action("save").text() == "&Enregistrer"
        assert french.inspector.windowTitle() == "Métadonnées"
        assert french.inspector.status.itemText(0) == "Brouillon"
        assert QCoreApplication.translate("Nowhere", "Kept as written") == "Kept as written"
        reread = Settings(tmp_path / "settings.ini")
        assert reread.get("ui_language") == "fr" and reread.get("provider") == "Le Progrès"
    finally:
        i18n.install("en")
    assert "&File" in menu_titles(desk.new())


def test_help_shows_the_guide_and_the_shortcuts(desk: Copydesk) -> None:
    from editor.app import help

    window = desk.new()
    guide = help.show_guide(window)
    assert "Copydesk" in guide.browser.toPlainText()  # type: ignore[attr-defined]
    sheet = help.show_shortcuts(window)
    assert "Ctrl+S" in sheet.browser.toPlainText()  # type: ignore[attr-defined]
    guide.close()
    sheet.close()


def test_every_action_has_a_menu_entry_tooltip_and_accessible_name(desk: Copydesk) -> None:
    window = desk.new()
    in_menus: set[str] = set()
    pending = [a.menu() for a in window.menuBar().actions()]
    while pending:
        menu = pending.pop()
        if menu is None:
            continue
        for action in menu.actions():
            in_menus.add(action.objectName())
            if action.menu() is not None:
                pending.append(action.menu())
    for name, action in window.commands.items():
        assert name in in_menus or name.startswith("view:"), name
        assert action.toolTip(), name
        keys = action.shortcut().toString()
        assert not keys or keys.split(",")[0] in action.toolTip().replace("⌘", "Ctrl+"), name


def test_docks_and_geometry_survive_a_restart(qtbot: QtBot, tmp_path: Path) -> None:
    settings_file = tmp_path / "settings.ini"
    first = Copydesk(settings=Settings(settings_file)).new()
    first.outline.hide()
    first.resize(700, 500)
    size = first.size()
    assert first.close()
    again = Copydesk(settings=Settings(settings_file)).new()
    assert again.outline.isHidden() and not again.inspector.isHidden()
    assert again.size() == size
    again.close()
