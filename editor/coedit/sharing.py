"""An article into a room and out of it, without a window: `copydesk share` and `pull`.

Both join the room as any writer does, so they work against any y-websocket server holding
the Copydesk layout; `share` returns only once the server has applied the article (its
answer to a sync request is the receipt), so a script can hand over to the desk at once.
"""

from __future__ import annotations

import getpass
import logging
from dataclasses import dataclass
from enum import Enum
from typing import Any

import anyio
from pycrdt import Doc
from websockets.exceptions import ConnectionClosed

from editor.coedit.address import RoomAddress
from editor.coedit.client import Backoff, RoomClient, Status
from editor.coedit.edits import apply_article
from editor.coedit.layout import (
    BLOCKS,
    COMMENTS,
    EXTRA,
    MEDIA,
    META,
    SUGGESTIONS,
    article_to_doc,
    doc_to_article,
    roots,
)
from editor.coedit.presence import User
from editor.model.article import Article

PATIENT = Backoff(first=0.5, factor=2.0, longest=5.0)


def _quiet_log() -> logging.Logger:
    """The commands say what happened themselves, once: the client's own log stays silent."""
    log = logging.getLogger("copydesk.headless")
    log.propagate = False
    if not log.handlers:
        log.addHandler(logging.NullHandler())
    return log


class Trouble(Enum):
    """Why a room could not be read: what a window tells the writer, each in its own words."""

    REFUSED = "refused"  # a token wrong or missing, no such room
    UNREACHABLE = "unreachable"  # nothing listens there, or no way to the machine
    NOT_A_ROOM = "not a room"  # something answered, not a y-websocket server
    NO_ANSWER = "no answer"  # reached, but no sync in the time given
    NOT_AN_ARTICLE = "not an article"  # a room, holding a document of another program


class RoomError(Exception):
    """The room could not be reached or refused us; the message names it and says why,
    `detail` in the server's or the system's words."""

    def __init__(
        self, message: str, trouble: Trouble = Trouble.NO_ANSWER, detail: str = ""
    ) -> None:
        super().__init__(message)
        self.trouble = trouble
        self.detail = detail

    @property
    def refused(self) -> bool:
        return self.trouble is Trouble.REFUSED


class Shared(Enum):
    """What `share` did: the words the command prints."""

    PUT = "put into"
    REPLACED = "replaced the article in"
    ALREADY = "already in"
    DIFFERENT = "a different article is in"


@dataclass(frozen=True)
class Sharing:
    outcome: Shared
    held: Article | None  # what the room held before, if anything


def headless_user(command: str) -> User:
    try:
        name = getpass.getuser()
    except (KeyError, OSError):
        name = "copydesk"
    return User.named(f"{name} ({command})")


def holds_article(doc: Doc[Any]) -> bool:
    parts = roots(doc)
    return len(parts.blocks) > 0 or len(parts.meta) > 0


async def _joined(
    client: RoomClient, address: RoomAddress, timeout: float, patient: bool = True
) -> None:
    """Wait until in the room and in sync, or say why not; not `patient`, a first
    connection that fails is the answer (a writer waiting at a window can try again)."""
    ends = (Status.CONNECTED, Status.REFUSED) + (() if patient else (Status.OFFLINE,))
    with anyio.move_on_after(timeout):
        reached = await client.wait_for(*ends)
        if reached is Status.REFUSED:
            raise RoomError(
                f"{address.url} refused the connection: {client.refusal}",
                Trouble.REFUSED,
                client.refusal,
            )
        if reached is Status.OFFLINE:
            if isinstance(client.failure, ConnectionClosed):  # in, then out before we looked
                raise _dropped(address, client.failure)
            raise _unreached(address, client.failure)
        if patient:
            await client.synced()
        else:
            await _synced_unless_dropped(client, address)
        return
    raise RoomError(f"{address.url}: no answer from the server in {timeout:g} s")


async def _synced_unless_dropped(client: RoomClient, address: RoomAddress) -> None:
    """Wait for the first sync; a connection that ends before it is the answer at once
    (a server that cannot load the room, a proxy cutting the line), not after the whole
    wait: nothing more will come on it."""
    came = gone = False
    async with anyio.create_task_group() as tasks:

        async def sync() -> None:
            nonlocal came
            await client.synced()
            came = True
            tasks.cancel_scope.cancel()

        async def drop() -> None:
            nonlocal gone
            await client.wait_for(Status.OFFLINE, Status.CONNECTING, Status.REFUSED)
            gone = True
            tasks.cancel_scope.cancel()

        tasks.start_soon(sync)
        tasks.start_soon(drop)
    if gone and not came:
        raise _dropped(address, client.failure)


def _dropped(address: RoomAddress, failure: Exception | None) -> RoomError:
    """A WebSocket that opened, then closed before the room's article came: the server is
    a room server (a plain web server never opens one) that could not or would not go on."""
    detail = _closing_words(failure)
    return RoomError(
        f"{address.url}: the connection closed before the room's article came: {detail}",
        Trouble.NO_ANSWER,
        detail,
    )


def _closing_words(failure: Exception | None) -> str:
    """The server's reason for closing if it gave one, else the connection's own account."""
    if isinstance(failure, ConnectionClosed):
        said = failure.rcvd.reason if failure.rcvd is not None else ""
        return said or str(failure)
    return str(failure) if failure is not None else "the connection closed"


def _unreached(address: RoomAddress, failure: Exception | None) -> RoomError:
    if isinstance(failure, TimeoutError | None):
        return RoomError(f"{address.url}: no answer from the server")
    if isinstance(failure, OSError):
        detail = failure.strerror or str(failure)
        return RoomError(f"{address.url} cannot be reached: {detail}", Trouble.UNREACHABLE, detail)
    return RoomError(
        f"{address.url} is not a room server: {failure}", Trouble.NOT_A_ROOM, str(failure)
    )


async def share(
    article: Article, address: RoomAddress, *, force: bool = False, timeout: float = 30
) -> Sharing:
    """Put `article` into the room; a room holding another article is left alone unless
    `force`, and then only the differences are written, as an editor's would be."""
    doc: Doc[Any] = Doc()
    user = headless_user("share")
    async with RoomClient(doc, address, user, backoff=PATIENT, log=_quiet_log()) as client:
        await _joined(client, address, timeout)
        if not holds_article(doc):
            article_to_doc(article, doc)
            outcome, held = Shared.PUT, None
        else:
            held = doc_to_article(doc, address.url)
            if held == article:
                return Sharing(Shared.ALREADY, held)
            if not force:
                return Sharing(Shared.DIFFERENT, held)
            apply_article(doc, held, article)
            outcome = Shared.REPLACED
        with anyio.move_on_after(timeout):
            await client.flush()
            return Sharing(outcome, held)
    raise RoomError(f"{address.url}: the server did not confirm the article in {timeout:g} s")


async def pull(
    address: RoomAddress, *, timeout: float = 30, patient: bool = True
) -> Article | None:
    """The room's article now, or None when the room holds none; a room holding another
    program's document is a `RoomError` (`Trouble.NOT_AN_ARTICLE`)."""
    doc: Doc[Any] = Doc()
    user = headless_user("pull")
    async with RoomClient(doc, address, user, backoff=PATIENT, log=_quiet_log()) as client:
        await _joined(client, address, timeout, patient)
    foreign = set(doc.keys()) - {META, BLOCKS, MEDIA, SUGGESTIONS, COMMENTS, EXTRA}
    if holds_article(doc):
        return doc_to_article(doc, address.url)
    if foreign:
        names = ", ".join(sorted(foreign))
        raise RoomError(
            f"{address.url} holds a document that is not a Copydesk article ({names})",
            Trouble.NOT_AN_ARTICLE,
            names,
        )
    return None
