"""A `text/plain` story as wire systems really fill it.

Some agencies (ANSA among them) put HTML into a body declared `text/plain`, so the
text holds literal `<p>` tags, and mark paragraphs the teleprinter way: a line
that starts with spaces opens a new paragraph, the others are wrapped lines of the
same one. Read naively, the tags become paragraphs of their own and the whole
story one paragraph; here the tags and the indents both cut paragraphs.
"""

from __future__ import annotations

import html
import re

_BREAKS = re.compile(r"</?\s*(?:p|div|br)\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"</?\s*[a-zA-Z][\w:-]*(?:\s[^<>]*)?/?>")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def plain_paragraphs(text: str) -> list[str]:
    """The paragraphs of a plain-text body, each on one line, edges trimmed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _TAG.search(text):  # markup sent as text: its tags cut, its entities are characters
        text = html.unescape(_TAG.sub("", _BREAKS.sub("\n\n", text)))
    paragraphs: list[str] = []
    for chunk in _BLANK_LINE.split(text):
        paragraphs.extend(_indented(chunk))
    return paragraphs


def _indented(chunk: str) -> list[str]:
    """A block of lines; where only some lines are indented, each indent starts a paragraph
    (when all are, the indentation is the whole block's and cuts nothing)."""
    lines = [line for line in chunk.split("\n") if line.strip()]
    cuts = any(not line[0].isspace() for line in lines)
    paragraphs: list[list[str]] = []
    for line in lines:
        if not paragraphs or (cuts and line[0].isspace()):
            paragraphs.append([])
        paragraphs[-1].append(line.strip())
    return [" ".join(words) for words in paragraphs]
