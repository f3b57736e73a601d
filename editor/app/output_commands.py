"""The File menu's ways out of the editor: Export, Publish…, Print Preview… and Print….

Their entries (names, texts, keys, tooltips) are made with the window; the dialogs behind them
load when one is first chosen. Their modules, and what they bring (Qt's printing library, the
publication log and destinations, the export dialog's checks), took some 15 ms of every start
for commands most sessions never run.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from editor.app import actions, files
from editor.app.labels import QT_TRANSLATE_NOOP
from editor.formats import EXPORTERS

if TYPE_CHECKING:
    from editor.app.main_window import MainWindow

EXPORT_ENTRIES: tuple[tuple[str, str, tuple[str, ...], str], ...] = (
    ("export:docx", QT_TRANSLATE_NOOP("Export", "Export as &DOCX…"), ("docx",), ""),
    ("export:epub", QT_TRANSLATE_NOOP("Export", "Export as &EPUB…"), ("epub",), ""),
    ("export:newsml", QT_TRANSLATE_NOOP("Export", "Export as &NewsML…"), ("newsml",), ""),
    ("export:ninjs", QT_TRANSLATE_NOOP("Export", "Export as nin&js…"), ("ninjs",), ""),
    ("export:icml", QT_TRANSLATE_NOOP("Export", "Export as &ICML…"), ("icml",), ""),
    ("export:all", QT_TRANSLATE_NOOP("Export", "Export &All Formats…"), tuple(EXPORTERS), "Ctrl+E"),
)
"""The Export submenu: name, text, formats, shortcut."""
PUBLISH = ("publish", QT_TRANSLATE_NOOP("Publish", "P&ublish…"), "",
           QT_TRANSLATE_NOOP("Publish", "Send the article to a newsroom system: a watched "
                             "folder, an FTP drop or an HTTP endpoint"))  # fmt: skip
"""File → Publish…: name, text, shortcut, tooltip."""
PRINTING = (
    ("print_preview", QT_TRANSLATE_NOOP("Printing", "Print Previe&w…"), "",
     QT_TRANSLATE_NOOP("Printing", "See the pages as they will print")),
    ("print", QT_TRANSLATE_NOOP("Printing", "&Print…"), QKeySequence.StandardKey.Print,
     QT_TRANSLATE_NOOP("Printing", "Print the article as the page shows it")),
)  # fmt: skip
"""The File menu's printing commands: name, text, shortcut, tooltip."""


def export_entries() -> list[tuple[str, str, tuple[str, ...], str]]:
    """The Export submenu's rows, translated: name, text, formats, shortcut."""
    return [(n, QCoreApplication.translate("Export", t), f, k) for n, t, f, k in EXPORT_ENTRIES]


def add_publish(window: MainWindow) -> None:
    """File → Publish… above Print Preview."""
    name, text, key, tip = PUBLISH
    action = QAction(window)
    action.setObjectName(name)
    if key:
        action.setShortcut(QKeySequence(key))
    action.triggered.connect(lambda: _publish(window))
    window.commands[name] = action
    menu = files.file_menu(window)
    before = window.commands.get("print_preview", window.commands["quit"])
    menu.insertAction(before, action)
    menu.insertSeparator(before)
    _word("Publish", action, text, tip)


def add_printing(window: MainWindow) -> None:
    """Print Preview… and Print… in the File menu, above Quit."""
    runs = {"print_preview": _preview, "print": _print}
    menu = files.file_menu(window)
    for name, text, key, tip in PRINTING:
        action = QAction(window)
        action.setObjectName(name)
        if key:
            action.setShortcut(QKeySequence(key))
        _word("Printing", action, text, tip)
        action.triggered.connect(lambda _=False, run=runs[name]: run(window))
        window.commands[name] = action
        menu.insertAction(window.commands["quit"], action)
    menu.insertSeparator(window.commands["quit"])


def retranslate(window: MainWindow) -> None:
    _word("Publish", window.commands[PUBLISH[0]], PUBLISH[1], PUBLISH[3])
    for name, text, _key, tip in PRINTING:
        _word("Printing", window.commands[name], text, tip)


def _word(context: str, action: QAction, text: str, tip: str) -> None:
    action.setText(QCoreApplication.translate(context, text))
    actions.describe(action, QCoreApplication.translate(context, tip))


def _publish(window: MainWindow) -> None:
    from editor.app import publish_dialog

    publish_dialog.open_publish(window)


def _preview(window: MainWindow) -> None:
    from editor.app import printing

    printing.preview(window)


def _print(window: MainWindow) -> None:
    from editor.app import printing

    printing.print_article(window)
