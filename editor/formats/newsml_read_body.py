"""The story inside a NewsML-G2 item: a NITF 3.x or XHTML body, namespaced or not.

Elements are matched by local name, so a NITF body in the 2006 namespace, in no
namespace (as many agencies send it) or an XHTML body all read the same way.
Text is kept exactly, with one exception for pretty-printed bodies: whitespace
that contains a line break or a tab is indentation, not the journalist's, so it
becomes one space between words and nothing at the edges of a block.
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from lxml import etree

from editor.formats import safety
from editor.formats.import_meta import parse_dateline
from editor.formats.newsml_label import MARK_OF_CLASS
from editor.formats.text import parse_loose_date
from editor.model.article import Block, Dateline, Media, is_language_tag
from editor.model.inline import EM, LINK, STRONG, SUP, Run, Text, normalize, text_of

Element = etree._Element
_SOFT = re.compile(r"([ \t\r\n]*[\t\r\n][ \t\r\n]*)")
_PICTURE_MAGIC = {b"\x89PNG": "image/png", b"\xff\xd8\xff": "image/jpeg", b"GIF8": "image/gif"}
KICKER_CLASSES = frozenset({"kicker", "overline", "surtitre", "supertitle", "strap"})
_STANDFIRST_CLASSES = frozenset(
    {"lead", "chapo", "chapeau", "standfirst", "summary", "intro", "teaser"}
)
_HEADINGS = frozenset({"hl1", "hl2", *(f"h{level}" for level in range(1, 7))})
_METADATA_IN_HEADER = frozenset({"time", "ul", "ol"})
"""What an XHTML `header` repeats of the item's metadata (dpa: publication time, subject list)."""


def local(element: Element) -> str:
    """The element's name without its namespace ("" for comments and the like)."""
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rpartition("}")[2]


def children(parent: Element | None, name: str) -> list[Element]:
    return [] if parent is None else [c for c in parent if local(c) == name]


def child(parent: Element | None, name: str) -> Element | None:
    return next((c for c in parent if local(c) == name), None) if parent is not None else None


def plain(element: Element | None) -> str:
    """The text of an element and its descendants, indentation folded (see module doc)."""
    if element is None:
        return ""
    return text_of(inline_text(element))


class _Collector:
    """Gathers runs; indentation whitespace only becomes a space between two words."""

    def __init__(self) -> None:
        self.runs: list[Run] = []
        self.pending: Run | None = None

    def text(self, raw: str | None, marks: frozenset[str], href: str | None) -> None:
        if not raw:
            return
        for index, piece in enumerate(_SOFT.split(raw)):
            if index % 2:
                if self.runs:
                    self.pending = Run(" ", marks, href)
            elif piece:
                self.hard(piece, marks, href)

    def hard(self, text: str, marks: frozenset[str], href: str | None) -> None:
        if self.pending is not None:
            self.runs.append(self.pending)
            self.pending = None
        self.runs.append(Run(text, marks, href))


def _classes(element: Element) -> set[str]:
    return set((element.get("class") or "").lower().split())


def _marks(
    name: str, element: Element, marks: frozenset[str], href: str | None
) -> tuple[frozenset[str], str | None]:
    """The marks and link inside an inline element."""
    if name == "em":
        return marks | ({STRONG} if "bold" in _classes(element) else {EM}), href
    added = _INLINE_MARKS.get(name)
    if added is not None:
        return marks | added, href
    if name == "a" and element.get("href"):
        return marks | {LINK}, element.get("href")
    if name == "span":  # a G2 label's marks: <span class="italic superscript">
        return marks | {MARK_OF_CLASS[c] for c in _classes(element) if c in MARK_OF_CLASS}, href
    return marks, href


_INLINE_MARKS: dict[str, frozenset[str]] = {
    "i": frozenset({EM}),
    "cite": frozenset({EM}),
    "b": frozenset({STRONG}),
    "strong": frozenset({STRONG}),
    "sup": frozenset({SUP}),
}


def _walk(
    element: Element, out: _Collector, marks: frozenset[str], href: str | None, skip: frozenset[str]
) -> None:
    out.text(element.text, marks, href)
    for node in element:
        name = local(node)
        if name == "br":
            out.hard("\n", marks, href)
        elif name and name not in skip:
            inner_marks, inner_href = _marks(name, node, marks, href)
            _walk(node, out, inner_marks, inner_href, skip)
        out.text(node.tail, marks, href)


def inline_text(element: Element, skip: frozenset[str] = frozenset()) -> Text:
    """The element's content as runs (NITF and XHTML inline markup both understood)."""
    out = _Collector()
    _walk(element, out, frozenset(), None, skip)
    return normalize(out.runs)


@dataclass
class Body:
    """What a body says; the item reader merges it with the item's metadata."""

    title: Text = ()
    kicker: Text = ()
    subtitle: Text = ()
    standfirst: Text = ()
    persons: list[str] = field(default_factory=list)
    byline: str = ""
    byline_title: str = ""
    """NITF `byttl`: the writer's job ("Staff Reporter") or organisation."""
    dateline: Dateline | None = None
    blocks: list[Block] = field(default_factory=list)
    bios: list[Text] = field(default_factory=list)
    media: dict[str, Media] = field(default_factory=dict)
    left_out: Counter[str] = field(default_factory=Counter)
    document_title: str = ""
    keywords: list[str] = field(default_factory=list)
    slug: str = ""
    title_in_copy: bool = False
    """The title came from a heading in the running copy (XHTML), not from a NITF head."""


class BodyReader:
    """Reads a `nitf` or `html` element; pictures are read from `folder` only."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.body = Body()

    def read(self, root: Element) -> Body:
        name = local(root)
        if name == "nitf":
            self._nitf_head(child(root, "head"))
            body = child(root, "body")
            if body is not None:
                self._head(child(body, "body.head"))
                self.container(child(body, "body.content"))
                self._end(child(body, "body.end"))
        elif name == "html":
            self.body.document_title = plain(child(child(root, "head"), "title"))
            self.container(child(root, "body"))
        else:
            self.container(root)
        return self.body

    # -- NITF head and end -----------------------------------------------------------------------

    def _nitf_head(self, head: Element | None) -> None:
        self.body.document_title = plain(child(head, "title"))
        for keyword in head.iter() if head is not None else ():
            if local(keyword) == "keyword" and keyword.get("key"):
                self.body.keywords.append(keyword.get("key", ""))

    def _head(self, head: Element | None) -> None:
        if head is None:
            return
        hedline = child(head, "hedline")
        title = child(hedline, "hl1")
        self.body.title = inline_text(title) if title is not None else ()
        for subordinate in children(hedline, "hl2"):  # a kicker when its class says so
            if _classes(subordinate) & KICKER_CLASSES:
                self.body.kicker = self.body.kicker or inline_text(subordinate)
            else:
                self.body.subtitle = self.body.subtitle or inline_text(subordinate)
        for byline in children(head, "byline"):
            self._byline(byline)
        dateline = child(head, "dateline")
        if dateline is not None:
            self.body.dateline = _nitf_dateline(dateline)
        abstract = child(head, "abstract")
        if abstract is not None:
            found = _paragraphs_in(abstract)
            texts = [inline_text(p) for p in found] if found else [inline_text(abstract)]
            self.body.standfirst = _joined(texts)
        for name in ("note", "rights"):
            if child(head, name) is not None:
                self.body.left_out[f"NITF {name}"] += 1

    def _byline(self, byline: Element) -> None:
        persons = [plain(p) for p in byline.iter() if local(p) == "person"]
        if persons and not self.body.persons:
            self.body.persons = persons
        elif not self.body.byline and "title" not in _classes(byline):
            # `byttl` is the writer's title or organisation ("Staff Writer"), not a name
            text = text_of(inline_text(byline, frozenset({"byttl"})))
            self.body.byline = text.strip().rstrip(",;:-–— ")  # "By Meredith Jameson, <byttl>"
            self.body.byline_title = plain(child(byline, "byttl")).strip()

    def _end(self, end: Element | None) -> None:
        for tagline in children(end, "tagline"):
            self.body.bios.extend(_split_on_breaks(tagline))
        if child(end, "bibliography") is not None:
            self.body.left_out["bibliography"] += 1

    # -- the running copy --------------------------------------------------------------------------

    def container(self, element: Element | None) -> None:
        if element is None:
            return
        self._loose_text(element.text)
        for node in element:
            name = local(node)
            handler = _BLOCKS.get(name)
            before = len(self.body.blocks)
            if handler is not None:
                handler(self, node)
            elif name:
                self._unknown(node, name)
            self._in_language(node, before)
            self._loose_text(node.tail)

    def _in_language(self, node: Element, first: int) -> None:
        """The blocks read from `node` (from `first` on) are in its `xml:lang` or `lang`,
        unless an element inside said its own; the reader drops the article's own later."""
        lang = (node.get(_XML_LANG) or node.get("lang") or "").strip()
        if not lang or not is_language_tag(lang):
            return
        blocks = self.body.blocks
        blocks[first:] = [b if b.lang else replace(b, lang=lang) for b in blocks[first:]]

    def _loose_text(self, text: str | None) -> None:
        """Text straight inside a container (XHTML allows it): a paragraph of its own."""
        if text and text.strip():
            self.body.blocks.append(Block("paragraph", (Run(" ".join(text.split())),)))

    def _unknown(self, node: Element, name: str) -> None:
        runs = inline_text(node)
        if text_of(runs).strip():
            self.body.blocks.append(Block("paragraph", runs))
            self.body.left_out[f"“{name}” elements (kept as paragraphs)"] += 1

    def paragraph(self, node: Element) -> None:
        if any(local(inner) in _HEADINGS for inner in node):
            self._paragraph_around_headings(node)
            return
        classes = _classes(node)
        if classes & {"byline", "signature"} and not self.body.byline:
            self.body.byline = plain(node)
            return
        if "dateline" in classes and self.body.dateline is None:
            self.body.dateline = loose_dateline(plain(node))
            return
        runs = inline_text(node)
        if not text_of(runs).strip():
            return
        if classes & _STANDFIRST_CLASSES and not self.body.standfirst:
            self.body.standfirst = runs
            return
        self.body.blocks.append(Block("paragraph", runs))

    def _paragraph_around_headings(self, node: Element) -> None:
        """A `p` wrapping a heading (STT's `<p><h3>…</h3></p>`): the heading is a subhead of
        its own, the text around it paragraphs."""
        part = etree.Element("p")
        part.text = node.text
        for inner in node:
            if local(inner) in _HEADINGS:
                self.paragraph(part)
                self.subhead(inner)
                part = etree.Element("p")
                part.text = inner.tail
            else:
                part.append(copy.deepcopy(inner))
        self.paragraph(part)

    def heading(self, node: Element) -> None:
        runs = inline_text(node)
        if not text_of(runs).strip():
            return
        if not self.body.title and not self.body.blocks:
            self.body.title = runs
            self.body.title_in_copy = True
        else:
            self.body.blocks.append(Block("subhead", runs))

    def subhead(self, node: Element) -> None:
        runs = inline_text(node)
        if not text_of(runs).strip():
            return
        if self.body.title_in_copy and not self.body.blocks and not self.body.subtitle:
            self.body.subtitle = runs  # straight under the h1 (APA): the subtitle, not a subhead
            return
        self.body.blocks.append(Block("subhead", runs))

    def header(self, node: Element) -> None:
        """An XHTML `header` (dpa): the h1 is the title, a heading before it the kicker and one
        after it the subtitle, `p class="byline"` the byline, the slugline list the slug; the
        time and genre repeat the item's metadata."""
        for part in node:
            name, classes = local(part), _classes(part)
            if "slugline" in classes:
                words = (plain(li) for li in part.iter() if local(li) == "li")
                self.body.slug = "/".join(word for word in words if word.strip())
            elif name in _METADATA_IN_HEADER or "genre" in classes:
                continue
            elif name in ("h1", "hl1") and not self.body.title:
                self.heading(part)
            elif name in _HEADINGS and not self.body.title:
                self.body.kicker = self.body.kicker or inline_text(part)
            elif name in _HEADINGS:
                self.subhead(part)
            elif name == "p":
                self.paragraph(part)
            elif name:
                self._unknown(part, name)

    def quote(self, node: Element) -> None:
        credit = child(node, "credit")
        attribution = plain(credit) if credit is not None else ""
        for name in ("footer", "cite"):
            source = child(node, name)
            if source is not None and not attribution:
                attribution = plain(source)
        found = _paragraphs_in(node, skip={"credit", "footer"})
        if found:
            runs = _joined([inline_text(p) for p in found])
        else:
            runs = inline_text(node, frozenset({"credit", "footer", "cite"}))
        if text_of(runs).strip():
            self.body.blocks.append(Block("pullquote", runs, {"attribution": attribution}))

    def nitf_media(self, node: Element) -> None:
        if (node.get("media-type") or "image") != "image":
            self.body.left_out[f"{node.get('media-type')} media"] += 1
            return
        reference = child(node, "media-reference")
        if reference is None:
            return
        source = reference.get("source") or reference.get("data") or ""
        caption = child(node, "media-caption")
        producer = child(node, "media-producer")
        self.picture(
            source,
            reference.get("mime-type") or node.get("mime-type") or "",
            reference.get("alternate-text") or "",
            plain(caption) if caption is not None else "",
            plain(producer) if producer is not None else "",
        )

    def figure(self, node: Element) -> None:
        image = next((n for n in node.iter() if local(n) == "img"), None)
        caption = next((n for n in node.iter() if local(n) == "figcaption"), None)
        if image is None:
            self.container(node)
            return
        credit = ""
        if caption is not None:
            credits = [n for n in caption.iter() if "credit" in _classes(n)]
            credit = plain(credits[0]) if credits else ""
            caption_text = text_of(inline_text(caption, frozenset({"small"})))
            caption_text = caption_text.replace(credit, "").strip() if credit else caption_text
        else:
            caption_text = ""
        self.picture(image.get("src") or "", "", image.get("alt") or "", caption_text, credit)

    def image(self, node: Element) -> None:
        self.picture(node.get("src") or "", "", node.get("alt") or "", "", "")

    def items(self, node: Element) -> None:
        for item in node.iter():
            if local(item) in ("li", "dd", "dt"):
                runs = inline_text(item)
                if text_of(runs).strip():
                    self.body.blocks.append(Block("paragraph", runs))
        self.body.left_out["lists (items kept as paragraphs)"] += 1

    def left_out(self, node: Element) -> None:
        self.body.left_out[f"“{local(node)}” elements"] += 1

    def picture(self, source: str, mime: str, alt: str, caption: str, credit: str) -> None:
        path = safety.file_beside(self.folder, source)
        if path is None:
            self.body.left_out["pictures not found beside the item (or not a local file)"] += 1
            return
        data = path.read_bytes()
        kind = next((t for magic, t in _PICTURE_MAGIC.items() if data.startswith(magic)), "")
        if not kind or (mime and mime.lower() not in (kind, "image/jpg")):
            self.body.left_out["files that are not PNG, JPEG or GIF pictures"] += 1
            return
        media = Media(kind, data)
        self.body.media[media.key] = media
        attrs = {"media": media.key, "alt": alt, "caption": caption, "credit": credit}
        self.body.blocks.append(Block("image", (), attrs))


_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

_BLOCKS: dict[str, Callable[[BodyReader, Element], None]] = {
    "p": BodyReader.paragraph,
    "pre": BodyReader.paragraph,
    "hl1": BodyReader.heading,
    "h1": BodyReader.heading,
    "hl2": BodyReader.subhead,
    **{f"h{level}": BodyReader.subhead for level in range(2, 7)},
    "bq": BodyReader.quote,
    "blockquote": BodyReader.quote,
    "media": BodyReader.nitf_media,
    "figure": BodyReader.figure,
    "img": BodyReader.image,
    "ul": BodyReader.items,
    "ol": BodyReader.items,
    "dl": BodyReader.items,
    "block": BodyReader.container,
    "div": BodyReader.container,
    "section": BodyReader.container,
    "article": BodyReader.container,
    "main": BodyReader.container,
    "body.content": BodyReader.container,
    "table": BodyReader.left_out,
    "nitf-table": BodyReader.left_out,
    "fn": BodyReader.left_out,
    "note": BodyReader.left_out,
    "header": BodyReader.header,
    "hr": lambda reader, node: None,
    "body.head": lambda reader, node: reader._head(node),
    "body.end": lambda reader, node: reader._end(node),
}
"""What each block-level element of a NITF or XHTML body becomes."""


def _paragraphs_in(element: Element, skip: set[str] | None = None) -> list[Element]:
    """The `p` elements of a block, inside `block` wrappers too."""
    skip = skip or set()
    return [n for n in element.iter() if local(n) == "p" and not _inside(n, element, skip)]


def _inside(node: Element, top: Element, names: set[str]) -> bool:
    parent = node.getparent()
    while parent is not None and parent is not top:
        if local(parent) in names:
            return True
        parent = parent.getparent()
    return False


def _joined(texts: list[Text]) -> Text:
    runs: list[Run] = []
    for text in texts:
        if runs and text:
            runs.append(Run(" "))
        runs.extend(text)
    return normalize(runs)


def _split_on_breaks(element: Element) -> list[Text]:
    """A tagline holding several bios, separated by `br`."""
    parts: list[list[Run]] = [[]]
    for run in inline_text(element):
        pieces = run.text.split("\n")
        for index, piece in enumerate(pieces):
            if index:
                parts.append([])
            if piece:
                parts[-1].append(Run(piece, run.marks, run.href))
    return [normalize(part) for part in parts if text_of(normalize(part)).strip()]


def _nitf_dateline(element: Element) -> Dateline:
    location = child(element, "location")
    when = child(element, "story.date")
    day = None
    if when is not None:
        norm = re.sub(r"\D", "", when.get("norm") or "")[:8]
        if len(norm) == 8:
            day = parse_dateline(f"{norm[:4]}-{norm[4:6]}-{norm[6:]}").date
        day = day or parse_loose_date(plain(when))
    if location is None:
        loose = loose_dateline(plain(element))
        return Dateline(loose.place, day or loose.date)
    return Dateline(plain(location), day)


def loose_dateline(text: str) -> Dateline:
    """A wire dateline: "PARIS, 4 déc (AFP) -", "WASHINGTON (AP) —", "Lyon, 1er février 2025"."""
    text = re.sub(r"\s*\([^)]*\)\s*[-–—]*\s*$", "", text.strip()).strip(" -–—,")
    exact = parse_dateline(text)
    if exact.date is not None or ", " not in text:
        return exact
    place, _, rest = text.partition(", ")
    return Dateline(place, parse_loose_date(rest))
