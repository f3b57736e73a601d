"""Exporting with problems left: a warning that says how many and of what kind, never a block."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from editor.app.application import Copydesk
from editor.app.main_window import MainWindow
from editor.app.settings import Settings
from editor.model import storage
from editor.model.build import article, kicker, para, standfirst, title


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    source = tmp_path / "maire.article"
    draft = article(
        kicker("Lyon"),
        title("Le maire répond"),
        standfirst("Un chapeau de deux lignes."),
        para("Le maire TK a promis de venir."),
        meta=dict(language="fr", section=("Lyon",), authors=("Camille Roux",)),
    )
    storage.save(draft, source)
    desk = Copydesk(settings=Settings(tmp_path / "settings.ini"))
    shown = desk.open(source)
    assert shown is not None
    qtbot.waitExposed(shown)
    yield shown
    shown.document.undo_stack.setClean()
    shown.close()


def warning_after_export(qtbot: QtBot, window: MainWindow, out: Path) -> QMessageBox:
    window.action("export:docx").trigger()
    dialog = window.export_dialog
    dialog.folder.setText(str(out))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.warning is not None and dialog.warning.isVisible())
    warning = dialog.warning
    assert warning is not None
    return warning


def button(box: QMessageBox, name: str) -> QPushButton:
    found = box.findChild(QPushButton, name)
    assert isinstance(found, QPushButton)
    return found


def test_a_placeholder_warns_and_export_anyway_writes(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    warning = warning_after_export(qtbot, window, out)
    assert "1" in warning.text()
    assert "Placeholders (TK, XXX…): 1" in warning.informativeText()
    assert "TK" in warning.detailedText()
    assert not out.exists()  # nothing written while the question is open
    dialog = window.export_dialog
    with qtbot.waitSignal(dialog.finished_export, timeout=60_000) as finished:
        button(warning, "exportAnyway").click()
    assert finished.args == [True]
    assert (out / "maire.docx").is_file()


def test_show_problems_opens_the_check_panel_and_writes_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.check_dock.hide()
    out = tmp_path / "out"
    warning = warning_after_export(qtbot, window, out)
    button(warning, "showProblems").click()
    qtbot.waitUntil(window.check_dock.isVisible)
    assert not window.export_dialog.isVisible()
    # the check runs off the window's thread: the list lands a moment later
    qtbot.waitUntil(lambda: window.check_dock.ready and not window.check_dock.stale)
    assert any("TK" in p.message for p in window.check_dock.problems)
    assert window.check_dock.list.currentRow() == 0
    assert not out.exists()


def test_escape_cancels_leaves_the_dialog_open_and_writes_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    warning = warning_after_export(qtbot, window, out)
    assert warning.defaultButton() is button(warning, "exportAnyway")  # Enter exports
    QTest.keyClick(warning, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not warning.isVisible())
    assert window.export_dialog.isVisible()
    assert not out.exists()
