"""The native `.article` file: UTF-8 JSON in a stable, diffable key order, images embedded.

`load` refuses bad input — broken JSON, a wrong shape, an unknown kind, a newer
version, missing media, bytes that are not UTF-8, an absurdly large file — with an
`ArticleFileError` that names the file, the place and the reason, and never touches
the file. `save` replaces the file atomically. Keys this version does not know are
kept and written back, so a newer Copydesk's file is not silently stripped.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from editor.model.article import (
    Article,
    Author,
    Block,
    Dateline,
    IgnoredGrammar,
    Media,
    Meta,
    Subject,
    media_key,
)
from editor.model.atomic import SaveError, atomic_write_bytes
from editor.model.ids import new_article_id, new_block_id
from editor.model.inline import LINK, MARKS, Run, Text
from editor.model.schema import KINDS

FORMAT = "copydesk.article"
VERSION = 1
"""The file format version this build writes. Older versions are migrated on load."""
__all__ = ["ArticleFileError", "SaveError", "dumps", "load", "loads", "save", "to_json"]

MAX_FILE_BYTES = 256 * 1024 * 1024
"""Larger files are refused before they are read (a 1 GB file would freeze the window)."""
SUFFIX = ".article"

MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}
"""Version n → n + 1 upgrades of the raw JSON, applied in turn on load."""

_META_KEYS = (
    "id",
    "revision",
    "language",
    "section",
    "authors",
    "dateline",
    "created",
    "modified",
    "keywords",
    "subjects",
    "slug",
    "genre",
    "credit",
    "copyright",
    "status",
    "guid",
    "template",
    "ignored_words",
    "ignored_grammar",
)
_META_STRINGS = ("language", "slug", "genre", "credit", "copyright", "status", "guid", "template")
_BLOCK_KEYS = ("id", "kind", "text")
_IGNORED_PLACE = ("block", "rule", "text")
_TOP_KEYS = ("format", "version", "meta", "blocks", "media")


class ArticleFileError(Exception):
    """A file that cannot be read as an article; the message is for the user."""

    def __init__(self, path: Path | str, reason: str, place: str = "") -> None:
        self.path = Path(path)
        self.reason = reason
        self.place = place
        where = f" (at {place})" if place else ""
        super().__init__(f"{self.path}: {reason}{where}")


# -- load ------------------------------------------------------------------------------------


def load(path: Path | str) -> Article:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ArticleFileError(
                path,
                f"the file is {size // (1024 * 1024)} MB; articles are "
                f"limited to {MAX_FILE_BYTES // (1024 * 1024)} MB",
            )
        raw = path.read_bytes()
    except IsADirectoryError:
        raise ArticleFileError(path, "this is a folder, not an article file") from None
    except FileNotFoundError:
        raise ArticleFileError(path, "no such file") from None
    except PermissionError:
        raise ArticleFileError(path, "permission denied") from None
    except OSError as error:
        raise ArticleFileError(path, error.strerror or str(error)) from None
    return loads(raw, path)


def loads(raw: bytes | str, path: Path | str = "<article>") -> Article:
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise ArticleFileError(
                path, "the file is not UTF-8 text", f"byte {error.start}"
            ) from None
    if not raw.strip():
        raise ArticleFileError(path, "the file is empty")
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as error:
        raise ArticleFileError(
            path,
            f"broken JSON: {error.msg.lower().removesuffix(' at')}",
            f"line {error.lineno}, column {error.colno}",
        ) from None
    except RecursionError:
        raise ArticleFileError(path, "broken JSON: nested too deeply") from None
    return _Reader(Path(path)).article(data)


class _Reader:
    """Turns parsed JSON into an Article, naming the place of the first thing wrong."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, place: str, reason: str) -> ArticleFileError:
        return ArticleFileError(self.path, reason, place)

    def expect(self, value: Any, kind: type | tuple[type, ...], place: str, what: str) -> Any:
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise self.fail(place, f"expected {what}, found {_describe(value)}")
        return value

    def string(self, value: Any, place: str) -> str:
        return str(self.expect(value, str, place, "text"))

    def article(self, data: Any) -> Article:
        self.expect(data, dict, "top level", "an object")
        if data.get("format") != FORMAT:
            raise self.fail("format", 'not a Copydesk article (no "format": "copydesk.article")')
        data = self.migrated(data)
        blocks_raw = self.expect(data.get("blocks"), list, "blocks", "a list of blocks")
        meta = self.meta(data.get("meta", {}))
        media = self.media(data.get("media", {}))
        blocks: list[Block] = []
        seen: set[str] = set()
        for index, raw in enumerate(blocks_raw):
            block = self.block(raw, f"blocks[{index}]", media)
            if block.id in seen:
                block = Block(block.kind, block.text, block.attrs, new_block_id(), block.extra)
            seen.add(block.id)
            blocks.append(block)
        return Article(meta, tuple(blocks), media, _extra(data, _TOP_KEYS))

    def migrated(self, data: dict[str, Any]) -> dict[str, Any]:
        version = self.expect(data.get("version"), int, "version", "a version number")
        if version > VERSION:
            raise self.fail(
                "version",
                f"written by a newer Copydesk (format version {version}); "
                f"this version reads up to {VERSION}. Update Copydesk to open it",
            )
        if version < 1:
            raise self.fail("version", f"unknown format version {version}")
        while version < VERSION:
            data = MIGRATIONS[version](data)
            version += 1
        return data

    def meta(self, raw: Any) -> Meta:
        raw = self.expect(raw, dict, "meta", "an object")
        values: dict[str, Any] = {}
        for key in _META_STRINGS:
            if key in raw:
                values[key] = self.string(raw[key], f"meta.{key}")
        if "id" in raw:
            values["id"] = self.string(raw["id"], "meta.id") or new_article_id()
        if "revision" in raw:
            values["revision"] = self.expect(raw["revision"], int, "meta.revision", "a number")
        for key in ("section", "keywords", "ignored_words"):
            if key in raw:
                items = self.expect(raw[key], list, f"meta.{key}", "a list")
                values[key] = tuple(self.string(v, f"meta.{key}[{i}]") for i, v in enumerate(items))
        if "authors" in raw:
            items = self.expect(raw["authors"], list, "meta.authors", "a list")
            values["authors"] = tuple(
                self.author(v, f"meta.authors[{i}]") for i, v in enumerate(items)
            )
        if "subjects" in raw:
            items = self.expect(raw["subjects"], list, "meta.subjects", "a list")
            values["subjects"] = tuple(
                self.subject(v, f"meta.subjects[{i}]") for i, v in enumerate(items)
            )
        if "dateline" in raw:
            values["dateline"] = self.dateline(raw["dateline"])
        if "ignored_grammar" in raw:
            values["ignored_grammar"] = self.ignored_grammar(raw["ignored_grammar"])
        for key in ("created", "modified"):
            if raw.get(key):
                values[key] = self.datetime(raw[key], f"meta.{key}")
        return Meta(**values, extra=_extra(raw, _META_KEYS))

    def ignored_grammar(self, raw: Any) -> IgnoredGrammar:
        place = "meta.ignored_grammar"
        raw = self.expect(raw, dict, place, "an object")
        rules = self.expect(raw.get("rules", []), list, f"{place}.rules", "a list")
        places = self.expect(raw.get("places", []), list, f"{place}.places", "a list")
        found: list[tuple[str, str, str]] = []
        for i, entry in enumerate(places):
            at = f"{place}.places[{i}]"
            entry = self.expect(entry, dict, at, "an object")
            block, rule, text = (self.string(entry.get(k), f"{at}.{k}") for k in _IGNORED_PLACE)
            found.append((block, rule, text))
        return IgnoredGrammar(
            tuple(self.string(r, f"{place}.rules[{i}]") for i, r in enumerate(rules)),
            tuple(found),
        )

    def author(self, raw: Any, place: str) -> Author:
        if isinstance(raw, str):
            return Author(raw)
        raw = self.expect(raw, dict, place, "an author")
        return Author(
            self.string(raw.get("name", ""), f"{place}.name"),
            self.string(raw.get("role", ""), f"{place}.role"),
            _extra(raw, ("name", "role")),
        )

    def subject(self, raw: Any, place: str) -> Subject:
        raw = self.expect(raw, dict, place, "a subject")
        code = self.string(raw.get("code"), f"{place}.code")
        if not code:
            raise self.fail(f"{place}.code", "a subject needs a code")
        return Subject(code, self.string(raw.get("name", ""), f"{place}.name"))

    def dateline(self, raw: Any) -> Dateline:
        raw = self.expect(raw, dict, "meta.dateline", "an object")
        when = raw.get("date")
        day = None
        if when:
            try:
                day = date.fromisoformat(self.string(when, "meta.dateline.date"))
            except ValueError:
                raise self.fail(
                    "meta.dateline.date", f"“{when}” is not a date (YYYY-MM-DD)"
                ) from None
        return Dateline(self.string(raw.get("place", ""), "meta.dateline.place"), day)

    def datetime(self, raw: Any, place: str) -> datetime:
        text = self.string(raw, place)
        try:
            return datetime.fromisoformat(text)
        except ValueError:
            raise self.fail(place, f"“{text}” is not a date and time (ISO 8601)") from None

    def media(self, raw: Any) -> dict[str, Media]:
        raw = self.expect(raw, dict, "media", "an object")
        media: dict[str, Media] = {}
        for key, entry in raw.items():
            place = f"media[{key!r}]"
            entry = self.expect(entry, dict, place, "an object")
            kind = self.string(entry.get("type"), f"{place}.type")
            if not kind.startswith("image/"):
                raise self.fail(f"{place}.type", f"“{kind}” is not an image type")
            try:
                data = base64.b64decode(
                    self.string(entry.get("data"), f"{place}.data"), validate=True
                )
            except (binascii.Error, ValueError):
                raise self.fail(f"{place}.data", "the image data is not valid base64") from None
            if key.startswith("sha256:") and media_key(data) != key:
                raise self.fail(place, "the image data does not match its checksum (damaged file)")
            media[key] = Media(kind, data, _extra(entry, ("type", "data")))
        return media

    def block(self, raw: Any, place: str, media: Mapping[str, Media]) -> Block:
        raw = self.expect(raw, dict, place, "a block")
        kind_name = self.string(raw.get("kind"), f"{place}.kind")
        kind = KINDS.get(kind_name)
        if kind is None:
            raise self.fail(f"{place}.kind", f"unknown block kind “{kind_name}”")
        block_id = raw.get("id")
        if block_id is None:
            block_id = new_block_id()
        elif not _is_name(self.string(block_id, f"{place}.id")):
            raise self.fail(
                f"{place}.id",
                f"“{block_id}” is not a valid block id (letters, digits, "
                "- _ . ; not starting with a digit)",
            )
        text = self.text(raw.get("text", ""), f"{place}.text") if kind.has_text else ()
        attrs = {name: self.string(raw.get(name, ""), f"{place}.{name}") for name in kind.fields}
        if kind.name == "image" and attrs["media"] not in media:
            raise self.fail(
                f"{place}.media",
                f"the image “{attrs['media'] or '(none)'}” is not in the file's media",
            )
        known = (*_BLOCK_KEYS, *kind.fields)
        return Block(kind.name, text, attrs, block_id, _extra(raw, known))

    def text(self, raw: Any, place: str) -> Text:
        if isinstance(raw, str):
            return (Run(raw),)
        items = self.expect(raw, list, place, "text or a list of runs")
        return tuple(self.run(item, f"{place}[{i}]") for i, item in enumerate(items))

    def run(self, raw: Any, place: str) -> Run:
        if isinstance(raw, str):
            return Run(raw)
        raw = self.expect(raw, dict, place, "text or a run object")
        marks_raw = self.expect(raw.get("marks", []), list, f"{place}.marks", "a list of marks")
        marks = frozenset(self.string(m, f"{place}.marks") for m in marks_raw)
        unknown = sorted(marks - set(MARKS))
        if unknown:
            raise self.fail(f"{place}.marks", f"unknown mark “{unknown[0]}”")
        href = raw.get("href")
        href = self.string(href, f"{place}.href") if LINK in marks else None
        return Run(self.string(raw.get("text", ""), f"{place}.text"), marks, href)


def _is_name(value: str) -> bool:
    return (
        bool(value)
        and (value[0].isascii() and (value[0].isalpha() or value[0] == "_"))
        and all(ch.isascii() and (ch.isalnum() or ch in "-_.") for ch in value)
    )


def _extra(raw: Mapping[str, Any], known: tuple[str, ...]) -> dict[str, Any]:
    return {k: v for k, v in raw.items() if k not in known}


def _describe(value: Any) -> str:
    names = {
        dict: "an object",
        list: "a list",
        str: "text",
        bool: "true/false",
        int: "a number",
        float: "a number",
        type(None): "nothing (null)",
    }
    return names.get(type(value), type(value).__name__)


# -- save ------------------------------------------------------------------------------------


def to_json(article: Article) -> dict[str, Any]:
    """The file's JSON value, keys in the documented order, unknown keys after them."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "meta": _meta_json(article.meta),
        "blocks": [_block_json(b) for b in article.blocks],
        "media": {
            key: {"type": m.type, "data": base64.b64encode(m.data).decode("ascii"), **m.extra}
            for key, m in sorted(article.media.items())
        },
        **article.extra,
    }


def _meta_json(meta: Meta) -> dict[str, Any]:
    dateline: dict[str, str] = {"place": meta.dateline.place}
    if meta.dateline.date:
        dateline["date"] = meta.dateline.date.isoformat()
    out: dict[str, Any] = {
        "id": meta.id,
        "revision": meta.revision,
        "language": meta.language,
        "section": list(meta.section),
        "authors": [{"name": a.name, "role": a.role, **a.extra} for a in meta.authors],
        "dateline": dateline,
        "created": meta.created.isoformat() if meta.created else "",
        "modified": meta.modified.isoformat() if meta.modified else "",
        "keywords": list(meta.keywords),
        "subjects": [{"code": s.code, "name": s.name} for s in meta.subjects],
        "slug": meta.slug,
        "genre": meta.genre,
        "credit": meta.credit,
        "copyright": meta.copyright,
        "status": meta.status,
    }
    if meta.guid:
        out["guid"] = meta.guid
    if meta.template:
        out["template"] = meta.template
    if meta.ignored_words:
        out["ignored_words"] = list(meta.ignored_words)
    if meta.ignored_grammar:
        ignored = meta.ignored_grammar
        out["ignored_grammar"] = {
            "rules": list(ignored.rules),
            "places": [{"block": b, "rule": r, "text": t} for b, r, t in ignored.places],
        }
    out.update(meta.extra)
    return out


def _block_json(block: Block) -> dict[str, Any]:
    kind = KINDS[block.kind]
    out: dict[str, Any] = {"id": block.id, "kind": block.kind}
    if kind.has_text:
        out["text"] = _text_json(block.text)
    for name in kind.fields:
        out[name] = block.attr(name)
    out.update(block.extra)
    return out


def _text_json(text: Text) -> str | list[str | dict[str, Any]]:
    if not text:
        return ""
    if len(text) == 1 and text[0].is_plain:
        return text[0].text
    runs: list[str | dict[str, Any]] = []
    for run in text:
        if run.is_plain:
            runs.append(run.text)
            continue
        item: dict[str, Any] = {"text": run.text, "marks": [m for m in MARKS if m in run.marks]}
        if run.href is not None:
            item["href"] = run.href
        runs.append(item)
    return runs


def dumps(article: Article) -> str:
    return json.dumps(to_json(article), ensure_ascii=False, indent=2) + "\n"


def save(article: Article, path: Path | str) -> None:
    """Write the article to `path` atomically; the previous file survives any failure."""
    atomic_write_bytes(Path(path), dumps(article).encode("utf-8"))
