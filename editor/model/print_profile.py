"""Print profiles: the paper's column for each block kind, and the lines a piece makes in it.

Signes are a proxy; the layout desk counts lines. A profile says, for each block kind, how the
paper sets it (column width, font, size, leading, indent, space around, hyphenation) and how many
lines each length template's hole holds. Laying the text out needs a font engine, which the model
may not import: `fit` takes the line counter as a function (`editor.formats.layout` gives the
real one), so the profile and the arithmetic stay here, pure and testable.

The total is in lines of the body column: each block's depth (its lines at its own leading, plus
the space before and after it) divided by the paragraph leading, rounded up — a subhead set on
13 pt with 4 pt above it costs the body lines it pushes down, as on the page.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from editor.model.article import Article, Block, language_of
from editor.model.inline import EM, STRONG, Run, Text, plain
from editor.model.schema import KINDS
from editor.model.templates import template_key
from editor.resources import resource

PROFILES_FOLDER = "profiles"
"""Where profiles live: resources/templates/profiles/, and the same sub-folder of a
newsroom's templates folder (beside its length templates, never mistaken for one)."""
_TOP_KEYS = frozenset({"name", "label", "description", "language", "blocks", "targets"})


class ProfileError(Exception):
    """A profile file that cannot be used; the message names the file and the reason."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


@dataclass(frozen=True, slots=True)
class BlockStyle:
    """How the paper sets one kind of block (lengths as printers give them: mm and points)."""

    column_mm: float
    font: str
    size_pt: float
    leading_pt: float
    indent_mm: float = 0.0
    space_before_pt: float = 0.0
    space_after_pt: float = 0.0
    hyphenate: bool = True
    bold: bool = False
    italic: bool = False

    @property
    def column_pt(self) -> float:
        return self.column_mm * 72 / 25.4

    @property
    def indent_pt(self) -> float:
        return self.indent_mm * 72 / 25.4


_NUMBERS = {"column_mm", "size_pt", "leading_pt", "indent_mm", "space_before_pt", "space_after_pt"}
_FLAGS = {"hyphenate", "bold", "italic"}
_REQUIRED = ("column_mm", "font", "size_pt", "leading_pt")


@dataclass(frozen=True, slots=True)
class PrintProfile:
    name: str
    blocks: Mapping[str, BlockStyle]
    """By kind ("subhead") or a kind's field ("image.caption"); "paragraph" is always there."""
    targets: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    """Lines of the hole, by length template ("breve": 30)."""
    labels: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    language: str = "fr"

    def label(self, language: str = "fr") -> str:
        primary = language.split("-")[0]
        return self.labels.get(primary) or self.labels.get("en") or self.name

    def style_for(self, kind: str, field_name: str = "text") -> BlockStyle:
        """A field's own style, else its kind's, else the paragraph's."""
        if field_name != "text" and f"{kind}.{field_name}" in self.blocks:
            return self.blocks[f"{kind}.{field_name}"]
        return self.blocks.get(kind) or self.blocks["paragraph"]

    def target_for(self, template: str) -> int | None:
        return self.targets.get(template_key(template)) if template else None


# -- reading profile files ---------------------------------------------------------------------


def _number(value: Any, what: str, path: Path) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise ProfileError(path, f"{what} must be a number of zero or more, not {value!r}")
    return float(value)


def _style(key: str, data: Any, base: BlockStyle | None, path: Path) -> BlockStyle:
    if not isinstance(data, dict):
        raise ProfileError(path, f"the style of “{key}” must be a JSON object")
    known = {f.name for f in fields(BlockStyle)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise ProfileError(path, f"“{key}” has an unknown setting “{unknown[0]}”")
    values: dict[str, Any] = {}
    for name, value in data.items():
        if name in _NUMBERS:
            values[name] = _number(value, f"“{key}.{name}”", path)
        elif name in _FLAGS:
            if not isinstance(value, bool):
                raise ProfileError(path, f"“{key}.{name}” must be true or false")
            values[name] = value
        elif not isinstance(value, str) or not value.strip():
            raise ProfileError(path, f"“{key}.font” must name a font family")
        else:
            values[name] = value.strip()
    if base is None:
        missing = [name for name in _REQUIRED if name not in values]
        if missing:
            raise ProfileError(path, f"“paragraph” needs “{missing[0]}”")
        style = BlockStyle(**values)
    else:
        style = replace(base, **values)
    for name in ("column_mm", "size_pt", "leading_pt"):
        if getattr(style, name) <= 0:
            raise ProfileError(path, f"“{key}.{name}” must be more than zero")
    if style.indent_mm >= style.column_mm:
        raise ProfileError(path, f"“{key}.indent_mm” is wider than the column")
    return style


def _styles(data: Any, path: Path) -> Mapping[str, BlockStyle]:
    if not isinstance(data, dict) or "paragraph" not in data:
        raise ProfileError(path, "“blocks” must be an object with at least “paragraph”")
    body = _style("paragraph", data["paragraph"], None, path)
    styles = {"paragraph": body}
    for key, value in data.items():
        kind, _, field_name = str(key).partition(".")
        known = KINDS.get(kind)
        if known is None or (field_name and field_name not in known.fields):
            raise ProfileError(path, f"“blocks” names “{key}”, which is no block or field")
        if key != "paragraph":  # a kind inherits what it does not say from the paragraph
            styles[key] = _style(key, value, body, path)
    return MappingProxyType(styles)


def _targets(data: Any, path: Path) -> Mapping[str, int]:
    if not isinstance(data, dict):
        raise ProfileError(path, "“targets” must be an object of templates and lines")
    targets: dict[str, int] = {}
    for name, lines in data.items():
        if isinstance(lines, bool) or not isinstance(lines, int) or lines < 1:
            raise ProfileError(path, f"the target for “{name}” must be a whole number of lines")
        targets[template_key(str(name))] = lines
    return MappingProxyType(targets)


def parse_profile(data: Any, path: Path) -> PrintProfile:
    if not isinstance(data, dict):
        raise ProfileError(path, "a print profile is a JSON object")
    unknown = sorted(set(data) - _TOP_KEYS)
    if unknown:
        raise ProfileError(path, f"unknown setting “{unknown[0]}”")
    if "blocks" not in data:
        raise ProfileError(path, "a print profile needs “blocks”, with at least “paragraph”")
    name = data.get("name", path.stem)
    if not isinstance(name, str) or not name.strip():
        raise ProfileError(path, "“name” must be a text")
    label = data.get("label", name)
    if isinstance(label, str):
        label = {"en": label}
    if not isinstance(label, dict) or not all(isinstance(v, str) for v in label.values()):
        raise ProfileError(path, "“label” must be a text or a table of texts by language")
    language = data.get("language", "fr")
    if not isinstance(language, str):
        raise ProfileError(path, "“language” must be a language code such as “fr”")
    return PrintProfile(
        name=template_key(name),
        blocks=_styles(data["blocks"], path),
        targets=_targets(data.get("targets", {}), path),
        labels=MappingProxyType(dict(label)),
        language=language,
    )


def read_profile(path: Path) -> PrintProfile:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise ProfileError(path, error.strerror or "cannot be read") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ProfileError(path, f"not a JSON file ({error})") from None
    return parse_profile(data, Path(path))


@cache
def builtin_profiles() -> Mapping[str, PrintProfile]:
    """The columns Copydesk ships (resources/templates/profiles/)."""
    return _read_folder(resource("templates", PROFILES_FOLDER), {})


def _read_folder(folder: Path, known: dict[str, PrintProfile]) -> Mapping[str, PrintProfile]:
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        profile = read_profile(path)
        known[profile.name] = profile
    return MappingProxyType(known)


def load_profiles(template_folders: Iterable[Path] = ()) -> Mapping[str, PrintProfile]:
    """The shipped profiles, then each templates folder's `profiles/` (which may replace them)."""
    known = dict(builtin_profiles())
    for folder in template_folders:
        _read_folder(Path(folder) / PROFILES_FOLDER, known)
    return MappingProxyType(known)


def find_profile(spec: str, profiles: Mapping[str, PrintProfile]) -> PrintProfile:
    """A profile by name ("quotidien") or by the path of its file; raises ProfileError."""
    found = profiles.get(template_key(spec))
    if found is not None:
        return found
    path = Path(spec)
    if path.suffix.lower() == ".json" or path.exists():
        return read_profile(path)
    names = ", ".join(sorted(profiles)) or "none"
    raise ProfileError(spec, f"no such print profile (known: {names})")


# -- the fit -----------------------------------------------------------------------------------

LineCounter = Callable[[Text, BlockStyle, str], int]
"""Lines that inline text makes in a style, for a language ("fr"): the layout engine."""


def pieces(block: Block, profile: PrintProfile) -> list[tuple[Text, BlockStyle]]:
    """What of a block is set in the column, each with its style: the text, then its fields."""
    kind = KINDS.get(block.kind, KINDS["paragraph"])
    found: list[tuple[Text, BlockStyle]] = []
    if kind.has_text and block.text:
        found.append((block.text, profile.style_for(block.kind)))
    for name in ("attribution", "caption", "credit"):
        if name in kind.fields and block.attr(name):
            found.append((plain(block.attr(name)), profile.style_for(block.kind, name)))
    return found


def styled(text: Text, style: BlockStyle) -> Text:
    """Inline text with the style's own bold and italic added to every run."""
    extra = frozenset({STRONG} if style.bold else ()) | frozenset({EM} if style.italic else ())
    if not extra:
        return text
    return tuple(Run(r.text, r.marks | extra, r.href) for r in text)


@dataclass(frozen=True, slots=True)
class BlockLines:
    lines: int
    depth_pt: float
    """Its lines at its leading, and the space before and after each of its pieces."""


def block_lines(
    block: Block, profile: PrintProfile, count: LineCounter, language: str
) -> BlockLines:
    lines, depth = 0, 0.0
    for text, style in pieces(block, profile):
        n = count(text, style, language)
        lines += n
        depth += n * style.leading_pt + style.space_before_pt + style.space_after_pt
    return BlockLines(lines, depth)


def counts_toward_fit(block: Block, measure: str = "body") -> bool:
    kind = KINDS.get(block.kind)
    return kind is not None and (measure == "total" or kind.counted_in_body)


@dataclass(frozen=True, slots=True)
class Fit:
    """How many body lines the piece makes, against its hole when the profile knows it."""

    profile: PrintProfile
    blocks: tuple[tuple[Block, BlockLines], ...]
    lines: int
    target_lines: int | None

    @property
    def over(self) -> int | None:
        """Lines too many (negative: lines to spare)."""
        return None if self.target_lines is None else self.lines - self.target_lines


def body_lines(depth_pt: float, profile: PrintProfile) -> int:
    """A depth in lines of the body leading; a hair of rounding is not a line."""
    return math.ceil(depth_pt / profile.blocks["paragraph"].leading_pt - 1e-6)


def set_in(block: Block, language: str) -> str:
    """The language a block is hyphenated in (a primary tag, "en"): its own, else the article's
    `language`; an English quote broken with French patterns would count other lines."""
    return language_of(block, language).split("-")[0].lower()


def fit(
    article: Article,
    profile: PrintProfile,
    count: LineCounter,
    measure: str = "body",
    lines_of: Callable[[Block], BlockLines] | None = None,
) -> Fit:
    """The fit of a whole article; `lines_of` is a cache's per-block lines when there is one."""
    language = article.meta.language.split("-")[0]
    measure_block = lines_of or (lambda b: block_lines(b, profile, count, set_in(b, language)))
    rows = tuple((b, measure_block(b)) for b in article.blocks)
    depth = sum(r.depth_pt for b, r in rows if counts_toward_fit(b, measure))
    return Fit(profile, rows, body_lines(depth, profile), profile.target_for(article.meta.template))
