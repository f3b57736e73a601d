"""A new interface language, shown at once in every open window.

Installing or removing a translator makes Qt send each window a `LanguageChange` event; the
window answers by setting every text again from its source string: the actions' table, the
menus, the toolbar, the docks, the find bar and the status bar. Each part knows its own
strings (`retranslate` beside the code that made them); this module only walks the window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractButton, QDockWidget, QMenu, QToolBar

from editor.app import actions, files, labels
from editor.app import help as help_menu
from editor.app.guard import instead

if TYPE_CHECKING:
    from editor.app.main_window import MainWindow


class LanguageFollower(QObject):
    """Watches one window for `LanguageChange` and retranslates it, then calls `more` (the
    parts made by modules this one cannot import)."""

    def __init__(self, window: MainWindow, more: Callable[[MainWindow], None]) -> None:
        super().__init__(window)
        self.window = window
        self.more = more
        self.following_history = False
        self.pending = False
        self._later = QTimer(self, singleShot=True, interval=0)
        """The retranslation after the event, on a timer of this child of the window, never
        `QTimer.singleShot(0, self, self.apply)`: PySide keeps that bound method, and with it
        the whole window, for good when the window is deleted before the timer fires (a
        language switched just before a close)."""
        self._later.timeout.connect(self.apply)
        window.installEventFilter(self)

    @instead(False)
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        changed = watched is self.window and event.type() == QEvent.Type.LanguageChange
        if changed and not self.pending:  # a switch removes and installs translators: an
            self.pending = True  # event for each, one retranslation for all
            self._later.start()
        return False

    def apply(self) -> None:
        self.pending = False
        retranslate(self.window)
        self.more(self.window)
        self.window.document.retranslate_history()
        self.window.statusBar().clearMessage()  # a passing message in the language left behind
        self._follow_history()

    def _follow_history(self) -> None:
        """Undo and Redo keep Qt's prefix from when they were made; after a switch they are
        named again whenever the step they undo changes."""
        stack = self.window.document.undo_stack
        if not self.following_history:
            self.following_history = True
            stack.undoTextChanged.connect(self._step_renamed)  # a method of this child of the
            stack.redoTextChanged.connect(self._step_renamed)  # window: it goes with the window
        _history(self.window)

    def _step_renamed(self, _text: str) -> None:
        _history(self.window)


def retranslate(window: MainWindow) -> None:
    """Every text of `window` in the language now installed."""
    actions.retranslate(window.commands)
    _menus(window)
    files.retranslate(window)
    help_menu.retranslate(window)
    _preferences(window)
    window.inspector.retranslate()
    window.outline.retranslate()
    window.check_dock.retranslate()
    window.find_bar.retranslate()
    window.gauge.retranslate()
    window.line_gauge.retranslate()
    _toolbar(window)
    _tools(window)
    _versions(window)
    _dock_buttons(window)
    window.surface.setAccessibleName(QCoreApplication.translate("Surface", "Article text"))
    window.surface.viewport().update()  # the margin labels and placeholders
    window._title()
    window._count()


def _menus(window: MainWindow) -> None:
    bar_menus = [a.menu() for a in window.menuBar().actions()]
    for (title, _names), menu in zip(actions.MENUS, bar_menus, strict=False):
        if isinstance(menu, QMenu):
            menu.setTitle(QCoreApplication.translate("Menus", title))
    for item in window.surface.context_actions:
        if isinstance(item, QMenu):
            item.setTitle(QCoreApplication.translate("MainWindow", "Paragraph &Kind"))


QT_DOCK = "QDockWidget"
"""Qt's own context for the docks' title buttons (translated by Qt's catalogue, not ours)."""
DOCK_BUTTONS = (
    ("qt_dockwidget_floatbutton", "Float", "Undocks and re-attaches the dock widget"),
    ("qt_dockwidget_closebutton", "Close", "Closes the dock widget"),
)
"""The names Qt gives the buttons on a dock's title bar when it makes them, and never again."""


def _dock_buttons(window: MainWindow) -> None:
    """A dock's Float and Close buttons, named for screen readers in the new language too."""
    for dock in window.findChildren(QDockWidget):
        for name, title, description in DOCK_BUTTONS:
            button = dock.findChild(QAbstractButton, name)
            if button is not None:
                button.setAccessibleName(QCoreApplication.translate(QT_DOCK, title))
                button.setAccessibleDescription(QCoreApplication.translate(QT_DOCK, description))


def _history(window: MainWindow) -> None:
    stack = window.document.undo_stack
    for name, prefix, step in (
        ("undo", QCoreApplication.translate("MainWindow", "&Undo"), stack.undoText()),
        ("redo", QCoreApplication.translate("MainWindow", "&Redo"), stack.redoText()),
    ):
        action = window.commands[name]
        action.setText(f"{prefix} {step}" if step else prefix)
        actions.describe(action, "")


def _preferences(window: MainWindow) -> None:
    action = window.commands.get("preferences")
    if action is not None:
        action.setText(QCoreApplication.translate("Preferences", "Pre&ferences…"))
        actions.describe(
            action,
            QCoreApplication.translate(
                "Preferences", "Interface language, newsroom and export defaults"
            ),
        )


def _toolbar(window: MainWindow) -> None:
    bar = window.findChild(QToolBar, "formatting")
    if bar is not None:
        bar.setWindowTitle(QCoreApplication.translate("MainWindow", "Formatting"))
    box = window.style_box
    box.setAccessibleName(QCoreApplication.translate("MainWindow", "Paragraph kind"))
    box.setToolTip(
        QCoreApplication.translate("MainWindow", "The kind of the paragraph at the cursor")
    )
    for row in range(box.count()):
        box.setItemText(row, labels.kind_name(str(box.itemData(row))))
    window._show_kind(window.surface.current_kind())


def _tools(window: MainWindow) -> None:
    """The Tools menu the desk tools share (made by the typing corrector)."""
    menu = window.menuBar().findChild(QMenu, "toolsMenu")
    if isinstance(menu, QMenu):
        menu.setTitle(QCoreApplication.translate("AutoType", "&Tools"))
    tools = window.autotype
    tools.action.setText(QCoreApplication.translate("AutoType", "&Typography as You Type"))
    tools.action.setToolTip(
        QCoreApplication.translate("AutoType", "Set French or English typography while you type")
    )
    tools.marks.setText(QCoreApplication.translate("AutoType", "Show Formatting &Marks"))
    window.spelling.retranslate()
    window.grammar.retranslate()


def _versions(window: MainWindow) -> None:
    """File → Versions…, added by the application beside the window's own commands."""
    action = window.commands.get("versions")
    if action is not None:
        action.setText(QCoreApplication.translate("Versions", "&Versions…"))
        actions.describe(
            action,
            QCoreApplication.translate(
                "Versions", "Earlier saved versions of this article, to restore one"
            ),
        )
    window.spelling.retranslate()
