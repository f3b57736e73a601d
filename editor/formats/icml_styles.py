"""The ICML style sheet: the DOCX export's paragraph style names, as InDesign style definitions.

InDesign maps a placed story's styles to the layout's own *by name*, and a style
a story uses but does not define falls back to [Basic Paragraph]. So every style
the story can use is defined here, under exactly the name the DOCX export gives
it for the article's language (or the newsroom's style map), with the proof's
typography from `resources/docx/styles.json` translated to InDesign attributes.
The layout's own definitions win when InDesign finds a style of the same name.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from editor.resources import resource

NO_PARAGRAPH_STYLE = "ParagraphStyle/$ID/[No paragraph style]"
NORMAL_PARAGRAPH_STYLE = "ParagraphStyle/$ID/NormalParagraphStyle"
NO_CHARACTER_STYLE = "CharacterStyle/$ID/[No character style]"

FIRST_PARAGRAPH = "paragraph_first"
"""The first body paragraph after a title or subhead: no indent, or the drop cap."""
FIRST_PARAGRAPH_NAMES = {"fr": "Texte courant premier", "en": "Body Text First"}

CHARACTER_STYLES: tuple[tuple[str, Mapping[str, str], Mapping[str, str]], ...] = (
    ("em", {"fr": "Italique", "en": "Italic"}, {"FontStyle": "Italic"}),
    ("strong", {"fr": "Gras", "en": "Bold"}, {"FontStyle": "Bold"}),
    ("sup", {"fr": "Exposant", "en": "Superscript"}, {"Position": "Superscript"}),
    ("link", {"fr": "Hyperlink", "en": "Hyperlink"}, {"Underline": "true"}),
    ("credit", {"fr": "Crédit photo", "en": "Photo Credit"}, {"FontStyle": "Italic"}),
)
"""Character styles by mark (and the credit's role): names as the DOCX export writes
"Hyperlink" and "Crédit photo"; the marks, direct formatting in DOCX, get the usual names."""

_HYPHENATED = frozenset({"paragraph", FIRST_PARAGRAPH, "standfirst", "author_bio", "caption"})
_JUSTIFICATION = {
    "left": "LeftAlign",
    "center": "CenterAlign",
    "right": "RightAlign",
    "both": "LeftJustified",
}
_MM = 72 / 25.4


@dataclass(frozen=True, slots=True)
class StyleSheet:
    """Role → paragraph style `Self`, mark → character style `Self`, and their definitions."""

    paragraphs: Mapping[str, str]
    characters: Mapping[str, str]
    definitions: tuple[tuple[str, str, Mapping[str, str], Mapping[str, str]], ...]
    """(element, Self, attributes, properties) for each style, in file order."""


def names_language(language: str) -> str:
    return "fr" if language.lower().startswith("fr") else "en"


def self_of(kind: str, name: str) -> str:
    """InDesign's `Self` for a style name (":" would open a style group, so it is escaped)."""
    return f"{kind}/" + name.replace("%", "%25").replace(":", "%3a")


@cache
def _table() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource("docx", "styles.json").read_text(encoding="utf-8"))
    return data


def style_sheet(language: str, style_map: Mapping[str, str], applied_language: str) -> StyleSheet:
    table = _table()
    lang = names_language(language)
    defaults = table["defaults"]["run"]
    definitions: list[tuple[str, str, Mapping[str, str], Mapping[str, str]]] = [
        ("ParagraphStyle", NO_PARAGRAPH_STYLE, {"Name": "$ID/[No paragraph style]"}, {}),
        (
            "ParagraphStyle",
            NORMAL_PARAGRAPH_STYLE,
            {"Name": "$ID/NormalParagraphStyle", "AppliedLanguage": applied_language},
            {"BasedOn": NO_PARAGRAPH_STYLE},
        ),
    ]
    paragraphs: dict[str, str] = {}
    for row in table["roles"]:
        if row["type"] != "paragraph":
            continue
        role = row["role"]
        name = style_map.get(role) or row["names"].get(lang) or row["names"]["*"]
        paragraphs[role] = self_of("ParagraphStyle", name)
        attributes, properties = _typography(row, defaults, table["fonts"])
        attributes |= {"Hyphenation": "true" if role in _HYPHENATED else "false"}
        definitions.append(
            ("ParagraphStyle", paragraphs[role], {"Name": name} | attributes, properties)
        )
    first = FIRST_PARAGRAPH_NAMES[lang]
    paragraphs[FIRST_PARAGRAPH] = self_of("ParagraphStyle", first)
    definitions.append(
        (
            "ParagraphStyle",
            paragraphs[FIRST_PARAGRAPH],
            {"Name": first, "FirstLineIndent": "0"},
            {"BasedOn": paragraphs["paragraph"]},
        )
    )
    definitions.append(
        ("CharacterStyle", NO_CHARACTER_STYLE, {"Name": "$ID/[No character style]"}, {})
    )
    characters: dict[str, str] = {}
    for mark, names, looks in CHARACTER_STYLES:
        name = style_map.get(mark) or names[lang]
        characters[mark] = self_of("CharacterStyle", name)
        definitions.append(("CharacterStyle", characters[mark], {"Name": name, **looks}, {}))
    return StyleSheet(paragraphs, characters, tuple(definitions))


def _typography(
    row: Mapping[str, Any], defaults: Mapping[str, Any], fonts: Mapping[str, str]
) -> tuple[dict[str, str], dict[str, str]]:
    """The DOCX table's run and paragraph properties as InDesign attributes and properties."""
    run = {**defaults, **row.get("run", {})}
    paragraph = row.get("paragraph", {})
    size = float(run["size"])
    attributes = {"PointSize": _number(size), "FontStyle": _font_style(run)}
    if run.get("caps"):
        attributes["Capitalization"] = "AllCaps"
    elif run.get("small_caps"):
        attributes["Capitalization"] = "SmallCaps"
    if run.get("tracking"):
        attributes["Tracking"] = _number(run["tracking"] / size * 1000)
    spacing = paragraph.get("spacing", {})
    for key, attribute in (("before", "SpaceBefore"), ("after", "SpaceAfter")):
        if key in spacing:
            attributes[attribute] = _number(spacing[key])
    if "line" in spacing:
        exact = spacing.get("rule", "auto") != "auto"
        attributes["Leading"] = _number(spacing["line"] if exact else spacing["line"] * size * 1.2)
    indent = paragraph.get("indent", {})
    for key, attribute in (("first_line", "FirstLineIndent"), ("left", "LeftIndent")):
        if key in indent:
            attributes[attribute] = _number(indent[key] * _MM)
    if paragraph.get("align") in _JUSTIFICATION:
        attributes["Justification"] = _JUSTIFICATION[paragraph["align"]]
    if paragraph.get("keep_next"):
        attributes["KeepWithNext"] = "2"
    if paragraph.get("keep_lines"):
        attributes["KeepAllLinesTogether"] = "true"
    properties = {"BasedOn": NORMAL_PARAGRAPH_STYLE}
    if run.get("font") in fonts:
        properties["AppliedFont"] = fonts[run["font"]]
    return attributes, properties


def _font_style(run: Mapping[str, Any]) -> str:
    bold, italic = run.get("bold", False), run.get("italic", False)
    return {(True, True): "Bold Italic", (True, False): "Bold", (False, True): "Italic"}.get(
        (bold, italic), "Regular"
    )


def _number(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def used_styles(sheet: StyleSheet) -> Iterator[str]:
    yield from (self for _, self, _, _ in sheet.definitions)
