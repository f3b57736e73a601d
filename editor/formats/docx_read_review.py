"""A reporter's Word revisions and comments, read as the desk's suggestions and comments.

Each revision element becomes one suggestion with its author and date (`w:ins` and
`w:moveTo` an insertion, `w:del` and `w:moveFrom` a deletion: a move is a deletion where
the text was and an insertion where it went); an inserted paragraph mark
(`w:pPr/w:rPr/w:ins`) the next paragraph's block inserted (Word marks a split on the first
half's mark), a deleted one (`w:del`) its own block deleted; a style change (`w:pPrChange`)
a kind change when the former style maps to another kind. Text deleted with its paragraph
by the same author at the same moment goes with the block, as Word shows it.

Comments come from comments.xml; their range is the text read between
`w:commentRangeStart` and `w:commentRangeEnd`, ranges may overlap and cross paragraphs.
commentsExtended.xml (Word 2013 and later, LibreOffice) says which comment answers which
(`w15:paraIdParent`, matched on the `w14:paraId` of the comment's last paragraph) and which
threads are resolved (`w15:done`): a reply joins its parent's thread.

What does not fit — a revision around nothing, a range naming no comment, a comment with
no range, a range never closed, a comment on text suggested for deletion — is kept as well
as it can be and told in a note; a damaged comments part never stops the import.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part
from docx.oxml.ns import qn
from lxml import etree

from editor.formats.docx_shared import COMMENTS_EXTENDED, W14, W15
from editor.formats.imported import Note, plural
from editor.model import annotations as annotated  # the values' classes: made at a first use
from editor.model.annotations import DELETE, INSERT
from editor.model.article import Block

if TYPE_CHECKING:  # a document under no review reads as many as it makes: none
    from editor.model.annotations import Comment, Suggestion

KEEP = "keep"
ACCEPT = "accept"
REJECT = "reject"
TRACK_CHANGES: tuple[str, ...] = (KEEP, ACCEPT, REJECT)
"""What an import does with a document's revisions, as pandoc's `--track-changes` says it
(`keep` is pandoc's `all`): comments are kept in every case."""

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


def word_date(value: str | None) -> datetime | None:
    """`w:date` as a UTC moment; Word writes UTC with a Z, some writers leave the zone out
    (read as UTC) or write one; a date that does not read is no date."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)


def _who(element: etree._Element) -> tuple[str, datetime | None]:
    return element.get(qn("w:author"), "").strip(), word_date(element.get(qn("w:date")))


class Review:
    """The suggestions and comments met while the body is read, and what the user should
    know about them. Ids are given in reading order: s1, s2… and c1, c2…"""

    def __init__(self, part: Part) -> None:
        self.suggestions: dict[str, Suggestion] = {}
        self.comments: dict[str, Comment] = {}
        self.counts: Counter[str] = Counter()
        self._threads: dict[str, str] = {}
        """Word comment id → our comment id (a reply → its thread's)."""
        self._open: dict[str, str] = {}
        """Word ids of the ranges open where the reader is → our comment ids."""
        self._open_now: frozenset[str] = frozenset()
        """The comments of `_open`, as each run of text takes them (made once per change)."""
        self._anchored: set[str] = set()
        self._ranged: set[str] = set()
        self._read_comments(part)

    # -- revisions ---------------------------------------------------------------------------

    def suggestion(self, element: etree._Element, kind: str, **more: Any) -> str:
        """A new suggestion for a revision element, with its author and date."""
        sid = f"s{len(self.suggestions) + 1}"
        author, when = _who(element)
        self.suggestions[sid] = annotated.Suggestion(sid, kind, author, when, **more)
        return sid

    def same_change(self, first: str | None, second: str | None) -> bool:
        """Two suggestions by the same hand at the same moment (text deleted with its
        paragraph is one change in Word)."""
        a, b = self.suggestions.get(first or ""), self.suggestions.get(second or "")
        return a is not None and b is not None and (a.author, a.date) == (b.author, b.date)

    def empty_revision(self) -> None:
        self.counts["empty-revision"] += 1

    # -- comment ranges ----------------------------------------------------------------------

    def range_start(self, word_id: str) -> None:
        cid = self._threads.get(word_id)
        if cid is None:
            self.counts["range-without-comment"] += 1
        elif cid not in self._open.values():
            self._open[word_id] = cid
            self._open_now = frozenset(self._open.values())
            self._ranged.add(cid)

    def range_end(self, word_id: str) -> None:
        if self._open.pop(word_id, None) is None:
            if word_id not in self._threads:
                self.counts["range-without-comment"] += 1
        else:
            self._open_now = frozenset(self._open.values())

    def reference(self, word_id: str) -> None:
        if word_id not in self._threads:
            self.counts["range-without-comment"] += 1

    @property
    def open_comments(self) -> frozenset[str]:
        """The comments whose range covers text read now."""
        return self._open_now

    def anchored(self, comments: frozenset[str], deleted: bool) -> None:
        self._anchored |= comments
        if deleted and comments:
            self.counts["comment-on-deleted"] += 1

    # -- the end -----------------------------------------------------------------------------

    def finish(self, blocks: list[Block]) -> tuple[dict[str, Suggestion], list[Note]]:
        """The suggestions the blocks still name, and the notes on what did not fit."""
        used: set[str] = set()
        for block in blocks:
            used.update(s for s in (block.insert, block.delete, block.kind_change) if s)
            for run in block.text:
                used.update(s for s in (run.insert, run.delete) if s)
        suggestions = {sid: s for sid, s in self.suggestions.items() if sid in used}
        counts = self.counts
        if self._open:
            counts["range-not-closed"] += len(self._open)
        counts["comment-without-range"] += len(set(self.comments) - self._anchored)
        notes = [_note(code, count) for code, count in sorted(counts.items()) if count]
        return suggestions, notes

    # -- comments.xml ------------------------------------------------------------------------

    def _read_comments(self, part: Part) -> None:
        comments = _related_xml(part, RT.COMMENTS, self.counts)
        if comments is None:
            return
        extended = _related_xml(part, COMMENTS_EXTENDED, self.counts)
        parents, done = _threads(extended)
        by_para: dict[str, str] = {}
        for element in comments.iter(qn("w:comment")):
            word_id = element.get(qn("w:id"), "")
            author, when = _who(element)
            initials = element.get(qn("w:initials"), "").strip()
            text = _comment_text(element)
            para_ids = [p.get(f"{{{W14}}}paraId", "") for p in element.iter(qn("w:p"))]
            para_id = para_ids[-1] if para_ids else ""
            parent = by_para.get(parents.get(para_id, ""))
            if parent is not None:
                thread = self.comments[parent]
                reply = annotated.Reply(author, when, text, initials=initials)
                self.comments[parent] = replace(thread, replies=(*thread.replies, reply))
                self._threads[word_id] = parent
                by_para[para_id] = parent
                continue
            cid = f"c{len(self.comments) + 1}"
            self.comments[cid] = annotated.Comment(
                cid, author, when, text, done.get(para_id, False), initials=initials
            )
            self._threads[word_id] = cid
            if para_id:
                by_para[para_id] = cid


def _related_xml(part: Part, relationship: str, counts: Counter[str]) -> etree._Element | None:
    """The XML of a part the document relates to, None when there is none; a damaged one is
    counted, never raised."""
    for rel in part.rels.values():
        if rel.reltype == relationship and not rel.is_external:
            try:
                return etree.fromstring(rel.target_part.blob, _PARSER)
            except etree.XMLSyntaxError:
                counts["comments-damaged"] += 1
                return None
    return None


def _threads(extended: etree._Element | None) -> tuple[dict[str, str], dict[str, bool]]:
    """From commentsExtended: paragraph id → its parent's, and → resolved."""
    parents: dict[str, str] = {}
    done: dict[str, bool] = {}
    if extended is None:
        return parents, done
    for row in extended.iter(f"{{{W15}}}commentEx"):
        para_id = row.get(f"{{{W15}}}paraId", "")
        parent = row.get(f"{{{W15}}}paraIdParent")
        if parent:
            parents[para_id] = parent
        done[para_id] = row.get(f"{{{W15}}}done", "0").lower() in ("1", "true", "on")
    return parents, done


def _comment_text(element: etree._Element) -> str:
    """A comment's paragraphs, one line each (text only: Word's annotation mark is none)."""
    lines = []
    for paragraph in element.iter(qn("w:p")):
        pieces = []
        for node in paragraph.iter(qn("w:t"), qn("w:tab"), qn("w:br")):
            pieces.append(node.text or "" if node.tag == qn("w:t") else " ")
        lines.append("".join(pieces))
    return "\n".join(lines)


_SENTENCES: dict[str, tuple[str, str]] = {
    "empty-revision": (
        "tracked change marks no text and was left out",
        "tracked changes mark no text and were left out",
    ),
    "range-without-comment": (
        "comment mark names no comment of the document and was left out",
        "comment marks name no comment of the document and were left out",
    ),
    "comment-without-range": (
        "comment has no text to hang on and was kept on no text",
        "comments have no text to hang on and were kept on no text",
    ),
    "range-not-closed": (
        "comment range is never closed and runs to the end of the document",
        "comment ranges are never closed and run to the end of the document",
    ),
    "comment-on-deleted": (
        "commented stretch of text is suggested for deletion; the comment stays on it",
        "commented stretches of text are suggested for deletion; the comments stay on them",
    ),
    "paragraph-join": (
        "paragraph join (a deleted paragraph mark) was not kept: the paragraphs stay apart",
        "paragraph joins (deleted paragraph marks) were not kept: the paragraphs stay apart",
    ),
    "comments-damaged": (
        "part of the comments could not be read (damaged XML) and was left out",
        "parts of the comments could not be read (damaged XML) and were left out",
    ),
}
"""What a review note says, one and many, by the problem its values name (`docx-review` notes:
the window says them with `note_text`)."""


def _note(code: str, count: int) -> Note:
    one, many = _SENTENCES[code]
    return Note(
        f"Review: {count} {plural(count, one, many)}.",
        "docx-review",
        {"count": str(count), "problem": code},
    )


__all__ = ["ACCEPT", "DELETE", "INSERT", "KEEP", "REJECT", "TRACK_CHANGES", "Review"]
