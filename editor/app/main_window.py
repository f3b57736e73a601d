"""The editor window around the surface: menus, the toolbar's style box, live counts.

The window owns no article state: it shows one `Document` and calls back into the composition
root to open files. Docks (inspector, outline) attach beside the central page later without
touching what is here.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QImage, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from editor.app import (
    actions,
    autotype,
    check_dock,
    editing,
    fitting,
    gauge,
    grammar,
    labels,
    looks,
    pause_review,
    save_name,
    saving,
    shading,
    spelling,
    tracked_structure,
    window_parts,
)
from editor.app.comments_dock import CommentsDock
from editor.app.document import Document
from editor.app.find import FindBar
from editor.app.guard import falls_back, guarded
from editor.app.inspector import Inspector
from editor.app.outline import Outline
from editor.app.review_marks import ReviewMarks
from editor.app.review_menu import ReviewTools
from editor.app.settings import Settings
from editor.app.surface import Surface
from editor.app.tracking import TrackChanges
from editor.app.zoom import Zoom
from editor.model.article import Block, Media
from editor.model.atomic import SaveError
from editor.model.inline import EM, LINK, STRONG, SUP
from editor.model.stats import ZERO, Counts, count_text, feuillets_shown, reading_time

if TYPE_CHECKING:  # loaded with their first use (see output_commands)
    from editor.app.export_dialog import ExportDialog
    from editor.app.publish_dialog import PublishDialog

_SEPARATORS = re.compile("[\u2029\ufdd0\ufdd1\ufffc]")
"""Paragraph and frame separators in a selection's text: counted as block boundaries."""
IMAGE_TYPES = {b"\x89PNG": "image/png", b"\xff\xd8\xff": "image/jpeg"}
STYLE_KINDS = ("kicker", "title", "standfirst", "subhead", "paragraph", "pullquote", "author_bio")


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("MainWindow", text, disambiguation, n)


def _keep_unsaved(window: MainWindow, event: QCloseEvent) -> None:
    """A close that failed halfway: a window with unsaved changes stays open (its words are
    in the recovery copy the crash handler made, and can still be saved); one without goes."""
    if window.document.dirty:
        event.ignore()
    else:
        event.accept()


class MainWindow(QMainWindow):
    inspector: Inspector
    outline: Outline
    recent_menu: QMenu
    drops: QObject
    export_dialog: ExportDialog
    publish_dialog: PublishDialog
    import_notes: QMessageBox
    zoom: Zoom
    review_tools: ReviewTools
    tracking: TrackChanges
    review_marks: ReviewMarks
    comments: CommentsDock
    saved = Signal(object)
    """A save from this window landed; the path written."""

    def __init__(self, document: Document, opener: Callable[[Path], object]) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.document = document
        self.opener = opener
        self.surface = Surface(document)
        self.find_bar = FindBar()
        self.find_bar.attach(self.surface, document, self.surface.show_found)
        self.find_bar.hide()
        self.find_bar.closed.connect(self.surface.setFocus)
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.surface, 1)
        column.addWidget(self.find_bar)
        self.setCentralWidget(page)
        self.setStyleSheet(looks.window_style())
        self.commands = actions.build(self, self._handlers())
        self._history_actions()
        self._menus()
        self._toolbar()
        self._status_bar()
        self._context_menu()
        self.settings: Settings | None = None
        self.save_checks: list[Callable[[Path], bool]] = []
        """Run before each save with its path (backups, locks); any False stops the save."""
        self.review = pause_review.PauseReview(document, self)
        self.review.give_way_to(self.surface)
        window_parts.install(self)
        self.autotype = autotype.AutoType(self, self.surface, document)
        self.gauge = gauge.LengthGauge(self, document)
        self.line_gauge = fitting.LineGauge(self, document)
        self.outline.use_fit(self.line_gauge.live)
        self.shading = shading.Shading(self.surface, document)
        self.shading.follow_fit(self.line_gauge.live)
        self.check_dock = check_dock.CheckDock(self, self.surface, document, self.review)
        window_parts.show_in_view(self, self.check_dock)
        self.spelling = spelling.Spelling(self, self.surface, document, None)
        self.grammar = grammar.Grammar(self, self.surface, document, self.spelling, self.check_dock)
        window_parts.help_last(self)
        self.surface.reserved = {
            k.toString() for a in self.commands.values() for k in a.shortcuts() if not k.isEmpty()
        }
        document.dirty_changed.connect(self.setWindowModified)
        document.path_changed.connect(self._title)
        document.changed.connect(lambda *_: self._count_article())
        self.surface.kind_changed.connect(self._show_kind)
        self.surface.marks_changed.connect(self._show_marks)
        self.surface.selectionChanged.connect(self._count_soon)
        self._title()
        self._show_kind(self.surface.current_kind())
        self._show_marks()
        self._count()
        self.resize(1280, 860)
        self.surface.setFocus()
        document.setParent(self)  # after the surface: Qt deletes children in order

    # -- building ----------------------------------------------------------------------------

    def _handlers(self) -> dict[str, Callable[[], object]]:
        surface = self.surface
        handlers: dict[str, Callable[[], object]] = {
            "open": self.open_file,
            "save": self.save,
            "save_as": self.save_as,
            "quit": QApplication.closeAllWindows,
            "cut": surface.cut_selection,
            "copy": surface.copy,
            "paste": surface.paste,
            "paste_plain": surface.paste_plain,
            "select_all": surface.selectAll,
            "find": lambda: self.find_bar.open_bar(replacing=False),
            "replace": lambda: self.find_bar.open_bar(replacing=True),
            "find_next": lambda: self.find_bar.find_match(backwards=False),
            "find_previous": lambda: self.find_bar.find_match(backwards=True),
            "link": self.edit_link,
            "move_up": lambda: self.move_block(-1),
            "move_down": lambda: self.move_block(1),
            "delete_block": self.delete_block,
            "insert_pullquote": lambda: self.insert(Block("pullquote")),
            "insert_image": self.insert_image,
            "insert_bio": self.insert_bio,
        }
        for kind in STYLE_KINDS:
            handlers[f"kind:{kind}"] = partial(self.set_kind, kind)
        for mark in (EM, STRONG, SUP):
            handlers[f"mark:{mark}"] = partial(self.toggle_mark, mark)
        return handlers

    def _history_actions(self) -> None:
        """Undo and Redo come from the one history, named after the step they undo."""
        stack = self.document.undo_stack
        for name, make, key, text in (
            ("undo", stack.createUndoAction, QKeySequence.StandardKey.Undo, tr("&Undo")),
            ("redo", stack.createRedoAction, QKeySequence.StandardKey.Redo, tr("&Redo")),
        ):
            action = make(self, text)
            action.setObjectName(name)
            action.setShortcuts(history_keys(key))
            action.setIcon(actions.icon(name))
            actions.describe(action, "")
            self.commands[name] = action

    def _context_menu(self) -> None:
        kinds = QMenu(tr("Paragraph &Kind"), self)
        for kind in STYLE_KINDS:
            kinds.addAction(self.commands[f"kind:{kind}"])
        self.surface.context_actions = [
            kinds if n == "kinds" else None if n is None else self.commands[n]
            for n in actions.CONTEXT_MENU
        ]

    def _menus(self) -> None:
        bar = self.menuBar()
        for title, names in actions.MENUS:
            menu = bar.addMenu(QCoreApplication.translate("Menus", title))
            for name in names:
                if name is None:
                    menu.addSeparator()
                else:
                    menu.addAction(self.commands[name])

    def _toolbar(self) -> None:
        bar = QToolBar(tr("Formatting"), self)
        bar.setObjectName("formatting")
        bar.ensurePolished()  # its margins and spacing, read as it was made, read again now
        QApplication.sendEvent(bar, QEvent(QEvent.Type.StyleChange))  # that its name matches
        bar.setMovable(False)
        bar.setIconSize(QSize(18, 18))
        self.addToolBar(bar)
        self.style_box = QComboBox()
        self.style_box.setObjectName("styleBox")
        self.style_box.setAccessibleName(tr("Paragraph kind"))
        self.style_box.setToolTip(tr("The kind of the paragraph at the cursor"))
        self.style_box.setMinimumContentsLength(12)
        for kind in STYLE_KINDS:
            self.style_box.addItem(labels.kind_name(kind), kind)
        self.style_box.activated.connect(
            lambda row: self.set_kind(str(self.style_box.itemData(row)))
        )
        for item in (
            "undo", "redo", None, "style", None, "mark:em", "mark:strong", "mark:sup", "link",
            None, "insert_pullquote", "insert_image", "insert_bio", None, "move_up", "move_down",
            "delete_block", None, "find",
        ):  # fmt: skip
            if item is None:
                bar.addSeparator()
            elif item == "style":
                bar.addWidget(self.style_box)
            else:
                bar.addAction(self.commands[item])

    def _status_bar(self) -> None:
        self.article_counts = QLabel()
        self.article_counts.setObjectName("articleCounts")
        self.selection_counts = QLabel()
        self.selection_counts.setObjectName("selectionCounts")
        self.statusBar().addPermanentWidget(self.selection_counts)
        self.statusBar().addPermanentWidget(self.article_counts)
        self._counter = QTimer(self, singleShot=True, interval=60)
        self._counter.timeout.connect(self._count)

    # -- state shown -------------------------------------------------------------------------

    def _title(self) -> None:
        self.setWindowTitle(f"{self.document.title}[*] — Copydesk")
        self.setWindowModified(self.document.dirty)

    def _show_kind(self, kind: str) -> None:
        row = self.style_box.findData(kind)
        self.style_box.setEnabled(row >= 0)
        if row >= 0:
            self.style_box.setCurrentIndex(row)
        else:
            self.style_box.setCurrentIndex(-1)
            if kind:
                self.style_box.setPlaceholderText(labels.kind_name(kind))
        for name in STYLE_KINDS:
            self.commands[f"kind:{name}"].setEnabled(kind != "image")

    def _show_marks(self) -> None:
        cursor = self.surface.textCursor()
        allowed = editing.marks_allowed(cursor.block())
        for mark in (EM, STRONG, SUP):
            action = self.commands[f"mark:{mark}"]
            action.setEnabled(mark in allowed)
            action.setChecked(editing.mark_state(cursor, mark))
        self.commands["link"].setEnabled(LINK in allowed)

    def _count_soon(self) -> None:
        self._counter.start()

    def _count_article(self) -> None:
        """Per keystroke: the counts are kept block by block, so this costs no more on a long
        article than on a brief."""
        total = self.document.counts.total
        minutes = reading_time(total, self.document.article.meta.language)
        reading = tr("%n min read", "", minutes)
        self.article_counts.setText(
            tr("Article: %1").replace("%1", f"{_describe(total)} · {reading}")
        )

    def _count(self) -> None:
        self._count_article()
        cursor = self.surface.textCursor()
        if cursor.hasSelection():
            parts = _SEPARATORS.split(cursor.selectedText())
            counts = sum((count_text(part) for part in parts), ZERO)
            text = tr("Selection: %1").replace("%1", _describe(counts))
        else:
            text = ""
        self.selection_counts.setText(text)

    # -- commands ----------------------------------------------------------------------------

    def _at_cursor(self, operation: Callable[..., int | None], *args: object) -> None:
        self.surface.move_to(operation(self.document, self.surface.textCursor(), *args))
        self.surface.setFocus()

    def set_kind(self, kind: str) -> None:
        if self.surface.tracking_as:  # a suggestion that remembers the kind before
            self._at_cursor(tracked_structure.set_kind, kind, self.surface.tracking_as)
        else:
            self._at_cursor(editing.set_kind, kind)

    def toggle_mark(self, mark: str) -> None:
        cursor = self.surface.textCursor()
        on = not editing.mark_state(cursor, mark)
        if cursor.hasSelection():
            editing.set_mark(self.document, cursor, mark, on)
        elif mark in editing.marks_allowed(cursor.block()):
            self.surface.setCurrentCharFormat(editing.typing_format(cursor, mark, on))
        self._show_marks()

    def edit_link(self) -> None:
        cursor = self.surface.textCursor()
        if not cursor.hasSelection():
            span = editing.link_span(cursor)
            if span is None:
                self.statusBar().showMessage(tr("Select the words to link first."), 4000)
                return
            cursor.setPosition(span[0])
            cursor.setPosition(span[1], cursor.MoveMode.KeepAnchor)
            self.surface.setTextCursor(cursor)
        current = cursor.charFormat().anchorHref()
        address, ok = QInputDialog.getText(
            self, tr("Link"), tr("Web address (empty to remove the link):"), text=current
        )
        if ok:
            address = address.strip()
            editing.set_mark(self.document, cursor, LINK, bool(address), address or None)
        self.surface.setFocus()

    def move_block(self, step: int) -> None:
        if self.surface.tracking_as:  # deleted where it was, inserted where it goes
            self._at_cursor(tracked_structure.move_block, step, self.surface.tracking_as)
        else:
            self._at_cursor(editing.move_block, step)

    def delete_block(self) -> None:
        if self.surface.tracking_as:  # struck through until the desk decides
            self._at_cursor(tracked_structure.delete_blocks, self.surface.tracking_as)
        else:
            self._at_cursor(editing.delete_block)

    def insert(self, block: Block) -> None:
        label = partial(_inserting, block.kind)
        cursor = self.surface.textCursor()
        self._tracked_insert(
            lambda: editing.insert_block(self.document, cursor, block, label), label
        )

    def insert_bio(self) -> None:
        label = partial(_inserting, "author_bio")
        self._tracked_insert(
            lambda: editing.append_block(self.document, Block("author_bio"), label), label
        )

    def _tracked_insert(self, make: Callable[[], int | None], label: Callable[[], str]) -> None:
        """A block inserted: a suggestion while Track Changes is on."""
        who = self.surface.tracking_as
        if who:
            self.surface.move_to(tracked_structure.insert_block(self.document, make, who, label))
        else:
            self.surface.move_to(make())
        self.surface.setFocus()

    def insert_image(self, path: Path | None = None) -> None:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, tr("Insert image"), "", tr("Images (*.png *.jpg *.jpeg)")
            )
            if not name:
                return
            path = Path(name)
        media = read_image(path)
        if isinstance(media, str):
            QMessageBox.warning(self, tr("Insert image"), media)
            return
        self.document.add_media(media)
        self.insert(Block("image", (), {"media": media.key}))

    # -- files -------------------------------------------------------------------------------

    def open_file(self) -> None:
        folder = str(self.document.path.parent) if self.document.path else ""
        name, _ = QFileDialog.getOpenFileName(
            self, tr("Open article"), folder, window_parts.open_filter()
        )
        if name:
            self.opener(Path(name))

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._write(self.document.path)

    def save_as(self) -> bool:
        start = str(save_name.suggested_path(self.document))
        name, _ = QFileDialog.getSaveFileName(
            self, tr("Save article"), start, tr("Copydesk articles (*.article)")
        )
        if not name:
            return False
        path = Path(name)
        return self._write(path if path.suffix == ".article" else path.with_suffix(".article"))

    def _write(self, path: Path) -> bool:
        if not all(check(path) for check in self.save_checks):
            return not self.document.dirty  # a check may have saved it elsewhere (Save As)
        try:
            self.document.save(path)
        except SaveError as error:
            return saving.offers_save_as(self, error) and self.save_as()
        self.saved.emit(path)
        self.statusBar().showMessage(tr("Saved %1").replace("%1", str(path)), 4000)
        return True

    @falls_back(_keep_unsaved)
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.document.dirty:
            window_parts.remember_layout(self)
            event.accept()
            return
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self,
            tr("Unsaved changes"),
            tr("Save the changes to “%1” before closing?").replace("%1", self.document.title),
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
        if (answer == buttons.Save and self.save()) or answer == buttons.Discard:
            window_parts.remember_layout(self)
            event.accept()
        else:
            event.ignore()

    def action(self, name: str) -> QAction:
        return self.commands[name]

    def show_notes(self, name: str, notes: tuple[str, ...]) -> None:
        window_parts.show_notes(self, name, notes)

    def reload(self) -> None:
        window_parts.reload(self)

    @guarded
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        window_parts.drag_enter(event)

    @guarded
    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        window_parts.drop(self, event)


def history_keys(key: QKeySequence.StandardKey) -> list[QKeySequence]:
    """The platform's keys for Undo or Redo; Redo is Ctrl+Shift+Z and Ctrl+Y everywhere, as in
    Word and Google Docs, whichever the desktop prefers, except on macOS, where Cmd+Shift+Z
    is the habit and Cmd+Y belongs to other commands."""
    platform = QKeySequence.keyBindings(key)
    if key != QKeySequence.StandardKey.Redo or sys.platform == "darwin":
        return platform
    both = [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
    return both + [k for k in platform if k not in both]


def read_image(path: Path) -> Media | str:
    """The image at `path` as media, or a message saying why it cannot be used."""
    try:
        data = path.read_bytes()
    except OSError as error:
        return (
            tr("%1: cannot read the file (%2).")
            .replace("%1", str(path))
            .replace("%2", error.strerror or str(error))
        )
    kind = next((t for magic, t in IMAGE_TYPES.items() if data.startswith(magic)), None)
    if kind is None or QImage.fromData(data).isNull():
        return tr("%1 is not a PNG or JPEG image.").replace("%1", path.name)
    return Media(kind, data)


def _inserting(kind: str) -> str:
    """The name of the step that inserts a block of `kind`, in the language installed."""
    return tr("Insert %1").replace("%1", labels.kind_name(kind))


def _describe(counts: Counts) -> str:
    """Words, signes and feuillets, each in its plural form: French takes the singular below
    two (0 mot, 1,6 feuillet), English only for one."""
    words = tr("%1 word(s)", "", counts.words).replace("%1", _number(counts.words))
    signes = tr("%1 signe(s)", "", counts.signes).replace("%1", _number(counts.signes))
    sheets = QLocale().toString(feuillets_shown(counts), "f", 1)  # 1,6 in French
    feuillets = tr("%1 feuillet(s)", "", int(feuillets_shown(counts))).replace("%1", sheets)
    return " · ".join((words, signes, feuillets))


def _number(value: int) -> str:
    """Thousands apart with a narrow no-break space, as the desk writes them."""
    return f"{value:,}".replace(",", "\u202f")
