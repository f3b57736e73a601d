"""Who changed what, on the page: the authors' colours, the margin, and who and when on hover."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QHelpEvent, QTextFormat
from PySide6.QtWidgets import QApplication, QToolTip

from editor.app import looks
from editor.app.application import Copydesk, dark_palette
from editor.app.main_window import MainWindow
from editor.app.moments import moment
from editor.app.review_marks import AUTHOR_COLOURS, author_colour
from tests.app.test_review_kept import under_review
from tests.model.test_review import WHEN


def contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_every_author_colour_reads_on_day_and_night_paper(qapp: QApplication) -> None:
    for day, night in AUTHOR_COLOURS:
        assert contrast(QColor(day), QColor(looks.PAPER.paper)) >= 4.5, day
        assert contrast(QColor(night), QColor(looks.NIGHT.paper)) >= 4.5, night


def test_an_author_keeps_one_colour(qapp: QApplication) -> None:
    assert author_colour("Paul Durand", dark=False) == author_colour("Paul Durand", dark=False)
    assert author_colour("Paul Durand", dark=True).name() in {n for _, n in AUTHOR_COLOURS}
    names = ["Paul Durand", "Anne Martin", "Léa Moreau", "Karim Benali", "Sophie Petit"]
    assert len({author_colour(n, dark=False).name() for n in names}) >= 3


def opened(desk: Copydesk, tmp_path: Path) -> MainWindow:
    window = desk.open(under_review(tmp_path))
    assert window is not None
    return window


def test_each_change_is_painted_in_its_author_s_colour(desk: Copydesk, tmp_path: Path) -> None:
    window = opened(desk, tmp_path)
    painted = {
        s.cursor.selectedText(): (s.format.foreground().color(), s.format.fontStrikeOut())
        for s in window.surface.review_marks
        if s.format.hasProperty(QTextFormat.Property.ForegroundBrush)  # not the comments' shade
    }
    paul, anne = author_colour("Paul Durand"), author_colour("Anne Martin")
    assert painted == {
        "se sont réunis": (paul, False),  # struck through by its own format
        "ont siégé": (paul, False),
        "Une phrase de trop.": (anne, True),  # a block deletion: struck as a whole
    }
    shown = [s.cursor.selectedText() for s in window.surface.extraSelections()]
    assert set(painted) <= set(shown)
    window.action("review:accept_all").trigger()
    QApplication.processEvents()
    assert coloured(window) == 0
    window.action("undo").trigger()
    QApplication.processEvents()  # the colours are made again once the step is done
    assert coloured(window) == 3


def coloured(window: MainWindow) -> int:
    marks = window.surface.review_marks
    return sum(s.format.hasProperty(QTextFormat.Property.ForegroundBrush) for s in marks)


def test_the_margin_says_what_became_of_a_block(desk: Copydesk, tmp_path: Path) -> None:
    window = opened(desk, tmp_path)
    text = window.surface.document()
    notes = [window.review_marks.margin_note(text.findBlockByNumber(n)) for n in range(4)]
    assert notes[0] is None  # the title is as the reporter wrote it
    assert notes[1] is not None and notes[1].text == ""  # a bar: words changed inside
    assert notes[1].colour == author_colour("Paul Durand")
    assert notes[2] is not None and notes[2].text == "was paragraph"
    assert notes[2].colour == author_colour("Anne Martin")
    assert notes[3] is not None and notes[3].text == "deleted"
    window.show()
    window.grab().save(str(tmp_path / "margin.png"))


def test_hovering_a_change_says_who_and_when(desk: Copydesk, tmp_path: Path) -> None:
    window = opened(desk, tmp_path)
    window.show()
    surface = window.surface
    paragraph = surface.document().findBlockByNumber(1)
    inside = paragraph.position() + len("Les ministres se sont réunisont s")
    cursor = surface.textCursor()
    cursor.setPosition(inside)
    spot = surface.cursorRect(cursor).center()
    event = QHelpEvent(QEvent.Type.ToolTip, spot, surface.viewport().mapToGlobal(spot))
    QApplication.sendEvent(surface.viewport(), event)
    assert QToolTip.text() == f"Inserted by Paul Durand\n{moment(WHEN, seconds=False)}"
    heading = surface.document().findBlockByNumber(2)
    assert window.review_marks.tip_at(heading.position() + 2) == (
        f"Changed to subhead by Anne Martin (was paragraph)\n{moment(WHEN, seconds=False)}"
    )
    assert window.review_marks.tip_at(0) == ""  # the title: nothing to say
    QToolTip.hideText()


def test_the_colours_follow_the_desktop_to_night(
    desk: Copydesk, tmp_path: Path, qapp: QApplication
) -> None:
    window = opened(desk, tmp_path)
    window.show()
    qapp.setPalette(dark_palette())
    QApplication.processEvents()
    QApplication.processEvents()
    night = {
        s.format.foreground().color().name()
        for s in window.surface.review_marks
        if s.format.hasProperty(QTextFormat.Property.ForegroundBrush)
    }
    assert night == {author_colour("Paul Durand", dark=True).name(),
                     author_colour("Anne Martin", dark=True).name()}  # fmt: skip


def test_a_long_margin_note_is_carried_over_lines_inside_the_margin(
    desk: Copydesk, tmp_path: Path
) -> None:
    # The French note "avant : paragraphe" is wider than the gutter: it goes on two lines,
    # every word whole, none past the page's left edge.
    from editor.app.looks import GUTTER
    from editor.app.page import LABEL_GAP

    window = opened(desk, tmp_path)
    painter = window.surface._painter
    room = (GUTTER - LABEL_GAP - 4) * painter.zoom
    note = "avant\N{NARROW NO-BREAK SPACE}: paragraphe"
    assert painter.label_metrics.horizontalAdvance(note) > room
    lines = painter.note_lines(note, room)
    assert lines == ["avant\N{NARROW NO-BREAK SPACE}:", "paragraphe"]
    assert all(painter.label_metrics.horizontalAdvance(line) <= room for line in lines)
    assert painter.note_lines("was paragraph", 10 * room) == ["was paragraph"]
