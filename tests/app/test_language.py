"""Choosing the interface language in Preferences changes the windows already open, at once."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QToolBar
from pytestqt.qtbot import QtBot

from editor.app.application import Copydesk
from editor.app.document import Document
from editor.app.main_window import MainWindow
from editor.app.preferences import Preferences
from editor.model import storage
from tests.shared import SAMPLE


def choose_language(desk: Copydesk, window: MainWindow, code: str) -> None:
    """Through the real dialog: Edit → Preferences, pick the language, OK."""
    window.action("preferences").trigger()
    dialog = desk.preferences
    assert isinstance(dialog, Preferences)
    dialog.ui_language.setCurrentIndex(dialog.ui_language.findData(code))
    buttons = dialog.findChild(QDialogButtonBox)
    assert isinstance(buttons, QDialogButtonBox)
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible()


def menu_titles(window: MainWindow) -> set[str]:
    return {a.text() for a in window.menuBar().actions()}


def test_switching_language_retranslates_the_open_window(qtbot: QtBot, desk: Copydesk) -> None:
    window = desk.open(SAMPLE)
    assert window is not None
    bare = MainWindow(Document(storage.load(SAMPLE)), opener=lambda _path: None)
    qtbot.addWidget(bare)  # a window made without the application: fewer commands
    assert {"&File", "&Edit", "&Help"} <= menu_titles(window)
    assert window.action("save").text() == "&Save"

    choose_language(desk, window, "fr")
    qtbot.waitUntil(lambda: "&Fichier" in menu_titles(window))
    assert {"&Fichier", "É&dition", "&Aide", "&Outils", "&Affichage"} <= menu_titles(window)
    assert "&Fichier" in menu_titles(bare)
    save = window.action("save")
    assert save.text() == "&Enregistrer"
    assert save.toolTip().startswith("Enregistrer l’article")
    assert save.iconText() == "Enregistrer"  # the name screen readers and the toolbar use
    assert window.action("new").text() != "&New"
    assert window.action("mark:em").toolTip().startswith("Italique")
    assert window.action("undo").text().startswith("&Annuler")
    toolbar = window.findChild(QToolBar, "formatting")
    assert isinstance(toolbar, QToolBar) and toolbar.windowTitle() == "Mise en forme"
    labels = {label.text() for label in window.inspector.findChildren(QLabel)}
    assert {"Rubrique", "Auteurs"} <= labels, labels
    assert window.inspector.windowTitle() == "Métadonnées"
    assert window.inspector.status.itemText(0) == "Brouillon"
    assert window.inspector.edits["section"].accessibleName() == "Rubrique"
    assert window.outline.windowTitle() == "Plan"
    assert "Article :" in window.article_counts.text() or "mots" in window.article_counts.text()
    assert window.find_bar.next_button.text() == "Suivant"
    assert window.spelling.action.text() == "Vérifier l’&orthographe à la frappe"
    assert window.grammar.action.text() == "Vérifier la &grammaire à la frappe"
    assert window.autotype.action.text() == "&Typographie à la frappe"

    choose_language(desk, window, "en")
    qtbot.waitUntil(lambda: "&File" in menu_titles(window))
    assert window.action("save").text() == "&Save"
    assert window.inspector.windowTitle() == "Metadata"
    assert window.inspector.status.itemText(0) == "Draft"
