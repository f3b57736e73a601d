"""Who may enter a room: a shared secret per room, in a file the newsroom's IT keeps.

The file is a JSON object from room name to secret; `"*"` gives the secret of every room
not named. With a file, a room it does not cover is closed: a server reachable from the
newsroom's network must not open rooms to whoever guesses a name. Without a file every
room is open, which suits the loopback address and a server behind an authenticating
proxy.

    {"politique/municipales": "k3Xv…", "*": "the desk's secret"}

The server reads the file again when it changes, so IT can open or close a room without
stopping the writers already in others; a file broken by an edit is logged and the last
good one kept.
"""

from __future__ import annotations

import hmac
import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from types import MappingProxyType

ANY_ROOM = "*"


class TokenFileError(Exception):
    """A tokens file that cannot be read; the message names the file and the problem."""


class Verdict(Enum):
    """What the server does with a client knocking at a room, and why (for the log)."""

    OPEN = "open room"
    ADMITTED = "token accepted"
    MISSING = "no token"
    WRONG = "wrong token"
    CLOSED = "room not in the tokens file"

    @property
    def admits(self) -> bool:
        return self in (Verdict.OPEN, Verdict.ADMITTED)


@dataclass(frozen=True)
class Tokens:
    secrets: Mapping[str, str]

    def verdict(self, room: str, token: str | None) -> Verdict:
        secret = self.secrets.get(room, self.secrets.get(ANY_ROOM))
        if secret is None:
            return Verdict.CLOSED
        if not token:
            return Verdict.MISSING
        if hmac.compare_digest(token.encode(), secret.encode()):
            return Verdict.ADMITTED
        return Verdict.WRONG


def read_tokens(path: Path) -> Tokens:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise TokenFileError(f"{path}: the tokens file does not exist") from None
    except OSError as error:
        raise TokenFileError(f"{path}: cannot read the tokens file: {error.strerror}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise TokenFileError(f"{path}: the tokens file is not valid JSON: {error}") from None
    if not isinstance(data, dict):
        raise TokenFileError(f'{path}: the tokens file must be a JSON object {{"room": "secret"}}')
    for room, secret in data.items():
        if not isinstance(secret, str) or not secret.strip():
            raise TokenFileError(f"{path}: the secret of room “{room}” must be a non-empty string")
    return Tokens(MappingProxyType({_room_key(room): secret for room, secret in data.items()}))


def _room_key(room: str) -> str:
    return room if room == ANY_ROOM else room.strip("/")


class TokenFile:
    """The tokens file as it is now: read again when its modification time changes."""

    def __init__(self, path: Path, log: logging.Logger) -> None:
        self.path = path
        self._log = log
        self._tokens = read_tokens(path)
        self._stamp = self._stamp_now()

    def _stamp_now(self) -> tuple[int, int] | None:
        try:
            status = self.path.stat()
        except OSError:
            return None
        return (status.st_mtime_ns, status.st_size)

    def current(self) -> Tokens:
        stamp = self._stamp_now()
        if stamp is not None and stamp != self._stamp:
            self._stamp = stamp
            try:
                self._tokens = read_tokens(self.path)
                self._log.info("tokens file read again: %s", self.path)
            except TokenFileError as error:
                self._log.error("%s; the previous tokens stay in force", error)
        return self._tokens
