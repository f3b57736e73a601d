"""The embargo in the metadata panel: set by clicking and typing, said in plain words, one
undoable step, saved with the article and shown again on reopening; in French too."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt, QTimeZone
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDateTimeEdit
from pytestqt.qtbot import QtBot

from editor.app import i18n
from editor.app.embargo import UTC_NAMES, ZONES, EmbargoField, zone_said
from editor.app.main_window import MainWindow
from editor.model import storage
from editor.model.build import article, para, title
from tests.app.windows import bare_window

WINTER_PARIS = timezone(timedelta(hours=1))
UNTIL = datetime(2026, 12, 8, 6, 0, tzinfo=WINTER_PARIS)


def field_of(window: MainWindow) -> EmbargoField:
    window.inspector.show()
    return window.inspector.embargo


def set_by_hand(qtbot: QtBot, field: EmbargoField, typed: str, city: str) -> None:
    """Tick the box, type the date and time, choose the zone by its first letters."""
    qtbot.mouseClick(field.on, Qt.MouseButton.LeftButton)
    field.when.setFocus()
    field.when.setSelectedSection(QDateTimeEdit.Section.YearSection)  # as a click there does
    QTest.keyClicks(field.when, typed)
    QTest.keyClick(field.when, Qt.Key.Key_Return)
    field.zone.setFocus()
    QTest.keyClicks(field.zone, city)


def test_set_said_undone_and_redone(qtbot: QtBot, tmp_path: Path) -> None:
    window = bare_window(article(title("Budget"), para("P.")), language="en")
    field = field_of(window)
    assert window.document.article.meta.embargo is None
    assert field.said.text() == "No embargo: free to publish."
    set_by_hand(qtbot, field, "202612080600", "Paris")
    assert window.document.article.meta.embargo == UNTIL
    assert window.document.article.meta.embargo.utcoffset() == timedelta(hours=1)
    assert field.said.text() == "Embargoed until Tuesday 8 December 2026, 06:00 (Paris time)"
    assert window.document.undo_stack.undoText() == "Edit Embargo"
    window.document.undo_stack.undo()
    assert window.document.article.meta.embargo is not None  # the date typed, in another zone
    while window.document.article.meta.embargo is not None:
        window.document.undo_stack.undo()
    assert not field.on.isChecked()
    assert field.said.text() == "No embargo: free to publish."
    while window.document.undo_stack.canRedo():
        window.document.undo_stack.redo()
    assert field.on.isChecked() and window.document.article.meta.embargo == UNTIL


def test_summer_time_takes_the_summer_offset(qtbot: QtBot) -> None:
    window = bare_window(article(title("Budget")), language="en")
    set_by_hand(qtbot, field_of(window), "202607140600", "Paris")
    until = window.document.article.meta.embargo
    assert until is not None and until.utcoffset() == timedelta(hours=2)


def test_cleared_by_unticking(qtbot: QtBot) -> None:
    window = bare_window(article(title("Budget")).with_meta(embargo=UNTIL), language="en")
    field = field_of(window)
    assert field.on.isChecked()
    qtbot.mouseClick(field.on, Qt.MouseButton.LeftButton)
    assert window.document.article.meta.embargo is None
    assert field.said.text() == "No embargo: free to publish."


def test_saved_and_shown_again_on_reopening(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "budget.article"
    storage.save(article(title("Budget")), path)
    window = bare_window(storage.load(path), path, language="en")
    set_by_hand(qtbot, field_of(window), "202612080600", "Paris")
    assert window.save()
    assert '"embargo": "2026-12-08T06:00:00+01:00"' in path.read_text(encoding="utf-8")
    again = bare_window(storage.load(path), path, language="en")
    field = field_of(again)
    assert field.on.isChecked() and field.zone.currentData() == "Europe/Paris"
    assert field.when.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-12-08 06:00"
    assert field.said.text() == "Embargoed until Tuesday 8 December 2026, 06:00 (Paris time)"


def test_an_offset_no_offered_zone_has_is_said_as_such(qtbot: QtBot) -> None:
    odd = datetime(2026, 12, 8, 6, 0, tzinfo=timezone(timedelta(hours=5, minutes=45)))
    field = field_of(bare_window(article(title("T")).with_meta(embargo=odd), language="en"))
    assert field.said.text() == "Embargoed until Tuesday 8 December 2026, 06:00 (UTC+05:45)"


def test_said_in_french_and_again_in_english_after_a_switch(qtbot: QtBot) -> None:
    try:
        window = bare_window(article(title("Budget")).with_meta(embargo=UNTIL), language="fr")
        field = field_of(window)
        assert field.said.text() == (
            "Sous embargo jusqu’au mardi 8\u00a0décembre 2026 à 6\u00a0h\u00a000 (heure de Paris)"
        )
        assert field.on.text() == "Retenir jusqu’au"
    finally:
        i18n.install("en")
    english = "Embargoed until Tuesday 8 December 2026, 06:00 (Paris time)"
    qtbot.waitUntil(lambda: field.said.text() == english)  # the window hears of the switch


def test_a_zone_chosen_stays_chosen_when_another_has_the_same_clock(qtbot: QtBot) -> None:
    window = bare_window(article(title("Budget")), language="en")
    field = field_of(window)
    set_by_hand(qtbot, field, "202612080600", "Brussels")
    assert window.document.article.meta.embargo == UNTIL  # Paris and Brussels: one clock
    assert field.zone.currentData() == "Europe/Brussels"
    assert field.said.text() == "Embargoed until Tuesday 8 December 2026, 06:00 (Brussels time)"


@pytest.mark.parametrize(
    "setting", ["Europe/Brussels", ":America/Toronto", "Asia/Kolkata", ":/etc/localtime", ""]
)
def test_the_zones_start_with_the_computers_as_qt_names_it(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, setting: str
) -> None:
    """The field reads the computer's zone without asking Qt's zones at the start; it names
    the zone Qt names, first in the list and chosen, the newsrooms' zones after it."""
    monkeypatch.setenv("TZ", setting)
    named = bytes(QTimeZone.systemTimeZoneId().data()).decode()
    system = "UTC" if not named or named in UTC_NAMES else named
    field = EmbargoField()
    qtbot.addWidget(field)
    offered = [field.zone.itemData(row) for row in range(field.zone.count())]
    assert offered == list(dict.fromkeys([system, *ZONES]))
    assert field.zone.currentData() == system
    assert field.zone.currentText() == (zone_said(system) if system != "UTC" else "UTC")
    field.on.click()  # ticked: the coming hour, in that zone
    held = field.value()
    assert held is not None
    assert held.utcoffset() == ZoneInfo(system).utcoffset(held.replace(tzinfo=None))
