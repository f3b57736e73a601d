"""The ninjs 1.x document Superdesk's ingest reads (superdesk-core,
`superdesk/io/feed_parsers/ninjs.py`): the keys it copies or maps, and nothing it drops.

Everything but `SUPERDESK_KEYS` is IPTC ninjs 1.6 (the tests validate against its
schema); those few keys are Superdesk's own — ninjs 1.6 has no place for an item's
guid, its keywords or its authors with their roles and biography, and Superdesk reads
them at the top level. Dates are UTC with `Z`, the only offsets its parser accepts.
"""

from __future__ import annotations

from datetime import UTC, datetime

from editor.formats.ninjs import (
    Document,
    body_counts,
    body_html,
    compact,
    concept_uri,
    data_uri,
    line,
    picture_size,
    picture_uri,
    pictures,
    utc,
)
from editor.formats.options import ExportOptions, embargo_of
from editor.model.article import Article, Block, Media

SCHEMA_16 = "http://www.iptc.org/std/ninjs/ninjs-schema_1.6.json"
SUPERDESK_KEYS: dict[str, object] = {
    "guid": {"type": "string"},
    "keywords": {"type": "array", "items": {"type": "string"}},
    "authors": {
        "type": "array",
        "items": {
            "type": "object",
            "required": ["name"],
            "additionalProperties": False,
            "properties": {
                "name": {"type": "string"},
                "role": {"type": "string"},
                "biography": {"type": "string"},
            },
        },
    },
}
"""Superdesk's keys beyond ninjs 1.6, as JSON Schema, so a test can hold them to a shape too."""


def superdesk_document(article: Article, options: ExportOptions) -> Document:
    meta = article.meta
    now = options.now or datetime.now(UTC)
    embargo = embargo_of(article, options)
    signes, words = body_counts(article)
    bio = " ".join(line(b.plain_text) for b in article.of_kind("author_bio") if b.text)
    authors = [
        compact({"name": line(a.name), "role": line(a.role), "biography": bio if i == 0 else ""})
        for i, a in enumerate(a for a in meta.authors if a.name.strip())
    ]
    return compact(
        {
            "guid": meta.guid,
            "uri": meta.guid,
            "$standard": {"name": "ninjs", "version": "1.6", "schema": SCHEMA_16},
            "type": "text",
            "mimetype": "text/html",
            "representationtype": "complete",
            "version": str(max(1, meta.revision)),
            "firstcreated": utc(meta.created or now),
            "versioncreated": utc(now),
            "contentcreated": utc(meta.created) if meta.created else None,
            "embargoed": utc(embargo) if embargo else None,
            "pubstatus": options.pub_status,
            "urgency": options.urgency,
            "copyrightholder": line(meta.credit or options.provider_name),
            "copyrightnotice": line(meta.copyright),
            "language": meta.language,
            "headline": line(article.title),
            "headline_kicker": line(article.kicker),
            "slugline": line(meta.slug),
            "byline": line(meta.byline),
            "located": line(meta.dateline.place),
            "description_text": line(article.standfirst),
            "body_html": body_html(article),
            "charcount": signes,
            "wordcount": words,
            "authors": authors,
            "keywords": [line(k) for k in meta.keywords if k.strip()],
            "subject": [_concept(s.code, s.name) for s in meta.subjects if s.code.strip()],
            "genre": [_concept(meta.genre, meta.genre)] if meta.genre.strip() else [],
            "place": [{"name": line(meta.dateline.place)}] if meta.dateline.place.strip() else [],
            "associations": {
                name: _association(article, block, media)
                for name, block, media in pictures(article)
            },
        }
    )


def _concept(code: str, name: str) -> Document:
    """Superdesk keeps `code` as the qcode and `scheme` as the vocabulary's URI."""
    code = code.strip()
    uri = concept_uri(code)
    scheme = uri[: -len(code.partition(":")[2])] if uri else ""
    return compact(
        {
            "name": line(name) or code,
            "code": code.partition(":")[2] if uri else code,
            "scheme": scheme,
        }
    )


def _association(article: Article, block: Block, media: Media) -> Document:
    """A picture: caption as `description_text`, alt text as `body_text` (Superdesk's ingest
    turns a picture's `body_text` into its alt text), credit as `byline`, apart."""
    size = picture_size(media)
    rendition = compact(
        {
            "href": data_uri(media),
            "mimetype": media.type,
            "width": size[0] if size else None,
            "height": size[1] if size else None,
            "sizeinbytes": len(media.data),
        }
    )
    return compact(
        {
            "uri": picture_uri(article, media),
            "type": "picture",
            "mimetype": media.type,
            "description_text": line(block.attr("caption")),
            "body_text": line(block.attr("alt")),
            "byline": line(block.attr("credit")),
            "copyrightholder": line(block.attr("credit")),
            "renditions": {"original": rendition},
        }
    )
