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

Comments go through python-docx (`w:comment` in comments.xml) with their author and date;
their range is `w:commentRangeStart` before the first run that carries them and
`w:commentRangeEnd` plus a `w:commentReference` run after the last. Each reply is a comment
of its own on the same range, threaded under its parent by commentsExtended.xml
(`w15:paraIdParent`, Word 2013 and later, LibreOffice), which also carries the resolved flag
(`w15:done`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import Any

from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part, XmlPart
from docx.oxml.ns import qn

from editor.formats.docx_body import clean_text
from editor.model.annotations import Comment, Reply, Suggestion
from editor.model.article import Article, Block
from editor.model.inline import Run

W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
COMMENTS_EXTENDED = "http://schemas.microsoft.com/office/2011/relationships/commentsExtended"
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
        self._marked: set[str] = set()
        """Block insertions already written on a paragraph mark."""
        self._numbers: dict[str, list[int]] = {}
        """Our comment id → the Word ids of the comment and of each reply."""
        self._first, self._last = _comment_ends(article)
        self._add_comments(document, article)

    # -- revisions ---------------------------------------------------------------------------

    def _mark(self, tag: str, suggestion_id: str) -> str:
        """`<w:ins …` / `<w:del …` opening attributes for a suggestion, a fresh id each time."""
        found = self._suggestions.get(suggestion_id)
        author = found.author if found else ""
        when = word_date(found.date if found else None)
        number = self._next_id
        self._next_id += 1
        date = f' w:date="{when}"' if when else ""
        return f'<w:{tag} w:id="{number}" w:author="{_attribute(author)}"{date}'

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
        threads: list[tuple[int, list[int], bool]] = []
        for cid in (c for c in article.comments if c in anchored):
            comment = article.comments[cid]
            numbers = [self._comment(document, comment)]
            numbers += [self._comment(document, answer) for answer in comment.replies]
            self._numbers[cid] = numbers
            threads.append((numbers[0], numbers[1:], comment.resolved))
        if threads:
            _comments_extended(document, threads)

    def _comment(self, document: Document, said: Comment | Reply) -> int:
        """A comment or a reply as a Word comment, signed with the author's initials (the
        reviewer's own, kept with the comment; else made from the name)."""
        author, when = said.author, said.date
        initials = clean_text(said.initials) or _initials(author)
        made = document.comments.add_comment(
            clean_text(said.text), author=clean_text(author), initials=initials
        )
        element = _comment_element(document, made.comment_id)
        if when is None:
            element.attrib.pop(qn("w:date"), None)
        else:
            element.set(qn("w:date"), word_date(when))
        last = element.findall(qn("w:p"))[-1]
        last.set(f"{{{W14}}}paraId", _para_id(made.comment_id))
        return made.comment_id


def _initials(name: str) -> str:
    return "".join(part[0] for part in name.split() if part[:1].isalpha()).upper()


def _para_id(comment_id: int) -> str:
    """The `w14:paraId` of a comment's last paragraph, by which replies name their parent."""
    return f"{0x10000000 + comment_id:08X}"


def _comment_element(document: Document, comment_id: int) -> Any:
    part = document.part.part_related_by(RT.COMMENTS)
    assert isinstance(part, XmlPart)
    return part.element.xpath(f"./w:comment[@w:id='{comment_id}']")[0]


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
    article: Article,
) -> tuple[dict[tuple[str, int], list[str]], dict[tuple[str, int], list[str]]]:
    """Where each comment's range starts and ends: (block id, run index) → comment ids."""
    first: dict[str, tuple[str, int]] = {}
    last: dict[str, tuple[str, int]] = {}
    for block, index, run in _runs(article):
        if not run.comments:
            continue
        for cid in sorted(run.comments):
            first.setdefault(cid, (block.id, index))
            last[cid] = (block.id, index)
    starts: dict[tuple[str, int], list[str]] = {}
    ends: dict[tuple[str, int], list[str]] = {}
    for cid, at in first.items():
        starts.setdefault(at, []).append(cid)
    for cid, at in last.items():
        ends.setdefault(at, []).append(cid)
    return starts, ends


def _runs(article: Article) -> Iterator[tuple[Block, int, Run]]:
    for block in article.blocks:
        for index, run in enumerate(block.text):
            yield block, index, run
