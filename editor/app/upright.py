"""Typed letters take their script's look: upright for Arabic, Hebrew, CJK… (`slant`).

Qt gives a typed character the format of the one before it, so an Arabic word typed into a
French pull quote would come in italic (and not be drawn where no italic face has Arabic), and
the French typed after an Arabic word would stand upright. The document looks at the letters
a change added, only those, in the fragments that hold them (`wrong`), and sets the wrong
stretches in a repair folded into the change's step, as a join's look is set again. A key
costs one look at its own character, whatever the paragraph's length.
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextCharFormat, QTextCursor

from editor.app import slant
from editor.app.bridge import MARKS, char_format, fragments, kind_of, leaning, role_of


def _lean(fmt: QTextCharFormat) -> tuple[bool, int]:
    """What tells the two looks apart: the slant and the weight."""
    return fmt.fontItalic(), int(fmt.fontWeight())


def wrong(block: QTextBlock, start: int, end: int) -> list[tuple[int, int, QTextCharFormat]]:
    """Stretches of the fragments of `block` that hold the letters between `start` and `end`
    whose slant is not their script's, each with the change that sets it right (the slant
    and weight only: marks, links and the review's annotations stay)."""
    kind, role = kind_of(block), role_of(block)
    if not kind:
        return []
    found: list[tuple[int, int, QTextCharFormat]] = []
    for fragment in fragments(block):
        first = fragment.position()
        if first >= end:
            break
        if first + fragment.length() <= start:
            continue
        fmt = fragment.charFormat()
        marks = fmt.intProperty(MARKS)
        if fmt.isImageFormat() or not leaning(kind, role, marks):
            continue
        slanted, upright = (_lean(char_format(kind, role, marks, None, u)) for u in (False, True))
        now = _lean(fmt)
        text = fragment.text()
        added = text[max(start - first, 0) : end - first]
        if not (
            (now != upright and slant.has_upright(added))
            or (now != slanted and slant.has_slanted(added))
        ):
            continue
        for offset, piece, up in slant.pieces(text):
            wanted = upright if up else slanted
            if wanted != now:
                change = QTextCharFormat()
                change.setFontItalic(wanted[0])
                change.setFontWeight(wanted[1])
                found.append((first + offset, first + offset + len(piece), change))
    return found


def set_right(cursor: QTextCursor, start: int, end: int) -> None:
    """Set the letters of the paragraphs between `start` and `end` in their script's look."""
    document = cursor.document()
    block = document.findBlock(start)
    while block.isValid() and block.position() <= end:
        for first, last, change in wrong(block, start, end):
            cursor.setPosition(first)
            cursor.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(change)
        block = block.next()


def needs_care(block: QTextBlock, start: int, end: int) -> bool:
    """Whether the paragraphs from `block` on hold, between `start` and `end`, letters set in
    another script's look."""
    while block.isValid() and block.position() <= end:
        if wrong(block, start, end):
            return True
        block = block.next()
    return False
