"""After a switch between light and dark, the colours already in the text drawn anew.

Ink carries no colour in the text's formats and follows the palette by itself; the kicker's
red, the muted and faint parts, bold words and links carry theirs. Changing those formats
would be an edit in the history, so the runs still coloured for the other palette are painted
over instead, with extra selections in the page's colours now. The whole text is read once,
at the switch; after that only the paragraphs an edit touches, and nothing until a switch.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QTextBlock, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from editor.app import looks
from editor.app.looks import Palette

COLOURED = ("accent", "muted", "faint", "link", "strong")
"""The page colours text formats carry (ink is the palette's)."""
PALETTES = (looks.PAPER, looks.NIGHT)
Selection = QTextEdit.ExtraSelection


def stale_colours(page: Palette) -> dict[int, QColor]:
    """Each colour the other palettes give text, mapped to what it is on `page`."""
    found: dict[int, QColor] = {}
    for other in PALETTES:
        for name in COLOURED:
            old, new = QColor(getattr(other, name)), QColor(getattr(page, name))
            if old != new:
                found[old.rgb()] = new
    return found


def repaint_block(block: QTextBlock, stale: dict[int, QColor]) -> list[Selection]:
    """Selections painting the paragraph's stale runs in the page's colours."""
    found = []
    for run in block.textFormats():
        brush = run.format.foreground()
        fresh = stale.get(brush.color().rgb()) if brush.style() != Qt.BrushStyle.NoBrush else None
        if fresh is None:
            continue
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + run.start)
        cursor.setPosition(
            block.position() + run.start + run.length, QTextCursor.MoveMode.KeepAnchor
        )
        look = QTextCharFormat()
        look.setForeground(QBrush(fresh))
        if run.format.fontUnderline():
            look.setUnderlineColor(fresh)
        selection = Selection()
        selection.cursor, selection.format = cursor, look
        found.append(selection)
    return found


class Recolour(QObject):
    """Keeps the overlay of one editor: `selections`, for the editor to show with its own;
    `changed` when they change."""

    changed = Signal()

    def __init__(self, editor: QTextEdit, text: QTextDocument) -> None:
        super().__init__(editor)
        self.text = text
        self.selections: list[Selection] = []
        self.stale: dict[int, QColor] = {}
        self.following = False

    def refresh(self) -> None:
        """Read the whole text again for runs coloured for another palette (at a switch)."""
        self.stale = stale_colours(looks.page_palette())
        self.selections = []
        block = self.text.begin()
        while block.isValid():
            self.selections += repaint_block(block, self.stale)
            block = block.next()
        if self.selections and not self.following:
            self.following = True
            self.text.contentsChange.connect(self._touched)
        self.changed.emit()

    def _touched(self, position: int, removed: int, added: int) -> None:
        """Read again only the paragraphs the edit touched; drop what it emptied."""
        if not self.selections:
            return
        last = self.text.characterCount() - 1
        first = self.text.findBlock(max(0, min(position, last)))
        final = self.text.findBlock(max(0, min(position + added, last)))
        start, end = first.position(), final.position() + final.length()
        kept = [
            s
            for s in self.selections
            if s.cursor.hasSelection() and not start <= s.cursor.selectionStart() < end
        ]
        block = first
        while block.isValid() and block.position() < end:
            kept += repaint_block(block, self.stale)
            block = block.next()
        self.selections = kept
        self.changed.emit()
