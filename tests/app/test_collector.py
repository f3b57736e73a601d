"""The cycle collector around open windows: the article out of its walks, nothing kept."""

from __future__ import annotations

import gc
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from editor.app.application import Copydesk
from editor.app.main_window import MainWindow
from editor.model import storage
from editor.model.build import article, para, subhead, title


def _saved(tmp_path: Path) -> Path:
    body = [para(f"Le conseil municipal a voté le budget numéro {n}.") for n in range(300)]
    path = tmp_path / "budget.article"
    storage.save(article(title("Budget"), subhead("Les votes"), *body), path)
    return path


def _close(qtbot: QtBot, desk: Copydesk, window: MainWindow, left: int = 0) -> None:
    """Closed as the user closes it, and the moment after it is gone let pass."""
    window.document.undo_stack.setClean()
    window.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.waitUntil(lambda: len(desk.windows) == left)
    for _ in range(3):  # the collection that follows a window's going
        QCoreApplication.processEvents()


def test_an_open_article_is_frozen_and_a_closed_window_is_freed(
    qtbot: QtBot, tmp_path: Path
) -> None:
    desk = Copydesk(report=print)
    window = desk.open(_saved(tmp_path))
    assert window is not None
    assert len(gc.get_objects()) < gc.get_freeze_count()  # the article is out of the walks
    _close(qtbot, desk, window)


def test_closed_windows_leave_no_garbage_frozen(qtbot: QtBot, tmp_path: Path) -> None:
    """What a closed window left in cycles is collected when it goes, not kept frozen with
    the windows still open: nothing is left for a collection of everything to find."""
    path = _saved(tmp_path)
    (tmp_path / "kept").mkdir()
    desk = Copydesk(report=print)
    kept = desk.open(_saved(tmp_path / "kept"))  # a window that stays open
    assert kept is not None
    for _ in range(5):
        window = desk.open(path)
        assert window is not None
        _close(qtbot, desk, window, left=1)
    gc.unfreeze()
    unreachable = gc.collect()
    gc.freeze()
    assert unreachable < 200
    _close(qtbot, desk, kept)


def test_what_a_pass_over_the_article_leaves_is_frozen_with_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The check and outline's findings live until the next pass: made after the window
    opened, they would be walked by every full collection while keys are typed."""
    desk = Copydesk(report=print)
    window = desk.open(_saved(tmp_path))
    assert window is not None
    window.review.now()
    problems = window.review.findings.problems
    assert problems  # three hundred paragraphs under one subhead: a long section, at least
    walked = {id(o) for o in gc.get_objects()}
    assert id(problems) not in walked
    assert id(window.review.findings.landmarks) not in walked
    _close(qtbot, desk, window)


def test_opening_an_article_sets_off_no_collection(qtbot: QtBot, tmp_path: Path) -> None:
    """All that is read and built while a window opens lives as long as the window: a
    collection then walks an article half made (a book set off full ones of 25–45 ms)."""
    path = _saved(tmp_path)
    desk = Copydesk(report=print)
    seen: list[int] = []

    def collection(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            seen.append(info["generation"])

    gc.callbacks.append(collection)
    try:
        window = desk.open(path)
    finally:
        gc.callbacks.remove(collection)
    assert window is not None
    assert seen == []
    assert gc.isenabled()
    _close(qtbot, desk, window)
