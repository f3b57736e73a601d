"""A repaint of a few pixels — the writer's caret blinking, a key's paragraph, a colleague's
key under her selection — leaves the page as a whole repaint draws it: the painters draw what
falls in the repainted rectangle, and what they keep between paints (the others' marks, the
paragraphs in view) is what a fresh paint finds. Compared pixel for pixel on what the window's
backing store holds, not on a fresh rendering of the widget."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor.app import share_commands
from editor.app.application import Copydesk
from editor.app.main_window import MainWindow
from editor.app.presence_marks import PresenceMarks
from editor.coedit.presence import Cursor, User
from editor.model import storage
from editor.model.build import image, media, para, quote
from tests.app.test_together import colleague
from tests.coedit.rooms import RunningServer, room_server
from tests.model.test_review import desk_edit
from tests.strategies import png_bytes

WAIT = 20_000


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RunningServer]:
    with room_server(tmp_path / "store") as running:
        yield running


@pytest.fixture
def steady_caret(qapp: QApplication) -> Iterator[None]:
    """The writer's caret shown without blinking, so that two grabs a moment apart see it
    alike; the blink's own repaint is posted by the test."""
    flash = QApplication.cursorFlashTime()
    QApplication.setCursorFlashTime(0)
    yield
    QApplication.setCursorFlashTime(flash)


def _shown(window: MainWindow) -> QImage:
    """The page as the window's backing store holds it: what the partial repaints left."""
    viewport = window.surface.viewport()
    shot = window.screen().grabWindow(window.winId()).toImage()
    return shot.copy(QRect(viewport.mapTo(window, QPoint(0, 0)), viewport.size()))


def _repainted(window: MainWindow) -> QImage:
    """The page painted again whole, the layer of the others' marks with it."""
    window.surface.viewport().update()
    marks = window.findChild(PresenceMarks)
    assert marks is not None
    marks.update()
    QApplication.processEvents()
    return _shown(window)


def _same_as_whole(window: MainWindow) -> None:
    QApplication.processEvents()
    left = _shown(window)  # what the partial repaints left
    assert left == _repainted(window)


def test_a_blink_and_keys_leave_the_page_as_a_whole_repaint_draws_it(
    desk: Copydesk,
    qtbot: QtBot,
    tmp_path: Path,
    server: RunningServer,
    steady_caret: None,
    request: pytest.FixtureRequest,
) -> None:
    picture = media(png_bytes(160, 60))
    edited = desk_edit()
    story = replace(
        edited,
        blocks=(
            *edited.blocks[:2],
            para("Les pompiers sont arrivés vite sur le quai, la fumée montait encore.", id="f"),
            quote("Nous avons tout perdu en une nuit.", by="Un docker"),
            image(picture, caption="Le quai au matin", credit="AFP", alt="Le quai"),
            *edited.blocks[2:],
        ),
        media={picture.key: picture},
    )
    path = tmp_path / "sommet.article"
    storage.save(story, path)
    window = desk.open(path)
    assert window is not None
    window.resize(900, 700)
    qtbot.waitExposed(window)
    # spelling's and grammar's underlines come whenever their passes are done: nothing may
    # change the page between the two grabs (formats, and extra selections as the review's)
    tools = (window.spelling.action, window.grammar.action)
    were = [tool.isChecked() for tool in tools]
    for tool in tools:
        tool.setChecked(False)  # a setting: put back for the tests that follow

    def put_back() -> None:
        for tool, on in zip(tools, were, strict=True):
            tool.setChecked(on)

    request.addfinalizer(put_back)
    share_commands.share(window, server.address("desk/paint"), User.named("Marc"))
    shared = share_commands.shared_of(window)
    assert shared is not None
    qtbot.waitUntil(lambda: shared.follower is not None, timeout=WAIT)
    marks = window.findChild(PresenceMarks)
    assert marks is not None
    surface = window.surface
    text = window.document.text
    with colleague(server.address("desk/paint")) as lea:
        lea.call(lambda: lea.client.set_cursor(Cursor("f", 30, 4)))  # "pompiers … quai"
        qtbot.waitUntil(lambda: bool(marks.shades()), timeout=WAIT)
        assert surface.review_marks  # the suggestions in their authors' colours
        _repainted(window)

        surface.setFocus()
        for number in (0, 1, 3):  # at the title, beside a change bar, in the pull quote
            cursor = surface.textCursor()
            cursor.setPosition(text.findBlockByNumber(number).position())
            surface.setTextCursor(cursor)
            _same_as_whole(window)
            surface.viewport().update(surface.cursorRect().adjusted(-4, 0, 4, 0))  # a blink
            _same_as_whole(window)

        theirs = text.findBlockByNumber(2)

        def her_caret_after(typed: str, offset: int) -> bool:
            there = QTextCursor(text)
            there.setPosition(theirs.position() + offset)
            landed = theirs.text().startswith(typed)
            return landed and [c.rect for c in marks.carets()] == [surface.cursorRect(there)]

        def her_key(at: int, key: str) -> None:
            lea.types("f", at, key)
            lea.call(lambda: lea.client.set_cursor(Cursor("f", 34, at + 1)))

        start = "Les pompiers so"
        for n in range(1, 5):  # her keys, under her own selection
            typed = start + "ils "[:n]
            her_key(len(typed) - 1, typed[-1])
            qtbot.waitUntil(partial(her_caret_after, typed, len(typed)), timeout=WAIT)
            _same_as_whole(window)

        cursor = surface.textCursor()
        cursor.setPosition(theirs.position() + 3)
        surface.setTextCursor(cursor)
        QTest.keyClicks(surface, "x")  # my key, its paragraph repainted
        _same_as_whole(window)
    shared.close()
