"""Structure guessed for Word documents written without styles, every guess reported.

Most freelance copy arrives in "Normal" from top to bottom. The same reading a
sub-editor does at a glance is applied: the first short line is the title, the
paragraph after it the standfirst (certainly so when it is all in bold), and
short lines without final punctuation between paragraphs — or short lines all in
bold — the subheads. Nothing is guessed in a document that uses styles.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from editor.formats.imported import Note, plural
from editor.formats.text import looks_like_heading
from editor.model.article import Block
from editor.model.inline import STRONG, normalize
from editor.model.schema import KINDS

TITLE_LIMIT = 200
STANDFIRST_LIMIT = 400
SUBHEAD_LIMIT = 90
BOLD_SUBHEAD_LIMIT = 120


def as_kind(block: Block, kind: str, drop_bold: bool = False) -> Block:
    """The block as another kind, keeping only the marks that kind allows."""
    allowed = KINDS[kind].marks - ({STRONG} if drop_bold else set())
    runs = (
        replace(run, marks=run.marks & allowed, href=run.href if "link" in allowed else None)
        for run in block.text
    )
    return replace(block, kind=kind, text=normalize(runs), attrs={})


def guess_structure(blocks: list[Block], bold: Iterable[int]) -> tuple[list[Block], list[str]]:
    """Title, standfirst and subheads guessed among plain paragraphs; `bold`: all-bold ones."""
    bold = set(bold)
    out = list(blocks)
    texts = [i for i, block in enumerate(out) if block.kind == "paragraph"]
    if not texts or len(out[texts[0]].plain_text.strip()) > TITLE_LIMIT:
        found = Note("No styles and no short first line: no title was found.", "no-title-found")
        return out, [found] if texts else []
    notes: list[str] = [
        Note("The document has no styles: its structure was guessed.", "structure-guessed")
    ]
    first, rest = texts[0], texts[1:]
    out[first] = as_kind(out[first], "title")
    notes.append(Note("The first line was taken as the title (a guess).", "first-line-title"))
    if rest and _standfirst(out[rest[0]].plain_text, rest[0] in bold, len(rest)):
        out[rest[0]] = as_kind(out[rest[0]], "standfirst", drop_bold=rest[0] in bold)
        how = "it was in bold" if rest[0] in bold else "a guess"
        notes.append(
            Note(
                f"The paragraph after the title was taken as the standfirst ({how}).",
                "standfirst-after-title",
                {"how": "bold" if rest[0] in bold else "guess"},
            )
        )
        rest = rest[1:]
    subheads = 0
    for position, index in enumerate(rest):
        text = out[index].plain_text.strip()
        between = 0 < position < len(rest) - 1
        if between and (
            looks_like_heading(text, SUBHEAD_LIMIT)
            or (index in bold and len(text) <= BOLD_SUBHEAD_LIMIT)
        ):
            out[index] = as_kind(out[index], "subhead")
            subheads += 1
    if subheads:
        lines = plural(subheads, "short line", "short lines")
        were = plural(subheads, "was taken as a subhead", "were taken as subheads")
        notes.append(
            Note(
                f"{subheads} {lines} without final punctuation or all in bold {were} (a guess).",
                "subheads-guessed",
                {"count": str(subheads)},
            )
        )
    return out, notes


def _standfirst(text: str, all_bold: bool, remaining: int) -> bool:
    if all_bold:
        return len(text) <= STANDFIRST_LIMIT * 2
    return remaining > 1 and len(text) <= STANDFIRST_LIMIT and not looks_like_heading(text)


def promote_first_heading(blocks: list[Block]) -> tuple[list[Block], list[str]]:
    """A styled document without a title whose first text is a heading: that is the title."""
    if any(block.kind == "title" for block in blocks):
        return blocks, []
    for index, block in enumerate(blocks):
        if block.kind == "subhead":
            out = list(blocks)
            out[index] = as_kind(block, "title")
            why = "The document has no title style: its first heading became the title."
            return out, [Note(why, "first-heading-title")]
        if block.kind in ("paragraph", "pullquote", "author_bio"):
            break
    return blocks, []
