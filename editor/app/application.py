"""The composition root: creates the application, opens documents in windows, wires them.

Nothing here is global: the `Copydesk` object holds the open windows and is passed what it
needs. `run` is the entry point the command line calls; with `screenshot` it opens the file in
the real window, renders it to a PNG and returns, which smoke tests and the docs use.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from editor.app import clipboard
from editor.app.document import Document
from editor.app.main_window import MainWindow
from editor.model.atomic import SaveError, atomic_path
from editor.model.storage import ArticleFileError
from editor.resources import resource

SAMPLE = ("samples", "bibliotheque-croix-rousse.article")
EXIT_OK, EXIT_BAD_INPUT = 0, 2


def tr(text: str) -> str:
    return QCoreApplication.translate("Copydesk", text)


class Copydesk:
    """The running editor: its windows, and how it tells the user about a file it cannot open."""

    def __init__(self, report: Callable[[str], None] | None = None) -> None:
        self.windows: list[MainWindow] = []
        self.report = report or self._message

    def open(self, path: Path) -> MainWindow | None:
        """A new window on the article at `path`; None (and a message) if it cannot be read."""
        try:
            document = Document.open(path)
        except ArticleFileError as error:
            self.report(str(error))
            return None
        window = MainWindow(document, opener=self.open)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda _=None, w=window: self._forget(w))
        if self.windows:
            last = self.windows[-1].pos()
            window.move(last.x() + 32, last.y() + 32)
        self.windows.append(window)
        window.show()
        return window

    def _forget(self, window: MainWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)

    @staticmethod
    def _message(text: str) -> None:
        parent: QWidget | None = QApplication.activeWindow()
        QMessageBox.critical(parent, tr("Cannot open the article"), text)


def render_window(window: QWidget, path: Path) -> None:
    """Render the window, laid out, to a PNG; raises `SaveError` when it cannot be written."""
    window.show()
    for _ in range(3):
        QApplication.processEvents()
    window.repaint()
    picture = window.grab()
    with atomic_path(path) as temp:
        if not picture.save(str(temp), "PNG"):
            raise SaveError(path, "the picture could not be written")


def application(qt_args: Sequence[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(["copydesk", *qt_args])
    app.setApplicationName("Copydesk")
    app.setOrganizationName("Copydesk")
    app.setDesktopFileName("copydesk")
    app.aboutToQuit.connect(clipboard.hand_over)
    return app


def run(file: Path | None, screenshot: Path | None = None, qt_args: Sequence[str] = ()) -> int:
    """Open `file` (the sample article when None) in a window; exit code when it closes."""
    shooting = screenshot is not None
    app = application(qt_args)
    path = file if file is not None else resource(*SAMPLE)
    editor = Copydesk(report=_print_error if shooting else None)
    window = editor.open(path)
    if window is None:
        return EXIT_BAD_INPUT
    if screenshot is not None:
        try:
            render_window(window, screenshot)
        except SaveError as error:
            _print_error(str(error))
            return EXIT_BAD_INPUT
        window.close()
        return EXIT_OK
    return app.exec()


def _print_error(text: str) -> None:
    print(f"copydesk: {text}", file=sys.stderr)
