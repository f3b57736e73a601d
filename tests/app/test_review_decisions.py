"""Accept All and Reject All on a long piece with changes spread through it, in the real
window: only the changed stretches are rewritten, yet the page and the model agree after the
decision, after undo (one step) and after redo, and the file saved reads back the same."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from editor.app import bridge
from editor.app.document import LiveCounts
from editor.app.main_window import MainWindow
from editor.model import review, storage
from editor.model.annotations import Suggestion
from editor.model.article import Article
from editor.model.stats import StatsCache
from tests.app.windows import bare_window
from tests.benchmarks.corpus import Size, build
from tests.benchmarks.review_cost import WHEN, under_review


def spread_review() -> Article:
    """Sixty paragraphs with subheads, pull quotes and pictures; twenty suggestions spread
    through them, comments, and a paragraph split after a pull quote and after a picture
    (rejecting them joins text to a framed block, or keeps it apart)."""
    reviewed = under_review(build(Size("desk", 60, 12, 6, 3, 2)), count=20, comments=4)
    blocks = list(reviewed.blocks)
    suggestions = dict(reviewed.suggestions)
    for n, framed in enumerate(("pullquote", "image")):
        at = next(
            i + 1
            for i, b in enumerate(blocks[:-1])
            if b.kind == framed and blocks[i + 1].kind == "paragraph"
        )
        sid = f"split{n}"
        blocks[at] = replace(blocks[at], insert=sid, delete=None)
        suggestions[sid] = Suggestion(sid, "block-insert", "Zoé Leroy", WHEN)
    return review.without_orphans(replace(reviewed, blocks=tuple(blocks), suggestions=suggestions))


def on_the_page(window: MainWindow) -> Article:
    """The article the page shows, read back from the text; the live counts checked against
    a count from scratch on the way (a decision counts again only the blocks it changed)."""
    document = window.document
    fresh = LiveCounts(document.article.blocks, StatsCache())
    assert (document.counts.total, document.counts.body) == (fresh.total, fresh.body)
    return bridge.to_model(document.text, document.article)


@pytest.mark.parametrize(
    ("command", "decision"),
    [("review:accept_all", review.accept_all), ("review:reject_all", review.reject_all)],
)
def test_deciding_everything_rewrites_the_page_as_the_model_reads(
    qapp: QApplication, tmp_path: Path, command: str, decision: object
) -> None:
    assert callable(decision)
    start = spread_review()
    path = tmp_path / "long.article"
    storage.save(start, path)
    window = bare_window(start, path, language="en")
    document = window.document
    steps = document.undo_stack.count()
    decided = decision(start)
    assert decided != start

    window.action(command).trigger()
    assert document.article == decided
    assert on_the_page(window) == decided
    assert document.undo_stack.count() == steps + 1

    window.action("undo").trigger()
    assert document.article == start
    assert on_the_page(window) == start
    window.action("redo").trigger()
    assert document.article == decided
    assert on_the_page(window) == decided

    window.action("save").trigger()
    assert storage.load(path) == decided


def painted(window: MainWindow) -> list[tuple[int, int]]:
    """Where the page shows the review's colours and shades, once the window has drawn them."""
    QApplication.processEvents()
    return sorted(
        (s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in window.surface.review_marks
    )


def unpainted(window: MainWindow) -> list[str]:
    """The words marked as inserted, deleted or commented on the page that no colour or shade
    covers (read from every paragraph's formats, whatever the model says)."""
    spans = painted(window)
    missed = []
    block = window.document.text.begin()
    while block.isValid():
        for fragment in bridge.fragments(block):
            fmt = fragment.charFormat()
            if not any(
                fmt.stringProperty(p) for p in (bridge.INSERT, bridge.DELETE, bridge.COMMENTS)
            ):
                continue
            start, end = fragment.position(), fragment.position() + fragment.length()
            if not any(lo <= start and end <= hi for lo, hi in spans):
                missed.append(fragment.text())
        block = block.next()
    return missed


def test_undo_and_redo_of_a_decision_under_later_typing(qapp: QApplication, qtbot: object) -> None:
    """Undo and Redo of Accept All hand the model the blocks they leave instead of reading the
    page back: after words typed on top are undone, undoing the decision gives back the
    article, the page and the colours from before it, and Redo walks forward the same way."""
    start = spread_review()
    window = bare_window(start, language="en")
    document, surface = window.document, window.surface
    colours = painted(window)
    assert colours
    assert unpainted(window) == []

    window.action("review:accept_all").trigger()
    decided = document.article
    assert painted(window) != colours
    paragraph = next(b for b in decided.blocks if b.kind == "paragraph")
    place = document.text.begin()
    while (unit := bridge.unit_of(place)) is None or unit.id != paragraph.id:
        place = place.next()
    cursor = surface.textCursor()
    cursor.setPosition(place.position())
    surface.setTextCursor(cursor)
    qtbot.keyClicks(surface, "Encore")  # type: ignore[attr-defined]
    typed = document.article
    assert document.block(paragraph.id).plain_text.startswith("Encore")

    window.action("undo").trigger()
    assert document.article == decided
    window.action("undo").trigger()
    assert document.article == start
    assert on_the_page(window) == start
    assert painted(window) == colours
    assert unpainted(window) == []

    window.action("redo").trigger()
    assert document.article == decided
    assert on_the_page(window) == decided
    assert unpainted(window) == []
    window.action("redo").trigger()
    assert document.article == typed
    assert on_the_page(window) == typed
