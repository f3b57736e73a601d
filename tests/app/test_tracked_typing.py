"""Tracked typing, driven in the real window: each rule asserted on the model and the file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from editor.app.application import Copydesk
from editor.app.main_window import MainWindow
from editor.model import review, storage
from editor.model.annotations import accepted_view
from editor.model.article import Article
from editor.model.build import article, para, title
from editor.model.inline import Run

EDITOR = "Léa Moreau"


def opened(desk: Copydesk, tmp_path: Path, start: Article | None = None) -> MainWindow:
    path = tmp_path / "copie.article"
    storage.save(start or copy(), path)
    desk.settings.set("reviewer_name", EDITOR)
    window = desk.open(path)
    assert window is not None
    return window


def copy() -> Article:
    return article(
        title("Le marché couvert rouvre", id="t"),
        para("Les commerçants reviennent lundi matin.", id="p1"),
        para("La mairie promet des travaux.", id="p2"),
        meta={"language": "fr", "id": "urn:uuid:5c1f0d3e-6a0b-4f39-9e43-0d1c5a7e2b11"},
    )


def tracking(window: MainWindow) -> None:
    window.action("review:track").trigger()
    assert window.surface.tracking_as == EDITOR


def at(window: MainWindow, block_id: str, offset: int) -> None:
    """The cursor in block `block_id` (a root paragraph), `offset` characters in."""
    surface = window.surface
    paragraph = surface.document().begin()
    while paragraph.isValid():
        if paragraph.blockFormat().stringProperty(0x100000 + 2) == block_id:
            break
        paragraph = paragraph.next()
    cursor = surface.textCursor()
    cursor.setPosition(paragraph.position() + offset)
    surface.setTextCursor(cursor)


def runs(window: MainWindow, block_id: str) -> tuple[Run, ...]:
    return window.document.block(block_id).text


def kinds(window: MainWindow) -> dict[str, str]:
    return {s.id: s.type for s in window.document.article.suggestions.values()}


def saved_and_read(window: MainWindow) -> Article:
    window.save()
    assert window.document.path is not None
    reread = storage.load(window.document.path)
    assert reread == window.document.article
    return reread


def test_the_command_shows_a_badge_and_asks_nothing_once_named(
    desk: Copydesk, tmp_path: Path
) -> None:
    window = opened(desk, tmp_path)
    action = window.action("review:track")
    assert action.isCheckable() and not action.isChecked()
    assert action.shortcut().toString() == "Ctrl+Shift+E"
    badge = window.findChild(QLabel, "trackingBadge")
    assert badge is not None and not badge.isVisibleTo(window)
    tracking(window)
    assert action.isChecked() and badge.isVisibleTo(window)
    assert badge.text() == "Tracking"
    action.trigger()
    assert window.surface.tracking_as == "" and not badge.isVisibleTo(window)


def test_typing_is_one_insertion_extended_and_one_undo_step(
    desk: Copydesk, tmp_path: Path, qtbot: QtBot
) -> None:
    window = opened(desk, tmp_path)
    tracking(window)
    at(window, "p1", len("Les commerçants reviennent"))
    qtbot.keyClicks(window.surface, " tous")
    text = runs(window, "p1")
    assert [r.text for r in text] == ["Les commerçants reviennent", " tous", " lundi matin."]
    sid = text[1].insert
    assert sid is not None
    assert kinds(window) == {sid: "insert"}
    suggestion = window.document.article.suggestions[sid]
    assert suggestion.author == EDITOR and suggestion.date is not None
    at(window, "p1", len("Les commerçants reviennent tous"))  # the edge of one's own insertion
    qtbot.keyClicks(window.surface, "!")  # with French typography's narrow space, added
    assert runs(window, "p1")[1] == Run(" tous\u202f!", insert=sid)
    assert len(window.document.article.suggestions) == 1
    reread = saved_and_read(window)
    assert accepted_view(reread).blocks[1].plain_text == (
        "Les commerçants reviennent tous\u202f! lundi matin."
    )
    window.action("undo").trigger()  # the typography
    assert runs(window, "p1")[1] == Run(" tous!", insert=sid)
    window.action("undo").trigger()  # the word typed: one step, as untracked
    assert runs(window, "p1")[1] == Run(" ", insert=sid)
    window.action("undo").trigger()  # the space that began it, and the suggestion's row
    assert window.document.article == copy()
    window.action("redo").trigger()
    assert runs(window, "p1")[1] == Run(" ", insert=sid)
    assert kinds(window) == {sid: "insert"}


def test_deleting_original_text_marks_it_and_steps_past_it(
    desk: Copydesk, tmp_path: Path, qtbot: QtBot
) -> None:
    window = opened(desk, tmp_path)
    tracking(window)
    at(window, "p1", len("Les commerçants reviennent lundi"))
    for _ in range(len(" lundi")):
        qtbot.keyClick(window.surface, Qt.Key.Key_Backspace)
    text = runs(window, "p1")
    assert [r.text for r in text] == ["Les commerçants reviennent", " lundi", " matin."]
    assert text[1].delete is not None and text[0].delete is None
    assert kinds(window) == {text[1].delete: "delete"}  # one deletion, extended
    assert window.surface.textCursor().positionInBlock() == len("Les commerçants reviennent")
    qtbot.keyClick(window.surface, Qt.Key.Key_Delete)  # over " lundi", deleted: the space
    qtbot.keyClick(window.surface, Qt.Key.Key_Backspace)  # back over both: the "t"
    text = runs(window, "p1")
    assert [r.text for r in text] == ["Les commerçants reviennen", "t lundi ", "matin."]
    assert kinds(window) == {text[1].delete: "delete"}  # still the one deletion
    reread = saved_and_read(window)
    assert accepted_view(reread).blocks[1].plain_text == "Les commerçants reviennenmatin."
    assert review.original_view(reread).blocks[1].plain_text == copy().blocks[1].plain_text
    while window.document.undo_stack.canUndo():
        window.action("undo").trigger()
    assert window.document.article == copy()


def test_deleting_one_s_own_insertion_removes_it(
    desk: Copydesk, tmp_path: Path, qtbot: QtBot
) -> None:
    window = opened(desk, tmp_path)
    tracking(window)
    at(window, "p2", len("La mairie"))
    qtbot.keyClicks(window.surface, " bis")
    assert len(window.document.article.suggestions) == 1
    qtbot.keyClick(window.surface, Qt.Key.Key_Backspace)
    assert [r.text for r in runs(window, "p2")] == ["La mairie", " bi", " promet des travaux."]
    for _ in range(3):
        qtbot.keyClick(window.surface, Qt.Key.Key_Backspace)
    assert window.document.article == copy()  # the suggestion went with its last letter
    assert saved_and_read(window) == copy()
    window.action("undo").trigger()  # the last character, and the suggestion's row with it
    assert [r.text for r in runs(window, "p2")] == ["La mairie", " ", " promet des travaux."]
    assert len(window.document.article.suggestions) == 1
    window.action("redo").trigger()
    assert window.document.article == copy()


def test_enter_makes_a_paragraph_inserted_that_rejecting_joins_back(
    desk: Copydesk, tmp_path: Path, qtbot: QtBot
) -> None:
    window = opened(desk, tmp_path)
    tracking(window)
    at(window, "p1", len("Les commerçants reviennent"))
    qtbot.keyClick(window.surface, Qt.Key.Key_Return)
    blocks = window.document.article.blocks
    assert [b.plain_text for b in blocks[1:3]] == ["Les commerçants reviennent", " lundi matin."]
    new = blocks[2]
    assert new.insert is not None and kinds(window) == {new.insert: "block-insert"}
    assert window.surface.textCursor().block().text() == " lundi matin."
    reread = saved_and_read(window)
    assert reread.blocks[2].insert == new.insert
    assert review.reject_all(reread).blocks == copy().blocks  # the split joined back
    assert [b.plain_text for b in accepted_view(reread).blocks][1:3] == [
        "Les commerçants reviennent",
        " lundi matin.",
    ]
    window.action("undo").trigger()
    assert window.document.article == copy()
    window.action("redo").trigger()
    assert window.document.article.blocks[2].insert == new.insert
    assert window.document.article == reread
    qtbot.keyClick(window.surface, Qt.Key.Key_Backspace)  # one's own new paragraph joins back
    assert window.document.article == copy()


def test_a_word_selected_and_deleted_is_one_deletion(
    desk: Copydesk, tmp_path: Path, qtbot: QtBot
) -> None:
    window = opened(desk, tmp_path)
    tracking(window)
    at(window, "p2", len("La mairie "))
    cursor = window.surface.textCursor()
    cursor.setPosition(cursor.position() + len("promet "), cursor.MoveMode.KeepAnchor)
    window.surface.setTextCursor(cursor)
    qtbot.keyClick(window.surface, Qt.Key.Key_Delete)
    text = runs(window, "p2")
    assert [r.text for r in text] == ["La mairie ", "promet ", "des travaux."]
    assert kinds(window) == {text[1].delete: "delete"}
    assert window.surface.textCursor().positionInBlock() == len("La mairie promet ")
    qtbot.keyClicks(window.surface, "annonce ")  # after the deleted word, as in Word
    text = runs(window, "p2")
    assert [r.text for r in text] == ["La mairie ", "promet ", "annonce ", "des travaux."]
    assert sorted(kinds(window).values()) == ["delete", "insert"]
    reread = saved_and_read(window)
    assert accepted_view(reread).blocks[2].plain_text == "La mairie annonce des travaux."
    while window.document.undo_stack.canUndo():
        window.action("undo").trigger()
    assert window.document.article == copy()


def test_typing_over_someone_s_insertion_and_deleting_it(
    desk: Copydesk, tmp_path: Path, qtbot: QtBot
) -> None:
    """Another's insertion deleted keeps both marks on the run, as the model allows: accept
    all leaves nothing of it, rejecting the deletion alone gives it back."""
    from editor.model.annotations import Suggestion
    from editor.model.build import inserted
    from tests.model.test_review import WHEN

    start = article(
        title("Le marché couvert rouvre", id="t"),
        para("Les commerçants ", inserted("tous ", "s9"), "reviennent.", id="p1"),
        meta={"language": "fr", "id": "urn:uuid:5c1f0d3e-6a0b-4f39-9e43-0d1c5a7e2b11"},
        suggestions=(Suggestion("s9", "insert", "Paul Durand", WHEN),),
    )
    window = opened(desk, tmp_path, start)
    tracking(window)
    at(window, "p1", len("Les commerçants tous"))
    qtbot.keyClick(window.surface, Qt.Key.Key_Backspace)
    text = runs(window, "p1")
    assert [r.text for r in text] == ["Les commerçants ", "tou", "s", " ", "reviennent."]
    mine = text[2].delete
    assert text[2].insert == "s9" and mine is not None
    assert window.document.article.suggestions[mine].author == EDITOR
    qtbot.keyClicks(window.surface, "x")  # inside Paul's insertion: one's own, beside it
    text = runs(window, "p1")
    assert text[2] == Run("x", insert=text[2].insert) and text[2].insert not in ("s9", None)
    reread = saved_and_read(window)
    assert accepted_view(reread).blocks[1].plain_text == "Les commerçants toux reviennent."
    assert review.reject(reread, mine).blocks[1].plain_text == "Les commerçants touxs reviennent."


def test_a_kind_changed_while_tracking_is_a_suggestion_that_remembers_the_kind(
    desk: Copydesk, tmp_path: Path, qtbot: QtBot
) -> None:
    window = opened(desk, tmp_path)
    tracking(window)
    at(window, "p2", len("La mairie"))
    qtbot.keyClicks(window.surface, " bis")
    window.action("kind:subhead").trigger()
    block = window.document.block("p2")
    assert block.kind == "subhead" and block.kind_change is not None
    assert [r.text for r in block.text] == ["La mairie", " bis", " promet des travaux."]
    assert block.text[1].insert is not None  # the words typed stay an insertion
    changed = window.document.article.suggestions[block.kind_change]
    assert (changed.type, changed.from_kind, changed.author) == ("kind-change", "paragraph", EDITOR)
    reread = saved_and_read(window)
    assert review.reject(reread, changed.id).blocks[2].kind == "paragraph"
    window.action("kind:paragraph").trigger()  # back to the kind it had: nothing to suggest
    assert window.document.block("p2").kind_change is None
    assert kinds(window) == {block.text[1].insert: "insert"}
    window.action("undo").trigger()
    assert window.document.article == reread
    window.action("undo").trigger()
    assert window.document.block("p2").kind == "paragraph"
    assert window.document.block("p2").text == block.text
    assert kinds(window) == {block.text[1].insert: "insert"}
    window.action("redo").trigger()
    assert window.document.article == reread


def test_the_insertion_typed_takes_its_author_s_colour(
    desk: Copydesk, tmp_path: Path, qtbot: QtBot
) -> None:
    """The colours are painted again when the suggestion starts, and at a pause while it is
    extended (not at each key: a pass over the article's changes)."""
    window = opened(desk, tmp_path)
    tracking(window)
    at(window, "p2", len("La mairie"))
    qtbot.keyClicks(window.surface, " bis")
    start = window.surface.textCursor().block().position() + len("La mairie")

    def coloured() -> list[tuple[int, int]]:
        return [
            (s.cursor.selectionStart() - start, s.cursor.selectionEnd() - start)
            for s in window.surface.review_marks
        ]

    qtbot.waitUntil(lambda: coloured() == [(0, len(" bis"))], timeout=10000)
    qtbot.keyClicks(window.surface, "sextile")
    assert window.review_marks.watch.later  # the same suggestion, longer
    qtbot.waitUntil(lambda: coloured() == [(0, len(" bissextile"))], timeout=10000)


def test_typing_after_tracking_is_turned_off_is_plain_copy(
    desk: Copydesk, tmp_path: Path, qtbot: QtBot
) -> None:
    window = opened(desk, tmp_path)
    tracking(window)
    at(window, "p2", len("La mairie"))
    qtbot.keyClicks(window.surface, " bis")
    window.action("review:track").trigger()  # off, the cursor where it was
    qtbot.keyClicks(window.surface, "e")
    text = runs(window, "p2")
    assert [r.text for r in text] == ["La mairie", " bis", "e promet des travaux."]
    assert text[2].insert is None


def test_italics_switched_on_while_tracking_type_an_italic_insertion(
    desk: Copydesk, tmp_path: Path, qtbot: QtBot
) -> None:
    window = opened(desk, tmp_path)
    tracking(window)
    at(window, "p2", len("La mairie"))
    qtbot.keyClicks(window.surface, " ")
    window.action("mark:em").trigger()
    qtbot.keyClicks(window.surface, "bis")
    text = runs(window, "p2")
    assert [(r.text, r.marks, r.insert is not None) for r in text[1:3]] == [
        (" ", frozenset(), True),
        ("bis", frozenset({"em"}), True),
    ]
    assert text[1].insert == text[2].insert  # one insertion, italic in part


def test_cut_and_paste_while_tracking(desk: Copydesk, tmp_path: Path, qtbot: QtBot) -> None:
    window = opened(desk, tmp_path)
    tracking(window)
    words = window.document.counts.total.words
    at(window, "p1", len("Les commerçants reviennent "))
    cursor = window.surface.textCursor()
    cursor.setPosition(cursor.position() + len("lundi "), cursor.MoveMode.KeepAnchor)
    window.surface.setTextCursor(cursor)
    window.action("cut").trigger()
    text = runs(window, "p1")
    assert [r.text for r in text] == ["Les commerçants reviennent ", "lundi ", "matin."]
    assert text[1].delete is not None
    assert window.document.counts.total.words == words - 1  # counts read the accepted text
    at(window, "p2", len("La mairie promet "))
    window.action("paste").trigger()
    text = runs(window, "p2")
    assert [r.text for r in text] == ["La mairie promet ", "lundi ", "des travaux."]
    assert text[1].insert is not None
    assert sorted(kinds(window).values()) == ["delete", "insert"]
    reread = saved_and_read(window)
    assert [b.plain_text for b in accepted_view(reread).blocks][1:] == [
        "Les commerçants reviennent matin.",
        "La mairie promet lundi des travaux.",
    ]
    while window.document.undo_stack.canUndo():
        window.action("undo").trigger()
    assert window.document.article == copy()


def test_paragraph_edges_while_tracking(desk: Copydesk, tmp_path: Path, qtbot: QtBot) -> None:
    """Backspace at the start of an original paragraph steps into the one before, the words
    kept; a paragraph selected whole with its break is a block deletion; an emptied one
    deleted at its edge too."""
    window = opened(desk, tmp_path)
    tracking(window)
    at(window, "p2", 0)
    qtbot.keyClick(window.surface, Qt.Key.Key_Backspace)
    assert window.document.article == copy()
    surface = window.surface
    assert surface.textCursor().block().text() == "Les commerçants reviennent lundi matin."
    assert surface.textCursor().atBlockEnd()
    cursor = surface.textCursor()  # the end of p1 to the end of p2: p2 and its break
    cursor.movePosition(cursor.MoveOperation.NextBlock, cursor.MoveMode.KeepAnchor)
    cursor.movePosition(cursor.MoveOperation.EndOfBlock, cursor.MoveMode.KeepAnchor)
    surface.setTextCursor(cursor)
    qtbot.keyClick(surface, Qt.Key.Key_Delete)
    gone = window.document.block("p2")
    assert gone.delete is not None and kinds(window) == {gone.delete: "block-delete"}
    assert gone.plain_text == "La mairie promet des travaux."  # shown until accepted
    reread = saved_and_read(window)
    assert [b.id for b in accepted_view(reread).blocks] == ["t", "p1"]
    assert review.reject_all(reread) == copy()
    window.action("undo").trigger()
    assert window.document.article == copy()

    at(window, "p2", len("La mairie promet des travaux."))
    for _ in range(len("La mairie promet des travaux.")):
        qtbot.keyClick(surface, Qt.Key.Key_Backspace)
    assert [r.delete is not None for r in runs(window, "p2")] == [True]
    qtbot.keyClick(surface, Qt.Key.Key_Backspace)  # at the start of the emptied paragraph
    assert window.document.block("p2").delete is not None
    assert sorted(kinds(window).values()) == ["block-delete", "delete"]
    assert [b.id for b in accepted_view(saved_and_read(window)).blocks] == ["t", "p1"]


def test_ctrl_backspace_deletes_a_word_as_a_suggestion(
    desk: Copydesk, tmp_path: Path, qtbot: QtBot
) -> None:
    window = opened(desk, tmp_path)
    tracking(window)
    at(window, "p2", len("La mairie promet "))
    qtbot.keyClick(window.surface, Qt.Key.Key_Backspace, Qt.KeyboardModifier.ControlModifier)
    text = runs(window, "p2")
    assert [r.text for r in text] == ["La mairie ", "promet ", "des travaux."]
    assert text[1].delete is not None
    assert window.surface.textCursor().positionInBlock() == len("La mairie ")


def test_replacing_while_tracking_is_a_deletion_and_an_insertion(
    desk: Copydesk, tmp_path: Path
) -> None:
    """Find and replace, and a spelling fix, as Word tracks a replacement; one step each."""
    window = opened(desk, tmp_path)
    tracking(window)
    bar = window.find_bar
    bar.open_bar(replacing=True)
    bar.find_field.setText("lundi")
    bar.replace_field.setText("mardi")
    bar.replace_every()
    text = runs(window, "p1")
    assert [r.text for r in text] == ["Les commerçants reviennent ", "lundi", "mardi", " matin."]
    assert (text[1].delete, text[2].insert) != (None, None)
    assert sorted(kinds(window).values()) == ["delete", "insert"]
    window.action("undo").trigger()
    assert window.document.article == copy()

    start = window.surface.document().findBlockByNumber(2).position() + len("La mairie ")
    window.spelling.replace(start, start + len("promet"), "annonce")
    text = runs(window, "p2")
    assert [r.text for r in text] == ["La mairie ", "promet", "annonce", " des travaux."]
    reread = saved_and_read(window)
    assert accepted_view(reread).blocks[2].plain_text == "La mairie annonce des travaux."
    window.action("undo").trigger()
    assert window.document.article == copy()


def test_ctrl_shift_e_turns_tracking_on_and_off_from_the_text(
    desk: Copydesk, tmp_path: Path
) -> None:
    from PySide6.QtTest import QTest

    window = opened(desk, tmp_path)
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    window.surface.setFocus()
    both = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(window.surface, Qt.Key.Key_E, both)
    assert window.surface.tracking_as == EDITOR
    QTest.keyClick(window.surface, Qt.Key.Key_E, both)
    assert window.surface.tracking_as == ""
    assert window.document.article == copy()  # the key typed nothing


def test_cancelling_the_name_leaves_tracking_off(desk: Copydesk, tmp_path: Path) -> None:
    from editor.app.reviewer import ReviewerQuestion

    path = tmp_path / "copie.article"
    storage.save(copy(), path)
    window = desk.open(path)
    assert window is not None
    window.action("review:track").trigger()
    question = window.findChild(ReviewerQuestion)
    assert isinstance(question, ReviewerQuestion)
    question.reject()
    assert window.surface.tracking_as == ""
    assert not window.action("review:track").isChecked()
    badge = window.findChild(QLabel, "trackingBadge")
    assert badge is not None and not badge.isVisibleTo(window)


def test_typing_at_the_start_of_one_s_insertion_extends_it(
    desk: Copydesk, tmp_path: Path, qtbot: QtBot
) -> None:
    window = opened(desk, tmp_path)
    tracking(window)
    at(window, "p2", len("La mairie"))
    qtbot.keyClicks(window.surface, " bis")
    at(window, "p2", len("La mairie"))  # before the insertion, after the original words
    qtbot.keyClicks(window.surface, "x")
    text = runs(window, "p2")
    assert [r.text for r in text] == ["La mairie", "x bis", " promet des travaux."]
    assert len(window.document.article.suggestions) == 1


def test_backspaces_in_a_row_are_one_step_as_untracked(
    desk: Copydesk, tmp_path: Path, qtbot: QtBot
) -> None:
    window = opened(desk, tmp_path)
    tracking(window)
    at(window, "p1", len("Les commerçants reviennent lundi"))
    for _ in range(len(" lundi")):
        qtbot.keyClick(window.surface, Qt.Key.Key_Backspace)
    deleted = window.document.article
    assert window.document.undo_stack.count() == 1
    window.action("undo").trigger()
    assert window.document.article == copy()
    window.action("redo").trigger()
    assert window.document.article == deleted
    qtbot.keyClick(window.surface, Qt.Key.Key_Backspace)  # after a redo: a step of its own
    assert window.document.undo_stack.count() == 2
    window.action("undo").trigger()
    assert window.document.article == deleted


def test_typography_as_you_type_is_tracked_over_the_original_text(
    desk: Copydesk, tmp_path: Path, qtbot: QtBot
) -> None:
    """A colon typed after an original space: French typography makes the space a no-break
    one; while tracking, that is the original space deleted and the no-break one inserted."""
    window = opened(desk, tmp_path)
    tracking(window)
    at(window, "p2", len("La mairie promet "))
    qtbot.keyClicks(window.surface, ":")
    text = runs(window, "p2")
    assert "".join(r.text for r in text if r.delete is None) == (
        "La mairie promet\u00a0:des travaux."
    )
    assert [r.text for r in text if r.delete is not None] == [" "]
    reread = saved_and_read(window)
    assert review.reject_all(reread) == copy()
    assert window.surface.textCursor().positionInBlock() == len(text[0].text) + 1 + 2


def drop_on(window: MainWindow, block_id: str, offset: int) -> None:
    """Drop the selected words at `offset` in `block_id`, as a drag within the page ends (the
    surface's move while tracking; Qt's own drag cannot be driven offscreen)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QDropEvent

    surface = window.surface
    selection = surface.textCursor()
    mime = surface.createMimeDataFromSelection()
    at(window, block_id, offset)
    point = surface.cursorRect().center()
    surface.setTextCursor(selection)
    event = QDropEvent(
        point.toPointF(),
        Qt.DropAction.MoveAction | Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        QEvent.Type.Drop,
    )
    event.setDropAction(Qt.DropAction.MoveAction)
    surface.tracked_move(event)


def test_words_dragged_within_the_page_move_as_a_tracked_move(
    desk: Copydesk, tmp_path: Path
) -> None:
    window = opened(desk, tmp_path)
    tracking(window)
    at(window, "p1", len("Les commerçants reviennent "))
    cursor = window.surface.textCursor()
    cursor.setPosition(cursor.position() + len("lundi "), cursor.MoveMode.KeepAnchor)
    window.surface.setTextCursor(cursor)
    drop_on(window, "p2", len("La mairie promet "))
    assert [(r.text, r.delete is not None) for r in runs(window, "p1")] == [
        ("Les commerçants reviennent ", False),
        ("lundi ", True),
        ("matin.", False),
    ]
    moved = runs(window, "p2")
    assert [r.text for r in moved] == ["La mairie promet ", "lundi ", "des travaux."]
    assert moved[1].insert is not None
    assert sorted(kinds(window).values()) == ["delete", "insert"]
    reread = saved_and_read(window)
    assert [b.plain_text for b in accepted_view(reread).blocks][1:] == [
        "Les commerçants reviennent matin.",
        "La mairie promet lundi des travaux.",
    ]
    assert review.reject_all(reread).blocks == copy().blocks
    while window.document.undo_stack.canUndo():
        window.action("undo").trigger()
    assert window.document.article == copy()


def test_a_drag_dropped_back_on_itself_changes_nothing(desk: Copydesk, tmp_path: Path) -> None:
    window = opened(desk, tmp_path)
    tracking(window)
    at(window, "p1", len("Les commerçants "))
    cursor = window.surface.textCursor()
    cursor.setPosition(cursor.position() + len("reviennent lundi"), cursor.MoveMode.KeepAnchor)
    window.surface.setTextCursor(cursor)
    drop_on(window, "p1", len("Les commerçants revie"))
    assert window.document.article == copy()
