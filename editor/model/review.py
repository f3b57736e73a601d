"""Accepting and rejecting suggestions, and the comments' threads: pure functions.

Each returns a new article. Accepting or rejecting removes the suggestion from the table
and its id from the text; the "as accepted" and "as original" views are every suggestion
accepted or rejected, with the comments left out (`annotations.accepted_view` is the first).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from itertools import pairwise

from editor.model.annotations import (
    Comment,
    Reply,
    Suggestion,
    accepted_view,
    block_is_annotated,
)
from editor.model.article import Article, Block
from editor.model.inline import Run, Text, normalize, text_of
from editor.model.schema import KINDS

# -- suggestions -------------------------------------------------------------------------------


def accept(article: Article, suggestion_id: str) -> Article:
    return _resolve(article, {suggestion_id}, accepting=True)


def reject(article: Article, suggestion_id: str) -> Article:
    return _resolve(article, {suggestion_id}, accepting=False)


def accept_all(article: Article, author: str | None = None) -> Article:
    """Every suggestion accepted, or only those of `author`; comments stay."""
    return _resolve(article, _ids_by(article, author), accepting=True)


def reject_all(article: Article, author: str | None = None) -> Article:
    return _resolve(article, _ids_by(article, author), accepting=False)


def original_view(article: Article) -> Article:
    """The article as it was before any suggestion, without comments."""
    return accepted_view(reject_all(article))


def authors(article: Article) -> list[str]:
    """Who made the pending suggestions, each once, in the order they first suggested."""
    return list(dict.fromkeys(s.author for s in article.suggestions.values()))


def pending(article: Article) -> int:
    """How many suggestions wait for the desk."""
    return len(article.suggestions)


def without_orphans(article: Article) -> Article:
    """The article without suggestions that mark nothing any more (all their text was cut
    without tracking): there is nothing left to accept or reject. Comments stay, anchored or
    not: a thread is the desk's record."""
    if not article.suggestions:
        return article
    marked = set(suggestion_places(article))
    if marked >= set(article.suggestions):
        return article
    kept = {k: v for k, v in article.suggestions.items() if k in marked}
    return replace(article, suggestions=kept)


def _ids_by(article: Article, author: str | None) -> set[str]:
    return {s.id for s in article.suggestions.values() if author is None or s.author == author}


def _runs(text: Text, ids: Collection[str], accepting: bool) -> Text:
    """Accepting keeps insertions and drops deletions; rejecting the other way round."""
    kept: list[Run] = []
    for run in text:
        if run.insert in ids:
            if not accepting:
                continue
            run = replace(run, insert=None)
        if run.delete in ids:
            if accepting:
                continue
            run = replace(run, delete=None)
        kept.append(run)
    return normalize(kept)


def _resolve(article: Article, ids: set[str], accepting: bool) -> Article:
    if not ids:
        return article
    blocks: list[Block] = []
    for block in article.blocks:
        if not block_is_annotated(block):
            blocks.append(block)
            continue
        block = replace(block, text=_runs(block.text, ids, accepting))
        if block.kind_change in ids:
            block = _kind_decided(block, article.suggestions[block.kind_change], accepting)
        if block.delete in ids:
            if accepting:
                continue
            block = replace(block, delete=None)
        if block.insert in ids:
            if not accepting:
                _withdraw(blocks, block)
                continue
            block = replace(block, insert=None)
        blocks.append(block)
    suggestions = {k: v for k, v in article.suggestions.items() if k not in ids}
    return replace(article, blocks=tuple(blocks), suggestions=suggestions)


def _kind_decided(block: Block, suggestion: Suggestion, accepting: bool) -> Block:
    if accepting or suggestion.from_kind not in KINDS:
        return replace(block, kind_change=None)
    kind = KINDS[suggestion.from_kind]
    return replace(
        block,
        kind=kind.name,
        text=block.text if kind.has_text else (),
        attrs=dict(suggestion.from_attrs),
        kind_change=None,
    )


def _withdraw(blocks: list[Block], block: Block) -> None:
    """A rejected block insertion goes; text in it that was there before (a paragraph split
    while tracking) joins the block before it, as Word rejects an inserted paragraph mark.

    Blocks still marked for deletion are passed over: joined into one of them, the text would
    go when that deletion is accepted, and accepting it first or last would give two different
    articles."""
    if not text_of(block.text) or not KINDS[block.kind].has_text:
        return
    at = len(blocks) - 1
    while at >= 0 and blocks[at].delete is not None:
        at -= 1
    if at >= 0 and KINDS[blocks[at].kind].has_text:
        before = blocks[at]
        blocks[at] = replace(before, text=normalize((*before.text, *block.text)))
    else:
        blocks.append(replace(block, insert=None))


# -- comments ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Anchor:
    """A place in the article: a block and an offset in its text (deleted runs included)."""

    block_id: str
    offset: int


def add_comment(article: Article, comment: Comment, start: Anchor, end: Anchor) -> Article:
    """The comment added to the table and its id marked on the text from `start` to `end`,
    across blocks if need be. Blocks without text in between are skipped."""
    first, last = article.index_of(start.block_id), article.index_of(end.block_id)
    if (last, end.offset) <= (first, start.offset):
        raise ValueError("a comment needs a range of at least one character")
    blocks = list(article.blocks)
    for index in range(first, last + 1):
        block = blocks[index]
        lo = start.offset if index == first else 0
        hi = end.offset if index == last else len(text_of(block.text))
        blocks[index] = replace(block, text=_marked(block.text, lo, hi, comment.id))
    comments = {**article.comments, comment.id: comment}
    return replace(article, blocks=tuple(blocks), comments=comments)


def _marked(text: Text, start: int, end: int, comment_id: str) -> Text:
    out: list[Run] = []
    position = 0
    for run in text:
        run_end = position + len(run.text)
        cuts = sorted(
            {
                position,
                max(position, min(start, run_end)),
                max(position, min(end, run_end)),
                run_end,
            }
        )
        for lo, hi in pairwise(cuts):
            piece = run.with_text(run.text[lo - position : hi - position])
            if start <= lo and hi <= end:
                piece = replace(piece, comments=piece.comments | {comment_id})
            out.append(piece)
        position = run_end
    return normalize(out)


def _with_comment(
    article: Article, comment_id: str, change: Callable[[Comment], Comment]
) -> Article:
    comment = change(article.comments[comment_id])
    return replace(article, comments={**article.comments, comment_id: comment})


def reply(
    article: Article,
    comment_id: str,
    author: str,
    date: datetime | None,
    text: str,
    initials: str = "",
) -> Article:
    answer = Reply(author, date, text, initials=initials)
    return _with_comment(article, comment_id, lambda c: replace(c, replies=(*c.replies, answer)))


def set_resolved(article: Article, comment_id: str, resolved: bool = True) -> Article:
    return _with_comment(article, comment_id, lambda c: replace(c, resolved=resolved))


def delete_comment(article: Article, comment_id: str) -> Article:
    """The thread and its range both go; the text stays."""
    blocks = tuple(
        replace(
            b,
            text=normalize(replace(r, comments=r.comments - {comment_id}) for r in b.text),
        )
        if any(comment_id in r.comments for r in b.text)
        else b
        for b in article.blocks
    )
    comments = {k: v for k, v in article.comments.items() if k != comment_id}
    return replace(article, blocks=blocks, comments=comments)


def open_comments(article: Article) -> int:
    return sum(not c.resolved for c in article.comments.values())


# -- where each annotation is ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Place:
    """The first block an annotation touches (its id, "" for none) and the text it covers."""

    block_id: str
    text: str


def suggestion_places(article: Article) -> dict[str, Place]:
    """For each suggestion id: where it is and the text it inserts, deletes or re-kinds."""
    found: dict[str, tuple[str, list[str]]] = {}
    for block in article.blocks:
        for run in block.text:
            for sid in (run.insert, run.delete):
                if sid is not None:
                    found.setdefault(sid, (block.id, []))[1].append(run.text)
        for sid in (block.insert, block.delete, block.kind_change):
            if sid is not None and sid not in found:
                found[sid] = (block.id, [block.plain_text or block.attr("caption")])
    return {sid: Place(at, "".join(texts)) for sid, (at, texts) in found.items()}


def comment_places(article: Article) -> dict[str, Place]:
    """For each comment id: the first block of its range and the text it quotes; a range
    across blocks quotes them one per line."""
    found: dict[str, tuple[str, dict[str, list[str]]]] = {}
    for block in article.blocks:
        for run in block.text:
            for cid in run.comments:
                found.setdefault(cid, (block.id, {}))[1].setdefault(block.id, []).append(run.text)
    return {
        cid: Place(at, "\n".join("".join(parts) for parts in per_block.values()))
        for cid, (at, per_block) in found.items()
    }


def in_reading_order(article: Article) -> Iterator[str]:
    """Comment ids in the order their ranges start, then those anchored nowhere."""
    places = comment_places(article)
    order = {block.id: i for i, block in enumerate(article.blocks)}
    anchored = sorted(places, key=lambda cid: order[places[cid].block_id])
    yield from anchored
    yield from (cid for cid in article.comments if cid not in places)
