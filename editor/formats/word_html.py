"""What Word puts on the clipboard, read into blocks by the same style names as a DOCX.

Word's clipboard HTML keeps each paragraph's style as a class (`<p class=Chap>`), and its
style sheet names the style behind the class (`p.Chap {mso-style-name:"Chap\\00F4";
mso-style-parent:…}`); built-in styles have classes of their own (`MsoTitle`, `MsoQuote`,
`MsoTitleCxSpFirst` for the first of several in a row) and headings are `<h1>`–`<h3>`. Those
names go through the DOCX reader's `StyleNames` and `Assembler`, so a pasted "Chapô" is a
standfirst exactly as an opened one is, with the same marks kept per kind and the same
attributions. LibreOffice's clipboard HTML is its HTML export, which keeps no paragraph
style names (only a class on headings): it is left to the generic HTML paste (`None`).

Clipboard HTML is input from outside: it is parsed by libxml2's HTML parser with the network
off and no entity but HTML's own, refused above `MAX_INPUT_BYTES`, and pictures (which Word
points at files in its temporary folder) are not followed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from lxml import etree, html

from editor.formats.docx_read import Assembler
from editor.formats.docx_read_body import Paragraph
from editor.formats.docx_read_styles import PARAGRAPH_ROLE, StyleEntry, StyleNames
from editor.formats.imported import MAX_INPUT_BYTES, ImportRefusedError
from editor.model.article import Block
from editor.model.inline import EM, LINK, STRONG, SUP, Run, normalize

ORIGIN = "clipboard"
"""What a refusal names instead of a file."""

_WORD = re.compile(
    r"urn:schemas-microsoft-com:office:word|content=\"?Word\.Document|class=[\"']?Mso", re.I
)
_LISTS = re.compile(
    r"<!(?:--)?\[if !supportLists\](?:--)?>(?:[^<]|<(?!!))*<!(?:--)?\[endif\](?:--)?>"
)
"""A list item's bullet or number, which Word wraps for browsers that cannot draw lists; the
match stops at the next `<!`, so a marker without its end costs no more than its line."""
_DOWNLEVEL = re.compile(r"<!\[(?:if [^\]]*|endif)\]>")
"""Word's "downlevel-revealed" conditionals: the markers go, what they wrap stays."""
_CSS_COMMENT = re.compile(r"/\*.*?\*/|<!--|-->", re.S)
_ESCAPE = re.compile(r"\\([0-9A-Fa-f]{4})|\\([0-9A-Fa-f]{1,6})\s?|\\(.)", re.S)
"""Word writes four hex digits and no terminator (`L\\00E9gende`): those are read first."""
_CONTEXTUAL = re.compile(r"CxSp(?:First|Middle|Last)$")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z0-9])")
_SPACES = re.compile(r"[ \t\r\n\f]+")
"""HTML's white space; the no-break spaces of French typography are text, not layout."""
_HEADINGS = {f"h{n}": f"heading {n}" for n in range(1, 7)}
_BLOCKS = frozenset({"p", "li", "dt", "dd", "pre", *_HEADINGS})
_SKIPPED = frozenset({"script", "style", "head", "title", "xml", "o:p", "img", "v:shape"})
_TAG_MARKS = {"i": EM, "em": EM, "cite": EM, "b": STRONG, "strong": STRONG, "sup": SUP}
_META_ROLES = frozenset({"section", "byline", "dateline"})
"""Pasted among the text, these stay where they were, as paragraphs."""
_LINK_SCHEMES = ("http://", "https://", "mailto:", "ftp://", "tel:")


def is_word_html(text: str) -> bool:
    """Word's (or Outlook's) HTML, told by its namespaces, ProgId or Mso classes."""
    return _WORD.search(text[:200_000]) is not None


def blocks_from_office_html(
    text: str, style_map: Mapping[str, str] | None = None
) -> list[Block] | None:
    """The blocks of Word's clipboard HTML; None when the HTML is not Word's."""
    if len(text) > MAX_INPUT_BYTES:
        raise ImportRefusedError(
            ORIGIN,
            f"the copied text is larger than {MAX_INPUT_BYTES >> 20} MB",
            "paste-too-large",
            {"limit": str(MAX_INPUT_BYTES >> 20)},
        )
    if not is_word_html(text):
        return None
    root = _parse(text)
    if root is None:
        return []
    styles = _StyleSheet(root)
    for element in root.iter(*_BLOCKS):  # classes the sheet does not define (MsoHeading2)
        styles.key(element)
    names = StyleNames.from_entries(styles.entries, style_map or {})
    assembler = Assembler(names)
    for paragraph in list(_paragraphs(root, _Sheet(styles, names))):
        _add(assembler, names, paragraph)
    return assembler.blocks


def _parse(text: str) -> etree._Element | None:
    text = text[text.find("<") :] if "<" in text else ""  # Windows' "Version:0.9 …" header
    text = text.replace("\x00", "")  # clipboards end their HTML with a NUL
    text = _DOWNLEVEL.sub("", _LISTS.sub("", text))
    parser = html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True)
    try:
        return html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError):
        return None


def _add(assembler: Assembler, names: StyleNames, paragraph: Paragraph) -> None:
    role = names.paragraph(paragraph.style_id).role
    if role in _META_ROLES:
        paragraph.style_id = ""
    elif role == PARAGRAPH_ROLE and assembler.attribution_line(paragraph):
        return  # "— Name" under a pull quote
    assembler.add(paragraph)


# -- the style sheet -------------------------------------------------------------------------


def css_string(value: str) -> str:
    """A CSS value as text: quotes off, escapes (Word writes `\\00F4` for ô) decoded."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    return _ESCAPE.sub(_unescape, value)


def _unescape(match: re.Match[str]) -> str:
    hexa = match.group(1) or match.group(2)
    if hexa is None:
        return match.group(3)
    code = int(hexa, 16)
    return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"


def _declarations(block: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for declaration in block.split(";"):
        name, colon, value = declaration.partition(":")
        if colon:
            found[name.strip().lower()] = value.strip()
    return found


def _style_marks(declarations: Mapping[str, str]) -> tuple[frozenset[str], frozenset[str]]:
    """Marks a style attribute or rule adds, and marks it takes away."""
    added: set[str] = set()
    removed: set[str] = set()
    for prop, on, off, mark in _CSS_MARKS:
        value = declarations.get(prop, "").lower()
        if value in on:
            added.add(mark)
        elif value in off:
            removed.add(mark)
    return frozenset(added), frozenset(removed)


_CSS_MARKS = (
    ("font-style", {"italic", "oblique"}, {"normal"}, EM),
    ("font-weight", {"bold", "bolder", "600", "700", "800", "900"}, {"normal", "400"}, STRONG),
    ("vertical-align", {"super"}, {"baseline", "sub"}, SUP),
)


def built_in_name(class_name: str) -> str:
    """The style name behind a class: `MsoIntenseQuote` is Word's "Intense Quote"."""
    base = _CONTEXTUAL.sub("", class_name)
    if base.startswith("Mso") and len(base) > 3:
        return _CAMEL.sub(" ", base[3:])
    return base


class _StyleSheet:
    """Class → style entry, from the `<style>` blocks of Word's HTML."""

    def __init__(self, root: etree._Element) -> None:
        self.entries: dict[str, StyleEntry] = {}
        self._by_name: dict[str, str] = {}
        for style in root.iter("style"):
            for rule in _CSS_COMMENT.sub("", style.text or "").split("}"):
                selectors, brace, block = rule.rpartition("{")
                if brace:
                    self._rule(selectors, _declarations(block))
        self._resolve_parents()

    def _rule(self, selectors: str, declarations: dict[str, str]) -> None:
        for selector in selectors.split(","):
            tag, _, class_name = selector.strip().partition(".")
            if tag.startswith("@") or tag not in (*_BLOCKS, "div", "span", ""):
                continue
            key = class_name or tag
            if not key or key in self.entries:
                continue
            name = declarations.get("mso-style-name")
            name = (
                css_string(name) if name is not None else _HEADINGS.get(key) or built_in_name(key)
            )
            if not name:
                continue  # Word's spelling and grammar marks: `mso-style-name:""`
            self.entries[key] = StyleEntry(
                name=name,
                type="character" if tag == "span" else "paragraph",
                based_on=css_string(declarations.get("mso-style-parent", "")),
                linked=tag == "span" and "mso-style-link" in declarations,
                marks=_style_marks(declarations)[0] if tag == "span" else frozenset(),
            )
            self._by_name.setdefault(name, key)

    def _resolve_parents(self) -> None:
        """Parents are named, entries keyed by class: point each at its parent's key, adding
        an entry for a parent the sheet does not define (a built-in like "Heading 1")."""
        for key, entry in list(self.entries.items()):
            parent = entry.based_on
            if parent and parent not in self.entries:
                target = self._by_name.get(parent)
                if target is None:
                    target = parent
                    self.entries[parent] = StyleEntry(name=parent, type=entry.type)
                self.entries[key] = StyleEntry(
                    entry.name, entry.type, target, entry.linked, entry.marks
                )

    def key(self, element: etree._Element | None) -> str:
        """The entry a paragraph's class (or heading tag) stands for, added when unknown."""
        classes = (element.get("class") or "").split() if element is not None else []
        key = _CONTEXTUAL.sub("", classes[0]) if classes else ""
        if not key:
            key = element.tag if element is not None and element.tag in _HEADINGS else "MsoNormal"
        if key not in self.entries:
            self.entries[key] = StyleEntry(name=_HEADINGS.get(key) or built_in_name(key))
        return key


# -- paragraphs and runs ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Sheet:
    styles: _StyleSheet
    names: StyleNames


@dataclass(frozen=True, slots=True)
class _State:
    marks: frozenset[str] = frozenset()
    href: str | None = None


def _paragraphs(root: etree._Element, sheet: _Sheet) -> Iterator[Paragraph]:
    body = root.find("body")
    if body is None:
        return
    found = False
    for element in body.iter(*_BLOCKS):
        if any(inner is not element for inner in element.iter(*_BLOCKS)):
            continue  # a list item holding paragraphs: they come one by one
        found = True
        yield _paragraph(element, sheet.styles.key(element), sheet)
    if not found:  # a piece of one paragraph: Word sends its runs without the <p>
        yield _paragraph(body, sheet.styles.key(None), sheet)


def _paragraph(element: etree._Element, key: str, sheet: _Sheet) -> Paragraph:
    runs: list[Run] = []
    _content(element, _State(), sheet, runs)
    return Paragraph(key, _trimmed(normalize(runs)), list_item=element.tag == "li")


def _content(element: etree._Element, state: _State, sheet: _Sheet, runs: list[Run]) -> None:
    _text(element.text, state, runs)
    for child in element:
        if child.tag == "br":
            _text(" ", state, runs)
        elif isinstance(child.tag, str) and child.tag not in _SKIPPED:
            inner = _inline_state(child, state, sheet)
            if inner is not None:
                _content(child, inner, sheet, runs)
        _text(child.tail, state, runs)


def _inline_state(element: etree._Element, state: _State, sheet: _Sheet) -> _State | None:
    """What an inline element does to its text; None when Word hid it."""
    declarations = _declarations(element.get("style") or "")
    if declarations.get("mso-hide", "").lower() == "all" or declarations.get("display") == "none":
        return None
    marks = set(state.marks)
    if element.tag in _TAG_MARKS:
        marks.add(_TAG_MARKS[element.tag])
    for class_name in (element.get("class") or "").split():
        entry = sheet.styles.entries.get(class_name)
        if entry is not None and entry.type == "character":
            marks |= sheet.names.character(class_name).marks
    added, removed = _style_marks(declarations)
    href = state.href
    if element.tag == "a":
        address = (element.get("href") or "").strip()
        if address.lower().startswith(_LINK_SCHEMES):
            href = address
    return _State(frozenset((marks - removed) | added), href)


def _text(text: str | None, state: _State, runs: list[Run]) -> None:
    if not text:
        return
    text = _SPACES.sub(" ", text)
    if text.startswith(" ") and (not runs or runs[-1].text.endswith(" ")):
        text = text[1:]
    if text:
        marks = state.marks | {LINK} if state.href else state.marks
        runs.append(Run(text, marks, state.href))


def _trimmed(runs: tuple[Run, ...]) -> list[Run]:
    """The paragraph without the trailing space its source line breaks left."""
    items = list(runs)
    if items:
        items[-1] = Run(items[-1].text.rstrip(" "), items[-1].marks, items[-1].href)
    return list(normalize(items))
