"""`copydesk serve` as a real process: it logs who comes and goes, stops cleanly on SIGTERM,
survives SIGKILL through its store, merges what writers typed while it was dead, and says
clearly why it cannot start."""

from __future__ import annotations

import json
import signal
import socket
from pathlib import Path
from typing import Any

import anyio
import pytest
from pycrdt import Doc, Text

from editor.coedit.address import RoomAddress
from editor.coedit.client import RoomClient, Status
from editor.coedit.presence import User
from tests.coedit.rooms import QUICK, serve_process, stored_doc, synced, until, writer_process

pytestmark = pytest.mark.slow


def text_of(doc: Doc[Any]) -> str:
    return str(doc.get("text", type=Text))


async def write_and_leave(address: RoomAddress, words: str) -> None:
    doc = Doc[Any]()
    async with RoomClient(doc, address, User.named("Léa Martin"), backoff=QUICK) as room:
        await synced(room)
        doc.get("text", type=Text).insert(0, words)
        await room.flush()


async def read(address: RoomAddress) -> str:
    doc = Doc[Any]()
    async with RoomClient(doc, address, User.named("Zoé"), backoff=QUICK) as room:
        await synced(room)
    return text_of(doc)


def test_sigterm_stops_cleanly_and_the_next_server_has_every_word(tmp_path: Path) -> None:
    store = tmp_path / "store"
    with serve_process(store) as server:
        server.listening()
        anyio.run(write_and_leave, server.address(), "Premier jet.")
        server.wait_for_line(r"joined room desk/fire")
        server.wait_for_line(r"Léa Martin is in room desk/fire")
        assert server.stop(signal.SIGTERM) == 0
        server.wait_for_line(r"stopped; every room is saved in .*rooms\.sqlite")
    assert text_of(stored_doc(store, "desk/fire")) == "Premier jet."
    with serve_process(store) as again:
        assert anyio.run(read, again.listening().address()) == "Premier jet."
        assert again.stop(signal.SIGINT) == 0


MERGED = "Marc hors ligne. Premier jet. Léa hors ligne. "


def test_a_killed_server_loses_nothing_and_offline_edits_merge(tmp_path: Path) -> None:
    store = tmp_path / "store"
    lea, marc = Doc[Any](), Doc[Any]()
    shown: list[Status] = []  # what Léa's window would show, in order

    async def session() -> None:
        with serve_process(store) as first:
            address = first.listening().address()
            async with (
                RoomClient(
                    lea, address, User.named("Léa"), backoff=QUICK, on_status=shown.append
                ) as at_lea,
                RoomClient(marc, address, User.named("Marc"), backoff=QUICK) as at_marc,
            ):
                await synced(at_lea, at_marc)
                lea.get("text", type=Text).insert(0, "Premier jet. ")
                await until(lambda: text_of(marc) == "Premier jet. ", "Marc has Léa's words")
                await until(
                    lambda: text_of(stored_doc(store, "desk/fire")) == "Premier jet. ",
                    "the store holds the words while the room is open",
                )
                assert first.stop(signal.SIGKILL) == -signal.SIGKILL
                await until(lambda: at_lea.status is Status.OFFLINE, "Léa is offline")
                await until(lambda: at_marc.status is Status.OFFLINE, "Marc is offline")
                assert text_of(stored_doc(store, "desk/fire")) == "Premier jet. "
                lea.get("text", type=Text).insert(len(text_of(lea)), "Léa hors ligne. ")
                marc.get("text", type=Text).insert(0, "Marc hors ligne. ")
                with serve_process(store, port=first.port) as second:
                    second.listening()
                    await until(
                        lambda: text_of(lea) == text_of(marc) == MERGED,
                        "both offline edits in both copies",
                    )
                    assert at_lea.status is at_marc.status is Status.CONNECTED
                    await at_lea.flush()
                    await at_marc.flush()
                    assert await read(address) == text_of(lea)

    anyio.run(session)
    assert text_of(lea) == MERGED
    assert shown[0] is Status.CONNECTED and shown[-1] is Status.OFFLINE  # left at the end
    back = shown.index(Status.OFFLINE)
    assert Status.CONNECTED in shown[back:-1]  # offline after the kill, then in again


def test_two_writer_processes_typing_at_once_converge(tmp_path: Path) -> None:
    lea_says, marc_says = "La séance a duré trois heures. ", "Budget adopté 😀 à minuit. "
    total = len(lea_says + marc_says)
    with serve_process(tmp_path / "store") as server:
        url = server.listening().address().url
        writers = [
            writer_process(url, "Léa", lea_says, total),
            writer_process(url, "Marc", marc_says, total),
        ]
        outputs = [writer.communicate(timeout=120) for writer in writers]
        assert [w.returncode for w in writers] == [0, 0], [err for _, err in outputs]
        lea_text, marc_text = (out.strip("\n") for out, _ in outputs)
        assert lea_text == marc_text
        assert sorted(lea_text) == sorted(lea_says + marc_says)  # every keystroke, once
        assert anyio.run(read, server.address()) == lea_text


def test_a_broken_tokens_file_stops_the_server_naming_the_file(tmp_path: Path) -> None:
    tokens = tmp_path / "tokens.json"
    tokens.write_text('{"desk/fire": ', encoding="utf-8")
    with serve_process(tmp_path / "store", "--tokens", str(tokens)) as server:
        assert server.process.wait(timeout=60) == 2
        server.wait_for_line(rf"{tokens}: the tokens file is not valid JSON")


def test_a_port_in_use_is_said_plainly(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with serve_process(tmp_path / "store", port=port) as server:
            assert server.process.wait(timeout=60) == 2
            server.wait_for_line(rf"cannot listen on 127\.0\.0\.1:{port}: .*in use")


def test_the_tokens_file_is_read_again_when_it_changes(tmp_path: Path) -> None:
    tokens = tmp_path / "tokens.json"
    tokens.write_text(json.dumps({"desk/fire": "old"}), encoding="utf-8")

    async def status(address: RoomAddress) -> Status:
        async with RoomClient(Doc[Any](), address, User.named("Léa"), backoff=QUICK) as room:
            with anyio.fail_after(60):
                return await room.wait_for(Status.CONNECTED, Status.REFUSED)

    with serve_process(tmp_path / "store", "--tokens", str(tokens)) as server:
        server.listening()
        assert anyio.run(status, server.address(token="old")) is Status.CONNECTED
        tokens.write_text(json.dumps({"desk/fire": "new secret"}), encoding="utf-8")
        assert anyio.run(status, server.address(token="old")) is Status.REFUSED
        assert anyio.run(status, server.address(token="new secret")) is Status.CONNECTED
        server.wait_for_line(r"tokens file read again")
        tokens.write_text("{broken", encoding="utf-8")
        assert anyio.run(status, server.address(token="new secret")) is Status.CONNECTED
        server.wait_for_line(r"not valid JSON.*; the previous tokens stay in force")


def test_a_server_open_to_the_network_without_tokens_says_so(tmp_path: Path) -> None:
    with serve_process(tmp_path / "store", "--host", "0.0.0.0") as server:
        server.wait_for_line(r"listening on ws://0\.0\.0\.0:\d+")
        server.wait_for_line(r"no tokens file: every room is open to anyone who can reach")
        assert server.stop() == 0


def test_a_store_folder_that_cannot_be_made_is_said_plainly(tmp_path: Path) -> None:
    taken = tmp_path / "a-file"
    taken.write_text("not a folder", encoding="utf-8")
    with serve_process(taken / "store") as server:
        assert server.process.wait(timeout=60) == 2
        server.wait_for_line(rf"{taken / 'store'}: cannot create the store folder")
