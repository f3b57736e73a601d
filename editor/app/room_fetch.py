"""Join's first step: a room's article read in the background, the window running meanwhile.

Reading a room means a connection, perhaps to a machine that never answers (the system gives
up on a silent address after seconds): on the window's thread that froze every window of the
application. The read runs in a thread of its own (an anyio blocking portal, as the room link
does) and its outcome comes back to the window's thread as a queued signal; Cancel ends it at
once. A Join does not wait for a server that refuses or is not there to come round: the first
failed connection is the answer, in words that say which of the troubles it was, and so is a
connection the server closes before the first sync (its reason given): nothing more will come.
"""

from __future__ import annotations

import contextlib
from concurrent.futures import CancelledError, Future
from contextlib import AbstractContextManager
from functools import partial

from anyio.from_thread import BlockingPortal, start_blocking_portal
from PySide6.QtCore import QObject, Qt, Signal

from editor.coedit.address import RoomAddress
from editor.coedit.layout import SharedArticleError
from editor.coedit.sharing import RoomError, Trouble, pull
from editor.model.article import Article
from editor.model.storage import ArticleFileError

JOIN_TIMEOUT = 20.0
"""Seconds a Join waits for the room's article before saying the server does not answer."""

Outcome = Article | RoomError | None
"""The room's article, why there is none to read, or None for an empty room."""


class RoomFetch(QObject):
    """Reads the room at `address` once, from `start()`; `finished` tells the outcome unless
    cancelled. It deletes itself once the read is over."""

    finished = Signal(object)
    """The `Outcome`, on the window's thread."""
    _ended = Signal(object)

    def __init__(
        self, address: RoomAddress, timeout: float = JOIN_TIMEOUT, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.address = address
        self.timeout = timeout
        self.running = False
        self._portal_context: AbstractContextManager[BlockingPortal] | None = None
        self._future: Future[Article | None] | None = None
        # queued, also when the read ends before `start` returns or on Cancel: the outcome
        # always comes through the event loop, never inside the call that asked for it
        self._ended.connect(self._end, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        """Connect to `finished` first: a refusal on this machine comes back at once."""
        if self._portal_context is not None:
            return
        self._portal_context = start_blocking_portal()
        portal = self._portal_context.__enter__()
        self.running = True
        read = partial(pull, self.address, timeout=self.timeout, patient=False)
        self._future = portal.start_task_soon(read)
        self._future.add_done_callback(self._ended.emit)
        if (window := self.parent()) is not None:
            window.destroyed.connect(self._abandon)

    def cancel(self) -> None:
        """Stop reading; `finished` is not emitted."""
        if self._future is not None:
            self._future.cancel()

    def _abandon(self) -> None:
        """The window goes while the room is read: no turn of the event loop will come to
        end the thread, so it is ended now (a quit would otherwise wait for it)."""
        self.cancel()
        self.running = False
        self._close_portal()

    def _close_portal(self) -> None:
        if self._portal_context is not None:
            with contextlib.suppress(Exception):  # the task is over or cancelled: it ends now
                self._portal_context.__exit__(None, None, None)
            self._portal_context = None

    def _end(self, future: Future[Article | None]) -> None:
        if not self.running:
            return
        self.running = False
        self.deleteLater()
        self._close_portal()
        try:
            outcome: Outcome = future.result()
        except CancelledError:
            return
        except RoomError as error:
            outcome = error
        except (SharedArticleError, ArticleFileError) as error:
            outcome = RoomError(str(error), Trouble.NOT_AN_ARTICLE, str(error))
        self.finished.emit(outcome)
