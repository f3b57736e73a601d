"""The Review menu, driven in the real window: each decision one undo step, saved as seen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from editor.app import i18n
from editor.app.application import Copydesk
from editor.app.main_window import MainWindow
from editor.app.review_menu import AuthorChooser
from editor.app.surface import Surface
from editor.model import review, storage
from tests.app.test_review_kept import under_review


def opened(desk: Copydesk, path: Path) -> MainWindow:
    window = desk.open(path)
    assert window is not None
    return window


def cursor_in(window: MainWindow, number: int, offset: int) -> None:
    surface = window.surface
    paragraph = surface.document().findBlockByNumber(number)
    cursor = surface.textCursor()
    cursor.setPosition(paragraph.position() + offset)
    surface.setTextCursor(cursor)


def page_text(window: MainWindow) -> list[str]:
    return [window.surface.document().findBlockByNumber(n).text() for n in range(4)]


def test_the_review_menu_holds_every_command(desk: Copydesk, tmp_path: Path) -> None:
    window = opened(desk, under_review(tmp_path))
    menu = window.findChild(QMenu, "reviewMenu")
    assert isinstance(menu, QMenu)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index("&Review") == titles.index("&Insert") + 1
    names = {a.objectName() for a in menu.actions()}
    assert {"review:accept", "review:reject", "review:accept_all", "review:reject_all",
            "review:accept_author", "review:reject_author", "review:next",
            "review:previous"} <= names  # fmt: skip
    shown = window.findChild(QMenu, "reviewShowMenu")
    assert isinstance(shown, QMenu)
    assert [a.text() for a in shown.actions()] == ["Final with &Markup", "&Final", "&Original"]
    assert window.commands["review:accept"].isEnabled()


def test_accept_one_reject_one_undo_each_save_reopen(desk: Copydesk, tmp_path: Path) -> None:
    path = under_review(tmp_path)
    start = storage.load(path)
    window = opened(desk, path)
    document = window.document
    cursor_in(window, 1, len("Les ministres se"))  # inside the deletion s1
    window.action("review:accept").trigger()
    assert document.article == review.accept(start, "s1")
    assert page_text(window)[1] == "Les ministres ont siégé à Bruxelles."
    assert window.surface.textCursor().selectedText() == "ont siégé"  # the next change
    window.action("review:reject").trigger()  # s2, selected
    after_both = review.reject(review.accept(start, "s1"), "s2")
    assert document.article == after_both
    assert page_text(window)[1] == "Les ministres  à Bruxelles."
    assert document.undo_stack.undoText() == "Reject Change"

    window.action("undo").trigger()
    assert document.article == review.accept(start, "s1")
    window.action("undo").trigger()
    assert document.article == start
    assert page_text(window)[1] == "Les ministres se sont réunisont siégé à Bruxelles."
    window.action("redo").trigger()
    window.action("redo").trigger()
    assert document.article == after_both

    window.action("save").trigger()
    window.close()
    again = opened(desk, path)
    assert again.document.article == after_both
    assert list(again.document.article.suggestions) == ["s3", "s4"]


def test_block_suggestions_decided_and_undone(desk: Copydesk, tmp_path: Path) -> None:
    """A re-kinded paragraph and a deleted one: their ids are on the blocks, not in the
    text, and still come back with undo."""
    path = under_review(tmp_path)
    start = storage.load(path)
    window = opened(desk, path)
    document = window.document
    cursor_in(window, 2, 3)  # the subhead that was a paragraph (s3)
    window.action("review:reject").trigger()
    assert document.article == review.reject(start, "s3")
    assert document.article.blocks[2].kind == "paragraph"
    cursor_in(window, 3, 3)  # the paragraph suggested for deletion (s4)
    window.action("review:accept").trigger()
    decided = review.accept(review.reject(start, "s3"), "s4")
    assert document.article == decided
    assert [b.id for b in document.article.blocks] == ["t", "p1", "p2"]
    window.action("undo").trigger()
    window.action("undo").trigger()
    assert document.article == start
    window.action("redo").trigger()
    window.action("redo").trigger()
    assert document.article == decided
    window.action("save").trigger()
    assert storage.load(path) == decided


def test_accept_all_and_reject_all_are_one_step_each(desk: Copydesk, tmp_path: Path) -> None:
    path = under_review(tmp_path)
    start = storage.load(path)
    window = opened(desk, path)
    document = window.document
    words = window.article_counts.text()
    window.action("review:accept_all").trigger()
    assert document.article == review.accept_all(start)
    assert not window.commands["review:next"].isEnabled()
    assert window.article_counts.text() == words  # the counts read the accepted view already
    window.action("undo").trigger()
    assert document.article == start
    window.action("review:reject_all").trigger()
    assert document.article == review.reject_all(start)
    assert document.article.blocks[3].plain_text == "Une phrase de trop."
    window.action("undo").trigger()
    assert document.article == start
    window.action("save").trigger()
    assert storage.load(path) == start


def test_accept_by_author_asks_whose(desk: Copydesk, tmp_path: Path, qtbot: QtBot) -> None:
    path = under_review(tmp_path)
    start = storage.load(path)
    window = opened(desk, path)
    window.action("review:accept_author").trigger()
    chooser = window.findChild(AuthorChooser)
    assert isinstance(chooser, AuthorChooser)
    names = [chooser.list.item(n).text() for n in range(chooser.list.count())]
    assert names == ["Paul Durand", "Anne Martin"]
    chooser.list.setCurrentRow(1)
    chooser.accept()
    assert window.document.article == review.accept_all(start, "Anne Martin")
    assert window.document.undo_stack.undoText() == "Accept Changes by Anne Martin"
    window.action("undo").trigger()
    assert window.document.article == start


def test_next_and_previous_select_each_change_in_turn(desk: Copydesk, tmp_path: Path) -> None:
    window = opened(desk, under_review(tmp_path))
    cursor = window.surface.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    window.surface.setTextCursor(cursor)
    seen = []
    for _ in range(5):
        window.action("review:next").trigger()
        seen.append(window.surface.textCursor().selectedText())
    assert seen == ["se sont réunis", "ont siégé", "Un diplomate", "Une phrase de trop.",
                    "Une phrase de trop."]  # fmt: skip
    window.action("review:previous").trigger()
    assert window.surface.textCursor().selectedText() == "Un diplomate"


def test_final_and_original_show_read_only_pages(desk: Copydesk, tmp_path: Path) -> None:
    window = opened(desk, under_review(tmp_path))
    window.show()
    window.action("review:show_final").trigger()
    final = window.findChild(Surface, "finalView")
    assert isinstance(final, Surface) and final.isReadOnly() and final.isVisible()
    assert not window.surface.isVisible()
    shown = [final.document().findBlockByNumber(n).text() for n in range(3)]
    assert shown == ["Le sommet de l’OTAN", "Les ministres ont siégé à Bruxelles.",
                     "Un diplomate"]  # fmt: skip
    window.grab().save(str(tmp_path / "final.png"))
    window.action("review:show_original").trigger()
    original = window.findChild(Surface, "originalView")
    assert isinstance(original, Surface)
    assert original.document().findBlockByNumber(3).text() == "Une phrase de trop."
    assert original.document().findBlockByNumber(1).text() == (
        "Les ministres se sont réunis à Bruxelles."
    )
    original.setFocus()
    cursor = original.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    original.setTextCursor(cursor)
    QTest.keyClicks(original, "xyz")
    QTest.keyClick(original, Qt.Key.Key_Backspace)
    assert original.document().findBlockByNumber(3).text() == "Une phrase de trop."
    window.action("review:accept_all").trigger()  # a whole-article command, the view follows
    following = window.review_tools.preview
    assert isinstance(following, Surface) and following.isVisible()
    assert following.document().findBlockByNumber(1).text() == (
        "Les ministres ont siégé à Bruxelles."
    )
    window.action("review:show_markup").trigger()
    assert window.surface.isVisible() and window.review_tools.preview is None
    assert not window.document.article.suggestions


def test_the_review_menu_speaks_french(desk: Copydesk, tmp_path: Path) -> None:
    i18n.install("fr")
    window = opened(desk, under_review(tmp_path))
    menu = window.findChild(QMenu, "reviewMenu")
    assert isinstance(menu, QMenu) and menu.title() == "&Révision"
    assert window.commands["review:accept"].text() == "&Accepter la modification"
    assert window.commands["review:show_final"].text() == "&Final"
    cursor_in(window, 1, len("Les ministres se"))
    window.action("review:accept").trigger()
    assert window.document.undo_stack.undoText() == "Accepter la modification"


def test_a_decision_leaves_the_other_changes_marked(desk: Copydesk, tmp_path: Path) -> None:
    """Rewriting a paragraph sets it in its kind's look once the event loop turns; that
    repair must keep the review's marks on the runs still pending, and add no step."""
    path = under_review(tmp_path)
    start = storage.load(path)
    window = opened(desk, path)
    cursor_in(window, 1, len("Les ministres se"))
    window.action("review:accept").trigger()
    QApplication.processEvents()
    QApplication.processEvents()
    assert window.document.article == review.accept(start, "s1")
    assert [(r.text, r.insert) for r in window.document.article.blocks[1].text] == [
        ("Les ministres ", None),
        ("ont siégé", "s2"),
        (" à Bruxelles.", None),
    ]
    window.action("undo").trigger()
    assert window.document.article == start


def test_the_check_panel_follows_a_decision(desk: Copydesk, tmp_path: Path) -> None:
    window = opened(desk, under_review(tmp_path))
    cursor_in(window, 1, len("Les ministres se"))
    window.action("review:accept").trigger()
    window.check_dock.refresh()
    shown = "\n".join(window.check_dock.list.texts())
    assert "3 suggestions not yet accepted or rejected" in shown
    window.action("undo").trigger()
    window.check_dock.refresh()
    shown = "\n".join(window.check_dock.list.texts())
    assert "4 suggestions not yet accepted or rejected" in shown


def test_the_right_click_menu_decides_and_comments(desk: Copydesk, tmp_path: Path) -> None:
    window = opened(desk, under_review(tmp_path))
    names = [a.objectName() for a in window.surface.context_actions if isinstance(a, QAction)]
    assert names[-3:] == ["review:accept", "review:reject", "review:new_comment"]


def test_a_view_keeps_the_page_s_zoom(desk: Copydesk, tmp_path: Path) -> None:
    window = opened(desk, under_review(tmp_path))
    window.zoom.set_level(150, remember=False)
    window.action("review:show_final").trigger()
    page = window.review_tools.preview
    assert isinstance(page, Surface) and page.zoom == 1.5
