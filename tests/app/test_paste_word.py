"""Pasting from Word into the real window: paragraph styles become article parts by name, as
opening the DOCX would make them, in one undoable step."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor.app import bridge
from editor.app.document import Document
from editor.app.main_window import MainWindow
from editor.app.settings import Settings
from editor.model.article import Article
from editor.model.build import article, para, title
from editor.model.inline import EM, LINK, STRONG, SUP

FIXTURES = Path(__file__).parents[1] / "formats" / "fixtures"


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    start = article(title("Titre"), para("Premier paragraphe."))
    shown = MainWindow(Document(start), opener=lambda path: None)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.document.undo_stack.setClean()  # closing would ask about unsaved changes
    shown.close()
    shown.deleteLater()  # made without the application: not deleted on close


@pytest.fixture
def style_map_setting() -> Iterator[Settings]:
    settings = Settings()
    yield settings
    settings.set("style_map", "")


def paste_word(window: MainWindow, fixture: str) -> None:
    """Word's HTML on the real clipboard, pasted at the end of the last paragraph."""
    cursor = window.surface.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    window.surface.setTextCursor(cursor)
    mime = QMimeData()
    mime.setHtml((FIXTURES / fixture).read_text(encoding="utf-8"))
    mime.setText("texte brut")
    QApplication.clipboard().setMimeData(mime)
    try:
        window.commands["paste"].trigger()
    finally:
        QApplication.clipboard().clear()  # the clipboard must not outlive Python holding our data
    QApplication.processEvents()


def on_screen(window: MainWindow) -> Article:
    """The model, checked to be exactly what the page shows."""
    document = window.document
    assert document.article == bridge.to_model(document.text, document.article)
    return document.article


def test_word_styles_arrive_as_article_parts_and_one_ctrl_z_takes_them_away(
    window: MainWindow,
) -> None:
    before = on_screen(window)
    paste_word(window, "word-clipboard-en.html")
    blocks = on_screen(window).blocks
    assert [b.kind for b in blocks] == [
        "title",
        "paragraph",
        "kicker",
        "title",
        "standfirst",
        "paragraph",
        "paragraph",
        "subhead",
        "paragraph",
        "paragraph",
        "pullquote",
        "paragraph",
        "author_bio",
    ]
    assert blocks[1].plain_text == "Premier paragraphe."
    assert blocks[3].plain_text == "The night ferry that keeps an island awake"
    marks = {run.text: run.marks for run in blocks[5].text if run.marks}
    assert marks["st"] == frozenset({SUP})
    assert marks["forty minutes"] == frozenset({STRONG})
    assert marks["the operator’s site"] == frozenset({LINK})
    assert {run.text: run.marks for run in blocks[4].text if run.marks} == {
        "occasional": frozenset({EM})
    }
    assert blocks[10].attr("attribution") == "Tom Hale, captain"

    QTest.keyClick(window.surface, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert [(b.kind, b.text) for b in on_screen(window).blocks] == [
        (b.kind, b.text) for b in before.blocks
    ]


def test_the_style_map_in_the_preferences_is_used(
    window: MainWindow, style_map_setting: Settings, tmp_path: Path
) -> None:
    newsroom = tmp_path / "styles-journal.json"
    newsroom.write_text(json.dumps({"subhead": "Chapô de la une"}), encoding="utf-8")
    style_map_setting.set("style_map", str(newsroom))
    paste_word(window, "word-clipboard-fr.html")
    blocks = on_screen(window).blocks
    assert blocks[5].plain_text.startswith("Samedi, plus de deux cents")
    assert blocks[5].kind == "subhead"
    assert "«\u00a0On n’y croyait plus\u00a0!\u00a0»" in blocks[7].plain_text


def test_a_broken_style_map_does_not_stop_the_paste(
    window: MainWindow, style_map_setting: Settings, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{ pas du JSON", encoding="utf-8")
    style_map_setting.set("style_map", str(broken))
    paste_word(window, "word-clipboard-fr.html")
    blocks = on_screen(window).blocks
    assert [b.kind for b in blocks[2:6]] == ["kicker", "title", "standfirst", "standfirst"]


def test_libreoffice_html_still_pastes_its_subheads_and_marks(window: MainWindow) -> None:
    paste_word(window, "libreoffice-clipboard.html")
    blocks = on_screen(window).blocks
    assert [b.kind for b in blocks].count("subhead") == 2
    assert {b.kind for b in blocks[2:]} <= {"paragraph", "subhead"}
    assert any(SUP in run.marks for b in blocks for run in b.text)
