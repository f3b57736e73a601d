"""File → Versions…: the kept versions of the article, and restoring one as an undoable change.

Restoring never touches the file on disk: the chosen version replaces the text and metadata of
the open document as one step in its history, so Ctrl+Z brings back what was there, and the
user saves when satisfied (which keeps the version being replaced, in turn).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.app import actions, error_text
from editor.app.document import Document, Label, MetaCommand
from editor.app.files import file_menu
from editor.app.moments import moment
from editor.app.settings import Settings
from editor.app.versions import DEFAULT_KEPT, SETTING, Backups, Version, kept_limit
from editor.model import storage
from editor.model.article import Article
from editor.model.storage import ArticleFileError

if TYPE_CHECKING:
    from editor.app.main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("Versions", text)


def restore(document: Document, article: Article, label: Label) -> None:
    """Put `article`'s blocks and metadata in the document as one undoable step."""
    with document.macro(label):
        for media in article.media.values():
            document.add_media(media)
        text = document.text
        document.replace_span(text.firstBlock(), text.lastBlock(), article.blocks, label)
        before = document.article
        after = replace(before, meta=article.meta)
        if after != before:
            document.undo_stack.push(MetaCommand(document, label, before, after))


class VersionsDialog(QDialog):
    """The versions of one file, newest first, with when, how big and how many words."""

    def __init__(self, document: Document, versions: list[Version], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("versionsDialog")
        self.setWindowTitle(tr("Versions of “%1”").replace("%1", document.title))
        self.document = document
        self.versions = versions
        self.list = QTreeWidget()
        self.list.setObjectName("versionList")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([tr("Saved"), tr("Size"), tr("Words")])
        locale = QLocale()
        rows = []
        for version in versions:
            words = version.words()
            row = QTreeWidgetItem(
                [
                    moment(version.time),
                    locale.formattedDataSize(version.size),
                    locale.toString(words) if words is not None else tr("unreadable"),
                ]
            )
            for number in (1, 2):
                row.setTextAlignment(number, Qt.AlignmentFlag.AlignRight)
            self.list.addTopLevelItem(row)
            rows.append(row)
        self.list.headerItem().setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
        self.list.headerItem().setTextAlignment(2, Qt.AlignmentFlag.AlignRight)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for number in (1, 2):
            header.setSectionResizeMode(number, QHeaderView.ResizeMode.ResizeToContents)
        if rows:
            self.list.setCurrentItem(rows[0])
        note = QLabel(
            tr("Restoring replaces the text in the window, not the file; Undo brings it back.")
            if versions
            else tr("No earlier versions are kept yet: one is kept each time you save.")
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = buttons.addButton(
            tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setObjectName("restoreVersion")
        self.restore_button.setEnabled(bool(versions))
        self.restore_button.clicked.connect(self.restore_chosen)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda *_: self.restore_chosen())
        column = QVBoxLayout(self)
        column.addWidget(self.list)
        column.addWidget(note)
        column.addWidget(buttons)
        self.resize(max(520, self.sizeHint().width()), 340)

    def restore_chosen(self) -> None:
        current = self.list.currentItem()
        row = self.list.indexOfTopLevelItem(current) if current is not None else -1
        if row < 0:
            return
        version = self.versions[row]
        try:
            article = version.article()
        except ArticleFileError as error:
            QMessageBox.warning(self, tr("Versions"), error_text.describe(error))
            return
        when = version.time.astimezone().strftime("%H:%M")
        restore(self.document, article, lambda: tr("Restore the version of %1").replace("%1", when))
        self.accept()


def attach(window: MainWindow, backups: Backups, settings: Settings) -> None:
    """File → Versions…, and a version kept before each save from `window`."""
    action = QAction(tr("&Versions…"), window)
    action.setObjectName("versions")
    actions.describe(action, tr("Earlier saved versions of this article, to restore one"))
    action.triggered.connect(lambda: show(window, backups))
    window.commands["versions"] = action
    menu = file_menu(window)
    anchor = window.commands.get("revert") or window.commands["quit"]
    menu.insertAction(anchor, action)

    def follow() -> None:
        action.setEnabled(window.document.path is not None)

    follow()
    window.document.path_changed.connect(follow)
    window.save_checks.append(lambda path: keep(window, backups, settings, path))


def show(window: MainWindow, backups: Backups) -> VersionsDialog | None:
    path = window.document.path
    if path is None:
        return None
    dialog = VersionsDialog(window.document, backups.versions(path), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def keep(window: MainWindow, backups: Backups, settings: Settings, path: Path) -> bool:
    """Before a save: keep the version about to be replaced. A backup that cannot be written
    does not stop the save (the article matters more than its history); the status bar says.
    Saving an unchanged article over its own file replaces nothing worth keeping."""
    if not window.document.dirty and path == window.document.path:
        return True
    limit = kept_limit(settings.get(SETTING) or str(DEFAULT_KEPT))
    try:
        backups.keep(path, limit)
    except OSError as error:
        window.statusBar().showMessage(
            tr("The previous version could not be kept: %1").replace(
                "%1", error.strerror or str(error)
            ),
            8000,
        )
    return True


def shelf(
    window: MainWindow, backups: Backups, settings: Settings
) -> Callable[[Article | None], None]:
    """What keeps a version of the window's file that is about to leave the window: the file as
    it is on disk (None), or the window's own `article`. Used when another program changes the
    file, so that neither the reload nor keeping one's own text loses anybody's words; kept
    even when saves keep none (a limit of 0), since nothing else would."""

    def put(article: Article | None) -> None:
        path = window.document.path
        if path is None:
            return
        limit = kept_limit(settings.get(SETTING) or str(DEFAULT_KEPT)) or DEFAULT_KEPT
        try:
            if article is None:
                backups.keep(path, limit)
            else:
                data = storage.dumps(article.unused_media_dropped()).encode("utf-8")
                backups.keep_bytes(path, data, limit)
        except OSError as error:
            window.statusBar().showMessage(
                tr("The previous version could not be kept: %1").replace(
                    "%1", error.strerror or str(error)
                ),
                8000,
            )

    return put
