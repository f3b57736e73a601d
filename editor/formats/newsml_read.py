"""Import NewsML-G2 wire items: our own exports and what agencies send.

A file holds one `newsItem`, or a `newsMessage` carrying several: `items(path)`
lists them (for the user to pick) and `load(path, index)` reads one. A bare NITF
document is read as one item too. The story comes from the NITF or XHTML body
(`newsml_read_body`), the rest from `itemMeta`/`contentMeta`, found by local name
wherever the sender put it, so items with elements out of order, without
namespace or with offsets lacking their colon still read.

For an item we wrote (its generator is Copydesk) the guid and version come back
as the article's; an agency's guid is theirs, so it is only reported.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from editor.formats import safety
from editor.formats.import_meta import parse_timestamp, split_byline
from editor.formats.imported import (
    Imported,
    ImportRefusedError,
    Note,
    left_out_note,
    read_limited,
)
from editor.formats.newsml_agency import (
    agency_dateline,
    author_names,
    is_login,
    trimmed,
    unescaped,
)
from editor.formats.newsml_plain import plain_paragraphs
from editor.formats.newsml_read_body import (
    KICKER_CLASSES,
    Body,
    BodyReader,
    Element,
    child,
    children,
    inline_text,
    local,
    loose_dateline,
    plain,
)
from editor.model.article import Article, Author, Block, Dateline, Meta, Subject
from editor.model.inline import LINK, Run, Text, normalize, text_of
from editor.model.schema import KINDS

SUFFIXES = (".newsml.xml", ".xml", ".nitf", ".nitf.xml")
WHAT = "newsml"
GENERATOR = "Copydesk"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_NOT_STORIES = {
    "packageItem": "a package (it lists other items but holds no story)",
    "conceptItem": "a concept item (a vocabulary entry, not a story)",
    "knowledgeItem": "a knowledge item (vocabulary entries, not a story)",
    "planningItem": "a planning item (coverage plans, not a story)",
    "catalog": "a catalog of scheme aliases",
}
_BODY_TYPES = ("nitf", "xhtml", "html", "text/plain")
_KICKER_ROLES = KICKER_CLASSES
_SUBTITLE_ROLES = frozenset({"sub", "subtitle", "subheadline", "deck", "standfirst", "chapo"})
_MAIN_ROLES = frozenset({"", "main", "headline", "title", "hl1"})


@dataclass(frozen=True, slots=True)
class ItemSummary:
    """One item of a file, as the user picks it from a list."""

    index: int
    guid: str
    headline: str
    item_class: str
    """"text", "picture"… (the `itemClass` code without its scheme)."""
    version: str
    language: str
    sent: datetime | None


def _root(path: Path) -> Element:
    return safety.parse_xml(read_limited(path), path, WHAT)


def _items(root: Element, path: Path) -> list[Element]:
    name = local(root)
    if name in ("newsItem", "nitf"):
        return [root]
    if name == "newsMessage":
        sets = children(root, "itemSet") or [root]
        found = [item for s in sets for item in s if local(item) == "newsItem"]
        if not found:
            raise ImportRefusedError(
                path, "the NewsML-G2 message carries no news item", "no-news-item"
            )
        return found
    if name in _NOT_STORIES:
        raise ImportRefusedError(
            path, f"this NewsML-G2 file is {_NOT_STORIES[name]}", "not-a-story", {"root": name}
        )
    if name == "NewsML":
        raise ImportRefusedError(
            path, "this is NewsML 1, an older standard; ask for NewsML-G2", "newsml-1"
        )
    raise ImportRefusedError(
        path,
        f"not a NewsML-G2 item or message (its root is <{name}>)",
        "not-newsml",
        {"root": name},
    )


def items(path: Path | str) -> list[ItemSummary]:
    """Every news item in the file, in order, for the user to choose one."""
    path = Path(path)
    return [_summary(index, item) for index, item in enumerate(_items(_root(path), path))]


def _summary(index: int, item: Element) -> ItemSummary:
    meta = _Meta(item)
    item_class = meta.value("itemClass").rpartition(":")[2] or "text"
    headline = next((plain(h).strip() for h in meta.all("headline") if _role(h) in _MAIN_ROLES), "")
    if local(item) == "nitf":
        headline = headline or plain(child(child(item, "head"), "title"))
    return ItemSummary(
        index=index,
        guid=item.get("guid", ""),
        headline=headline,
        item_class=item_class,
        version=item.get("version", ""),
        language=meta.language(),
        sent=parse_timestamp(meta.text("versionCreated")),
    )


def load(path: Path | str, index: int = 0) -> Imported:
    """The article in item `index` (0: the first) of a NewsML-G2 file."""
    path = Path(path)
    found = _items(_root(path), path)
    if not 0 <= index < len(found):
        raise ImportRefusedError(
            path,
            f"the file holds {len(found)} item(s); there is no item {index + 1}",
            "no-such-item",
            {"count": str(len(found)), "item": str(index + 1)},
        )
    notes: list[str] = []
    if len(found) > 1:
        notes.append(
            Note(
                f"Item {index + 1} of the {len(found)} in the message was imported.",
                "item-of-message",
                {"item": str(index + 1), "count": str(len(found))},
            )
        )
    return ItemReader(found[index], path.parent, notes).read()


def _role(element: Element) -> str:
    return (element.get("role") or "").rpartition(":")[2].lower()


def _concept(element: Element | None) -> str:
    """A concept's label: its literal, else its name, else its QCode."""
    if element is None:
        return ""
    return (
        element.get("literal")
        or plain(child(element, "name"))
        or element.get("qcode")
        or plain(element)
    )


class _Meta:
    """Finds item properties by local name in contentMeta, itemMeta or the item itself."""

    def __init__(self, item: Element) -> None:
        self.item = item
        self.places = [
            *children(item, "contentMeta"),
            *children(item, "itemMeta"),
            *children(item, "rightsInfo"),
            item,
        ]

    def all(self, name: str) -> Iterator[Element]:
        for place in self.places:
            yield from children(place, name)

    def first(self, name: str) -> Element | None:
        return next(self.all(name), None)

    def text(self, name: str) -> str:
        return plain(self.first(name))

    def value(self, name: str) -> str:
        element = self.first(name)
        return element.get("qcode") or element.get("literal") or "" if element is not None else ""

    def language(self) -> str:
        element = self.first("language")
        tag = element.get("tag", "") if element is not None else ""
        return tag or self.item.get(XML_LANG, "")


class ItemReader:
    """Reads one item into an article; `folder` is where its pictures may be."""

    def __init__(self, item: Element, folder: Path, notes: list[str]) -> None:
        self.item = item
        self.meta = _Meta(item)
        self.folder = folder
        self.notes = notes
        self.ours = self.meta.text("generator") == GENERATOR

    def read(self) -> Imported:
        body = self._body()
        fields = self._fields(body)
        blocks = self._blocks(body)
        if not any(block.kind == "title" for block in blocks):
            self.notes.append(
                Note("The item has no headline: the article has no title.", "no-headline")
            )
        for what, count in sorted(body.left_out.items()):
            self.notes.append(left_out_note(what, count))
        for said in self._editors_notes():  # last: what the import did comes first
            self.notes.append(
                Note(f"Editor's note from the sender: {said}", "editors-note", {"note": said})
            )
        own = str(fields.get("language", "fr")).lower()
        blocks = [replace(b, lang="") if b.lang.lower() == own else b for b in blocks]
        article = Article(Meta(**fields), tuple(blocks), body.media)
        return Imported(article, tuple(self.notes))

    # -- the body ----------------------------------------------------------------------------------

    def _body(self) -> Body:
        reader = BodyReader(self.folder)
        if local(self.item) == "nitf":
            return reader.read(self.item)
        content = self._content()
        if content is None:
            self._picture_item(reader)
            return reader.body
        if local(content) == "inlineData" or not len(content):
            for text in plain_paragraphs(content.text or ""):
                reader.body.blocks.append(Block("paragraph", (Run(text),)))
            return reader.body
        return reader.read(next(node for node in content if local(node)))

    def _content(self) -> Element | None:
        """The best rendition of the story: NITF, then XHTML, then plain text."""
        candidates = [
            node
            for content_set in children(self.item, "contentSet")
            for node in content_set
            if local(node) in ("inlineXML", "inlineData")
        ]

        def rank(node: Element) -> int:
            kind = (node.get("contenttype") or "").lower()
            if local(node) == "inlineXML" and len(node) and local(node[0]) == "nitf":
                return 0
            return next((i for i, name in enumerate(_BODY_TYPES) if name in kind), 9)

        return min(candidates, key=rank, default=None)

    def _picture_item(self, reader: BodyReader) -> None:
        """A picture item: its first rendition beside the file, captioned by its description."""
        for content_set in children(self.item, "contentSet"):
            for remote in children(content_set, "remoteContent"):
                caption = next(
                    (plain(d) for d in self.meta.all("description") if _role(d) == "caption"), ""
                )
                reader.picture(
                    remote.get("href", ""),
                    remote.get("contenttype", ""),
                    caption,
                    caption,
                    self.meta.text("creditline"),
                )
                return
        reader.body.left_out["content that is not text"] += 1

    def _blocks(self, body: Body) -> list[Block]:
        head: list[Block] = []
        kicker = body.kicker or self._headline(_KICKER_ROLES, "kicker")
        if kicker:
            head.append(Block("kicker", kicker))
        title = self._title(body)
        if title:
            head.append(Block("title", title))
        standfirst = (
            body.standfirst
            or self._summary()
            or body.subtitle
            or self._headline(_SUBTITLE_ROLES, "standfirst")
        )
        repeated = not self.ours and _folded(standfirst) == _folded(title)  # AP's hl2 "original"
        if standfirst and not repeated:
            head.append(Block("standfirst", standfirst))
        bios = [Block("author_bio", bio) for bio in body.bios]
        if not bios:
            definitions = (d for c in self.meta.all("creator") for d in children(c, "definition"))
            bios = [
                Block("author_bio", (Run(plain(d)),))
                for d in definitions
                if _role(d) == "bio" and plain(d).strip()
            ]
        if self.ours:
            return [*head, *body.blocks, *bios]
        blocks = [*head, *self._without_repeated_byline(body), *bios]
        return [replace(block, text=unescaped(trimmed(block.text))) for block in blocks]

    def _title(self, body: Body) -> Text:
        """The item's headline, which the sender wrote for receivers, over the body's own
        (NITF `hl1`, an XHTML `h1`); a different one is reported, not lost."""
        headline = self._headline(_MAIN_ROLES, "title")
        if self.ours or not headline or not body.title:
            return body.title or headline or _text(body.document_title)
        if _folded(body.title) == _folded(headline):
            return body.title
        own = _folded(body.title, fold_case=False)
        self.notes.append(
            Note(
                "The item's headline was kept as the title; the story's own headline read "
                f"“{own}”.",
                "story-headline-differs",
                {"headline": own},
            )
        )
        return headline

    def _without_repeated_byline(self, body: Body) -> list[Block]:
        """A first paragraph that only repeats the byline (Reuters) is the byline, not copy."""
        byline = _folded(_text(self.meta.text("by") or body.byline))
        lead = body.blocks[:1]
        if byline and [(b.kind, _folded(b.text)) for b in lead] == [("paragraph", byline)]:
            self.notes.append(
                Note("The byline repeated as the first paragraph was left out.", "byline-repeated")
            )
            return body.blocks[1:]
        return body.blocks

    def _headline(self, roles: frozenset[str], kind: str) -> Text:
        """The first headline with one of `roles`, keeping the marks a `kind` block may carry
        (our kicker's italics and superscripts travel as `span` classes)."""
        found = next((h for h in self.meta.all("headline") if _role(h) in roles), None)
        if found is None:
            return ()
        runs = inline_text(found)
        return _with_marks(runs, KINDS[kind].marks) if text_of(runs).strip() else ()

    def _summary(self) -> Text:
        found = next(
            (d for d in self.meta.all("description") if _role(d) in ("summary", "teaser")), None
        )
        return _text(plain(found)) if found is not None else ()

    # -- metadata ----------------------------------------------------------------------------------

    def _fields(self, body: Body) -> dict[str, Any]:
        meta = self.meta
        fields: dict[str, Any] = {}
        language = meta.language()
        if language:
            fields["language"] = language
        fields.update(self._identity())
        fields.update(self._dates())
        fields.update(self._people(body))
        fields.update(self._subjects())
        dateline = body.dateline or self._dateline(body)
        if dateline is not None and not dateline.is_empty:
            fields["dateline"] = dateline
        keywords = [plain(k) for k in meta.all("keyword") if plain(k).strip()]
        keywords = keywords or body.keywords
        if keywords:
            fields["keywords"] = tuple(keywords)
        simple = {
            "slug": meta.text("slugline") or body.slug,
            "genre": _concept(meta.first("genre")),
            "credit": meta.text("creditline") or self._provider_credit(),
            "copyright": meta.text("copyrightNotice").strip(),
        }
        fields.update({key: value for key, value in simple.items() if value})
        fields.update(self._status())
        return fields

    def _dateline(self, body: Body) -> Dateline | None:
        text = self.meta.text("dateline")
        located = self.meta.first("located")
        if not self.ours:
            leads = [text_of(b.text) for b in body.blocks[:2] if b.kind == "paragraph"]
            return agency_dateline(text, located, self.item, leads, self.notes)
        if text:  # as we write it: "Lyon, 1er février 2025", the place again in `located`
            return loose_dateline(text)
        return loose_dateline(_concept(located)) if located is not None else None

    def _identity(self) -> dict[str, Any]:
        guid = self.item.get("guid", "")
        if not self.ours:
            if guid:
                self.notes.append(
                    Note(f"The agency's item id was {guid}.", "agency-id", {"guid": guid})
                )
            return {}
        version = self.item.get("version", "")
        fields: dict[str, Any] = {"guid": guid} if guid else {}
        if version.isdigit() and int(version) >= 1:
            fields["revision"] = int(version)
        return fields

    def _dates(self) -> dict[str, Any]:
        names = {"created": "contentCreated", "modified": "contentModified"}
        if not self.ours:  # an agency's own dates are the closest thing
            names = {
                "created": "contentCreated|firstCreated",
                "modified": "contentModified|versionCreated",
            }
        fields: dict[str, Any] = {}
        for field_name, tags in names.items():
            for tag in tags.split("|"):
                moment = parse_timestamp(self.meta.text(tag))
                if moment is not None:
                    fields[field_name] = moment
                    break
        return fields

    def _people(self, body: Body) -> dict[str, Any]:
        creators = [c for c in self.meta.all("creator") if _concept(c).strip()]
        logins = [] if self.ours else [c for c in creators if is_login(c)]
        creators = [c for c in creators if c not in logins]
        byline = self.meta.text("by") or body.byline
        if body.persons:
            names = body.persons
        elif byline.strip() and not self.ours:  # the byline, as the agency prints it
            known = [_concept(c) for c in creators]
            names = author_names(split_byline(byline, known), self._agencies())
            creators = [c for c in creators if _concept(c) in names]  # job titles by name
        elif creators:
            names = [_concept(c) for c in creators]
        else:
            names = list(split_byline(byline))
        if logins and not names:
            accounts = ", ".join(_concept(c) for c in logins)
            self.notes.append(
                Note(
                    f"The sender's user account ({accounts}) was not taken as an author.",
                    "login-not-author",
                    {"accounts": accounts},
                )
            )
        if self.ours and len(creators) == len(names):  # the same people in the same order
            jobs = [_job(c) for c in creators]
        else:
            by_name = {" ".join(_concept(c).split()): _job(c) for c in creators}
            jobs = [by_name.get(" ".join(name.split()), "") for name in names]
        if len(names) == 1 and not jobs[0] and body.byline_title and byline.strip():
            jobs = [body.byline_title]  # "By Meredith Jameson, <byttl>Staff Reporter</byttl>"
        authors = tuple(Author(name, job) for name, job in zip(names, jobs, strict=True))
        return {"authors": authors} if authors else {}

    def _subjects(self) -> dict[str, Any]:
        subjects: list[Subject] = []
        section: tuple[str, ...] = ()
        for subject in self.meta.all("subject"):
            code = subject.get("qcode") or subject.get("literal") or ""
            if code.partition(":")[0] in self._section_aliases():
                section = section or _section_path(subject)
            elif code:
                subjects.append(Subject(code, self._name_of(subject)))
        fields: dict[str, Any] = {"subjects": tuple(subjects)} if subjects else {}
        if section:
            fields["section"] = section
        return fields

    def _name_of(self, concept: Element) -> str:
        """A concept's name; "" when our export only repeated a literal code as its name
        (receivers display names, so a literal always gets one)."""
        name = plain(child(concept, "name"))
        return "" if self.ours and name == concept.get("literal") else name

    def _section_aliases(self) -> set[str]:
        aliases = {"cpsec"}
        for catalog in children(self.item, "catalog"):
            for scheme in children(catalog, "scheme"):
                if (scheme.get("uri") or "").rstrip("/").endswith("/section"):
                    aliases.add(scheme.get("alias", ""))
        return aliases

    def _editors_notes(self) -> list[str]:
        """The sender's notes. dpa sends its notepad twice, as one XHTML note and as plain
        ones; run together on one line the XHTML one reads badly, so the plain ones are kept."""
        notes = [(plain(n), _holds_blocks(n)) for n in self.meta.all("edNote")]
        if any(not blocks for _, blocks in notes):
            notes = [(text, blocks) for text, blocks in notes if not blocks]
        return [text for text, _ in notes if text.strip()]

    def _agencies(self) -> list[str]:
        provider = self.meta.first("provider")
        names = [self.meta.text("creditline")]
        if provider is not None:
            names += [_concept(provider).rpartition(":")[2], plain(child(provider, "name"))]
        return [name.strip() for name in names if name.strip()]

    def _provider_credit(self) -> str:
        if self.ours:
            return ""
        provider = self.meta.first("provider")
        name = _concept(provider).rpartition(":")[2] if provider is not None else ""
        if name:
            self.notes.append(
                Note(
                    f"The credit was taken from the provider ({name}).",
                    "credit-from-provider",
                    {"name": name},
                )
            )
        return name

    def _status(self) -> dict[str, Any]:
        status = self.meta.value("pubStatus").rpartition(":")[2]
        embargo = self.meta.text("embargoed")
        fields: dict[str, Any] = {}
        if embargo:
            self.notes.append(
                Note(f"The item is embargoed until {embargo}.", "embargoed", {"until": embargo})
            )
            until = parse_timestamp(embargo)
            if until is not None:  # the article carries it on: every export says it again
                fields["embargo"] = until
        if status in ("withheld", "canceled"):
            self.notes.append(
                Note(f"The sender marked the item “{status}”.", "sender-status", {"status": status})
            )
            fields["status"] = status
        return fields


def _job(creator: Element) -> str:
    note = next((n for n in children(creator, "note") if _role(n) == "jobtitle"), None)
    return plain(note) if note is not None else ""


def _section_path(subject: Element) -> tuple[str, ...]:
    """`cpsec:culture/livres` named "Livres" with a broader "Culture" → ("Culture", "Livres")."""
    broader = sorted(children(subject, "broader"), key=lambda b: (b.get("qcode") or "").count("/"))
    names = [_concept(b) for b in broader] + [_concept(subject)]
    return tuple(name for name in names if name)


def _with_marks(runs: Text, allowed: frozenset[str]) -> Text:
    kept = []
    for run in runs:
        marks = run.marks & allowed
        kept.append(Run(run.text, marks, run.href if LINK in marks else None))
    return normalize(kept)


def _holds_blocks(note: Element) -> bool:
    return any(local(n) in _NOTE_BLOCKS for n in note.iterdescendants())


_NOTE_BLOCKS = frozenset({"section", "div", "header", "p", "ul", "ol", "table"})


def _folded(text: Text, fold_case: bool = True) -> str:
    words = " ".join(text_of(text).split())
    return words.casefold() if fold_case else words


def _text(text: str) -> Text:
    return normalize([Run(text)]) if text.strip() else ()


__all__ = ["ItemReader", "ItemSummary", "items", "load"]
