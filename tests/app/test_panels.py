"""Every panel can be closed and brought back from View, in English and in French, and the
panels shown stay as they were left across a restart."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QDockWidget, QMenu
from pytestqt.qtbot import QtBot

from editor.app import i18n
from editor.app.application import Copydesk
from editor.app.main_window import MainWindow
from editor.app.settings import Settings


def view_entries(window: MainWindow) -> dict[str, QAction]:
    """The View menu's entries by their text, mnemonics aside."""
    view = window.findChild(QMenu, "viewMenu")
    assert isinstance(view, QMenu)
    return {a.text().replace("&", ""): a for a in view.actions() if not a.isSeparator()}


def close_by_its_button(dock: QDockWidget) -> None:
    """Close a panel as the user does: the × in its title bar."""
    button = dock.findChild(QAbstractButton, "qt_dockwidget_closebutton")
    assert isinstance(button, QAbstractButton) and button.isVisible()
    button.click()
    assert not dock.isVisible()


def test_every_panel_closed_comes_back_from_view(desk: Copydesk, qtbot: QtBot) -> None:
    window = desk.new()
    qtbot.waitExposed(window)
    panels = window.findChildren(QDockWidget)
    assert {p.objectName() for p in panels} >= {"outline", "inspector", "checkDock"}
    entries = view_entries(window)
    for panel in panels:
        toggle = panel.toggleViewAction()
        assert toggle in entries.values(), panel.windowTitle()
        if panel.objectName() == "commentsDock":  # shown where the article has comments
            assert not toggle.isChecked()
            toggle.trigger()
        assert toggle.isChecked()
        close_by_its_button(panel)
        assert not toggle.isChecked()
        toggle.trigger()
        assert panel.isVisible() and toggle.isChecked()
    assert {"Outline", "Metadata", "Check"} <= set(entries)


def test_the_check_panels_entry_keeps_its_name_and_has_a_key(desk: Copydesk, qtbot: QtBot) -> None:
    window = desk.new(from_sample=True)
    qtbot.waitExposed(window)
    window.check_dock.refresh()  # the title now counts the problems: "Check (2)"
    toggle = window.check_dock.toggleViewAction()
    assert toggle.text().replace("&", "") == "Check"
    assert not toggle.shortcut().isEmpty()
    assert toggle.shortcut().toString() in toggle.toolTip()
    close_by_its_button(window.check_dock)
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    window.surface.setFocus()
    key = toggle.shortcut()[0]
    qtbot.keyClick(window.surface, key.key(), key.keyboardModifiers())
    assert window.check_dock.isVisible()


def test_the_view_menu_speaks_french(desk: Copydesk, qtbot: QtBot) -> None:
    window = desk.new()
    qtbot.waitExposed(window)
    i18n.install("fr")
    qtbot.waitUntil(lambda: "Plan" in view_entries(window))
    window.check_dock.refresh()
    entries = view_entries(window)
    assert {"Plan", "Métadonnées", "Vérification"} <= set(entries), set(entries)
    tip = window.check_dock.toggleViewAction().toolTip()
    assert tip.startswith("Afficher ou masquer le panneau Vérification"), tip


def test_a_closed_check_panel_stays_closed_after_a_restart(qtbot: QtBot, tmp_path: Path) -> None:
    settings_file = tmp_path / "settings.ini"
    first = Copydesk(settings=Settings(settings_file)).new()
    qtbot.waitExposed(first)
    close_by_its_button(first.check_dock)
    assert first.close()
    again = Copydesk(settings=Settings(settings_file)).new()
    qtbot.waitExposed(again)
    assert again.check_dock.isHidden() and not again.inspector.isHidden()
    again.check_dock.toggleViewAction().trigger()
    assert again.close()
    third = Copydesk(settings=Settings(settings_file)).new()
    qtbot.waitExposed(third)
    assert third.check_dock.isVisible()
    third.close()


def test_the_comments_panel_opens_where_the_article_has_comments(
    desk: Copydesk, qtbot: QtBot, tmp_path: Path
) -> None:
    from editor.model import review, storage
    from editor.model.annotations import Comment
    from tests.model.test_review import WHEN, desk_edit

    plain = desk.new()
    qtbot.waitExposed(plain)
    assert not plain.comments.isVisible()  # no comments: the page keeps the room
    noted = review.add_comment(
        desk_edit(), Comment("c1", "Anne Martin", WHEN, "À resserrer"),
        review.Anchor("t", 10), review.Anchor("t", 19),
    )  # fmt: skip
    path = tmp_path / "sommet.article"
    storage.save(noted, path)
    window = desk.open(path)
    assert window is not None
    qtbot.waitExposed(window)
    assert window.comments.isVisible()
    window.document.undo_stack.setClean()
