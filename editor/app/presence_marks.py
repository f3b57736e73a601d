"""The others in a shared article, on the page: each one's caret in their colour, with their
name above it, and their selection shaded in it; where this writer's own caret and selection
are, told to them.

A layer over the page's viewport (a child of the surface, not of the viewport, which moves
its children when it scrolls), transparent to the mouse, painted from the peers' cursors as
presence gives them: a block id and offsets in code points, turned into Qt's position from
the paragraph's own text, so a caret after an emoji lands after it. Nothing here is a format
or an extra selection: a colleague's caret is never an edit, nor a shade another tool owns.

Presence places a cursor in the head's block (its anchor and head in that block's text), and
a selection reaching over several paragraphs names its anchor's block and offset too (the
room's layout documents it): it is shaded from end to end, the paragraphs on screen only, so
a colleague selecting a whole long read costs the page no more than a screenful. From a peer
that sends the head's block alone it is shaded in that paragraph, as that peer tells it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QRegion,
    QTextBlock,
    QTextCursor,
    QTextLine,
)
from PySide6.QtWidgets import QWidget

from editor.app import bridge
from editor.app.guard import guarded, instead
from editor.app.page import first_below
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


@dataclass(frozen=True)
class Shade:
    """A peer's selection as drawn: the range on the page (Qt positions, `start` < `end`),
    its part in each paragraph on screen (`parts`, Qt positions, in reading order) and one
    rectangle in the viewport for each line those parts cover."""

    name: str
    colour: str
    start: int
    end: int
    parts: tuple[tuple[int, int], ...]
    rects: tuple[QRect, ...]


SHADE_ALPHA = 70
"""How strongly a colleague's selection tints the copy under it: the words stay legible."""


class PresenceMarks(QWidget):
    """Draws the peers' carets and selections over `surface`; tells the room where this
    writer's caret and selection are."""

    def __init__(self, surface: Surface, shared: SharedArticle) -> None:
        super().__init__(surface)
        self.setObjectName("presenceMarks")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._surface = surface
        self._shared = shared
        self._painted = QRegion()
        self._placed: tuple[tuple[object, ...], tuple[list[Caret], list[Shade]]] | None = None
        """The marks last placed, and for what page (`_page`): every paint until the page
        changes draws them without placing them again. The writer's own caret blinks twice a
        second, and each blink repaints its few pixels of the page and this layer above
        them: placing a colleague's selection again measured its lines and looked for the
        paragraphs in view, 0.6 ms of the blink's 1 ms on a long read."""
        self._due = False
        self._soon = QTimer(self, singleShot=True, interval=0)
        """A timer of this child of the page, never `QTimer.singleShot(0, self, method)`, which
        PySide keeps with the window when the window goes first (see LanguageFollower)."""
        self._soon.timeout.connect(self._refresh)
        shared.peers_changed.connect(lambda _: self._refresh_soon())
        surface.document().contentsChange.connect(lambda *_: self._refresh_soon())
        surface.verticalScrollBar().valueChanged.connect(lambda _: self.update())
        surface.cursorPositionChanged.connect(self._tell_own)
        surface.selectionChanged.connect(self._tell_own)
        surface.viewport().installEventFilter(self)
        self._fit()
        self.show()

    def carets(self) -> list[Caret]:
        """The others' carets in sight (`_in_sight`), in the order they came."""
        return self._marks()[0]

    def shades(self) -> list[Shade]:
        """The others' selections (a caret alone has none), in the order they came."""
        return self._marks()[1]

    def _page(self) -> tuple[object, ...]:
        """What the marks' places depend on besides the peers: the text, its layout's size,
        the scrolling and the layer's size."""
        surface = self._surface
        return (
            self._shared.peers,
            surface.document().revision(),
            surface.document().documentLayout().documentSize(),
            surface.horizontalScrollBar().value(),
            surface.verticalScrollBar().value(),
            self.size(),
        )

    def _marks(self) -> tuple[list[Caret], list[Shade]]:
        carets: list[Caret] = []
        shades: list[Shade] = []
        for peer in self._shared.peers:
            span = self._span(peer)
            if span is None:
                continue
            anchor, head = span
            name, colour = peer.user.name, peer.user.colour
            if self._in_sight(head):
                cursor = QTextCursor(self._surface.document())
                cursor.setPosition(head)
                carets.append(Caret(name, colour, self._surface.cursorRect(cursor)))
            if anchor != head:
                start, end = min(anchor, head), max(anchor, head)
                parts: list[tuple[int, int]] = []
                rects: list[QRect] = []
                for block in self._on_screen(start, end):
                    begin = max(start, block.position())
                    finish = min(end, block.position() + block.length() - 1)
                    if begin < finish:
                        parts.append((begin, finish))
                        lines = self._line_rects(block, begin, finish)
                        rects += (line for line in lines if line.intersects(self.rect()))
                shades.append(Shade(name, colour, start, end, tuple(parts), tuple(rects)))
        return carets, shades

    def _in_sight(self, position: int) -> bool:
        """Whether the paragraph holding page position `position` shows in the viewport, or
        close enough below it that a caret's name tag, above the caret, may. A colleague
        typing in another part of a long article is no caret on the screen: placing it
        measured her line (shaped again, as a cursor placed outside an edit does) and her
        name, some 0.1 ms of each of her keys, for nothing drawn. Scrolling repaints the
        layer, which places the marks again."""
        surface = self._surface
        text = surface.document()
        box = text.documentLayout().blockBoundingRect(text.findBlock(position))
        top = surface.verticalScrollBar().value()
        bottom = top + surface.viewport().height() + 2 * self.fontMetrics().height()
        return box.bottom() >= top and box.top() <= bottom

    def _span(self, peer: Peer) -> tuple[int, int] | None:
        """The peer's anchor and head as Qt positions on the page; the anchor in its own
        paragraph when presence names one that is on the page, else in the head's."""
        if peer.cursor is None:
            return None
        head = self._place(peer.cursor.block, peer.cursor.head)
        if head is None:
            return None
        anchor = None
        if peer.cursor.anchor_block is not None:
            anchor = self._place(peer.cursor.anchor_block, peer.cursor.anchor_offset)
        elif peer.cursor.anchor == peer.cursor.head:  # a caret: its head placed once
            return head, head
        if anchor is None:
            anchor = self._place(peer.cursor.block, peer.cursor.anchor)
        return (head if anchor is None else anchor), head

    def _place(self, block_id: str, offset: int) -> int | None:
        """The Qt position of code point `offset` in paragraph `block_id`, None when the block
        is not a paragraph on the page (gone, or a composite's)."""
        text, document = self._surface.document(), self._shared.document
        unit = unit_of_id(text, block_id, hint_of(document, block_id), self._shared.places)
        if unit is None or unit.frame is not None:
            return None
        page = unit.first.text()
        return unit.first.position() + utf16_index(page, min(offset, len(page)))

    def _on_screen(self, start: int, end: int) -> Iterator[QTextBlock]:
        """The paragraphs between page positions `start` and `end` that the viewport shows."""
        surface = self._surface
        text = surface.document()
        layout = text.documentLayout()
        top = surface.verticalScrollBar().value()
        bottom = top + surface.viewport().height()
        block = text.findBlock(start)
        first = first_below(text, top)  # Qt's hit test of a point walks the whole text
        if first.position() > block.position():
            block = first
        while block.isValid() and block.position() <= end:
            box = layout.blockBoundingRect(block)
            if box.isNull() or box.top() > bottom:
                break
            yield block
            block = block.next()

    def _line_rects(self, block: QTextBlock, start: int, end: int) -> list[QRect]:
        """A rectangle per line of `block` between page positions `start` and `end`, in the
        viewport's coordinates, as Qt lays the paragraph out."""
        layout = block.layout()
        origin = self._surface.document().documentLayout().blockBoundingRect(block).topLeft()
        scrolled = QPoint(
            self._surface.horizontalScrollBar().value(), self._surface.verticalScrollBar().value()
        )
        first, last = start - block.position(), end - block.position()
        rects: list[QRect] = []
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            begin = max(first, line.textStart())
            finish = min(last, line.textStart() + line.textLength())
            if begin >= finish:
                continue
            left, right = _x_of(line, begin), _x_of(line, finish)
            area = QRectF(min(left, right), line.y(), abs(right - left), line.height())
            rects.append(area.translated(origin).toAlignedRect().translated(-scrolled))
        return rects

    @instead(False)
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def _fit(self) -> None:
        self.setGeometry(self._surface.viewport().geometry())

    def _refresh_soon(self) -> None:
        """Once the event loop turns: a remote keystroke changes the text, then the colleague's
        caret, and the marks are placed once for both, outside the keystroke's own work."""
        if not self._due:
            self._due = True
            self._soon.start()

    def _refresh(self) -> None:
        """Repaint where the marks were and where they are now, not the page: the layer is
        transparent, so each of its repaints paints the page under it again, and on a long
        article a whole page at every keystroke (the writer's or a colleague's) is the
        keystroke's largest cost. The copy edited under a mark is repainted by the page."""
        self._due = False
        self._place_marks(self._page())

    def _place_marks(
        self, page: tuple[object, ...], painting: QRegion | None = None
    ) -> tuple[list[Caret], list[Shade]]:
        """The marks placed for `page`, and where they were and are now asked to be
        repainted when they moved, beyond `painting` (the region a paint under way draws)."""
        marks = self._marks()
        self._placed = (page, marks)
        now = self._region(marks)
        if now != self._painted:
            stale = now.united(self._painted)
            if painting is not None:
                stale = stale.subtracted(painting)
            if not stale.isEmpty():
                self.update(stale)
            self._painted = now
        return marks

    def _region(self, marks: tuple[list[Caret], list[Shade]] | None = None) -> QRegion:
        carets, shades = marks or self._marks()
        region = QRegion()
        if not carets and not shades:  # a colleague typing out of sight: at each of her keys
            return region
        metrics = QFontMetrics(self.font())
        for caret in carets:
            region += QRect(caret.rect.left(), caret.rect.top(), 2, caret.rect.height())
            region += _label_rect(metrics, caret)
        for shade in shades:
            for rect in shade.rects:
                region += rect
        return region

    @guarded
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        page = self._page()
        placed = self._placed
        if placed is not None and placed[0] == page:
            carets, shades = placed[1]
        else:  # the page changed before the refresh came (a scroll, a resize)
            carets, shades = self._place_marks(page, event.region())
        if not self._painted.intersects(event.region()):
            return  # the page repainted beside the marks: a blink, a key elsewhere
        painter = QPainter(self)
        for shade in shades:
            tint = QColor(shade.colour)
            tint.setAlpha(SHADE_ALPHA)
            for rect in shade.rects:
                painter.fillRect(rect, tint)
        metrics = QFontMetrics(self.font())
        for caret in carets:
            colour = QColor(caret.colour)
            rect = caret.rect
            painter.fillRect(QRect(rect.left(), rect.top(), 2, rect.height()), colour)
            label = _label_rect(metrics, caret)
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
        anchor, far = at, None
        if cursor.hasSelection():  # its part in the head's paragraph, for older readers
            within = min(max(cursor.anchor() - head.position(), 0), head.length() - 1)
            anchor = char_from_utf16(page, within)
            far = _far_anchor(self._surface.document().findBlock(cursor.anchor()), head)
        if far is None:
            self._shared.set_cursor(Cursor(unit.id, anchor, at))
            return
        other, in_other = far
        offset = char_from_utf16(other.text(), cursor.anchor() - other.position())
        self._shared.set_cursor(Cursor(unit.id, anchor, at, in_other, offset))


def _far_anchor(block: QTextBlock, head: QTextBlock) -> tuple[QTextBlock, str] | None:
    """The anchor's paragraph and its block id, when it is a paragraph other than the head's
    (an anchor in a composite, a spacer, stays told the older way: from the head's paragraph)."""
    if block == head:
        return None
    unit = bridge.unit_of(block)
    if unit is None or unit.frame is not None or not unit.id:
        return None
    return block, unit.id


def _x_of(line: QTextLine, position: int) -> float:
    """Where a caret at `position` of the paragraph stands on `line` (PySide gives the
    position back beside it, typed as a plain object)."""
    found = line.cursorToX(position)
    assert isinstance(found, tuple)
    return float(found[0])


def _label_rect(metrics: QFontMetrics, caret: Caret) -> QRect:
    """The name's tag, above the caret."""
    label = metrics.boundingRect(caret.name).adjusted(-3, -1, 3, 1)
    label.moveBottomLeft(QPoint(caret.rect.left(), caret.rect.top() - 1))
    return label
