"""What the interface shows, collected, and the English words it must not show in French.

`Seen` gathers every text a widget shows (labels, buttons, items, tooltips, status tips,
accessible names, menus and their actions). The English words are those of the interface's
English sources (the `.ts`) and of the messages the model and the importers raise, less every
word a French translation uses (names quoted in « » aside) and a few names that read the same
in both languages. Used by the French walk and by the tests of each message module.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabBar,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

from editor.app.application import Copydesk
from editor.app.main_window import MainWindow
from editor.app.problem_list import ProblemList
from editor.model import storage
from editor.model.article import Dateline
from editor.model.build import article, para, quote, title
from tests.shared import PROJECT_ROOT

TS = PROJECT_ROOT / "resources" / "i18n" / "copydesk_fr.ts"
RAISING = (PROJECT_ROOT / "editor" / "model", PROJECT_ROOT / "editor" / "formats")
ALLOWED = frozenset(
    """copydesk docx epub newsml nitf icml incopy indesign iptc xml zip json utf iso png jpeg svg
    html xhtml markdown word libreoffice hunspell enchant ctrl alt ok id g e english attribution
    case change comment copyright desk double feuillets genre images import message normal part
    photo slug structure suggestions original paris luxembourg zurich new york standard""".split()
)
"""Names that read the same in French (the product, formats, programs, keys; English, the
language's own name in the language chooser; the cities an embargo's zone is said by) and
words French shares with English."""
BILINGUAL = re.compile(r"\(medtop:\d+\)$")
"""The IPTC subjects' tooltips name each subject in both languages, to be found in either."""
_TAGS = re.compile(r"<[^>]+>")
_CODE = re.compile(r"`[^`]*`")
_QUOTED = re.compile(r"«[^»]*»")
_HOLES = re.compile(r"\{[a-z_.]+\}|%n|%\d+")
_PATHS = re.compile(r"\S*[/\\]\S*|\S*\w(?:\.\w|\[)\S*")
"""Paths, file names and places in a file (`meta.subjects[0].code`): names, not words."""
_WORDS = re.compile(r"[^\W\d_]+")


def words(text: str) -> set[str]:
    """The words of an interface text: no markup, commands, placeholders, paths, file names
    or mnemonic marks."""
    text = _PATHS.sub(" ", _HOLES.sub(" ", _TAGS.sub(" ", _CODE.sub(" ", text))))
    text = text.replace("&", "")
    return {word.lower() for word in _WORDS.findall(text)}


def _catalogue() -> tuple[set[str], set[str]]:
    """The words of the English sources, and those the French translations use."""
    english: set[str] = set()
    french: set[str] = set()
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        english |= words(source)
        found = message.find("translation")
        if found is None:
            continue
        forms = [form.text or "" for form in found.findall("numerusform")] or [found.text or ""]
        for form in forms:
            if form != source:  # a translation left in English says nothing French
                french |= words(_QUOTED.sub(" ", form))  # « target » is a name, not French
    return english, french


def _raised() -> set[str]:
    """The words of the messages the model and the importers raise for the user."""
    found: set[str] = set()
    for folder in RAISING:
        for module in sorted(folder.glob("*.py")):
            for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Raise) and node.exc is not None:
                    for part in ast.walk(node.exc):
                        if isinstance(part, ast.Constant) and isinstance(part.value, str):
                            found |= words(part.value)
    return found


def english_words() -> frozenset[str]:
    english, french = _catalogue()
    return frozenset((english | _raised()) - french - ALLOWED)


# -- collecting what the interface shows --------------------------------------------------------


class Seen:
    """Every text met on the walk, with where it was met."""

    def __init__(self) -> None:
        self.texts: list[tuple[str, str]] = []

    def add(self, where: str, *texts: str) -> None:
        self.texts.extend((where, text) for text in texts if text)

    def action(self, where: str, action: QAction) -> None:
        self.add(where, action.text(), action.toolTip(), action.statusTip(), action.whatsThis())
        menu = action.menu()
        if isinstance(menu, QMenu):
            self.menu(f"{where} › {menu.title()}", menu)

    def menu(self, where: str, menu: QMenu) -> None:
        self.add(where, menu.title(), menu.toolTip())
        for action in menu.actions():
            self.action(where, action)

    def widget(self, where: str, root: QWidget) -> None:
        """The texts of `root` and of every widget in it, shown or not; not those of the
        dialogs closed earlier and kept hidden (each opening makes a new one)."""
        for widget in (root, *root.findChildren(QWidget)):
            top = widget.window()
            if top is not root.window() and isinstance(top, QDialog) and not top.isVisible():
                continue
            self.add(where, widget.windowTitle(), widget.toolTip(), widget.statusTip())
            self.add(where, widget.accessibleName(), widget.accessibleDescription())
            self._own_texts(where, widget)
            for action in widget.actions():
                self.action(where, action)

    def _own_texts(self, where: str, widget: QWidget) -> None:
        if isinstance(widget, QLabel | QAbstractButton):
            self.add(where, widget.text())
        elif isinstance(widget, QLineEdit):
            self.add(where, widget.placeholderText())
        elif isinstance(widget, QComboBox):
            self.add(where, widget.placeholderText())
            self.add(where, *(widget.itemText(row) for row in range(widget.count())))
        elif isinstance(widget, QGroupBox):
            self.add(where, widget.title())
        elif isinstance(widget, QTabBar):
            self.add(where, *(widget.tabText(i) for i in range(widget.count())))
        elif isinstance(widget, QListWidget):
            for row in range(widget.count()):
                item = widget.item(row)
                self.add(where, item.text(), item.toolTip())
        elif isinstance(widget, ProblemList):
            self.add(where, *widget.texts())
        elif isinstance(widget, QTreeWidget):
            self._tree(where, widget.headerItem(), widget.columnCount())
            root = widget.invisibleRootItem()
            for row in range(root.childCount()):
                self._tree(where, root.child(row), widget.columnCount())
        elif isinstance(widget, QMenu):
            self.menu(where, widget)
        elif isinstance(widget, QMessageBox):
            self.add(where, widget.detailedText())
        elif isinstance(widget, QTextEdit) and widget.isReadOnly():
            self.add(where, widget.toMarkdown())  # help sheets; never the article itself

    def _tree(self, where: str, item: QTreeWidgetItem, columns: int) -> None:
        self.add(where, *(item.text(c) for c in range(columns)))
        self.add(where, *(item.toolTip(c) for c in range(columns)))
        for row in range(item.childCount()):
            self._tree(where, item.child(row), columns)

    def undo_texts(self, where: str, window: MainWindow) -> None:
        self.add(where, window.action("undo").text(), window.action("redo").text())

    def status(self, where: str, window: MainWindow) -> None:
        self.add(f"status bar: {where}", window.statusBar().currentMessage())

    def english(self) -> list[str]:
        """Each text with an English word in it, the words first."""
        vocabulary = english_words()
        found = []
        for where, text in self.texts:
            wrong = sorted(words(_QUOTED.sub(" ", text)) & vocabulary)  # « names » are names
            if wrong and not BILINGUAL.search(text):
                found.append(f"{wrong} in {text!r} ({where})")
        return sorted(set(found))

    def unmade_plurals(self) -> list[str]:
        return sorted({f"{text!r} ({where})" for where, text in self.texts if "(s)" in text})


def answer_next_box(seen: Seen, where: str, button: str = "") -> None:
    """When the next modal dialog shows: collect its texts, then close it (`button`, else the
    box's escape button)."""

    def look() -> None:
        shown = QApplication.activeModalWidget()
        if shown is None:
            QTimer.singleShot(20, look)
            return
        seen.widget(where, shown)
        chosen = shown.findChild(QPushButton, button) if button else None
        escape = shown.escapeButton() if isinstance(shown, QMessageBox) else None
        if chosen is not None:
            chosen.click()
        elif escape is not None:
            escape.click()
        elif isinstance(shown, QDialog):
            shown.reject()

    QTimer.singleShot(20, look)


# -- the walk ---------------------------------------------------------------------------------


def troubled(tmp_path: Path) -> Path:
    """An article the check finds fault with: too long for a brief, a pull quote not quoted."""
    meta = dict(
        language="fr", section=("Culture",), authors=("Ana",), dateline=Dateline("Lyon"),
        template="breve",
    )  # fmt: skip
    piece = article(
        title("Le titre"),
        para("Le corps du texte. " * 200),
        quote("Jamais dit.", by="X"),
        meta=meta,
    )
    path = tmp_path / "brève.article"
    storage.save(piece, path)
    return path


def switch_to_french(desk: Copydesk, window: MainWindow, qtbot: QtBot) -> None:
    """Through Edit → Preferences, as a journalist does."""
    window.action("preferences").trigger()
    dialog = desk.preferences
    dialog.ui_language.setCurrentIndex(dialog.ui_language.findData("fr"))
    buttons = dialog.findChild(QDialogButtonBox)
    assert isinstance(buttons, QDialogButtonBox)
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: window.action("save").text() == "&Enregistrer")
