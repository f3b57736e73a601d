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
