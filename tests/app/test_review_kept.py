"""An article under review in today's window: nothing of the review is lost.

The window has no review tools yet; it shows deletions struck through and insertions
underlined, and every suggestion and comment survives opening, typing elsewhere, restyling
and saving.
"""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from editor.app import bridge, clipboard
from editor.app.application import Copydesk
from editor.app.check_dock import CheckDock
from editor.model import review, storage
from editor.model.annotations import Comment, Suggestion
from editor.model.article import Article
from editor.model.build import article, deleted, para, title
from tests.model.test_review import WHEN, desk_edit
from tests.strategies import reviewed_articles


def under_review(tmp_path: Path) -> Path:
    noted = review.add_comment(
        desk_edit(),
        Comment("c1", "Anne Martin", WHEN, "Source ?"),
        review.Anchor("p1", 0),
        review.Anchor("p1", 20),
    )
    path = tmp_path / "sommet.article"
    storage.save(noted, path)
    return path


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(reviewed_articles())
def test_the_page_reads_back_every_suggestion_and_comment(qapp: object, source: Article) -> None:
    assert bridge.to_model(bridge.to_qt(source), source) == source


def test_typing_restyling_and_saving_keep_the_review(desk: Copydesk, tmp_path: Path) -> None:
    path = under_review(tmp_path)
    before = storage.load(path)
    window = desk.open(path)
    assert window is not None
    surface = window.surface
    cursor = surface.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    surface.setTextCursor(cursor)
    surface.setFocus()
    QTest.keyClicks(surface, " en 2027")
    paragraph = surface.document().findBlockByNumber(1)
    assert paragraph.text().startswith("Les ministres se sont réunis")
    cursor.setPosition(paragraph.position())
    cursor.setPosition(
        paragraph.position() + paragraph.length() - 1, QTextCursor.MoveMode.KeepAnchor
    )
    surface.setTextCursor(cursor)
    window.action("mark:em").trigger()
    window.action("save").trigger()
    assert not window.document.dirty

    saved = storage.load(path)
    assert saved.title == "Le sommet de l’OTAN en 2027"
    assert saved.suggestions == before.suggestions and saved.comments == before.comments
    assert [(r.text, r.insert, r.delete, r.comments) for r in saved.blocks[1].text] == [
        (r.text, r.insert, r.delete, r.comments) for r in before.blocks[1].text
    ]
    assert all("em" in r.marks for r in saved.blocks[1].text)
    assert saved.blocks[2:] == before.blocks[2:]
    assert (
        review.accepted_view(saved).blocks[1].plain_text == "Les ministres ont siégé à Bruxelles."
    )


def test_deleted_text_shows_struck_through_and_inserted_text_underlined(
    desk: Copydesk, tmp_path: Path
) -> None:
    window = desk.open(under_review(tmp_path))
    assert window is not None
    pieces = list(bridge.fragments(window.surface.document().findBlockByNumber(1)))
    struck = "".join(f.text() for f in pieces if f.charFormat().fontStrikeOut())
    underlined = "".join(
        f.text()
        for f in pieces
        if f.charFormat().fontUnderline() and not f.charFormat().fontStrikeOut()
    )
    assert struck == "se sont réunis"
    assert underlined == "ont siégé"
    window.grab().save(str(tmp_path / "review.png"))


def test_the_check_panel_says_what_waits_for_the_desk(desk: Copydesk, tmp_path: Path) -> None:
    window = desk.open(under_review(tmp_path))
    assert window is not None
    dock = window.findChild(CheckDock)
    assert isinstance(dock, CheckDock)
    dock.refresh()
    texts = dock.list.texts()
    assert "4 suggestions not yet accepted or rejected" in "\n".join(texts)
    assert "1 open comment:" in "\n".join(texts)
    assert window.document.article.suggestions.keys() == {"s1", "s2", "s3", "s4"}


def test_text_typed_beside_a_suggestion_is_plain_text(desk: Copydesk, tmp_path: Path) -> None:
    """Until the window tracks changes, what you type is yours and final: typed right after a
    deleted run it must not be deleted with it, nor credited to another's insertion."""
    window = desk.open(under_review(tmp_path))
    assert window is not None
    surface = window.surface
    paragraph = surface.document().findBlockByNumber(1)
    for after in ("Les ministres se sont réunis", "Les ministres se sont réunisXont siégé"):
        cursor = surface.textCursor()
        cursor.setPosition(paragraph.position() + len(after))
        surface.setTextCursor(cursor)
        surface.setFocus()
        QTest.keyClicks(surface, "X")
    runs = window.document.article.blocks[1].text
    typed = [(r.text, r.insert, r.delete) for r in runs if "X" in r.text]
    assert typed == [("X", None, None), ("X à Bruxelles.", None, None)]
    assert review.accepted_view(window.document.article).blocks[1].plain_text == (
        "Les ministres Xont siégéX à Bruxelles."
    )


def test_a_suggestion_whose_text_was_cut_is_not_saved(desk: Copydesk, tmp_path: Path) -> None:
    """Cutting all of a suggested insertion leaves nothing to accept or reject: the saved file
    does not list it (the comments stay, even when their text went)."""
    path = under_review(tmp_path)
    window = desk.open(path)
    assert window is not None
    surface = window.surface
    paragraph = surface.document().findBlockByNumber(1)
    start = paragraph.position() + len("Les ministres se sont réunis")
    cursor = surface.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len("ont siégé"), QTextCursor.MoveMode.KeepAnchor)
    surface.setTextCursor(cursor)
    surface.setFocus()
    QTest.keyClick(surface, Qt.Key.Key_Delete)
    window.action("save").trigger()
    saved = storage.load(path)
    assert list(saved.suggestions) == ["s1", "s3", "s4"]
    assert list(saved.comments) == ["c1"]
    assert copydesk_list(path) == ["s1", "s3", "s4"]


def copydesk_list(path: Path) -> list[str]:
    from tests.test_cli import copydesk

    result = copydesk("review", path, "--list", "--json")
    return [s["id"] for s in json.loads(result.stdout)["suggestions"]]


def test_a_copy_across_a_suggestion_pastes_as_the_text_reads_accepted(
    desk: Copydesk, tmp_path: Path
) -> None:
    window = desk.open(under_review(tmp_path))
    assert window is not None
    surface = window.surface
    paragraph = surface.document().findBlockByNumber(1)
    cursor = surface.textCursor()
    cursor.setPosition(paragraph.position())
    cursor.setPosition(
        paragraph.position() + paragraph.length() - 1, QTextCursor.MoveMode.KeepAnchor
    )
    copied = clipboard.to_mime(
        window.document.article, clipboard.selected_blocks(window.document, cursor)
    )
    blocks, _ = clipboard.from_mime(copied)
    assert [(b.kind, b.plain_text) for b in blocks] == [
        ("paragraph", "Les ministres ont siégé à Bruxelles.")
    ]
    assert not any(r.is_annotated for r in blocks[0].text)
    assert copied.text() == "Les ministres ont siégé à Bruxelles."


def test_a_problem_after_deleted_text_is_selected_where_the_page_shows_it(
    desk: Copydesk, tmp_path: Path
) -> None:
    path = tmp_path / "tk.article"
    storage.save(
        article(
            title("Titre"),
            para("Les ministres ", deleted("se sont réunis ", "s1"), "TK à Bruxelles.", id="p"),
            suggestions=(Suggestion("s1", "delete", "Paul Durand", WHEN),),
        ),
        path,
    )
    window = desk.open(path)
    assert window is not None
    dock = window.findChild(CheckDock)
    assert isinstance(dock, CheckDock)
    dock.refresh()
    [row] = [n for n, p in enumerate(dock.problems) if p.code == "placeholder"]
    dock.select(row)
    assert window.surface.textCursor().selectedText() == "TK"
