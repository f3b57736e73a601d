"""Saves that fail and files that cannot be opened: a clear message, nothing lost or changed."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from editor.app.application import Copydesk
from editor.app.autosave import AppData
from editor.app.settings import Settings
from tests.shared import SAMPLE


def _desk(root: Path, report: Callable[[str], None] = pytest.fail) -> Copydesk:
    return Copydesk(report=report, settings=Settings(root / "s.ini"), data=AppData(root / "data"))


def _break_folder(folder: Path) -> None:
    folder.chmod(0o500)


def _vanish(folder: Path) -> None:
    shutil.rmtree(folder)


def _failing_write(folder: Path) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    os.replace = refuse  # restored by the test


FAILURES = {
    "read-only folder": _break_folder,
    "vanished folder": _vanish,
    "disk full": _failing_write,
}


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
@pytest.mark.parametrize("failure", FAILURES)
def test_a_failed_save_says_why_and_keeps_everything(
    failure: str, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    if failure == "read-only folder" and os.geteuid() == 0:
        pytest.skip("permissions do not bind the superuser")
    folder = tmp_path / "articles"
    folder.mkdir()
    path = folder / "a.article"
    shutil.copy(SAMPLE, path)
    window = _desk(tmp_path).open(path)
    assert window is not None
    qtbot.addWidget(window)
    QTest.keyClicks(window.surface, "Ajout ")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(str(a[2])))
    monkeypatch.setattr(os, "replace", os.replace)  # undone after the test
    FAILURES[failure](folder)
    try:
        assert window.save() is False
    finally:
        if folder.exists():
            folder.chmod(0o700)
    assert len(shown) == 1 and "could not save" in shown[0]
    assert window.document.dirty
    if path.exists():
        assert path.read_bytes() == SAMPLE.read_bytes()
    assert not any(p.suffix == ".tmp" for p in folder.glob("*")) if folder.exists() else True
    window.document.undo_stack.setClean()


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(cut=st.floats(0.0, 0.999), place=st.integers(0, 10**6), value=st.integers(0, 255))
def test_broken_files_open_with_a_message_not_a_traceback(
    tmp_path_factory: pytest.TempPathFactory, qtbot: QtBot, cut: float, place: int, value: int
) -> None:
    root = tmp_path_factory.mktemp("fuzz")
    data = bytearray(SAMPLE.read_bytes())
    data[place % len(data)] = value
    broken = bytes(data[: int(len(data) * cut)])
    path = root / "broken.article"
    path.write_bytes(broken)
    messages: list[str] = []
    window = _desk(root, messages.append).open(path)
    if window is not None:  # a harmless mutation still opens
        qtbot.addWidget(window)
        return
    assert len(messages) == 1 and "broken.article" in messages[0]
    assert path.read_bytes() == broken
