"""Positions in a block's text, in the three units that meet in co-editing.

- The model (`Run.text`, Python `str`) counts Unicode code points.
- Qt (`QTextCursor.position`, `contentsChange`) counts UTF-16 code units: a character outside
  the basic plane (😀, 𝄞, most emoji) is two units, a code point in the model.
- pycrdt 0.14 (`Text.insert`, `del text[a:b]`, `Text.format`, `len(text)`, the `retain` and
  `delete` counts of a `TextEvent`'s delta) counts **UTF-8 bytes**: yrs's default offset kind,
  which pycrdt passes through unchanged (pycrdt issues #308 and pull requests #129, #379, still
  open). "é" is two, "😀" four, "👩🏽‍💻" fifteen. An index inside a character does not fail: yrs
  moves it elsewhere silently, so every index handed to pycrdt goes through this module.

Yjs itself (y.js in a browser) counts UTF-16 units in its API; the binary updates do not depend
on either, so documents stay interchangeable. When pycrdt gains a per-document offset kind, this
module is the one place to change (the test `test_pycrdt_counts_utf8_bytes` says when).
"""

from __future__ import annotations

import codecs

codecs.lookup("utf-16-le")  # found once here: the first lookup imports the codec (0.7 ms)


class OffsetError(ValueError):
    """An offset that falls inside a character, or beyond the text: a bug in the caller."""


def crdt_length(text: str) -> int:
    """The length of `text` as pycrdt counts it."""
    return len(text.encode("utf-8"))


def crdt_index(text: str, index: int) -> int:
    """Code point `index` of `text` as a pycrdt index."""
    _check(text, index)
    return crdt_length(text[:index])


def char_index(text: str, crdt: int) -> int:
    """A pycrdt index into `text` as a code point index."""
    encoded = text.encode("utf-8")
    if not 0 <= crdt <= len(encoded):
        raise OffsetError(f"byte {crdt} is outside a text of {len(encoded)} bytes")
    try:
        return len(encoded[:crdt].decode("utf-8"))
    except UnicodeDecodeError:
        raise OffsetError(f"byte {crdt} falls inside a character") from None


def chars_in_bytes(text: str, start: int, count: int) -> int:
    """How many code points of `text`, from code point `start` on, make `count` pycrdt units:
    the length in characters of a `retain` or `delete` in a delta over `text`."""
    begin = crdt_index(text, start)
    return char_index(text, begin + count) - start


def utf16_index(text: str, index: int) -> int:
    """Code point `index` of `text` as a Qt (UTF-16) position."""
    _check(text, index)
    return len(text[:index].encode("utf-16-le", "surrogatepass")) // 2


def char_from_utf16(text: str, units: int) -> int:
    """A Qt (UTF-16) position in `text` as a code point index."""
    encoded = text.encode("utf-16-le", "surrogatepass")
    if not 0 <= units * 2 <= len(encoded):
        raise OffsetError(f"position {units} is outside a text of {len(encoded) // 2} units")
    try:
        return len(encoded[: units * 2].decode("utf-16-le"))
    except UnicodeDecodeError:
        raise OffsetError(f"position {units} falls between the halves of a character") from None


def crdt_from_utf16(text: str, units: int) -> int:
    """A Qt position in `text` as a pycrdt index."""
    return crdt_index(text, char_from_utf16(text, units))


def utf16_from_crdt(text: str, crdt: int) -> int:
    """A pycrdt index into `text` as a Qt position."""
    return utf16_index(text, char_index(text, crdt))


def _check(text: str, index: int) -> None:
    if not 0 <= index <= len(text):
        raise OffsetError(f"index {index} is outside a text of {len(text)} characters")
