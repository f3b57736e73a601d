"""Writers in one room through a real server on 127.0.0.1: they converge, see each other,
keep what they wrote offline, and a room outlives its server."""

from __future__ import annotations

import contextlib
import json
import logging
import re
import sqlite3
from pathlib import Path
from typing import Any

import anyio
import pytest
from pycrdt import Doc, Map, Text
from websockets.asyncio.client import connect
from websockets.exceptions import InvalidStatus

from editor.coedit.address import parse_address
from editor.coedit.client import RoomClient, Status
from editor.coedit.presence import Cursor, Peer, User
from editor.coedit.server import STORE_FILE
from tests.coedit.rooms import (
    QUICK,
    eventually,
    room_server,
    stock_server,
    stored_doc,
    synced,
    until,
)


def shared_text(doc: Doc[Any]) -> Text:
    return doc.get("text", type=Text)


def test_two_writers_in_one_paragraph_converge_and_see_each_other(tmp_path: Path) -> None:
    async def scenario(address: Any) -> None:
        lea, marc = Doc[Any](), Doc[Any]()
        drawn: list[list[Peer]] = []  # what Marc's window is told to draw, each time
        async with (
            RoomClient(lea, address, User.named("Léa Martin"), backoff=QUICK) as at_lea,
            RoomClient(
                marc, address, User.named("Marc Diallo"), backoff=QUICK, on_peers=drawn.append
            ) as at_marc,
        ):
            await synced(at_lea, at_marc)
            shared_text(lea).insert(0, "Le conseil a voté. ")
            shared_text(marc).insert(0, "À Lyon, ")
            marc.get("meta", type=Map)["section"] = "Politique"
            at_lea.set_cursor(Cursor("b1", 3, 10))
            await until(
                lambda: (
                    str(shared_text(lea)) == str(shared_text(marc))
                    and len(str(shared_text(lea))) == len("Le conseil a voté. À Lyon, ")
                    and dict(lea.get("meta", type=Map)) == {"section": "Politique"}
                ),
                "both copies hold both sentences and the section",
            )
            await until(lambda: bool(at_marc.peers()), "Marc sees Léa")
            (peer,) = at_marc.peers()
            assert peer.user == User.named("Léa Martin")
            await until(lambda: at_marc.peers()[0].cursor is not None, "Léa's cursor reaches Marc")
            assert at_marc.peers()[0].cursor == Cursor("b1", 3, 10)
            assert drawn[-1] == at_marc.peers()
            assert [p.user.name for p in at_lea.peers()] == ["Marc Diallo"]
            assert at_lea.status is at_marc.status is Status.CONNECTED
        assert str(shared_text(lea)) in (
            "Le conseil a voté. À Lyon, ",
            "À Lyon, Le conseil a voté. ",
        )

    with room_server(tmp_path / "store") as server:
        anyio.run(scenario, server.address())


def test_a_writer_who_leaves_is_gone_from_the_others_list(tmp_path: Path) -> None:
    async def scenario(address: Any) -> None:
        async with RoomClient(Doc[Any](), address, User.named("Léa"), backoff=QUICK) as at_lea:
            async with RoomClient(Doc[Any](), address, User.named("Marc"), backoff=QUICK):
                await until(lambda: len(at_lea.peers()) == 1, "Léa sees Marc")
            await until(lambda: not at_lea.peers(), "Marc is gone from Léa's list")

    with room_server(tmp_path / "store") as server:
        anyio.run(scenario, server.address())


def test_a_room_outlives_its_server(tmp_path: Path) -> None:
    async def write(address: Any) -> None:
        doc = Doc[Any]()
        async with RoomClient(doc, address, User.named("Léa"), backoff=QUICK) as client:
            await synced(client)
            shared_text(doc).insert(0, "Premier jet.")
            await client.flush()

    async def read(address: Any) -> str:
        doc = Doc[Any]()
        async with RoomClient(doc, address, User.named("Marc"), backoff=QUICK) as client:
            await synced(client)
            return str(shared_text(doc))

    with room_server(tmp_path / "store") as server:
        anyio.run(write, server.address())
    with room_server(tmp_path / "store") as server:
        assert anyio.run(read, server.address()) == "Premier jet."
        assert anyio.run(read, server.address("desk/other")) == ""


def test_edits_made_offline_merge_when_the_server_comes_back(tmp_path: Path) -> None:
    store = tmp_path / "store"
    lea, marc = Doc[Any](), Doc[Any]()
    with room_server(store) as first:
        port, address = first.port, first.address()

    async def scenario() -> None:
        async with (
            RoomClient(lea, address, User.named("Léa"), backoff=QUICK) as at_lea,
            RoomClient(marc, address, User.named("Marc"), backoff=QUICK) as at_marc,
        ):
            await until(lambda: at_lea.status is Status.OFFLINE, "Léa sees the server is gone")
            shared_text(lea).insert(0, "Écrit hors ligne par Léa. ")
            shared_text(marc).insert(0, "Et par Marc. ")
            assert at_marc.status is not Status.CONNECTED
            with room_server(store, port=port):
                await until(
                    lambda: (
                        str(shared_text(lea)) == str(shared_text(marc))
                        and "Léa" in str(shared_text(lea))
                        and "Marc" in str(shared_text(lea))
                    ),
                    "both offline edits in both copies",
                )
                assert at_lea.status is at_marc.status is Status.CONNECTED

    anyio.run(scenario)
    assert sorted(str(shared_text(lea)).split(". ")) == sorted(
        ["Écrit hors ligne par Léa", "Et par Marc", ""]
    )


@pytest.mark.parametrize(
    ("room", "token", "reason"),
    [
        ("desk/fire", None, "no token"),
        ("desk/fire", "guess", "wrong token"),
        ("desk/secret", "desk-secret", "room not in the tokens file"),
    ],
)
def test_a_client_without_the_rooms_token_is_refused_and_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, room: str, token: str | None, reason: str
) -> None:
    tokens = tmp_path / "tokens.json"
    tokens.write_text(json.dumps({"desk/fire": "fire-secret"}), encoding="utf-8")

    async def knock(address: Any) -> RoomClient:
        doc = Doc[Any]()
        shared_text(doc).insert(0, "Ne doit pas passer.")
        async with RoomClient(doc, address, User.named("Intrus"), backoff=QUICK) as client:
            with anyio.fail_after(60):
                await client.wait_for(Status.REFUSED, Status.CONNECTED)
        return client

    async def admitted(address: Any) -> str:
        doc = Doc[Any]()
        async with RoomClient(doc, address, User.named("Léa"), backoff=QUICK) as client:
            await synced(client)
            return str(shared_text(doc))

    caplog.set_level(logging.INFO)
    with room_server(tmp_path / "store", tokens=tokens) as server:
        client = anyio.run(knock, server.address(room, token))
        assert client.status is Status.REFUSED
        assert client.refusal == f"Refused: {reason}"
        assert anyio.run(admitted, server.address("desk/fire", "fire-secret")) == ""
    refusals = [
        r.getMessage()
        for r in caplog.records
        if r.name == "copydesk.serve" and r.getMessage().startswith("refused")
    ]
    assert len(refusals) == 1
    assert f"for room {room}: {reason}" in refusals[0]


def test_the_token_may_come_in_an_authorization_header(tmp_path: Path) -> None:
    tokens = tmp_path / "tokens.json"
    tokens.write_text(json.dumps({"desk/fire": "fire-secret"}), encoding="utf-8")

    async def knock(url: str, headers: dict[str, str]) -> int:
        try:
            async with connect(url, additional_headers=headers):
                return 101
        except InvalidStatus as refusal:
            return refusal.response.status_code

    with room_server(tmp_path / "store", tokens=tokens) as server:
        url = server.address().url
        assert anyio.run(knock, url, {"Authorization": "Bearer fire-secret"}) == 101
        assert anyio.run(knock, url, {"Authorization": "Bearer guess"}) == 403
        assert anyio.run(knock, url, {}) == 403
        assert anyio.run(knock, url.rsplit("/", 2)[0] + "/", {}) == 404


def test_a_rooms_history_is_compacted_when_it_opens_and_nothing_is_lost(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store = tmp_path / "store"
    caplog.set_level(logging.INFO, logger="copydesk.serve")

    def closed(sessions: int) -> bool:
        """The server has closed the room after `sessions` sessions (it logs the writer's
        leaving once the room is saved and closed)."""
        lines = [r.getMessage() for r in caplog.records if r.name == "copydesk.serve"]
        return sum(bool(re.fullmatch(r"\S+:\d+ left room desk/fire", m)) for m in lines) >= sessions

    async def type_and_leave(address: Any, words: str) -> None:
        doc = Doc[Any]()
        async with RoomClient(doc, address, User.named("Léa"), backoff=QUICK) as client:
            await synced(client)
            for character in words:  # one write in the store per key
                shared_text(doc).insert(len(shared_text(doc)), character)
            await client.flush()

    def writes() -> int:
        with contextlib.closing(sqlite3.connect(store / STORE_FILE)) as database:
            query = "SELECT COUNT(*) FROM yupdates WHERE path = 'desk/fire'"
            count: int = database.execute(query).fetchone()[0]
            return count

    def stored() -> str:
        return str(shared_text(stored_doc(store, "desk/fire")))

    sessions, then = ["Vingt-cinq", " touches", " tapées."], " Et encore."
    with room_server(store, compact_after=2) as server:
        for number, words in enumerate(sessions, start=1):
            anyio.run(type_and_leave, server.address(), words)
            eventually(lambda n=number: closed(n), "the room closes after each session")
        assert stored() == "".join(sessions)
        assert writes() > 2  # at least each session's closing write
        anyio.run(type_and_leave, server.address(), then)  # opens the room again
        eventually(lambda: closed(len(sessions) + 1), "the room closes after the last session")
        assert stored() == "".join(sessions) + then
        assert writes() <= 1 + len(then) + 1  # the compacted history, then this session's


def test_a_broken_message_from_a_peer_is_skipped_and_the_room_goes_on(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    async def scenario(address: Any) -> None:
        lea, marc = Doc[Any](), Doc[Any]()
        async with (
            RoomClient(lea, address, User.named("Léa"), backoff=QUICK) as at_lea,
            RoomClient(marc, address, User.named("Marc"), backoff=QUICK) as at_marc,
        ):
            await synced(at_lea, at_marc)
            async with connect(address.url) as broken:
                await broken.send(b"\x01\x02\x02\xff")  # presence, broken after its count
                await broken.send(b"\x00\x02\x05garbage")  # an update that is not one
            shared_text(lea).insert(0, "Toujours là.")
            await until(lambda: str(shared_text(marc)) == "Toujours là.", "Marc gets Léa's words")
            assert at_lea.status is at_marc.status is Status.CONNECTED

    with room_server(tmp_path / "store") as server:
        anyio.run(scenario, server.address())
    said = [r.getMessage() for r in caplog.records if r.name == "copydesk.serve"]
    assert any("a presence message that does not decode was skipped" in m for m in said)
    assert any("a message could not be applied and was skipped" in m for m in said)


def test_the_client_works_with_another_y_websocket_server_and_survives_its_broken_presence() -> (
    None
):
    async def scenario(address: Any) -> None:
        lea, marc = Doc[Any](), Doc[Any]()
        # one after the other: pycrdt-websocket's stock server may start a new room twice
        # for two writers arriving at once (our server opens rooms under a lock)
        async with RoomClient(lea, address, User.named("Léa"), backoff=QUICK) as at_lea:
            await synced(at_lea)
            async with RoomClient(marc, address, User.named("Marc"), backoff=QUICK) as at_marc:
                await synced(at_marc)
                async with connect(address.url) as broken:  # this server forwards it as is
                    await broken.send(b"\x01\x02\x02\xff")
                shared_text(lea).insert(0, "Toujours là.")
                await until(lambda: str(shared_text(marc)) == "Toujours là.", "Léa's words")
                await until(lambda: len(at_marc.peers()) == 1, "Marc sees Léa")
                assert at_lea.status is at_marc.status is Status.CONNECTED

    with stock_server() as port:
        anyio.run(scenario, parse_address(f"ws://127.0.0.1:{port}/desk/fire"))
