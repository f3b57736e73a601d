"""Paragraphs, runs, links and pictures for the document body, written as WordprocessingML.

python-docx's `add_paragraph(style=…)` looks the style up among every style on
each call, its run API sets properties one element at a time, and `relate_to`
compares each new link with every relationship. For a 100 000-word article that
is seconds. Here each paragraph is written as markup with its style id taken
from a dict, the run properties of each mark combination are made once, and the
whole body is parsed in one go: the same XML, many times faster.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import replace
from io import BytesIO
from itertools import groupby
from typing import TYPE_CHECKING

from docx.document import Document
from docx.image.exceptions import (
    InvalidImageStreamError,
    UnexpectedEndOfFileError,
    UnrecognizedImageError,
)
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import XmlPart
from docx.oxml.ns import nsdecls
from docx.oxml.shape import CT_Inline
from docx.shared import Emu
from lxml import etree

from editor.formats.options import ExportError
from editor.model.article import Block, Media, language_of
from editor.model.inline import EM, LINK, STRONG, SUP, Run, Text

if TYPE_CHECKING:
    from editor.formats.docx_review import Review

MARK_PROPERTIES: tuple[tuple[str, str], ...] = (
    (STRONG, "<w:b/><w:bCs/>"),
    (EM, "<w:i/><w:iCs/>"),
    (SUP, '<w:vertAlign w:val="superscript"/>'),
)
"""Each mark as run properties, in the order the schema wants them; the `Cs` twins
make bold and italic apply to Arabic and Hebrew too."""

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_BREAKS = re.compile(r"(\t|\n)")
_PARSER = etree.XMLParser(resolve_entities=False, huge_tree=True)
_PICTURE_SHARE_OF_PAGE = 0.66
"""A picture never takes more than this share of the text height."""


def clean_text(text: str) -> str:
    """The text as XML can hold it: CR/LF become line breaks, control characters go.

    Everything else — no-break and narrow no-break spaces, quotes, emoji — is kept
    byte for byte.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _NOT_XML.sub("", text)


def _escape(text: str) -> str:
    """An attribute value as markup (`str.replace` is far faster than `translate`)."""
    text = _escape_text(text)
    if '"' in text:
        text = text.replace('"', "&quot;")
    return text


def _escape_text(text: str) -> str:
    """Text as markup, as lxml serialises it (quotes stay: the part's bytes are the same
    whether the markup is spliced in or parsed and serialised)."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


_DECLARATION = re.compile(r' xmlns:(\w+)="([^"]*)"')


def _without_declared(markup: str, declared: Mapping[str, str]) -> str:
    """`markup`'s first tag without the namespace declarations the document's root makes
    already, as lxml drops them when it moves parsed elements under that root."""
    end = markup.index(">")
    head = _DECLARATION.sub(
        lambda found: "" if declared.get(found[1]) == found[2] else found[0], markup[:end]
    )
    return head + markup[end:]


_MARK_PLACE = "<!--mark-->"
"""Where a paragraph's mark goes once it is known (text never holds it: `<` is escaped)."""


class BodyWriter:
    """Collects the article's paragraphs; `finish` puts them before the final section."""

    def __init__(
        self,
        document: Document,
        style_ids: Mapping[str, str],
        text_area: tuple[int, int],
        review: Review | None = None,
        language: str = "",
    ) -> None:
        """`language`: the article's; a block in another carries its own on its runs."""
        self._document = document
        self._language = language
        self._lang = ""
        """The `w:lang` of the runs being written: the block's own language, or none."""
        self._review = review
        self._block: Block | None = None
        self._first_paragraph = False
        self._part = document.part
        self._ids = {role: _escape(style_id) for role, style_id in style_ids.items()}
        self._xml: list[str] = []
        self._run_properties: dict[tuple[str, frozenset[str], str], str] = {}
        self._links: dict[str, str] = {}
        self._next_rel = 1
        self._width, self._height = text_area
        self._shape_id = _highest_shape_id(document)
        self._declared = {prefix: uri for prefix, uri in document.element.nsmap.items() if prefix}
        """The root's namespaces, which the body's markup need not declare again."""
        self._open_mark: tuple[int, Block | None, bool] | None = None
        """The paragraph whose mark waits for the next paragraph (its place in the markup,
        its block, whether it is the block's first): a mark is inserted when the paragraph
        after it is an inserted block's, as Word marks a paragraph split."""

    def begin_block(self, block: Block | None) -> None:
        """The block whose paragraphs come next (None: the byline and such), for the review's
        paragraph marks; the article's runs carry their own."""
        self._block = block
        self._first_paragraph = True
        own = language_of(block, self._language) if block is not None else ""
        foreign = block is not None and block.lang and own.lower() != self._language.lower()
        self._lang = own if foreign else ""

    def text(self, role: str, runs: Text) -> None:
        """A paragraph of inline text; links grouped into one `w:hyperlink` per address.
        Under review, a paragraph none of whose runs is changed or commented (most of them)
        is written as without the review, its mark aside: the same markup, without asking
        the review about each run (`begin_block` named the block the runs are the text of)."""
        review, block = self._review, self._block
        if review is not None and (block is None or review.touches(block)):
            self._reviewed_text(role, runs, review)
            return
        out = self._xml
        out.append(self._paragraph_start(role))
        if not any(LINK in run.marks for run in runs):  # most paragraphs: no link to group
            out.extend([self._run(run.text, run.marks) for run in runs])
            out.append("</w:p>")
            return
        for href, group in groupby(runs, key=lambda run: run.href if LINK in run.marks else None):
            if href is None:
                for run in group:
                    out.append(self._run(run.text, run.marks))
            else:
                out.append(f'<w:hyperlink r:id="{self._link(href)}" w:history="1">')
                for run in group:
                    out.append(self._run(run.text, run.marks, "Hyperlink"))
                out.append("</w:hyperlink>")
        out.append("</w:p>")

    def _reviewed_text(self, role: str, runs: Text, review: Review) -> None:
        """The same, each run inside its tracked change, comment ranges around runs."""
        out, block = self._xml, self._block
        out.append(self._paragraph_start(role))
        numbered = list(enumerate(self._in_block(runs)))
        for href, group in groupby(numbered, key=lambda item: _link_of(item[1])):
            if href is not None:
                out.append(f'<w:hyperlink r:id="{self._link(href)}" w:history="1">')
            for index, run in group:
                out.append(review.starts(block, index))
                markup = self._run(run.text, run.marks, "" if href is None else "Hyperlink")
                out.append(review.run(run, markup))
                out.append(review.ends(block, index))
            if href is not None:
                out.append("</w:hyperlink>")
        out.append("</w:p>")

    def _in_block(self, runs: Text) -> Text:
        """A deleted block's text is deleted with it."""
        block = self._block
        if block is None or block.delete is None:
            return runs
        return tuple(run if run.delete else replace(run, delete=block.delete) for run in runs)

    def plain(self, role: str, text: str, character_role: str = "") -> None:
        """A paragraph of unmarked text, optionally all in a character style."""
        run = self._run(text, frozenset(), character_role) if text else ""
        if run and self._review is not None and self._block is not None:
            block = self._block
            run = self._review.run(Run(text, insert=block.insert, delete=block.delete), run)
        self._xml.append(f"{self._paragraph_start(role)}{run}</w:p>")

    def picture(self, media: Media, alt: str, where: str) -> None:
        """An inline picture as wide as the text (no taller than most of the page)."""
        try:
            rid, image = self._part.get_or_add_image(BytesIO(media.data))
        except (
            UnrecognizedImageError,
            UnexpectedEndOfFileError,  # a picture cut short
            InvalidImageStreamError,
            ValueError,
            KeyError,
            IndexError,
        ) as error:
            why = str(error) or "its data is cut short or damaged"
            raise ExportError(
                f"{where}: the picture ({media.type}) cannot go into a Word file ({why})",
                "picture-not-for-word",
                {"where": where, "type": media.type, "detail": str(error)},
            ) from None
        width = self._width
        height = round(width * image.px_height / max(image.px_width, 1))
        limit = round(self._height * _PICTURE_SHARE_OF_PAGE)
        if height > limit:
            width, height = round(width * limit / height), limit
        self._shape_id += 1
        inline = CT_Inline.new_pic_inline(
            self._shape_id, rid, image.filename, Emu(width), Emu(height)
        )
        for side in ("distT", "distB", "distL", "distR"):  # LibreOffice assumes 0.32 cm
            inline.set(side, "0")
        inline.docPr.set("descr", clean_text(alt))
        drawing = _without_declared(etree.tostring(inline, encoding="unicode"), self._declared)
        run = f"<w:r><w:drawing>{drawing}</w:drawing></w:r>"
        if self._review is not None and self._block is not None:
            block = self._block
            run = self._review.run(Run("", insert=block.insert, delete=block.delete), run)
        self._xml.append(f"{self._paragraph_start('photo')}{run}</w:p>")

    def markup(self) -> str:
        """Everything written, as the markup of the body's paragraphs (`docx_save` puts it
        in the document part as it is: no parsing, no second serialisation)."""
        self._close_mark(None)
        return "".join(self._xml)

    def finish(self) -> None:
        """Parse everything written so far in one go and place it in the body."""
        declarations = " ".join(
            f'xmlns:{prefix}="{_escape(uri)}"'
            for prefix, uri in self._declared.items()
            if prefix not in ("w", "r")
        )
        fragment = etree.fromstring(
            f"<w:body {nsdecls('w', 'r')} {declarations}>{self.markup()}</w:body>", _PARSER
        )
        end = self._document.element.body.sectPr
        for paragraph in list(fragment):
            end.addprevious(paragraph)
        self._xml.clear()

    # -- markup ----------------------------------------------------------------------------------

    def _paragraph_start(self, role: str) -> str:
        """The paragraph's start; under review a mark that may carry a change is written
        when the next paragraph is known (`_close_mark`), so the returned markup leaves the
        place for it (most paragraphs' marks carry none, whatever follows them)."""
        review, block = self._review, self._block
        if review is not None:
            if self._open_mark is not None:
                self._close_mark(block)
            first, self._first_paragraph = self._first_paragraph, False
            if review.may_mark(block):
                self._open_mark = (len(self._xml), block, first)
                return f'<w:p><w:pPr><w:pStyle w:val="{self._ids[role]}"/>{_MARK_PLACE}</w:pPr>'
        return f'<w:p><w:pPr><w:pStyle w:val="{self._ids[role]}"/></w:pPr>'

    def _close_mark(self, following: Block | None) -> None:
        """The waiting paragraph's mark, now that the block of the paragraph after it
        (`following`, None for none or metadata) is known."""
        if self._review is None or self._open_mark is None:
            return
        at, block, first = self._open_mark
        self._open_mark = None
        inserted = following.insert if following is not None else None
        if inserted is None and block is not None and block is not following:
            inserted = self._review.unmarked_insertion(block)
        if inserted is None and (block is None or _unchanged_mark(block, first)):
            self._xml[at] = self._xml[at].replace(_MARK_PLACE, "", 1)  # most paragraphs
            return
        marks = self._review.paragraph_mark(block, self._ids, first, inserted)
        self._xml[at] = self._xml[at].replace(_MARK_PLACE, marks, 1)

    def _run(self, text: str, marks: frozenset[str], style_role: str = "") -> str:
        key = (style_role, marks, self._lang)
        properties = self._run_properties.get(key)
        if properties is None:
            properties = self._properties(*key)
            self._run_properties[key] = properties
        if "\t" in text or "\n" in text or "\r" in text:
            return f"<w:r>{properties}{''.join(_pieces(clean_text(text)))}</w:r>"
        text = _NOT_XML.sub("", text)  # one piece of text: `_pieces` without its generator
        if not text:
            return f"<w:r>{properties}</w:r>"
        if text[0].isspace() or text[-1].isspace() or "  " in text:
            return f'<w:r>{properties}<w:t xml:space="preserve">{_escape_text(text)}</w:t></w:r>'
        return f"<w:r>{properties}<w:t>{_escape_text(text)}</w:t></w:r>"

    def _properties(self, style_role: str, marks: frozenset[str], lang: str) -> str:
        inner = f'<w:rStyle w:val="{self._ids[style_role]}"/>' if style_role else ""
        inner += "".join(xml for mark, xml in MARK_PROPERTIES if mark in marks)
        if lang:  # after vertAlign, as the schema orders run properties
            inner += f'<w:lang w:val="{_escape(lang)}"/>'
        return f"<w:rPr>{inner}</w:rPr>" if inner else ""

    def _link(self, href: str) -> str:
        """The relationship id of a link address, one per address (a dict lookup)."""
        rid = self._links.get(href)
        if rid is None:
            rels = self._part.rels
            while f"rId{self._next_rel}" in rels:
                self._next_rel += 1
            rid = f"rId{self._next_rel}"
            rels.add_relationship(RT.HYPERLINK, clean_text(href), rid, is_external=True)
            self._links[href] = rid
        return rid


_DRAWING_IDS = etree.XPath(
    "//wp:docPr/@id",
    namespaces={"wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"},
)


def _highest_shape_id(document: Document) -> int:
    """The largest drawing id already used (a template's header logo, say): Word
    wants them unique across the document and its headers."""
    ids = [
        int(str(value))
        for part in document.part.package.iter_parts()
        if isinstance(part, XmlPart)
        for value in _DRAWING_IDS(part.element)  # type: ignore[union-attr]
        if str(value).isdigit()
    ]
    return max(ids, default=0)


def _unchanged_mark(block: Block, first: bool) -> bool:
    """The paragraph's mark carries no change: its block is not deleted, and (its first
    paragraph) its kind was not changed by a suggestion."""
    return block.delete is None and (not first or block.kind_change is None)


def _link_of(run: Run) -> str | None:
    return run.href if LINK in run.marks else None


_SPECIAL = {"\t": "<w:tab/>", "\n": "<w:br/>"}


def _pieces(text: str) -> Iterator[str]:
    """`w:t` elements, with tabs and line breaks as their own elements."""
    parts = _BREAKS.split(text) if "\t" in text or "\n" in text else (text,)
    for part in parts:
        if part in _SPECIAL:
            yield _SPECIAL[part]
        elif part:
            keep = part[0].isspace() or part[-1].isspace() or "  " in part
            yield (
                f'<w:t xml:space="preserve">{_escape_text(part)}</w:t>'
                if keep
                else (f"<w:t>{_escape_text(part)}</w:t>")
            )
