"""What the window gathers around the page: the docks, the View, Export and Help menus, drops.

Kept apart from `main_window` so the window's own module stays about editing; `install` is
called once from the window's constructor.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QMessageBox, QToolBar, QWidget

from editor.app import actions, looks, output_commands, review_menu, tracking
from editor.app import help as help_menu
from editor.app.comments_dock import CommentsDock
from editor.app.conflicts import Guard
from editor.app.files import open_filter
from editor.app.guard import instead
from editor.app.inspector import Inspector
from editor.app.labels import QT_TRANSLATE_NOOP
from editor.app.language import LanguageFollower
from editor.app.outline import Outline
from editor.app.review_marks import ReviewMarks
from editor.app.theme import ThemeFollower
from editor.app.versions_dialog import restore
from editor.app.zoom import Zoom
from editor.formats import IMPORTERS
from editor.model import storage
from editor.model.storage import ArticleFileError
from editor.resources import resource

if TYPE_CHECKING:
    from editor.app.export_dialog import ExportDialog
    from editor.app.main_window import MainWindow

__all__ = ["install", "open_filter"]
EXPORT = QT_TRANSLATE_NOOP("Window", "&Export")
VIEW = QT_TRANSLATE_NOOP("Window", "&View")
OPENABLE = (".article", *(s for r in IMPORTERS.values() for s in r.suffixes))


def tr(text: str) -> str:
    return QCoreApplication.translate("Window", text)


def install(window: MainWindow) -> None:
    window.inspector = Inspector(window.document, window, window.surface)
    window.outline = Outline(window.document, window.surface, window.review, window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, window.inspector)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, window.outline)
    window.outline.hide()  # shown by the application; a bare window is just the page
    window.inspector.hide()
    window.inspector.typed.connect(window.surface.show_meta)
    window.installEventFilter(window.inspector)  # a close writes the field being typed
    window.save_checks.append(lambda _path: _written(window))
    _export_menu(window)
    output_commands.add_publish(window)
    output_commands.add_printing(window)
    window.review_tools = review_menu.add_menu(window)
    window.tracking = tracking.add_command(window)
    window.review_marks = ReviewMarks(window)
    _view_menu(window)
    window.comments = CommentsDock(window)
    window.review_tools.add_comment_command(window.comments.new_comment)
    show_in_view(window, window.comments)
    window.surface.context_actions = [  # a change or a comment from the right click, as in Word
        *window.surface.context_actions,
        None,
        *(window.commands[f"review:{name}"] for name in ("accept", "reject", "new_comment")),
    ]
    help_menu.add_menu(window)
    window.setAcceptDrops(True)
    follow_scheme(window)
    reserve(window)
    window.drops = DropFilter(window)
    window.surface.viewport().installEventFilter(window.drops)
    LanguageFollower(window, retranslate)  # a child of the window, living as long


def _written(window: MainWindow) -> bool:
    """Before a save: the metadata field being typed goes into the article first."""
    window.inspector.commit_pending()
    return True


def reserve(window: MainWindow) -> None:
    """Every window shortcut reaches its action, even while the text has the focus."""
    window.surface.reserved |= {
        k.toString() for a in window.commands.values() for k in a.shortcuts() if not k.isEmpty()
    }


def _add(window: MainWindow, name: str, text: str, key: str, tip: str) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    if key:
        action.setShortcut(QKeySequence(key))
    actions.describe(action, tip)
    window.commands[name] = action
    return action


def _export_menu(window: MainWindow) -> None:
    menu = window.menuBar().actions()[0].menu()
    assert isinstance(menu, QMenu)
    export = QMenu(tr(EXPORT), window)
    export.setObjectName("exportMenu")
    for name, text, formats, key in output_commands.export_entries():
        action = _add(window, name, text, key, text.replace("&", "").rstrip("…"))
        action.triggered.connect(lambda _=False, f=formats: open_export(window, f))
        export.addAction(action)
    menu.insertMenu(window.commands["quit"], export)
    menu.insertSeparator(window.commands["quit"])


def open_export(window: MainWindow, formats: tuple[str, ...]) -> ExportDialog:
    from editor.app.export_dialog import ExportDialog  # with the first export (see output_commands)

    settings = window.settings
    dialog = ExportDialog(
        window.document,
        formats,
        provider=settings.get("provider") if settings else "",
        style_map=settings.get("style_map") if settings else "",
        parent=window,
        show_problems=lambda: show_problems(window),
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.export_dialog = dialog
    dialog.open()
    return dialog


def show_problems(window: MainWindow) -> None:
    """The check panel, shown and focused on its first problem (checked again off the
    window's thread: the first row is chosen again when the new list lands)."""
    dock = window.check_dock
    dock.show()
    dock.raise_()
    dock.request()
    dock.list.setCurrentRow(0)
    dock.list.setFocus()
    if dock.list.currentRow() < 0:  # nothing listed yet: the first row of the list to come
        dock.review.published.connect(
            lambda: dock.list.setCurrentRow(0), Qt.ConnectionType.SingleShotConnection
        )


PANEL_KEYS: dict[str, str] = {
    "outline": "Ctrl+Shift+O",
    "inspector": "Ctrl+Shift+M",
    "checkDock": "F7",
    "commentsDock": "Ctrl+Alt+Shift+M",
}
"""The key that shows or hides each panel, by the panel's object name (F7: Word's check)."""
PANEL_NAMES: dict[str, tuple[str, str]] = {"checkDock": ("CheckDock", "Check")}
"""Panels whose title changes as they work ("Check (3)"): their View entry keeps the plain
name (translation context, source)."""


def _view_menu(window: MainWindow) -> None:
    menu = window.menuBar().addMenu(tr(VIEW))
    menu.setObjectName("viewMenu")
    for dock in (window.outline, window.inspector):
        show_in_view(window, dock)
    window.zoom = Zoom(window)
    window.zoom.add_to(menu)


def show_in_view(window: MainWindow, dock: QDockWidget) -> None:
    """The panel's own toggle in View, after the other panels' entries, so a panel closed by
    its × always comes back (and its shown state is saved with the layout)."""
    menu = window.findChild(QMenu, "viewMenu")
    assert isinstance(menu, QMenu)
    name = dock.objectName()
    action = dock.toggleViewAction()
    action.setShortcut(QKeySequence(PANEL_KEYS.get(name, "")))
    if name in PANEL_NAMES:
        dock.windowTitleChanged.connect(lambda _title: _keep_name(action, name))
        _keep_name(action, name)
    toggles = [a for n, a in window.commands.items() if n.startswith("view:")]
    following = _after(menu, toggles[-1]) if toggles else None
    window.commands[f"view:{name}"] = action
    if following is None:
        menu.addAction(action)
    else:
        menu.insertAction(following, action)
    _describe_panels(window)


def _after(menu: QMenu, action: QAction) -> QAction | None:
    entries = menu.actions()
    place = entries.index(action) + 1 if action in entries else len(entries)
    return entries[place] if place < len(entries) else None


def _keep_name(action: QAction, name: str) -> None:
    """Qt names the toggle after the panel's title; put back the panel's plain name."""
    plain = QCoreApplication.translate(*PANEL_NAMES[name])
    if action.text() != plain:
        action.setText(plain)


def _describe_panels(window: MainWindow) -> None:
    for name, action in window.commands.items():
        if name.startswith("view:"):
            panel = action.text().replace("&", "")
            actions.describe(action, tr("Show or hide the %1 panel").replace("%1", panel))


def retranslate(window: MainWindow) -> None:
    """The Export and View menus in the language now installed (called after the docks have
    their new titles, which the View entries show)."""
    window.comments.retranslate()  # a panel of the review's, titled here
    for menu_name, title in (("exportMenu", EXPORT), ("viewMenu", VIEW)):
        menu = window.findChild(QMenu, menu_name)
        if menu is not None:
            menu.setTitle(tr(title))
    for name, text, _formats, _key in output_commands.export_entries():
        action = window.commands[name]
        action.setText(text)
        actions.describe(action, text.replace("&", "").rstrip("…"))
    for name in PANEL_NAMES:
        toggle = window.commands.get(f"view:{name}")
        if toggle is not None:
            _keep_name(toggle, name)
    _describe_panels(window)
    output_commands.retranslate(window)
    window.zoom.retranslate()
    window.review_tools.retranslate()
    window.tracking.retranslate()


DARK_CHROME = """
    QMainWindow, QDockWidget {{ background: #232326; color: #e6e4df; }}
    QMenuBar {{ color: #e6e4df; }}
    QLineEdit {{ background: #1b1b1d; border: 1px solid #706f76; border-radius: 3px;
        padding: 2px 3px; }}
    QLineEdit:focus {{ border-color: #6f9bd8; }}
    QLineEdit:disabled {{ border-color: #3a3a40; }}
    {extra}
"""
"""The chrome on a dark desktop, beside the bars' night colours (`looks.DUSK`); the page
darkens with it (`looks.NIGHT`). Fields get a visible edge: Fusion draws theirs a shade darker
than the window, lost on a dark one."""
DARK_BOXES = """
    QCheckBox::indicator, QAbstractItemView::indicator { width: 12px; height: 12px;
        border: 1px solid #8d8b86; border-radius: 2px; background: #1b1b1d; }
    QCheckBox::indicator:checked, QAbstractItemView::indicator:checked {
        background: #3d6fb0; border-color: #6f9bd8; image: url("CHECK"); }
    QCheckBox::indicator:disabled, QAbstractItemView::indicator:disabled { border-color: #55544f; }
"""
"""Check boxes drawn on a dark desktop, where Fusion's outline vanishes into the background."""


def follow_scheme(window: MainWindow) -> None:
    """Chrome, icons and page light or dark as the desktop is, now and whenever it changes."""
    boxes = DARK_BOXES.replace("CHECK", resource("icons", "check-mark.svg").as_posix())
    dark = looks.window_style(looks.DUSK) + DARK_CHROME.format(extra=boxes)
    ThemeFollower(window, window.styleSheet(), dark, actions.ICONS)


DOCK_WIDTHS = (240, 320)
"""Outline and metadata panels on a first run: room for a French label beside its field and a
byline with its role, and still a full column of copy in a window 1280 pixels wide."""


def help_last(window: MainWindow) -> None:
    """Help at the end of the menu bar, where every desktop puts it, after the menus the desk
    tools added once it was made."""
    menu = window.findChild(QMenu, "helpMenu")
    if isinstance(menu, QMenu):
        bar = window.menuBar()
        bar.removeAction(menu.menuAction())
        bar.addAction(menu.menuAction())


TOOLBAR_TEXT = "toolbar_text"
"""The setting: each toolbar button's name under its icon, for those who read before they
recognise a pictogram (Word's and LibreOffice's option)."""


def toolbar_text(window: QWidget, shown: bool) -> None:
    """Names under the icons, or icons alone, in the window's toolbars (any top-level widget
    may be passed: those without toolbars are left alone)."""
    style = Qt.ToolButtonStyle
    for bar in window.findChildren(QToolBar):
        bar.setToolButtonStyle(style.ToolButtonTextUnderIcon if shown else style.ToolButtonIconOnly)


def remember_layout(window: MainWindow) -> None:
    if window.settings is not None:
        window.settings.set_geometry(geometry=window.saveGeometry(), state=window.saveState())


def restore_layout(window: MainWindow) -> None:
    """The panels shown, then the size and panels the last session left."""
    window.outline.show()
    window.inspector.show()
    commented = bool(window.document.article.comments)
    window.comments.setVisible(commented)  # the Comments panel where there are comments
    window.resizeDocks(
        [window.outline, window.inspector], list(DOCK_WIDTHS), Qt.Orientation.Horizontal
    )
    if window.settings is None:
        return
    toolbar_text(window, window.settings.flag(TOOLBAR_TEXT))
    window.zoom.restore()
    geometry = window.settings.geometry("geometry")
    state = window.settings.geometry("state")
    if geometry is not None:
        window.restoreGeometry(geometry)
    if state is not None:
        window.restoreState(state)
    if commented:  # as Word shows its comments pane on a document that has some
        window.comments.show()


def show_notes(window: MainWindow, name: str, notes: tuple[str, ...]) -> None:
    """What the importer guessed or dropped, told without stopping the user."""
    box = QMessageBox(QMessageBox.Icon.Information, tr("Imported"),
                      tr("%1 was imported as a new, unsaved article.").replace("%1", name),
                      QMessageBox.StandardButton.Ok, window)  # fmt: skip
    box.setObjectName("importNotes")
    from editor.app import note_text  # an import's notes: their patterns load with the first

    said = [note_text.describe(note) for note in notes]
    box.setDetailedText("\n".join(said))
    box.setInformativeText("\n".join(said[:5]))
    window.import_notes = box
    box.open()


def reload(window: MainWindow) -> None:
    """Revert: the file read again into this window (the one window on the file), as one step
    of its history, so that Undo still brings back what was forgotten."""
    path = window.document.path
    if path is None:
        return
    try:
        article = storage.load(path)
    except ArticleFileError as error:
        QMessageBox.warning(window, tr("Revert"), str(error))
        return
    restore(window.document, article, tr("Revert to the Saved File"))
    window.document.undo_stack.setClean()
    guard = window.findChild(Guard)
    if guard is not None:
        guard.follow()


def _paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    data = event.mimeData()
    if not data.hasUrls():
        return []
    found = [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]
    return [p for p in found if p.name.lower().endswith(OPENABLE)]


def drag_enter(event: QDragEnterEvent) -> bool:
    if _paths(event):
        event.acceptProposedAction()
        return True
    return False


def drop(window: MainWindow, event: QDropEvent) -> bool:
    paths = _paths(event)
    for path in paths:
        window.opener(path)
    if paths:
        event.acceptProposedAction()
    return bool(paths)


class DropFilter(QObject):
    """Files dropped on the page open as articles; other drops reach the text as usual."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    @instead(False)
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if isinstance(event, QDragEnterEvent) and drag_enter(event):
            return True
        if isinstance(event, QDropEvent) and event.type() == QEvent.Type.Drop:
            return drop(self.window, event)
        return False
