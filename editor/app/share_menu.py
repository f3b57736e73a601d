"""File → Share… and File → Join… in the menu, and nothing of the sharing behind them.

The window starts with these two commands only: the room's client, its network libraries and
the shared document (`share_commands` and what it imports: pycrdt, anyio, websockets, ssl) load
when one of them is first chosen, so a journalist who never shares never pays for them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QAction

from editor.app import actions, files
from editor.app.guard import instead
from editor.app.labels import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from editor.app.document import Document
    from editor.app.main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("Sharing", text)


def _ask_share(window: MainWindow) -> None:
    from editor.app import share_commands

    share_commands.ask_share(window)


def _ask_join(window: MainWindow, show: Callable[[Document], MainWindow]) -> None:
    from editor.app import share_commands

    share_commands.ask_join(window, show)


COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("share", QT_TRANSLATE_NOOP("Sharing", "S&hare…"),
     QT_TRANSLATE_NOOP("Sharing", "Put this article in a room on a server, to write with others")),
    ("join", QT_TRANSLATE_NOOP("Sharing", "&Join…"),
     QT_TRANSLATE_NOOP("Sharing", "Open a room's article from a server, to write with others")),
)  # fmt: skip
"""The commands: name, text, tooltip."""


def add_commands(window: MainWindow, show: Callable[[Document], MainWindow]) -> None:
    """Share… and Join… in the window's File menu, before Revert."""
    runs: dict[str, Callable[[], object]] = {
        "share": lambda: _ask_share(window),
        "join": lambda: _ask_join(window, show),
    }
    menu = files.file_menu(window)
    before = window.commands.get("revert") or window.commands["quit"]
    for name, _text, _tip in COMMANDS:
        action = QAction(window)
        action.setObjectName(name)
        action.triggered.connect(lambda _=False, run=runs[name]: run())
        window.commands[name] = action
        menu.insertAction(before, action)
    menu.insertSeparator(before)
    retranslate(window)
    Retranslator(window)


def retranslate(window: MainWindow) -> None:
    for name, text, tip in COMMANDS:
        window.commands[name].setText(tr(text))
        actions.describe(window.commands[name], tr(tip))


class Retranslator(QObject):
    """The commands said again when the interface language changes."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._later = QTimer(self, singleShot=True, interval=0)
        """A timer of this child of the window, never `QTimer.singleShot(0, self, …)`, which
        PySide keeps with the window when the window goes first (see LanguageFollower)."""
        self._later.timeout.connect(self._retranslate)
        window.installEventFilter(self)

    def _retranslate(self) -> None:
        retranslate(self._window)

    @instead(False)
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self._later.start()
        return False
