"""The article: metadata, a flat list of typed blocks, and the media they use.

Every value here is a frozen dataclass. Edits build new values with
`dataclasses.replace`, so a snapshot costs nothing and no exporter can change
the document it renders. Mappings are read-only views for the same reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from editor.model.ids import new_article_id, new_block_id
from editor.model.inline import Text, normalize, text_of

if TYPE_CHECKING:  # made with the first review (`annotation_values`)
    from editor.model.annotations import Comment, Suggestion

EMPTY: Mapping[str, Any] = MappingProxyType({})


def _empty() -> Mapping[str, Any]:
    return EMPTY


def frozen_mapping(values: Mapping[str, Any] | None) -> Mapping[str, Any]:
    """A read-only copy of `values` (an empty one for None)."""
    if not values:
        return EMPTY
    if isinstance(values, MappingProxyType):
        return values
    return MappingProxyType(dict(values))


@dataclass(frozen=True, slots=True)
class Block:
    """One typed block: a paragraph, a subhead, a pull quote, an image…

    `attrs` holds the kind's extra fields as strings (pull quote: attribution;
    image: media, caption, credit, alt). `extra` keeps keys a newer version of
    the file wrote, so they are written back untouched. `insert`, `delete` and
    `kind_change` name the suggestion that inserted the block, deletes it, or gave
    it its kind (see `annotations`). `lang` is the BCP 47 tag of a block written in
    another language than the article (an English quote in a French piece), "" for the
    article's own: read it through `language_of`, never alone.
    """

    kind: str
    text: Text = ()
    attrs: Mapping[str, str] = field(default_factory=_empty)
    id: str = field(default_factory=new_block_id)
    extra: Mapping[str, Any] = field(default_factory=_empty)
    insert: str | None = None
    delete: str | None = None
    kind_change: str | None = None
    lang: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", normalize(self.text))
        object.__setattr__(
            self, "attrs", frozen_mapping({k: v for k, v in self.attrs.items() if v})
        )
        object.__setattr__(self, "extra", frozen_mapping(self.extra))

    @property
    def plain_text(self) -> str:
        return text_of(self.text)

    def attr(self, name: str) -> str:
        """The value of an extra field, "" when unset."""
        return self.attrs.get(name, "")

    def with_attr(self, name: str, value: str) -> Block:
        return replace(self, attrs={**self.attrs, name: value})


def language_of(block: Block, article_language: str) -> str:
    """The language a block is written in: its own, else the article's. Grammar, spelling,
    typography and every exporter ask this one question, so none of them can disagree."""
    return block.lang or article_language


LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*\Z")
"""The shape of a BCP 47 tag (“en”, “de-CH”, “zh-Hant-TW”); the registry itself is not needed
to keep nonsense out of files and exports."""


def is_language_tag(value: str) -> bool:
    return bool(LANGUAGE_TAG.match(value))


@dataclass(frozen=True, slots=True)
class Author:
    name: str
    role: str = ""
    extra: Mapping[str, Any] = field(default_factory=_empty)

    def __post_init__(self) -> None:
        object.__setattr__(self, "extra", frozen_mapping(self.extra))


@dataclass(frozen=True, slots=True)
class Dateline:
    """Where and when the story was filed: "BRUXELLES, 4 décembre"."""

    place: str = ""
    date: date | None = None

    @property
    def is_empty(self) -> bool:
        return not self.place and self.date is None


@dataclass(frozen=True, slots=True)
class Subject:
    """A subject code, e.g. an IPTC Media Topic `medtop:11000000` ("politique")."""

    code: str
    name: str = ""


@dataclass(frozen=True, slots=True)
class IgnoredGrammar:
    """What the grammar check passes over in this article, saved with it: whole rules ("Ignore
    this rule"), and single findings ("Ignore this") as (block id, rule, the words flagged), so
    an ignore survives edits elsewhere in the paragraph and lapses when those words change."""

    rules: tuple[str, ...] = ()
    places: tuple[tuple[str, str, str], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.rules or self.places)


STATUSES: tuple[str, ...] = ("draft", "edited", "ready", "published", "withheld", "canceled")


@dataclass(frozen=True, slots=True)
class Meta:
    id: str = field(default_factory=new_article_id)
    revision: int = 1
    language: str = "fr"
    section: tuple[str, ...] = ()
    authors: tuple[Author, ...] = ()
    dateline: Dateline = Dateline()
    created: datetime | None = None
    modified: datetime | None = None
    keywords: tuple[str, ...] = ()
    subjects: tuple[Subject, ...] = ()
    slug: str = ""
    genre: str = ""
    credit: str = ""
    copyright: str = ""
    status: str = "draft"
    embargo: datetime | None = None
    """Not to be published before this moment (always with its offset); None when free to run.
    Every exporter writes it its format's way, so it travels with the piece, not with a sending."""
    guid: str = ""
    """The NewsML-G2 item guid once an export generated it; it never changes afterwards."""
    template: str = ""
    """The length template the piece is written to ("breve", "article"…), empty for none."""
    ignored_words: tuple[str, ...] = ()
    """Words the spell-checker accepts in this article only (names, jargon of the piece)."""
    ignored_grammar: IgnoredGrammar = IgnoredGrammar()
    extra: Mapping[str, Any] = field(default_factory=_empty)

    def __post_init__(self) -> None:
        object.__setattr__(self, "extra", frozen_mapping(self.extra))

    @property
    def byline(self) -> str:
        """Authors as a byline: "Anne Martin et Paul Durand" / "Anne Martin and Paul Durand"."""
        names = [a.name for a in self.authors if a.name]
        if len(names) < 2:
            return "".join(names)
        conjunction = " et " if self.language.startswith("fr") else " and "
        return ", ".join(names[:-1]) + conjunction + names[-1]


@dataclass(frozen=True, slots=True)
class Media:
    """An embedded image, addressed by the SHA-256 of its bytes."""

    type: str
    data: bytes
    extra: Mapping[str, Any] = field(default_factory=_empty)

    def __post_init__(self) -> None:
        object.__setattr__(self, "extra", frozen_mapping(self.extra))

    @property
    def key(self) -> str:
        return media_key(self.data)


SMALL_MEDIA = 512 * 1024
"""Bytes of pictures in all under which `media_key(small=True)` is the quicker way."""


def media_key(data: bytes, small: bool = False) -> str:
    """The picture's address. `small`: the caller hashes few bytes in all (a file whose
    pictures weigh under `SMALL_MEDIA` together), so CPython's own SHA-256 does it, loaded with
    the interpreter: hashlib's is OpenSSL's, which hashes three times as fast but costs a
    command 2 to 3 ms to load, more than it would save on half a megabyte."""
    if small:
        try:
            from _sha256 import sha256  # type: ignore[import-not-found]  # CPython 3.11
        except ImportError:
            pass
        else:
            return "sha256:" + str(sha256(data).hexdigest())
    import hashlib  # with the first picture: OpenSSL's hashes are no part of reading copy

    return "sha256:" + hashlib.sha256(data).hexdigest()


@dataclass(frozen=True, slots=True)
class Article:
    """`suggestions` and `comments` are the review tables, by id, in the order they were made;
    the text they apply to carries their ids (see `annotations`)."""

    meta: Meta = field(default_factory=Meta)
    blocks: tuple[Block, ...] = ()
    media: Mapping[str, Media] = field(default_factory=_empty)
    extra: Mapping[str, Any] = field(default_factory=_empty)
    suggestions: Mapping[str, Suggestion] = field(default_factory=_empty)
    comments: Mapping[str, Comment] = field(default_factory=_empty)

    def __post_init__(self) -> None:
        object.__setattr__(self, "blocks", tuple(self.blocks))
        object.__setattr__(self, "media", frozen_mapping(self.media))
        object.__setattr__(self, "extra", frozen_mapping(self.extra))
        object.__setattr__(self, "suggestions", frozen_mapping(self.suggestions))
        object.__setattr__(self, "comments", frozen_mapping(self.comments))

    # -- reading ---------------------------------------------------------------------------

    def of_kind(self, kind: str) -> Iterator[Block]:
        return (b for b in self.blocks if b.kind == kind)

    def first(self, kind: str) -> Block | None:
        return next(self.of_kind(kind), None)

    @property
    def title(self) -> str:
        block = self.first("title")
        return block.plain_text if block else ""

    @property
    def standfirst(self) -> str:
        block = self.first("standfirst")
        return block.plain_text if block else ""

    @property
    def kicker(self) -> str:
        block = self.first("kicker")
        return block.plain_text if block else ""

    def index_of(self, block_id: str) -> int:
        for index, block in enumerate(self.blocks):
            if block.id == block_id:
                return index
        raise KeyError(block_id)

    def language_of(self, block: Block) -> str:
        return language_of(block, self.meta.language)

    def image_of(self, block: Block) -> Media | None:
        return self.media.get(block.attr("media"))

    # -- editing: each returns a new article -------------------------------------------------

    def with_blocks(self, blocks: tuple[Block, ...] | list[Block]) -> Article:
        return replace(self, blocks=tuple(blocks))

    def with_meta(self, **changes: Any) -> Article:
        return replace(self, meta=replace(self.meta, **changes))

    def replace_block(self, block: Block) -> Article:
        index = self.index_of(block.id)
        return self.with_blocks((*self.blocks[:index], block, *self.blocks[index + 1 :]))

    def add_media(self, media: Media) -> Article:
        return replace(self, media={**self.media, media.key: media})

    def unused_media_dropped(self) -> Article:
        used = {b.attr("media") for b in self.blocks if b.kind == "image"}
        if set(self.media) <= used:
            return self
        return replace(self, media={k: v for k, v in self.media.items() if k in used})
