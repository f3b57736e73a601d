"""What was sent where and when, kept with the article (`"publications"` in the .article
file, an optional top-level key: older versions of Copydesk keep it untouched).

Each entry: destination, format, version (the revision), guid, time, and a digest of
the article as sent, so sending the same content again can be noticed and confirmed.
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

    def to_json(self) -> dict[str, Any]:
        return {
            "destination": self.destination,
            "address": self.address,
            "format": self.format,
            "version": self.version,
            "guid": self.guid,
            "time": self.time.isoformat(timespec="seconds"),
            "digest": self.digest,
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
                )
            )
        except (KeyError, TypeError, ValueError, AttributeError):
            continue
    return found


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
    article: Article, destination: str, formats: tuple[str, ...]
) -> Publication | None:
    """The last time this very content went to `destination` in one of `formats`, if ever."""
    fingerprint = digest(article)
    matches = [
        p
        for p in publications(article)
        if p.destination == destination and p.format in formats and p.digest == fingerprint
    ]
    return matches[-1] if matches else None
