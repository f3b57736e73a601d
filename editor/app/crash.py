"""When the window meets an exception nobody expected: save the work, log it, say so, go on.

Qt calls Python slots and event handlers from C++, where an exception cannot travel; PySide6
hands it to `sys.excepthook`. `install` puts a handler there that, first, writes a recovery copy
of every open article with unsaved changes — synchronously, on this thread, with the autosave's
own writer, because whatever broke might break again — then appends the traceback to
`copydesk.log` in the app-data folder (rotated past about 1 MB, one old log kept), and shows a
message saying the work is safe and where the log is. The application keeps running; the
recovery copies are the ones offered on the next start should it not.
"""

from __future__ import annotations

import contextlib
import os
import sys
import traceback
import weakref
from collections.abc import Callable, MutableMapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Protocol

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from editor.app.autosave import AppData, Autosave, recovery_bytes
from editor.app.document import Document
from editor.app.main_window import MainWindow
from editor.model.article import Article
from editor.model.atomic import atomic_write_bytes

LOG_LIMIT = 1_000_000
"""Past this many bytes the log is moved to `copydesk.log.1` and a new one started."""
Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def tr(text: str) -> str:
    return QCoreApplication.translate("Crash", text)


class Desk(Protocol):
    @property
    def windows(self) -> Sequence[MainWindow]: ...

    @property
    def data(self) -> AppData: ...


Copied = MutableMapping[Document, tuple[Article, Path | None, Path]]
"""What was last copied to safety for each open document: its article, path and copy."""


def save_work(windows: Sequence[MainWindow], copied: Copied | None = None) -> list[str]:
    """A recovery copy of every unsaved article; the names that could not be copied. An
    article already copied as it stands (`copied`) is not written again: a fault that repeats
    at every paint, nothing typed between, would otherwise write and flush the same copy
    many times a second."""
    failed = []
    for window in windows:
        document = window.document
        keeper = document.findChild(Autosave)
        if not document.dirty or keeper is None:
            continue
        made = (document.article, document.path, keeper.file)
        last = copied.get(document) if copied is not None else None
        unchanged = last is not None and last[0] is made[0] and last[1:] == made[1:]
        if unchanged and keeper.file.exists():
            continue
        try:
            keeper.file.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(keeper.file, recovery_bytes(document.article, document.path))
        except Exception:  # the report must go on, whatever failed here
            failed.append(document.title)
            continue
        if copied is not None:
            copied[document] = made
    return failed


def write_log(log: Path, text: str) -> None:
    """Append `text` to the log, starting a new log when it has grown past `LOG_LIMIT`."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(FileNotFoundError):
        if log.stat().st_size > LOG_LIMIT:
            os.replace(log, log.with_name(log.name + ".1"))
    with open(log, "a", encoding="utf-8") as out:
        out.write(text)


def report_text(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> str:
    import platform  # for the log's header alone: some 2 ms at every start otherwise

    header = (
        f"=== {datetime.now(UTC).isoformat()} · Python {platform.python_version()} · "
        f"PySide6 {pyside_version} · {platform.platform()}\n"
    )
    return header + "".join(traceback.format_exception(kind, value, tb)) + "\n"


class CrashHandler:
    """The `sys.excepthook` of the running editor."""

    def __init__(self, desk: Desk, previous: Hook) -> None:
        self.desk = desk
        self.previous = previous
        self.handling = False
        self.box: QMessageBox | None = None
        self.copied: Copied = weakref.WeakKeyDictionary()

    def __call__(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        if self.handling or issubclass(kind, (KeyboardInterrupt, SystemExit)):
            self.previous(kind, value, tb)  # a failure while reporting one: the plain way
            return
        self.handling = True
        try:
            failed = save_work(list(self.desk.windows), self.copied)
            text = report_text(kind, value, tb)
            log = self.desk.data.log
            try:
                write_log(log, text)
            except OSError:
                sys.stderr.write(text)
            self.tell(log, failed, text)
        finally:
            self.handling = False
            forget_last_error()

    def tell(self, log: Path, failed: list[str], details: str) -> None:
        """The message; once: a fault that repeats (in a repaint, say) only adds to the log."""
        if self.box is not None and self.box.isVisible():
            return
        parent: QWidget | None = QApplication.activeWindow() or next(iter(self.desk.windows), None)
        box = QMessageBox(parent)
        box.setObjectName("crashBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Something went wrong"))
        if failed:
            safe = tr(
                "Copydesk ran into an unexpected problem, and could not copy “%1” to safety: "
                "save it now."
            ).replace("%1", "”, “".join(failed))
        else:
            safe = tr(
                "Copydesk ran into an unexpected problem. Your work is safe: every unsaved "
                "article has been copied to the recovery folder."
            )
        box.setText(safe)
        box.setInformativeText(
            tr(
                "You can keep working. The details are in %1, for the people who maintain Copydesk."
            ).replace("%1", str(log))
        )
        box.setDetailedText(details)
        self.box = box
        box.open()


LAST_ERROR = ("last_type", "last_value", "last_traceback", "last_exc")
"""Where Python keeps the error it printed last, for a debugger's post-mortem."""


def forget_last_error() -> None:
    """Let go of the reported error: its traceback's frames hold the objects they ran in (the
    window, its article), which would stay in memory after their window closed, until the
    next error replaced them. The log has the traceback."""
    for name in LAST_ERROR:
        if hasattr(sys, name):
            delattr(sys, name)


def install(desk: Desk) -> CrashHandler:
    """Catch what escapes the event loop for as long as the application runs."""
    handler = CrashHandler(desk, sys.excepthook)
    sys.excepthook = handler
    return handler
