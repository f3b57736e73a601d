"""The keys that cross a paragraph's edge: Enter, Backspace, Delete, typing over structure.

Inside a paragraph Qt's own editing is right, and these return None to leave it to Qt. At an
edge they keep the article's structure: Enter gives the natural next kind, a pull quote's or an
image's parts never merge, an empty paragraph goes without taking its neighbour's kind with it.
Each returns where the cursor goes next.
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextCursor

from editor.app import bridge
from editor.app.bridge import PICTURE
from editor.app.document import Document
from editor.app.editing import delete_block, is_spacer, offset_in, tr
from editor.model.article import Block
from editor.model.ids import new_block_id
from editor.model.inline import Run

NEXT_KIND: dict[str, str] = {
    "kicker": "title",
    "title": "standfirst",
    "standfirst": "paragraph",
    "subhead": "paragraph",
    "paragraph": "paragraph",
    "author_bio": "author_bio",
}
"""The kind Enter gives the paragraph after one of this kind."""
UNIQUE = frozenset({"kicker", "title", "standfirst"})
"""Kinds an article has once: Enter does not make a second one."""


def remove_selection(document: Document, cursor: QTextCursor) -> bool:
    """Delete a selection that spans paragraphs of one composite block without merging its
    parts (a caption never swallows the credit); a selected picture takes its image with it.
    False: Qt's own deletion is right."""
    if not cursor.hasSelection():
        return False
    text = cursor.document()
    first = text.findBlock(cursor.selectionStart())
    last = text.findBlock(cursor.selectionEnd())
    picture = first == last and bridge.role_of(first) == PICTURE
    if not picture and (first == last or not (bridge.role_of(first) or bridge.role_of(last))):
        return False
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    if picture:  # selecting the picture selects the image: it goes whole, in one step
        position = delete_block(document, cursor)
        cursor.setPosition(position if position is not None else start)
        return True
    with document.edit(lambda: tr("Delete")) as edit:
        block = last
        while block.isValid() and block.position() + block.length() > start:
            lo = max(start, block.position())
            hi = min(end, block.position() + block.length() - 1)
            if lo < hi and bridge.role_of(block) != PICTURE:
                edit.setPosition(lo)
                edit.setPosition(hi, QTextCursor.MoveMode.KeepAnchor)
                edit.removeSelectedText()
            if block == first:
                break
            block = block.previous()
    cursor.setPosition(start)
    return True


def enter(document: Document, cursor: QTextCursor) -> int | None:
    """Enter: the next part of a composite block, or a new paragraph of the natural next kind."""
    if cursor.hasSelection() and not remove_selection(document, cursor):
        with document.edit(lambda: tr("Delete")):
            cursor.removeSelectedText()
    block = cursor.block()
    role = bridge.role_of(block)
    if role:
        return _leave_role(document, block, role)
    if is_spacer(block):
        places = document.replace_span(
            block, block, [Block("paragraph")], lambda: tr("New paragraph")
        )
        return next(iter(places.values()), None)
    return _split(document, cursor, block)


def _leave_role(document: Document, block: QTextBlock, role: str) -> int | None:
    unit = bridge.unit_of(block)
    if unit is None:
        return None
    if block != unit.last:
        return block.next().position()
    after = unit.last.next()
    paragraph = Block("paragraph")
    if is_spacer(after):
        places = document.replace_span(after, after, [paragraph], lambda: tr("New paragraph"))
    else:
        places = document.replace_units(
            [unit], [document.block(unit.id), paragraph], lambda: tr("New paragraph")
        )
    return places.get((paragraph.id, ""))


def _next_kind(document: Document, kind: str) -> str:
    following = NEXT_KIND.get(kind, "paragraph")
    if following in UNIQUE and document.article.first(following) is not None:
        return "paragraph"
    return following


def _split(document: Document, cursor: QTextCursor, block: QTextBlock) -> int | None:
    kind = bridge.kind_of(block) or "paragraph"
    offset, length = offset_in(cursor), block.length() - 1
    with document.edit(lambda: tr("New paragraph")) as edit:
        edit.setPosition(cursor.position())
        if offset == length:
            following = _next_kind(document, kind)
            edit.insertBlock(
                bridge.block_format(following, "", new_block_id()), bridge.char_format(following)
            )
        elif offset == 0:
            above = "paragraph" if kind in UNIQUE else kind
            edit.insertBlock(block.blockFormat(), block.charFormat())
            edit.movePosition(QTextCursor.MoveOperation.PreviousBlock)
            edit.setBlockFormat(bridge.block_format(above, "", new_block_id()))
            edit.setBlockCharFormat(bridge.char_format(above))
            edit.movePosition(QTextCursor.MoveOperation.NextBlock)
        else:
            second = _next_kind(document, kind) if kind in UNIQUE else kind
            edit.insertBlock(bridge.block_format(second, "", new_block_id()), block.charFormat())
        return edit.position()


def backspace(document: Document, cursor: QTextCursor) -> int | None:
    if cursor.hasSelection():
        return cursor.position() if remove_selection(document, cursor) else None
    block, offset = cursor.block(), offset_in(cursor)
    role = bridge.role_of(block)
    if role == PICTURE:
        return delete_block(document, cursor) if offset > 0 else cursor.position()
    if offset > 0:
        return None
    if role:
        previous = block.previous()
        if bridge.role_of(previous) == PICTURE or bridge.frame_of(previous) is None:
            return cursor.position()
        return previous.position() + previous.length() - 1
    previous = block.previous()
    if _is_empty_paragraph(previous) and bridge.is_root_text(block):
        return _drop_empty(document, previous, keep=block)
    if _is_empty_paragraph(block) and bridge.role_of(previous):
        end = previous.position() + previous.length() - 1
        document.replace_span(block, block, [], lambda: tr("Delete"))
        return end
    return None


def delete(document: Document, cursor: QTextCursor) -> int | None:
    if cursor.hasSelection():
        return cursor.position() if remove_selection(document, cursor) else None
    block, offset = cursor.block(), offset_in(cursor)
    role = bridge.role_of(block)
    if role == PICTURE:
        return delete_block(document, cursor) if offset == 0 else cursor.position()
    if offset < block.length() - 1:
        return None
    if role:
        return cursor.position()
    following = block.next()
    if _is_empty_paragraph(block) and bridge.is_root_text(following):
        return _drop_empty(document, block, keep=following)
    return None


def _is_empty_paragraph(block: QTextBlock) -> bool:
    return bridge.is_root_text(block) and block.length() <= 1 and bool(bridge.kind_of(block))


def _drop_empty(document: Document, empty: QTextBlock, keep: QTextBlock) -> int:
    """Remove an empty paragraph next to `keep`, which keeps its own kind (Qt would give the
    merged paragraph the empty one's)."""
    fmt, char = keep.blockFormat(), keep.charFormat()
    with document.edit(lambda: tr("Delete")) as edit:
        edit.setPosition(empty.position())
        edit.deleteChar()
        edit.setBlockFormat(fmt)
        edit.setBlockCharFormat(char)
        return edit.block().position()


def type_into_spacer(document: Document, cursor: QTextCursor, text: str) -> int:
    """Typing where Qt keeps an empty spacer beside a frame starts a new paragraph."""
    block = cursor.block()
    paragraph = Block("paragraph", (Run(text),))
    places = document.replace_span(block, block, [paragraph], lambda: tr("Typing"))
    return places[(paragraph.id, "")] + len(text)
