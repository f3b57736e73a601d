"""The others' edits out of the shared document: what changed, as little as the window needs.

`Follower` keeps the `Article` in step with the document. Local edits go in through
`Follower.edit` (written with `edits.apply_article`, tagged with the local origin); every other
transaction (a peer's update, an undo) is described as a `Changes` once it is complete: per block
the one range of its text that changed, blocks inserted, removed or moved, fields and metadata
keys changed. The article after the change is built from the one before, re-reading only the
blocks the transaction touched, so a remote keystroke costs a paragraph, not the article.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

from pycrdt import (
    Doc,
    MapEvent,
    Subscription,
    TextEvent,
    TransactionEvent,
    get_update,
)

from editor.coedit.edits import LOCAL, apply_article
from editor.coedit.layout import (
    LOCAL_KEYS,
    SOURCE,
    SharedArticleError,
    block_of,
    read_media,
    read_shell,
    roots,
    run_of,
)
from editor.coedit.offsets import chars_in_bytes, utf16_index
from editor.coedit.repair import Note, repair_since
from editor.model.article import Article, Block, Media
from editor.model.inline import Run, slice_text, text_of
from editor.model.inline import Text as Runs
from editor.model.schema import KINDS
from editor.model.storage import ArticleFileError

REPAIR = "copydesk-repair"
"""The origin of the repairs every client makes after a merge (see `repair`)."""


@dataclass(frozen=True, slots=True)
class TextChange:
    """In block `block_id`, `removed` characters from `start` (code points of the text before)
    became `inserted` (with its marks and annotations). A change of formatting only is a
    replacement by the same characters."""

    block_id: str
    start: int
    removed: int
    inserted: Runs

    def in_utf16(self, before: str) -> tuple[int, int]:
        """(position, removed) in Qt's units, over the block's text before the change."""
        start = utf16_index(before, self.start)
        return start, utf16_index(before, self.start + self.removed) - start


@dataclass(frozen=True, slots=True)
class Changes:
    """What one transaction changed, and the article after it."""

    article: Article
    texts: tuple[TextChange, ...] = ()
    blocks: frozenset[str] = frozenset()
    """Blocks whose kind, fields or block-level suggestions changed (redraw the block)."""
    inserted: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    order: tuple[str, ...] | None = None
    """The block ids in reading order, when blocks were inserted, removed or moved."""
    meta: frozenset[str] = frozenset()
    review: bool = False
    """Suggestions or comments changed in their tables (who, when, threads)."""
    media: bool = False
    extra: bool = False
    problems: tuple[str, ...] = ()
    """What a peer wrote that this Copydesk could not read; the part it was in kept its value."""


@dataclass(slots=True)
class _Pending:
    """What one transaction's observers read, while its state could still be read (pycrdt
    allows reading in a shared type's observer, not in the document's after-transaction one)."""

    blocks: tuple[Block, ...] | None = None
    texts: tuple[TextChange, ...] = ()
    fields: frozenset[str] = frozenset()
    structure: bool = False
    meta: set[str] = field(default_factory=set)
    shell: Article | None = None
    review: bool = False
    media: dict[str, Media] | None = None
    extra: bool = False
    problems: list[str] = field(default_factory=list)
    fresh: dict[str, Block] = field(default_factory=dict)
    """The blocks a transaction touched, by id, as read (or spliced) in their observers."""
    deltas: dict[str, Any] = field(default_factory=dict)
    """Each touched text's Yjs delta, by block id."""
    changed_fields: set[str] = field(default_factory=set)
    order: list[str] | None = None
    """The block ids in the document's order, read when blocks were inserted, removed, moved
    or renamed."""

    def __bool__(self) -> bool:
        return (
            self.blocks is not None
            or self.shell is not None
            or self.media is not None
            or bool(self.meta or self.review or self.extra)
        )


class Follower:
    """The article a shared document holds, kept in step; `on_change` hears every transaction
    not made through `edit` (remote updates, undo and redo). `on_change` runs once the
    transaction is over, and must not write to the document (pycrdt forbids it there)."""

    def __init__(
        self,
        doc: Doc[Any],
        article: Article,
        on_change: Callable[[Changes], None],
        origin: Any = LOCAL,
        source: str = SOURCE,
    ) -> None:
        self.doc = doc
        self.article = article
        self.origin = origin
        self.source = source
        self._on_change = on_change
        self._pending = _Pending()
        self._waiting: list[bytes] = []
        self._unsure = False
        """A transaction could not be read whole: read the next one's result whole."""
        self._sound: Article | None = None
        """The article as it stood when `repair` last found nothing to mend."""
        self._since: set[str] | None = None
        """The blocks the others changed since `_sound`, by id (None: not known, as after
        one's own edit): `repair` then reads only those, without a walk over every block."""
        self.parts = parts = roots(doc)
        self._places = {block.id: index for index, block in enumerate(article.blocks)}
        """Where each block was last found in the article (`_index_of`): found here, at the
        start, rather than in a colleague's first key (0.4 ms for 2 000 blocks)."""
        self._watched: list[tuple[Any, Subscription]] = []
        """Each block's map, observed deep on its own (`_watch`)."""
        self._new_maps: list[Any] = []
        self._subscriptions: list[tuple[Any, Subscription]] = [
            (parts.blocks, parts.blocks.observe(self._order_changed)),
            (parts.meta, parts.meta.observe(self._meta_changed)),
            (parts.suggestions, parts.suggestions.observe_deep(self._review_changed)),
            (parts.comments, parts.comments.observe_deep(self._review_changed)),
            (parts.media, parts.media.observe_deep(self._media_changed)),
            (parts.extra, parts.extra.observe(self._extra_changed)),
        ]
        self._after = doc.observe(self._transaction_done)
        self._watch_all()

    def close(self) -> None:
        for shared, subscription in self._subscriptions + self._watched:
            shared.unobserve(subscription)
        self.doc.unobserve(self._after)

    def _watch_all(self) -> None:
        """Every block's map observed on its own, deep: an edit in a block then names its
        place from the block's map. Observed from the array of blocks, each event's path
        was found by yrs walking the array from its first block to the edited one, some
        0.25 ms of each colleague's key in the middle of a 2 000-block article."""
        for shared, subscription in self._watched:
            shared.unobserve(subscription)
        self._watched = []
        with self.doc.transaction():
            entries = list(self.parts.blocks)
        for entry in entries:
            self._watch(entry)

    def _watch(self, entry: Any) -> None:
        subscription = entry.observe_deep(partial(self._block_changed, entry))
        self._watched.append((entry, subscription))

    def edit(self, after: Article) -> None:
        """This machine's edit: into the document, under the local origin."""
        apply_article(self.doc, self.article, after, self.origin)
        self.article = after
        self._since = None

    def repair(self) -> list[Note]:
        """Mend what a merge broke (`repair.repair`), written under the repair origin: undo
        leaves it alone, and `on_change` hears it as it hears the others' edits. Call it once
        `on_change` has returned (the document cannot be written from inside it)."""
        changed = None
        if self._since is not None:
            places = [self._index_of(block_id) for block_id in self._since]
            changed = [at for at in places if at is not None]
            changed = changed if len(changed) == len(places) else None
        repaired, notes = repair_since(self._sound, self.article, changed)
        if not notes:
            self._sound, self._since = self.article, set()
            return notes
        self._since = None
        before = self.article.blocks
        with self.doc.transaction(origin=REPAIR):
            for index, (old, new) in enumerate(zip(before, repaired.blocks, strict=True)):
                if old.id != new.id:  # renamed in place, so that every client renames one map
                    self.parts.blocks[index]["id"] = new.id
            renamed = [
                replace(old, id=new.id) for old, new in zip(before, repaired.blocks, strict=True)
            ]
            apply_article(self.doc, self.article.with_blocks(renamed), repaired, REPAIR)
        return notes

    def receive(self, update: bytes, whole: bool = False) -> bool:
        """Apply a peer's update. True while the document waits for updates this one depends
        on: the connection should then send its state vector (sync step 1) to get them.

        yrs keeps such an update aside and integrates it once the missing ones arrive, but
        then does not always report every change it makes (formatting, among others), so
        while anything waits, and once when the wait ends, the article is read again whole
        (`refresh`) rather than from the events. With a server relaying in order this does
        not happen; it does when updates are relayed out of order or partly lost. The same
        holds after a transaction left a block unreadable (a map still without its kind)."""
        self.doc.apply_update(update)
        if _waits(update, self.doc):
            self._waiting.append(update)
        unsure = whole or self._unsure or bool(self._waiting)
        self._waiting = [u for u in self._waiting if _waits(u, self.doc)]
        if unsure:
            self.refresh()
        return bool(self._waiting)

    def refresh(self) -> None:
        """Read the whole document again and report what differs from the article (and
        observe every block again: a change yrs did not report may have added some)."""
        self._watch_all()
        self._since = None
        parts = self.parts
        before = self.article
        old = {block.id: block for block in before.blocks}
        problems: list[str] = []
        blocks: list[Block] = []
        for index, entry in enumerate(parts.blocks):
            try:
                blocks.append(block_of(entry, f"blocks[{index}]"))
            except SharedArticleError as error:
                problems.append(f"{self.source}: {error}")
                known = old.get(str(entry.get("id", "")))
                if known is not None:
                    blocks.append(known)
        self._unsure = bool(problems)
        pending = _Pending(blocks=tuple(blocks), problems=problems)
        pending.structure = [b.id for b in blocks] != [b.id for b in before.blocks]
        changed = [b for b in blocks if b.id in old and old[b.id] != b]
        pending.fields = frozenset(b.id for b in changed if _fields(b) != _fields(old[b.id]))
        pending.texts = tuple(
            _text_difference(b.id, old[b.id].text, b.text)
            for b in changed
            if b.text != old[b.id].text
        )
        self._pending = pending
        self._read_shell()
        pending.media = read_media(parts)
        pending.review = pending.extra = True
        self._pending = _Pending()
        changes = self._changes(pending)
        if changes.article != before:
            self.article = changes.article
            self._on_change(changes)

    # -- a transaction's events, read as they come -----------------------------------------

    def _ours(self, event: Any) -> bool:
        return bool(event.transaction.origin == self.origin)

    def _order_changed(self, event: Any) -> None:
        """The array of blocks itself: blocks inserted (observed from now on), removed or
        moved."""
        for op in event.delta:
            self._new_maps += op.get("insert", ())
        if not self._ours(event):
            self._read_order()

    def _block_changed(self, entry: Any, events: list[Any]) -> None:
        """A block's map or its text, read at once (the document can be read only here):
        a keystroke's block spliced from the delta, any other change read whole."""
        if not events or self._ours(events[0]):
            return
        pending = self._pending
        block_id = str(entry.get("id", ""))
        delta: Any = None
        fields = renamed = False
        for event in events:
            found: Any = event  # pycrdt's events declare their attributes as slots only
            if isinstance(event, TextEvent) and found.path == ["text"]:
                delta = found.delta
            else:
                fields = True
                renamed = renamed or (isinstance(event, MapEvent) and "id" in found.keys)
        at = self._index_of(block_id)
        if at is None or renamed:  # out of step, or renamed by a repair: read the order
            self._read_order()
        known = self.article.blocks[at] if at is not None else None
        block = spliced(known, delta) if known is not None and delta and not fields else None
        if block is None:
            block = self._read(entry, -1 if at is None else at, known)
        if block is not None:
            pending.fresh[block_id] = block
        if delta is not None:
            pending.deltas[block_id] = delta
        if fields:
            pending.changed_fields.add(block_id)

    def _read_order(self) -> None:
        """The blocks' ids in order, and the blocks this article does not hold yet."""
        pending = self._pending
        if pending.order is not None:
            return
        entries = list(self.parts.blocks)
        pending.order = [str(entry.get("id", "")) for entry in entries]
        for index, (block_id, entry) in enumerate(zip(pending.order, entries, strict=True)):
            if self._index_of(block_id) is None and block_id not in pending.fresh:
                block = self._read(entry, index, None)
                if block is not None:
                    pending.fresh[block_id] = block

    def _index_of(self, block_id: str) -> int | None:
        """Block `block_id`'s index in the article, from where it was last found (the
        places found again only when blocks were moved)."""
        blocks = self.article.blocks
        at = self._places.get(block_id)
        if at is None or at >= len(blocks) or blocks[at].id != block_id:
            self._places = {block.id: index for index, block in enumerate(blocks)}
            at = self._places.get(block_id)
        return at

    def _meta_changed(self, event: Any) -> None:
        if not self._ours(event):
            self._pending.meta.update(event.keys)
            self._read_shell()

    def _review_changed(self, events: list[Any]) -> None:
        if events and not self._ours(events[0]):
            self._pending.review = True
            self._read_shell()

    def _media_changed(self, events: list[Any]) -> None:
        if events and not self._ours(events[0]):
            try:
                self._pending.media = read_media(self.parts)
            except SharedArticleError as error:
                self._pending.problems.append(f"{self.source}: {error}")

    def _extra_changed(self, event: Any) -> None:
        if not self._ours(event):
            self._pending.extra = True
            self._read_shell()

    def _transaction_done(self, _: TransactionEvent) -> None:
        new_maps, self._new_maps = self._new_maps, []
        for entry in new_maps:
            self._watch(entry)
        pending, self._pending = self._pending, _Pending()
        if pending.fresh or pending.order is not None:
            self._compose(pending)
            if pending.order is not None or self._since is None:
                self._since = None
            else:
                self._since.update(pending.fresh)
        if pending:
            changes = self._changes(pending)
            self.article = changes.article
            self._on_change(changes)

    # -- reading only what changed ---------------------------------------------------------

    def _compose(self, pending: _Pending) -> None:
        """The article's blocks after the transaction, from those its observers read."""
        before = self.article.blocks
        fresh = pending.fresh
        places = {block_id: self._index_of(block_id) for block_id in fresh}
        old = {block_id: before[at] for block_id, at in places.items() if at is not None}
        if pending.order is None:  # a keystroke does not pay for a walk over every block
            after = list(before)
            for block_id, block in fresh.items():  # each known (else the order was read)
                if (at := places[block_id]) is not None:
                    after[at] = block
        else:
            every = {block.id: block for block in before}
            after = [b for i in pending.order if (b := fresh.get(i) or every.get(i)) is not None]
        pending.blocks = tuple(after)
        pending.structure = pending.order is not None
        pending.fields = frozenset(i for i in pending.changed_fields if i in old)
        texts = [
            describe_delta(block_id, old[block_id].plain_text, fresh[block_id].text, delta)
            for block_id, delta in pending.deltas.items()
            if block_id in old and block_id in fresh  # a block new here is inserted whole
        ]
        pending.texts = tuple(change for change in texts if change is not None)

    def _read(self, entry: Any, index: int, old: Block | None) -> Block | None:
        """The block as the peer left it; where it cannot be read, as it was (None if new)."""
        try:
            return block_of(entry, f"blocks[{index}]")
        except SharedArticleError as error:
            self._pending.problems.append(f"{self.source}: {error}")
            self._unsure = True
            return old

    def _read_shell(self) -> None:
        if self._pending.shell is not None:
            return
        try:
            self._pending.shell = read_shell(self.parts, self.source)
        except ArticleFileError as error:
            self._pending.problems.append(str(error))

    def _changes(self, pending: _Pending) -> Changes:
        before = self.article
        article = before
        if pending.blocks is not None:
            article = replace(article, blocks=pending.blocks)
        if pending.shell is not None:
            shell = pending.shell
            article = replace(
                article,
                meta=shell.meta,
                suggestions=shell.suggestions,
                comments=shell.comments,
                extra={**shell.extra, **_local(before.extra)},
            )
        if pending.media is not None:
            article = replace(article, media=pending.media)
        inserted: tuple[str, ...] = ()
        removed: tuple[str, ...] = ()
        if pending.structure:  # a keystroke does not pay for a walk over every block
            old_ids = {b.id for b in before.blocks}
            new_ids = {b.id for b in article.blocks}
            inserted = tuple(b.id for b in article.blocks if b.id not in old_ids)
            removed = tuple(b.id for b in before.blocks if b.id not in new_ids)
        return Changes(
            article,
            pending.texts,
            pending.fields,
            inserted,
            removed,
            tuple(b.id for b in article.blocks) if pending.structure else None,
            frozenset(pending.meta),
            pending.review,
            pending.media is not None,
            pending.extra,
            tuple(pending.problems),
        )


def _local(extra: Any) -> dict[str, Any]:
    return {k: v for k, v in extra.items() if k in LOCAL_KEYS}


def spliced(before: Block, delta: Iterable[dict[str, Any]]) -> Block | None:
    """`before` with a Yjs text delta applied (pycrdt counts: UTF-8 bytes of the text before):
    the block a colleague's keystroke leaves, made from the block the follower already holds
    rather than read back whole from the document. The same block `block_of` reads (a
    `Block` keeps its text canonical); None when the delta formats text already there or
    inserts something other than text, which is read back instead."""
    if not KINDS[before.kind].has_text:
        return None
    text, runs = before.plain_text, before.text
    old = 0
    pieces: list[Run] = []
    for op in delta:
        if "retain" in op:
            if op.get("attributes"):
                return None
            count = chars_in_bytes(text, old, int(op["retain"]))
            pieces += slice_text(runs, old, old + count)
            old += count
        elif "delete" in op:
            old += chars_in_bytes(text, old, int(op["delete"]))
        elif "insert" in op:
            inserted = op["insert"]
            if not isinstance(inserted, str):
                return None
            pieces.append(run_of(inserted, op.get("attributes")))
    pieces += slice_text(runs, old, len(text))
    return replace(before, text=tuple(pieces))


def describe_delta(
    block_id: str, before: str, after: Runs, delta: Iterable[dict[str, Any]]
) -> TextChange | None:
    """A Yjs text delta (pycrdt counts: UTF-8 bytes of the text before) as one `TextChange`."""
    old = new = 0
    first: int | None = None
    old_end = new_end = 0
    for op in delta:
        if "retain" in op:
            count = chars_in_bytes(before, old, int(op["retain"]))
            if op.get("attributes"):
                first = new if first is None else first
                old_end, new_end = old + count, new + count
            old, new = old + count, new + count
        elif "delete" in op:
            first = new if first is None else first
            old += chars_in_bytes(before, old, int(op["delete"]))
            old_end, new_end = old, new
        elif "insert" in op:
            first = new if first is None else first
            inserted = op["insert"]
            new += len(inserted) if isinstance(inserted, str) else 1
            old_end, new_end = old, new
    if first is None:
        return None
    return TextChange(block_id, first, old_end - first, slice_text(after, first, new_end))


def _waits(update: bytes, doc: Doc[Any]) -> bool:
    """Whether some of `update` is not yet in `doc` (kept aside by yrs, waiting): what the
    document's state vector lacks of it still holds structs (an update v1 opens with the number
    of clients it has structs for; `pycrdt.get_state` of such a remainder reads as empty)."""
    return get_update(update, doc.get_state())[0] != 0


def _fields(block: Block) -> tuple[object, ...]:
    return (
        block.kind,
        block.attrs,
        block.extra,
        block.insert,
        block.delete,
        block.kind_change,
        block.lang,
    )


def _text_difference(block_id: str, before: Runs, after: Runs) -> TextChange:
    """The change between two texts, from the first character that differs to the last."""
    old, new = text_of(before), text_of(after)
    head = 0
    while head < min(len(old), len(new)) and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < min(len(old), len(new)) - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    same_head = slice_text(before, 0, head) == slice_text(after, 0, head)
    same_tail = slice_text(before, len(old) - tail, len(old)) == slice_text(
        after, len(new) - tail, len(new)
    )
    start = head if same_head else 0
    end = len(new) - tail if same_tail else len(new)
    old_end = len(old) - tail if same_tail else len(old)
    return TextChange(block_id, start, old_end - start, slice_text(after, start, end))
