"""Copy fitting in the real window: the lines gauge, its column box, the outline's lines."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor.app import desk_templates, fitting, i18n
from editor.app.application import Copydesk
from editor.app.main_window import MainWindow
from editor.app.settings import Settings
from editor.formats.layout import count_lines
from editor.model.article import Article
from editor.model.build import article, para, subhead, title
from editor.model.print_profile import builtin_profiles, fit
from tests.app.preferences_dialog import preferences_with
from tests.app.windows import bare_window, closed_after_the_test

SENTENCE = "Le conseil municipal a voté jeudi soir le budget de la rénovation des écoles. "
@pytest.fixture(autouse=True)
def forget_the_column() -> Iterator[None]:
    yield
    Settings().set(fitting.SETTING, "")  # the choice is kept between runs: not between tests
    i18n.install("en")


def _window(start: Article, language: str = "en") -> MainWindow:
    return bare_window(start, language=language)


def _brief() -> Article:
    return article(
        title("Écoles"),
        para(SENTENCE * 6),
        subhead("Trois ans de travaux"),
        para(SENTENCE * 5),
        meta=dict(template="breve", language="fr"),
    )


def _choose(qtbot: QtBot, window: MainWindow, name: str) -> None:
    """Choose a column, and wait for the laying out (sliced, so the window answers) to end."""
    chooser = window.line_gauge.chooser
    row = chooser.findData(name)
    chooser.setCurrentIndex(row)
    chooser.activated.emit(row)
    qtbot.waitUntil(lambda: not window.line_gauge.live.pending)


def _outline_lines(window: MainWindow, qtbot: QtBot) -> list[str]:
    tree = window.outline.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() > 0)  # the first pause's findings
    items = [tree.topLevelItem(r) for r in range(tree.topLevelItemCount())]
    return [item.text(3) for item in items if item is not None]


def test_choosing_a_column_shows_the_lines_against_the_hole(qtbot: QtBot) -> None:
    window = _window(_brief())
    label = window.line_gauge.label
    assert not label.isVisible() and window.outline.tree.isColumnHidden(3)
    _choose(qtbot, window, "quotidien")
    expected = fit(window.document.article, builtin_profiles()["quotidien"], count_lines)
    over = expected.lines - 50
    wording = f"{expected.lines} / 50 lines, {abs(over)} {'over' if over > 0 else 'to spare'}"
    assert label.isVisible() and label.text() == wording
    assert not window.outline.tree.isColumnHidden(3)
    rows = dict(zip(("title", "subhead"), _outline_lines(window, qtbot), strict=True))
    lines = {b.kind: r.lines for b, r in expected.blocks if b.kind != "paragraph"}
    paragraphs = [r.lines for b, r in expected.blocks if b.kind == "paragraph"]
    assert rows == {"title": str(lines["title"]), "subhead": str(lines["subhead"])}
    tree = window.outline.tree
    tips = [tree.topLevelItem(r).toolTip(3) for r in range(2)]  # type: ignore[union-attr]
    assert tips == [
        f"{lines['title'] + paragraphs[0]} lines up to the next landmark",
        f"{lines['subhead'] + paragraphs[1]} lines up to the next landmark",
    ]
    assert Settings().get(fitting.SETTING) == "quotidien"
    again = _window(_brief())  # the next window measures in the same column
    qtbot.waitUntil(lambda: not again.line_gauge.live.pending)
    assert again.line_gauge.label.text() == wording
    _choose(qtbot, window, "")
    assert not label.isVisible() and window.outline.tree.isColumnHidden(3)


def test_typing_relays_only_the_paragraph_typed_in(qtbot: QtBot) -> None:
    window = _window(_brief())
    _choose(qtbot, window, "magazine")
    live = window.line_gauge.live
    assert live.result is not None
    before = {b.id: r for b, r in live.result.blocks}
    lines_before = live.result.lines
    cursor = window.surface.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    window.surface.setTextCursor(cursor)
    qtbot.keyClicks(window.surface, " Une phrase de plus, et encore une autre pour la route." * 3)
    qtbot.waitUntil(lambda: live.result is not None and live.result.lines > lines_before)
    after = {b.id: r for b, r in live.result.blocks}
    changed = [key for key in after if after[key] is not before[key]]
    assert changed == [window.document.article.blocks[-1].id]
    assert window.line_gauge.label.text().startswith(f"{live.result.lines} / 45 lines")
    while window.document.undo_stack.canUndo():  # typing is undone a word at a time
        window.document.undo_stack.undo()
    qtbot.waitUntil(lambda: live.result is not None and live.result.lines == lines_before)


def test_the_gauge_speaks_french(qtbot: QtBot) -> None:
    window = _window(_brief(), "fr")
    _choose(qtbot, window, "quotidien")
    result = window.line_gauge.live.result
    assert result is not None and result.over is not None
    text = window.line_gauge.label.text()
    amount = abs(result.over)
    assert text == (
        f"{result.lines} / 50 lignes, {amount} de trop"
        if result.over > 0
        else f"{result.lines} / 50 lignes, il en manque {amount}"
    )
    assert window.line_gauge.chooser.itemText(0) == "Pas de colonne"


def _shaded_past_target(window: MainWindow) -> str:
    return "".join(s.cursor.selectedText() for s in window.shading.target)


def test_the_copy_past_the_hole_is_shaded_from_its_first_line_over(qtbot: QtBot) -> None:
    body = SENTENCE * 40  # far past a brève’s 50 lines in any column
    window = _window(article(title("Écoles"), para(body), meta=dict(template="breve")))
    by_signes = _shaded_past_target(window)
    assert by_signes and body.endswith(by_signes)
    _choose(qtbot, window, "quotidien")
    by_lines = _shaded_past_target(window)
    assert by_lines and body.endswith(by_lines) and by_lines != by_signes
    kept = body[: len(body) - len(by_lines)]
    profile = builtin_profiles()["quotidien"]
    within = fit(article(title("Écoles"), para(kept), meta=dict(template="breve")), profile,
                 count_lines)  # fmt: skip
    assert within.lines == 50  # what is left unshaded fills the hole exactly
    _choose(qtbot, window, "")
    assert _shaded_past_target(window) == by_signes


def _own_profiles(folder: Path, name: str, text: str) -> None:
    (folder / "profiles").mkdir(parents=True, exist_ok=True)
    (folder / "profiles" / name).write_text(text, encoding="utf-8")
    desk_templates.use(str(folder))


def test_a_newsrooms_profile_is_offered_and_a_missing_font_named(
    qtbot: QtBot, tmp_path: Path
) -> None:
    own = {
        "name": "maison",
        "label": "Maison, 50 mm",
        "blocks": {"paragraph": {"column_mm": 50, "font": "Garamond Imaginaire",
                                 "size_pt": 9, "leading_pt": 11}},
    }  # fmt: skip
    _own_profiles(tmp_path, "maison.json", json.dumps(own))
    try:
        window = _window(_brief())
        assert window.line_gauge.chooser.findText("Maison, 50 mm") > 0
        _choose(qtbot, window, "maison")
        label = window.line_gauge.label
        assert label.isVisible() and "Garamond Imaginaire" in label.text()
        assert window.outline.tree.isColumnHidden(3)  # no lines to show, and nothing broken
        QTest.keyClicks(window.surface, "x")
        QApplication.processEvents()
        assert "Garamond Imaginaire" in label.text()
    finally:
        desk_templates.use("")


def test_a_bad_profile_file_is_refused_by_name_and_the_shipped_ones_used(
    qtbot: QtBot, tmp_path: Path
) -> None:
    _own_profiles(tmp_path, "casse.json", '{"blocks": {"paragraph": {"size_pt": "neuf"}}}')
    try:
        window = _window(_brief())
        message = window.statusBar().currentMessage()
        assert "casse.json" in message and "size_pt" in message
        profiles = [window.line_gauge.chooser.itemData(r) for r in range(3)]
        assert profiles == ["", "magazine", "quotidien"]
    finally:
        desk_templates.use("")


def test_a_long_read_is_laid_out_in_slices_and_ends_with_the_whole_fit(qtbot: QtBot) -> None:
    paragraphs = [para(f"{n}. {SENTENCE * (1 + n % 7)}") for n in range(240)]
    window = _window(article(title("Long"), *paragraphs, meta=dict(template="grand-format")))
    _choose(qtbot, window, "magazine")
    live = window.line_gauge.live
    expected = fit(window.document.article, builtin_profiles()["magazine"], count_lines)
    assert live.result is not None and live.result.lines == expected.lines
    assert window.line_gauge.label.text().startswith(f"{expected.lines} / 270 lines")
    assert not window.outline.tree.isColumnHidden(3)
    assert _outline_lines(window, qtbot) == [str(expected.blocks[0][1].lines)]  # the title's own


def test_preferences_refuse_a_templates_folder_with_a_broken_column(
    qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "gabarits"
    (folder / "profiles").mkdir(parents=True)
    (folder / "profiles" / "tabloid.json").write_text('{"blocks": []}', encoding="utf-8")
    desk = Copydesk(settings=Settings(tmp_path / "settings.ini"))
    window = closed_after_the_test(desk.new())
    dialog = preferences_with(window, lambda d: d.templates.setText(str(folder)))
    assert dialog.isVisible()
    assert "tabloid.json" in dialog.problem.text() and "paragraph" in dialog.problem.text()
    assert desk_templates.folder_in_use() == ""
    dialog.reject()
