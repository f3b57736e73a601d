"""A newsroom's own length templates, chosen in Preferences, measure the piece in the window."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from editor.app import desk_templates
from editor.app.application import Copydesk
from editor.app.main_window import MainWindow
from editor.app.settings import Settings
from editor.model import storage
from editor.model.build import article, para, title
from editor.model.templates import builtin_templates
from tests.app.preferences_dialog import preferences_with

REGIONAL = {
    "extends": "article",
    "label": {"fr": "Ouverture Région", "en": "Regional lead"},
    "target": 5200,
    "limits": {"title": 20},
}


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    source = tmp_path / "piece.article"
    piece = article(
        title("Un titre de trente signes, ou presque"), para("Le texte."), meta={"language": "fr"}
    )
    storage.save(piece, source)
    desk = Copydesk(settings=Settings(tmp_path / "settings.ini"))
    shown = desk.open(source)
    assert shown is not None
    yield shown
    desk_templates.use("")
    shown.document.undo_stack.setClean()
    shown.close()


def test_the_newsrooms_templates_join_the_chooser_and_measure_the_piece(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    folder = tmp_path / "gabarits"
    folder.mkdir()
    (folder / "ouverture-region.json").write_text(json.dumps(REGIONAL), encoding="utf-8")
    chooser = window.gauge.chooser
    assert chooser.findText("Ouverture Région") == -1

    dialog = preferences_with(window, lambda d: d.templates.setText(str(folder)))
    assert not dialog.isVisible()
    assert Settings(tmp_path / "settings.ini").get("templates_folder") == str(folder)
    row = chooser.findText("Ouverture Région")
    assert row > 0 and chooser.count() == len(builtin_templates()) + 2

    chooser.setCurrentIndex(row)
    chooser.activated.emit(row)
    assert window.document.article.meta.template == "ouverture-region"
    assert "Under by" in window.gauge.label.text()
    window.check_dock.refresh()
    [long] = [p for p in window.check_dock.problems if p.code == "block-too-long"]
    assert long.values["limit"] == "20" and long.block_index == 0

    def title_row() -> str:
        item = window.outline.tree.topLevelItem(0)
        return item.text(2) if item is not None else ""

    qtbot.waitUntil(lambda: title_row().endswith("/ 20"))
    assert window.shading.template() is not None

    window.document.undo_stack.undo()  # the choice of template is undone like any edit
    assert window.document.article.meta.template == ""


def test_a_broken_template_is_refused_with_its_file_and_nothing_changes(
    window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "gabarits"
    folder.mkdir()
    (folder / "tribune.json").write_text('{"target": "beaucoup"}', encoding="utf-8")
    dialog = preferences_with(window, lambda d: d.templates.setText(str(folder)))
    assert dialog.isVisible()
    assert "tribune.json" in dialog.problem.text() and "target" in dialog.problem.text()
    assert Settings(tmp_path / "settings.ini").get("templates_folder") == ""
    assert desk_templates.current() == builtin_templates()
    dialog.reject()


def test_a_templates_folder_gone_since_is_said_at_start_and_the_shipped_ones_used(
    qtbot: QtBot, tmp_path: Path
) -> None:
    settings = tmp_path / "settings.ini"
    Settings(settings).set("templates_folder", str(tmp_path / "gone"))
    desk_templates.use(Settings(settings).get("templates_folder"))
    try:
        desk = Copydesk(settings=Settings(settings))
        window = desk.new()
        assert "gone" in window.statusBar().currentMessage()
        assert window.gauge.chooser.count() == len(builtin_templates()) + 1
        window.close()
    finally:
        desk_templates.use("")


def test_a_broken_style_map_is_refused_in_preferences_with_the_reason(
    window: MainWindow, tmp_path: Path
) -> None:
    broken = tmp_path / "styles.json"
    broken.write_text('{"title": "Titre", "sidebar": "Encadré"}', encoding="utf-8")
    dialog = preferences_with(window, lambda d: d.style_map.setText(str(broken)))
    assert dialog.isVisible()
    assert "styles.json" in dialog.problem.text() and "sidebar" in dialog.problem.text()
    assert Settings(tmp_path / "settings.ini").get("style_map") == ""
    dialog.reject()
