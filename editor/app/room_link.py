"""The network side of a shared window: a `RoomClient` in a thread of its own, on its own
copy of the document, handing updates to the window's thread as Qt signals.

The window's `Doc` is touched on the window's thread only (typing, undo, the follower that
tells the page what the others wrote); the client's `Doc` — a mirror — only on the link's
thread, where anyio runs the client's event loop. Updates cross as bytes: the window's own
go to the mirror, which the client sends on; the room's come back through `received`. A CRDT
takes an update twice without harm, so the two copies need no other agreement. A thread
rather than QtAsyncio: the application runs Qt's own event loop, and the client's work
(the sync of a long article, reconnection with backoff) then never waits for a keystroke.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from concurrent.futures import Future
from contextlib import AbstractContextManager
from typing import Any

import anyio
from anyio.from_thread import BlockingPortal, start_blocking_portal
from pycrdt import Doc, TransactionEvent
from PySide6.QtCore import QObject, Signal

from editor.coedit.address import RoomAddress
from editor.coedit.client import Backoff, RoomClient, Status
from editor.coedit.presence import Cursor, Peer, User


class RoomLink(QObject):
    """One window's connection to one room, from `start()`; `close()` leaves it."""

    received = Signal(bytes)
    """An update the room sent (applied to the mirror first)."""
    synced = Signal(bytes)
    """After each (re)connection: the whole mirror, for the window's copy to read whole."""
    status_changed = Signal(object)
    peers_changed = Signal(object)

    def __init__(
        self,
        address: RoomAddress,
        user: User,
        start: bytes,
        backoff: Backoff | None = None,
        parent: QObject | None = None,
    ) -> None:
        """`start`: the window's document as one update, so the first sync carries it.
        Nothing goes out before `start()`: a signal emitted from the link's thread before
        the window connected to it would be lost (a loopback server can answer first)."""
        super().__init__(parent)
        self.address = address
        self.refusal = ""
        self._mirror: Doc[Any] = Doc()
        self._mirror.apply_update(start)
        self._relaying = False
        self._mirror.observe(self._mirror_changed)
        self._portal_context: AbstractContextManager[BlockingPortal] = start_blocking_portal()
        self._portal = self._portal_context.__enter__()
        self._client = RoomClient(
            self._mirror,
            address,
            user,
            backoff=backoff,
            on_status=self._status,
            on_peers=self._peers,
            log=logging.getLogger("copydesk.share"),
        )
        self._done: Future[None] | None = None

    def start(self) -> None:
        """Go into the room, once whoever listens to the signals is connected."""
        if self._done is None and self._portal_context is not None:
            self._done = self._portal.start_task_soon(self._run)

    # -- from the window's thread ------------------------------------------------------

    def send(self, update: bytes) -> None:
        """The window's own edit: into the mirror, from which the client sends it."""
        self._soon(self._relay, update)

    def set_cursor(self, cursor: Cursor | None) -> None:
        self._soon(self._client.set_cursor, cursor)

    def close(self) -> None:
        """Leave the room (the others are told) and end the thread."""
        if self._portal_context is None:
            return
        with contextlib.suppress(Exception):  # a loop already gone has nothing left to do
            self._portal.call(self._client.stop)
            if self._done is not None:
                self._done.result(timeout=10)
        self._portal_context.__exit__(None, None, None)
        self._portal_context = None  # type: ignore[assignment]

    def _soon(self, call: Callable[..., object], *args: object) -> None:
        async def run() -> None:
            call(*args)

        if self._portal_context is not None:
            with contextlib.suppress(RuntimeError):  # the loop stopped: the window is closing
                self._portal.start_task_soon(run)

    # -- on the link's thread ----------------------------------------------------------

    async def _run(self) -> None:
        async with anyio.create_task_group() as tasks:
            tasks.start_soon(self._tell_syncs)
            await self._client.run()
            tasks.cancel_scope.cancel()  # the room is left: no sync to wait for

    async def _tell_syncs(self) -> None:
        """After every sync with the room, the window's copy reads the mirror whole."""
        while True:
            if await self._client.wait_for(Status.CONNECTED, Status.REFUSED) is Status.REFUSED:
                return
            while self._client.status is Status.CONNECTED:
                # asked again each second: a connection that dropped and came back between
                # two looks has a new sync, and the old one will never be answered
                with anyio.move_on_after(1):
                    await self._client.synced()
                    break
            else:
                continue  # gone before the sync: the next connection syncs
            self.synced.emit(self._mirror.get_update())
            await self._client.wait_for(Status.OFFLINE, Status.REFUSED)

    def _relay(self, update: bytes) -> None:
        self._relaying = True
        try:
            self._mirror.apply_update(update)
        finally:
            self._relaying = False

    def _mirror_changed(self, event: TransactionEvent) -> None:
        if not self._relaying and event.update != b"\x00\x00":
            self.received.emit(event.update)

    def _status(self, status: Status) -> None:
        self.refusal = self._client.refusal
        self.status_changed.emit(status)

    def _peers(self, peers: list[Peer]) -> None:
        self.peers_changed.emit(peers)
