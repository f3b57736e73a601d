"""Crash recovery: a window killed with unsaved work; the next start restores the exact text."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from editor.app import recovery
from editor.app.application import Copydesk
from editor.app.autosave import AppData
from editor.app.settings import Settings
from editor.model import storage
from tests.shared import SAMPLE

CHILD = """
import sys
from pathlib import Path
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from editor.app.application import Copydesk
from editor.app.autosave import AppData, Autosave
from editor.app.settings import Settings

app = QApplication([])
root = Path(sys.argv[2])
desk = Copydesk(settings=Settings(root / "s.ini"), data=AppData(root / "data"))
window = desk.open(Path(sys.argv[1]))
QTest.keyClicks(window.surface, "Texte perdu puis retrouve ")
keeper = window.document.findChild(Autosave)
keeper.written.connect(lambda _: print("written", flush=True))
app.exec()
"""


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_a_killed_window_is_recovered_exactly(tmp_path: Path, qtbot: QtBot) -> None:
    path = tmp_path / "article.article"
    shutil.copy(SAMPLE, path)
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root), "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(tmp_path)], stdout=subprocess.PIPE, env=env
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == b"written"
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert path.read_bytes() == SAMPLE.read_bytes()

    data = AppData(tmp_path / "data")
    found = recovery.find(data)
    assert [item.original for item in found] == [path]
    assert "Texte perdu puis retrouve" in recovery.difference(found[0])
    desk = Copydesk(report=pytest.fail, settings=Settings(tmp_path / "s2.ini"), data=data)
    windows = recovery.offer(desk, data, choose=lambda item: "restore")
    assert len(windows) == 1
    window = desk.windows[-1]
    qtbot.addWidget(window)
    text = [b.plain_text for b in window.document.article.blocks]
    assert text == [b.plain_text for b in found[0].article.blocks]
    assert text[0].startswith("Texte perdu puis retrouve ")
    assert window.document.dirty and window.document.path == path
    window.document.undo_stack.setClean()


def test_a_copy_older_than_its_file_is_not_offered(tmp_path: Path) -> None:
    data = AppData(tmp_path / "data")
    data.recovery.mkdir(parents=True)
    path = tmp_path / "a.article"
    shutil.copy(SAMPLE, path)
    copy = data.recovery / "a.article"
    article = storage.load(SAMPLE)
    storage.save(
        article.__class__(
            article.meta, article.blocks, article.media, {"recovery": {"path": str(path)}}
        ),
        copy,
    )
    os.utime(copy, (0, 0))
    assert recovery.find(data) == []
    assert copy.exists()  # nothing deleted without the user's choice
