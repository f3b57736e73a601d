"""A desk's review from start to end in the real window: tracked typing, a deleted word, a
paragraph made a subhead, a comment and its reply, one change accepted and one rejected;
each step undone and redone, then saved and opened again the same."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from editor.app.application import Copydesk
from editor.app.main_window import MainWindow
from editor.app.reviewer import ReviewerQuestion
from editor.model import review, storage
from editor.model.article import Article
from tests.app.test_comments_dock import write
from tests.app.test_tracked_typing import EDITOR, at, copy


def select(window: MainWindow, block_id: str, start: int, end: int) -> None:
    at(window, block_id, start)
    cursor = window.surface.textCursor()
    cursor.setPosition(cursor.position() + end - start, QTextCursor.MoveMode.KeepAnchor)
    window.surface.setTextCursor(cursor)


def test_track_comment_decide_undo_each_save_reopen(
    desk: Copydesk, tmp_path: Path, qtbot: QtBot
) -> None:
    path = tmp_path / "marche.article"
    start = copy()
    storage.save(start, path)
    window = desk.open(path)
    assert window is not None
    document, surface = window.document, window.surface
    steps: list[tuple[int, Article]] = [(document.undo_stack.index(), document.article)]

    def done() -> None:
        steps.append((document.undo_stack.index(), document.article))

    window.action("review:track").trigger()  # no name yet: asked first
    question = window.findChild(ReviewerQuestion)
    assert isinstance(question, ReviewerQuestion)
    assert surface.tracking_as == "" and not window.action("review:track").isChecked()
    question.fields.name.setText(EDITOR)
    question.take()
    assert surface.tracking_as == EDITOR and window.action("review:track").isChecked()

    at(window, "p1", len("Les commerçants reviennent"))
    qtbot.keyClicks(surface, " tous")
    done()
    lundi = len("Les commerçants reviennent tous ")
    select(window, "p1", lundi, lundi + len("lundi "))
    qtbot.keyClick(surface, Qt.Key.Key_Delete)
    done()
    select(window, "p2", len("La mairie "), len("La mairie promet "))
    qtbot.keyClick(surface, Qt.Key.Key_Backspace)
    done()
    window.action("kind:subhead").trigger()
    done()
    select(window, "t", len("Le "), len("Le marché"))
    window.action("review:new_comment").trigger()
    write(window, "Couvert ou non ?")
    done()
    [comment] = document.article.comments
    window.comments.list.setCurrentRow(window.comments.ids.index(comment))
    window.comments.reply_button.click()
    write(window, "Couvert, depuis 1905.")
    done()
    places = review.suggestion_places(document.article)
    by_text = {place.text: sid for sid, place in places.items()}
    assert set(by_text) == {" tous", "lundi ", "promet ", "La mairie promet des travaux."}
    at(window, "p1", len("Les commerçants reviennent to"))
    window.action("review:accept").trigger()
    done()
    at(window, "p2", len("La mairie pro"))
    window.action("review:reject").trigger()
    done()

    final = document.article
    assert [(b.kind, b.plain_text) for b in review.accepted_view(final).blocks] == [
        ("title", "Le marché couvert rouvre"),
        ("paragraph", "Les commerçants reviennent tous matin."),
        ("subhead", "La mairie promet des travaux."),
    ]
    left = {
        (s.type, s.author, review.suggestion_places(final)[s.id].text)
        for s in final.suggestions.values()
    }
    assert left == {
        ("delete", EDITOR, "lundi "),
        ("kind-change", EDITOR, "La mairie promet des travaux."),
    }
    assert final.comments[comment].replies[0].text == "Couvert, depuis 1905."
    window.check_dock.refresh()  # the check reads the accepted text and the pending review
    shown = "\n".join(
        window.check_dock.list.item(n).text() for n in range(window.check_dock.list.count())
    )
    assert "2 suggestion" in shown and "not yet accepted or rejected" in shown

    for index, article in reversed(steps[:-1]):
        while document.undo_stack.index() > index:
            window.action("undo").trigger()
        assert document.article == article
    for index, article in steps[1:]:
        while document.undo_stack.index() < index:
            window.action("redo").trigger()
        assert document.article == article

    window.action("save").trigger()
    window.close()
    again = desk.open(path)
    assert again is not None
    assert again.document.article == final
    assert storage.load(path) == final
