"""The composition root: creates the application, opens documents in windows, wires them.

Nothing here is global: the `Copydesk` object holds the open windows and is passed what it
needs. `run` is the entry point the command line calls; with `screenshot` it opens the file in
the real window, renders it to a PNG and returns, which smoke tests and the docs use.
"""

from __future__ import annotations

import linecache
import os
import sys
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QColor, QFileOpenEvent, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from editor import started
from editor.app import (
    autosave,
    clipboard,
    collector,
    conflicts,
    crash,
    error_text,
    files,
    grammar,
    i18n,
    instance,
    preferences_command,
    share_menu,
    spelling,
    start_figure,
    versions_dialog,
    window_parts,
)
from editor.app.autosave import AppData
from editor.app.document import Document
from editor.app.guard import instead
from editor.app.main_window import MainWindow
from editor.app.settings import Settings
from editor.app.versions import Backups
from editor.formats.imported import ImportRefusedError
from editor.model import storage
from editor.model.article import Article, Block, Meta
from editor.model.atomic import SaveError, atomic_path
from editor.model.storage import ArticleFileError
from editor.resources import resource

if TYPE_CHECKING:  # each loads when first needed: an article opened needs neither
    from editor.app.preferences import Preferences
    from editor.app.start_screen import StartScreen

SAMPLE = ("samples", "bibliotheque-croix-rousse.article")
EXIT_OK, EXIT_BAD_INPUT = 0, 2
SCHEMES = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}


def tr(text: str) -> str:
    return QCoreApplication.translate("Copydesk", text)


class Copydesk:
    """The running editor: its windows, and how it tells the user about a file it cannot open."""

    def __init__(
        self,
        report: Callable[[str], None] | None = None,
        settings: Settings | None = None,
        data: AppData | None = None,
    ) -> None:
        self.windows: list[MainWindow] = []
        self.report = report or self._message
        self.rescuing = report is None
        """Whether a file that cannot be opened is told in a message offering what can be
        saved of it (else `report` alone: the screenshot hook prints it)."""
        self.start_screen: StartScreen | None = None
        self.settings = settings or Settings()
        self.data = data or AppData.default()

    def open(self, path: Path) -> MainWindow | None:
        """The window on the article at `path`: the one already showing it, raised, or a new
        one (an import when it is not an `.article`); None, and a message, if it cannot be
        read. One window per file: two would each save over the other's words."""
        owner = self.window_for(path) or self._import_of(path)
        if owner is not None:
            raise_window(owner)
            return owner
        if path.name.endswith(".article"):
            access = conflicts.ask_access(path, QApplication.activeWindow())
            if access is None:
                return None
            with collector.held():  # the window freezes what it holds once shown
                try:
                    document: Document | None = Document.open(path)
                except ArticleFileError as error:
                    document, failure = None, error_text.describe(error)
                if document is not None:
                    self._remember(path)
                    window = self.show(document)
            if document is None:
                return self._cannot_open(path, failure)
            guard = window.findChild(conflicts.Guard)
            if access == "read-only" and guard is not None:
                guard.open_read_only()
            return window
        return self.import_file(path)

    def window_for(self, path: Path) -> MainWindow | None:
        """The window whose article is the file at `path`, however the path is spelled."""
        return next(
            (w for w in self.windows if w.document.path and same_file(w.document.path, path)),
            None,
        )

    def _import_of(self, path: Path) -> MainWindow | None:
        """The window on an import of `path` not saved yet: opening the Word file again
        brings it back rather than a second copy to reconcile."""
        return next(
            (w for w in self.windows if w.document.path is None and w.document.origin
             and same_file(w.document.origin, path)),
            None,
        )  # fmt: skip

    def import_file(self, path: Path) -> MainWindow | None:
        style_map = self.settings.get("style_map")
        try:
            imported = files.import_file(path, Path(style_map) if style_map else None)
        except ImportRefusedError as error:
            return self._cannot_open(path, error_text.describe(error))
        document = Document(imported.article)
        document.origin = path
        document.undo_stack.resetClean()  # a new article nobody has saved yet
        window = self.show(document)
        if imported.notes:
            window.show_notes(path.name, imported.notes)
        return window

    def requested(self, files: list[Path], sample: bool) -> None:
        """What a second start of Copydesk asked for (`instance`): its files, each in the
        window already on it or a new one; a copy of the sample; else the front window."""
        for path in files:
            self.open(path)
        if sample:
            self.new(from_sample=True)
        if not files and not sample:
            if self.windows:
                raise_window(self.windows[-1])
            else:
                self.start()

    def _cannot_open(self, path: Path, message: str) -> MainWindow | None:
        if not self.rescuing:
            self.report(message)
            return None
        from editor.app import rescue  # a file that cannot be opened: rare, and after a start

        window = rescue.offer(self, path, message)
        return window if isinstance(window, MainWindow) else None

    def recent(self) -> list[Path]:
        """Open Recent's articles, without a file of the installation an older Copydesk put
        there."""
        return [path for path in self.settings.recent if not conflicts.shipped(path)]

    def _remember(self, path: Path) -> None:
        """Into Open Recent; never a file of the installation (the sample is opened as an
        untitled copy, and its own file is nobody's to save over)."""
        if not conflicts.shipped(path):
            self.settings.remember(path)

    def start(self) -> StartScreen:
        """The start screen (recent articles, New, New from Sample, Open), shown while no
        article is open; it goes as soon as one opens."""
        if self.start_screen is None:
            from editor.app.start_screen import StartScreen

            screen = StartScreen(self.new, self.open, self.recent, self.settings.forget)
            screen.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            screen.destroyed.connect(lambda *_: setattr(self, "start_screen", None))
            self.start_screen = screen
        self.start_screen.fill()
        raise_window(self.start_screen)
        return self.start_screen

    def new(self, from_sample: bool = False, path: Path | None = None) -> MainWindow:
        """A window on a new, unsaved article: empty, or a copy of the sample (untitled, so
        Save asks where: the installed file is never written); `path` is where it will be saved
        (`copydesk --new PATH`), None to ask on the first save."""
        if from_sample:
            article = storage.load(resource(*SAMPLE))
            article = article.with_meta(id=Meta().id, guid="")
        else:
            language = self.settings.get("article_language") or "fr"
            article = Article(Meta(language=language), (Block("title"), Block("paragraph")))
        window = self.show(Document(article, path))
        if path is not None:  # the first save creates the file: a recent file from then on
            window.saved.connect(self._saved_as_new)
        return window

    def _saved_as_new(self, path: Path) -> None:
        self.settings.remember(path)

    def show(self, document: Document) -> MainWindow:
        window = MainWindow(document, opener=self.open)
        window.setWindowIcon(QIcon(str(resource("brand", "copydesk.svg"))))
        window.settings = self.settings
        window_parts.restore_layout(window)
        preferences_command.add_action(window, self.settings, self._preferences_opened)
        window_parts.reserve(window)
        files.add_commands(window, self.new, self.open, self.recent)
        share_menu.add_commands(window, self.show)
        document.path_changed.connect(lambda: self._saved_as(document))
        autosave.guard(window, document, self.data)
        backups = Backups(self.data.backups)
        versions_dialog.attach(window, backups, self.settings)
        conflicts.guard(window, versions_dialog.shelf(window, backups, self.settings))
        window.save_checks.insert(0, partial(self._not_open_elsewhere, window))
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda _=None, w=window: self._forget(w))
        if self.windows:
            last = self.windows[-1].pos()
            window.move(last.x() + 32, last.y() + 32)
        self.windows.append(window)
        window.show()
        collector.follow(window)  # the article and the window out of the collector's walks
        if self.start_screen is not None:
            self.start_screen.close()  # an article is open: the start screen's work is done
        return window

    def _not_open_elsewhere(self, window: MainWindow, path: Path) -> bool:
        """Save As never writes over a file another window shows: that window would then
        save its own text over this one."""
        owner = self.window_for(path)
        if owner is None or owner is window:
            return True
        QMessageBox.warning(
            window,
            tr("Save article"),
            tr("“%1” is open in another window. Save under another name, or close that "
               "window first.").replace("%1", path.name),
        )  # fmt: skip
        return False

    def _preferences_opened(self, dialog: Preferences) -> None:
        self.preferences = dialog

    def _saved_as(self, document: Document) -> None:
        if document.path is not None:
            self._remember(document.path)

    def _forget(self, window: MainWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)

    @staticmethod
    def _message(text: str) -> None:
        parent: QWidget | None = QApplication.activeWindow()
        QMessageBox.critical(parent, tr("Cannot open the article"), text)


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file: the same file on disk (links, `..`, a case-blind
    drive), or the same absolute path for a file not there (yet)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()


def raise_window(window: QWidget) -> None:
    """Bring `window` to the front, restored if it was minimised."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


PNG_QUALITY = 80
"""zlib's fast levels: the window's picture (flat colours and text) comes out the same size
as at Qt's default level, a third sooner (26 ms against 41 ms at 1280 × 860)."""


def render_window(
    window: QWidget,
    path: Path,
    page: QWidget | None = None,
    settle: Callable[[], object] = lambda: None,
) -> float | None:
    """Render the window, laid out, to a PNG; raises `SaveError` when it cannot be written.
    The events let it lay out and paint as it is first shown; `settle` then does what a
    start does after the first paint (the check panel's first pass), laid out in a turn of
    its own; `grab` paints it afresh into the picture (a `repaint` between the two painted
    it a third time, for nothing). Returns the seconds from the process's start to the end
    of the turn that first painted `page` (else the window), when the system says when the
    process started."""
    watch = start_figure.FirstPaint(page if page is not None else window)
    window.show()
    painted: float | None = None
    for _ in range(3):
        QApplication.processEvents()
        if painted is None and watch.painted:
            painted = started.seconds_since_start()
    settle()
    QApplication.processEvents()
    picture = window.grab()
    with atomic_path(path) as temp:
        if not picture.save(str(temp), "PNG", PNG_QUALITY):
            raise SaveError(path, "the picture could not be written")
    return painted


class FileOpener(QObject):
    """Opens the files the system hands over (macOS sends them as events, not arguments).

    A filter on the application sees every event of every object, each a call into Python:
    some 6 000 before the first paint. Only macOS sends `QFileOpenEvent`, so it is installed
    there alone; elsewhere files come as arguments, or from a second start (`instance`)."""

    def __init__(self, desk: Copydesk, parent: QObject) -> None:
        super().__init__(parent)
        self.desk = desk

    @instead(False)
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            self.desk.open(Path(event.file()))
            return True
        return super().eventFilter(watched, event)


def dark_palette() -> QPalette:
    """For platforms that take no colour-scheme request: Fusion's colours, darkened."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#232326"), (roles.WindowText, "#e6e4df"), (roles.Base, "#1b1b1d"),
        (roles.AlternateBase, "#2b2b2f"), (roles.Text, "#e6e4df"), (roles.Button, "#2f2f34"),
        (roles.ButtonText, "#e6e4df"), (roles.Highlight, "#3d6fb0"),
        (roles.HighlightedText, "#ffffff"), (roles.ToolTipBase, "#2b2b2f"),
        (roles.ToolTipText, "#e6e4df"), (roles.PlaceholderText, "#8d8b86"),
        (roles.Link, "#8ab4f8"),
    ):  # fmt: skip
        palette.setColor(role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):  # greyed, as Fusion does
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#77756f"))
    return palette


def application(qt_args: Sequence[str]) -> QApplication:
    """The Qt application, made once. Its making drops the source lines Python cached while
    the window's modules loaded: PySide6 reads the source of every module that imports it (its
    `__feature__` check), and `linecache` would keep all of them, about 6 MB of strings never
    read again, for a long read's whole session. A traceback reads its lines afresh."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(["copydesk", *qt_args])
    app.setApplicationName("Copydesk")
    app.setOrganizationName("Copydesk")
    app.setDesktopFileName("org.copydesk.Copydesk")
    app.setWindowIcon(QIcon(str(resource("brand", "copydesk.svg"))))
    scheme = SCHEMES.get(os.environ.get("COPYDESK_COLOR_SCHEME", ""))
    if scheme is not None:  # light or dark on request (screenshots); else the system's
        app.setStyle("Fusion")
        app.styleHints().setColorScheme(scheme)
        if scheme == Qt.ColorScheme.Dark and app.palette().window().color().lightness() > 128:
            app.setPalette(dark_palette())
    app.aboutToQuit.connect(clipboard.hand_over)
    linecache.clearcache()
    return app


def launch(
    desk: Copydesk,
    file: Path | None,
    sample: bool = False,
    offer: bool = True,
    new: Path | None = None,
) -> QWidget:
    """What the user sees first: the window on `file`, on a copy of the sample, or on a new
    article to be saved at `new`, then the recovery copies offered (`offer`); the start screen
    when no article ended up open — no file given, or one that could not be opened (the app
    stays, and says why). The recovery module, and the diff and dialogs it brings, load
    only when copies wait (2–4 ms of every start before the window's first paint)."""
    window: QWidget | None = None
    if file is not None:
        window = desk.open(file)
    elif sample or new is not None:
        window = desk.new(from_sample=sample, path=new)
    if offer and any(desk.data.recovery.glob("*.article")):
        from editor.app import recovery  # with copies to offer; a screenshot offers nothing

        recovery.offer(desk, desk.data)
    if desk.windows:
        return window if window is not None else desk.windows[-1]
    return desk.start()


def run(
    file: Path | None,
    screenshot: Path | None = None,
    qt_args: Sequence[str] = (),
    sample: bool = False,
    new: Path | None = None,
) -> int:
    """Open `file` (a copy of the sample with `sample`, a new article to be saved at `new`,
    else the start screen when None) and run until the last window closes; the exit code. With
    `screenshot`, render what opened to a PNG and return at once (smoke tests, the docs); a file
    that cannot be opened then exits with `EXIT_BAD_INPUT`."""
    shooting = screenshot is not None
    app = application(qt_args)
    editor = Copydesk(report=_print_error if shooting else None)
    forward = not shooting and new is None  # a new article at a path is this start's own
    if forward and instance.forward(editor.data, [file] if file else [], sample):
        return EXIT_OK  # the Copydesk already running has it: one window per file
    crash.install(editor)
    i18n.install(editor.settings.get("ui_language"))
    if sys.platform == "darwin":  # the only system that hands files over as events
        app.installEventFilter(FileOpener(editor, app))
    if screenshot is not None:
        with grammar.held(), spelling.held():  # the picture is the first paint: nothing
            return _shoot(editor, file, sample, new, screenshot)  # read comes back by then
    running = instance.Instance(editor.data, editor.requested, app)
    launch(editor, file, sample, new=new)
    collector.started()
    try:
        return app.exec()
    finally:
        running.close()
        running.deleteLater()
        grammar.close_workers()  # stopped, not waited for: nothing they hold is kept


def _shoot(
    editor: Copydesk, file: Path | None, sample: bool, new: Path | None, screenshot: Path
) -> int:
    """What opened, rendered to `screenshot`, then closed; the exit code."""
    shown = launch(editor, file, sample, offer=False, new=new)
    collector.started()
    if file is not None and not editor.windows:
        return EXIT_BAD_INPUT
    if isinstance(shown, MainWindow):
        shown.resize(1280, 860)  # the same picture whatever size the last session left
    page, settle = None, lambda: None
    if isinstance(shown, MainWindow):  # the panel as it reads after the first pause in typing,
        page, settle = shown.surface.viewport(), shown.check_dock.refresh  # after the paint
    try:
        start_figure.report(render_window(shown, screenshot, page, settle))
    except SaveError as error:
        _print_error(str(error))
        return EXIT_BAD_INPUT
    finally:
        if isinstance(shown, MainWindow):  # nothing was typed: an import asks nothing either
            shown.document.undo_stack.setClean()
            shown.settings = None  # the picture's size is not the user's: their layout stays
        shown.close()
    return EXIT_OK


def _print_error(text: str) -> None:
    print(f"copydesk: {text}", file=sys.stderr)
