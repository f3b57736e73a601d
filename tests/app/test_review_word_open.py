"""File → Open of a reporter's Word file keeps its review: the tracked changes show on the page
as suggestions, the comments are there, and saving the article keeps both."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from editor.app import bridge
from editor.app.application import Copydesk
from editor.model import storage

WORD = Path(__file__).parents[1] / "formats" / "fixtures" / "word"


def test_opening_a_word_file_keeps_its_changes_and_comments(
    desk: Copydesk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # made by Word, from pandoc's test suite (tests/formats/fixtures/word/README.md)
    window = desk.open(WORD / "track_changes_scrubbed_metadata.docx")
    assert window is not None
    if window.import_notes.isVisible():
        window.import_notes.accept()
    pieces = list(bridge.fragments(window.surface.document().findBlockByNumber(0)))
    struck = "".join(f.text() for f in pieces if f.charFormat().fontStrikeOut())
    underlined = "".join(
        f.text()
        for f in pieces
        if f.charFormat().fontUnderline() and not f.charFormat().fontStrikeOut()
    )
    assert (struck, underlined) == ("dummy", "test")
    opened = window.document.article
    assert sorted(s.type for s in opened.suggestions.values()) == ["delete", "insert"]
    assert [c.text for c in opened.comments.values()] == ["With a comment!"]

    target = tmp_path / "relu.article"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.action("save").trigger()
    saved = storage.load(target)
    assert saved.suggestions == opened.suggestions
    assert saved.comments == opened.comments
    assert [(r.text, r.insert, r.delete, r.comments) for r in saved.blocks[0].text] == [
        (r.text, r.insert, r.delete, r.comments) for r in opened.blocks[0].text
    ]
    window.grab().save(str(tmp_path / "word-review.png"))
