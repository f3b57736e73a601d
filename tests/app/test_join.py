"""File → Join… reads the room in the background: the window keeps working while it connects,
Cancel stops it, and a room that cannot be read is named with the reason."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

from pycrdt import Text
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot
from websockets.sync.server import ServerConnection, serve

from editor.app import i18n, share_commands
from editor.app.document import Document
from editor.app.main_window import MainWindow
from editor.coedit.address import RoomAddress, parse_address
from editor.model.article import Article
from editor.model.build import article, para, title
from tests.app.test_together import WAIT, colleague
from tests.app.windows import bare_window
from tests.coedit.rooms import room_server


def window() -> MainWindow:
    return bare_window(article(title("Crue", id="t"), para("La Seine monte.", id="p")), None, "en")


def message(qtbot: QtBot, shown: MainWindow) -> str:
    """The message Join left over the window, read and closed."""

    def box() -> QMessageBox | None:
        boxes = [b for b in shown.findChildren(QMessageBox) if b.isVisible()]
        return boxes[0] if boxes else None

    qtbot.waitUntil(lambda: box() is not None, timeout=WAIT)
    found = box()
    assert found is not None
    text = found.text()
    found.close()
    return text


@contextmanager
def silent_server() -> Iterator[int]:
    """A port where a connection is taken and nothing is ever said: a machine that hangs."""
    with socket.create_server(("127.0.0.1", 0)) as listening:
        yield listening.getsockname()[1]


@contextmanager
def web_server() -> Iterator[int]:
    """An ordinary web server: it answers, but not as a room server does."""

    class Page(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = b"<html><body>It works</body></html>"
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Page)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def closing_server(reason: str) -> Iterator[int]:
    """A WebSocket server that takes the connection and closes it at once, before any sync:
    a room server whose store is gone, a proxy cutting the line."""

    def close(connection: ServerConnection) -> None:
        connection.close(1011, reason)

    with serve(close, "127.0.0.1", 0) as server:
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            yield server.socket.getsockname()[1]
        finally:
            server.shutdown()


def free_port() -> int:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port: int = probe.getsockname()[1]
    return port  # closed: nothing listens there now


def address_at(port: int, room: str = "desk/crue", token: str | None = None) -> RoomAddress:
    return parse_address(f"ws://127.0.0.1:{port}/{room}", token)


def test_the_window_keeps_working_while_join_waits_and_cancel_stops_it(qtbot: QtBot) -> None:
    shown = window()
    ticks: list[int] = []
    timer = QTimer(shown)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    got: list[Article] = []
    with silent_server() as port:
        reading = share_commands.fetch(shown, address_at(port), got.append)
        assert reading.running  # fetch returned while the connection is still being made
        progress = shown.findChild(QProgressDialog)
        assert progress is not None and progress.isVisible()
        assert f"ws://127.0.0.1:{port}/desk/crue" in progress.labelText()
        qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=WAIT)  # the event loop turns
        assert reading.running
        (cancel,) = progress.findChildren(QPushButton)
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        assert not progress.isVisible()
        qtbot.waitUntil(lambda: not reading.running, timeout=WAIT)
    assert got == []
    assert not [b for b in shown.findChildren(QMessageBox) if b.isVisible()]


def test_join_names_a_server_that_nothing_answers_at(qtbot: QtBot) -> None:
    shown = window()
    port = free_port()
    got: list[Article] = []
    reading = share_commands.fetch(shown, address_at(port), got.append)
    assert reading.running  # the outcome comes through the event loop, never at once
    said = message(qtbot, shown)
    assert said.startswith(f"ws://127.0.0.1:{port}/desk/crue cannot be reached.")
    assert "Connect call failed" in said or "refused" in said.lower()  # the system's words
    assert got == []


def test_join_names_a_server_that_is_not_a_room_server(qtbot: QtBot) -> None:
    shown = window()
    with web_server() as port:
        share_commands.fetch(shown, address_at(port), lambda room: None)
        said = message(qtbot, shown)
    assert said.startswith(
        f"ws://127.0.0.1:{port}/desk/crue answered, but not as a Copydesk room server."
    )


def test_join_says_at_once_when_the_connection_drops_before_the_article_came(
    qtbot: QtBot,
) -> None:
    """Not after the whole wait: the connection is gone, and nothing more will come on it."""
    shown = window()
    with closing_server("the room store is unavailable") as port:
        # a wait longer than the test's patience: only the dropped connection can end it
        share_commands.fetch(shown, address_at(port), lambda room: None, timeout=3600)
        said = message(qtbot, shown)
    assert said.startswith(f"ws://127.0.0.1:{port}/desk/crue does not answer.")
    assert "the room store is unavailable" in said  # the server's own words


def test_join_says_a_wrong_token_is_refused(qtbot: QtBot, tmp_path: Path) -> None:
    tokens = tmp_path / "tokens.json"
    tokens.write_text('{"desk/locked": "right"}', encoding="utf-8")
    shown = window()
    with room_server(tmp_path / "store", tokens=tokens) as running:
        address = running.address("desk/locked", token="wrong")
        share_commands.fetch(shown, address, lambda room: None)
        said = message(qtbot, shown)
    assert said.startswith(
        f"ws://127.0.0.1:{running.port}/desk/locked refused the connection: "
        "the token is wrong or missing."
    )
    assert "wrong token" in said  # the server's own words beside ours


def test_join_says_a_room_holding_another_programs_document_is_not_an_article(
    qtbot: QtBot, tmp_path: Path
) -> None:
    shown = window()
    with room_server(tmp_path / "store") as running:
        address = running.address("desk/notes")
        with colleague(address) as lea:
            lea.call(lambda: lea.doc.get("notes", type=Text).insert(0, "des notes"))
            lea.call(lea.client.flush)
            share_commands.fetch(shown, address, lambda room: None)
            said = message(qtbot, shown)
    assert said.startswith(f"The room {address.url} holds something other than an article.")
    assert "notes" in said


def test_a_window_closed_while_join_waits_leaves_no_thread_behind(qtbot: QtBot) -> None:
    i18n.install("en")
    shown = MainWindow(Document(article(title("Crue", id="t"))), opener=lambda path: None)
    shown.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # as the application's windows
    shown.show()
    threads = threading.active_count()
    with silent_server() as port:
        reading = share_commands.fetch(shown, address_at(port), lambda room: None)
        assert reading.running and threading.active_count() > threads
        shown.close()
        qtbot.waitUntil(lambda: threading.active_count() == threads, timeout=WAIT)
