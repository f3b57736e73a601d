"""Save As proposes a name made from the article's slug or title, never "article.article"."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from editor.app.application import Copydesk
from editor.app.main_window import MainWindow
from editor.app.save_name import documents_folder


def _proposed(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> Path:
    """What the Save As dialog is opened on (then cancelled)."""
    asked: list[str] = []

    def dialog(*args: object, **kwargs: object) -> tuple[str, str]:
        asked.append(str(args[2]))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    window.action("save_as").trigger()
    assert len(asked) == 1
    return Path(asked[0])


def test_save_as_names_a_new_article_after_its_title(
    desk: Copydesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = desk.new()
    assert _proposed(window, monkeypatch).name != "article.article"
    window.surface.setFocus()
    QTest.keyClicks(window.surface, "Le defile d'ete a Villeurbanne")
    proposed = _proposed(window, monkeypatch)
    assert proposed == documents_folder() / "le-defile-d-ete-a-villeurbanne.article"
    window.document.change_meta("Slug", slug="villeurbanne-defile")
    assert _proposed(window, monkeypatch).name == "villeurbanne-defile.article"


def test_save_as_puts_an_import_beside_its_source_and_a_saved_file_keeps_its_name(
    desk: Copydesk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "depeche.md"
    source.write_text("# Grève des bus à Lyon\n\nLe trafic est perturbé.\n", "utf-8")
    window = desk.open(source)
    assert window is not None
    assert _proposed(window, monkeypatch) == tmp_path / "greve-des-bus-a-lyon.article"
    saved = tmp_path / "bus.article"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    assert window.save_as()
    assert _proposed(window, monkeypatch) == saved
