"""Local edits into the shared document: the difference between two articles, as Yjs operations.

The window already folds every keystroke into a new `Article` (`app/bridge.py`: only the touched
blocks are rebuilt, the others stay the same objects). `apply_article` writes the difference
between the article before and after into the document in one transaction tagged with the local
origin, so undo can tell one's own edits from the others'. It touches only what changed: an
unchanged block is the same object and costs one identity test; in a changed text, only the
characters between the common beginning and end are replaced, and formatting changes elsewhere
become `format` operations, so a colleague typing in the same paragraph keeps every character.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any, TypeVar

from pycrdt import Array, Doc, Map, Text

from editor.coedit.layout import (
    LOCAL_KEYS,
    ORDER,
    comment_map,
    new_block_map,
    run_attributes,
    write_runs,
)
from editor.coedit.layout import roots as roots_of
from editor.coedit.offsets import crdt_index
from editor.model.annotations import Comment, Suggestion
from editor.model.article import Article, Block, Media, Meta
from editor.model.inline import Run, slice_text, text_of
from editor.model.inline import Text as Runs
from editor.model.review_file import comment_json, suggestion_json
from editor.model.storage import block_fields, to_json

LOCAL = "copydesk-local"
"""The default origin of this machine's edits (the undo manager tracks it)."""
Entry = TypeVar("Entry", Suggestion, Comment)


@dataclass(frozen=True, slots=True)
class TextEdit:
    """One change to one block's text, as the surface reports it: `removed` characters from
    `start` (code points of the model's text; `offsets` converts Qt's) replaced by `inserted`."""

    block_id: str
    start: int
    removed: int
    inserted: Runs = ()


def apply_text_edit(doc: Doc[Any], edit: TextEdit, origin: Any = LOCAL, hint: int = -1) -> None:
    """The edit, at exactly the place the surface gave (not re-found by comparing texts)."""
    blocks = roots_of(doc).blocks
    with doc.transaction(origin=origin):
        text: Text = find_block(blocks, edit.block_id, hint)["text"]
        content = str(text)
        start = crdt_index(content, edit.start)
        end = crdt_index(content, edit.start + edit.removed)
        if end > start:
            del text[start:end]
        write_runs(text, edit.inserted, start)


def find_block(blocks: Array[Map[Any]], block_id: str, hint: int = -1) -> Map[Any]:
    """The map of block `block_id`, looked for at `hint` first (the model's index, the same as
    the document's while the two are in step)."""
    if 0 <= hint < len(blocks):
        entry: Map[Any] = blocks[hint]
        if entry["id"] == block_id:
            return entry
    for entry in blocks:
        if entry["id"] == block_id:
            return entry
    raise KeyError(block_id)


def apply_article(doc: Doc[Any], before: Article, after: Article, origin: Any = LOCAL) -> None:
    """Write what changed from `before` (what the document holds) to `after`."""
    parts = roots_of(doc)
    with doc.transaction(origin=origin):
        if after.meta != before.meta:
            sync_map(parts.meta, _meta_json(before.meta), _meta_json(after.meta))
        if after.blocks is not before.blocks:
            sync_blocks(parts.blocks, before.blocks, after.blocks)
        if after.media != before.media:
            _sync_media(parts.media, before.media, after.media)
        if after.suggestions != before.suggestions:
            _sync_table(parts.suggestions, before.suggestions, after.suggestions, _suggestion)
        if after.comments != before.comments:
            _sync_table(parts.comments, before.comments, after.comments, _comment)
        if after.extra != before.extra:
            shared = {k: v for k, v in after.extra.items() if k not in LOCAL_KEYS}
            sync_map(parts.extra, {k: v for k, v in before.extra.items() if k in shared}, shared)


def _meta_json(meta: Meta) -> dict[str, Any]:
    meta_json: dict[str, Any] = to_json(Article(meta))["meta"]
    return meta_json


def sync_map(target: Map[Any], before: Mapping[str, Any], after: Mapping[str, Any]) -> None:
    """Set the keys whose value changed, delete the keys that went: a field is the unit of merge."""
    for key in before.keys() - after.keys():
        if key in target:
            del target[key]
    for key, value in after.items():
        if key not in before or before[key] != value:
            target[key] = value


# -- blocks ------------------------------------------------------------------------------------


def sync_blocks(array: Array[Map[Any]], before: Sequence[Block], after: Sequence[Block]) -> None:
    """Blocks kept (by id, in an order both share) are updated in place; the others are removed
    or inserted. A block moved past others is removed and inserted again."""
    head = 0
    while head < min(len(before), len(after)) and before[head].id == after[head].id:
        head += 1
    tail = 0
    while (
        tail < min(len(before), len(after)) - head and before[-1 - tail].id == after[-1 - tail].id
    ):
        tail += 1
    for index in range(head):
        _sync_block(array, index, before[index], after[index])
    for back in range(1, tail + 1):
        _sync_block(array, len(before) - back, before[-back], after[-back])
    old = list(before[head : len(before) - tail])
    new = list(after[head : len(after) - tail])
    kept = _kept_in_order(old, new)
    for offset in range(len(old) - 1, -1, -1):
        if old[offset].id not in kept:
            del array[head + offset]
    remaining = {b.id: b for b in old if b.id in kept}
    for offset, block in enumerate(new):
        if block.id in remaining:
            _sync_block(array, head + offset, remaining[block.id], block)
        else:
            new_block_map(array, head + offset, block)


def _kept_in_order(old: Sequence[Block], new: Sequence[Block]) -> set[str]:
    """Ids in both lists that keep their relative order (greedily, in the new order)."""
    place = {block.id: index for index, block in enumerate(old)}
    kept: set[str] = set()
    last = -1
    for block in new:
        at = place.get(block.id, -1)
        if at > last:
            kept.add(block.id)
            last = at
    return kept


def _sync_block(array: Array[Map[Any]], index: int, before: Block, after: Block) -> None:
    if before is after or before == after:
        return
    entry = array[index]
    sync_map(entry, block_fields(before), block_fields(after))
    if before.text != after.text:
        sync_text(entry["text"], before.text, after.text)


def sync_text(text: Text, before: Runs, after: Runs) -> None:
    """Replace only the characters between the common beginning and end; restyle the rest where
    its marks or annotations changed."""
    old, new = text_of(before), text_of(after)
    head = 0
    limit = min(len(old), len(new))
    while head < limit and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < limit - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    start, end = crdt_index(old, head), crdt_index(old, len(old) - tail)
    if end > start:
        del text[start:end]
    write_runs(text, slice_text(after, head, len(new) - tail), start)
    kept = (((0, head), (0, head)), ((len(old) - tail, len(old)), (len(new) - tail, len(new))))
    for (old_lo, old_hi), (lo, hi) in kept:
        was, now = slice_text(before, old_lo, old_hi), slice_text(after, lo, hi)
        if was != now:
            _restyle(text, new, lo, was, now)


def _restyle(text: Text, content: str, at: int, before: Runs, after: Runs) -> None:
    """Format the stretches of the same characters whose attributes differ."""
    for lo, hi, was, now in _aligned(before, after):
        if was != now:
            attributes = {**{k: None for k in was.keys() - now.keys()}, **now}
            start, end = crdt_index(content, at + lo), crdt_index(content, at + hi)
            text.format(start, end, attributes)


def _aligned(before: Runs, after: Runs) -> list[tuple[int, int, dict[str, Any], dict[str, Any]]]:
    """The two stylings of one string, cut where either changes."""
    cuts = sorted({0, *_ends(before), *_ends(after)})
    return [(lo, hi, _style_at(before, lo), _style_at(after, lo)) for lo, hi in pairwise(cuts)]


def _ends(runs: Runs) -> list[int]:
    ends, position = [], 0
    for run in runs:
        position += len(run.text)
        ends.append(position)
    return ends


def _style_at(runs: Runs, offset: int) -> dict[str, Any]:
    position = 0
    for run in runs:
        if offset < position + len(run.text):
            return run_attributes(run)
        position += len(run.text)
    return run_attributes(Run(""))


# -- media and tables --------------------------------------------------------------------------


def _sync_media(
    target: Map[Map[Any]], before: Mapping[str, Media], after: Mapping[str, Media]
) -> None:
    """Images are immutable values named by their hash: added or removed, never changed."""
    for key in before.keys() - after.keys():
        if key in target:
            del target[key]
    for key in after.keys() - before.keys():
        media = after[key]
        target[key] = Map({"type": media.type, "data": media.data, **media.extra})


def _suggestion(entry: Suggestion, order: int) -> Map[Any]:
    return Map({**suggestion_json(entry), ORDER: order})


def _comment(entry: Comment, order: int) -> Map[Any]:
    return comment_map(comment_json(entry), order)


def _sync_table(
    target: Map[Map[Any]],
    before: Mapping[str, Entry],
    after: Mapping[str, Entry],
    make: Callable[[Entry, int], Map[Any]],
) -> None:
    """Entries added get the next `order`; changed ones are updated field by field, a comment's
    new replies appended, so concurrent changes to one thread all land."""
    for key in before.keys() - after.keys():
        if key in target:
            del target[key]
    next_order = None
    for key, entry in after.items():
        old = before.get(key)
        if old == entry:
            continue
        if old is None or key not in target:
            if next_order is None:
                next_order = 1 + max((_order(e) for e in target.values()), default=-1)
            target[key] = make(entry, next_order)
            next_order += 1
            continue
        _update_entry(target[key], old, entry)


def _order(entry: Map[Any]) -> int:
    value = entry.get(ORDER, 0)
    return int(value) if isinstance(value, (int, float)) else 0


def _update_entry(
    target: Map[Any], before: Suggestion | Comment, after: Suggestion | Comment
) -> None:
    if isinstance(before, Comment) and isinstance(after, Comment):
        old, new = comment_json(before), comment_json(after)
        replies: Array[Map[Any]] = target["replies"]
        old_replies, new_replies = old.pop("replies"), new.pop("replies")
        if new_replies[: len(old_replies)] == old_replies:
            for reply in new_replies[len(old_replies) :]:
                replies.append(Map(reply))
        else:
            replies.clear()
            replies.extend([Map(reply) for reply in new_replies])
    elif isinstance(before, Suggestion) and isinstance(after, Suggestion):
        old, new = suggestion_json(before), suggestion_json(after)
    else:
        raise TypeError("a suggestion and a comment share an id")
    sync_map(target, old, new)
