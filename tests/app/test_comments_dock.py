"""The Comments panel, driven in the real window: comment, reply, resolve, delete, undo each,
save, reopen."""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from editor.app.application import Copydesk
from editor.app.main_window import MainWindow
from editor.app.reviewer import ReviewerQuestion
from editor.formats import docx
from editor.model import review, storage
from tests.app.test_review_kept import under_review
from tests.formats.test_docx_review import W


def opened(desk: Copydesk, path: Path) -> MainWindow:
    window = desk.open(path)
    assert window is not None
    return window


def select_words(window: MainWindow, number: int, start: int, end: int) -> None:
    surface = window.surface
    paragraph = surface.document().findBlockByNumber(number)
    cursor = surface.textCursor()
    cursor.setPosition(paragraph.position() + start)
    cursor.setPosition(paragraph.position() + end, QTextCursor.MoveMode.KeepAnchor)
    surface.setTextCursor(cursor)


def write(window: MainWindow, text: str) -> None:
    field = window.comments.field
    assert field.isEnabled()
    field.insert(text)  # QTest types ASCII only
    QTest.keyClick(field, Qt.Key.Key_Return)


def test_comment_reply_resolve_delete_each_undone_then_saved(
    desk: Copydesk, tmp_path: Path
) -> None:
    path = under_review(tmp_path)
    start = storage.load(path)
    window = opened(desk, path)
    document = window.document
    select_words(window, 0, len("Le sommet de l’"), len("Le sommet de l’OTAN"))
    window.action("review:new_comment").trigger()
    question = window.findChild(ReviewerQuestion)
    assert isinstance(question, ReviewerQuestion)  # the first comment asks who is writing
    question.fields.name.setText("Léa Moreau")
    question.take()
    write(window, "Développer le sigle ?")
    [new_id] = set(document.article.comments) - set(start.comments)
    comment = document.article.comments[new_id]
    assert (comment.author, comment.text) == ("Léa Moreau", "Développer le sigle ?")
    assert review.comment_places(document.article)[new_id].text == "OTAN"
    assert document.undo_stack.undoText() == "New Comment"
    commented = document.article

    window.comments.list.setCurrentRow(window.comments.ids.index(new_id))
    window.comments.select(window.comments.list.currentRow())
    assert window.surface.textCursor().selectedText() == "OTAN"
    window.comments.reply_button.click()  # the name is known now: not asked again
    write(window, "Non, il est connu.")
    assert [r.text for r in document.article.comments[new_id].replies] == ["Non, il est connu."]
    replied = document.article
    window.comments.resolve_button.click()
    assert document.article.comments[new_id].resolved
    assert window.comments.resolve_button.text() == "Re&open"
    resolved = document.article
    window.comments.list.setCurrentRow(window.comments.ids.index("c1"))
    window.comments.delete_button.click()
    assert "c1" not in document.article.comments
    assert review.accepted_view(document.article).blocks == review.accepted_view(start).blocks

    for before in (resolved, replied, commented, start):
        window.action("undo").trigger()
        assert document.article == before
    for after in (commented, replied, resolved):
        window.action("redo").trigger()
        assert document.article == after
    window.action("save").trigger()
    window.close()
    again = opened(desk, path)
    assert again.document.article == resolved
    shown = [again.comments.list.item(n).text() for n in range(again.comments.list.count())]
    assert any("“OTAN”" in text and "resolved" in text for text in shown)


def test_a_comment_needs_words_selected(desk: Copydesk, tmp_path: Path) -> None:
    window = opened(desk, under_review(tmp_path))
    before = window.document.article
    window.action("review:new_comment").trigger()
    assert window.statusBar().currentMessage() == "Select the words to comment on"
    assert window.findChild(ReviewerQuestion) is None
    assert window.document.article == before


def test_commented_words_are_shaded(desk: Copydesk, tmp_path: Path) -> None:
    window = opened(desk, under_review(tmp_path))
    shaded = [
        s.cursor.selectedText()
        for s in window.surface.review_marks
        if s.format.background().color().name() in {"#fbefc0", "#4d4318"}
    ]
    assert "".join(shaded) == "Les ministres se son"


def test_the_panel_follows_edits_of_the_commented_words(desk: Copydesk, tmp_path: Path) -> None:
    window = opened(desk, under_review(tmp_path))
    surface = window.surface
    select_words(window, 1, 0, len("Les ministres "))
    surface.setFocus()
    QTest.keyClick(surface, Qt.Key.Key_Delete)
    assert "“se son”" in window.comments.list.item(0).text()
    select_words(window, 0, 0, 0)
    QTest.keyClicks(surface, "Flash: ")  # plain copy: the thread stays as it was
    assert window.comments.list.item(0).text().splitlines()[1] == "“se son”"
    window.document.undo_stack.setClean()


def test_escape_gives_up_a_comment(desk: Copydesk, tmp_path: Path) -> None:
    desk.settings.set("reviewer_name", "Léa Moreau")
    window = opened(desk, under_review(tmp_path))
    before = window.document.article
    select_words(window, 0, 0, 2)
    window.action("review:new_comment").trigger()
    assert window.findChild(ReviewerQuestion) is None  # the name is known
    field = window.comments.field
    assert field.isEnabled() and "“Le”" in field.placeholderText()
    field.insert("Brouillon")
    QTest.keyClick(field, Qt.Key.Key_Escape)
    assert not field.isEnabled() and field.text() == ""
    assert window.document.article == before and not window.document.dirty


def test_the_reviewers_initials_sign_the_comment_and_the_word_file(
    desk: Copydesk, tmp_path: Path
) -> None:
    """Preferences' initials go with the comment and its reply into the article, and from
    there into the DOCX the window exports (`w:initials`, what Word's balloons show)."""
    desk.settings.set("reviewer_name", "Léa Moreau")
    desk.settings.set("reviewer_initials", "LMo")
    path = under_review(tmp_path)
    start = storage.load(path)
    window = opened(desk, path)
    document = window.document
    select_words(window, 0, len("Le sommet de l’"), len("Le sommet de l’OTAN"))
    window.action("review:new_comment").trigger()
    write(window, "Développer le sigle ?")
    [new_id] = set(document.article.comments) - set(start.comments)
    window.comments.list.setCurrentRow(window.comments.ids.index(new_id))
    window.comments.reply_button.click()
    write(window, "Fait.")
    comment = document.article.comments[new_id]
    assert (comment.author, comment.initials) == ("Léa Moreau", "LMo")
    assert [(r.author, r.initials) for r in comment.replies] == [("Léa Moreau", "LMo")]

    window.action("save").trigger()
    assert storage.load(path).comments[new_id].initials == "LMo"
    exported = tmp_path / "revue.docx"
    docx.export(document.article, exported)  # what the Export dialog runs
    with zipfile.ZipFile(exported) as package:
        comments = etree.fromstring(package.read("word/comments.xml"))
    signed = [
        (c.get(f"{{{W}}}author"), c.get(f"{{{W}}}initials"))
        for c in comments.iter(f"{{{W}}}comment")
    ]
    assert signed.count(("Léa Moreau", "LMo")) == 2  # the comment and its reply
