"""French that fits and reads right: the status bar and Preferences show their whole French
text, counts take their plural forms, and the catalogue follows the desk's typography."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
)
from pytestqt.qtbot import QtBot

from editor.app import i18n
from editor.app.application import Copydesk
from editor.app.main_window import MainWindow
from tests.app.interface_texts import TS, switch_to_french, troubled


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
