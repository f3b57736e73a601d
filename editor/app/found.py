"""How the find bar shows what it found: every match shaded, the current one apart, and the
match scrolled clear of the bar's edge of the page."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtGui import QBrush, QColor, QPalette, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from editor.app import looks

if TYPE_CHECKING:
    from editor.app.find import Query

Shades = Callable[[Sequence[QTextEdit.ExtraSelection]], None]
SHADES = {False: ("#fde68a", "#f9a03f"), True: ("#5a4a12", "#8a3f00")}
"""Every match, and the current one, by day and by night: the copy's ink keeps at least 4.5:1
on both, and the current one stands apart in hue and weight."""
SHADED_AT_ONCE = 400
"""Up to this many matches are all shaded at once; more are shaded around the view, again as
the page scrolls, so thousands cost no more than a few hundred."""
AROUND = 300
"""Matches shaded before and after the middle of the view, in a long list."""


def colours() -> tuple[QColor, QColor]:
    """Every match's shade and the current one's, for the desktop as it is now."""
    others, current = SHADES[looks.is_dark()]
    return QColor(others), QColor(current)


def shade(
    editor: QTextEdit, begin: int, end: int, colour: QColor, current: bool = False
) -> QTextEdit.ExtraSelection:
    """One match's shade; the current one underlined too, for eyes that do not see the hue."""
    selection = QTextEdit.ExtraSelection()
    cursor = QTextCursor(editor.document())
    cursor.setPosition(begin)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    selection.cursor = cursor
    fmt = QTextCharFormat()
    fmt.setBackground(QBrush(colour))
    if current:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    selection.format = fmt
    return selection


def selection_colour(editor: QTextEdit, colour: QColor | None) -> None:
    """While the find bar has the keys, the text's selection (the current match, painted over
    its shade) takes the current match's colour; the page's own when the bar closes."""
    palette = editor.palette()
    active = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    wanted = colour if colour is not None else active
    inactive = QPalette.ColorGroup.Inactive
    if palette.color(inactive, QPalette.ColorRole.Highlight) != wanted:
        palette.setColor(inactive, QPalette.ColorRole.Highlight, wanted)
        editor.setPalette(palette)
        editor.viewport().setPalette(palette)


def reveal(editor: QTextEdit, match: tuple[int, int]) -> None:
    """Scroll so the match stands inside the page with two lines of room above and below it,
    never at the very edge of the text where the find bar meets it."""
    cursor = QTextCursor(editor.document())
    cursor.setPosition(match[0])
    top = editor.cursorRect(cursor)
    cursor.setPosition(match[1])
    rect = top.united(editor.cursorRect(cursor))
    room = min(2 * top.height(), max(0, (editor.viewport().height() - rect.height()) // 2))
    bar = editor.verticalScrollBar()
    if rect.bottom() > editor.viewport().height() - room:
        bar.setValue(bar.value() + rect.bottom() - editor.viewport().height() + room)
    elif rect.top() < room:
        bar.setValue(bar.value() + rect.top() - room)


def in_sight(editor: QTextEdit, matches: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """The slice of `matches` to shade: all of a short list, else those around the middle of
    the view, more than a screen ever holds. (The middle, not the top: a point in the page's
    top margin finds no sensible position.)"""
    if len(matches) <= SHADED_AT_ONCE:
        return 0, len(matches)
    document = editor.document()
    # a page still being laid out (Qt lays a long text out in steps) answers a point with a
    # place far down the text: lay it out first (kept afterwards; nothing to do once done)
    document.documentLayout().blockBoundingRect(document.lastBlock())
    viewport = editor.viewport()
    middle = editor.cursorForPosition(QPoint(viewport.width() // 2, viewport.height() // 2))
    centre = bisect_left(matches, (middle.position(), middle.position()))
    return max(0, centre - AROUND), min(len(matches), centre + AROUND)


def recount(
    document: QTextDocument,
    matches: list[tuple[int, int]],
    query: Query,
    change: tuple[int, int, int],
) -> list[tuple[int, int]]:
    """`matches` after an edit (`contentsChange`'s position, removed, added): the paragraphs
    it touched searched again, the matches after them moved by what it added or took."""
    from editor.app.find import matches_in  # find imports this module

    position, removed, added = change
    delta = added - removed
    first = document.findBlock(position)
    last = document.findBlock(position + added)
    start = first.position()
    end = last.position() + last.length()  # the touched paragraphs, now
    before = matches[: bisect_left(matches, (start, start))]
    after = [(b + delta, e + delta) for b, e in matches if b >= end - delta]
    return before + matches_in(document, query, start, end) + after
