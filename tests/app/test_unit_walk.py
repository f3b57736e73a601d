"""Grammar's units found a slice at a time are those of one walk of the whole text, and an
edit that changes the paragraphs sends the walk back to the top."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from editor.app import bridge
from editor.app.grammar import units
from editor.app.unit_walk import UnitWalk
from editor.model.article import Article
from editor.model.build import article, para, quote, subhead, title
from tests.app.windows import bare_window


def _long() -> Article:
    body = []
    for n in range(600):
        body.append(para(f"Le conseil a siégé {n} heures."))
        if n % 100 == 50:
            body += [subhead(f"Partie {n}"), quote(f"Citation {n}", by="Le maire")]
    return article(title("Le budget"), *body)


def _places(found: dict[str, bridge.Unit]) -> list[tuple[str, str, int, int]]:
    return [(key, u.kind, u.start, u.last.position()) for key, u in found.items()]


def test_the_walk_in_slices_finds_what_one_walk_finds(qtbot: QtBot) -> None:
    window = bare_window(_long())
    walk = UnitWalk(window.surface, window)
    walk.begin()
    qtbot.waitUntil(lambda: walk.known)
    assert _places(walk.units()) == _places(units(window.surface))
    assert len(walk.units()) == len(window.document.article.blocks)


def test_units_asked_for_mid_walk_are_finished_at_once(qtbot: QtBot) -> None:
    window = bare_window(_long())
    walk = UnitWalk(window.surface, window)
    walk.begin()
    assert not walk.known  # the event loop has not turned: nothing walked yet
    assert _places(walk.units()) == _places(units(window.surface))
    assert walk.known


def test_a_new_paragraph_sends_the_walk_back_to_the_top(qtbot: QtBot) -> None:
    window = bare_window(_long())
    grammar = window.grammar
    grammar._placed.units()
    window.surface.setTextCursor(QTextCursor(window.document.text.findBlockByNumber(3)))
    QTest.keyClick(window.surface, Qt.Key.Key_Return)
    QTest.keyClicks(window.surface, "Nouveau")
    assert not grammar._placed.known
    assert _places(grammar._placed.units()) == _places(units(window.surface))
