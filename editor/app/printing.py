"""File → Print… and Print Preview…: the article on paper as the page shows it.

The sheet is made from the model (`bridge.to_qt`), not the widget, so spelling underlines,
find shading and margin labels stay on screen. It keeps the kinds' looks and the pictures,
adds the metadata rows a proof carries (section above, byline and dateline under the head),
always in the day's colours (a dark desktop must not print light grey on white), on A4 or
Letter by the article's language or else the system's, with the DOCX proof's margins, the
slug at the head of each page and "Page 2 of 5" at its foot.
"""

from __future__ import annotations

from dataclasses import fields
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QMarginsF,
    QPointF,
    QRect,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPyTextObject,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog

from editor.app import bridge, looks, page
from editor.app.guard import instead, instead_made
from editor.model.article import Article

if TYPE_CHECKING:
    from editor.app.main_window import MainWindow

LETTER_REGIONS = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PA", "DO"})
"""Where paper is Letter, as for the DOCX export; A4 everywhere else."""
MARGINS_MM = QMarginsF(32, 22, 32, 22)
"""Left, top, right, bottom: the DOCX proof's page (resources/docx/styles.json)."""
HEAD_KINDS = ("standfirst", "title", "kicker")
"""The byline goes under the first of these found, as in the DOCX export."""


def tr(text: str) -> str:
    return QCoreApplication.translate("Printing", text)


def paper_for(article: Article) -> QPageSize.PageSizeId:
    """Letter where the article's language names such a region (en-US), or, when it names
    none, where the system's locale is; A4 elsewhere."""
    parts = (article.meta.language or "").strip().split("-")[1:]
    region = next((p.upper() for p in parts if len(p) == 2 and p.isalpha()), "")
    if not region:
        region = QLocale.territoryToCode(QLocale.system().territory()).upper()
    return QPageSize.PageSizeId.Letter if region in LETTER_REGIONS else QPageSize.PageSizeId.A4


def set_up(printer: QPrinter, article: Article, title: str) -> None:
    """The paper and margins for this article, before the user sees the dialog."""
    layout = QPageLayout(
        QPageSize(paper_for(article)),
        QPageLayout.Orientation.Portrait,
        MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )
    printer.setPageLayout(layout)
    printer.setDocName(title)
    printer.setCreator("Copydesk")


# -- the sheet ---------------------------------------------------------------------------------


DAY_COLOURS = {
    QColor(getattr(looks.NIGHT, f.name)).rgb(): QColor(getattr(looks.PAPER, f.name))
    for f in fields(looks.Palette)
}
"""The night's colours in text made on a dark desktop, and the day's that print instead."""
META_LOOKS = {
    "section": looks.Look(looks.SANS, 8.0, 700, colour="muted", capitals=True, tracking=1.0,
                          line_height=130, bottom=10),
    "byline": looks.Look(looks.SANS, 9.5, 700, line_height=130, top=4, bottom=2),
    "dateline": looks.Look(looks.SANS, 9.0, colour="muted", line_height=130, bottom=14),
}  # fmt: skip
"""The metadata rows of the proof: section above the copy, byline and dateline under the head."""


def sheet(article: Article) -> QTextDocument:
    """The article as it prints: the page's looks in the day's colours, with its metadata."""
    document = bridge.to_qt(article)
    document.setUndoRedoEnabled(False)
    root = document.rootFrame()
    fmt = root.frameFormat()
    for side in (fmt.setLeftMargin, fmt.setRightMargin, fmt.setTopMargin, fmt.setBottomMargin):
        side(0)
    root.setFrameFormat(fmt)
    document.setDocumentMargin(0)
    _day_colours(document)
    meta = article.meta
    head = next((b for k in HEAD_KINDS for b in _blocks(document) if bridge.kind_of(b) == k), None)
    rows = [
        (kind, text)
        for kind, text in (("byline", meta.byline), ("dateline", _dateline(article)))
        if text
    ]
    if head is not None:
        cursor = QTextCursor(head)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        for kind, text in rows:
            _row(cursor, kind, text, after=True)
    else:  # no head: the rows open the page
        for kind, text in reversed(rows):
            _row(QTextCursor(document), kind, text, after=False)
    if meta.section:
        _row(QTextCursor(document), "section", "  ›  ".join(meta.section), after=False)
    document.documentLayout().registerHandler(
        int(QTextFormat.ObjectTypes.ImageObject), PrintedPictures(document)
    )
    return document


def _blocks(document: QTextDocument) -> list[QTextBlock]:
    found, block = [], document.begin()
    while block.isValid():
        found.append(block)
        block = block.next()
    return found


def _day_colours(document: QTextDocument) -> None:
    """Runs coloured for the night (the kicker's red, muted parts, links) in the day's."""
    cursor = QTextCursor(document)
    for block in _blocks(document):
        for fragment in bridge.fragments(block):
            brush = fragment.charFormat().foreground()
            day = (
                DAY_COLOURS.get(brush.color().rgb())
                if brush.style() != Qt.BrushStyle.NoBrush
                else None
            )
            if day is not None:
                cursor.setPosition(fragment.position())
                cursor.setPosition(
                    fragment.position() + fragment.length(), cursor.MoveMode.KeepAnchor
                )
                change = QTextCharFormat()
                change.setForeground(QBrush(day))
                change.setUnderlineColor(day)
                cursor.mergeCharFormat(change)


def _row(cursor: QTextCursor, kind: str, text: str, after: bool) -> None:
    """A metadata paragraph after the cursor's paragraph (or before it)."""
    look = META_LOOKS[kind]
    block_fmt = QTextBlockFormat()
    block_fmt.setTopMargin(look.top)
    block_fmt.setBottomMargin(look.bottom)
    char_fmt = QTextCharFormat()
    char_fmt.setFont(looks.font(look.family, look.size, look.weight))
    char_fmt.setForeground(QBrush(QColor(getattr(looks.PAPER, look.colour))))
    if look.capitals:
        char_fmt.setFontCapitalization(QFont.Capitalization.AllUppercase)
    if look.tracking:
        char_fmt.setFontLetterSpacingType(QFont.SpacingType.AbsoluteSpacing)
        char_fmt.setFontLetterSpacing(look.tracking)
    if after:
        cursor.insertBlock(block_fmt, char_fmt)
        cursor.insertText(text, char_fmt)
        return
    cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
    kept_block, kept_char = cursor.blockFormat(), cursor.blockCharFormat()
    cursor.insertBlock(kept_block, kept_char)  # the text moves down, an empty line stays above
    cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock)
    cursor.setBlockFormat(block_fmt)
    cursor.setBlockCharFormat(char_fmt)
    cursor.insertText(text, char_fmt)


def _dateline(article: Article) -> str:
    from editor.formats.docx import format_dateline  # python-docx: only when printing

    return format_dateline(article.meta)


class PrintedPictures(QPyTextObject):
    """Pictures at the size the page shows them, narrowed to the printed column."""

    @instead_made(QSizeF)
    def intrinsicSize(  # noqa: N802
        self, document: QTextDocument, position: int, fmt: QTextFormat
    ) -> QSizeF:
        picture = fmt.toImageFormat()
        image = self._image(document, picture.name())
        device = document.documentLayout().paintDevice()
        dots = device.logicalDpiX() / 96 if device is not None else 1.0  # the page's pixels
        width = (picture.width() or float(image.width())) * dots
        height = (picture.height() or float(image.height())) * dots
        column = document.textWidth() - 2
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
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(QRectF(rect), self._image(document, fmt.toImageFormat().name()))

    @staticmethod
    def _image(document: QTextDocument, name: str) -> QImage:
        found = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        return found if isinstance(found, QImage) else QImage()


# -- pages -------------------------------------------------------------------------------------


def render(article: Article, printer: QPrinter, slug: str) -> int:
    """Lay the article out on the printer's pages and paint them; the number of pages."""
    document = sheet(article)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    area = printer.pageLayout().paintRectPixels(printer.resolution())
    small = looks.font(looks.SANS, 7.5)
    metrics = QFontMetricsF(small, printer)
    band = metrics.height() * 2.6
    body = QSizeF(area.width(), area.height() - 2 * band)
    document.documentLayout().setPaintDevice(printer)
    document.setPageSize(body)
    count = document.pageCount()
    colours = QPalette()
    colours.setColor(QPalette.ColorRole.Text, QColor(looks.PAPER.ink))
    for number in range(count):
        if number:
            printer.newPage()
        painter.save()
        painter.translate(0, band - number * body.height())
        clip = QRectF(QPointF(0, number * body.height()), body)
        painter.setClipRect(clip)
        context = document.documentLayout().PaintContext()
        context.clip = clip
        context.palette = colours
        document.documentLayout().draw(painter, context)
        _rules(painter, document)
        painter.restore()
        _margins(painter, small, metrics, area.width(), area.height(), slug, number + 1, count)
    painter.end()
    return count


def _rules(painter: QPainter, document: QTextDocument) -> None:
    """The pull quotes' red rule down their left edge, as on the page."""
    layout = document.documentLayout()
    device = layout.paintDevice()
    dots = device.logicalDpiX() / 96 if device is not None else 1.0
    for block in _blocks(document):
        frame = bridge.frame_of(block)
        if (
            frame is None
            or bridge.kind_of(block) != "pullquote"
            or bridge.role_of(block) != bridge.TEXT
        ):
            continue
        box = layout.frameBoundingRect(frame)
        fmt = frame.frameFormat()
        top, bottom = box.top() + fmt.topMargin() * dots, box.bottom() - fmt.bottomMargin() * dots
        rule = QRectF(
            box.left() + page.RULE_X * dots, top + 3 * dots, 3 * dots, bottom - top - 5 * dots
        )
        painter.fillRect(rule, QColor(looks.PAPER.accent))


def _margins(
    painter: QPainter, font: QFont, metrics: QFontMetricsF, width: float, height: float,
    slug: str, page: int, pages: int,
) -> None:  # fmt: skip
    """The slug over a hairline at the head of the page, its number at the foot."""
    painter.setFont(font)
    painter.setPen(QColor(looks.PAPER.muted))
    painter.drawText(QPointF(0, metrics.ascent()), slug)
    rule = metrics.height() * 1.3
    painter.setPen(QColor(looks.PAPER.rule))
    painter.drawLine(QPointF(0, rule), QPointF(width, rule))
    painter.setPen(QColor(looks.PAPER.muted))
    text = tr("Page %1 of %2").replace("%1", str(page)).replace("%2", str(pages))
    painter.drawText(
        QRectF(0, height - metrics.height(), width, metrics.height()),
        int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
        text,
    )


# -- the window's commands ---------------------------------------------------------------------


def slug_of(window: MainWindow) -> str:
    """What heads each page: the slug, else the title, else the file's name."""
    meta = window.document.article
    return meta.meta.slug or meta.title or window.document.title


def printer_of(window: MainWindow) -> QPrinter:
    """The window's printer, kept while it is open so the choices made once stay made."""
    printer = getattr(window, "printer", None)
    if not isinstance(printer, QPrinter):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        set_up(printer, window.document.article, window.document.title)
        window.printer = printer  # type: ignore[attr-defined]
    return printer


def print_article(window: MainWindow) -> QPrintDialog:
    """File → Print…: the system's print dialog, then the pages."""
    printer = printer_of(window)
    printer.setDocName(window.document.title)
    dialog = QPrintDialog(printer, window)
    dialog.setObjectName("printDialog")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: _print_to(window, printer))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog


def _print_to(window: MainWindow, printer: QPrinter) -> None:
    pages = render(window.document.article, printer, slug_of(window))
    if pages:
        said = tr("Printed 1 page") if pages == 1 else tr("Printed %1 pages")
        window.statusBar().showMessage(said.replace("%1", str(pages)), 4000)
    else:
        window.statusBar().showMessage(tr("The printer could not be started."), 8000)


def preview(window: MainWindow) -> QPrintPreviewDialog:
    """File → Print Preview…: the pages as they will print, with Qt's zoom and page setup."""
    printer = printer_of(window)
    dialog = QPrintPreviewDialog(printer, window)
    dialog.setObjectName("printPreview")
    dialog.setWindowTitle(tr("Print Preview — %1").replace("%1", window.document.title))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.paintRequested.connect(
        lambda target: render(window.document.article, target, slug_of(window))
    )
    dialog.resize(900, 1000)
    dialog.open()
    return dialog

