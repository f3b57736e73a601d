"""Help: the user guide, the keyboard shortcuts sheet and About, in the UI's language.

The guide is Markdown shipped in `resources/guide`, shown in a `QTextBrowser`; the shortcut
sheet is built from the window's own actions, so it can never disagree with the menus.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale
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
    rows = []
    for action in window.commands.values():
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys:
            name = action.text().replace("&", "").rstrip("…")
            rows.append(f"<tr><td>{escape(name)}</td><td><b>{escape(keys)}</b></td></tr>")
    return (
        f"<h2>{escape(tr('Keyboard shortcuts'))}</h2><table cellpadding='4'>{''.join(rows)}</table>"
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
