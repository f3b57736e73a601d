"""The story itself as a NITF 3.6 document, the body a NewsML-G2 text item carries.

NITF has no `b`, `i` or `strong`: emphasis is `em` with a class, and superscript
exists only as `sup` inside `num`, which is how "1er" and "XIXe" travel. The body
is written without pretty-printing: indentation inside mixed content would change
the text, so only block boundaries get a line break (ignorable whitespace there).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from datetime import datetime
from itertools import groupby
from operator import attrgetter

from lxml import etree

from editor.formats.newsml_text import Cleaner, dateline_date
from editor.model.article import Article, Block, Dateline, language_of
from editor.model.inline import EM, STRONG, SUP, Run, Text

NITF = "http://iptc.org/std/NITF/2006-10-18/"
NITF_VERSION = "-//IPTC//DTD NITF 3.6//EN"
CONTENT_TYPE = "application/nitf+xml"

Element = etree._Element
Attributes = dict[str, str]
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

_MARKS: tuple[tuple[str, tuple[tuple[str, Attributes], ...]], ...] = (
    (STRONG, (("em", {"class": "bold"}),)),
    (EM, (("em", {"class": "italic"}),)),
    (SUP, (("num", {}), ("sup", {}))),
)
"""Each mark and the NITF elements it becomes, outermost first; a link wraps them all."""
_WRAPPED = frozenset(mark for mark, _ in _MARKS)

HEAD_KINDS = ("kicker", "title", "standfirst")
"""Kinds whose first block is the item's heading, not part of the running copy."""


@functools.cache
def q(tag: str) -> str:
    """The element's name in the NITF namespace (cached: a long story asks thousands of times)."""
    return f"{{{NITF}}}{tag}"


def _sub(parent: Element, tag: str, attrib: Attributes | None = None) -> Element:
    return etree.SubElement(parent, q(tag), attrib)


def _block(parent: Element, tag: str, attrib: Attributes | None = None) -> Element:
    """A block-level element on its own line, so the file reads block by block."""
    element = _sub(parent, tag, attrib)
    element.tail = "\n"
    return element


class NitfWriter:
    """Builds one `nitf` element from an article; `sources` maps media keys to file names."""

    def __init__(
        self,
        article: Article,
        clean: Cleaner,
        sources: Mapping[str, str],
        embargo: datetime | None = None,
    ) -> None:
        self.article = article
        self.embargo = embargo
        self.clean = clean
        self.sources = sources
        self.root = etree.Element(
            q("nitf"),
            {"version": NITF_VERSION},
            nsmap={None: NITF},  # type: ignore[dict-item]  # lxml-stubs lack the default prefix
        )
        self.root.text = "\n"

    # -- inline text ---------------------------------------------------------------------------

    def inline(self, parent: Element, runs: Text) -> Element:
        """Fill `parent` with runs; neighbouring runs with the same link share one `a`."""
        for href, group in groupby(runs, key=attrgetter("href")):
            target = parent if href is None else _sub(parent, "a", {"href": self.clean(href)})
            for run in group:
                self._run(target, run)
        return parent

    def _run(self, parent: Element, run: Run) -> None:
        text = self.clean(run.text)
        if not text:
            return
        if run.marks.isdisjoint(_WRAPPED):
            _append_text(parent, text)
            return
        node = parent
        for mark, wrappers in _MARKS:
            if mark in run.marks:
                for tag, attrib in wrappers:
                    node = _sub(node, tag, attrib)
        node.text = text

    def text_of(self, parent: Element, tag: str, text: str) -> Element:
        element = _sub(parent, tag)
        element.text = self.clean(text)
        return element

    # -- the document --------------------------------------------------------------------------

    def build(self) -> Element:
        heading = {kind: self.article.first(kind) for kind in HEAD_KINDS}
        used = {block.id for block in heading.values() if block is not None}
        self._docdata()
        body = _block(self.root, "body")
        body.text = "\n"
        self._head(body, heading)
        content = _block(body, "body.content")
        content.text = "\n"
        for block in self.article.blocks:
            if block.id in used or block.kind == "author_bio":
                continue
            before = next(reversed(content), None)  # `len` counts every child: quadratic
            _RENDER.get(block.kind, NitfWriter.paragraph)(self, content, block)
            made = next(reversed(content), None)
            if made is not None and made is not before:
                self.set_language(made, block)
        self._end(body)
        return self.root

    def _docdata(self) -> None:
        """NITF's own say on the embargo, for receivers that read the body without the item:
        `date.release` in NITF's basic ISO form, the document marked embargoed."""
        if self.embargo is None:
            return
        head = _block(self.root, "head")
        docdata = _block(head, "docdata", {"management-status": "embargoed"})
        _block(docdata, "date.release", {"norm": self.embargo.strftime("%Y%m%dT%H%M%S%z")})

    def _head(self, body: Element, heading: Mapping[str, Block | None]) -> None:
        head = _block(body, "body.head")
        head.text = "\n"
        title, standfirst = heading["title"], heading["standfirst"]
        if title is not None and title.text:
            hedline = _block(head, "hedline")
            self.set_language(self.inline(_sub(hedline, "hl1"), title.text), title)
        self._byline(head)
        self._dateline(head, self.article.meta.dateline)
        if standfirst is not None and standfirst.text:
            abstract = _block(head, "abstract")
            self.set_language(self.inline(_sub(abstract, "p"), standfirst.text), standfirst)

    def _byline(self, head: Element) -> None:
        """The byline as the metadata writes it ("A et B"), each name marked as a person."""
        meta = self.article.meta
        names = [author.name for author in meta.authors if author.name]
        if not names:
            return
        byline, line, cursor = _block(head, "byline"), meta.byline, 0
        for name in names:
            found = line.index(name, cursor)
            _append_text(byline, self.clean(line[cursor:found]))
            self.text_of(byline, "person", name)
            cursor = found + len(name)
        _append_text(byline, self.clean(line[cursor:]))

    def _dateline(self, head: Element, dateline: Dateline) -> None:
        if dateline.is_empty:
            return
        element = _block(head, "dateline")
        if dateline.place:
            self.text_of(element, "location", dateline.place)
        if dateline.date is not None:
            if dateline.place:
                _append_text(element, ", ")
            when = self.text_of(
                element, "story.date", dateline_date(dateline.date, self.article.meta.language)
            )
            when.set("norm", dateline.date.strftime("%Y%m%d"))

    def _end(self, body: Element) -> None:
        bios = [block for block in self.article.of_kind("author_bio") if block.text]
        if not bios:
            return
        tagline = _sub(_block(body, "body.end"), "tagline")
        for index, block in enumerate(bios):
            if index:
                _sub(tagline, "br")
            self.inline(tagline, block.text)

    def set_language(self, element: Element, block: Block) -> None:
        """`xml:lang` on the element of a block in another language than the story's."""
        language = self.article.meta.language
        own = language_of(block, language)
        if block.lang and own.lower() != language.lower():
            element.set(XML_LANG, own)

    # -- blocks of the running copy ------------------------------------------------------------

    def paragraph(self, content: Element, block: Block) -> None:
        self.inline(_block(content, "p"), block.text)

    def subhead(self, content: Element, block: Block) -> None:
        self.inline(_block(content, "hl2"), block.text)

    def pullquote(self, content: Element, block: Block) -> None:
        bq = _block(content, "bq", {"class": "pullquote"})
        self.inline(_sub(_sub(bq, "block"), "p"), block.text)
        if block.attr("attribution"):
            self.text_of(bq, "credit", block.attr("attribution"))

    def image(self, content: Element, block: Block) -> None:
        key = block.attr("media")
        media = self.article.media[key]
        element = _block(content, "media", {"media-type": "image"})
        reference = {"source": self.sources[key], "mime-type": media.type}
        if block.attr("alt"):
            reference["alternate-text"] = self.clean(block.attr("alt"))
        _sub(element, "media-reference", reference)
        if block.attr("caption"):
            self.text_of(element, "media-caption", block.attr("caption"))
        if block.attr("credit"):
            self.text_of(element, "media-producer", block.attr("credit"))


def _append_text(parent: Element, text: str) -> None:
    if not text:
        return
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


_RENDER: dict[str, Callable[[NitfWriter, Element, Block], None]] = {
    "paragraph": NitfWriter.paragraph,
    "subhead": NitfWriter.subhead,
    "pullquote": NitfWriter.pullquote,
    "image": NitfWriter.image,
    # A second kicker or title (the checks flag it) still reaches the receiver, as a subhead;
    # a second standfirst as a paragraph (the default).
    "kicker": NitfWriter.subhead,
    "title": NitfWriter.subhead,
}
"""How each kind of the running copy is written; unknown kinds read as paragraphs."""


def nitf_body(
    article: Article,
    clean: Cleaner,
    sources: Mapping[str, str],
    embargo: datetime | None = None,
) -> Element:
    """The article as a `nitf` element in the NITF namespace, ready for `inlineXML`."""
    return NitfWriter(article, clean, sources, embargo).build()
