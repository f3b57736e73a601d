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


# -- documents Word made (fixtures/word/README.md says where each comes from) -------------------


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def inline(article: Article) -> list[list[tuple[str, str | None, str | None, tuple[str, ...]]]]:
    """Each block's runs: text, the type of insertion/deletion on it, its comments' texts."""
    return [
        [
            (
                r.text,
                r.insert and article.suggestions[r.insert].type,
                r.delete and article.suggestions[r.delete].type,
                tuple(sorted(article.comments[c].text for c in r.comments)),
            )
            for r in b.text
        ]
        for b in article.blocks
    ]


def test_a_word_insertion_keeps_its_author_and_date() -> None:
    # word/document.xml: <w:ins w:id="0" w:author="eng-dept" w:date="2014-06-25T10:40:00Z">
    imported = docx_read.load(WORD / "track_changes_insertion.docx")
    article = imported.article
    assert inline(article) == [
        [("This is a text with ", None, None, ()), ("two exciting ", "insert", None, ()),
         ("insertions.", None, None, ())],
    ]  # fmt: skip
    [found] = article.suggestions.values()
    assert (found.author, found.date) == ("eng-dept", at("2014-06-25T10:40:00"))
    assert not [n for n in imported.notes if "Review" in n or "deletion" in n]


def test_a_word_deletion_stays_in_the_text_marked() -> None:
    # <w:del w:id="1" w:author="eng-dept" w:date="2014-06-25T10:42:00Z"> … <w:delText>
    article = docx_read.load(WORD / "track_changes_deletion.docx").article
    assert inline(article) == [
        [("This is a text with a", None, None, ()), ("n excessively modified", None, "delete", ()),
         (" deletion.", None, None, ())],
    ]  # fmt: skip
    [found] = article.suggestions.values()
    assert (found.author, found.date) == ("eng-dept", at("2014-06-25T10:42:00"))
    assert [b.plain_text for b in review.accept_all(article).blocks] == [
        "This is a text with a deletion."
    ]
    assert [b.plain_text for b in review.reject_all(article).blocks] == [
        "This is a text with an excessively modified deletion."
    ]


def test_a_word_move_is_a_deletion_and_an_insertion() -> None:
    # <w:moveTo w:id="1" …> in the second paragraph, <w:moveFrom w:id="4" …> in the fifth,
    # both by "Jesse Rosenthal" on 2016-04-16T08:20:00Z; empty paragraphs are not blocks
    article = docx_read.load(WORD / "track_changes_move.docx").article
    moved = "Here is the text to be moved."
    assert inline(article) == [
        [("Here is some text.", None, None, ())],
        [(moved, "insert", None, ())],
        [("Here is some more text.", None, None, ())],
        [(moved, None, "delete", ())],
    ]
    hands = {(s.author, s.date) for s in article.suggestions.values()}
    assert hands == {("Jesse Rosenthal", at("2016-04-16T08:20:00"))}
    accepted = [b.plain_text for b in review.accept_all(article).blocks]
    rejected = [b.plain_text for b in review.reject_all(article).blocks]
    # the paragraph mark where the text was is not deleted: Word too leaves it, empty
    assert accepted == ["Here is some text.", moved, "Here is some more text.", ""]
    assert rejected == ["Here is some text.", "", "Here is some more text.", moved]


def test_word_comments_keep_their_ranges_threads_and_authors() -> None:
    # comments.xml: five w:comment by "Jesse Rosenthal"; commentsExtended.xml makes the fifth
    # (paraId 51973FE8) a reply to the fourth (2596C45C); the second's range crosses paragraphs
    article = docx_read.load(WORD / "comments.docx").article
    assert threads(article) == sorted(
        [
            ("Jesse Rosenthal", at("2016-05-09T16:13:00"), "I left a comment.", False, (),
             "some text to have a comment "),
            ("Jesse Rosenthal", at("2016-05-09T16:13:00"), "A comment across paragraphs.", False,
             (), "a new paragraph.And so"),
            ("Jesse Rosenthal", at("2016-05-09T16:14:00"),
             "This one has multiple paragraphs.\n\nSee?", False, (), "more"),
            ("Jesse Rosenthal", at("2016-06-22T14:35:00"), "Do something.", False,
             (("Jesse Rosenthal", at("2016-06-22T14:36:00"), "Do something else."),),
             "comment in a comment"),
        ],
        key=repr,
    )  # fmt: skip
    assert not article.suggestions


def test_paragraph_marks_inserted_and_deleted_by_word() -> None:
    # the first paragraph's mark is inserted (w:pPr/w:rPr/w:ins, "Seeley, Jason",
    # 2017-09-17T16:39:00Z); the second's is deleted while its text is not: a join
    imported = docx_read.load(WORD / "paragraph_insertion_deletion.docx")
    article = imported.article
    assert [b.plain_text for b in article.blocks] == ["This is a", " split", "Paragraph."]
    [found] = article.suggestions.values()
    assert (found.type, found.author, found.date) == (
        "block-insert", "Seeley, Jason", at("2017-09-17T16:39:00"),
    )  # fmt: skip
    assert article.blocks[0].insert == found.id
    [join] = [n for n in imported.notes if getattr(n, "code", "") == "docx-review-paragraph-join"]
    assert join.values == {"count": "1"}


def test_a_scrubbed_document_keeps_its_changes_without_dates() -> None:
    # Word's "remove personal information": w:author="Author", no w:date
    article = docx_read.load(WORD / "track_changes_scrubbed_metadata.docx").article
    assert inline(article) == [
        [("Here is a ", None, None, ()), ("dummy", None, "delete", ()),
         ("test", "insert", None, ()), (" ", None, None, ()),
         ("document", None, None, ("With a comment!",)), (".", None, None, ())],
    ]  # fmt: skip
    assert {(s.author, s.date) for s in article.suggestions.values()} == {("Author", None)}
    [comment] = article.comments.values()
    assert (comment.author, comment.date) == ("Author", None)
