"""A room's address: `ws://host:port/room` (or `wss://` behind TLS), as every y-websocket
client writes it, the room being the URL's path.

`http://` and `https://` are taken for `ws://` and `wss://`, since that is what a newsroom
pastes from its proxy's page. The token travels as `?token=`, the query parameter the
y-websocket clients pass their `params` in; it is kept apart so it never reaches a log.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs, quote, unquote, urlencode, urlsplit, urlunsplit

SCHEMES = {"ws": "ws", "wss": "wss", "http": "ws", "https": "wss"}


class AddressError(ValueError):
    """An address that names no room; the message says what is wrong with it."""


@dataclass(frozen=True)
class RoomAddress:
    server: str  # ws://host:port, no path
    room: str
    token: str | None = None

    @property
    def url(self) -> str:
        """The address without the token: the one to show and log."""
        return f"{self.server}/{quote(self.room)}"

    def connect_url(self) -> str:
        query = urlencode({"token": self.token}) if self.token else ""
        return self.url + (f"?{query}" if query else "")


def room_of(path: str) -> str:
    """The room a request path names, as the server keys it: no query, no outer slashes."""
    return unquote(urlsplit(path).path).strip("/")


def parse_address(text: str, token: str | None = None) -> RoomAddress:
    parts = urlsplit(text.strip())
    scheme = SCHEMES.get(parts.scheme.lower())
    if scheme is None:
        raise AddressError(f"“{text}” is not a room address (ws://server:port/room)")
    if not parts.hostname:
        raise AddressError(f"“{text}” names no server")
    try:
        parts.port  # noqa: B018 (raises on a port that is not a number)
    except ValueError:
        raise AddressError(f"“{text}”: the port is not a number") from None
    room = room_of(parts.path)
    if not room:
        raise AddressError(f"“{text}” names no room (ws://server:port/room)")
    given = parse_qs(parts.query).get("token", [None])[0]
    server = urlunsplit((scheme, parts.netloc, "", "", ""))
    return RoomAddress(server, room, token or given)
