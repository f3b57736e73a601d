"""Starting Copydesk: the start screen instead of the installed sample, a bad file that leaves
the app open offering what can be saved, and New from Sample that never writes the sample."""

from __future__ import annotations

import gc
import os
import shutil
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from editor.app import i18n
from editor.app.application import Copydesk, FileOpener, launch, run
from editor.app.autosave import AppData, Autosave
from editor.app.main_window import MainWindow
from editor.app.settings import Settings
from editor.app.start_screen import StartScreen
from editor.app.versions import Backups
from editor.model import storage
from editor.model.build import article, para, title
from tests.shared import SAMPLE

BROKEN = '{"format": "copydesk.article", "version": 1, "blocks": ['


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Copydesk]:
    shown = Copydesk(settings=Settings(tmp_path / "s.ini"), data=AppData(tmp_path / "data"))
    yield shown
    for window in list(shown.windows):
        window.document.undo_stack.setClean()
        window.close()
    if shown.start_screen is not None:
        shown.start_screen.close()


@pytest.fixture
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Iterator[None]:
    """`run` as the user starts it, with settings and app data of its own, its crash hook
    and file-open filter taken away afterwards."""
    monkeypatch.setenv("COPYDESK_SETTINGS", str(tmp_path / "run.ini"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    yield
    QApplication.processEvents()  # the run's quit, posted, must not end a later test's dialog
    for opener in qapp.findChildren(FileOpener):
        qapp.removeEventFilter(opener)
        opener.deleteLater()
    i18n.install("en")


def _shown() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def _inside_the_event_loop(seen: list[str]) -> None:
    """Once the app runs: answer a message box (noting its text), note what is on screen,
    then close it all, which ends the run."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(f"message: {box.text()}")
            box.reject()
            QTimer.singleShot(10, look)
            return
        shown = _shown()
        for widget in shown:
            if isinstance(widget, MainWindow):
                seen.append(f"window: {widget.document.path}")
                widget.document.undo_stack.setClean()
            else:
                seen.append(f"shown: {widget.objectName()}")
            widget.close()  # the last window closed ends the run
        if not shown:
            QApplication.quit()

    QTimer.singleShot(50, look)


def test_copydesk_without_a_file_shows_the_start_screen_not_the_sample(isolated: None) -> None:
    seen: list[str] = []
    _inside_the_event_loop(seen)
    assert run(None) == 0
    assert seen == ["shown: startScreen"]


def test_a_bad_file_at_start_is_told_and_the_app_stays_open(isolated: None, tmp_path: Path) -> None:
    broken = tmp_path / "casse.article"
    broken.write_text(BROKEN, "utf-8")
    seen: list[str] = []
    _inside_the_event_loop(seen)
    assert run(broken) == 0
    assert len(seen) == 2
    assert seen[0].startswith("message: ") and "casse.article" in seen[0]
    assert seen[1] == "shown: startScreen"


def test_a_refused_import_leaves_the_start_screen(desk: Copydesk, tmp_path: Path) -> None:
    bad = tmp_path / "depeche.docx"
    bad.write_bytes(b"not a zip")
    seen: list[str] = []
    _answer_box(seen, "close")
    shown = launch(desk, bad, offer=False)
    assert isinstance(shown, StartScreen) and shown.isVisible()
    assert len(seen) == 1 and "depeche.docx" in seen[0] and desk.windows == []


def _answer_box(seen: list[str], button: str) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == "cannotOpenBox":
            seen.append(f"{box.text()} {box.informativeText()}")
            found = box.findChild(QPushButton, button)
            assert found is not None
            found.click()
        else:
            QTimer.singleShot(10, click)

    QTimer.singleShot(10, click)


def test_a_broken_article_offers_its_earlier_version_and_saving_keeps_the_damage(
    desk: Copydesk, tmp_path: Path, qtbot: QtBot
) -> None:
    path = tmp_path / "conseil.article"
    storage.save(article(title("Le conseil vote"), para("Version de ce matin.")), path)
    Backups(desk.data.backups).keep(path, 10)
    path.write_text(BROKEN, "utf-8")  # a crash mid-copy, a bad sync…
    seen: list[str] = []
    _answer_box(seen, "earlierVersion")
    window = desk.open(path)
    assert isinstance(window, MainWindow)
    assert "conseil.article" in seen[0] and "Versions" in seen[0]
    assert [b.plain_text for b in window.document.article.blocks] == [
        "Le conseil vote",
        "Version de ce matin.",
    ]
    assert window.document.path == path and window.document.dirty
    assert window.save()
    assert storage.load(path).title == "Le conseil vote"
    damaged = Backups(desk.data.backups).versions(path)[0]
    assert damaged.file.read_text("utf-8") == BROKEN  # kept, in case


def test_a_broken_article_offers_its_recovery_copy(
    desk: Copydesk, tmp_path: Path, qtbot: QtBot
) -> None:
    path = tmp_path / "conseil.article"
    storage.save(article(title("Le conseil vote"), para("Saisie perdue")), path)
    first = desk.open(path)
    assert first is not None
    QTest.keyClicks(first.surface, "Encore ")
    keeper = first.document.findChild(Autosave)
    assert keeper is not None
    keeper.flush()
    recovery_file = keeper.file
    copy = recovery_file.read_bytes()
    first.document.undo_stack.setClean()  # as a killed process leaves its copy
    first.close()
    qtbot.waitUntil(lambda: desk.windows == [])
    recovery_file.write_bytes(copy)
    path.write_text(BROKEN, "utf-8")
    seen: list[str] = []
    _answer_box(seen, "recoveryCopy")
    window = desk.open(path)
    assert isinstance(window, MainWindow)
    assert "conseil.article" in seen[0]
    assert window.document.article.blocks[0].plain_text == "Encore Le conseil vote"
    assert window.document.path == path and window.document.dirty


def test_new_from_sample_on_the_start_screen_is_an_untitled_copy(
    desk: Copydesk, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    sample = SAMPLE.read_bytes()
    screen = launch(desk, None, offer=False)
    assert isinstance(screen, StartScreen)
    qtbot.mouseClick(screen.buttons["new_sample"], Qt.MouseButton.LeftButton)
    assert len(desk.windows) == 1 and not screen.isVisible()
    window = desk.windows[0]
    assert window.document.path is None
    assert window.document.article.title == storage.load(SAMPLE).title
    QTest.keyClicks(window.surface, "Mon essai ")
    asked: list[str] = []
    target = tmp_path / "essai.article"

    def save_dialog(*args: object, **kwargs: object) -> tuple[str, str]:
        asked.append(str(args[2]))
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    window.action("save").trigger()
    assert len(asked) == 1  # Save asks where
    assert Path(asked[0]).name == "lyon-bibliotheque-croix-rousse.article"
    assert storage.load(target).blocks[0].plain_text.startswith("Mon essai ")
    assert SAMPLE.read_bytes() == sample  # the installed file is never written
    desk.open(SAMPLE)  # even opened by hand, the sample is nobody's recent article
    assert all(not p.resolve().is_relative_to(SAMPLE.parent) for p in desk.settings.recent)


def test_the_start_screen_lists_recent_articles_and_opens_one_with_the_keyboard(
    desk: Copydesk, tmp_path: Path, qtbot: QtBot
) -> None:
    paths = []
    for name, head in (("budget", "Le budget adopté"), ("marathon", "Record au marathon")):
        path = tmp_path / f"{name}.article"
        storage.save(article(title(head), para("Texte.")), path)
        desk.settings.remember(path)
        paths.append(path)
    desk.settings.remember(SAMPLE)  # left by an older Copydesk: not listed
    screen = desk.start()
    qtbot.waitExposed(screen)
    rows = [screen.list.topLevelItem(n) for n in range(screen.list.topLevelItemCount())]
    assert [(r.text(0), r.text(1)) for r in rows if r is not None] == [
        ("Record au marathon", "marathon.article"),
        ("Le budget adopté", "budget.article"),
    ]
    screen.list.setFocus()
    QTest.keyClick(screen.list, Qt.Key.Key_Down)
    QTest.keyClick(screen.list, Qt.Key.Key_Delete)  # forget "Le budget adopté"
    assert screen.list.topLevelItemCount() == 1
    assert paths[0].resolve() not in desk.settings.recent and paths[0].exists()
    QTest.keyClick(screen.list, Qt.Key.Key_Return)
    assert [w.document.path for w in desk.windows] == [paths[1].resolve()]
    assert not screen.isVisible()


def test_the_start_screen_speaks_french(desk: Copydesk, qtbot: QtBot) -> None:
    i18n.install("fr")
    try:
        screen = desk.start()
        assert screen.windowTitle() == "Bienvenue — Copydesk"
        assert screen.buttons["new"].text() == "&Nouvel article"
        assert screen.buttons["new_sample"].text() == "Nouveau à partir de l’&exemple"
        assert screen.empty.text().startswith("Aucun article récent")
        i18n.install("en")  # and follows a change of language at once
        qtbot.waitUntil(lambda: screen.buttons["new"].text() == "&New Article")
    finally:
        i18n.install("en")


def test_a_bad_file_opened_from_a_window_leaves_that_window(desk: Copydesk, tmp_path: Path) -> None:
    path = tmp_path / "bon.article"
    shutil.copy(SAMPLE, path)
    window = desk.open(path)
    assert window is not None
    broken = tmp_path / "casse.article"
    broken.write_text(BROKEN, "utf-8")
    seen: list[str] = []
    _answer_box(seen, "close")
    assert window.opener(broken) is None  # File → Open, a drop, Recent: all come here
    assert len(seen) == 1 and "casse.article" in seen[0]
    assert desk.windows == [window] and window.isVisible()


def test_open_recent_never_lists_the_installed_sample(desk: Copydesk, tmp_path: Path) -> None:
    path = tmp_path / "budget.article"
    shutil.copy(SAMPLE, path)
    desk.settings.store.setValue("recent", [str(SAMPLE)])  # as an older Copydesk left it
    window = desk.open(path)
    assert window is not None
    window.recent_menu.aboutToShow.emit()
    listed = [str(action.data()) for action in window.recent_menu.actions()]
    assert listed == [str(path.resolve())]


def test_the_collector_runs_again_once_the_first_window_is_up(
    isolated: None, tmp_path: Path
) -> None:
    """The start makes its objects without collections (they live as long as the window);
    a session left without them would keep every cycle it made."""
    from editor import launch as window_launch

    path = tmp_path / "bon.article"
    shutil.copy(SAMPLE, path)
    seen: list[str] = []
    enabled: list[bool] = []
    QTimer.singleShot(10, lambda: enabled.append(gc.isenabled()))
    _inside_the_event_loop(seen)
    assert window_launch.run_window([str(path)]) == 0
    assert seen == [f"window: {path}"]
    assert enabled == [True] and gc.isenabled()


def test_a_commands_key_works_the_moment_the_window_is_up(
    desk: Copydesk, tmp_path: Path, qtbot: QtBot
) -> None:
    """Nothing a key needs waits for the first paint or a menu's opening: typed as soon as the
    opened window has the keys, Ctrl+2 makes the paragraph a subhead and Ctrl+Z takes it back."""
    path = tmp_path / "maire.article"
    storage.save(article(title("Le maire"), para("Il l’a dit.")), path)
    window = desk.open(path)
    assert isinstance(window, MainWindow)
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    window.surface.setFocus()
    cursor = window.surface.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    window.surface.setTextCursor(cursor)
    QTest.keyClick(window.surface, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert [b.kind for b in window.document.article.blocks] == ["title", "subhead"]
    QTest.keyClick(window.surface, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [b.kind for b in window.document.article.blocks] == ["title", "paragraph"]


def test_a_recovery_copy_waiting_is_offered_at_start(desk: Copydesk, tmp_path: Path) -> None:
    """The start looks for recovery copies before loading what offers them: one left by a
    session that ended badly is still offered as the window opens."""
    path = tmp_path / "maire.article"
    storage.save(article(title("Le maire"), para("Il l’a dit.")), path)
    lost = article(title("Le maire"), para("Il l’a dit, puis il est parti."))
    copy = desk.data.recovery / "maire-0123456789ab.article"
    copy.parent.mkdir(parents=True)
    storage.save(replace(lost, extra={"recovery": {"path": str(path), "saved": ""}}), copy)
    os.utime(path, (1, 1))  # the copy is newer than the file it stands for
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == "recoveryBox":
            seen.append(box.text())
            next(b for b in box.buttons() if b.text() == "Restore").click()
        else:
            QTimer.singleShot(10, answer)

    QTimer.singleShot(10, answer)
    shown = launch(desk, path)
    assert len(seen) == 1 and "maire.article" in seen[0]
    assert isinstance(shown, MainWindow) and desk.windows == [shown]
    assert shown.document.article.blocks[1].plain_text == "Il l’a dit, puis il est parti."
