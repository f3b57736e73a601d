"""The window counts as `copydesk stats` counts: the outline's columns per block, the reading
time in the status bar, on the sample and after typing, against the real command's JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from editor.app import looks
from editor.app.main_window import MainWindow
from editor.app.outline import BLOCK
from editor.model import storage
from editor.model.build import article, para, quote, subhead, title
from tests.app.windows import bare_window
from tests.shared import SAMPLE


def _window(path: Path) -> MainWindow:
    return bare_window(storage.load(path), path, language="en")


def stats_json(path: Path) -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, "-m", "editor", "stats", str(path), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def outline_rows(window: MainWindow) -> dict[str, tuple[int, int]]:
    """Each row's block id → (Words, Signes) as the columns show them."""
    window.review.now()  # the findings of a pause, at once
    tree = window.outline.tree
    rows: dict[str, tuple[int, int]] = {}
    for index in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(index)
        assert item is not None
        signes = item.text(2).split(" / ")[0]
        rows[str(item.data(0, BLOCK))] = (int(item.text(1)), int(signes))
    return rows


def the_cli_rows(data: dict[str, Any], ids: set[str]) -> dict[str, tuple[int, int]]:
    return {b["id"]: (b["words"], b["signes"]) for b in data["blocks"] if b["id"] in ids}


def status_minutes(window: MainWindow) -> str:
    window._count()
    return window.article_counts.text().rsplit("·", 1)[1].strip()


def test_the_outline_columns_are_the_blocks_counts_of_copydesk_stats(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "sample.article"
    path.write_bytes(SAMPLE.read_bytes())
    window = _window(path)
    rows = outline_rows(window)
    kinds = {b.id: b.kind for b in window.document.article.blocks}
    assert {"subhead", "pullquote", "image"} <= {kinds[i] for i in rows}
    assert rows == the_cli_rows(stats_json(path), set(rows))

    # typing in a subhead, the attribution and the credit: the rows follow, still as the CLI
    surface = window.surface
    for block in window.document.article.blocks:
        field = {"subhead": "text", "pullquote": "attribution", "image": "credit"}.get(block.kind)
        if field is None:
            continue
        text = block.plain_text if field == "text" else block.attr(field)
        start = window.document.text.find(text)
        assert not start.isNull(), text
        cursor = surface.textCursor()
        cursor.setPosition(start.selectionEnd())
        surface.setTextCursor(cursor)
        QTest.keyClicks(surface, " et encore")
    window.action("save").trigger()
    assert not window.document.dirty
    rows = outline_rows(window)
    assert rows == the_cli_rows(stats_json(path), set(rows))


def test_the_status_bar_reads_the_minutes_copydesk_stats_gives(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "long.article"
    words = 368  # 1.6 minutes at 230 words a minute: the status bar said 2, the CLI 1.6
    body = " ".join(["mot"] * (words - 2))
    storage.save(article(title("Un titre"), para(body)), path)
    window = _window(path)
    data = stats_json(path)
    assert data["total"]["words"] == words
    assert data["total"]["reading_minutes"] == 2
    assert status_minutes(window) == "2 min read"
    table = subprocess.run(
        [sys.executable, "-m", "editor", "stats", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    assert "2 min read" in table.splitlines()[-1]


def test_an_empty_article_is_a_zero_minute_read(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "empty.article"
    storage.save(article(title(""), subhead(""), quote("")), path)
    window = _window(path)
    assert status_minutes(window) == "0 min read"
    assert stats_json(path)["total"]["reading_minutes"] == 0
    cursor = window.surface.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    window.surface.setTextCursor(cursor)
    QTest.keyClicks(window.surface, "Breve")
    assert status_minutes(window) == "1 min read"


def test_a_pull_quote_over_its_attributions_limit_is_red_with_each_field_in_the_tooltip(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "quote.article"
    who = "Une personne au nom très long, " * 3  # 93 signes, the article template allows 80
    storage.save(
        article(
            title("Titre"),
            para("Elle l’a dit."),
            quote("Elle l’a dit.", by=who),
            meta=dict(template="article"),
        ),
        path,
    )
    window = _window(path)
    window.review.now()  # the findings of a pause, at once
    item = window.outline.tree.topLevelItem(1)
    assert item is not None and item.text(0).startswith("Pull quote")
    assert item.text(2) == str(13 + len(who))  # the block's signes, as copydesk stats
    assert item.toolTip(2).splitlines() == [
        "Pull quote: 13 / 150 signes",
        "Attribution: 93 / 80 signes",
    ]
    assert item.foreground(2).color() == looks.colour("accent")


def test_the_status_bar_and_copydesk_stats_give_the_same_feuillets(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "sample.article"
    path.write_bytes(SAMPLE.read_bytes())
    window = _window(path)
    window._count()
    shown = window.article_counts.text().split("·")[2].strip()  # “1.6 feuillets”
    data = stats_json(path)
    assert data["total"]["signes"] == 2339  # 1.559 feuillets
    assert shown == f"{data['total']['feuillets']} feuillets" == "1.6 feuillets"
    table = subprocess.run(
        [sys.executable, "-m", "editor", "stats", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    assert "2339  1.6 feuillets, 2 min read" in table.splitlines()[-1]


def test_the_part_a_landmark_opens_is_in_its_tooltip(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "parts.article"
    body = " ".join(["mot"] * 460)  # two minutes at 230 words a minute
    storage.save(article(title("Seul"), subhead("Un"), para(body)), path)
    window = _window(path)
    window.review.now()  # the findings of a pause, at once
    tree = window.outline.tree
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert [r.toolTip(1) for r in rows if r is not None] == [
        "Up to the next landmark: 1 word, 1 min read",
        "Up to the next landmark: 461 words, 2 min read",
    ]
    assert [r.text(1) for r in rows if r is not None] == ["1", "1"]  # the blocks' own
