"""The window's entry point: the screenshot hook, and clear messages for files it cannot open."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QTimer
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from editor import started
from editor.app.application import Copydesk, run
from editor.app.settings import Settings
from editor.model import storage
from editor.model.storage import ArticleFileError
from tests.shared import SAMPLE


def copydesk(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "editor", *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)


@pytest.mark.slow
def test_screenshot_opens_the_real_window_and_writes_a_png(tmp_path: Path) -> None:
    picture = tmp_path / "editor.png"
    result = copydesk(str(SAMPLE), "--screenshot", str(picture))
    assert result.returncode == 0, result.stderr
    image = QImage(str(picture))
    assert picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert image.width() >= 800 and image.height() >= 600
    assert len({image.pixel(x, 300) for x in range(0, image.width(), 7)}) > 3  # not blank


def test_a_bad_file_is_a_message_and_exit_code_2(qapp: QApplication, tmp_path: Path) -> None:
    broken = tmp_path / "broken.article"
    broken.write_text('{"format": "copydesk.article", "version": 1, "blocks": [', "utf-8")
    picture = tmp_path / "never.png"
    result = copydesk(str(broken), "--screenshot", str(picture))
    assert result.returncode == 2
    assert "broken.article: broken JSON" in result.stderr
    assert "Traceback" not in result.stderr
    assert not picture.exists()


def test_screenshot_in_process_returns_zero(qapp: QApplication, tmp_path: Path) -> None:
    picture = tmp_path / "sample.png"
    assert run(SAMPLE, screenshot=picture) == 0
    assert QImage(str(picture)).width() >= 800


def test_opening_a_bad_file_in_the_window_shows_the_reason(
    qapp: QApplication, tmp_path: Path
) -> None:
    missing = tmp_path / "missing.article"
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.close()
        else:
            QTimer.singleShot(20, read_and_close)

    QTimer.singleShot(20, read_and_close)
    assert Copydesk().open(missing) is None
    assert seen == [str(ArticleFileError(missing, "no such file"))]


def test_a_good_file_opens_in_a_window_showing_its_title(
    qapp: QApplication, tmp_path: Path
) -> None:
    sample = storage.load(SAMPLE)
    path = tmp_path / "copie.article"
    storage.save(sample, path)
    editor = Copydesk()
    window = editor.open(path)
    assert window is not None
    assert window.windowTitle().startswith("copie.article")
    assert window.document.article == sample
    window.close()


def test_new_at_a_path_saves_there_without_asking_and_is_remembered(
    desk: Copydesk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`copydesk --new PATH`: the window is titled with the file, and Save writes it there."""
    target = tmp_path / "brève.article"
    window = desk.new(path=target)
    assert window.windowTitle().startswith("brève.article")
    assert not target.exists()

    def no_dialog(*args: object, **kwargs: object) -> tuple[str, str]:
        raise AssertionError("Save asked where to save")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", no_dialog)
    window.surface.setFocus()
    QTest.keyClicks(window.surface, "Le conseil vote")
    window.action("save").trigger()
    assert not window.document.dirty
    assert storage.load(target).title == "Le conseil vote"
    assert target.resolve() in desk.settings.recent


def test_a_screenshot_leaves_the_window_layout_the_user_left(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The picture is taken at 1280 × 860 whatever size the user left: closing it must not
    write that size, and the picture's panels, over theirs."""
    store = tmp_path / "settings.ini"
    monkeypatch.setenv("COPYDESK_SETTINGS", str(store))
    left = QByteArray(b"the size and panels the user left")
    Settings(store).set_geometry(geometry=left, state=left)
    assert run(SAMPLE, screenshot=tmp_path / "sample.png") == 0
    assert Settings(store).geometry("geometry") == left
    assert Settings(store).geometry("state") == left


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(time, "CLOCK_BOOTTIME"), reason="the boot clock is Linux's")
@pytest.mark.parametrize("launcher", [True, False], ids=["launcher's clock", "process start"])
def test_a_screenshot_reports_the_first_paint_after_the_start(
    tmp_path: Path, launcher: bool
) -> None:
    """The start-up figure the benchmarks read: from the launch (the launcher's reading of
    the boot clock, else the process's start in /proc, to a clock tick) to the first paint,
    within the process's whole run, which goes on to grab, save and exit."""
    figures = tmp_path / "start.json"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "COPYDESK_SETTINGS": str(tmp_path / "settings.ini"),
        started.REPORT: str(figures),
    }
    env.pop(started.LAUNCHED, None)
    before = time.clock_gettime_ns(time.CLOCK_BOOTTIME)
    if launcher:
        env[started.LAUNCHED] = str(before)
    command = [sys.executable, "-m", "editor", str(SAMPLE), "--screenshot", str(tmp_path / "s.png")]
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    whole = (time.clock_gettime_ns(time.CLOCK_BOOTTIME) - before) / 1e9
    assert result.returncode == 0, result.stderr
    first_paint = json.loads(figures.read_text(encoding="utf-8"))["first_paint_s"]
    tick = 0.0 if launcher else 1 / os.sysconf("SC_CLK_TCK")  # /proc rounds the start down
    assert 0 < first_paint <= whole + tick
