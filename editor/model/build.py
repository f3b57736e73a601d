"""A small builder DSL, so tests and samples read like the article they describe:

article(kicker("Diplomatie"), title("Le dernier voyage"), standfirst("…"),
        para("Plain, ", em("italic"), " and ", link("a link", "https://…")),
        subhead("Un diplomate"), quote("…", by="Mark Rutte"), bio("…"),
        meta=dict(language="fr", section=("Actualités", "International")))
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from editor.model.annotations import Comment, Suggestion
from editor.model.article import Article, Author, Block, Media, Meta, media_key
from editor.model.inline import EM, LINK, STRONG, SUP, Run

Inline = str | Run


def _runs(parts: tuple[Inline, ...]) -> tuple[Run, ...]:
    return tuple(Run(p) if isinstance(p, str) else p for p in parts)


def em(text: str) -> Run:
    return Run(text, frozenset({EM}))


def strong(text: str) -> Run:
    return Run(text, frozenset({STRONG}))


def sup(text: str) -> Run:
    return Run(text, frozenset({SUP}))


def link(text: str, href: str, *marks: str) -> Run:
    return Run(text, frozenset({LINK, *marks}), href)


def marked(text: str, *marks: str, href: str | None = None) -> Run:
    return Run(text, frozenset(marks), href)


def inserted(text: str, suggestion: str, *marks: str) -> Run:
    """Text suggested for insertion by the suggestion `suggestion` (its id)."""
    return Run(text, frozenset(marks), insert=suggestion)


def deleted(text: str, suggestion: str, *marks: str) -> Run:
    """Text suggested for deletion: it stays until the suggestion is decided."""
    return Run(text, frozenset(marks), delete=suggestion)


def commented(text: str | Run, *comment_ids: str) -> Run:
    run = Run(text) if isinstance(text, str) else text
    return replace(run, comments=run.comments | frozenset(comment_ids))


def _block(
    kind: str, parts: tuple[Inline, ...], block_id: str | None = None, lang: str = "", **attrs: str
) -> Block:
    if block_id is None:
        return Block(kind, _runs(parts), attrs, lang=lang)
    return Block(kind, _runs(parts), attrs, block_id, lang=lang)


def kicker(*parts: Inline, id: str | None = None, lang: str = "") -> Block:
    return _block("kicker", parts, id, lang)


def title(*parts: Inline, id: str | None = None, lang: str = "") -> Block:
    return _block("title", parts, id, lang)


def standfirst(*parts: Inline, id: str | None = None, lang: str = "") -> Block:
    return _block("standfirst", parts, id, lang)


def subhead(*parts: Inline, id: str | None = None, lang: str = "") -> Block:
    return _block("subhead", parts, id, lang)


def para(*parts: Inline, id: str | None = None, lang: str = "") -> Block:
    return _block("paragraph", parts, id, lang)


def quote(*parts: Inline, by: str = "", id: str | None = None, lang: str = "") -> Block:
    return _block("pullquote", parts, id, lang, attribution=by)


def bio(*parts: Inline, id: str | None = None, lang: str = "") -> Block:
    return _block("author_bio", parts, id, lang)


def image(
    media: Media | str, caption: str = "", credit: str = "", alt: str = "", id: str | None = None
) -> Block:
    key = media if isinstance(media, str) else media.key
    return _block("image", (), id, media=key, caption=caption, credit=credit, alt=alt)


def media(data: bytes, type: str = "image/png") -> Media:
    return Media(type, data)


def article(
    *blocks: Block,
    meta: dict[str, Any] | Meta | None = None,
    media: tuple[Media, ...] | list[Media] = (),
    suggestions: tuple[Suggestion, ...] = (),
    comments: tuple[Comment, ...] = (),
) -> Article:
    """An article from blocks; `meta` as a Meta or as Meta's fields (authors may be names)."""
    if not isinstance(meta, Meta):
        fields = dict(meta or {})
        if "authors" in fields:
            fields["authors"] = tuple(
                Author(a) if isinstance(a, str) else a for a in fields["authors"]
            )
        for key in ("section", "keywords", "subjects"):
            if key in fields:
                fields[key] = tuple(fields[key])
        meta = Meta(**fields)
    return Article(
        meta,
        tuple(blocks),
        {media_key(m.data): m for m in media},
        {},
        {s.id: s for s in suggestions},
        {c.id: c for c in comments},
    )
