"""Crash recovery: on start, recovery copies newer than their saved file are offered back.

Each copy is shown with its file name, time, word count and a preview of what differs from the
saved file (a diff of the plain text). The user restores it (into the window that already shows
the file, as one undoable change, else a new window; unsaved either way), saves it elsewhere,
discards it, or leaves it for later: nothing is deleted without a choice. A copy that cannot be
read is left in place, never deleted.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from editor.app import conflicts, error_text
from editor.app.autosave import RECOVERY_KEY, AppData, Autosave
from editor.app.document import Document
from editor.app.moments import moment
from editor.app.versions_dialog import restore as restore_text
from editor.model import storage
from editor.model.article import Article
from editor.model.atomic import SaveError
from editor.model.stats import article_stats
from editor.model.storage import ArticleFileError

if TYPE_CHECKING:
    from editor.app.main_window import MainWindow

PREVIEW_LINES = 40
CHOICES = ("restore", "elsewhere", "discard", "later")


def tr(text: str) -> str:
    return QCoreApplication.translate("Recovery", text)


@dataclass(frozen=True)
class Recovered:
    """One recovery copy: the article as it was, and the file it stands for (None: untitled)."""

    file: Path
    original: Path | None
    saved: datetime
    article: Article

    @property
    def name(self) -> str:
        return self.original.name if self.original else tr("Untitled article")

    @property
    def words(self) -> int:
        return article_stats(self.article).total.words


class Desk(Protocol):
    def show(self, document: Document) -> QWidget: ...

    def window_for(self, path: Path) -> MainWindow | None: ...


def copies(data: AppData) -> list[Recovered]:
    """Every readable recovery copy, whatever its age."""
    found = []
    for file in sorted(data.recovery.glob("*.article")):
        try:
            article = storage.load(file)
        except ArticleFileError:
            continue
        stamp = article.extra.get(RECOVERY_KEY, {})
        original = Path(stamp["path"]) if isinstance(stamp, dict) and stamp.get("path") else None
        clean = dict(article.extra)
        clean.pop(RECOVERY_KEY, None)
        when = datetime.fromtimestamp(file.stat().st_mtime)
        found.append(Recovered(file, original, when, replace(article, extra=clean)))
    return found


def find(data: AppData) -> list[Recovered]:
    """Recovery copies worth offering: readable, and newer than the file they stand for."""
    return [item for item in copies(data) if not _outdated(item)]


def _outdated(item: Recovered) -> bool:
    original = item.original
    return (
        original is not None
        and original.exists()
        and original.stat().st_mtime >= item.saved.timestamp()
    )


def _plain(article: Article) -> list[str]:
    return [block.plain_text for block in article.blocks]


def difference(item: Recovered) -> str:
    """What the recovery copy changes in the saved file, as a short unified diff."""
    before: list[str] = []
    if item.original is not None:
        try:
            before = _plain(storage.load(item.original))
        except ArticleFileError:
            before = []
    lines = list(
        difflib.unified_diff(
            before, _plain(item.article), tr("saved"), tr("recovered"), n=1, lineterm=""
        )
    )
    if len(lines) > PREVIEW_LINES:
        lines = [*lines[:PREVIEW_LINES], "…"]
    return "\n".join(lines)


def ask(item: Recovered, parent: QWidget | None = None) -> str:
    """The user's choice for one copy, asked in a message box."""
    box = QMessageBox(parent)
    box.setObjectName("recoveryBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Recover unsaved work"))
    box.setText(
        tr("Unsaved changes to “%1” were kept from %2 (%3 words). Restore them?")
        .replace("%1", item.name)
        .replace("%2", moment(item.saved))
        .replace("%3", str(item.words))
    )
    box.setDetailedText(difference(item))
    role = QMessageBox.ButtonRole
    buttons = {
        box.addButton(tr("Restore"), role.AcceptRole): "restore",
        box.addButton(tr("Save Elsewhere…"), role.ActionRole): "elsewhere",
        box.addButton(tr("Discard"), role.DestructiveRole): "discard",
        box.addButton(tr("Later"), role.RejectRole): "later",
    }
    for button, choice in buttons.items():
        button.setObjectName(choice)
    box.exec()
    clicked = box.clickedButton()
    return next((choice for button, choice in buttons.items() if button is clicked), "later")


def restore(desk: Desk, item: Recovered) -> QWidget:
    """The recovered article, unsaved, in the window that shows its file when there is one (a
    second window on the file would save over the first's words, or the first over these);
    else in a new window bound to the original file when it exists.

    When a colleague has the original open meanwhile, the same question as at opening: read-only
    (the copy can be saved elsewhere), anyway, or cancel — the copy then opens untitled, so it
    is neither lost nor saved over their work."""
    owner = desk.window_for(item.original) if item.original is not None else None
    if owner is not None:
        restore_text(owner.document, item.article, tr("Restore Unsaved Changes"))
        _replace_copy(owner.document, item)
        owner.raise_()
        owner.activateWindow()
        return owner
    access: str | None = "write"
    if item.original is not None and item.original.exists():
        access = conflicts.ask_access(item.original, QApplication.activeWindow())
    document = Document(item.article, item.original if access else None)
    document.undo_stack.resetClean()
    window = desk.show(document)
    guard = window.findChild(conflicts.Guard)
    if access == "read-only" and guard is not None:
        guard.open_read_only()
    _replace_copy(document, item)
    return window


def _replace_copy(document: Document, item: Recovered) -> None:
    """The window's own recovery copy takes over from the one restored."""
    keeper = document.findChild(Autosave)
    if keeper is not None:
        keeper.flush()  # the new copy exists before the old one goes
        if keeper.file != item.file:
            item.file.unlink(missing_ok=True)


def save_elsewhere(item: Recovered, parent: QWidget | None = None) -> bool:
    name, _ = QFileDialog.getSaveFileName(
        parent, tr("Save recovered article"), item.name, tr("Copydesk articles (*.article)")
    )
    if not name:
        return False
    try:
        storage.save(item.article, Path(name))
    except SaveError as error:
        QMessageBox.critical(parent, tr("Could not save"), error_text.describe(error))
        return False
    item.file.unlink(missing_ok=True)
    return True


def offer(desk: Desk, data: AppData, choose: Callable[[Recovered], str] = ask) -> list[QWidget]:
    """Offer every recovery copy; the windows opened on restored articles."""
    windows = []
    for item in find(data):
        choice = choose(item)
        if choice == "restore":
            windows.append(restore(desk, item))
        elif choice == "elsewhere":
            save_elsewhere(item)
        elif choice == "discard":
            item.file.unlink(missing_ok=True)
    return windows
