"""A window in a room with a real server on the loopback address and a colleague typing
from another client: the page follows, the cursor stays, undo keeps to one's own words."""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from anyio.from_thread import BlockingPortal, start_blocking_portal
from pycrdt import Doc, Text
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect
from PySide6.QtGui import QColor, QPaintEvent, QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor.app import bridge, files, grammar, share_commands, share_menu, spelling
from editor.app.document import Document
from editor.app.main_window import MainWindow
from editor.app.presence_marks import PresenceMarks
from editor.app.room_link import RoomLink
from editor.app.settings import Settings
from editor.app.together import SharedArticle
from editor.coedit.address import RoomAddress
from editor.coedit.client import RoomClient, Status
from editor.coedit.edits import TextEdit, apply_article, apply_text_edit
from editor.coedit.layout import doc_to_article
from editor.coedit.presence import Cursor, Peer, User
from editor.coedit.sharing import holds_article
from editor.model import storage
from editor.model.article import Article
from editor.model.build import article, para, title
from editor.model.inline import Run, plain
from tests.app.windows import bare_window, closed_after_the_test
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

    def article(self) -> Any:
        return self.call(lambda: doc_to_article(self.doc))

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


def at_end_of(window: MainWindow, paragraph: int) -> None:
    page = window.document.text.findBlockByNumber(paragraph)
    cursor = QTextCursor(page)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    window.surface.setTextCursor(cursor)


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
        qtbot.waitUntil(lambda: lea.article() == window.document.article, timeout=WAIT)
        assert shared.follower is not None and shared.follower.article == window.document.article
        assert window.document.dirty  # the room's words are unsaved here until saved
    shared.close()


def test_the_room_link_is_heard_from_its_first_word(qtbot: QtBot, server: RunningServer) -> None:
    """A loopback server can answer before the window has connected to the link's signals:
    the link stays out of the room until started, so its status and first sync are heard."""
    address = server.address("desk/early")
    link = RoomLink(address, User.named("Marc"), Doc().get_update(), QUICK)
    try:
        with colleague(address) as lea:  # the window is slow to listen: a whole sync long
            lea.call(lambda: lea.doc.get("notes", type=Text).insert(0, "Marseille"))
            qtbot.waitUntil(lambda: lea.client.status is Status.CONNECTED, timeout=WAIT)
            lea.call(lea.client.synced)
            statuses: list[Status] = []
            syncs: list[bytes] = []
            link.status_changed.connect(statuses.append)
            link.synced.connect(syncs.append)
            link.start()
            qtbot.waitUntil(lambda: bool(syncs), timeout=WAIT)
            assert statuses[-1] is Status.CONNECTED
            mirror: Doc[Any] = Doc()
            mirror.apply_update(syncs[0])
            assert str(mirror.get("notes", type=Text)) == "Marseille"
    finally:
        link.close()


def test_share_and_the_status_bar_name_who_is_in_the_article(
    qtbot: QtBot, server: RunningServer
) -> None:
    window = bare_window(
        article(title("Crue", id="t"), para("La Seine monte.", id="p")), None, "en"
    )
    share_menu.add_commands(window, lambda document: window)
    assert window.commands["share"] in files.file_menu(window).actions()
    dialog = share_commands.RoomDialog(window, "Share", "Marc", "crue")
    assert not dialog.ok.isEnabled()  # no server yet
    qtbot.keyClicks(dialog.server, "server:1234")
    assert "ws://" in dialog.problem.text() and not dialog.ok.isEnabled()
    dialog.server.setText(f"ws://127.0.0.1:{server.port}")
    assert dialog.ok.isEnabled()
    address = dialog.address()
    assert address is not None
    shared = share_commands.share(window, address, dialog.user())
    assert share_commands.shared_of(window) is shared
    status = window.findChild(share_commands.RoomStatus)
    assert status is not None
    qtbot.waitUntil(lambda: status.text() == "Shared: connected", timeout=WAIT)
    assert not share_commands.RoomDialog(window, "Share", "", "crue").ok.isEnabled()  # no name
    with colleague(address) as lea:
        qtbot.waitUntil(lambda: "1 other in the article" in status.text(), timeout=WAIT)
        assert "Léa" in status.toolTip()
        qtbot.waitUntil(lambda: lea.text() == ["Crue", "La Seine monte."], timeout=WAIT)
    qtbot.waitUntil(lambda: status.text() == "Shared: connected", timeout=WAIT)


def test_join_keeps_the_rooms_article_in_a_file_and_opens_it_in_the_room(
    qtbot: QtBot, server: RunningServer, tmp_path: Path
) -> None:
    first, _ = shared_window(qtbot, server, "desk/join")
    opened: list[MainWindow] = []

    def show(document: Document) -> MainWindow:
        opened.append(closed_after_the_test(MainWindow(document, opener=lambda path: None)))
        return opened[-1]

    address = server.address("desk/join")
    fetched: list[Article] = []
    share_commands.fetch(first, address, fetched.append)
    qtbot.waitUntil(lambda: bool(fetched), timeout=WAIT)
    room = fetched[0]
    joined = share_commands.join(
        first, address, User.named("Léa"), room, tmp_path / "feu.article", show
    )
    assert joined is opened[0]
    assert storage.load(tmp_path / "feu.article") == room
    shared = share_commands.shared_of(joined)
    assert shared is not None
    qtbot.waitUntil(lambda: shared.follower is not None, timeout=WAIT)
    at_end_of(joined, 0)
    qtbot.keyClicks(joined.surface, " au Vieux-Port")
    qtbot.waitUntil(lambda: texts(first)[0] == "Incendie au Vieux-Port", timeout=WAIT)


def test_edits_made_while_the_server_is_down_reach_the_room_when_it_is_back(
    qtbot: QtBot, tmp_path: Path
) -> None:
    store = tmp_path / "store"
    with room_server(store) as running:
        port = running.port
        window, shared = shared_window(qtbot, running, "desk/offline")
    qtbot.waitUntil(lambda: shared.status is Status.OFFLINE, timeout=WAIT)
    at_end_of(window, 0)
    qtbot.keyClicks(window.surface, " au port")
    with room_server(store, port=port) as back:
        qtbot.waitUntil(lambda: shared.status is Status.CONNECTED, timeout=WAIT)
        with colleague(back.address("desk/offline")) as lea:
            lea_text = ["Incendie au port", "Le feu 🔥 a pris."]
            qtbot.waitUntil(lambda: lea.text() == lea_text, timeout=WAIT)
            lea.types("t", len("Incendie"), " de forêt")
            expected = "Incendie de forêt au port"
            qtbot.waitUntil(lambda: texts(window)[0] == expected, timeout=WAIT)


def test_a_colleagues_new_paragraph_and_kind_change_reach_the_page(
    qtbot: QtBot, server: RunningServer
) -> None:
    window, shared = shared_window(qtbot, server, "desk/blocks")
    with colleague(server.address("desk/blocks")) as lea:
        qtbot.waitUntil(lambda: lea.text() == texts(window), timeout=WAIT)

        def edit() -> None:
            before = doc_to_article(lea.doc)
            added = para("Les pompiers sont sur place.", id="q")
            after = before.with_blocks(
                (before.blocks[0], replace(before.blocks[1], kind="standfirst"), added)
            )
            apply_article(lea.doc, before, after, origin="colleague")

        lea.call(edit)
        qtbot.waitUntil(lambda: len(texts(window)) == 3, timeout=WAIT)
        kinds = [block.kind for block in window.document.article.blocks]
        assert kinds == ["title", "standfirst", "paragraph"]
        assert texts(window)[2] == "Les pompiers sont sur place."
        assert (
            bridge.to_model(window.document.text, window.document.article)
            == window.document.article
        )
        # my next words land in the new paragraph and reach Léa
        at_end_of(window, 2)
        qtbot.keyClicks(window.surface, " Dix camions")
        qtbot.waitUntil(lambda: lea.text() == texts(window), timeout=WAIT)
        assert lea.text()[2] == "Les pompiers sont sur place. Dix camions"
    shared.close()


def test_a_colleagues_replacement_is_one_change_of_its_paragraph_after_an_emoji(
    qtbot: QtBot, server: RunningServer
) -> None:
    """A removal and two runs of different marks arrive in one update: the page changes once,
    the model is told of that paragraph alone, and it is what the page shows."""
    window, shared = shared_window(qtbot, server, "desk/replace")
    with colleague(server.address("desk/replace")) as lea:
        qtbot.waitUntil(lambda: lea.text() == texts(window), timeout=WAIT)
        heard: list[tuple[int, int, int]] = []
        window.document.changed.connect(lambda *change: heard.append(change))
        words = (Run("a", frozenset({"strong"})), Run(" repris"))
        edit = TextEdit("p", len("Le feu 🔥 "), len("a pris"), words)  # after the flame
        lea.call(lambda: apply_text_edit(lea.doc, edit, origin="colleague"))
        qtbot.waitUntil(lambda: texts(window)[1] == "Le feu 🔥 a repris.", timeout=WAIT)
        qtbot.waitUntil(lambda: heard == [(1, 1, 1)], timeout=WAIT)  # at the pause in her keys
        assert window.document.article.blocks[1].text == (
            Run("Le feu 🔥 "),
            Run("a", frozenset({"strong"})),
            Run(" repris."),
        )
        page = bridge.to_model(window.document.text, window.document.article)
        assert page == window.document.article
        assert shared.follower is not None and shared.follower.article == page
        assert lea.article() == page
    shared.close()


def test_a_colleagues_keys_in_two_paragraphs_all_land_and_are_counted_at_the_pause(
    qtbot: QtBot, server: RunningServer
) -> None:
    """Her keys come one update each, as fast as she sends them: the page and the model take
    each at once; the window's counts, labels and checks hear of each paragraph she changed
    once her keys pause, and count every word she typed."""
    window, shared = shared_window(qtbot, server, "desk/burst")
    with colleague(server.address("desk/burst")) as lea:
        qtbot.waitUntil(lambda: lea.text() == texts(window), timeout=WAIT)
        heard: list[tuple[int, int, int]] = []
        window.document.changed.connect(lambda *change: heard.append(change))
        words = window.document.counts.total.words

        def burst() -> None:
            for at, key in enumerate(" en cendres"):
                edit = TextEdit("t", len("Incendie") + at, 0, plain(key))
                apply_text_edit(lea.doc, edit, origin="colleague")
            edit = TextEdit("p", len("Le feu 🔥 a pris"), 0, plain(" hier"))
            apply_text_edit(lea.doc, edit, origin="colleague")

        lea.call(burst)
        qtbot.waitUntil(lambda: texts(window)[1] == "Le feu 🔥 a pris hier.", timeout=WAIT)
        qtbot.waitUntil(lambda: texts(window)[0] == "Incendie en cendres", timeout=WAIT)
        qtbot.waitUntil(lambda: not window.document.holding, timeout=WAIT)
        assert heard and set(heard) <= {(0, 1, 1), (1, 1, 1)}
        assert window.document.counts.total.words == words + 3
        assert f"Article: {words + 3} words" in window.article_counts.text()
        page = bridge.to_model(window.document.text, window.document.article)
        assert page == window.document.article == lea.article()
        # my own key is told at once, and goes to the room
        at_end_of(window, 1)
        heard.clear()
        qtbot.keyClicks(window.surface, "!")
        assert heard and set(heard) == {(1, 1, 1)}
        qtbot.waitUntil(lambda: lea.text() == texts(window), timeout=WAIT)
    shared.close()


def test_the_pauses_check_gives_way_to_a_colleagues_keys_as_to_ones_own(
    qtbot: QtBot, server: RunningServer
) -> None:
    """Her keys come to the window from the room link; the check's pass, under way on its
    worker, waits between two steps while they come, then ends with her words in it."""
    words = "Le conseil a voté le budget du quartier après un long débat. "
    body = [para(f"{n} " + words * 6, id=f"p{n}") for n in range(300)]
    window = bare_window(article(title("Le budget", id="t"), *body, para("", id="e")))
    shared = SharedArticle(window.document, server.address("desk/pass"), User.named("Marc"))
    window.destroyed.connect(shared.close)
    qtbot.waitUntil(lambda: shared.follower is not None, timeout=WAIT)
    review = window.review
    qtbot.waitUntil(lambda: review.ready and not review.running, timeout=WAIT)
    lea: Any = Doc()
    lea.apply_update(shared.doc.get_update())
    state = lea.get_state()
    apply_text_edit(lea, TextEdit("e", 0, 0, plain("Vote")), origin="colleague")
    shared.link.received.emit(lea.get_update(state))  # as the link hands it to the window
    assert texts(window)[-1] == "Vote"
    review.start()  # at once, as if a pause had come
    time.sleep(0.3)  # the event loop does not turn: for the window, her keys still come
    assert any(t.name == "pause-review" and t.is_alive() for t in threading.enumerate())
    qtbot.waitUntil(lambda: review.findings.article is window.document.article, timeout=WAIT)
    assert not any("empty paragraph" in row.lower() for row in window.check_dock.list.texts())
    shared.close()


def shared_by_marc(
    server: RunningServer, room: str, start: Article, language: str
) -> tuple[MainWindow, RoomAddress, PresenceMarks]:
    """A window sharing `start` in `room` as Marc, with its layer of the others' marks."""
    window = bare_window(start, language=language)
    address = server.address(room)
    share_commands.share(window, address, User.named("Marc"))
    marks = window.findChild(PresenceMarks)
    assert marks is not None
    return window, address, marks


def test_the_status_follows_who_is_in_as_their_carets_move(
    qtbot: QtBot, server: RunningServer
) -> None:
    """Every key of a colleague brings her caret's new place and the list of who is in; the
    status says the list, and a new name in it, however often it comes."""
    start = article(title("Crue", id="t"), para("La Seine monte.", id="p"))
    window, _, _ = shared_by_marc(server, "desk/who", start, "en")
    status = window.findChild(share_commands.RoomStatus)
    shared = share_commands.shared_of(window)
    assert status is not None and shared is not None
    qtbot.waitUntil(lambda: status.text() == "Shared: connected", timeout=WAIT)
    for at in range(3):  # her caret moves as she types: the same writers in the article
        shared.link.peers_changed.emit([Peer(7, User.named("Léa"), Cursor("p", at, at))])
        assert status.text() == "Shared: connected · 1 other in the article"
        assert status.toolTip().endswith("\nLéa")
    shared.link.peers_changed.emit([Peer(7, User.named("Léa Martin"), Cursor("p", 3, 3))])
    assert status.toolTip().endswith("\nLéa Martin")
    both = [Peer(7, User.named("Léa Martin"), None), Peer(8, User.named("Paul"), None)]
    shared.link.peers_changed.emit(both)
    assert status.text() == "Shared: connected · 2 others in the article"
    shared.close()


def test_each_sees_where_the_others_caret_is(qtbot: QtBot, server: RunningServer) -> None:
    window, address, marks = shared_by_marc(
        server,
        "desk/carets",
        article(title("Incendie", id="t"), para("Le feu 🔥 a pris.", id="p")),
        language="en",
    )
    with colleague(address) as lea:
        lea.call(lambda: lea.client.set_cursor(Cursor("p", 10, 10)))  # "Le feu 🔥 a|"
        qtbot.waitUntil(lambda: [c.name for c in marks.carets()] == ["Léa"], timeout=WAIT)
        page = window.document.text.findBlockByNumber(1)
        after_a = QTextCursor(page)
        after_a.setPosition(page.position() + len("Le feu 🔥 a".encode("utf-16-le")) // 2)
        assert marks.carets()[0].rect == window.surface.cursorRect(after_a)
        after_flame = QTextCursor(page)
        after_flame.setPosition(page.position() + len("Le feu 🔥".encode("utf-16-le")) // 2)

        window.surface.setTextCursor(after_flame)  # my caret: code points for the others
        qtbot.keyClicks(window.surface, "x")  # a key makes sure a report follows the move

        def marc() -> list[Cursor | None]:
            peers: list[Any] = lea.call(lea.client.peers)
            return [p.cursor for p in peers if p.user.name == "Marc"]

        qtbot.waitUntil(lambda: marc() == [Cursor("p", 9, 9)], timeout=WAIT)


def _lea_types(shared: SharedArticle, block: str, at: int, typed: str) -> User:
    """Léa types `typed` into `block` from `at`, a key at a time as the room relays them: each
    update handed to the window's room link, followed by her caret's new place."""
    lea, copy = User.named("Léa"), Doc()
    copy.apply_update(shared.doc.get_update())
    for offset, key in enumerate(typed, start=at):
        state = copy.get_state()
        apply_text_edit(copy, TextEdit(block, offset, 0, plain(key)), origin="colleague")
        shared.link.received.emit(copy.get_update(state))
        shared.link.peers_changed.emit([Peer(7, lea, Cursor(block, offset + 1, offset + 1))])
        QApplication.processEvents()
    return lea


def test_a_colleagues_caret_is_drawn_where_each_of_her_keys_left_it(
    qtbot: QtBot, server: RunningServer
) -> None:
    """Each key comes from the room link with her caret's new place after it, as the room
    relays them; what the window paints (its backing store, not a fresh rendering) shows her
    caret after the last one."""
    start = article(title("Crue", id="t"), para("La Seine monte.", id="p"))
    window, _, marks = shared_by_marc(server, "desk/keys", start, "en")
    shared = share_commands.shared_of(window)
    assert shared is not None
    qtbot.waitUntil(lambda: shared.follower is not None, timeout=WAIT)
    lea = _lea_types(shared, "p", len("La Seine monte"), " vite")
    assert texts(window)[1] == "La Seine monte vite."
    page = window.document.text.findBlockByNumber(1)
    there = QTextCursor(page)
    there.setPosition(page.position() + len("La Seine monte vite"))
    rect = window.surface.cursorRect(there)
    assert [caret.rect for caret in marks.carets()] == [rect]
    shown = window.screen().grabWindow(window.winId()).toImage()
    corner = window.surface.viewport().mapTo(window, QPoint(rect.left(), rect.center().y()))
    assert QColor(shown.pixel(corner)) == QColor(lea.colour)
    shared.close()


def test_a_window_closed_while_a_colleagues_keys_wait_to_be_told_closes_cleanly(
    qtbot: QtBot, server: RunningServer
) -> None:
    """Her key is in the page and the model, its `changed` still held, when the window goes:
    nothing is told to the window's parts as they are deleted, and nothing is raised."""
    window = _her_key_just_relayed(qtbot, server, "desk/gone", "Hier, ")
    assert window.document.holding and texts(window)[1] == "Hier, La Seine monte."
    _closed_and_deleted(window)


def _her_key_just_relayed(qtbot: QtBot, server: RunningServer, room: str, typed: str) -> MainWindow:
    """A window sharing "La Seine monte." in `room`, the room just having relayed a
    colleague's `typed` at the paragraph's start (the window is deleted by the test)."""
    start = article(title("Crue", id="t"), para("La Seine monte.", id="p"))
    window = MainWindow(Document(start), opener=lambda path: None)
    window.show()
    shared = share_commands.share(window, server.address(room), User.named("Marc"))
    qtbot.waitUntil(lambda: shared.follower is not None, timeout=WAIT)
    copy = Doc()
    copy.apply_update(shared.doc.get_update())
    state = copy.get_state()
    apply_text_edit(copy, TextEdit("p", 0, 0, plain(typed)), origin="colleague")
    shared.link.received.emit(copy.get_update(state))
    return window


def _closed_and_deleted(window: MainWindow) -> None:
    window.document.undo_stack.setClean()
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def test_each_sees_the_others_selection_in_their_colour(
    qtbot: QtBot, server: RunningServer
) -> None:
    window, address, marks = shared_by_marc(
        server,
        "desk/selections",
        article(title("Incendie", id="t"), para("Le feu 🔥 a pris.", id="p")),
        language="en",
    )
    page = window.document.text.findBlockByNumber(1)

    def qt(words: str) -> int:  # the page's position after `words`: the flame counts two
        return page.position() + len(words.encode("utf-16-le")) // 2

    with colleague(address) as lea:
        # Léa selects "feu 🔥 a" backwards: code points 10 to 3 in the room's units
        lea.call(lambda: lea.client.set_cursor(Cursor("p", 10, 3)))
        qtbot.waitUntil(lambda: [s.name for s in marks.shades()] == ["Léa"], timeout=WAIT)
        shade = marks.shades()[0]
        assert (shade.start, shade.end) == (qt("Le "), qt("Le feu 🔥 a"))
        assert shade.colour == User.named("Léa").colour
        assert marks.carets()[0].rect == window.surface.cursorRect(cursor_at(window, qt("Le ")))
        # drawn where the words are, in her colour over the page
        (rect,) = shade.rects
        assert rect.left() == window.surface.cursorRect(cursor_at(window, qt("Le "))).left()
        right = window.surface.cursorRect(cursor_at(window, qt("Le feu 🔥 a"))).left()
        assert abs(rect.right() + 1 - right) <= 1
        window.resize(700, 400)
        window.show()
        qtbot.waitExposed(window)
        middle = marks.mapTo(window.surface, rect.center())
        pixel = window.surface.grab().toImage().pixelColor(middle)
        paper = window.surface.viewport().palette().base().color()
        assert pixel != paper
        assert _nearer(pixel, QColor(shade.colour), paper)

        # my selection, over the flame too, reaches Léa in code points
        mine = cursor_at(window, qt("Le feu 🔥 a pris"))
        mine.setPosition(qt("Le feu"), QTextCursor.MoveMode.KeepAnchor)
        window.surface.setTextCursor(mine)

        def marc() -> list[Cursor | None]:
            peers: list[Any] = lea.call(lea.client.peers)
            return [p.cursor for p in peers if p.user.name == "Marc"]

        qtbot.waitUntil(lambda: marc() == [Cursor("p", 15, 6)], timeout=WAIT)

        # a selection from the title into the paragraph: both ends, and for older readers
        # its part in the head's paragraph
        across = cursor_at(window, qt("Le feu"))
        across.setPosition(window.document.text.begin().position() + 3)
        across.setPosition(qt("Le feu"), QTextCursor.MoveMode.KeepAnchor)
        window.surface.setTextCursor(across)
        qtbot.waitUntil(lambda: marc() == [Cursor("p", 0, 6, "t", 3)], timeout=WAIT)
        lea.call(lambda: lea.client.set_cursor(Cursor("p", 4, 4)))  # a caret: no shade
        qtbot.waitUntil(lambda: not marks.shades(), timeout=WAIT)
        assert [c.name for c in marks.carets()] == ["Léa"]


def test_a_selection_over_two_paragraphs_is_shaded_in_both_and_travels_whole(
    qtbot: QtBot, server: RunningServer
) -> None:
    window, address, marks = shared_by_marc(
        server,
        "desk/across",
        article(
            title("Incendie", id="t"),
            para("Le feu 🔥 a pris.", id="p"),
            para("Les pompiers 🚒 arrivent.", id="q"),
        ),
        language="en",
    )
    first, second = (window.document.text.findBlockByNumber(n) for n in (1, 2))

    def qt(page: Any, words: str) -> int:  # Qt's position after `words`: an emoji counts two
        position: int = page.position() + len(words.encode("utf-16-le")) // 2
        return position

    window.resize(700, 400)
    window.show()
    qtbot.waitExposed(window)
    with colleague(address) as lea:
        # Léa selects from "Le feu 🔥 a|" to "Les pompiers 🚒|", in code points of each block
        across = Cursor("q", 0, 14, anchor_block="p", anchor_offset=10)
        lea.call(lambda: lea.client.set_cursor(across))
        qtbot.waitUntil(lambda: [s.name for s in marks.shades()] == ["Léa"], timeout=WAIT)
        shade = marks.shades()[0]
        end_of_first = first.position() + first.length() - 1
        assert shade.parts == (
            (qt(first, "Le feu 🔥 a"), end_of_first),
            (second.position(), qt(second, "Les pompiers 🚒")),
        )
        caret = window.surface.cursorRect(cursor_at(window, qt(second, "Les pompiers 🚒")))
        assert marks.carets()[0].rect == caret
        # a pixel of each paragraph's part is tinted in her colour
        paper = window.surface.viewport().palette().base().color()
        shot = window.surface.grab().toImage()
        lines = {rect.top() for rect in shade.rects}
        assert len(lines) == 2  # one line of each paragraph
        for rect in shade.rects:
            pixel = shot.pixelColor(marks.mapTo(window.surface, rect.center()))
            assert pixel != paper and _nearer(pixel, QColor(shade.colour), paper)

        # told the older way (the head's block alone), or from a block no longer on the page:
        # the part in the head's paragraph
        in_second = ((second.position(), qt(second, "Les pompiers 🚒")),)
        for older in (Cursor("q", 0, 14), Cursor("q", 0, 14, "gone", 3)):
            lea.call(lambda older=older: lea.client.set_cursor(older))
            qtbot.waitUntil(lambda: [s.parts for s in marks.shades()] == [in_second], timeout=WAIT)
            assert marks.carets()[0].rect == caret
            lea.call(lambda: lea.client.set_cursor(Cursor("q", 14, 14)))
            qtbot.waitUntil(lambda: not marks.shades(), timeout=WAIT)

        # my selection over the two paragraphs, from the second back into the first
        mine = cursor_at(window, qt(second, "Les pompiers 🚒"))
        mine.setPosition(qt(first, "Le feu"), QTextCursor.MoveMode.KeepAnchor)
        window.surface.setTextCursor(mine)

        def marc() -> list[Cursor | None]:
            peers: list[Any] = lea.call(lea.client.peers)
            return [p.cursor for p in peers if p.user.name == "Marc"]

        end = len("Le feu 🔥 a pris.")  # the head's paragraph's end, on the anchor's side
        qtbot.waitUntil(lambda: marc() == [Cursor("p", end, 6, "q", 14)], timeout=WAIT)


def test_a_selection_over_a_long_read_is_shaded_on_screen_only(
    qtbot: QtBot, server: RunningServer
) -> None:
    paragraphs = [
        para(f"Paragraphe {n} : les pompiers 🚒 arrivent.", id=f"p{n}") for n in range(80)
    ]
    window, address, marks = shared_by_marc(
        server, "desk/long", article(title("Incendie", id="t"), *paragraphs), language="en"
    )
    window.resize(700, 400)
    window.show()
    qtbot.waitExposed(window)
    text = window.document.text
    with colleague(address) as lea:  # Léa selects from the first paragraph to the last
        lea.call(lambda: lea.client.set_cursor(Cursor("p79", 5, 5, "p0", 0)))
        qtbot.waitUntil(lambda: [s.name for s in marks.shades()] == ["Léa"], timeout=WAIT)
        last = text.findBlockByNumber(80)
        shade = marks.shades()[0]
        first = text.findBlockByNumber(1)
        assert (shade.start, shade.end) == (first.position(), last.position() + 5)
        bar = window.surface.verticalScrollBar()
        bar.setValue(bar.maximum() // 2)
        shade = marks.shades()[0]
        shown = [text.findBlock(start).blockNumber() for start, _ in shade.parts]
        assert shown[0] > 1 and shown[-1] < 80 and len(shown) < 20  # a screenful
        assert shown == list(range(shown[0], shown[-1] + 1))  # each paragraph on screen, whole
        view = marks.rect()
        assert shade.rects and all(rect.intersects(view) for rect in shade.rects)
        bar.setValue(bar.maximum())  # the end: the last paragraph up to her caret
        assert marks.shades()[0].parts[-1] == (last.position(), last.position() + 5)


def cursor_at(window: MainWindow, position: int) -> QTextCursor:
    cursor = QTextCursor(window.document.text)
    cursor.setPosition(position)
    return cursor


def _nearer(pixel: QColor, colour: QColor, paper: QColor) -> bool:
    """Whether `pixel` leans from the paper towards `colour` (each channel moved its way)."""
    moved = 0
    for channel in ("red", "green", "blue"):
        want = getattr(colour, channel)() - getattr(paper, channel)()
        got = getattr(pixel, channel)() - getattr(paper, channel)()
        if want and got * want < 0:
            return False
        moved += abs(got)
    return moved > 0


def test_metadata_travels_both_ways(qtbot: QtBot, server: RunningServer) -> None:
    window, shared = shared_window(qtbot, server, "desk/meta")
    with colleague(server.address("desk/meta")) as lea:
        qtbot.waitUntil(lambda: lea.text() == texts(window), timeout=WAIT)
        window.document.change_meta("Slug", slug="incendie-port")

        def slug() -> str:
            return str(lea.call(lambda: doc_to_article(lea.doc).meta.slug))

        qtbot.waitUntil(lambda: slug() == "incendie-port", timeout=WAIT)

        def retitle() -> None:
            before = doc_to_article(lea.doc)
            apply_article(lea.doc, before, before.with_meta(genre="reportage"), "colleague")

        lea.call(retitle)
        qtbot.waitUntil(lambda: window.document.article.meta.genre == "reportage", timeout=WAIT)
        assert window.document.article.meta.slug == "incendie-port"
        window.document.undo_stack.undo()  # my slug goes, Léa's genre stays
        assert window.document.article.meta.slug != "incendie-port"
        assert window.document.article.meta.genre == "reportage"
        qtbot.waitUntil(lambda: slug() != "incendie-port", timeout=WAIT)
    shared.close()


def test_a_wrong_token_is_refused_and_the_article_stays(qtbot: QtBot, tmp_path: Path) -> None:
    tokens = tmp_path / "tokens.json"
    tokens.write_text('{"desk/locked": "right"}', encoding="utf-8")
    with room_server(tmp_path / "store", tokens=tokens) as running:
        window = bare_window(
            article(title("Incendie", id="t"), para("Le feu.", id="p")), None, "en"
        )
        address = running.address("desk/locked", token="wrong")
        shared = share_commands.share(window, address, User.named("Marc"))
        status = window.findChild(share_commands.RoomStatus)
        assert status is not None
        qtbot.waitUntil(lambda: status.text() == "Shared: refused", timeout=WAIT)
        assert "refused" in window.statusBar().currentMessage()
        at_end_of(window, 0)
        qtbot.keyClicks(window.surface, " au port")
        assert texts(window) == ["Incendie au port", "Le feu."]
        assert window.document.dirty
        shared.close()


def test_sharing_into_a_room_holding_another_article_asks_first(
    qtbot: QtBot, server: RunningServer
) -> None:
    first, _ = shared_window(qtbot, server, "desk/taken")
    other = bare_window(article(title("Crue", id="c"), para("La Seine monte.", id="s")))
    asked: list[str] = []

    def keep_theirs(room: Any) -> bool:
        asked.append(room.title)
        return False

    shared = share_commands.share(
        other, server.address("desk/taken"), User.named("Marc"), keep_theirs
    )
    qtbot.waitUntil(lambda: share_commands.shared_of(other) is None, timeout=WAIT)
    assert asked == ["Incendie"]
    assert other.findChild(share_commands.RoomStatus) is None
    assert texts(other) == ["Crue", "La Seine monte."]
    assert shared.follower is None
    with colleague(server.address("desk/taken")) as lea:
        qtbot.waitUntil(lambda: lea.text() == texts(first), timeout=WAIT)


def test_my_caret_stays_on_its_word_when_a_colleague_adds_a_paragraph_above(
    qtbot: QtBot, server: RunningServer
) -> None:
    window = bare_window(
        article(title("Incendie", id="t"), para("Le feu 🔥 a pris.", id="p")), language="en"
    )
    address = server.address("desk/above")
    shared = share_commands.share(window, address, User.named("Marc"))
    qtbot.waitUntil(lambda: shared.follower is not None, timeout=WAIT)
    page = window.document.text.findBlockByNumber(1)
    cursor = QTextCursor(page)
    cursor.setPosition(page.position() + 3)  # "Le |feu"
    window.surface.setTextCursor(cursor)
    with colleague(address) as lea:
        qtbot.waitUntil(lambda: lea.text() == texts(window), timeout=WAIT)

        def add_above() -> None:
            before = doc_to_article(lea.doc)
            added = para("Marseille, 14 h.", id="d")
            after = before.with_blocks((before.blocks[0], added, before.blocks[1]))
            apply_article(lea.doc, before, after, origin="colleague")

        lea.call(add_above)
        qtbot.waitUntil(lambda: len(texts(window)) == 3, timeout=WAIT)
        qtbot.keyClicks(window.surface, "grand ")
        assert texts(window) == ["Incendie", "Marseille, 14 h.", "Le grand feu 🔥 a pris."]


def test_a_colleagues_caret_far_down_a_long_article_is_placed_once_it_scrolls_into_sight(
    qtbot: QtBot, server: RunningServer
) -> None:
    """Her caret in a paragraph the page does not show is not placed, nor her keys' carets
    there; scrolled down to it, it is, where Qt puts a cursor."""
    paragraphs = [para(f"Paragraphe {n} : la Seine monte encore.", id=f"p{n}") for n in range(120)]
    window, _, marks = shared_by_marc(
        server, "desk/far", article(title("Crue", id="t"), *paragraphs), "en"
    )
    shared = share_commands.shared_of(window)
    assert shared is not None
    qtbot.waitUntil(lambda: shared.follower is not None, timeout=WAIT)
    _lea_types(shared, "p119", len("Paragraphe 119 : la Seine monte"), " vite")
    assert texts(window)[-1] == "Paragraphe 119 : la Seine monte vite encore."
    assert marks.carets() == []
    bar = window.surface.verticalScrollBar()
    bar.setValue(bar.maximum())
    QApplication.processEvents()
    last = window.document.text.lastBlock()
    there = cursor_at(window, last.position() + len("Paragraphe 119 : la Seine monte vite"))
    assert [(c.name, c.rect) for c in marks.carets()] == [("Léa", window.surface.cursorRect(there))]
    shared.close()


@pytest.fixture
def quiet_desk() -> Iterator[None]:
    """Spelling and grammar as you type off in the windows the test opens: their underlines,
    drawn as their readings come in, repaint paragraphs in view while the test watches."""
    settings = Settings()
    before = {key: settings.store.value(key) for key in (spelling.SETTING, grammar.SETTING)}
    for key in before:
        settings.set_flag(key, False)
    yield
    for key, value in before.items():
        if value is None:
            settings.store.remove(key)
        else:
            settings.store.setValue(key, value)
    settings.store.sync()


class Paints(QObject):
    """The areas of the page Qt repaints, as the paint events reach its viewport."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.rects: list[QRect] = []
        window.surface.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if isinstance(event, QPaintEvent):
            self.rects += list(event.region())
        return False


def _long_read(paragraphs: int) -> Article:
    words = "Les pompiers 🚒 luttent toujours contre le feu qui gagne la colline du nord. " * 3
    return article(
        title("Incendie", id="t"), *(para(f"{n}. {words}", id=f"p{n}") for n in range(paragraphs))
    )


def test_a_colleagues_keys_far_below_the_view_repaint_nothing_in_it(
    qtbot: QtBot, server: RunningServer, quiet_desk: None
) -> None:
    """Her keys in paragraphs the page does not show paint nothing of what it shows: Qt's
    layout reported, for an edit in a paragraph where it keeps a place to start laying out
    from (one every 2 000 pixels or so), the whole text above the paragraph as changed, and
    the page repainted everything in view at each of her keys there."""
    window, _, _ = shared_by_marc(server, "desk/below", _long_read(90), "en")
    shared = share_commands.shared_of(window)
    assert shared is not None
    qtbot.waitUntil(lambda: shared.follower is not None, timeout=WAIT)
    QApplication.processEvents()
    paints = Paints(window)
    for n in range(30, 90):  # one key in each, some 5 000 pixels of text
        _lea_types(shared, f"p{n}", len(f"{n}. "), "x")
    assert all(text.startswith(f"{n}. x") for n, text in enumerate(texts(window)[1:]) if n >= 30)
    caret = window.surface.cursorRect().adjusted(-8, -8, 8, 8)  # my caret may blink meanwhile
    assert [rect for rect in paints.rects if not caret.contains(rect)] == []
    shared.close()


def test_what_a_colleagues_keys_change_in_view_is_painted(
    qtbot: QtBot, server: RunningServer, quiet_desk: None
) -> None:
    """Her keys in the paragraphs in view, one growing by a line and pushing the rest down:
    what the window shows (its backing store) is what the page renders afresh."""
    window, _, _ = shared_by_marc(server, "desk/shown", _long_read(90), "en")
    shared = share_commands.shared_of(window)
    assert shared is not None
    qtbot.waitUntil(lambda: shared.follower is not None, timeout=WAIT)
    window.surface.setCursorWidth(0)  # my caret, blinking, is in neither picture
    copy = Doc()
    copy.apply_update(shared.doc.get_update())
    paragraph = window.surface.cursorForPosition(QPoint(10, 10)).block()
    height = window.document.text.size().height()
    for _ in range(5):  # the paragraphs at the top of the view, the title's among them
        unit = bridge.unit_of(paragraph)
        assert unit is not None
        for at, key in enumerate(" et le vent tourne, les pompiers reculent encore", start=2):
            state = copy.get_state()
            apply_text_edit(copy, TextEdit(unit.id, at, 0, plain(key)), origin="colleague")
            shared.link.received.emit(copy.get_update(state))
            QApplication.processEvents()
        paragraph = paragraph.next()
    assert window.document.text.size().height() > height  # a paragraph grew, the rest moved
    viewport = window.surface.viewport()
    shown = window.screen().grabWindow(window.winId()).toImage()
    corner = viewport.mapTo(window, QPoint(0, 0))
    shown = shown.copy(corner.x(), corner.y(), viewport.width(), viewport.height())
    assert shown == viewport.grab().toImage().convertToFormat(shown.format())
    shared.close()


def test_the_page_scrolls_to_the_end_after_a_colleague_lengthened_a_paragraph(
    qtbot: QtBot, server: RunningServer, quiet_desk: None
) -> None:
    """Her keys add lines to a paragraph: once she pauses, the scroll bar reaches the foot of
    the page as it now stands."""
    window, _, _ = shared_by_marc(server, "desk/longer", _long_read(40), "en")
    shared = share_commands.shared_of(window)
    assert shared is not None
    qtbot.waitUntil(lambda: shared.follower is not None, timeout=WAIT)
    height = window.document.text.size().height()
    _lea_types(shared, "p20", 3, " Le vent tourne, les pompiers reculent vers la route." * 4)
    assert window.document.text.size().height() > height  # lines were added
    qtbot.waitUntil(lambda: not window.document.holding, timeout=WAIT)  # she paused
    QApplication.processEvents()
    reach = window.surface.verticalScrollBar().maximum() + window.surface.viewport().height()
    assert reach >= int(window.document.text.size().height())
    shared.close()


def test_a_window_closed_while_a_colleagues_longer_paragraph_waits_to_be_told_closes_cleanly(
    qtbot: QtBot, server: RunningServer
) -> None:
    """Her key made the page taller, its new height still to be told, when the window goes:
    nothing is told to the page as it is deleted, and nothing is raised."""
    longer = "Hier, la pluie est tombée sans discontinuer sur tout le bassin. " * 6
    window = _her_key_just_relayed(qtbot, server, "desk/taller", longer)
    assert window.document.size_later and texts(window)[1].startswith("Hier, la pluie")
    _closed_and_deleted(window)


def test_what_joining_a_room_builds_is_out_of_the_collectors_walks(
    qtbot: QtBot, server: RunningServer
) -> None:
    """The room's copy of the article and what follows it (a watch on every block) live as
    long as the window is in the room: left in the collector's sight, every full collection
    walked them, in whatever key of a colleague's it landed (some 30 000 objects on a long
    read, 2 to 4 ms of the window's thread)."""
    _window, shared = shared_window(qtbot, server, "desk/kept")
    follower = shared.follower
    assert follower is not None
    walked = {id(o) for o in gc.get_objects()}
    assert id(follower) not in walked
    assert id(follower.article) not in walked
    assert not any(id(watch) in walked for watch in follower._watched)
    shared.close()
