"""A file that cannot be opened: say which and why, and offer what can be saved of it.

A damaged article is often not lost: Copydesk may hold a recovery copy of it (unsaved changes
from a session that ended badly) and earlier versions kept at each save (File → Versions). The
message offers the newest of each that can be read. Either opens in a window bound to the
damaged file, unsaved: Save writes it over the damage, and the damaged file itself is kept in
File → Versions by that save, in case someone can still get something out of it. Nothing
here writes or deletes a file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QPushButton, QWidget

from editor.app import conflicts, recovery
from editor.app.autosave import AppData
from editor.app.document import Document
from editor.app.moments import moment
from editor.app.versions import Backups, Version
from editor.model.storage import ArticleFileError

if TYPE_CHECKING:
    from editor.app.main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("Rescue", text)


class Desk(Protocol):
    @property
    def data(self) -> AppData: ...

    def show(self, document: Document) -> MainWindow: ...

    def window_for(self, path: Path) -> MainWindow | None: ...


def recovery_copy(data: AppData, path: Path) -> recovery.Recovered | None:
    """The newest readable recovery copy of the file at `path`."""
    target = path.resolve()
    mine = [c for c in recovery.copies(data) if c.original and c.original.resolve() == target]
    return max(mine, key=lambda c: c.saved, default=None)


def earlier_version(data: AppData, path: Path) -> Version | None:
    """The newest kept version of `path` that can be read."""
    for version in Backups(data.backups).versions(path):
        try:
            version.article()
        except ArticleFileError:
            continue
        return version
    return None


def offer(desk: Desk, path: Path, message: str) -> QWidget | None:
    """Tell the user `message` about `path`; the window opened on what they chose to rescue,
    or None. Without anything to rescue, a plain message."""
    parent: QWidget | None = QApplication.activeWindow()
    box = QMessageBox(parent)
    box.setObjectName("cannotOpenBox")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(tr("Cannot open the article"))
    box.setText(message)
    choices: dict[QAbstractButton, Callable[[], QWidget | None]] = {}
    copy = recovery_copy(desk.data, path) if path.suffix == ".article" else None
    version = earlier_version(desk.data, path) if path.suffix == ".article" else None
    notes = []
    if copy is not None:
        button = box.addButton(tr("Open the &Recovery Copy"), QMessageBox.ButtonRole.AcceptRole)
        button.setObjectName("recoveryCopy")
        choices[button] = lambda: recovery.restore(desk, copy)
        notes.append(
            tr("Copydesk kept unsaved changes to it from %1 (%2 words).")
            .replace("%1", moment(copy.saved))
            .replace("%2", str(copy.words))
        )
    if version is not None:
        button = box.addButton(tr("Open the &Earlier Version"), QMessageBox.ButtonRole.AcceptRole)
        button.setObjectName("earlierVersion")
        choices[button] = lambda: open_version(desk, path, version)
        notes.append(
            tr("File → Versions has a version of it kept at %1.").replace(
                "%1", moment(version.time)
            )
        )
    if notes:
        notes.append(
            tr("It opens unsaved; Save writes it over the damaged file, which is kept in File → "
               "Versions.")
        )  # fmt: skip
        box.setInformativeText(" ".join(notes))
    close = box.addButton(tr("Close"), QMessageBox.ButtonRole.RejectRole)
    close.setObjectName("close")
    box.setEscapeButton(close)
    first = next(iter(choices), close)
    box.setDefaultButton(first if isinstance(first, QPushButton) else close)
    box.exec()
    chosen = choices.get(box.clickedButton())
    return chosen() if chosen is not None else None


def open_version(desk: Desk, path: Path, version: Version) -> MainWindow | None:
    """A window on a kept version, unsaved and bound to `path` (asking first, as at opening,
    when a colleague has the file open)."""
    try:
        article = version.article()
    except ArticleFileError as error:
        QMessageBox.warning(QApplication.activeWindow(), tr("Cannot open the article"), str(error))
        return None
    access = conflicts.ask_access(path, QApplication.activeWindow())
    document = Document(article, path if access else None)
    document.undo_stack.resetClean()
    window = desk.show(document)
    guard = window.findChild(conflicts.Guard)
    if access == "read-only" and guard is not None:
        guard.open_read_only()
    window.statusBar().showMessage(
        tr("The version kept at %1 is open, unsaved.").replace("%1", moment(version.time)),
        10_000,
    )
    return window
