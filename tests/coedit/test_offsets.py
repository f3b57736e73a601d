"""Positions convert between the model (code points), Qt (UTF-16) and pycrdt (UTF-8 bytes),
with emoji, combining marks and other characters outside the basic plane."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pycrdt import Doc, Text

from editor.coedit.offsets import (
    OffsetError,
    char_from_utf16,
    char_index,
    chars_in_bytes,
    crdt_from_utf16,
    crdt_index,
    crdt_length,
    utf16_from_crdt,
    utf16_index,
)
from tests.strategies import AWKWARD, letters

ASTRAL = ["😀", "👩🏽‍💻", "𝄞", "🇫🇷", "𠜎"]
texts = st.lists(
    st.one_of(st.text(alphabet=letters, max_size=5), st.sampled_from(AWKWARD + ASTRAL)),
    max_size=12,
).map("".join)


def shared_text(content: str) -> Text:
    doc: Doc = Doc()
    text = doc.get("t", type=Text)
    text += content
    return text


def test_pycrdt_counts_utf8_bytes() -> None:
    """The fact `offsets` is built on; if a pycrdt release changes it, change `offsets`."""
    text = shared_text("a😀b")
    assert len(text) == 6
    text.insert(5, "X")
    assert str(text) == "a😀Xb"
    assert len(shared_text("e\u0301")) == 3
    assert len(shared_text("👩🏽‍💻")) == 15


@given(texts, st.data())
def test_inserting_at_a_converted_qt_position_lands_where_qt_meant(
    content: str, data: st.DataObject
) -> None:
    index = data.draw(st.integers(0, len(content)))
    qt = utf16_index(content, index)
    text = shared_text(content)
    text.insert(crdt_from_utf16(content, qt), "§")
    assert str(text) == content[:index] + "§" + content[index:]
    assert len(text) == crdt_length(content) + 2


@given(texts, st.data())
def test_deleting_a_converted_range_deletes_those_characters(
    content: str, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(content)))
    end = data.draw(st.integers(start, len(content)))
    text = shared_text(content)
    del text[crdt_index(content, start) : crdt_index(content, end)]
    assert str(text) == content[:start] + content[end:]


@given(texts, st.data())
def test_conversions_invert_each_other(content: str, data: st.DataObject) -> None:
    index = data.draw(st.integers(0, len(content)))
    assert char_index(content, crdt_index(content, index)) == index
    assert char_from_utf16(content, utf16_index(content, index)) == index
    qt = utf16_index(content, index)
    assert utf16_from_crdt(content, crdt_from_utf16(content, qt)) == qt
    rest = len(content) - index
    assert chars_in_bytes(content, index, crdt_length(content[index:])) == rest


def test_qt_counts_two_units_for_a_character_outside_the_basic_plane() -> None:
    assert utf16_index("a😀b", 2) == 3
    assert char_from_utf16("a😀b", 3) == 2
    assert crdt_from_utf16("a😀b", 3) == 5
    assert utf16_from_crdt("é😀", 6) == 3


@pytest.mark.parametrize(
    ("convert", "content", "where"),
    [
        (char_index, "a😀b", 2),
        (char_from_utf16, "a😀b", 2),
        (char_index, "é", 1),
        (crdt_index, "abc", 4),
        (utf16_index, "abc", -1),
    ],
)
def test_a_position_inside_a_character_or_outside_the_text_is_refused(
    convert: object, content: str, where: int
) -> None:
    with pytest.raises(OffsetError):
        convert(content, where)  # type: ignore[operator]
