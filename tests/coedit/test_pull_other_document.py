"""`copydesk pull` of a room that holds another program's document says so, naming the
room and what it holds, rather than calling it empty."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import anyio
import pytest
from pycrdt import Doc, Text

from editor.coedit.address import RoomAddress
from editor.coedit.client import RoomClient
from editor.coedit.presence import User
from tests.coedit.rooms import QUICK, serve_process, synced
from tests.coedit.test_share_pull import copydesk

pytestmark = pytest.mark.slow


async def write_notes(address: RoomAddress) -> None:
    doc: Doc[Any] = Doc()
    async with RoomClient(doc, address, User.named("Bloc-notes"), backoff=QUICK) as client:
        await synced(client)
        doc.get("notes", type=Text).insert(0, "Appeler la préfecture.")
        await client.flush()


def test_pull_names_a_room_holding_another_programs_document(tmp_path: Path) -> None:
    with serve_process(tmp_path / "store") as server:
        address = server.listening().address("desk/notes")
        anyio.run(write_notes, address)
        pulled = copydesk("pull", address.url, "-o", tmp_path / "notes.article")
    assert pulled.returncode == 1
    assert pulled.stderr == (
        f"copydesk: {address.url} holds a document that is not a Copydesk article (notes)\n"
    )
    assert not (tmp_path / "notes.article").exists()
