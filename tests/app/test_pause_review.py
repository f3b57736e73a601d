"""The check panel and the outline read one set of findings, published at one pause, and the
whole-article pass that makes them runs off the UI thread (the panel once lagged behind the
outline)."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor.app import desk_templates, pause_review
from editor.app.main_window import MainWindow
from editor.app.window_parts import show_problems
from editor.model.annotations import Suggestion, accepted_view
from editor.model.article import Article
from editor.model.build import article, deleted, para, quote, title
from tests.app.windows import bare_window
from tests.model.test_review import WHEN

EMPTY = "empty paragraph"


def _window(start: Article) -> MainWindow:
    shown = bare_window(start)
    shown.outline.show()
    QApplication.processEvents()
    return shown


def panel_rows(window: MainWindow) -> list[str]:
    return window.check_dock.list.texts()


def outline_rows(window: MainWindow) -> list[str]:
    tree = window.outline.problems
    return [item.text(0) for i in range(tree.topLevelItemCount()) if (item := tree.topLevelItem(i))]


def mentions_empty(rows: list[str]) -> bool:
    return any(EMPTY in row.lower() for row in rows)


def test_a_filled_paragraph_leaves_the_panel_and_the_outline_together(qtbot: QtBot) -> None:
    window = _window(article(title("Le conseil"), para("Il a voté."), para(""), para("Fin.")))
    qtbot.waitUntil(lambda: mentions_empty(outline_rows(window)))
    assert mentions_empty(panel_rows(window))
    empty = window.document.text.findBlockByNumber(2)
    assert empty.text() == ""
    window.surface.setTextCursor(QTextCursor(empty))
    QTest.keyClicks(window.surface, "Le budget passe")
    qtbot.waitUntil(
        lambda: not mentions_empty(outline_rows(window)) or not mentions_empty(panel_rows(window))
    )
    assert not mentions_empty(outline_rows(window)) and not mentions_empty(panel_rows(window))
    assert window.check_dock.checked is window.document.article


def test_both_docks_show_the_findings_of_the_same_article(qtbot: QtBot) -> None:
    """At every publication the outline's problems are the panel's structural ones, and both
    describe the article as it was checked, whatever was typed while the pass ran."""
    window = _window(article(title("T"), para("Un."), para(""), quote("Nulle part.")))
    seen: list[tuple[list[str], list[str], bool]] = []

    def record() -> None:
        panel = [p.code for p in window.check_dock.problems]
        outline = [p.code for p in window.review.findings.structure]
        seen.append((panel, outline, window.check_dock.checked is window.review.findings.article))

    window.review.published.connect(record)
    with qtbot.waitSignal(window.review.published, timeout=10_000):
        pass
    window.surface.moveCursor(QTextCursor.MoveOperation.End)
    for word in ("Encore", " un", " mot"):
        QTest.keyClicks(window.surface, word)
        with qtbot.waitSignal(window.review.published, timeout=10_000):
            pass
    assert len(seen) >= 4
    for panel, outline, same in seen:
        assert same and outline == [code for code in panel if code in outline]
        assert "empty-text" in outline and "pullquote-not-in-body" in panel
    assert window.review.findings.article is window.document.article


def test_the_pass_runs_beside_the_ui_thread(qtbot: QtBot) -> None:
    """While the worker looks the article over the window keeps taking keys; findings of an
    article edited meanwhile are dropped, and the next pause brings those of the new one.
    (The test holds the worker at its start, so the pass is under way whatever the speed.)"""
    body = [para(f"Le conseil municipal a siégé {n} heures sur le budget.") for n in range(300)]
    window = _window(article(title("T"), *body, para("")))
    review = window.review
    published: list[object] = []
    review.published.connect(lambda: published.append(review.findings.article))
    with review._lock:
        review.start()
        assert review.running
        window.surface.moveCursor(QTextCursor.MoveOperation.End)
        QTest.keyClicks(window.surface, "Suite")
        QApplication.processEvents()
        assert review.running and published == []
        assert window.document.article.blocks[-1].plain_text == "Suite"
    qtbot.waitUntil(lambda: bool(published) and not review.stale, timeout=30_000)
    assert published == [window.document.article]
    assert not mentions_empty(panel_rows(window)) and not mentions_empty(outline_rows(window))


def _pass_alive() -> bool:
    return any(t.name == "pause-review" and t.is_alive() for t in threading.enumerate())


def _long_piece() -> Article:
    words = "Le conseil a voté le budget du quartier après un long débat. "
    blocks = [title("Le budget"), quote("Un budget voté sans débat")]
    blocks += [para(f"{n} " + words * 6) for n in range(300)]
    return article(*blocks)


def test_the_pass_waits_while_keys_come_in_and_goes_on_after(qtbot: QtBot) -> None:
    """The worker's pass and the window take turns at the interpreter: while keys come in, the
    pass waits between two steps; once they stop, it ends and publishes what it found."""
    window = _window(_long_piece())
    review = window.review
    qtbot.waitUntil(lambda: review.ready and not review.running)
    window.surface.setFocus()
    QTest.keyClicks(window.surface, "Vote")
    review.start()  # at once, as if a pause had come
    time.sleep(0.3)  # the event loop does not turn: for the page, keys are still coming
    assert _pass_alive() and review.findings.article is not window.document.article
    qtbot.waitUntil(lambda: review.findings.article is window.document.article)
    qtbot.waitUntil(lambda: not _pass_alive())  # its thread ends just after handing back
    assert any("pull quote" in row.lower() for row in panel_rows(window))


def test_the_pass_runs_only_in_slices_the_window_lends(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Left to run beside the window, the worker held the interpreter while the window waited
    for it at every call Qt made into Python (opening a book, stalls of 50 to 340 ms): it now
    runs only while the window's thread lends it a slice, between two turns of its event loop.
    No key is typed here: while the loop does not turn, the pass makes no progress at all."""
    monkeypatch.setattr(pause_review, "HELD_AT_MOST", 600.0)
    window = _window(_long_piece())
    review = window.review
    qtbot.waitUntil(lambda: review.ready and not review.running)
    window.surface.textCursor().insertText("Vote")  # an edit, but no key
    review.start()
    time.sleep(0.5)  # the window's thread busy elsewhere: nothing lent
    assert _pass_alive() and review.findings.article is not window.document.article
    qtbot.waitUntil(lambda: review.findings.article is window.document.article)
    qtbot.waitUntil(lambda: not _pass_alive())  # its thread ends just after handing back
    assert any("pull quote" in row.lower() for row in panel_rows(window))


def test_a_pass_asked_for_now_is_not_held_by_one_waiting_on_the_worker(qtbot: QtBot) -> None:
    window = _window(_long_piece())
    review = window.review
    qtbot.waitUntil(lambda: review.ready and not review.running)
    QTest.keyClicks(window.surface, "Vote")
    review.start()
    review.now()  # Show Problems while the held pass has the caches
    assert review.findings.article is window.document.article
    assert any("pull quote" in row.lower() for row in panel_rows(window))


def test_a_check_asked_for_while_typing_lands_with_the_problems_of_the_text_typed(
    qtbot: QtBot,
) -> None:
    """Show Problems in the middle of typing: the pass runs off the window's thread, which
    keeps taking keys, and the list that lands is the text's as it then stands — the
    paragraph filled in, the placeholder typed after the request listed — in the panel and
    the outline alike, on its first row."""
    window = _window(article(title("Le conseil"), para("Il a voté."), para("")))
    review = window.review
    qtbot.waitUntil(lambda: review.ready and not review.running)
    assert mentions_empty(panel_rows(window)) and mentions_empty(outline_rows(window))
    window.surface.setTextCursor(QTextCursor(window.document.text.findBlockByNumber(2)))
    window.surface.setFocus()
    QTest.keyClicks(window.surface, "Le budget")
    show_problems(window)
    assert review.running  # asked for: on the worker, not on the window's thread
    QTest.keyClicks(window.surface, " passe TK")
    assert window.document.article.blocks[2].plain_text == "Le budget passe TK"
    qtbot.waitUntil(lambda: review.findings.article is window.document.article, timeout=30_000)
    rows = panel_rows(window)
    assert not mentions_empty(rows) and not mentions_empty(outline_rows(window))
    assert any(row.startswith("Placeholder") for row in rows)
    assert window.check_dock.checked is window.document.article
    assert window.check_dock.list.currentRow() == 0


def test_findings_of_templates_replaced_while_the_pass_ran_are_looked_for_again(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """New length templates (Preferences) while a pass is under way: what lands is measured
    against the new ones, not the findings of the pass that read the old."""
    piece = article(
        title("Un titre de trente signes, ou presque"),
        para("Le texte."),
        meta={"language": "fr", "template": "ouverture-region"},
    )
    window = _window(piece)
    review = window.review
    qtbot.waitUntil(lambda: review.ready and not review.running)
    assert "block-too-long" not in [p.code for p in review.findings.problems]
    read_by_the_worker: list[object] = []
    current = desk_templates.current

    def watched() -> object:
        if threading.current_thread().name == "pause-review":
            read_by_the_worker.append(True)
        return current()

    monkeypatch.setattr(desk_templates, "current", watched)
    folder = tmp_path / "gabarits"
    folder.mkdir()
    regional = {"extends": "article", "target": 5200, "limits": {"title": 20}}
    (folder / "ouverture-region.json").write_text(json.dumps(regional), encoding="utf-8")
    try:
        with review._lock:  # the pass reads the templates, then waits here
            window.check_dock.request()
            qtbot.waitUntil(lambda: bool(read_by_the_worker))
            desk_templates.use(str(folder))
            window.check_dock.request()  # as Preferences asks once the folder is chosen
        qtbot.waitUntil(lambda: review.ready and not review.running and not review.stale)
        [long] = [p for p in window.check_dock.problems if p.code == "block-too-long"]
        assert long.values["limit"] == "20"
    finally:
        desk_templates.use("")


def test_show_problems_during_a_pass_takes_its_findings_without_another(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Asked for while a pause's pass is under way, on the text and templates it reads: its
    findings are the ones asked for (on a book, another pass would cost a second more)."""
    window = _window(_long_piece())
    review = window.review
    qtbot.waitUntil(lambda: review.ready and not review.running)
    passes: list[object] = []
    look = review._look

    def counted(*args: object) -> object:
        passes.append(True)
        return look(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(review, "_look", counted)
    window.surface.textCursor().insertText("Vote")
    review.start()  # the pause came
    show_problems(window)
    qtbot.waitUntil(lambda: review.findings.article is window.document.article)
    QApplication.processEvents()
    assert passes == [True] and not review.running


def test_the_panel_words_its_rows_from_the_accepted_text_the_pass_found(qtbot: QtBot) -> None:
    """The pass hands over the article as accepted with its findings (a book's took 6 ms of
    the window's thread when the panel first worded a row): the excerpts read it, the words
    suggested for deletion left out."""
    window = _window(
        article(
            title("Titre"),
            para("Les ministres ", deleted("se sont réunis ", "s1"), "TK à Bruxelles.", id="p"),
            suggestions=(Suggestion("s1", "delete", "Paul Durand", WHEN),),
        )
    )
    window.review.now()
    found = window.review.findings
    assert found.accepted is not None and found.accepted is not window.document.article
    assert found.accepted == accepted_view(window.document.article)
    assert window.check_dock.accepted is found.accepted
    placeholder = [row for row in panel_rows(window) if "TK à Bruxelles" in row]
    assert placeholder and not any("réunis" in row for row in placeholder)
