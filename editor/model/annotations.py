"""The desk's annotations: suggestions (tracked changes) and comments, as values.

Where they live (the reasons are in the model's README): an inline insertion or deletion
is an annotation on the runs it covers (`Run.insert` / `Run.delete`, the suggestion's id);
a block inserted, deleted or given another kind carries the id on the block
(`Block.insert` / `delete` / `kind_change`); a comment's range is the runs that carry its
id (`Run.comments`). Who and when, and a comment's thread, are in the article's tables
(`Article.suggestions`, `Article.comments`), keyed by id.

The accepted view is what counts, checks and the wire read; it is computed block by block,
so an unchanged block stays the same object and the caches that key on identity keep it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from editor.model.inline import Run, Text, normalize

if TYPE_CHECKING:
    from editor.model.annotation_values import Comment as Comment
    from editor.model.annotation_values import Reply as Reply
    from editor.model.annotation_values import Suggestion as Suggestion
    from editor.model.article import Article, Block

INSERT = "insert"
DELETE = "delete"
BLOCK_INSERT = "block-insert"
BLOCK_DELETE = "block-delete"
KIND_CHANGE = "kind-change"
SUGGESTION_TYPES: tuple[str, ...] = (INSERT, DELETE, BLOCK_INSERT, BLOCK_DELETE, KIND_CHANGE)
"""Every kind of suggestion, by the name the file and `copydesk review --json` use."""

_NO_EXTRA: Mapping[str, Any] = MappingProxyType({})

_RECORDS = frozenset({"Suggestion", "Reply", "Comment"})


def __getattr__(name: str) -> Any:
    """`Suggestion`, `Reply` and `Comment`, made with the first use of one (`annotation_values`):
    most copy has no review, and a command reading it need not make their classes."""
    if name in _RECORDS:
        from editor.model import annotation_values

        return getattr(annotation_values, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def block_is_annotated(block: Block) -> bool:
    return (
        block.insert is not None
        or block.delete is not None
        or block.kind_change is not None
        or any(run.is_annotated for run in block.text)
    )


def _accepted_runs(text: Text) -> Text:
    return normalize(Run(run.text, run.marks, run.href) for run in text if run.delete is None)


def accepted_block(block: Block) -> Block | None:
    """The block as it reads once every suggestion is accepted and comments are gone;
    None when it is suggested for deletion. The same object when it carries nothing."""
    if block.delete is not None:
        return None
    if not block_is_annotated(block):
        return block
    return replace(block, text=_accepted_runs(block.text), insert=None, kind_change=None)


def is_under_review(article: Article) -> bool:
    """The article carries a suggestion or a comment: its accepted view is another article."""
    return (
        bool(article.suggestions)
        or bool(article.comments)
        or any(block_is_annotated(b) for b in article.blocks)
    )


def accepted_view(article: Article) -> Article:
    """The article as accepted, without comments: what counts, checks and the wire read."""
    if not is_under_review(article):
        return article
    blocks = tuple(b for b in map(accepted_block, article.blocks) if b is not None)
    return replace(article, blocks=blocks, suggestions=_NO_EXTRA, comments=_NO_EXTRA)


def accepted_first(article: Article, kind: str) -> Block | None:
    """`accepted_view(article).first(kind)` from that block alone: what needs only a title or
    a standfirst (a file's properties) need not pass over every run of the article."""
    for block in article.blocks:
        if block.kind == kind and block.delete is None:
            return accepted_block(block)
    return None


def offset_as_shown(block: Block, offset: int, starting: bool = True) -> int:
    """Where an offset in the block's accepted text falls in its text as it stands, text
    suggested for deletion included: the check and the gauge count the one, the page shows
    the other. Where deleted text sits at the offset, a range `starting` there begins after
    it, a range ending there ends before it."""
    if not any(run.delete is not None for run in block.text):
        return offset
    position = seen = 0
    for run in block.text:
        if run.delete is None:
            end = seen + len(run.text)
            if end > offset or (end == offset and not starting):
                return position + offset - seen
            seen = end
        position += len(run.text)
    return position
