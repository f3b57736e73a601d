"""Co-editing through a real `copydesk serve`: joining a room that holds the article, and a
room full of writers typing at once.

- join: a fresh client connects, syncs and reads the `Article` back (what the window needs to
  be editable), timed from the connection's start; the room already holds the article.
- typing: CLIENTS writers, each in its own paragraph of the same article, type RATE keys a
  second for SECONDS; after the last key, the time until every writer's copy holds every key
  (checked every 5 ms); the server process's peak and final resident memory.

The writers run in this process, one event loop; the server in its own. Run alone:
python -m tests.benchmarks.coedit_cost ARTICLE [--joins 3] [--clients 20] [--rate 5] [--seconds 60]
and it prints JSON; `run.py` adds its rows to the table.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import anyio
from pycrdt import Doc, Text

from editor.coedit.address import RoomAddress, parse_address
from editor.coedit.client import Backoff, RoomClient
from editor.coedit.layout import doc_to_article, roots
from editor.coedit.presence import User
from editor.coedit.sharing import share
from editor.model import storage
from editor.model.article import Article

QUICK = Backoff(first=0.1, factor=1.5, longest=1.0)


def start_server(store: Path) -> tuple[subprocess.Popen[str], int]:
    server = subprocess.Popen(
        [sys.executable, "-m", "editor", "serve", "--port", "0", "--store", str(store)],
        stderr=subprocess.PIPE,
        text=True,
    )
    assert server.stderr is not None
    for line in server.stderr:
        if found := re.search(r"listening on ws://127\.0\.0\.1:(\d+)", line):
            return server, int(found[1])
    raise RuntimeError("copydesk serve did not start")


def memory_mb(pid: int) -> dict[str, float]:
    """Peak (VmHWM) and current (VmRSS) resident memory of a process, in MB."""
    found: dict[str, float] = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmHWM", "VmRSS"):
            found[key] = int(value.split()[0]) / 1024
    return found


async def join(address: RoomAddress) -> tuple[float, Article]:
    started = time.perf_counter()
    doc: Doc[Any] = Doc()
    async with RoomClient(doc, address, User.named("Bench"), backoff=QUICK) as client:
        await client.synced()
        article = doc_to_article(doc)
        took = time.perf_counter() - started
    return took, article


def _paragraph_texts(doc: Doc[Any], indexes: list[int]) -> list[Text]:
    blocks = roots(doc).blocks
    return [blocks[index]["text"] for index in indexes]


async def typing(
    address: RoomAddress, article: Article, clients: int, rate: float, seconds: float
) -> dict[str, float]:
    paragraphs = [i for i, b in enumerate(article.blocks) if b.kind == "paragraph"]
    step = max(1, len(paragraphs) // clients)
    indexes = paragraphs[::step][:clients]
    keys = int(rate * seconds)
    expected = [len(article.blocks[i].plain_text) + keys for i in indexes]
    docs: list[Doc[Any]] = [Doc() for _ in indexes]
    last_key = 0.0

    async def writer(number: int, client: RoomClient) -> None:
        nonlocal last_key
        text = _paragraph_texts(client.doc, [indexes[number]])[0]
        start = time.perf_counter()
        for key in range(keys):
            text.insert(len(text), "abcdefghij"[key % 10])  # at the end: bytes = len()
            last_key = max(last_key, time.perf_counter())
            if key + 1 < keys:
                await anyio.sleep(max(0.0, start + (key + 1) / rate - time.perf_counter()))

    def converged() -> bool:
        return all(
            len(str(text)) == want
            for doc in docs
            for text, want in zip(_paragraph_texts(doc, indexes), expected, strict=True)
        )

    async with anyio.create_task_group() as group:
        rooms = [
            RoomClient(doc, address, User.named(f"Writer {n}"), backoff=QUICK)
            for n, doc in enumerate(docs)
        ]
        for room in rooms:
            await group.start(_run, room)
        for room in rooms:
            await room.synced()
        async with anyio.create_task_group() as typists:
            for number, room in enumerate(rooms):
                typists.start_soon(writer, number, room)
        while not converged():
            await anyio.sleep(0.005)
        settled = time.perf_counter() - last_key
        for room in rooms:
            await room.stop()
        group.cancel_scope.cancel()
    return {"keys": keys * len(indexes), "converged_s": settled}


async def _run(room: RoomClient, *, task_status: Any = anyio.TASK_STATUS_IGNORED) -> None:
    task_status.started()
    await room.run()


def measure(
    article: Article, joins: int, clients: int, rate: float, seconds: float
) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as scratch:
        server, port = start_server(Path(scratch) / "store")
        try:
            address = parse_address(f"ws://127.0.0.1:{port}/bench/longread")
            anyio.run(lambda: share(article, address, timeout=120))
            timings = []
            for _ in range(joins):
                took, back = anyio.run(join, address)
                assert back == article, "the room did not give the article back"
                timings.append(took)
            storm = anyio.run(typing, address, article, clients, rate, seconds)
            memory = memory_mb(server.pid)
        finally:
            server.terminate()
            server.wait(timeout=60)
    return {
        "join_s": timings,
        **storm,
        "server_peak_mb": memory["VmHWM"],
        "server_rss_mb": memory["VmRSS"],
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("article", type=Path)
    parser.add_argument("--joins", type=int, default=3)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--rate", type=float, default=5)
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()
    figures = measure(storage.load(args.article), args.joins, args.clients, args.rate, args.seconds)
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
