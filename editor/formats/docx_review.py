"""The desk's review in a Word file: tracked changes and comments as Word writes them.

python-docx has a comments API but no revisions, so the revisions are written as markup:
an inserted run inside `w:ins`, a deleted one inside `w:del` with its text in `w:delText`
(a run both inserted and deleted nests the `w:del` in the `w:ins`, as Word does), each with
`w:author` and `w:date` (UTC). A block inserted marks the paragraph mark before it
(`w:pPr/w:rPr/w:ins`), where Word marks a paragraph split or a paragraph typed after
another, so rejecting in Word joins what was there of it to the paragraph before, as
rejecting in Copydesk does (a block opening the document, with no mark before it, marks its
own). A block deleted marks its own mark (`w:del`) and its text is deleted with it, so
accepting in Word removes the paragraph as accepting in Copydesk does. A changed kind is a
style change (`w:pPrChange` holding the former style).

Comments go into python-docx's comments part (`w:comment` in comments.xml, written as
markup the way its `add_comment` writes them, and parsed in one go) with their author and
date; their range is `w:commentRangeStart` before the first run that carries them and
`w:commentRangeEnd` plus a `w:commentReference` run after the last. Each reply is a comment
of its own on the same range, threaded under its parent by commentsExtended.xml
(`w15:paraIdParent`, Word 2013 and later, LibreOffice), which also carries the resolved flag
(`w15:done`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part, XmlPart
from docx.oxml.ns import nsdecls
from docx.oxml.parser import parse_xml

from editor.formats.docx_body import clean_text
from editor.formats.docx_shared import COMMENTS_EXTENDED, W15
from editor.model.annotations import Comment, Reply, Suggestion, block_is_annotated
from editor.model.article import Article, Block
from editor.model.inline import Run

MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
COMMENTS_EXTENDED_TYPE = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"
)


def word_date(when: datetime | None) -> str:
    """`w:date` as Word writes it: UTC, to the second, with a Z."""
    if when is None:
        return ""
    if when.tzinfo is not None:
        when = when.astimezone(UTC)
    return when.replace(tzinfo=None, microsecond=0).isoformat() + "Z"


def _attribute(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


class Review:
    """The revision and comment markup of one export; ids are numbered in writing order."""

    def __init__(self, document: Document, article: Article) -> None:
        self._suggestions: Mapping[str, Suggestion] = article.suggestions
        self._next_id = 1
        self._signatures: dict[str, str] = {}
        """A suggestion's author and date as attributes, made once (a deleted paragraph's
        runs and mark repeat them)."""
        self._marked: set[str] = set()
        """Block insertions already written on a paragraph mark."""
        self._numbers: dict[str, list[int]] = {}
        """Our comment id → the Word ids of the comment and of each reply."""
        annotated: list[Block] = []
        marking: set[str] = set()
        before: Block | None = None
        for block in article.blocks:
            if block_is_annotated(block):
                annotated.append(block)
                if (block.insert, block.delete, block.kind_change) != (None, None, None):
                    marking.add(block.id)
                    if block.insert is not None and before is not None:
                        marking.add(before.id)
            before = block
        self._annotated = frozenset(block.id for block in annotated)
        """The blocks that carry a change or a comment (most blocks carry none)."""
        self._marking = frozenset(marking)
        """The blocks whose paragraph marks may carry a change: inserted, deleted or
        re-kinded ones, and those an inserted block follows."""
        self._first, self._last = _comment_ends(annotated)
        self._add_comments(document, article)

    def touches(self, block: Block) -> bool:
        """Whether `block` carries a change or a comment (or shares the id of one that does):
        the others are written as without the review, their paragraph marks aside."""
        return block.id in self._annotated

    def may_mark(self, block: Block | None) -> bool:
        """Whether a paragraph of `block` (None: a metadata paragraph) may have its mark
        inserted or deleted, or its style changed, depending on the paragraph after it."""
        return block is None or block.id in self._marking

    # -- revisions ---------------------------------------------------------------------------

    def _mark(self, tag: str, suggestion_id: str) -> str:
        """`<w:ins …` / `<w:del …` opening attributes for a suggestion, a fresh id each time."""
        signed = self._signatures.get(suggestion_id)
        if signed is None:
            found = self._suggestions.get(suggestion_id)
            when = word_date(found.date if found else None)
            author = _attribute(found.author if found else "")
            signed = f' w:author="{author}"' + (f' w:date="{when}"' if when else "")
            self._signatures[suggestion_id] = signed
        number = self._next_id
        self._next_id += 1
        return f'<w:{tag} w:id="{number}"{signed}'

    def run(self, run: Run, markup: str) -> str:
        """A run's markup inside its insertion and deletion, if any."""
        if run.delete is not None:
            markup = markup.replace("<w:t>", "<w:delText>").replace(
                '<w:t xml:space="preserve">', '<w:delText xml:space="preserve">'
            )
            markup = markup.replace("</w:t>", "</w:delText>")
            markup = f"{self._mark('del', run.delete)}>{markup}</w:del>"
        if run.insert is not None:
            markup = f"{self._mark('ins', run.insert)}>{markup}</w:ins>"
        return markup

    def paragraph_mark(
        self,
        block: Block | None,
        style_ids: Mapping[str, str],
        first: bool,
        inserted: str | None,
    ) -> str:
        """What a paragraph carries in `w:pPr` after its style: its mark inserted (by the
        suggestion `inserted`) or deleted (its block's), and (first paragraph only) the
        former style of a changed kind."""
        if inserted is not None:
            self._marked.add(inserted)
        deleted = block.delete if block is not None else None
        marks = "".join(
            f"{self._mark(tag, sid)}/>"
            for tag, sid in (("ins", inserted), ("del", deleted))
            if sid is not None
        )
        out = f"<w:rPr>{marks}</w:rPr>" if marks else ""
        change = self._suggestions.get(block.kind_change or "") if block is not None else None
        if first and change is not None and change.from_kind in style_ids:
            former = _attribute(style_ids[change.from_kind])
            out += (
                f"{self._mark('pPrChange', change.id)}>"
                f'<w:pPr><w:pStyle w:val="{former}"/></w:pPr></w:pPrChange>'
            )
        return out

    def unmarked_insertion(self, block: Block) -> str | None:
        """The block's insertion when no paragraph mark before it could carry it (it opens
        the document): its own last mark carries it, as Word marks a paragraph typed at
        the very top."""
        sid = block.insert
        return sid if sid is not None and sid not in self._marked else None

    # -- comments ----------------------------------------------------------------------------

    def starts(self, block: Block | None, index: int) -> str:
        """Range starts of the comments whose first run is run `index` of `block`."""
        if block is None:
            return ""
        return "".join(
            f'<w:commentRangeStart w:id="{n}"/>'
            for cid in self._first.get((block.id, index), ())
            for n in self._numbers.get(cid, ())
        )

    def ends(self, block: Block | None, index: int) -> str:
        """Range ends and reference marks of the comments whose last run is run `index`."""
        if block is None:
            return ""
        return "".join(
            f'<w:commentRangeEnd w:id="{n}"/><w:r><w:commentReference w:id="{n}"/></w:r>'
            for cid in self._last.get((block.id, index), ())
            for n in self._numbers.get(cid, ())
        )

    def _add_comments(self, document: Document, article: Article) -> None:
        anchored = {cid for cids in self._first.values() for cid in cids}
        ordered = [article.comments[cid] for cid in article.comments if cid in anchored]
        if not ordered:
            return
        root = _comments_root(document)
        number = max((int(n) for n in root.xpath("./w:comment/@w:id")), default=-1) + 1
        markup: list[str] = []
        threads: list[tuple[int, list[int], bool]] = []
        for comment in ordered:
            numbers = list(range(number, number + 1 + len(comment.replies)))
            number += len(numbers)
            thread: tuple[Comment | Reply, ...] = (comment, *comment.replies)
            markup += map(_comment, numbers, thread)
            self._numbers[comment.id] = numbers
            threads.append((numbers[0], numbers[1:], comment.resolved))
        fragment = parse_xml(f"<w:comments {nsdecls('w', 'w14')}>{''.join(markup)}</w:comments>")
        root.extend(list(fragment))
        _comments_extended(document, threads)


def _comment(number: int, said: Comment | Reply) -> str:
    """A comment or a reply as a Word comment (`w:comment`, as python-docx's `add_comment`
    writes it), signed with the author's initials (the reviewer's own, kept with the comment;
    else made from the name); its last paragraph carries the id replies name it by. Written
    as markup and parsed with the others in one go: python-docx's API parses each comment,
    looks every id up and walks the part for the next, 3 ms for twenty."""
    initials = clean_text(said.initials) or _initials(said.author)
    date = f' w:date="{word_date(said.date)}"' if said.date is not None else ""
    head = (
        f'<w:comment w:id="{number}" w:author="{_attribute_as_lxml(clean_text(said.author))}" '
        f'w:initials="{_attribute_as_lxml(initials)}"{date}>'
    )
    text = clean_text(said.text)
    lines = text.split("\n")
    paragraphs = []
    for index, line in enumerate(lines):
        own = f' w14:paraId="{_para_id(number)}"' if index == len(lines) - 1 else ""
        start = f'<w:p{own}><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
        if index == 0:
            start += _ANNOTATION_REFERENCE
            run = _comment_run(line) if text else ""
        else:
            run = _comment_run(line) if line else ""
        paragraphs.append(f"{start}{run}</w:p>")
    return f"{head}{''.join(paragraphs)}</w:comment>"


_ANNOTATION_REFERENCE = (
    '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
)
_TABS = re.compile("(\t)")


def _comment_run(line: str) -> str:
    """A comment's line as python-docx's run text writes it: tabs as `w:tab`, the rest in
    `w:t`, which keeps its spaces where it starts or ends with one."""
    pieces = []
    for piece in _TABS.split(line):
        if piece == "\t":
            pieces.append("<w:tab/>")
        elif piece:
            keep = ' xml:space="preserve"' if len(piece.strip()) < len(piece) else ""
            pieces.append(f"<w:t{keep}>{_text_as_lxml(piece)}</w:t>")
    return f"<w:r>{''.join(pieces)}</w:r>" if pieces else "<w:r/>"


def _text_as_lxml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attribute_as_lxml(text: str) -> str:
    """An attribute value escaped as lxml writes it (tabs and line breaks as references)."""
    return _attribute(text).replace("\t", "&#9;").replace("\n", "&#10;").replace("\r", "&#13;")


def _comments_root(document: Document) -> Any:
    """`w:comments` of the document's comments part, made the first time (python-docx's
    empty one) or the reference template's own."""
    document.comments  # noqa: B018 -- makes the part where the package has none
    part = document.part.part_related_by(RT.COMMENTS)
    assert isinstance(part, XmlPart)
    return part.element


def _initials(name: str) -> str:
    return "".join(part[0] for part in name.split() if part[:1].isalpha()).upper()


def _para_id(comment_id: int) -> str:
    """The `w14:paraId` of a comment's last paragraph, by which replies name their parent."""
    return f"{0x10000000 + comment_id:08X}"


def _comments_extended(document: Document, threads: list[tuple[int, list[int], bool]]) -> None:
    """commentsExtended.xml: which comment answers which, and which threads are resolved."""
    rows: list[str] = []
    for parent, replies, resolved in threads:
        done = "1" if resolved else "0"
        rows.append(f'<w15:commentEx w15:paraId="{_para_id(parent)}" w15:done="{done}"/>')
        rows.extend(
            f'<w15:commentEx w15:paraId="{_para_id(reply)}" '
            f'w15:paraIdParent="{_para_id(parent)}" w15:done="{done}"/>'
            for reply in replies
        )
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w15:commentsEx xmlns:mc="{MC}" xmlns:w15="{W15}" mc:Ignorable="w15">'
        + "".join(rows)
        + "</w15:commentsEx>"
    )
    part = Part(
        PackURI("/word/commentsExtended.xml"),
        COMMENTS_EXTENDED_TYPE,
        xml.encode("utf-8"),
        document.part.package,
    )
    document.part.relate_to(part, COMMENTS_EXTENDED)


def _comment_ends(
    blocks: list[Block],
) -> tuple[dict[tuple[str, int], list[str]], dict[tuple[str, int], list[str]]]:
    """Where each comment's range starts and ends: (block id, run index) → comment ids."""
    first: dict[str, tuple[str, int]] = {}
    last: dict[str, tuple[str, int]] = {}
    for block in blocks:
        for index, run in enumerate(block.text):
            for cid in sorted(run.comments) if run.comments else ():
                first.setdefault(cid, (block.id, index))
                last[cid] = (block.id, index)
    starts: dict[tuple[str, int], list[str]] = {}
    ends: dict[tuple[str, int], list[str]] = {}
    for cid, at in first.items():
        starts.setdefault(at, []).append(cid)
    for cid, at in last.items():
        ends.setdefault(at, []).append(cid)
    return starts, ends
