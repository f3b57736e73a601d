"""The native `.article` file: UTF-8 JSON in a stable, diffable key order, images embedded.

`load` refuses bad input — broken JSON, a wrong shape, an unknown kind, a newer
version, missing media, bytes that are not UTF-8, an absurdly large file — with an
`ArticleFileError` that names the file, the place and the reason, and never touches
the file. `save` replaces the file atomically. Keys this version does not know are
kept and written back, so a newer Copydesk's file is not silently stripped.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Container, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from editor.model.annotations import block_is_annotated
from editor.model.article import (
    SMALL_MEDIA,
    Article,
    Author,
    Block,
    Dateline,
    IgnoredGrammar,
    Media,
    Meta,
    Subject,
    is_language_tag,
    media_key,
)
from editor.model.atomic import SaveError, atomic_write_bytes
from editor.model.ids import new_article_id, new_block_id
from editor.model.inline import LINK, MARKS, Run, Text
from editor.model.review_file import ReviewReader, comment_json, suggestion_json
from editor.model.schema import KINDS

FORMAT = "copydesk.article"
VERSION = 2
"""The newest file format version, the one this build writes for an article under review.
Version 2 added suggestions and comments; an article without them is written as version 1,
byte for byte as before, so colleagues on an older Copydesk still open it. Older versions
are migrated on load."""
PLAIN_VERSION = 1
"""The version written for an article that carries no suggestion and no comment."""
__all__ = ["ArticleFileError", "SaveError", "dumps", "load", "loads", "save", "to_json"]

MAX_FILE_BYTES = 256 * 1024 * 1024
"""Larger files are refused before they are read (a 1 GB file would freeze the window)."""
SUFFIX = ".article"


def _review_added(data: dict[str, Any]) -> dict[str, Any]:
    """Version 1 → 2: every version 1 file is a version 2 file without review tables."""
    return {**data, "version": 2}


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _review_added}
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
    "embargo",
    "guid",
    "template",
    "ignored_words",
    "ignored_grammar",
)
_META_STRINGS = ("language", "slug", "genre", "credit", "copyright", "status", "guid", "template")
_BLOCK_KEYS = ("id", "kind", "text", "insert", "delete", "kind_change", "lang")
_IGNORED_PLACE = ("block", "rule", "text")
_TOP_KEYS = ("format", "version", "meta", "blocks", "media", "suggestions", "comments")


class ArticleFileError(Exception):
    """A file that cannot be read as an article; the message is for the user.

    The message is English, for the command line; `code` names the reason and `values` holds
    what is in it (as `Problem.args` does for the check), so the window can say it in its own
    language. A place is a path in the JSON (`blocks[3].kind`), or a line and column."""

    def __init__(
        self,
        path: Path | str,
        reason: str,
        place: str = "",
        code: str = "",
        values: Mapping[str, str] | None = None,
    ) -> None:
        self.path = Path(path)
        self.reason = reason
        self.place = place
        self.code = code
        self.values = dict(values or {})
        where = f" (at {place})" if place else ""
        super().__init__(f"{self.path}: {reason}{where}")


# -- load ------------------------------------------------------------------------------------


def load(path: Path | str) -> Article:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            megabytes, limit = size // (1024 * 1024), MAX_FILE_BYTES // (1024 * 1024)
            raise ArticleFileError(
                path,
                f"the file is {megabytes} MB; articles are limited to {limit} MB",
                code="too-large",
                values={"size": str(megabytes), "limit": str(limit)},
            )
        raw = path.read_bytes()
    except IsADirectoryError:
        raise ArticleFileError(
            path, "this is a folder, not an article file", code="folder"
        ) from None
    except FileNotFoundError:
        raise ArticleFileError(path, "no such file", code="missing") from None
    except PermissionError:
        raise ArticleFileError(path, "permission denied", code="permission") from None
    except OSError as error:
        reason = error.strerror or str(error)
        raise ArticleFileError(path, reason, code="system", values={"reason": reason}) from None
    return loads(raw, path)


def loads(raw: bytes | str, path: Path | str = "<article>") -> Article:
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise ArticleFileError(
                path,
                "the file is not UTF-8 text",
                f"byte {error.start}",
                code="not-utf8",
                values={"byte": str(error.start)},
            ) from None
    if not raw.strip():
        raise ArticleFileError(path, "the file is empty", code="empty")
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as error:
        detail = error.msg.lower().removesuffix(" at")
        raise ArticleFileError(
            path,
            f"broken JSON: {detail}",
            f"line {error.lineno}, column {error.colno}",
            code="broken-json",
            values={"detail": detail, "line": str(error.lineno), "column": str(error.colno)},
        ) from None
    except RecursionError:
        raise ArticleFileError(path, "broken JSON: nested too deeply", code="too-deep") from None
    return _Reader(Path(path)).article(data)


class _Reader(ReviewReader):
    """Turns parsed JSON into an Article, naming the place of the first thing wrong."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.marked = False
        """Whether a block or a run named a suggestion or a comment: only then are the
        references looked up in the review's tables (most copy carries none)."""

    def fail(self, place: str, reason: str, code: str = "", **values: str) -> ArticleFileError:
        return ArticleFileError(self.path, reason, place, code, {"place": place, **values})

    def expect(self, value: Any, kind: type | tuple[type, ...], place: str, what: str) -> Any:
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            found = _describe(value)
            raise self.fail(
                place, f"expected {what}, found {found}", "expected", expected=what, found=found
            )
        return value

    def string(self, value: Any, place: str) -> str:
        return str(self.expect(value, str, place, "text"))

    def article(self, data: Any) -> Article:
        self.expect(data, dict, "top level", "an object")
        if data.get("format") != FORMAT:
            raise self.fail(
                "format", 'not a Copydesk article (no "format": "copydesk.article")', "not-article"
            )
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
        suggestions = self.suggestions(data.get("suggestions", []))
        comments = self.comments(data.get("comments", []))
        if self.marked or suggestions or comments:
            self.check_references(blocks, suggestions, comments)
        return Article(meta, tuple(blocks), media, _extra(data, _TOP_KEYS), suggestions, comments)

    def migrated(self, data: dict[str, Any]) -> dict[str, Any]:
        version = self.expect(data.get("version"), int, "version", "a version number")
        if version > VERSION:
            raise self.fail(
                "version",
                f"written by a newer Copydesk (format version {version}); "
                f"this version reads up to {VERSION}. Update Copydesk to open it",
                "newer-version",
                version=str(version),
                supported=str(VERSION),
            )
        if version < 1:
            raise self.fail(
                "version",
                f"unknown format version {version}",
                "unknown-version",
                version=str(version),
            )
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
        if raw.get("embargo"):
            values["embargo"] = self.embargo(raw["embargo"])
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
            raise self.fail(f"{place}.code", "a subject needs a code", "subject-without-code")
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
                    "meta.dateline.date",
                    f"“{when}” is not a date (YYYY-MM-DD)",
                    "not-a-date",
                    value=str(when),
                ) from None
        return Dateline(self.string(raw.get("place", ""), "meta.dateline.place"), day)

    def embargo(self, raw: Any) -> datetime:
        """An embargo without its offset would lift at a different hour in every newsroom that
        reads it: refused, not guessed."""
        moment = self.datetime(raw, "meta.embargo")
        if moment.utcoffset() is None:
            raise self.fail(
                "meta.embargo",
                f"the embargo “{raw}” needs a time-zone offset, e.g. +01:00",
                "embargo-without-offset",
                value=str(raw),
            )
        return moment

    def datetime(self, raw: Any, place: str) -> datetime:
        text = self.string(raw, place)
        try:
            return datetime.fromisoformat(text)
        except ValueError:
            raise self.fail(
                place, f"“{text}” is not a date and time (ISO 8601)", "not-a-time", value=text
            ) from None

    def media(self, raw: Any) -> dict[str, Media]:
        raw = self.expect(raw, dict, "media", "an object")
        media: dict[str, Media] = {}
        if raw:
            import binascii  # with the first picture: most copy has none
        encoded = sum(
            len(entry["data"])
            for entry in raw.values()
            if isinstance(entry, dict) and isinstance(entry.get("data"), str)
        )
        small = encoded // 4 * 3 <= SMALL_MEDIA  # base64: 4 characters for 3 bytes
        for key, entry in raw.items():
            place = f"media[{key!r}]"
            entry = self.expect(entry, dict, place, "an object")
            kind = self.string(entry.get("type"), f"{place}.type")
            if not kind.startswith("image/"):
                raise self.fail(
                    f"{place}.type", f"“{kind}” is not an image type", "not-an-image", type=kind
                )
            try:
                data = binascii.a2b_base64(  # base64.b64decode(validate=True) without its module
                    self.string(entry.get("data"), f"{place}.data"), strict_mode=True
                )
            except (binascii.Error, ValueError):
                raise self.fail(
                    f"{place}.data", "the image data is not valid base64", "bad-image-data"
                ) from None
            if key.startswith("sha256:") and media_key(data, small) != key:
                raise self.fail(
                    place, "the image data does not match its checksum (damaged file)", "checksum"
                )
            media[key] = Media(kind, data, _extra(entry, ("type", "data")))
        return media

    def block(self, raw: Any, place: str, media: Mapping[str, Media]) -> Block:
        """One block. What most blocks are (a string kind and id, text, no review, no language)
        is read without the general checks' calls, which fail the same way on the rest."""
        if type(raw) is not dict:
            raw = self.expect(raw, dict, place, "a block")
        kind_name = raw.get("kind")
        if type(kind_name) is not str:
            kind_name = self.string(kind_name, f"{place}.kind")
        kind = KINDS.get(kind_name)
        if kind is None:
            raise self.fail(
                f"{place}.kind", f"unknown block kind “{kind_name}”", "unknown-kind", kind=kind_name
            )
        block_id = raw.get("id")
        if block_id is None:
            block_id = new_block_id()
        elif type(block_id) is not str or _NAME.match(block_id) is None:
            self.string(block_id, f"{place}.id")
            raise self.fail(
                f"{place}.id",
                f"“{block_id}” is not a valid block id (letters, digits, "
                "- _ . ; not starting with a digit)",
                "bad-block-id",
                id=str(block_id),
            )
        text: Text = ()
        if kind.has_text:
            raw_text = raw.get("text", "")
            text = (
                (Run(raw_text),) if type(raw_text) is str else self.text(raw_text, f"{place}.text")
            )
        attrs = {name: self.string(raw.get(name, ""), f"{place}.{name}") for name in kind.fields}
        if kind.name == "image" and attrs["media"] not in media:
            raise self.fail(
                f"{place}.media",
                f"the image “{attrs['media'] or '(none)'}” is not in the file's media",
                "image-not-in-media",
                media=attrs["media"],
            )
        known = _KNOWN_KEYS[kind.name]
        review: dict[str, str | None] = {}
        if "insert" in raw or "delete" in raw or "kind_change" in raw:
            review = {
                key: self.string(raw[key], f"{place}.{key}") or None
                for key in ("insert", "delete", "kind_change")
                if key in raw
            }
            self.marked = True
        lang = self.lang(raw["lang"], f"{place}.lang") if "lang" in raw else ""
        extra = _extra(raw, known) if not raw.keys() <= known else {}
        return Block(kind.name, text, attrs, block_id, extra, **review, lang=lang)

    def lang(self, raw: Any, place: str) -> str:
        """A block's own language: a BCP 47 tag, or nothing (the article's)."""
        lang = self.string(raw, place).strip()
        if lang and not is_language_tag(lang):
            raise self.fail(
                place, f"“{lang}” is not a language tag (en, de-CH…)", "bad-language", lang=lang
            )
        return lang

    def text(self, raw: Any, place: str) -> Text:
        if isinstance(raw, str):
            return (Run(raw),)
        items = self.expect(raw, list, place, "text or a list of runs")
        # A bare string is a plain run, read at once: most runs of most copy are.
        return tuple(
            Run(item) if type(item) is str else self.run(item, f"{place}[{i}]")
            for i, item in enumerate(items)
        )

    def run(self, raw: Any, place: str) -> Run:
        if isinstance(raw, str):
            return Run(raw)
        raw = self.expect(raw, dict, place, "text or a run object")
        marks_raw = raw.get("marks", [])
        if type(marks_raw) is not list or not all(type(m) is str for m in marks_raw):
            marks_raw = self.expect(marks_raw, list, f"{place}.marks", "a list of marks")
            marks_raw = [self.string(m, f"{place}.marks") for m in marks_raw]
        marks = frozenset(marks_raw)
        if not marks <= _MARKS:
            unknown = sorted(marks - _MARKS)
            raise self.fail(
                f"{place}.marks", f"unknown mark “{unknown[0]}”", "unknown-mark", mark=unknown[0]
            )
        href = raw.get("href")
        href = self.string(href, f"{place}.href") if LINK in marks else None
        review: dict[str, str | None] = {}
        comments: frozenset[str] = frozenset()
        if "insert" in raw or "delete" in raw or "comments" in raw:
            review = {
                key: self.string(raw[key], f"{place}.{key}") or None
                for key in ("insert", "delete")
                if key in raw
            }
            comments_raw = (
                self.expect(raw["comments"], list, f"{place}.comments", "a list")
                if "comments" in raw
                else []
            )
            if review or comments_raw:
                self.marked = True
            comments = frozenset(self.string(c, f"{place}.comments") for c in comments_raw)
        text = self.string(raw.get("text", ""), f"{place}.text")
        return Run(text, marks, href, comments=comments, **review)


_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*\Z")
"""A block id: ASCII letters, digits, - _ . ; not starting with a digit, a hyphen or a dot.
One match, not a test per character (a long read's 2 000 ids took 8 ms so)."""
_MARKS = frozenset(MARKS)


_KNOWN_KEYS = {name: frozenset((*_BLOCK_KEYS, *kind.fields)) for name, kind in KINDS.items()}
"""Each kind's keys that are not kept aside as a newer version's."""


def _extra(raw: Mapping[str, Any], known: Container[str]) -> dict[str, Any]:
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
    import base64  # here, not at the start of every command: reading copy mostly needs none

    blocks = [_block_json(b) for b in article.blocks]
    review: dict[str, Any] = {}
    if article.suggestions:
        review["suggestions"] = [suggestion_json(s) for s in article.suggestions.values()]
    if article.comments:
        review["comments"] = [comment_json(c) for c in article.comments.values()]
    annotated = bool(review) or any(map(block_is_annotated, article.blocks))
    return {
        "format": FORMAT,
        "version": VERSION if annotated else PLAIN_VERSION,
        "meta": _meta_json(article.meta),
        "blocks": blocks,
        "media": {
            key: {"type": m.type, "data": base64.b64encode(m.data).decode("ascii"), **m.extra}
            for key, m in sorted(article.media.items())
        },
        **review,
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
    if meta.embargo:
        out["embargo"] = meta.embargo.isoformat()
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


def block_fields(block: Block) -> dict[str, Any]:
    """Every key of the block's JSON but its text, in the file's order (the shared document
    of co-editing keeps the same keys beside its own text)."""
    out: dict[str, Any] = {"id": block.id, "kind": block.kind}
    for name in KINDS[block.kind].fields:
        out[name] = block.attr(name)
    for key, value in (
        ("insert", block.insert),
        ("delete", block.delete),
        ("kind_change", block.kind_change),
    ):
        if value is not None:
            out[key] = value
    if block.lang:
        out["lang"] = block.lang
    out.update(block.extra)
    return out


def _block_json(block: Block) -> dict[str, Any]:
    fields = block_fields(block)
    if not KINDS[block.kind].has_text:
        return fields
    head = {"id": fields.pop("id"), "kind": fields.pop("kind")}
    return {**head, "text": _text_json(block.text), **fields}


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
        if run.insert is not None:
            item["insert"] = run.insert
        if run.delete is not None:
            item["delete"] = run.delete
        if run.comments:
            item["comments"] = sorted(run.comments)
        runs.append(item)
    return runs


def dumps(article: Article) -> str:
    return json.dumps(to_json(article), ensure_ascii=False, indent=2) + "\n"


def save(article: Article, path: Path | str) -> None:
    """Write the article to `path` atomically; the previous file survives any failure."""
    atomic_write_bytes(Path(path), dumps(article).encode("utf-8"))
