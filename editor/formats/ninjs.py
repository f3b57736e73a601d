"""IPTC ninjs (news in JSON) for web desks and newsroom systems: ninjs 3.1 by default,
Superdesk's ninjs 1.x keys with `ninjs_flavour="superdesk"` (`ninjs_superdesk.py`).

One self-contained JSON document: a receiver behind an HTTP endpoint gets the whole
piece in one request, so each picture travels inside its association as a `data:`
rendition rather than as a file beside it. The item keeps the NewsML-G2 guid (same
rules, stored once in the article), so a web desk and the wire see the same story
and a new version replaces the previous one downstream.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from lxml import etree

from editor.formats.final import final_text
from editor.formats.newsml import with_guid
from editor.formats.newsml_text import is_language_tag
from editor.formats.options import PUB_STATUSES, ExportError, ExportOptions, embargo_of
from editor.formats.xhtml import XHTML, XML_LANG, clean, render_article
from editor.model.article import Article, Block, Media
from editor.model.atomic import atomic_write_bytes
from editor.model.stats import article_stats

SUFFIX = ".ninjs.json"
FLAVOURS: tuple[str, ...] = ("iptc", "superdesk")
"""`iptc`: ninjs 3.1 as the IPTC schema spells it; `superdesk`: the 1.x keys Superdesk reads."""
SCHEMA_31 = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json"

SCHEME_URIS: dict[str, str] = {
    "medtop": "http://cv.iptc.org/newscodes/mediatopic/",
    "subj": "http://cv.iptc.org/newscodes/subjectcode/",
    "genre": "http://cv.iptc.org/newscodes/genre/",
}
"""The IPTC vocabularies whose QCodes become full URIs; other codes go out as literals."""

Document = dict[str, Any]


def export(article: Article, path: Path, options: ExportOptions | None = None) -> list[Path]:
    """Write `NAME.ninjs.json` atomically; the one file written."""
    options = options or ExportOptions()
    check_options(article, options)
    article = with_guid(final_text(article, options, "ninjs"), options)
    atomic_write_bytes(Path(path), serialize(document(article, options)))
    return [Path(path)]


def document(article: Article, options: ExportOptions) -> Document:
    """The article as a ninjs object in the flavour the options ask for."""
    from editor.formats import ninjs_superdesk

    builders: dict[str, Callable[[Article, ExportOptions], Document]] = {
        "iptc": ninjs_31,
        "superdesk": ninjs_superdesk.superdesk_document,
    }
    return builders[options.ninjs_flavour](article, options)


def serialize(value: Document) -> bytes:
    """Pretty-printed UTF-8, real characters (no `\\u00a0` escapes), stable key order."""
    return (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def check_options(article: Article, options: ExportOptions) -> None:
    problems: tuple[tuple[str, bool, str], ...] = (
        (
            f"the flavour “{options.ninjs_flavour}” is not one of {', '.join(FLAVOURS)}",
            options.ninjs_flavour not in FLAVOURS,
            "ninjs-flavour",
        ),
        (
            f"the publication status “{options.pub_status}” is not one of "
            + ", ".join(PUB_STATUSES),
            options.pub_status not in PUB_STATUSES,
            "newsml-status",
        ),
        (
            "the embargo needs a time-zone offset, e.g. 2025-01-10T06:00:00+01:00",
            (embargo := embargo_of(article, options)) is not None and embargo.tzinfo is None,
            "newsml-embargo",
        ),
        (
            f"the article's language “{article.meta.language}” is not a language tag "
            "such as fr, en or fr-CH",
            not is_language_tag(article.meta.language),
            "newsml-language",
        ),
    )
    for message, broken, code in problems:
        if broken:
            raise ExportError(f"ninjs: {message}", code, {"flavour": options.ninjs_flavour})


# -- shared by both flavours ------------------------------------------------------------------


def utc(moment: datetime) -> str:
    """`2025-02-01T11:00:00Z`: UTC, whole seconds — the one form every ninjs reader parses
    (Superdesk's ingest accepts only `Z`, `+0000` or `+00:00`)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def line(text: str) -> str:
    """A metadata string on one line, without characters JSON readers choke on."""
    return " ".join(clean(text).split())


def body_html(article: Article) -> str:
    """The body as HTML from the shared XHTML renderer, without its header: headline,
    standfirst, byline and dateline travel in their own fields. ninjs has a language for the
    item only (`language`, the article's); a block in another keeps HTML's `lang` on its
    element, the one place the schema leaves for it (`xml:lang` is XHTML's, not HTML's)."""
    root = render_article(article).element
    for header in root.findall(f"{{{XHTML}}}header"):
        root.remove(header)
    for element in root.iter():
        if isinstance(element.tag, str):
            element.tag = etree.QName(element).localname
            if XML_LANG in element.attrib:
                del element.attrib[XML_LANG]
    etree.cleanup_namespaces(root)
    return "\n".join(etree.tostring(child, encoding="unicode", method="html") for child in root)


def body_counts(article: Article) -> tuple[int, int]:
    """Characters (signes, spaces included) and words of the body, as the desk counts them."""
    body = article_stats(article).body
    return body.signes, body.words


def concept_uri(code: str) -> str:
    """The full URI of an IPTC QCode (`medtop:11000000`), "" when its scheme is not one."""
    alias, colon, rest = code.strip().partition(":")
    base = SCHEME_URIS.get(alias)
    return base + rest if base and colon and rest and " " not in rest else ""


def pictures(article: Article) -> list[tuple[str, Block, Media]]:
    """Each image block with its picture, named `picture1`, `picture2`… in reading order.

    A picture the article lacks is an export error, as in NewsML-G2: a receiver must
    never get a caption whose image silently vanished."""
    found: list[tuple[str, Block, Media]] = []
    for index, block in enumerate(article.blocks):
        if block.kind != "image":
            continue
        media = article.image_of(block)
        if media is None:
            raise ExportError(
                f"ninjs: the picture of block {index + 1} is missing",
                "newsml-picture-missing",
                {"block": str(index + 1)},
            )
        found.append((f"picture{len(found) + 1}", block, media))
    return found


def data_uri(media: Media) -> str:
    return f"data:{media.type};base64,{base64.b64encode(media.data).decode('ascii')}"


def picture_uri(article: Article, media: Media) -> str:
    """A stable identifier for a picture of this item: the same bytes keep the same URI."""
    return f"{article.meta.guid}:picture:{media.key.removeprefix('sha256:')[:32]}"


def picture_size(media: Media) -> tuple[int, int] | None:
    """Width and height read from a PNG or JPEG header, None when neither."""
    data = media.data
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 24:
        return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    if data.startswith(b"\xff\xd8"):
        at = 2
        while at + 9 < len(data) and data[at] == 0xFF:
            marker, length = data[at + 1], int.from_bytes(data[at + 2 : at + 4], "big")
            if marker in (0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE):
                height = int.from_bytes(data[at + 5 : at + 7], "big")
                return int.from_bytes(data[at + 7 : at + 9], "big"), height
            at += 2 + length
    return None


def compact(document: Document) -> Document:
    """The object without empty values: ninjs readers treat absent and empty alike, and
    the schemas refuse some empty shapes (a rendition without its name)."""
    return {k: v for k, v in document.items() if v not in ("", None, [], {})}


# -- ninjs 3.1 --------------------------------------------------------------------------------


def ninjs_31(article: Article, options: ExportOptions) -> Document:
    meta = article.meta
    now = options.now or datetime.now(UTC)
    embargo = embargo_of(article, options)
    signes, words = body_counts(article)
    headlines = [{"role": "main", "value": line(article.title)}] if article.title.strip() else []
    if article.kicker.strip():
        headlines.append({"role": "kicker", "value": line(article.kicker)})
    return compact(
        {
            "uri": meta.guid,
            "standard": {"name": "ninjs", "version": "3.1", "schema": SCHEMA_31},
            "type": "text",
            "representationType": "full",
            "version": str(max(1, meta.revision)),
            "firstCreated": utc(meta.created or now),
            "versionCreated": utc(now),
            "contentCreated": utc(meta.created) if meta.created else None,
            "embargoedUntil": utc(embargo) if embargo else None,
            "pubStatus": options.pub_status,
            "urgency": options.urgency,
            "copyrightHolder": line(meta.credit or options.provider_name),
            "copyrightNotice": line(meta.copyright),
            "language": meta.language,
            "slugline": line(meta.slug),
            "by": line(meta.byline),
            "located": line(meta.dateline.place),
            "headlines": headlines,
            "descriptions": [
                {"role": "summary", "contentType": "text/plain", "value": line(article.standfirst)}
            ]
            if article.standfirst.strip()
            else [],
            "bodies": [
                {
                    "role": "main",
                    "contentType": "text/html",
                    "charCount": signes,
                    "wordCount": words,
                    "value": body_html(article),
                }
            ],
            "people": [
                {"name": line(a.name), "rel": "author"} for a in meta.authors if a.name.strip()
            ],
            "subjects": [_concept(s.code, s.name) for s in meta.subjects if s.code.strip()]
            + [compact({"name": line(" › ".join(meta.section)), "rel": "section"})]
            * bool(any(s.strip() for s in meta.section)),
            "places": [{"name": line(meta.dateline.place), "rel": "dateline"}]
            if meta.dateline.place.strip()
            else [],
            "genres": [_concept(meta.genre, "")] if meta.genre.strip() else [],
            "associations": [_association(article, *picture) for picture in pictures(article)],
        }
    )


def _concept(code: str, name: str) -> Document:
    uri = concept_uri(code)
    return compact({"name": line(name), "uri": uri, "literal": "" if uri else line(code)})


def _association(article: Article, name: str, block: Block, media: Media) -> Document:
    """A picture as a ninjs object of its own: the caption as its description, the alt
    text as an `alternative` description, the credit as its `by` and copyright holder."""
    size = picture_size(media)
    rendition = compact(
        {
            "name": "original",
            "href": data_uri(media),
            "contentType": media.type,
            "width": size[0] if size else None,
            "height": size[1] if size else None,
            "sizeInBytes": len(media.data),
        }
    )
    descriptions = [
        {"role": role, "contentType": "text/plain", "value": line(block.attr(attr))}
        for role, attr in (("caption", "caption"), ("alternative", "alt"))
        if block.attr(attr).strip()
    ]
    return compact(
        {
            "name": name,
            "rel": "illustration",
            "uri": picture_uri(article, media),
            "type": "picture",
            "descriptions": descriptions,
            "by": line(block.attr("credit")),
            "copyrightHolder": line(block.attr("credit")),
            "renditions": [rendition],
        }
    )
