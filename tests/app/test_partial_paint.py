"""A repaint of a few pixels — the writer's caret blinking, a key's paragraph, a colleague's
key under her selection — leaves the page as a whole repaint draws it: the painters draw what
falls in the repainted rectangle, and what they keep between paints (the others' marks, the
paragraphs in view) is what a fresh paint finds. Compared pixel for pixel on what the window's
backing store holds, not on a fresh rendering of the widget."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pycrdt import Doc
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor.app import share_commands
from editor.app.application import Copydesk
from editor.app.main_window import MainWindow
from editor.app.presence_marks import PresenceMarks
from editor.coedit.edits import TextEdit, apply_text_edit
from editor.coedit.presence import Cursor, Peer, User
from editor.model import storage
from editor.model.build import image, media, para, quote
from editor.model.inline import plain
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
    partial = _shown(window)
    assert partial == _repainted(window)


def test_a_blink_and_keys_leave_the_page_as_a_whole_repaint_draws_it(
    desk: Copydesk, qtbot: QtBot, tmp_path: Path, server: RunningServer, steady_caret: None
) -> None:
    picture = media(png_bytes(160, 60))
    edited = desk_edit()
    story = replace(
        edited,
        blocks=(
            *edited.blocks[:2],
            para("Les pompiers sont arivés vite sur le quai, la fumée montait encore.", id="f"),
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
    window.spelling.action.setChecked(True)
    share_commands.share(window, server.address("desk/paint"), User.named("Marc"))
    shared = share_commands.shared_of(window)
    assert shared is not None
    qtbot.waitUntil(lambda: shared.follower is not None, timeout=WAIT)
    lea = User.named("Léa")
    shared.link.peers_changed.emit([Peer(7, lea, Cursor("f", 30, 4))])  # "pompiers … quai"
    marks = window.findChild(PresenceMarks)
    assert marks is not None
    qtbot.waitUntil(lambda: bool(marks.shades()), timeout=WAIT)
    assert window.surface.review_marks  # the suggestions in their authors' colours
    _repainted(window)

    surface = window.surface
    surface.setFocus()
    text = window.document.text
    for number in (0, 1, 3):  # at the title, beside a change bar, in the pull quote
        cursor = surface.textCursor()
        cursor.setPosition(text.findBlockByNumber(number).position())
        surface.setTextCursor(cursor)
        _same_as_whole(window)
        surface.viewport().update(surface.cursorRect().adjusted(-4, 0, 4, 0))  # a blink
        _same_as_whole(window)

    own = text.findBlockByNumber(2)
    cursor = surface.textCursor()
    cursor.setPosition(own.position() + 3)
    surface.setTextCursor(cursor)
    qtbot.keyClicks(surface, "x")  # my key, its paragraph repainted
    _same_as_whole(window)

    copy = Doc()
    copy.apply_update(shared.doc.get_update())
    for offset, key in enumerate("ils ", start=15):  # her keys under her own selection
        state = copy.get_state()
        apply_text_edit(copy, TextEdit("f", offset, 0, plain(key)), origin="colleague")
        shared.link.received.emit(copy.get_update(state))
        shared.link.peers_changed.emit([Peer(7, lea, Cursor("f", 34, offset + 1))])
        _same_as_whole(window)
    assert "ils " in window.document.text.findBlockByNumber(2).text()
    shared.close()
