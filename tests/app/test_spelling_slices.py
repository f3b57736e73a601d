"""Spelling checks the paragraphs coming into view a slice at a time, the event loop turning
between slices, so a long article's first screens never hold the keyboard."""

from __future__ import annotations

import os

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from editor.model.build import article, para, title
from tests.app.windows import bare_window


def test_paragraphs_scrolled_into_view_are_checked_a_slice_at_a_time(qtbot: QtBot) -> None:
    paragraphs = [para(f"Paragraphe {n} du conseil munisipal.") for n in range(400)]
    start = article(title("Titre"), *paragraphs, meta=dict(language="fr"))
    window = bare_window(start)
    if not window.spelling.speller.available:
        if os.environ.get("CI") == "true":
            pytest.fail("CI must install hunspell-fr and hunspell-en-us with pyenchant")
        pytest.skip("no spelling dictionary installed")
    underline = window.spelling.underline
    text = window.document.text
    qtbot.waitUntil(lambda: text.findBlockByNumber(1).userState() != underline.UNCHECKED)
    underline.SLICE_S = 0.0  # the slowest machine: one paragraph a slice
    bar = window.surface.verticalScrollBar()
    bar.setValue(bar.maximum())
    underline.check_visible_again()  # every paragraph due again (a word was accepted)
    in_view = [text.findBlockByNumber(n) for n in underline.visible()]
    in_view = [p for p in in_view if p.isValid()]
    checked = [p for p in in_view if p.userState() != underline.UNCHECKED]
    assert len(checked) == 1 and len(in_view) > 10  # one slice, the rest at the next turns
    window.surface.moveCursor(QTextCursor.MoveOperation.End)  # the view stays where it is
    QTest.keyClicks(window.surface, " Fin")  # the keyboard between slices
    assert window.document.article.blocks[-1].plain_text.endswith("munisipal. Fin")
    qtbot.waitUntil(lambda: all(p.userState() != underline.UNCHECKED for p in in_view))
    last = text.lastBlock().previous()
    assert [last.text()[r.start : r.start + r.length] for r in last.layout().formats()] == [
        "munisipal"
    ]
