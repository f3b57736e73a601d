"""Edit → Preferences…, made with each window; the dialog loads when it is first opened.

The dialog's module and what it brings (its fields, the print profiles' and the templates'
readers, the reviewer's form) took some 5 ms of every start for a dialog opened rarely.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from editor.app import actions
from editor.app.settings import Settings

if TYPE_CHECKING:
    from editor.app.main_window import MainWindow
    from editor.app.preferences import Preferences


def tr(text: str) -> str:
    return QCoreApplication.translate("Preferences", text)


def add_action(
    window: MainWindow, settings: Settings, opened: Callable[[Preferences], object]
) -> None:
    """Edit → Preferences… (Ctrl+,)."""
    action = QAction(tr("Pre&ferences…"), window)
    action.setObjectName("preferences")
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
    if action.shortcut().isEmpty():
        action.setShortcut(QKeySequence("Ctrl+,"))
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    actions.describe(action, tr("Interface language, newsroom and export defaults"))

    def show() -> None:
        from editor.app.preferences import Preferences

        dialog = Preferences(settings, window)
        opened(dialog)
        dialog.open()

    action.triggered.connect(show)
    window.commands["preferences"] = action
    edit = window.menuBar().actions()[1].menu()
    if isinstance(edit, QMenu):
        edit.addSeparator()
        edit.addAction(action)
