"""Real receiving ends on 127.0.0.1, started by the tests: an FTP server (pyftpdlib) and an
HTTP ingest endpoint (the standard library's), each able to fail the way real ones do."""

from __future__ import annotations

import base64
import contextlib
import logging
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from pyftpdlib.authorizers import DummyAuthorizer
from pyftpdlib.handlers import DTPHandler, FTPHandler
from pyftpdlib.servers import FTPServer

USER, PASSWORD = "desk", "s3cret"
logging.getLogger("pyftpdlib").setLevel(logging.WARNING)


@dataclass
class Ftp:
    port: int
    root: Path

    def url(self, user: str = USER, password: str = PASSWORD, folder: str = "") -> str:
        return f"ftp://{user}:{password}@127.0.0.1:{self.port}/{folder}"


def _breaking_dtp(limit: int) -> type[DTPHandler]:
    class Breaking(DTPHandler):  # type: ignore[misc]
        """Receives `limit` bytes of an upload, then the whole server connection drops."""

        def handle_read(self) -> None:
            super().handle_read()
            if self.tot_bytes_received >= limit:
                channel = self.cmd_channel
                self.close()
                channel.close()

        handle_read_event = handle_read  # pyftpdlib calls the alias, not the method

    return Breaking


@contextlib.contextmanager
def ftp_server(root: Path, break_after: int | None = None) -> Iterator[Ftp]:
    """An FTP server whose one user may write in `root`; with `break_after`, every
    upload loses its connection after that many bytes (the server stays up, as after
    a network cut)."""
    authorizer = DummyAuthorizer()
    authorizer.add_user(USER, PASSWORD, str(root), perm="elradfmw")
    handler: Any = type("Handler", (FTPHandler,), {"authorizer": authorizer})
    handler.passive_ports = None
    if break_after is not None:
        handler.dtp_handler = _breaking_dtp(break_after)
    server = FTPServer(("127.0.0.1", 0), handler)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            server.serve_forever(timeout=0.05, blocking=False, handle_exit=False)
        server.close_all()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield Ftp(server.address[1], root)
    finally:
        stop.set()
        thread.join()


@dataclass
class Endpoint:
    port: int
    received: dict[str, bytes] = field(default_factory=dict)
    """What the endpoint stored, by file name: only bodies that arrived whole."""
    content_types: dict[str, str] = field(default_factory=dict)
    mode: str = "store"
    """`store`, `full` (507 after reading), or `drop` (read half, then hang up)."""

    def url(self, user: str = USER, password: str = PASSWORD) -> str:
        return f"http://{user}:{password}@127.0.0.1:{self.port}/ingest"


@contextlib.contextmanager
def http_endpoint(mode: str = "store") -> Iterator[Endpoint]:
    endpoint = Endpoint(0, mode=mode)
    expected = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            if self.headers.get("Authorization") != expected:
                self.send_response(401)
                self.send_header("WWW-Authenticate", 'Basic realm="ingest"')
                self.end_headers()
                return
            if endpoint.mode == "drop":
                self.rfile.read(length // 2)
                self.close_connection = True
                self.connection.shutdown(2)
                return
            body = self.rfile.read(length)
            if endpoint.mode == "full":
                self.send_response(507)
                self.end_headers()
                return
            disposition = self.headers.get("Content-Disposition", "")
            name = unquote(disposition.partition("filename*=UTF-8''")[2])
            if len(body) == length and name:
                endpoint.received[name] = body
                endpoint.content_types[name] = self.headers.get("Content-Type", "")
            self.send_response(201)
            self.send_header("Content-Length", "0")
            self.end_headers()

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    endpoint.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield endpoint
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
