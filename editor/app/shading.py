"""Copy past a block's limit, or past the article's target, shaded on the page.

Shades are `QTextEdit` extra selections, kept per block id: a keystroke recomputes the shade of
the blocks it touched only, and hands the page its selections again only when one of them
changed (their cursors follow the text; Qt compares every extra selection at each hand-over).
Where the article passes its target needs the whole piece counted, so that shade waits for a
pause in typing. With a print column chosen whose hole is known in lines, the target shade
starts at the first line past the hole (`fitting.LiveFit`).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QColor, QTextBlock, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from editor.app import bridge, desk_templates
from editor.app.document import Document
from editor.app.fitting import LiveFit
from editor.model.article import Block
from editor.model.templates import Template, limit_offset, over_limit, overflow, targets_for

OVER_LIMIT = QColor(214, 64, 52, 60)
OVER_TARGET = QColor(214, 140, 52, 45)
IDLE_MS = 400
Selection = QTextEdit.ExtraSelection


def _shade(cursor: QTextCursor, colour: QColor) -> Selection:
    selection = Selection()
    fmt = QTextCharFormat()
    fmt.setBackground(colour)
    selection.format = fmt
    selection.cursor = cursor
    return selection


def paragraph_of(unit: bridge.Unit, field: str) -> QTextBlock:
    """The paragraph of a unit holding one of its fields (its text or a caption, say)."""
    if unit.frame is None:
        return unit.first
    role = bridge.TEXT if field == "text" else field
    paragraph = unit.first
    while paragraph.isValid() and paragraph.position() <= unit.end:
        if bridge.role_of(paragraph) == role:
            return paragraph
        paragraph = paragraph.next()
    return unit.first


def find_unit(text: QTextDocument, block_id: str) -> bridge.Unit | None:
    """The unit of a model block, found by walking the paragraphs: for clicks and pauses."""
    block = text.begin()
    while block.isValid():
        unit = bridge.unit_of(block)
        if unit is not None and unit.id == block_id:
            return unit
        block = (unit.last if unit is not None else block).next()
    return None


class Shading(QObject):
    def __init__(self, surface: QTextEdit, document: Document) -> None:
        super().__init__(surface)
        self.surface, self.document = surface, document
        self.limits: dict[str, list[Selection]] = {}
        self.target: list[Selection] = []
        self.live_fit: LiveFit | None = None
        self._idle = QTimer(self, singleShot=True, interval=IDLE_MS)
        self._idle.timeout.connect(self.refresh_target)
        document.text.contentsChange.connect(self._touched)
        document.changed.connect(self._model_changed)
        self.refresh_all()

    def template(self) -> Template | None:
        return targets_for(self.document.article, desk_templates.current())

    def selections(self) -> list[Selection]:
        return [s for shades in self.limits.values() for s in shades] + self.target

    def refresh_all(self) -> None:
        self.limits.clear()
        block = self.document.text.begin()
        while block.isValid():
            unit = bridge.unit_of(block)
            if unit is not None:
                self._shade_unit(unit)
                block = unit.last
            block = block.next()
        self.refresh_target()

    def follow_fit(self, live: LiveFit) -> None:
        """Shade past the hole in lines whenever `live` knows it."""
        self.live_fit = live
        live.chosen.connect(self.refresh_target)
        self.refresh_target()

    def refresh_target(self) -> None:
        self.target = []
        template = self.template()
        if self.live_fit is not None and self.live_fit.measures_target():
            found = self.live_fit.overflow()
        else:
            found = (
                overflow(self.document.article, template, self.document.stats.count)
                if template
                else None
            )
        if found is not None:
            index, offset = found
            unit = find_unit(self.document.text, self.document.article.blocks[index].id)
            if unit is not None:
                cursor = QTextCursor(self.document.text)
                cursor.setPosition(paragraph_of(unit, "text").position() + offset)
                cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
                self.target = [_shade(cursor, OVER_TARGET)]
        self._show()

    def _shade_unit(self, unit: bridge.Unit) -> None:
        template = self.template()
        block = self._model_block(unit.id)
        if template is None or block is None:
            self.limits.pop(unit.id, None)
            return
        shades: list[Selection] = []
        for field, limit, _signes in over_limit(block, template):
            paragraph = paragraph_of(unit, field)
            cursor = QTextCursor(paragraph)
            cursor.setPosition(paragraph.position() + limit_offset(block, field, limit))
            cursor.setPosition(
                paragraph.position() + paragraph.length() - 1, QTextCursor.MoveMode.KeepAnchor
            )
            shades.append(_shade(cursor, OVER_LIMIT))
        if shades:
            self.limits[unit.id] = shades
        else:
            self.limits.pop(unit.id, None)

    def _model_block(self, block_id: str) -> Block | None:
        try:
            return self.document.block(block_id)
        except KeyError:
            return None

    def _touched(self, position: int, removed: int, added: int) -> None:
        text = self.document.text
        before = dict(self.limits)
        if self.template() is None:  # no limits to shade: no walk over what changed
            self.limits.clear()  # (Accept All hands over the whole piece at once)
        else:
            last = text.characterCount() - 1
            first = text.findBlock(max(0, min(position, last)))
            final = text.findBlock(max(0, min(position + added, last)))
            for unit in bridge.units_between(first, final):
                self._shade_unit(unit)
        for gone in [i for i in self.limits if self._model_block(i) is None]:
            del self.limits[gone]
        # The shades on the page follow the text by their cursors: a key that changes none
        # of them hands the page nothing new (Qt compares every extra selection, the grammar
        # underlines in view among them: a colleague's key far down a long read spent 0.1 ms
        # here for nothing).
        if self.limits.keys() != before.keys() or any(
            shades is not before[i] for i, shades in self.limits.items()
        ):
            self._show()
        self._idle.start()

    def _model_changed(self, start: int, removed: int, added: int) -> None:
        if removed == added == 0:  # metadata: the template or language may have changed
            self.refresh_all()

    def _show(self) -> None:
        self.surface.setExtraSelections(self.selections())
