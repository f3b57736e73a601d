"""The interface in French, walked as a journalist meets it: no English word may be left.

The walk opens every menu, every dialog and message box the window can show (for real, offscreen),
does the edits whose names the Undo command shows, and reads the status bar; every text a widget
shows (labels, buttons, items, tooltips, status tips, accessible names) is collected. The English
words are those of the interface's English sources (the `.ts`) and of the messages the model and
the importers raise, less every word a French translation uses and a few names that are the
same in both languages.
"""

from __future__ import annotations

import ast
import json
import re
import socket
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtTest import QTest
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
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

from editor.app import conflicts, help, i18n, recovery, saving
from editor.app.application import Copydesk
from editor.app.main_window import MainWindow
from editor.app.versions_dialog import VersionsDialog
from editor.model import storage
from editor.model.article import Dateline
from editor.model.atomic import SaveError
from editor.model.build import article, para, quote, title
from tests.shared import PROJECT_ROOT, SAMPLE

TS = PROJECT_ROOT / "resources" / "i18n" / "copydesk_fr.ts"
RAISING = (PROJECT_ROOT / "editor" / "model", PROJECT_ROOT / "editor" / "formats")
ALLOWED = frozenset(
    """copydesk docx epub newsml nitf icml incopy indesign iptc xml zip json utf iso png jpeg
    svg html xhtml markdown word libreoffice hunspell enchant ctrl alt ok id g e english
    attribution copyright desk feuillets genre images message part slug structure
    suggestions""".split()
)
"""Names that read the same in French (the product, formats, programs, keys; English, the
language's own name in the language chooser) and words French shares with English."""
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


def walk_window(seen: Seen, window: MainWindow) -> None:
    seen.widget("window", window)
    for action in window.menuBar().actions():
        seen.action("menu bar", action)
    for item in window.surface.context_actions:
        if isinstance(item, QMenu):
            seen.menu("context menu", item)
        elif item is not None:
            seen.action("context menu", item)


def make_history(window: MainWindow) -> None:
    """A morning's edits, in English: each leaves a named step in the history."""
    surface = window.surface
    surface.setFocus()
    QTest.keyClicks(surface, "Mot ")
    cursor = surface.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.PreviousWord, QTextCursor.MoveMode.KeepAnchor)
    surface.setTextCursor(cursor)
    window.action("mark:em").trigger()
    for name in ("kind:standfirst", "insert_pullquote", "move_down", "move_up", "delete_block"):
        window.action(name).trigger()
    section = window.inspector.edits["section"]
    QTest.keyClicks(section, " / Livres")
    section.editingFinished.emit()
    window.gauge.chooser.activated.emit(0)
    assert window.save()  # the version it replaces is kept, for Versions to restore
    window.action("versions").trigger()
    versions = window.findChild(QDialog, "versionsDialog")
    assert isinstance(versions, VersionsDialog) and versions.list.topLevelItemCount() > 0
    versions.restore_button.click()
    steps = {window.document.undo_stack.text(i) for i in range(window.document.undo_stack.count())}
    assert {"Apply italic", "Edit Section", "Restore the version of"} <= {
        step.rpartition(" ")[0] if step.startswith("Restore") else step for step in steps
    }, steps
    guard = window.findChild(conflicts.Guard)
    assert guard is not None and window.document.path is not None
    guard.ask_reload(window.document.path)
    assert guard.prompt is not None
    reload = guard.prompt.findChild(QPushButton, "reload")
    assert reload is not None
    reload.click()


def switch_to_french(desk: Copydesk, window: MainWindow, qtbot: QtBot) -> None:
    """Through Edit → Preferences, as a journalist does."""
    window.action("preferences").trigger()
    dialog = desk.preferences
    dialog.ui_language.setCurrentIndex(dialog.ui_language.findData("fr"))
    buttons = dialog.findChild(QDialogButtonBox)
    assert isinstance(buttons, QDialogButtonBox)
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: window.action("save").text() == "&Enregistrer")


def walk_history(seen: Seen, window: MainWindow) -> None:
    """Every step's name, and Undo and Redo as they walk back and forth."""
    stack = window.document.undo_stack
    seen.add("history", *(stack.text(i) for i in range(stack.count())))
    while stack.canUndo():
        seen.undo_texts("walking back", window)
        window.action("undo").trigger()
    while stack.canRedo():
        seen.undo_texts("walking forward", window)
        window.action("redo").trigger()
    seen.undo_texts("walking forward", window)


def walk_status(seen: Seen, window: MainWindow) -> None:
    QTest.keyClicks(window.surface, "Mot ")
    seen.undo_texts("after typing", window)
    window.action("kind:standfirst").trigger()
    seen.undo_texts("after a change of kind", window)
    body = window.document.text.findBlockByNumber(1)  # the paragraph: it takes links
    window.surface.setTextCursor(QTextCursor(body))
    window.statusBar().clearMessage()
    window.action("link").trigger()
    assert window.statusBar().currentMessage()
    seen.status("a link with no words selected", window)
    assert window.save()
    seen.status("after saving", window)


def walk_dialogs(seen: Seen, desk: Copydesk, window: MainWindow, tmp_path: Path) -> None:
    window.action("preferences").trigger()
    seen.widget("preferences", desk.preferences)
    ok = desk.preferences.findChild(QDialogButtonBox)
    assert isinstance(ok, QDialogButtonBox)
    bad_map = tmp_path / "styles.json"
    bad_map.write_text('{"image": "Photo"}', encoding="utf-8")
    desk.preferences.style_map.setText(str(bad_map))
    ok.button(QDialogButtonBox.StandardButton.Ok).click()
    seen.add("preferences: a style map that cannot be used", desk.preferences.problem.text())
    desk.preferences.style_map.clear()
    (tmp_path / "gabarits").mkdir()
    (tmp_path / "gabarits" / "filet.json").write_text('{"target": 900, "colour": "red"}')
    desk.preferences.templates.setText(str(tmp_path / "gabarits"))
    ok.button(QDialogButtonBox.StandardButton.Ok).click()
    seen.add("preferences: a template that cannot be used", desk.preferences.problem.text())
    assert desk.preferences.isVisible()
    desk.preferences.reject()
    export_menu = window.findChild(QMenu, "exportMenu")
    assert export_menu is not None
    export_menu.actions()[0].trigger()
    dialog = window.export_dialog
    seen.widget("export", dialog)
    dialog.folder.setText(str(tmp_path))
    dialog.start()  # the check still finds problems: the warning says so first
    seen.widget("export warning", dialog.warning)
    dialog.warning.reject()
    dialog.reject()
    window.action("versions").trigger()
    versions = window.findChild(QDialog, "versionsDialog")
    assert versions is not None and versions.isVisible()
    seen.widget("versions", versions)
    versions.reject()
    window.action("replace").trigger()
    window.find_bar.find_field.setText("corps")
    window.find_bar.find_match(backwards=False)
    seen.widget("find bar, a match", window.find_bar)
    window.find_bar.find_field.setText("introuvable")
    window.find_bar.find_match(backwards=False)
    seen.widget("find bar, no match", window.find_bar)
    window.find_bar.hide()
    seen.widget("guide", help.show_guide(window))
    seen.widget("shortcut sheet", help.show_shortcuts(window))
    answer_next_box(seen, "about")
    window.action("help:about").trigger()


def walk_boxes(seen: Seen, desk: Copydesk, window: MainWindow, tmp_path: Path) -> None:
    """The message boxes a day's work can bring up, each opened for real."""
    path = window.document.path
    assert path is not None
    guard = window.findChild(conflicts.Guard)
    assert guard is not None
    guard.ask_reload(path)
    assert guard.prompt is not None
    seen.widget("changed on disk", guard.prompt)
    reload = guard.prompt.findChild(QPushButton, "reload")
    assert reload is not None
    reload.click()
    seen.undo_texts("after reloading in French", window)

    locked = tmp_path / "verrouillé.article"
    locked.write_bytes(SAMPLE.read_bytes())
    lock = {"user": "claire", "host": "poste-7." + socket.gethostname(), "pid": 4242,
            "time": "2026-05-04T09:30:00+00:00"}  # fmt: skip
    conflicts.lock_path(locked).write_text(json.dumps(lock), encoding="utf-8")
    answer_next_box(seen, "lock")
    assert desk.open(locked) is None

    try:
        storage.save(window.document.article, tmp_path / "disparu" / "copie.article")
    except SaveError as error:
        box = saving.failure_box(window, error)
        seen.widget("save failure", box)
        box.reject()

    for name, content in (
        ("cassé.article", b'{"format": "copydesk.article", "version": 1, "blocks": [}'),
        ("vide.article", b""),
        ("faux.docx", b"ceci n'est pas un document Word"),
        ("rien.xml", b"<html><p>pas un article</p></html>"),
    ):
        broken = tmp_path / name
        broken.write_bytes(content)
        answer_next_box(seen, f"opening {name}")
        assert desk.open(broken) is None

    wire = tmp_path / "dépêche.txt"
    wire.write_text(
        "PRIX DU PAIN\n\nLYON, 4 déc 2024 (AFP) - Les boulangers alertent.\n\nLa suite\n\nFin.",
        encoding="utf-8",
    )
    imported = desk.open(wire)
    assert imported is not None and imported.import_notes.isVisible()
    seen.widget("import notes", imported.import_notes)
    imported.import_notes.accept()
    imported.document.undo_stack.setClean()
    imported.close()

    answer_next_box(seen, "recovery")
    kept = recovery.Recovered(path, path, datetime(2026, 5, 4, 9, 30), window.document.article)
    assert recovery.ask(kept, window) == "later"


def walk_closing(seen: Seen, window: MainWindow) -> None:
    QTest.keyClicks(window.surface, "Encore ")
    answer_next_box(seen, "closing with unsaved changes")
    window.close()
    assert window.isVisible()


def test_the_french_interface_shows_no_english(
    desk: Copydesk, qtbot: QtBot, tmp_path: Path
) -> None:
    """The morning in English, the rest of the day in French."""
    i18n.install("en")
    window = desk.open(troubled(tmp_path))
    assert window is not None
    make_history(window)
    switch_to_french(desk, window, qtbot)
    window.check_dock.refresh()
    seen = Seen()
    seen.status("just after the switch (a save was the last thing said)", window)
    walk_window(seen, window)
    walk_history(seen, window)
    walk_status(seen, window)
    walk_dialogs(seen, desk, window, tmp_path)
    walk_boxes(seen, desk, window, tmp_path)
    walk_closing(seen, window)
    walk_window(seen, window)
    assert len(seen.texts) > 500  # the walk saw the interface, not an empty window
    assert seen.english() == [], "\n".join(seen.english())
    assert seen.unmade_plurals() == []


def test_the_english_list_knows_the_words_of_the_leftovers(qapp: QApplication) -> None:
    vocabulary = english_words()
    assert {"reload", "broken", "empty", "folder", "the", "of"} <= vocabulary
    assert not {"article", "exergue", "signes", "rubrique", "docx"} & vocabulary


def cut_off(window: MainWindow) -> list[str]:
    """The status bar's texts that do not fit the room their widget has."""
    too_narrow = []
    for label in window.statusBar().findChildren(QLabel):
        room = label.contentsRect().width()
        if label.isVisible() and room < label.fontMetrics().horizontalAdvance(label.text()):
            too_narrow.append(f"{label.text()!r}: {room}px")
    for box in window.statusBar().findChildren(QComboBox):
        option = QStyleOptionComboBox()
        box.initStyleOption(option)
        field = box.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, box
        )
        for row in range(box.count()):
            text = box.itemText(row)
            if box.isVisible() and field.width() < box.fontMetrics().horizontalAdvance(text):
                too_narrow.append(f"{text!r}: {field.width()}px")
    return too_narrow


@pytest.mark.parametrize("first", ["fr", "en"])
def test_the_status_bar_fits_its_french_text(
    desk: Copydesk, qtbot: QtBot, tmp_path: Path, first: str
) -> None:
    """French from the start, or chosen in Preferences once the window is open."""
    i18n.install(first)
    window = desk.open(troubled(tmp_path))
    assert window is not None
    if first != "fr":
        switch_to_french(desk, window, qtbot)
    qtbot.waitUntil(lambda: window.gauge.chooser.itemText(0) == "Sans calibrage")
    window.gauge.chooser.setCurrentIndex(0)
    QApplication.processEvents()
    assert window.gauge.label.isVisible() and window.article_counts.isVisible()
    assert cut_off(window) == []


def french_translations() -> list[tuple[str, str]]:
    """Every source of the French catalogue with each of its translations (plural forms too)."""
    found = []
    for message in ET.parse(TS).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("vanished", "obsolete"):
            continue
        forms = translation.findall("numerusform") or [translation]
        found += [(message.findtext("source") or "", form.text or "") for form in forms]
    return found


TYPOGRAPHY = {
    "a plain space before : (a no-break space)": re.compile(r" :"),
    "a plain space before ; ? ! (a narrow no-break space)": re.compile(r" [;?!]"),
    "a plain space inside « » (a no-break space)": re.compile(r"« | »"),
    "a straight apostrophe (’)": re.compile(r"\w'\w"),
    "“(s)” (a plural with %n)": re.compile(r"\(s\)"),
    "exergue in the feminine (un exergue)": re.compile(
        r"\b(une|la|cette|nouvelle|absente|seule) exergue|exergue (absente|citée|vide)\b", re.I
    ),
}
"""The desk's French: no-break spaces where French puts a space, ’, plurals, genders."""


def test_the_french_catalogue_follows_newsroom_typography(qapp: QApplication) -> None:
    wrong = [
        f"{rule}: {translation!r}"
        for _source, translation in french_translations()
        for rule, pattern in TYPOGRAPHY.items()
        if pattern.search(translation)
    ]
    assert wrong == []
    said = dict(french_translations())
    exergue = said["The pull quote is not found in the body: an exergue repeats the copy"]
    assert "un exergue reprend mot pour mot une phrase de l’article" in exergue


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("fr", "Sélection\u00a0: 1 mot · 3 signes · 0,0 feuillet"),
        ("en", "Selection: 1 word · 3 signes · 0.0 feuillets"),
    ],
)
def test_the_counts_take_their_plural_forms(
    desk: Copydesk, qtbot: QtBot, language: str, said: str
) -> None:
    i18n.install(language)
    window = desk.new()
    QTest.keyClicks(window.surface, "Mot")
    cursor = window.surface.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.PreviousWord, QTextCursor.MoveMode.KeepAnchor)
    window.surface.setTextCursor(cursor)
    qtbot.waitUntil(lambda: window.selection_counts.text() == said)


def test_preferences_show_the_whole_french_problem(
    desk: Copydesk, qtbot: QtBot, tmp_path: Path
) -> None:
    """A long reason (a style map's unknown role, with every role named) is read in full."""
    i18n.install("fr")
    window = desk.new()
    window.action("preferences").trigger()
    dialog = desk.preferences
    qtbot.waitExposed(dialog)
    bad_map = tmp_path / "styles.json"
    bad_map.write_text('{"image": "Photo"}', encoding="utf-8")
    dialog.style_map.setText(str(bad_map))
    buttons = dialog.findChild(QDialogButtonBox)
    assert isinstance(buttons, QDialogButtonBox)
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    QApplication.processEvents()
    problem = dialog.problem
    assert "rôle inconnu" in problem.text() and dialog.isVisible()
    assert problem.height() >= problem.heightForWidth(problem.width())
    above = dialog.spelling.geometry().bottom()
    assert problem.geometry().top() > above  # not drawn over the row before it
    dialog.reject()
