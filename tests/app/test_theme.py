"""Light and dark: icons in the desktop's text colour, the page dark on a dark desktop."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QPalette, QTextCursor
from PySide6.QtWidgets import QApplication, QDockWidget, QToolBar, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from editor.app import bridge, theme
from editor.app.application import Copydesk, dark_palette
from editor.app.looks import NIGHT
from editor.app.main_window import MainWindow
from editor.app.theme import paint_pixels
from tests.shared import SAMPLE


def icon_lightness(window: MainWindow, name: str = "mark:em") -> int:
    """The lightness of the icon's ink (its visible pixels, on average)."""
    pixels = paint_pixels(window.action(name).icon().pixmap(QSize(18, 18)))
    assert pixels
    return sum(p.lightness() for p in pixels) // len(pixels)


def paper_lightness(window: MainWindow) -> int:
    """The page's colour in its empty left margin, as painted."""
    picture = window.surface.viewport().grab().toImage()
    return picture.pixelColor(6, picture.height() - 6).lightness()


def ink_lightness(window: MainWindow) -> int:
    """The lightest or darkest pixel of the page's text, whichever is farther from paper."""
    picture = window.surface.viewport().grab().toImage()
    paper = paper_lightness(window)
    found = [
        picture.pixelColor(x, y).lightness()
        for y in range(0, picture.height(), 2)
        for x in range(140, min(picture.width(), 700), 2)
    ]
    return max(found, key=lambda value: abs(value - paper))


def kicker_colour_after_retyping(window: MainWindow) -> QColor:
    """Turn the last paragraph into a kicker; the colour its text is drawn in."""
    cursor = window.surface.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    while not cursor.block().text():
        cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock)
    window.surface.setTextCursor(cursor)
    window.set_kind("kicker")
    return window.surface.textCursor().charFormat().foreground().color()


def unticked_box_shows(window: MainWindow) -> bool:
    """The check box of an unticked subject is drawn (its outline is lighter than the list)."""
    subjects = window.inspector.subjects
    row = next(r for r in range(subjects.count()) if subjects.item(r).checkState().value == 0)
    place = subjects.visualItemRect(subjects.item(row))
    picture = subjects.viewport().grab().toImage()
    y = place.center().y()
    left = [picture.pixelColor(x, y).lightness() for x in range(place.left(), place.left() + 18)]
    return max(left) - min(left) > 60


def test_icons_and_page_follow_the_desktop_light_and_dark(
    qtbot: QtBot, qapp: QApplication, desk: Copydesk
) -> None:
    window = desk.open(SAMPLE)
    assert window is not None
    qtbot.waitExposed(window)
    assert icon_lightness(window) < 100
    assert paper_lightness(window) > 230
    assert ink_lightness(window) < 60

    qapp.setPalette(dark_palette())
    qtbot.waitUntil(lambda: icon_lightness(window) > 180)
    assert icon_lightness(window, "undo") > 100  # disabled, yet visible on the dark bar
    assert paper_lightness(window) < 50
    assert ink_lightness(window) > 180
    assert unticked_box_shows(window)
    made_now = kicker_colour_after_retyping(window)
    assert made_now == QColor(NIGHT.accent)  # text made in the dark takes the night's red
    later = desk.new(from_sample=True)
    assert paper_lightness(later) < 50 and icon_lightness(later) > 180
    bold = QTextCursor(later.document.text)
    bold.setPosition(later.document.text.toPlainText().index("Claire Vidal") + 1)
    assert bold.charFormat().foreground().color() == QColor(NIGHT.strong)  # brighter than ink

    qapp.setPalette(QPalette())
    qtbot.waitUntil(lambda: icon_lightness(window) < 100)
    assert paper_lightness(window) > 230
    assert ink_lightness(window) < 60


def test_icons_are_drawn_sharp_at_the_size_and_pixel_ratio_asked(qapp: QApplication) -> None:
    made = theme.icon("bold")
    for side, scale in ((16, 1.0), (24, 2.0), (18, 1.5)):
        picture = made.pixmap(QSize(side, side), scale)
        assert picture.devicePixelRatio() == scale
        assert picture.width() == round(side * scale)  # drawn at that size, not scaled up
        image = picture.toImage()
        inked = [
            image.pixelColor(x, y).alpha()
            for x in range(image.width())
            for y in range(image.height())
        ]
        assert max(inked) == 255 and min(inked) == 0
    greyed = made.pixmap(QSize(24, 24), 1.0, QIcon.Mode.Disabled).toImage()
    sharp = made.pixmap(QSize(24, 24), 1.0).toImage()
    assert greyed != sharp  # the disabled icon has its own colour


def repainted(window: MainWindow, kind: str) -> set[str]:
    """The colours drawn over the runs of a kind that keep another palette's colour."""
    return {
        s.format.foreground().color().name()
        for s in window.surface.extraSelections()
        if bridge.kind_of(s.cursor.block()) == kind and s.format.foreground().style().value
    }


def test_colours_already_in_the_text_follow_a_switch(
    qtbot: QtBot, qapp: QApplication, desk: Copydesk
) -> None:
    window = desk.open(SAMPLE)
    assert window is not None
    assert window.surface.recolour.selections == []  # nothing to redraw before a switch

    qapp.setPalette(dark_palette())
    qtbot.waitUntil(lambda: repainted(window, "kicker") == {NIGHT.accent})
    assert NIGHT.link in repainted(window, "paragraph")  # the link typed in the light
    assert NIGHT.muted in repainted(window, "author_bio")
    history = window.document.undo_stack.count()
    assert history == 0 and not window.document.dirty  # redrawn, not edited

    cursor = window.surface.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    window.surface.setTextCursor(cursor)
    window.surface.insertPlainText("S")  # typed into the kicker: still the night's red
    assert repainted(window, "kicker") == {NIGHT.accent}

    qapp.setPalette(QPalette())
    qtbot.waitUntil(lambda: repainted(window, "kicker") == set())
    assert repainted(window, "paragraph") == set()


def chrome_places(window: MainWindow) -> dict[str, tuple[int, int, int, int]]:
    """Where the window's chrome stands: the toolbar, its buttons, the page and the panels."""
    parts = [window.findChild(QToolBar, "formatting"), window.style_box, window.surface]
    parts += window.findChildren(QToolButton) + window.findChildren(QDockWidget)
    return {
        f"{type(part).__name__}:{part.objectName()}:{index}": part.geometry().getRect()
        for index, part in enumerate(parts)
        if isinstance(part, QWidget) and part.isVisible()
    }


def test_the_window_is_laid_out_with_its_style_sheet_at_once(
    qapp: QApplication, desk: Copydesk
) -> None:
    """The style sheet is applied once: what the window's parts made after it take from it
    (the toolbar's padding and spacing, by its name) is theirs from the first paint, as it
    would be had Qt applied the sheet to every part again."""
    window = desk.open(SAMPLE)
    assert window is not None
    window.resize(1280, 860)
    qapp.processEvents()
    first = chrome_places(window)
    bar = window.findChild(QToolBar, "formatting")
    assert isinstance(bar, QToolBar) and bar.layout().contentsMargins().top() >= 6

    window.setStyleSheet(window.styleSheet() + " ")  # Qt polishes every part again
    qapp.processEvents()
    assert chrome_places(window) == first
