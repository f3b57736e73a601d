"""Tracked typing: while Track Changes is on, typing and deleting become suggestions.

Each suggestion is signed by the reviewer (an id, their name, the time) and lives where the page
keeps every inline suggestion: in the character formats of its text (`bridge.annotated`). The
rest of it lives in the model only — the row of the suggestions table, the ids a block carries
as a whole — and is set by a `Signing` pushed after the text's own step, in one macro, so Undo
takes back both and Redo puts the ids on blocks the text's redo has made again.

The rules, Word's:
- Typed or pasted text is an insertion; typing inside or at the edge of one's own insertion
  extends it (the next keys join Qt's typing step, so a word is one Undo, as untracked).
- Deleting original text, or someone else's insertion, marks it deleted: it stays, struck
  through, and the cursor goes past it. A run may carry both marks (the model allows it):
  accepting both leaves nothing, rejecting the deletion gives the other's insertion back.
- Deleting one's own insertion removes the characters: the suggestion shrinks, or goes.
- Text already marked deleted is stepped over.
- Enter makes the new paragraph a block insertion; rejecting it joins its text back to the
  paragraph before (the model's rule). A paragraph selected whole with its break, or an
  emptied one deleted at its edge, is a block deletion. Joining two paragraphs of the copy
  is not a suggestion the model has: at the edge of one, Backspace and Delete step into the
  next (the text is never lost); one's own new paragraph joins back for real.
- A change of kind is a kind-change suggestion that remembers the kind before it.
Captions, credits and attributions are fields of their block, like the metadata, and are
edited untracked. Keys here touch one paragraph and its table row: no pass over the article.
New paragraphs, pasted text and kinds are `tracked_structure`'s.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime

from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument, QUndoCommand

from editor.app import bridge, editing
from editor.app.document import BlockMarks, Document, Label
from editor.model.annotations import (
    BLOCK_DELETE,
    BLOCK_INSERT,
    DELETE,
    INSERT,
    Suggestion,
)
from editor.model.article import Block
from editor.model.inline import Run, text_of

Table = Mapping[str, Suggestion]


def tr(text: str) -> str:
    return editing.tr(text)


def new_id() -> str:
    return f"s{os.urandom(4).hex()}"


def now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def delete_label() -> str:
    return tr("Delete")


class Signing(QUndoCommand):
    """The model-only half of a tracked edit: the table and the blocks' own ids, before and
    after. Pushing it applies it (Qt runs redo on push)."""

    def __init__(
        self, document: Document, table: Table, marks: Mapping[str, BlockMarks], where: str
    ) -> None:
        super().__init__()
        self.document, self.where = document, where
        article = document.article
        old = {b: _marks(document.block(b)) for b in marks if has_block(document, b)}
        self.before: tuple[Table, Mapping[str, BlockMarks]] = (article.suggestions, old)
        self.after: tuple[Table, Mapping[str, BlockMarks]] = (dict(table), dict(marks))

    def redo(self) -> None:
        self.document.set_suggestions(*self.after, self.where)

    def undo(self) -> None:
        self.document.set_suggestions(*self.before, self.where)


def has_block(document: Document, block_id: str) -> bool:
    try:
        document.index_of(block_id)
    except KeyError:
        return False
    return True


def _marks(block: Block) -> BlockMarks:
    return (block.insert, block.delete, block.kind_change)


def sign(
    document: Document,
    added: Iterable[Suggestion] = (),
    dropped: Iterable[str] = (),
    marks: Mapping[str, BlockMarks] | None = None,
    where: str = "",
) -> None:
    """Push the model's half of a tracked edit (inside the caller's macro)."""
    table = dict(document.article.suggestions)
    for gone in dropped:
        table.pop(gone, None)
    table.update((s.id, s) for s in added)
    if table == dict(document.article.suggestions) and not marks:
        return
    document.undo_stack.push(Signing(document, table, marks or {}, where))


def owned(document: Document, sid: str, author: str, kind: str = INSERT) -> bool:
    found = document.article.suggestions.get(sid)
    return found is not None and found.author == author and found.type == kind


def tracks(cursor: QTextCursor) -> bool:
    """Whether text at the cursor (or the selection, at either end) is runs of text, which
    can carry suggestions: not a field such as a caption, nor the picture."""
    text = cursor.document()
    ends = {cursor.selectionStart(), cursor.selectionEnd()}
    return any(bridge.role_of(text.findBlock(end)) in ("", bridge.TEXT) for end in ends)


def _format_at(text: QTextDocument, position: int) -> QTextCharFormat:
    """The format of the character at `position` (the one after it)."""
    cursor = QTextCursor(text)
    cursor.setPosition(position + 1)
    return cursor.charFormat()


def where_of(cursor: QTextCursor) -> str:
    unit = bridge.unit_of(cursor.block())
    return unit.id if unit is not None else ""


# -- typing ------------------------------------------------------------------------------------


def typing_format(
    document: Document, cursor: QTextCursor, author: str
) -> tuple[QTextCharFormat, Suggestion | None]:
    """The format the next typed character takes, and the suggestion it starts (None when it
    extends the author's insertion beside the cursor)."""
    current = cursor.charFormat()  # marks switched on for the next keys are in this one
    block = cursor.block()
    position, start = cursor.position(), block.position()
    end = start + block.length() - 1
    sides = [_format_at(document.text, at) for at in (position - 1, position) if start <= at < end]
    found = next(
        (
            fmt.stringProperty(bridge.INSERT)
            for fmt in sides
            if not fmt.hasProperty(bridge.DELETE)
            and owned(document, fmt.stringProperty(bridge.INSERT), author)
        ),
        None,
    )
    started = None if found else Suggestion(new_id(), INSERT, author, now())
    sid = found or (started.id if started else "")
    base = bridge.unsuggested(current, block) or QTextCharFormat(current)
    comments = bridge.annotations_of(current, "").comments
    return bridge.annotated(base, Run("", insert=sid, comments=comments)), started


def typed(
    document: Document, started: Suggestion | None, where: str, typing: Callable[[], None]
) -> None:
    """Run `typing` (Qt's own key handling); a new insertion's row goes in the same step."""
    if started is None:
        typing()
        return
    with document.macro(lambda: tr("Typing")):
        typing()
        sign(document, added=[started], where=where)


# -- deleting ----------------------------------------------------------------------------------


def _deleted(fmt: QTextCharFormat, sid: str) -> QTextCharFormat:
    marked = QTextCharFormat(fmt)
    marked.setProperty(bridge.DELETE, sid)
    marked.setFontStrikeOut(True)
    return marked


def delete_char(
    document: Document, cursor: QTextCursor, author: str, backwards: bool
) -> int | None:
    """Backspace (or Delete) with no selection; where the cursor goes. None at the edge of a
    paragraph (`at_edge` decides there)."""
    text = document.text
    block = cursor.block()
    start, end = block.position(), block.position() + block.length() - 1
    position = cursor.position()
    while True:
        at = position - 1 if backwards else position
        if at < start or at >= end:
            return None
        fmt = _format_at(text, at)
        if not fmt.hasProperty(bridge.DELETE):
            break
        position = at if backwards else at + 1  # already deleted: stepped over
    inserted = fmt.stringProperty(bridge.INSERT)
    if inserted and owned(document, inserted, author):
        _remove_own(document, at, at + 1, [inserted], where_of(cursor))
        return at
    beside = at + 1 if backwards else at - 1
    neighbour = _format_at(text, beside) if start <= beside < end else QTextCharFormat()
    sid = neighbour.stringProperty(bridge.DELETE)
    started = None
    if not owned(document, sid, author, DELETE):
        started = Suggestion(new_id(), DELETE, author, now())
        sid = started.id
    after = at if backwards else at + 1
    stack = document.undo_stack
    if started is None and document.deleting == (sid, cursor.position(), stack.index()):
        with document.joining(), document.edit(delete_label) as edit:  # one more of a run
            edit.setPosition(at)
            edit.setPosition(at + 1, QTextCursor.MoveMode.KeepAnchor)
            edit.setCharFormat(_deleted(fmt, sid))
    else:
        with document.macro(delete_label):
            with document.edit(delete_label) as edit:
                edit.setPosition(at)
                edit.setPosition(at + 1, QTextCursor.MoveMode.KeepAnchor)
                edit.setCharFormat(_deleted(fmt, sid))
            sign(document, added=[started] if started else [], where=where_of(cursor))
    document.deleting = (sid, after, stack.index())
    return after


def _remove_own(document: Document, lo: int, hi: int, ids: Iterable[str], where: str) -> None:
    with document.macro(delete_label):
        with document.edit(delete_label) as edit:
            edit.setPosition(lo)
            edit.setPosition(hi, QTextCursor.MoveMode.KeepAnchor)
            edit.removeSelectedText()
        sign(document, dropped=_gone(document, ids, where), where=where)


def _gone(document: Document, ids: Iterable[str], near: str = "") -> list[str]:
    """Those of `ids` that no text and no block carries any more: the block `near` (where the
    deletion was) first, which mostly settles it, then a scan of the article for the rest."""
    left = set(ids)
    blocks = document.article.blocks
    first = (blocks[document.index_of(near)],) if has_block(document, near) else ()
    for block in (*first, *blocks):
        if not left:
            break
        left -= {block.insert, block.delete, block.kind_change}
        for run in block.text:
            left -= {run.insert, run.delete}
    return sorted(left)


@contextmanager
def pruning(document: Document, label: Label) -> Iterator[None]:
    """Untracked edits in the block, in one step with the rows of the suggestions they took
    the last mark of (one's own new paragraph joined back): a scan, for such rare keys."""
    with document.macro(label):
        yield
        sign(document, dropped=_gone(document, document.article.suggestions))


def _accepted_text(block: Block) -> str:
    return text_of(tuple(r for r in block.text if r.delete is None))


def at_edge(document: Document, cursor: QTextCursor, author: str, backwards: bool) -> int | None:
    """Backspace at a paragraph's start, Delete at its end. One's own new paragraph joins its
    neighbour for real (None: the untracked keys do it); an emptied paragraph is suggested
    for deletion; otherwise the cursor steps into the neighbour and the text stays."""
    unit = bridge.unit_of(cursor.block())
    if unit is None or unit.frame is not None or not has_block(document, unit.id):
        return None if unit is None else cursor.position()  # a frame's part: stays put
    model = document.block(unit.id)
    mine = model.insert is not None and owned(document, model.insert, author, BLOCK_INSERT)
    neighbour = bridge.unit_before(unit.first) if backwards else bridge.unit_after(unit.last)
    if mine and (backwards or not _accepted_text(model)):
        return None
    if not backwards and neighbour is not None and neighbour.frame is None:
        if not has_block(document, neighbour.id):
            return cursor.position()
        following = document.block(neighbour.id)
        if following.insert is not None and owned(document, following.insert, author, BLOCK_INSERT):
            return None
    if not _accepted_text(model) and model.delete is None:
        started = Suggestion(new_id(), BLOCK_DELETE, author, now())
        with document.macro(delete_label):
            marks = {unit.id: (model.insert, started.id, model.kind_change)}
            sign(document, [started], (), marks, unit.id)
    if neighbour is None:
        return cursor.position()
    return neighbour.end if backwards else neighbour.start


def delete_range(
    document: Document, start: int, end: int, author: str, label: Label
) -> tuple[int, int]:
    """The selection [start, end) deleted as a suggestion; where its ends are afterwards.
    Paragraphs selected whole with a break are block deletions; one's own insertions go."""
    text = document.text
    first, last = text.findBlock(start), text.findBlock(end)
    whole: list[bridge.Unit] = []
    for unit in bridge.units_between(first, last):
        inside = start <= unit.start and unit.end <= end
        if inside and (unit.start > start or unit.end < end or unit.frame is not None):
            whole.append(unit)
    skipped = {u.id for u in whole}
    pieces: list[tuple[int, int, QTextCharFormat]] = []
    block = first
    while block.isValid() and block.position() <= end:
        holder = bridge.unit_of(block)
        runs = bridge.role_of(block) in ("", bridge.TEXT)
        if holder is not None and holder.id not in skipped and runs:
            for fragment in bridge.fragments(block):
                lo = max(start, fragment.position())
                hi = min(end, fragment.position() + fragment.length())
                fmt = fragment.charFormat()
                if lo < hi and not fmt.hasProperty(bridge.DELETE):
                    pieces.append((lo, hi, fmt))
        block = block.next()
    own = [owned(document, f.stringProperty(bridge.INSERT), author) for _, _, f in pieces]
    struck = not all(own)
    ends = QTextCursor(text), QTextCursor(text)
    ends[0].setPosition(start)
    ends[1].setPosition(end)
    if not pieces and not whole:
        return start, end
    inline = Suggestion(new_id(), DELETE, author, now()) if struck else None
    blocks = Suggestion(new_id(), BLOCK_DELETE, author, now()) if whole else None
    where = whole[0].id if whole else where_of(QTextCursor(first))
    with document.macro(label):
        if pieces:
            with document.edit(label) as edit:
                for (lo, hi, fmt), mine in reversed(list(zip(pieces, own, strict=True))):
                    edit.setPosition(lo)
                    edit.setPosition(hi, QTextCursor.MoveMode.KeepAnchor)
                    if mine:
                        edit.removeSelectedText()
                    elif inline is not None:
                        edit.setCharFormat(_deleted(fmt, inline.id))
        marks = {}
        if blocks is not None:
            for unit in whole:
                model = document.block(unit.id) if has_block(document, unit.id) else None
                if model is not None and model.delete is None:
                    marks[unit.id] = (model.insert, blocks.id, model.kind_change)
        removed = {
            f.stringProperty(bridge.INSERT) for (_, _, f), m in zip(pieces, own, strict=True) if m
        }
        gone = _gone(document, removed, where) if removed else []
        sign(document, [s for s in (inline, blocks) if s is not None], gone, marks, where)
    return ends[0].position(), ends[1].position()


def replace_words(
    document: Document, start: int, end: int, words: str, author: str, label: Label
) -> int:
    """Words put in place of [start, end) — a spelling or grammar fix, a find-and-replace —
    as a deletion and an insertion after it, as Word tracks a replacement; in one step.
    Where the words inserted end."""
    with document.macro(label):
        _lo, hi = delete_range(document, start, end, author, label)
        cursor = QTextCursor(document.text)
        cursor.setPosition(hi)
        fmt, started = typing_format(document, cursor, author)
        with document.edit(label) as edit:
            edit.setPosition(hi)
            edit.insertText(words, fmt)
            after = edit.position()
        if started is not None:
            sign(document, [started], where=where_of(cursor))
    return after
