"""Autosave: every open document with unsaved changes is copied to a recovery folder.

A copy is written about 2 s after typing pauses, and at least every 30 s while typing goes on.
Serialising a 100 000-word article costs far more than a frame (see tests/benchmarks), so the UI
thread only takes the article — immutable, so a snapshot costs nothing — and one worker thread
turns it into JSON and writes it atomically. The recovery file is an ordinary `.article` with one
extra top-level key, `recovery`, naming the file it stands for; a clean close or a save removes
it. The folder lives in the platform's app-data location, injected as an `AppData` object so
tests point it at a temporary folder.
"""

from __future__ import annotations

import hashlib
import os
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer, Signal

from editor.app.document import Document
from editor.model import storage
from editor.model.article import Article
from editor.model.atomic import atomic_write_bytes

PAUSE_MS = 2_000
LONGEST_MS = 30_000
RECOVERY_KEY = "recovery"


@dataclass(frozen=True)
class AppData:
    """Where the editor keeps its own files: recovery copies, backups, the crash log."""

    root: Path

    @classmethod
    def default(cls) -> AppData:
        location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        return cls(Path(location or Path.home() / ".copydesk"))

    @property
    def recovery(self) -> Path:
        return self.root / "recovery"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def log(self) -> Path:
        return self.root / "copydesk.log"


def recovery_name(path: Path | None, untitled: str) -> str:
    """One recovery file per saved file (by its full path), one per untitled document."""
    if path is None:
        return f"untitled-{untitled}.article"
    digest = hashlib.sha1(str(path.resolve()).encode("utf-8")).hexdigest()[:12]
    return f"{path.stem}-{digest}.article"


def recovery_bytes(article: Article, path: Path | None) -> bytes:
    """The recovery file's content; runs on the worker thread."""
    stamp = {"path": str(path) if path else "", "saved": datetime.now(UTC).isoformat()}
    marked = replace(article, extra={**article.extra, RECOVERY_KEY: stamp})
    return storage.dumps(marked).encode("utf-8")


class Autosave(QObject):
    """Keeps a recovery copy of one document while it has unsaved changes.

    `written(path)` is emitted on the UI thread after each copy lands; `failed(message)` when
    one could not be written (the next change tries again)."""

    written = Signal(str)
    failed = Signal(str)
    _done = Signal(object)

    def __init__(self, document: Document, data: AppData) -> None:
        super().__init__(document)
        self.document = document
        self.data = data
        self.untitled = os.urandom(6).hex()
        self.file = data.recovery / recovery_name(document.path, self.untitled)
        self.serialise_seconds = 0.0
        self.ui_seconds = 0.0
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")
        self._pending: Future[None] | None = None
        self._pause = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._longest = QTimer(self, singleShot=True, interval=LONGEST_MS)
        self._pause.timeout.connect(self.save_now)
        self._longest.timeout.connect(self.save_now)
        self._done.connect(self._landed)
        document.changed.connect(self._touched)
        document.dirty_changed.connect(self._dirty_changed)
        document.path_changed.connect(self._moved)
        document.destroyed.connect(self._pool.shutdown)

    def _touched(self, *_: int) -> None:
        if not self.document.dirty:
            return
        self._pause.start()
        if not self._longest.isActive():
            self._longest.start()

    def save_now(self) -> Future[None] | None:
        """Hand a snapshot to the worker; returns its future (None when nothing to save)."""
        self._pause.stop()
        self._longest.stop()
        if not self.document.dirty:
            return None
        started = time.perf_counter()
        article, path, target = self.document.article, self.document.path, self.file
        self._pending = self._pool.submit(self._write, article, path, target)
        self.ui_seconds = time.perf_counter() - started
        return self._pending

    def _write(self, article: Article, path: Path | None, target: Path) -> None:
        started = time.perf_counter()
        try:
            data = recovery_bytes(article, path)
            self.serialise_seconds = time.perf_counter() - started
            target.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(target, data)
        except OSError as error:
            self._done.emit(error)
            return
        self._done.emit(target)

    def _landed(self, outcome: object) -> None:
        if isinstance(outcome, Path):
            if not self.document.dirty:  # saved meanwhile: the copy is out of date
                outcome.unlink(missing_ok=True)
            else:
                self.written.emit(str(outcome))
        else:
            self.failed.emit(str(outcome))

    def wait(self) -> None:
        """Block until the copy being written has landed (crash handler, tests)."""
        if self._pending is not None:
            self._pending.result()

    def flush(self) -> None:
        """Write the copy now and wait for it: used before anything risky (a crash)."""
        self.save_now()
        self.wait()

    def discard(self) -> None:
        """The document was saved or closed cleanly: its recovery copy is no longer needed."""
        self._pause.stop()
        self._longest.stop()
        self.forget()

    def forget(self) -> None:
        """The window closed cleanly: only Python state is touched, Qt may be tearing down."""
        self.wait()
        self.file.unlink(missing_ok=True)

    def _dirty_changed(self, dirty: bool) -> None:
        if not dirty:
            self.discard()

    def _moved(self) -> None:
        self.discard()
        self.file = self.data.recovery / recovery_name(self.document.path, self.untitled)


def guard(window: QObject, document: Document, data: AppData) -> Autosave:
    """Autosave `document` while `window` shows it; its copy goes when the window closes."""
    keeper = Autosave(document, data)
    window.destroyed.connect(lambda *_: keeper.forget())
    return keeper
