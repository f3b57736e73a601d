"""Saves that fail and files that cannot be opened: a clear message, nothing lost or changed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from editor.app.application import Copydesk
from editor.app.autosave import AppData
from editor.app.main_window import MainWindow
from editor.app.settings import Settings
from editor.model import storage
from tests.shared import PROJECT_ROOT, SAMPLE, small_disk


def _desk(root: Path, report: Callable[[str], None] = pytest.fail) -> Copydesk:
    return Copydesk(report=report, settings=Settings(root / "s.ini"), data=AppData(root / "data"))


NOBODY = 65534
"""The unprivileged user a superuser test process borrows to meet a read-only folder."""


def _break_folder(folder: Path) -> None:
    folder.chmod(0o555)


def _vanish(folder: Path) -> None:
    shutil.rmtree(folder)


def _failing_write(folder: Path) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    os.replace = refuse  # restored by the test


FAILURES = {
    "read-only folder": (_break_folder, "permission denied"),
    "vanished folder": (_vanish, "the folder no longer exists"),
    "disk full": (_failing_write, "no space left on the disk"),
}


def _quiet(window: MainWindow, qtbot: QtBot) -> None:
    """Wait until the window's own threads are at rest: the first grammar reading handed
    over (the process pool loaded and its workers started, on a thread of their own) and
    read, the check's pass done. A user id is the whole process's, every thread's: borrowed
    while one of them imports a module or starts a worker, that thread meets files it may
    not read (the interpreter's own, under /root)."""
    qtbot.waitUntil(lambda: not window.grammar.busy and not window.review.running, timeout=120_000)


@contextmanager
def _unprivileged(failure: str) -> Iterator[Callable[[], None]]:
    """Permissions do not bind the superuser: for the read-only case a root test process runs
    the save with the effective user id of `nobody`, so the kernel itself refuses the write.
    Yields the way back to root, for the prompt to call as soon as the save has failed.
    Only once the window is `_quiet`: the id is every thread's, not the save's alone."""
    lowered = failure == "read-only folder" and os.geteuid() == 0

    def back() -> None:
        if lowered and os.geteuid() != 0:
            os.seteuid(0)

    if lowered:
        os.seteuid(NOBODY)
    try:
        yield back
    finally:
        back()


def _folder(failure: str, tmp_path: Path) -> Path:
    """A folder for the article; for `nobody` it must be reachable from /, which the test's
    own temporary folder (private to root) is not."""
    if failure == "read-only folder" and os.geteuid() == 0:
        base = Path(tempfile.mkdtemp(prefix="copydesk-ro-"))
        base.chmod(0o755)
        folder = base / "articles"
    else:
        folder = tmp_path / "articles"
    folder.mkdir()
    return folder


def answer_failure(button: str, seen: list[QMessageBox], first: Callable[[], None]) -> None:
    """When the failure message shows: run `first`, note the box, click `button`."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == "saveFailedBox":
            first()
            seen.append(box)
            target = box.findChild(QPushButton, "saveAs") if button == "saveAs" else None
            (target or box.button(QMessageBox.StandardButton.Cancel)).click()
        else:
            QTimer.singleShot(10, click)

    QTimer.singleShot(10, click)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
@pytest.mark.parametrize("failure", FAILURES)
def test_a_failed_save_says_why_and_keeps_everything(
    failure: str, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _folder(failure, tmp_path)
    path = folder / "a.article"
    shutil.copy(SAMPLE, path)
    window = _desk(tmp_path).open(path)
    assert window is not None
    qtbot.addWidget(window)
    QTest.keyClicks(window.surface, "Ajout ")
    _quiet(window, qtbot)
    monkeypatch.setattr(os, "replace", os.replace)  # undone after the test
    breaking, reason = FAILURES[failure]
    breaking(folder)
    seen: list[QMessageBox] = []
    try:
        with _unprivileged(failure) as back:
            answer_failure("cancel", seen, back)
            assert window.save() is False
        assert len(seen) == 1
        assert "a.article" in seen[0].text() and reason in seen[0].text()
        assert str(folder) in seen[0].informativeText()
        assert window.document.dirty
        if path.exists():
            assert path.read_bytes() == SAMPLE.read_bytes()
        leftovers = [p for p in folder.glob("*") if p.suffix == ".tmp"] if folder.exists() else []
        assert leftovers == []
    finally:
        if folder.exists():
            folder.chmod(0o700)
        if not folder.is_relative_to(tmp_path):
            shutil.rmtree(folder.parent)
    window.document.undo_stack.setClean()


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_read_only_case_passes_run_alone(tmp_path: Path) -> None:
    """Run alone, in a process of its own (as root: the case that borrows a user id), the
    read-only case passes too: nothing it needs is loaded by an earlier test first."""
    here = Path(__file__).relative_to(PROJECT_ROOT)
    case = f"{here}::{test_a_failed_save_says_why_and_keeps_everything.__name__}[read-only folder]"
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", case]
    command += ["--basetemp", str(tmp_path / "run")]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("COPYDESK_SETTINGS", None)  # its own scratch settings, not this run's
    done = subprocess.run(
        command, cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "1 passed" in done.stdout


def test_after_a_failed_save_save_as_keeps_the_work_elsewhere(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    path = folder / "a.article"
    shutil.copy(SAMPLE, path)
    window = _desk(tmp_path).open(path)
    assert window is not None
    qtbot.addWidget(window)
    QTest.keyClicks(window.surface, "Garde ailleurs ")
    elsewhere = tmp_path / "elsewhere.article"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(elsewhere), ""))
    _vanish(folder)
    seen: list[QMessageBox] = []
    answer_failure("saveAs", seen, lambda: None)
    assert window.save() is True
    assert len(seen) == 1
    assert not window.document.dirty and window.document.path == elsewhere
    saved = storage.load(elsewhere)
    assert saved.blocks[0].plain_text.startswith("Garde ailleurs")
    assert saved.blocks == window.document.article.blocks


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


@pytest.mark.skipif(os.name != "posix", reason="a tmpfs is a Linux disk")
def test_a_save_to_a_really_full_disk_names_the_file_and_keeps_it(
    tmp_path: Path, qtbot: QtBot
) -> None:
    """The article lives on a 64 KB disk that other files have all but filled: the kernel
    refuses the new version, the message says so, and the file on disk stays as it was."""
    with small_disk(tmp_path / "desk", "64k") as folder:
        path = folder / "a.article"
        shutil.copy(SAMPLE, path)
        window = _desk(tmp_path).open(path)
        assert window is not None
        room = os.statvfs(folder)
        filler = folder / "other-desk.bin"
        with open(filler, "wb") as out:  # leaves less room than a new copy of the article
            out.write(b"\0" * max(0, room.f_bavail * room.f_frsize - path.stat().st_size // 2))
        QTest.keyClicks(window.surface, "Ajout ")
        seen: list[QMessageBox] = []
        answer_failure("cancel", seen, lambda: None)
        assert window.save() is False
        assert len(seen) == 1
        assert "a.article" in seen[0].text() and "no space left on the disk" in seen[0].text()
        assert str(folder) in seen[0].informativeText()
        assert window.document.dirty
        assert path.read_bytes() == SAMPLE.read_bytes()
        assert [p.name for p in folder.iterdir() if p.suffix == ".tmp"] == []
        window.document.undo_stack.setClean()
        window.close()
