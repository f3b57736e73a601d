"""The review's records: who suggested a change and when, and a comment with its thread.

Apart from `annotations`, which names them (`annotations.Comment` is this `Comment`), so that a
command reading copy without a review does not make their three classes: a frozen, slotted
dataclass is some 0.9 ms of a command's start, its methods compiled from source each time.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType
from typing import Any

_NO_ATTRS: Mapping[str, str] = MappingProxyType({})
_NO_EXTRA: Mapping[str, Any] = MappingProxyType({})


def _no_attrs() -> Mapping[str, str]:
    return _NO_ATTRS


def _no_extra() -> Mapping[str, Any]:
    return _NO_EXTRA


@dataclass(frozen=True, slots=True)
class Suggestion:
    """Who proposed a change and when; the change itself is where the id is marked.

    A kind change keeps the block's kind and fields from before it (`from_kind`,
    `from_attrs`), so rejecting it gives them back exactly.
    """

    id: str
    type: str
    author: str = ""
    date: datetime | None = None
    from_kind: str = ""
    from_attrs: Mapping[str, str] = field(default_factory=_no_attrs)
    extra: Mapping[str, Any] = field(default_factory=_no_extra)

    def __post_init__(self) -> None:
        object.__setattr__(self, "from_attrs", MappingProxyType(dict(self.from_attrs)))
        object.__setattr__(self, "extra", MappingProxyType(dict(self.extra)))


@dataclass(frozen=True, slots=True)
class Reply:
    """An answer in a comment's thread. `initials`: as Word shows them beside the author
    (`w:initials`, the reviewer's own in Preferences); empty, they are made from the name."""

    author: str
    date: datetime | None
    text: str
    extra: Mapping[str, Any] = field(default_factory=_no_extra)
    initials: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "extra", MappingProxyType(dict(self.extra)))


@dataclass(frozen=True, slots=True)
class Comment:
    """A remark on a range of text and its thread. A comment whose text was deleted keeps its
    thread, anchored nowhere, until someone deletes or resolves it."""

    id: str
    author: str
    date: datetime | None
    text: str
    resolved: bool = False
    replies: tuple[Reply, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=_no_extra)
    initials: str = ""
    """As for a reply: the author's initials as Word shows them, empty for the name's."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "replies", tuple(self.replies))
        object.__setattr__(self, "extra", MappingProxyType(dict(self.extra)))
