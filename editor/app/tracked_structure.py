"""Tracked structure: new paragraphs, pasted text and kinds while Track Changes is on.

The rules are `tracked`'s, for the edits that make or re-kind blocks: Enter makes the new
paragraph a block insertion (a split's second half keeps its words as they were, so rejecting
joins them back, the model's rule); pasted text and the paragraphs made for it are one
insertion; a change of kind is a kind-change suggestion that remembers the kind before it.
Each is one step: the untracked edit, then the model's half (`tracked.sign`) in its macro.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtGui import QTextCharFormat, QTextCursor

from editor.app import bridge, clipboard, editing, keys
from editor.app.document import BlockMarks, Document, Label
from editor.app.tracked import (
    delete_label,
    delete_range,
    has_block,
    new_id,
    now,
    owned,
    sign,
    tr,
    where_of,
)
from editor.model.annotations import BLOCK_DELETE, BLOCK_INSERT, INSERT, KIND_CHANGE, Suggestion
from editor.model.article import Block
from editor.model.inline import Run


def _ids(document: Document) -> set[str]:
    return {block.id for block in document.article.blocks}


def mark_inserted(
    document: Document, start: int, end: int, before: set[str], author: str, label: Label
) -> None:
    """Text just put at [start, end) (pasted, or typed where a paragraph had to be made) and
    the blocks made for it become one insertion; inside the caller's macro."""
    started = Suggestion(new_id(), INSERT, author, now())
    made = [b for b in document.article.blocks if b.id not in before]
    text = document.text
    with document.edit(label) as edit:
        block = text.findBlock(start)
        while block.isValid() and block.position() <= end:
            if bridge.role_of(block) in ("", bridge.TEXT):
                for fragment in list(bridge.fragments(block)):
                    lo = max(start, fragment.position())
                    hi = min(end, fragment.position() + fragment.length())
                    if lo < hi:
                        fmt = QTextCharFormat(fragment.charFormat())
                        fmt.clearProperty(bridge.DELETE)
                        fmt.setFontStrikeOut(False)
                        edit.setPosition(lo)
                        edit.setPosition(hi, QTextCursor.MoveMode.KeepAnchor)
                        edit.setCharFormat(bridge.annotated(fmt, Run("", insert=started.id)))
            block = block.next()
    blocks = Suggestion(new_id(), BLOCK_INSERT, author, now())  # a block's own, apart
    marks = {b.id: (blocks.id, None, None) for b in made}
    where = made[0].id if made else where_of(QTextCursor(text.findBlock(start)))
    sign(document, [started, blocks] if made else [started], (), marks, where)


def _delete_selection(document: Document, cursor: QTextCursor, author: str) -> None:
    lo, hi = cursor.selectionStart(), cursor.selectionEnd()
    cursor.setPosition(delete_range(document, lo, hi, author, delete_label)[1])


def enter(document: Document, cursor: QTextCursor, author: str) -> int | None:
    """Enter: the paragraph made is a block insertion (a split's second half keeps its words
    as they were: rejecting joins them back)."""
    if cursor.hasSelection():
        _delete_selection(document, cursor, author)
    before = _ids(document)
    with document.macro(lambda: tr("New paragraph")):
        position = keys.enter(document, cursor)
        made = [b for b in document.article.blocks if b.id not in before]
        if made:
            started = Suggestion(new_id(), BLOCK_INSERT, author, now())
            marks = {b.id: (started.id, b.delete, b.kind_change) for b in made}
            sign(document, [started], (), marks, made[0].id)
    return position


def paste(document: Document, cursor: QTextCursor, blocks: list[Block], author: str) -> int | None:
    """Pasted text and paragraphs: one insertion (over a selection, after its deletion)."""
    if cursor.hasSelection():
        _delete_selection(document, cursor, author)
    start, before = cursor.position(), _ids(document)
    with document.macro(lambda: tr("Paste")):
        end = clipboard.paste(document, cursor, blocks)
        if end is not None and end > start:
            mark_inserted(document, start, end, before, author, lambda: tr("Paste"))
    return end


def into_spacer(document: Document, cursor: QTextCursor, text: str, author: str) -> int:
    """Typing beside a frame, where a paragraph must be made: a block and text inserted."""
    before = _ids(document)
    with document.macro(lambda: tr("Typing")):
        end = keys.type_into_spacer(document, cursor, text)
        mark_inserted(document, end - len(text), end, before, author, lambda: tr("Typing"))
    return end


MAKE = "Make %1"
"""The step's name, as the untracked kind change has it."""


def set_kind(document: Document, cursor: QTextCursor, kind: str, author: str) -> int | None:
    """A change of kind as a suggestion that keeps the kind before it. Back to that kind, the
    suggestion goes; one's own new paragraph takes the kind without one."""
    units = editing.units_of(cursor)
    olds = {u.id: document.block(u.id) for u in units if has_block(document, u.id)}
    if not olds or all(editing.converted(b, kind) is b for b in olds.values()):
        return editing.set_kind(document, cursor, kind)
    with document.macro(lambda: tr(MAKE).replace("%1", editing.kind_label(kind))):
        position = editing.set_kind(document, cursor, kind)
        added: list[Suggestion] = []
        dropped: list[str] = []
        marks: dict[str, BlockMarks] = {}
        table = document.article.suggestions
        for block_id, old in olds.items():
            if not has_block(document, block_id) or document.block(block_id).kind == old.kind:
                continue
            if old.insert is not None and owned(document, old.insert, author, BLOCK_INSERT):
                continue
            earlier = table.get(old.kind_change or "")
            was_kind = earlier.from_kind if earlier else old.kind
            was_attrs = earlier.from_attrs if earlier else old.attrs
            if earlier is not None:
                dropped.append(earlier.id)
            sid = None
            if kind != was_kind:
                made = Suggestion(new_id(), KIND_CHANGE, author, now(), was_kind, was_attrs)
                added.append(made)
                sid = made.id
            marks[block_id] = (old.insert, old.delete, sid)
        sign(document, added, dropped, marks, next(iter(marks), ""))
    return position


# -- whole blocks: inserted, deleted, moved ----------------------------------------------------


def insert_block(
    document: Document, make: Callable[[], int | None], author: str, label: Label
) -> int | None:
    """A block inserted by a command (a pull quote, an image, an author bio) is a block
    insertion; `make` is the untracked command, which returns where the cursor goes."""
    before = _ids(document)
    with document.macro(label):
        position = make()
        made = [b for b in document.article.blocks if b.id not in before]
        if made:
            started = Suggestion(new_id(), BLOCK_INSERT, author, now())
            marks = {b.id: (started.id, b.delete, b.kind_change) for b in made}
            sign(document, [started], (), marks, made[0].id)
    return position


def delete_blocks(document: Document, cursor: QTextCursor, author: str) -> int | None:
    """Delete Block: the blocks at the cursor suggested for deletion, shown struck through
    until the desk decides; the cursor goes to the block after them."""
    units = editing.units_of(cursor)
    blocks = [document.block(u.id) for u in units if has_block(document, u.id)]
    pending = [b for b in blocks if b.delete is None]
    if not pending:
        return None
    started = Suggestion(new_id(), BLOCK_DELETE, author, now())
    marks = {b.id: (b.insert, started.id, b.kind_change) for b in pending}
    with document.macro(lambda: editing.tr("Delete block")):
        sign(document, [started], (), marks, pending[0].id)
    after = bridge.unit_after(units[-1].last)
    return editing.document_position(document, after.id) if after is not None else None


def move_block(document: Document, cursor: QTextCursor, step: int, author: str) -> int | None:
    """Move Up or Down: the block suggested for deletion where it was and a copy of it
    suggested as inserted where it goes, as Word tracks a move (one's own new block simply
    moves). Accepting both moves it; rejecting both leaves it where it was."""
    here = bridge.unit_of(cursor.block())
    if here is None or not has_block(document, here.id):
        return None
    block = document.block(here.id)
    if block.insert is not None and owned(document, block.insert, author, BLOCK_INSERT):
        return editing.move_block(document, cursor, step)
    other = bridge.unit_before(here.first) if step < 0 else bridge.unit_after(here.last)
    if other is None or not has_block(document, other.id):
        return None
    gone = Suggestion(new_id(), BLOCK_DELETE, author, now())
    made = Suggestion(new_id(), BLOCK_INSERT, author, now())
    words = Suggestion(new_id(), INSERT, author, now())  # so rejecting leaves no copy behind
    copy = replace(
        bridge.with_id(block),
        text=tuple(
            replace(run, insert=words.id, comments=frozenset())
            for run in block.text
            if run.delete is None
        ),
        insert=None,
        delete=None,
        kind_change=None,
    )
    neighbour = document.block(other.id)
    order = [copy, neighbour, block] if step < 0 else [block, neighbour, copy]
    units = [other, here] if step < 0 else [here, other]
    label = (lambda: editing.tr("Move up")) if step < 0 else (lambda: editing.tr("Move down"))
    with document.macro(label):
        places = document.replace_units(units, order, label)
        marks = {
            block.id: (block.insert, gone.id, block.kind_change),
            copy.id: (made.id, None, None),
        }
        sign(document, [gone, made, words] if copy.text else [gone, made], (), marks, copy.id)
    role = editing.first_role(copy.kind) if copy.kind in bridge.COMPOSITES else ""
    return places.get((copy.id, role))
