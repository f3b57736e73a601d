"""What the surface paints over the text: the page's marginalia.

A discreet label in the left margin names each paragraph's kind (plain paragraphs only where the
cursor is, so the margin stays quiet); the section path sits above the copy like a folio; a
pull quote gets its rule; an empty part says what belongs there. Only visible paragraphs are
visited, so painting costs the same on a brief and on a 100 000-word investigation.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPyTextObject,
    QTextBlock,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QTextEdit

from editor.app import bridge, labels, looks
from editor.app.looks import GUTTER, SANS, TOP_MARGIN

LABEL_GAP = 22.0
"""Space between a margin label and the column."""
RULE_X = 4.0
"""Where a pull quote's rule stands, from the column's left edge."""


def _label_font() -> QFont:
    font = looks.font(SANS, 6.8, 600)
    font.setCapitalization(QFont.Capitalization.AllUppercase)
    font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 0.9)
    return font


class PagePainter:
    """Paints the marginalia of one editor; holds the fonts so a paint allocates nothing."""

    def __init__(self, editor: QTextEdit) -> None:
        self.editor = editor
        self.label_font = _label_font()
        self.label_metrics = QFontMetricsF(self.label_font)
        self.section_font = looks.font(SANS, 7.6, 700)
        self.section_font.setCapitalization(QFont.Capitalization.AllUppercase)
        self.section_font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1.3)

    def paint(self, painter: QPainter, clip: QRect, section: Sequence[str]) -> None:
        editor = self.editor
        dx = -editor.horizontalScrollBar().value()
        dy = -editor.verticalScrollBar().value()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        if section and clip.top() < TOP_MARGIN + dy:
            self.section(painter, section, dx, dy)
        layout = editor.document().documentLayout()
        current = editor.textCursor().block()
        block = editor.cursorForPosition(QPoint(GUTTER + 40 + dx, max(0, clip.top()))).block()
        block = _start_of_unit(block)
        while block.isValid():
            rect = layout.blockBoundingRect(block)
            if rect.isNull():
                # Not laid out yet (after a resize Qt lays a long article out again, a step at
                # a time): nor are those after it, and none is on screen before the next paint.
                # Going on would label thousands of them at the top of the page.
                break
            rect.translate(dx, dy)
            if rect.top() > clip.bottom():
                break
            if rect.bottom() >= clip.top():
                self.block(painter, block, rect, block == current, dx)
            block = block.next()

    def section(self, painter: QPainter, section: Sequence[str], dx: int, dy: int) -> None:
        left = GUTTER + dx
        baseline = TOP_MARGIN - 30 + dy
        painter.setFont(self.section_font)
        painter.setPen(looks.colour("muted"))
        painter.drawText(QPointF(left, baseline), "  ›  ".join(section))
        self.label(painter, labels.kind_name("section"), baseline, dx)
        painter.setPen(looks.colour("rule"))
        width = self.editor.document().textWidth() - GUTTER - looks.RIGHT_MARGIN
        painter.drawLine(QPointF(left, baseline + 11), QPointF(left + width, baseline + 11))

    def block(
        self, painter: QPainter, block: QTextBlock, rect: QRectF, current: bool, dx: int
    ) -> None:
        kind, role = bridge.kind_of(block), bridge.role_of(block)
        if not kind:
            return
        line = block.layout().lineAt(0)
        if role == bridge.PICTURE or not line.isValid():
            baseline = rect.top() + self.label_metrics.ascent() + 2
        else:
            baseline = rect.top() + line.y() + line.ascent()
        if kind == "pullquote" and role == bridge.TEXT:
            self.rule(painter, block, dx, rect.top() - block.layout().position().y())
        if kind == "author_bio" and bridge.kind_of(block.previous()) != "author_bio":
            painter.setPen(looks.colour("muted"))
            top = rect.top() - block.blockFormat().topMargin() / 2  # the margin is above the rect
            painter.drawLine(QPointF(rect.left(), top), QPointF(rect.left() + 40, top))
        name = self.label_text(kind, role, current)
        if name:
            self.label(painter, name, baseline, dx, current)
        if block.length() <= 1 and (role or kind != "paragraph" or current):
            self.placeholder(painter, block, rect, baseline, kind, role)

    def rule(self, painter: QPainter, block: QTextBlock, dx: int, frame_top: float) -> None:
        """The pull quote's rule, down the whole frame (quote and attribution)."""
        frame = bridge.frame_of(block)
        if frame is None:
            return
        layout = self.editor.document().documentLayout()
        height = layout.frameBoundingRect(frame).height()
        fmt = frame.frameFormat()
        top = frame_top + fmt.topMargin() + 3
        bottom = frame_top + height - fmt.bottomMargin() - 2
        painter.fillRect(QRectF(GUTTER + dx + RULE_X, top, 3, bottom - top), looks.colour("accent"))

    @staticmethod
    def label_text(kind: str, role: str, current: bool) -> str:
        if role:
            first = bridge.COMPOSITES.get(kind, ("",))[0]
            return labels.kind_name(kind) if role == first else labels.role_name(role)
        if kind == "paragraph" and not current:
            return ""
        return labels.kind_name(kind)

    def label(
        self, painter: QPainter, text: str, baseline: float, dx: int, current: bool = False
    ) -> None:
        painter.setFont(self.label_font)
        painter.setPen(looks.colour("accent" if current else "faint"))
        width = self.label_metrics.horizontalAdvance(text)
        painter.drawText(QPointF(GUTTER + dx - LABEL_GAP - width, baseline), text)

    def placeholder(
        self,
        painter: QPainter,
        block: QTextBlock,
        rect: QRectF,
        baseline: float,
        kind: str,
        role: str,
    ) -> None:
        text = labels.placeholder(kind, role)
        if not text:
            return
        font = block.charFormat().font()
        font.setItalic(True)
        painter.setFont(font)
        painter.setPen(looks.colour("faint"))
        left = rect.left() + block.blockFormat().leftMargin()
        available = QRectF(left, rect.top(), rect.width(), rect.height())
        elided = QFontMetricsF(font).elidedText(
            text, Qt.TextElideMode.ElideRight, available.width()
        )
        painter.drawText(QPointF(left, baseline), elided)


class FittedPictures(QPyTextObject):
    """Draws a picture at the size the bridge gave it, or narrower when the column is (a
    window made narrow), so an image never runs off the page."""

    def intrinsicSize(  # noqa: N802
        self, document: QTextDocument, position: int, fmt: QTextFormat
    ) -> QSizeF:
        picture = fmt.toImageFormat()
        width, height = picture.width(), picture.height()
        if width <= 0 or height <= 0:
            image = self._image(document, picture.name())
            width, height = float(image.width()), float(image.height())
        column = document.textWidth() - GUTTER - looks.RIGHT_MARGIN
        scale = min(1.0, column / width) if width > 0 and column > 0 else 1.0
        return QSizeF(width * scale, height * scale)

    def drawObject(  # noqa: N802
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        document: QTextDocument,
        position: int,
        fmt: QTextFormat,
    ) -> None:
        image = self._image(document, fmt.toImageFormat().name())
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(QRectF(rect), image)

    @staticmethod
    def _image(document: QTextDocument, name: str) -> QImage:
        found = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        return found if isinstance(found, QImage) else QImage()


def _start_of_unit(block: QTextBlock) -> QTextBlock:
    """Back up to the first paragraph of a composite block, so its rule starts on time."""
    while bridge.role_of(block) and bridge.role_of(block.previous()):
        block = block.previous()
    return block
