"""The Comments panel: the article's threads in reading order, and New Comment.

Each thread shows its author, date, the text it quotes, its remark and replies; a resolved
one is greyed. Clicking one selects its range on the page. A comment, a reply, resolving,
reopening and deleting are each one step of the one history (`review_tools.decide`): the
range lives in the text's character formats, the threads in the article's table.

One field under the list writes both a new comment and a reply, as the button beside it says;
Enter sends, Escape gives up. New Comment (Ctrl+Alt+M) needs a selection and the reviewer's
name (asked the first time, `reviewer.with_reviewer`).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.app import actions, bridge, looks, review_tools
from editor.app.document import Document
from editor.app.guard import guarded
from editor.app.moments import moment
from editor.app.reviewer import Reviewer, with_reviewer
from editor.model import review
from editor.model.annotations import Comment
from editor.model.article import Block
from editor.model.review import Anchor

if TYPE_CHECKING:
    from editor.app.main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("Comments", text)


@dataclass(frozen=True, slots=True)
class Draft:
    """What the field is writing: a new comment on a range, or a reply to a thread."""

    reviewer: Reviewer
    comment_id: str = ""
    start: Anchor | None = None
    end: Anchor | None = None


def anchor(window: MainWindow, position: int) -> Anchor | None:
    """The model's place for a position on the page: a block and an offset in its text;
    None outside text (a picture, a caption, a spacer)."""
    block = window.document.text.findBlock(position)
    unit = bridge.unit_of(block)
    if unit is None or (unit.frame is not None and bridge.role_of(block) != bridge.TEXT):
        return None
    return Anchor(unit.id, position - block.position())


class CommentsDock(QDockWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("commentsDock")
        self.window_ = window
        self.document = window.document
        self.ids: list[str] = []
        self.draft: Draft | None = None
        self.list = QListWidget()
        self.list.setObjectName("commentThreads")
        self.list.setWordWrap(True)
        self.list.itemClicked.connect(lambda item: self.select(self.list.row(item)))
        self.list.currentRowChanged.connect(lambda _row: self._buttons())
        self.field = QLineEdit()
        self.field.setObjectName("commentField")
        self.field.returnPressed.connect(self.send)
        self.send_button = QPushButton()
        self.send_button.setObjectName("sendComment")
        self.send_button.clicked.connect(self.send)
        self.reply_button = QPushButton()
        self.reply_button.setObjectName("replyComment")
        self.reply_button.clicked.connect(self.start_reply)
        self.resolve_button = QPushButton()
        self.resolve_button.setObjectName("resolveComment")
        self.resolve_button.clicked.connect(self.toggle_resolved)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteComment")
        self.delete_button.clicked.connect(self.delete)
        row = QHBoxLayout()
        for button in (self.reply_button, self.resolve_button, self.delete_button):
            row.addWidget(button)
        writing = QHBoxLayout()
        writing.addWidget(self.field, 1)
        writing.addWidget(self.send_button)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.list, 1)
        column.addLayout(row)
        column.addLayout(writing)
        self.setWidget(body)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self)
        self.new_comment = QAction(window)
        self.new_comment.setObjectName("review:new_comment")
        self.new_comment.setShortcut(QKeySequence("Ctrl+Alt+M"))
        self.new_comment.triggered.connect(self.start_comment)
        window.commands["review:new_comment"] = self.new_comment
        self.watch = review_tools.ReviewWatch(self.document, comments_only=True)
        self.document.changed.connect(self._changed)
        self.retranslate()
        self.refresh()

    def _changed(self, start: int, removed: int, added: int) -> None:
        if self.watch.concerned(start, removed, added):
            self.refresh()
        elif self.watch.later and self.watch.touched:
            self.refresh()  # the words of a comment changed: its quote

    # -- the list ------------------------------------------------------------------------------

    def refresh(self) -> None:
        article = self.document.article
        places = review.comment_places(article)
        current = (
            self.ids[self.list.currentRow()]
            if 0 <= self.list.currentRow() < len(self.ids)
            else None
        )
        # between the two halves of a step, a range may be marked whose thread is not in
        # the table yet (or no more)
        self.ids = [cid for cid in review.in_reading_order(article) if cid in article.comments]
        self.list.clear()
        for cid in self.ids:
            comment = article.comments[cid]
            place = places.get(cid)
            lines = [self._signed(comment.author, comment.date)]
            quoted = tr("“%1”").replace("%1", place.text) if place is not None else ""
            lines.append(quoted or tr("(its text was cut)"))
            lines.append(comment.text)
            said = tr("%1: %2")
            lines += [
                "↳ " + said.replace("%1", self._signed(r.author, r.date)).replace("%2", r.text)
                for r in comment.replies
            ]
            if comment.resolved:
                lines[0] += "  ·  " + tr("resolved")
            item = QListWidgetItem("\n".join(lines))
            if comment.resolved:
                item.setForeground(looks.colour("faint"))
            self.list.addItem(item)
        if current in self.ids:
            self.list.setCurrentRow(self.ids.index(current))
        self._buttons()

    @staticmethod
    def _signed(author: str, date: datetime | None) -> str:
        return f"{author} · {moment(date, seconds=False)}" if date is not None else author

    def _buttons(self) -> None:
        chosen = self.chosen()
        for button in (self.reply_button, self.resolve_button, self.delete_button):
            button.setEnabled(chosen is not None)
        resolved = chosen is not None and self.document.article.comments[chosen].resolved
        self.resolve_button.setText(tr("Re&open") if resolved else tr("Re&solve"))
        self.send_button.setEnabled(self.draft is not None)
        self.field.setEnabled(self.draft is not None)

    def chosen(self) -> str | None:
        row = self.list.currentRow()
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def select(self, row: int) -> None:
        """The thread's range selected on the page."""
        if not 0 <= row < len(self.ids):
            return
        marked = _comment_spans(self.document, self.ids[row])
        if not marked:
            return
        surface = self.window_.surface
        cursor = surface.textCursor()
        cursor.setPosition(marked[0][0])
        cursor.setPosition(marked[-1][1], QTextCursor.MoveMode.KeepAnchor)
        surface.setTextCursor(cursor)
        surface.ensureCursorVisible()

    # -- writing -------------------------------------------------------------------------------

    def start_comment(self) -> None:
        cursor = self.window_.surface.textCursor()
        start, end = (
            anchor(self.window_, cursor.selectionStart()),
            anchor(self.window_, cursor.selectionEnd()),
        )
        if not cursor.hasSelection() or start is None or end is None:
            self.window_.statusBar().showMessage(tr("Select the words to comment on"), 4000)
            return

        def write(reviewer: Reviewer) -> None:
            self.draft = Draft(reviewer, start=start, end=end)
            quote = cursor.selectedText().replace("\u2029", " ")
            self._write(tr("Your comment on “%1”").replace("%1", quote[:40]))

        with_reviewer(self.window_.settings, self.window_, write)

    def start_reply(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return

        def write(reviewer: Reviewer) -> None:
            self.draft = Draft(reviewer, comment_id=chosen)
            author = self.document.article.comments[chosen].author
            self._write(tr("Your reply to %1").replace("%1", author))

        with_reviewer(self.window_.settings, self.window_, write)

    def _write(self, hint: str) -> None:
        self.show()
        self.raise_()
        self._buttons()
        self.field.setPlaceholderText(hint)
        self.field.clear()
        self.field.setFocus()

    def send(self) -> None:
        draft, text = self.draft, self.field.text().strip()
        if draft is None or not text:
            return
        article = self.document.article
        now = datetime.now(UTC).replace(microsecond=0)
        who, initials = draft.reviewer.name, draft.reviewer.initials
        if draft.start is not None and draft.end is not None:
            comment = Comment(f"c{os.urandom(4).hex()}", who, now, text, initials=initials)
            after = review.add_comment(article, comment, draft.start, draft.end)
            label = lambda: tr("New Comment")  # noqa: E731
        else:
            after = review.reply(article, draft.comment_id, who, now, text, initials)
            label = lambda: tr("Reply")  # noqa: E731
        self.draft = None
        self.field.clear()
        self.field.setPlaceholderText("")
        review_tools.decide(self.document, after, label)
        self._buttons()
        self.window_.surface.setFocus()

    @guarded
    def keyPressEvent(self, event: object) -> None:  # noqa: N802
        from PySide6.QtGui import QKeyEvent

        if isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape and self.draft:
            self.draft = None
            self.field.clear()
            self._buttons()
            self.window_.surface.setFocus()
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]

    def toggle_resolved(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        resolved = not self.document.article.comments[chosen].resolved
        after = review.set_resolved(self.document.article, chosen, resolved)
        label = (lambda: tr("Resolve Comment")) if resolved else (lambda: tr("Reopen Comment"))
        review_tools.decide(self.document, after, label)

    def delete(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        after = review.delete_comment(self.document.article, chosen)
        review_tools.decide(self.document, after, lambda: tr("Delete Comment"))

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Comments"))
        self.reply_button.setText(tr("&Reply…"))
        self.delete_button.setText(tr("De&lete"))
        self.send_button.setText(tr("Se&nd"))
        self.new_comment.setText(tr("New &Comment"))
        actions.describe(self.new_comment, tr("Comment on the selected words"))
        self._buttons()


def _comment_spans(document: Document, comment_id: str) -> list[tuple[int, int]]:
    """Where a comment's range lies on the page, stretch by stretch."""
    spans: list[tuple[int, int]] = []
    block = document.text.begin()
    while block.isValid():
        for fragment in bridge.fragments(block):
            ids = fragment.charFormat().stringProperty(bridge.COMMENTS).split()
            if comment_id in ids:
                start = fragment.position()
                spans.append((start, start + fragment.length()))
        block = block.next()
    return spans


def comment_spans(
    document: Document,
    units: Sequence[tuple[bridge.Unit, Block | None]] | None = None,
) -> list[tuple[int, int]]:
    """Every commented stretch on the page (for the highlight). Only the units whose block
    has commented words are read (`review_tools.annotated_units`, or `units` when the
    caller has them already)."""
    spans: list[tuple[int, int]] = []
    for unit, model in review_tools.annotated_units(document) if units is None else units:
        if model is not None and not any(run.comments for run in model.text):
            continue
        block = unit.first
        while block.isValid() and block.position() <= unit.last.position():
            for fragment in bridge.fragments(block):
                if fragment.charFormat().stringProperty(bridge.COMMENTS):
                    start = fragment.position()
                    spans.append((start, start + fragment.length()))
            block = block.next()
    return spans
