"""Help: the user guide, the keyboard shortcuts sheet and About, in the UI's language.

The guide is Markdown shipped in `resources/guide`, shown in a `QTextBrowser`; the shortcut
sheet is built from the window's own actions, so it can never disagree with the menus.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QTextBrowser, QVBoxLayout, QWidget

from editor.app import actions
from editor.app.labels import QT_TRANSLATE_NOOP
from editor.resources import resource

if TYPE_CHECKING:
    from editor.app.main_window import MainWindow

VERSION = "1.0"


def tr(text: str) -> str:
    return QCoreApplication.translate("Help", text)


def guide_text(language: str | None = None) -> str:
    code = (language or QLocale().name())[:2]
    path = resource("guide", f"guide.{code}.md")
    if not path.is_file():
        path = resource("guide", "guide.en.md")
    return path.read_text("utf-8")


def shortcuts_html(window: MainWindow) -> str:
    """The shortcuts menu by menu, each with what it does: Format's "Pull Quote" makes this
    paragraph one, Insert's adds a new one, and the sheet has to say which is which."""
    from html import escape  # with the sheet: its table of entities took 9 ms of every start

    sections = []
    listed: set[str] = set()
    for title, entries in _menus(window):
        rows = [_row(a) for a in entries if a.objectName() not in listed and _keys(a)]
        listed.update(a.objectName() for a in entries)
        if rows:
            table = f"<table width='100%' cellpadding='4'>{''.join(rows)}</table>"
            sections.append(f"<h3>{escape(title)}</h3>{table}")
    return f"<h2>{escape(tr('Keyboard shortcuts'))}</h2>{''.join(sections)}"


def _menus(window: MainWindow) -> list[tuple[str, list[QAction]]]:
    """The menu bar's menus (a submenu under its own title) and their actions, then any
    shortcut found in no menu."""
    found: list[tuple[str, list[QAction]]] = []
    pending = [m for m in (a.menu() for a in window.menuBar().actions()) if isinstance(m, QMenu)]
    while pending:
        menu = pending.pop(0)
        entries = [a for a in menu.actions() if not a.isSeparator() and a.menu() is None]
        found.append((menu.title().replace("&", ""), entries))
        pending[:0] = [m for m in (a.menu() for a in menu.actions()) if isinstance(m, QMenu)]
    in_menus = {a.objectName() for _, entries in found for a in entries}
    others = [a for name, a in window.commands.items() if name not in in_menus]
    return [*found, (tr("Other"), others)]


def _keys(action: QAction) -> str:
    """The main key and any other Ctrl+letter (Redo's Ctrl+Y), not the platform's spares."""
    keys = [k for k in action.shortcuts() if not k.isEmpty()]
    control = Qt.KeyboardModifier.ControlModifier
    shown = keys[:1] + [
        k for k in keys[1:]
        if k.count() == 1
        and k[0].keyboardModifiers() == control  # type: ignore[index]
        and Qt.Key.Key_A <= k[0].key() <= Qt.Key.Key_Z  # type: ignore[index]
    ]  # fmt: skip
    return " / ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in shown)


def _row(action: QAction) -> str:
    from html import escape

    name = action.text().replace("&", "").rstrip("…")
    what = action.statusTip() if action.statusTip() != name else ""
    return (
        f"<tr><td width='30%'>{escape(name)}</td><td width='22%'><b>{escape(_keys(action))}</b>"
        f"</td><td>{escape(what)}</td></tr>"
    )


def _sheet(window: MainWindow, title: str, name: str) -> QDialog:
    dialog = QDialog(window)
    dialog.setObjectName(name)
    dialog.setWindowTitle(title)
    browser = QTextBrowser()
    browser.setOpenExternalLinks(True)
    QVBoxLayout(dialog).addWidget(browser)
    dialog.resize(640, 720)
    dialog.browser = browser  # type: ignore[attr-defined]
    return dialog


def show_guide(window: MainWindow) -> QDialog:
    dialog = _sheet(window, tr("Copydesk User Guide"), "guide")
    dialog.browser.setMarkdown(guide_text())  # type: ignore[attr-defined]
    dialog.show()
    return dialog


def show_shortcuts(window: MainWindow) -> QDialog:
    dialog = _sheet(window, tr("Keyboard shortcuts"), "shortcuts")
    dialog.browser.setHtml(shortcuts_html(window))  # type: ignore[attr-defined]
    dialog.show()
    return dialog


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        tr("About Copydesk"),
        tr("<h3>Copydesk %1</h3><p>The article editor for the newsroom: write, check the "
           "length, fill the metadata and export to DOCX, EPUB and NewsML-G2.</p>")
        .replace("%1", VERSION),
    )  # fmt: skip


COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("help:guide", QT_TRANSLATE_NOOP("Help", "&User Guide"), "F1"),
    ("help:shortcuts", QT_TRANSLATE_NOOP("Help", "&Keyboard Shortcuts"), "Ctrl+/"),
    ("help:about", QT_TRANSLATE_NOOP("Help", "&About Copydesk"), ""),
)
"""The Help menu: name, text, shortcut."""
MENU = QT_TRANSLATE_NOOP("Help", "&Help")


def add_menu(window: MainWindow) -> None:
    menu = window.menuBar().addMenu(tr(MENU))
    menu.setObjectName("helpMenu")
    runs: dict[str, Callable[[], object]] = {
        "help:guide": lambda: show_guide(window),
        "help:shortcuts": lambda: show_shortcuts(window),
        "help:about": lambda: show_about(window),
    }
    for name, text, key in COMMANDS:
        action = QAction(tr(text), window)
        action.setObjectName(name)
        if key:
            action.setShortcut(QKeySequence(key))
        actions.describe(action, "")
        action.triggered.connect(lambda _=False, run=runs[name]: run())
        window.commands[name] = action
        menu.addAction(action)


def retranslate(window: MainWindow) -> None:
    """The Help menu in the language now installed."""
    menu = window.findChild(QMenu, "helpMenu")
    if menu is not None:
        menu.setTitle(tr(MENU))
    for name, text, _key in COMMANDS:
        action = window.commands[name]
        action.setText(tr(text))
        actions.describe(action, "")
