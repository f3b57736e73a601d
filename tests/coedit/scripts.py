"""Random edits a journalist makes, for the convergence tests: each draws its place and content
from Hypothesis and returns the article after it (None when it does not apply here)."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime

from hypothesis import strategies as st

from editor.model import review
from editor.model.annotations import Comment, Suggestion
from editor.model.article import Article, Block
from editor.model.inline import STRONG, Run, normalize, replace_text, slice_text

WORDS = ["a", " ", "le ", "😀", "é", "e\u0301", "𝄞x", "Kyiv ", "« oui »", "漢字"]
WHEN = datetime(2026, 12, 7, 10, 30, tzinfo=UTC)
Edit = Callable[[Article, st.DataObject, str], Article | None]


def _texts(article: Article) -> list[Block]:
    return [b for b in article.blocks if b.kind != "image"]


def _pick(data: st.DataObject, blocks: list[Block]) -> Block | None:
    return data.draw(st.sampled_from(blocks)) if blocks else None


def _range(data: st.DataObject, block: Block) -> tuple[int, int] | None:
    size = len(block.plain_text)
    if size == 0:
        return None
    start = data.draw(st.integers(0, size - 1))
    return start, data.draw(st.integers(start + 1, size))


def _new_id(article: Article, who: str, prefix: str) -> str:
    """An id nobody else makes (it names its maker) and its maker makes once."""
    taken = {b.id for b in article.blocks} | set(article.suggestions) | set(article.comments)
    return next(f"{prefix}{who}{n}" for n in itertools.count() if f"{prefix}{who}{n}" not in taken)


def type_text(article: Article, data: st.DataObject, who: str) -> Article | None:
    block = _pick(data, _texts(article))
    if block is None:
        return None
    at = data.draw(st.integers(0, len(block.plain_text)))
    text = replace_text(block.text, at, at, data.draw(st.sampled_from(WORDS)))
    return article.replace_block(replace(block, text=text))


def delete_text(article: Article, data: st.DataObject, who: str) -> Article | None:
    block = _pick(data, _texts(article))
    span = _range(data, block) if block else None
    if block is None or span is None:
        return None
    return article.replace_block(replace(block, text=replace_text(block.text, *span, "")))


def split_block(article: Article, data: st.DataObject, who: str) -> Article | None:
    block = _pick(data, [b for b in article.blocks if b.kind in ("paragraph", "subhead")])
    if block is None:
        return None
    at = data.draw(st.integers(0, len(block.plain_text)))
    size = len(block.plain_text)
    first = replace(block, text=slice_text(block.text, 0, at))
    second = Block("paragraph", slice_text(block.text, at, size), id=_new_id(article, who, "n"))
    index = article.index_of(block.id)
    blocks = list(article.blocks)
    blocks[index : index + 1] = [first, second]
    return article.with_blocks(blocks)


def change_kind(article: Article, data: st.DataObject, who: str) -> Article | None:
    block = _pick(data, [b for b in article.blocks if b.kind in ("paragraph", "subhead")])
    if block is None:
        return None
    kind = "subhead" if block.kind == "paragraph" else "paragraph"
    return article.replace_block(replace(block, kind=kind))


def make_title(article: Article, data: st.DataObject, who: str) -> Article | None:
    block = _pick(data, [b for b in article.blocks if b.kind in ("paragraph", "subhead")])
    if block is None:
        return None
    blocks = [replace(b, kind="subhead") if b.kind == "title" else b for b in article.blocks]
    blocks[article.index_of(block.id)] = replace(block, kind="title")
    return article.with_blocks(blocks)


def bold(article: Article, data: st.DataObject, who: str) -> Article | None:
    block = _pick(data, [b for b in article.blocks if b.kind == "paragraph"])
    span = _range(data, block) if block else None
    if block is None or span is None:
        return None
    size = len(block.plain_text)
    middle = [replace(r, marks=r.marks | {STRONG}) for r in slice_text(block.text, *span)]
    runs = (*slice_text(block.text, 0, span[0]), *middle, *slice_text(block.text, span[1], size))
    return article.replace_block(replace(block, text=normalize(runs)))


def comment(article: Article, data: st.DataObject, who: str) -> Article | None:
    block = _pick(data, _texts(article))
    span = _range(data, block) if block else None
    if block is None or span is None:
        return None
    note = Comment(_new_id(article, who, "c"), who, WHEN, data.draw(st.sampled_from(WORDS)))
    start, end = review.Anchor(block.id, span[0]), review.Anchor(block.id, span[1])
    return review.add_comment(article, note, start, end)


def uncomment(article: Article, data: st.DataObject, who: str) -> Article | None:
    if not article.comments:
        return None
    return review.delete_comment(article, data.draw(st.sampled_from(sorted(article.comments))))


def reply_or_resolve(article: Article, data: st.DataObject, who: str) -> Article | None:
    if not article.comments:
        return None
    cid = data.draw(st.sampled_from(sorted(article.comments)))
    if data.draw(st.booleans()):
        return review.set_resolved(article, cid, not article.comments[cid].resolved)
    return review.reply(article, cid, who, WHEN, data.draw(st.sampled_from(WORDS)))


def suggest_insert(article: Article, data: st.DataObject, who: str) -> Article | None:
    block = _pick(data, _texts(article))
    if block is None:
        return None
    sid = _new_id(article, who, "s")
    at = data.draw(st.integers(0, len(block.plain_text)))
    size = len(block.plain_text)
    runs = (
        *slice_text(block.text, 0, at),
        Run(data.draw(st.sampled_from(WORDS)), insert=sid),
        *slice_text(block.text, at, size),
    )
    tables = {**article.suggestions, sid: Suggestion(sid, "insert", who, WHEN)}
    return replace(article.replace_block(replace(block, text=runs)), suggestions=tables)


def suggest_delete(article: Article, data: st.DataObject, who: str) -> Article | None:
    block = _pick(data, _texts(article))
    span = _range(data, block) if block else None
    if block is None or span is None:
        return None
    sid = _new_id(article, who, "s")
    size = len(block.plain_text)
    middle = [replace(r, delete=r.delete or sid) for r in slice_text(block.text, *span)]
    runs = (*slice_text(block.text, 0, span[0]), *middle, *slice_text(block.text, span[1], size))
    tables = {**article.suggestions, sid: Suggestion(sid, "delete", who, WHEN)}
    return replace(article.replace_block(replace(block, text=runs)), suggestions=tables)


def decide(article: Article, data: st.DataObject, who: str) -> Article | None:
    if not article.suggestions:
        return None
    sid = data.draw(st.sampled_from(sorted(article.suggestions)))
    return (review.accept if data.draw(st.booleans()) else review.reject)(article, sid)


def edit_meta(article: Article, data: st.DataObject, who: str) -> Article | None:
    if data.draw(st.booleans()):
        return article.with_meta(slug=f"sujet-{who}")
    return article.with_meta(keywords=(*article.meta.keywords, who))


def delete_block(article: Article, data: st.DataObject, who: str) -> Article | None:
    block = _pick(data, [b for b in article.blocks if b.kind == "paragraph"])
    if block is None:
        return None
    return article.with_blocks([b for b in article.blocks if b.id != block.id])


EDITS: dict[str, Edit] = {
    edit.__name__: edit
    for edit in (
        type_text,
        delete_text,
        split_block,
        change_kind,
        make_title,
        bold,
        comment,
        uncomment,
        reply_or_resolve,
        suggest_insert,
        suggest_delete,
        decide,
        edit_meta,
        delete_block,
    )
}
