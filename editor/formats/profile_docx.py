"""A print profile seeded from a DOCX reference template: its fonts, sizes, spacing and column.

A newsroom that already keeps its paper's styles in a Word template need not type them again:
the body style (`Texte courant` / `Body Text`, else Normal) gives the paragraph, the other
styles the DOCX export names give their kinds, and the first section's page, margins and
columns give the column width. Lines are counted from it at once (`copydesk stats --fit
journal.dotx`); to keep it, with the targets of the paper's holes added, write it out as JSON:

    python -m editor.formats.profile_docx journal.dotx > TEMPLATES/profiles/journal.json
"""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path
from typing import Any

from docx import Document
from docx.opc.exceptions import PackageNotFoundError
from lxml import etree

from editor.formats.docx_package import _as_document as word_file  # a .dotx read as a .docx
from editor.formats.docx_styles import style_table
from editor.model.print_profile import PrintProfile, ProfileError, parse_profile
from editor.model.templates import template_key

_KINDS = {  # the style table's role → the profile's key
    "paragraph": "paragraph",
    "kicker": "kicker",
    "title": "title",
    "standfirst": "standfirst",
    "subhead": "subhead",
    "pullquote": "pullquote",
    "pullquote_attribution": "pullquote.attribution",
    "caption": "image.caption",
    "author_bio": "author_bio",
}
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_EMU_PER_MM = 36000


def _inherited(style: Any, read: Any) -> Any:
    """A property from the style or the nearest style it is based on."""
    while style is not None:
        value = read(style)
        if value is not None:
            return value
        style = style.base_style
    return None


def _style_values(style: Any, defaults: dict[str, Any]) -> dict[str, Any]:
    size = _inherited(style, lambda s: s.font.size)
    size_pt = size.pt if size is not None else defaults["size_pt"]
    spacing = _inherited(style, lambda s: s.paragraph_format.line_spacing)
    if spacing is None:
        leading = size_pt * 1.15
    elif isinstance(spacing, float):  # a multiple of single spacing
        leading = size_pt * 1.15 * spacing
    else:
        leading = spacing.pt
    indent = _inherited(style, lambda s: s.paragraph_format.first_line_indent)
    before = _inherited(style, lambda s: s.paragraph_format.space_before)
    after = _inherited(style, lambda s: s.paragraph_format.space_after)
    return {
        "font": _inherited(style, lambda s: s.font.name) or defaults["font"],
        "size_pt": round(size_pt, 2),
        "leading_pt": round(leading, 2),
        "indent_mm": round(max(indent or 0, 0) / _EMU_PER_MM, 2),
        "space_before_pt": round(before.pt, 2) if before is not None else 0.0,
        "space_after_pt": round(after.pt, 2) if after is not None else 0.0,
        "bold": bool(_inherited(style, lambda s: s.font.bold)),
        "italic": bool(_inherited(style, lambda s: s.font.italic)),
    }


def _column_mm(document: Any) -> float:
    section = document.sections[0]
    width = section.page_width - section.left_margin - section.right_margin
    columns = section._sectPr.find(f"{_W}cols")
    count = int(columns.get(f"{_W}num", "1")) if columns is not None else 1
    gap = int(columns.get(f"{_W}space", "720")) * 635 if columns is not None else 0  # twips
    return round(float(width - (count - 1) * gap) / max(count, 1) / _EMU_PER_MM, 2)


def profile_data(path: Path, language: str = "fr") -> dict[str, Any]:
    """The profile's JSON value, ready to be saved and given targets."""
    try:
        document = Document(word_file(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError):
        raise ProfileError(path, "not a Word document or template that can be read") from None
    except OSError as error:
        raise ProfileError(path, error.strerror or "cannot be read") from None
    by_name = {s.name: s for s in document.styles if s.type == 1}  # paragraph styles
    defaults = {"font": "Liberation Serif", "size_pt": 10.0}
    normal = by_name.get("Normal")
    if normal is not None:
        defaults = {k: v for k, v in _style_values(normal, defaults).items() if k in defaults}
    blocks: dict[str, Any] = {}
    for role, key in _KINDS.items():
        names = style_table().role(role).names.values()
        style = next((by_name[n] for n in names if n in by_name), None)
        if style is None and role == "paragraph":
            style = normal
        if style is not None:
            blocks[key] = _style_values(style, defaults)
    if "paragraph" not in blocks:
        raise ProfileError(path, "the template has neither a body text style nor Normal")
    blocks["paragraph"]["column_mm"] = _column_mm(document)
    return {
        "name": template_key(path.stem),
        "label": path.stem,
        "language": language,
        "blocks": blocks,
        "targets": {},
    }


def profile_from_docx(path: Path, language: str = "fr") -> PrintProfile:
    """The profile a reference template describes; ProfileError names the file and the reason."""
    return parse_profile(profile_data(path, language), path)


def profile_json(path: Path, language: str = "fr") -> str:
    return json.dumps(profile_data(path, language), ensure_ascii=False, indent=2) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Print the profile a reference template seeds; a bad file is named with the reason."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m editor.formats.profile_docx TEMPLATE.docx", file=sys.stderr)
        return 2
    try:
        sys.stdout.write(profile_json(Path(args[0])))
    except ProfileError as error:
        print(f"copydesk: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
