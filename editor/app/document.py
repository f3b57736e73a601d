"""The open document: the article, its file, whether it is saved, and its one undo history.

The `Article` stays canonical. The surface edits a `QTextDocument`; every change Qt reports is
folded back into the article at once, for the few blocks it touched (`bridge.changed`), so
counts, checks, save and export read the model and never the widget.

One history. Qt keeps its own undo levels for the text; each new level reaches the window's
`QUndoStack` as a `TextCommand` whose undo and redo step the text document. Structural edits
(kinds, inserts, moves, deletes) are text-document edit blocks with a name, so they land in the
same stack; metadata edits are plain commands on the model. Ctrl+Z walks one timeline.

A step's name is given as a wording (a function saying it in the language installed), so a
switch of language names the steps already in the history again: Undo never says "Annuler
Reload" after a reload done in English.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import (
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QUndoCommand,
    QUndoStack,
)

from editor.app import bridge, direction, looks, repaint, upright
from editor.model import storage
from editor.model.annotations import Suggestion
from editor.model.article import Article, Block, Media
from editor.model.review import without_orphans
from editor.model.schema import KINDS
from editor.model.stats import ZERO, Counts, StatsCache


def tr(text: str) -> str:
    return QCoreApplication.translate("Document", text)


BlockMarks = tuple[str | None, str | None, str | None]
"""The suggestion ids a block carries as a whole: inserted, deleted, re-kinded."""

Label = str | Callable[[], str]
"""A history step's name: its text, or its wording, said again when the language changes."""


def said(label: Label) -> str:
    return label() if callable(label) else label


def _typing() -> str:
    return tr("Typing")


def _edit() -> str:
    return tr("Edit")


class LiveCounts:
    """Words and signes of the article and of its body, kept up to date block by block."""

    def __init__(self, blocks: Sequence[Block], cache: StatsCache) -> None:
        self._cache = cache
        self.total = ZERO
        self.body = ZERO
        self.replace((), blocks)

    def replace(self, old: Sequence[Block], new: Sequence[Block]) -> None:
        for sign, blocks in ((-1, old), (1, new)):
            for block in blocks:
                counts = self._cache.count(block)
                self.total = _plus(self.total, counts, sign)
                if KINDS.get(block.kind) and KINDS[block.kind].counted_in_body:
                    self.body = _plus(self.body, counts, sign)


def _plus(a: Counts, b: Counts, sign: int) -> Counts:
    return Counts(a.words + sign * b.words, a.signes + sign * b.signes)


class TextCommand(QUndoCommand):
    """Stands for one or more undo levels of the text document in the shared history."""

    def __init__(self, document: Document, label: Label) -> None:
        super().__init__(said(label))
        self.wording = label
        self.document = document
        self.levels = 1
        self._pushed = False
        self.known: tuple[tuple[Block, ...], tuple[Block, ...]] | None = None
        """The article's blocks before and after the step, when it is a rewrite that knew
        them (`Document.rewrite`): undo and redo hand them to the model instead of having it
        read the text back."""

    def undo(self) -> None:
        self.document._step_text(undo=True, levels=self.levels, known=self._known(0))

    def redo(self) -> None:
        if not self._pushed:  # pushing a command runs redo; the edit has already happened
            self._pushed = True
            return
        self.document._step_text(undo=False, levels=self.levels, known=self._known(1))

    def _known(self, side: int) -> tuple[Block, ...] | None:
        """Only while the step is its one level: a repair joined to it would be lost."""
        return self.known[side] if self.known is not None and self.levels == 1 else None


class MetaCommand(QUndoCommand):
    """A metadata edit (the inspector's), undone in the same history as the text."""

    def __init__(self, document: Document, label: Label, before: Article, after: Article) -> None:
        super().__init__(said(label))
        self.wording = label
        self.document, self.before, self.after = document, before, after
        self.fields = [
            f.name for f in fields(before.meta)
            if getattr(before.meta, f.name) != getattr(after.meta, f.name)
        ]  # fmt: skip
        """The fields this edit changed: undo and redo set those alone, so that a colleague's
        edit of another field meanwhile (a shared article) stays."""

    def undo(self) -> None:
        self._set(self.before)

    def redo(self) -> None:
        self._set(self.after)

    def _set(self, source: Article) -> None:
        meta = self.document.article.meta
        values = {name: getattr(source.meta, name) for name in self.fields}
        self.document._set_meta(replace(self.document.article, meta=replace(meta, **values)))


class Document(QObject):
    """An article being edited. Signals: `changed(start, removed, added)` when blocks
    [start, start + removed) were replaced by `added` blocks (0, 0, 0 for metadata);
    `dirty_changed(bool)`; `path_changed`; `cursor_requested(position)` after undo and redo."""

    changed = Signal(int, int, int)
    held = Signal()
    """A change taken with its `changed` held back (`telling(later=True)`): work that waits
    for a pause in typing waits on."""
    dirty_changed = Signal(bool)
    path_changed = Signal()
    cursor_requested = Signal(int)

    def __init__(self, article: Article, path: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._article = article
        self.path = path
        self.origin: Path | None = None
        """The file an imported article was read from (never written): Save As starts beside it."""
        self.text = bridge.to_qt(article, QTextDocument(self))
        looks.set_for_length(self.text)
        self.text.documentLayout()  # Qt reports contentsChange only once a layout exists
        self._index = {block.id: i for i, block in enumerate(article.blocks)}
        self.stats = StatsCache()
        """Per-block counts, shared by everything in the window that counts (one count each)."""
        self.counts = LiveCounts(article.blocks, self.stats)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self._label: Label | None = None
        self._hint: Label | None = None
        self._macros: dict[int, tuple[str, Label]] = {}
        """Steps Qt made (macros), by address: the text given and its wording."""
        self._changed_at: int | None = None
        self._top: TextCommand | None = None
        self.deleting: tuple[str, int, int] | None = None
        """The last tracked deletion: its suggestion, where the cursor went, the history's
        index after it; the next Backspace or Delete there joins its step (`tracked`)."""
        self._stamps: list[tuple[QTextCursor, Block]] = []
        self._restyles: list[QTextCursor] = []
        """Paragraphs an edit joined, whose carried-over text must take their kind's look."""
        self._turns: list[QTextCursor] = []
        """Paragraphs an edit turned right to left or back, whose format must say so."""
        self._scripts: list[tuple[QTextCursor, bool]] = []
        """Text an edit added in another script's look (`upright`), selected, and whether the
        edit only inserted it (typing)."""
        self._typed_on: tuple[TextCommand, QTextCursor, QTextCursor] | None = None
        """The typing step a script repair joined, and where its typing stands (one mark that
        an insertion there leaves, one it moves): typing on from there joins the step."""
        self._stepping = False
        self._joining = False
        self._known: tuple[Block, ...] | None = None
        """The blocks a rewrite of many stretches leaves (`rewrite`): its fold takes them."""
        self._told: Block | None = None
        """A paragraph's new state, known to whoever changes its text (`telling`)."""
        self._later = False
        self._held: dict[str, None] = {}
        """Paragraphs told `later` whose `changed` is still to come (`tell_held`), in order."""
        self.size_later = False
        """An edit told `later` changed the page's height: the views on it hear of its new
        size with the paragraphs (`tell_held`)."""
        self.text.contentsChange.connect(self._fold)
        self.text.undoCommandAdded.connect(self._record)

    @classmethod
    def open(cls, path: Path, parent: QObject | None = None) -> Document:
        """Raises `ArticleFileError` with a message for the user."""
        return cls(storage.load(path), path, parent)

    # -- reading -------------------------------------------------------------------------------

    @property
    def article(self) -> Article:
        return self._article

    @property
    def changed_to(self) -> int | None:
        """Where the text's last change ended: Qt hands the paragraphs after it to the
        highlighters only while their states change."""
        return self._changed_at

    @property
    def dirty(self) -> bool:
        return not self.undo_stack.isClean()

    @property
    def title(self) -> str:
        return self.path.name if self.path else tr("Untitled article")

    def block(self, block_id: str) -> Block:
        return self._article.blocks[self._index[block_id]]

    def index_of(self, block_id: str) -> int:
        return self._index[block_id]

    # -- saving --------------------------------------------------------------------------------

    def save(self, path: Path | None = None) -> None:
        """Write the article (atomically); raises `SaveError` with a message for the user."""
        target = path or self.path
        if target is None:
            raise ValueError("save needs a path for a new article")
        storage.save(without_orphans(self._article.unused_media_dropped()), target)
        if target != self.path:
            self.path = target
            self.path_changed.emit()
        self.undo_stack.setClean()

    # -- editing -------------------------------------------------------------------------------

    @contextmanager
    def edit(self, label: Label) -> Iterator[QTextCursor]:
        """One named step in the history: edits made with the cursor undo together."""
        cursor = QTextCursor(self.text)
        self._label = label
        cursor.beginEditBlock()
        try:
            yield cursor
        finally:
            cursor.endEditBlock()
            self._label = None

    @contextmanager
    def naming(self, label: Label) -> Iterator[None]:
        """Name the history step Qt may open during the block (a deletion, say)."""
        self._hint = label
        try:
            yield
        finally:
            self._hint = None

    def replace_units(
        self, units: Sequence[bridge.Unit], blocks: Sequence[Block], label: Label
    ) -> dict[tuple[str, str], int]:
        """Rewrite the document's `units` as `blocks` in one step; where each block landed."""
        first, last, head, tail = bridge.span(units)
        written = [self.block(head.id)] if head is not None and head.id in self._index else []
        written += blocks
        if tail is not None and tail.id in self._index:
            written.append(self.block(tail.id))
        return self.replace_span(first, last, written, label)

    def replace_span(
        self, first: QTextBlock, last: QTextBlock, blocks: Sequence[Block], label: Label
    ) -> dict[tuple[str, str], int]:
        """Rewrite the root paragraphs `first`..`last` (and all between) as `blocks`."""
        with self.edit(label):
            places = bridge.replace(self.text, first, last, blocks, self._article.media)
        return places

    def rewrite(
        self,
        stretches: Sequence[tuple[Sequence[bridge.Unit], Sequence[Block]]],
        result: Sequence[Block],
        label: Label,
    ) -> None:
        """Rewrite each stretch of units as its blocks, all in one step, when the caller
        knows the blocks the article holds after it (`result`: a review decision's). Qt
        reports one change from the first stretch to the last; the model takes `result`
        rather than reading that whole range back, and only the blocks that differ are
        counted again. The stretches are in reading order and apart."""
        before, top = self._article.blocks, self._top
        self._known = tuple(result)
        try:
            with self.edit(label):
                for units, blocks in reversed(stretches):  # the last first: places hold
                    first, last, head, tail = bridge.span(units)
                    written = [self.block(head.id)] if head is not None else []
                    written += blocks
                    written += [self.block(tail.id)] if tail is not None else []
                    bridge.replace(self.text, first, last, written, self._article.media)
        finally:
            self._known = None
        if self._top is not top and self._top is not None:  # the step the rewrite made
            self._top.known = (before, self._article.blocks)

    @contextmanager
    def telling(self, block: Block, later: bool = False) -> Iterator[None]:
        """Qt's change in the block is to `block`'s paragraph, and `block` is what it holds
        after it (a colleague's edit, already read from the room): the fold takes it rather
        than reading the paragraph back from the page, and tells of that block alone. A
        change that reaches further, or a page that does not show `block`'s text, is read
        back as any other. With `later`, the article holds the block at once but `changed`
        waits for `tell_held`: a colleague's keys come faster than the counts, the labels
        and the checks need to follow them, and each of those costs the key its time."""
        self._told, self._later = block, later
        try:
            yield
        finally:
            self._told, self._later = None, False

    @property
    def holding(self) -> bool:
        """Paragraphs were changed `later` and not yet told of."""
        return bool(self._held) or self.size_later

    def tell_held(self) -> None:
        """One `changed` for each paragraph changed `later` since the last call, by its place
        now (a paragraph gone since was told of by its removal), and the page's new size."""
        if self.size_later:
            self.size_later = False
            repaint.tell_size(self.text)
        held, self._held = self._held, {}
        for block_id in held:
            at = self._index.get(block_id)
            if at is not None:
                self.changed.emit(at, 1, 1)

    def _take_told(self, block: Block, position: int, added: int) -> bool:
        at = self._index.get(block.id)
        page = self.text.findBlock(position)
        if at is None or page != self.text.findBlock(position + added):
            return False
        unit = bridge.unit_of(page)
        if unit is None or unit.frame is not None or unit.id != block.id or unit.last != page:
            return False
        if page.text().replace(bridge.LINE_BREAK, "\n") != block.plain_text:
            return False
        blocks = self._article.blocks
        old = blocks[at]
        self._article = self._article.with_blocks((*blocks[:at], block, *blocks[at + 1 :]))
        self.counts.replace((old,), (block,))
        if self._later:
            self._held[block.id] = None
            self.held.emit()
        else:
            self.changed.emit(at, 1, 1)
        return True

    def _take_known(self, known: tuple[Block, ...]) -> None:
        old = self._article.blocks
        before = {block.id: block for block in old}
        self._article = self._article.with_blocks(known)
        self._index = {block.id: i for i, block in enumerate(known)}
        after = {block.id: block for block in known}
        self.counts.replace(
            [b for b in old if after.get(b.id) is not b],
            [b for b in known if before.get(b.id) is not b],
        )
        self.changed.emit(0, len(old), len(known))

    def add_media(self, media: Media) -> None:
        """Keep an image's bytes in the article before a block points at it."""
        if media.key not in self._article.media:
            self._article = self._article.add_media(media)

    def change_meta(self, label: Label, **changes: Any) -> None:
        before = self._article
        after = before.with_meta(**changes)
        if after != before:
            self.undo_stack.push(MetaCommand(self, label, before, after))

    def keep_extra(self, key: str, value: Any) -> None:
        """Set a top-level key of the file outside the history (the publication log: undoing
        an edit must not forget that a version was sent). Written with the next save."""
        self._article = replace(self._article, extra={**self._article.extra, key: value})

    @contextmanager
    def macro(self, label: Label) -> Iterator[None]:
        """Steps pushed in the block undo as one, named `label`."""
        text = said(label)
        self.undo_stack.beginMacro(text)
        try:
            yield
        finally:
            self.undo_stack.endMacro()
            top = self.undo_stack.command(self.undo_stack.index() - 1)
            if top is not None and callable(label):
                self._macros[shiboken6.getCppPointer(top)[0]] = (text, label)

    def retranslate_history(self) -> None:
        """Name every step again in the language now installed (Undo and Redo follow)."""
        stack = self.undo_stack
        macros, self._macros = self._macros, {}
        for index in range(stack.count()):
            command = stack.command(index)
            wording = getattr(command, "wording", None)
            if callable(wording):
                command.setText(wording())
                continue
            address = shiboken6.getCppPointer(command)[0]
            text, label = macros.get(address, ("", ""))
            if callable(label) and command.text() == text:  # the same step, not a newer one
                self._macros[address] = (said(label), label)
                command.setText(said(label))

    def set_review(self, source: Article) -> None:
        """Take `source`'s suggestions and comments tables and the suggestion ids its blocks
        carry as a whole (inserted, deleted, re-kinded), by block id. Those live in the model
        only, not in the text: an accept or reject sets them beside its text step."""
        own = {b.id: (b.insert, b.delete, b.kind_change) for b in source.blocks}
        old = self._article.blocks
        new = tuple(
            replace(b, insert=own[b.id][0], delete=own[b.id][1], kind_change=own[b.id][2])
            if b.id in own and own[b.id] != (b.insert, b.delete, b.kind_change)
            else b
            for b in old
        )
        self._article = replace(
            self._article.with_blocks(new),
            suggestions=source.suggestions,
            comments=source.comments,
        )
        differ = [n for n, (a, b) in enumerate(zip(old, new, strict=True)) if a is not b]
        self.counts.replace([old[n] for n in differ], [new[n] for n in differ])
        self.changed.emit(0, len(old), len(new))

    def set_suggestions(
        self,
        suggestions: Mapping[str, Suggestion],
        marks: Mapping[str, BlockMarks],
        where: str,
    ) -> None:
        """Take the suggestions table, and for the blocks named the ids they carry as a whole
        (inserted, deleted, re-kinded): the part of a tracked edit that lives in the model
        only. Unlike `set_review`, a change of one place: only the blocks named are told of
        (or `where`, the block the edit was in), so a keystroke that starts a suggestion does
        not make every listener go over the whole article."""
        old = self._article.blocks
        blocks = list(old)
        touched = [self._index[b] for b in (*marks, where) if b in self._index]
        for block_id, (insert, delete, kind_change) in marks.items():
            at = self._index.get(block_id)
            if at is not None:
                blocks[at] = replace(
                    blocks[at], insert=insert, delete=delete, kind_change=kind_change
                )
        article = self._article.with_blocks(tuple(blocks)) if marks else self._article
        self._article = replace(article, suggestions=suggestions)
        if not touched:
            self.changed.emit(0, len(old), len(old))
            return
        lo, hi = min(touched), max(touched) + 1
        self.counts.replace(old[lo:hi], self._article.blocks[lo:hi])
        self.changed.emit(lo, hi - lo, hi - lo)

    def take_meta(self, article: Article) -> None:
        """Take `article`'s metadata outside the history (a colleague's edit in a shared room)."""
        self._set_meta(article)

    def _set_meta(self, article: Article) -> None:
        self._article = replace(self._article, meta=article.meta)
        self.changed.emit(0, 0, 0)

    # -- keeping model and history in step with the text ---------------------------------------

    def _fold(self, position: int, removed: int, added: int) -> None:
        self._changed_at = position + added
        if not self._stepping:  # undo and redo restore the formats themselves
            self._look_for_turns(position, added)
            self._look_for_scripts(position, removed, added)
        if self._known is not None:
            known, self._known = self._known, None
            self._take_known(known)
            return
        told, self._told = self._told, None
        if told is not None and self._take_told(told, position, added):
            return
        change = bridge.changed(self.text, self._article, self._index, position, added)
        old = self._article.blocks[change.start : change.stop]
        if not change.stamps and tuple(old) == tuple(change.blocks):
            return  # formats only (the spelling underline): the copy is what it was
        self._article = change.apply(self._article)
        if len(old) != len(change.blocks) or any(
            a.id != b.id for a, b in zip(old, change.blocks, strict=True)
        ):
            self._index = {block.id: i for i, block in enumerate(self._article.blocks)}
        self.counts.replace(old, change.blocks)
        if change.stamps:
            for unit, block in change.stamps:
                self._stamps.append((QTextCursor(unit.first), block))
        if removed and not self._stepping:  # a join; undo and redo restore looks themselves
            self._look_for_joins(position, added)
        if self._stamps or self._restyles:
            QTimer.singleShot(0, self._stamp)
        self.changed.emit(change.start, len(old), len(change.blocks))

    def _look_for_turns(self, position: int, added: int) -> None:
        """Paragraphs of the change whose text now runs the other way (`direction`): their
        format says so in a repair of the same step, as a join's look is set again."""
        block = self.text.findBlock(position)
        end = position + added
        found = False
        while block.isValid() and block.position() <= end:
            if direction.turned(block) is not None:
                self._turns.append(QTextCursor(block))
                found = True
            block = block.next()
        if found and not (self._stamps or self._restyles):
            QTimer.singleShot(0, self._stamp)

    def _look_for_scripts(self, position: int, removed: int, added: int) -> None:
        """Letters the change added in another script's look (Arabic typed in italic, French
        typed upright after it): set right in a repair of the same step."""
        if added and upright.needs_care(self.text.findBlock(position), position, position + added):
            place = QTextCursor(self.text)
            place.setPosition(position)
            place.setPosition(position + added, QTextCursor.MoveMode.KeepAnchor)
            self._scripts.append((place, not removed))
            if not (self._stamps or self._restyles or self._turns):
                QTimer.singleShot(0, self._stamp)

    def _look_for_joins(self, position: int, added: int) -> None:
        block = self.text.findBlock(position)
        end = position + added
        while block.isValid() and block.position() <= end:
            if bridge.off_look(block):
                self._restyles.append(QTextCursor(block))
            block = block.next()

    def _stamp(self) -> None:
        stamps, self._stamps = self._stamps, []
        restyles, self._restyles = self._restyles, []
        turns, self._turns = self._turns, []
        scripts, self._scripts = self._scripts, []
        if not stamps and not restyles and not turns and not scripts:
            return
        with self.edit("") as cursor:
            for place in turns:
                wanted = direction.turned(place.block())
                if wanted is not None:
                    cursor.setPosition(place.position())
                    fmt = QTextBlockFormat()
                    fmt.setLayoutDirection(wanted)
                    cursor.mergeBlockFormat(fmt)
            for place, block in stamps:
                unit = bridge.unit_of(place.block())
                if unit is not None and unit.id != block.id and block.id in self._index:
                    bridge.stamp(cursor.document(), unit, self.block(block.id), self._article.media)
            for place in restyles:
                bridge.restyle(cursor, place.block())
            for place, _ in scripts:
                upright.set_right(cursor, place.selectionStart(), place.selectionEnd())
        typed = [place for place, inserted in scripts if inserted]
        if typed and self._top is not None:
            end = max(place.selectionEnd() for place in typed)
            stays, moves = QTextCursor(self.text), QTextCursor(self.text)
            stays.setKeepPositionOnInsert(True)
            stays.setPosition(end)
            moves.setPosition(end)
            self._typed_on = (self._top, stays, moves)

    def _clean_changed(self, clean: bool) -> None:
        self.dirty_changed.emit(not clean)

    @contextmanager
    def joining(self) -> Iterator[None]:
        """The text's edits in the block join the last step, when that step is still the
        history's last, as typing joins a word (one more Backspace of a tracked deletion)."""
        self._joining = True
        try:
            yield
        finally:
            self._joining = False

    def _last_is_top(self) -> bool:
        """Whether the history's last step is `_top`, alone or first in a macro."""
        last = self.undo_stack.command(self.undo_stack.index() - 1)
        if last is None or self._top is None:
            return False
        return last is self._top or (last.childCount() > 0 and last.child(0) is self._top)

    def _record(self) -> None:
        label = self._label if self._label is not None else self._hint or _typing
        top = self.undo_stack.index() - 1
        if label == "" and self._top is not None and self.undo_stack.command(top) is self._top:
            self._top.levels += 1  # a repair Qt needed: part of the step before it
            return
        if self._joining and self._last_is_top() and self._top is not None:
            self._top.levels += 1
            return
        typed_on, self._typed_on = self._typed_on, None
        if label is _typing and typed_on is not None and self._types_on(typed_on):
            typed_on[0].levels += 1  # the word goes on after its letters were set right
            return
        self._top = TextCommand(self, label or _edit)
        self.undo_stack.push(self._top)

    def _types_on(self, typed_on: tuple[TextCommand, QTextCursor, QTextCursor]) -> bool:
        """Whether the text just typed went on where the repaired typing stood, in the same
        step, still the history's last."""
        step, stays, moves = typed_on
        return step is self._top and self._last_is_top() and moves.position() > stays.position()

    def _step_text(self, undo: bool, levels: int, known: tuple[Block, ...] | None = None) -> None:
        """Undo or redo `levels` of the text; the model takes `known` (the blocks the step
        leaves, when it knows them) rather than reading the text back: undoing Accept All on
        a long piece would read back every paragraph from its first change to its last."""
        self._changed_at = None
        self.deleting = None  # after Undo or Redo, the next deletion is a step of its own
        step = self.text.undo if undo else self.text.redo
        self._stepping = True
        self._known = known
        try:
            for _ in range(levels):
                step()
        finally:
            self._stepping = False
            self._known = None
        if self._changed_at is not None:  # Qt's own report of the spot is lost in edit blocks
            self.cursor_requested.emit(self._changed_at)
