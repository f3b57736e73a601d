"""Starting Copydesk again while it runs: the file goes to the running one, into the window
already on it, and the second start ends without opening a second editor."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor.app import instance
from editor.app.application import Copydesk
from editor.app.autosave import AppData
from editor.app.settings import Settings
from tests.shared import SAMPLE

ROOT = Path(__file__).resolve().parents[2]
IMPORTS = (
    "from editor.app.application import application as a; from editor.app.autosave import AppData"
)
STARTED: list[subprocess.Popen[bytes]] = []


@pytest.fixture
def running(tmp_path: Path, qapp: QApplication) -> Iterator[Copydesk]:
    """A Copydesk running on a profile of its own, as `run` starts it, with the app-data
    folder a `copydesk` started on that profile finds."""
    where = (
        "from editor.app.application import application as a; a([]); print(AppData.default().root)"
    )
    probe = subprocess.run(
        [sys.executable, "-c", f"from editor.app.autosave import AppData; {where}"],
        env=_profile(tmp_path), capture_output=True, text=True, check=True,
    )  # fmt: skip
    settings = Settings(tmp_path / "s.ini")
    data = AppData(Path(probe.stdout.strip()))
    desk = Copydesk(report=pytest.fail, settings=settings, data=data)
    end = instance.Instance(desk.data, desk.requested, qapp)
    yield desk
    for process in STARTED:  # a start that did not end (the failure shown): never left running
        if process.poll() is None:
            process.kill()
            process.wait()
    STARTED.clear()
    end.close()
    end.deleteLater()
    for window in list(desk.windows):
        window.document.undo_stack.setClean()
        window.close()


def _start_again(tmp_path: Path, *args: str) -> subprocess.Popen[bytes]:
    """`copydesk ARGS` in a process of its own, on the same profile."""
    process = subprocess.Popen([sys.executable, "-m", "editor", *args], env=_profile(tmp_path))
    STARTED.append(process)
    return process


def _profile(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "xdg"),
        "COPYDESK_SETTINGS": str(tmp_path / "s.ini"),
    }


def test_starting_again_on_an_open_file_raises_its_window(
    running: Copydesk, tmp_path: Path, qtbot: QtBot
) -> None:
    path = tmp_path / "conseil.article"
    shutil.copy(SAMPLE, path)
    window = running.open(path)
    assert window is not None
    second = _start_again(tmp_path, str(path))
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=60_000)
    assert second.returncode == 0
    assert running.windows == [window]  # no second window, in either process

    other = tmp_path / "autre.article"
    shutil.copy(SAMPLE, other)
    third = _start_again(tmp_path, str(other))
    qtbot.waitUntil(lambda: third.poll() is not None, timeout=60_000)
    assert third.returncode == 0
    assert [w.document.path for w in running.windows] == [path, other]


def test_a_note_left_by_a_copydesk_that_died_is_not_followed(tmp_path: Path) -> None:
    data = AppData(tmp_path / "data")
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    data.root.mkdir(parents=True)
    note = {"pid": gone.pid, "host": socket.gethostname()}
    (data.root / instance.RUNNING).write_text(json.dumps(note), "utf-8")
    assert instance.running(data) is None
    assert instance.forward(data, [tmp_path / "a.article"], False) is False
    assert not (data.root / instance.REQUESTS).exists()  # no request left behind
