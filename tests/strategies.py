"""Hypothesis strategies for articles: every kind, marks, links, images, awkward Unicode."""

from __future__ import annotations

import re
import struct
import zlib
from datetime import UTC, date, datetime, timedelta, timezone

from hypothesis import strategies as st

from editor.model.article import Article, Author, Block, Dateline, Media, Meta, Subject
from editor.model.inline import LINK, Run
from editor.model.schema import KINDS

AWKWARD = [
    "\u00a0",  # no-break space
    "\u202f",  # narrow no-break space
    "é",
    "e\u0301",  # e + combining acute
    "«",
    "»",
    "’",
    "—",
    "…",
    "😀",
    "👩🏽‍💻",
    "שלום",  # Hebrew, right to left
    "مرحبا",  # Arabic, right to left
    "&",
    "<",
    ">",
    '"',
    "'",
    "Œ",
    "ß",
    "漢字",
]

letters = st.characters(
    codec="utf-8",
    exclude_categories=("Cc", "Cs", "Co", "Cn", "Zl", "Zp"),
    exclude_characters="\ufffe\uffff\ufeff",
)


def words(min_size: int = 1, max_size: int = 40) -> st.SearchStrategy[str]:
    """Text with ordinary words, spaces and the characters that break naive code."""
    piece = st.one_of(
        st.text(alphabet=letters, min_size=1, max_size=8),
        st.sampled_from(AWKWARD),
        st.sampled_from(["Le ", "la ", "une ", " ", "OTAN", "Kiev", " : ", " ! "]),
    )
    return (
        st.lists(piece, min_size=min_size, max_size=max_size)
        .map("".join)
        .filter(lambda s: bool(s.strip()))
    )


optional_words = st.one_of(st.just(""), words(max_size=8))
hrefs = st.sampled_from(
    [
        "https://example.org/",
        "https://www.example.org/a?b=1&c=2",
        "mailto:desk@example.org",
        "https://example.org/é%20x#frag",
    ]
)


@st.composite
def runs(draw: st.DrawFn, allowed: frozenset[str]) -> tuple[Run, ...]:
    out = []
    for _ in range(draw(st.integers(1, 4))):
        text = draw(words(max_size=6))
        marks = (
            draw(st.frozensets(st.sampled_from(sorted(allowed)), max_size=3))
            if allowed
            else frozenset()
        )
        href = draw(hrefs) if LINK in marks else None
        out.append(Run(text, marks, href))
    return tuple(out)


def png_bytes(
    width: int = 4, height: int = 3, colour: tuple[int, int, int] = (200, 40, 40)
) -> bytes:
    """A real, tiny PNG."""
    row = b"\x00" + bytes(colour) * width
    raw = row * height

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


LANGUAGES = st.sampled_from(("", "", "en", "de-CH"))
"""A block's own language: mostly none (the article's), sometimes another."""


@st.composite
def blocks_of(
    draw: st.DrawFn, kind: str, pictures: list[Media], languages: bool = False
) -> Block:
    spec = KINDS[kind]
    if kind == "image":
        picture = draw(st.sampled_from(pictures))
        return Block(
            kind,
            (),
            {
                "media": picture.key,
                "caption": draw(optional_words),
                "credit": draw(optional_words),
                "alt": draw(words(max_size=6)),
            },
        )
    attrs = {"attribution": draw(optional_words)} if kind == "pullquote" else {}
    lang = draw(LANGUAGES) if languages else ""
    return Block(kind, draw(runs(spec.marks)), attrs, lang=lang)


zones = st.sampled_from(
    [UTC, timezone(timedelta(hours=1)), timezone(timedelta(hours=-5, minutes=-30))]
)


@st.composite
def datetimes(draw: st.DrawFn) -> datetime:
    moment = draw(st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2060, 1, 1)))
    return moment.replace(microsecond=0, tzinfo=draw(zones))


@st.composite
def metas(draw: st.DrawFn) -> Meta:
    empty = draw(st.booleans())
    if empty:
        return Meta(language=draw(st.sampled_from(["fr", "en"])))
    return Meta(
        language=draw(st.sampled_from(["fr", "en", "fr-CH", "en-GB"])),
        revision=draw(st.integers(1, 50)),
        section=tuple(draw(st.lists(words(max_size=3), max_size=3))),
        authors=tuple(
            Author(draw(words(max_size=4)), draw(optional_words))
            for _ in range(draw(st.integers(0, 3)))
        ),
        dateline=Dateline(
            draw(optional_words),
            draw(st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2060, 1, 1)))),
        ),
        created=draw(st.one_of(st.none(), datetimes())),
        modified=draw(st.one_of(st.none(), datetimes())),
        keywords=tuple(draw(st.lists(words(max_size=3), max_size=4))),
        subjects=tuple(
            Subject(code, draw(optional_words))
            for code in draw(
                st.lists(
                    st.sampled_from(["medtop:11000000", "medtop:01000000", "medtop:04000000"]),
                    max_size=3,
                    unique=True,
                )
            )
        ),
        template=draw(st.sampled_from(["", "breve", "article"])),
        ignored_words=tuple(draw(st.lists(words(max_size=1), max_size=2))),
        slug=draw(st.one_of(st.just(""), st.from_regex(r"[a-z][a-z0-9-]{0,20}", fullmatch=True))),
        genre=draw(optional_words),
        credit=draw(optional_words),
        copyright=draw(optional_words),
        status=draw(st.sampled_from(["draft", "edited", "ready"])),
        embargo=draw(st.one_of(st.none(), datetimes())),
    )


@st.composite
def articles(draw: st.DrawFn, every_kind: bool = False, languages: bool = False) -> Article:
    """A structurally valid article: kicker, title, standfirst first; bio last; anything between.
    `languages`: some text blocks in a language of their own."""
    pictures = [Media("image/png", png_bytes(3 + i, 2 + i)) for i in range(2)]
    head = ["kicker", "title", "standfirst"]
    if not every_kind:
        head = [k for k in head if k == "title" or draw(st.booleans())]
    middle_kinds = ["paragraph", "subhead", "pullquote", "image"]
    middle = draw(
        st.lists(st.sampled_from(middle_kinds), min_size=0 if not every_kind else 4, max_size=8)
    )
    if every_kind:
        middle = middle_kinds + middle
    tail = ["author_bio"] if every_kind or draw(st.booleans()) else []
    blocks = [draw(blocks_of(kind, pictures, languages)) for kind in head + middle + tail]
    used = {b.attr("media") for b in blocks}
    return Article(draw(metas()), tuple(blocks), {p.key: p for p in pictures if p.key in used})


REVIEWERS = ["Anne Martin", "Paul Durand", "Zoé Leroy"]
INITIALS = ["", "", "AMa", "jkr"]
"""A comment's initials: none (made from the name) or the reviewer's own."""


@st.composite
def reviewed_articles(draw: st.DrawFn) -> Article:
    """An article under review: insertions and deletions on runs, blocks inserted, deleted or
    re-kinded (one of the three at most per block), comments across runs with threads."""
    return draw(reviews_of(draw(articles())))


def in_words(text: tuple[Run, ...], words: int) -> list[Run]:
    if not words:
        return list(text)
    piece = re.compile(rf"(?:\S+\s*){{1,{words}}}|\s+")
    return [run.with_text(part) for run in text for part in piece.findall(run.text)]


@st.composite
def reviews_of(draw: st.DrawFn, base: Article, cut: int = 0) -> Article:
    """`base` under review, as `reviewed_articles` annotates a generated one (the seed
    article, for one: real copy, as a desk reviews it). With `cut`, each run is first cut
    into pieces of that many words, so that changes fall inside paragraphs."""
    from editor.model.annotations import Comment, Reply, Suggestion

    suggestions: dict[str, Suggestion] = {}
    comments: dict[str, Comment] = {}

    def new_suggestion(kind: str, **more: str) -> str:
        sid = f"s{len(suggestions) + 1}"
        author = draw(st.sampled_from(REVIEWERS))
        when = draw(st.one_of(st.none(), datetimes()))
        suggestions[sid] = Suggestion(sid, kind, author, when, **more)
        return sid

    def new_comment() -> str:
        cid = f"c{len(comments) + 1}"
        replies = tuple(
            Reply(
                draw(st.sampled_from(REVIEWERS)),
                draw(datetimes()),
                draw(words(max_size=4)),
                initials=draw(st.sampled_from(INITIALS)),
            )
            for _ in range(draw(st.integers(0, 2)))
        )
        comments[cid] = Comment(
            cid,
            draw(st.sampled_from(REVIEWERS)),
            draw(st.one_of(st.none(), datetimes())),
            draw(words(max_size=6)),
            draw(st.booleans()),
            replies,
            initials=draw(st.sampled_from(INITIALS)),
        )
        return cid

    blocks: list[Block] = []
    for block in base.blocks:
        text = []
        for run in in_words(block.text, cut):
            change = draw(st.sampled_from(["", "", "insert", "delete", "both"]))
            insert = new_suggestion("insert") if change in ("insert", "both") else None
            delete = new_suggestion("delete") if change in ("delete", "both") else None
            cids = frozenset(new_comment() for _ in range(draw(st.integers(0, 1))))
            text.append(Run(run.text, run.marks, run.href, insert, delete, cids))
        level = draw(st.sampled_from(["", "", "", "block-insert", "block-delete", "kind-change"]))
        review: dict[str, str] = {}
        opening = not blocks or (len(blocks) == 1 and blocks[0].insert is not None)
        if level == "block-insert" and (not opening or all(run.insert for run in text)):
            # a split (text that was there in an inserted block) needs a paragraph mark
            # before it to go on, as in Word: not the first block's, nor the second's when
            # the first is inserted (the first's own mark carries its insertion)
            review["insert"] = new_suggestion(level)
        elif level == "block-delete":
            review["delete"] = new_suggestion(level)
        elif level == "kind-change" and block.kind in ("paragraph", "subhead"):
            before = "subhead" if block.kind == "paragraph" else "paragraph"
            review["kind_change"] = new_suggestion(level, from_kind=before)
        blocks.append(Block(block.kind, tuple(text), block.attrs, block.id, **review))
    return Article(base.meta, tuple(blocks), base.media, {}, suggestions, comments)
