"""ICML export: the article as one InCopy story, which InDesign places with File → Place.

The story holds the same paragraphs, in the same order and under the same style
names, as the DOCX export (`docx.write_article` walks the article for both), so
a desk's InDesign mapping works for either file. What ICML adds over DOCX:

- the first body paragraph after a title, standfirst, byline or subhead gets its
  own style (`Texte courant premier` / `Body Text First`) for the drop cap or the
  no-indent rule; every style used is defined in the file (`icml_styles.py`);
- marks are character styles (Italique, Gras, Exposant, Hyperlink); a run with
  several marks gets the first one's style and the others as local overrides;
- every range carries the language (`AppliedLanguage="$ID/French"`), so InDesign
  hyphenates and spell-checks in the article's language, or in a block's own (an
  English quote's ranges say `$ID/English: USA`);
- links are `HyperlinkTextSource` ranges pointing, through a `Hyperlink`, at one
  `HyperlinkURLDestination` per address;
- pictures are written beside the story (`NAME-1.png`…) and placed as a
  `Rectangle` holding an `Image` with a `Link` to that file, 48 mm wide (the
  usual column), its alt text as the frame's custom alt text.

The embargo (the article's, or `--embargo`'s) is an InCopy note at the very start of the
story, in the article's language ("Embargo : ne pas publier avant le mardi 8 décembre 2026 à
6 h 00 (UTC+01:00)"): a `Note` inside the first `CharacterStyleRange`, holding its own
paragraph. InCopy and InDesign show notes in the Notes panel and as a marker in the Story
Editor, and never print them, so the warning travels with the copy without being set in
the page.

Text is written exactly: InDesign stores no-break (U+00A0), narrow no-break
(U+202F, its "Nonbreaking Space (Fixed Width)"), « », ’ and emoji as the Unicode
characters themselves in `Content`; a line break within a paragraph is U+2028
(InDesign's forced line break), paragraphs end with `<Br/>`. The `<?ACE n?>`
instructions are only for markers without a Unicode character (page numbers…),
which an article never has.
"""

from __future__ import annotations

import mimetypes
import struct
from collections.abc import Mapping
from datetime import UTC, datetime
from itertools import groupby
from pathlib import Path
from urllib.parse import quote

from lxml import etree

from editor.formats.docx import write_article
from editor.formats.docx_body import clean_text
from editor.formats.embargo_text import embargo_line
from editor.formats.final import final_text
from editor.formats.icml_styles import (
    FIRST_PARAGRAPH,
    NO_CHARACTER_STYLE,
    StyleSheet,
    style_sheet,
)
from editor.formats.options import ExportError, ExportOptions, embargo_of
from editor.model.article import Article, Block, Media, language_of
from editor.model.atomic import atomic_write_bytes
from editor.model.inline import EM, LINK, STRONG, SUP, Text

__all__ = ["ExportError", "applied_language", "export"]

HEADER = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<?aid style="50" type="snippet" readerVersion="6.0" featureSet="513" '
    b'product="8.0(370)" ?>\n'
    b'<?aid SnippetType="InCopyInterchange"?>\n'
)
"""What InCopy itself writes at the top of an `.icml` (and pandoc's ICML): a snippet of
type InCopyInterchange. `type="document"` is for a whole InDesign document; with it
InDesign's Place does not recognise the file as an InCopy story."""
LANGUAGES = {
    "fr": "$ID/French",
    "fr-ca": "$ID/French: Canadian",
    "en": "$ID/English: USA",
    "en-us": "$ID/English: USA",
    "en-gb": "$ID/English: UK",
    "de": "$ID/German: 2006 Reform",
    "es": "$ID/Spanish: Castilian",
    "it": "$ID/Italian",
    "pt": "$ID/Portuguese",
    "pt-br": "$ID/Portuguese: Brazilian",
    "nl": "$ID/Dutch: 2005 Reform",
}
_OPENING = frozenset({"title", "standfirst", "kicker", "subhead", "byline", "dateline", "section"})
"""After one of these, a body paragraph is the first of its run."""
_MARK_ORDER = (LINK, STRONG, EM, SUP)
_OVERRIDES = {
    STRONG: ("FontStyle", "Bold"),
    EM: ("FontStyle", "Italic"),
    SUP: ("Position", "Superscript"),
}
PICTURE_WIDTH_PT = 48 * 72 / 25.4


def applied_language(language: str) -> str:
    """InDesign's language name: "fr-CH" → "$ID/French", "en-GB" → "$ID/English: UK"."""
    tag = language.lower().replace("_", "-")
    return LANGUAGES.get(tag) or LANGUAGES.get(tag.partition("-")[0]) or LANGUAGES["en"]


def export(article: Article, path: Path, options: ExportOptions | None = None) -> list[Path]:
    """Write `NAME.icml` at `path` and its pictures beside it, pictures first, each atomically;
    the files written, the story first."""
    options = options or ExportOptions()
    article = final_text(article, options, "ICML")
    path = Path(path)
    language = article.meta.language or "fr"
    style_map: Mapping[str, str] = {}
    if options.style_map:
        from editor.formats.docx_styles import load_style_map

        style_map = load_style_map(options.style_map)
    lang = applied_language(language)
    sheet = style_sheet(language, style_map, lang)
    story = StoryWriter(sheet, lang, _picture_names(article, path), language)
    write_article(story, article, story.begin_block)
    story.note(embargo_line(article.meta, embargo_of(article, options)), options.now)
    data = story.document(clean_text(article.title))
    for name, media in story.pictures.values():
        atomic_write_bytes(path.parent / name, media.data)
    atomic_write_bytes(path, data)
    return [path, *(path.parent / name for name, _media in story.pictures.values())]


def _picture_names(article: Article, path: Path) -> dict[str, str]:
    stem = path.name.removesuffix(".icml")
    names: dict[str, str] = {}
    for block in article.of_kind("image"):
        media = article.image_of(block)
        if media is not None and media.key not in names:
            suffix = mimetypes.guess_extension(media.type) or ".bin"
            names[media.key] = f"{stem}-{len(names) + 1}{suffix}"
    return names


class StoryWriter:
    """The story's paragraphs as elements; `document` wraps them with styles and links."""

    def __init__(
        self,
        sheet: StyleSheet,
        language: str,
        picture_names: Mapping[str, str],
        article_language: str = "",
    ) -> None:
        """`language`: InDesign's name for the article's; `article_language`: its tag."""
        self.sheet = sheet
        self.language = language
        self.article_language = article_language
        self.applied = language
        """The language of the ranges being written: a block's own, or the article's."""
        self.story = etree.Element(
            "Story", Self="copydesk_story", TrackChanges="false", AppliedTOCStyle="n"
        )
        etree.SubElement(self.story, "StoryPreference", OpticalMarginAlignment="false")
        self.destinations: dict[str, str] = {}
        self.links: list[tuple[str, str, str]] = []
        self.pictures: dict[str, tuple[str, Media]] = {}
        self._picture_names = picture_names
        self._previous = ""
        self._last_range: etree._Element | None = None
        self._ids = 0

    # -- the writer `write_article` drives ------------------------------------------------------

    def begin_block(self, block: Block | None) -> None:
        """The ranges of a block in another language carry it, so InDesign hyphenates and
        spell-checks an English quote in English."""
        own = language_of(block, self.article_language) if block is not None else ""
        foreign = block is not None and block.lang and own.lower() != self.article_language.lower()
        self.applied = applied_language(own) if foreign else self.language

    def text(self, role: str, runs: Text) -> None:
        """A paragraph of inline text; each link one `HyperlinkTextSource` around its ranges."""
        paragraph = self._paragraph(role)
        for href, group in groupby(runs, key=lambda run: run.href if LINK in run.marks else None):
            holder = self._link_source(paragraph, href) if href else paragraph
            for run in group:
                _content(self._marked_range(holder, run.marks), run.text)
        if not len(paragraph):
            self._range(paragraph, NO_CHARACTER_STYLE)

    def _marked_range(self, parent: etree._Element, marks: frozenset[str]) -> etree._Element:
        """A range in the character style of its first mark, the other marks as overrides."""
        ordered = [mark for mark in _MARK_ORDER if mark in marks]
        style = self.sheet.characters[ordered[0]] if ordered else NO_CHARACTER_STYLE
        piece = self._range(parent, style)
        overrides = [_OVERRIDES[mark] for mark in ordered[1:] if mark in _OVERRIDES]
        for name, value in overrides:
            piece.set(name, value)
        if STRONG in marks and EM in marks:
            piece.set("FontStyle", "Bold Italic")
        return piece

    def plain(self, role: str, text: str, character_role: str = "") -> None:
        paragraph = self._paragraph(role)
        style = self.sheet.characters[character_role] if character_role else NO_CHARACTER_STYLE
        _content(self._range(paragraph, style), text)

    def picture(self, media: Media, alt: str, where: str) -> None:
        name = self._picture_names.get(media.key)
        if name is None:
            raise ExportError(
                f"{where}: the image file is missing from the article",
                "image-missing",
                {"where": where},
            )
        self.pictures[media.key] = (name, media)
        piece = self._range(self._paragraph("photo"), NO_CHARACTER_STYLE)
        pixels = pixel_size(media.data) or (4, 3)
        scale = PICTURE_WIDTH_PT / pixels[0]
        half_w, half_h = PICTURE_WIDTH_PT / 2, pixels[1] * scale / 2
        rectangle = etree.SubElement(
            piece,
            "Rectangle",
            Self=self._id(),
            StrokeWeight="0",
            ItemTransform=f"1 0 0 1 {_n(half_w)} {_n(-half_h)}",
        )
        points = etree.SubElement(
            etree.SubElement(
                etree.SubElement(etree.SubElement(rectangle, "Properties"), "PathGeometry"),
                "GeometryPathType",
                PathOpen="false",
            ),
            "PathPointArray",
        )
        for x, y in ((-half_w, -half_h), (-half_w, half_h), (half_w, half_h), (half_w, -half_h)):
            at = f"{_n(x)} {_n(y)}"
            etree.SubElement(
                points, "PathPointType", Anchor=at, LeftDirection=at, RightDirection=at
            )
        if alt:
            etree.SubElement(
                rectangle,
                "ObjectExportOption",
                AltTextSourceType="SourceCustom",
                CustomAltText=clean_text(alt),
            )
        image = etree.SubElement(
            rectangle,
            "Image",
            Self=self._id(),
            ItemTransform=f"{_n(scale)} 0 0 {_n(scale)} {_n(-half_w)} {_n(-half_h)}",
        )
        properties = etree.SubElement(image, "Properties")
        etree.SubElement(properties, "Profile", type="string").text = "$ID/Embedded"
        etree.SubElement(
            properties,
            "GraphicBounds",
            Left="0",
            Top="0",
            Right=str(pixels[0]),
            Bottom=str(pixels[1]),
        )
        etree.SubElement(image, "Link", Self=self._id(), LinkResourceURI="file:" + quote(name))

    # -- the document ---------------------------------------------------------------------------

    def note(self, text: str, when: datetime | None = None) -> None:
        """An InCopy note at the start of the story, in the first paragraph's styles."""
        host = self.story.find("ParagraphStyleRange")
        first = host.find("CharacterStyleRange") if host is not None else None
        if not text or host is None or first is None:
            return
        moment = (when or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")
        note = etree.Element(
            "Note",
            Collapsed="false",
            CreationDate=moment,
            ModificationDate=moment,
            UserName="Copydesk",
        )
        first.insert(0, note)
        paragraph = etree.SubElement(
            note,
            "ParagraphStyleRange",
            AppliedParagraphStyle=str(host.get("AppliedParagraphStyle")),
        )
        piece = etree.SubElement(
            paragraph,
            "CharacterStyleRange",
            AppliedCharacterStyle=NO_CHARACTER_STYLE,
            AppliedLanguage=self.language,
        )
        _content(piece, text)

    def document(self, title: str = "") -> bytes:
        root = etree.Element("Document", DOMVersion="8.0", Self="copydesk_document")
        groups = {
            "ParagraphStyle": etree.SubElement(
                root, "RootParagraphStyleGroup", Self="copydesk_paragraph_styles"
            ),
            "CharacterStyle": etree.SubElement(
                root, "RootCharacterStyleGroup", Self="copydesk_character_styles"
            ),
        }
        for element, self_, attributes, properties in self.sheet.definitions:
            style = etree.SubElement(groups[element], element, {"Self": self_, **attributes})
            if properties:
                holder = etree.SubElement(style, "Properties")
                for key, value in properties.items():
                    kind = "object" if key == "BasedOn" else "string"
                    etree.SubElement(holder, key, type=kind).text = value
        if title:
            self.story.set("StoryTitle", title)
        root.append(self.story)
        for url, destination in self.destinations.items():
            etree.SubElement(
                root,
                "HyperlinkURLDestination",
                Self=destination,
                Name=url,
                DestinationURL=url,
                DestinationUniqueKey=destination.rpartition("/")[2],
            )
        for link, source, destination in self.links:
            hyperlink = etree.SubElement(
                root, "Hyperlink", Self=link, Name=link, Source=source, Visible="false"
            )
            holder = etree.SubElement(hyperlink, "Properties")
            etree.SubElement(holder, "Destination", type="object").text = destination
        return HEADER + etree.tostring(root, encoding="UTF-8")

    # -- pieces ---------------------------------------------------------------------------------

    def _paragraph(self, role: str) -> etree._Element:
        if self._last_range is not None:
            etree.SubElement(self._last_range, "Br")
        if role == "paragraph" and self._previous in _OPENING:
            role = FIRST_PARAGRAPH
        self._previous = role
        return etree.SubElement(
            self.story, "ParagraphStyleRange", AppliedParagraphStyle=self.sheet.paragraphs[role]
        )

    def _range(self, paragraph: etree._Element, style: str) -> etree._Element:
        self._last_range = etree.SubElement(
            paragraph,
            "CharacterStyleRange",
            AppliedCharacterStyle=style,
            AppliedLanguage=self.applied,
        )
        return self._last_range

    def _link_source(self, paragraph: etree._Element, href: str) -> etree._Element:
        url = clean_text(href)
        destination = self.destinations.get(url)
        if destination is None:
            destination = f"HyperlinkURLDestination/{len(self.destinations) + 1}"
            self.destinations[url] = destination
        source = self._id()
        self.links.append((self._id(), source, destination))
        return etree.SubElement(
            paragraph, "HyperlinkTextSource", Self=source, Name=source, Hidden="false"
        )

    def _id(self) -> str:
        self._ids += 1
        return f"u{self._ids:x}"


def _content(parent: etree._Element, text: str) -> None:
    text = clean_text(text).replace("\n", "\u2028")
    if text:
        etree.SubElement(parent, "Content").text = text


def _n(value: float) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".")


def pixel_size(data: bytes) -> tuple[int, int] | None:
    """Width and height of a PNG, GIF or JPEG, from its header; None for anything else."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return (width, height) if width and height else None
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        width, height = struct.unpack("<HH", data[6:10])
        return (width, height) if width and height else None
    if data[:2] == b"\xff\xd8":
        at = 2
        while at + 9 < len(data) and data[at] == 0xFF:
            marker, length = data[at + 1], struct.unpack(">H", data[at + 2 : at + 4])[0]
            if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
                height, width = struct.unpack(">HH", data[at + 5 : at + 9])
                return (width, height) if width and height else None
            at += 2 + length
    return None
