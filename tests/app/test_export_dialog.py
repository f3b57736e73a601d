"""File → Export, driven through the dialog: every format written, each one valid."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from editor.app import i18n
from editor.app.application import Copydesk
from editor.app.export_dialog import ExportDialog, default_folder
from editor.app.main_window import MainWindow
from editor.app.settings import Settings
from editor.app.window_parts import open_export
from editor.model import storage
from tests.formats import epubcheck
from tests.formats.newsml_validation import check_item
from tests.shared import SAMPLE


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


def run_export(qtbot: QtBot, dialog: ExportDialog) -> bool:
    with qtbot.waitSignal(dialog.finished_export, timeout=120_000) as finished:
        dialog.export_button.click()
    return bool(finished.args and finished.args[0])


def test_export_all_formats_through_the_dialog(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.action("export:all").trigger()
    dialog = window.export_dialog
    assert all(box.isChecked() for box in dialog.checks.values())
    out = tmp_path / "out"
    dialog.folder.setText(str(out))
    dialog.provider.setText("Le Progrès")
    assert run_export(qtbot, dialog)
    names = {p.name for p in out.iterdir()}
    assert {"croix-rousse.docx", "croix-rousse.epub", "croix-rousse.newsml.xml"} <= names
    result = window.findChild(QMessageBox, "exportResult")
    assert result is not None and "croix-rousse.epub" in result.text()
    assert any(b.text() == "Open Folder" for b in result.buttons())
    result.close()
    read = docx.Document(str(out / "croix-rousse.docx"))
    title = window.document.article.title
    assert any(p.text == title for p in read.paragraphs)
    check_item(out / "croix-rousse.newsml.xml")
    assert epubcheck.problems(out / "croix-rousse.epub") == []
    guid = window.document.article.meta.guid
    assert guid.startswith("urn:newsml:") and window.document.dirty
    assert guid.encode() in (out / "croix-rousse.newsml.xml").read_bytes()


def test_a_failed_export_says_why_and_leaves_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", "utf-8")
    dialog = open_export(window, ("docx",))
    dialog.folder.setText(str(blocker / "inside"))
    assert not run_export(qtbot, dialog)
    failure = window.findChild(QMessageBox, "exportFailure")
    assert failure is not None and "a-file" in failure.text()
    failure.close()
    assert blocker.read_text("utf-8") == "not a folder"


def test_options_are_checked_before_export(window: MainWindow) -> None:
    dialog = open_export(window, ("newsml",))
    dialog.embargo.setText("2025-01-10T06:00:00")
    assert not dialog.export_button.isEnabled() and "offset" in dialog.problem.text()
    dialog.embargo.setText("2025-01-10T06:00:00+01:00")
    assert dialog.export_button.isEnabled()
    dialog.checks["newsml"].setChecked(False)
    assert not dialog.export_button.isEnabled()
    dialog.close()


def test_the_destination_is_beside_the_article_unless_that_folder_cannot_take_files(
    tmp_path: Path,
) -> None:
    assert default_folder(tmp_path / "piece.article") == tmp_path
    gone = tmp_path / "unmounted" / "piece.article"  # a drive gone since the article opened
    elsewhere = default_folder(gone)
    assert elsewhere != gone.parent and elsewhere.is_dir()
    assert default_folder(None) == elsewhere  # an unsaved article: the user's documents


def test_the_result_lists_every_file_written_pictures_too(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = open_export(window, ("newsml", "icml"))
    out = tmp_path / "wire"
    dialog.folder.setText(str(out))
    assert run_export(qtbot, dialog)
    result = window.findChild(QMessageBox, "exportResult")
    assert result is not None
    listed = result.text().splitlines()[1:]
    assert sorted(listed) == sorted(p.name for p in out.iterdir())
    assert "croix-rousse-1.png" in listed
    assert sorted(dialog.written) == sorted(str(p) for p in out.iterdir())
    result.close()


def test_reader_formats_wait_for_the_review_and_docx_carries_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from tests.model.test_review import desk_edit

    source = tmp_path / "sommet.article"
    storage.save(desk_edit(), source)
    i18n.install("en")  # as the application does: English, with its plural forms
    desk = Copydesk(settings=Settings(tmp_path / "settings.ini"))
    window = desk.open(source)
    assert window is not None
    dialog = open_export(window, ("docx", "epub"))
    out = tmp_path / "out"
    dialog.folder.setText(str(out))
    assert not dialog.export_button.isEnabled()
    assert dialog.problem.text().startswith("4 suggestions not yet accepted or rejected")
    dialog.checks["epub"].setChecked(False)
    assert dialog.export_button.isEnabled() and not dialog.problem.text()
    dialog.export_button.click()  # the check still finds the pending suggestions: it says so
    qtbot.waitUntil(lambda: dialog.warning is not None and dialog.warning.isVisible())
    warning = dialog.warning
    assert "Review (suggestions, comments): 1" in warning.informativeText()
    anyway = warning.findChild(QPushButton, "exportAnyway")
    with qtbot.waitSignal(dialog.finished_export, timeout=120_000) as finished:
        anyway.click()
    assert finished.args == [True]
    assert [p.name for p in out.iterdir()] == ["sommet.docx"]
    read = docx.Document(str(out / "sommet.docx"))
    assert read.paragraphs[1].text == "Les ministres  à Bruxelles."  # the deleted text is delText
    window.document.undo_stack.setClean()
    window.close()


def test_export_ninjs_for_superdesk_through_the_dialog(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    import json

    from tests.formats.ninjs_validation import errors_superdesk

    window.action("export:ninjs").trigger()
    dialog = window.export_dialog
    assert [name for name, box in dialog.checks.items() if box.isChecked()] == ["ninjs"]
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.flavour.setCurrentIndex(dialog.flavour.findData("superdesk"))
    dialog.embargo.setText("2025-02-02T06:00:00+01:00")
    assert run_export(qtbot, dialog)
    message = window.findChild(QMessageBox, "exportResult")
    assert message is not None
    message.close()
    document = json.loads((tmp_path / "out" / "croix-rousse.ninjs.json").read_text("utf-8"))
    assert errors_superdesk(document) == []
    assert document["embargoed"] == "2025-02-02T05:00:00Z"
    assert document["guid"] == window.document.article.meta.guid
