"""`copydesk serve`: a y-websocket server, one room per article, kept in an SQLite store.

The rooms are pycrdt-websocket's, so any y-websocket client (Copydesk, a Yjs web page, a
script) can join; the transport is the `websockets` library, whose opening handshake lets
a client without the room's token be refused with HTTP 403 before it reads a byte.

Every update a room receives is written to `STORE/rooms.sqlite` (pycrdt-store) as it
comes, and all it received once more in one write when its last writer leaves or the server
stops, so a restart loses nothing; a server killed outright may miss its last updates, which the
writers' own copies give back as soon as they reconnect (the sync protocol exchanges what
each side lacks).
"""

from __future__ import annotations

import contextlib
import logging
import signal
import sqlite3
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import partial
from http import HTTPStatus
from pathlib import Path
from typing import Any

import anyio
from pycrdt import Awareness, Doc, YMessageType, read_message
from pycrdt.store import SQLiteYStore, YDocNotFound
from pycrdt.websocket import WebsocketServer, YRoom, exception_logger
from websockets.asyncio.server import ServerConnection, serve
from websockets.datastructures import Headers
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response

from editor import __version__
from editor.coedit.address import room_of
from editor.coedit.presence import user_name
from editor.coedit.tokens import TokenFile

STORE_FILE = "rooms.sqlite"
COMPACT_AFTER = 200
"""A room whose history in the store has more writes than this is rewritten as one when it
opens: loading stays quick and the file stays the size of the articles."""
MAX_MESSAGE = 256 * 1024 * 1024  # a long article's first sync, with its images, in one message


class ServeError(Exception):
    """The server cannot start; the message says why, naming the address or the file."""


@dataclass(frozen=True)
class ServerSettings:
    store: Path
    host: str = "127.0.0.1"
    port: int = 1234
    tokens: Path | None = None
    compact_after: int = COMPACT_AFTER


class RoomStore(SQLiteYStore):
    """pycrdt-store's SQLite store, in the server's store folder rather than the cwd.

    Never squashed by age: pycrdt-store 0.1's squash drops the history of uncompressed
    stores instead of merging it.
    """

    def __init__(self, db: Path, room: str, log: logging.Logger) -> None:
        super().__init__(path=room, log=log)
        self.db_path = str(db)


async def load_room(db: Path, room: str, doc: Doc[Any], log: logging.Logger) -> bool:
    """Apply what the store holds for `room` to `doc`; False when it holds nothing."""
    async with RoomStore(db, room, log) as store:
        try:
            await store.apply_updates(doc)
        except YDocNotFound:
            return False
    return True


def compact_room(db: Path, room: str, doc: Doc[Any], most: int = COMPACT_AFTER) -> bool:
    """Replace the room's history in the store by one write of `doc` (all of it, as just
    loaded), in one SQLite transaction, when it has more than `most` writes.

    Only while the room is closed: nobody else writes its rows then. pycrdt-store's own
    squashing by age is not used: in 0.1 it drops the history of an uncompressed store.
    """
    with contextlib.closing(sqlite3.connect(db, timeout=30)) as database, database:
        (count,) = database.execute(
            "SELECT COUNT(*) FROM yupdates WHERE path = ?", (room,)
        ).fetchone()
        if count <= most:
            return False
        database.execute("DELETE FROM yupdates WHERE path = ?", (room,))
        database.execute("DELETE FROM ycheckpoints WHERE path = ?", (room,))
        database.execute(
            "INSERT INTO yupdates VALUES (?, ?, ?, ?)", (room, doc.get_update(), b"", time.time())
        )
    return True


class Rooms(WebsocketServer):
    """pycrdt-websocket's rooms, each loaded from the store before its first client syncs."""

    def __init__(self, db: Path, log: logging.Logger, compact_after: int = COMPACT_AFTER) -> None:
        super().__init__(
            rooms_ready=True, auto_clean_rooms=True, exception_handler=exception_logger, log=log
        )
        self._db = db
        self._compact_after = compact_after
        self._opening = anyio.Lock()
        self._opened: dict[int, bytes] = {}  # each open room's state when it was loaded

    async def get_room(self, name: str) -> YRoom:
        async with self._opening:  # two writers arriving at once share one started room
            if name not in self.rooms:
                doc: Doc[Any] = Doc()
                found = await load_room(self._db, name, doc, self.log)
                self.log.info("room %s %s", name, "opened from the store" if found else "created")
                if found and await anyio.to_thread.run_sync(
                    compact_room, self._db, name, doc, self._compact_after
                ):
                    self.log.info("room %s: its history in the store compacted", name)
                room = YRoom(
                    ready=True,
                    ystore=RoomStore(self._db, name, self.log),
                    ydoc=doc,
                    exception_handler=exception_logger,
                    log=self.log,
                )
                room.awareness.observe(partial(_log_presence, self.log, name, room.awareness, {}))
                room.on_message_error = partial(_log_bad_message, self.log, name)
                room.on_message = partial(_broken_presence, self.log, name)
                self.rooms[name] = room
                self._opened[id(room)] = doc.get_state()
            room = self.rooms[name]
            await self.start_room(room)
            # pycrdt-websocket subscribes to the room's changes in a task of its own: an edit
            # applied before that would reach neither the other writers nor the store
            await room.ydoc_observed.wait()
        return room

    async def delete_room(self, *, name: str | None = None, room: YRoom | None = None) -> None:
        """Close a room its last writer left, unless someone came in while it was saving."""
        async with self._opening:  # no one joins a room that is being closed
            target = room if room is not None else self.rooms.get(name or "")
            if target is None or target.clients or target not in self.rooms.values():
                return
            await self._close(target)

    async def _close(self, room: YRoom) -> None:
        await self.save(room)
        await super().delete_room(room=room)

    async def save(self, room: YRoom) -> None:
        """Everything the room received since it opened, in one write: the updates still
        queued count too (the ones already written are written again, which costs nothing
        but their size and is undone by the next compaction)."""
        store = room.ystore
        opened = self._opened.pop(id(room), b"\x00")
        if store is None or not store.started.is_set():
            return
        await store.write(room.ydoc.get_update(opened))
        await store.stop()

    async def save_all(self) -> None:
        async with self._opening:
            for room in list(self.rooms.values()):
                await self._close(room)


def _log_bad_message(
    log: logging.Logger, room: str, error: Exception, message: bytes, client: Any
) -> bool:
    """A message the room cannot apply is logged and skipped; the writer's next sync
    carries the edit again, and the room stays open for the others."""
    log.error("room %s: a message could not be applied and was skipped: %r", room, error)
    return True


def _broken_presence(log: logging.Logger, room: str, message: bytes) -> bool:
    """True (skip it) for a presence message that does not decode: the room forwards
    presence to every writer before reading it, and a writer's program may not survive one."""
    if not message or message[0] != YMessageType.AWARENESS:
        return False
    try:
        Awareness(Doc()).apply_awareness_update(read_message(message[1:]), None)
    except (ValueError, RuntimeError, IndexError) as error:
        log.error("room %s: a presence message that does not decode was skipped: %r", room, error)
        return True
    return False


def _log_presence(
    log: logging.Logger,
    room: str,
    awareness: Awareness,
    names: dict[int, str],
    topic: str,
    changes: tuple[dict[str, Any], Any],
) -> None:
    """Who is in which room, by the name each client announces in its awareness."""
    if topic != "change" or changes[1] == "local":
        return
    states = changes[0]
    for client in states["added"]:
        names[client] = user_name(awareness.states.get(client))
        log.info("%s is in room %s", names[client], room)
    for client in states["removed"]:
        log.info("%s left room %s", names.pop(client, f"client {client}"), room)


class WebsocketChannel:
    """A websocket connection as the pycrdt `Channel` a room serves."""

    def __init__(self, connection: ServerConnection, room: str) -> None:
        self._connection = connection
        self._room = room

    @property
    def path(self) -> str:
        return self._room

    def __aiter__(self) -> WebsocketChannel:
        return self

    async def __anext__(self) -> bytes:
        try:
            return await self.recv()
        except ConnectionClosed:
            raise StopAsyncIteration from None

    async def send(self, message: bytes) -> None:
        with contextlib.suppress(ConnectionClosed):  # the room notices when its loop ends
            await self._connection.send(message)

    async def recv(self) -> bytes:
        message = await self._connection.recv()
        return message if isinstance(message, bytes) else message.encode()


def presented_token(request: Request) -> str | None:
    """The token from `?token=` (y-websocket's params) or an `Authorization: Bearer` header."""
    from urllib.parse import parse_qs, urlsplit

    given = parse_qs(urlsplit(request.path).query).get("token")
    if given:
        return given[0]
    authorization = request.headers.get("Authorization", "")
    scheme, _, value = authorization.partition(" ")
    return value.strip() if scheme.lower() == "bearer" else None


def who(connection: ServerConnection, headers: Headers | None = None) -> str:
    """The client's address for the log, and the one its proxy forwarded for, if any."""
    peer = connection.remote_address
    where = f"{peer[0]}:{peer[1]}" if peer else "unknown address"
    if headers is None:
        headers = connection.request.headers if connection.request else Headers()
    forwarded = headers.get("X-Forwarded-For")
    return f"{where} (for {forwarded})" if forwarded else where


class Gate:
    """The opening handshake's check: a room in the path, and its token where one is set."""

    def __init__(self, tokens: TokenFile | None, log: logging.Logger) -> None:
        self._tokens = tokens
        self._log = log

    def __call__(self, connection: ServerConnection, request: Request) -> Response | None:
        room = room_of(request.path)
        if not room:
            self._log.warning(
                "refused %s: no room in the address", who(connection, request.headers)
            )
            return connection.respond(HTTPStatus.NOT_FOUND, "No room: ws://server:port/room\n")
        if self._tokens is None:
            return None
        verdict = self._tokens.current().verdict(room, presented_token(request))
        if verdict.admits:
            return None
        self._log.warning(
            "refused %s for room %s: %s", who(connection, request.headers), room, verdict.value
        )
        return connection.respond(HTTPStatus.FORBIDDEN, f"Refused: {verdict.value}\n")


def _loopback(host: str) -> bool:
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


async def _prepare_store(db: Path, log: logging.Logger) -> None:
    """Create the store's tables once, before rooms opening at the same time race to."""
    try:
        await load_room(db, "", Doc[Any](), log)
    except Exception as error:  # sqlite3 and anyio raise their own; the message is the point
        raise ServeError(f"{db}: cannot open the store: {error}") from error


async def serve_until_signal(settings: ServerSettings, log: logging.Logger) -> None:
    """Serve until SIGTERM (systemd, docker stop) or SIGINT (Ctrl+C). The handlers are in
    place before the server says it listens, so a stop sent at once is a clean stop too."""
    with anyio.open_signal_receiver(signal.SIGTERM, signal.SIGINT) as signals:

        async def until() -> None:
            async for received in signals:
                log.info(
                    "%s received: closing the connections and saving the rooms",
                    signal.Signals(received).name,
                )
                return

        await run_server(settings, log, until)


async def run_server(
    settings: ServerSettings,
    log: logging.Logger,
    until: Callable[[], Awaitable[None]],
    listening: Callable[[int], None] | None = None,
) -> None:
    """Serve until `until()` returns, then close every connection and save every room."""
    try:
        settings.store.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ServeError(f"{settings.store}: cannot create the store folder: {error}") from None
    db = settings.store.resolve() / STORE_FILE  # the log names it whatever the cwd was
    tokens = TokenFile(settings.tokens.resolve(), log) if settings.tokens else None
    await _prepare_store(db, log)
    rooms = Rooms(db, log, settings.compact_after)

    async def handle(connection: ServerConnection) -> None:
        room = room_of(connection.request.path if connection.request else "")
        log.info("%s joined room %s", who(connection), room)
        try:
            await rooms.serve(WebsocketChannel(connection, room))
        finally:
            log.info("%s left room %s", who(connection), room)

    async with rooms:
        try:
            server = await serve(
                handle,
                settings.host,
                settings.port,
                process_request=Gate(tokens, log),
                max_size=MAX_MESSAGE,
                server_header=f"Copydesk/{__version__}",
            )
        except OSError as error:
            raise ServeError(
                f"cannot listen on {settings.host}:{settings.port}: {error.strerror or error}"
            ) from None
        port = server.sockets[0].getsockname()[1] if server.sockets else settings.port
        log.info(
            "listening on ws://%s:%d; store %s; %s",
            settings.host,
            port,
            db,
            f"tokens from {tokens.path}" if tokens else "every room open (no tokens file)",
        )
        if tokens is None and not _loopback(settings.host):
            log.warning(
                "no tokens file: every room is open to anyone who can reach %s:%d",
                settings.host,
                port,
            )
        if listening is not None:
            listening(port)
        await until()
        server.close(close_connections=True)
        await server.wait_closed()
        await rooms.save_all()
    log.info("stopped; every room is saved in %s", db)
