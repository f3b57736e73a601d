"""Two people, one article: a lock beside the open file, and changes made on disk by others.

The lock is `.~lock.NAME#` beside the article, the convention office suites use on shared drives,
holding JSON (user, host, process id, time) so a colleague's Copydesk can say who has the
article open. It is written atomically when a window opens the file and removed when the window
closes. A lock left by a process that died (same host, process gone) is stale: it is replaced
without asking. Any other lock asks: open read-only (the window then refuses to save over the
file, Save As still works), open anyway, or cancel.

The open file is watched. A change is judged against what this window last loaded or saved
(modification time, size and file id first, then a SHA-256 of the content), so the window's own
atomic saves never prompt; an atomic rename replaces the file the watcher was following, so the
path is added back after every change. A window without unsaved changes takes a real change
at once, as it shows the file and nothing more; one with unsaved changes asks, Reload being
the default (Enter must never keep a stale text that would later be saved over the newer one).
Neither way loses words: the text leaving the window — what it showed, or the file's version
kept out — goes to File → Versions first, and a reload is one Undo away.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import json
import os
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QFileSystemWatcher, QObject, QTimer
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from editor.app import error_text
from editor.app.document import Document
from editor.app.guard import guarded
from editor.app.moments import moment
from editor.app.versions_dialog import restore
from editor.model import storage
from editor.model.article import Article
from editor.model.atomic import atomic_write_bytes
from editor.model.storage import ArticleFileError
from editor.resources import resources_dir

if TYPE_CHECKING:
    from editor.app.main_window import MainWindow

SETTLE_MS = 150
"""Let a program that writes in several steps finish before the file is judged."""
Shelf = Callable[[Article | None], None]
"""Keeps a version of the window's file in File → Versions: the file on disk (None), or the
window's own article."""


def tr(text: str) -> str:
    return QCoreApplication.translate("Conflicts", text)


# -- locks -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Lock:
    user: str
    host: str
    pid: int
    time: str
    token: str = ""
    """Which window of the process wrote it: a window closing removes only its own lock."""

    @classmethod
    def ours(cls) -> Lock:
        now = datetime.now(UTC).isoformat()
        return cls(_user(), host_name(), os.getpid(), now, os.urandom(16).hex())

    @property
    def mine(self) -> bool:
        return self.host == host_name() and self.pid == os.getpid()

    @property
    def stale(self) -> bool:
        """Left by a process of this machine that is no longer running."""
        return self.host == host_name() and not alive(self.pid)


def host_name() -> str:
    """This machine's name as `socket.gethostname` gives it: the kernel's node name, where
    the system has one (loading `socket` to ask cost every start some 3 ms)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


_STILL_ACTIVE = 259
_QUERY_LIMITED_INFORMATION = 0x1000
_ACCESS_DENIED = 5


def alive(pid: int) -> bool:
    """Whether process `pid` of this machine still runs; when in doubt, yes (a live colleague's
    lock must never be taken for a dead one)."""
    if sys.platform == "win32":
        import ctypes
        from ctypes import wintypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        handle = kernel32.OpenProcess(_QUERY_LIMITED_INFORMATION, False, pid)
        if not handle:  # gone, or running under another account
            return ctypes.get_last_error() == _ACCESS_DENIED
        try:
            code = wintypes.DWORD()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return code.value == _STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    if os.name != "posix":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def shipped(path: Path) -> bool:
    """The sample that ships with Copydesk is nobody's shared article: no lock beside it (the
    install folder is often read-only, and in a checkout a lock would litter the sources)."""
    return path.resolve().is_relative_to(resources_dir())


def lock_path(path: Path) -> Path:
    return path.with_name(f".~lock.{path.name}#")


def read_lock(path: Path) -> Lock | None:
    """The lock on the article at `path`; None when there is none or it cannot be read."""
    try:
        data = json.loads(lock_path(path).read_text(encoding="utf-8"))
        return Lock(
            str(data["user"]),
            str(data["host"]),
            int(data["pid"]),
            str(data["time"]),
            str(data.get("token", "")),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def held_elsewhere(path: Path) -> Lock | None:
    """The lock of another live Copydesk on `path`, if any."""
    lock = read_lock(path)
    return None if lock is None or lock.mine or lock.stale else lock


def ask_access(path: Path, parent: QWidget | None = None) -> str | None:
    """How to open `path`: "write", "read-only", or None to cancel. Asks only when someone
    else holds the lock."""
    lock = held_elsewhere(path)
    if lock is None:
        return "write"
    box = QMessageBox(parent)
    box.setObjectName("lockedBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Article in use"))
    box.setText(
        tr("“%1” is already open in Copydesk by %2 on %3, since %4.")
        .replace("%1", path.name)
        .replace("%2", lock.user or tr("someone"))
        .replace("%3", lock.host)
        .replace("%4", _when(lock.time))
    )
    box.setInformativeText(
        tr("Open it read-only to read or copy from it, or open it anyway if you are sure.")
    )
    role = QMessageBox.ButtonRole
    choices = {
        box.addButton(tr("Open &Read-Only"), role.AcceptRole): "read-only",
        box.addButton(tr("Open &Anyway"), role.DestructiveRole): "write",
    }
    box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
    for button, choice in choices.items():
        button.setObjectName(choice)
    box.exec()
    clicked = box.clickedButton()
    return next((choice for button, choice in choices.items() if button is clicked), None)


def _when(stamp: str) -> str:
    try:
        return moment(datetime.fromisoformat(stamp), seconds=False)
    except ValueError:
        return stamp


class LockKeeper:
    """The lock this window holds. Plain Python: it must still work while Qt tears down."""

    def __init__(self) -> None:
        self.held: Path | None = None
        self.token = ""

    def take(self, path: Path | None) -> None:
        self.release()
        if path is None or shipped(path) or held_elsewhere(path) is not None:
            return
        with contextlib.suppress(OSError):  # a folder we cannot write: no lock, no harm
            lock = Lock.ours()
            data = json.dumps(asdict(lock), ensure_ascii=False).encode("utf-8")
            atomic_write_bytes(lock_path(path), data)
            self.held, self.token = path, lock.token

    def release(self) -> None:
        if self.held is not None:
            lock = read_lock(self.held)
            if lock is not None and lock.mine and lock.token == self.token:
                lock_path(self.held).unlink(missing_ok=True)
            self.held = None


# -- changes on disk ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Seen:
    """What the file on disk was when this window last read or wrote it."""

    stat: tuple[int, int, int]
    digest: str

    @classmethod
    def of(cls, path: Path) -> Seen | None:
        try:
            info = path.stat()
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            return None
        return cls((info.st_mtime_ns, info.st_size, info.st_ino), digest)

    def same_as(self, path: Path) -> bool:
        try:
            info = path.stat()
        except OSError:
            return True  # gone for now (a rename in flight, a drive away): nothing to reload
        if (info.st_mtime_ns, info.st_size, info.st_ino) == self.stat:
            return True
        now = Seen.of(path)
        return now is None or now.digest == self.digest


class Badge(QLabel):
    """ "Read-only" in the status bar, in the interface's language even after it changes."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("readOnlyBadge")
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(tr("Read-only"))
        self.setToolTip(tr("Someone else has this article open; use Save As"))

    @guarded
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class Guard(QObject):
    """Holds the lock, refuses saves over a file opened read-only, watches the file."""

    def __init__(self, window: MainWindow, keeper: LockKeeper, shelf: Shelf | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.document: Document = window.document
        self.keeper = keeper
        self.shelf = shelf
        self.read_only: Path | None = None
        self.seen: Seen | None = None
        self.prompt: QMessageBox | None = None
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self.check)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(lambda _: self._settle.start())
        self.badge = Badge()
        self.badge.hide()
        window.statusBar().addPermanentWidget(self.badge)
        window.save_checks.insert(0, self.may_save)
        window.saved.connect(lambda _: self.follow())
        self.document.path_changed.connect(self.moved)
        self.moved()

    def moved(self) -> None:
        """The document has a new file (opened, saved as): lock and watch that one."""
        path = self.document.path
        if path != self.read_only:
            self.read_only = None
            self.badge.hide()
        self.keeper.take(path if self.read_only is None else None)
        self.follow()

    def open_read_only(self) -> None:
        self.read_only = self.document.path
        self.keeper.release()
        self.badge.show()

    def follow(self) -> None:
        """Remember the file as it is now (after a load or our own save) and watch it."""
        watched = self.watcher.files()
        if watched:
            self.watcher.removePaths(watched)
        path = self.document.path
        self.seen = Seen.of(path) if path is not None else None
        if path is not None and path.exists():
            self.watcher.addPath(str(path))

    def check(self) -> None:
        path = self.document.path
        if path is None:
            return
        if str(path) not in self.watcher.files() and path.exists():
            self.watcher.addPath(str(path))  # an atomic rename dropped it
        if self.seen is None or self.seen.same_as(path) or self.prompt is not None:
            return
        if self.document.dirty:
            self.ask_reload(path)
            return
        self._keep(self.document.article)
        if self._reload(path):
            self.window.statusBar().showMessage(
                tr("“%1” was changed by another program and has been reloaded; the text it "
                   "replaced is in File → Versions.").replace("%1", path.name),
                10_000,
            )  # fmt: skip
        else:
            self._taken_as_unsaved(path)

    def ask_reload(self, path: Path) -> None:
        box = QMessageBox(self.window)
        box.setObjectName("changedOnDiskBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Changed on disk"))
        box.setText(
            tr("“%1” was changed by another program while you have unsaved changes.").replace(
                "%1", path.name
            )
        )
        box.setInformativeText(
            tr(
                "Reload takes the file’s version; yours goes to File → Versions and Undo brings "
                "it back. Keep Mine leaves your text in the window; the file’s version goes to "
                "File → Versions."
            )
        )
        reload = box.addButton(tr("&Reload"), QMessageBox.ButtonRole.AcceptRole)
        reload.setObjectName("reload")
        keep = box.addButton(tr("&Keep Mine"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("keep")
        box.setDefaultButton(reload)  # the newer words: Enter never keeps a stale text
        box.finished.connect(lambda _: self._answered(box.clickedButton() is reload))
        self.prompt = box
        box.open()

    def _answered(self, reload: bool) -> None:
        self.prompt = None
        path = self.document.path
        if path is None:
            return
        if reload:
            self._keep(self.document.article)
            if self._reload(path):
                return
        else:
            self._keep(None)
        self._taken_as_unsaved(path)

    def _keep(self, article: Article | None) -> None:
        if self.shelf is not None:
            self.shelf(article)

    def _taken_as_unsaved(self, path: Path) -> None:
        """The window keeps its text, which is no longer what the file holds."""
        self.seen = Seen.of(path)
        if not self.document.dirty:
            self.document.undo_stack.resetClean()

    def _reload(self, path: Path) -> bool:
        try:
            article = storage.load(path)
        except ArticleFileError as error:
            QMessageBox.warning(self.window, tr("Changed on disk"), error_text.describe(error))
            return False
        restore(self.document, article, lambda: tr("Reload from Disk"))
        self.document.undo_stack.setClean()
        self.follow()
        return True

    def may_save(self, path: Path) -> bool:
        """Never over a file opened read-only; offer Save As instead."""
        if self.read_only is None or path != self.read_only:
            return True
        box = QMessageBox(self.window)
        box.setObjectName("readOnlyBox")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(tr("Opened read-only"))
        box.setText(
            tr("“%1” is open read-only because someone else has it open.").replace("%1", path.name)
        )
        box.setInformativeText(tr("Save your changes under another name?"))
        save_as = box.addButton(tr("Save As…"), QMessageBox.ButtonRole.AcceptRole)
        save_as.setObjectName("saveAs")
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.exec()
        if box.clickedButton() is save_as:
            self.window.save_as()
        return False


def guard(window: MainWindow, shelf: Shelf | None = None) -> Guard:
    """Lock and watch the file `window` shows; the lock goes when the window does. `shelf`
    keeps the versions a change on disk takes out of the window."""
    keeper = LockKeeper()
    window.destroyed.connect(lambda *_: keeper.release())
    return Guard(window, keeper, shelf)
