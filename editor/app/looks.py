"""How each block kind looks on the editing surface: one table of type settings.

The surface is a page, not a form: a paper-white column (dark paper on a dark desktop) set in
a serif for the copy and a sans for the apparatus (kicker, attribution, caption, credit,
labels). Every look is a row in
`LOOKS`, keyed by block kind and, inside composite blocks, by the paragraph's role, so a new
kind means one new row. Formats are built once and reused: Qt shares equal formats, and the
bridge stamps them with the block's kind, id and marks.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextLength,
)

SERIF = (
    "Source Serif 4",
    "Source Serif Pro",
    "Charter",
    "Iowan Old Style",
    "Georgia",
    "Palatino Linotype",
    "P052",
    "Palatino",
    "C059",
    "Liberation Serif",
    "DejaVu Serif",
    "serif",
)
SANS = (
    "Inter",
    "Source Sans 3",
    "Segoe UI",
    "Helvetica Neue",
    "Nimbus Sans",
    "Liberation Sans",
    "DejaVu Sans",
    "sans-serif",
)


@dataclass(frozen=True, slots=True)
class Palette:
    """The page's colours; a dark palette is the same fields with other values."""

    paper: str = "#fffefc"
    desk: str = "#e9e7e2"
    ink: str = "#1c1c1e"
    muted: str = "#56565c"
    faint: str = "#737379"
    """The margin labels, placeholders and alt text: quieter than the copy, yet 4.5:1 on the
    paper, the contrast small type needs to be read."""
    rule: str = "#d9d6cf"
    accent: str = "#b3261e"
    link: str = "#1f5fa8"
    highlight: str = "#cfe0f5"
    strong: str = "#1c1c1e"
    """Bold words in the copy: the ink by day; brighter than the ink at night, where light
    type on dark paper thickens and bold would not stand out."""


PAPER = Palette()
NIGHT = Palette(
    paper="#1f1f22",
    desk="#141416",
    ink="#dcdad5",
    muted="#aaa8a2",
    faint="#8f8e89",
    rule="#3b3b40",
    accent="#ff7b6e",
    link="#8ab4f8",
    highlight="#2f4d78",
    strong="#ffffff",
)
"""The page at night: dark paper, light ink, the red and blue lifted so they still read."""


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the desktop is dark: its window colour, which every platform sets."""
    colours = palette if palette is not None else QGuiApplication.palette()
    return colours.color(QPalette.ColorRole.Window).lightness() < 128


def page_palette() -> Palette:
    """The page's colours for the desktop as it is now: paper by day, dark paper by night,
    as Word, Pages and the writing apps do."""
    return NIGHT if is_dark() else PAPER


@dataclass(frozen=True, slots=True)
class Look:
    """Type settings for one kind of paragraph; sizes in points, spacing in pixels."""

    family: tuple[str, ...] = SERIF
    size: float = 12.5
    weight: int = 400
    italic: bool = False
    colour: str = "ink"
    capitals: bool = False
    tracking: float = 0.0
    """Extra letter spacing in pixels (small capitals and labels breathe)."""
    line_height: int = 155
    """Line spacing in percent of the type size (fonts differ in their natural spacing); 0 keeps
    the natural spacing (a paragraph holding an image must not be squeezed)."""
    top: float = 0.0
    bottom: float = 11.0
    indent: float = 0.0
    centred: bool = False


BODY = Look()
LOOKS: dict[tuple[str, str], Look] = {
    ("kicker", ""): Look(
        SANS, 9.0, 700, colour="accent", capitals=True, tracking=1.2, line_height=130, bottom=8
    ),
    ("title", ""): Look(SERIF, 25.0, 700, line_height=114, top=6, bottom=14),
    ("standfirst", ""): Look(SERIF, 14.0, 700, line_height=138, bottom=20),
    ("subhead", ""): Look(SERIF, 15.0, 700, line_height=125, top=16, bottom=8),
    ("paragraph", ""): BODY,
    ("author_bio", ""): Look(
        SERIF, 10.5, italic=True, colour="muted", line_height=145, top=14, bottom=6
    ),
    ("pullquote", "text"): Look(SERIF, 17.0, italic=True, line_height=130, top=2, bottom=6),
    ("pullquote", "attribution"): Look(
        SANS, 8.5, 600, colour="muted", capitals=True, tracking=0.9, line_height=130, bottom=2
    ),
    ("image", "picture"): Look(SANS, 9.0, line_height=0, bottom=8, centred=True),
    ("image", "caption"): Look(SANS, 9.5, colour="ink", line_height=135, bottom=2),
    ("image", "credit"): Look(
        SANS, 7.5, colour="muted", capitals=True, tracking=0.8, line_height=130, bottom=2
    ),
    ("image", "alt"): Look(SANS, 8.5, italic=True, colour="faint", line_height=135, bottom=0),
    ("", ""): Look(SANS, 6.0, colour="faint", line_height=100, bottom=0),
}
"""Looks by (kind, role); ("", "") is the empty spacer Qt keeps beside frames."""

FRAME_MARGINS: dict[str, tuple[float, float, float]] = {
    "pullquote": (18.0, 20.0, 26.0),
    "image": (12.0, 18.0, 0.0),
}
"""Composite kinds: space above, space below and left indent of their frame."""

COLUMN = 640
"""The text column's width in pixels, the measure of a comfortable line of copy."""
GUTTER = 132
"""The left margin of the page, where the kind labels sit."""
RIGHT_MARGIN = 56
TOP_MARGIN = 60
"""Room above the copy for the section path."""
PAGE = GUTTER + COLUMN + RIGHT_MARGIN


def look_of(kind: str, role: str = "") -> Look:
    return LOOKS.get((kind, role)) or LOOKS.get((kind, "")) or BODY


@cache
def block_format(kind: str, role: str = "") -> QTextBlockFormat:
    """Paragraph spacing and alignment for a kind (without the bridge's properties)."""
    look = look_of(kind, role)
    fmt = QTextBlockFormat()
    fmt.setTopMargin(look.top)
    fmt.setBottomMargin(look.bottom)
    fmt.setLeftMargin(look.indent)
    if look.line_height:
        fmt.setLineHeight(_line_pixels(look), 2)  # 2: QTextBlockFormat.FixedHeight
    if look.centred:
        fmt.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    return fmt


def _line_pixels(look: Look) -> float:
    """The look's line spacing in pixels. Fixed, not proportional: a superscript (1er, XIXe)
    or a link must not open a wider gap under its line than under the others."""
    metrics = QFontMetricsF(font(look.family, look.size, look.weight))
    return round(metrics.fontDpi() * look.size / 72 * look.line_height / 100, 2)


def char_format(
    kind: str,
    role: str = "",
    em: bool = False,
    strong: bool = False,
    sup: bool = False,
    upright: bool = False,
) -> QTextCharFormat:
    """Type for a kind with the visible side of marks: em turns italic over (upright inside
    an italic pull quote, as typographers do), strong sets bold, sup raises the text.
    `upright`: for letters of a script without italic (Arabic, Hebrew, CJK…, `slant`), never
    italic, and em set bold, as those scripts mark an emphasis.

    Ink carries no colour: the page's palette gives it, so the copy follows a change between
    light and dark at once. The other colours are the page palette's when the text is made."""
    return _char_format(kind, role, em, strong, sup, upright, page_palette())


@cache
def _char_format(
    kind: str, role: str, em: bool, strong: bool, sup: bool, upright: bool, colours: Palette
) -> QTextCharFormat:
    look = look_of(kind, role)
    fmt = QTextCharFormat()
    fmt.setFontFamilies(list(look.family))
    fmt.setFontPointSize(look.size)
    weight = max(look.weight, 700) if strong or (upright and em) else look.weight
    fmt.setFontWeight(QFont.Weight(weight) if weight in _WEIGHTS else QFont.Weight.Normal)
    fmt.setFontItalic(look.italic != em and not upright)
    if look.colour != "ink":
        fmt.setForeground(QColor(getattr(colours, look.colour)))
    elif strong:
        fmt.setForeground(QColor(colours.strong))
    if look.capitals:
        fmt.setFontCapitalization(QFont.Capitalization.AllUppercase)
    if look.tracking:
        fmt.setFontLetterSpacingType(QFont.SpacingType.AbsoluteSpacing)
        fmt.setFontLetterSpacing(look.tracking)
    if sup:
        fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
    return fmt


_WEIGHTS = {int(w.value) for w in QFont.Weight}


def link_look(fmt: QTextCharFormat) -> None:
    """Links read as links: the link colour and an underline."""
    link = QColor(page_palette().link)
    fmt.setForeground(link)
    fmt.setFontUnderline(True)
    fmt.setUnderlineColor(link)


@cache
def frame_format(kind: str) -> QTextFrameFormat:
    top, bottom, indent = FRAME_MARGINS.get(kind, (12.0, 12.0, 0.0))
    fmt = QTextFrameFormat()
    fmt.setTopMargin(top)
    fmt.setBottomMargin(bottom)
    fmt.setLeftMargin(indent)
    fmt.setPadding(0)
    fmt.setBorder(0)
    fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    return fmt


def root_frame_format(base: QTextFrameFormat) -> QTextFrameFormat:
    """The page: margins around the column, the gutter on the left for labels. The paper is
    the editor's base colour, not the document's, so it follows light and dark."""
    fmt = QTextFrameFormat(base)
    fmt.setLeftMargin(GUTTER)
    fmt.setRightMargin(RIGHT_MARGIN)
    fmt.setTopMargin(TOP_MARGIN)
    fmt.setBottomMargin(160)
    return fmt


LONG_COPY = 250_000
"""Characters (about 40 000 words) beyond which the page sets its copy unshaped."""


def set_for_length(document: QTextDocument) -> None:
    """A book-length text is set without ligatures and OpenType kerning on screen, as Word
    sets every text: Qt keeps each paragraph's shaped glyphs after laying it out, about 50
    bytes a character (35 MB at 100 000 words, 140 MB at 400 000), and unshaped Latin copy
    keeps next to nothing. Scripts that need shaping (Arabic, Devanagari…) are shaped all
    the same; print and every export set the copy in full."""
    if document.characterCount() > LONG_COPY:
        font = document.defaultFont()
        font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
        document.setDefaultFont(font)


def colour(name: str) -> QColor:
    """A colour of the page as it is now (painted marginalia read it at each paint)."""
    return QColor(getattr(page_palette(), name))


def font(family: tuple[str, ...], size: float, weight: int = 400) -> QFont:
    result = QFont()
    result.setFamilies(list(family))
    result.setPointSizeF(size)
    result.setWeight(QFont.Weight(weight) if weight in _WEIGHTS else QFont.Weight.Normal)
    return result


IMAGE_MAX = (COLUMN, 440)
"""An image is shown at most this wide and tall, its proportions kept."""

PROPERTY_BASE = int(QTextFormat.Property.UserProperty)


@dataclass(frozen=True, slots=True)
class Chrome:
    """The colours of the bars around the page; the night's are the same fields."""

    bar: str = "#f7f6f3"
    line: str = "#dcd9d2"
    hover: str = "#e9e6df"
    checked: str = "#e2ddd2"
    quiet: str = PAPER.muted
    """The status bar's text."""


DAY = Chrome()
DUSK = Chrome(bar="#2b2b2f", line="#3a3a40", hover="#3a3a40", checked="#45454c", quiet="#b9b7b1")
"""The bars on a dark desktop."""


def window_style(chrome: Chrome = DAY) -> str:
    """The chrome around the page: quiet bars that leave the copy the only thing in colour.
    The menu bar and the toolbar make one band; the panels' titles sit on the same colour."""
    return f"""
    QMenuBar {{ background: {chrome.bar}; }}
    QToolBar#formatting {{ background: {chrome.bar}; border: none;
        border-bottom: 1px solid {chrome.line}; padding: 6px; spacing: 2px; }}
    QToolBar#formatting QToolButton {{ padding: 4px; border-radius: 4px; }}
    QToolBar#formatting QToolButton:hover {{ background: {chrome.hover}; }}
    QToolBar#formatting QToolButton:checked {{ background: {chrome.checked}; }}
    QComboBox#styleBox {{ min-width: 9em; padding: 3px 8px; }}
    QDockWidget::title {{ background: {chrome.bar}; border-bottom: 1px solid {chrome.line};
        padding: 5px 6px; text-align: left; }}
    QStatusBar {{ background: {chrome.bar}; border-top: 1px solid {chrome.line};
        color: {chrome.quiet}; }}
    QStatusBar QLabel {{ padding: 0 10px; color: {chrome.quiet}; }}
    QWidget#findBar {{ background: {chrome.bar}; border-top: 1px solid {chrome.line}; }}
    """
