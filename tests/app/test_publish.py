"""File → Publish and Preferences → Publish Destinations, driven through the real window:
destinations typed in, a piece sent to a watched folder and to a real HTTP endpoint, the
log kept with the article, the warning before sending the same version again, a failure
that changes nothing."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDateTimeEdit, QMessageBox
from pytestqt.qtbot import QtBot

from editor.app import i18n, publish_text
from editor.app.application import Copydesk
from editor.app.destinations_dialog import DestinationsDialog
from editor.app.embargo import EmbargoField
from editor.app.main_window import MainWindow
from editor.app.preferences import Preferences
from editor.app.publish_dialog import PublishDialog
from editor.app.settings import Settings
from editor.cli import main
from editor.model import storage
from editor.publish import destinations
from editor.publish.command import SAYINGS
from editor.publish.destinations import Destination
from editor.publish.log import publications
from editor.publish.send import REASONS
from tests.formats.ninjs_validation import errors_31
from tests.publish.servers import http_endpoint
from tests.shared import SAMPLE, small_disk


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    source = tmp_path / "article" / "croix-rousse.article"
    source.parent.mkdir()
    storage.save(storage.load(SAMPLE).with_meta(guid=""), source)
    desk = Copydesk(settings=Settings(tmp_path / "settings.ini"))
    shown = desk.open(source)
    assert shown is not None
    yield shown
    shown.document.undo_stack.setClean()
    shown.close()


def run(qtbot: QtBot, dialog: PublishDialog) -> bool:
    with qtbot.waitSignal(dialog.finished_publish, timeout=120_000) as finished:
        dialog.publish_button.click()
    return bool(finished.args and finished.args[0])


def set_embargo(qtbot: QtBot, field: EmbargoField, wall: str, zone: str) -> None:
    """Tick, type the date and time, choose the zone: as a journalist sets it."""
    if not field.on.isChecked():
        qtbot.mouseClick(field.on, Qt.MouseButton.LeftButton)
    field.when.setFocus()
    field.when.setSelectedSection(QDateTimeEdit.Section.YearSection)  # as a click there does
    QTest.keyClicks(field.when, wall)
    field.zone.setFocus()
    QTest.keyClicks(field.zone, zone)


def message(window: MainWindow, name: str) -> QMessageBox:
    box = window.findChild(QMessageBox, name)
    assert isinstance(box, QMessageBox)
    return box


def test_a_destination_typed_in_preferences_is_kept_for_the_command_line_too(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    assert window.settings is not None
    preferences = Preferences(window.settings, window)
    preferences.show()
    qtbot.mouseClick(preferences.destinations, Qt.MouseButton.LeftButton)
    editor = preferences.destinations_dialog
    assert isinstance(editor, DestinationsDialog) and editor.isVisible()
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    editor.name.clear()
    qtbot.keyClicks(editor.name, "Web desk")
    qtbot.keyClicks(editor.address, "gopher://desk/")
    editor.formats["superdesk"].setChecked(True)
    editor.store()
    assert "not a way to publish" in editor.problem.text()  # said, the dialog kept open
    assert not (tmp_path / "destinations.json").exists()
    editor.address.clear()
    qtbot.keyClicks(editor.address, str(tmp_path / "drop"))
    editor.store()
    assert editor.result() == 1
    saved = destinations.load(tmp_path / "destinations.json")
    assert saved == [Destination("Web desk", str(tmp_path / "drop"), ("ninjs", "superdesk"))]
    preferences.close()


def test_publish_to_a_watched_folder_logs_it_and_warns_before_the_same_again(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    destinations.save(
        [Destination("Web", str(drop), ("ninjs", "newsml"))], tmp_path / "destinations.json"
    )
    window.commands["publish"].trigger()
    dialog = window.publish_dialog
    assert dialog.destination.currentText() == "Web"
    set_embargo(qtbot, dialog.embargo, "202502020600", "Paris")
    said = dialog.embargo.said.text()
    assert said == "Embargoed until Sunday 2 February 2025, 06:00 (Paris time)"
    assert "every format" in dialog.embargo_said.text()
    assert window.document.article.meta.embargo == datetime(
        2025, 2, 2, 6, 0, tzinfo=timezone(timedelta(hours=1))
    )  # the article's metadata, edited from the dialog
    assert window.inspector.embargo.said.text() == said
    assert run(qtbot, dialog)
    message(window, "publishResult").close()
    document = json.loads((drop / "croix-rousse.ninjs.json").read_text(encoding="utf-8"))
    assert errors_31(document) == []
    assert document["embargoedUntil"] == "2025-02-02T05:00:00Z"
    assert (
        b"<embargoed>2025-02-02T06:00:00+01:00</embargoed>"
        in (drop / "croix-rousse.newsml.xml").read_bytes()
    )
    article = window.document.article
    assert [(p.destination, p.format) for p in publications(article)] == [
        ("Web", "ninjs"),
        ("Web", "newsml"),
    ]
    assert document["uri"] == article.meta.guid
    path = window.document.path
    assert path is not None
    assert window.document.dirty  # the embargo set in the dialog is an edit not saved yet
    assert publications(storage.load(path)) == []
    assert window.save()
    kept = storage.load(path)  # the log is kept with the article, saved with it
    assert len(publications(kept)) == 2 and kept.meta.guid == article.meta.guid
    assert kept.meta.embargo == article.meta.embargo

    for name in ("croix-rousse.ninjs.json", "croix-rousse.newsml.xml"):
        (drop / name).unlink()
    window.commands["publish"].trigger()
    again = window.publish_dialog
    assert again.log.count() == 2
    again.publish_button.click()
    warning = message(again, "publishAgain")
    assert "already sent to Web" in warning.text()
    warning.button(QMessageBox.StandardButton.No).click()
    assert not (drop / "croix-rousse.ninjs.json").exists()
    with qtbot.waitSignal(again.finished_publish, timeout=120_000):
        again.publish_button.click()
        message(again, "publishAgain").button(QMessageBox.StandardButton.Yes).click()
    assert (drop / "croix-rousse.ninjs.json").exists()
    assert len(publications(window.document.article)) == 4


def test_a_refused_login_says_so_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    with http_endpoint() as endpoint:
        file = tmp_path / "destinations.json"
        destinations.save([Destination("CMS", endpoint.url(password="wrong"), ("ninjs",))], file)
        before = window.document.article
        window.commands["publish"].trigger()
        dialog = window.publish_dialog
        assert not run(qtbot, dialog)
    failure = message(window, "publishFailure")
    assert "CMS" in failure.text() and "refused the user name or password" in failure.text()
    failure.close()
    assert endpoint.received == {}
    assert window.document.article == before
    assert dialog.isVisible() and dialog.publish_button.isEnabled()


def test_without_destinations_the_dialog_says_where_to_add_one(window: MainWindow) -> None:
    window.commands["publish"].trigger()
    dialog = window.publish_dialog
    assert "Destinations…" in dialog.where.text()
    assert not dialog.publish_button.isEnabled()


def test_the_window_words_every_reason_and_problem() -> None:
    assert set(publish_text.DELIVERY) == set(REASONS)
    assert set(publish_text.PROBLEMS) == set(destinations.PROBLEMS)
    assert set(publish_text.COMMAND) == set(SAYINGS)


def test_copydesk_publish_speaks_french_when_asked(
    window: MainWindow, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--language fr` borrows the window's sentences (Qt's core library only)."""
    path = window.document.path
    assert path is not None
    try:
        with http_endpoint() as endpoint:
            url = endpoint.url(password="x")
            assert main(["publish", str(path), "--to", url, "--language", "fr"]) == 1
    finally:
        i18n.install("en")
    said = capsys.readouterr().err
    assert "non publié\u00a0:" in said
    assert "le serveur a refusé le nom d’utilisateur ou le mot de passe" in said


def test_a_failure_is_said_in_french_in_a_french_window(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    i18n.install("fr")
    try:
        with http_endpoint() as endpoint:
            file = tmp_path / "destinations.json"
            destinations.save([Destination("CMS", endpoint.url(password="x"), ("ninjs",))], file)
            window.commands["publish"].trigger()
            assert not run(qtbot, window.publish_dialog)
        failure = message(window, "publishFailure")
        assert "Non envoyé à CMS" in failure.text()
        assert "refusé le nom d’utilisateur ou le mot de passe" in failure.text()
        failure.close()
    finally:
        i18n.install("en")


def test_the_dialog_keeps_an_embargo_that_has_not_lifted(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    destinations.save([Destination("Web", str(drop), ("ninjs",))], tmp_path / "destinations.json")
    until = (datetime.now(UTC) + timedelta(hours=5)).replace(microsecond=0)
    window.commands["publish"].trigger()
    first = window.publish_dialog
    assert first.embargo_time() is None
    wall = until.astimezone(UTC).strftime("%Y%m%d%H%M")
    set_embargo(qtbot, first.embargo, wall, "UTC")
    assert run(qtbot, first)
    message(window, "publishResult").close()
    window.document.change_meta(lambda: "Lift", embargo=None)  # e.g. undone in the panel
    window.commands["publish"].trigger()
    second = window.publish_dialog
    assert second.embargo_time() == until.replace(second=0)
    assert "Kept from the last sending" in second.embargo_said.text()
    qtbot.mouseClick(second.embargo.on, Qt.MouseButton.LeftButton)  # lifted, for this one
    assert second.embargo_time() is None
    assert "No embargo" in second.embargo_said.text()


def test_pulling_a_story_sent_before_is_not_taken_for_a_repeat(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    destinations.save([Destination("Web", str(drop), ("ninjs",))], tmp_path / "destinations.json")
    window.commands["publish"].trigger()
    assert run(qtbot, window.publish_dialog)
    message(window, "publishResult").close()
    window.commands["publish"].trigger()
    pull = window.publish_dialog
    pull.status.setCurrentIndex(pull.status.findData("canceled"))
    assert run(qtbot, pull)  # no "already sent" question: a kill notice is news
    message(window, "publishResult").close()
    document = json.loads((drop / "croix-rousse.ninjs.json").read_text(encoding="utf-8"))
    assert document["pubStatus"] == "canceled"
    assert [p.status for p in publications(window.document.article)] == ["usable", "canceled"]
    window.commands["publish"].trigger()
    assert "(Canceled)" in window.publish_dialog.log.item(0).text()


def test_the_publish_dialogs_show_no_english_in_french(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from tests.app.interface_texts import Seen

    drop = tmp_path / "drop"
    drop.mkdir()
    file = tmp_path / "destinations.json"
    destinations.save([Destination("Desk web", str(drop), ("ninjs", "newsml"))], file)
    seen = Seen()
    i18n.install("fr")
    try:
        window.commands["publish"].trigger()
        dialog = window.publish_dialog
        set_embargo(qtbot, dialog.embargo, "203102020600", "P")
        assert run(qtbot, dialog)
        seen.widget("published", message(window, "publishResult"))
        message(window, "publishResult").close()
        window.commands["publish"].trigger()
        again = window.publish_dialog
        seen.widget("publish", again)
        again.publish_button.click()
        seen.widget("again?", message(again, "publishAgain"))
        message(again, "publishAgain").button(QMessageBox.StandardButton.No).click()
        editor = DestinationsDialog(file, again)
        editor.show()
        seen.widget("destinations", editor)
        editor.reject()
        seen.action("menu", window.commands["publish"])
    finally:
        i18n.install("en")
    assert len(seen.texts) > 30  # the dialogs were seen, not empty windows
    assert seen.english() == [], "\n".join(seen.english())
    assert seen.unmade_plurals() == []


def test_publishing_to_a_full_watched_folder_from_the_window(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """A real 64 KB disk as the watched folder, other files leaving too little room for the
    piece: the message names the folder and says there is no space; nothing is left there."""
    path = window.document.path
    assert path is not None
    on_disk = path.read_bytes()
    with small_disk(tmp_path / "drop", "64k") as drop:
        room = os.statvfs(drop)
        (drop / "earlier.bin").write_bytes(b"\0" * (room.f_bavail * room.f_frsize - 8192))
        destinations.save(
            [Destination("Web", str(drop), ("ninjs", "newsml"))], tmp_path / "destinations.json"
        )
        window.commands["publish"].trigger()
        assert not run(qtbot, window.publish_dialog)
        failure = message(window, "publishFailure")
        assert str(drop) in failure.text() and "no space left on the disk" in failure.text()
        failure.close()
        assert sorted(p.name for p in drop.iterdir()) == ["earlier.bin"]
    assert publications(window.document.article) == []
    assert path.read_bytes() == on_disk
