"""The shared article as a Yjs document: `Article` ⇄ `pycrdt.Doc` (the layout: README.md).

The document mirrors the `.article` file: the same keys, the same values, except that a
block's text is a Yjs `Text` whose formatting attributes carry the marks and annotations, and
tables are maps by id, so that concurrent edits to different entries never collide. Reading
goes through the file's own reader for the metadata and the review tables, so a peer's bad
value is refused with the same clear message a bad file gets.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from pycrdt import Array, Doc, Map, Text

from editor.coedit.offsets import crdt_length
from editor.model import storage
from editor.model.article import Article, Block, Media, media_key
from editor.model.inline import LINK, MARKS, Run
from editor.model.inline import Text as Runs
from editor.model.schema import KINDS

META, BLOCKS, MEDIA, SUGGESTIONS, COMMENTS, EXTRA = (
    "meta",
    "blocks",
    "media",
    "suggestions",
    "comments",
    "extra",
)
ORDER = "order"
"""A table entry's place in the order entries were made (ties: by id)."""
COMMENT_PREFIX = "comment:"
LOCAL_KEYS = frozenset({"recovery"})
"""Top-level keys of the `.article` that stay on this machine: the autosave's recovery stamp."""
_BLOCK_OWN = ("id", "kind", "text")
_FILE_TOP = ("format", "version", "meta", "blocks", "media", "suggestions", "comments")
SOURCE = "<shared article>"
"""What error messages name when the document came from a room rather than a file."""


class SharedArticleError(ValueError):
    """A shared document that does not hold an article; the message names the place."""


@dataclass(frozen=True, slots=True)
class Roots:
    """The document's top-level types, created on first use."""

    meta: Map[Any]
    blocks: Array[Map[Any]]
    media: Map[Map[Any]]
    suggestions: Map[Map[Any]]
    comments: Map[Map[Any]]
    extra: Map[Any]


def roots(doc: Doc[Any]) -> Roots:
    return Roots(
        doc.get(META, type=Map),
        doc.get(BLOCKS, type=Array),
        doc.get(MEDIA, type=Map),
        doc.get(SUGGESTIONS, type=Map),
        doc.get(COMMENTS, type=Map),
        doc.get(EXTRA, type=Map),
    )


# -- inline text -------------------------------------------------------------------------------


def run_attributes(run: Run) -> dict[str, Any]:
    """A run's marks and annotations as Yjs formatting attributes (Quill's convention: a mark is
    `true`, a link is its address; a suggestion is its id; a comment is `comment:<id>`)."""
    attributes: dict[str, Any] = {mark: True for mark in MARKS if mark in run.marks}
    if LINK in run.marks:
        attributes[LINK] = run.href or ""
    if run.insert is not None:
        attributes["insert"] = run.insert
    if run.delete is not None:
        attributes["delete"] = run.delete
    for comment in sorted(run.comments):
        attributes[COMMENT_PREFIX + comment] = True
    return attributes


def run_of(text: str, attributes: Mapping[str, Any] | None) -> Run:
    """The run Yjs attributes describe; attributes Copydesk does not know are left out."""
    attributes = attributes or {}
    marks = frozenset(m for m in MARKS if attributes.get(m) not in (None, False))
    href = attributes.get(LINK)
    comments = frozenset(
        key.removeprefix(COMMENT_PREFIX)
        for key, value in attributes.items()
        if key.startswith(COMMENT_PREFIX) and value not in (None, False)
    )
    return Run(
        text,
        marks,
        str(href) if LINK in marks else None,
        _id_or_none(attributes.get("insert")),
        _id_or_none(attributes.get("delete")),
        comments,
    )


def _id_or_none(value: Any) -> str | None:
    return str(value) if isinstance(value, str) and value else None


def write_runs(text: Text, runs: Iterable[Run], at: int = 0) -> int:
    """Insert `runs` at pycrdt index `at`, each with exactly its attributes (an explicit set
    stops Yjs from extending the neighbour's marks over it); the index after them."""
    for run in runs:
        text.insert(at, run.text, run_attributes(run))
        at += crdt_length(run.text)
    return at


def runs_of(text: Text) -> Runs:
    return tuple(run_of(chunk, attrs) for chunk, attrs in text.diff() if isinstance(chunk, str))


# -- blocks ------------------------------------------------------------------------------------


def new_block_map(blocks: Array[Map[Any]], index: int, block: Block) -> Map[Any]:
    """Insert `block` at `index` of the blocks array; its map."""
    blocks.insert(index, Map({**storage.block_fields(block), "text": Text()}))
    entry = blocks[index]
    write_runs(entry["text"], block.text)
    return entry


def block_of(entry: Map[Any], place: str = "blocks") -> Block:
    """The block a map holds; a map no Copydesk could have written raises, naming the place."""
    raw = dict(entry.items())
    kind = KINDS.get(raw.get("kind", ""))
    if kind is None:
        raise SharedArticleError(f"{place}: unknown block kind “{raw.get('kind')}”")
    block_id = raw.get("id")
    if not isinstance(block_id, str) or not block_id:
        raise SharedArticleError(f"{place}: a block without an id")
    text = raw.get("text")
    runs = runs_of(text) if kind.has_text and isinstance(text, Text) else ()
    attrs = {name: _string(raw.get(name, ""), f"{place}.{name}") for name in kind.fields}
    review = {
        key: _string(raw[key], f"{place}.{key}") or None
        for key in ("insert", "delete", "kind_change")
        if key in raw
    }
    known = (*_BLOCK_OWN, "insert", "delete", "kind_change", "lang", *kind.fields)
    extra = {key: plain(value) for key, value in raw.items() if key not in known}
    lang = _string(raw.get("lang", ""), f"{place}.lang")
    return Block(kind.name, runs, attrs, block_id, extra, **review, lang=lang)


def _string(value: Any, place: str) -> str:
    if not isinstance(value, str):
        raise SharedArticleError(f"{place}: expected text, found {type(value).__name__}")
    return value


def plain(value: Any) -> Any:
    """A value read from Yjs as the file's JSON would hold it: Yjs numbers are doubles, so a
    whole number comes back as an integer; nested Yjs types become plain values."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, (Map, Array, Text)):
        return plain(value.to_py())
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


# -- the whole article -------------------------------------------------------------------------


def article_to_doc(article: Article, doc: Doc[Any] | None = None, origin: Any = None) -> Doc[Any]:
    """The article written into `doc` (a new one by default) in one transaction; `doc` must be
    empty: joining a room that already holds an article reads it instead (`doc_to_article`)."""
    doc = doc if doc is not None else Doc()
    parts = roots(doc)
    if len(parts.blocks) or len(parts.meta):
        raise SharedArticleError("the shared document already holds an article")
    data = storage.to_json(article)
    with doc.transaction(origin=origin):
        for key, value in data["meta"].items():
            parts.meta[key] = value
        for index, block in enumerate(article.blocks):
            new_block_map(parts.blocks, index, block)
        for key, media in article.media.items():
            parts.media[key] = Map({"type": media.type, "data": media.data, **media.extra})
        for order, entry in enumerate(data.get(SUGGESTIONS, [])):
            parts.suggestions[entry["id"]] = Map({**entry, ORDER: order})
        for order, entry in enumerate(data.get(COMMENTS, [])):
            parts.comments[entry["id"]] = comment_map(entry, order)
        for key, value in data.items():
            if key not in _FILE_TOP and key not in LOCAL_KEYS:
                parts.extra[key] = value
    return doc


def comment_map(entry: Mapping[str, Any], order: int) -> Map[Any]:
    """A comment as its file entry, its replies an array (concurrent replies all land)."""
    replies = Array([Map(dict(reply)) for reply in entry.get("replies", [])])
    return Map({**entry, "replies": replies, ORDER: order})


def doc_to_article(doc: Doc[Any], source: str = SOURCE) -> Article:
    """The article the document holds. Metadata, review tables and top-level keys are read by
    the file's reader (`ArticleFileError` naming `source` and the place on a bad value);
    a bad block raises `SharedArticleError`."""
    parts = roots(doc)
    with doc.transaction():
        shell = read_shell(parts, source)
        blocks = tuple(
            block_of(entry, f"blocks[{index}]") for index, entry in enumerate(parts.blocks)
        )
        media = read_media(parts)
    return Article(shell.meta, blocks, media, shell.extra, shell.suggestions, shell.comments)


def read_shell(parts: Roots, source: str = SOURCE) -> Article:
    """The article without blocks and media: metadata, review tables, top-level keys."""
    data: dict[str, Any] = {
        "format": storage.FORMAT,
        "version": storage.VERSION,
        "meta": plain(parts.meta.to_py()) or {},
        "blocks": [],
        SUGGESTIONS: table_entries(parts.suggestions),
        COMMENTS: table_entries(parts.comments),
        **{k: plain(v) for k, v in parts.extra.items() if k not in _FILE_TOP},
    }
    return storage.loads(json.dumps(data, ensure_ascii=False), source)


def read_media(parts: Roots) -> dict[str, Media]:
    return {key: media_of(key, entry) for key, entry in parts.media.items()}


def table_entries(table: Map[Map[Any]]) -> list[dict[str, Any]]:
    """A table's entries as the file lists them: in the order they were made."""
    entries = [plain(entry.to_py()) for entry in table.values()]
    entries.sort(key=lambda e: (e.get(ORDER, 0), str(e.get("id", ""))))
    for entry in entries:
        entry.pop(ORDER, None)
    return entries


def media_of(key: str, entry: Map[Any]) -> Media:
    raw = dict(entry.items())
    data = raw.get("data")
    kind = raw.get("type")
    if not isinstance(data, (bytes, bytearray)) or not isinstance(kind, str):
        raise SharedArticleError(f"media[{key!r}]: an image needs a type and its bytes")
    if key.startswith("sha256:") and media_key(bytes(data)) != key:
        raise SharedArticleError(f"media[{key!r}]: the image does not match its checksum")
    extra = {k: plain(v) for k, v in raw.items() if k not in ("type", "data")}
    return Media(kind, bytes(data), extra)
