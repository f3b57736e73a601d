"""Which part of an article a Word paragraph is, told by its style *name*.

Style ids are not stable: LibreOffice rewrites them, localized Word writes its own
("Titre1", "berschrift1"), and a newsroom template may use anything. Names are
what people and layout software see, so a paragraph's style is looked up by name,
and when a style is unknown its `basedOn` chain is followed until a known name
turns up ("Mon chapô" based on "Chapô" is a standfirst).

Names are looked up in this order: the newsroom's style map (the same JSON file
the DOCX export takes), Copydesk's own names in both languages
(`resources/docx/styles.json`), then the built-in names of Word (English and
French), LibreOffice and pandoc. Matching ignores case and repeated spaces.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from docx.oxml.ns import qn
from lxml import etree

from editor.formats.docx_styles import style_table
from editor.model.inline import EM, STRONG, SUP

PARAGRAPH_ROLE = "paragraph"

BUILT_IN_ROLES: dict[str, str] = {
    # Word, English names (styles.xml keeps these even in a localized Word)
    "title": "title",
    "subtitle": "standfirst",
    "heading 1": "subhead",
    "heading 2": "subhead",
    "heading 3": "subhead",
    "quote": "pullquote",
    "intense quote": "pullquote",
    "caption": "caption",
    # Word, French names (as a French Word or LibreOffice names them)
    "titre": "title",
    "sous-titre": "standfirst",
    "titre 1": "subhead",
    "titre 2": "subhead",
    "titre 3": "subhead",
    "citation": "pullquote",
    "citation intense": "pullquote",
    "légende": "caption",
    # LibreOffice and pandoc
    "quotations": "pullquote",
    "abstract": "standfirst",
    "author": "byline",
    "block text": "pullquote",
    "image caption": "caption",
}
"""Word's, LibreOffice's and pandoc's built-in paragraph styles that mean a part of an article."""

PLAIN_NAMES: frozenset[str] = frozenset(
    (
        "normal",
        "default paragraph style",
        "standard",
        "body text",
        "text body",
        "corps de texte",
        "first paragraph",
        "compact",
        "captioned figure",
        "figure",
        "no spacing",
        "sans interligne",
        "list paragraph",
        "paragraphe de liste",
        "normal (web)",
        "normal (web) car",
    )
)
"""Styles that just mean running text: imported as paragraphs without a remark."""

CHARACTER_MARKS: dict[str, frozenset[str]] = {
    "emphasis": frozenset({EM}),
    "accentuation": frozenset({EM}),
    "intense emphasis": frozenset({EM}),
    "accentuation intense": frozenset({EM}),
    "strong": frozenset({STRONG}),
    "élevé": frozenset({STRONG}),
    "strong emphasis": frozenset({STRONG}),
    "accentuation forte": frozenset({STRONG}),
}
"""Built-in character styles that carry a mark."""

_SUPERSCRIPT = "superscript"
_FALSE = frozenset({"0", "false", "off"})


def normal_name(name: str) -> str:
    """A style name as it is compared: NFC, case folded, single spaces."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


@dataclass(frozen=True, slots=True)
class ParagraphStyle:
    """What a paragraph style means here; `unmapped` names a style nobody knew."""

    role: str
    name: str
    unmapped: bool = False
    built_in: bool = False
    """Known by a built-in name (Word's "Quote"), not by a name of ours or the newsroom's."""


@dataclass(frozen=True, slots=True)
class CharacterStyle:
    marks: frozenset[str] = frozenset()
    role: str = ""
    """`credit` for the photo credit style; empty otherwise."""


@dataclass(frozen=True, slots=True)
class StyleEntry:
    """One style as its source describes it: Word's `w:style`, or a rule of the style sheet
    Word puts on the clipboard (`mso-style-name`, `mso-style-parent`). `based_on` is the id
    of the style it inherits from; `linked` says it is a paragraph style's character twin."""

    name: str
    type: str = "paragraph"
    based_on: str = ""
    linked: bool = False
    marks: frozenset[str] = frozenset()


def _own_names(style_map: Mapping[str, str]) -> dict[str, str]:
    """Name → role: the newsroom's names first, then ours in both languages."""
    names: dict[str, str] = {}
    for role, name in style_map.items():
        names.setdefault(normal_name(name), role)
    for spec in style_table().roles:
        for name in spec.names.values():
            names.setdefault(normal_name(name), spec.role)
    return names


def _run_marks(style: etree._Element) -> frozenset[str]:
    rpr = style.find(qn("w:rPr"))
    if rpr is None:
        return frozenset()
    marks: set[str] = set()
    for tag, mark in (("w:b", STRONG), ("w:i", EM)):
        element = rpr.find(qn(tag))
        if element is not None and element.get(qn("w:val"), "1").lower() not in _FALSE:
            marks.add(mark)
    align = rpr.find(qn("w:vertAlign"))
    if align is not None and align.get(qn("w:val")) == _SUPERSCRIPT:
        marks.add(SUP)
    return frozenset(marks)


class StyleNames:
    """Resolves the style ids of one document to roles and marks, through style names.

    The one lookup every reader that knows style names goes through: the DOCX reader builds
    it from `styles.xml`, the reader of Word's clipboard HTML from the clipboard's style sheet
    (`from_entries`), so a pasted "Chapô" and an opened one become the same block."""

    def __init__(self, styles: etree._Element | None, style_map: Mapping[str, str]) -> None:
        self._names = _own_names(style_map)
        self._styles: dict[str, StyleEntry] = {}
        self._default_paragraph = ""
        for style in styles.iterchildren(qn("w:style")) if styles is not None else ():
            self._add(style)
        self._paragraph_cache: dict[str, ParagraphStyle] = {}
        self._character_cache: dict[str, CharacterStyle] = {}

    @classmethod
    def from_entries(
        cls, entries: Mapping[str, StyleEntry], style_map: Mapping[str, str], default: str = ""
    ) -> StyleNames:
        """The lookup over styles described some other way than `styles.xml`, keyed by id."""
        names = cls(None, style_map)
        names._styles.update(entries)
        names._default_paragraph = default
        return names

    def _add(self, style: etree._Element) -> None:
        style_id = style.get(qn("w:styleId"), "")
        name_element = style.find(qn("w:name"))
        based_on = style.find(qn("w:basedOn"))
        kind = style.get(qn("w:type"), "paragraph")
        self._styles[style_id] = StyleEntry(
            name=name_element.get(qn("w:val"), style_id) if name_element is not None else style_id,
            type=kind,
            based_on=based_on.get(qn("w:val"), "") if based_on is not None else "",
            linked=style.find(qn("w:link")) is not None,
            marks=_run_marks(style),
        )
        if kind == "paragraph" and style.get(qn("w:default")) in ("1", "true", "on"):
            self._default_paragraph = style_id

    def _chain(self, style_id: str) -> list[StyleEntry]:
        chain: list[StyleEntry] = []
        seen: set[str] = set()
        while style_id and style_id not in seen and style_id in self._styles:
            seen.add(style_id)
            style = self._styles[style_id]
            chain.append(style)
            style_id = style.based_on
        return chain

    def paragraph(self, style_id: str) -> ParagraphStyle:
        """The role of a paragraph in this style ("" or unknown ids: the default style)."""
        style_id = style_id or self._default_paragraph
        known = self._paragraph_cache.get(style_id)
        if known is None:
            known = self._resolve_paragraph(style_id)
            self._paragraph_cache[style_id] = known
        return known

    def _resolve_paragraph(self, style_id: str) -> ParagraphStyle:
        chain = self._chain(style_id) or self._chain(self._default_paragraph)
        if not chain:
            return ParagraphStyle(PARAGRAPH_ROLE, "")
        own_name = chain[0].name
        for style in chain:
            name = normal_name(style.name)
            role = self._names.get(name)
            if role is not None:
                return ParagraphStyle(role, own_name)
            role = BUILT_IN_ROLES.get(name)
            if role is not None:
                return ParagraphStyle(role, own_name, built_in=True)
            if name in PLAIN_NAMES:
                break
        unmapped = normal_name(own_name) not in PLAIN_NAMES
        return ParagraphStyle(PARAGRAPH_ROLE, own_name, unmapped)

    def character(self, style_id: str) -> CharacterStyle:
        """The marks (or the credit role) a character style gives its runs."""
        known = self._character_cache.get(style_id)
        if known is None:
            known = self._resolve_character(style_id)
            self._character_cache[style_id] = known
        return known

    def _resolve_character(self, style_id: str) -> CharacterStyle:
        marks: set[str] = set()
        for style in self._chain(style_id):
            name = normal_name(style.name)
            if self._names.get(name) == "credit":
                return CharacterStyle(role="credit")
            marks |= CHARACTER_MARKS.get(name, frozenset())
            if not style.linked:  # a linked style is a paragraph's look, not emphasis
                marks |= style.marks
        return CharacterStyle(frozenset(marks))

    @property
    def is_empty(self) -> bool:
        return not self._styles
