"""Which letters the page may set in italic.

Italic is a habit of the Latin, Greek and Cyrillic alphabets. Arabic, Hebrew, Chinese,
Japanese, Korean, the Indian scripts… are set upright: their typographers mark a quote or an
emphasis otherwise (Arabic and Hebrew in bold, or in another face). Fonts follow the habit:
the italic faces of this machine's fonts (Liberation, DejaVu) have no Arabic, and asked for an
italic, Qt's font fallback only ever tries the italic face of each family it falls back on, so
Arabic asked in italic was not drawn at all, on any machine whose italic faces lack it. So a
pull quote, a bio or an italic mark leans only its Latin, Greek and Cyrillic letters; letters
of every other script stand upright, as they would in print, and always find a face.

The choice is made per letter, not per paragraph: a French pull quote can quote one Arabic
word. A stretch set upright starts at a character of an upright script (a letter, or its
own digits and punctuation) and runs up to the next slanted letter, so the spaces and
punctuation inside an Arabic phrase go with it and a typed space takes the look of the word
before it, as Qt gives it.
"""

from __future__ import annotations

import re

SLANTED_SCRIPTS: tuple[tuple[str, int, int], ...] = (
    ("Latin, IPA and spacing modifiers", 0x0000, 0x02FF),
    ("combining accents", 0x0300, 0x036F),
    ("Greek", 0x0370, 0x03FF),
    ("Cyrillic", 0x0400, 0x052F),
    ("Cyrillic extended C", 0x1C80, 0x1C8F),
    ("phonetic extensions", 0x1D00, 0x1DFF),
    ("Latin extended additional", 0x1E00, 0x1EFF),
    ("Greek extended", 0x1F00, 0x1FFF),
    ("superscript letters", 0x2070, 0x209F),
    ("Latin extended C", 0x2C60, 0x2C7F),
    ("Cyrillic extended A", 0x2DE0, 0x2DFF),
    ("Cyrillic extended B", 0xA640, 0xA69F),
    ("Latin extended D", 0xA720, 0xA7FF),
    ("Latin extended E", 0xAB30, 0xAB6F),
    ("Latin ligatures", 0xFB00, 0xFB06),
)
"""Code points of the scripts that have an italic: their letters lean."""

COMMON: tuple[tuple[str, int, int], ...] = (
    ("punctuation, currency, arrows, maths, shapes, dingbats", 0x2000, 0x2BFF),
    ("supplemental punctuation", 0x2E00, 0x2E7F),
    ("private use", 0xE000, 0xF8FF),
    ("variation selectors", 0xFE00, 0xFE0F),
    ("specials (the object replacement of a picture)", 0xFFF0, 0xFFFF),
    ("symbols and pictographs", 0x1F000, 0x1FAFF),
    ("tags and variation selectors supplement", 0xE0000, 0xE01EF),
)
"""Code points every script shares: beside the slanted scripts' own spaces, digits and
punctuation, they follow the letters before them. Any other character (a letter, but also an
Arabic comma, Arabic-Indic digits, a CJK full stop, which italic faces lack as well) stands
upright."""


def _ranges(table: tuple[tuple[str, int, int], ...]) -> str:
    return "".join(f"\\U{first:08x}-\\U{last:08x}" for _, first, last in table)


_RANGES = _ranges(SLANTED_SCRIPTS)
_SLANTED = f"(?=[^\\W\\d_])[{_RANGES}]"
_UPRIGHT = f"[^\\s{_RANGES}{_ranges(COMMON)}]"
_UPRIGHT_CHARACTER = re.compile(_UPRIGHT)
_SLANTED_LETTER = re.compile(_SLANTED)
_UPRIGHT_STRETCH = re.compile(f"{_UPRIGHT}(?:(?!{_SLANTED}).)*", re.DOTALL)


def has_upright(text: str) -> bool:
    """Whether `text` holds a character of a script set upright (Arabic, Hebrew, CJK…)."""
    return _UPRIGHT_CHARACTER.search(text) is not None


def has_slanted(text: str) -> bool:
    """Whether `text` holds a letter of a script that has an italic (Latin, Greek, Cyrillic)."""
    return _SLANTED_LETTER.search(text) is not None


def pieces(text: str) -> list[tuple[int, str, bool]]:
    """`text` cut where its letters change between slanted and upright scripts: (offset,
    piece, upright), in order; text with no upright letter is one slanted piece."""
    found: list[tuple[int, str, bool]] = []
    at = 0
    for stretch in _UPRIGHT_STRETCH.finditer(text):
        start, end = stretch.span()
        if start > at:
            found.append((at, text[at:start], False))
        found.append((start, stretch.group(), True))
        at = end
    if at < len(text) or not found:
        found.append((at, text[at:], False))
    return found
