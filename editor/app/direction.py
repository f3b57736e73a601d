"""Which way a paragraph runs, told to Qt rather than found by it at every keystroke.

Qt finds a paragraph's direction from its text (the first strong character, as the Unicode
bidirectional algorithm does) unless the paragraph's format or the document's default text
option names one. It finds it again for every paragraph below an edit each time it places
them after a keystroke: 1.2–1.7 ms of a key typed at the top of a 400 000-word book, a search
of the fragment tree and the first characters of each of its 8 700 paragraphs. So the page's
documents run left to right by default (`set_default`), and a paragraph whose first strong
character is right to left (Arabic, Hebrew…) carries that in its block format: written so
(`bridge._Writer`), and set again when an edit turns it the other way (`turned`, a repair
folded into the edit's step by `Document`), so it shows as Qt would have found it.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlock, QTextBlockFormat, QTextDocument

RIGHT_TO_LEFT = frozenset({"R", "AL"})
"""Unicode's strong right-to-left classes (Hebrew's letters; Arabic's, Syriac's, Thaana's…)."""
_AUTO = Qt.LayoutDirection.LayoutDirectionAuto
_RIGHT = Qt.LayoutDirection.RightToLeft


def of_text(text: str) -> Qt.LayoutDirection:
    """RightToLeft when the first strong character is right to left; otherwise Auto, which
    the page's documents take as left to right (as Qt does a paragraph with no strong
    character)."""
    for character in text:
        kind = unicodedata.bidirectional(character)
        if kind == "L":
            return _AUTO
        if kind in RIGHT_TO_LEFT:
            return _RIGHT
    return _AUTO


def set_default(document: QTextDocument) -> None:
    """Paragraphs that name no direction run left to right, without Qt reading their text."""
    option = document.defaultTextOption()
    option.setTextDirection(Qt.LayoutDirection.LeftToRight)
    document.setDefaultTextOption(option)


def named(fmt: QTextBlockFormat, text: str) -> QTextBlockFormat:
    """`fmt` naming right to left when `text` runs so (a paragraph being written)."""
    if of_text(text) == _RIGHT:
        fmt.setLayoutDirection(_RIGHT)
    return fmt


def turned(paragraph: QTextBlock) -> Qt.LayoutDirection | None:
    """The direction `paragraph` must now name, or None when its format already says how its
    text runs (a left-to-right paragraph names none, or Auto)."""
    wanted = of_text(paragraph.text())
    named_now = paragraph.blockFormat().layoutDirection()
    if named_now == wanted or (wanted == _AUTO and named_now != _RIGHT):
        return None
    return wanted
