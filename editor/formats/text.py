"""Import plain copy: e-mailed text, wire-style text and Markdown (with YAML front matter).

Plain text is split on blank lines. The structure a reader sees at a glance is
guessed and every guess is reported: a first short line is the title, a short
paragraph after it the standfirst, short lines without final punctuation between
paragraphs the subheads. Wire copy — a title in capitals, a dateline such as
"BRUXELLES, 4 déc (AFP) -" — is recognised. Markdown maps by its syntax: `#` the
title, `##` and below subheads, `>` quotes pull quotes (a final "— Name" line their
attribution), emphasis, links and images.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from editor.formats.imported import Imported, ImportRefusedError, Note, plural, read_limited
from editor.model.article import Article, Author, Block, Dateline, Media, Meta
from editor.model.inline import EM, LINK, STRONG, SUP, Run, normalize

SUFFIXES = (".txt", ".text", ".md", ".markdown")
_FINAL_PUNCTUATION = '.,;:!?…»”")'
_ATTRIBUTION = re.compile(r"^\s*(?:—|–|--|-)\s*(\S.*)$")
_DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’ -]{1,40}),\s*(?P<date>[^()\n]{1,30}?)\s*"
    r"(?:\((?P<agency>[^)]{1,20})\))?\s*[-–—]\s+"
)
_MONTHS = {
    name: index + 1
    for index, names in enumerate(
        (
            "jan janv janvier january",
            "fév fev févr fevr février fevrier feb february",
            "mars mar march",
            "avr avril apr april",
            "mai may",
            "juin jun june",
            "juil juillet jul july",
            "août aout aug august",
            "sept sep septembre september",
            "oct octobre october",
            "nov novembre november",
            "déc dec décembre decembre december",
        )
    )
    for name in names.split()
}
_IMAGE_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}


def load(path: Path | str) -> Imported:
    path = Path(path)
    text, notes = _decode(read_limited(path), path)
    if path.suffix.lower() in (".md", ".markdown"):
        imported = from_markdown(text, path.parent)
    else:
        imported = from_plain(text)
    return Imported(imported.article, (*notes, *imported.notes))


def _decode(raw: bytes, path: Path) -> tuple[str, list[str]]:
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    try:
        note = Note("The file was not UTF-8; it was read as Windows-1252.", "read-as-cp1252")
        return raw.decode("cp1252"), [note]
    except UnicodeDecodeError:
        raise ImportRefusedError(
            path, "the text encoding could not be recognised", "unknown-encoding"
        ) from None


# -- plain text ------------------------------------------------------------------------------


def paragraphs_of(text: str) -> list[str]:
    """Paragraphs separated by blank lines, each joined onto one line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    chunks = re.split(r"\n\s*\n", text)
    return [
        " ".join(line.strip() for line in chunk.splitlines() if line.strip())
        for chunk in chunks
        if chunk.strip()
    ]


def looks_like_heading(text: str, limit: int = 120) -> bool:
    """Short and without final punctuation: how a title or subhead reads in unstyled copy."""
    text = text.strip()
    return 0 < len(text) <= limit and not text.endswith(tuple(_FINAL_PUNCTUATION))


def _in_capitals(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 3 and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)


def from_plain(text: str) -> Imported:
    parts = paragraphs_of(text)
    notes: list[str] = []
    blocks: list[Block] = []
    meta = Meta()
    if not parts:
        return Imported(Article(meta, ()), (Note("The file holds no text.", "no-text"),))
    if len(parts) > 2 and looks_like_heading(parts[0], 60) and looks_like_heading(parts[1]):
        blocks.append(_block("kicker", parts.pop(0)))
        notes.append(Note("The first line was taken as the kicker (a guess).", "first-line-kicker"))
    head = parts.pop(0)
    blocks.append(_block("title", head))
    if _in_capitals(head):
        notes.append(
            Note(
                "The title was in capitals, as wire copy sends it; it is kept as written.",
                "title-in-capitals",
            )
        )
    elif not looks_like_heading(head, 200):
        notes.append(
            Note("The first paragraph was taken as the title (a guess).", "first-paragraph-title")
        )
    wire = False
    if parts:
        meta, parts[0], dateline_note = _dateline(parts[0], meta)
        notes.extend(dateline_note)
        wire = bool(dateline_note)
    if not wire and len(parts) > 1 and len(parts[0]) <= 400 and not looks_like_heading(parts[0]):
        blocks.append(_block("standfirst", parts.pop(0)))
        notes.append(
            Note(
                "The paragraph after the title was taken as the standfirst (a guess).",
                "standfirst-after-title",
                {"how": "guess"},
            )
        )
    subheads = 0
    for index, part in enumerate(parts):
        between = 0 < index < len(parts) - 1
        if between and looks_like_heading(part, 90):
            blocks.append(_block("subhead", part))
            subheads += 1
        else:
            blocks.append(_block("paragraph", part))
    if subheads:
        lines = plural(subheads, "short line", "short lines")
        were = plural(subheads, "was taken as a subhead", "were taken as subheads")
        notes.append(
            Note(
                f"{subheads} {lines} without final punctuation {were} (a guess).",
                "subheads-guessed-in-text",
                {"count": str(subheads)},
            )
        )
    return Imported(Article(meta, tuple(blocks)), tuple(notes))


def _block(kind: str, text: str) -> Block:
    return Block(kind, (Run(text),))


def _dateline(paragraph: str, meta: Meta) -> tuple[Meta, str, list[str]]:
    """Take a wire dateline ("PARIS, 4 déc 2024 (AFP) - ") off the first paragraph."""
    match = _DATELINE.match(paragraph)
    if not match:
        return meta, paragraph, []
    place = match["place"].strip().title()
    when = parse_loose_date(match["date"])
    agency = (match["agency"] or "").strip()
    meta = Meta(dateline=Dateline(place, when), credit=agency or meta.credit)
    note = Note(
        f"Dateline “{place}” read from the first paragraph.", "dateline-read", {"place": place}
    )
    return meta, paragraph[match.end() :], [note]


def parse_loose_date(text: str) -> date | None:
    """A date as wire copy writes it ("4 déc 2024", "Dec 4"); the current year when none."""
    words = re.findall(r"\w+", text.lower())
    numbers = [int(w) for w in words if w.isdigit()]
    month = next((_MONTHS[w] for w in words if w in _MONTHS), None)
    if month is None or not numbers:
        return None
    day = numbers[0]
    year = next((n for n in numbers[1:] if n > 1900), datetime.now().year)
    try:
        return date(year, month, day)
    except ValueError:
        return None


# -- Markdown --------------------------------------------------------------------------------


def from_markdown(text: str, base: Path | None = None) -> Imported:
    from markdown_it import MarkdownIt
    from mdit_py_plugins.front_matter import front_matter_plugin

    tokens = MarkdownIt("commonmark").use(front_matter_plugin).parse(text)
    reader = _MarkdownReader(base)
    reader.read(tokens)
    return reader.result()


class _MarkdownReader:
    def __init__(self, base: Path | None) -> None:
        self.base = base
        self.blocks: list[Block] = []
        self.media: dict[str, Media] = {}
        self.notes: list[str] = []
        self.front: dict[str, Any] = {}
        self.quote: list[tuple[Run, ...]] | None = None
        self.heading = ""
        self.dropped: set[str] = set()

    def read(self, tokens: list[Any]) -> None:
        for token in tokens:
            handler = getattr(self, "on_" + token.type, None)
            if handler is not None:
                handler(token)
            elif token.type in _DROPPED:
                self.dropped.add(_DROPPED[token.type])

    # block tokens
    def on_front_matter(self, token: Any) -> None:
        import yaml

        try:
            data = yaml.safe_load(token.content)
        except yaml.YAMLError:
            self.notes.append(
                Note("The front matter is not valid YAML; it was ignored.", "bad-front-matter")
            )
            return
        if isinstance(data, dict):
            self.front = data

    def on_heading_open(self, token: Any) -> None:
        has_title = any(b.kind == "title" for b in self.blocks)
        self.heading = "title" if token.tag == "h1" and not has_title else "subhead"

    def on_heading_close(self, token: Any) -> None:
        self.heading = ""

    def on_blockquote_open(self, token: Any) -> None:
        self.quote = []

    def on_blockquote_close(self, token: Any) -> None:
        parts, self.quote = self.quote or [], None
        attribution = ""
        if parts:
            match = _ATTRIBUTION.match("".join(r.text for r in parts[-1]))
            if match and len(parts) > 1:
                attribution = match.group(1).strip()
                parts = parts[:-1]
        runs: list[Run] = []
        for index, part in enumerate(parts):
            runs.extend(((Run(" "),) if index else ()) + part)
        self.blocks.append(Block("pullquote", normalize(runs), {"attribution": attribution}))

    def on_fence(self, token: Any) -> None:
        self.blocks.append(_block("paragraph", token.content.strip()))
        self.dropped.add("code blocks (kept as paragraphs)")

    on_code_block = on_fence

    def on_inline(self, token: Any) -> None:
        runs, images = self.inline(token.children or [])
        if self.quote is not None:
            self.quote.append(runs)
        elif runs and any(r.text.strip() for r in runs):
            kind = self.heading or "paragraph"
            self.blocks.append(Block(kind, runs))
        self.blocks.extend(images)

    # inline tokens
    def inline(self, children: list[Any]) -> tuple[tuple[Run, ...], list[Block]]:
        marks: list[str] = []
        href: str | None = None
        runs: list[Run] = []
        images: list[Block] = []
        toggles = {"em": EM, "strong": STRONG}
        for child in children:
            kind = child.type
            if kind in ("text", "code_inline"):
                runs.extend(_superscripts(child.content, frozenset(marks), href))
            elif kind in ("softbreak", "hardbreak"):
                runs.append(Run(" ", frozenset(marks), href))
            elif kind.removesuffix("_open") in toggles and kind.endswith("_open"):
                marks.append(toggles[kind.removesuffix("_open")])
            elif kind.removesuffix("_close") in toggles and kind.endswith("_close"):
                mark = toggles[kind.removesuffix("_close")]
                if mark in marks:
                    marks.remove(mark)
            elif kind == "link_open":
                href = str(child.attrs.get("href", ""))
                marks.append(LINK)
            elif kind == "link_close":
                href = None
                if LINK in marks:
                    marks.remove(LINK)
            elif kind == "image":
                images.extend(self.image(child))
        return normalize(runs), images

    def image(self, token: Any) -> Iterator[Block]:
        source = str(token.attrs.get("src", ""))
        alt = "".join(c.content for c in (token.children or []))
        caption = str(token.attrs.get("title") or "")
        path = (self.base / source) if self.base else Path(source)
        kind = _IMAGE_TYPES.get(path.suffix.lower())
        if kind is None or "://" in source or not path.is_file():
            self.notes.append(
                Note(
                    f"The image “{source}” could not be read; it was left out.",
                    "image-unreadable",
                    {"source": source},
                )
            )
            return
        picture = Media(kind, path.read_bytes())
        self.media[picture.key] = picture
        yield Block("image", (), {"media": picture.key, "alt": alt, "caption": caption})

    def result(self) -> Imported:
        meta, head = _front_matter(self.front, self.notes)
        blocks = list(self.blocks)
        if head.get("title") and not any(b.kind == "title" for b in blocks):
            blocks.insert(0, _block("title", head["title"]))
        if head.get("kicker"):
            blocks.insert(0, _block("kicker", head["kicker"]))
        if head.get("standfirst") and not any(b.kind == "standfirst" for b in blocks):
            at = next((i + 1 for i, b in enumerate(blocks) if b.kind == "title"), 0)
            blocks.insert(at, _block("standfirst", head["standfirst"]))
        for what in sorted(self.dropped):
            self.notes.append(
                Note(
                    f"Markdown {what}: an article has no such block.",
                    "markdown-dropped",
                    {"what": what},
                )
            )
        return Imported(Article(meta, tuple(blocks), self.media), tuple(self.notes))


_DROPPED = {
    "bullet_list_open": "lists (items kept as paragraphs)",
    "ordered_list_open": "lists (items kept as paragraphs)",
    "html_block": "HTML (left out)",
    "table_open": "tables (left out)",
}


def _superscripts(text: str, marks: frozenset[str], href: str | None) -> list[Run]:
    """Pandoc's ^sup^ syntax: 1^er^ → 1 + superscript "er"."""
    runs: list[Run] = []
    for index, piece in enumerate(re.split(r"\^([^\^\s]+)\^", text)):
        runs.append(Run(piece, marks | {SUP} if index % 2 else marks, href))
    return runs


_FRONT_KEYS = {
    "title": ("title", "titre"),
    "kicker": ("kicker", "surtitre"),
    "standfirst": ("standfirst", "subtitle", "chapo", "chapô", "description", "abstract"),
}


def _front_matter(front: dict[str, Any], notes: list[str]) -> tuple[Meta, dict[str, str]]:
    """Metadata from the front matter, and the text blocks it names."""
    head = {
        name: str(front[key])
        for name, keys in _FRONT_KEYS.items()
        for key in keys
        if front.get(key)
    }
    fields: dict[str, Any] = {}
    authors = front.get("authors") or front.get("author") or front.get("auteur")
    if authors:
        people = authors if isinstance(authors, list) else [authors]
        fields["authors"] = tuple(
            Author(str(n.get("name", "")) if isinstance(n, dict) else str(n)) for n in people
        )
    section = front.get("section") or front.get("rubrique")
    if section:
        fields["section"] = (
            tuple(str(s) for s in section)
            if isinstance(section, list)
            else tuple(s.strip() for s in re.split(r"[>›/]", str(section)) if s.strip())
        )
    keywords = next((front[n] for n in ("keywords", "tags", "mots-clés") if front.get(n)), None)
    if keywords:
        value = keywords
        if value:
            fields["keywords"] = (
                tuple(str(v) for v in value)
                if isinstance(value, list)
                else tuple(v.strip() for v in str(value).split(","))
            )
    scalars: dict[str, tuple[str, ...]] = {
        "language": ("lang", "language", "langue"),
        "slug": ("slug",),
        "genre": ("genre",),
        "credit": ("credit",),
        "copyright": ("copyright", "rights"),
    }
    for key, names in scalars.items():
        value = next((front[n] for n in names if front.get(n)), None)
        if value:
            fields[key] = str(value)
    when = front.get("date")
    if isinstance(when, datetime):
        fields["created"] = when
    elif isinstance(when, date):
        fields["dateline"] = Dateline(str(front.get("dateline", "")), when)
    if front.get("dateline") and "dateline" not in fields:
        fields["dateline"] = Dateline(str(front["dateline"]))
    known = {k for keys in _FRONT_KEYS.values() for k in keys} | {
        "authors",
        "author",
        "auteur",
        "section",
        "rubrique",
        "keywords",
        "tags",
        "mots-clés",
        "lang",
        "language",
        "langue",
        "slug",
        "genre",
        "credit",
        "copyright",
        "rights",
        "date",
        "dateline",
    }
    unknown = sorted(set(front) - known)
    if unknown:
        keys = ", ".join(unknown)
        notes.append(
            Note(f"Front matter not mapped: {keys}.", "front-matter-unmapped", {"keys": keys})
        )
    return Meta(**fields), head
