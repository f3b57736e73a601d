"""Mending what a merge broke, the same way on every machine.

Each person's edits keep the article valid, but two valid edits made at once can merge into an
invalid article: two people each make a paragraph the title; one turns a paragraph into a title
while another puts it in bold (a title takes no bold); one deletes a comment while another
types inside its range (the new characters name a comment that is gone). `repair` turns such an
article into a valid one by rules that read only the merged article — reading order, kinds,
ids — so every client that runs it on the same merged article makes the same repair, and
writing the repair from several clients at once converges to the same document.

Rules (each change is reported as a `Note`, for the window to show and the log to keep):

- a block id met twice (two clients made the same one): the later block is renamed `<id>-2`;
- a second title, kicker or standfirst: the later one in reading order takes the nearest kind
  allowed (`NEAREST`: a title or a kicker becomes a subhead, a standfirst a paragraph);
- a kicker after the title becomes a subhead, a standfirst before it a paragraph, an author bio
  before other blocks a paragraph;
- no title left: the first subhead, else the first paragraph, becomes the title;
- a mark the block's kind does not allow is removed;
- an annotation naming a suggestion or a comment no longer in the tables (or a suggestion of
  another type) is removed, so the article saves as a file every Copydesk reads.

Blocks suggested for deletion are not counted, as `schema.validate` does not count them.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import compress, count
from operator import is_not

from editor.model.annotations import (
    BLOCK_DELETE,
    BLOCK_INSERT,
    DELETE,
    INSERT,
    KIND_CHANGE,
    Suggestion,
)
from editor.model.article import Article, Block
from editor.model.inline import LINK, Run, normalize
from editor.model.schema import (
    AUTHOR_BIO,
    KICKER,
    KINDS,
    PARAGRAPH,
    STANDFIRST,
    SUBHEAD,
    TITLE,
)


@dataclass(frozen=True, slots=True)
class Note:
    """One repair: what was wrong with which block, and what was done (`code` as in
    `schema.RULES`, or `reference-dropped`)."""

    code: str
    block_id: str
    message: str


NEAREST: dict[str, str] = {TITLE: SUBHEAD, KICKER: SUBHEAD, STANDFIRST: PARAGRAPH}
"""The kind a block that may not keep its kind takes: the nearest one the body allows."""


def repair(article: Article) -> tuple[Article, list[Note]]:
    """The article with every merge breakage mended, and what was done; the same article (the
    same object) and no notes when nothing was broken."""
    notes: list[Note] = []
    blocks = list(article.blocks)
    for step in (_ids_unique, _one_of_each, _order, _title_present):
        step(blocks, notes)
    blocks = [_marks_allowed(b, notes) for b in blocks]
    blocks = [_references_kept(b, article.suggestions, article.comments, notes) for b in blocks]
    if not notes:
        return article, notes
    return article.with_blocks(blocks), notes


def repair_since(
    sound: Article | None, article: Article, changed: Sequence[int] | None = None
) -> tuple[Article, list[Note]]:
    """`repair(article)`, knowing that `sound`, an earlier article, needed no repair
    (`changed`: the indexes of every block that may differ from `sound`'s, when the caller
    knows them; else they are found).

    The structural rules read only each block's id, kind and whether it is suggested for
    deletion; the block's own rules (marks, references) only the block and the suggestion and
    comment tables. So when `article` keeps `sound`'s tables and blocks (the same objects, as
    an edit leaves untouched blocks) and changed none of those three things of the others,
    only the blocks it changed are read: a remote keystroke in a long article costs its
    paragraph, and the outcome is the one `repair` gives."""
    if (
        sound is None
        or sound.suggestions is not article.suggestions
        or sound.comments is not article.comments
        or len(sound.blocks) != len(article.blocks)
    ):
        return repair(article)
    if changed is None:  # the blocks that are not the same objects, without a Python loop
        changed = list(compress(count(), map(is_not, sound.blocks, article.blocks)))
    if any(_placing(sound.blocks[index]) != _placing(article.blocks[index]) for index in changed):
        return repair(article)
    notes: list[Note] = []
    blocks = list(article.blocks)
    for index in changed:
        kept = _marks_allowed(blocks[index], notes)
        blocks[index] = _references_kept(kept, article.suggestions, article.comments, notes)
    if not notes:
        return article, notes
    return article.with_blocks(blocks), notes


def _placing(block: Block) -> tuple[str, str, bool]:
    """What the structural rules read of a block."""
    return block.id, block.kind, block.delete is None


def _counted(blocks: list[Block]) -> list[int]:
    """Indexes of the blocks the structural rules count (not suggested for deletion)."""
    return [i for i, b in enumerate(blocks) if b.delete is None]


def _rekind(blocks: list[Block], index: int, kind: str, code: str, notes: list[Note]) -> None:
    block = blocks[index]
    fields = {name: block.attr(name) for name in KINDS[kind].fields}
    blocks[index] = replace(block, kind=kind, attrs=fields)
    message = f"{KINDS[block.kind].label} made a {KINDS[kind].label.lower()}"
    notes.append(Note(code, block.id, message))


def _ids_unique(blocks: list[Block], notes: list[Note]) -> None:
    """A block id met again (two clients made the same one) is given `<id>-2`, `-3`…"""
    seen = {block.id for block in blocks}
    first: set[str] = set()
    for index, block in enumerate(blocks):
        if block.id not in first:
            first.add(block.id)
            continue
        fresh = next(f"{block.id}-{n}" for n in itertools.count(2) if f"{block.id}-{n}" not in seen)
        seen.add(fresh)
        blocks[index] = replace(block, id=fresh)
        notes.append(Note("id-repeated", block.id, f"the second block {block.id} is now {fresh}"))


def _one_of_each(blocks: list[Block], notes: list[Note]) -> None:
    for kind in (TITLE, KICKER, STANDFIRST):
        seen = [i for i in _counted(blocks) if blocks[i].kind == kind]
        for index in seen[1:]:
            _rekind(blocks, index, NEAREST[kind], f"{kind}-repeated", notes)


def _order(blocks: list[Block], notes: list[Note]) -> None:
    counted = _counted(blocks)
    title = next((i for i in counted if blocks[i].kind == TITLE), None)
    for index in counted:
        kind = blocks[index].kind
        if kind == KICKER and title is not None and index > title:
            _rekind(blocks, index, SUBHEAD, "kicker-after-title", notes)
        elif kind == STANDFIRST and (title is None or index < title):
            _rekind(blocks, index, PARAGRAPH, "standfirst-before-title", notes)
    last_other = max((i for i in counted if blocks[i].kind != AUTHOR_BIO), default=-1)
    for index in counted:
        if blocks[index].kind == AUTHOR_BIO and index < last_other:
            _rekind(blocks, index, PARAGRAPH, "bio-not-last", notes)


def _title_present(blocks: list[Block], notes: list[Note]) -> None:
    counted = _counted(blocks)
    if any(blocks[i].kind == TITLE for i in counted):
        return
    for kind in (SUBHEAD, PARAGRAPH):
        found = next((i for i in counted if blocks[i].kind == kind), None)
        if found is not None:
            _rekind(blocks, found, TITLE, "title-missing", notes)
            after = [i for i in _counted(blocks) if i < found and blocks[i].kind == STANDFIRST]
            for index in after:
                _rekind(blocks, index, PARAGRAPH, "standfirst-before-title", notes)
            return


def _marks_allowed(block: Block, notes: list[Note]) -> Block:
    allowed = KINDS[block.kind].marks
    if all(run.marks <= allowed for run in block.text):
        return block
    dropped = sorted({m for run in block.text for m in run.marks - allowed})
    notes.append(
        Note("mark-not-allowed", block.id, f"{', '.join(dropped)} removed from the {block.kind}")
    )
    return replace(block, text=normalize(_runs_without(block, allowed)))


def _runs_without(block: Block, allowed: frozenset[str]) -> list[Run]:
    return [
        replace(
            run, marks=run.marks & allowed, href=run.href if LINK in allowed & run.marks else None
        )
        for run in block.text
    ]


def _references_kept(
    block: Block,
    suggestions: Mapping[str, Suggestion],
    comments: Mapping[str, object],
    notes: list[Note],
) -> Block:
    def valid(sid: str | None, wanted: str) -> str | None:
        if sid is None:
            return None
        found = suggestions.get(sid)
        if found is not None and found.type == wanted:
            return sid
        notes.append(Note("reference-dropped", block.id, f"suggestion {sid} is gone"))
        return None

    def run_kept(run: Run) -> Run:
        gone = run.comments - comments.keys()
        for cid in sorted(gone):
            notes.append(Note("reference-dropped", block.id, f"comment {cid} is gone"))
        return replace(
            run,
            insert=valid(run.insert, INSERT),
            delete=valid(run.delete, DELETE),
            comments=run.comments - gone,
        )

    checks: list[tuple[str, str | None, str]] = [
        ("insert", block.insert, BLOCK_INSERT),
        ("delete", block.delete, BLOCK_DELETE),
        ("kind_change", block.kind_change, KIND_CHANGE),
    ]  # (field, id, the suggestion type it must name)
    if _references_hold(block, checks, suggestions, comments):
        return block  # read without building anything: the common case
    before = len(notes)
    insert, delete, kind_change = (valid(sid, wanted) for _, sid, wanted in checks)
    runs = normalize(run_kept(run) for run in block.text)
    if len(notes) == before:
        return block
    return replace(block, text=runs, insert=insert, delete=delete, kind_change=kind_change)


def _references_hold(
    block: Block,
    checks: list[tuple[str, str | None, str]],
    suggestions: Mapping[str, Suggestion],
    comments: Mapping[str, object],
) -> bool:
    def holds(sid: str | None, wanted: str) -> bool:
        return sid is None or ((found := suggestions.get(sid)) is not None and found.type == wanted)

    return all(holds(sid, wanted) for _, sid, wanted in checks) and all(
        holds(run.insert, INSERT) and holds(run.delete, DELETE) and run.comments <= comments.keys()
        for run in block.text
    )
