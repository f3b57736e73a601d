"""The editing surface: one `QTextEdit` over the whole article, laid out as a page.

Cursor, selection, copy and paste run across blocks as in a word processor. The keys that
would break a block's structure (Enter, Backspace and Delete at a paragraph's edge, typing
into a frame's spacer or over an image) go to `editing`; everything else is Qt's. Typing is
grouped for undo one word at a time, or at a pause: the first character of a word opens a new
undo level and the rest of the word joins it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QMimeData, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QDesktopServices,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPaintDevice,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextBlock,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QApplication, QMenu, QTextEdit, QWidget

from editor.app import bridge, clipboard, editing, keys, looks, tracked, tracked_structure
from editor.app.document import Document
from editor.app.guard import guarded
from editor.app.page import FittedPictures, MarginNotes, PagePainter, credit_line
from editor.app.recolour import Recolour
from editor.model.article import Meta

PAUSE = 1.2
NARROWEST = 0.6
"""The narrowest the column is set, as a share of its width; a narrower window scrolls."""
"""Seconds without typing after which the next keystroke starts a new undo step."""

_KEYS: dict[int, Callable[[Document, QTextCursor], int | None]] = {
    int(Qt.Key.Key_Return): keys.enter,
    int(Qt.Key.Key_Enter): keys.enter,
    int(Qt.Key.Key_Backspace): keys.backspace,
    int(Qt.Key.Key_Delete): keys.delete,
}


class Surface(QTextEdit):
    """Signals: `kind_changed(kind)` when the cursor enters a block of another kind ("" in a
    spacer); `marks_changed()` when the typing position's marks may have changed."""

    kind_changed = Signal(str)
    marks_changed = Signal()

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._page = self.findChild(
            QWidget, "qt_scrollarea_viewport", Qt.FindChildOption.FindDirectChildrenOnly
        )
        """The viewport Qt made, taken by its name before anything asks `viewport()` for it:
        PySide6 hands a widget Qt made over only once it has found its type, and for that
        loads every QWidget class not made yet, with their enums (77, some 12 ms before the
        first paint). Found by name, it is wrapped as the QWidget asked for, and `viewport()`
        returns that same object from then on."""
        self.setObjectName("surface")
        self.setAccessibleName(self.tr("Article text"))
        self.setFrameShape(QTextEdit.Shape.NoFrame)
        self.setLineWrapMode(QTextEdit.LineWrapMode.FixedPixelWidth)
        self.setLineWrapColumnOrWidth(looks.PAGE)
        self.setMouseTracking(True)
        self.setCursorWidth(2)
        self.context_actions: Sequence[QAction | QMenu | None] = ()
        self.reserved: set[str] = set()
        """Key combinations whose window shortcut wins over the text editor's own use."""
        self._painter = PagePainter(self)
        self.meta_typed: Meta | None = None
        self.zoom = 1.0
        """The page's scale, 1.0 at actual size (`zoom.py`); the text's, never the chrome's."""
        self._kind = ""
        self._current_number = -1
        self._last_key = 0.0
        self._word_done = True
        self._extends: tuple[int, int] | None = None
        self.tracking_as = ""
        """The reviewer's name while Track Changes is on: what is typed and deleted is signed
        with it (`tracked`); "" while it is off."""
        self._colours()
        self.document_model = document
        self.setDocument(document.text)
        # Qt's own cursor keeps the empty format it had before the document came, and the
        # first keystroke would take it: a fresh cursor types in the paragraph's own look.
        self.setTextCursor(QTextCursor(document.text))
        self.shades: list[QTextEdit.ExtraSelection] = []
        self.found: list[QTextEdit.ExtraSelection] = []
        """The find bar's shades, over the desk tools' and under the recolouring."""
        self.review_marks: list[QTextEdit.ExtraSelection] = []
        """The suggestions in their authors' colours, under everything else (`review_marks`)."""
        self.grammar_marks: list[QTextEdit.ExtraSelection] = []
        """Grammar's underlines (`grammar.py`), drawn under the shades."""
        self.recolour = Recolour(self, document.text)
        self.recolour.changed.connect(lambda: self.setExtraSelections(self.shades))
        self._pictures = FittedPictures(self)
        document.text.documentLayout().registerHandler(
            int(QTextFormat.ObjectTypes.ImageObject), self._pictures
        )
        document.cursor_requested.connect(self.move_to)
        document.changed.connect(self._model_changed)
        self.cursorPositionChanged.connect(self._cursor_moved)
        self.currentCharFormatChanged.connect(lambda _: self.marks_changed.emit())

    def _colours(self) -> None:
        """Paper, desk and ink from the page palette for the desktop as it is now; called
        again when the desktop turns light or dark."""
        page = looks.page_palette()
        palette = self.palette()
        for role, colour in (
            (QPalette.ColorRole.Base, page.paper), (QPalette.ColorRole.Window, page.desk),
            (QPalette.ColorRole.Text, page.ink), (QPalette.ColorRole.Highlight, page.highlight),
            (QPalette.ColorRole.HighlightedText, page.ink),
        ):  # fmt: skip
            palette.setColor(role, QColor(colour))
        self.setPalette(palette)
        self.setAutoFillBackground(True)

    def follow_palette(self, switched: bool = True) -> None:
        """The page in the desktop's colours; after a switch, the text's own colours too."""
        self._colours()
        self.viewport().setPalette(self.palette())  # the window's style sheet gave it its own
        if switched:
            self.recolour.refresh()
        self.viewport().update()

    def setExtraSelections(self, selections: Sequence[QTextEdit.ExtraSelection]) -> None:  # noqa: N802
        """The desk tools' shades, then the colours a switch of light and dark left to redraw."""
        self.shades = list(selections)
        super().setExtraSelections(
            [
                *self.review_marks,
                *self.grammar_marks,
                *self.shades,
                *self.found,
                *self.recolour.selections,
            ]
        )

    def show_found(self, selections: Sequence[QTextEdit.ExtraSelection]) -> None:
        self.found = list(selections)
        self.setExtraSelections(self.shades)

    def show_review(self, selections: Sequence[QTextEdit.ExtraSelection]) -> None:
        self.review_marks = list(selections)
        self.setExtraSelections(self.shades)

    def note_margins(self, notes: MarginNotes | None) -> None:
        """What the margin says of a paragraph besides its kind (the review's change bars)."""
        self._painter.notes = notes
        self.viewport().update()

    # -- the page --------------------------------------------------------------------------

    @guarded
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        self._fit_page()
        super().resizeEvent(event)

    def _fit_page(self) -> None:
        """The page centred on the desk, as wide as the zoom makes it, or as the window
        allows down to a column of `NARROWEST` of its width; narrower than that, the page
        scrolls sideways, as a word processor's page view does. Squeezed by the panels to a
        few words a line, a long read grew twenty times as tall, and each key typed at its
        top took 30–70 ms of Qt's layout instead of a few."""
        z = self.zoom
        bar = self.verticalScrollBar().sizeHint().width()
        room = self.width() - bar
        page = round(looks.PAGE * z)
        narrowest = round((looks.GUTTER + looks.RIGHT_MARGIN + looks.COLUMN * NARROWEST) * z)
        width = max(narrowest, min(page, room))
        if self.lineWrapColumnOrWidth() != width:
            self.setLineWrapColumnOrWidth(width)
        side = max(0, (room - width) // 2)
        self.setViewportMargins(side, 0, side, 0)

    def zoom_to(self, zoom: float, device: QPaintDevice | None) -> None:
        """Lay the page out at `zoom` (the text through `device`, a paint device of the
        screen's resolution times the zoom; None at actual size). Only the layout changes:
        not the text, its formats, its history or its modified state."""
        self.zoom = zoom
        self._painter.zoom_to(zoom)
        text = self.document()
        text.documentLayout().setPaintDevice(device)  # type: ignore[arg-type]  # None: the screen
        text.markContentsDirty(0, text.characterCount())
        self._fit_page()
        self.ensureCursorVisible()
        self.viewport().update()

    @guarded
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        meta = self.meta_typed or self.document_model.article.meta
        self._painter.paint(
            painter, event.rect(), meta.section, credit_line(meta), meta.language
        )
        painter.end()

    def show_meta(self, meta: Meta | None) -> None:
        """The page's folio follows a metadata field as it is typed, before the field is
        left and the edit lands in the article (None: the article's own metadata)."""
        self.meta_typed = meta
        self.viewport().update()

    @guarded
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            handled = super().event(event)
            self._paint_desk()
            return handled
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination()).toString()
            if pressed in self.reserved or any(
                event.matches(key)
                for key in (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
            ):
                event.ignore()
                return True
        return super().event(event)

    def _paint_desk(self) -> None:
        """A soft shadow along the page's edges, on the desk around it."""
        page = self.viewport().geometry()
        if page.left() <= 0:
            return
        painter = QPainter(self)
        for step, alpha in enumerate((34, 18, 9, 4)):
            painter.setPen(QColor(0, 0, 0, alpha))
            left, right = page.left() - 1 - step, page.right() + 1 + step
            painter.drawLine(left, page.top(), left, page.bottom())
            painter.drawLine(right, page.top(), right, page.bottom())
        painter.end()

    def move_to(self, position: int | None) -> None:
        if position is None:
            return
        cursor = self.textCursor()
        cursor.setPosition(max(0, min(position, self.document().characterCount() - 1)))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def current_kind(self) -> str:
        unit = bridge.unit_of(self.textCursor().block())
        return unit.kind if unit is not None else ""

    def _cursor_moved(self) -> None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            if self._extending(cursor):
                self._kind_and_margin()
                return
            plain = bridge.unsuggested(cursor.charFormat(), cursor.block())
            if self.tracking_as and tracked.tracks(cursor):  # beside one's own insertion:
                fmt, started = tracked.typing_format(self.document_model, cursor, self.tracking_as)
                if started is None:  # what is typed, and what typography adds, extends it
                    plain = fmt
                    self._extends = (cursor.position(), self.document().revision())
            if plain is not None:
                self.setCurrentCharFormat(plain)
        self._kind_and_margin()

    def track_as(self, name: str) -> None:
        """Track Changes on, signed `name`, or off (""): the next key types accordingly."""
        self.tracking_as, self._extends = name, None
        self._cursor_moved()

    def _extending(self, cursor: QTextCursor) -> bool:
        """Whether the typing format was set here, for this state of the text, to extend one's
        own insertion (and no mark switched since): the next key needs no new look-up."""
        return (
            bool(self.tracking_as)
            and self._extends == (cursor.position(), self.document().revision())
            and bool(self.currentCharFormat().stringProperty(bridge.INSERT))
        )

    def _kind_and_margin(self) -> None:
        kind = self.current_kind()
        if kind != self._kind:
            self._kind = kind
            self.kind_changed.emit(kind)
        number = self.textCursor().blockNumber()
        if number != self._current_number:  # the margin shows the current paragraph's label
            self._current_number = number
            self.viewport().update()

    def _model_changed(self, start: int, removed: int, added: int) -> None:
        if removed == added == 0:  # metadata: the folio above the copy
            self.viewport().update()
        self._cursor_moved()

    # -- keys --------------------------------------------------------------------------------

    @guarded
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        stack = self.document_model.undo_stack
        if event.matches(QKeySequence.StandardKey.Undo):
            stack.undo()
            return
        if event.matches(QKeySequence.StandardKey.Redo):
            stack.redo()
            return
        if self._leaves_the_text(event):
            return
        if self._at_part_edge(event):
            return
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
        if self.tracking_as and self._tracked_key(event, plain):
            return
        if self._structure_key(event, plain):
            return
        text = event.text()
        control = modifiers & Qt.KeyboardModifier.ControlModifier
        alt_gr = control and modifiers & Qt.KeyboardModifier.AltModifier  # Ctrl+Alt on Windows
        if text and text.isprintable() and (not control or alt_gr):
            self._type(event, text)
            return
        super().keyPressEvent(event)

    def _structure_key(self, event: QKeyEvent, plain: bool) -> bool:
        """Enter, Backspace and Delete, by `keys` at a paragraph's edge, else by Qt."""
        handler = _KEYS.get(int(event.key()))
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if handler is None or not (plain or enter):  # Qt's own Enter would copy the id
            return False
        position = handler(self.document_model, self.textCursor())
        if position is not None or enter:
            self.move_to(position)
            return True
        self._word_done = True
        with self.document_model.naming(lambda: self.tr("Delete")):
            super().keyPressEvent(event)
        return True

    def _tracked_key(self, event: QKeyEvent, plain: bool) -> bool:
        """While Track Changes is on: Enter, and the keys that delete, as suggestions."""
        cursor, document, who = self.textCursor(), self.document_model, self.tracking_as
        if not tracked.tracks(cursor):
            return False  # a caption, a credit: fields, edited untracked
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._word_done = True
            self.move_to(tracked_structure.enter(document, cursor, who))
            return True
        standard = QKeySequence.StandardKey
        backwards = event.key() == Qt.Key.Key_Backspace or event.matches(
            standard.DeleteStartOfWord
        )
        word = event.matches(standard.DeleteStartOfWord) or event.matches(
            standard.DeleteEndOfWord
        )
        if not word and not (plain and event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)):
            return False
        self._word_done = True  # the next key typed opens a step of its own
        if word and not cursor.hasSelection():
            move = QTextCursor.MoveOperation
            cursor.movePosition(
                move.PreviousWord if backwards else move.NextWord, QTextCursor.MoveMode.KeepAnchor
            )
        if cursor.hasSelection():
            ends = tracked.delete_range(
                document,
                cursor.selectionStart(),
                cursor.selectionEnd(),
                who,
                lambda: self.tr("Delete"),
            )
            self.move_to(ends[0] if backwards else ends[1])
            return True
        position = tracked.delete_char(document, cursor, who, backwards)
        if position is None:
            position = tracked.at_edge(document, cursor, who, backwards)
        if position is None:  # one's own new paragraph joins its neighbour for real
            with tracked.pruning(document, lambda: self.tr("Delete")):
                self._structure_key(event, plain=True)
            return True
        self.move_to(position)
        return True

    def _leaves_the_text(self, event: QKeyEvent) -> bool:
        """Ctrl+Tab and Ctrl+Shift+Tab take the focus to the panels and back, so the window
        works from the keyboard alone (Tab itself belongs to the text)."""
        tab = event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        if not tab or not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        backwards = event.key() == Qt.Key.Key_Backtab or bool(
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        )
        return QWidget.focusNextPrevChild(self, not backwards)  # QTextEdit's refuses to move

    def _at_part_edge(self, event: QKeyEvent) -> bool:
        """Word deletions stop at the edge of a pull quote's or an image's part."""
        cursor = self.textCursor()
        if cursor.hasSelection() or not bridge.role_of(cursor.block()):
            return False
        standard = QKeySequence.StandardKey
        backwards = event.matches(standard.DeleteStartOfWord)
        forwards = event.matches(standard.DeleteEndOfWord) or event.matches(
            standard.DeleteEndOfLine
        )
        return (backwards and cursor.atBlockStart()) or (forwards and cursor.atBlockEnd())

    def _type(self, event: QKeyEvent, text: str) -> None:
        cursor = self.textCursor()
        block = cursor.block()
        if bridge.role_of(block) == bridge.PICTURE:
            return
        document, who = self.document_model, self.tracking_as
        if cursor.hasSelection() and who and tracked.tracks(cursor):
            lo, hi = cursor.selectionStart(), cursor.selectionEnd()
            self.move_to(tracked.delete_range(document, lo, hi, who, lambda: self.tr("Typing"))[1])
            cursor = self.textCursor()
        elif cursor.hasSelection():
            if keys.remove_selection(document, cursor):
                self.setTextCursor(cursor)
        elif editing.is_spacer(block):
            if who:
                self.move_to(tracked_structure.into_spacer(document, cursor, text, who))
            else:
                self.move_to(keys.type_into_spacer(document, cursor, text))
            self._last_key, self._word_done = time.monotonic(), text.isspace()
            return
        if who and tracked.tracks(cursor):
            started = None
            if not self._extending(cursor):
                fmt, started = tracked.typing_format(document, cursor, who)
                self.setCurrentCharFormat(fmt)
            where = bridge.unit_of(cursor.block())
            tracked.typed(
                document, started, where.id if where else "", lambda: self._key(event, text)
            )
            return
        self._key(event, text)

    def _key(self, event: QKeyEvent, text: str) -> None:
        """Qt types the key; the first key of a word, or after a pause, opens a new step."""
        now = time.monotonic()
        if self._word_done or now - self._last_key > PAUSE:
            with self.document_model.edit(lambda: self.tr("Typing")):
                super().keyPressEvent(event)
        else:
            super().keyPressEvent(event)
        self._last_key = now
        self._word_done = text.isspace()

    # -- mouse: a triple-click takes one paragraph; Ctrl+click follows a link ------------------

    @guarded
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        before = self.textCursor()
        super().mousePressEvent(event)
        after = self.textCursor()
        shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        moved = (after.anchor(), after.position()) != (before.anchor(), before.position())
        if after.hasSelection() and moved and not shift:  # only a triple-click selects so
            clicked = self.cursorForPosition(event.position().toPoint()).block()
            self._one_paragraph(after, clicked)

    def _one_paragraph(self, cursor: QTextCursor, block: QTextBlock) -> None:
        """Qt's triple-click takes the paragraph and the break after it, which reaches into
        the next paragraph, and into an image or pull quote whole when one follows (Delete
        then removed it, and the kind box named the next paragraph's kind). Keep the
        paragraph's own text, as word processors do; inside a frame, just that part."""
        start, end = block.position(), block.position() + block.length() - 1
        if cursor.selectionStart() > start or cursor.selectionEnd() <= end:
            return
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    @guarded
    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mouseMoveEvent(event)
        over_link = bool(self.anchorAt(event.position().toPoint()))
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        shape = (
            Qt.CursorShape.PointingHandCursor if over_link and ctrl else Qt.CursorShape.IBeamCursor
        )
        self.viewport().setCursor(shape)

    @guarded
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        href = self.anchorAt(event.position().toPoint())
        if href and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            QDesktopServices.openUrl(QUrl(href))
            return
        super().mouseReleaseEvent(event)

    @guarded
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        menu = QMenu(self)
        for item in self.context_actions:
            if item is None:
                menu.addSeparator()
            elif isinstance(item, QMenu):
                menu.addMenu(item)
            else:
                menu.addAction(item)
        menu.exec(event.globalPos())

    # -- clipboard ---------------------------------------------------------------------------

    @guarded
    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802
        cursor = self.textCursor()
        blocks = clipboard.selected_blocks(self.document_model, cursor)
        return clipboard.to_mime(self.document_model.article, blocks)

    @guarded
    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802
        return clipboard.can_paste(source)

    @guarded
    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802
        self.paste_blocks(source, plain_only=False)

    @guarded
    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        if (
            self.tracking_as
            and event.source() in (self, self.viewport())
            and event.dropAction() == Qt.DropAction.MoveAction
        ):
            self.tracked_move(event)
            return
        super().dropEvent(event)

    def tracked_move(self, event: QDropEvent) -> None:
        """While tracking, words dragged within the page move as Word tracks a move: inserted
        where they are dropped, marked deleted where they were (Qt would cut them untracked).
        A drop inside the dragged words themselves changes nothing."""
        cursor = self.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        target = self.cursorForPosition(event.position().toPoint()).position()
        if not cursor.hasSelection() or start <= target <= end:
            event.ignore()
            return
        before = self.document().characterCount()
        event.setDropAction(Qt.DropAction.CopyAction)  # Qt then leaves the source in place
        super().dropEvent(event)
        if target < start:
            grown = self.document().characterCount() - before
            start, end = start + grown, end + grown
        after, length = self.textCursor().position(), self.document().characterCount()
        tracked.delete_range(
            self.document_model, start, end, self.tracking_as, lambda: self.tr("Move")
        )
        if after > start:  # marked deleted, the words stay; one's own insertion goes
            after -= length - self.document().characterCount()
        self.move_to(after)

    def cut_selection(self) -> None:
        """Cut without merging the parts of a pull quote or an image."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return
        self.copy()
        if self.tracking_as and tracked.tracks(cursor):
            self.move_to(
                tracked.delete_range(
                    self.document_model,
                    cursor.selectionStart(),
                    cursor.selectionEnd(),
                    self.tracking_as,
                    lambda: self.tr("Cut"),
                )[1]
            )
            return
        if not keys.remove_selection(self.document_model, cursor):
            with self.document_model.edit(lambda: self.tr("Cut")):
                cursor.removeSelectedText()

    def paste_plain(self) -> None:
        """Ctrl+Shift+V: the clipboard's text, without its formatting."""
        source = QApplication.clipboard().mimeData()
        if source is not None:
            self.paste_blocks(source, plain_only=True)

    def paste_blocks(self, source: QMimeData, plain_only: bool) -> None:
        blocks, media = clipboard.from_mime(source, plain_only)
        for picture in media:
            self.document_model.add_media(picture)
        cursor = self.textCursor()
        if self.tracking_as and tracked.tracks(cursor):
            who = self.tracking_as
            self.move_to(tracked_structure.paste(self.document_model, cursor, blocks, who))
            return
        self.move_to(clipboard.paste(self.document_model, cursor, blocks))

    def cursor_at(self, point: QPoint) -> int:
        return self.cursorForPosition(point).position()
