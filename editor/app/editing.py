"""Structural editing: kinds, marks, inserts, moves and deletes of whole blocks.

Each operation reads the model for the blocks it concerns, builds the new blocks, and has the
document rewrite them in one named step of the history (`Document.replace_units`). Operations
take the surface's cursor and return where the cursor should go next, or None to leave it.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextBlock, QTextCharFormat, QTextCursor

from editor.app import bridge, labels
from editor.app.bridge import COMPOSITES, PICTURE, TEXT, Unit
from editor.app.document import Document, Label
from editor.model.article import Block
from editor.model.inline import LINK, Text, normalize
from editor.model.schema import KINDS

TEXT_KINDS = tuple(k for k in KINDS if k not in COMPOSITES)
CONVERTIBLE = (*TEXT_KINDS, "pullquote")
"""Kinds a paragraph can be turned into from the style box (images are inserted, not made)."""


def tr(text: str) -> str:
    return QCoreApplication.translate("Editing", text)


def kind_label(kind: str) -> str:
    return labels.kind_name(kind)


# -- where the cursor is ---------------------------------------------------------------------


def units_of(cursor: QTextCursor) -> list[Unit]:
    """The units the selection touches, or the cursor's unit."""
    document = cursor.document()
    first = document.findBlock(cursor.selectionStart())
    last = document.findBlock(cursor.selectionEnd())
    return bridge.units_between(first, last)


def is_spacer(block: QTextBlock) -> bool:
    return bridge.is_root_text(block) and not bridge.kind_of(block) and block.length() <= 1


def offset_in(cursor: QTextCursor) -> int:
    return cursor.position() - cursor.block().position()


def allowed(kind: str, text: Text) -> Text:
    """`text` with the marks the kind does not allow taken off; the review's annotations
    (suggested insertions and deletions, comments) stay on their words."""
    marks = KINDS[kind].marks
    return normalize(
        replace(r, marks=r.marks & marks, href=r.href if LINK in marks else None) for r in text
    )


def converted(block: Block, kind: str) -> Block:
    """`block` as another kind: text kept (marks the kind allows), attribution dropped."""
    if block.kind == kind or block.kind == "image" or kind not in CONVERTIBLE:
        return block
    return Block(kind, allowed(kind, block.text), {}, block.id, block.extra, lang=block.lang)


# -- kinds and marks -------------------------------------------------------------------------


def set_kind(document: Document, cursor: QTextCursor, kind: str) -> int | None:
    units = units_of(cursor)

    def label() -> str:
        return tr("Make %1").replace("%1", kind_label(kind))

    if not units:
        block = cursor.block()
        if not is_spacer(block):
            return None
        places = document.replace_span(block, block, [Block(kind)], label)
        return next(iter(places.values()), None)
    blocks = [converted(document.block(u.id), kind) for u in units]
    if all(b is document.block(u.id) for b, u in zip(blocks, units, strict=True)):
        return None
    here = bridge.unit_of(cursor.block())
    offset = offset_in(cursor)
    places = document.replace_units(units, blocks, label)
    if here is None:
        return None
    new = document.block(here.id)
    role = TEXT if new.kind in COMPOSITES else ""
    start = places.get((here.id, role))
    return None if start is None else start + min(offset, len(new.plain_text))


def mark_state(cursor: QTextCursor, mark: str) -> bool:
    """Whether all of the selection (or the typing position) carries `mark`."""
    bit = bridge.MARK_BITS[mark]
    if not cursor.hasSelection():
        return bool(cursor.charFormat().intProperty(bridge.MARKS) & bit)
    return all(value & bit for _, _, _, value, _, _ in _pieces(cursor))


def _pieces(
    cursor: QTextCursor,
) -> list[tuple[QTextBlock, int, int, int, str, QTextCharFormat]]:
    """Selected stretches of one format: block, start, end, marks, href, the format itself."""
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    block = cursor.document().findBlock(start)
    pieces = []
    while block.isValid() and block.position() <= end:
        for fragment in bridge.fragments(block):
            lo = max(start, fragment.position())
            hi = min(end, fragment.position() + fragment.length())
            if lo < hi:
                fmt = fragment.charFormat()
                pieces.append(
                    (block, lo, hi, fmt.intProperty(bridge.MARKS), fmt.anchorHref(), fmt)
                )
        block = block.next()
    return pieces


def marks_allowed(block: QTextBlock) -> frozenset[str]:
    role, kind = bridge.role_of(block), bridge.kind_of(block) or "paragraph"
    if role and role != TEXT:
        return frozenset()
    return KINDS[kind].marks if kind in KINDS else frozenset()


def set_mark(
    document: Document, cursor: QTextCursor, mark: str, on: bool, href: str | None = None
) -> None:
    """Put `mark` on the selection (or take it off); a link needs `href`."""
    bit = bridge.MARK_BITS[mark]

    def label() -> str:
        named = tr("Apply %1") if on else tr("Remove %1")
        return named.replace("%1", labels.mark_name(mark))

    with document.edit(label) as edit:
        for block, lo, hi, value, old_href, old in _pieces(cursor):
            if mark not in marks_allowed(block):
                continue
            value = value | bit if on else value & ~bit
            link = (href if mark == LINK else old_href) if value & bridge.MARK_BITS[LINK] else None
            kind, role = bridge.kind_of(block) or "paragraph", bridge.role_of(block)
            edit.setPosition(lo)
            edit.setPosition(hi, QTextCursor.MoveMode.KeepAnchor)
            fmt = bridge.char_format(kind, role, value, link)
            edit.setCharFormat(bridge.with_annotations_of(fmt, old))


def typing_format(cursor: QTextCursor, mark: str, on: bool) -> QTextCharFormat:
    """The format the next typed characters take after toggling `mark` with no selection."""
    block = cursor.block()
    fmt = cursor.charFormat()
    value = fmt.intProperty(bridge.MARKS)
    value = value | bridge.MARK_BITS[mark] if on else value & ~bridge.MARK_BITS[mark]
    kind, role = bridge.kind_of(block) or "paragraph", bridge.role_of(block)
    href = fmt.anchorHref() if value & bridge.MARK_BITS[LINK] else None
    return bridge.char_format(kind, role, value, href)


def link_span(cursor: QTextCursor) -> tuple[int, int] | None:
    """The stretch of the link under the cursor (to edit a link without selecting it)."""
    href = cursor.charFormat().anchorHref()
    if not href:
        return None
    block = cursor.block()
    start = end = None
    for fragment in bridge.fragments(block):
        same = fragment.charFormat().anchorHref() == href
        inside = fragment.position() <= cursor.position() <= fragment.position() + fragment.length()
        if same and start is None and inside:
            start, end = fragment.position(), fragment.position() + fragment.length()
    return None if start is None or end is None else (start, end)


# -- inserting, moving, deleting -------------------------------------------------------------


def first_role(kind: str) -> str:
    roles = COMPOSITES.get(kind, ("",))
    return "caption" if roles[0] == PICTURE else roles[0]


def insert_block(document: Document, cursor: QTextCursor, block: Block, label: Label) -> int | None:
    """Put `block` after the cursor's block (in place of it when that is an empty paragraph)."""
    here = bridge.unit_of(cursor.block())
    if here is None:
        spot = cursor.block()
        places = document.replace_span(spot, spot, [block], label)
    elif here.frame is None and not here.first.text():
        places = document.replace_units([here], [block], label)
    else:
        places = document.replace_units([here], [document.block(here.id), block], label)
    return places.get((block.id, first_role(block.kind)))


def append_block(document: Document, block: Block, label: Label) -> int | None:
    """Put `block` at the end of the article (where an author bio belongs)."""
    last = document.text.lastBlock()
    unit = bridge.unit_of(last)
    if unit is None:
        places = document.replace_span(last, last, [block], label)
    else:
        places = document.replace_units([unit], [document.block(unit.id), block], label)
    return places.get((block.id, first_role(block.kind)))


def move_block(document: Document, cursor: QTextCursor, step: int) -> int | None:
    """Swap the cursor's block with the one above (step -1) or below (+1)."""
    here = bridge.unit_of(cursor.block())
    if here is None:
        return None
    other = bridge.unit_before(here.first) if step < 0 else bridge.unit_after(here.last)
    if other is None:
        return None
    role = bridge.role_of(cursor.block())
    offset = offset_in(cursor)
    pair = [other, here] if step < 0 else [here, other]
    moved = [document.block(pair[1].id), document.block(pair[0].id)]
    label = (lambda: tr("Move up")) if step < 0 else (lambda: tr("Move down"))
    places = document.replace_units(pair, moved, label)
    start = places.get((here.id, role))
    return None if start is None else start + offset


def delete_block(document: Document, cursor: QTextCursor) -> int | None:
    units = units_of(cursor)
    if not units:
        return None
    after = bridge.unit_after(units[-1].last)
    document.replace_units(
        units,
        [],
        (lambda: tr("Delete block")) if len(units) == 1 else (lambda: tr("Delete blocks")),
    )
    if after is not None and after.id:
        return document_position(document, after.id)
    return max(0, document.text.characterCount() - 1)


def document_position(document: Document, block_id: str) -> int | None:
    """Where a block's text starts in the document (a scan: for commands, not keystrokes)."""
    block = document.text.begin()
    while block.isValid():
        unit = bridge.unit_of(block)
        if unit is not None and unit.id == block_id:
            role = first_role(unit.kind) if unit.frame is not None else ""
            while role and bridge.role_of(block) != role and block != unit.last:
                block = block.next()
            return block.position()
        block = unit.last.next() if unit is not None else block.next()
    return None
