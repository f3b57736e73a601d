"""The article as XHTML: one renderer for blocks and inline runs, shared by EPUB and previews.

Everything is built as an lxml tree in the XHTML namespace, never by string
concatenation, so escaping is the serializer's job and no entity such as
`&nbsp;` can appear (no-break spaces stay real U+00A0/U+202F characters).
Characters XML cannot hold are dropped; every other character is kept exactly.
Block ids become anchors when they are valid ASCII XML names, unique ones are
made up otherwise, so a reader's link to a subhead always lands.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import groupby
from typing import Any
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from lxml import etree

from editor.formats.wording import BYLINE_PREFIX
from editor.formats.wording import primary_language as primary_language  # the exporters' name
from editor.formats.wording import words_for as words_for
from editor.model.article import Article, Block, language_of
from editor.model.inline import EM, LINK, STRONG, SUP, Run, Text

XHTML = "http://www.w3.org/1999/xhtml"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
Element = etree._Element

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")
"""Controls (C0 but tab and newlines, DEL, C1), surrogates and non-characters. Named as
themselves, not as the complement of what XML allows: that class, reaching to U+10FFFF,
took longer to compile than a seed-sized export takes to write."""
_NCNAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*\Z")
_URL_SAFE = "!$%&'()*+,/:;=@~"

HEADER_KINDS = ("kicker", "title", "standfirst")
"""Kinds that open the article: their first occurrence goes in the `header`."""
RTL_LANGUAGES = frozenset({"ar", "arc", "dv", "fa", "he", "ku", "ps", "sd", "ug", "ur", "yi"})


def nsmap(default: str, **prefixed: str) -> Any:
    """An lxml namespace map with a default namespace (its stubs refuse the None key lxml wants)."""
    return {None: default, **prefixed}


def x(name: str) -> str:
    """The qualified XHTML name of an element."""
    return f"{{{XHTML}}}{name}"


def clean(text: str) -> str:
    """`text` without the characters an XML document cannot hold; everything else exact."""
    return _NOT_XML.sub("", text)


_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*\Z")


def language_tag(language: str) -> str:
    """`language` when it looks like a BCP 47 tag (“fr”, “fr-CH”), else “und” (undetermined)."""
    language = language.strip()
    return language if _LANGUAGE_TAG.match(language) else "und"


def text_direction(language: str) -> str:
    return "rtl" if primary_language(language) in RTL_LANGUAGES else "ltr"


# -- inline runs ------------------------------------------------------------------------------

MARK_ORDER: tuple[str, ...] = (LINK, STRONG, EM, SUP)
"""Outermost first: a link wraps the emphasis inside it, never the reverse."""
MARK_TAGS: dict[str, str] = {LINK: "a", STRONG: "strong", EM: "em", SUP: "sup"}


LINK_SCHEMES = frozenset({"http", "https", "mailto", "tel", "ftp"})
"""Addresses a reader can follow out of a book; `javascript:`, `file:` and the like are not."""
_STRAY_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")


@lru_cache(maxsize=4096)
def link_target(href: str | None) -> str | None:
    """A link address fit for an `href`, or None when it cannot point anywhere from an e-book.

    Web, mail and phone addresses and in-document `#anchors` are kept, with spaces and
    other characters a URL cannot carry percent-encoded and international host names
    in their ASCII form; a relative address would point at a file the book does not
    hold, so the text stays but the link goes.
    """
    href = _STRAY_PERCENT.sub("%25", clean((href or "").strip()))
    try:
        parts = urlsplit(href)
        scheme = parts.scheme.lower()
        if scheme not in LINK_SCHEMES and (scheme or not href.startswith("#")):
            return None
        host = _ascii_host(parts.netloc)
    except (ValueError, UnicodeError):
        return None
    target = urlunsplit(
        (
            scheme,
            host,
            quote(parts.path, safe=_URL_SAFE),
            quote(parts.query, safe=_URL_SAFE + "?"),
            "",
        )
    )
    if "#" in href:
        target += "#" + quote(parts.fragment, safe=_URL_SAFE + "?")
    return target


def _ascii_host(netloc: str) -> str:
    """`user@host:port` with an international host name in its IDNA (xn--) form."""
    if netloc.isascii():
        return quote(netloc, safe=_URL_SAFE + "[]")
    user, _, host_port = netloc.rpartition("@")
    host, colon, port = host_port.partition(":")
    ascii_host = host.encode("idna").decode("ascii")
    return (quote(user, safe=_URL_SAFE) + "@" if user else "") + ascii_host + colon + port


def append_text(parent: Element, text: str) -> None:
    """Add text after the last child of `parent` (lxml keeps it in that child's tail).

    A newline inside a run is a line break the writer typed, so it becomes `br`.
    """
    text = clean(text)
    lines = text.split("\n") if "\n" in text else (text,)
    for index, line in enumerate(lines):
        if index:
            etree.SubElement(parent, x("br"))
        if not line:
            continue
        if len(parent):
            last = parent[-1]
            last.tail = (last.tail or "") + line
        else:
            parent.text = (parent.text or "") + line


def _mark_key(run: Run, mark: str) -> str | None:
    """What groups neighbouring runs under one element for `mark`: its href for links."""
    if mark not in run.marks:
        return None
    if mark == LINK:
        return link_target(run.href)
    return mark


def render_inline(runs: Text, parent: Element, marks: tuple[str, ...] = MARK_ORDER) -> None:
    """Append `runs` to `parent`, marks as `a`/`strong`/`em`/`sup`.

    At each run the mark that lasts longest opens first, so neighbours that share a
    mark share one element: "*une **très** belle*" gives one `em` holding a `strong`,
    not three `em`s. Ties go to the order of `MARK_ORDER` (a link outermost).
    """
    if len(runs) == 1 and not runs[0].marks:
        append_text(parent, runs[0].text)
        return
    if marks is MARK_ORDER and all(len(run.marks) < 2 and LINK not in run.marks for run in runs):
        _render_single_marks(runs, parent)
        return
    index = 0
    while index < len(runs):
        spans = [(_span(runs, index, mark), mark) for mark in marks if mark in runs[index].marks]
        spans = [(length, mark) for length, mark in spans if length]
        if not spans:
            append_text(parent, runs[index].text)
            index += 1
            continue
        length = max(length for length, _ in spans)
        mark = next(mark for span, mark in spans if span == length)
        element = etree.SubElement(parent, x(MARK_TAGS[mark]))
        if mark == LINK:
            element.set("href", _mark_key(runs[index], mark) or "")
        render_inline(runs[index : index + length], element, tuple(m for m in marks if m != mark))
        index += length


def _render_single_marks(runs: Text, parent: Element) -> None:
    """`render_inline` for runs of one mark at most and no link, most copy's: neighbours of the
    same mark share its element (runs apart only by their review annotations), as the general
    walk groups them, without weighing every mark's span at every run."""
    for marks, group in groupby(runs, key=_marks_of):
        if not marks:
            for run in group:
                append_text(parent, run.text)
            continue
        element = etree.SubElement(parent, _MARK_ELEMENTS[next(iter(marks))])
        for run in group:
            append_text(element, run.text)


def _marks_of(run: Run) -> frozenset[str]:
    return run.marks


_MARK_ELEMENTS = {mark: x(tag) for mark, tag in MARK_TAGS.items()}


def _span(runs: Text, start: int, mark: str) -> int:
    """How many runs from `start` on carry `mark` the same way (0 for a link that cannot work)."""
    key = _mark_key(runs[start], mark)
    if key is None:
        return 0
    end = start + 1
    while end < len(runs) and _mark_key(runs[end], mark) == key:
        end += 1
    return end - start


def inline_markup(runs: Text) -> str:
    """The runs as an XHTML fragment string (without the wrapping element)."""
    holder = etree.Element(x("span"), nsmap=nsmap(XHTML))
    render_inline(runs, holder)
    inner = etree.tostring(holder, encoding="unicode")
    return inner[inner.index(">") + 1 : inner.rindex("</")] if len(holder) or holder.text else ""


# -- words the renderer adds, by language -----------------------------------------------------

MONTHS: dict[str, list[str]] = {
    "fr": (
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
    ).split(),
    "en": (
        "January February March April May June July August September October November December"
    ).split(),
}
UNTITLED: dict[str, str] = {"fr": "Sans titre", "en": "Untitled"}


def labels_language(table: Mapping[str, str], language: str) -> str:
    """The language `words_for` answers in: `language` itself when the table has it, else "en"."""
    return language if primary_language(language) in table else "en"


def long_date(day: date, language: str) -> Text:
    """“1er février 2025” (with a superscript “er”), “1 February 2025”; ISO for
    languages without a month table."""
    lang = primary_language(language)
    months = MONTHS.get(lang)
    if months is None:
        return (Run(day.isoformat()),)
    first = (Run("er", frozenset({SUP})),) if lang == "fr" and day.day == 1 else ()
    return (Run(str(day.day)), *first, Run(f" {months[day.month - 1]} {day.year}"))


def title_of(article: Article) -> str:
    """The article's title as plain text, a neutral placeholder when it has none."""
    return clean(article.title).strip() or words_for(UNTITLED, article.meta.language)


# -- ids --------------------------------------------------------------------------------------


@dataclass
class Ids:
    """Hands out unique XML ids: the block's own id when it is a valid one, else a made-up one."""

    taken: set[str] = field(default_factory=set)
    count: int = 0

    def claim(self, wanted: str, prefix: str = "block") -> str:
        if _NCNAME.match(wanted) and wanted not in self.taken:
            self.taken.add(wanted)
            return wanted
        while True:
            self.count += 1
            made = f"{prefix}-{self.count}"
            if made not in self.taken:
                self.taken.add(made)
                return made


# -- blocks -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Anchor:
    """A heading a table of contents can point at."""

    id: str
    text: str
    level: int


@dataclass
class _Context:
    article: Article
    images: Mapping[str, str]
    ids: Ids
    anchors: list[Anchor]


def _p(parent: Element, class_name: str | None, runs: Text) -> Element:
    element = etree.SubElement(parent, x("p"))
    if class_name:
        element.set("class", class_name)
    render_inline(runs, element)
    return element


def _text_block(tag: str, class_name: str | None) -> Renderer:
    def render(parent: Element, block: Block, context: _Context) -> Element:
        element = etree.SubElement(parent, x(tag))
        if class_name:
            element.set("class", class_name)
        render_inline(block.text, element)
        return element

    return render


def _heading(tag: str, level: int) -> Renderer:
    def render(parent: Element, block: Block, context: _Context) -> Element:
        element = etree.SubElement(parent, x(tag))
        render_inline(block.text, element)
        text = clean(block.plain_text).strip()
        if text:
            element.set("id", context.ids.claim(block.id, "heading"))
            context.anchors.append(Anchor(element.get("id", ""), text, level))
        return element

    return render


def _pullquote(parent: Element, block: Block, context: _Context) -> Element:
    aside = etree.SubElement(parent, x("aside"), {"class": "pullquote", "role": "doc-pullquote"})
    _p(aside, "quote", block.text)
    attribution = block.attr("attribution")
    if attribution.strip():
        _p(aside, "attribution", (Run(attribution),))
    return aside


def _image(parent: Element, block: Block, context: _Context) -> Element:
    figure = etree.SubElement(parent, x("figure"), {"class": "image"})
    source = context.images.get(block.attr("media"))
    if source:
        alt = block.attr("alt").strip() or block.attr("caption").strip()
        etree.SubElement(figure, x("img"), {"src": source, "alt": clean(alt)})
    caption, credit = block.attr("caption"), block.attr("credit")
    if caption.strip() or credit.strip():
        figcaption = etree.SubElement(figure, x("figcaption"))
        for class_name, text in (("caption", caption), ("credit", credit)):
            if text.strip():
                if len(figcaption):
                    append_text(figcaption, " ")
                span = etree.SubElement(figcaption, x("span"), {"class": class_name})
                append_text(span, text)
    return figure


def _author_bio(parent: Element, block: Block, context: _Context) -> Element:
    footer = etree.SubElement(parent, x("footer"), {"class": "author-bio"})
    _p(footer, None, block.text)
    return footer


Renderer = Callable[[Element, Block, _Context], Element]

BODY: dict[str, Renderer] = {
    "kicker": _text_block("p", "kicker"),
    "title": _text_block("p", "title"),
    "standfirst": _text_block("p", "standfirst"),
    "subhead": _heading("h2", 2),
    "paragraph": _text_block("p", None),
    "pullquote": _pullquote,
    "image": _image,
    "author_bio": _author_bio,
}
"""How each block kind reads in the body; a kicker, title or standfirst only lands here
when it is a repeat (the first one of each opens the article in its `header`)."""

HEADER: dict[str, Renderer] = {
    "kicker": _text_block("p", "kicker"),
    "title": _heading("h1", 1),
    "standfirst": _text_block("p", "standfirst"),
}


@dataclass(frozen=True, slots=True)
class Rendering:
    """The article as an `article` element, and the headings a table of contents lists."""

    element: Element
    anchors: tuple[Anchor, ...]


def render_article(article: Article, images: Mapping[str, str] | None = None) -> Rendering:
    """The article as one XHTML `article` element.

    `images` maps media keys to the address of each picture; an image without one
    keeps its caption and credit. The header holds, in reading order, the section,
    kicker, title (the only `h1`), standfirst, byline and dateline.
    """
    context = _Context(article, images or {}, Ids(), [])
    root = etree.Element(x("article"), nsmap=nsmap(XHTML))
    openers = {kind: article.first(kind) for kind in HEADER_KINDS}
    header = etree.SubElement(root, x("header"))
    _section(header, article)
    for kind in HEADER_KINDS:
        block = openers[kind]
        if block is not None:
            element = HEADER[kind](header, block, context)
            _set_id(element, block, context)
            set_language(element, block, article)
    _byline(header, article)
    _dateline(header, article)
    if not len(header):
        root.remove(header)
    for block in article.blocks:
        if block is openers.get(block.kind):
            continue
        render = BODY.get(block.kind, _text_block("p", None))
        element = render(root, block, context)
        _set_id(element, block, context)
        set_language(element, block, article)
    _drop_dangling_anchors(root, context.ids.taken)
    return Rendering(root, tuple(context.anchors))


def _drop_dangling_anchors(root: Element, ids: set[str]) -> None:
    """A `#link` to a block the article does not have keeps its text but stops being a link."""
    for anchor in root.iter(x("a")):
        href = anchor.get("href", "")
        if href.startswith("#") and unquote(href[1:]) not in ids:
            anchor.tag = x("span")
            del anchor.attrib["href"]


def _set_id(element: Element, block: Block, context: _Context) -> None:
    if element.get("id") is None:
        element.set("id", context.ids.claim(block.id))


def set_language(element: Element, block: Block, article: Article) -> None:
    """`lang` and `xml:lang` (and the direction, where it turns) on the element of a block
    written in another language than the article: readers and screen readers switch voice and
    hyphenation for it."""
    own = language_of(block, article.meta.language)
    if not block.lang or own.lower() == article.meta.language.lower():
        return
    tag = language_tag(own)
    element.set("lang", tag)
    element.set(XML_LANG, tag)
    if text_direction(tag) != text_direction(article.meta.language):
        element.set("dir", text_direction(tag))


def _section(header: Element, article: Article) -> None:
    names = [clean(name).strip() for name in article.meta.section]
    names = [name for name in names if name]
    if not names:
        return
    etree.SubElement(header, x("p"), {"class": "section"}).text = " › ".join(names)


def _byline(header: Element, article: Article) -> None:
    byline = clean(article.meta.byline).strip()
    if byline:
        line = etree.SubElement(header, x("p"), {"class": "byline"})
        line.text = BYLINE_PREFIX.get(primary_language(article.meta.language), "")
        etree.SubElement(line, x("span"), {"class": "author"}).text = byline


def _dateline(header: Element, article: Article) -> None:
    dateline = article.meta.dateline
    place = clean(dateline.place).strip()
    if not place and dateline.date is None:
        return
    line = etree.SubElement(header, x("p"), {"class": "dateline"})
    if place:
        etree.SubElement(line, x("span"), {"class": "place"}).text = place
    if dateline.date is not None:
        if place:
            append_text(line, ", ")
        when = etree.SubElement(line, x("time"), {"datetime": dateline.date.isoformat()})
        render_inline(long_date(dateline.date, article.meta.language), when)


# -- documents --------------------------------------------------------------------------------


def document(
    body: Element,
    *,
    title: str,
    language: str,
    stylesheets: tuple[str, ...] = (),
    body_class: str | None = None,
    namespaces: Mapping[str, str] | None = None,
) -> bytes:
    """A complete XHTML5 document (UTF-8, with its XML declaration) around `body`'s content.

    `lang` and `xml:lang` are both set, as EPUB reading systems and browsers each read one.
    """
    language = language_tag(language)
    html = etree.Element(
        x("html"), {"lang": language, XML_LANG: language}, nsmap=nsmap(XHTML, **(namespaces or {}))
    )
    if text_direction(language) == "rtl":
        html.set("dir", "rtl")
    head = etree.SubElement(html, x("head"))
    etree.SubElement(head, x("meta"), {"charset": "utf-8"})
    etree.SubElement(head, x("title")).text = clean(title)
    for href in stylesheets:
        etree.SubElement(head, x("link"), {"rel": "stylesheet", "type": "text/css", "href": href})
    page = etree.SubElement(html, x("body"))
    if body_class:
        page.set("class", body_class)
    page.append(body)
    return etree.tostring(
        html, encoding="utf-8", xml_declaration=True, doctype="<!DOCTYPE html>", pretty_print=True
    )
