"""The body of a Word document as a list of paragraphs: style, marked runs, pictures.

The body XML is walked directly with lxml (python-docx's object layer builds a
proxy per paragraph and per run, which costs seconds on a long read). Marks come
from run properties (`w:b`, `w:i`, superscript) and character styles; links from
`w:hyperlink` (its `r:id` names the address) and from HYPERLINK fields; pictures
from `w:drawing` with their alt text (`wp:docPr/@descr`). Revisions and comment
ranges annotate the runs they cover, the paragraph mark and style changes the
paragraph (see `docx_read_review`). Whatever has no place in an article (tables,
footnotes, text boxes…) is counted, so the user is told rather than finding it
silently gone.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from operator import itemgetter

from docx.opc.part import Part
from docx.oxml.ns import qn
from lxml import etree

from editor.formats.docx_read_review import DELETE, INSERT, Review
from editor.formats.docx_read_styles import StyleNames
from editor.model.inline import EM, LINK, STRONG, SUP, Run

W_VAL = qn("w:val")
R_ID = qn("r:id")
R_EMBED = qn("r:embed")
R_LINK = qn("r:link")
_DOC_PR = qn("wp:docPr")
_BLIP = qn("a:blip")
_FALSE = frozenset({"0", "false", "off"})
_HYPERLINK_FIELD = re.compile(r'^\s*HYPERLINK\s+"([^"]*)"|^\s*HYPERLINK\s+(\S+)', re.IGNORECASE)

_TEXT_CHARACTERS: dict[str, str] = {
    qn("w:tab"): "\t",
    qn("w:br"): "\n",
    qn("w:cr"): "\n",
    qn("w:noBreakHyphen"): "\u2011",
    qn("w:softHyphen"): "\u00ad",
}

_LEFT_OUT: dict[str, str] = {
    qn("w:footnoteReference"): "footnotes",
    qn("w:endnoteReference"): "endnotes",
    qn("w:pict"): "old-style (VML) pictures and shapes",
    qn("w:object"): "embedded objects",
    "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent": (
        "text boxes and shapes"
    ),
}
"""Run content that has no place in an article, with how the user knows it."""

_TRANSPARENT = frozenset(
    qn(tag) for tag in ("w:smartTag", "w:customXml", "w:sdtContent", "w:dir", "w:bdo")
)
"""Wrappers whose content reads as if they were not there."""


@dataclass(frozen=True, slots=True)
class Picture:
    data: bytes
    type: str
    alt: str
    insert: str | None = None
    delete: str | None = None


@dataclass(slots=True)
class Paragraph:
    style_id: str
    runs: list[Run] = field(default_factory=list)
    pictures: list[Picture] = field(default_factory=list)
    credit_characters: int = 0
    list_item: bool = False
    insert: str | None = None
    delete: str | None = None
    inserted_mark: str | None = None
    """An inserted paragraph mark: where Word marks a paragraph split (and a paragraph
    typed after this one), so the paragraph after it is the one inserted (`_splits`)."""
    former_style_id: str | None = None
    """The style before a tracked style change (`w:pPrChange`), and its suggestion's id."""
    style_change: str | None = None
    languages: Counter[str] = field(default_factory=Counter)
    """Visible characters by the `w:lang` of their run ("" for none given)."""

    @property
    def language(self) -> str:
        """The language most of the paragraph is marked in, "" when none is (Word's tag)."""
        languages = self.languages
        if len(languages) == 1:  # most paragraphs: `most_common` costs more than the rest
            ((tag, count),) = languages.items()
            return tag if count else ""
        if not languages:
            return ""
        tag, count = max(languages.items(), key=itemgetter(1))  # what `most_common(1)` takes
        return tag if tag and count * 2 > sum(languages.values()) else ""

    @property
    def text(self) -> str:
        """The text as it reads once its inline deletions are accepted."""
        return "".join(run.text for run in self.runs if run.delete is None)

    @property
    def shown_text(self) -> str:
        """The text as Word shows it with markup: deleted text included."""
        return "".join(run.text for run in self.runs)

    @property
    def was_there(self) -> bool:
        """Whether anything in the paragraph is not a suggested insertion."""
        return any(run.insert is None and run.text for run in self.runs) or any(
            picture.insert is None for picture in self.pictures
        )

    @property
    def all_credit(self) -> bool:
        """Every visible character is in the photo credit character style."""
        visible = sum(len(run.text) for run in self.runs if run.text.strip())
        return visible > 0 and self.credit_characters >= visible

    @property
    def all_strong(self) -> bool:
        visible = [run for run in self.runs if run.text.strip()]
        return bool(visible) and all(STRONG in run.marks for run in visible)


@dataclass(slots=True)
class _Field:
    """A complex field (`w:fldChar` begin … separate … end) being read."""

    instruction: list[str] = field(default_factory=list)
    href: str | None = None
    showing: bool = False


class BodyReader:
    """Reads `w:body` into paragraphs; `left_out` counts what could not be kept."""

    def __init__(self, part: Part, styles: StyleNames, review: Review) -> None:
        self.part = part
        self.styles = styles
        self.review = review
        self.left_out: Counter[str] = Counter()
        self._fields: list[_Field] = []
        self._insert: str | None = None
        self._delete: str | None = None
        self._lang = ""
        """The `w:lang` of the run being read."""
        self._marked = False
        """Whether the revision being read marked anything yet."""

    def paragraphs(self, body: etree._Element) -> Iterator[Paragraph]:
        return _splits(self._paragraphs(body), self.review.empty_revision)

    def _paragraphs(self, body: etree._Element) -> Iterator[Paragraph]:
        for child in body:
            tag = child.tag
            if tag == _P:
                yield self.paragraph(child, in_table=False)
            elif tag == _TABLE:
                self.left_out["tables (their text was kept as paragraphs)"] += 1
                for cell_paragraph in child.iter(_P):
                    yield self.paragraph(cell_paragraph)
            elif tag == _SDT:
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    yield from self._paragraphs(content)

    # -- one paragraph ---------------------------------------------------------------------------

    def paragraph(self, element: etree._Element, in_table: bool = True) -> Paragraph:
        """One `w:p`; `in_table=False` for one known to be outside any table row (the
        body's own paragraphs), which then need no walk up its ancestors."""
        properties = element.find(_PPR)
        found = _first_children(properties, _PARAGRAPH_PROPERTIES)
        style = found.get(_PSTYLE)
        style_id = style.get(W_VAL, "") if style is not None else ""
        paragraph = Paragraph(style_id, list_item=_NUMPR in found)
        self._paragraph_marks(found.get(_RPR), paragraph, own=False)
        self._style_change(found.get(_PPR_CHANGE), paragraph)
        self._fields = []
        self._content(element, paragraph, None)
        if paragraph.delete is not None and any(r.delete is None for r in paragraph.runs):
            paragraph.delete = None  # only the mark: a join, which the article cannot suggest
            self.review.counts["paragraph-join"] += 1
        if paragraph.delete is not None:  # text deleted with its paragraph goes with the block
            review = self.review
            paragraph.runs = [
                replace(run, delete=None)
                if review.same_change(run.delete, paragraph.delete)
                else run
                for run in paragraph.runs
            ]
        row = next(element.iterancestors(_TR), None) if in_table else None
        if row is not None:  # a table row inserted or deleted: its cells' paragraphs with it
            self._paragraph_marks(row.find(_TR_PR), paragraph, own=True)
        return paragraph

    def _paragraph_marks(
        self, marks: etree._Element | None, paragraph: Paragraph, own: bool
    ) -> None:
        """An inserted or deleted paragraph mark, or table row (`own`: the insertion is the
        paragraph's, not the next one's)."""
        if marks is None:
            return
        for child in marks:
            kind = _PARAGRAPH_MARKS.get(child.tag)
            if kind == INSERT and own and paragraph.insert is None:
                paragraph.insert = self.review.suggestion(child, "block-insert")
            elif kind == INSERT and not own and paragraph.inserted_mark is None:
                paragraph.inserted_mark = self.review.suggestion(child, "block-insert")
            elif kind == DELETE and paragraph.delete is None:
                paragraph.delete = self.review.suggestion(child, "block-delete")

    def _style_change(self, change: etree._Element | None, paragraph: Paragraph) -> None:
        """A tracked style change (`w:pPrChange`): the former style, and its suggestion."""
        if change is not None:
            former = change.find(f"{_PPR}/{_PSTYLE}")
            paragraph.former_style_id = former.get(W_VAL, "") if former is not None else ""
            paragraph.style_change = self.review.suggestion(change, "kind-change")

    def _content(self, parent: etree._Element, paragraph: Paragraph, href: str | None) -> None:
        for child in parent:
            tag = child.tag
            if tag == _R:
                self._run(child, paragraph, href)
            elif tag == _HYPERLINK:
                self._content(child, paragraph, self._link(child) or href)
            elif tag in _TRANSPARENT:
                self._content(child, paragraph, href)
            elif tag in (_SDT, _FLD_SIMPLE):
                self._wrapper(child, paragraph, href)
            elif tag in _REVISIONS:
                self._revision(child, paragraph, href)
            elif tag == _RANGE_START:
                self.review.range_start(child.get(_W_ID, ""))
            elif tag == _RANGE_END:
                self.review.range_end(child.get(_W_ID, ""))

    def _revision(self, element: etree._Element, paragraph: Paragraph, href: str | None) -> None:
        """Text inside `w:ins` / `w:del` / a move: one suggestion, nested ones kept apart."""
        kind = _REVISIONS[element.tag]
        before = self._insert, self._delete, self._marked
        sid = self.review.suggestion(element, kind)
        if kind == INSERT:
            self._insert = sid
        else:
            self._delete = sid
        self._marked = False
        self._content(element, paragraph, href)
        if not self._marked:
            self.review.empty_revision()
        self._insert, self._delete, marked = before
        self._marked = marked or self._marked

    def _wrapper(self, element: etree._Element, paragraph: Paragraph, href: str | None) -> None:
        if element.tag == _FLD_SIMPLE:
            href = _field_href(element.get(qn("w:instr"), "")) or href
            self._content(element, paragraph, href)
            return
        content = element.find(qn("w:sdtContent"))
        if content is not None:
            self._content(content, paragraph, href)

    def _link(self, hyperlink: etree._Element) -> str | None:
        rid = hyperlink.get(R_ID)
        if not rid:
            return None  # a link to a bookmark inside the document: its text is kept
        rel = self.part.rels.get(rid)
        if rel is None or not rel.is_external:
            return None
        return str(rel.target_ref) + _anchor(hyperlink)

    # -- one run -----------------------------------------------------------------------------------

    def _run(self, run: etree._Element, paragraph: Paragraph, href: str | None) -> None:
        found = _first_children(run.find(_RPR), _RUN_PROPERTIES)
        marks, credit = self._marks(found)
        lang = found.get(_LANG)
        self._lang = lang.get(W_VAL, "") if lang is not None else ""
        field_href = self._open_field_href()
        if field_href is not None:
            href = field_href
        for child in run:
            tag = child.tag
            if tag in (_T, _DEL_TEXT):
                self._text(paragraph, child.text or "", marks, href, credit)
            elif tag in _TEXT_CHARACTERS:
                if tag == _BR and child.get(qn("w:type")) in ("page", "column"):
                    continue
                self._text(paragraph, _TEXT_CHARACTERS[tag], marks, href, credit)
            elif tag == _FLD_CHAR:
                self._field_char(child)
            elif tag == _INSTR and self._fields:
                self._fields[-1].instruction.append(child.text or "")
            elif tag == _DRAWING:
                self._drawing(child, paragraph)
            elif tag == _SYM:
                self._symbol(child, paragraph, marks, href)
            elif tag == _REFERENCE:
                self.review.reference(child.get(_W_ID, ""))
            elif tag in _LEFT_OUT:
                self.left_out[_LEFT_OUT[tag]] += 1

    def _text(
        self, paragraph: Paragraph, text: str, marks: frozenset[str], href: str | None, credit: bool
    ) -> None:
        if not text or (self._fields and not self._fields[-1].showing):
            return
        if href is not None:
            marks = marks | {LINK}
        comments = self.review.open_comments
        self.review.anchored(comments, self._delete is not None)
        self._marked = True
        paragraph.runs.append(Run(text, marks, href, self._insert, self._delete, comments))
        if text.strip():
            paragraph.languages[self._lang] += len(text)
        if credit:
            paragraph.credit_characters += len(text)

    def _marks(self, properties: dict[str, etree._Element]) -> tuple[frozenset[str], bool]:
        """The run's marks and whether it is in the credit style, from its properties."""
        if not properties:
            return frozenset(), False
        marks: set[str] = set()
        credit = False
        style = properties.get(_RSTYLE)
        if style is not None:
            character = self.styles.character(style.get(W_VAL, ""))
            marks |= character.marks
            credit = character.role == "credit"
        for tag, mark in _TOGGLES:
            element = properties.get(tag)
            if element is not None:
                if element.get(W_VAL, "1").lower() in _FALSE:
                    marks.discard(mark)
                else:
                    marks.add(mark)
        align = properties.get(_VERT_ALIGN)
        if align is not None:
            if align.get(W_VAL) == "superscript":
                marks.add(SUP)
            else:
                marks.discard(SUP)
        return frozenset(marks), credit

    # -- fields, symbols, pictures -----------------------------------------------------------------

    def _field_char(self, element: etree._Element) -> None:
        kind = element.get(qn("w:fldCharType"))
        if kind == "begin":
            self._fields.append(_Field())
        elif kind == "separate" and self._fields:
            current = self._fields[-1]
            current.showing = True
            current.href = _field_href("".join(current.instruction))
        elif kind == "end" and self._fields:
            self._fields.pop()

    def _open_field_href(self) -> str | None:
        for current in reversed(self._fields):
            if current.href is not None:
                return current.href
        return None

    def _symbol(
        self, element: etree._Element, paragraph: Paragraph, marks: frozenset[str], href: str | None
    ) -> None:
        try:
            code = int(element.get(qn("w:char"), ""), 16)
        except ValueError:
            return
        if 0xF000 <= code <= 0xF0FF:  # a glyph of a symbol font, not a character
            self.left_out["symbols from symbol fonts"] += 1
            return
        self._text(paragraph, chr(code), marks, href, False)

    def _drawing(self, drawing: etree._Element, paragraph: Paragraph) -> None:
        blip = next(drawing.iter(_BLIP), None)
        if blip is None:
            self.left_out["drawings that are not pictures (charts, shapes)"] += 1
            return
        rid = blip.get(R_EMBED)
        if not rid:
            if blip.get(R_LINK):
                self.left_out["pictures linked from outside the document"] += 1
            return
        part = self.part.related_parts.get(rid)
        if part is None:
            self.left_out["pictures missing from the document"] += 1
            return
        doc_pr = next(drawing.iter(_DOC_PR), None)
        alt = ""
        if doc_pr is not None:
            alt = doc_pr.get("descr") or doc_pr.get("title") or ""
        self._marked = True
        paragraph.pictures.append(
            Picture(part.blob, part.content_type, alt, self._insert, self._delete)
        )


def _splits(paragraphs: Iterator[Paragraph], empty: Callable[[], None]) -> Iterator[Paragraph]:
    """Inserted paragraph marks read as Word means them: Word marks a split on the first
    half's mark (rejecting it joins that paragraph with the next), and a paragraph typed
    after another on the mark before it; so the block inserted is the paragraph after the
    mark, and rejecting it in Copydesk joins it back as Word would. A mark with nothing
    after it, or ending a first paragraph that is all inserted and stays (a paragraph typed
    at the very top), is its own paragraph's insertion. One before an empty paragraph (which
    the article does not keep) marks nothing: `empty` counts it for the import's note."""
    waiting: Paragraph | None = None
    first = True
    for paragraph in paragraphs:
        if waiting is not None:
            if _split(waiting, paragraph, first):
                empty()
            yield waiting
            first = False
        waiting = paragraph
    if waiting is not None:
        _split(waiting, None, first)
        yield waiting


def _split(paragraph: Paragraph, following: Paragraph | None, first: bool) -> bool:
    """Places the paragraph's inserted mark; True when it marks nothing kept."""
    mark = paragraph.inserted_mark
    if mark is None:
        return False
    typed_at_top = first and paragraph.delete is None and not paragraph.was_there
    if following is None or typed_at_top:
        paragraph.insert = paragraph.insert or mark
    elif not following.shown_text.strip() and not following.pictures:
        return True
    elif following.insert is None:
        following.insert = mark
    return False


def _first_children(
    parent: etree._Element | None, wanted: frozenset[str]
) -> dict[str, etree._Element]:
    """The first child of each `wanted` tag, in one pass over `parent`: lxml's `find` costs
    about as much as the pass, for each tag looked up, and paragraph and run properties
    are looked up for four or five tags each (the long read's body: 61 ms → 43 ms)."""
    found: dict[str, etree._Element] = {}
    if parent is None:
        return found
    for child in parent:
        tag = child.tag
        if tag in wanted and tag not in found:
            found[tag] = child
    return found


def _field_href(instruction: str) -> str | None:
    match = _HYPERLINK_FIELD.match(instruction)
    if not match:
        return None
    address = match.group(1) if match.group(1) is not None else match.group(2)
    anchor = re.search(r'\\l\s+"([^"]*)"', instruction)
    return address + ("#" + anchor.group(1) if anchor else "")


def _anchor(hyperlink: etree._Element) -> str:
    anchor = hyperlink.get(qn("w:anchor"))
    return "#" + anchor if anchor else ""


_P = qn("w:p")
_R = qn("w:r")
_T = qn("w:t")
_BR = qn("w:br")
_PPR = qn("w:pPr")
_RPR = qn("w:rPr")
_PSTYLE = qn("w:pStyle")
_RSTYLE = qn("w:rStyle")
_NUMPR = qn("w:numPr")
_TABLE = qn("w:tbl")
_SDT = qn("w:sdt")
_HYPERLINK = qn("w:hyperlink")
_FLD_SIMPLE = qn("w:fldSimple")
_FLD_CHAR = qn("w:fldChar")
_INSTR = qn("w:instrText")
_DRAWING = qn("w:drawing")
_SYM = qn("w:sym")
_DEL_TEXT = qn("w:delText")
_TR = qn("w:tr")
_TR_PR = qn("w:trPr")
_PPR_CHANGE = qn("w:pPrChange")
_RANGE_START = qn("w:commentRangeStart")
_RANGE_END = qn("w:commentRangeEnd")
_REFERENCE = qn("w:commentReference")
_W_ID = qn("w:id")
_REVISIONS: dict[str, str] = {
    qn("w:ins"): INSERT,
    qn("w:moveTo"): INSERT,
    qn("w:del"): DELETE,
    qn("w:moveFrom"): DELETE,
}
"""Revision elements around runs: a move is a deletion where the text was and an insertion
where it went."""
_PARAGRAPH_MARKS = _REVISIONS
_VERT_ALIGN = qn("w:vertAlign")
_LANG = qn("w:lang")
_TOGGLES = ((qn("w:b"), STRONG), (qn("w:i"), EM))
_RUN_PROPERTIES = frozenset({_RSTYLE, _VERT_ALIGN, _LANG, *(tag for tag, _ in _TOGGLES)})
_PARAGRAPH_PROPERTIES = frozenset({_PSTYLE, _NUMPR, _RPR, _PPR_CHANGE})
