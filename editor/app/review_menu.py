"""The Review menu and toolbar: accept and reject, move from change to change, and the views.

Every accept or reject is one step of the document's one history (`review_tools.decide`).
The views: Final with Markup is the page itself, where the text is edited; Final (every
suggestion accepted) and Original (every one rejected) are read-only pages built from the
model in its place, as Word shows them, because a keystroke there would have no sure place
in the marked-up text. Commands that work at the cursor (accept or reject this change, next,
previous) go back to Final with Markup first, so the change they act on is seen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QMenu,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from editor.app import actions, review_tools
from editor.app.document import Document
from editor.app.labels import QT_TRANSLATE_NOOP
from editor.app.surface import Surface
from editor.model import review
from editor.model.annotations import accepted_view
from editor.model.article import Article

if TYPE_CHECKING:
    from editor.app.main_window import MainWindow

MARKUP, FINAL, ORIGINAL = "markup", "final", "original"
VIEWS: dict[str, Callable[[Article], Article]] = {
    FINAL: accepted_view,
    ORIGINAL: review.original_view,
}
"""The read-only views and how each reads the article."""

REVIEW = QT_TRANSLATE_NOOP("Review", "&Review")
COMMANDS: tuple[tuple[str, str, str, str, str], ...] = (
    ("review:accept", QT_TRANSLATE_NOOP("Review", "&Accept Change"), "Ctrl+Alt+Y",
     QT_TRANSLATE_NOOP("Review", "Accept the change at the cursor"), "accept-change"),
    ("review:reject", QT_TRANSLATE_NOOP("Review", "&Reject Change"), "Ctrl+Alt+J",
     QT_TRANSLATE_NOOP("Review", "Reject the change at the cursor"), "reject-change"),
    ("review:accept_all", QT_TRANSLATE_NOOP("Review", "Accept A&ll Changes"), "",
     QT_TRANSLATE_NOOP("Review", "Accept every change in the article"), ""),
    ("review:reject_all", QT_TRANSLATE_NOOP("Review", "Reject All C&hanges"), "",
     QT_TRANSLATE_NOOP("Review", "Reject every change in the article"), ""),
    ("review:accept_author", QT_TRANSLATE_NOOP("Review", "Accept All &by Author…"), "",
     QT_TRANSLATE_NOOP("Review", "Accept every change one person made"), ""),
    ("review:reject_author", QT_TRANSLATE_NOOP("Review", "Reject All b&y Author…"), "",
     QT_TRANSLATE_NOOP("Review", "Reject every change one person made"), ""),
    ("review:next", QT_TRANSLATE_NOOP("Review", "&Next Change"), "Ctrl+Alt+Down",
     QT_TRANSLATE_NOOP("Review", "Select the next change"), "next-change"),
    ("review:previous", QT_TRANSLATE_NOOP("Review", "&Previous Change"), "Ctrl+Alt+Up",
     QT_TRANSLATE_NOOP("Review", "Select the change before"), "previous-change"),
    ("review:show_markup", QT_TRANSLATE_NOOP("Review", "Final with &Markup"), "",
     QT_TRANSLATE_NOOP("Review", "Show the changes on the page, where the text is edited"), ""),
    ("review:show_final", QT_TRANSLATE_NOOP("Review", "&Final"), "",
     QT_TRANSLATE_NOOP("Review", "Show the article with every change accepted (read-only)"), ""),
    ("review:show_original", QT_TRANSLATE_NOOP("Review", "&Original"), "",
     QT_TRANSLATE_NOOP("Review", "Show the article before any change (read-only)"), ""),
)  # fmt: skip
"""Name, text, shortcut, tip and icon of each command, in menu order."""
SEPARATE_AFTER = ("review:reject_author", "review:previous")
SHOW = QT_TRANSLATE_NOOP("Review", "Show")
TOOLBAR = ("review:previous", "review:next", "review:accept", "review:reject")


def tr(text: str) -> str:
    return QCoreApplication.translate("Review", text)


class AuthorChooser(QDialog):
    """Whose changes to accept or reject: the people who made the pending ones."""

    def __init__(self, names: list[str], accepting: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("authorChooser")
        self.setWindowTitle(tr("Accept Changes by") if accepting else tr("Reject Changes by"))
        self.list = QListWidget()
        self.list.setObjectName("authorList")
        self.list.addItems(names)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Whose changes?")))
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return item.text() if item is not None else None


class ReviewTools:
    """The window's Review menu, toolbar and view; one per window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.document: Document = window.document
        self.view = MARKUP
        self.preview: Surface | None = None
        runs: dict[str, Callable[[], object]] = {
            "review:accept": lambda: self.decide_here(True),
            "review:reject": lambda: self.decide_here(False),
            "review:accept_all": lambda: self.decide_all(True),
            "review:reject_all": lambda: self.decide_all(False),
            "review:accept_author": lambda: self.choose_author(True),
            "review:reject_author": lambda: self.choose_author(False),
            "review:next": lambda: self.go(1),
            "review:previous": lambda: self.go(-1),
            "review:show_markup": lambda: self.show(MARKUP),
            "review:show_final": lambda: self.show(FINAL),
            "review:show_original": lambda: self.show(ORIGINAL),
        }
        self.menu = QMenu(tr(REVIEW), window)
        self.menu.setObjectName("reviewMenu")
        self.show_menu = QMenu(tr(SHOW), self.menu)
        self.show_menu.setObjectName("reviewShowMenu")
        views = QActionGroup(window)
        for name, text, key, _tip, icon in COMMANDS:
            action = QAction(tr(text), window)
            action.setObjectName(name)
            if key:
                action.setShortcut(QKeySequence(key))
            if icon:
                action.setIcon(actions.icon(icon))
            action.triggered.connect(lambda _=False, run=runs[name]: run())
            window.commands[name] = action
            if name.startswith("review:show_"):
                action.setCheckable(True)
                views.addAction(action)
                self.show_menu.addAction(action)
            else:
                self.menu.addAction(action)
            if name in SEPARATE_AFTER:
                self.menu.addSeparator()
        self.menu.addMenu(self.show_menu)
        window.commands["review:show_markup"].setChecked(True)
        self.toolbar = QToolBar(tr("Review"), window)
        self.toolbar.setObjectName("reviewToolbar")
        self.toolbar.setMovable(False)
        for name in TOOLBAR:
            self.toolbar.addAction(window.commands[name])
        window.addToolBar(self.toolbar)
        self.document.changed.connect(lambda *_: self._follow())
        self.retranslate()
        self._follow()

    def add_comment_command(self, action: QAction) -> None:
        """New Comment (the Comments panel's), after the decisions, before the views."""
        self.menu.insertAction(self.show_menu.menuAction(), action)
        self.menu.insertSeparator(self.show_menu.menuAction())

    # -- deciding ------------------------------------------------------------------------------

    def decide_here(self, accepting: bool) -> None:
        """Accept or reject the change at the cursor, then select the next one."""
        self.show(MARKUP)
        surface = self.window.surface
        change = review_tools.at_cursor(self.document, surface.textCursor())
        if change is None:
            self.window.statusBar().showMessage(tr("No change at the cursor"), 4000)
            return
        after = review_tools.DECISIONS[accepting](self.document.article, change.id)
        label = (lambda: tr("Accept Change")) if accepting else (lambda: tr("Reject Change"))
        review_tools.decide(self.document, after, label)
        cursor = surface.textCursor()
        cursor.setPosition(min(change.start, self.document.text.characterCount() - 1))
        following = review_tools.following(self.document, cursor, 1)
        surface.setTextCursor(
            review_tools.select(cursor, following) if following is not None else cursor
        )

    def decide_all(self, accepting: bool, author: str | None = None) -> None:
        article = self.document.article
        after = (
            review.accept_all(article, author) if accepting else review.reject_all(article, author)
        )
        if author is not None:
            wording = tr("Accept Changes by %1") if accepting else tr("Reject Changes by %1")
            label: Callable[[], str] = lambda: wording.replace("%1", author)  # noqa: E731
        else:
            label = (
                (lambda: tr("Accept All Changes"))
                if accepting
                else (lambda: tr("Reject All Changes"))
            )
        if not review_tools.decide(self.document, after, label):
            self.window.statusBar().showMessage(tr("No changes to decide"), 4000)

    def choose_author(self, accepting: bool) -> AuthorChooser | None:
        """Ask whose changes (a window, not a wait: the page stays live behind it)."""
        names = review.authors(self.document.article)
        if not names:
            self.window.statusBar().showMessage(tr("No changes to decide"), 4000)
            return None
        chooser = AuthorChooser(names, accepting, self.window)
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen() -> None:
            name = chooser.chosen()
            if name is not None:
                self.decide_all(accepting, name)

        chooser.accepted.connect(chosen)
        chooser.open()
        return chooser

    # -- moving --------------------------------------------------------------------------------

    def go(self, step: int) -> None:
        self.show(MARKUP)
        surface = self.window.surface
        change = review_tools.following(self.document, surface.textCursor(), step)
        if change is None:
            self.window.statusBar().showMessage(
                tr("No more changes after the cursor")
                if step > 0
                else tr("No more changes before the cursor"),
                4000,
            )
            return
        surface.setTextCursor(review_tools.select(surface.textCursor(), change))
        surface.ensureCursorVisible()
        surface.setFocus()

    # -- views ---------------------------------------------------------------------------------

    def show(self, view: str) -> None:
        """Final with Markup (the page), Final or Original (read-only pages in its place)."""
        self.window.commands[f"review:show_{view}"].setChecked(True)
        if view == self.view:
            return
        self.view = view
        surface = self.window.surface
        if self.preview is not None:
            self.preview.hide()
            self.preview.deleteLater()
            self.preview = None
        if view == MARKUP:
            surface.show()
            surface.setFocus()
            return
        self.preview = self._page(VIEWS[view](self.document.article))
        surface.hide()

    def _page(self, article: Article) -> Surface:
        shown = Document(article)
        page = Surface(shown)
        page.setObjectName(f"{self.view}View")
        page.setReadOnly(True)
        zoom = self.window.zoom
        if zoom.device is not None:  # the same size as the page it stands for
            page.zoom_to(self.window.surface.zoom, zoom.device)
        shown.setParent(page)
        holder = self.window.surface.parentWidget()
        layout = holder.layout() if holder is not None else None
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, page, 1)
        page.show()
        page.setFocus()
        return page

    def _follow(self) -> None:
        """The commands that need a change, enabled when there is one; a view made again."""
        pending = bool(self.document.article.suggestions)
        for name in ("accept", "reject", "accept_all", "reject_all", "accept_author",
                     "reject_author", "next", "previous"):  # fmt: skip
            self.window.commands[f"review:{name}"].setEnabled(pending)
        if self.view != MARKUP and self.preview is not None:
            view, self.view = self.view, MARKUP
            self.preview.hide()
            self.preview.deleteLater()
            self.preview = None
            self.show(view)

    def retranslate(self) -> None:
        self.menu.setTitle(tr(REVIEW))
        self.show_menu.setTitle(tr(SHOW))
        self.toolbar.setWindowTitle(tr("Review"))
        for name, text, _key, tip, _icon in COMMANDS:
            action = self.window.commands[name]
            action.setText(tr(text))
            actions.describe(action, tr(tip))


def add_menu(window: MainWindow) -> ReviewTools:
    """The Review menu (after Insert, before View, as in Word) and its toolbar."""
    tools = ReviewTools(window)
    window.menuBar().addMenu(tools.menu)
    return tools
