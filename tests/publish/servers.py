"""Real receiving ends on 127.0.0.1, started by the tests: an FTP server (pyftpdlib) and an
HTTP ingest endpoint (the standard library's), each able to fail the way real ones do."""

from __future__ import annotations

import base64
import contextlib
import ipaddress
import logging
import os
import socket
import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from pyftpdlib.authorizers import DummyAuthorizer
from pyftpdlib.handlers import DTPHandler, FTPHandler
from pyftpdlib.servers import FTPServer

USER, PASSWORD = "desk", "s3cret"
logging.getLogger("pyftpdlib").setLevel(logging.WARNING)


def certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and its key, as PEM files in `folder`.
    A client trusts it when `SSL_CERT_FILE` names the certificate."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = folder / "server.crt", folder / "server.key"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_file, key_file


@dataclass
class Gate:
    """A server that stalls an upload once its first bytes are in (`receiving` is set), until
    the test lets it go on (`release`): a slow server, without a clock in the test."""

    receiving: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)

    def stall(self) -> None:
        self.receiving.set()
        self.release.wait(timeout=300)


@dataclass
class Ftp:
    port: int
    root: Path
    scheme: str = "ftp"
    gate: Gate = field(default_factory=Gate)

    def url(self, user: str = USER, password: str = PASSWORD, folder: str = "") -> str:
        return f"{self.scheme}://{user}:{password}@127.0.0.1:{self.port}/{folder}"


def _breaking_dtp(limit: int, gone: threading.Event) -> type[DTPHandler]:
    class Breaking(DTPHandler):  # type: ignore[misc]
        """Receives `limit` bytes of an upload, then the whole server connection drops."""

        def handle_read(self) -> None:
            super().handle_read()
            if self.tot_bytes_received >= limit:
                channel = self.cmd_channel
                self.close()
                channel.close()
                gone.set()

        handle_read_event = handle_read  # pyftpdlib calls the alias, not the method

    return Breaking


def _stalling_dtp(gate: Gate) -> type[DTPHandler]:
    class Stalling(DTPHandler):  # type: ignore[misc]
        """Takes the first bytes of the first upload, then stalls the whole server."""

        def handle_read(self) -> None:
            super().handle_read()
            if self.tot_bytes_received and not gate.receiving.is_set():
                gate.stall()

        handle_read_event = handle_read

    return Stalling


def _no_overwrite(base: Any) -> Any:
    class NoOverwrite(base):  # type: ignore[misc, valid-type]
        """Refuses to rename onto an existing file, as IIS and some other servers do."""

        def ftp_RNTO(self, path: str) -> Any:  # noqa: N802 - pyftpdlib's command name
            if self._rnfr and os.path.exists(path):
                self._rnfr = None
                self.respond("550 Cannot create a file when that file already exists.")
                return None
            return super().ftp_RNTO(path)

    return NoOverwrite


@contextlib.contextmanager
def ftp_server(
    root: Path,
    break_after: int | None = None,
    tls: tuple[Path, Path] | None = None,
    vanish: bool = False,
    overwrite: bool = True,
    stall: bool = False,
) -> Iterator[Ftp]:
    """An FTP server whose one user may write in `root`; with `break_after`, every
    upload loses its connection after that many bytes (the server stays up, as after
    a network cut, unless `vanish`: then it stops altogether); with `tls` (certificate,
    key), FTPS that requires TLS throughout; without `overwrite`, a rename onto an
    existing file is refused; with `stall`, the first upload stalls (see `Gate`)."""
    authorizer = DummyAuthorizer()
    authorizer.add_user(USER, PASSWORD, str(root), perm="elradfmw")
    base: Any = FTPHandler
    attributes: dict[str, Any] = {"authorizer": authorizer}
    if tls is not None:
        from pyftpdlib.handlers import TLS_FTPHandler

        base = TLS_FTPHandler
        attributes.update(
            certfile=str(tls[0]),
            keyfile=str(tls[1]),
            tls_control_required=True,
            tls_data_required=True,
        )
    if not overwrite:
        base = _no_overwrite(base)
    handler: Any = type("Handler", (base,), attributes)
    handler.passive_ports = None
    gone = threading.Event()
    if break_after is not None:
        handler.dtp_handler = _breaking_dtp(break_after, gone)
    gate = Gate()
    if stall:
        handler.dtp_handler = _stalling_dtp(gate)
    server = FTPServer(("127.0.0.1", 0), handler)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set() and not (vanish and gone.is_set()):
            server.serve_forever(timeout=0.05, blocking=False, handle_exit=False)
        server.close_all()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield Ftp(server.address[1], root, "ftps" if tls else "ftp", gate)
    finally:
        gate.release.set()
        stop.set()
        thread.join()


@dataclass
class Endpoint:
    port: int
    received: dict[str, bytes] = field(default_factory=dict)
    """What the endpoint stored, by file name: only bodies that arrived whole."""
    content_types: dict[str, str] = field(default_factory=dict)
    mode: str = "store"
    """`store`, `full` (507 after reading), `drop` (read half, then hang up), or `stall`
    (read the first bytes, then wait for the test: see `Gate`)."""
    scheme: str = "http"
    gate: Gate = field(default_factory=Gate)

    def url(self, user: str = USER, password: str = PASSWORD) -> str:
        return f"{self.scheme}://{user}:{password}@127.0.0.1:{self.port}/ingest"


@contextlib.contextmanager
def http_endpoint(mode: str = "store", tls: tuple[Path, Path] | None = None) -> Iterator[Endpoint]:
    """An ingest endpoint taking POSTs with Basic authentication; HTTPS with `tls`."""
    endpoint = Endpoint(0, mode=mode, scheme="https" if tls else "http")
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
            try:
                body = self._body(length)
            except OSError:  # the client hung up: nothing whole arrived
                return
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

        def _body(self, length: int) -> bytes:
            stalls = endpoint.mode == "stall" and length > 4096  # in the middle of a body
            if not stalls or endpoint.gate.receiving.is_set():
                return self.rfile.read(length)
            first = self.rfile.read(min(length, 4096))
            endpoint.gate.stall()
            return first + self.rfile.read(length - len(first))

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler, bind_and_activate=False)
    if mode == "stall":  # a small window: what the client has sent waits on its side
        server.socket.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 8192)
    server.server_bind()
    server.server_activate()
    if tls is not None:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(str(tls[0]), str(tls[1]))
        server.socket = context.wrap_socket(server.socket, server_side=True)
    endpoint.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield endpoint
    finally:
        endpoint.gate.release.set()
        server.shutdown()
        server.server_close()
        thread.join()
