"""The article's metadata from a Word document: metadata paragraphs, core and custom properties.

The DOCX export writes the section, byline and dateline as paragraphs (exact
text), what Word has a place for as core properties (title, authors, language,
keywords, identifier, status, revision, dates) and the rest as custom properties
(`docx_custom`: slug, genre, credit, copyright, template, guid, author roles,
subjects). Paragraphs win where both exist: core
properties collapse spacing, so they only help to tell where one author's name
ends in the byline. A document made elsewhere gets what its properties hold,
and the user is told where a value came from when it was a guess.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any, TypeVar

from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from lxml import etree

from editor.formats.docx_custom import SINGLE_FIELDS, read_custom_properties
from editor.formats.docx_shared import SECTION_SEPARATOR, language_tag
from editor.formats.import_meta import parse_dateline, split_byline
from editor.formats.imported import Note
from editor.model.article import STATUSES, Author, Block, Meta, Subject
from editor.model.inline import Run

PLACEHOLDER_AUTHORS = frozenset(
    name.casefold()
    for name in (
        "python-docx",
        "Apache POI",
        "Author",
        "Auteur",
        "Unknown",
        "Microsoft Office User",
        "Utilisateur de Microsoft Office",
        "Windows User",
        "Utilisateur Windows",
        "Administrator",
        "Administrateur",
    )
)
"""Names that tools and fresh installations put in a document's author property."""

T = TypeVar("T")


def language_of(tag: str) -> str:
    """The article language from Word's tag: the export writes "fr" as "fr-FR", "en" as
    "en-US", so those come back bare; "fr-CH" or "en-GB" stay as they are."""
    tag = tag.strip().replace("_", "-")
    if not tag:
        return ""
    base = tag.split("-")[0].lower()
    full = language_tag(tag)
    return base if full == language_tag(base) else full


def _default_language(document: Document) -> str:
    """`w:lang` in the document defaults, which Word's spell-checker follows."""
    styles = document.styles.element
    lang = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    return lang.get(qn("w:val"), "") if lang is not None else ""


def _safely(read: Callable[[], T], default: T) -> T:
    """A core property, or the default when the document holds a malformed value."""
    try:
        value = read()
    except (ValueError, TypeError, AttributeError):
        return default
    return default if value is None else value


def _w3cdtf(props: Any, core_xml: etree._Element, name: str) -> datetime | None:
    """The date of the core property `name`. The form Word and our export write, UTC to the
    second ("2025-02-01T07:30:00Z"), is read here; any other as python-docx reads it, whose
    `strptime` loads and compiles its patterns at its first use (some 2 ms of an import)."""
    element = core_xml.find(qn(f"dcterms:{name}"))
    text = element.text if element is not None else None
    if text and len(text) == 20 and text.endswith("Z") and text.isascii():
        digits = text[:4] + text[5:7] + text[8:10] + text[11:13] + text[14:16] + text[17:19]
        shaped = (text[4], text[7], text[10], text[13], text[16]) == ("-", "-", "T", ":", ":")
        if shaped and digits.isdigit():
            year, month, day, hours, minutes, seconds = (
                int(digits[:4]), *(int(digits[i : i + 2]) for i in range(4, 14, 2))
            )  # fmt: skip
            try:
                return datetime(year, month, day, hours, minutes, seconds, tzinfo=UTC)
            except ValueError:
                pass  # an impossible date: python-docx says what it makes of it
    read: datetime | None = _safely(lambda: getattr(props, name), None)
    return read


def _aware(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _keywords(text: str) -> tuple[str, ...]:
    """Keywords as the export joins them ("a; b"), or as Word users type them ("a;b")."""
    parts = text.split("; ") if "; " in text else text.split(";")
    return tuple(part for part in (p.strip() for p in parts) if part)


def read_meta(
    document: Document, texts: Mapping[str, str], blocks: list[Block]
) -> tuple[Meta, list[Block], list[str]]:
    """Metadata from the metadata paragraphs' `texts` (by role) and the core properties;
    a title block is added from the properties when the body has none."""
    package = document.part.package
    has_core = any(rel.reltype == RT.CORE_PROPERTIES for rel in package.rels.values())
    props = document.core_properties if has_core else None
    notes: list[str] = []
    fields: dict[str, Any] = {}

    def core(name: str) -> str:
        return str(_safely(lambda: getattr(props, name), "")) if props is not None else ""

    language = language_of(core("language")) or language_of(_default_language(document))
    if language:
        fields["language"] = language
    fields.update(_section(texts, core("category"), notes))
    fields.update(_authors(texts, core("author"), notes))
    if texts.get("dateline", "").strip():
        fields["dateline"] = parse_dateline(texts["dateline"])
    if props is not None:
        core_xml = package.part_related_by(RT.CORE_PROPERTIES).element
        fields.update(_core_fields(props, core_xml, core))
    fields.update(_custom_fields(read_custom_properties(document), fields.get("authors", ())))
    if not any(block.kind == "title" for block in blocks) and core("title").strip():
        at = 1 if blocks and blocks[0].kind == "kicker" else 0
        blocks = [*blocks[:at], Block("title", (Run(core("title").strip()),)), *blocks[at:]]
        notes.append(
            Note("The title was taken from the document's properties.", "title-from-properties")
        )
    return Meta(**fields), blocks, notes


def _section(texts: Mapping[str, str], category: str, notes: list[str]) -> dict[str, Any]:
    if texts.get("section", "").strip():
        return {"section": tuple(texts["section"].split(SECTION_SEPARATOR))}
    if category.strip():
        notes.append(
            Note("The section was taken from the document's category.", "section-from-category")
        )
        parts = re.split(r"\s*[›>/]\s*", category.strip())
        return {"section": tuple(part for part in parts if part)}
    return {}


def _authors(texts: Mapping[str, str], author: str, notes: list[str]) -> dict[str, Any]:
    known = [name for name in author.split("; ")] if author.strip() else []
    if texts.get("byline", "").strip():
        names = split_byline(texts["byline"], known)
    else:
        names = tuple(
            name.strip()
            for name in re.split(r";", author)
            if name.strip() and name.strip().casefold() not in PLACEHOLDER_AUTHORS
        )
        if names:
            notes.append(
                Note(
                    "The author was taken from the document's properties.", "author-from-properties"
                )
            )
    return {"authors": tuple(Author(name) for name in names)} if names else {}


def _core_fields(
    props: Any, core_xml: etree._Element, core: Callable[[str], str]
) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    created = _aware(_w3cdtf(props, core_xml, "created"))
    modified = _aware(_w3cdtf(props, core_xml, "modified"))
    if created is not None:
        fields["created"] = created
    if modified is not None:
        fields["modified"] = modified
    keywords = _keywords(core("keywords"))
    if keywords:
        fields["keywords"] = keywords
    identifier = core("identifier").strip()
    if identifier.startswith("urn:uuid:"):
        fields["id"] = identifier
    status = core("content_status").strip().lower()
    if status in STATUSES:
        fields["status"] = status
    revision = _safely(lambda: int(props.revision), 0)
    if revision >= 1:
        fields["revision"] = revision
    return fields


def _custom_fields(custom: Mapping[str, str], authors: tuple[Author, ...]) -> dict[str, Any]:
    """Fields from our custom properties; a document without them gives none.

    Roles join the authors read from the byline by name, so a byline edited in Word
    keeps the roles of the people still in it.
    """
    fields: dict[str, Any] = {
        field: custom[name] for field, name in SINGLE_FIELDS.items() if custom.get(name)
    }
    if "id" in fields and not fields["id"].startswith("urn:uuid:"):
        del fields["id"]
    embargo = _embargo(custom.get("embargo", ""))
    if embargo is not None:
        fields["embargo"] = embargo
    listed = [
        Author(custom[f"author.{n}"], custom.get(f"author.{n}.role", ""))
        for n in _numbers(custom, "author")
    ]
    roles = {_folded(a.name): a.role for a in listed}
    if [a.name for a in authors] == [a.name for a in listed]:
        fields["authors"] = tuple(listed)
    elif authors and any(a.role for a in listed):
        fields["authors"] = tuple(Author(a.name, roles.get(_folded(a.name), "")) for a in authors)
    elif listed and not authors:
        fields["authors"] = tuple(listed)
    subjects = tuple(
        Subject(custom[f"subject.{n}"], custom.get(f"subject.{n}.name", ""))
        for n in _numbers(custom, "subject")
    )
    if subjects:
        fields["subjects"] = subjects
    return fields


def _embargo(text: str) -> datetime | None:
    """A moment with its offset; None for anything else (an embargo is never guessed)."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    return moment if moment.utcoffset() is not None else None


def _numbers(custom: Mapping[str, str], kind: str) -> list[int]:
    """The item numbers of a numbered property (`author.1`, `author.2`…), in order."""
    found = (name.split(".") for name in custom)
    return sorted(
        int(parts[1])
        for parts in found
        if len(parts) == 2 and parts[0] == kind and parts[1].isdigit()
    )


def _folded(name: str) -> str:
    return " ".join(name.split()).casefold()
