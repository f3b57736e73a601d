"""Backups: before each save from the window, the version on disk is kept in the app-data folder.

One folder per article, named by a hash of its absolute path (two files called `brief.article`
in different folders never mix), with an `index.json` naming the file it belongs to, so the
folder still says whose it is after the article moves or is deleted. Each version is the file's
bytes as they were, named by the time it was replaced. A version identical to the newest one
kept is not kept twice (saving an unchanged article, or retrying a failed save), and only the
newest `limit` are kept; a limit of 0 turns backups off (nothing new is kept, old ones stay).

This module reads and writes files only; the dialog that lists and restores is
`versions_dialog`.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from editor.model import storage
from editor.model.article import Article
from editor.model.atomic import atomic_write_bytes
from editor.model.stats import article_stats
from editor.model.storage import ArticleFileError

DEFAULT_KEPT = 10
SETTING = "versions_kept"
INDEX = "index.json"
STAMP = "%Y%m%dT%H%M%S.%fZ"


@dataclass(frozen=True)
class Version:
    """One kept version of a file: where it is, when it was replaced, how big it is."""

    file: Path
    time: datetime
    size: int

    def article(self) -> Article:
        """Raises `ArticleFileError` when the copy cannot be read."""
        return storage.load(self.file)

    def words(self) -> int | None:
        """The version's word count; None when it cannot be read."""
        try:
            return article_stats(self.article()).total.words
        except ArticleFileError:
            return None


def kept_limit(value: str) -> int:
    """The setting's value as a number of versions; the default when it is not one."""
    try:
        return max(0, int(value))
    except ValueError:
        return DEFAULT_KEPT


class Backups:
    """The kept versions under one root folder (`AppData.backups`)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def folder(self, path: Path) -> Path:
        digest = hashlib.sha256(str(path.resolve()).encode("utf-8")).hexdigest()[:16]
        return self.root / digest

    def versions(self, path: Path) -> list[Version]:
        """The versions of `path`, newest first."""
        found = []
        for file in self.folder(path).glob("*.article"):
            try:
                when = datetime.strptime(file.stem, STAMP).replace(tzinfo=UTC)
            except ValueError:
                continue
            found.append(Version(file, when, file.stat().st_size))
        return sorted(found, key=lambda v: v.time, reverse=True)

    def keep(self, path: Path, limit: int, now: datetime | None = None) -> Version | None:
        """Keep the file now at `path` as a version, before it is replaced; the version kept,
        or None when there was nothing new to keep. Raises `OSError` when it cannot be read or
        written: the caller decides whether a save goes on without its backup."""
        if limit <= 0 or not path.is_file():
            return None
        return self.keep_bytes(path, path.read_bytes(), limit, now)

    def keep_bytes(
        self, path: Path, data: bytes, limit: int, now: datetime | None = None
    ) -> Version | None:
        """Keep `data` as a version of `path`: a text about to leave the window that was never
        the file's (unsaved words replaced by a reload). Raises `OSError` as `keep` does."""
        if limit <= 0:
            return None
        existing = self.versions(path)
        if existing and existing[0].file.read_bytes() == data:
            return None
        folder = self.folder(path)
        folder.mkdir(parents=True, exist_ok=True)
        index = {"path": str(path.resolve())}
        atomic_write_bytes(folder / INDEX, json.dumps(index, ensure_ascii=False).encode("utf-8"))
        when = now or datetime.now(UTC)
        file = folder / f"{when.strftime(STAMP)}.article"
        atomic_write_bytes(file, data)
        for old in self.versions(path)[limit:]:
            old.file.unlink(missing_ok=True)
        return Version(file, when, len(data))

    def original(self, folder: Path) -> Path | None:
        """The file a backup folder belongs to, from its index."""
        try:
            index = json.loads((folder / INDEX).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        value = index.get("path") if isinstance(index, dict) else None
        return Path(value) if isinstance(value, str) else None
