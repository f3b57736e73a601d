"""The start screen: what `copydesk` shows when it is given no file, like an office suite's.

Recent articles (title, file, when last changed) to pick up where the day left off, and New,
New from Sample and Open. The installed sample is never opened as such: New from Sample makes
an untitled copy, so nobody saves over the file inside the installation. Everything is reached
from the keyboard (Tab between the commands and the list, Enter opens, Delete forgets an entry,
Ctrl+N, Ctrl+O, Ctrl+Q), and colours come from the palette, so the screen is light or dark as
the desktop is. The screen closes when an article opens; the composition root decides when.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QAction, QFont, QIcon, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.app import actions
from editor.app.files import open_filter
from editor.app.guard import guarded, instead
from editor.app.labels import QT_TRANSLATE_NOOP
from editor.app.moments import moment
from editor.app.save_name import documents_folder
from editor.model import storage
from editor.model.storage import ArticleFileError
from editor.resources import resource, resources_dir

COMMANDS = (
    ("new", QT_TRANSLATE_NOOP("StartScreen", "&New Article"),
     QT_TRANSLATE_NOOP("StartScreen", "An empty article"), "Ctrl+N"),
    ("new_sample", QT_TRANSLATE_NOOP("StartScreen", "New from &Sample"),
     QT_TRANSLATE_NOOP("StartScreen", "A copy of the sample article, to try Copydesk"), ""),
    ("open", QT_TRANSLATE_NOOP("StartScreen", "&Open…"),
     QT_TRANSLATE_NOOP("StartScreen", "An article, or a Word, NewsML or text file to import"),
     "Ctrl+O"),
)  # fmt: skip
"""The start screen's commands: name, title, description, shortcut (source strings)."""


def tr(text: str) -> str:
    return QCoreApplication.translate("StartScreen", text)


@dataclass(frozen=True)
class Recent:
    """One recent article as listed: its title when the file can be read."""

    path: Path
    title: str
    changed: datetime | None
    readable: bool

    @classmethod
    def of(cls, path: Path) -> Recent:
        try:
            changed = datetime.fromtimestamp(path.stat().st_mtime).astimezone()
        except OSError:
            return cls(path, "", None, False)
        try:
            title = storage.load(path).title
        except ArticleFileError:
            return cls(path, "", changed, False)
        return cls(path, title, changed, True)


def listed(paths: Sequence[Path]) -> list[Recent]:
    """The recent files worth listing: never a file inside the installation."""
    shipped = resources_dir()
    return [Recent.of(p) for p in paths if not p.resolve().is_relative_to(shipped)]


class StartScreen(QWidget):
    """The window shown with no article open. `new(from_sample)` and `open(path)` are the
    composition root's; `recent()` its list of recent files, `forget(path)` drops one."""

    def __init__(
        self,
        new: Callable[[bool], object],
        open_path: Callable[[Path], object],
        recent: Callable[[], list[Path]],
        forget: Callable[[Path], None],
    ) -> None:
        super().__init__()
        self.setObjectName("startScreen")
        self.setWindowIcon(QIcon(str(resource("brand", "copydesk.svg"))))
        self.open_path, self.recent, self.forget = open_path, recent, forget
        runs: dict[str, Callable[[], object]] = {
            "new": lambda: new(False),
            "new_sample": lambda: new(True),
            "open": self.choose_file,
        }
        icons = {
            "new": QIcon(str(resource("brand", "article-document.svg"))),
            "new_sample": QIcon(str(resource("brand", "article-document-small.svg"))),
            "open": actions.icon("open"),
        }
        self.buttons: dict[str, QCommandLinkButton] = {}
        column = QVBoxLayout()
        column.setSpacing(4)
        for name, _title, _description, key in COMMANDS:
            button = QCommandLinkButton()
            button.setObjectName(name)
            button.setIcon(icons[name])
            button.setIconSize(QSize(28, 28))
            button.clicked.connect(lambda _=False, run=runs[name]: run())
            column.addWidget(button)
            self.buttons[name] = button
            if key:
                shortcut = QAction(self)
                shortcut.setShortcut(QKeySequence(key))
                shortcut.triggered.connect(lambda _=False, run=runs[name]: run())
                self.addAction(shortcut)
        column.addStretch(1)
        quit_action = QAction(self)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        self.addAction(quit_action)

        self.heading = QLabel()
        self.heading.setObjectName("startHeading")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        self.tagline = QLabel()
        self.tagline.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        logo = QLabel()
        logo.setPixmap(QIcon(str(resource("brand", "copydesk.svg"))).pixmap(56, 56))
        head = QHBoxLayout()
        head.addWidget(logo)
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.tagline)
        head.addLayout(titles, 1)

        self.recent_label = QLabel()
        bold = QFont(self.recent_label.font())
        bold.setWeight(QFont.Weight.DemiBold)
        self.recent_label.setFont(bold)
        self.list = QTreeWidget()
        self.list.setObjectName("recentArticles")
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setStyleSheet("QTreeWidget::item { padding: 5px 2px; }")  # rows to aim at
        self.list.itemActivated.connect(lambda item, _column: self._open_item(item))
        self.recent_label.setBuddy(self.list)
        self.list.installEventFilter(self)  # Delete forgets the entry (never the file)
        self.empty = QLabel()
        self.empty.setObjectName("noRecentArticles")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.list)
        self.pages.addWidget(self.empty)
        recent_column = QVBoxLayout()
        recent_column.setSpacing(6)
        recent_column.addWidget(self.recent_label)
        recent_column.addWidget(self.pages, 1)

        body = QHBoxLayout()
        body.setSpacing(24)
        body.addLayout(column, 2)
        body.addLayout(recent_column, 3)
        page = QVBoxLayout(self)
        page.setContentsMargins(32, 24, 32, 28)
        page.setSpacing(20)
        page.addLayout(head)
        page.addLayout(body, 1)
        self.setTabOrder(self.buttons["new"], self.buttons["new_sample"])
        self.setTabOrder(self.buttons["new_sample"], self.buttons["open"])
        self.setTabOrder(self.buttons["open"], self.list)
        self.retranslate()
        self.fill()
        self.resize(920, 560)

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Welcome — Copydesk"))
        self.heading.setText("Copydesk")
        self.tagline.setText(tr("Start an article, or pick up where you left off."))
        for name, title, description, _key in COMMANDS:
            button = self.buttons[name]
            button.setText(tr(title))
            button.setDescription(tr(description))
            button.setAccessibleDescription(tr(description))
        self.recent_label.setText(tr("&Recent articles"))
        self.list.setHeaderLabels([tr("Title"), tr("File"), tr("Changed")])
        self.list.setAccessibleName(tr("Recent articles"))
        self.empty.setText(
            tr("No recent articles yet. The articles you open and save will be listed here.")
        )

    def fill(self) -> None:
        """The recent articles, as they are on disk now."""
        self.list.clear()
        for entry in listed(self.recent()):
            item = QTreeWidgetItem(self.list, _columns(entry))
            item.setData(0, Qt.ItemDataRole.UserRole, str(entry.path))
            item.setToolTip(0, str(entry.path))
            item.setToolTip(1, str(entry.path))
            if not entry.readable:
                item.setForeground(0, self.palette().placeholderText())
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for number in (1, 2):
            header.setSectionResizeMode(number, QHeaderView.ResizeMode.ResizeToContents)
        rows = self.list.topLevelItemCount()
        self.pages.setCurrentWidget(self.list if rows else self.empty)
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)
        (self.list if rows else self.buttons["new"]).setFocus()

    @guarded
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.fill()
        super().changeEvent(event)

    @instead(False)
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            watched is self.list
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        ):
            self.forget_current()
            return True
        return super().eventFilter(watched, event)

    def _open_item(self, item: QTreeWidgetItem) -> None:
        self.open_path(Path(str(item.data(0, Qt.ItemDataRole.UserRole))))

    def forget_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.forget(Path(str(item.data(0, Qt.ItemDataRole.UserRole))))
            self.fill()

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, tr("Open article"), str(documents_folder()), open_filter()
        )
        if name:
            self.open_path(Path(name))


def _columns(entry: Recent) -> list[str]:
    """Title, file name, and when it changed — or why it cannot be opened from here. An article
    without a title yet goes by its file name."""
    if entry.changed is None:
        state = tr("Not found")
    elif not entry.readable:
        state = tr("Cannot be read")
    else:
        state = moment(entry.changed, seconds=False)
    return [entry.title or entry.path.stem, entry.path.name, state]
