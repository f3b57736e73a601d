"""One running Copydesk per profile: starting it again hands the request to the first.

`copydesk brief.article` while Copydesk already runs must not open a second, independent
editor on the same file — two windows saving over each other, as a recovery once lost copy.
The running Copydesk notes its process in `running.json` in its app-data folder and watches a
`requests` folder there; a new start that finds it alive leaves its request (absolute paths,
or "a copy of the sample") as a file in that folder and waits for it to be taken. The running
one takes it, opens the files as its own Open does — raising the window already on a file — and
the new process ends. Should nobody take the request (a `running.json` left by a process that
died, its number reused), the new process opens the files itself.

A folder rather than a local socket: Qt's network module is left out of the bundles
(packaging/qt_trim.py), and the app-data folder already belongs to one user and one profile (a
portable install, or a test with data of its own, is an instance of its own).
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject

from editor.app.autosave import AppData
from editor.app.conflicts import alive, host_name
from editor.model.atomic import atomic_write_bytes

RUNNING = "running.json"
REQUESTS = "requests"
TAKEN_WAIT_S = 8.0
"""How long a new start waits for the running Copydesk to take its request (a modal dialog
there does not stop it: the folder is watched by the dialog's event loop too)."""


def running(data: AppData) -> int | None:
    """The process number of the Copydesk running on this profile, if another one is."""
    try:
        note = json.loads((data.root / RUNNING).read_text(encoding="utf-8"))
        pid, host = int(note["pid"]), str(note["host"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if host != host_name() or pid == os.getpid() or not alive(pid):
        return None
    return pid


def forward(data: AppData, files: list[Path], sample: bool, wait: float = TAKEN_WAIT_S) -> bool:
    """Hand the request to the running Copydesk; False when there is none, or it did not take
    the request in time (then this process must open the files itself)."""
    if running(data) is None:
        return False
    folder = data.root / REQUESTS
    request = folder / f"{os.urandom(16).hex()}.json"
    paths = [str(path.absolute()) for path in files]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(request, json.dumps({"open": paths, "sample": sample}).encode("utf-8"))
    except OSError:
        return False
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if not request.exists():
            return True
        time.sleep(0.05)
    try:
        request.unlink()
    except FileNotFoundError:
        return True  # taken at the last moment
    return False


class Instance(QObject):
    """The running Copydesk's end: each request found is passed to `opened(files, sample)`."""

    def __init__(
        self, data: AppData, opened: Callable[[list[Path], bool], object], parent: QObject
    ) -> None:
        super().__init__(parent)
        self.data = data
        self.opened = opened
        self.folder = data.root / REQUESTS
        self.watcher = QFileSystemWatcher(self)
        with contextlib.suppress(OSError):  # a read-only profile: one instance per start
            self.folder.mkdir(parents=True, exist_ok=True)
            note = {"pid": os.getpid(), "host": host_name()}
            atomic_write_bytes(data.root / RUNNING, json.dumps(note).encode("utf-8"))
            self.watcher.addPath(str(self.folder))
        self.watcher.directoryChanged.connect(lambda _: self.take())
        self.take()  # requests left while this one was starting

    def take(self) -> None:
        for request in sorted(self.folder.glob("*.json")):
            try:
                message = json.loads(request.read_text(encoding="utf-8"))
                request.unlink()  # taken: the new start may end
            except (OSError, ValueError):
                continue
            if isinstance(message, dict):
                paths = message.get("open")
                names = paths if isinstance(paths, list) else []
                files = [Path(p) for p in names if isinstance(p, str)]
                self.opened(files, bool(message.get("sample")))

    def close(self) -> None:
        """This Copydesk stops: a new start runs on its own."""
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        note = self.data.root / RUNNING
        with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
            if int(json.loads(note.read_text(encoding="utf-8"))["pid"]) == os.getpid():
                note.unlink()
