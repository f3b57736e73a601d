"""The desk's decisions on the page: accepting and rejecting suggestions, finding the next one.

A decision is the model's pure function (`model.review`) applied to the article, then written
back as one step of the one history: the blocks it touched are rewritten in the text (the
inline insertions and deletions live there, in the character formats), and the tables of who
and when, with the ids a block carries as a whole, are set beside them by a `ReviewCommand`
in the same macro. Undo walks back both at once.

The changes on the page, in reading order, are read from the text and the model together
(`changes`): each inline insertion or deletion is the stretch of its fragments in one
paragraph; a block inserted, deleted or re-kinded is its whole unit.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from PySide6.QtGui import QTextCursor, QUndoCommand

from editor.app import bridge
from editor.app.document import Document, Label, said
from editor.model import review
from editor.model.annotations import block_is_annotated
from editor.model.article import Article, Block


@dataclass(frozen=True, slots=True)
class Change:
    """One suggestion as it stands on the page: where it starts and ends, and its id."""

    start: int
    end: int
    id: str
    whole_block: bool = False


class ReviewCommand(QUndoCommand):
    """The suggestions and comments tables, and the blocks' own ids, before and after a decision."""

    def __init__(self, document: Document, label: Label, before: Article, after: Article) -> None:
        super().__init__(said(label))
        self.document, self.before, self.after = document, before, after

    def undo(self) -> None:
        self.document.set_review(self.before)

    def redo(self) -> None:
        self.document.set_review(self.after)


def decide(document: Document, after: Article, label: Label) -> bool:
    """Make the document read `after` (the article with some suggestions decided) as one
    undoable step; False when nothing changes. Only the blocks the decision changed are
    rewritten, and the model takes `after` as it is (`Document.rewrite`): accepting 200
    suggestions spread over a long piece rewrites 200 paragraphs, and reads none back."""
    before = document.article
    if after == before:
        return False
    stretches = _changed_stretches(before, after)
    with document.macro(label):
        document.undo_stack.push(ReviewCommand(document, label, before, after))
        if stretches:
            units = _units_of(document, {b.id for stretch in stretches for b in stretch})
            decided = {block.id: block for block in after.blocks}
            pieces = [
                (
                    [units[b.id] for b in stretch],
                    [decided[b.id] for b in stretch if b.id in decided],
                )
                for stretch in stretches
            ]
            document.rewrite(pieces, after.blocks, label)
    return True


def _changed_stretches(before: Article, after: Article) -> list[list[Block]]:
    """The runs of consecutive blocks of `before` that `after` changes or leaves out; runs
    one block apart are one (that block rewritten as it is), so that no block stands
    beside two runs (a frame's neighbour is rewritten with it)."""
    kept = {block.id: block for block in after.blocks}
    stretches: list[list[Block]] = []
    last = -3
    for n, block in enumerate(before.blocks):
        if kept.get(block.id) == block:
            continue
        if n - last <= 2:
            stretches[-1].extend(before.blocks[last + 1 : n + 1])
        else:
            stretches.append([block])
        last = n
    return stretches


def _units_of(document: Document, ids: set[str]) -> dict[str, bridge.Unit]:
    """The units on the page of the blocks `ids`, found in one walk through the text."""
    found = units_on_page(document, ids)
    missing = ids - set(found)
    if missing:
        raise LookupError(f"blocks {sorted(missing)} are not on the page")
    return found


def units_on_page(document: Document, ids: Collection[str]) -> dict[str, bridge.Unit]:
    """The units of those blocks `ids` that are on the page: one walk through the text, up
    to the last of them, that makes a unit only of the paragraphs it is after (a paragraph
    of the root frame carries its block's id; a frame's paragraphs, their role)."""
    found: dict[str, bridge.Unit] = {}
    block = document.text.begin()
    while block.isValid() and len(found) < len(ids):
        fmt = block.blockFormat()
        if not fmt.hasProperty(bridge.ROLE) and fmt.stringProperty(bridge.BLOCK_ID) not in ids:
            block = block.next()
            continue
        unit = bridge.unit_of(block)
        if unit is not None and unit.id in ids:
            found[unit.id] = unit
        block = unit.last.next() if unit is not None else block.next()
    return found


def annotated_units(document: Document) -> list[tuple[bridge.Unit, Block | None]]:
    """The units on the page whose block carries a suggestion or a comment, with the model's
    block, in reading order. The model says which blocks; the text is walked once, to the
    last of them; what draws or lists the review reads the words of these units only (a
    long read's two thousand paragraphs hold a few hundred changes, and reading the formats
    of every word was most of a repaint). The type leaves room for a unit the model does
    not hold (None)."""
    annotated = {b.id: b for b in document.article.blocks if block_is_annotated(b)}
    if not annotated:
        return []
    units = units_on_page(document, annotated)
    return sorted(
        ((unit, annotated[block_id]) for block_id, unit in units.items()),
        key=lambda pair: pair[0].start,
    )


def changes(
    document: Document, units: Sequence[tuple[bridge.Unit, Block | None]] | None = None
) -> list[Change]:
    """Every suggestion on the page in reading order; a block's own before its text's.
    `units`: `annotated_units`, when the caller has them already."""
    found: list[Change] = []
    for unit, model in annotated_units(document) if units is None else units:
        if model is not None:
            for sid in (model.insert, model.delete, model.kind_change):
                if sid is not None:
                    found.append(Change(unit.start, unit.end, sid, whole_block=True))
        paragraph = unit.first
        while paragraph.isValid() and paragraph.position() <= unit.last.position():
            found.extend(_inline(paragraph))
            paragraph = paragraph.next()
    return found


def _model_block(document: Document, block_id: str) -> Block | None:
    try:
        return document.block(block_id)
    except KeyError:
        return None


def _inline(paragraph: object) -> list[Change]:
    found: list[Change] = []
    for fragment in bridge.fragments(paragraph):  # type: ignore[arg-type]
        fmt = fragment.charFormat()
        sid = fmt.stringProperty(bridge.INSERT) or fmt.stringProperty(bridge.DELETE)
        if not sid:
            continue
        start, end = fragment.position(), fragment.position() + fragment.length()
        if found and found[-1].id == sid and found[-1].end == start:
            start = found.pop().start
        found.append(Change(start, end, sid))
    return found


def at_cursor(document: Document, cursor: QTextCursor) -> Change | None:
    """The change the cursor is in or the selection touches; the narrowest one first (an
    insertion inside a re-kinded paragraph before the paragraph's kind)."""
    lo, hi = cursor.selectionStart(), cursor.selectionEnd()
    touching = [
        c for c in changes(document) if (c.start < hi and lo < c.end) or c.start <= lo <= c.end
    ]
    return min(touching, key=lambda c: c.end - c.start) if touching else None


def following(document: Document, cursor: QTextCursor, step: int) -> Change | None:
    """The next change after the cursor (step 1) or the one before it (step -1)."""
    lo = cursor.selectionStart()
    found = changes(document)
    if step > 0:
        after = [c for c in found if c.start > lo or (c.start == lo and not cursor.hasSelection())]
        return after[0] if after else None
    before = [c for c in found if c.start < lo]
    return before[-1] if before else None


def select(cursor: QTextCursor, change: Change) -> QTextCursor:
    cursor.setPosition(change.start)
    cursor.setPosition(change.end, QTextCursor.MoveMode.KeepAnchor)
    return cursor


class ReviewWatch:
    """Tells whether a change of the document concerns the review: its tables changed, or
    the blocks changed carry (or carried) other suggestions or comments than before. Typing
    in plain copy does not, and whatever draws the review (the page's colours, the Comments
    panel) need not redo a pass over the whole article at each key: the cursors of its
    shades follow the text by themselves. An edit in place of annotated words, or a tracked
    edit's row in the table (Track Changes on), concerns a few blocks: `later` says so, with
    the ids `touched`, and the drawing may wait for a pause in typing; a decision, rewriting
    the tables for the whole article, concerns it at once. `comments_only`: suggestions are
    none of the watcher's business (the Comments panel)."""

    def __init__(self, document: Document, comments_only: bool = False) -> None:
        self.document = document
        self.comments_only = comments_only
        self.tables = self._tables()
        self._seen: dict[str, tuple[Block, frozenset[str]]] = {}
        self.annotated = self._annotated(document.article.blocks)
        self.later = False
        self.touched: frozenset[str] = frozenset()
        """With `later`: the suggestions and comments on the words changed."""

    def _tables(self) -> tuple[object, object]:
        article = self.document.article
        return (None if self.comments_only else article.suggestions, article.comments)

    def _ids(self, block: Block) -> frozenset[str]:
        if self.comments_only:
            return frozenset().union(*(run.comments for run in block.text))
        return annotation_ids(block)

    def _annotated(self, blocks: Sequence[Block]) -> dict[str, frozenset[str]]:
        """The ids each of `blocks` carries, by block id, for those that carry any. A block
        met before as the same object is not read again: a decision tells of the whole
        article twice (its tables, then its text), and most blocks are left as they were.
        Going over the whole article starts the memory afresh, so blocks gone are let go."""
        whole = len(blocks) == len(self.document.article.blocks)
        seen, old = ({} if whole else self._seen), self._seen
        found: dict[str, frozenset[str]] = {}
        for block in blocks:
            hit = old.get(block.id)
            if hit is None or hit[0] is not block:
                hit = (block, self._ids(block) if block_is_annotated(block) else frozenset())
            seen[block.id] = hit
            if hit[1]:
                found[block.id] = hit[1]
        self._seen = seen
        return found

    def concerned(self, start: int, removed: int, added: int) -> bool:
        self.later = False
        article = self.document.article
        tables = self._tables()
        changed = article.blocks[start : start + added]
        if tables[0] is not self.tables[0] or tables[1] is not self.tables[1]:
            self.tables = tables
            if start == 0 and added == len(article.blocks):  # a decision: everything again
                self.annotated = self._annotated(article.blocks)
                return True
            for block in changed:  # a tracked edit's row: its few blocks
                self.annotated.pop(block.id, None)
            self.annotated.update(self._annotated(changed))
            self.later, self.touched = True, frozenset()
            return False
        if not self.annotated and not any(tables):
            return False
        was = {b.id: self.annotated.pop(b.id) for b in changed if b.id in self.annotated}
        now = self._annotated(changed)
        self.annotated.update(now)
        if removed == added:  # words typed or deleted in place, tracked or not
            self.touched = frozenset().union(*was.values(), *now.values())
            self.later = bool(self.touched)
            return False
        return bool(was) or bool(now) or removed > added


def annotation_ids(block: Block) -> frozenset[str]:
    """Every suggestion and comment a block carries, on itself or on its words."""
    found = {block.insert, block.delete, block.kind_change}
    for run in block.text:
        found.update((run.insert, run.delete))
        found.update(run.comments)
    return frozenset(sid for sid in found if sid is not None)


Decision = Callable[[Article, str], Article]
DECISIONS: dict[bool, Decision] = {True: review.accept, False: review.reject}
