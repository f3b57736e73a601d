"""Copy fitting's layout engine: the lines a paragraph makes in a column, from the real font.

Why HarfBuzz (uharfbuzz) and not Qt's QTextLayout: the command line and the formats never import
Qt (`copydesk stats --fit` runs on a server with no display and no Qt platform plugin), and the
window and the command line must give the same count for the same text. HarfBuzz is the shaper
LibreOffice, InDesign's peers and Qt itself use, so advances, kerning and ligatures are the
font's own; the line breaker is ours and does what a paper's composer and LibreOffice do:
first fit, line by line, breaking at spaces and after hard hyphens, never at no-break spaces,
hyphenating a word that does not fit by pyphen's French patterns (Hunspell's hyph_fr) with
at least two letters left on the line and three carried over. Alignment does not change where
lines break (justification spreads the words of a line already chosen), so it is not modelled.

Speed: each word is shaped once per face and kept with the advance after each of its
characters, so fitting a long read is a dictionary look-up per word and a hyphenation costs
no second shaping; a paragraph that did not change is not laid out again (`FitCache`).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pyphen
import uharfbuzz as hb

from editor.model.article import Block
from editor.model.inline import EM, STRONG, SUP, Text
from editor.model.print_profile import (
    BlockLines,
    BlockStyle,
    Fit,
    PrintProfile,
    block_lines,
    counts_toward_fit,
    set_in,
    styled,
)

SUPERSCRIPT_SCALE = 0.58
"""The size of a superscript against its text, as Word and LibreOffice set it."""
LEFT_MIN, RIGHT_MIN, WORD_MIN = 2, 3, 5
"""Letters kept before and carried after a hyphen, and the shortest word hyphenated."""
_BREAKING_SPACE = re.compile(r"[ \t\u1680\u2000-\u2006\u2008-\u200a\u205f\u3000]+|\n")
_LETTERS = re.compile(r"[^\W\d_]+")
_HARD_HYPHENS = "-\u2010"


METRIC_TWINS = (
    frozenset({"times new roman", "times", "liberation serif"}),
    frozenset({"arial", "helvetica", "liberation sans"}),
    frozenset({"courier new", "liberation mono"}),
)
"""Fonts whose every advance is the same (Liberation was drawn to Microsoft's metrics): where
one is missing another gives the same lines, as LibreOffice substitutes it — Times New Roman
on Linux, or the shipped profiles' Liberation Serif on Windows and macOS."""


def _same_metrics(family: str) -> list[str]:
    """The family, then its metric twins."""
    name = family.lower()
    twins = next((group for group in METRIC_TWINS if name in group), frozenset())
    return [name, *sorted(twins - {name})]


class FontMissingError(Exception):
    """A profile names a font this computer does not have; the message says which."""

    def __init__(self, family: str, style: str) -> None:
        self.family = family
        super().__init__(f"the font “{family}” ({style}) is not installed")


# -- fonts -------------------------------------------------------------------------------------


def _font_dirs() -> list[Path]:
    home = Path.home()
    if sys.platform == "win32":
        windir = Path(os.environ.get("WINDIR", "C:/Windows"))
        local = Path(os.environ.get("LOCALAPPDATA", home))
        return [windir / "Fonts", local / "Microsoft/Windows/Fonts"]
    if sys.platform == "darwin":
        return [home / "Library/Fonts", Path("/Library/Fonts"), Path("/System/Library/Fonts")]
    return [
        home / ".local/share/fonts",
        home / ".fonts",
        Path("/usr/local/share/fonts"),
        Path("/usr/share/fonts"),
    ]


def _style_name(bold: bool, italic: bool) -> str:
    return {
        (False, False): "regular",
        (True, False): "bold",
        (False, True): "italic",
        (True, True): "bold italic",
    }[(bold, italic)]


@cache
def _installed_faces() -> dict[tuple[str, str], Path]:
    """(family, style) → file, for every font file found (lower-case names)."""
    faces: dict[tuple[str, str], Path] = {}
    for folder in _font_dirs():
        for path in sorted(folder.rglob("*")) if folder.is_dir() else []:
            if path.suffix.lower() not in (".ttf", ".otf"):
                continue
            try:
                face = hb.Face(hb.Blob.from_file_path(str(path)))
                family = face.get_name(hb.OTNameIdPredefined.FONT_FAMILY) or ""
                style = face.get_name(hb.OTNameIdPredefined.FONT_SUBFAMILY) or ""
            except (OSError, ValueError):
                continue
            style = style.lower().replace("oblique", "italic").replace("book", "regular")
            faces.setdefault((family.lower(), style), path)
    return faces


@cache
def font_file(family: str, bold: bool = False, italic: bool = False) -> Path:
    """The file of a family's face; fontconfig when there is one, else the font folders."""
    style = _style_name(bold, italic)
    matcher = shutil.which("fc-match")
    if matcher:
        pattern = f"{family}:{'bold' if bold else 'regular'}{':italic' if italic else ''}"
        found = subprocess.run(
            [matcher, "-f", "%{family}\n%{file}", pattern],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.split("\n")
        families = [f.strip().lower() for f in found[0].split(",")] if found else []
        same = any(name in families for name in _same_metrics(family))
        if len(found) == 2 and same and Path(found[1]).is_file():
            return Path(found[1])
    faces = _installed_faces()
    path = next(
        (faces[(name, style)] for name in _same_metrics(family) if (name, style) in faces), None
    )
    if path is None:
        raise FontMissingError(family, style)
    return path


@dataclass
class _Face:
    """One face at one size: shaped words kept with their running advances, in points."""

    font: hb.Font
    scale: float
    language: str
    words: dict[str, list[float]]

    def advances(self, text: str) -> list[float]:
        """Width after each character of `text` (so [-1] is its width)."""
        known = self.words.get(text)
        if known is not None:
            return known
        buffer = hb.Buffer()
        buffer.add_str(text)
        buffer.guess_segment_properties()
        buffer.language = self.language
        hb.shape(self.font, buffer, {})
        per_char = [0.0] * len(text)
        for info, position in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
            per_char[min(info.cluster, len(text) - 1)] += position.x_advance * self.scale
        running, total = [], 0.0
        for width in per_char:
            total += width
            running.append(total)
        if len(self.words) > 200_000:  # a very long session: start again rather than grow
            self.words.clear()
        self.words[text] = running
        return running


@cache
def _font(path: Path) -> hb.Font:
    return hb.Font(hb.Face(hb.Blob.from_file_path(str(path))))


@cache
def _face(family: str, bold: bool, italic: bool, size_pt: float, language: str) -> _Face:
    font = _font(font_file(family, bold, italic))
    return _Face(font, size_pt / font.face.upem, language, {})


def _face_for(marks: frozenset[str], style: BlockStyle, language: str) -> _Face:
    size = style.size_pt * (SUPERSCRIPT_SCALE if SUP in marks else 1.0)
    return _face(style.font, STRONG in marks, EM in marks, size, language)


# -- words and lines ---------------------------------------------------------------------------


@dataclass
class _Word:
    """Text between breaking spaces, maybe in several faces, and the space that follows it."""

    parts: list[tuple[_Face, str]]
    space: float = 0.0
    forced_break: bool = False
    start: int = 0
    """Where the word starts in the paragraph's text."""

    @property
    def text(self) -> str:
        return "".join(text for _, text in self.parts)

    def width_to(self, end: int) -> float:
        """The width of the word's first `end` characters."""
        width, start = 0.0, 0
        for face, text in self.parts:
            if end <= start:
                break
            running = face.advances(text)
            width += running[min(end - start, len(text)) - 1]
            start += len(text)
        return width

    def width(self) -> float:
        return self.width_to(len(self.text))

    def last_face(self) -> _Face:
        return self.parts[-1][0]


def _words(text: Text, style: BlockStyle, language: str) -> list[_Word]:
    words: list[_Word] = []
    joined = True  # the next piece continues the word in progress
    base = 0
    for run in styled(text, style):
        face = _face_for(run.marks, style, language)
        position = 0
        for space in _BREAKING_SPACE.finditer(run.text):
            _add(words, face, run.text[position : space.start()], joined, base + position)
            if words:
                if space.group() == "\n":
                    words[-1].forced_break = True
                else:
                    words[-1].space += face.advances(space.group())[-1]
            joined, position = False, space.end()
        tail = run.text[position:]
        _add(words, face, tail, joined, base + position)
        joined = bool(tail)
        base += len(run.text)
    return words


def _add(words: list[_Word], face: _Face, text: str, joined: bool, start: int) -> None:
    if not text:
        return
    if joined and words and not words[-1].space and not words[-1].forced_break:
        words[-1].parts.append((face, text))
    else:
        words.append(_Word([(face, text)], start=start))


@cache
def _hyphenator(language: str) -> pyphen.Pyphen | None:
    if language not in pyphen.LANGUAGES:
        return None
    return pyphen.Pyphen(lang=language, left=LEFT_MIN, right=RIGHT_MIN)


@cache
def _breaks(word: str, language: str, hyphenate: bool) -> tuple[tuple[int, bool], ...]:
    """Where a word may break, last first: (offset, whether a hyphen is added)."""
    found = {i + 1: False for i, ch in enumerate(word[:-1]) if ch in _HARD_HYPHENS and i > 0}
    hyphenator = _hyphenator(language) if hyphenate else None
    if hyphenator is not None:
        for letters in _LETTERS.finditer(word):
            if len(letters.group()) >= WORD_MIN:
                for offset in hyphenator.positions(letters.group()):
                    found.setdefault(letters.start() + offset, True)
    return tuple(sorted(found.items(), reverse=True))


def _split(word: _Word, at: int) -> _Word:
    """What is left of a word after its first `at` characters."""
    rest: list[tuple[_Face, str]] = []
    start = 0
    for face, text in word.parts:
        end = start + len(text)
        if end > at:
            rest.append((face, text[max(0, at - start) :]))
        start = end
    return _Word(rest, word.space, word.forced_break, word.start + at)


def count_lines(text: Text, style: BlockStyle, language: str = "fr") -> int:
    """The lines `text` makes in `style`'s column (an empty text makes none)."""
    return sum(1 for _ in lines(text, style, language))


def lines(text: Text, style: BlockStyle, language: str = "fr") -> Iterator[str]:
    """Each line as set, a hyphen added where a word was cut."""
    return (line for _, line in set_lines(text, style, language))


def line_starts(text: Text, style: BlockStyle, language: str = "fr") -> list[int]:
    """Where each line starts in the text (offsets in its characters)."""
    return [start for start, _ in set_lines(text, style, language)]


def set_lines(text: Text, style: BlockStyle, language: str = "fr") -> Iterator[tuple[int, str]]:
    """Each line as set, with the offset in the text where it starts."""
    words = _words(text, style, language)
    first = 0
    room = style.column_pt - style.indent_pt
    line: list[str] = []
    x = 0.0
    pending_space = 0.0
    index = 0
    while index < len(words):
        word = words[index]
        start = x + pending_space if line else 0.0
        width = word.width()
        if start + width <= room + 1e-6:
            if not line:
                first = word.start
            line.append(word.text)
            x, pending_space = start + width, word.space
            index += 1
            if word.forced_break:
                yield first, " ".join(line)
                line, x, room = [], 0.0, style.column_pt
            continue
        cut = _fitting_break(word, start, room, language, style.hyphenate, alone=not line)
        if cut is not None:
            at, hyphen = cut
            if not line:
                first = word.start
            line.append(word.text[:at] + ("-" if hyphen else ""))
            rest = _split(word, at)
            if rest.text:
                words[index] = rest
            else:
                index += 1
        yield first, " ".join(line)
        line, x, pending_space, room = [], 0.0, 0.0, style.column_pt
    if line:
        yield first, " ".join(line)


def _fitting_break(
    word: _Word, start: float, room: float, language: str, hyphenate: bool, alone: bool
) -> tuple[int, bool] | None:
    """The longest head of `word` that fits from `start`; alone on its line, it is cut anyway."""
    hyphen = word.last_face().advances("-")[-1]
    for at, adds_hyphen in _breaks(word.text, language, hyphenate):
        if start + word.width_to(at) + (hyphen if adds_hyphen else 0.0) <= room + 1e-6:
            return at, adds_hyphen
    if not alone:
        return None
    if len(word.text) < 2:
        return len(word.text), False
    at = 1  # longer than the column: cut where it overflows, as composers do
    while at < len(word.text) - 1 and word.width_to(at + 1) <= room:
        at += 1
    return at, False


def overflow(fitted: Fit, language: str, measure: str = "body") -> tuple[int, int] | None:
    """The block and the offset in its text where the piece passes its hole, line by line."""
    if fitted.target_lines is None:
        return None
    profile = fitted.profile
    room = fitted.target_lines * profile.blocks["paragraph"].leading_pt + 1e-6
    depth = 0.0
    for index, (block, measured) in enumerate(fitted.blocks):
        if not counts_toward_fit(block, measure):
            continue
        if depth + measured.depth_pt <= room:
            depth += measured.depth_pt
            continue
        style = profile.style_for(block.kind)
        depth += style.space_before_pt
        for start in line_starts(block.text, style, set_in(block, language)):
            depth += style.leading_pt
            if depth > room:
                return index, start
        return index, len(block.plain_text)  # only the space below it, or a caption, is over
    return None


class FitCache:
    """Lines per block for one profile, kept across edits: only a changed block is laid out.

    Blocks are immutable, so an unchanged block is the same object; the cache keys on the
    block id and checks identity, as the counts do.
    """

    def __init__(self, profile: PrintProfile) -> None:
        self.profile = profile
        self._lines: dict[str, tuple[Block, str, BlockLines]] = {}

    def lines_of(self, block: Block, language: str) -> BlockLines:
        """`language`: the article's; a block in another is set in its own (`set_in`)."""
        language = set_in(block, language)
        cached = self._lines.get(block.id)
        if cached is not None and cached[0] is block and cached[1] == language:
            return cached[2]
        found = block_lines(block, self.profile, count_lines, language)
        self._lines[block.id] = (block, language, found)
        return found

    def knows(self, block: Block, language: str) -> bool:
        language = set_in(block, language)
        cached = self._lines.get(block.id)
        return cached is not None and cached[0] is block and cached[1] == language

    def __len__(self) -> int:
        return len(self._lines)

    def forget_except(self, live: set[str]) -> None:
        self._lines = {k: v for k, v in self._lines.items() if k in live}
