"""A window in a room with a real server on the loopback address and a colleague typing
from another client: the page follows, the cursor stays, undo keeps to one's own words."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from anyio.from_thread import BlockingPortal, start_blocking_portal
from pycrdt import Doc
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from editor.app.main_window import MainWindow
from editor.app.together import SharedArticle
from editor.coedit.address import RoomAddress
from editor.coedit.client import RoomClient
from editor.coedit.edits import TextEdit, apply_text_edit
from editor.coedit.layout import doc_to_article
from editor.coedit.presence import User
from editor.coedit.sharing import holds_article
from editor.model.build import article, para, title
from editor.model.inline import plain
from tests.app.windows import bare_window
from tests.coedit.rooms import PATIENCE, QUICK, RunningServer, room_server

WAIT = int(PATIENCE * 1000)


class Colleague:
    """Another writer in the room: a headless client on its own thread and loop."""

    def __init__(self, portal: BlockingPortal, address: RoomAddress) -> None:
        self.portal = portal
        self.doc: Doc[Any] = Doc()
        self.client = RoomClient(self.doc, address, User.named("Léa"), backoff=QUICK)
        self.done = portal.start_task_soon(self.client.run)

    def call(self, work: Callable[[], Any]) -> Any:
        return self.portal.call(lambda: work())

    def types(self, block_id: str, at: int, words: str) -> None:
        edit = TextEdit(block_id, at, 0, plain(words))
        self.call(lambda: apply_text_edit(self.doc, edit, origin="colleague"))

    def text(self) -> list[str]:
        def read() -> list[str]:
            if not holds_article(self.doc):
                return []
            return [block.plain_text for block in doc_to_article(self.doc).blocks]

        result: list[str] = self.call(read)
        return result

    def leave(self) -> None:
        self.portal.call(self.client.stop)
        self.done.result(timeout=PATIENCE)


@contextmanager
def colleague(address: RoomAddress) -> Iterator[Colleague]:
    with start_blocking_portal() as portal:
        other = Colleague(portal, address)
        try:
            yield other
        finally:
            other.leave()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RunningServer]:
    with room_server(tmp_path / "store") as running:
        yield running


def shared_window(
    qtbot: QtBot, server: RunningServer, room: str
) -> tuple[MainWindow, SharedArticle]:
    window = bare_window(
        article(title("Incendie", id="t"), para("Le feu 🔥 a pris.", id="p")), language="en"
    )
    shared = SharedArticle(window.document, server.address(room), User.named("Marc"), QUICK)
    window.destroyed.connect(shared.close)
    qtbot.waitUntil(lambda: shared.follower is not None, timeout=WAIT)
    return window, shared


def texts(window: MainWindow) -> list[str]:
    return [block.plain_text for block in window.document.article.blocks]


def test_a_colleagues_words_land_where_they_typed_and_the_cursor_stays(
    qtbot: QtBot, server: RunningServer
) -> None:
    window, shared = shared_window(qtbot, server, "desk/fire")
    with colleague(server.address("desk/fire")) as lea:
        qtbot.waitUntil(lambda: lea.text() == texts(window), timeout=WAIT)
        # my cursor after "pris" (UTF-16: the flame counts two)
        page = window.document.text.findBlockByNumber(1)
        assert page.text() == "Le feu 🔥 a pris."
        cursor = QTextCursor(page)
        cursor.setPosition(page.position() + len("Le feu 🔥 a pris") + 1)
        window.surface.setTextCursor(cursor)
        qtbot.keyClicks(window.surface, " vite")
        qtbot.waitUntil(lambda: lea.text()[1] == "Le feu 🔥 a pris vite.", timeout=WAIT)

        lea.types("p", len("Le feu 🔥"), " de forêt")  # code points: the flame counts one
        qtbot.waitUntil(lambda: texts(window)[1] == "Le feu 🔥 de forêt a pris vite.", timeout=WAIT)

        # my cursor is still after "vite", and my next words go there
        qtbot.keyClicks(window.surface, " hier")
        assert texts(window)[1] == "Le feu 🔥 de forêt a pris vite hier."
        qtbot.waitUntil(lambda: lea.text() == texts(window), timeout=WAIT)

        # undo takes back my words only, never Léa's
        stack = window.document.undo_stack
        while stack.canUndo():
            stack.undo()
        assert texts(window)[1] == "Le feu 🔥 de forêt a pris."
        qtbot.waitUntil(lambda: lea.text() == texts(window), timeout=WAIT)
        assert window.document.dirty  # the room's words are unsaved here until saved
    shared.close()
