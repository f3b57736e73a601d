"""What was sent where and when, kept with the article (`"publications"` in the .article
file, an optional top-level key: older versions of Copydesk keep it untouched).

Each entry: destination, format, version (the revision), guid, time, the embargo it carried
(if any), and a digest of the article as sent, so sending the same content again can be
noticed and confirmed.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from editor.model import storage
from editor.model.article import Article

KEY = "publications"


@dataclass(frozen=True, slots=True)
class Publication:
    destination: str
    address: str
    format: str
    version: int
    guid: str
    time: datetime
    digest: str
    embargo: datetime | None = None
    status: str = "usable"
    """The publication status sent: `usable`, or `withheld` / `canceled` to pull a story."""

    def to_json(self) -> dict[str, Any]:
        embargo = {"embargo": self.embargo.isoformat()} if self.embargo else {}
        status = {"status": self.status} if self.status != "usable" else {}
        return {
            "destination": self.destination,
            "address": self.address,
            "format": self.format,
            "version": self.version,
            "guid": self.guid,
            "time": self.time.isoformat(timespec="seconds"),
            "digest": self.digest,
            **embargo,
            **status,
        }


def publications(article: Article) -> list[Publication]:
    """The log, oldest first; entries a hand edit broke are skipped, never fatal."""
    found: list[Publication] = []
    raw = article.extra.get(KEY)
    for entry in raw if isinstance(raw, list) else []:
        try:
            found.append(
                Publication(
                    str(entry["destination"]),
                    str(entry.get("address", "")),
                    str(entry["format"]),
                    int(entry["version"]),
                    str(entry["guid"]),
                    datetime.fromisoformat(str(entry["time"])),
                    str(entry.get("digest", "")),
                    _moment(entry.get("embargo")),
                    str(entry.get("status", "usable")),
                )
            )
        except (KeyError, TypeError, ValueError, AttributeError):
            continue
    return found


def _moment(value: Any) -> datetime | None:
    """An embargo as logged; None when absent or unreadable (never fatal: it is a record)."""
    try:
        moment = datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None
    return moment if moment is not None and moment.tzinfo is not None else None


def last_embargo(article: Article, now: datetime) -> datetime | None:
    """The embargo the latest sending carried, while it still lies ahead: a correction sent
    before it lifts should carry it too."""
    logged = publications(article)
    embargo = logged[-1].embargo if logged else None
    return embargo if embargo is not None and embargo > now else None


def with_publications(article: Article, sent: list[Publication]) -> Article:
    """The article with `sent` added to its log; every earlier entry kept as it was."""
    earlier = article.extra.get(KEY)
    entries = [*(earlier if isinstance(earlier, list) else []), *(p.to_json() for p in sent)]
    return replace(article, extra={**article.extra, KEY: entries})


def digest(article: Article) -> str:
    """A fingerprint of the content as sent: text, pictures and metadata, not the log."""
    value = storage.to_json(
        replace(article, extra={k: v for k, v in article.extra.items() if k != KEY})
    )
    data = json.dumps(value, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return "sha256:" + hashlib.sha256(data).hexdigest()


def already_sent(
    article: Article, destination: str, formats: tuple[str, ...], status: str = "usable"
) -> Publication | None:
    """The last time this very content went to `destination` in one of `formats` with the
    same status, if ever (withdrawing a story sent as usable is not a repeat)."""
    fingerprint = digest(article)
    matches = [
        p
        for p in publications(article)
        if p.destination == destination
        and p.format in formats
        and p.digest == fingerprint
        and p.status == status
    ]
    return matches[-1] if matches else None
