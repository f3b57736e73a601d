"""A document in a room: the y-websocket client, with presence, reconnection and a status.

The `Doc` is the writer's own copy and stays usable whatever the network does: edits made
offline stay in it, and the sync protocol's two steps, run again at every connection,
give the server what it lacks and take what others wrote meanwhile, so nothing is merged
by hand. A refused connection (wrong or missing token, no such room) is not retried: it
will not become right by waiting; any other failure is retried with a growing, jittered
delay so that a restarted server is not hit by every writer in the same second.

Remote updates are applied in a transaction whose origin is the client, so a binding can
tell them from local typing (and keep them out of the local undo history). The client runs in
the event loop of the thread that edits the `Doc` (asyncio through anyio), since a `Doc` takes
one transaction at a time: a window runs it in a thread of its own on a mirror of its `Doc`,
the two exchanging updates as bytes (`editor/app/room_link.py`).
"""

from __future__ import annotations

import contextlib
import logging
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import Enum
from typing import Any

import anyio
from anyio.abc import TaskGroup
from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream
from pycrdt import (
    Awareness,
    Doc,
    TransactionEvent,
    YMessageType,
    YSyncMessageType,
    create_awareness_message,
    create_sync_message,
    create_update_message,
    handle_sync_message,
    read_message,
)
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus
from websockets.protocol import State

from editor.coedit.address import RoomAddress
from editor.coedit.presence import Cursor, Peer, User, peer_of, state_of

MAX_MESSAGE = 256 * 1024 * 1024
REFUSING_STATUSES = (401, 403, 404)


class Status(Enum):
    """What the window shows: whether the others see this writer's words now."""

    CONNECTING = "connecting"
    CONNECTED = "connected"
    OFFLINE = "offline"
    REFUSED = "refused"


@dataclass(frozen=True)
class Backoff:
    first: float = 0.5
    factor: float = 2.0
    longest: float = 30.0
    jitter: float = 0.2

    def delays(self) -> Iterator[float]:
        delay = self.first
        while True:
            yield delay * random.uniform(1 - self.jitter, 1 + self.jitter)
            delay = min(delay * self.factor, self.longest)


class RoomClient:
    """Keeps `doc` in the room at `address` until `stop()`; use `async with` or `run()`."""

    def __init__(
        self,
        doc: Doc[Any],
        address: RoomAddress,
        user: User,
        *,
        backoff: Backoff | None = None,
        on_status: Callable[[Status], None] | None = None,
        on_peers: Callable[[list[Peer]], None] | None = None,
        log: logging.Logger | None = None,
    ) -> None:
        self.doc = doc
        self.address = address
        self.user = user
        self.backoff = backoff or Backoff()
        self.awareness = Awareness(doc)
        self.awareness.set_local_state(state_of(user, None))
        self.status = Status.CONNECTING
        self.refusal = ""  # the server's reason, when refused
        self.failure: Exception | None = None  # why the last connection failed or ended
        self._on_status = on_status
        self._on_peers = on_peers
        self._log = log or logging.getLogger(__name__)
        self._connection: ClientConnection | None = None
        self._applying_remote = False
        self._stopping = anyio.Event()
        self._status_changed = anyio.Event()
        self._synced = anyio.Event()
        # sync requests sent and answered on the current connection: an answer is a receipt
        # for every update sent before its request
        self._asked = self._answered = 0
        self._answer = anyio.Event()
        self._outbox: MemoryObjectSendStream[bytes]
        self._queued: MemoryObjectReceiveStream[bytes]
        self._outbox, self._queued = anyio.create_memory_object_stream[bytes](
            max_buffer_size=10_000
        )
        self._doc_subscription = doc.observe(self._local_update)
        self._awareness_subscription = self.awareness.observe(self._awareness_changed)
        self._task_group: TaskGroup | None = None

    # -- what the window reads ---------------------------------------------------------

    def peers(self) -> list[Peer]:
        """The others in the room, in the order they came."""
        own = self.awareness.client_id
        return [peer_of(c, s) for c, s in self.awareness.states.items() if c != own and s]

    def set_cursor(self, cursor: Cursor | None) -> None:
        self.awareness.set_local_state(state_of(self.user, cursor))

    async def wait_for(self, *statuses: Status) -> Status:
        while self.status not in statuses:
            await self._status_changed.wait()
        return self.status

    async def synced(self) -> None:
        """Wait until the room and this copy have exchanged what each lacked."""
        await self._synced.wait()

    async def flush(self) -> None:
        """Wait until the server has applied every local edit made so far.

        The server answers a sync request after the updates sent before it on the same
        connection, so its answer is the receipt for them.
        """
        while True:
            await self.wait_for(Status.CONNECTED)
            connection = self._connection
            self._asked += 1
            mine = self._asked
            self._send_soon(create_sync_message(self.doc))
            while self._connection is connection and self._answered < mine:
                await self._answer.wait()
            if self._connection is connection:
                return
            # the connection dropped first: the next one's sync carries the edits; ask again

    # -- running -----------------------------------------------------------------------

    async def __aenter__(self) -> RoomClient:
        self._exit = anyio.create_task_group()
        self._task_group = await self._exit.__aenter__()
        self._task_group.start_soon(self.run)
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()
        if self._task_group is not None:  # a connection still being attempted need not finish
            self._task_group.cancel_scope.cancel()
        await self._exit.__aexit__(None, None, None)

    async def stop(self) -> None:
        """Leave the room: tell the others at once, rather than let them time out."""
        if self._stopping.is_set():
            return
        self._stopping.set()
        connection = self._connection
        if connection is not None:
            self.awareness.set_local_state(None)
            with anyio.move_on_after(5):
                with contextlib.suppress(ConnectionClosed):
                    await connection.send(self._awareness_message([self.awareness.client_id]))
                await connection.close()

    async def run(self) -> None:
        delays = self.backoff.delays()
        try:
            async with anyio.create_task_group() as tasks:
                await tasks.start(self.awareness.start)
                tasks.start_soon(self._send_queued)
                while not self._stopping.is_set():
                    self._set_status(Status.CONNECTING)
                    if await self._connect_once():
                        delays = self.backoff.delays()
                    if self.status is Status.REFUSED or self._stopping.is_set():
                        break
                    self._set_status(Status.OFFLINE)
                    with anyio.move_on_after(next(delays)):
                        await self._stopping.wait()
                tasks.cancel_scope.cancel()
        finally:
            self.doc.unobserve(self._doc_subscription)
            self.awareness.unobserve(self._awareness_subscription)
            if self.status is not Status.REFUSED:
                self._set_status(Status.OFFLINE)

    async def _connect_once(self) -> bool:
        """One connection, until it ends; True if it got as far as being in the room."""
        try:
            async with connect(
                self.address.connect_url(), max_size=MAX_MESSAGE, open_timeout=10
            ) as connection:
                self._drop_queued()  # no await until the connection is set: no edit slips by
                self._connection = connection
                self._asked, self._answered = 1, 0
                try:
                    await connection.send(create_sync_message(self.doc))
                    await connection.send(self._awareness_message([self.awareness.client_id]))
                    self._set_status(Status.CONNECTED)
                    self._log.info("in room %s", self.address.url)
                    await self._converse(connection)
                finally:
                    self._connection = None
                    self._synced = anyio.Event()
                    self._answered_one()  # a flush waiting on this connection asks again
                    self._forget_peers()
                return True
        except InvalidStatus as error:
            self.failure = error
            status = error.response.status_code
            if status in REFUSING_STATUSES:
                self.refusal = error.response.body.decode("utf-8", "replace").strip() or str(status)
                self._log.warning("refused by %s: %s", self.address.url, self.refusal)
                self._set_status(Status.REFUSED)
            return False
        except (OSError, TimeoutError, InvalidHandshake, ConnectionClosed) as error:
            self.failure = error
            self._log.info("cannot reach %s: %s", self.address.url, error)
            return False

    def _drop_queued(self) -> None:
        """What was queued offline: the new connection's sync steps carry it."""
        while True:
            try:
                self._queued.receive_nowait()
            except anyio.WouldBlock:
                return

    async def _converse(self, connection: ClientConnection) -> None:
        """Until the connection ends; `failure` then holds how it ended (the close code and
        the server's reason, if it gave one), for a Join that waited for its first sync."""
        try:
            async for message in connection:
                if not isinstance(message, bytes) or not message:
                    continue
                try:
                    await self._receive(connection, message)
                except (ValueError, RuntimeError, IndexError) as error:  # pycrdt's decoders
                    # a peer's broken message (the server forwards presence as it comes):
                    # skipped, the room and this copy go on
                    self._log.warning("a message from %s was skipped: %s", self.address.url, error)
        except ConnectionClosed as error:
            self.failure = error
            return
        if connection.protocol.state is State.CLOSED:  # closed as normal: no exception
            self.failure = connection.protocol.close_exc

    async def _receive(self, connection: ClientConnection, message: bytes) -> None:
        if message[0] == YMessageType.AWARENESS:
            self.awareness.apply_awareness_update(read_message(message[1:]), self)
            return
        if message[0] != YMessageType.SYNC:
            return
        kind = message[1]
        if kind == YSyncMessageType.SYNC_STEP1:
            reply = handle_sync_message(message[1:], self.doc)
            if reply is not None:
                await connection.send(reply)
            return
        self._apply_remote(read_message(message[2:]))
        if kind == YSyncMessageType.SYNC_STEP2:
            self._synced.set()
            self._answered += 1
            self._answered_one()

    def _answered_one(self) -> None:
        answer, self._answer = self._answer, anyio.Event()
        answer.set()

    def _apply_remote(self, update: bytes) -> None:
        if update == b"\x00\x00":
            return
        self._applying_remote = True
        try:
            with self.doc.transaction(origin=self):
                self.doc.apply_update(update)
        finally:
            self._applying_remote = False

    # -- sending -----------------------------------------------------------------------

    def _local_update(self, event: TransactionEvent) -> None:
        if not self._applying_remote and self._connection is not None:
            self._send_soon(create_update_message(event.update))

    def _send_soon(self, message: bytes) -> None:
        try:
            self._outbox.send_nowait(message)
        except anyio.WouldBlock:
            self._log.warning("too many edits queued: the next connection will resync them")

    async def _send_queued(self) -> None:
        async for message in self._queued:
            connection = self._connection
            if connection is None:
                continue  # offline: the next connection's sync steps carry the edit
            with contextlib.suppress(ConnectionClosed):
                await connection.send(message)

    def _awareness_message(self, clients: list[int]) -> bytes:
        return create_awareness_message(self.awareness.encode_awareness_update(clients))

    def _awareness_changed(self, topic: str, changes: tuple[dict[str, Any], Any]) -> None:
        what, origin = changes
        if topic == "update" and origin == "local" and self._connection is not None:
            self._send_soon(
                self._awareness_message(what["added"] + what["updated"] + what["removed"])
            )
        if topic == "change" and self._on_peers is not None:
            self._on_peers(self.peers())

    def _forget_peers(self) -> None:
        """Offline, the others' cursors are stale: they come back with the connection."""
        own = self.awareness.client_id
        others = [client for client in self.awareness.states if client != own]
        self.awareness.remove_awareness_states(others, "offline")

    def _set_status(self, status: Status) -> None:
        if status is self.status:
            return
        self.status = status
        changed, self._status_changed = self._status_changed, anyio.Event()
        changed.set()
        if self._on_status is not None:
            self._on_status(status)
