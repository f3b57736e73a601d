"""The one translation between the model's `Article` and the surface's `QTextDocument`.

Encoding. A text block (kicker, title, standfirst, subhead, paragraph, bio) is one paragraph in
the root frame whose block format carries its kind and id as user properties. A composite block
(pull quote, image) is a `QTextFrame` whose frame format carries kind and id (and the image's
media key); its paragraphs carry their role: a pull quote's text and attribution; an image's
picture, caption, credit and alt text. Marks are a bitmask property on the character format, so
they read back exactly whatever the kind's look (em inside an italic pull quote shows upright);
a link is also a real Qt anchor. The desk's annotations ride along the same way: a run's
suggestion ids and comment ids are string properties of its character format (a deleted run
shows struck through, an inserted one underlined), a block's own suggestion ids are taken over
from the model block of the same id, so opening and saving an article under review keeps every
suggestion and comment even where the window has no tool for them yet. Qt keeps an empty
paragraph beside frames that have no text paragraph next to them (a "spacer"): it has no kind
and is not a block.

Everything else reads and edits the document through this module: `to_qt` builds it, `to_model`
reads it back, `changed` turns one `contentsChange` into the few model blocks it touched, and
`replace` rewrites a run of blocks in place for structural edits (kinds, moves, inserts).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from dataclasses import replace as _replace
from functools import lru_cache
from typing import Any, cast

from PySide6.QtCore import QUrl
from PySide6.QtGui import (
    QImage,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFragment,
    QTextFrame,
    QTextFrameFormat,
    QTextImageFormat,
)

from editor.app import direction, looks, slant
from editor.model.article import EMPTY, Article, Block, Media
from editor.model.ids import new_block_id
from editor.model.inline import EM, LINK, STRONG, SUP, Run, Text, slice_text

KIND = looks.PROPERTY_BASE + 1
BLOCK_ID = looks.PROPERTY_BASE + 2
ROLE = looks.PROPERTY_BASE + 3
MARKS = looks.PROPERTY_BASE + 4
MEDIA = looks.PROPERTY_BASE + 5
INSERT = looks.PROPERTY_BASE + 6
DELETE = looks.PROPERTY_BASE + 7
COMMENTS = looks.PROPERTY_BASE + 8
LANG = looks.PROPERTY_BASE + 9
"""A block's own language (`Block.lang`), on the first paragraph of its unit: Qt copies a
paragraph's format to both halves of a split, so a quote in English stays English."""
ANNOTATIONS = (INSERT, DELETE, COMMENTS)
"""Character properties naming the suggestion that inserted or deletes a run, and the
comments (ids separated by spaces) whose range covers it."""

MARK_BITS: dict[str, int] = {EM: 1, STRONG: 2, SUP: 4, LINK: 8}
_MARKS_OF = tuple(
    frozenset(m for m, bit in MARK_BITS.items() if n & bit) for n in range(1 << len(MARK_BITS))
)

TEXT, PICTURE = "text", "picture"
COMPOSITES: dict[str, tuple[str, ...]] = {
    "pullquote": (TEXT, "attribution"),
    "image": (PICTURE, "caption", "credit", "alt"),
}
"""Composite kinds and the roles of their paragraphs, in order: TEXT holds the block's inline
text, PICTURE the image, any other role the block attribute of the same name."""

LINE_BREAK = "\u2028"
OBJECT = "\ufffc"
MEDIA_SCHEME = "copydesk-media"
_ALL = 1 << 30
_SUPERSCRIPT = QTextCharFormat.VerticalAlignment.AlignSuperScript


def bits(marks: Iterable[str]) -> int:
    return sum(MARK_BITS[m] for m in marks if m in MARK_BITS)


def marks_of(value: int) -> frozenset[str]:
    return _MARKS_OF[value & (len(_MARKS_OF) - 1)]


# -- formats ---------------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def char_format(
    kind: str, role: str = "", marks: int = 0, href: str | None = None, upright: bool = False
) -> QTextCharFormat:
    """The character format for text of a kind (and role) with marks; shared, do not modify.
    `upright`: the look of letters of a script set upright (`slant`)."""
    fmt = QTextCharFormat(
        looks.char_format(kind, role, bool(marks & 1), bool(marks & 2), bool(marks & 4), upright)
    )
    if marks:
        fmt.setProperty(MARKS, marks)
    if marks & MARK_BITS[LINK]:
        fmt.setAnchor(True)
        fmt.setAnchorHref(href or "")
        looks.link_look(fmt)
    return fmt


def leaning(kind: str, role: str, marks: int) -> bool:
    """Whether letters of upright scripts (`slant`) look different here: in an italic look,
    or under the italic mark."""
    return looks.look_of(kind, role).italic or bool(marks & MARK_BITS[EM])


def by_script(kind: str, role: str, marks: int, text: str) -> list[tuple[str, bool]]:
    """`text` in the pieces that take the slanted and the upright look (upright: True)."""
    if not leaning(kind, role, marks):
        return [(text, False)]
    return [(piece, upright) for _, piece, upright in slant.pieces(text)]


def insert_run(
    cursor: QTextCursor, kind: str, role: str, run: Run, text: str | None = None
) -> None:
    """Insert `run` (its text, or `text` standing for it) in its look at the cursor, the
    letters of each script in theirs, so no repair has to follow (`upright`)."""
    marks = bits(run.marks)
    for piece, upright in by_script(kind, role, marks, run.text if text is None else text):
        cursor.insertText(piece, annotated(char_format(kind, role, marks, run.href, upright), run))


def annotated(fmt: QTextCharFormat, run: Run) -> QTextCharFormat:
    """`fmt` carrying the run's suggestion and comment ids; the shared format for plain runs."""
    if not run.is_annotated:
        return fmt
    fmt = QTextCharFormat(fmt)
    for prop, value in (
        (INSERT, run.insert or ""),
        (DELETE, run.delete or ""),
        (COMMENTS, " ".join(sorted(run.comments))),
    ):
        if value:
            fmt.setProperty(prop, value)
    if run.delete is not None:
        fmt.setFontStrikeOut(True)
    elif run.insert is not None:
        fmt.setFontUnderline(True)
    return fmt


def with_annotations_of(fmt: QTextCharFormat, source: QTextCharFormat) -> QTextCharFormat:
    """`fmt` (a new look for some text) keeping the annotations `source` gave that text."""
    return annotated(fmt, annotations_of(source, ""))


def annotations_of(fmt: QTextCharFormat, text: str) -> Run:
    """The run of `text` with the annotations a character format carries, marks left out."""
    insert, delete = fmt.stringProperty(INSERT), fmt.stringProperty(DELETE)
    comments = frozenset(fmt.stringProperty(COMMENTS).split())
    return Run(text, insert=insert or None, delete=delete or None, comments=comments)


def unsuggested(fmt: QTextCharFormat, block: QTextBlock) -> QTextCharFormat | None:
    """The format to type with where `fmt` belongs to a suggested insertion or deletion: the
    same marks and comments, no suggestion (None when it carries none). Typed without Track
    Changes, text is plain text: it must not go with a deletion when accepted (with it, the
    surface adds the typist's own insertion, `tracked.typing_format`)."""
    if not (fmt.hasProperty(INSERT) or fmt.hasProperty(DELETE)):
        return None
    value = fmt.intProperty(MARKS)
    href = fmt.anchorHref() if value & MARK_BITS[LINK] else None
    base = char_format(kind_of(block) or "paragraph", role_of(block), value, href)
    return annotated(base, Run("", comments=annotations_of(fmt, "").comments))


def block_format(
    kind: str, role: str = "", block_id: str = "", lang: str = ""
) -> QTextBlockFormat:
    fmt = QTextBlockFormat(looks.block_format(kind, role))
    if kind:
        fmt.setProperty(KIND, kind)
    if role:
        fmt.setProperty(ROLE, role)
    if block_id:
        fmt.setProperty(BLOCK_ID, block_id)
    if lang:
        fmt.setProperty(LANG, lang)
    return fmt


def lang_of(paragraph: QTextBlock) -> str:
    """The language a paragraph was given, "" for the article's (see `LANG`)."""
    return paragraph.blockFormat().stringProperty(LANG)


def language_at(paragraph: QTextBlock, article_language: str) -> str:
    """The language a paragraph is written in: the surface's side of `model.language_of`."""
    return lang_of(paragraph) or article_language


def frame_format(block: Block) -> QTextFrameFormat:
    fmt = QTextFrameFormat(looks.frame_format(block.kind))
    fmt.setProperty(KIND, block.kind)
    fmt.setProperty(BLOCK_ID, block.id)
    if block.kind == "image":
        fmt.setProperty(MEDIA, block.attr("media"))
    return fmt


def media_url(key: str) -> QUrl:
    return QUrl(f"{MEDIA_SCHEME}:{key}")


QT_FORMATS: dict[str, str] = {
    "image/png": "PNG", "image/jpeg": "JPEG", "image/jpg": "JPEG", "image/gif": "GIF",
    "image/webp": "WEBP", "image/svg+xml": "SVG", "image/tiff": "TIFF",
}  # fmt: skip
"""Qt's reader for each picture type an article records. Named, Qt reads the picture at once;
unnamed, it first asks every image plugin whether it can read the bytes: about 3 ms for an
article's first picture, before the window's first paint."""


def register_media(document: QTextDocument, key: str, media: Media | None) -> QImage:
    """Make the image available to the document under its media key; the decoded image."""
    url = media_url(key)
    cached = document.resource(QTextDocument.ResourceType.ImageResource, url)
    if isinstance(cached, QImage) and not cached.isNull():
        return cached
    image = decoded(media) if media is not None else QImage()
    document.addResource(QTextDocument.ResourceType.ImageResource, url, image)
    return image


def decoded(media: Media) -> QImage:
    """The picture, read as its recorded type; bytes of another type than recorded (a file
    renamed, a tool's mistake) are read as Qt finds them."""
    image = QImage()
    reader = QT_FORMATS.get(media.type.lower())
    if reader is None or not image.loadFromData(media.data, reader):
        image.loadFromData(media.data)
    return image


# -- reading ---------------------------------------------------------------------------------


def fragments(block: QTextBlock) -> Iterator[QTextFragment]:
    """The block's fragments, runs of one character format, in order."""
    items = cast(Iterable[Any], block)  # PySide6 iterates a block; its stubs do not say so
    for item in items:
        yield item.fragment()


def kind_of(block: QTextBlock) -> str:
    return block.blockFormat().stringProperty(KIND)


def role_of(block: QTextBlock) -> str:
    return block.blockFormat().stringProperty(ROLE)


def frame_of(block: QTextBlock) -> QTextFrame | None:
    """The composite frame holding `block`, None for a paragraph of the root frame."""
    frame = QTextCursor(block).currentFrame()
    return frame if frame is not None and frame.parentFrame() is not None else None


@dataclass(frozen=True, slots=True)
class Unit:
    """One model block as it stands in the document: a paragraph, or a frame's paragraphs."""

    kind: str
    id: str
    first: QTextBlock
    last: QTextBlock
    frame: QTextFrame | None = None

    @property
    def start(self) -> int:
        return self.first.position()

    @property
    def end(self) -> int:
        """The position of the unit's last cursor position (before its last separator)."""
        return self.last.position() + self.last.length() - 1


def unit_of(block: QTextBlock) -> Unit | None:
    """The unit `block` belongs to; None for a spacer (or an invalid block)."""
    if not block.isValid():
        return None
    fmt = block.blockFormat()
    if fmt.hasProperty(ROLE):
        frame = frame_of(block)
        if frame is not None:
            frame_fmt = frame.frameFormat()
            document = block.document()
            return Unit(
                frame_fmt.stringProperty(KIND),
                frame_fmt.stringProperty(BLOCK_ID),
                document.findBlock(frame.firstPosition()),
                document.findBlock(frame.lastPosition()),
                frame,
            )
    kind = fmt.stringProperty(KIND)
    if kind in COMPOSITES:
        kind = "paragraph"
    if not kind:
        if block.length() <= 1:
            return None
        kind = "paragraph"
    return Unit(kind, fmt.stringProperty(BLOCK_ID), block, block)


def unit_before(block: QTextBlock) -> Unit | None:
    previous = block.previous()
    while previous.isValid():
        unit = unit_of(previous)
        if unit is not None:
            return unit
        previous = previous.previous()
    return None


def unit_after(block: QTextBlock) -> Unit | None:
    following = block.next()
    while following.isValid():
        unit = unit_of(following)
        if unit is not None:
            return unit
        following = following.next()
    return None


def units_between(first: QTextBlock, last: QTextBlock) -> list[Unit]:
    """The units from the one holding `first` to the one holding `last`, in reading order."""
    units: list[Unit] = []
    block, stop = first, last.position()
    while block.isValid() and block.position() <= stop:
        unit = unit_of(block)
        if unit is None:
            block = block.next()
            continue
        units.append(unit)
        block = unit.last.next()
    return units


def read_runs(block: QTextBlock) -> Text:
    runs: list[Run] = []
    for fragment in fragments(block):
        fmt = fragment.charFormat()
        value = fmt.intProperty(MARKS)
        text = fragment.text().replace(LINE_BREAK, "\n")
        run = Run(text, marks_of(value), fmt.anchorHref() if value & 8 else None)
        if any(fmt.hasProperty(prop) for prop in ANNOTATIONS):
            noted = annotations_of(fmt, text)
            run = _replace(run, insert=noted.insert, delete=noted.delete, comments=noted.comments)
        runs.append(run)
    return tuple(runs)


def read_unit(unit: Unit, block_id: str, extra: Mapping[str, object] = EMPTY) -> Block:
    lang = lang_of(unit.first)
    if unit.frame is None:
        return Block(unit.kind, read_runs(unit.first), {}, block_id, extra, lang=lang)
    text: Text = ()
    attrs: dict[str, str] = {}
    block = unit.first
    while block.isValid() and block.position() <= unit.last.position():
        role = role_of(block)
        if role == TEXT:
            text = read_runs(block)
        elif role and role != PICTURE:
            attrs[role] = block.text().replace(LINE_BREAK, "\n")
        block = block.next()
    if unit.kind == "image":
        attrs["media"] = unit.frame.frameFormat().stringProperty(MEDIA)
    return Block(unit.kind, text, attrs, block_id, extra, lang=lang)


@dataclass(frozen=True, slots=True)
class Replacement:
    """Model blocks [start, stop) become `blocks`; `stamps` are units the document must be told
    their (new) id or kind, because Qt made them without one."""

    start: int
    stop: int
    blocks: tuple[Block, ...]
    stamps: tuple[tuple[Unit, Block], ...] = ()

    def apply(self, article: Article) -> Article:
        old = article.blocks
        return article.with_blocks(old[: self.start] + self.blocks + old[self.stop :])


def changed(
    document: QTextDocument, article: Article, index: Mapping[str, int], position: int, added: int
) -> Replacement:
    """The model blocks a change at [position, position + added) touched, read back.

    The units around the change still carry ids the model knows; every model block between
    them is replaced by what the document now holds there. Merged paragraphs disappear, split
    ones appear, and a unit whose id is missing or already used elsewhere gets a new one.
    """
    last_position = document.characterCount() - 1
    first = document.findBlock(max(0, min(position, last_position)))
    last = document.findBlock(max(0, min(position + added, last_position)))
    units = units_between(first, last)
    before = unit_before(units[0].first if units else first)
    while before is not None and before.id not in index:
        units.insert(0, before)
        before = unit_before(before.first)
    after = unit_after(units[-1].last if units else last)
    while after is not None and after.id not in index:
        units.append(after)
        after = unit_after(after.last)
    start = index[before.id] + 1 if before is not None else 0
    stop = index[after.id] if after is not None else len(article.blocks)
    blocks: list[Block] = []
    stamps: list[tuple[Unit, Block]] = []
    seen: set[str] = set()
    for unit in units:
        at = index.get(unit.id, -1)
        inside = start <= at < stop
        taken = unit.id in seen or (at >= 0 and not inside)  # a copy of a block kept elsewhere
        block_id = unit.id if unit.id and not taken else new_block_id()
        seen.add(block_id)
        block = read_unit(unit, block_id, article.blocks[at].extra if inside else EMPTY)
        if inside:
            block = _block_suggestions(block, article.blocks[at])
        if block_id != unit.id or (unit.frame is None and kind_of(unit.first) != unit.kind):
            stamps.append((unit, block))
        blocks.append(block)
    return Replacement(start, stop, tuple(blocks), tuple(stamps))


def _block_suggestions(block: Block, before: Block) -> Block:
    """The suggestions that concern the block as a whole come from its model block."""
    if before.insert is None and before.delete is None and before.kind_change is None:
        return block
    return _replace(
        block, insert=before.insert, delete=before.delete, kind_change=before.kind_change
    )


def to_model(document: QTextDocument, base: Article) -> Article:
    """The article the document shows; metadata, media and unknown keys come from `base`."""
    index = {block.id: i for i, block in enumerate(base.blocks)}
    return changed(document, base, index, 0, _ALL).apply(base)


def foreign_blocks(document: QTextDocument) -> list[Block]:
    """The paragraphs of a document Qt read from someone else's HTML (Word, LibreOffice, a web
    page): headings become subheads; italics, bold, superscript and links stay; the rest goes."""
    blocks: list[Block] = []
    block = document.begin()
    while block.isValid():
        runs: list[Run] = []
        for fragment in fragments(block):
            fmt = fragment.charFormat()
            marks = {
                mark
                for mark, present in (
                    (EM, fmt.fontItalic()),
                    (STRONG, fmt.fontWeight() >= 600),
                    (SUP, fmt.verticalAlignment() == _SUPERSCRIPT),
                    (LINK, fmt.isAnchor() and bool(fmt.anchorHref())),
                )
                if present
            }
            text = fragment.text().replace(LINE_BREAK, " ").replace(OBJECT, "")
            runs.append(Run(text, frozenset(marks), fmt.anchorHref() if LINK in marks else None))
        plain = "".join(r.text for r in runs)
        if plain.strip():
            lead = len(plain) - len(plain.lstrip())
            heading = block.blockFormat().headingLevel() > 0
            if heading:  # bold is how a heading looks, not a mark on its words
                runs = [Run(r.text, r.marks - {STRONG}, r.href) for r in runs]
            kind = "subhead" if heading else "paragraph"
            blocks.append(Block(kind, slice_text(tuple(runs), lead, len(plain.rstrip()))))
        block = block.next()
    return blocks


# -- writing ---------------------------------------------------------------------------------


class _Writer:
    """Writes blocks at a cursor. `fresh`: the cursor sits in an empty paragraph that the next
    text block can take over (the document's first, or the one Qt adds after a frame)."""

    def __init__(self, cursor: QTextCursor, media: Mapping[str, Media]) -> None:
        self.cursor = cursor
        self.media = media
        self.fresh = True
        self.places: dict[tuple[str, str], int] = {}
        """Where each paragraph written starts, by (block id, role)."""

    def write(self, block: Block) -> None:
        if block.kind in COMPOSITES:
            self.composite(block)
        else:
            self.paragraph(block, "", block.text, first=self.fresh)
            self.fresh = False

    def paragraph(self, block: Block, role: str, text: Text, first: bool) -> None:
        cursor, kind = self.cursor, block.kind
        opens = role == COMPOSITES.get(kind, ("",))[0]  # the unit's first paragraph
        fmt = block_format(kind, role, "" if role else block.id, block.lang if opens else "")
        direction.named(fmt, "".join(run.text for run in text))
        base = char_format(kind, role)
        if first:
            cursor.setBlockFormat(fmt)
            cursor.setBlockCharFormat(base)
        else:
            cursor.insertBlock(fmt, base)
        self.places[(block.id, role)] = cursor.position()
        for run in text:
            insert_run(cursor, kind, role, run, run.text.replace("\n", LINE_BREAK))

    def composite(self, block: Block) -> None:
        cursor = self.cursor
        if self.fresh:
            self.spacer()
        frame = cursor.insertFrame(frame_format(block))
        for n, role in enumerate(COMPOSITES[block.kind]):
            if role == TEXT:
                text = block.text
            elif role == PICTURE:
                text = ()
            else:
                text = (Run(block.attr(role)),)
            self.paragraph(block, role, text, first=n == 0)
            if role == PICTURE:
                self.picture(block.attr("media"))
        cursor.setPosition(frame.lastPosition() + 1)
        self.fresh = True

    def picture(self, key: str) -> None:
        image = register_media(self.cursor.document(), key, self.media.get(key))
        fmt = QTextImageFormat()
        fmt.merge(char_format("image", PICTURE))
        fmt.setObjectType(QTextFormat.ObjectTypes.ImageObject)
        fmt.setName(media_url(key).toString())
        width, height = _fit(image.width(), image.height())
        if width:
            fmt.setWidth(width)
            fmt.setHeight(height)
        self.cursor.insertImage(fmt)

    def spacer(self) -> None:
        self.cursor.setBlockFormat(block_format(""))
        self.cursor.setBlockCharFormat(char_format(""))


def _fit(width: int, height: int) -> tuple[float, float]:
    if width <= 0 or height <= 0:
        return 0.0, 0.0
    most_wide, most_tall = looks.IMAGE_MAX
    scale = min(1.0, most_wide / width, most_tall / height)
    return width * scale, height * scale


def to_qt(article: Article, document: QTextDocument | None = None) -> QTextDocument:
    """A new document showing `article` (or `document`, emptied and refilled); no undo history."""
    document = document if document is not None else QTextDocument()
    document.setUndoRedoEnabled(False)
    document.clear()
    root = document.rootFrame()
    root.setFrameFormat(looks.root_frame_format(root.frameFormat()))
    document.setDefaultFont(char_format("paragraph").font())
    direction.set_default(document)
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    writer = _Writer(cursor, article.media)
    for block in article.blocks:
        writer.write(block)
    if writer.fresh:
        writer.spacer()
    cursor.endEditBlock()
    document.setUndoRedoEnabled(True)
    return document


def is_root_text(block: QTextBlock) -> bool:
    return block.isValid() and not block.blockFormat().hasProperty(ROLE)


def off_look(block: QTextBlock) -> list[tuple[int, int, QTextCharFormat]]:
    """Stretches of a paragraph that are not in its kind's look, each with the format it
    should have: Qt keeps the formats of text it carries from one paragraph into another
    (Backspace at a paragraph's start, a deletion across paragraphs), so a standfirst joined
    to the title would stay a standfirst to the eye. An empty stretch stands for an empty
    paragraph's own format, which the next keystroke takes."""
    kind = kind_of(block)
    if not kind or kind in COMPOSITES or not is_root_text(block):
        return []
    wrong: list[tuple[int, int, QTextCharFormat]] = []
    previous = block.previous()
    after_text = not previous.isValid() or frame_of(previous) is None  # not a frame's end
    if block.length() <= 1 and after_text and block.charFormat() != char_format(kind):
        wrong.append((block.position(), block.position(), char_format(kind)))
    for fragment in fragments(block):
        fmt = fragment.charFormat()
        marks = fmt.intProperty(MARKS)
        href = fmt.anchorHref() if marks & 8 else None
        start = fragment.position()
        for piece, upright in by_script(kind, "", marks, fragment.text()):
            wanted = char_format(kind, "", marks, href, upright)
            if any(fmt.hasProperty(prop) for prop in ANNOTATIONS):
                wanted = with_annotations_of(wanted, fmt)  # the look changes, the review stays
            if fmt != wanted:
                wrong.append((start, start + len(piece), wanted))
            start += len(piece)
    return wrong


def restyle(cursor: QTextCursor, block: QTextBlock) -> None:
    """Set the paragraph's stretches that `off_look` finds in the kind's look."""
    for start, end, fmt in off_look(block):
        cursor.setPosition(start)
        if start == end:
            cursor.setBlockCharFormat(fmt)
            continue
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(fmt)


def replace(
    document: QTextDocument,
    first: QTextBlock,
    last: QTextBlock,
    blocks: Sequence[Block],
    media: Mapping[str, Media],
) -> dict[tuple[str, str], int]:
    """Rewrite the root paragraphs `first`..`last`, and all between, as `blocks`.

    `first` and `last` are paragraphs of the root frame (see `span`). Run inside an edit block:
    Qt then reports one change over the whole range and undoes it in one step. Returns where
    each paragraph written starts, by (block id, role; "" for a text block).
    """
    following = last.next()
    keep = (following.blockFormat(), following.charFormat()) if is_root_text(following) else None
    cursor = QTextCursor(document)
    cursor.setPosition(first.position())
    cursor.setPosition(last.position() + last.length() - 1, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    previous_is_text = is_root_text(cursor.block().previous())
    writer = _Writer(cursor, media)
    for n, block in enumerate(blocks):
        if n == 0 and block.kind in COMPOSITES and previous_is_text:
            cursor.deletePreviousChar()
            writer.fresh = False
        writer.write(block)
    if writer.fresh:
        if keep is not None:
            cursor.deleteChar()
            cursor.setBlockFormat(keep[0])
            cursor.setBlockCharFormat(keep[1])
        elif not blocks and previous_is_text:
            cursor.deletePreviousChar()
        else:
            writer.spacer()
    return writer.places


def span(units: Sequence[Unit]) -> tuple[QTextBlock, QTextBlock, Unit | None, Unit | None]:
    """The root paragraphs to hand to `replace` for rewriting `units`, and the neighbouring
    text units that must be rewritten with them because a frame stands at an end."""
    first, last = units[0], units[-1]
    head = tail = None
    start, end = first.first, last.last
    if first.frame is not None:
        start = first.first.previous()
        head = unit_of(start)
    if last.frame is not None:
        end = last.last.next()
        tail = unit_of(end)
    return start, end, head, tail


def stamp(document: QTextDocument, unit: Unit, block: Block, media: Mapping[str, Media]) -> None:
    """Tell the document the id (and kind) the model gave a unit Qt created without one."""
    if unit.frame is not None:
        fmt = unit.frame.frameFormat()
        fmt.setProperty(BLOCK_ID, block.id)
        unit.frame.setFrameFormat(fmt)
    else:
        replace(document, unit.first, unit.last, [block], media)


def with_id(block: Block) -> Block:
    """The same block under a new id (for copies and pasted blocks)."""
    return _replace(block, id=new_block_id())
