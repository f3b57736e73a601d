"""Publish destinations: where a piece goes and which formats it takes.

They live in `destinations.json`, a file of their own beside the settings (not in the
Qt settings store), so `copydesk publish` reads them without Qt and an IT person can
hand the same file to every desk. A destination can also be given on the command line
as a folder or a URL (`ftp://user@host/drop/`, `https://cms/ingest`).
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from editor.model.atomic import atomic_write_bytes

ENV = "COPYDESK_DESTINATIONS"
"""A destinations file to use instead of the one beside the settings."""
SETTINGS_ENV = "COPYDESK_SETTINGS"
FILE_NAME = "destinations.json"

KINDS: dict[str, str] = {
    "folder": "a folder (a watched folder, a shared drive)",
    "ftp": "an FTP drop",
    "ftps": "an FTP drop over TLS (explicit FTPS)",
    "http": "an HTTP endpoint (POST)",
    "https": "an HTTPS endpoint (POST)",
}
FORMATS: dict[str, str] = {
    "ninjs": "IPTC ninjs 3.1 (.ninjs.json)",
    "superdesk": "ninjs for Superdesk (ninjs 1.x, .superdesk.json)",
    "newsml": "NewsML-G2 (.newsml.xml and its pictures)",
}
"""What a destination can take: the news formats, by the name the settings file uses."""


PROBLEMS: dict[str, str] = {
    "no-name": "a destination needs a name",
    "no-address": "“{name}” has no address",
    "bad-scheme": "“{name}”: {scheme}:// is not a way to publish "
    "(a folder, ftp://, ftps://, http:// or https://)",
    "no-host": "“{name}”: the address has no server name",
    "bad-formats": "“{name}”: the formats must be among {formats}",
    "not-json": "cannot be read as JSON ({detail})",
    "bad-shape": 'expected {{"destinations": [ … ]}}',
    "bad-entry": "expected an object with name and address",
    "formats-not-list": "formats must be a list of names",
    "same-name": "two destinations have the same name",
    "usage": "{detail}",
}
"""What can be wrong with destinations, by code; the window words each in its own language."""


class DestinationError(Exception):
    """A destination that cannot be used as written; the message names the file or value."""

    def __init__(self, where: str, code: str, **values: str) -> None:
        self.where = where
        self.code = code
        self.values = values
        super().__init__(f"{where}: " + PROBLEMS[code].format(**values))


@dataclass(frozen=True, slots=True)
class Destination:
    name: str
    address: str
    """A folder path, or an `ftp://`, `ftps://`, `http://` or `https://` URL."""
    formats: tuple[str, ...] = ("ninjs",)
    user: str = ""
    password: str = ""

    @property
    def kind(self) -> str:
        scheme = urlsplit(self.address).scheme.lower()
        return scheme if scheme in KINDS and scheme != "folder" else "folder"

    @property
    def folder(self) -> Path:
        if self.address.startswith("file://"):
            return Path(unquote(urlsplit(self.address).path))
        return Path(self.address).expanduser()

    @property
    def credentials(self) -> tuple[str, str]:
        """User and password: the destination's own, else those written in its address."""
        parts = urlsplit(self.address)
        return (
            self.user or unquote(parts.username or ""),
            self.password or unquote(parts.password or ""),
        )

    @property
    def shown(self) -> str:
        """The address without any password, for messages and the log."""
        parts = urlsplit(self.address)
        if self.kind == "folder" or parts.password is None:
            return self.address
        host = parts.hostname or ""
        netloc = (f"{parts.username}@" if parts.username else "") + host
        netloc += f":{parts.port}" if parts.port else ""
        return parts._replace(netloc=netloc).geturl()

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "address": self.address}
        out["formats"] = list(self.formats)
        if self.user:
            out["user"] = self.user
        if self.password:
            out["password"] = self.password
        return out


def check(destination: Destination, where: str) -> Destination:
    """The destination when its name, address and formats make sense, else a clear error."""
    if not destination.name.strip():
        raise DestinationError(where, "no-name")
    name = destination.name
    if not destination.address.strip():
        raise DestinationError(where, "no-address", name=name)
    scheme = urlsplit(destination.address).scheme.lower()
    if len(scheme) > 1 and scheme not in KINDS and scheme != "file":
        raise DestinationError(where, "bad-scheme", name=name, scheme=scheme)
    if destination.kind != "folder" and not urlsplit(destination.address).hostname:
        raise DestinationError(where, "no-host", name=name)
    unknown = [f for f in destination.formats if f not in FORMATS]
    if unknown or not destination.formats:
        formats = ", ".join(FORMATS) + (f" (not {', '.join(unknown)})" if unknown else "")
        raise DestinationError(where, "bad-formats", name=name, formats=formats)
    return destination


def from_address(address: str, formats: tuple[str, ...] = ("ninjs",)) -> Destination:
    """A destination typed on the command line: a folder or a URL, named by itself."""
    parts = urlsplit(address)
    destination = Destination(
        name=Destination(address, address).shown,
        address=address,
        formats=formats,
        user=unquote(parts.username or ""),
        password=unquote(parts.password or ""),
    )
    return check(destination, "--to")


def default_file() -> Path:
    """`COPYDESK_DESTINATIONS`, else beside `COPYDESK_SETTINGS`, else the platform's
    configuration folder (the one Qt keeps the settings in)."""
    if os.environ.get(ENV):
        return Path(os.environ[ENV])
    if os.environ.get(SETTINGS_ENV):
        return Path(os.environ[SETTINGS_ENV]).parent / FILE_NAME
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Preferences"
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "Copydesk" / FILE_NAME


def load(path: Path) -> list[Destination]:
    """The destinations in `path`; none when it does not exist; a clear error when broken."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise DestinationError(str(path), "not-json", detail=str(error)) from None
    entries = raw.get("destinations") if isinstance(raw, dict) else None
    if not isinstance(entries, list):
        raise DestinationError(str(path), "bad-shape")
    found: list[Destination] = []
    for index, entry in enumerate(entries):
        where = f"{path}, destination {index + 1}"
        if not isinstance(entry, dict) or not all(
            isinstance(entry.get(k, ""), str) for k in ("name", "address", "user", "password")
        ):
            raise DestinationError(where, "bad-entry")
        formats = entry.get("formats", ["ninjs"])
        if not isinstance(formats, list) or not all(isinstance(f, str) for f in formats):
            raise DestinationError(where, "formats-not-list")
        found.append(
            check(
                Destination(
                    entry.get("name", ""),
                    entry.get("address", ""),
                    tuple(formats),
                    entry.get("user", ""),
                    entry.get("password", ""),
                ),
                where,
            )
        )
    names = [d.name for d in found]
    if len(set(names)) != len(names):
        raise DestinationError(str(path), "same-name")
    return found


def save(destinations: list[Destination], path: Path) -> None:
    """Write atomically, readable by its owner only: the file may hold passwords."""
    data = {"destinations": [d.to_json() for d in destinations]}
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode())
    os.chmod(path, 0o600)


def find(destinations: list[Destination], wanted: str) -> Destination | None:
    return next((d for d in destinations if d.name.casefold() == wanted.casefold()), None)
