"""A window in a room: the open article kept in step with a shared Yjs document.

The window's `Doc`, its `Follower` and its `UndoManager` live on the window's thread; the
network is a `RoomLink` on its own. Until the first sync the article is only the window's
(typing goes on, autosave and Save too); at the first sync the room's article is read: an empty
room takes ours, a room holding ours (or the one we joined) goes on from there, and the
window's edits made meanwhile are written into it. From then on:

- **Local edits in.** Every fold of the page into the article (`Document.changed`) is written
  with `Follower.edit`: the difference of two articles whose untouched blocks are the same
  objects, in one transaction under the local origin.
- **Remote edits out.** A `Changes` from the follower is applied to the page through the
  bridge: a text change as the one range it names (Qt's units from the page's own text), with
  the marks and annotations of its runs, by a cursor of its own, so the writer's cursor and
  selection stay on their characters; blocks inserted, removed, moved or re-kinded are written
  again from the article. None of it enters the history: the text document's own undo is off
  while shared.
- **Undo.** One's own edits only: a `pycrdt.UndoManager` over the blocks with the local origin;
  each of its steps is a `SharedStep` on the window's `QUndoStack`, so Ctrl+Z and the Undo
  menu walk one timeline as before. Metadata edits stay `MetaCommand`s (the model's own undo,
  written back as a local edit).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import Any

from pycrdt import Doc, TransactionEvent, UndoManager
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QUndoCommand

from editor.app import bridge, collector, repaint
from editor.app.document import Document
from editor.app.room_link import RoomLink
from editor.coedit.address import RoomAddress
from editor.coedit.changes import Changes, Follower, TextChange
from editor.coedit.client import Backoff, Status
from editor.coedit.edits import LOCAL
from editor.coedit.layout import SharedArticleError, article_to_doc, doc_to_article, roots
from editor.coedit.presence import Cursor, Peer, User
from editor.coedit.sharing import holds_article
from editor.model.article import Article, Block
from editor.model.storage import ArticleFileError


def tr(text: str) -> str:
    return QCoreApplication.translate("Together", text)


TELL_PAUSE_MS = 100
"""A colleague's keys are told to the window's counts, labels and checks once they pause this
long (a writer's keys come some 150–300 ms apart, a burst of them closer)…"""
TELL_AT_MOST_S = 1.0
"""…and at least this often while they do not pause."""


def _undo_label() -> str:
    return tr("Your edit")


class SharedStep(QUndoCommand):
    """One step of the shared undo manager on the window's history."""

    def __init__(self, shared: SharedArticle) -> None:
        super().__init__(_undo_label())
        self.wording = _undo_label
        self._shared = shared
        self._pushed = False

    def undo(self) -> None:
        self._shared.step(undo=True)

    def redo(self) -> None:
        if self._pushed:
            self._shared.step(undo=False)
        self._pushed = True


class SharedArticle(QObject):
    """`document` kept in the room at `address`; `close()` leaves the room."""

    status_changed = Signal(object)
    peers_changed = Signal(object)
    problem = Signal(str)
    """A sentence for the writer: what the room refused or a merge mended."""
    declined = Signal()
    """The room held another article and the writer chose not to replace it: the room is left."""

    def __init__(
        self,
        document: Document,
        address: RoomAddress,
        user: User,
        backoff: Backoff | None = None,
        parent: QObject | None = None,
        replace_room: Callable[[Article], bool] | None = None,
    ) -> None:
        """`replace_room`: asked, when the room holds an article other than ours, whether
        ours replaces it (Share); None to take the room's and write our edits since (Join)."""
        super().__init__(parent)
        self._replace_room = replace_room
        self.document = document
        self.address = address
        self.doc: Doc[Any] = Doc()
        self.follower: Follower | None = None
        self.undo: UndoManager | None = None
        self.peers: list[Peer] = []
        self.status = Status.CONNECTING
        self._applying = False
        self._receiving = False
        self._steps = 0
        self._closed = False
        self.places: dict[str, int] = {}
        """Where on the page each block was last found (`unit_of_id`)."""
        self._tell = QTimer(self, singleShot=True, interval=TELL_PAUSE_MS)
        self._tell.timeout.connect(self._tell_held)
        self._held_since: float | None = None
        self.link = RoomLink(address, user, self.doc.get_update(), backoff, self)
        self.link.received.connect(self._received)
        self.link.synced.connect(self._synced)
        self.link.status_changed.connect(self._status)
        self.link.peers_changed.connect(self._peers)
        self.doc.observe(self._doc_changed)
        document.changed.connect(self._local_edit)
        self.link.start()

    def close(self) -> None:
        """Leave the room (once: the window's end calls it too)."""
        if self._closed:
            return
        self._closed = True
        self._tell_held()
        self.link.close()
        if self.follower is not None:
            self.follower.close()

    # -- the room's copy -----------------------------------------------------------------

    def _synced(self, update: bytes) -> None:
        if self.follower is None:
            self._first_sync(update)
        else:
            self._receive(update, whole=True)

    def _first_sync(self, update: bytes) -> None:
        self._receiving = True
        try:
            self.doc.apply_update(update)
        finally:
            self._receiving = False
        ours = self.document.article
        if not holds_article(self.doc):
            article_to_doc(ours, self.doc, origin="copydesk-share")
            room = ours
        else:
            try:
                room = doc_to_article(self.doc, self.address.url)
            except (SharedArticleError, ArticleFileError) as error:
                self.problem.emit(str(error))
                self.link.close()
                return
        if room != ours and self._replace_room is not None and not self._replace_room(room):
            self.problem.emit(
                tr("The room %1 holds another article: it is left as it was.").replace(
                    "%1", self.address.url
                )
            )
            self.close()
            self.declined.emit()
            return
        self.follower = Follower(self.doc, room, self._remote, source=self.address.url)
        self.undo = UndoManager(scopes=[roots(self.doc).blocks])
        self.undo.include_origin(LOCAL)
        self.document.text.setUndoRedoEnabled(False)  # the room's history from here on
        self.document.undo_stack.clear()
        self.document.undo_stack.resetClean()
        if room != ours:
            self.follower.edit(ours)
            self._count_steps()
        self._repair()  # read whole once here: a colleague's keystroke then reads its block
        self._find_places()
        # What the room made lives as long as the window is in it (the room's article when
        # joined, a watch on each block, the page's places): out of the collector's walks, as
        # the window is. Left in sight, some 30 000 objects on a long read until the check's
        # next pass froze them, and a full collection meanwhile took 2-4 ms of a colleague's key.
        collector.put_by()

    def _received(self, update: bytes) -> None:
        if self.follower is not None:
            self._receive(update, whole=False)

    def _receive(self, update: bytes, whole: bool) -> None:
        assert self.follower is not None
        self._receiving = True
        try:
            self.follower.receive(update, whole)
        finally:
            self._receiving = False
        self._repair()

    def _repair(self) -> None:
        assert self.follower is not None
        notes = self.follower.repair()
        if notes:
            self.problem.emit("; ".join(note.message for note in notes))

    def _doc_changed(self, event: TransactionEvent) -> None:
        if not self._receiving and event.update != b"\x00\x00":
            self.link.send(event.update)

    # -- local edits in --------------------------------------------------------------------

    def _local_edit(self, *_: object) -> None:
        if self._applying or self.follower is None or self._closed:
            return
        self.follower.edit(self.document.article)
        self._count_steps()

    def _count_steps(self) -> None:
        """A new step of the undo manager becomes a step of the window's history."""
        assert self.undo is not None
        steps = len(self.undo.undo_stack)
        if steps > self._steps:
            self.document.undo_stack.push(SharedStep(self))
        self._steps = steps

    def step(self, undo: bool) -> None:
        if self.undo is None:
            return
        if undo:
            self.undo.undo()
        else:
            self.undo.redo()
        self._steps = len(self.undo.undo_stack)

    # -- remote edits out --------------------------------------------------------------------

    def _remote(self, changes: Changes) -> None:
        rewritten = rewrites_page(changes)
        place = self._caret_place() if rewritten else None
        self._applying = True
        try:
            apply_changes(self.document, changes, self.places, later=True)
        finally:
            self._applying = False
        if rewritten:
            self._find_places()
        if place is not None:
            self._put_caret(*place)
        self.document.undo_stack.resetClean()  # the others' words are unsaved words too
        self._tell_soon()

    def _tell_soon(self) -> None:
        """The paragraphs a colleague's keys changed are told of at a pause in them, or now
        when they have not paused for `TELL_AT_MOST_S`."""
        if not self.document.holding:
            return
        now = time.monotonic()
        if self._held_since is None:
            self._held_since = now
        if now - self._held_since >= TELL_AT_MOST_S:
            self._tell_held()
        else:
            self._tell.start()

    def _tell_held(self) -> None:
        self._tell.stop()
        self._held_since = None
        self._applying = True  # the others' edits, not ours: nothing goes back to the room
        try:
            self.document.tell_held()
        finally:
            self._applying = False

    def _status(self, status: Status) -> None:
        self.status = status
        if status is Status.REFUSED:
            self.problem.emit(
                tr("%1 refused the connection: %2")
                .replace("%1", self.address.url)
                .replace("%2", self.link.refusal or tr("no reason given"))
            )
        self.status_changed.emit(status)

    def _peers(self, peers: list[Peer]) -> None:
        self.peers = peers
        self.peers_changed.emit(peers)

    def set_cursor(self, cursor: Cursor | None) -> None:
        self.link.set_cursor(cursor)

    caret: Callable[[], int] | None = None
    """The writer's caret on the page (set by the window), kept on its block when the others'
    edits make the page be written again."""

    def _find_places(self) -> None:
        """Where every block stands on the page, found in one walk (some 20 ms on a long read,
        in the room and after the page is written again): a colleague's first key in a
        paragraph then walks no paragraph to find it (0.1 to 0.6 ms of that key on a long
        read, the further down the more)."""
        text = self.document.text
        self.places.clear()
        found = ((u.id, u.first.blockNumber()) for u in _units(text, text.begin()) if u.id)
        self.places.update(found)

    def _caret_place(self) -> tuple[str, int] | None:
        if self.caret is None:
            return None
        block = self.document.text.findBlock(self.caret())
        unit = bridge.unit_of(block)
        if unit is None or unit.frame is not None or not unit.id:
            return None
        return unit.id, self.caret() - block.position()

    def _put_caret(self, block_id: str, offset: int) -> None:
        unit = unit_of_id(self.document.text, block_id, hint_of(self.document, block_id))
        if unit is not None and unit.frame is None:
            at = unit.first.position() + min(offset, unit.first.length() - 1)
            self.document.cursor_requested.emit(at)


def rewrites_page(changes: Changes) -> bool:
    """Whether `apply_changes` writes the whole page again (blocks inserted, removed, moved)."""
    return bool(changes.order or changes.inserted or changes.removed or changes.media)


def apply_changes(
    document: Document,
    changes: Changes,
    places: dict[str, int] | None = None,
    later: bool = False,
) -> None:
    """Make the page show `changes.article`, touching only what changed (`places`: as for
    `unit_of_id`; `later`: as for `Document.telling`)."""
    article = changes.article
    if rewrites_page(changes):
        _rewrite_all(document, article)
    else:
        redrawn = set(changes.blocks)
        for change in changes.texts:
            if change.block_id in redrawn or not _edit_text(
                document, change, article, places, later
            ):
                redrawn.add(change.block_id)
        for block_id in redrawn:
            _rewrite_block(document, article, block_id)
    if changes.meta:
        document.take_meta(article)
    if changes.review or changes.blocks:
        document.set_review(article)


def _units(text: QTextDocument, first: QTextBlock) -> Iterable[bridge.Unit]:
    block = first
    while block.isValid():
        unit = bridge.unit_of(block)
        if unit is not None:
            yield unit
            block = unit.last
        block = block.next()


def unit_of_id(
    text: QTextDocument, block_id: str, hint: int = 0, places: dict[str, int] | None = None
) -> bridge.Unit | None:
    """Block `block_id` on the page. `hint`, its index in the article, is where to start:
    every block takes at least one paragraph of the page, so it is never further up, and a
    remote keystroke in a long article costs a few paragraphs, not a walk from the top.
    `places` remembers the paragraph each block was last found at (checked before it is
    trusted), so the next keystroke in it walks nothing past the frames above it."""
    if places is not None and (number := places.get(block_id)) is not None:
        unit = bridge.unit_of(text.findBlockByNumber(number))
        if unit is not None and unit.id == block_id:
            return unit
    start = text.findBlockByNumber(hint) if hint > 0 else text.begin()
    found = next((u for u in _units(text, start) if u.id == block_id), None)
    if found is None and hint > 0:  # a page not yet in step with the article
        found = next((u for u in _units(text, text.begin()) if u.id == block_id), None)
    if found is not None and places is not None:
        places[block_id] = found.first.blockNumber()
    return found


def block_in(article: Article, block_id: str, hint: int) -> Block | None:
    """Block `block_id` of `article`, looked for first at `hint` (its index in the article
    the page shows: the same while only texts change)."""
    if 0 <= hint < len(article.blocks) and article.blocks[hint].id == block_id:
        return article.blocks[hint]
    return next((b for b in article.blocks if b.id == block_id), None)


def hint_of(document: Document, block_id: str) -> int:
    try:
        return document.index_of(block_id)
    except KeyError:
        return 0


def _edit_text(
    document: Document,
    change: TextChange,
    article: Article,
    places: dict[str, int] | None,
    later: bool,
) -> bool:
    """The range of a paragraph's text replaced in place; False for a composite's parts."""
    text = document.text
    hint = hint_of(document, change.block_id)
    unit = unit_of_id(text, change.block_id, hint, places)
    block = block_in(article, change.block_id, hint)
    if unit is None or unit.frame is not None or block is None:
        return False
    page: QTextBlock = unit.first
    start, removed = change.in_utf16(page.text())
    cursor = QTextCursor(text)
    # one edit block: Qt lays the page out, highlights and reports the change once for the
    # removal and every run, and the model takes the block the room holds (`telling`). It
    # opens before the cursor is placed: placed outside one, a cursor measures where it would
    # stand on its line (the line shaped again: 0.03-0.07 ms on a long read), which the edit
    # then throws away. Only the paragraph is repainted (`repaint`); a new height of the page
    # is told with the paragraph when `later`: the scroll bars set again and painted (a
    # millisecond or two) once her keys pause, not at each key that adds a line.
    with (
        document.telling(block, later),
        repaint.paragraph_only(text, page, size_now=not later) as painted,
    ):
        cursor.beginEditBlock()
        try:
            cursor.setPosition(page.position() + start)
            cursor.setPosition(page.position() + start + removed, QTextCursor.MoveMode.KeepAnchor)
            if removed:
                cursor.removeSelectedText()
            for run in change.inserted:
                bridge.insert_run(cursor, block.kind, "", run)
        finally:
            cursor.endEditBlock()
    if painted.resized and later:
        document.size_later = True
    return True


def _rewrite_block(document: Document, article: Article, block_id: str) -> None:
    hint = hint_of(document, block_id)
    unit = unit_of_id(document.text, block_id, hint)
    block = block_in(article, block_id, hint)
    if unit is None or block is None:
        _rewrite_all(document, article)
        return
    document.replace_units([unit], [block], "")


def _rewrite_all(document: Document, article: Article) -> None:
    text = document.text
    blocks: tuple[Block, ...] = article.blocks
    for media in article.media.values():
        document.add_media(media)
    document.replace_span(text.begin(), text.lastBlock(), blocks, "")
