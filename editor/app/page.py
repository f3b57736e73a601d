"""What the surface paints over the text: the page's marginalia.

A discreet label in the left margin names each paragraph's kind (plain paragraphs only where the
cursor is, so the margin stays quiet) and the language of one written in another than the
article's ("EN" beside an English quote, always shown); the section path, byline and dateline
sit above the copy like a folio; a pull quote gets its rule; an empty part says what belongs
there. Only visible paragraphs are visited, so painting costs the same on a brief and on a
100 000-word investigation.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
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
from editor.app.guard import instead, instead_made
from editor.app.looks import GUTTER, SANS, TOP_MARGIN
from editor.formats.newsml_text import dateline_date
from editor.formats.wording import BYLINE_PREFIX, words_for
from editor.model.article import Meta

LABEL_GAP = 22.0
"""Space between a margin label and the column."""
RULE_X = 4.0
"""Where a pull quote's rule stands, from the column's left edge."""


def _label_font(zoom: float = 1.0) -> QFont:
    font = looks.font(SANS, 6.8 * zoom, 600)
    font.setCapitalization(QFont.Capitalization.AllUppercase)
    font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 0.9 * zoom)
    return font


@dataclass(frozen=True, slots=True)
class MarginNote:
    """A change bar beside a paragraph, in its author's colour, and a word under the label."""

    colour: QColor
    text: str = ""


MarginNotes = Callable[[QTextBlock], MarginNote | None]
"""A paragraph's change bar and word under its label, if any (`review_marks`)."""


def foreign_tag(block: QTextBlock, language: str) -> str:
    """The paragraph's own language when it is not the article's ("EN"), else ""."""
    lang = bridge.lang_of(block)
    return lang.upper() if lang and lang.lower() != language.lower() else ""


class PagePainter:
    """Paints the marginalia of one editor; holds the fonts so a paint allocates nothing."""

    def __init__(self, editor: QTextEdit) -> None:
        self.editor = editor
        self.notes: MarginNotes | None = None
        self._first = -1
        """The paragraph the last paint started from (`first_below`'s hint)."""
        self.zoom_to(1.0)

    def zoom_to(self, zoom: float) -> None:
        """The marginalia at the page's zoom: the layout scales the text and its margins, the
        painter scales what it adds beside them (a factor, 1.0 at actual size)."""
        self.zoom = zoom
        self.label_font = _label_font(zoom)
        self.label_metrics = QFontMetricsF(self.label_font)
        self.section_font = looks.font(SANS, 7.6 * zoom, 700)
        self.section_font.setCapitalization(QFont.Capitalization.AllUppercase)
        self.section_font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1.3 * zoom)
        self.credit_font = looks.font(SANS, 8.0 * zoom)
        self.credit_metrics = QFontMetricsF(self.credit_font)

    def paint(
        self,
        painter: QPainter,
        clip: QRect,
        section: Sequence[str],
        credit: str = "",
        language: str = "",
    ) -> None:
        """`credit`: the byline and dateline, set at the right of the section's row;
        `language`: the article's, beside which a block's own is tagged in the margin."""
        editor = self.editor
        dx = -editor.horizontalScrollBar().value()
        dy = -editor.verticalScrollBar().value()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        z = self.zoom
        if (section or credit) and clip.top() < TOP_MARGIN * z + dy:
            self.section(painter, section, dx, dy, credit)
        layout = editor.document().documentLayout()
        current = editor.textCursor().block()
        first = first_below(editor.document(), max(0, clip.top()) - dy, self._first)
        self._first = first.blockNumber()
        block = _start_of_unit(first)
        margin = clip.left() < (GUTTER - 6) * z + dx + 1  # the labels and change bars
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
                self.block(painter, block, rect, block == current, dx, language, margin)
            block = block.next()

    def section(
        self, painter: QPainter, section: Sequence[str], dx: int, dy: int, credit: str = ""
    ) -> None:
        """The row above the copy: the section path, and the byline and dateline at its
        right, as a proof's folio carries them."""
        z = self.zoom
        left = GUTTER * z + dx
        baseline = (TOP_MARGIN - 30) * z + dy
        width = self.editor.document().textWidth() - (GUTTER + looks.RIGHT_MARGIN) * z
        path = "  ›  ".join(section)
        painter.setFont(self.section_font)
        painter.setPen(looks.colour("muted"))
        painter.drawText(QPointF(left, baseline), path)
        if section:
            self.label(painter, labels.kind_name("section"), baseline, dx)
        if credit:
            used = QFontMetricsF(self.section_font).horizontalAdvance(path + "    ")
            shown = self.credit_metrics.elidedText(
                credit, Qt.TextElideMode.ElideRight, max(0.0, width - used)
            )
            painter.setFont(self.credit_font)
            right = left + width - self.credit_metrics.horizontalAdvance(shown)
            painter.drawText(QPointF(right, baseline), shown)
        painter.setPen(looks.colour("rule"))
        rule = baseline + 11 * z
        painter.drawLine(QPointF(left, rule), QPointF(left + width, rule))

    def block(
        self,
        painter: QPainter,
        block: QTextBlock,
        rect: QRectF,
        current: bool,
        dx: int,
        language: str = "",
        margin: bool = True,
    ) -> None:
        """`margin`: whether the repainted area reaches the margin's column; a caret's
        blink or a line of the text does not, and the labels there are not set again."""
        kind, role = bridge.kind_of(block), bridge.role_of(block)
        if not kind:
            return
        line = block.layout().lineAt(0)
        if role == bridge.PICTURE or not line.isValid():
            baseline = rect.top() + self.label_metrics.ascent() + 2 * self.zoom
        else:
            baseline = rect.top() + line.y() + line.ascent()
        if kind == "pullquote" and role == bridge.TEXT:
            self.rule(painter, block, dx, rect.top() - block.layout().position().y())
        if kind == "author_bio" and bridge.kind_of(block.previous()) != "author_bio":
            painter.setPen(looks.colour("muted"))
            above = block.blockFormat().topMargin() * self.zoom  # the margin is above the rect
            top = rect.top() - above / 2
            painter.drawLine(QPointF(rect.left(), top), QPointF(rect.left() + 40 * self.zoom, top))
        if not margin:
            if block.length() <= 1 and (role or kind != "paragraph" or current):
                self.placeholder(painter, block, rect, baseline, kind, role)
            return
        named = (self.label_text(kind, role, current), foreign_tag(block, language))
        lines = [text for text in named if text]
        for n, text in enumerate(lines):  # the language under the kind: both fit the gutter
            self.label(painter, text, baseline + n * self.label_metrics.lineSpacing(), dx, current)
        note = self.notes(block) if self.notes is not None else None
        if note is not None:
            self.change_bar(
                painter,
                block,
                rect,
                note,
                baseline + len(lines) * self.label_metrics.lineSpacing(),
                dx,
            )
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
        z = self.zoom
        top = frame_top + (fmt.topMargin() + 3) * z
        bottom = frame_top + height - (fmt.bottomMargin() + 2) * z
        rule = QRectF((GUTTER + RULE_X) * z + dx, top, 3 * z, bottom - top)
        painter.fillRect(rule, looks.colour("accent"))

    def change_bar(
        self,
        painter: QPainter,
        block: QTextBlock,
        rect: QRectF,
        note: MarginNote,
        baseline: float,
        dx: int,
    ) -> None:
        """A bar down the changed block beside its text, and the note under its label, in
        the author's colour (as Word's change bars)."""
        z = self.zoom
        unit = bridge.unit_of(block)
        bottom = rect.bottom()
        if unit is not None and unit.last != block:
            layout = self.editor.document().documentLayout()
            last = layout.blockBoundingRect(unit.last)
            bottom = last.bottom() + rect.top() - layout.blockBoundingRect(block).top()
        x = (GUTTER - 8) * z + dx
        painter.fillRect(
            QRectF(x, rect.top() + 2 * z, 2 * z, bottom - rect.top() - 4 * z), note.colour
        )
        if note.text:
            painter.setFont(self.label_font)
            painter.setPen(note.colour)
            right = (GUTTER - LABEL_GAP) * z + dx
            for line in self.note_lines(note.text, right - dx - 4 * z):
                width = self.label_metrics.horizontalAdvance(line)
                painter.drawText(QPointF(right - width, baseline), line)
                baseline += self.label_metrics.lineSpacing()

    def note_lines(self, text: str, room: float) -> list[str]:
        """The note in lines that fit the margin ("avant : paragraphe" is wider than the
        gutter in French): words are carried to the next line, none is cut."""
        lines: list[str] = []
        for word in text.split(" "):
            joined = f"{lines[-1]} {word}" if lines else word
            if lines and self.label_metrics.horizontalAdvance(joined) <= room:
                lines[-1] = joined
            else:
                lines.append(word)
        return lines

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
        painter.drawText(QPointF((GUTTER - LABEL_GAP) * self.zoom + dx - width, baseline), text)

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
        font.setPointSizeF(font.pointSizeF() * self.zoom)
        font.setItalic(True)
        painter.setFont(font)
        painter.setPen(looks.colour("faint"))
        left = rect.left() + block.blockFormat().leftMargin() * self.zoom
        available = QRectF(left, rect.top(), rect.width(), rect.height())
        elided = QFontMetricsF(font).elidedText(
            text, Qt.TextElideMode.ElideRight, available.width()
        )
        painter.drawText(QPointF(left, baseline), elided)


class FittedPictures(QPyTextObject):
    """Draws a picture at the size the bridge gave it, or narrower when the column is (a
    window made narrow), so an image never runs off the page."""

    @instead_made(QSizeF)
    def intrinsicSize(  # noqa: N802
        self, document: QTextDocument, position: int, fmt: QTextFormat
    ) -> QSizeF:
        picture = fmt.toImageFormat()
        width, height = picture.width(), picture.height()
        if width <= 0 or height <= 0:
            image = self._image(document, picture.name())
            width, height = float(image.width()), float(image.height())
        zoom = float(getattr(self.parent(), "zoom", 1.0))  # the editor's, when it has one
        width, height = width * zoom, height * zoom
        column = document.textWidth() - (GUTTER + looks.RIGHT_MARGIN) * zoom
        scale = min(1.0, column / width) if width > 0 and column > 0 else 1.0
        return QSizeF(width * scale, height * scale)

    @instead(None)
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


def credit_line(meta: Meta) -> str:
    """The byline and dateline as the copy's language writes them: "Par Camille Roux ·
    Lyon, 1er février 2025"; empty when the article has neither."""
    language = meta.language
    parts = []
    if meta.byline.strip():
        parts.append(words_for(BYLINE_PREFIX, language) + meta.byline.strip())
    place = meta.dateline.place.strip()
    day = meta.dateline.date
    when = dateline_date(day, language) if day is not None else ""
    dateline = ", ".join(part for part in (place, when) if part)
    if dateline:
        parts.append(dateline)
    return " · ".join(parts)


def first_below(document: QTextDocument, y: float, hint: int = -1) -> QTextBlock:
    """The first paragraph whose box reaches `y` (document coordinates) or below, found by
    halving over the paragraphs' boxes, which go down the page in reading order. Qt's own hit
    test walks the whole text for a point above the first line (the page's top margin): 1.5
    ms at 100 000 words, at every paint of the page's top, so at every key typed there. A
    paragraph not laid out yet counts as below: the painter stops there. `hint`: the number
    of the paragraph found last time, checked first (two boxes instead of a dozen): the
    caret's blink and a colleague's keys repaint the same lines paint after paint."""
    layout = document.documentLayout()

    def below(number: int) -> bool:
        rect = layout.blockBoundingRect(document.findBlockByNumber(number))
        return rect.isNull() or rect.bottom() >= y

    count = document.blockCount()
    if 0 <= hint < count and below(hint) and (hint == 0 or not below(hint - 1)):
        return document.findBlockByNumber(hint)
    low, high = 0, count - 1
    while low < high:
        middle = (low + high) // 2
        if below(middle):
            high = middle
        else:
            low = middle + 1
    return document.findBlockByNumber(low)


def _start_of_unit(block: QTextBlock) -> QTextBlock:
    """Back up to the first paragraph of a composite block, so its rule starts on time."""
    while bridge.role_of(block) and bridge.role_of(block.previous()):
        block = block.previous()
    return block
