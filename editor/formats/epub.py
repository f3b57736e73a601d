"""EPUB 3 for e-readers: one content document, a nav and an NCX, accessible and EPUBCheck-clean.

ebooklib assembles the package (OPF, nav, NCX, zip). The content documents are
rendered by `editor.formats.xhtml` and handed over as finished bytes, because
ebooklib would otherwise re-parse them with an HTML parser that is slow on long
pieces and drops `xml:lang`. The zip is written with every entry stamped with the
export's own time, so an export with a pinned `options.now` is byte-for-byte
reproducible.
"""

from __future__ import annotations

import uuid
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from ebooklib import epub
from lxml import etree

from editor import __version__
from editor.formats.final import final_text
from editor.formats.options import ExportError, ExportOptions, embargo_of
from editor.formats.xhtml import (
    XML_LANG,
    Anchor,
    clean,
    document,
    labels_language,
    language_tag,
    nsmap,
    primary_language,
    render_article,
    text_direction,
    title_of,
    words_for,
    x,
)
from editor.model.article import Article, Media
from editor.model.atomic import atomic_path
from editor.resources import resource

ARTICLE_FILE = "article.xhtml"
STYLESHEET_FILE = "epub.css"
EPUB_NS = "http://www.idpf.org/2007/ops"
NCX = "http://www.daisy.org/z3986/2005/ncx/"

IMAGE_TYPES: dict[bytes, tuple[str, str]] = {
    b"\x89PNG\r\n\x1a\n": ("image/png", "png"),
    b"\xff\xd8\xff": ("image/jpeg", "jpg"),
}
"""What e-readers all display, by the signature the file starts with."""

TOC_TITLE = {"fr": "Sommaire", "en": "Contents"}
LANDMARKS_TITLE = {"fr": "Repères", "en": "Landmarks"}
SUMMARY = {
    "fr": "Article structuré\u202f: titre, intertitres et table des matières permettent de "
    "naviguer\u202f; le texte se lit dans l’ordre et s’adapte aux réglages du lecteur.",
    "en": "A structured article: its title, subheads and table of contents allow navigation; "
    "the text reads in order and follows the reader's display settings.",
}
SUMMARY_IMAGES = {
    "fr": " Chaque image a une description textuelle.",
    "en": " Every image has a text description.",
}
COVER_TITLE = {"fr": "Couverture", "en": "Cover"}
COVER_ALT = {"fr": "Couverture\u202f: ", "en": "Cover: "}


def export(article: Article, path: Path, options: ExportOptions | None = None) -> list[Path]:
    """Write `article` as an EPUB 3 file at `path`, replacing it atomically; the file written."""
    options = options or ExportOptions()
    article = final_text(article, options, "EPUB")
    article = article.with_meta(embargo=embargo_of(article, options))
    moment = _utc(options.now or datetime.now(UTC))
    book = build_book(article, cover=options.cover)
    with atomic_path(Path(path)) as temp:
        writer = _StampedWriter(str(temp), book, moment)
        writer.process()
        writer.write()
    return [Path(path)]


def _utc(moment: datetime) -> datetime:
    """The moment in UTC; a naive one is taken as UTC already."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


# -- the book --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Picture:
    """An image as stored in the package."""

    uid: str
    file_name: str
    media_type: str
    data: bytes


def build_book(article: Article, *, cover: bool = False) -> epub.EpubBook:
    """The whole package in memory, ready for ebooklib's writer."""
    language = language_tag(article.meta.language)
    title = title_of(article)
    pictures = _pictures(article)
    book = epub.EpubBook()
    book.metadata[epub.NAMESPACES["OPF"]]["generator"] = [
        ("", {"name": "generator", "content": f"Copydesk {__version__}"})
    ]
    _describe(book, article, title, language, has_images=bool(pictures))
    stylesheet = epub.EpubItem(
        uid="style",
        file_name=STYLESHEET_FILE,
        media_type="text/css",
        content=resource("epub", STYLESHEET_FILE).read_bytes(),
    )
    book.add_item(stylesheet)
    for picture in pictures.values():
        book.add_item(
            epub.EpubImage(
                uid=picture.uid,
                file_name=picture.file_name,
                media_type=picture.media_type,
                content=picture.data,
            )
        )
    rendering = render_article(article, {key: p.file_name for key, p in pictures.items()})
    page = _Page(
        "article",
        ARTICLE_FILE,
        title,
        document(rendering.element, title=title, language=language, stylesheets=(STYLESHEET_FILE,)),
    )
    book.add_item(page)
    book.spine = [page]
    if cover:
        cover_page = _add_cover(book, article, title, language, pictures)
        book.spine = [cover_page, page]
        book.guide.append(
            {"type": "cover", "href": cover_page.file_name, "title": cover_page.title}
        )
    _add_navigation(book, rendering.anchors, title, language)
    return book


def _pictures(article: Article) -> dict[str, Picture]:
    """Every image the article shows, once each, by media key, in reading order."""
    pictures: dict[str, Picture] = {}
    for block in article.of_kind("image"):
        key = block.attr("media")
        media = article.media.get(key)
        if media is None or key in pictures:
            continue
        media_type, extension = _image_type(media, block.attr("alt") or block.attr("caption"))
        uid = f"image-{len(pictures) + 1}"
        pictures[key] = Picture(uid, f"images/{uid}.{extension}", media_type, media.data)
    return pictures


def _image_type(media: Media, label: str) -> tuple[str, str]:
    for signature, found in IMAGE_TYPES.items():
        if media.data.startswith(signature):
            return found
    name = f"“{label.strip()}”" if label.strip() else "an image"
    raise ExportError(
        f"EPUB export: {name} is not a JPEG or PNG file ({media.type}); "
        "e-readers only show those. Replace it with a JPEG or PNG and export again.",
        "epub-image-type",
        {"name": label.strip(), "type": media.type},
    )


class _Page(epub.EpubHtml):  # type: ignore[misc]
    """A content document rendered beforehand: ebooklib writes its bytes untouched."""

    def __init__(self, uid: str, file_name: str, title: str, content: bytes) -> None:
        super().__init__(
            uid=uid, file_name=file_name, media_type="application/xhtml+xml", title=title
        )
        self.content = content

    def get_content(self, default: bytes | None = None) -> bytes:
        content: bytes = self.content
        return content


# -- metadata --------------------------------------------------------------------------------


def _describe(
    book: epub.EpubBook, article: Article, title: str, language: str, *, has_images: bool
) -> None:
    """Dublin Core and EPUB Accessibility 1.1 metadata."""
    meta = article.meta
    book.set_identifier(clean(meta.id).strip() or _fallback_id(article))
    book.set_title(title)
    book.set_language(language)
    if text_direction(language) == "rtl":
        book.set_direction("rtl")
    names = [clean(author.name).strip() for author in meta.authors]
    for number, name in enumerate((n for n in names if n), 1):
        book.add_metadata("DC", "creator", name, {"id": f"creator-{number}"})
    published = _publication_date(article)
    if published is not None:
        book.add_metadata("DC", "date", published.isoformat())
    subjects = [clean(k).strip() for k in (*meta.keywords, *(s.name for s in meta.subjects))]
    for subject in dict.fromkeys(s for s in subjects if s):
        book.add_metadata("DC", "subject", subject)
    for name, value in (("description", article.standfirst), ("rights", meta.copyright)):
        if clean(value).strip():
            book.add_metadata("DC", name, clean(value).strip())
    if meta.embargo is not None:  # when the piece becomes available: Dublin Core's own term
        book.add_metadata(None, "meta", meta.embargo.isoformat(), {"property": "dcterms:available"})
    for prop, value in _accessibility(has_images):
        book.add_metadata(None, "meta", value, {"property": prop})
    summary = words_for(SUMMARY, language)
    if has_images:
        summary += words_for(SUMMARY_IMAGES, language)
    in_language = labels_language(SUMMARY, language)
    book.add_metadata(
        None, "meta", summary, {"property": "schema:accessibilitySummary", XML_LANG: in_language}
    )


def _accessibility(has_images: bool) -> list[tuple[str, str]]:
    """The schema.org accessibility properties, as EPUB Accessibility 1.1 asks for them."""
    modes = ["textual", "visual"] if has_images else ["textual"]
    features = [
        "structuralNavigation",
        "tableOfContents",
        "readingOrder",
        "displayTransformability",
    ]
    if has_images:
        features.append("alternativeText")
    return [
        *(("schema:accessMode", mode) for mode in modes),
        ("schema:accessModeSufficient", "textual"),
        *([("schema:accessModeSufficient", "textual,visual")] if has_images else []),
        *(("schema:accessibilityFeature", feature) for feature in features),
        ("schema:accessibilityHazard", "none"),
    ]


def _publication_date(article: Article) -> date | None:
    """The dateline's date, else the day the piece was created."""
    meta = article.meta
    if meta.dateline.date is not None:
        return meta.dateline.date
    return meta.created.date() if meta.created is not None else None


def _fallback_id(article: Article) -> str:
    """A stable identifier for an article that lost its own: the same title gives the same id."""
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'copydesk:' + article.title)}"


# -- navigation and cover --------------------------------------------------------------------


def _add_navigation(
    book: epub.EpubBook, anchors: tuple[Anchor, ...], title: str, language: str
) -> None:
    """The nav document and NCX: the title, and under it every subhead.

    Added last, as ebooklib builds them from the items already in the book.
    """
    top = next((a for a in anchors if a.level == 1), None)
    title_link = epub.Link(f"{ARTICLE_FILE}#{top.id}" if top else ARTICLE_FILE, title, "toc-0")
    subheads = [
        epub.Link(f"{ARTICLE_FILE}#{a.id}", a.text, f"toc-{number}")
        for number, a in enumerate((a for a in anchors if a.level > 1), 1)
    ]
    book.toc = [(title_link, subheads)] if subheads else [title_link]
    toc_title = words_for(TOC_TITLE, language)
    book.guide.append({"type": "text", "href": ARTICLE_FILE, "title": title})
    book.add_item(epub.EpubNcx())
    nav = epub.EpubNav(title=toc_title, direction=book.direction)
    nav.add_link(href=STYLESHEET_FILE, rel="stylesheet", type="text/css")
    book.add_item(nav)


def _add_cover(
    book: epub.EpubBook,
    article: Article,
    title: str,
    language: str,
    pictures: Mapping[str, Picture],
) -> _Page:
    """A generated cover image (SVG) and the page that shows it."""
    first = next(iter(pictures.values()), None)
    image = epub.EpubCover(uid="cover-image", file_name="cover.svg")
    image.media_type = "image/svg+xml"
    lang = primary_language(language)
    alt = COVER_ALT.get(lang, "") + title
    image.content = _cover_svg(article, title, alt, first.file_name if first else None)
    book.add_item(image)
    book.add_metadata(None, "meta", "", {"name": "cover", "content": "cover-image"})
    page = _Page("cover", "cover.xhtml", COVER_TITLE.get(lang, title), b"")
    shown = etree.Element(x("section"), {f"{{{EPUB_NS}}}type": "cover"})
    etree.SubElement(shown, x("img"), {"src": image.file_name, "alt": alt, "role": "doc-cover"})
    page.content = document(
        shown,
        title=page.title,
        language=language,
        stylesheets=(STYLESHEET_FILE,),
        body_class="cover",
        namespaces={"epub": EPUB_NS},
    )
    book.add_item(page)
    return page


SVG = "http://www.w3.org/2000/svg"
XLINK = "http://www.w3.org/1999/xlink"
COVER_WIDTH, COVER_HEIGHT, COVER_MARGIN = 600, 900, 48


def _cover_svg(article: Article, title: str, alt: str, picture: str | None) -> bytes:
    """A 2:3 cover: the first picture filling the top half when there is one, then the
    kicker or section, the title and the byline, in the reader's own serif font."""
    root = etree.Element(
        f"{{{SVG}}}svg",
        {"version": "1.1", "viewBox": f"0 0 {COVER_WIDTH} {COVER_HEIGHT}", "role": "img"},
        nsmap=nsmap(SVG, xlink=XLINK),
    )
    root.set("aria-label", alt)
    etree.SubElement(root, f"{{{SVG}}}title").text = alt
    etree.SubElement(root, f"{{{SVG}}}rect", {"width": "100%", "height": "100%", "fill": "#f6f3ec"})
    top = COVER_HEIGHT // 4
    if picture is not None:
        etree.SubElement(
            root,
            f"{{{SVG}}}image",
            {
                "width": str(COVER_WIDTH),
                "height": str(COVER_HEIGHT // 2),
                "preserveAspectRatio": "xMidYMid slice",
                f"{{{XLINK}}}href": picture,
            },
        )
        top = COVER_HEIGHT // 2 + COVER_MARGIN
    else:
        etree.SubElement(
            root,
            f"{{{SVG}}}rect",
            {"x": str(COVER_MARGIN), "y": str(top - 24), "width": "96", "height": "6"},
        ).set("fill", "#1a1a1a")
    above = _fit(clean(article.kicker or " · ".join(article.meta.section)).strip(), (24, 20), 58)
    below = _fit(clean(article.meta.byline).strip(), (24, 20), 58)
    room = COVER_HEIGHT - COVER_MARGIN - top - 2 * 24
    room -= sum(_line_height(size) * len(lines) for size, lines, _ in (above, below))
    heading = _fit(title, (56, 46, 38, 32, 26), room, "bold")
    y = top
    for gap, (size, lines, weight) in zip((0, 24, 24), (above, heading, below), strict=True):
        y += gap if lines and y > top else 0
        for text in lines:
            y += _line_height(size)
            line = etree.SubElement(
                root,
                f"{{{SVG}}}text",
                {
                    "x": str(COVER_MARGIN),
                    "y": str(y),
                    "font-family": "serif",
                    "font-size": str(size),
                    "font-weight": weight,
                    "fill": "#1a1a1a",
                },
            )
            line.text = text
    return etree.tostring(root, encoding="utf-8", xml_declaration=True, pretty_print=True)


GLYPH_WIDTH = {"bold": 0.62, "normal": 0.56}
"""The average advance of a wide serif's characters, in em: lines are cut so they fit even
in a generous font, as SVG has no line breaking of its own."""


def _line_height(size: int) -> int:
    return round(size * 1.2)


def _fit(
    text: str, sizes: tuple[int, ...], room: int, weight: str = "normal"
) -> tuple[int, list[str], str]:
    """The largest size at which `text` fits `room` pixels high; the smallest, cut short, else."""
    for size in sizes:
        lines = _wrap(text, size, weight)
        fits = all(len(line) <= _line_length(size, weight) for line in lines)
        if fits and len(lines) * _line_height(size) <= room:
            return size, lines, weight
    size = sizes[-1]
    lines = _wrap(text, size, weight)
    most = max(1, room // _line_height(size))
    if len(lines) > most:
        lines = [*lines[: most - 1], lines[most - 1].rstrip(".,;:") + "…"]
    return size, lines, weight


def _line_length(size: int, weight: str) -> int:
    return int((COVER_WIDTH - 2 * COVER_MARGIN) / (size * GLYPH_WIDTH[weight]))


def _wrap(text: str, size: int, weight: str) -> list[str]:
    """Greedy line breaking at ordinary spaces (never at no-break spaces)."""
    width = _line_length(size, weight)
    lines: list[str] = []
    for word in (w for w in text.split(" ") if w):
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


# -- writing ---------------------------------------------------------------------------------


ZIP_LEVEL = 1
"""zlib's fastest level: the long read's content document deflates in 6 ms instead of 40 at
ebooklib's level 6, for 15 % more bytes (`editor/formats/README.md`)."""
STORED_SUFFIXES = (".png", ".jpg", ".jpeg")
"""Pictures, compressed already: stored as they are."""


class _StampedZip(zipfile.ZipFile):
    """A zip whose entries all carry one timestamp, so the same export gives the same bytes;
    pictures are stored, everything else deflated."""

    def __init__(self, file: str, stamp: tuple[int, int, int, int, int, int], **kwargs: Any):
        super().__init__(file, "w", zipfile.ZIP_DEFLATED, **kwargs)
        self.stamp = stamp

    def writestr(  # type: ignore[override]
        self,
        zinfo_or_arcname: str | zipfile.ZipInfo,
        data: str | bytes,
        compress_type: int | None = None,
        compresslevel: int | None = None,
    ) -> None:
        if isinstance(zinfo_or_arcname, str):
            info = zipfile.ZipInfo(zinfo_or_arcname, date_time=self.stamp)
            if compress_type is None:
                stored = zinfo_or_arcname.lower().endswith(STORED_SUFFIXES)
                compress_type = zipfile.ZIP_STORED if stored else self.compression
            info.compress_type = compress_type
            info.external_attr = 0o644 << 16
            zinfo_or_arcname = info
        level = self.compresslevel if compresslevel is None else compresslevel
        super().writestr(zinfo_or_arcname, data, compress_type, level)


class _StampedWriter(epub.EpubWriter):  # type: ignore[misc]
    """ebooklib's writer with the options the traps call for and a stamped zip."""

    def __init__(self, name: str, book: epub.EpubBook, moment: datetime) -> None:
        super().__init__(
            name,
            book,
            {
                "epub2_guide": False,
                "epub3_pages": False,
                "raise_exceptions": True,
                "mtime": moment,
                "landmark_title": words_for(LANDMARKS_TITLE, book.language),
            },
        )
        self.stamp = (max(moment.year, 1980), *moment.timetuple()[1:6])

    def _get_nav(self, item: epub.EpubNav) -> bytes:
        """The nav document; its headings say which language they are in when ours has no
        words for the article's language (a screen reader then voices them right)."""
        nav: bytes = super()._get_nav(item)
        labels = labels_language(TOC_TITLE, self.book.language)
        if labels == self.book.language:
            return nav
        root = etree.fromstring(nav)
        for element in root.iter(x("title"), x("h2")):
            element.set("lang", labels)
            element.set(XML_LANG, labels)
        return etree.tostring(root.getroottree(), encoding="utf-8", xml_declaration=True)

    def _get_ncx(self) -> bytes:
        """The NCX, with the depth of its table of contents (ebooklib always writes 0)."""
        root = etree.fromstring(super()._get_ncx())
        depth = 2 if any(isinstance(entry, tuple) for entry in self.book.toc) else 1
        for meta in root.iterfind(f"{{{NCX}}}head/{{{NCX}}}meta[@name='dtb:depth']"):
            meta.set("content", str(depth))
        return etree.tostring(root, encoding="utf-8", xml_declaration=True, pretty_print=True)

    def write(self) -> None:
        with _StampedZip(self.file_name, self.stamp, compresslevel=ZIP_LEVEL) as out:
            self.out = out
            out.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
            self._write_container()
            self._write_opf()
            self._write_items()
