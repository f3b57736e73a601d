"""Putting files on the receiving side so that a watcher never reads half a file.

Every transport writes each file under a temporary dot-name first and gives it its
real name only once every file of the piece is complete (the main file last, after
its pictures), so an ingest that picks up `*.json` or `*.xml` never sees a partial
document, and a failure leaves nothing under a real name. What a failure leaves under
a temporary name is removed where the receiving side still answers.

A sending can be stopped from another thread (`Cancel`, the Publish dialog's Cancel): each
transport checks between blocks, and the socket being written to is shut at once, so a send
blocked on a slow server returns. A stopped sending is a failure like the others (code
`cancelled`): the temporary files are removed, nothing is logged. Over HTTP the request under
way is aborted, so the endpoint never gets a whole body; files of the piece already accepted
before it (its pictures) stay with the endpoint, which no client can take back.
"""

from __future__ import annotations

import base64
import contextlib
import ftplib
import http.client
import os
import socket
import ssl
import struct
import threading
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlsplit

from editor import __version__
from editor.model.atomic import fsync_folder
from editor.publish.destinations import Destination

TIMEOUT = 60.0
"""Seconds without an answer before a server is given up (not a limit on the whole upload)."""
BLOCK = 64 * 1024

Progress = Callable[[int], None]
"""Called with the number of bytes sent so far."""


@dataclass(frozen=True, slots=True)
class Parcel:
    """One file of a piece as it is delivered: its name on the receiving side, its bytes."""

    name: str
    data: bytes
    content_type: str


REASONS: dict[str, str] = {
    "folder-missing": "the folder does not exist or cannot be reached",
    "disk-full": "no space left on the disk",
    "file-too-large": "the file is too large for the disk (its size limit was reached)",
    "quota": "the disk quota is used up",
    "permission": "permission denied",
    "read-only": "the disk is read-only",
    "login-refused": "the server refused the user name or password",
    "file-refused": "the server refused the file or folder (no such folder, or no permission)",
    "no-room": "the server has no room left for the file",
    "name-refused": "the server refused the file name",
    "forbidden": "the server does not allow this account to publish here",
    "no-endpoint": "there is no ingest endpoint at this address",
    "too-large": "the server refused the file as too large",
    "server-answer": "the server answered “{detail}”",
    "timeout": "the server stopped answering",
    "connection-refused": "the server refused the connection (is it running, is the port right?)",
    "unknown-host": "the server name is unknown",
    "untrusted": "the secure connection failed: the server's certificate is not trusted ({detail})",
    "tls": "the secure connection failed ({detail})",
    "connection-lost": "the connection was lost during the upload",
    "cancelled": "the sending was cancelled",
    "system": "{detail}",
}
"""Why a delivery failed, by code; the window words each code in its own language."""


class DeliveryError(Exception):
    """A delivery that failed; the message says where and why, in the user's terms."""

    def __init__(self, destination: Destination, code: str, detail: str = "") -> None:
        self.destination = destination
        self.code = code
        self.detail = detail
        self.reason = REASONS[code].format(detail=detail)
        super().__init__(f"{place(destination)}: {self.reason}")


def place(destination: Destination) -> str:
    """The destination as a message names it: its name, with its address if that differs."""
    if destination.name == destination.shown:
        return destination.name
    return f"{destination.name} ({destination.shown})"


class Cancel:
    """Set from another thread to stop a sending; see the module's docstring."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._socket: socket.socket | None = None

    def set(self) -> None:
        self._event.set()
        with self._lock:
            held = self._socket
        if held is not None:
            _abort(held)

    def is_set(self) -> bool:
        return self._event.is_set()

    def check(self, destination: Destination) -> None:
        if self._event.is_set():
            raise DeliveryError(destination, "cancelled")

    def hold(self, held: socket.socket | None) -> None:
        """From now on `set` also shuts `held` (a send or a wait blocked on it returns)."""
        with self._lock:
            self._socket = held
        if held is not None and self._event.is_set():
            _abort(held)

    @contextlib.contextmanager
    def watching(self, held: socket.socket | None) -> Iterator[None]:
        self.hold(held)
        try:
            yield
        finally:
            self.hold(None)


def _abort(held: socket.socket) -> None:
    """Shut `held` so a send or a wait on it returns now, and have its closing reset the
    connection (linger 0) rather than deliver what still waits in the send buffer."""
    with contextlib.suppress(OSError):
        held.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    with contextlib.suppress(OSError):
        held.shutdown(socket.SHUT_RDWR)


def _blocks(data: bytes) -> Iterator[bytes]:
    view = memoryview(data)
    for start in range(0, len(data), BLOCK):
        yield bytes(view[start : start + BLOCK])


def temporary_name(name: str) -> str:
    return f".{name}.part"


Sender = Callable[[Destination, list[Parcel], Progress, Cancel], None]


def deliver(
    destination: Destination,
    parcels: list[Parcel],
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> None:
    """Send every parcel to `destination`, the last one last; raise DeliveryError on failure
    (code `cancelled` when `cancel` was set meanwhile)."""
    senders: dict[str, Sender] = {
        "folder": _to_folder,
        "ftp": _to_ftp,
        "ftps": _to_ftp,
        "http": _to_http,
        "https": _to_http,
    }
    senders[destination.kind](
        destination, parcels, progress or (lambda sent: None), cancel or Cancel()
    )


# -- a folder ---------------------------------------------------------------------------------


def _to_folder(
    destination: Destination, parcels: list[Parcel], progress: Progress, cancel: Cancel
) -> None:
    folder = destination.folder
    if not folder.is_dir():
        raise DeliveryError(destination, "folder-missing")
    written: list[Path] = []
    sent = 0
    try:
        for parcel in parcels:
            temp = folder / temporary_name(parcel.name)
            written.append(temp)
            with open(temp, "wb") as out:
                for block in _blocks(parcel.data):
                    cancel.check(destination)
                    out.write(block)
                    sent += len(block)
                    progress(sent)
                out.flush()
                os.fsync(out.fileno())
        cancel.check(destination)
        for temp, parcel in zip(written, parcels, strict=True):
            os.replace(temp, folder / parcel.name)
        fsync_folder(folder)
    except (OSError, DeliveryError) as error:
        for temp in written:
            with contextlib.suppress(OSError):
                temp.unlink()
        if isinstance(error, DeliveryError):
            raise
        raise DeliveryError(destination, *_os_reason(error)) from None


def _os_reason(error: OSError) -> tuple[str, str]:
    import errno

    codes = {
        errno.ENOSPC: "disk-full",
        errno.EFBIG: "file-too-large",
        errno.EDQUOT: "quota",
        errno.EACCES: "permission",
        errno.EPERM: "permission",
        errno.EROFS: "read-only",
    }
    code = codes.get(error.errno or 0)
    return (code, "") if code else ("system", error.strerror or str(error))


# -- FTP and FTPS -----------------------------------------------------------------------------


@contextlib.contextmanager
def _ftp_session(destination: Destination) -> Iterator[ftplib.FTP]:
    parts = urlsplit(destination.address)
    secure = destination.kind == "ftps"
    ftp: ftplib.FTP = (
        ftplib.FTP_TLS(context=ssl.create_default_context()) if secure else ftplib.FTP()
    )
    try:
        ftp.connect(parts.hostname or "", parts.port or 21, timeout=TIMEOUT)
        user, password = destination.credentials
        ftp.login(user or "anonymous", password)
        if isinstance(ftp, ftplib.FTP_TLS):
            ftp.prot_p()
        folder = unquote(parts.path)
        if folder.strip("/"):
            ftp.cwd(folder)
        yield ftp
    finally:
        if ftp.sock is not None:  # never connected, or dropped: nothing to say goodbye to
            with contextlib.suppress(OSError, EOFError, ftplib.Error):
                ftp.quit()
        ftp.close()


def _to_ftp(
    destination: Destination, parcels: list[Parcel], progress: Progress, cancel: Cancel
) -> None:
    sent = 0
    stored: list[str] = []
    try:
        with _ftp_session(destination) as ftp:
            for parcel in parcels:
                temp = temporary_name(parcel.name)
                stored.append(temp)

                def count(block: bytes) -> None:
                    nonlocal sent
                    sent += len(block)
                    progress(sent)

                _store(ftp, temp, parcel.data, count, lambda: cancel.check(destination), cancel)
            cancel.check(destination)
            for temp, parcel in zip(stored, parcels, strict=True):
                _rename(ftp, temp, parcel.name)
    except DeliveryError:
        _ftp_clean_up(destination, stored)
        raise
    except ftplib.error_perm as error:
        _ftp_clean_up(destination, stored)
        raise DeliveryError(destination, *_ftp_reason(str(error))) from None
    except (ftplib.Error, OSError, EOFError) as error:
        _ftp_clean_up(destination, stored)
        if cancel.is_set():  # the socket was shut under the send: that is the cancel
            raise DeliveryError(destination, "cancelled") from None
        raise DeliveryError(destination, *_network_reason(error)) from None


def _store(
    ftp: ftplib.FTP,
    name: str,
    data: bytes,
    count: Callable[[bytes], None],
    check: Callable[[], None],
    cancel: Cancel,
) -> None:
    """`storbinary`, with the data connection in reach of `cancel` and a check per block."""
    ftp.voidcmd("TYPE I")
    with ftp.transfercmd(f"STOR {name}") as conn, cancel.watching(conn):
        for block in _blocks(data):
            check()
            conn.sendall(block)
            count(block)
        if isinstance(conn, ssl.SSLSocket):
            conn.unwrap()
    with cancel.watching(ftp.sock):  # the server's word on the file may be slow to come too
        ftp.voidresp()


def _rename(ftp: ftplib.FTP, temp: str, name: str) -> None:
    """RNFR/RNTO: the real name only once the file is complete. Servers that will not
    rename onto an existing file (IIS, some appliances) get the old one deleted first,
    the briefest gap a correction can have there."""
    try:
        ftp.rename(temp, name)
    except ftplib.error_perm as refused:
        try:
            ftp.delete(name)
        except ftplib.error_perm:
            raise refused from None  # no earlier file in the way: that refusal stands
        ftp.rename(temp, name)


def _ftp_clean_up(destination: Destination, temporary: list[str]) -> None:
    """Remove what a failed upload left under temporary names, on a fresh connection
    (the first may be the one that broke); quietly, if the server still answers."""
    if not temporary:
        return
    with contextlib.suppress(ftplib.Error, OSError, EOFError), _ftp_session(destination) as ftp:
        for name in temporary:
            with contextlib.suppress(ftplib.Error):
                ftp.delete(name)


def _ftp_reason(reply: str) -> tuple[str, str]:
    codes = {"530": "login-refused", "550": "file-refused", "552": "no-room", "553": "name-refused"}
    code = codes.get(reply[:3])
    return (code, "") if code else ("server-answer", reply.strip())


def _network_reason(error: BaseException) -> tuple[str, str]:
    kinds: tuple[tuple[type[BaseException] | tuple[type[BaseException], ...], str], ...] = (
        ((socket.timeout, TimeoutError), "timeout"),
        (ConnectionRefusedError, "connection-refused"),
        (socket.gaierror, "unknown-host"),
        (ssl.SSLCertVerificationError, "untrusted"),
        (ssl.SSLError, "tls"),
        ((EOFError, ConnectionError), "connection-lost"),
        (ftplib.Error, "server-answer"),
    )
    code = next((code for kind, code in kinds if isinstance(error, kind)), "system")
    details = {
        "untrusted": str(getattr(error, "verify_message", "") or error),
        "tls": str(getattr(error, "reason", "") or error),
        "server-answer": str(error).strip(),
        "system": (error.strerror if isinstance(error, OSError) else None)
        or str(error)
        or type(error).__name__,
    }
    return code, details.get(code, "")


# -- HTTP(S) POST -----------------------------------------------------------------------------


def _to_http(
    destination: Destination, parcels: list[Parcel], progress: Progress, cancel: Cancel
) -> None:
    """One POST per file, pictures first: the endpoint stores or ingests each on a 2xx. The
    body goes block by block, so a cancel aborts the request under way."""
    sent = 0

    def body(data: bytes) -> Iterator[bytes]:
        nonlocal sent
        for block in _blocks(data):
            cancel.check(destination)
            yield block
            sent += len(block)
            progress(sent)

    opener = urllib.request.build_opener(
        _Watched(cancel), _WatchedTls(cancel, ssl.create_default_context())
    )
    for parcel in parcels:
        cancel.check(destination)
        request = urllib.request.Request(
            _without_credentials(destination.address), data=body(parcel.data), method="POST"
        )
        request.add_header("Content-Length", str(len(parcel.data)))
        request.add_header("Content-Type", parcel.content_type)
        request.add_header(
            "Content-Disposition", f"attachment; filename*=UTF-8''{quote(parcel.name)}"
        )
        request.add_header("User-Agent", f"Copydesk/{__version__}")
        user, password = destination.credentials
        if user:
            token = base64.b64encode(f"{user}:{password}".encode()).decode()
            request.add_header("Authorization", f"Basic {token}")
        try:
            with opener.open(request, timeout=TIMEOUT) as response:
                response.read()
        except urllib.error.HTTPError as error:
            raise DeliveryError(destination, *_http_reason(error)) from None
        except (urllib.error.URLError, OSError, EOFError) as error:
            reason = error.reason if isinstance(error, urllib.error.URLError) else error
            found = (
                _network_reason(reason)
                if isinstance(reason, BaseException)
                else ("system", str(reason))
            )
            if cancel.is_set():
                raise DeliveryError(destination, "cancelled") from None
            raise DeliveryError(destination, *found) from None
        finally:
            cancel.hold(None)


def _connection(base: type[http.client.HTTPConnection], cancel: Cancel) -> Any:
    """`base` whose socket is in reach of `cancel` as soon as it is connected."""

    class Watched(base):  # type: ignore[misc, valid-type]
        def connect(self) -> None:
            super().connect()
            cancel.hold(self.sock)

    return Watched


class _Watched(urllib.request.HTTPHandler):
    """urllib's own handler (proxies, redirects stay urllib's), the connection watched."""

    def __init__(self, cancel: Cancel) -> None:
        super().__init__()
        self.cancel = cancel

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_connection(http.client.HTTPConnection, self.cancel), req)


class _WatchedTls(urllib.request.HTTPSHandler):
    def __init__(self, cancel: Cancel, context: ssl.SSLContext) -> None:
        super().__init__(context=context)
        self.cancel = cancel
        self.tls = context

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        connection = _connection(http.client.HTTPSConnection, self.cancel)
        return self.do_open(connection, req, context=self.tls)


def _without_credentials(address: str) -> str:
    parts = urlsplit(address)
    netloc = (parts.hostname or "") + (f":{parts.port}" if parts.port else "")
    return parts._replace(netloc=netloc).geturl()


def _http_reason(error: urllib.error.HTTPError) -> tuple[str, str]:
    codes = {401: "login-refused", 403: "forbidden", 404: "no-endpoint", 413: "too-large",
             507: "no-room"}  # fmt: skip
    code = codes.get(error.code)
    if code:
        return code, ""
    detail = ""
    with contextlib.suppress(OSError):
        detail = error.read(300).decode("utf-8", "replace").strip()
    return "server-answer", f"{error.code} {error.reason}" + (f": {detail}" if detail else "")
