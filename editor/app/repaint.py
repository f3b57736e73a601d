"""What an edit of one paragraph's text repaints: the paragraph, and what lies below it once
it grew or shrank.

Qt's layout tells the page the area an edit changed, and finds it while it lays the text out
again from the last of its checkpoints before the edit (it keeps one every 2 000 pixels or
so): each paragraph it walks before the edited one moves the area's top down to it. An edit
in the very paragraph a checkpoint stands at walks none, and the area Qt reports runs from
the top of the article to the paragraph's foot. A colleague typing in such a paragraph, far
below what the writer reads, had the whole page in view repainted at each of her keys (on a
long read one paragraph in twenty or so; 1.7 ms of each key there).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QRectF
from PySide6.QtGui import QAbstractTextDocumentLayout, QTextBlock, QTextDocument

BELOW = float(2**31 - 1)
"""Qt's own "to the end" for an area of the text (`INT_MAX`)."""


@dataclass
class Repainted:
    """What `paragraph_only` found once the edit was made."""

    resized: bool = False
    """The paragraph's height changed, and with it the page's."""


@contextmanager
def paragraph_only(
    text: QTextDocument, paragraph: QTextBlock, size_now: bool = True
) -> Iterator[Repainted]:
    """An edit of `paragraph`'s text (no paragraph added or removed, none of a frame) made
    in the block repaints that paragraph, and everything below it when its height changed,
    whatever area Qt's layout reports. The layout's signals are held for the block, so the
    page's size, which it reports when the paragraph's height changes, is told again after
    it (`tell_size`), or left to the caller (`size_now` False, `Repainted.resized`)."""
    layout = text.documentLayout()
    before = layout.blockBoundingRect(paragraph).height()
    done = Repainted()
    held = layout.blockSignals(True)
    try:
        yield done
    finally:
        layout.blockSignals(held)
    top, bottom = _between(layout, paragraph)
    update: Any = layout.update  # its overload with an area (PySide's stubs index no signal)
    if layout.blockBoundingRect(paragraph).height() == before:
        update[QRectF].emit(QRectF(0, top, BELOW, bottom - top))
        return
    update[QRectF].emit(QRectF(0, top, BELOW, BELOW))
    done.resized = True
    if size_now:
        tell_size(text)


def tell_size(text: QTextDocument) -> None:
    """The page's size told to the views on it, their scroll bars set again. Asked of a
    layout still laying a just opened article out a step at a time, the size has it finish
    at once: what its steps would do within the second."""
    layout = text.documentLayout()
    layout.documentSizeChanged.emit(layout.documentSize())


def _between(layout: QAbstractTextDocumentLayout, paragraph: QTextBlock) -> tuple[float, float]:
    """From the foot of the paragraph before `paragraph` to the head of the one after it,
    the area Qt itself gives a paragraph: with a fixed line height, the last line's letters
    reach below the paragraph's own box."""
    before, after = paragraph.previous(), paragraph.next()
    top = layout.blockBoundingRect(before).bottom() if before.isValid() else 0.0
    bottom = layout.blockBoundingRect(after).top() if after.isValid() else BELOW
    return top, bottom
