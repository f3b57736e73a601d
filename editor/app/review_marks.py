"""Who changed what, on the page: each author's colour, the margin, and who and when on hover.

The text's formats say only that a run is inserted or deleted (underline, strike-out: see
`bridge.annotated`), never in whose colour: a colour in a format would be an edit, would not
follow the desktop from light to dark, and would be wrong when the same text is shown to
someone else. The colours are painted over the text as extra selections instead
(`Surface.show_review`), made again at each change of the model while any suggestion is
pending, and not at all for an article without one.

An author's colour comes from their name (a checksum, not the order they appear in), so the
desk sees Paul Durand in the same colour in every article and on every machine. Each colour
has a day and a night tone, both at least 4.5:1 on their paper.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QHelpEvent, QTextBlock, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit, QToolTip

from editor.app import bridge, labels, looks, review_tools
from editor.app.comments_dock import comment_spans
from editor.app.guard import instead
from editor.app.moments import moment
from editor.app.page import MarginNote
from editor.model.annotations import (
    BLOCK_DELETE,
    BLOCK_INSERT,
    DELETE,
    INSERT,
    KIND_CHANGE,
    Suggestion,
)
from editor.model.article import Block

if TYPE_CHECKING:
    from editor.app.main_window import MainWindow

AUTHOR_COLOURS: tuple[tuple[str, str], ...] = (
    ("#1f5fbf", "#8ab4f8"),  # blue
    ("#b3261e", "#ff8a80"),  # red
    ("#1b7a3a", "#81d69c"),  # green
    ("#8a3ab9", "#d7a6f5"),  # purple
    ("#a34700", "#ffb36b"),  # orange
    ("#00727a", "#6fd8de"),  # teal
    ("#a3156b", "#f78fc9"),  # magenta
    ("#5f5a00", "#dcd36a"),  # olive
    ("#3d4fb0", "#a9b4ff"),  # indigo
    ("#7a4a1f", "#e3b48a"),  # brown
)
"""Day and night tone of each author colour."""

PAUSE_MS = 400
"""How long typing must stop before the colours are painted again over a suggestion being
extended (tracked typing): the shade's cursor follows most of it by itself meanwhile."""

COMMENTED = ("#fbefc0", "#4d4318")
"""The shade under commented words, by day and by night (the ink reads on both)."""

WORDING: dict[str, str] = {
    INSERT: "Inserted by %1",
    DELETE: "Deleted by %1",
    BLOCK_INSERT: "Paragraph inserted by %1",
    BLOCK_DELETE: "Paragraph deleted by %1",
    KIND_CHANGE: "Changed to %2 by %1 (was %3)",
}
"""What hovering says of each kind of suggestion (translated through `tr`)."""


def tr(text: str) -> str:
    return QCoreApplication.translate("Review", text)


def _wordings() -> None:  # the sentences of WORDING, for lupdate
    tr("Inserted by %1")
    tr("Deleted by %1")
    tr("Paragraph inserted by %1")
    tr("Paragraph deleted by %1")
    tr("Changed to %2 by %1 (was %3)")


def author_colour(author: str, dark: bool | None = None) -> QColor:
    """The author's one colour, in the tone for the page as it is (or as `dark` says)."""
    day, night = AUTHOR_COLOURS[zlib.crc32(author.encode("utf-8")) % len(AUTHOR_COLOURS)]
    at_night = looks.is_dark() if dark is None else dark
    return QColor(night if at_night else day)


def describe(suggestion: Suggestion, kind: str = "") -> str:
    """Who and when, as the tooltip says it."""
    who = suggestion.author or tr("an unnamed reviewer")
    text = tr(WORDING.get(suggestion.type, INSERT)).replace("%1", who)
    if suggestion.type == KIND_CHANGE:
        text = text.replace("%2", labels.kind_name(kind).lower())
        text = text.replace("%3", labels.kind_name(suggestion.from_kind or "paragraph").lower())
    if suggestion.date is not None:
        text += "\n" + moment(suggestion.date, seconds=False)
    return text


class ReviewMarks(QObject):
    """Paints the pending suggestions of one window in their authors' colours, answers hovers
    over them, and gives the page its margin notes."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.document = window.document
        self.surface = window.surface
        self._later = QTimer(self, singleShot=True, interval=0)
        self._later.timeout.connect(self.paint)
        self._pause = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._pause.timeout.connect(self.paint)
        self.watch = review_tools.ReviewWatch(self.document)
        self.document.changed.connect(self._changed)
        self.surface.viewport().installEventFilter(self)
        self.surface.note_margins(self.margin_note)
        self.paint()

    def _changed(self, start: int, removed: int, added: int) -> None:
        if self.watch.concerned(start, removed, added):
            self._later.start()
        elif self.watch.later:  # a suggestion extended: its colour follows at a pause
            self._pause.start()

    def paint(self) -> None:
        article = self.document.article
        if not article.suggestions and not article.comments and not self.surface.review_marks:
            return
        units = review_tools.annotated_units(self.document)  # one walk for both
        selections = self._commented(units) if article.comments else []
        for change in review_tools.changes(self.document, units) if article.suggestions else []:
            suggestion = article.suggestions.get(change.id)
            if suggestion is None:
                continue
            fmt = QTextCharFormat()
            # a background, if a clear one: without, Qt paints only the first of several
            # foreground-only selections on a line
            fmt.setBackground(Qt.GlobalColor.transparent)
            colour = author_colour(suggestion.author)
            fmt.setForeground(colour)
            fmt.setUnderlineColor(colour)
            if suggestion.type == BLOCK_DELETE:
                fmt.setFontStrikeOut(True)
            elif suggestion.type == BLOCK_INSERT:
                fmt.setFontUnderline(True)
            elif suggestion.type == KIND_CHANGE:
                continue  # the margin says it; the words are not changed
            selection = QTextEdit.ExtraSelection()
            selection.cursor = review_tools.select(QTextCursor(self.document.text), change)
            selection.format = fmt
            selections.append(selection)
        self.surface.show_review(selections)

    def _commented(
        self, units: Sequence[tuple[bridge.Unit, Block | None]]
    ) -> list[QTextEdit.ExtraSelection]:
        """The commented words on a pale shade, under the authors' colours."""
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(COMMENTED[1] if looks.is_dark() else COMMENTED[0]))
        selections = []
        for start, end in comment_spans(self.document, units):
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document.text)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        return selections

    def margin_note(self, block: QTextBlock) -> MarginNote | None:
        """For the first paragraph of a block with a change: the bar, and what became of a
        block suggested as a whole."""
        unit = bridge.unit_of(block)
        article = self.document.article
        if unit is None or unit.first != block or not article.suggestions:
            return None
        try:
            model = self.document.block(unit.id)
        except KeyError:
            return None
        for sid, word in (
            (model.kind_change, ""),
            (model.insert, tr("inserted")),
            (model.delete, tr("deleted")),
        ):
            suggestion = article.suggestions.get(sid or "")
            if suggestion is not None:
                if suggestion.type == KIND_CHANGE:
                    was = labels.kind_name(suggestion.from_kind or "paragraph")
                    word = tr("was %1").replace("%1", was.lower())
                return MarginNote(author_colour(suggestion.author), word)
        for run in model.text:
            suggestion = article.suggestions.get(run.insert or run.delete or "")
            if suggestion is not None:
                return MarginNote(author_colour(suggestion.author))
        return None

    @instead(False)
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange:  # light to dark: the night tones
            self._later.start()
            return False
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return False
        text = self.tip_at(self.surface.cursorForPosition(event.pos()).position())
        if not text:
            return False
        QToolTip.showText(event.globalPos(), text, self.surface.viewport())
        return True

    def tip_at(self, position: int) -> str:
        """Who made the change at `position` in the text, and when ("" for none)."""
        article = self.document.article
        if not article.suggestions:
            return ""
        cursor = QTextCursor(self.document.text)
        cursor.setPosition(position)
        change = review_tools.at_cursor(self.document, cursor)
        if change is None or change.id not in article.suggestions:
            return ""
        unit = bridge.unit_of(cursor.block())
        kind = unit.kind if unit is not None else ""
        return describe(article.suggestions[change.id], kind)
