"""Presence: who is in the room, in which colour, and where each one's cursor is.

It travels as the y-protocols awareness state, in the shape the Yjs editors (y-prosemirror,
Tiptap, y-quill) already exchange, so a web client shows our writers and we show its:

    {"user": {"name": "Léa Martin", "color": "#c2410c"},
     "cursor": {"block": "b7f3…", "anchor": 12, "head": 18}}

`cursor` is null when the writer has no caret in the text (a dialog, the metadata). Its
offsets count characters (code points) in the block's text, as pycrdt does; the window
converts from Qt's UTF-16 units. A state that does not have this shape (another program's)
still shows its writer, under a plain name, never as an error.

A selection reaching over several paragraphs adds where its anchor is, in its own block:

    "cursor": {"block": "b7f3…", "anchor": 0, "head": 18,
               "anchorBlock": "a0c2…", "anchorOffset": 40}

`block`, `anchor` and `head` keep their meaning (`anchor` is then the end of the head's
paragraph on the anchor's side), so a reader that knows only them, an older Copydesk or
another Yjs client, still shows the caret and the part of the selection in that paragraph;
a state without the two keys is a selection within one paragraph, as before.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

# Distinct on white paper and in the dark theme, none of them the red of a suggestion
PALETTE = (
    "#1d4ed8", "#c2410c", "#047857", "#7e22ce", "#a16207",
    "#0e7490", "#be185d", "#4d7c0f", "#4338ca", "#9a3412",
)  # fmt: skip


def colour_for(name: str) -> str:
    """A writer's colour, the same on every machine and in every session: from the name."""
    digest = hashlib.sha256(name.casefold().encode()).digest()
    return PALETTE[digest[0] % len(PALETTE)]


@dataclass(frozen=True)
class User:
    name: str
    colour: str

    @classmethod
    def named(cls, name: str) -> User:
        return cls(name, colour_for(name))


@dataclass(frozen=True)
class Cursor:
    """A caret (anchor == head) or a selection, in characters. `anchor` is in `block`, the
    head's; a selection from another block also names that block and the anchor's offset
    in it (`anchor_block`, `anchor_offset`), None within one block."""

    block: str
    anchor: int
    head: int
    anchor_block: str | None = None
    anchor_offset: int = 0


@dataclass(frozen=True)
class Peer:
    """Another writer in the room."""

    client_id: int
    user: User
    cursor: Cursor | None


def state_of(user: User, cursor: Cursor | None) -> dict[str, Any]:
    where = None
    if cursor is not None:
        where = {"block": cursor.block, "anchor": cursor.anchor, "head": cursor.head}
        if cursor.anchor_block is not None:
            where |= {"anchorBlock": cursor.anchor_block, "anchorOffset": cursor.anchor_offset}
    return {"user": {"name": user.name, "color": user.colour}, "cursor": where}


def user_name(state: Mapping[str, Any] | None) -> str:
    user = state.get("user") if isinstance(state, Mapping) else None
    name = user.get("name") if isinstance(user, Mapping) else None
    return name if isinstance(name, str) and name.strip() else "someone"


def _cursor(value: Any) -> Cursor | None:
    if not isinstance(value, Mapping):
        return None
    block, anchor, head = (
        value.get("block"),
        _offset(value.get("anchor")),
        _offset(value.get("head")),
    )
    if not isinstance(block, str) or anchor is None or head is None:
        return None
    other, offset = value.get("anchorBlock"), _offset(value.get("anchorOffset"))
    if not isinstance(other, str) or offset is None or other == block:
        return Cursor(block, anchor, head)  # within one block, or said the older way
    return Cursor(block, anchor, head, other, offset)


def _offset(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def peer_of(client_id: int, state: Mapping[str, Any]) -> Peer:
    name = user_name(state)
    user = state.get("user")
    colour = user.get("color") if isinstance(user, Mapping) else None
    if not (isinstance(colour, str) and colour.startswith("#")):
        colour = colour_for(name)
    return Peer(client_id, User(name, colour), _cursor(state.get("cursor")))
