"""Find and replace across every block: paragraphs, titles, quotes, captions, credits.

Matching runs on a folded copy of each paragraph (case folded unless asked, accents stripped
when asked, so "elysee" finds "Élysée") with a map back to the real positions; replacements go
through the text document, so they are undoable and reach the model like typing does.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import (
    QKeySequence,
    QShortcut,
    QTextBlock,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QToolButton,
    QWidget,
)

from editor.app import found, tracked
from editor.app.document import Document


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Find", text, disambiguation, n)


@dataclass(frozen=True, slots=True)
class Query:
    text: str
    whole_word: bool = False
    match_case: bool = False
    ignore_accents: bool = True


@lru_cache(maxsize=8192)
def _fold_char(char: str, match_case: bool, ignore_accents: bool) -> str:
    if ignore_accents:
        char = "".join(
            c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c)
        )
    return char if match_case else char.casefold()


def fold(text: str, query: Query) -> tuple[str, list[int]]:
    """`text` folded as the query asks, and for each folded index the original one."""
    if text.isascii():
        return (text if query.match_case else text.lower()), list(range(len(text) + 1))
    folded: list[str] = []
    where: list[int] = []
    for index, char in enumerate(text):
        piece = _fold_char(char, query.match_case, query.ignore_accents)
        folded.append(piece)
        where.extend([index] * len(piece))
    where.append(len(text))
    return "".join(folded), where


def pattern(query: Query) -> re.Pattern[str] | None:
    needle, _ = fold(query.text, query)
    if not needle:
        return None
    body = re.escape(needle)
    if query.whole_word:
        body = rf"(?<!\w){body}(?!\w)"
    return re.compile(body)


def matches_in(
    document: QTextDocument, query: Query, start: int = 0, stop: int | None = None
) -> list[tuple[int, int]]:
    """Every match at or after `start` (in the paragraphs that begin before `stop`), as
    document positions [begin, end)."""
    compiled = pattern(query)
    if compiled is None:
        return []
    found = []
    block = document.findBlock(start)
    while block.isValid() and (stop is None or block.position() < stop):
        text = block.text()
        folded, where = fold(text, query)
        base = block.position()
        for match in compiled.finditer(folded):
            begin, end = base + where[match.start()], base + where[match.end()]
            if begin >= start and end > begin:
                found.append((begin, end))
        block = block.next()
    return found


def find_next(
    document: QTextDocument, query: Query, position: int, backwards: bool = False
) -> tuple[int, int] | None:
    """The next match after `position` (before it, backwards), wrapping round the article."""
    compiled = pattern(query)
    if compiled is None:
        return None
    if not backwards:
        block = document.findBlock(position)
        while block.isValid():
            hit = _first_in(block, query, compiled, position)
            if hit:
                return hit
            block = block.next()
        return next(iter(matches_in(document, query, 0)), None)
    every = matches_in(document, query, 0)
    earlier = [m for m in every if m[1] <= position and m[0] < position]
    candidates = earlier or every
    return candidates[-1] if candidates else None


def _first_in(
    block: QTextBlock, query: Query, compiled: re.Pattern[str], position: int
) -> tuple[int, int] | None:
    folded, where = fold(block.text(), query)
    base = block.position()
    for match in compiled.finditer(folded):
        begin, end = base + where[match.start()], base + where[match.end()]
        if begin >= position and end > begin:
            return begin, end
    return None


def replace_all(document: Document, query: Query, replacement: str, author: str = "") -> int:
    """Replace every match in one undoable step; how many were replaced. With Track Changes
    on (`author`, the reviewer), each becomes a deletion and an insertion."""
    found = matches_in(document.text, query)
    if not found:
        return 0
    if author:
        with document.macro(lambda: tr("Replace all")):
            for begin, end in reversed(found):
                tracked.replace_words(
                    document, begin, end, replacement, author, lambda: tr("Replace all")
                )
        return len(found)
    with document.edit(lambda: tr("Replace all")) as cursor:
        for begin, end in reversed(found):
            cursor.setPosition(begin)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(replacement)
    return len(found)


class FindBar(QWidget):
    """The find and replace bar under the page (Ctrl+F, Ctrl+H; Escape closes it)."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.editor: QTextEdit | None = None
        self.document: Document | None = None
        self.shade: found.Shades = lambda _selections: None
        self.matches: list[tuple[int, int]] = []
        self.marks: list[QTextEdit.ExtraSelection] = []
        """The shades on the page: every match, the current one last in its own colour."""
        self._stale = True
        self._here = -1
        self._recount = QTimer(self, singleShot=True, interval=150)
        self._recount.timeout.connect(self.refresh)
        self.find_field = QLineEdit()
        self.replace_field = QLineEdit()
        self.whole_word = QCheckBox()
        self.match_case = QCheckBox()
        self.ignore_accents = QCheckBox()
        self.ignore_accents.setChecked(True)
        self.status = QLabel()
        self.previous_button = QPushButton()
        self.next_button = QPushButton()
        self.replace_button = QPushButton()
        self.replace_all_button = QPushButton()
        self.close_button = close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        self.retranslate()
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 6, 12, 6)
        grid.setHorizontalSpacing(8)
        # the options and the verdict on a line of their own: with both panels open the text
        # column is about 700 pixels, and beside the fields they would leave the fields none
        options = QHBoxLayout()
        options.setSpacing(12)
        for box in (self.whole_word, self.match_case, self.ignore_accents):
            options.addWidget(box)
        options.addStretch(1)
        options.addWidget(self.status)
        grid.addWidget(self.find_field, 0, 0)
        grid.addWidget(self.previous_button, 0, 1)
        grid.addWidget(self.next_button, 0, 2)
        grid.addWidget(close, 0, 3, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.replace_field, 1, 0)
        grid.addWidget(self.replace_button, 1, 1)
        grid.addWidget(self.replace_all_button, 1, 2)
        grid.addLayout(options, 2, 0, 1, 4)
        grid.setColumnStretch(0, 1)
        for field in (self.find_field, self.replace_field):
            field.setMinimumWidth(field.fontMetrics().averageCharWidth() * 16)
        close.clicked.connect(self.close_bar)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_bar)
        self.find_field.returnPressed.connect(self.next_button.click)
        self.replace_field.returnPressed.connect(self.replace_button.click)
        self.next_button.clicked.connect(lambda: self.find_match(backwards=False))
        self.previous_button.clicked.connect(lambda: self.find_match(backwards=True))
        self.replace_button.clicked.connect(self.replace_one)
        self.replace_all_button.clicked.connect(self.replace_every)
        self.find_field.textChanged.connect(self._query_changed)
        for box in (self.whole_word, self.match_case, self.ignore_accents):
            box.toggled.connect(self._query_changed)

    def retranslate(self) -> None:
        """Every word of the bar in the language now installed."""
        self.find_field.setPlaceholderText(tr("Find"))
        self.find_field.setAccessibleName(tr("Find"))
        self.replace_field.setPlaceholderText(tr("Replace with"))
        self.replace_field.setAccessibleName(tr("Replace with"))
        self.whole_word.setText(tr("Whole word"))
        self.match_case.setText(tr("Match case"))
        self.ignore_accents.setText(tr("Ignore accents"))
        self.previous_button.setText(tr("Previous"))
        self.next_button.setText(tr("Next"))
        self.replace_button.setText(tr("Replace"))
        self.replace_all_button.setText(tr("Replace all"))
        self.close_button.setToolTip(tr("Close (Esc)"))
        self.close_button.setAccessibleName(tr("Close find"))
        self.status.clear()

    def attach(
        self, editor: QTextEdit, document: Document, shade: found.Shades | None = None
    ) -> None:
        """Search `editor`; `shade` puts the matches' shades on its page."""
        self.editor, self.document = editor, document
        if shade is not None:
            self.shade = shade
        editor.document().contentsChange.connect(self._text_changed)
        editor.selectionChanged.connect(self._selection_moved)
        editor.verticalScrollBar().valueChanged.connect(self._scrolled)

    def find_match(self, backwards: bool = False) -> bool:
        """Select the next match; False (and a word in the bar) when there is none."""
        if self.editor is None:
            return False
        cursor = self.editor.textCursor()
        start = cursor.selectionStart() if backwards else cursor.selectionEnd()
        hit = find_next(self.editor.document(), self.query(), start, backwards)
        if hit is None:
            self.say(tr("Not found") if self.find_field.text() else "")
            return False
        cursor.setPosition(hit[0])
        cursor.setPosition(hit[1], QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        found.reveal(self.editor, hit)
        self.refresh()
        return True

    def refresh(self) -> None:
        """The count and the shades, for the text and the query as they are now."""
        self._recount.stop()
        if self.editor is None or self.isHidden() or not self.find_field.text():
            self.matches, self._stale = [], True
            self._shade_matches()
            self.say(tr("Not found") if self.find_field.text() and self.isVisible() else "")
            return
        if self._stale:
            self.matches = matches_in(self.editor.document(), self.query())
            self._stale = False
        self._shade_matches()
        self.say(self.count_text())

    def count_text(self) -> str:
        """The count: "3 of 12" on a match, "12 matches" elsewhere, or "Not found"."""
        total = len(self.matches)
        current = self.current()
        if current >= 0:
            return tr("%1 of %2").replace("%1", str(current + 1)).replace("%2", str(total))
        if total == 0:
            return tr("Not found")
        return tr("1 match") if total == 1 else tr("%1 matches").replace("%1", str(total))

    def current(self) -> int:
        """The index of the match selected in the text, or -1."""
        if self.editor is None:
            return -1
        cursor = self.editor.textCursor()
        selected = (cursor.selectionStart(), cursor.selectionEnd())
        try:
            return self.matches.index(selected)
        except ValueError:
            return -1

    def _shade_matches(self) -> None:
        if self.editor is None:
            return
        others, current = found.colours()
        here = self._here = self.current()
        first, last = found.in_sight(self.editor, self.matches)
        marks = [
            found.shade(self.editor, begin, end, others)
            for index, (begin, end) in enumerate(self.matches[first:last], first)
            if index != here
        ]
        if here >= 0:
            marks.append(found.shade(self.editor, *self.matches[here], current, current=True))
        self.marks = marks
        self.shade(marks)
        found.selection_colour(self.editor, current if self.isVisible() else None)

    def _selection_moved(self) -> None:
        """A click or a key elsewhere: "3 of 12" becomes "12 matches", and back on a match."""
        if self.isVisible() and not self._stale and self.current() != self._here:
            self._shade_matches()
            self.say(self.count_text())

    def _scrolled(self) -> None:
        """A long list of matches is shaded around what is in sight: shade the new view."""
        if self.isVisible() and not self._stale and len(self.matches) > found.SHADED_AT_ONCE:
            self._shade_matches()

    def _query_changed(self) -> None:
        """The words or options changed: count again at a pause in the typing (a search of a
        100 000-word article takes a few tenths of a second)."""
        self._stale = True
        self._recount.start()

    def _text_changed(self, position: int, removed: int, added: int) -> None:
        """Typing, undo, a replacement: the paragraphs touched are searched again, the other
        matches moved along, so the count and the shades keep up at every key."""
        if self._stale or self.editor is None or not self.isVisible():
            self._stale = True
            return
        self.matches = found.recount(
            self.editor.document(), self.matches, self.query(), (position, removed, added)
        )
        self._shade_matches()
        self.say(self.count_text())

    def _tracking_as(self) -> str:
        """The reviewer's name while the page tracks changes (`Surface.tracking_as`), else "";
        the bar also searches pages that do not edit (a read-only view)."""
        return str(getattr(self.editor, "tracking_as", ""))

    def replace_one(self) -> None:
        """Replace the selected match, then find the next one."""
        if self.editor is None or self.document is None:
            return
        cursor = self.editor.textCursor()
        compiled = pattern(self.query())
        selected = cursor.selectedText()
        author = self._tracking_as()
        matched = compiled and selected and compiled.fullmatch(fold(selected, self.query())[0])
        if matched and author:  # Track Changes on: a deletion and an insertion
            lo, hi = cursor.selectionStart(), cursor.selectionEnd()
            words = self.replace_field.text()
            cursor.setPosition(
                tracked.replace_words(self.document, lo, hi, words, author, lambda: tr("Replace"))
            )
            self.editor.setTextCursor(cursor)
        elif matched:
            with self.document.edit(lambda: tr("Replace")) as edit:
                edit.setPosition(cursor.selectionStart())
                edit.setPosition(cursor.selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
                edit.insertText(self.replace_field.text())
                cursor.setPosition(edit.position())
            self.editor.setTextCursor(cursor)
        self.find_match()

    def replace_every(self) -> None:
        if self.document is None:
            return
        count = replace_all(
            self.document, self.query(), self.replace_field.text(), self._tracking_as()
        )
        self._stale = True
        self.refresh()
        self.say(tr("%n replaced", "", count))

    def query(self) -> Query:
        return Query(
            self.find_field.text(),
            self.whole_word.isChecked(),
            self.match_case.isChecked(),
            self.ignore_accents.isChecked(),
        )

    def open_bar(self, replacing: bool) -> None:
        for widget in (self.replace_field, self.replace_button, self.replace_all_button):
            widget.setVisible(replacing)
        self.show()
        parent = self.parentWidget()
        column = parent.layout() if parent is not None else None
        if column is not None:
            column.activate()  # the page shrinks now, not after the scroll below
        words = self.editor.textCursor().selectedText() if self.editor is not None else ""
        one_line = not any(mark in words for mark in "\u2029\ufdd0\ufdd1\ufffc\n")
        if words and len(words) <= 120 and one_line:  # within a paragraph: what Word does
            self.find_field.setText(words)
        self.find_field.setFocus()
        self.find_field.selectAll()
        self.refresh()
        if self.editor is not None:  # what was on the last line in view stays in view
            cursor = self.editor.textCursor()
            found.reveal(self.editor, (cursor.selectionStart(), cursor.selectionEnd()))

    def close_bar(self) -> None:
        self.hide()
        self.refresh()
        self.status.clear()
        self.closed.emit()

    def say(self, text: str) -> None:
        self.status.setText(text)
