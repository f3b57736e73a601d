"""The File menu beyond Open and Save: New, Open Recent, Revert, Close, and importing.

Opening a file that is not an `.article` imports it through the format registry: the result is
a new, unsaved article, and the importer's notes (guesses, things it could not map) are shown.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from editor.app import actions
from editor.app.labels import QT_TRANSLATE_NOOP
from editor.formats import IMPORTERS, reader_for
from editor.formats.imported import Imported, ImportRefusedError
from editor.formats.options import ExportError

if TYPE_CHECKING:
    from editor.app.main_window import MainWindow


READER_LABELS = {
    "docx": QT_TRANSLATE_NOOP("Files", "Word documents"),
    "newsml": QT_TRANSLATE_NOOP("Files", "NewsML-G2 and NITF wire items"),
    "text": QT_TRANSLATE_NOOP("Files", "Plain text and Markdown"),
}


COMMANDS: tuple[tuple[str, str, QKeySequence.StandardKey | None, str], ...] = (
    ("new", QT_TRANSLATE_NOOP("Files", "&New"), QKeySequence.StandardKey.New,
     QT_TRANSLATE_NOOP("Files", "Start an empty article")),
    ("new_sample", QT_TRANSLATE_NOOP("Files", "New from &Sample"), None,
     QT_TRANSLATE_NOOP("Files", "Start from the sample article")),
    ("revert", QT_TRANSLATE_NOOP("Files", "Re&vert"), None,
     QT_TRANSLATE_NOOP("Files", "Forget the unsaved changes and read the file again")),
    ("close", QT_TRANSLATE_NOOP("Files", "&Close"), QKeySequence.StandardKey.Close,
     QT_TRANSLATE_NOOP("Files", "Close this article")),
)  # fmt: skip
"""The File menu's own commands: name, text, shortcut, tooltip."""
RECENT = QT_TRANSLATE_NOOP("Files", "Open &Recent")


def tr(text: str) -> str:
    return QCoreApplication.translate("Files", text)


def open_filter() -> str:
    """Articles first, then every import format, for File → Open."""
    parts = [tr("Copydesk articles (*.article)")]
    patterns = ["*.article"]
    for reader in IMPORTERS.values():
        globs = " ".join(f"*{s}" for s in reader.suffixes)
        patterns.append(globs)
        parts.append(f"{tr(READER_LABELS.get(reader.name, reader.label))} ({globs})")
    every = tr("Everything Copydesk opens (%1)").replace("%1", " ".join(patterns))
    return ";;".join([every, *parts])


def import_file(path: Path, style_map: Path | None = None) -> Imported:
    """Read a DOCX, NewsML, NITF, text or Markdown file; raises `ImportRefusedError`."""
    reader = reader_for(path)
    module = reader.implementation()
    try:
        if reader.name == "docx":
            result: Imported = module.load(path, style_map)
        else:
            result = module.load(path)
    except (ExportError, ValueError, OSError) as error:
        raise ImportRefusedError(path, str(error), "unreadable", {"detail": str(error)}) from None
    return result


def add_commands(
    window: MainWindow,
    new: Callable[[bool], object],
    open_path: Callable[[Path], object],
    recent: Callable[[], list[Path]],
) -> None:
    """New, New from Sample, Open Recent, Revert and Close, placed in the window's File menu."""
    runs: dict[str, Callable[[], object]] = {
        "new": lambda: new(False),
        "new_sample": lambda: new(True),
        "revert": lambda: revert(window),
        "close": window.close,
    }
    for name, text, key, tip in COMMANDS:
        action = QAction(tr(text), window)
        action.setObjectName(name)
        if key is not None:
            action.setShortcut(QKeySequence(key))
        actions.describe(action, tr(tip))
        action.triggered.connect(lambda _=False, run=runs[name]: run())
        window.commands[name] = action
    window.commands["new"].setIcon(actions.icon("new"))
    menu = file_menu(window)
    first = menu.actions()[0]
    menu.insertAction(first, window.commands["new"])
    menu.insertAction(first, window.commands["new_sample"])
    window.recent_menu = QMenu(tr(RECENT), window)
    window.recent_menu.setObjectName("recentMenu")
    window.recent_menu.aboutToShow.connect(lambda: fill_recent(window, recent(), open_path))
    fill_recent(window, recent(), open_path)
    after_open = menu.actions()[menu.actions().index(window.commands["open"]) + 1]
    menu.insertMenu(after_open, window.recent_menu)
    quit_action = window.commands["quit"]
    menu.insertAction(quit_action, window.commands["revert"])
    menu.insertAction(quit_action, window.commands["close"])
    menu.insertSeparator(quit_action)
    window.commands["revert"].setEnabled(window.document.path is not None)
    window.document.path_changed.connect(
        lambda: window.commands["revert"].setEnabled(window.document.path is not None)
    )


def retranslate(window: MainWindow) -> None:
    """The File menu's commands in the language now installed (a bare window, made without
    the application, has none)."""
    for name, text, _key, tip in COMMANDS:
        action = window.commands.get(name)
        if action is not None:
            action.setText(tr(text))
            actions.describe(action, tr(tip))
    if hasattr(window, "recent_menu"):
        window.recent_menu.setTitle(tr(RECENT))


def file_menu(window: MainWindow) -> QMenu:
    menu = window.menuBar().actions()[0].menu()
    assert isinstance(menu, QMenu)
    return menu


def fill_recent(window: MainWindow, paths: list[Path], open_path: Callable[[Path], object]) -> None:
    menu = window.recent_menu
    menu.clear()
    for number, path in enumerate(paths, 1):
        action = menu.addAction(f"&{number % 10} {path.name}")
        action.setToolTip(str(path))
        action.setData(str(path))
        action.triggered.connect(lambda _=False, p=path: open_path(p))
    menu.setEnabled(bool(paths))


def revert(window: MainWindow) -> None:
    """Read the file again, after asking when there are changes to lose."""
    path = window.document.path
    if path is None:
        return
    if window.document.dirty:
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            window,
            tr("Revert"),
            tr("Forget the changes to “%1” and read the file again?").replace("%1", path.name),
            buttons.Discard | buttons.Cancel,
            buttons.Cancel,
        )
        if answer != buttons.Discard:
            return
    window.reload()
