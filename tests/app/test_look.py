"""The window reads well, light and dark: contrast measured on what the window really paints."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QToolBar, QWidget
from pytestqt.qtbot import QtBot

from editor.app import i18n, looks
from editor.app.application import Copydesk, dark_palette
from editor.app.main_window import MainWindow
from tests.shared import SAMPLE

BODY_TEXT = 4.5
"""WCAG's minimum contrast for text of ordinary size."""
EDGES = 3.0
"""WCAG's minimum contrast for the edge of a control."""


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        red, green, blue = (channel(v) for v in (colour.redF(), colour.greenF(), colour.blueF()))
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def painted(widget: QWidget, x: int, y: int) -> QColor:
    return widget.grab().toImage().pixelColor(x, y)


def text_colour(label: QLabel) -> QColor:
    """The colour a label draws its text in, after its style sheets."""
    label.ensurePolished()
    return label.palette().color(QPalette.ColorRole.WindowText)


def assert_readable(window: MainWindow) -> None:
    viewport = window.surface.viewport()
    paper = painted(viewport, 6, viewport.height() - 6)
    ink = window.surface.palette().color(QPalette.ColorRole.Text)
    assert contrast(ink, paper) >= BODY_TEXT
    for name in ("muted", "faint", "accent", "link", "strong"):  # bio, labels, alt text, kicker
        assert contrast(looks.colour(name), paper) >= BODY_TEXT, name
    bar = window.statusBar()
    behind = painted(bar, 2, bar.height() // 2)
    assert contrast(text_colour(window.article_counts), behind) >= BODY_TEXT
    gauge = window.gauge.label
    assert gauge.isVisibleTo(window) and gauge.text()
    assert contrast(text_colour(gauge), behind) >= BODY_TEXT


def field_edge_contrast(window: MainWindow) -> float:
    """How far the edge of an empty metadata field stands out from the panel behind it."""
    field = window.inspector.edits["genre"]
    form = field.parentWidget()
    assert form is not None
    middle = field.geometry().center().y()
    edge = painted(form, field.geometry().left(), middle)
    panel = painted(form, field.geometry().left() - 3, middle)
    return contrast(edge, panel)


def test_text_reads_on_the_page_and_the_bars_light_and_dark(
    qtbot: QtBot, qapp: QApplication, desk: Copydesk
) -> None:
    window = desk.open(SAMPLE)
    assert window is not None
    qtbot.waitExposed(window)
    window.document.change_meta("Length template", template="breve")  # the gauge says "over"
    assert_readable(window)
    toolbar = window.findChild(QToolBar, "formatting")
    assert isinstance(toolbar, QToolBar)
    light_height = toolbar.height()

    qapp.setPalette(dark_palette())
    qtbot.waitUntil(lambda: painted(window.surface.viewport(), 6, 6).lightness() < 50)
    assert_readable(window)
    assert field_edge_contrast(window) >= EDGES  # an empty field still shows where it is
    assert toolbar.height() == light_height  # the bar does not jump at the switch


def test_help_is_the_last_menu(desk: Copydesk) -> None:
    window = desk.open(SAMPLE)
    assert window is not None
    last = window.menuBar().actions()[-1].menu()
    assert isinstance(last, QMenu) and last.objectName() == "helpMenu"
    assert window.findChild(QMenu, "toolsMenu") is not None  # the desk tools' menu before it


def test_counts_are_written_the_french_way(desk: Copydesk) -> None:
    i18n.install("fr")
    window = desk.open(SAMPLE)
    assert window is not None
    assert "1,6 feuillet ·" in window.article_counts.text()  # singular below two, in French
