"""Spelling checks the paragraphs coming into view a slice at a time, the event loop turning
between slices, so a long article's first screens never hold the keyboard."""

from __future__ import annotations

import os

import pytest
from PySide6.QtGui import QTextBlock, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor.app import spelling
from editor.app.document import Document
from editor.app.main_window import MainWindow
from editor.model.build import article, para, title
from tests.app.windows import bare_window, closed_after_the_test
from tests.benchmarks.review_cost import under_review


def needs_a_dictionary(window: MainWindow) -> None:
    if not window.spelling.speller.available:
        if os.environ.get("CI") == "true":
            pytest.fail("CI must install hunspell-fr and hunspell-en-us with pyenchant")
        pytest.skip("no spelling dictionary installed")


def test_paragraphs_scrolled_into_view_are_checked_a_slice_at_a_time(qtbot: QtBot) -> None:
    paragraphs = [para(f"Paragraphe {n} du conseil munisipal.") for n in range(400)]
    start = article(title("Titre"), *paragraphs, meta=dict(language="fr"))
    window = bare_window(start)
    needs_a_dictionary(window)
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
    assert underlined(text.lastBlock().previous()) == ["munisipal"]


def view_checked(window: MainWindow) -> bool:
    underline, text = window.spelling.underline, window.document.text
    in_view = [text.findBlockByNumber(n) for n in underline.visible()]
    return bool(in_view) and all(
        p.userState() != underline.UNCHECKED for p in in_view if p.isValid()
    )


def underlined(paragraph: QTextBlock) -> list[str]:
    text = paragraph.text()
    return [text[r.start : r.start + r.length] for r in paragraph.layout().formats()]


def test_a_decision_over_the_whole_piece_keeps_the_view_checked(qtbot: QtBot) -> None:
    """Accept All rewrites stretches from the first page to the last in one edit, and Qt hands
    the underline every paragraph between: those on screen are checked again at once, those
    off screen stay due and are checked when they scroll into view."""
    paragraphs = [para(f"Paragraphe {n} du conseil munisipal.") for n in range(400)]
    start = under_review(article(title("Titre"), *paragraphs, meta=dict(language="fr")), 40, 0)
    window = bare_window(start, language="en")
    needs_a_dictionary(window)
    underline = window.spelling.underline
    text = window.document.text
    qtbot.waitUntil(lambda: view_checked(window))  # the view as the journalist sees it

    window.action("review:accept_all").trigger()
    assert not window.document.article.suggestions
    QApplication.processEvents()
    in_view = [text.findBlockByNumber(n) for n in underline.visible()]
    in_view = [p for p in in_view if p.isValid() and "munisipal" in p.text()]
    assert len(in_view) > 5
    assert all("munisipal" in underlined(p) for p in in_view)
    off_screen = text.lastBlock().previous()
    assert off_screen.userState() == underline.UNCHECKED
    assert underlined(off_screen) == []

    bar = window.surface.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: "munisipal" in underlined(off_screen))


def test_the_dictionary_is_opened_once_the_page_is_painted(qtbot: QtBot) -> None:
    """Opening it took the processor from the window's first paint: it is asked for after
    that paint, and the words in view are underlined as soon as it is there."""
    if spelling.dictionary_for("fr").result() is None:  # read already: only the order tells
        pytest.skip("no French spelling dictionary installed")
    start = article(title("Titre"), para("Le conseil munisipal."), meta=dict(language="fr"))
    window = MainWindow(Document(start), opener=lambda path: None)
    speller = window.spelling.speller
    QApplication.processEvents()  # not shown yet: nothing painted
    assert not speller.ready
    closed_after_the_test(window)  # shown and painted
    qtbot.waitUntil(lambda: speller.ready)
    paragraph = window.document.text.findBlockByNumber(1)
    qtbot.waitUntil(lambda: underlined(paragraph) == ["munisipal"])


def test_a_screenshot_opens_no_dictionary(qtbot: QtBot) -> None:
    with spelling.held():
        window = bare_window(article(title("Titre"), para("Le conseil munisipal.")))
        QApplication.processEvents()
        assert window.spelling.underline.painted and not window.spelling.speller.ready


def test_a_key_typed_as_the_view_is_first_checked_leaves_the_rest_of_it_to_the_slices(
    qtbot: QtBot,
) -> None:
    """Qt hands the paragraphs after the one typed in to the underline while their states
    change: in a window just opened, the first key checked the rest of the view in the key
    (10 ms on a book). It checks its own paragraph; the view's slices check the others."""
    paragraphs = [para(f"Paragraphe {n} du conseil munisipal.") for n in range(400)]
    window = bare_window(article(title("Titre"), *paragraphs, meta=dict(language="fr")))
    needs_a_dictionary(window)
    underline = window.spelling.underline
    text = window.document.text
    qtbot.waitUntil(lambda: view_checked(window))
    underline.enabled = False  # every underline gone (not the setting: other windows keep it)
    underline.rehighlight()
    underline.enabled = True  # on again, the view not checked yet: a window just opened
    for number in underline.visible():
        text.findBlockByNumber(number).setUserState(underline.UNCHECKED)
    typed_in, below = text.findBlockByNumber(3), [text.findBlockByNumber(n) for n in range(4, 12)]
    cursor = window.surface.textCursor()
    cursor.setPosition(typed_in.position())
    window.surface.setTextCursor(cursor)
    QTest.keyClicks(window.surface, "Le ")

    assert underlined(typed_in) == ["munisipal"]  # its own paragraph, at once
    assert all(p.userState() == underline.UNCHECKED and not underlined(p) for p in below)
    qtbot.waitUntil(lambda: all(underlined(p) == ["munisipal"] for p in below))
