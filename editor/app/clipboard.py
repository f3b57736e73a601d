"""Copy and paste: blocks to the clipboard, and what other programs put there back to blocks.

Copying writes three flavours: Copydesk's own (the blocks as an article file, lossless between
Copydesk windows), clean HTML for word processors and web tools, and plain text. Pasting takes
the richest flavour it understands: our own, then Word's HTML (its paragraph styles mapped by name
exactly as opening a DOCX maps them, with the newsroom's style map from the preferences), then
other HTML (LibreOffice, a browser: headings become subheads, italics, bold, superscript and links
stay, everything else is dropped), then an image, then plain text (one paragraph per line).
`paste` then puts the blocks in at the cursor: inline when they are one paragraph, else splitting
the paragraph around them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData
from PySide6.QtGui import QImage, QTextBlock, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QTextEdit

from editor.app import bridge, keys
from editor.app.bridge import PICTURE, TEXT
from editor.app.document import Document
from editor.app.editing import TEXT_KINDS, allowed, first_role, is_spacer, offset_in, tr
from editor.app.settings import Settings
from editor.formats.imported import ImportRefusedError
from editor.formats.options import ExportError
from editor.model import storage
from editor.model.annotations import accepted_block
from editor.model.article import Article, Block, Media, Meta
from editor.model.inline import (
    EM,
    LINK,
    STRONG,
    SUP,
    Run,
    Text,
    normalize,
    plain,
    slice_text,
    text_of,
)
from editor.model.schema import KINDS

MIME = "application/x-copydesk-article"

_TAGS: dict[str, tuple[str, str]] = {
    "kicker": ('<p class="kicker">', "</p>"),
    "title": ("<h1>", "</h1>"),
    "standfirst": ('<p class="standfirst"><strong>', "</strong></p>"),
    "subhead": ("<h2>", "</h2>"),
    "paragraph": ("<p>", "</p>"),
    "author_bio": ('<p class="bio"><em>', "</em></p>"),
}
_MARK_TAGS = ((LINK, "a"), (STRONG, "strong"), (EM, "em"), (SUP, "sup"))


# -- copy ------------------------------------------------------------------------------------


def selected_blocks(document: Document, cursor: QTextCursor) -> list[Block]:
    """The selection as blocks: text blocks cut to the selection, composite blocks whole (a
    selection inside one of them copies its text as a paragraph)."""
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    text = cursor.document()
    units = bridge.units_between(text.findBlock(start), text.findBlock(end))
    blocks: list[Block] = []
    for unit in units:
        block = document.block(unit.id)
        if unit.frame is not None:
            if start <= unit.start and end >= unit.end:
                blocks.append(block)
            else:
                piece = cursor.selection().toPlainText().replace("\n", " ")
                blocks.append(Block("paragraph", plain(piece)))
            continue
        lo, hi = max(start, unit.start) - unit.start, min(end, unit.end) - unit.start
        cut = slice_text(block.text, lo, hi)
        blocks.append(Block(block.kind, cut, delete=block.delete, lang=block.lang))
    # what is copied reads as accepted: text suggested for deletion stays behind, and the
    # review's ids, meaningless without the article's tables, do not travel
    accepted = (accepted_block(b) for b in blocks)
    return [b for b in accepted if b is not None and (b.text or b.kind in bridge.COMPOSITES)]


def to_mime(article: Article, blocks: Sequence[Block]) -> QMimeData:
    """The blocks in Copydesk's own flavour, as HTML and as text."""
    mime = QMimeData()
    used = {b.attr("media") for b in blocks}
    piece = Article(
        Meta(language=article.meta.language),
        tuple(blocks),
        {key: m for key, m in article.media.items() if key in used},
    )
    mime.setData(MIME, QByteArray(storage.dumps(piece).encode("utf-8")))
    mime.setHtml(to_html(blocks))
    mime.setText("\n".join(_plain_lines(blocks)))
    return mime


def _plain_lines(blocks: Iterable[Block]) -> Iterable[str]:
    for block in blocks:
        parts = [block.plain_text, block.attr("attribution"), block.attr("caption")]
        yield " — ".join(p for p in parts if p)


def to_html(blocks: Iterable[Block]) -> str:
    """Clean HTML a word processor maps to its own styles (h1, h2, p, blockquote, figure)."""
    import html  # with the first copy: its table of entities took 9 ms of every start

    out = []
    for block in blocks:
        if block.kind == "pullquote":
            by = block.attr("attribution")
            cite = f"<p>— {html.escape(by)}</p>" if by else ""
            out.append(f"<blockquote><p>{_runs_html(block.text)}</p>{cite}</blockquote>")
        elif block.kind == "image":
            words = " — ".join(x for x in (block.attr("caption"), block.attr("credit")) if x)
            out.append(f"<p>{html.escape(words)}</p>" if words else "")
        else:
            opening, closing = _TAGS.get(block.kind, _TAGS["paragraph"])
            out.append(f"{opening}{_runs_html(block.text)}{closing}")
    return "<html><body>" + "".join(out) + "</body></html>"


def _runs_html(text: Text) -> str:
    import html

    out = []
    for run in text:
        chunk = html.escape(run.text)
        for mark, tag in reversed(_MARK_TAGS):
            if mark in run.marks:
                attrs = f' href="{html.escape(run.href or "")}"' if tag == "a" else ""
                chunk = f"<{tag}{attrs}>{chunk}</{tag}>"
        out.append(chunk)
    return "".join(out)


def hand_over() -> None:
    """At quit, swap what Copydesk put on the clipboard for a copy made by Qt.

    The clipboard outlives the interpreter and deletes its data last; data made in Python
    cannot be deleted then. A Qt-made copy of the HTML and text stays for the next program.
    """
    board = QApplication.clipboard()
    data = board.mimeData()
    if data is None or not data.hasFormat(MIME):
        return
    helper = QTextEdit()
    helper.setHtml(data.html())
    helper.selectAll()
    helper.copy()


# -- paste -----------------------------------------------------------------------------------


def can_paste(mime: QMimeData) -> bool:
    return mime.hasFormat(MIME) or mime.hasHtml() or mime.hasText() or mime.hasImage()


def from_mime(mime: QMimeData, plain_only: bool = False) -> tuple[list[Block], list[Media]]:
    """Blocks (and the images they need) from the clipboard; plain text only when asked."""
    if not plain_only and mime.hasFormat(MIME):
        try:
            piece = storage.loads(bytes(mime.data(MIME).data()))
        except storage.ArticleFileError:
            pass
        else:
            return [bridge.with_id(b) for b in piece.blocks], list(piece.media.values())
    if not plain_only and mime.hasHtml():
        try:
            from editor.formats import word_html  # python-docx's style tables: not at start

            blocks = word_html.blocks_from_office_html(mime.html(), _style_map())
        except ImportRefusedError:  # too large to read as HTML: its text is enough
            return from_text(mime.text()), []
        if blocks is None:
            reader = QTextDocument()
            reader.setHtml(mime.html())
            blocks = bridge.foreign_blocks(reader)
        if blocks:
            return blocks, []
    if not plain_only and mime.hasImage() and not mime.hasText():
        picture = _png(mime.imageData())
        if picture is not None:
            return [Block("image", (), {"media": picture.key})], [picture]
    return from_text(mime.text()), []


def _style_map() -> Mapping[str, str]:
    """The newsroom's style map named in the preferences; none when unset or unreadable (a
    broken map must not stop a paste: the export and File → Open say what is wrong with it)."""
    path = Settings().get("style_map")
    if not path:
        return {}
    from editor.formats.docx_styles import load_style_map  # python-docx: not at start

    try:
        return load_style_map(Path(path))
    except ExportError:
        return {}


def from_text(text: str) -> list[Block]:
    """Plain text: one paragraph per non-empty line."""
    return [Block("paragraph", plain(line.strip())) for line in text.splitlines() if line.strip()]


def _png(data: object) -> Media | None:
    if not isinstance(data, QImage) or data.isNull():
        return None
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    data.save(buffer, b"PNG")
    return Media("image/png", bytes(buffer.data().data()))


# -- inserting what was pasted --------------------------------------------------------------


def paste(document: Document, cursor: QTextCursor, pasted: Sequence[Block]) -> int | None:
    """Insert pasted blocks at the cursor: inline when it is one paragraph (or the cursor is in
    a composite block), else splitting the paragraph around them."""
    pasted = [b for b in pasted if b.kind in KINDS]
    if not pasted:
        return None
    if cursor.hasSelection() and not keys.remove_selection(document, cursor):
        with document.edit(lambda: tr("Delete")):
            cursor.removeSelectedText()
    block = cursor.block()
    role = bridge.role_of(block)
    if role or (len(pasted) == 1 and pasted[0].kind in TEXT_KINDS and not is_spacer(block)):
        return _paste_inline(document, cursor, block, role, pasted)
    here = bridge.unit_of(block)
    blocks = [bridge.with_id(b) for b in pasted]
    if here is None:
        places = document.replace_span(block, block, blocks, lambda: tr("Paste"))
        return _end_of(places, blocks[-1])
    current = document.block(here.id)
    offset = offset_in(cursor)
    left = slice_text(current.text, 0, offset)
    right = slice_text(current.text, offset, len(current.plain_text))
    last = blocks[-1]
    if left and right:  # in the middle: the paragraph's halves join the ends of what is pasted
        if blocks[0].kind in TEXT_KINDS:
            blocks[0] = replace(current, text=left + allowed(current.kind, blocks[0].text))
        else:
            blocks.insert(0, replace(current, text=left))
        if last.kind in TEXT_KINDS:
            blocks[-1] = replace(blocks[-1], text=blocks[-1].text + right)
        else:
            blocks.append(Block(current.kind, right))
    elif left:
        blocks.insert(0, current)
    elif right:
        blocks.append(current)
    blocks = [replace(b, text=allowed(b.kind, b.text)) if b.text else b for b in blocks]
    places = document.replace_units([here], blocks, lambda: tr("Paste"))
    return _end_of(places, last)


def _end_of(places: dict[tuple[str, str], int], block: Block) -> int | None:
    start = places.get((block.id, first_role(block.kind)))
    return None if start is None else start + len(block.plain_text)


def _paste_inline(
    document: Document, cursor: QTextCursor, block: QTextBlock, role: str, pasted: Sequence[Block]
) -> int:
    kind = bridge.kind_of(block) or "paragraph"
    if role == PICTURE:
        return cursor.position()
    marks_ok = role in ("", TEXT) and kind in KINDS
    runs: list[Run] = []
    for n, b in enumerate(pasted):
        if n:
            runs.append(Run(" "))
        runs.extend(allowed(kind, b.text) if marks_ok else (Run(text_of(b.text)),))
    with document.edit(lambda: tr("Paste")) as edit:
        edit.setPosition(cursor.position())
        for run in normalize(runs):
            unmarked = Run(run.text.replace("\n", " "), run.marks, run.href)  # no review marks
            bridge.insert_run(edit, kind, role, unmarked)
        return edit.position()
