"""A real room server on 127.0.0.1 for the tests, in a thread with its own event loop, and
a way to wait on a condition without betting on how fast this machine is today."""

from __future__ import annotations

import logging
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import anyio
from anyio.from_thread import start_blocking_portal
from pycrdt import Doc

from editor.coedit.address import RoomAddress, parse_address
from editor.coedit.client import Backoff, RoomClient
from editor.coedit.server import STORE_FILE, ServerSettings, run_server

PATIENCE = 60.0  # seconds before a wait is a failure: far above any healthy run
QUICK = Backoff(first=0.05, factor=1.5, longest=0.5)


@dataclass
class RunningServer:
    port: int
    store: Path

    def address(self, room: str = "desk/fire", token: str | None = None) -> RoomAddress:
        return parse_address(f"ws://127.0.0.1:{self.port}/{room}", token)


@contextmanager
def room_server(
    store: Path, port: int = 0, tokens: Path | None = None, compact_after: int = 200
) -> Iterator[RunningServer]:
    """Serve until the block ends, then stop as SIGTERM would: connections closed, rooms saved."""
    listening: Future[int] = Future()
    with start_blocking_portal() as portal:
        stop = portal.call(anyio.Event)
        settings = ServerSettings(store, port=port, tokens=tokens, compact_after=compact_after)
        done = portal.start_task_soon(
            run_server, settings, logging.getLogger("copydesk.serve"), stop.wait,
            listening.set_result,
        )  # fmt: skip
        try:
            yield RunningServer(listening.result(timeout=PATIENCE), store)
        finally:
            portal.call(stop.set)
            done.result(timeout=PATIENCE)


async def until(condition: Callable[[], bool], what: str) -> None:
    """Wait for `condition`, checking as things happen; fail after PATIENCE saying `what`."""
    with anyio.move_on_after(PATIENCE):
        while not condition():
            await anyio.sleep(0.02)
        return
    raise AssertionError(f"still waiting after {PATIENCE:.0f} s: {what}")


class ServeProcess:
    """`copydesk serve` as a real process; its log lines gathered as they come."""

    def __init__(self, store: Path, *extra: str, port: int = 0) -> None:
        command = [sys.executable, "-m", "editor", "serve", "--port", str(port)]
        self.process = subprocess.Popen(
            [*command, "--store", str(store), *extra],
            stderr=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            text=True,
            encoding="utf-8",
        )
        self.lines: list[str] = []
        self._new_line = threading.Condition()
        self._ended = False
        threading.Thread(target=self._read, daemon=True).start()
        self.port = 0

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            with self._new_line:
                self.lines.append(line.rstrip("\n"))
                self._new_line.notify_all()
        with self._new_line:
            self._ended = True
            self._new_line.notify_all()

    def wait_for_line(self, pattern: str) -> re.Match[str]:
        """The first log line matching `pattern`, waiting for it (fails after PATIENCE)."""
        deadline = time.monotonic() + PATIENCE
        with self._new_line:
            while True:
                for line in self.lines:
                    if found := re.search(pattern, line):
                        return found
                left = deadline - time.monotonic()
                if left <= 0 or self._ended:
                    raise AssertionError(f"no log line /{pattern}/ in:\n" + "\n".join(self.lines))
                self._new_line.wait(left)

    def listening(self) -> ServeProcess:
        self.port = int(self.wait_for_line(r"listening on ws://127\.0\.0\.1:(\d+)")[1])
        return self

    def address(self, room: str = "desk/fire", token: str | None = None) -> RoomAddress:
        return parse_address(f"ws://127.0.0.1:{self.port}/{room}", token)

    def stop(self, signal_number: int = signal.SIGTERM) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal_number)
        return self.process.wait(timeout=PATIENCE)


@contextmanager
def serve_process(store: Path, *extra: str, port: int = 0) -> Iterator[ServeProcess]:
    server = ServeProcess(store, *extra, port=port)
    try:
        yield server
    finally:
        if server.process.poll() is None:
            server.process.kill()
            server.process.wait(timeout=PATIENCE)


def eventually(condition: Callable[[], bool], what: str) -> None:
    """`until` for code outside an event loop: the server works in its own thread."""
    deadline = time.monotonic() + PATIENCE
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"still waiting after {PATIENCE:.0f} s: {what}")
        time.sleep(0.02)


async def synced(*clients: RoomClient) -> None:
    """Wait until each client has synced with its room; fail after PATIENCE."""
    with anyio.fail_after(PATIENCE):
        for client in clients:
            await client.synced()


def stored_doc(store: Path, room: str) -> Doc[Any]:
    """The room as the server's store holds it on disk, read without any server."""
    doc: Doc[Any] = Doc()
    database = sqlite3.connect(f"file:{store / STORE_FILE}?mode=ro", uri=True)
    try:
        rows = database.execute(
            "SELECT checkpoint FROM ycheckpoints WHERE path = ? "
            "UNION ALL SELECT yupdate FROM yupdates WHERE path = ?",
            (room, room),
        ).fetchall()
    finally:
        database.close()
    for (update,) in rows:
        doc.apply_update(update)
    return doc


WRITER = """
import sys, anyio
from pycrdt import Doc, Text
from editor.coedit.address import parse_address
from editor.coedit.client import Backoff, RoomClient
from editor.coedit.presence import User

url, name, sentence, total = sys.argv[1:]

async def write():
    doc = Doc()
    text = doc.get("text", type=Text)
    async with RoomClient(doc, parse_address(url), User.named(name), backoff=Backoff(0.05)) as room:
        await room.synced()
        typed = 0
        for character in sentence:  # one writes from the top, the other at the end
            at = typed if name >= "M" else len(text)  # pycrdt counts UTF-8 bytes
            text.insert(at, character)
            typed += len(character.encode())
            await anyio.sleep(0)
        with anyio.move_on_after(60):
            while len(str(text)) < int(total):
                await anyio.sleep(0.02)
        if len(str(text)) != int(total):
            sys.exit(f"{name} has {str(text)!r}, state {doc.get_state().hex()}")
        await room.flush()
    print(str(text))

anyio.run(write)
"""


def writer_process(url: str, name: str, sentence: str, total: int) -> subprocess.Popen[str]:
    """Another writer's machine: a process that types `sentence` into the room, then prints
    the text once it holds `total` characters (everyone's)."""
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, url, name, sentence, str(total)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )


@contextmanager
def stock_server() -> Iterator[int]:
    """pycrdt-websocket's own server as its documentation runs it, with nothing of ours in
    its rooms (no store, no checks): another y-websocket server. Yields its port."""
    from pycrdt.websocket import WebsocketServer
    from websockets.asyncio.server import ServerConnection, serve

    from editor.coedit.address import room_of
    from editor.coedit.server import WebsocketChannel

    async def run(listening: Future[int], stop: anyio.Event) -> None:
        async with WebsocketServer() as rooms:

            async def handle(connection: ServerConnection) -> None:
                assert connection.request is not None
                await rooms.serve(WebsocketChannel(connection, room_of(connection.request.path)))

            async with serve(handle, "127.0.0.1", 0) as server:
                listening.set_result(server.sockets[0].getsockname()[1])
                await stop.wait()

    listening: Future[int] = Future()
    with start_blocking_portal() as portal:
        stop = portal.call(anyio.Event)
        done = portal.start_task_soon(run, listening, stop)
        try:
            yield listening.result(timeout=PATIENCE)
        finally:
            portal.call(stop.set)
            done.result(timeout=PATIENCE)
