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
    shown = "\n".join(window.check_dock.list.texts())
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


def test_block_commands_while_tracking(desk: Copydesk, tmp_path: Path) -> None:
    """Delete Block, Move Up and Insert Pull Quote while tracking: suggestions that accepting
    carries out and rejecting takes back; each one step of the history."""
    from editor.model.annotations import accepted_view
    from tests.app.test_tracked_typing import kinds, opened, saved_and_read, tracking

    window = opened(desk, tmp_path)
    document = window.document
    tracking(window)
    at(window, "p1", 3)
    window.action("delete_block").trigger()
    assert document.block("p1").delete is not None
    assert [b.id for b in accepted_view(document.article).blocks] == ["t", "p2"]
    assert review.reject_all(saved_and_read(window)) == copy()
    window.action("undo").trigger()
    assert document.article == copy()

    at(window, "p2", 3)
    window.action("move_up").trigger()
    ids = [b.id for b in document.article.blocks]
    assert ids[0] == "t" and ids[2:] == ["p1", "p2"]  # the copy above, the original struck
    assert sorted(kinds(window).values()) == ["block-delete", "block-insert", "insert"]
    reread = saved_and_read(window)
    moved = [(b.kind, b.plain_text) for b in review.accept_all(reread).blocks]
    assert moved == [
        ("title", "Le marché couvert rouvre"),
        ("paragraph", "La mairie promet des travaux."),
        ("paragraph", "Les commerçants reviennent lundi matin."),
    ]
    assert review.reject_all(reread) == copy()
    assert window.surface.textCursor().block().text() == "La mairie promet des travaux."
    window.action("undo").trigger()
    assert document.article == copy()

    at(window, "p1", 3)
    window.action("insert_pullquote").trigger()
    made = [b for b in document.article.blocks if b.kind == "pullquote"]
    assert len(made) == 1 and made[0].insert is not None
    assert kinds(window) == {made[0].insert: "block-insert"}
    assert review.reject_all(saved_and_read(window)) == copy()
    window.action("undo").trigger()
    assert document.article == copy()


def test_typing_beside_a_pull_quote_while_tracking(
    desk: Copydesk, tmp_path: Path, qtbot: QtBot
) -> None:
    """After a frame, where Qt keeps an empty spacer: the paragraph made and its words are
    inserted, and the file keeps each suggestion with its type."""
    from editor.model.build import article, quote, title
    from tests.app.test_tracked_typing import kinds, opened, saved_and_read, tracking

    start = article(
        title("Le marché couvert rouvre", id="t"),
        quote("On revient enfin.", by="Une cliente", id="q"),
        meta={"language": "fr", "id": "urn:uuid:5c1f0d3e-6a0b-4f39-9e43-0d1c5a7e2b11"},
    )
    window = opened(desk, tmp_path, start)
    tracking(window)
    surface = window.surface
    cursor = surface.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)  # the spacer after the frame
    surface.setTextCursor(cursor)
    qtbot.keyClicks(surface, "Fin")
    made = window.document.article.blocks[-1]
    assert made.plain_text == "Fin" and made.insert is not None
    assert made.text[0].insert is not None
    assert sorted(kinds(window).values()) == ["block-insert", "insert"]
    assert review.reject_all(saved_and_read(window)) == start


def test_a_pull_quote_s_attribution_is_edited_untracked(
    desk: Copydesk, tmp_path: Path, qtbot: QtBot
) -> None:
    """A field of its block, like the metadata: typed over and deleted as without tracking."""
    from editor.model.build import article, quote, title
    from tests.app.test_tracked_typing import opened, tracking

    start = article(
        title("Le marché couvert rouvre", id="t"),
        quote("On revient enfin.", by="Une cliente", id="q"),
        meta={"language": "fr", "id": "urn:uuid:5c1f0d3e-6a0b-4f39-9e43-0d1c5a7e2b11"},
    )
    window = opened(desk, tmp_path, start)
    tracking(window)
    surface = window.surface
    attribution = surface.document().begin()
    while attribution.text() != "Une cliente":
        attribution = attribution.next()
    cursor = surface.textCursor()
    cursor.setPosition(attribution.position() + len("Une "))
    cursor.setPosition(attribution.position() + len("Une cliente"), cursor.MoveMode.KeepAnchor)
    surface.setTextCursor(cursor)
    qtbot.keyClicks(surface, "marchande")
    qtbot.keyClick(surface, Qt.Key.Key_Backspace)
    assert window.document.block("q").attr("attribution") == "Une marchand"
    assert not window.document.article.suggestions


def test_typography_fixes_from_the_check_are_tracked(desk: Copydesk, tmp_path: Path) -> None:
    from editor.model.annotations import accepted_view
    from editor.model.build import article, para, title
    from tests.app.test_tracked_typing import opened, saved_and_read, tracking

    start = article(
        title("Le marché couvert rouvre", id="t"),
        para("Enfin ! Les étals reviennent ; les clients aussi ?", id="p1"),
        meta={"language": "fr", "id": "urn:uuid:5c1f0d3e-6a0b-4f39-9e43-0d1c5a7e2b11"},
    )
    window = opened(desk, tmp_path, start)
    tracking(window)
    window.check_dock.fix_all_typography()
    reread = saved_and_read(window)
    assert accepted_view(reread).blocks[1].plain_text == (
        "Enfin\u202f! Les étals reviennent\u202f; les clients aussi\u202f?"
    )
    assert review.reject_all(reread) == start
    assert {s.author for s in reread.suggestions.values()} == {EDITOR}
    window.action("undo").trigger()
    assert window.document.article == start
