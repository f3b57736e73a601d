"""Import a Word document (DOCX) as a structured article.

Paragraphs are classified by style *name* (see `docx_read_styles`): our own names
in both languages, a newsroom's style map, Word's built-ins in English and French.
The section (Rubrique), byline (Signature) and dateline (Lieu et date) paragraphs
the DOCX export writes go back into the metadata; an image paragraph and the
caption and credit paragraphs after it become one image block. A document with no
meaningful styles is structured by the same guesses as plain text (first short
line the title, a bold or short paragraph after it the standfirst, short lines
without final punctuation the subheads), and each guess is reported. Whatever
could not be mapped is listed in the notes, never silently dropped.

A reporter's revisions and comments come in as the desk's suggestions and comments, with
their authors and dates (`docx_read_review`); `track_changes` can accept or reject the
revisions instead, as pandoc's option of that name does.

The file is checked before python-docx opens it (see `safety`): a zip bomb, a
path trick or an XML entity declaration is refused with a message.
"""

from __future__ import annotations

import zipfile
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import replace
from io import BytesIO
from pathlib import Path

import docx
from docx.document import Document
from docx.opc.exceptions import PackageNotFoundError
from lxml import etree

from editor.formats import safety
from editor.formats.docx_read_body import BodyReader, Paragraph
from editor.formats.docx_read_guess import guess_structure, promote_first_heading
from editor.formats.docx_read_meta import language_of, read_meta
from editor.formats.docx_read_review import ACCEPT, KEEP, TRACK_CHANGES, Review
from editor.formats.docx_read_styles import PARAGRAPH_ROLE, StyleNames
from editor.formats.docx_shared import language_tag
from editor.formats.docx_styles import load_style_map
from editor.formats.imported import (
    MAX_INPUT_BYTES,
    WHATS,
    Imported,
    ImportRefusedError,
    Note,
    left_out_note,
    plural,
    read_limited,
)
from editor.formats.options import ExportError
from editor.model.article import Article, Block, Media, is_language_tag
from editor.model.inline import LINK, Run, normalize
from editor.model.schema import KINDS

SUFFIXES = (".docx",)
"""Macro-enabled documents and templates have other content types python-docx refuses."""
WHAT = "word"
_ATTRIBUTION_PREFIXES = ("— ", "– ", "-- ", "- ")

StyleMap = Mapping[str, str] | Path | str | None
"""A newsroom's style map: role → style name, or the path of its JSON file."""


def load(path: Path | str, style_map: StyleMap = None, track_changes: str = KEEP) -> Imported:
    """The article in a DOCX file; `style_map` maps roles to the newsroom's style names;
    `track_changes` keeps the revisions as suggestions, or accepts or rejects them all."""
    path = Path(path)
    return from_bytes(read_limited(path), style_map, path, track_changes)


def from_bytes(
    data: bytes,
    style_map: StyleMap = None,
    origin: Path | str = "pasted.docx",
    track_changes: str = KEEP,
) -> Imported:
    """The article in DOCX bytes (a pasted Word document); `origin` names it in messages."""
    if track_changes not in TRACK_CHANGES:
        raise ValueError(f"track_changes is one of {', '.join(TRACK_CHANGES)}")
    path = Path(origin)
    names = _style_map(style_map, path)
    document = open_document(data, path)
    styles = StyleNames(document.styles.element, names)
    reviewing = Review(document.part)
    reader = BodyReader(document.part, styles, reviewing)
    assembler = Assembler(styles, reviewing)
    for paragraph in reader.paragraphs(document.element.body):
        assembler.add(paragraph)
    imported = assembler.result(document, reader.left_out)
    if track_changes == KEEP:
        return imported
    from editor.model import review  # deciding every revision: rarely asked, its own module

    decide = review.accept_all if track_changes == ACCEPT else review.reject_all
    return replace(imported, article=decide(imported.article))


def open_document(data: bytes, path: Path) -> Document:
    """The document, once the package has been checked; a clear refusal otherwise."""
    if len(data) > MAX_INPUT_BYTES:
        raise ImportRefusedError(
            path,
            f"{WHATS[WHAT]} is larger than {MAX_INPUT_BYTES >> 20} MB",
            "larger-than",
            {"what": WHAT, "limit": str(MAX_INPUT_BYTES >> 20)},
        )
    safety.open_zip(data, path, WHAT).close()
    try:
        return docx.Document(BytesIO(data))
    except PackageNotFoundError:
        raise ImportRefusedError(
            path, f"{WHATS[WHAT]} is not a Word package", "not-a-word-package"
        ) from None
    except (KeyError, zipfile.BadZipFile) as error:
        raise ImportRefusedError(
            path, f"{WHATS[WHAT]} is damaged ({error})", "damaged", {"detail": str(error)}
        ) from None
    except ValueError as error:  # python-docx: "not a Word file, content type is …"
        raise ImportRefusedError(
            path, f"this is not a Word document ({error})", "not-word", {"detail": str(error)}
        ) from None
    except etree.XMLSyntaxError as error:
        raise ImportRefusedError(
            path,
            f"{WHATS[WHAT]} holds broken XML ({error})",
            "broken-xml",
            {"what": WHAT, "detail": str(error)},
        ) from None


def _style_map(style_map: StyleMap, path: Path) -> Mapping[str, str]:
    if style_map is None:
        return {}
    if isinstance(style_map, Mapping):
        return style_map
    try:
        return load_style_map(Path(style_map))
    except ExportError as error:
        raise ImportRefusedError(path, str(error), "style-map", {"detail": str(error)}) from error


class Assembler:
    """Turns classified paragraphs into blocks and metadata texts, in reading order."""

    def __init__(self, styles: StyleNames, reviewing: Review | None = None) -> None:
        self.styles = styles
        self.review = reviewing
        self.blocks: list[Block] = []
        self.media: dict[str, Media] = {}
        self.meta_text: dict[str, str] = {}
        self.notes: list[str] = []
        self.unmapped: Counter[str] = Counter()
        self.left_out: Counter[str] = Counter()
        self.structured = False
        self.bold: set[int] = set()
        """Indexes of blocks whose text was all bold (a hint for the guesses)."""

    def add(self, paragraph: Paragraph) -> None:
        style = self.styles.paragraph(paragraph.style_id)
        if style.unmapped and (paragraph.text.strip() or paragraph.pictures):
            self.unmapped[style.name] += 1
        if style.role not in _NOT_STRUCTURE:
            self.structured = True
        if style.built_in and style.role == "pullquote" and self.attribution_line(paragraph):
            return
        handler = _ROLES.get(style.role, Assembler.text_block)
        handler(self, paragraph, style.role)
        if paragraph.list_item and style.role == PARAGRAPH_ROLE:
            self.left_out["list items (imported as paragraphs)"] += 1

    # -- role handlers -----------------------------------------------------------------------

    def text_block(self, paragraph: Paragraph, role: str) -> None:
        kind = role if role in KINDS and KINDS[role].has_text else "paragraph"
        if paragraph.shown_text.strip():
            if paragraph.all_strong:
                self.bold.add(len(self.blocks))
            runs = self.allowed(kind, paragraph.runs)
            lang = language_of(paragraph.language)
            lang = lang if is_language_tag(lang) else ""
            block = Block(kind, runs, insert=paragraph.insert, delete=paragraph.delete, lang=lang)
            self.blocks.append(self.kind_change(block, paragraph))
        self.pictures(paragraph)

    def kind_change(self, block: Block, paragraph: Paragraph) -> Block:
        """A tracked style change whose former style is another kind: a kind change."""
        sid = paragraph.style_change
        if sid is None or paragraph.former_style_id is None or self.review is None:
            return block
        role = self.styles.paragraph(paragraph.former_style_id).role
        before = role if role in KINDS and KINDS[role].has_text else "paragraph"
        if before == block.kind:
            return block  # a change of look only: nothing the article keeps
        self.review.suggestions[sid] = replace(self.review.suggestions[sid], from_kind=before)
        return replace(block, kind_change=sid)

    def metadata(self, paragraph: Paragraph, role: str) -> None:
        if paragraph.text.strip() and role not in self.meta_text:
            self.meta_text[role] = paragraph.text
        elif paragraph.text.strip():
            self.left_out[f"repeated {role} paragraphs"] += 1
        self.pictures(paragraph)

    def photo(self, paragraph: Paragraph, role: str) -> None:
        if paragraph.text.strip():
            self.text_block(paragraph, PARAGRAPH_ROLE)
            self.notes.append(
                Note("Text in a picture paragraph was kept as a paragraph.", "text-in-picture")
            )
        else:
            self.pictures(paragraph)

    def caption(self, paragraph: Paragraph, role: str) -> None:
        image = self.blocks[-1] if self.blocks and self.blocks[-1].kind == "image" else None
        text = paragraph.text
        if image is None or not text.strip():
            if text.strip():
                self.left_out["captions without a picture (kept as paragraphs)"] += 1
            self.text_block(paragraph, PARAGRAPH_ROLE)
            return
        field = "credit" if paragraph.all_credit or role == "credit" else "caption"
        before = image.attr(field)
        self.blocks[-1] = image.with_attr(field, f"{before} {text}" if before else text)
        self.pictures(paragraph)

    def attribution_line(self, paragraph: Paragraph) -> bool:
        """In Word's Quote style, a "— Name" line after the quote is its attribution."""
        last = self.blocks[-1] if self.blocks else None
        text = paragraph.text
        if last is None or last.kind != "pullquote" or last.attr("attribution"):
            return False
        for prefix in _ATTRIBUTION_PREFIXES:
            if text.startswith(prefix) and len(text) <= 200:
                self.blocks[-1] = last.with_attr("attribution", text[len(prefix) :].strip())
                return True
        return False

    def attribution(self, paragraph: Paragraph, role: str) -> None:
        last = self.blocks[-1] if self.blocks else None
        if last is not None and last.kind == "pullquote" and not last.attr("attribution"):
            self.blocks[-1] = last.with_attr("attribution", paragraph.text)
            return
        if paragraph.text.strip():
            self.left_out["pull quote attributions without a pull quote (kept as text)"] += 1
        self.text_block(paragraph, PARAGRAPH_ROLE)

    # -- pieces --------------------------------------------------------------------------------

    def pictures(self, paragraph: Paragraph) -> None:
        for picture in paragraph.pictures:
            if picture.type not in _PICTURE_TYPES:
                self.left_out[f"pictures in a format the article cannot hold ({picture.type})"] += 1
                continue
            media = Media(picture.type, picture.data)
            self.media[media.key] = media
            attrs = {"media": media.key, "alt": picture.alt}
            insert = paragraph.insert or picture.insert
            delete = paragraph.delete or picture.delete
            self.blocks.append(Block("image", (), attrs, insert=insert, delete=delete))

    def allowed(self, kind: str, runs: list[Run]) -> tuple[Run, ...]:
        """The runs with only the marks the kind may carry; a lost link is reported."""
        marks = KINDS[kind].marks
        kept: list[Run] = []
        for run in runs:
            if run.marks <= marks:
                kept.append(run)
                continue
            if LINK in run.marks:
                self.left_out[f"links in a {KINDS[kind].label.lower()} (text kept)"] += 1
            kept.append(
                replace(run, marks=run.marks & marks, href=run.href if LINK in marks else None)
            )
        return normalize(kept)

    # -- the result ----------------------------------------------------------------------------

    def result(self, document: Document, left_out: Counter[str]) -> Imported:
        blocks = self.blocks
        if not self.structured:
            blocks, guesses = guess_structure(blocks, self.bold)
            self.notes.extend(guesses)
        else:
            blocks, guesses = promote_first_heading(blocks)
            self.notes.extend(guesses)
        meta, blocks, meta_notes = read_meta(document, self.meta_text, blocks)
        blocks = _own_languages(blocks, meta.language)
        self.notes.extend(meta_notes)
        for name, count in sorted(self.unmapped.items()):
            paragraphs = plural(count, "paragraph", "paragraphs")
            were = plural(count, "was", "were")
            self.notes.append(
                Note(
                    f"{count} {paragraphs} in the style “{name}” {were} imported as body text.",
                    "style-as-body",
                    {"count": str(count), "style": name},
                )
            )
        for what, count in sorted((left_out + self.left_out).items()):
            self.notes.append(left_out_note(what, count))
        used = {b.attr("media") for b in blocks if b.kind == "image"}
        media = {key: value for key, value in self.media.items() if key in used}
        article = Article(meta, tuple(blocks), media)
        if self.review is not None:
            suggestions, review_notes = self.review.finish(blocks)
            self.notes.extend(review_notes)
            comments = self.review.comments
            article = Article(meta, tuple(blocks), media, {}, suggestions, comments)
        return Imported(article, tuple(self.notes))


def _own_languages(blocks: list[Block], language: str) -> list[Block]:
    """Blocks keep a language of their own only where it is not the document's: Word marks
    every run of a French document "fr-FR", which is the article's language, said again."""
    article = language_tag(language)
    return [
        replace(block, lang="") if block.lang and language_tag(block.lang) == article else block
        for block in blocks
    ]


_NOT_STRUCTURE = frozenset({PARAGRAPH_ROLE, "photo", "caption", "credit"})
"""Roles that say nothing about the story's structure: a document with only these
(body text and a captioned picture) gets the guesses of an unstyled document."""

_PICTURE_TYPES = frozenset({"image/png", "image/jpeg", "image/gif"})
"""Pictures an article can hold and every export can write."""

_ROLES: dict[str, Callable[[Assembler, Paragraph, str], None]] = {
    "section": Assembler.metadata,
    "byline": Assembler.metadata,
    "dateline": Assembler.metadata,
    "photo": Assembler.photo,
    "caption": Assembler.caption,
    "credit": Assembler.caption,
    "pullquote_attribution": Assembler.attribution,
}
"""Roles that are not simply a text block of the same kind."""
