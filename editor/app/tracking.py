"""Track Changes: the command that makes typing and deleting suggestions, and its badge.

On, what the desk types and deletes is signed with the reviewer's name (`tracked`); the name
is asked the first time, as for a comment, and tracking stays off if the question is
cancelled. The state belongs to the window, off when an article opens, and is not saved in
the article: Word saves it in the document, so a reporter's file can force it on the desk,
whereas in Copydesk whoever edits decides, and every tracked edit is marked on the page
anyway. The status bar says "Tracking" while it is on, as it says "Read-only".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel

from editor.app import actions
from editor.app.guard import guarded
from editor.app.labels import QT_TRANSLATE_NOOP
from editor.app.reviewer import Reviewer, ReviewerQuestion, with_reviewer

if TYPE_CHECKING:
    from editor.app.main_window import MainWindow

NAME = "review:track"
TEXT = QT_TRANSLATE_NOOP("Review", "&Track Changes")
TIP = QT_TRANSLATE_NOOP("Review", "Make what you type and delete suggestions signed with your name")
KEY = "Ctrl+Shift+E"
"""Word's key for the same command."""


def tr(text: str) -> str:
    return QCoreApplication.translate("Review", text)


class Badge(QLabel):
    """ "Tracking" in the status bar, in the interface's language even after it changes."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("trackingBadge")
        self.who = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(tr("Tracking"))
        tip = tr("Track Changes is on: what you type and delete is signed by %1")
        self.setToolTip(tip.replace("%1", self.who))

    @guarded
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class TrackChanges(QObject):
    """The window's Track Changes command, first in the Review menu and toolbar."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.question: ReviewerQuestion | None = None
        self.action = QAction(tr(TEXT), window)
        self.action.setObjectName(NAME)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence(KEY))
        self.action.setIcon(actions.icon("track-changes"))
        actions.describe(self.action, tr(TIP))
        self.action.toggled.connect(self._toggled)
        window.commands[NAME] = self.action
        tools = window.review_tools
        first = tools.menu.actions()[0]
        tools.menu.insertAction(first, self.action)
        tools.menu.insertSeparator(first)
        toolbar_first = tools.toolbar.actions()[0]
        tools.toolbar.insertAction(toolbar_first, self.action)
        tools.toolbar.insertSeparator(toolbar_first)
        self.badge = Badge()
        self.badge.hide()
        window.statusBar().addPermanentWidget(self.badge)

    @property
    def on(self) -> bool:
        return bool(self.window.surface.tracking_as)

    def _toggled(self, on: bool) -> None:
        if not on:
            self._set("")
            return
        if self.on:
            return
        self._set("")  # checked once a name signs what follows
        self.question = with_reviewer(self.window.settings, self.window, self._start)
        if self.question is None and not self.on:
            self.window.statusBar().showMessage(
                tr("Track Changes needs your name: set it in Preferences"), 6000
            )

    def _start(self, reviewer: Reviewer) -> None:
        self.question = None
        self._set(reviewer.name)

    def _set(self, name: str) -> None:
        self.window.surface.track_as(name)
        self.badge.who = name
        self.badge.retranslate()
        self.badge.setVisible(bool(name))
        self.action.blockSignals(True)
        self.action.setChecked(bool(name))
        self.action.blockSignals(False)

    def retranslate(self) -> None:
        self.action.setText(tr(TEXT))
        actions.describe(self.action, tr(TIP))
        self.badge.retranslate()


def add_command(window: MainWindow) -> TrackChanges:
    return TrackChanges(window)
