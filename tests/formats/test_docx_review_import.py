"""DOCX import of a reporter's review: Word revisions and comments come in as suggestions and
comments with their authors and dates — from our own export (a round trip), from documents
Word made (fixtures/word, see its README), and from damaged markup, which imports with notes.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings

from editor.formats import docx_read
from editor.model import review
from editor.model.annotations import accepted_view
from editor.model.article import Article, Block
from editor.model.inline import Run
from tests.formats.test_docx_import import blocks_of
from tests.formats.test_docx_review import export, reviewed
from tests.strategies import reviewed_articles

WORD = Path(__file__).parent / "fixtures" / "word"


def utc(when: datetime | None) -> datetime | None:
    return None if when is None else when.astimezone(UTC).replace(microsecond=0)


def _hand(article: Article, sid: str | None) -> tuple[str, datetime | None] | None:
    if sid is None:
        return None
    found = article.suggestions[sid]
    return found.author, utc(found.date)


def changes(article: Article) -> list[tuple[Any, ...]]:
    """Every suggestion as a reader sees it: type, author, UTC date to the second, and text —
    inline stretches by the same hand at the same moment read as one change, as in Word; text
    deleted with its block by the same hand goes with the block."""
    out: list[tuple[Any, ...]] = []
    for block in article.blocks:
        out.extend(_block_changes(article, block))
        block_hand = _hand(article, block.delete)
        for kind, field in (("insert", "insert"), ("delete", "delete")):
            stretch: list[str] = []
            hand: Any = None
            for run in (*block.text, Run("\0")):
                now = _hand(article, getattr(run, field))
                if field == "delete" and now == block_hand:
                    now = None
                if now != hand and stretch and hand is not None:
                    out.append((kind, *hand, "".join(stretch)))
                if now != hand:
                    stretch = []
                hand = now
                stretch.append(run.text)
    return out


def _block_changes(article: Article, block: Block) -> Iterator[tuple[Any, ...]]:
    for sid in (block.insert, block.delete):
        if sid is not None:
            found = article.suggestions[sid]
            yield (found.type, found.author, utc(found.date), block.kind, block.plain_text)
    if block.kind_change is not None:
        found = article.suggestions[block.kind_change]
        yield (found.type, found.author, utc(found.date), found.from_kind, block.kind)


def threads(article: Article) -> list[tuple[Any, ...]]:
    """Every comment: author, date, text, resolved, replies, and the text it is on."""
    out = []
    for cid, comment in article.comments.items():
        anchor = "".join(r.text for b in article.blocks for r in b.text if cid in r.comments)
        replies = tuple((r.author, utc(r.date), r.text) for r in comment.replies)
        out.append(
            (comment.author, utc(comment.date), comment.text, comment.resolved, replies, anchor)
        )
    return sorted(out, key=repr)


def round_trip(article: Article, folder: Path) -> Article:
    return docx_read.load(export(article, folder)).article


def test_the_desk_edit_comes_back_with_every_change_and_comment(tmp_path: Path) -> None:
    article = reviewed()
    back = round_trip(article, tmp_path)
    assert changes(back) == changes(article)
    assert threads(back) == threads(article)
    assert blocks_of(accepted_view(back)) == blocks_of(accepted_view(article))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reviewed_articles())
def test_any_review_comes_back_from_word(article: Article) -> None:
    with tempfile.TemporaryDirectory() as folder:
        back = round_trip(article, Path(folder))
    assert changes(back) == changes(article)
    assert threads(back) == threads(article)
    assert blocks_of(review.accept_all(back)) == blocks_of(review.accept_all(article))
