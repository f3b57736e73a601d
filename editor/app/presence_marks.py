"""The others in a shared article, on the page: each one's caret in their colour, with their
name above it, and where this writer's own caret is, told to them.

A layer over the page's viewport (a child of the surface, not of the viewport, which moves
its children when it scrolls), transparent to the mouse, painted from the peers' cursors as
presence gives them: a block id and offsets in code points, turned into Qt's position from
the paragraph's own text, so a caret after an emoji lands after it. Nothing here is a format
or an extra selection: a colleague's caret is never an edit, nor a shade another tool owns.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QTextCursor
from PySide6.QtWidgets import QWidget

from editor.app import bridge
from editor.app.surface import Surface
from editor.app.together import SharedArticle, hint_of, unit_of_id
from editor.coedit.offsets import char_from_utf16, utf16_index
from editor.coedit.presence import Cursor, Peer


@dataclass(frozen=True)
class Caret:
    """A peer's caret as drawn: the name, the colour, the caret's rectangle in the viewport."""

    name: str
    colour: str
    rect: QRect


class PresenceMarks(QWidget):
    """Draws the peers' carets over `surface`; tells the room where this writer's caret is."""

    def __init__(self, surface: Surface, shared: SharedArticle) -> None:
        super().__init__(surface)
        self.setObjectName("presenceMarks")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._surface = surface
        self._shared = shared
        shared.peers_changed.connect(lambda _: self.update())
        surface.document().contentsChange.connect(lambda *_: self.update())
        surface.verticalScrollBar().valueChanged.connect(lambda _: self.update())
        surface.cursorPositionChanged.connect(self._tell_own)
        surface.selectionChanged.connect(self._tell_own)
        surface.viewport().installEventFilter(self)
        self._fit()
        self.show()

    def carets(self) -> list[Caret]:
        found: list[Caret] = []
        for peer in self._shared.peers:
            rect = self._rect(peer)
            if rect is not None:
                found.append(Caret(peer.user.name, peer.user.colour, rect))
        return found

    def _rect(self, peer: Peer) -> QRect | None:
        if peer.cursor is None:
            return None
        text = self._surface.document()
        document = self._shared.document
        unit = unit_of_id(text, peer.cursor.block, hint_of(document, peer.cursor.block))
        if unit is None or unit.frame is not None:
            return None
        page = unit.first.text()
        offset = min(peer.cursor.head, len(page))
        cursor = QTextCursor(text)
        cursor.setPosition(unit.first.position() + utf16_index(page, offset))
        return self._surface.cursorRect(cursor)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def _fit(self) -> None:
        self.setGeometry(self._surface.viewport().geometry())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        metrics = QFontMetrics(self.font())
        for caret in self.carets():
            colour = QColor(caret.colour)
            rect = caret.rect
            painter.fillRect(QRect(rect.left(), rect.top(), 2, rect.height()), colour)
            label = metrics.boundingRect(caret.name).adjusted(-3, -1, 3, 1)
            label.moveBottomLeft(QPoint(rect.left(), rect.top() - 1))
            painter.fillRect(label, colour)
            painter.setPen(Qt.GlobalColor.white)
            painter.drawText(label, Qt.AlignmentFlag.AlignCenter, caret.name)
        painter.end()

    def _tell_own(self) -> None:
        cursor = self._surface.textCursor()
        head = cursor.block()
        unit = bridge.unit_of(head)
        if unit is None or unit.frame is not None or not unit.id:
            self._shared.set_cursor(None)
            return
        page = head.text()
        at = char_from_utf16(page, cursor.positionInBlock())
        anchor = at
        if cursor.hasSelection():
            other = self._surface.document().findBlock(cursor.anchor())
            if other == head:
                anchor = char_from_utf16(page, cursor.anchor() - head.position())
        self._shared.set_cursor(Cursor(unit.id, anchor, at))
