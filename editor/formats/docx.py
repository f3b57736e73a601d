"""DOCX export for print: every part of the article a paragraph with a named style.

Layout people import the DOCX into InDesign, which maps Word styles to the
paper's own *by name*; direct formatting or everything in "Normal" costs them an
hour of restyling per page. So paragraphs carry only a style (no direct
paragraph formatting), marks are run properties (bold, italic, superscript),
links are real hyperlinks in the `Hyperlink` character style, and the default
style names follow the article language (table: `resources/docx/styles.json`):

    role                    French                English
    section                 Rubrique              Section
    kicker                  Surtitre              Kicker
    title                   Titre article         Headline
    standfirst              Chapô                 Standfirst
    byline                  Signature             Byline
    dateline                Lieu et date          Dateline
    subhead                 Intertitre            Subhead          (based on Heading 2)
    paragraph               Texte courant         Body Text
    pullquote               Exergue               Pull Quote
    pullquote_attribution   Exergue attribution   Pull Quote Attribution
    photo                   Photo                 Photo
    caption                 Légende photo         Caption
    credit                  Crédit photo          Photo Credit     (character style)
    author_bio              Bio auteur            Author Bio

The document reads: Rubrique (the section path, "Actualités › International"),
the blocks in order with Signature and Lieu et date right under the standfirst
(under the title when there is none); a pull quote is followed by its
attribution paragraph; an image is a Photo paragraph holding the picture (alt
text in `wp:docPr/@descr`), then a caption paragraph and a credit paragraph
(caption style, its text in the credit character style).

Style map (`ExportOptions.style_map`, `--style-map FILE`): a UTF-8 JSON object
mapping roles from the table above to the newsroom's style names; roles left
out keep the defaults, and an "about" key is ignored (for a comment). Example
in `resources/docx/style-map.example.json`:

    {"about": "Le Progrès", "title": "TITRE 1", "paragraph": "Texte", "credit": "Crédit"}

A name that already exists in the document (a Word built-in such as
"heading 2", or a reference template's style) is used as it is; otherwise the
style is created with our typography. The English "Caption" and "Body Text" are
Word built-ins: they are written under Word's own names ("caption", "Body Text"),
so Word shows them translated and a template's own definitions win.

Reference template (`ExportOptions.reference_docx`, `--reference-docx FILE`,
like pandoc's `--reference-doc`): a .docx or .dotx whose styles, page size,
margins, headers and fonts are kept; its body text is dropped and only the
styles it lacks are added (without fonts, so its own apply).

Language: `w:lang` in the document defaults and `themeFontLang` in the settings
(Word spell-checks in the article's language), A4 paper except for US-style
regions (Letter), compatibility mode 15 (Word 2013+). Text is written exactly,
no-break and narrow no-break spaces and emoji included.

Embargo: the article's (or `--embargo`'s) in a custom property, `Copydesk.embargo`, and
as a bold line at the top of every page header (`docx_header`), never in the body.

Review: an article under review goes out with its suggestions as Word tracked
changes and its comments as Word comments with their replies (`docx_review`), so
a colleague on Word sees and decides them; the document properties read the
article as accepted.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from docx.document import Document

from editor.formats.docx_base import base_document
from editor.formats.docx_body import BodyWriter
from editor.formats.docx_custom import set_custom_properties
from editor.formats.docx_header import set_embargo_header
from editor.formats.docx_package import (
    language_tag,
    reference_document,
    set_compatibility,
    set_core_properties,
    set_language,
    set_page,
    text_area,
)
from editor.formats.docx_save import save
from editor.formats.docx_shared import SECTION_SEPARATOR
from editor.formats.docx_styles import load_style_map, names_language, style_ids
from editor.formats.embargo_text import embargo_line
from editor.formats.options import ExportError, ExportOptions, embargo_of
from editor.model.annotations import accepted_first, is_under_review
from editor.model.article import Article, Block, Media, Meta
from editor.model.atomic import atomic_path
from editor.model.inline import Text

if TYPE_CHECKING:
    from editor.formats.docx_review import Review

__all__ = ["ExportError", "export", "format_dateline"]

HEAD_KINDS = ("standfirst", "title", "kicker")
"""Where the byline goes: under the first of these the article has."""


def export(article: Article, path: Path, options: ExportOptions | None = None) -> list[Path]:
    """Write `article` to `path` as a DOCX for print, atomically; the file written."""
    document, body = compose(article, options or ExportOptions())
    with atomic_path(Path(path)) as temp:
        save(document, temp, body)
    return [Path(path)]


def compose(article: Article, options: ExportOptions) -> tuple[Document, BodyWriter]:
    """The package in memory and the body's paragraphs, written as markup, for `save`."""
    language = article.meta.language or "fr"
    style_map = load_style_map(options.style_map) if options.style_map else {}
    if options.reference_docx:
        document = reference_document(options.reference_docx)
    else:
        document = base_document()
        set_page(document, language)
    ids = style_ids(
        document.styles.element, language, style_map, with_fonts=not options.reference_docx
    )
    set_language(document, language)
    set_compatibility(document)
    title, standfirst = (_accepted_text(article, kind) for kind in ("title", "standfirst"))
    set_core_properties(document, article.meta, title, standfirst, options.now or datetime.now(UTC))
    embargo = embargo_of(article, options)
    set_custom_properties(document, replace(article.meta, embargo=embargo))
    set_embargo_header(document, embargo_line(article.meta, embargo))
    review = _review(document, article) if is_under_review(article) else None
    writer = BodyWriter(document, ids, text_area(document), review, language)
    write_article(writer, article, writer.begin_block)
    return document, writer


def _review(document: Document, article: Article) -> Review:
    """The review's writer, loaded (with the classes of suggestions and comments) for an
    article under review only: most copy goes to print with none."""
    from editor.formats.docx_review import Review

    return Review(document, article)


def _accepted_text(article: Article, kind: str) -> str:
    """The first block of `kind` as accepted, for the document's properties."""
    block = accepted_first(article, kind)
    return block.plain_text if block is not None else ""


class ParagraphWriter(Protocol):
    """What `write_article` writes to: the DOCX body, or another print format (ICML)."""

    def text(self, role: str, runs: Text) -> None: ...
    def plain(self, role: str, text: str, character_role: str = "") -> None: ...
    def picture(self, media: Media, alt: str, where: str) -> None: ...


def write_article(
    writer: ParagraphWriter,
    article: Article,
    begin_block: Callable[[Block | None], None] | None = None,
) -> None:
    """The article's paragraphs in reading order, metadata paragraphs included;
    `begin_block` hears which block the next paragraphs belong to (None: none)."""
    meta = article.meta
    if meta.section:
        writer.plain("section", SECTION_SEPARATOR.join(meta.section))
    byline_after = _byline_anchor(article)
    if byline_after < 0:
        _write_byline(writer, meta)
    for index, block in enumerate(article.blocks):
        write = BLOCK_WRITERS.get(block.kind, _unknown)
        if begin_block is not None:
            begin_block(block)
        write(writer, article, block, f"block {index + 1} ({block.kind})")
        if begin_block is not None:
            begin_block(None)
        if index == byline_after:
            _write_byline(writer, meta)


def _byline_anchor(article: Article) -> int:
    for kind in HEAD_KINDS:
        for index, block in enumerate(article.blocks):
            if block.kind == kind:
                return index
    return -1


def _write_byline(writer: ParagraphWriter, meta: Meta) -> None:
    if meta.byline:
        writer.plain("byline", meta.byline)
    dateline = format_dateline(meta)
    if dateline:
        writer.plain("dateline", dateline)


# -- blocks ------------------------------------------------------------------------------------

BlockWriter = Callable[[ParagraphWriter, Article, Block, str], None]


def _text(writer: ParagraphWriter, article: Article, block: Block, where: str) -> None:
    writer.text(block.kind, block.text)


def _unknown(writer: ParagraphWriter, article: Article, block: Block, where: str) -> None:
    """A kind from a newer version: its text is kept, as body text."""
    writer.text("paragraph", block.text)


def _pullquote(writer: ParagraphWriter, article: Article, block: Block, where: str) -> None:
    writer.text("pullquote", block.text)
    if block.attr("attribution"):
        writer.plain("pullquote_attribution", block.attr("attribution"))


def _image(writer: ParagraphWriter, article: Article, block: Block, where: str) -> None:
    media = article.image_of(block)
    if media is None:
        raise ExportError(
            f"{where}: the image file is missing from the article",
            "image-missing",
            {"where": where},
        )
    writer.picture(media, block.attr("alt"), where)
    if block.attr("caption"):
        writer.plain("caption", block.attr("caption"))
    if block.attr("credit"):
        writer.plain("caption", block.attr("credit"), character_role="credit")


BLOCK_WRITERS: dict[str, BlockWriter] = {
    "kicker": _text,
    "title": _text,
    "standfirst": _text,
    "subhead": _text,
    "paragraph": _text,
    "pullquote": _pullquote,
    "image": _image,
    "author_bio": _text,
}
"""Every block kind and the paragraphs it becomes."""


# -- dateline ----------------------------------------------------------------------------------

MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "en": "January February March April May June July August September October November December",
}


def _date_fr(day: date) -> str:
    number = "1er" if day.day == 1 else str(day.day)
    return f"{number} {MONTHS['fr'].split()[day.month - 1]} {day.year}"


def _date_en(day: date, month_first: bool) -> str:
    month = MONTHS["en"].split()[day.month - 1]
    return f"{month} {day.day}, {day.year}" if month_first else f"{day.day} {month} {day.year}"


def format_dateline(meta: Meta) -> str:
    """Place and date as the language writes them: "Lyon, 1er février 2025",
    "Boston, February 1, 2025" (US), "London, 1 February 2025"."""
    place, day = meta.dateline.place.strip(), meta.dateline.date
    when = ""
    if day is not None:
        if names_language(meta.language) == "fr":
            when = _date_fr(day)
        else:
            when = _date_en(day, month_first=language_tag(meta.language).endswith("-US"))
    return ", ".join(part for part in (place, when) if part)
